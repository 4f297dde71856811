//! The one text area: whatever is pasted, the core finds the token in it and says where.

use leptos::prelude::*;

use super::{clock, use_inspector};
use authpick_core::token::checks::report::input_message;
use authpick_core::token::jose::extract::MAX_INPUT_BYTES;
use authpick_core::token::service::dispatch::Slot;

#[component]
pub fn TokenInput() -> impl IntoView {
    let state = use_inspector();
    let message = move || state.inspection.with(|i| input_message(i.as_ref()));
    let problem = move || state.inspection.with(|i| matches!(i, Some(Err(_))));
    let alg = move || {
        state.inspection.with_untracked(|i| match i {
            Some(Ok(i)) => i.header_alg(),
            _ => None,
        })
    };
    let on_input = move |ev| {
        // What the user types wins over an example the worker is still signing.
        state.crypto.cancel(Slot::Example);
        let before = alg();
        state.now.set(clock::now());
        state.input.set(event_target_value(&ev));
        let after = alg();
        if before != after {
            state
                .key_form
                .update(|f| f.follow_token(before.as_deref(), after.as_deref()));
        }
    };
    view! {
        <section class="card token-input" aria-labelledby="token-heading">
            <h2 id="token-heading">"Token"</h2>
            <label for="token-input">"Paste a JWT or a header or URL containing one"</label>
            <textarea
                id="token-input"
                rows="6"
                spellcheck="false"
                autocomplete="off"
                autocapitalize="off"
                class="mono"
                maxlength=(MAX_INPUT_BYTES * 2).to_string()
                aria-describedby="token-message"
                aria-invalid=move || problem().to_string()
                prop:value=move || state.input.get()
                on:input=on_input
            ></textarea>
            <p
                id="token-message"
                role="status"
                class:field-error=problem
                class:muted=move || !problem()
            >
                {move || message().unwrap_or_else(|e| e)}
            </p>
            <label class="check">
                <input
                    type="checkbox"
                    prop:checked=move || state.remember.get()
                    on:change=move |ev| state.remember.set(event_target_checked(&ev))
                />
                " Remember this token on this device (never a secret or a key)"
            </label>
        </section>
    }
}
