//! Verifying the signature with a key the user gives: a shared secret (as text, base64 or
//! base64url) or a public key (PEM, JWK or JWKS). The token's own key material is never used.
//! The form is the core's `KeyForm` inside the page's model; the result is the worker's.

use leptos::prelude::*;

use super::{tone, use_page, Page};
use authpick_core::format::one_decimal;
use authpick_core::token::checks::verdict::Offer;
use authpick_core::token::forms::key_form::KeyMode;
use authpick_core::token::inspector::Act;
use authpick_core::token::jose::key::SecretEncoding;
use authpick_core::token::protocols::dpop_request::CHECKING;
use authpick_core::token::service::dispatch::Phase;

#[component]
pub fn VerifyPanel() -> impl IntoView {
    let page = use_page();
    // What there is to verify: key fields only for a signed token.
    let offered = page.read(|m| m.offer());
    let proof_key = page.read(|m| m.offers_proof_key());
    let mode = page.read(|m| m.key_form().mode);
    let verification = page.read(|m| m.verification().cloned());
    let worker_ms = page.read(|m| m.worker_ms());
    // A DPoP proof is verified with the key in its own header; the user chooses to use it.
    let use_proof_key = move || {
        proof_key.get().then(|| {
            view! {
                <p class="proof-key">
                    <button type="button" class="button small" on:click=move |_| page.act(Act::UseProofKey)>
                        "Use the proof's own key (jwk)"
                    </button>
                    " A DPoP proof shows possession of the key in its header, so that is the \
                     key it verifies with; a server then binds the access token to that key. "
                    <span class="muted small">"("{super::cite_link::cite_link(&CHECKING)}")"</span>
                </p>
            }
        })
    };
    let is_secret = move || mode.get() == KeyMode::Secret;
    let outcome = move || {
        verification.get().map(|v| {
            view! {
                <div class=tone::outcome(v.kind.tone())>
                    <strong>{v.kind.headline()}</strong>
                    <p>{v.message}</p>
                </div>
            }
        })
    };
    move || {
        offered.get().map(|o| match o {
            Offer::Decrypt(alg) => super::decrypted::decrypt_panel(page, alg).into_any(),
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
                                on:change=move |_| page.act(Act::KeyMode(KeyMode::Secret))
                            />
                            " A shared secret (HS256, HS384, HS512)"
                        </label>
                        <label class="check">
                            <input
                                type="radio"
                                name="key-mode"
                                prop:checked=move || !is_secret()
                                on:change=move |_| page.act(Act::KeyMode(KeyMode::Public))
                            />
                            " A public key (PEM, JWK or JWKS)"
                        </label>
                    </fieldset>
                    {use_proof_key}
                    {move || if is_secret() { secret_fields(page).into_any() } else { key_fields(page, PUBLIC_LABEL).into_any() }}
                    <super::key_discovery::KeyDiscovery/>
                    <div role="status" aria-live="polite" id="verify-outcome" data-worker-ms=move || worker_ms.get().map(one_decimal)>{worker_note(page)}{outcome}</div>
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
pub(super) fn worker_note(page: Page) -> impl IntoView {
    let phase = page.read(|m| m.phase());
    move || match phase.get() {
        Phase::Ready => None,
        Phase::Idle | Phase::Starting => {
            Some(view! { <p class="muted">"The verifier is loading…"</p> }.into_any())
        }
        Phase::Failed(why) => {
            Some(view! { <p class="field-error">{why.to_string()}</p> }.into_any())
        }
    }
}

pub(super) fn secret_fields(page: Page) -> impl IntoView {
    let encoding = page.read(|m| m.key_form().encoding);
    let secret = page.read(|m| m.key_form().secret.clone());
    let options = SecretEncoding::ALL
        .into_iter()
        .map(|e| {
            let selected = move || encoding.get() == e;
            view! { <option value=e.id() prop:selected=selected>{e.label()}</option> }
        })
        .collect_view();
    let on_encoding = move |ev| {
        if let Some(e) = SecretEncoding::from_id(&event_target_value(&ev)) {
            page.act(Act::Encoding(e));
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
                    prop:value=move || secret.get()
                    on:input=move |ev| page.act(Act::Secret(event_target_value(&ev)))
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
pub(super) fn key_fields(page: Page, label: &'static str) -> impl IntoView {
    let public = page.read(|m| m.key_form().public.clone());
    view! {
        <div class="field">
            <label for="public-key">{label}</label>
            <textarea
                id="public-key"
                class="mono"
                rows="6"
                spellcheck="false"
                autocomplete="off"
                prop:value=move || public.get()
                on:input=move |ev| page.act(Act::PublicKey(event_target_value(&ev)))
            ></textarea>
        </div>
    }
}
