//! Text with glossary terms linked: the first mention of each term in a text points to its
//! definition on the glossary page. The definition opens in a new tab, so that a reader deep in
//! a result looks a word up and comes back to the same place (Back would reload the guide at
//! its top); a note in the footer says so to screen readers.

use leptos::prelude::*;

use super::layout::NEW_TAB_NOTE;
use super::routes::{href, rel};
use authpick_core::glossary::{annotate, Segment};
use authpick_core::site::GLOSSARY;

/// `noopener`, and `external` when the glossary is another page of the app.
fn rel_new_tab() -> &'static str {
    match rel(&GLOSSARY) {
        Some(_) => "external noopener",
        None => "noopener",
    }
}

pub fn linked(text: &str) -> impl IntoView {
    annotate(text)
        .into_iter()
        .map(|segment| match segment {
            Segment::Text(t) => t.to_string().into_any(),
            Segment::Code(c) => view! { <code>{c.to_string()}</code> }.into_any(),
            Segment::Term { text, id } => view! {
                <a
                    class="term"
                    href=format!("{}#term-{id}", href(GLOSSARY.path))
                    target="_blank"
                    rel=rel_new_tab()
                    aria-describedby=NEW_TAB_NOTE
                >
                    {text.to_string()}
                </a>
            }
            .into_any(),
        })
        .collect_view()
}

/// Text with its inline code marked up but no glossary links: for the glossary's own
/// definitions, where a link to another entry would lead away from the one being read.
pub fn with_code(text: &str) -> impl IntoView {
    annotate(text)
        .into_iter()
        .map(|segment| match segment {
            Segment::Code(c) => view! { <code>{c.to_string()}</code> }.into_any(),
            Segment::Text(t) | Segment::Term { text: t, .. } => t.to_string().into_any(),
        })
        .collect_view()
}
