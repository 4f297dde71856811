//! A citation as the inspector shows it: the label, linked to the section when the source is
//! online, in a new tab so that the pasted token stays on the page.

use leptos::prelude::*;

use authpick_core::token::cite::Cite;

pub fn cite_link(c: &Cite) -> AnyView {
    match c.url {
        Some(url) => view! {
            <a href=url rel="noopener noreferrer" target="_blank">{c.label}</a>
        }
        .into_any(),
        None => view! { <span>{c.label}</span> }.into_any(),
    }
}

/// A source the worker named (a description's), as `cite_link` shows a citation.
pub fn source_link(label: String, url: String) -> AnyView {
    if url.is_empty() {
        return view! { <span>{label}</span> }.into_any();
    }
    view! {
        <a href=url rel="noopener noreferrer" target="_blank">{label}</a>
    }
    .into_any()
}
