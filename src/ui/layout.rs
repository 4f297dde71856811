//! The frame around every page: header with navigation (from `authpick_core::site::ROUTES`)
//! and display controls, footer with the rule base's version. Both pages use it, so its links
//! are plain anchors: the guide's router still handles its own, and a link to the other page is
//! a full page load (`rel="external"` keeps the router from trying to render it).

use leptos::prelude::*;

use super::prefs::{use_ui, Theme};
use super::routes::{href, rel, route_of};
use authpick_core::guide::knowledge::{REVIEWED, VERSION};
use authpick_core::site::{HOME, ROUTES};

/// The header; `current` is the path being shown (without the deployment's sub-path).
#[component]
pub fn Header(#[prop(into)] current: Signal<String>) -> impl IntoView {
    let ui = use_ui();
    let theme_options = Theme::ALL
        .into_iter()
        .map(|t| {
            let selected = move || ui.prefs.with(|p| p.theme == t);
            view! { <option value=t.id() prop:selected=selected>{t.label()}</option> }
        })
        .collect_view();
    let on_theme = move |ev| {
        let theme = Theme::from_id(&event_target_value(&ev));
        ui.prefs.update(|p| p.theme = theme);
    };
    let nav = ROUTES
        .iter()
        .filter_map(|route| Some((route, route.nav?)))
        .map(|(route, label)| {
            let here = move || {
                current
                    .with(|c| route_of(c) == Some(route))
                    .then_some("page")
            };
            view! { <a href=href(route.path) rel=rel(route) aria-current=here>{label}</a> }
        })
        .collect_view();
    let meeting = move || ui.prefs.with(|p| p.meeting);
    let toggle_meeting = move |_| ui.prefs.update(|p| p.meeting = !p.meeting);
    view! {
        <header class="site-header">
            <a href=href(HOME.path) class="brand" rel=rel(&HOME)>
                <span class="brand-mark" aria-hidden="true">"◆"</span>
                "Authpick"
            </a>
            <nav aria-label="Main">{nav}</nav>
            <div class="display-controls">
                <label class="theme-control">
                    <span class="theme-label">"Theme"</span>
                    <select on:change=on_theme>{theme_options}</select>
                </label>
                <button
                    type="button"
                    class="button small"
                    aria-pressed=move || meeting().to_string()
                    on:click=toggle_meeting
                >
                    "Meeting mode"
                </button>
            </div>
        </header>
    }
}

/// The id of the note every glossary link points to with `aria-describedby`.
pub const NEW_TAB_NOTE: &str = "new-tab-note";

#[component]
pub fn Footer() -> impl IntoView {
    view! {
        <footer class="site-footer">
            <p>
                "Runs entirely in your browser: nothing you enter is sent anywhere. "
                {format!("Rule base {VERSION}, last reviewed {REVIEWED}.")}
            </p>
            // Read out with every glossary term (`terms::linked`), said once here.
            <span id=NEW_TAB_NOTE class="visually-hidden">"Opens the glossary in a new tab."</span>
        </footer>
    }
}

#[component]
pub fn NotFound() -> impl IntoView {
    view! {
        <section class="page narrow">
            <h1>"Page not found"</h1>
            <p>"There is nothing at this address. "<a href=href(HOME.path) rel=rel(&HOME)>"Go to the start page"</a>"."</p>
        </section>
    }
}
