//! Decrypting a JWE with the recipient's key (`token::jose::jwe`; the worker decrypts): the key
//! fields its `alg` needs, the outcome, and the plaintext as the worker describes it: claims,
//! text, bytes or a nested token. A nested token opened from here keeps its outer layer in
//! view (`LayerBanner`). Nothing decrypted is stored or put in the address.

use leptos::prelude::*;

use super::cite_link::cite_link;
use super::verify_panel::{key_fields, secret_fields, worker_note};
use super::{clock, tone, use_page, Page};
use authpick_core::format::one_decimal;
use authpick_core::token::inspector::Act;
use authpick_core::token::jose::jwe::{KeyAlg, DECRYPTION, NESTED};
use authpick_core::token::service::verification::Tone;

const PRIVATE_LABEL: &str =
    "Private key: a JWK, a JWKS (chosen by kid) or PEM (PKCS#8, PKCS#1 or SEC 1)";

/// The panel in place of "Verify the signature" for a JWE whose header names `alg`.
pub fn decrypt_panel(page: Page, alg: KeyAlg) -> impl IntoView {
    let fields = if alg.takes_secret() {
        secret_fields(page).into_any()
    } else {
        key_fields(page, PRIVATE_LABEL).into_any()
    };
    let decryption = page.read(|m| m.decryption().cloned());
    let worker_ms = page.read(|m| m.worker_ms());
    let outcome = move || {
        decryption.get().map(|r| match r {
            Ok(d) => view! { <p class=tone::outcome(Tone::Valid)>{d.message}</p> }.into_any(),
            Err(why) => view! { <p class=tone::outcome(Tone::Invalid)>{why}</p> }.into_any(),
        })
    };
    view! {
        <section class="card" aria-labelledby="verify-heading">
            <h2 id="verify-heading">"Decrypt the token"</h2>
            <p class="muted">
                {format!("Its content key is carried with {}. Give the recipient's key: it is used \
                          here, in this page's worker, and never stored or sent. ", alg.name())}
                <span class="small">"("{cite_link(&DECRYPTION)}")"</span>
            </p>
            {fields}
            <div role="status" aria-live="polite" id="verify-outcome" data-worker-ms=move || worker_ms.get().map(one_decimal)>{worker_note(page)}{outcome}</div>
            <DecryptedContent/>
        </section>
    }
}

/// The plaintext once decrypted, as the worker describes it (`token::jose::jwe::shown`).
#[component]
fn DecryptedContent() -> impl IntoView {
    let page = use_page();
    let decrypted = page.read(|m| m.decryption().and_then(|r| r.clone().ok()));
    move || {
        let d = decrypted.get()?;
        let nested = d.nested.map(|_| {
            // The outer layer stays in view above the inner token (`token::protocols::layers`).
            let open = move |_| page.act(Act::OpenInner { now: clock::now() });
            view! {
                <p>
                    "It is another JWT, with a signature, claims and findings of its own. "
                    <span class="muted small">"("{cite_link(&NESTED)}")"</span>
                </p>
                <button type="button" class="button" on:click=open>"Inspect the inner token"</button>
            }
        });
        Some(view! {
            <h3>{d.heading}</h3>
            <pre class="decrypted" tabindex="0">{d.body}</pre>
            {nested}
        })
    }
}

/// Above an inner token: the encrypted token it came out of, the key that decrypted it, and the
/// way back to both.
#[component]
pub fn LayerBanner() -> impl IntoView {
    let page = use_page();
    let layer = page.read(|m| m.layer());
    move || {
        let sentence = layer.get()?;
        let back = move |_| page.act(Act::BackToOuter { now: clock::now() });
        Some(view! {
            <div class="notice layer" role="note">
                <p>{sentence}</p>
                <button type="button" class="button small" on:click=back>"Back to the encrypted token"</button>
            </div>
        })
    }
}
