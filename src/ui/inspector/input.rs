//! The one text area: whatever is pasted, the core finds the token in it and says where. A
//! token can be opened in the workbench to edit; once it is signed again and opened, the old one
//! is shown under the new.

use leptos::prelude::*;

use super::{clock, use_page};
use authpick_core::token::inspector::{Act, Bench};
use authpick_core::token::jose::extract::MAX_INPUT_BYTES;

#[component]
pub fn TokenInput() -> impl IntoView {
    let page = use_page();
    let input = page.read(|m| m.input().to_string());
    let message = page.read(|m| m.input_message());
    let problem = page.read(|m| m.input_problem());
    let remember = page.read(|m| m.remember());
    let editable = page.read(|m| m.editable().is_some());
    let before = page.read(|m| m.before().map(str::to_string));
    let on_input = move |ev| {
        page.act(Act::Input {
            text: event_target_value(&ev),
            now: clock::now(),
        })
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
                aria-invalid=move || problem.get().to_string()
                prop:value=move || input.get()
                on:input=on_input
            ></textarea>
            <p
                id="token-message"
                role="status"
                class:field-error=move || problem.get()
                class:muted=move || !problem.get()
            >
                {move || message.get().unwrap_or_else(|e| e)}
            </p>
            <label class="check">
                <input
                    type="checkbox"
                    prop:checked=move || remember.get()
                    on:change=move |ev| page.act(Act::Remember(event_target_checked(&ev)))
                />
                " Remember this token on this device (never a secret or a key)"
            </label>
            <p>
                <button type="button" class="button small" disabled=move || !editable.get() on:click=move |_| page.act(Act::Bench(Bench::Edit))>
                    "Edit in the workbench"
                </button>
            </p>
            <div class="field before-edit" hidden=move || before.with(Option::is_none)>
                <label for="token-before">"The token before your edit"</label>
                <textarea id="token-before" class="mono" rows="4" readonly prop:value=move || before.get().unwrap_or_default()></textarea>
            </div>
        </section>
    }
}
