//! An SD-JWT's Disclosures and Key Binding JWT: the worker checks them (`token::protocols::sd_jwt::report`:
//! digests with `_sd_alg`, what a verifier must reject, `sd_hash`, the signature with the
//! holder's key from `cnf`) and this renders its report. The issuer's signature is the verify
//! panel's.

use leptos::prelude::*;

use super::cite_link::cite_link;
use super::use_inspector;
use super::verify_panel::tone_class;
use authpick_core::token::jose::extract::Location;
use authpick_core::token::protocols::sd_jwt::{Report, KEY_BINDING, PROCESSING};
use authpick_core::token::service::dispatch::Slot;
use authpick_core::token::service::messages::{Reply, Request};

#[component]
pub fn SdJwtPanel() -> impl IntoView {
    let state = use_inspector();
    // The pasted SD-JWT, when that is what the inspector found.
    let text = Memo::new(move |_| {
        state.inspection.with(|i| {
            let i = i.as_ref()?.as_ref().ok()?;
            matches!(i.location, Location::SdJwt { .. })
                // The input, tracked: an edited Disclosure leaves the inspection (the issuer JWT
                // and the count) as it was.
                .then(|| state.input.with(|t| t.trim().to_string()))
        })
    });
    let reported = RwSignal::new(None::<(String, Report)>);
    Effect::new(move |_| match text.get() {
        Some(text) if state.crypto.failure().is_none() => {
            let request = Request::SdJwt { text: text.clone() };
            state.crypto.send(Slot::SdJwt, request, move |reply, _| {
                if let Reply::SdJwt(Some(r)) = reply {
                    reported.set(Some((text, r)));
                }
            });
        }
        _ => state.crypto.cancel(Slot::SdJwt),
    });
    move || {
        let text = text.get()?;
        let report = reported.with(|r| {
            r.as_ref()
                .filter(|(t, _)| *t == text)
                .map(|(_, r)| r.clone())
        });
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
                    .map(|(tone, id, text)| view! { <li class=tone_class(tone) data-check=id>{text}</li> })
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
