//! Example tokens for learning: one click puts a token and the key that verifies it on the
//! page, so every kind of finding can be explored.

use leptos::prelude::*;

use super::{clock, use_inspector, KeyMode};
use crate::token::examples::{examples, ExampleKey};

#[component]
pub fn ExamplePicker() -> impl IntoView {
    let state = use_inspector();
    let buttons = examples(clock::now())
        .into_iter()
        .map(|e| {
            let title = e.title;
            let point = e.point;
            let open = move |_| {
                // Signed afresh, so "healthy" is not stale after the page has been open a while.
                let Some(fresh) = examples(clock::now()).into_iter().find(|x| x.id == e.id) else {
                    return;
                };
                let key = match fresh.key {
                    ExampleKey::Secret(s) => Some((KeyMode::Secret, s.to_string())),
                    ExampleKey::Public(p) => Some((KeyMode::Public, p.to_string())),
                    ExampleKey::None => None,
                };
                state.open(fresh.token, key);
            };
            view! {
                <li>
                    <button type="button" class="button small" on:click=open title=point>{title}</button>
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="examples" aria-labelledby="examples-heading">
            <h2 id="examples-heading" class="small-heading">"Try an example"</h2>
            <ul class="example-list">{buttons}</ul>
            <p class="muted small">"Each example comes with the key that verifies it. Example keys only: they are published here."</p>
        </section>
    }
}
