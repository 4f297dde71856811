//! The search for a well-known HMAC secret, which the model asks the crypto worker for whenever
//! an HMAC token is pasted (`token::inspector`): this shows where it stands. The time the
//! worker took is shown in the sentence and kept in `data-busy-ms` for the tests to print.

use leptos::prelude::*;

use super::use_page;
use authpick_core::format::plain;

#[component]
pub fn SearchStatus() -> impl IntoView {
    let line = use_page().read(|m| m.search_line());
    // The live region is there before anything is said in it, so the result is announced.
    view! {
        <p
            class="secret-search"
            class:field-error=move || line.with(|l| l.as_ref().is_some_and(|l| l.found))
            role="status"
            data-busy-ms=move || line.with(|l| l.as_ref()?.busy_ms.map(|ms| plain(ms.round())))
        >
            {move || line.with(|l| l.as_ref().map(|l| l.text.clone()))}
        </p>
    }
}
