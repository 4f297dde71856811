//! Example tokens for learning: one click puts a token and the key that verifies it on the
//! page, so every kind of finding can be explored.

use leptos::prelude::*;

use super::{clock, use_inspector, KeyMode};
use crate::token::examples::{catalogue, example, ExampleKey};

#[component]
pub fn ExamplePicker() -> impl IntoView {
    let state = use_inspector();
    let chosen = RwSignal::new(None::<(&'static str, &'static str)>);
    let buttons = catalogue()
        .map(|(id, title, point)| {
            let open = move |_| {
                // Signed when chosen, so "healthy" is not stale after the page has been open a
                // while, and the page does not sign seven tokens before it can be used.
                let Some(fresh) = example(id, clock::now()) else {
                    return;
                };
                let key = match fresh.key {
                    ExampleKey::Secret(s) => Some((KeyMode::Secret, s.to_string())),
                    ExampleKey::Public(p) => Some((KeyMode::Public, p.to_string())),
                    ExampleKey::None => None,
                };
                state.open(fresh.token, key);
                chosen.set(Some((title, point)));
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
            <p class="small" role="status">
                {move || match chosen.get() {
                    Some((title, point)) => format!("Example “{title}”: {point}"),
                    None => "Each example comes with the key that verifies it. Example keys only: \
                             they are published here."
                        .to_string(),
                }}
            </p>
        </section>
    }
}
