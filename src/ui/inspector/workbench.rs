//! The workbench: edit a header and payload as JSON, sign them with a secret or a private key,
//! and open the result in the inspector. Keys can be generated here for testing; they live
//! only in the page.

use leptos::prelude::*;

use super::{clock, keygen, use_inspector};
use authpick_core::token::forms::workbench::{Generate, Workbench};
use authpick_core::token::jose::alg::Alg;
use authpick_core::token::service::dispatch::{Phase, Slot};
use authpick_core::token::service::draft::object;
use authpick_core::token::service::messages::{Reply, Request};

/// A JSON text area with its validation message.
#[component]
fn JsonField(
    id: &'static str,
    label: &'static str,
    /// "The header" or "The payload", which the core's message follows.
    subject: &'static str,
    rows: &'static str,
    value: Signal<String>,
    set: impl Fn(String) + 'static,
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
                on:input=move |ev| set(event_target_value(&ev))
            ></textarea>
            <span class="field-error" id=error_id>{error}</span>
        </div>
    }
}

#[component]
pub fn Workbench() -> impl IntoView {
    let inspector = use_inspector();
    let wb = RwSignal::new(Workbench::new(clock::now()));
    // Memos, so typing in one field re-runs only what reads that field.
    let kind = Memo::new(move |_| wb.with(Workbench::key_kind));
    let is_secret = move || wb.with(Workbench::is_secret);
    let generating = Memo::new(move |_| wb.with(|w| w.generating));
    let field = move |get: fn(&Workbench) -> &String| {
        Signal::from(Memo::new(move |_| wb.with(|w| get(w).clone())))
    };
    // A worker that stops while signing will never answer: say so instead of "Signing…".
    Effect::new(move |_| {
        if let Phase::Failed(why) = inspector.crypto.phase.get() {
            wb.update(|w| w.worker_stopped(why.to_string()));
        }
    });

    let on_alg = move |ev| {
        if wb.try_update(|w| w.choose_alg(&event_target_value(&ev))) == Some(true) {
            // A token still being signed was for the old algorithm.
            inspector.crypto.cancel(Slot::Sign);
        }
    };
    let set_times = move |exp: bool| wb.update(|w| w.set_times(exp, clock::now()));
    let generate = move |_| match wb.try_update(Workbench::generate) {
        Some(Generate::Secret { bytes }) => {
            wb.update(|w| w.secret_generated(keygen::secret(bytes)))
        }
        Some(Generate::KeyPair(kind)) => {
            inspector.crypto.cancel(Slot::Sign);
            leptos::task::spawn_local(async move {
                let pair = keygen::key_pair(kind).await;
                wb.update(|w| w.pair_generated(kind, pair));
            });
        }
        Some(Generate::Seeded { kind, bytes }) => {
            // The page draws the seed (WebCrypto's random numbers); the worker derives the
            // pair, since WebCrypto makes no ML-DSA keys.
            if let Some(why) = inspector.crypto.failure() {
                return wb.update(|w| w.pair_generated(kind, Err(why.to_string())));
            }
            let seed = match keygen::secret(bytes) {
                Ok(seed) => seed,
                Err(why) => return wb.update(|w| w.pair_generated(kind, Err(why))),
            };
            let alg = wb.with_untracked(|w| w.alg.name().to_string());
            inspector.crypto.send(
                Slot::Sign,
                Request::KeyPair { alg, seed },
                move |reply, _| {
                    if let Reply::KeyPair(pair) = reply {
                        wb.update(|w| w.pair_generated(kind, pair));
                    }
                },
            );
        }
        None => {}
    };
    let do_sign = move |_| {
        if let Some(why) = inspector.crypto.failure() {
            wb.update(|w| w.unavailable(why.to_string()));
            return;
        }
        let Some(draft) = wb.try_update(Workbench::sign) else {
            return;
        };
        // The worker signs; a second click before it answers replaces the first.
        inspector
            .crypto
            .send(Slot::Sign, Request::Sign(draft), move |reply, _| {
                if let Reply::Signed(signed) = reply {
                    wb.update(|w| w.signed(signed));
                }
            });
    };
    let open = move |_| {
        if let Some((token, key)) = wb.with_untracked(Workbench::to_open) {
            inspector.open(token, key);
        }
    };
    let alg_options = Alg::SUPPORTED
        .into_iter()
        .map(|a| view! { <option value=a.name() prop:selected=move || wb.with(|w| w.alg == a)>{a.name()}</option> })
        .collect_view();
    let failed = move || wb.with(Workbench::failed);
    let result = Memo::new(move |_| wb.with(|w| w.result.clone()));
    let shows_verifying = Memo::new(move |_| wb.with(Workbench::shows_verifying_key));
    let signed = move || {
        result
            .get()
            .and_then(Result::ok)
            .map(|token| {
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
        shows_verifying.get().then(|| {
            view! {
                <div class="field">
                    <label for="wb-public">"Public key (to verify)"</label>
                    <textarea id="wb-public" class="mono" rows="4" readonly prop:value=move || wb.with(|w| w.verifying.clone())></textarea>
                </div>
            }
        })
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
                <span class="muted small">{move || wb.with(Workbench::alg_note)}</span>
            </div>
            <div class="json-editors">
                <JsonField
                    id="wb-header"
                    label="Header (JSON)"
                    subject="The header"
                    rows="5"
                    value=field(|w| &w.header)
                    set=move |t| wb.update(|w| w.header = t)
                />
                <JsonField
                    id="wb-payload"
                    label="Payload (JSON)"
                    subject="The payload"
                    rows="9"
                    value=field(|w| &w.payload)
                    set=move |t| wb.update(|w| w.payload = t)
                />
            </div>
            <div class="field-row times">
                <button type="button" class="button small" on:click=move |_| set_times(false)>
                    "Set iat to now"
                </button>
                <button type="button" class="button small" on:click=move |_| set_times(true)>
                    {move || wb.with(Workbench::exp_label)}
                </button>
                <div class="field">
                    <label for="wb-minutes">"Minutes until exp"</label>
                    <input
                        id="wb-minutes"
                        type="text"
                        inputmode="numeric"
                        size="6"
                        aria-invalid=move || wb.with(|w| w.minutes_error().is_some()).to_string()
                        aria-describedby="wb-minutes-error"
                        prop:value=move || wb.with(|w| w.minutes.clone())
                        on:input=move |ev| wb.update(|w| w.minutes = event_target_value(&ev))
                    />
                </div>
                <span class="field-error" id="wb-minutes-error">{move || wb.with(Workbench::minutes_error)}</span>
            </div>
            <div class="field">
                <label for="wb-key">{move || kind.get().signing_field_label()}</label>
                <textarea
                    id="wb-key"
                    class="mono"
                    rows=move || if is_secret() { "2" } else { "6" }
                    spellcheck="false"
                    autocomplete="off"
                    prop:value=move || wb.with(|w| w.key.clone())
                    on:input=move |ev| wb.update(|w| w.key = event_target_value(&ev))
                ></textarea>
                <p>
                    <button type="button" class="button small" on:click=generate disabled=move || generating.get()>
                        {move || wb.with(Workbench::generate_label)}
                    </button>
                </p>
            </div>
            {verifying_view}
            <p><button type="button" class="button primary" on:click=do_sign>"Sign"</button></p>
            <p role="status" class:field-error=failed class:muted=move || !failed()>
                {move || wb.with(Workbench::announcement)}
            </p>
            {signed}
        </section>
    }
}
