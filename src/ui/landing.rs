//! The start page: what the guide does, in two sentences, and the way in.

use leptos::prelude::*;
use leptos_router::components::A;

use super::routes::{href, rel};
use authpick_core::guide::KNOWLEDGE;
use authpick_core::site::{GUIDE, INSPECTOR};

#[component]
pub fn Landing() -> impl IntoView {
    let questions = KNOWLEDGE.questions.len();
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
                <A href=href(GUIDE.path) attr:class="button primary">"Start the guide"</A>
                <a href=href(INSPECTOR.path) class="button" rel=rel(&INSPECTOR)>"Inspect a token"</a>
            </p>
            <p class="muted">"Everything runs in your browser. Nothing you answer or paste is sent anywhere."</p>
        </section>
    }
}
