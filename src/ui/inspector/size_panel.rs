//! What the token costs on the wire: bytes on every request against a session cookie, the
//! cookie and proxy header limits, and the bandwidth at a chosen number of requests a day.

use leptos::prelude::*;

use super::use_inspector;
use authpick_core::format::{self, plain};
use authpick_core::token::size::{size, COOKIE_LIMIT, PROXY_HEADER_LIMIT, SESSION_COOKIE_BYTES};
use authpick_core::tradeoffs::input::parse_amount;

fn yes_no(fits: bool) -> &'static str {
    if fits {
        "fits"
    } else {
        "does not fit"
    }
}

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
        let s = size(bytes, rate.unwrap_or(0.0));
        let per_day = match rate {
            Some(r) => format!(
                "{} a day of upload at {} requests a day, for the token alone.",
                format::bytes(s.per_day),
                plain(r)
            ),
            None => "Give a number of requests a day below to see the bandwidth.".to_string(),
        };
        Some(view! {
                <ul class="size-figures">
                    <li><strong>{plain(s.bytes as f64)}" bytes"</strong>" on every request: "
                        {plain(s.times_session_cookie as f64)}"× a "{SESSION_COOKIE_BYTES}"-byte session cookie."</li>
                    <li>"It "{yes_no(s.fits_cookie)}" in a cookie (browsers allow "{plain(COOKIE_LIMIT as f64)}" bytes)."</li>
                    <li>"As a Bearer header it "{yes_no(s.fits_proxy_header)}" within the "
                        {plain(PROXY_HEADER_LIMIT as f64)}"-byte header limit of common proxies."</li>
                    <li>{per_day}</li>
                </ul>
        })
    };
    move || {
        state.has_token.get().then(|| {
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
