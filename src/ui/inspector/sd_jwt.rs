//! An SD-JWT's Disclosures and Key Binding JWT: the worker checks them
//! (`token::protocols::sd_jwt::report`: digests with `_sd_alg`, what a verifier must reject,
//! `sd_hash`, the signature with the holder's key from `cnf`) and this renders its report. The
//! issuer's signature is the verify panel's.

use leptos::prelude::*;

use super::cite_link::cite_link;
use super::{tone, use_page};
use authpick_core::token::protocols::sd_jwt::{KEY_BINDING, PROCESSING};

#[component]
pub fn SdJwtPanel() -> impl IntoView {
    let report = use_page().read(|m| m.sd_jwt().map(|r| r.cloned()));
    move || {
        let report = report.get()?;
        let body = match report {
            None => view! { <p class="muted">"Checking the Disclosures…"</p> }.into_any(),
            Some(r) => {
                let revealed = r
                    .revealed
                    .into_iter()
                    .map(|line| view! { <li>{line}</li> })
                    .collect_view();
                let checks = r
                    .checks
                    .into_iter()
                    .map(|(t, id, text)| view! { <li class=tone::outcome(t) data-check=id>{text}</li> })
                    .collect_view();
                view! {
                    <p>{r.summary}</p>
                    <ul class="disclosed">{revealed}</ul>
                    <ul class="request-checks">{checks}</ul>
                }
                .into_any()
            }
        };
        Some(view! {
            <section class="card" aria-labelledby="sd-jwt-heading">
                <h2 id="sd-jwt-heading">"Selective disclosure (SD-JWT)"</h2>
                <div role="status" aria-live="polite">{body}</div>
                <p class="muted small">"("{cite_link(&PROCESSING)}", "{cite_link(&KEY_BINDING)}")"</p>
            </section>
        })
    }
}
