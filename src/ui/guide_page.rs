//! The `/guide` route: restores saved answers when the link has none, saves every change,
//! reports what a link or the storage could not do, and shows the step, result or compare view
//! the link names.

use leptos::prelude::*;

use super::compare_view::CompareView;
use super::prefs::{use_ui, UiState};
use super::questionnaire::Questionnaire;
use super::result::ResultPage;
use super::state::{use_guide, GuideState};
use super::storage;
use authpick_core::guide::link::{encode, View};
use authpick_core::guide::navigation::resume;
use authpick_core::guide::KNOWLEDGE;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Page {
    Steps,
    Result,
    Compare,
}

#[component]
pub fn GuidePage() -> impl IntoView {
    let guide = use_guide();
    let ui = use_ui();
    restore(guide, ui);
    Effect::new(move |_| {
        let d = guide.decoded();
        let saved = if d.has_answers {
            storage::save_guide(&encode(&KNOWLEDGE, &d.state))
        } else {
            storage::clear_guide()
        };
        ui.report(saved);
    });
    let page = Memo::new(move |_| match guide.view() {
        View::Step(_) => Page::Steps,
        View::Result => Page::Result,
        View::Compare => Page::Compare,
    });
    view! {
        <LinkNotice/>
        {move || match page.get() {
            Page::Steps => view! { <Questionnaire/> }.into_any(),
            Page::Result => view! { <ResultPage/> }.into_any(),
            Page::Compare => view! { <CompareView/> }.into_any(),
        }}
        <StorageNotice/>
    }
}

/// Opens what `navigation::resume` says: the link, or the saved answers it lacks.
fn restore(guide: GuideState, ui: UiState) {
    let link = guide.decoded_untracked();
    let saved = match storage::load_guide() {
        Ok(saved) => saved,
        Err(problem) => return ui.report(Err(problem)),
    };
    if let Some(state) = resume(&KNOWLEDGE, &link, saved.as_deref()) {
        // Navigate after this render, not during it.
        request_animation_frame(move || guide.set(&state, false));
    }
}

/// Names what a shared link contained that this version could not use.
#[component]
fn LinkNotice() -> impl IntoView {
    let guide = use_guide();
    let dismissed = RwSignal::new(false);
    let ignored = move || guide.decoded().ignored;
    view! {
        <Show when=move || !dismissed.get() && !ignored().is_empty()>
            <div class="notice link-notice page narrow" role="status">
                <p>
                    "Part of this link was ignored: "
                    {move || ignored().iter().map(|i| i.to_string()).collect::<Vec<_>>().join("; ")}
                    ". Everything else in it was applied."
                </p>
                <button type="button" class="button small" on:click=move |_| dismissed.set(true)>
                    "Dismiss"
                </button>
            </div>
        </Show>
    }
}

#[component]
fn StorageNotice() -> impl IntoView {
    let ui = use_ui();
    view! {
        {move || ui.storage_problem.get().map(|p| view! {
            <p class="storage-notice muted small page narrow" role="status">{p.message()}</p>
        })}
    }
}
