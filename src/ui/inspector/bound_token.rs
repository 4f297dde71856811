//! The access token an ID token (`at_hash`) or a DPoP proof (`ath`) is bound to: pasted here,
//! hashed by the crypto worker, compared by the core (`authpick_core::token::bound_token`).
//! The access token is kept in this field only: never stored, never put in the address.

use leptos::prelude::*;

use super::cite_link::cite_link;
use super::use_inspector;
use authpick_core::token::bound_token::{binding, compare, Binding, Unbound};
use authpick_core::token::dispatch::Slot;
use authpick_core::token::service::{Reply, Request};

#[component]
pub fn BoundToken() -> impl IntoView {
    let state = use_inspector();
    let access = RwSignal::new(String::new());
    // The hash the worker computed, and for which access token.
    let hashed = RwSignal::new(None::<(String, String)>);
    let bound = Memo::new(move |_| {
        state.inspection.with(|i| {
            let i = i.as_ref()?.as_ref().ok()?;
            Some(binding(i.assumed()?.kind, i.header_alg().as_deref()))
        })
    });
    Effect::new(move |_| {
        let text = access.get().trim().to_string();
        match bound.get() {
            Some(Ok(b)) if !text.is_empty() && state.crypto.failure().is_none() => {
                let request = Request::Hash {
                    hash: b.hash,
                    text: text.clone(),
                };
                state.crypto.send(Slot::Hash, request, move |reply, _| {
                    if let Reply::Hashed(h) = reply {
                        hashed.set(Some((text, h)));
                    }
                });
            }
            _ => {
                state.crypto.cancel(Slot::Hash);
                hashed.set(None);
            }
        }
    });
    let outcome = move |b: Binding| {
        let text = access.with(|a| a.trim().to_string());
        let computed = hashed.with(|h| {
            h.as_ref()
                .filter(|(t, _)| *t == text)
                .map(|(_, h)| h.clone())
        })?;
        let payload = state.inspection.with(|i| {
            i.as_ref()?
                .as_ref()
                .ok()?
                .decoded
                .as_ref()
                .ok()?
                .payload
                .clone()?
                .ok()
        });
        let o = compare(&b, payload.as_ref(), &computed);
        let class = if o.is_match() {
            "outcome outcome-valid"
        } else {
            "outcome outcome-invalid"
        };
        Some(view! { <p class=class>{o.to_string()}</p> })
    };
    move || {
        match bound.get() {
        None | Some(Err(Unbound::NotThisKind)) => None,
        Some(Err(why)) => Some(
            view! {
                <section class="card" aria-labelledby="bound-heading">
                    <h2 id="bound-heading">"Issued with an access token?"</h2>
                    <p>{why.to_string()}</p>
                </section>
            }
            .into_any(),
        ),
        Some(Ok(b)) => Some(
            view! {
                <section class="card" aria-labelledby="bound-heading">
                    <h2 id="bound-heading">"Issued with an access token?"</h2>
                    <p>
                        "Paste the access token to check the token's " <code>{b.claim}</code>
                        " against it. It stays in this field: it is not stored or sent. "
                        <span class="muted small">"("{cite_link(&b.source)}")"</span>
                    </p>
                    <label for="bound-access">"Access token"</label>
                    <textarea id="bound-access" rows="3" spellcheck="false" autocomplete="off"
                        prop:value=move || access.get()
                        on:input=move |ev| access.set(event_target_value(&ev))></textarea>
                    <div role="status" aria-live="polite" id="bound-outcome">{move || outcome(b)}</div>
                </section>
            }
            .into_any(),
        ),
    }
    }
}
