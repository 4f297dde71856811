//! Paths of the app, aware of the sub-path it is served under.
//!
//! Trunk writes the public URL into `<base href>`; the router gets it as its base, and links
//! are built here so that a deployment under `/tools/authpick/` works like one at `/`.

/// The sub-path the app is served under, without a trailing slash ("" at the root).
pub fn base() -> String {
    let href = leptos::prelude::document()
        .query_selector("base[href]")
        .ok()
        .flatten()
        .and_then(|b| b.get_attribute("href"))
        .unwrap_or_default();
    normalise(&href)
}

fn normalise(href: &str) -> String {
    // Only a path is meaningful as a router base; anything else means "served at the root".
    if !href.starts_with('/') {
        return String::new();
    }
    href.trim_end_matches('/').to_string()
}

/// Whether this page is the inspector's (which has no router).
pub fn in_inspector() -> bool {
    leptos::prelude::document()
        .body()
        .is_some_and(|b| b.class_list().contains("inspector-app"))
}

/// An `href` for a path of the app, such as `/guide`.
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

pub const GUIDE: &str = "/guide";
/// The inspector is a page of its own (its own WebAssembly module), so it ends in a slash.
pub const INSPECTOR: &str = "/inspector/";
pub const COSTS: &str = "/costs";
pub const REVOCATION: &str = "/revocation";
pub const GLOSSARY: &str = "/glossary";
