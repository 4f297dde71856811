//! What an ID token or a DPoP proof is checked against: the access token it is bound to
//! (`at_hash`, `ath`, and for a proof the access token's `cnf.jkt`) and for an ID token the
//! nonce the app sent. The model asks the worker for the hashes and compares
//! (`token::inspector`); both fields stay in the page: never stored, never put in the address.

use leptos::prelude::*;

use super::cite_link::cite_link;
use super::{tone, use_page};
use authpick_core::token::inspector::Act;
use authpick_core::token::protocols::bound_token::NONCE_SOURCE;
use authpick_core::token::protocols::thumbprint;

#[component]
pub fn BoundToken() -> impl IntoView {
    let page = use_page();
    let binding = page.read(|m| m.binding());
    let access = page.read(|m| m.access_token().to_string());
    let hash_check = page.read(|m| m.hash_check());
    let jkt_check = page.read(|m| m.jkt_check());
    let asks_nonce = page.read(|m| m.asks_nonce());
    let nonce = page.read(|m| m.nonce().to_string());
    let nonce_check = page.read(|m| m.nonce_check());
    let outcome = move || {
        hash_check
            .get()
            .map(|o| view! { <p class=tone::outcome(o.tone())>{o.to_string()}</p> })
    };
    let jkt_outcome = move || {
        jkt_check.get().map(|o| {
            view! {
                <p class=tone::outcome(o.tone())>{o.to_string()}" "
                    <span class="muted small">"("{cite_link(&thumbprint::SOURCE)}", "{cite_link(&thumbprint::THUMBPRINT)}")"</span>
                </p>
            }
        })
    };
    let nonce_outcome = move || {
        nonce_check
            .get()
            .map(|n| view! { <p class=tone::outcome(n.tone())>{n.to_string()}</p> })
    };
    let nonce_field = move || {
        asks_nonce.get().then(|| {
            view! {
                <label for="bound-nonce">"Nonce your app sent"</label>
                <input id="bound-nonce" type="text" spellcheck="false" autocomplete="off"
                    prop:value=move || nonce.get()
                    on:input=move |ev| page.act(Act::Nonce(event_target_value(&ev)))/>
                <p class="muted small">"("{cite_link(&NONCE_SOURCE)}")"</p>
                <div role="status" aria-live="polite" id="nonce-outcome">{nonce_outcome}</div>
            }
        })
    };
    move || {
        binding.get().map(|b| match b {
            Err(why) => view! {
                <section class="card" aria-labelledby="bound-heading">
                    <h2 id="bound-heading">"Check it against what you sent"</h2>
                    <p>{why.to_string()}</p>
                    {nonce_field}
                </section>
            }
            .into_any(),
            Ok(b) => view! {
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
                        on:input=move |ev| page.act(Act::AccessToken(event_target_value(&ev)))></textarea>
                    <div role="status" aria-live="polite" id="bound-outcome">{outcome}</div>
                    <div role="status" aria-live="polite" id="jkt-outcome">{jkt_outcome}</div>
                    {nonce_field}
                </section>
            }
            .into_any(),
        })
    }
}
