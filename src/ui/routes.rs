//! The app's paths (`authpick_core::site`) as links, aware of the sub-path it is served under.
//!
//! Trunk writes the public URL into `<base href>`; the router gets it as its base, and links
//! are built here so that a deployment under `/tools/authpick/` works like one at `/`.

use authpick_core::site::{route_for, Page, Route};

/// The sub-path the app is served under, without a trailing slash ("" at the root). Read once:
/// every link asks for it.
pub fn base() -> String {
    thread_local! {
        static BASE: String = read_base();
    }
    BASE.with(String::clone)
}

fn read_base() -> String {
    let href = leptos::prelude::document()
        .query_selector("base[href]")
        .ok()
        .flatten()
        .and_then(|b| b.get_attribute("href"))
        .unwrap_or_default();
    // Only a path is meaningful as a router base; anything else means "served at the root".
    if !href.starts_with('/') {
        return String::new();
    }
    href.trim_end_matches('/').to_string()
}

/// The route a browser path shows, whether or not it carries the sub-path.
pub fn route_of(pathname: &str) -> Option<&'static Route> {
    let base = base();
    route_for(pathname.strip_prefix(base.as_str()).unwrap_or(pathname))
}

/// Which page this document is: its `<body data-page>` (`Page::id`); the guide's if unmarked.
/// Read once, like `base`.
pub fn this_page() -> Page {
    thread_local! {
        static PAGE: Page = read_page();
    }
    PAGE.with(|p| *p)
}

fn read_page() -> Page {
    let id = leptos::prelude::document()
        .body()
        .and_then(|b| b.get_attribute("data-page"))
        .unwrap_or_default();
    Page::ALL
        .into_iter()
        .find(|p| p.id() == id)
        .unwrap_or(Page::Guide)
}

/// An `href` for a path of the app, such as `/guide` or `/glossary#term-jwt`.
pub fn href(path: &str) -> String {
    format!("{}{}", base(), path)
}

/// The absolute URL of a path of the app, for links that leave the page (copy, export).
pub fn absolute(path: &str) -> String {
    let origin = leptos::prelude::window()
        .location()
        .origin()
        .unwrap_or_default();
    format!("{origin}{}", href(path))
}

/// Links to another page are full page loads (`rel="external"` keeps the router out of them).
pub fn rel(route: &Route) -> Option<&'static str> {
    (route.page != this_page()).then_some("external")
}
