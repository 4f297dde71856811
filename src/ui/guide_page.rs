//! The `/guide` route: asks before resuming saved answers when the link has none, says whose
//! answers a link replaced, saves every change,
//! reports what a link or the storage could not do, and shows the step, result or compare view
//! the link names.

use leptos::prelude::*;

use super::compare_view::CompareView;
use super::prefs::use_ui;
use super::questionnaire::Questionnaire;
use super::result::ResultPage;
use super::resume_offer::ResumeOffer;
use super::state::use_guide;
use super::storage;
use authpick_core::guide::link::{decode, LinkState, View};
use authpick_core::guide::navigation::{self, keep, opening, Keep, Opening};
use authpick_core::guide::KNOWLEDGE;
use authpick_core::text::counted;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Page {
    Ask,
    Steps,
    Result,
    Compare,
}

#[component]
pub fn GuidePage() -> impl IntoView {
    let guide = use_guide();
    let ui = use_ui();
    let asking = RwSignal::new(None::<usize>);
    let replaced = RwSignal::new(None::<(usize, String)>);
    // Every change of the link: what `navigation::opening` says to show, and what to keep.
    let arriving = StoredValue::new(true);
    Effect::new(move |_| {
        let link = guide.decoded();
        let saved = match storage::load_guide() {
            Ok(saved) => saved,
            Err(problem) => {
                ui.report(Err(problem));
                None
            }
        };
        let opening = opening(&KNOWLEDGE, &link, saved.as_deref(), arriving.get_value());
        arriving.set_value(false);
        asking.set(match opening {
            Opening::Ask { saved } => Some(saved),
            _ => None,
        });
        if let Opening::Replacing { saved, query } = &opening {
            replaced.set(Some((*saved, query.clone())));
        }
        match keep(&KNOWLEDGE, &link, &opening) {
            Keep::Save(query) => ui.report(storage::save_guide(&query)),
            Keep::Clear => ui.report(storage::clear_guide()),
            Keep::Leave => {}
        }
    });
    let page = Memo::new(move |_| match (asking.get(), guide.view()) {
        (Some(_), _) => Page::Ask,
        (None, View::Step(_)) => Page::Steps,
        (None, View::Result) => Page::Result,
        (None, View::Compare) => Page::Compare,
    });
    view! {
        <LinkNotice/>
        <ReplacedNotice replaced/>
        {move || match page.get() {
            Page::Ask => view! { <Ask saved=asking.get_untracked().unwrap_or_default()/> }.into_any(),
            Page::Steps => view! { <Questionnaire/> }.into_any(),
            Page::Result => view! { <ResultPage/> }.into_any(),
            Page::Compare => view! { <CompareView/> }.into_any(),
        }}
        <StorageNotice/>
    }
}

/// The guide opened without answers while this browser holds some: resume them, or start
/// fresh. Nothing is saved or cleared until one is chosen.
#[component]
fn Ask(saved: usize) -> impl IntoView {
    let guide = use_guide();
    let ui = use_ui();
    let heading = super::steps::focused_heading();
    let resume = move || {
        let link = guide.decoded_untracked();
        let stored = storage::load_guide().ok().flatten();
        match navigation::resume(&KNOWLEDGE, &link, stored.as_deref()) {
            Some(state) => guide.set(&state, false),
            None => guide.set(&LinkState::start(&KNOWLEDGE), false),
        }
    };
    let fresh = move || {
        ui.report(storage::clear_guide());
        guide.set(&LinkState::start(&KNOWLEDGE), false);
    };
    view! {
        <section class="page narrow">
            <h1 node_ref=heading tabindex="-1">"Answers saved in this browser"</h1>
            <p>
                "This browser holds answers from an earlier visit. Resume them, or start \
                 fresh if they are someone else's (starting fresh deletes them)."
            </p>
            <p class="actions"><ResumeOffer saved resume fresh/></p>
        </section>
    }
}

/// A link with answers of its own replaced the ones this browser held: say so, and offer them
/// back (the link's stay one Back away).
#[component]
fn ReplacedNotice(replaced: RwSignal<Option<(usize, String)>>) -> impl IntoView {
    let guide = use_guide();
    let reopen = move |_| {
        if let Some((_, query)) = replaced.get_untracked() {
            guide.set(&decode(&KNOWLEDGE, &query).state, true);
        }
        replaced.set(None);
    };
    view! {
        {move || replaced.get().map(|(saved, _)| {
            let answers = counted(saved, "answer");
            view! {
                <div class="notice link-notice page narrow" role="status">
                    <p>{format!("This link's answers replaced the {answers} saved in this browser.")}</p>
                    <button type="button" class="button small" on:click=reopen>"Reopen my answers"</button>
                    <button type="button" class="button small quiet" on:click=move |_| replaced.set(None)>
                        "Keep the link's"
                    </button>
                </div>
            }
        })}
    }
}

/// Says how the link was read (`Opened::notices`): an earlier release's link, and what in it
/// was ignored. One Dismiss closes them all.
#[component]
fn LinkNotice() -> impl IntoView {
    let guide = use_guide();
    let dismissed = RwSignal::new(false);
    let notices = move || {
        if dismissed.get() {
            return Vec::new();
        }
        guide.decoded().notices()
    };
    view! {
        {move || notices().into_iter().map(|n| view! {
            <div class=format!("notice {} page narrow", n.kind) role="status">
                <p>{n.text}</p>
                <button type="button" class="button small" on:click=move |_| dismissed.set(true)>
                    "Dismiss"
                </button>
            </div>
        }).collect_view()}
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
