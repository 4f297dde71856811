//! The glossary page: every term the app uses, defined briefly, with its source.

use leptos::html;
use leptos::prelude::*;
use leptos_router::hooks::use_location;

use super::sources::cites;
use super::terms::with_code;
use authpick_core::glossary::TERMS;

#[component]
pub fn GlossaryPage() -> impl IntoView {
    let heading = NodeRef::<html::H1>::new();
    let location = use_location();
    // Arriving from a term link: bring that entry into view and focus it.
    heading.on_load(super::steps::once_placed(
        move |h1: web_sys::HtmlHeadingElement| {
            let hash = location.hash.get_untracked();
            let target = hash
                .strip_prefix('#')
                .and_then(|id| document().get_element_by_id(id));
            match target
                .and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(t).ok())
            {
                Some(entry) => {
                    entry.scroll_into_view();
                    let _ = entry.focus();
                }
                None => {
                    let _ = h1.focus();
                }
            }
        },
    ));
    let entries = TERMS
        .iter()
        .map(|t| {
            view! {
                <div class="term-entry" id=format!("term-{}", t.id) tabindex="-1">
                    <dt>{t.term}</dt>
                    <dd>
                        <p>{with_code(t.definition)}</p>
                        {cites(t.sources)}
                    </dd>
                </div>
            }
        })
        .collect_view();
    view! {
        <section class="page narrow glossary">
            <h1 node_ref=heading tabindex="-1">"Glossary"</h1>
            <p class="lede">"The terms Authpick uses, in a sentence or two each, with where to read more."</p>
            <dl>{entries}</dl>
        </section>
    }
}
