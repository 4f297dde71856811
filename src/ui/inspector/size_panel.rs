//! What the token costs on the wire: bytes on every request against a session cookie, the
//! cookie and proxy header limits, and the bandwidth at a chosen number of requests a day.

use leptos::prelude::*;

use super::use_inspector;
use authpick_core::token::checks::size::size;
use authpick_core::token::checks::verdict::{protection, Protection};
use authpick_core::tradeoffs::input::parse_amount;

#[component]
pub fn SizePanel() -> impl IntoView {
    let state = use_inspector();
    let error = move || {
        parse_amount(&state.requests_per_day.get())
            .err()
            .map(|e| e.to_string())
    };
    let figures = move || {
        let bytes = state.token.with(|t| t.as_ref().map(String::len))?;
        let rate = parse_amount(&state.requests_per_day.get()).ok();
        let t = size(bytes, rate.unwrap_or(0.0)).text(rate);
        Some(view! {
            <ul class="size-figures">
                <li><strong>{t.bytes}</strong>{t.against_cookie}</li>
                <li>{t.cookie}</li>
                <li>{t.header}</li>
                <li>{t.bandwidth}</li>
            </ul>
        })
    };
    // Only for a token that decodes: a broken one has no size worth weighing.
    let decodes = Memo::new(move |_| {
        state.inspection.with(
            |i| matches!(i, Some(Ok(i)) if !matches!(protection(i), Protection::Undecodable(_))),
        )
    });
    move || {
        decodes.get().then(|| {
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
                            prop:value=move || state.requests_per_day.get()
                            on:input=move |ev| state.requests_per_day.set(event_target_value(&ev))
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
