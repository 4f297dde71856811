//! The workbench: edit a header and payload as JSON, sign them with a secret or a private key,
//! and open the result in the inspector. Keys can be generated here for testing; they live
//! only in the page.

use leptos::prelude::*;

use super::{clock, keygen, use_inspector, KeyMode};
use crate::token::sign::{
    key_need, need_name, object, sign, with_alg, with_times, Draft, KeyNeed, ALGORITHMS,
};
use crate::token::verify::SecretEncoding;

fn starting_payload(now: i64) -> String {
    with_times(
        r#"{"iss":"https://login.example.com","sub":"user-4821","aud":"https://api.example.com"}"#,
        now,
        Some(15),
    )
    .unwrap_or_default()
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

    let need = move || key_need(alg.get()).unwrap_or(KeyNeed::Rsa);
    let is_secret = move || matches!(need(), KeyNeed::Secret { .. });
    let header_error = move || {
        object(&header.get())
            .err()
            .map(|e| format!("The header is {e}"))
    };
    let payload_error = move || {
        object(&payload.get())
            .err()
            .map(|e| format!("The payload is {e}"))
    };

    let on_alg = move |ev| {
        let chosen = event_target_value(&ev);
        let Some(a) = ALGORITHMS.into_iter().find(|a| *a == chosen) else {
            return;
        };
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
        let m = minutes
            .get_untracked()
            .trim()
            .parse::<i64>()
            .ok()
            .filter(|m| *m > 0);
        if exp && m.is_none() {
            return;
        }
        if let Ok(p) = with_times(
            &payload.get_untracked(),
            clock::now(),
            if exp { m } else { None },
        ) {
            payload.set(p);
        }
    };
    let minutes_error = move || {
        let ok = minutes
            .get()
            .trim()
            .parse::<i64>()
            .is_ok_and(|m| m > 0 && m < 5_256_000);
        (!ok).then_some("Give a whole number of minutes, above 0.")
    };
    let generate = move |_| {
        let n = need();
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
        // The old pair goes at once, so nothing is signed with one half of each.
        key.set(String::new());
        verifying.set(String::new());
        result.set(None);
        generating.set(true);
        leptos::task::spawn_local(async move {
            match keygen::key_pair(n).await {
                Ok(g) => {
                    key.set(g.signing);
                    verifying.set(g.verifying);
                }
                Err(e) => result.set(Some(Err(e))),
            }
            generating.set(false);
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
        result.set(Some(sign(&draft).map_err(|e| e.to_string())));
    };
    let open = move |_| {
        let Some(Ok(token)) = result.get_untracked() else {
            return;
        };
        let v = verifying.get_untracked();
        let key = if is_secret() {
            Some((KeyMode::Secret, key.get_untracked()))
        } else {
            (!v.is_empty()).then_some((KeyMode::Public, v))
        };
        inspector.open(token, key);
    };
    let alg_options = ALGORITHMS
        .into_iter()
        .map(|a| view! { <option value=a prop:selected=move || alg.get() == a>{a}</option> })
        .collect_view();
    let key_label = move || {
        if is_secret() {
            "Secret (as text)".to_string()
        } else {
            format!(
                "Private key: {} as PEM (PKCS#8 or PKCS#1) or JWK",
                need_name(need())
                    .trim_start_matches("an ")
                    .trim_start_matches("a ")
            )
        }
    };
    let generate_label = move || {
        if is_secret() {
            "Generate a strong secret"
        } else if generating.get() {
            "Generating…"
        } else {
            "Generate a key pair"
        }
    };
    let outcome = move || {
        result.get().map(|r| match r {
            Ok(token) => view! {
                <div class="field">
                    <label for="signed-token">"Signed token"</label>
                    <textarea id="signed-token" class="mono" rows="5" readonly prop:value=token></textarea>
                    <p><button type="button" class="button primary" on:click=open>"Open in the inspector"</button></p>
                </div>
            }
            .into_any(),
            Err(e) => view! { <p class="field-error">{e}</p> }.into_any(),
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
    view! {
        <section class="card workbench" aria-labelledby="workbench-heading">
            <h2 id="workbench-heading">"Make a token"</h2>
            <p class="muted">"Edit the header and claims, sign them here, and open the result in the inspector above. Keys generated here are for testing and are never stored."</p>
            <div class="field">
                <label for="wb-alg">"Algorithm"</label>
                <select id="wb-alg" on:change=on_alg>{alg_options}</select>
                <span class="muted small">{move || (alg.get() == "EdDSA").then_some("EdDSA is deprecated by RFC 9864 in favour of the fully specified Ed25519.")}</span>
            </div>
            <div class="json-editors">
                <div class="field">
                    <label for="wb-header">"Header (JSON)"</label>
                    <textarea id="wb-header" class="mono" rows="5" spellcheck="false"
                        aria-invalid=move || header_error().is_some().to_string()
                        aria-describedby="wb-header-error"
                        prop:value=move || header.get()
                        on:input=move |ev| header.set(event_target_value(&ev))></textarea>
                    <span class="field-error" id="wb-header-error" aria-live="polite">{header_error}</span>
                </div>
                <div class="field">
                    <label for="wb-payload">"Payload (JSON)"</label>
                    <textarea id="wb-payload" class="mono" rows="9" spellcheck="false"
                        aria-invalid=move || payload_error().is_some().to_string()
                        aria-describedby="wb-payload-error"
                        prop:value=move || payload.get()
                        on:input=move |ev| payload.set(event_target_value(&ev))></textarea>
                    <span class="field-error" id="wb-payload-error" aria-live="polite">{payload_error}</span>
                </div>
            </div>
            <div class="field-row times">
                <button type="button" class="button small" on:click=move |_| set_times(false)>"Set iat to now"</button>
                <button type="button" class="button small" on:click=move |_| set_times(true)>"Set iat to now and exp to now +"</button>
                <label class="inline-field">
                    <input id="wb-minutes" type="text" inputmode="numeric" size="4"
                        aria-invalid=move || minutes_error().is_some().to_string()
                        aria-describedby="wb-minutes-error"
                        prop:value=move || minutes.get()
                        on:input=move |ev| minutes.set(event_target_value(&ev))/>
                    " minutes"
                </label>
                <span class="field-error" id="wb-minutes-error" aria-live="polite">{minutes_error}</span>
            </div>
            <div class="field">
                <label for="wb-key">{key_label}</label>
                <textarea id="wb-key" class="mono" rows=move || if is_secret() { "2" } else { "6" } spellcheck="false" autocomplete="off"
                    prop:value=move || key.get()
                    on:input=move |ev| key.set(event_target_value(&ev))></textarea>
                <p><button type="button" class="button small" on:click=generate disabled=move || generating.get()>{generate_label}</button></p>
            </div>
            {verifying_view}
            <p><button type="button" class="button primary" on:click=do_sign>"Sign"</button></p>
            <div aria-live="polite">{outcome}</div>
        </section>
    }
}
