//! Example tokens for learning: one click puts a token and the key that verifies it on the
//! page, so every kind of finding can be explored. The crypto worker signs them when chosen.

use leptos::prelude::*;

use super::{clock, use_page};
use authpick_core::token::forms::examples::catalogue;
use authpick_core::token::inspector::Act;

#[component]
pub fn ExamplePicker() -> impl IntoView {
    let page = use_page();
    let note = page.read(|m| m.example_note().to_string());
    let buttons = catalogue()
        .map(|(id, title, _)| {
            let open = move |_| {
                page.act(Act::Example {
                    id,
                    now: clock::now(),
                })
            };
            view! {
                <li>
                    <button type="button" class="button small" on:click=open>{title}</button>
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="examples" aria-labelledby="examples-heading">
            <h2 id="examples-heading" class="small-heading">"Try an example"</h2>
            <ul class="example-list">{buttons}</ul>
            <p class="small" role="status">{move || note.get()}</p>
        </section>
    }
}
