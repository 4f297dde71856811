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
