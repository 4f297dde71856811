//! The thin Leptos front end of the three pages (`authpick_core::site::Page`). It renders what the core computes and forwards
//! what the user does to the core's models; it holds no decision of its own.

mod answer_editor;
mod chart;
mod compare_view;
mod costs_page;
mod download;
mod glossary_page;
mod guide_page;
mod in_link;
pub mod inspector;
mod landing;
mod layout;
mod part_link;
mod prefs;
mod questionnaire;
pub mod reference;
mod result;
mod resume_offer;
mod revocation_page;
mod routes;
mod share;
mod shortcuts;
mod sources;
mod state;
mod steps;
mod storage;
mod terms;
mod token_chain;
mod token_compare;
mod token_kit;
mod token_status;
mod tool_worker;
pub mod tools;

use authpick_core::site::{Route, GUIDE, HOME, NOT_FOUND_TITLE};
use leptos::prelude::*;
use leptos_router::components::Router;

use layout::{Footer, Header, NotFound};
use part_link::PartLink;
use prefs::UiState;
use state::GuideState;
use steps::later;

/// Replaces the built copy of `index.html` with the guide's app: the header, the page, then
/// the footer, each in a task of its own (`steps`).
pub fn start() {
    steps::mount_in_steps(|| routed(Shell));
}

/// The element that holds the page's built copy, with the panic hook installed: where every
/// page's app starts.
fn app_root() -> Option<web_sys::HtmlElement> {
    console_error_panic_hook::set_once();
    let root = document().get_element_by_id("app")?;
    wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(root).ok()
}

/// Marks the page as the app's (the built copy has no such mark): tests and the prerendering
/// wait for it.
fn mark_started(root: &web_sys::Element) {
    let _ = root.set_attribute("data-started", "");
}

/// A page with a router (the guide, the reference page): the preferences, then `shell` inside
/// a router at the deployment's sub-path.
pub(crate) fn routed<V: IntoView + 'static>(shell: fn() -> V) -> impl IntoView {
    provide_context(UiState::install());
    view! { <Router base=routes::base()>{shell()}</Router> }
}

/// The path shown (without the deployment's sub-path), for a page inside a router.
fn shown_path() -> Signal<String> {
    let location = leptos_router::hooks::use_location();
    Signal::derive(move || location.pathname.get())
}

/// The header of a page inside a router.
#[component]
fn RoutedHeader() -> impl IntoView {
    view! { <Header current=shown_path()/> }
}

/// The route shown, for a page inside a router. The route changes far less often
/// than the address, so a page matched on it is rebuilt only when it does (leptos_router's
/// `Routes` matcher weighed 25 KB Brotli for two routes). Every route has its own title
/// (`site::Route::title`), also after in-app navigation.
/// The frame of a routed page with no state of its own (the reference page, the token tools):
/// the skip link, the header, the page for the address shown, the footer, each in a task of
/// its own (`steps`).
pub(crate) fn framed<V: IntoView + 'static>(pages: fn() -> V) -> impl IntoView {
    view! {
        <part_link::PartLink to="main" class="skip-link">"Skip to content"</part_link::PartLink>
        {steps::later(1, RoutedHeader)}
        <main id="main" tabindex="-1">{steps::later(2, pages)}</main>
        {steps::later(3, layout::Footer)}
    }
}

pub(crate) fn shown_route() -> Memo<Option<Route>> {
    let current = shown_path();
    let route = Memo::new(move |_| current.with(|p| routes::route_of(p).copied()));
    Effect::new(move |_| {
        document().set_title(route.get().map_or(NOT_FOUND_TITLE, |r| r.title));
    });
    route
}

/// Everything inside the router, where the URL-backed guide state can live. The trade-off
/// pages and the glossary are another page (`reference`), so the guide's module does not carry
/// them.
#[component]
fn Shell() -> impl IntoView {
    provide_context(GuideState::new());
    shortcuts::install();
    view! {
        <PartLink to="main" class="skip-link">"Skip to content"</PartLink>
        {later(1, RoutedHeader)}
        <main id="main" tabindex="-1">{later(2, GuidePages)}</main>
        {later(3, Footer)}
        {later(3, shortcuts::ShortcutsDialog)}
    }
}

/// The guide's page for the address shown.
#[component]
fn GuidePages() -> impl IntoView {
    let route = shown_route();
    move || match route.get() {
        Some(r) if r == HOME => landing::Landing().into_any(),
        Some(r) if r == GUIDE => guide_page::GuidePage().into_any(),
        _ => NotFound().into_any(),
    }
}
