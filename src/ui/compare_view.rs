//! Two futures side by side ("today" and, say, "after we add a mobile app"): each with its own
//! answers and recommendation, and what changes between them named first. Both answer sets
//! travel in the one link.

use leptos::prelude::*;

use super::answer_editor::AnswerEditor;
use super::result::card;
use super::share::CopyLinkButton;
use super::state::{use_guide, Which};
use authpick_core::guide::compare::{answer_diffs, diff, future_label, why_changed, SurfaceDiff};
use authpick_core::guide::engine::score;
use authpick_core::guide::link::View;
use authpick_core::guide::link::MAX_NAME_CHARS;
use authpick_core::guide::KNOWLEDGE;

#[component]
pub fn CompareView() -> impl IntoView {
    let guide = use_guide();
    let heading = super::steps::focused_heading();
    let results = move || {
        let a = score(&KNOWLEDGE, &guide.answers(Which::Current));
        let b = score(&KNOWLEDGE, &guide.answers(Which::Other));
        let d = diff(&a, &b);
        (a, b, d)
    };
    let changes = move || {
        let (_, b, d) = results();
        let changed: Vec<(String, Option<String>)> = d
            .iter()
            .filter(|x| x.is_change())
            .map(|x| (x.describe(), why_changed(&b, x)))
            .collect();
        if changed.is_empty() {
            view! { <p>"Nothing changes: both futures get the same recommendation."</p> }.into_any()
        } else {
            let items = changed
                .into_iter()
                .map(|(c, why)| {
                    view! {
                        <li>
                            <p>{c}</p>
                            {why.map(|w| view! { <p class="small muted">{["In B: ", &w].concat()}</p> })}
                        </li>
                    }
                })
                .collect_view();
            view! { <ul class="diff-list">{items}</ul> }.into_any()
        }
    };
    let answers_differ = move || {
        let d = answer_diffs(
            &KNOWLEDGE,
            &guide.answers(Which::Current),
            &guide.answers(Which::Other),
        );
        (!d.is_empty()).then(|| {
            let items = d
                .iter()
                .map(|x| view! { <li>{x.describe()}</li> })
                .collect_view();
            view! {
                <p class="sub">"Answers that differ (A → B)"</p>
                <ul class="answer-diff">{items}</ul>
            }
        })
    };
    let column = move |which: Which| {
        let (a, b, d) = results();
        let mine = if which == Which::Current { a } else { b };
        let changed = |id: &str| {
            d.iter().any(|x| match x {
                SurfaceDiff::Same { .. } => false,
                SurfaceDiff::Changed { surface, .. }
                | SurfaceDiff::Added { surface, .. }
                | SurfaceDiff::Removed { surface, .. } => surface.id == id,
            })
        };
        let cards = mine
            .iter()
            .map(|s| card(s, changed(s.surface.id)))
            .collect_view();
        view! { <ul class="cards single">{cards}</ul> }
    };
    let back = move |_| guide.show(View::Result);
    let name = move || guide.with(|s| s.other_name.clone());
    let b_heading = move || ["B: ", &future_label(&name())].concat();
    view! {
        <div class="page compare">
            <h1 node_ref=heading tabindex="-1">"Compare two futures"</h1>
            <p class="muted">
                "Change the answers of either future, for example add a mobile app to \u{201c}B: another \
                 future\u{201d}. What changes in the recommendation is listed first and marked on the \
                 cards."
            </p>
            <section aria-labelledby="diff-title" class="diff">
                <h2 id="diff-title">"What changes"</h2>
                {changes}
                {answers_differ}
            </section>
            <div class="name-field">
                <label for="future-name">"Name of future B"</label>
                <input
                    id="future-name"
                    type="text"
                    autocomplete="off"
                    maxlength=MAX_NAME_CHARS.to_string()
                    placeholder="after the mobile app"
                    aria-describedby="future-name-hint"
                    prop:value=name
                    on:change=move |ev| guide.name_other(&event_target_value(&ev))
                />
                <span id="future-name-hint" class="small muted">
                    "Goes into the link and the decision record, with B's answers."
                </span>
            </div>
            <div class="actions-bar">
                <CopyLinkButton/>
                <button type="button" class="button small" on:click=back>"Back to the result"</button>
            </div>
            <div class="compare-columns">
                <section class="column" aria-labelledby="col-a">
                    <h2 id="col-a">"A: today"</h2>
                    {move || column(Which::Current)}
                    <AnswerEditor which=Which::Current title="Answers for today"/>
                </section>
                <section class="column" aria-labelledby="col-b">
                    <h2 id="col-b">{b_heading}</h2>
                    {move || column(Which::Other)}
                    <AnswerEditor which=Which::Other title="Answers for the other future"/>
                </section>
            </div>
        </div>
    }
}
