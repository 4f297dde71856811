//! The start page: what the guide does, in two sentences, and the way in.

use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_navigate;

use super::prefs::use_ui;
use super::resume_offer::ResumeOffer;
use super::routes::{href, rel};
use super::storage;
use authpick_core::guide::navigation::{resume_query, saved_answers};
use authpick_core::guide::KNOWLEDGE;
use authpick_core::site::{GUIDE, INSPECTOR};

#[component]
pub fn Landing() -> impl IntoView {
    let questions = KNOWLEDGE.questions.len();
    let ui = use_ui();
    // Answers saved in this browser: offer them, or a fresh start, never resume them silently.
    let saved = RwSignal::new(saved_answers(
        &KNOWLEDGE,
        storage::load_guide().ok().flatten().as_deref(),
    ));
    let navigate = use_navigate();
    let start = move || match saved.get() {
        None => view! {
            <A href=href(GUIDE.path) attr:class="button primary">"Start the guide"</A>
        }
        .into_any(),
        Some(n) => {
            // The router adds the deployment's sub-path itself, as for every navigation.
            let (go, go_fresh) = (navigate.clone(), navigate.clone());
            let resume = move || {
                let saved = storage::load_guide().ok().flatten();
                match resume_query(&KNOWLEDGE, saved.as_deref()) {
                    Some(query) => go(&format!("{}?{query}", GUIDE.path), Default::default()),
                    None => go(GUIDE.path, Default::default()),
                }
            };
            let fresh = move || {
                ui.report(storage::clear_guide());
                saved.set(None);
                go_fresh(GUIDE.path, Default::default());
            };
            view! { <ResumeOffer saved=n resume fresh/> }.into_any()
        }
    };
    view! {
        <section class="page narrow landing">
            <h1>"Sessions, JWTs, or both?"</h1>
            <p class="lede">
                "Answer "{questions}" short questions about your clients, back end, threat model \
                 and team. Authpick recommends how each of your clients should stay \
                 authenticated, shows the reasons and sources behind it, and tells you which \
                 answer would change it."
            </p>
            <p class="actions">
                {start}
                <a href=href(INSPECTOR.path) class="button" rel=rel(&INSPECTOR)>"Inspect a token"</a>
            </p>
            <p class="muted">"Everything runs in your browser. Nothing you answer or paste is sent anywhere."</p>
        </section>
    }
}
