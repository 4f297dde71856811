//! The frame around every page: header with navigation and display controls, footer with the
//! rule base's version.

use leptos::prelude::*;
use leptos_router::components::A;

use super::prefs::{use_ui, Theme};
use super::routes::{href, COSTS, GLOSSARY, GUIDE, INSPECTOR, REVOCATION};
use crate::guide::KNOWLEDGE;

#[component]
pub fn Header() -> impl IntoView {
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
    let meeting = move || ui.prefs.with(|p| p.meeting);
    let toggle_meeting = move |_| ui.prefs.update(|p| p.meeting = !p.meeting);
    view! {
        <header class="site-header">
            <A href=href("/") attr:class="brand">
                <span class="brand-mark" aria-hidden="true">"◆"</span>
                "Authpick"
            </A>
            <nav aria-label="Main">
                <A href=href(GUIDE)>"Guide"</A>
                <A href=href(COSTS)>"Costs"</A>
                <A href=href(REVOCATION)>"Revocation"</A>
                <A href=href(GLOSSARY)>"Glossary"</A>
                <A href=href(INSPECTOR)>"Token inspector"</A>
            </nav>
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

#[component]
pub fn Footer() -> impl IntoView {
    view! {
        <footer class="site-footer">
            <p>
                "Runs entirely in your browser: nothing you enter is sent anywhere. "
                {format!("Rule base {}, last reviewed {}.", KNOWLEDGE.version, KNOWLEDGE.reviewed)}
            </p>
        </footer>
    }
}

#[component]
pub fn NotFound() -> impl IntoView {
    view! {
        <section class="page narrow">
            <h1>"Page not found"</h1>
            <p>"There is nothing at this address. "<A href=href("/")>"Go to the start page"</A>"."</p>
        </section>
    }
}
