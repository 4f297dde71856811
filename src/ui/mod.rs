//! The thin Leptos front end of both pages. It renders what the core computes and forwards
//! what the user does to the core's models; it holds no decision of its own.

mod answer_editor;
mod chart;
mod compare_view;
mod costs_page;
mod glossary_page;
mod guide_page;
mod in_link;
pub mod inspector;
mod landing;
mod layout;
mod prefs;
mod questionnaire;
mod result;
mod revocation_page;
mod routes;
mod share;
mod shortcuts;
mod sources;
mod state;
mod storage;
mod terms;

use authpick_core::site::{COSTS, GLOSSARY, GUIDE, NOT_FOUND_TITLE, REVOCATION};
use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::StaticSegment;

use layout::{Footer, Header, NotFound};
use prefs::UiState;
use state::GuideState;

/// Replaces the static shell of `index.html` with the guide's app.
pub fn start() {
    mount(App);
}

/// Replaces a page's static shell (`#app`) with an app; both pages start this way.
pub(crate) fn mount<V: IntoView + 'static>(app: impl FnOnce() -> V + 'static) {
    console_error_panic_hook::set_once();
    let Some(root) = document().get_element_by_id("app") else {
        return;
    };
    root.set_inner_html("");
    if let Ok(root) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(root) {
        leptos::mount::mount_to(root, app).forget();
    }
}

#[component]
fn App() -> impl IntoView {
    provide_context(UiState::install());
    view! {
        <Router base=routes::base()>
            <Shell/>
        </Router>
    }
}

/// Everything inside the router, where the URL-backed guide state can live.
#[component]
fn Shell() -> impl IntoView {
    provide_context(GuideState::new());
    shortcuts::install();
    let location = leptos_router::hooks::use_location();
    let current = Signal::derive(move || location.pathname.get());
    // Every route has its own title (`site::Route::title`), also after in-app navigation.
    Effect::new(move |_| {
        let title = routes::route_of(&current.get()).map_or(NOT_FOUND_TITLE, |r| r.title);
        document().set_title(title);
    });
    view! {
        <a class="skip-link" href="#main">"Skip to content"</a>
        <Header current/>
        <main id="main" tabindex="-1">
            <Routes fallback=NotFound>
                // The routes of authpick_core::site that this page serves ("/" has no segment).
                <Route path=() view=landing::Landing/>
                <Route path=(StaticSegment(GUIDE.segment()),) view=guide_page::GuidePage/>
                <Route path=(StaticSegment(COSTS.segment()),) view=costs_page::CostsPage/>
                <Route path=(StaticSegment(REVOCATION.segment()),) view=revocation_page::RevocationPage/>
                <Route path=(StaticSegment(GLOSSARY.segment()),) view=glossary_page::GlossaryPage/>
            </Routes>
        </main>
        <Footer/>
        <shortcuts::ShortcutsDialog/>
    }
}
