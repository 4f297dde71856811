//! An editable list of every answer, used beside the result and in each column of the compare
//! view: a change updates the recommendation at once.

use leptos::prelude::*;

use super::state::{use_guide, Which};
use authpick_core::guide::flow::InPlay;
use authpick_core::guide::link::View;
use authpick_core::guide::model::{Pick, Question, NOT_SURE, NOT_SURE_ID};
use authpick_core::guide::{Answer, KNOWLEDGE};

#[component]
pub fn AnswerEditor(which: Which, title: &'static str) -> impl IntoView {
    let guide = use_guide();
    let title_id = format!("answers-{}", which.prefix());
    let section_id = format!("{title_id}-section");
    let rows = KNOWLEDGE
        .questions
        .iter()
        .map(|question| view! { <AnswerRow question which/> })
        .collect_view();
    let first = KNOWLEDGE.questions.first().map(|q| q.id);
    let walk = move |_| {
        if let Some(q) = first {
            guide.show(View::Step(q));
        }
    };
    view! {
        <section class="answers" aria-labelledby=title_id.clone() id=section_id>
            <h2 id=title_id.clone()>{title}</h2>
            <p class="muted small">"Change any answer: the recommendation updates at once."</p>
            {rows}
            {(which == Which::Current).then(|| view! {
                <button type="button" class="button small" on:click=walk>"Go through the questions again"</button>
            })}
        </section>
    }
}

#[component]
fn AnswerRow(question: &'static Question, which: Which) -> impl IntoView {
    let guide = use_guide();
    let asked = move || InPlay::new(&KNOWLEDGE, &guide.answers(which)).is_asked(question.id);
    view! {
        <Show when=asked>
            {match question.kind {
                Pick::Many => view! { <ManyEditor question which/> }.into_any(),
                Pick::One => view! { <OneEditor question which/> }.into_any(),
            }}
        </Show>
    }
}

#[component]
fn OneEditor(question: &'static Question, which: Which) -> impl IntoView {
    let guide = use_guide();
    let id = format!("edit-{}-{}", which.prefix(), question.id);
    let current = move |option: &str| match guide.answers(which).get(question.id) {
        Some(Answer::Picked(ids)) => ids.contains(&option),
        _ => option == NOT_SURE_ID,
    };
    let on_change = move |ev| {
        let value = event_target_value(&ev);
        guide.edit(which, |a| {
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
fn ManyEditor(question: &'static Question, which: Which) -> impl IntoView {
    let guide = use_guide();
    let boxes = question
        .choices
        .iter()
        .map(|c| {
            let id = format!("edit-{}-{}-{}", which.prefix(), question.id, c.id);
            let checked = move || {
                guide
                    .answers(which)
                    .get(question.id)
                    .is_some_and(|x| x.includes(c.id))
            };
            let on_change = move |_| {
                guide.edit(which, |a| {
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
        !matches!(
            guide.answers(which).get(question.id),
            Some(Answer::Picked(_))
        )
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
