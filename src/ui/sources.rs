//! Source citations: inline links next to a claim, and the list at the end of the result.

use leptos::prelude::*;

use authpick_core::guide::model::Source;
use authpick_core::guide::KNOWLEDGE;

/// Inline citations for a claim, each one click from the document it names.
pub fn cites(ids: &'static [&'static str]) -> impl IntoView {
    let links = ids
        .iter()
        .filter_map(|id| KNOWLEDGE.source(id))
        .map(|s| view! { <li>{source_link(s, s.cite)}</li> })
        .collect_view();
    view! {
        <ul class="cites" aria-label="Sources">{links}</ul>
    }
}

/// A link to the source, or plain text when it has no stable public address.
pub fn source_link(source: &'static Source, text: &'static str) -> impl IntoView {
    if source.url.is_empty() {
        view! { <span class="cite" title=source.title>{text}</span> }.into_any()
    } else {
        view! {
            <a class="cite" href=source.url title=source.title rel="noopener noreferrer" target="_blank">
                {text}
            </a>
        }
        .into_any()
    }
}

/// The numbered list of every source the result cites. In print the title gives way to the
/// written-out address (see the print stylesheet).
pub fn source_list(sources: &[&'static Source]) -> impl IntoView {
    let items = sources
        .iter()
        .map(|s| {
            let title = if s.url.is_empty() {
                view! { <span>{s.title}</span> }.into_any()
            } else {
                view! {
                    <a href=s.url rel="noopener noreferrer" target="_blank">
                        <span class="source-title">{s.title}</span>
                    </a>
                }
                .into_any()
            };
            view! { <li><strong>{s.cite}</strong>" — "{title}</li> }
        })
        .collect_view();
    view! { <ol class="source-list">{items}</ol> }
}
