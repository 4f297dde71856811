//! The frame around every page: header with navigation, footer with the rule base's version.

use leptos::prelude::*;
use leptos_router::components::A;

use super::routes::{href, GUIDE, INSPECTOR};
use crate::guide::KNOWLEDGE;

#[component]
pub fn Header() -> impl IntoView {
    view! {
        <header class="site-header">
            <A href=href("/") attr:class="brand">
                <span class="brand-mark" aria-hidden="true">"◆"</span>
                "Authpick"
            </A>
            <nav aria-label="Main">
                <A href=href(GUIDE)>"Guide"</A>
                <A href=href(INSPECTOR)>"Token inspector"</A>
            </nav>
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
