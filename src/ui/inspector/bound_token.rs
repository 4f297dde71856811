//! What an ID token or a DPoP proof is checked against: what it is bound to (an ID token's
//! `at_hash` and `c_hash`, a proof's `ath` and the access token's `cnf.jkt`), and for an ID
//! token the nonce the app sent. The model asks the worker for the hashes and compares
//! (`token::inspector`); the fields stay in the page: never stored, never put in the address.

use leptos::prelude::*;

use super::cite_link::cite_link;
use super::{tone, use_page, Page};
use authpick_core::token::inspector::{Act, Inspector};
use authpick_core::token::protocols::bound_token::{Given, NONCE_SOURCE};
use authpick_core::token::protocols::thumbprint;

/// A text area for what the token is bound to.
fn given_field(
    page: Page,
    id: &'static str,
    label: &'static str,
    given: Given,
    act: fn(String) -> Act,
) -> impl IntoView {
    let asked = page.read_with(given, Inspector::asks);
    let value = page.read_with(given, |m, g| m.given(g).to_string());
    move || {
        asked.get().then(|| {
            view! {
                <label for=id>{label}</label>
                <textarea id=id rows="3" spellcheck="false" autocomplete="off"
                    prop:value=move || value.get()
                    on:input=move |ev| page.act(act(event_target_value(&ev)))></textarea>
            }
        })
    }
}

#[component]
pub fn BoundToken() -> impl IntoView {
    let page = use_page();
    let bindings = page.read(|m| m.bindings());
    let hash_checks = page.read(|m| m.hash_checks());
    let jkt_check = page.read(|m| m.jkt_check());
    let asks_nonce = page.read(|m| m.asks_nonce());
    let nonce = page.read(|m| m.nonce().to_string());
    let nonce_check = page.read(|m| m.nonce_check());
    let outcomes = move || {
        hash_checks
            .get()
            .into_iter()
            .map(|o| view! { <p class=tone::outcome(o.tone())>{o.to_string()}</p> })
            .collect_view()
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
        let b = bindings.get()?;
        let intro = match b {
            Err(why) => view! { <p>{why.to_string()}</p> }.into_any(),
            Ok(b) if b.is_empty() => view! {
                <p>"It carries neither at_hash nor c_hash, so nothing binds it to an access \
                    token or a code; its nonce still answers the sign-in request."</p>
            }
            .into_any(),
            Ok(b) => {
                let checks: Vec<&str> = b.iter().map(|b| b.checks).collect();
                let sources = b
                    .iter()
                    .enumerate()
                    .map(|(i, b)| view! { {(i > 0).then_some(", ")}{cite_link(&b.source)} })
                    .collect_view();
                view! {
                    <p>
                        "Paste what was issued with it to check " {checks.join(" and ")}
                        ". What you type here stays in these fields: it is not stored or sent. "
                        <span class="muted small">"("{sources}")"</span>
                    </p>
                }
                .into_any()
            }
        };
        Some(view! {
            <section class="card" aria-labelledby="bound-heading">
                <h2 id="bound-heading">"Check it against what you sent"</h2>
                {intro}
                {given_field(page, "bound-access", "Access token", Given::AccessToken, Act::AccessToken)}
                {given_field(page, "bound-code", "Authorization code", Given::Code, Act::Code)}
                <div role="status" aria-live="polite" id="bound-outcome">{outcomes}</div>
                <div role="status" aria-live="polite" id="jkt-outcome">{jkt_outcome}</div>
                {nonce_field}
            </section>
        })
    }
}
