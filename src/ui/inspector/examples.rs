//! Example tokens for learning: one click puts a token and the key that verifies it on the
//! page, so every kind of finding can be explored. The crypto worker signs them.

use leptos::prelude::*;

use super::{clock, use_inspector};
use authpick_core::token::forms::examples::catalogue;
use authpick_core::token::service::dispatch::Slot;
use authpick_core::token::service::messages::{Reply, Request};

#[component]
pub fn ExamplePicker() -> impl IntoView {
    let state = use_inspector();
    let note = RwSignal::new(
        "Each example comes with the key that verifies it. Example keys only: they are published \
         here."
            .to_string(),
    );
    let buttons = catalogue()
        .map(|(id, title, point)| {
            let open = move |_| {
                // The failure itself is announced by the verification panel; here, only why
                // the click did nothing.
                if state.crypto.failure().is_some() {
                    note.set(
                        "The examples are signed by the verifier, which is unavailable.".into(),
                    );
                    return;
                }
                // Signed when chosen, so "healthy" is not stale after the page has been open a
                // while, and the page does not sign seven tokens before it can be used.
                let request = Request::Example {
                    id: id.to_string(),
                    now: clock::now(),
                };
                state.crypto.send(Slot::Example, request, move |reply, _| {
                    if let Reply::Example(Some((token, key))) = reply {
                        state.open(token, key);
                        note.set(format!("Example “{title}”: {point}"));
                    }
                });
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
            <p class="small" role="status">{note}</p>
        </section>
    }
}
