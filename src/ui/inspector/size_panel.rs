//! What the token costs on the wire: bytes on every request against a session cookie, the
//! cookie and proxy header limits, and the bandwidth at a chosen number of requests a day.

use leptos::prelude::*;

use super::use_page;
use authpick_core::token::inspector::Act;

#[component]
pub fn SizePanel() -> impl IntoView {
    let page = use_page();
    let size = page.read(|m| m.size());
    let shown = page.read(|m| m.size().is_some());
    let rate = page.read(|m| m.rate().to_string());
    let error = move || size.with(|s| s.as_ref()?.rate_error.clone());
    let figures = move || {
        size.get().map(|s| {
            let t = s.text;
            view! {
                <ul class="size-figures">
                    <li><strong>{t.bytes}</strong>{t.against_cookie}</li>
                    <li>{t.cookie}</li>
                    <li>{t.header}</li>
                    <li>{t.bandwidth}</li>
                </ul>
            }
        })
    };
    move || {
        shown.get().then(|| {
            view! {
                <section class="card" aria-labelledby="size-heading">
                    <h2 id="size-heading">"Size on the wire"</h2>
                    {figures}
                    <div class="field">
                        <label for="rpd">"Requests a day"</label>
                        <input
                            id="rpd"
                            type="text"
                            inputmode="decimal"
                            prop:value=move || rate.get()
                            on:input=move |ev| page.act(Act::Rate(event_target_value(&ev)))
                            aria-invalid=move || error().is_some().to_string()
                            aria-describedby="rpd-error"
                        />
                        <span class="field-error" id="rpd-error" aria-live="polite">{error}</span>
                    </div>
                </section>
            }
        })
    }
}
