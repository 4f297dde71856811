//! What an ID token or a DPoP proof is checked against: the access token it is bound to
//! (`at_hash`, `ath`: hashed by the crypto worker, compared by the core's `bound_token`), and
//! for an ID token the nonce the app sent. Both are kept in their fields only: never stored,
//! never put in the address.

use leptos::prelude::*;

use super::cite_link::cite_link;
use super::use_inspector;
use authpick_core::token::checks::token_type::TokenType;
use authpick_core::token::protocols::bound_token::{
    binding, check_nonce, compare, Binding, Unbound, NONCE_SOURCE,
};
use authpick_core::token::protocols::thumbprint::{self, Plan};
use authpick_core::token::service::dispatch::Slot;
use authpick_core::token::service::messages::{Reply, Request};

#[component]
pub fn BoundToken() -> impl IntoView {
    let state = use_inspector();
    let access = RwSignal::new(String::new());
    let nonce = RwSignal::new(String::new());
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
    // A DPoP proof's key against the access token's cnf.jkt: the worker hashes the key's JSON.
    let jkt_plan = Memo::new(move |_| {
        let text = access.get();
        state
            .inspection
            .with(|i| thumbprint::plan(i.as_ref()?.as_ref().ok()?, &text))
    });
    let printed = RwSignal::new(None::<(String, String)>);
    Effect::new(move |_| match jkt_plan.get() {
        Some(Plan::Hash { json, .. }) if state.crypto.failure().is_none() => {
            let request = Request::Hash {
                hash: thumbprint::HASH,
                text: json.clone(),
            };
            state
                .crypto
                .send(Slot::Thumbprint, request, move |reply, _| {
                    if let Reply::Hashed(h) = reply {
                        printed.set(Some((json, h)));
                    }
                });
        }
        _ => state.crypto.cancel(Slot::Thumbprint),
    });
    let jkt_outcome = move || {
        let o = match jkt_plan.get()? {
            Plan::Known(o) => o,
            Plan::Hash { json, jkt } => printed.with(|p| {
                let (_, h) = p.as_ref().filter(|(j, _)| *j == json)?;
                Some(thumbprint::compare(&thumbprint::Bound::Jkt(jkt), h))
            })?,
        };
        let class = if o.is_match() {
            "outcome outcome-valid"
        } else {
            "outcome outcome-invalid"
        };
        Some(view! {
            <p class=class>{o.to_string()}" "
                <span class="muted small">"("{cite_link(&thumbprint::SOURCE)}", "{cite_link(&thumbprint::THUMBPRINT)}")"</span>
            </p>
        })
    };
    let payload = move || {
        state.inspection.with(|i| {
            i.as_ref()?
                .as_ref()
                .ok()?
                .decoded
                .as_ref()
                .ok()?
                .payload
                .clone()?
                .ok()
        })
    };
    let is_id_token = Memo::new(move |_| {
        state.inspection.with(|i| {
            i.as_ref()
                .and_then(|i| i.as_ref().ok())
                .and_then(|i| i.assumed())
                .is_some_and(|a| a.kind == TokenType::Id)
        })
    });
    let nonce_outcome = move || {
        let n = nonce.with(|n| check_nonce(payload().as_ref(), n))?;
        let class = if n.is_match() {
            "outcome outcome-valid"
        } else {
            "outcome outcome-invalid"
        };
        Some(view! { <p class=class>{n.to_string()}</p> })
    };
    let nonce_field = move || {
        is_id_token.get().then(|| {
            view! {
                <label for="bound-nonce">"Nonce your app sent"</label>
                <input id="bound-nonce" type="text" spellcheck="false" autocomplete="off"
                    prop:value=move || nonce.get()
                    on:input=move |ev| nonce.set(event_target_value(&ev))/>
                <p class="muted small">"("{cite_link(&NONCE_SOURCE)}")"</p>
                <div role="status" aria-live="polite" id="nonce-outcome">{nonce_outcome}</div>
            }
        })
    };
    let outcome = move |b: Binding| {
        let text = access.with(|a| a.trim().to_string());
        let computed = hashed.with(|h| {
            h.as_ref()
                .filter(|(t, _)| *t == text)
                .map(|(_, h)| h.clone())
        })?;
        let o = compare(&b, payload().as_ref(), &computed);
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
                    <h2 id="bound-heading">"Check it against what you sent"</h2>
                    <p>{why.to_string()}</p>
                    {nonce_field}
                </section>
            }
            .into_any(),
        ),
        Some(Ok(b)) => Some(
            view! {
                <section class="card" aria-labelledby="bound-heading">
                    <h2 id="bound-heading">"Check it against what you sent"</h2>
                    <p>
                        "Paste the access token issued with it to check " {b.checks}
                        ". What you type here stays in these fields: it is not stored or sent. "
                        <span class="muted small">"("{cite_link(&b.source)}")"</span>
                    </p>
                    <label for="bound-access">"Access token"</label>
                    <textarea id="bound-access" rows="3" spellcheck="false" autocomplete="off"
                        prop:value=move || access.get()
                        on:input=move |ev| access.set(event_target_value(&ev))></textarea>
                    <div role="status" aria-live="polite" id="bound-outcome">{move || outcome(b)}</div>
                    <div role="status" aria-live="polite" id="jkt-outcome">{jkt_outcome}</div>
                    {nonce_field}
                </section>
            }
            .into_any(),
        ),
    }
    }
}
