//! The questionnaire: one question per step, with Back and Next.
//!
//! The current question lives in the link (`step=revoke`), so the browser's Back button goes
//! back a step. The form is rebuilt only when the question changes, never while the user is
//! answering, so keyboard focus stays on the control being used.

use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;

use super::prefs::use_ui;
use super::share::StartOver;
use super::shortcuts::ShortcutsButton;
use super::state::{use_guide, Which};
use super::terms::linked;
use authpick_core::guide::link::View;
use authpick_core::guide::model::{Choice, Pick, Question, NOT_SURE, NOT_SURE_ID};
use authpick_core::guide::navigation::early_end;
use authpick_core::guide::{flow, Answer, KNOWLEDGE};

#[component]
pub fn Questionnaire() -> impl IntoView {
    let guide = use_guide();
    let current = Memo::new(move |_| {
        let requested = match guide.view() {
            View::Step(q) => q,
            _ => "",
        };
        flow::step(&KNOWLEDGE, &guide.answers(Which::Current), requested).map(|s| s.question.id)
    });
    view! {
        <section class="page narrow guide">
            {move || {
                current
                    .get()
                    .and_then(|id| KNOWLEDGE.question(id))
                    .map(|question| view! { <QuestionForm question/> })
            }}
        </section>
    }
}

#[component]
fn QuestionForm(question: &'static Question) -> impl IntoView {
    let guide = use_guide();
    let ui = use_ui();
    let navigate = use_navigate();
    let answers = move || guide.answers(Which::Current);
    let step = move || flow::step(&KNOWLEDGE, &answers(), question.id);
    let is_last = move || flow::next(&KNOWLEDGE, &answers(), question.id).is_none();

    // Moving between steps puts focus on the new question, so screen readers announce it and
    // keyboard users continue from the top of the form.
    let heading = super::steps::focused_heading();

    let on_submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        guide.advance();
    };
    let on_back = move |_| {
        if !guide.retreat() {
            navigate("/", Default::default());
        }
    };

    let instruction = match question.kind {
        Pick::One => "Choose one.",
        Pick::Many => "Choose all that apply.",
    };
    let choices = question
        .choices
        .iter()
        .enumerate()
        .map(|(i, choice)| view! { <ChoiceControl question choice key=i + 1/> })
        .collect_view();
    let unsure_key = question.choices.len() + 1;
    let meeting = move || ui.prefs.with(|p| p.meeting);
    let early = Memo::new(move |_| early_end(&KNOWLEDGE, &answers(), question.id));

    view! {
        <form class="question" on:submit=on_submit novalidate>
            <div class="progress">
                <p class="progress-text">
                    {move || step().map(|s| format!("Step {} of {}", s.number, s.total))}
                </p>
                <progress
                    aria-hidden="true"
                    max=move || step().map(|s| s.total).unwrap_or(1)
                    value=move || step().map(|s| s.number).unwrap_or(0)
                ></progress>
            </div>
            <fieldset>
                <legend>
                    <span class="topic">{question.topic}</span>
                    <h1 node_ref=heading tabindex="-1">{question.text}</h1>
                </legend>
                <p class="instruction">{instruction}</p>
                <div class="choices">
                    {choices}
                    <NotSureControl question key=unsure_key/>
                </div>
            </fieldset>
            <details class="why">
                <summary>"Why we ask"</summary>
                <p>{linked(question.why)}</p>
            </details>
            <div class="step-buttons">
                <button type="button" class="button" on:click=on_back>"Back"</button>
                <button type="submit" class="button primary">
                    {move || if is_last() { "See the recommendation" } else { "Next" }}
                </button>
            </div>
            <p class="muted small">"Skipping a question counts as “Not sure”."</p>
            {move || early.get().filter(|_| !is_last()).map(|end| view! {
                <div class="end-early">
                    <p class="small">{end.describe()}</p>
                    <button type="button" class="button small" on:click=move |_| guide.show(View::Result)>
                        "See the recommendation now"
                    </button>
                </div>
            })}
            <div class="quiet-actions">
                <Show when=meeting>
                    <ShortcutsButton/>
                </Show>
                <StartOver/>
            </div>
        </form>
    }
}

/// Input type for the question's kind.
fn input_type(question: &Question) -> &'static str {
    match question.kind {
        Pick::One => "radio",
        Pick::Many => "checkbox",
    }
}

/// The number key that chooses an option in meeting mode, shown only there.
fn key_badge(key: usize) -> impl IntoView {
    view! { <span class="key" aria-hidden="true">{key}</span> }
}

#[component]
fn ChoiceControl(
    question: &'static Question,
    choice: &'static Choice,
    key: usize,
) -> impl IntoView {
    let guide = use_guide();
    let id = format!("q-{}-{}", question.id, choice.id);
    let hint_id = format!("{id}-hint");
    let checked = move || {
        guide.with(|s| {
            s.answers
                .get(question.id)
                .is_some_and(|x| x.includes(choice.id))
        })
    };
    let on_change = move |_| guide.choose(question, choice.id);
    view! {
        <div class="choice">
            <input
                type=input_type(question)
                id=id.clone()
                name=question.id
                value=choice.id
                aria-describedby=hint_id.clone()
                prop:checked=checked
                on:change=on_change
            />
            <label for=id>
                {key_badge(key)}
                <span class="choice-label">{choice.label}</span>
                <span class="choice-hint" id=hint_id>{choice.hint}</span>
            </label>
        </div>
    }
}

#[component]
fn NotSureControl(question: &'static Question, key: usize) -> impl IntoView {
    let guide = use_guide();
    let id = format!("q-{}-{NOT_SURE_ID}", question.id);
    let checked = move || guide.with(|s| s.answers.get(question.id) == Some(&Answer::Unsure));
    let on_change = move |ev| guide.set_not_sure(question, event_target_checked(&ev));
    view! {
        <div class="choice not-sure">
            <input
                type=input_type(question)
                id=id.clone()
                name=question.id
                value=NOT_SURE_ID
                prop:checked=checked
                on:change=on_change
            />
            <label for=id>
                {key_badge(key)}
                <span class="choice-label">{NOT_SURE}</span>
            </label>
        </div>
    }
}
