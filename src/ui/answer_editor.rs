//! "Your answers" on the result page: every answer editable in place; the result above
//! updates as soon as one changes.

use leptos::prelude::*;
use leptos_router::components::A;

use super::routes::{href, step};
use super::state::use_guide;
use crate::guide::flow::Context;
use crate::guide::model::{Kind, Question, NOT_SURE, NOT_SURE_ID};
use crate::guide::{Answer, KNOWLEDGE};

#[component]
pub fn AnswerEditor() -> impl IntoView {
    let first = KNOWLEDGE
        .questions
        .first()
        .map(|q| q.id)
        .unwrap_or_default();
    let rows = KNOWLEDGE
        .questions
        .iter()
        .map(|question| view! { <AnswerRow question/> })
        .collect_view();
    view! {
        <section class="answers" aria-labelledby="answers-title" id="answers">
            <h2 id="answers-title">"Your answers"</h2>
            <p class="muted small">"Change any answer: the recommendation updates at once."</p>
            {rows}
            <p><A href=href(&step(first))>"Go through the questions again"</A></p>
        </section>
    }
}

#[component]
fn AnswerRow(question: &'static Question) -> impl IntoView {
    let guide = use_guide();
    let asked = move || {
        guide
            .answers
            .with(|a| Context::new(&KNOWLEDGE, a).is_asked(question.id))
    };
    view! {
        <Show when=asked>
            {match question.kind {
                Kind::Many => view! { <ManyEditor question/> }.into_any(),
                Kind::One => view! { <OneEditor question/> }.into_any(),
            }}
        </Show>
    }
}

#[component]
fn OneEditor(question: &'static Question) -> impl IntoView {
    let guide = use_guide();
    let id = format!("edit-{}", question.id);
    let current = move |option: &str| {
        guide.answers.with(|a| match a.get(question.id) {
            Some(Answer::Picked(ids)) => ids.contains(&option),
            _ => option == NOT_SURE_ID,
        })
    };
    let on_change = move |ev| {
        let value = event_target_value(&ev);
        guide.answers.update(|a| {
            let _ = a.set(&KNOWLEDGE, question.id, &[value]);
        });
    };
    let options = question
        .choices
        .iter()
        .map(
            |c| view! { <option value=c.id prop:selected=move || current(c.id)>{c.label}</option> },
        )
        .collect_view();
    view! {
        <div class="edit-row">
            <label for=id.clone()>{question.short}</label>
            <select id=id on:change=on_change>
                {options}
                <option value=NOT_SURE_ID prop:selected=move || current(NOT_SURE_ID)>{NOT_SURE}</option>
            </select>
        </div>
    }
}

#[component]
fn ManyEditor(question: &'static Question) -> impl IntoView {
    let guide = use_guide();
    let boxes = question
        .choices
        .iter()
        .map(|c| {
            let id = format!("edit-{}-{}", question.id, c.id);
            let checked = move || {
                guide
                    .answers
                    .with(|a| a.get(question.id).is_some_and(|x| x.includes(c.id)))
            };
            let on_change = move |_| {
                guide.answers.update(|a| {
                    let _ = a.toggle(&KNOWLEDGE, question.id, c.id);
                });
            };
            view! {
                <div class="edit-check">
                    <input type="checkbox" id=id.clone() prop:checked=checked on:change=on_change/>
                    <label for=id>{c.label}</label>
                </div>
            }
        })
        .collect_view();
    let unsure = move || {
        guide
            .answers
            .with(|a| !matches!(a.get(question.id), Some(Answer::Picked(_))))
    };
    view! {
        <fieldset class="edit-row">
            <legend>{question.short}</legend>
            {boxes}
            <Show when=unsure>
                <p class="muted small">"None ticked: read as “Not sure”."</p>
            </Show>
        </fieldset>
    }
}
