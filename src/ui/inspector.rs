//! The token inspector's page. The inspector itself is tracked as its own piece of work; until
//! it lands, this page says so rather than pretending.

use leptos::prelude::*;
use leptos_router::components::A;

use super::routes::{href, GUIDE};

#[component]
pub fn Inspector() -> impl IntoView {
    view! {
        <section class="page narrow">
            <h1>"Token inspector"</h1>
            <p class="lede">
                "Paste a JWT to see its header and claims decoded, verify its signature and get \
                 a list of what is wrong with it, all without it leaving your browser."
            </p>
            <p class="notice" role="status">"The inspector is coming soon."</p>
            <p><A href=href(GUIDE)>"Meanwhile, try the guide"</A>"."</p>
        </section>
    }
}
