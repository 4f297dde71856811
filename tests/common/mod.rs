//! Strategies shared by the property tests.

use authpick::guide::model::{Kind, NOT_SURE_ID};
use authpick::guide::{Answers, KNOWLEDGE};
use proptest::prelude::*;

/// For each question: unanswered, "Not sure", or a random valid selection.
pub fn any_answers() -> impl Strategy<Value = Answers> {
    let per_question: Vec<_> = KNOWLEDGE
        .questions
        .iter()
        .map(|q| {
            (
                0..=2u8,
                proptest::collection::vec(any::<bool>(), q.choices.len()),
                any::<prop::sample::Index>(),
            )
        })
        .collect();
    per_question.prop_map(|picks| {
        let mut answers = Answers::new();
        for (q, (mode, mask, index)) in KNOWLEDGE.questions.iter().zip(picks) {
            let chosen: Vec<&str> = match (mode, q.kind) {
                (0, _) => continue,
                (1, _) => vec![NOT_SURE_ID],
                (_, Kind::One) => vec![q.choices[index.index(q.choices.len())].id],
                (_, Kind::Many) => {
                    let set: Vec<&str> = q
                        .choices
                        .iter()
                        .zip(&mask)
                        .filter(|(_, on)| **on)
                        .map(|(c, _)| c.id)
                        .collect();
                    if set.is_empty() {
                        vec![q.choices[index.index(q.choices.len())].id]
                    } else {
                        set
                    }
                }
            };
            answers
                .set(&KNOWLEDGE, q.id, &chosen)
                .expect("generated answers are valid");
        }
        answers
    })
}
