//! The verdict, above everything else: the core's one line on whether the token can be trusted
//! (`token::checks::verdict`), and the sentence that explains it.

use leptos::prelude::*;

use super::{tone, use_page};

#[component]
pub fn VerdictBanner() -> impl IntoView {
    let verdict = use_page().read(|m| m.verdict());
    move || {
        verdict.get().map(|v| {
            view! {
                <section class=tone::verdict(v.tone) aria-labelledby="verdict-heading" role="status" aria-live="polite">
                    <h2 id="verdict-heading" class="verdict-headline">{v.headline}</h2>
                    <p>{v.detail}</p>
                </section>
            }
        })
    }
}
