//! A DPoP proof against the request it was made for: the method and URL the user types, and
//! the clock (`token::protocols::dpop_request`). The fields stay in the page: not stored, not sent.

use leptos::prelude::*;

use super::cite_link::cite_link;
use super::{tone, use_page, Page};
use authpick_core::token::inspector::{Act, Inspector};
use authpick_core::token::protocols::dpop_request::SOURCES;

/// A text field of the request.
fn field(
    page: Page,
    id: &'static str,
    label: &'static str,
    class: &'static str,
    value: fn(&Inspector) -> &str,
    act: fn(String) -> Act,
) -> impl IntoView {
    let value = page.read_with(value, |m, value| value(m).to_string());
    view! {
        <div class=class>
            <label for=id>{label}</label>
            <input id=id type="text" spellcheck="false" autocomplete="off"
                prop:value=move || value.get()
                on:input=move |ev| page.act(act(event_target_value(&ev)))/>
        </div>
    }
}

#[component]
pub fn DpopRequest() -> impl IntoView {
    let page = use_page();
    let checks = page.read(|m| m.request_checks());
    let shown = page.read(|m| m.request_checks().is_some());
    let results = move || {
        checks.get().map(|checks| {
            checks
                .into_iter()
                .map(|c| {
                    view! {
                        <li class=tone::outcome(c.check.tone()) data-claim=c.claim>
                            <strong>{format!("{}: ", c.check.label())}</strong>{c.message}
                        </li>
                    }
                })
                .collect_view()
        })
    };
    let sources = || {
        SOURCES
            .iter()
            .map(|c| view! { <li>{cite_link(c)}</li> })
            .collect_view()
    };
    move || {
        shown.get().then(|| {
            view! {
                <section class="card" aria-labelledby="dpop-request-heading">
                    <h2 id="dpop-request-heading">"Check it against its request"</h2>
                    <p>
                        "A server accepts a DPoP proof only for the request it was made for, and \
                         only when it is fresh. Type the request's method and URL; they stay in \
                         these fields."
                    </p>
                    <div class="field-row">
                        {field(page, "dpop-method", "Method", "field", Inspector::method, Act::Method)}
                        {field(page, "dpop-url", "URL", "field grow", Inspector::url, Act::Url)}
                    </div>
                    <div role="status" aria-live="polite"><ul class="request-checks">{results}</ul></div>
                    <ul class="cites" aria-label="Sources">{sources()}</ul>
                </section>
            }
        })
    }
}
