//! A DPoP proof against the request it was made for: the method and URL the user types, and
//! the clock (`token::protocols::dpop_request`). The fields stay in the page: not stored, not sent.

use leptos::prelude::*;

use super::cite_link::cite_link;
use super::use_inspector;
use authpick_core::token::checks::token_type::TokenType;
use authpick_core::token::protocols::dpop_request::{check_request, Check, SOURCES};

fn class(check: Check) -> &'static str {
    match check {
        Check::Pass => "outcome outcome-valid",
        Check::Fail => "outcome outcome-invalid",
        Check::Unchecked => "outcome outcome-neutral",
    }
}

/// A text field of the request, kept in `value` only.
fn field(
    id: &'static str,
    label: &'static str,
    class: &'static str,
    value: RwSignal<String>,
) -> impl IntoView {
    view! {
        <div class=class>
            <label for=id>{label}</label>
            <input id=id type="text" spellcheck="false" autocomplete="off"
                prop:value=move || value.get()
                on:input=move |ev| value.set(event_target_value(&ev))/>
        </div>
    }
}

#[component]
pub fn DpopRequest() -> impl IntoView {
    let state = use_inspector();
    let method = RwSignal::new(String::new());
    let url = RwSignal::new(String::new());
    let payload = Memo::new(move |_| {
        state.inspection.with(|i| {
            let i = i.as_ref()?.as_ref().ok()?;
            if i.assumed()?.kind != TokenType::DpopProof {
                return None;
            }
            i.decoded.as_ref().ok()?.payload.clone()?.ok()
        })
    });
    let results = move || {
        let p = payload.get()?;
        let checks = check_request(&p, &method.get(), &url.get(), state.now.get());
        Some(
            checks
                .into_iter()
                .map(|c| {
                    view! {
                        <li class=class(c.check) data-claim=c.claim>
                            <strong>{format!("{}: ", c.check.label())}</strong>{c.message}
                        </li>
                    }
                })
                .collect_view(),
        )
    };
    let sources = || {
        SOURCES
            .iter()
            .map(|c| view! { <li>{cite_link(c)}</li> })
            .collect_view()
    };
    move || {
        payload.with(Option::is_some).then(|| {
            view! {
                <section class="card" aria-labelledby="dpop-request-heading">
                    <h2 id="dpop-request-heading">"Check it against its request"</h2>
                    <p>
                        "A server accepts a DPoP proof only for the request it was made for, and \
                         only when it is fresh. Type the request's method and URL; they stay in \
                         these fields."
                    </p>
                    <div class="field-row">
                        {field("dpop-method", "Method", "field", method)}
                        {field("dpop-url", "URL", "field grow", url)}
                    </div>
                    <div role="status" aria-live="polite"><ul class="request-checks">{results}</ul></div>
                    <ul class="cites" aria-label="Sources">{sources()}</ul>
                </section>
            }
        })
    }
}
