//! Verifying the signature with a key the user gives: a shared secret (as text, base64 or
//! base64url) or a public key (PEM, JWK or JWKS). The token's own key material is never used.

use leptos::prelude::*;

use super::worker::Status;
use super::{use_inspector, InspectorState, KeyMode};
use crate::token::verify::{Outcome, SecretEncoding};

const ENCODINGS: [(SecretEncoding, &str, &str); 3] = [
    (SecretEncoding::Text, "text", "Text"),
    (SecretEncoding::Base64, "base64", "Base64"),
    (SecretEncoding::Base64Url, "base64url", "Base64url"),
];

fn outcome_class(o: &Outcome) -> &'static str {
    match o {
        Outcome::Valid { .. } => "outcome outcome-valid",
        Outcome::NotVerifiable(_) => "outcome outcome-neutral",
        _ => "outcome outcome-invalid",
    }
}

fn outcome_title(o: &Outcome) -> &'static str {
    match o {
        Outcome::Valid { .. } => "✓ Signature valid",
        Outcome::Invalid { .. } => "✗ Signature invalid",
        Outcome::KeyMismatch(_) => "✗ The key does not match the algorithm",
        Outcome::MalformedKey(_) => "✗ The key could not be read",
        Outcome::NotVerifiable(_) => "Cannot be verified here",
        Outcome::KeyConfusion => "✗ Forged: key confusion",
    }
}

#[component]
pub fn VerifyPanel() -> impl IntoView {
    let state = use_inspector();
    let has_token = state.has_token;
    let alg_hint = move || {
        state.inspection.with(|i| match i {
            Some(Ok(i)) => i.header_alg().map(|a| format!("The token says it is signed with {a}. Only the key you give here is used: key material or addresses in the token itself (jwk, jku, x5u, x5c) never are.")),
            _ => None,
        })
    };
    let is_secret = move || state.key_mode.get() == KeyMode::Secret;
    let outcome = move || {
        state.outcome.get().map(|o| {
            view! {
                <div class=outcome_class(&o)>
                    <strong>{outcome_title(&o)}</strong>
                    <p>{o.to_string()}</p>
                </div>
            }
        })
    };
    // Verifying and the secret search wait for the worker; say so rather than show nothing.
    let worker_note = move || match state.crypto.status.get() {
        Status::Ready => None,
        Status::Loading => {
            Some(view! { <p class="muted">"The verifier is loading…"</p> }.into_any())
        }
        Status::Failed(why) => Some(view! { <p class="field-error">{why}</p> }.into_any()),
    };
    move || {
        has_token.get().then(|| {
            view! {
                <section class="card" aria-labelledby="verify-heading">
                    <h2 id="verify-heading">"Verify the signature"</h2>
                    <p class="muted">{alg_hint}</p>
                    <fieldset class="key-mode">
                        <legend>"Verify with"</legend>
                        <label class="check">
                            <input
                                type="radio"
                                name="key-mode"
                                prop:checked=is_secret
                                on:change=move |_| state.key_mode.set(KeyMode::Secret)
                            />
                            " A shared secret (HS256, HS384, HS512)"
                        </label>
                        <label class="check">
                            <input
                                type="radio"
                                name="key-mode"
                                prop:checked=move || !is_secret()
                                on:change=move |_| state.key_mode.set(KeyMode::Public)
                            />
                            " A public key (PEM, JWK or JWKS)"
                        </label>
                    </fieldset>
                    {move || if is_secret() { secret_fields(state).into_any() } else { public_fields(state).into_any() }}
                    <div role="status" aria-live="polite" id="verify-outcome">{worker_note}{outcome}</div>
                    <super::secret_search::SearchStatus/>
                </section>
            }
        })
    }
}

fn secret_fields(state: InspectorState) -> impl IntoView {
    let options = ENCODINGS
        .into_iter()
        .map(|(e, id, label)| {
            let selected = move || state.encoding.get() == e;
            view! { <option value=id prop:selected=selected>{label}</option> }
        })
        .collect_view();
    let on_encoding = move |ev| {
        let id = event_target_value(&ev);
        if let Some((e, _, _)) = ENCODINGS.into_iter().find(|(_, i, _)| *i == id) {
            state.encoding.set(e);
        }
    };
    view! {
        <div class="field-row">
            <div class="field grow">
                <label for="secret">"Secret"</label>
                <input
                    id="secret"
                    type="text"
                    class="mono"
                    spellcheck="false"
                    autocomplete="off"
                    prop:value=move || state.secret.get()
                    on:input=move |ev| state.secret.set(event_target_value(&ev))
                />
            </div>
            <div class="field">
                <label for="secret-encoding">"Written as"</label>
                <select id="secret-encoding" on:change=on_encoding>{options}</select>
            </div>
        </div>
    }
}

fn public_fields(state: InspectorState) -> impl IntoView {
    view! {
        <div class="field">
            <label for="public-key">
                "Public key: PEM (public key, RSA public key or certificate), a JWK, or a JWKS"
            </label>
            <textarea
                id="public-key"
                class="mono"
                rows="6"
                spellcheck="false"
                autocomplete="off"
                prop:value=move || state.public_key.get()
                on:input=move |ev| state.public_key.set(event_target_value(&ev))
            ></textarea>
        </div>
    }
}
