//! The verdict, above everything else: the core's one line on whether the token can be trusted
//! (`token::checks::verdict`), and the sentence that explains it.

use leptos::prelude::*;

use super::use_inspector;
use authpick_core::token::checks::verdict::verdict;
use authpick_core::token::service::verification::Tone;

fn tone_class(t: Tone) -> &'static str {
    match t {
        Tone::Valid => "verdict verdict-valid",
        Tone::Neutral => "verdict verdict-neutral",
        Tone::Invalid => "verdict verdict-invalid",
    }
}

#[component]
pub fn VerdictBanner() -> impl IntoView {
    let state = use_inspector();
    move || {
        let now = state.now.get();
        let verification = state.verification.get();
        state.inspection.with(|i| {
            let i = i.as_ref()?.as_ref().ok()?;
            let v = verdict(i, verification.as_ref(), now);
            Some(view! {
                <section class=tone_class(v.tone) aria-labelledby="verdict-heading" role="status" aria-live="polite">
                    <h2 id="verdict-heading" class="verdict-headline">{v.headline}</h2>
                    <p>{v.detail}</p>
                </section>
            })
        })
    }
}
