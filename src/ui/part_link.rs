//! Links to a part of the same page ("Skip to content", "Change your answers").
//!
//! Every page has a `<base href>` (Trunk's public URL, so that a route's copy finds the
//! site's files), and a bare `#main` resolves against it: it named the site's start page, and
//! on `/costs` the router then showed "Page not found". So the link names this page's own
//! address, which also works in the built copy before the app starts and with JavaScript off;
//! the router is kept out of it (`rel="external"`), and a click moves the focus to the part
//! itself, as a keyboard or screen-reader user expects of a skip link, without adding a
//! history entry that Back would have to undo.

use leptos::ev::MouseEvent;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// A link to the element with id `to` on this page.
#[component]
pub fn PartLink(
    to: &'static str,
    #[prop(optional)] class: &'static str,
    children: Children,
) -> impl IntoView {
    let go = move |ev: MouseEvent| {
        if focus_part(to) {
            ev.prevent_default();
        }
    };
    // The address can change after the render (a form writes its query into the link), so the
    // link takes it again as a pointer presses it (a middle click or "Copy link" reads it
    // then); a click or Enter moves the focus without following it.
    let refresh = move |ev: web_sys::Event| {
        if let Some(a) = ev
            .current_target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlAnchorElement>().ok())
        {
            a.set_href(&here(to));
        }
    };
    view! {
        <a
            class=class
            href=here(to)
            rel="external"
            on:pointerdown=move |ev| refresh(ev.into())
            on:click=go
        >
            {children()}
        </a>
    }
}

/// This page's address (path and query) with `#id`.
fn here(id: &str) -> String {
    let location = window().location();
    format!(
        "{}{}#{id}",
        location.pathname().unwrap_or_default(),
        location.search().unwrap_or_default()
    )
}

/// Moves the focus to the element with this id, making it focusable by script if it is not;
/// false if the page has no such element (the browser then follows the link).
fn focus_part(id: &str) -> bool {
    let Some(el) = document()
        .get_element_by_id(id)
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    else {
        return false;
    };
    if !el.has_attribute("tabindex") {
        let _ = el.set_attribute("tabindex", "-1");
    }
    el.scroll_into_view();
    let _ = el.focus();
    true
}
