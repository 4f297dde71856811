//! The workbench: edit a header and payload as JSON, sign them with a secret or a private key,
//! and open the result in the inspector. Keys can be generated here for testing; they live
//! only in the page.

use leptos::prelude::*;

use super::worker::Slot;
use super::{clock, keygen, use_inspector};
use crate::token::service::{Reply, Request};
use crate::token::sign::{
    key_label, key_need, object, parse_minutes, with_alg, with_times, Draft, KeyNeed, ALGORITHMS,
};
use crate::token::verify::{KeyInput, SecretEncoding};

fn starting_payload(now: i64) -> String {
    with_times(
        r#"{"iss":"https://login.example.com","sub":"user-4821","aud":"https://api.example.com"}"#,
        now,
        Some(15),
    )
    .unwrap_or_default()
}

/// A JSON text area with its validation message.
#[component]
fn JsonField(
    id: &'static str,
    label: &'static str,
    /// "The header" or "The payload", which the core's message follows.
    subject: &'static str,
    rows: &'static str,
    value: RwSignal<String>,
) -> impl IntoView {
    let error = move || object(&value.get()).err().map(|e| format!("{subject} {e}"));
    let error_id = format!("{id}-error");
    view! {
        <div class="field">
            <label for=id>{label}</label>
            <textarea
                id=id
                class="mono"
                rows=rows
                spellcheck="false"
                aria-invalid=move || error().is_some().to_string()
                aria-describedby=error_id.clone()
                prop:value=move || value.get()
                on:input=move |ev| value.set(event_target_value(&ev))
            ></textarea>
            <span class="field-error" id=error_id>{error}</span>
        </div>
    }
}

#[component]
pub fn Workbench() -> impl IntoView {
    let inspector = use_inspector();
    let alg = RwSignal::new("HS256");
    let header = RwSignal::new(with_alg(r#"{"typ":"JWT"}"#, "HS256").unwrap_or_default());
    let payload = RwSignal::new(starting_payload(clock::now()));
    let key = RwSignal::new(String::new());
    let verifying = RwSignal::new(String::new());
    let minutes = RwSignal::new("15".to_string());
    let result = RwSignal::new(None::<Result<String, String>>);
    let generating = RwSignal::new(false);
    let signing = RwSignal::new(false);

    let need = move || key_need(alg.get()).unwrap_or(KeyNeed::Rsa);
    let is_secret = move || matches!(need(), KeyNeed::Secret { .. });
    // Event handlers read the algorithm without subscribing to it.
    let need_now = move || key_need(alg.get_untracked()).unwrap_or(KeyNeed::Rsa);

    let on_alg = move |ev| {
        let chosen = event_target_value(&ev);
        let Some(a) = ALGORITHMS.into_iter().find(|a| *a == chosen) else {
            return;
        };
        // A token still being signed was for the old algorithm.
        inspector.crypto.cancel(Slot::Sign);
        signing.set(false);
        if key_need(a) != key_need(alg.get_untracked()) {
            key.set(String::new());
            verifying.set(String::new());
        }
        alg.set(a);
        if let Ok(h) = with_alg(&header.get_untracked(), a) {
            header.set(h);
        }
        result.set(None);
    };
    let set_times = move |exp: bool| {
        let m = parse_minutes(&minutes.get_untracked()).ok();
        if exp && m.is_none() {
            return;
        }
        let m = if exp { m } else { None };
        if let Ok(p) = with_times(&payload.get_untracked(), clock::now(), m) {
            payload.set(p);
        }
    };
    let minutes_error = move || parse_minutes(&minutes.get()).err();
    let exp_label = move || match parse_minutes(&minutes.get()) {
        Ok(m) => format!("Set iat to now and exp to {m} min from now"),
        Err(_) => "Set iat to now and exp to … min from now".to_string(),
    };
    let generate = move |_| {
        let n = need_now();
        if let KeyNeed::Secret { min_bytes } = n {
            match keygen::secret(min_bytes) {
                Ok(s) => {
                    key.set(s.clone());
                    verifying.set(s);
                }
                Err(e) => result.set(Some(Err(e))),
            }
            return;
        }
        // The old pair goes at once, so nothing is signed with one half of each (nor comes
        // back signed with the old one).
        inspector.crypto.cancel(Slot::Sign);
        signing.set(false);
        key.set(String::new());
        verifying.set(String::new());
        result.set(None);
        generating.set(true);
        leptos::task::spawn_local(async move {
            let generated = keygen::key_pair(n).await;
            generating.set(false);
            // A pair for another family (the algorithm changed meanwhile) is dropped.
            if key_need(alg.get_untracked()) != Some(n) {
                return;
            }
            match generated {
                Ok(g) => {
                    key.set(g.signing);
                    verifying.set(g.verifying);
                }
                Err(e) => result.set(Some(Err(e))),
            }
        });
    };
    let do_sign = move |_| {
        let draft = Draft {
            alg: alg.get_untracked().to_string(),
            header: header.get_untracked(),
            payload: payload.get_untracked(),
            key: key.get_untracked(),
            secret_encoding: SecretEncoding::Text,
        };
        if let Some(why) = inspector.crypto.failure() {
            result.set(Some(Err(why)));
            return;
        }
        // The worker signs; a second click before it answers replaces the first.
        signing.set(true);
        let request = Request::Sign(draft);
        inspector.crypto.send(Slot::Sign, request, move |reply, _| {
            signing.set(false);
            if let Reply::Signed(signed) = reply {
                result.set(Some(signed));
            }
        });
    };
    let open = move |_| {
        let Some(Ok(token)) = result.get_untracked() else {
            return;
        };
        let v = verifying.get_untracked();
        let key = if matches!(need_now(), KeyNeed::Secret { .. }) {
            Some(KeyInput::Secret {
                text: key.get_untracked(),
                encoding: SecretEncoding::Text,
            })
        } else {
            (!v.is_empty()).then_some(KeyInput::Public(v))
        };
        inspector.open(token, key);
    };
    let alg_options = ALGORITHMS
        .into_iter()
        .map(|a| view! { <option value=a prop:selected=move || alg.get() == a>{a}</option> })
        .collect_view();
    let generate_label = move || {
        if is_secret() {
            "Generate a strong secret"
        } else if generating.get() {
            "Generating…"
        } else {
            "Generate a key pair"
        }
    };
    // Only a short sentence is announced; the token itself is not read out.
    let announcement = move || {
        if signing.get() {
            return Some("Signing…".to_string());
        }
        result.get().map(|r| match r {
            Ok(token) => format!("Signed: a token of {} characters.", token.len()),
            Err(e) => e,
        })
    };
    let failed = move || result.with(|r| matches!(r, Some(Err(_))));
    let signed = move || {
        result.get().and_then(Result::ok).map(|token| {
            view! {
                <div class="field">
                    <label for="signed-token">"Signed token"</label>
                    <textarea id="signed-token" class="mono" rows="5" readonly prop:value=token></textarea>
                    <p>
                        <button type="button" class="button primary" on:click=open>
                            "Open in the inspector"
                        </button>
                    </p>
                </div>
            }
        })
    };
    let verifying_view = move || {
        (!is_secret() && !verifying.get().is_empty()).then(|| {
            view! {
                <div class="field">
                    <label for="wb-public">"Public key (to verify)"</label>
                    <textarea id="wb-public" class="mono" rows="4" readonly prop:value=move || verifying.get()></textarea>
                </div>
            }
        })
    };
    let eddsa_note = move || {
        (alg.get() == "EdDSA")
            .then_some("EdDSA is deprecated by RFC 9864 in favour of the fully specified Ed25519.")
    };
    view! {
        <section class="card workbench" aria-labelledby="workbench-heading">
            <h2 id="workbench-heading">"Make a token"</h2>
            <p class="muted">
                "Edit the header and claims, sign them here, and open the result in the inspector \
                 above. Keys generated here are for testing and are never stored."
            </p>
            <div class="field">
                <label for="wb-alg">"Algorithm"</label>
                <select id="wb-alg" on:change=on_alg disabled=move || generating.get()>
                    {alg_options}
                </select>
                <span class="muted small">{eddsa_note}</span>
            </div>
            <div class="json-editors">
                <JsonField id="wb-header" label="Header (JSON)" subject="The header" rows="5" value=header/>
                <JsonField id="wb-payload" label="Payload (JSON)" subject="The payload" rows="9" value=payload/>
            </div>
            <div class="field-row times">
                <button type="button" class="button small" on:click=move |_| set_times(false)>
                    "Set iat to now"
                </button>
                <button type="button" class="button small" on:click=move |_| set_times(true)>
                    {exp_label}
                </button>
                <div class="field">
                    <label for="wb-minutes">"Minutes until exp"</label>
                    <input
                        id="wb-minutes"
                        type="text"
                        inputmode="numeric"
                        size="6"
                        aria-invalid=move || minutes_error().is_some().to_string()
                        aria-describedby="wb-minutes-error"
                        prop:value=move || minutes.get()
                        on:input=move |ev| minutes.set(event_target_value(&ev))
                    />
                </div>
                <span class="field-error" id="wb-minutes-error">{minutes_error}</span>
            </div>
            <div class="field">
                <label for="wb-key">{move || key_label(need())}</label>
                <textarea
                    id="wb-key"
                    class="mono"
                    rows=move || if is_secret() { "2" } else { "6" }
                    spellcheck="false"
                    autocomplete="off"
                    prop:value=move || key.get()
                    on:input=move |ev| key.set(event_target_value(&ev))
                ></textarea>
                <p>
                    <button type="button" class="button small" on:click=generate disabled=move || generating.get()>
                        {generate_label}
                    </button>
                </p>
            </div>
            {verifying_view}
            <p><button type="button" class="button primary" on:click=do_sign>"Sign"</button></p>
            <p role="status" class:field-error=failed class:muted=move || !failed()>{announcement}</p>
            {signed}
        </section>
    }
}
