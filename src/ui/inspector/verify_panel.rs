//! Verifying the signature with a key the user gives: a shared secret (as text, base64 or
//! base64url) or a public key (PEM, JWK or JWKS). The token's own key material is never used.
//! The form is the core's `KeyForm`; the result is the worker's `Verification`.

use leptos::prelude::*;

use super::{use_inspector, InspectorState};
use authpick_core::format::one_decimal;
use authpick_core::token::checks::verdict::{offer, Offer};
use authpick_core::token::forms::key_form::KeyMode;
use authpick_core::token::jose::key::KeyInput;
use authpick_core::token::jose::key::SecretEncoding;
use authpick_core::token::protocols::dpop_request::{own_key, CHECKING};
use authpick_core::token::service::dispatch::Phase;
use authpick_core::token::service::verification::Tone;

pub(super) fn tone_class(t: Tone) -> &'static str {
    match t {
        Tone::Valid => "outcome outcome-valid",
        Tone::Neutral => "outcome outcome-neutral",
        Tone::Invalid => "outcome outcome-invalid",
    }
}

#[component]
pub fn VerifyPanel() -> impl IntoView {
    let state = use_inspector();
    // What there is to verify (`token::checks::verdict::offer`): key fields only for a signed token.
    let offered = Memo::new(move |_| {
        state.inspection.with(|i| match i {
            Some(Ok(i)) => Some(offer(i)),
            _ => None,
        })
    });
    // A DPoP proof is verified with the key in its own header; the user chooses to use it.
    let proof_key = Memo::new(move |_| {
        state.inspection.with(|i| match i {
            Some(Ok(i)) => own_key(i),
            _ => None,
        })
    });
    let use_proof_key = move || {
        proof_key.get().map(|jwk| {
            let fill = move |_| {
                let key = Some(KeyInput::Public(jwk.clone()));
                state.key_form.update(|f| *f = f.opened(key));
            };
            view! {
                <p class="proof-key">
                    <button type="button" class="button small" on:click=fill>
                        "Use the proof's own key (jwk)"
                    </button>
                    " A DPoP proof shows possession of the key in its header, so that is the \
                     key it verifies with; a server then binds the access token to that key. "
                    <span class="muted small">"("{super::cite_link::cite_link(&CHECKING)}")"</span>
                </p>
            }
        })
    };
    // A memo, so typing in a field (which changes the form) does not rebuild the fields.
    let mode = Memo::new(move |_| state.key_form.with(|f| f.mode));
    let is_secret = move || mode.get() == KeyMode::Secret;
    let set_mode = move |mode| state.key_form.update(|f| f.mode = mode);
    let outcome = move || {
        state.verification.get().map(|v| {
            view! {
                <div class=tone_class(v.kind.tone())>
                    <strong>{v.kind.headline()}</strong>
                    <p>{v.message}</p>
                </div>
            }
        })
    };
    let worker_note = move || worker_note(state);
    move || {
        offered.get().map(|o| match o {
            Offer::Decrypt(alg) => super::decrypted::decrypt_panel(state, alg).into_any(),
            Offer::Undecryptable(why) => nothing_to_do("Decrypt the token", why).into_any(),
            Offer::Nothing(why) => nothing_to_do("Verify the signature", why.to_string()).into_any(),
            Offer::Key(alg) => view! {
                <section class="card" aria-labelledby="verify-heading">
                    <h2 id="verify-heading">"Verify the signature"</h2>
                    <p class="muted">
                        {format!("The token says it is signed with {alg}. Only the key you give \
                                  here is used: key material or addresses in the token itself \
                                  (jwk, jku, x5u, x5c) never are.")}
                    </p>
                    <fieldset class="key-mode">
                        <legend>"Verify with"</legend>
                        <label class="check">
                            <input
                                type="radio"
                                name="key-mode"
                                prop:checked=is_secret
                                on:change=move |_| set_mode(KeyMode::Secret)
                            />
                            " A shared secret (HS256, HS384, HS512)"
                        </label>
                        <label class="check">
                            <input
                                type="radio"
                                name="key-mode"
                                prop:checked=move || !is_secret()
                                on:change=move |_| set_mode(KeyMode::Public)
                            />
                            " A public key (PEM, JWK or JWKS)"
                        </label>
                    </fieldset>
                    {use_proof_key}
                    {move || if is_secret() { secret_fields(state).into_any() } else { key_fields(state, PUBLIC_LABEL).into_any() }}
                    <super::key_discovery::KeyDiscovery/>
                    <div role="status" aria-live="polite" id="verify-outcome" data-worker-ms=move || state.verify_ms.get().map(one_decimal)>{worker_note}{outcome}</div>
                    <super::secret_search::SearchStatus/>
                </section>
            }
            .into_any(),
        })
    }
}

/// The panel when there is no key to ask for, and why.
fn nothing_to_do(heading: &'static str, why: String) -> impl IntoView {
    view! {
        <section class="card" aria-labelledby="verify-heading">
            <h2 id="verify-heading">{heading}</h2>
            <p class="nothing-to-verify">{why}</p>
        </section>
    }
}

/// Verifying, decrypting and the secret search wait for the worker; say so rather than show
/// nothing.
pub(super) fn worker_note(state: InspectorState) -> Option<AnyView> {
    match state.crypto.phase.get() {
        Phase::Ready => None,
        Phase::Idle | Phase::Starting => {
            Some(view! { <p class="muted">"The verifier is loading…"</p> }.into_any())
        }
        Phase::Failed(why) => {
            Some(view! { <p class="field-error">{why.to_string()}</p> }.into_any())
        }
    }
}

pub(super) fn secret_fields(state: InspectorState) -> impl IntoView {
    let options = SecretEncoding::ALL
        .into_iter()
        .map(|e| {
            let selected = move || state.key_form.with(|f| f.encoding == e);
            view! { <option value=e.id() prop:selected=selected>{e.label()}</option> }
        })
        .collect_view();
    let on_encoding = move |ev| {
        if let Some(e) = SecretEncoding::from_id(&event_target_value(&ev)) {
            state.key_form.update(|f| f.encoding = e);
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
                    prop:value=move || state.key_form.with(|f| f.secret.clone())
                    on:input=move |ev| state.key_form.update(|f| f.secret = event_target_value(&ev))
                />
            </div>
            <div class="field">
                <label for="secret-encoding">"Written as"</label>
                <select id="secret-encoding" on:change=on_encoding>{options}</select>
            </div>
        </div>
    }
}

const PUBLIC_LABEL: &str =
    "Public key: PEM (public key, RSA public key or certificate), a JWK, or a JWKS";

/// The key text area, labelled for what it takes (a public key to verify, a private key to
/// decrypt).
pub(super) fn key_fields(state: InspectorState, label: &'static str) -> impl IntoView {
    view! {
        <div class="field">
            <label for="public-key">{label}</label>
            <textarea
                id="public-key"
                class="mono"
                rows="6"
                spellcheck="false"
                autocomplete="off"
                prop:value=move || state.key_form.with(|f| f.public.clone())
                on:input=move |ev| state.key_form.update(|f| f.public = event_target_value(&ev))
            ></textarea>
        </div>
    }
}
