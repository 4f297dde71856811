//! The verdict, above everything else: the core's one line on whether a careful verifier would
//! accept the token, reject it or cannot tell yet (`token::checks::verdict`), the reason that
//! decides it, and the signature's standing as a detail under it.

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
                    <p class="verdict-signature small">{v.signature}</p>
                </section>
            }
        })
    }
}
