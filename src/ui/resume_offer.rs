//! "Resume where you left off" or "Start fresh": asked on the start page and whenever the guide
//! opens without answers while this browser holds some (`guide::navigation::Opening::Ask`), so a
//! shared meeting-room machine never hands one team's answers to the next unasked.

use authpick_core::text::counted;
use leptos::prelude::*;

/// The two choices, for `saved` answers. `resume` and `fresh` do the work; the first is the
/// default button.
#[component]
pub fn ResumeOffer(
    saved: usize,
    resume: impl Fn() + 'static,
    fresh: impl Fn() + 'static,
) -> impl IntoView {
    let answers = counted(saved, "answer");
    view! {
        <span class="resume-offer">
            <button type="button" class="button primary" on:click=move |_| resume()>
                {format!("Resume where you left off ({answers})")}
            </button>
            <button type="button" class="button" on:click=move |_| fresh()>"Start fresh"</button>
        </span>
    }
}
