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
use crate::guide::link::{decode, encode, View};
use crate::guide::KNOWLEDGE;

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

/// A link always wins; without answers in it, the last saved answers come back.
fn restore(guide: GuideState, ui: UiState) {
    let current = guide.decoded_untracked();
    if current.has_answers {
        return;
    }
    let stored = match storage::load_guide() {
        Ok(Some(query)) => decode(&KNOWLEDGE, &query),
        Ok(None) => return,
        Err(problem) => return ui.report(Err(problem)),
    };
    if !stored.has_answers {
        return;
    }
    let mut state = stored.state;
    if current.has_view {
        state.view = current.state.view;
    }
    // Navigate after this render, not during it.
    request_animation_frame(move || guide.set(&state, false));
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
