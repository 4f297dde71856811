//! Properties of the engine over random answer sets: it always returns a complete result, never
//! panics, and is deterministic.

use authpick::guide::model::{Kind, NOT_SURE_ID};
use authpick::guide::{recommend, Answers, KNOWLEDGE};
use proptest::prelude::*;
use proptest::test_runner::FileFailurePersistence;

/// For each question: unanswered, "Not sure", or a random valid selection.
fn any_answers() -> impl Strategy<Value = Answers> {
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

proptest! {
    #![proptest_config(ProptestConfig {
        cases: 400,
        failure_persistence: Some(Box::new(FileFailurePersistence::WithSource("regressions"))),
        ..ProptestConfig::default()
    })]

    #[test]
    fn every_answer_set_gets_a_complete_result(answers in any_answers()) {
        let outcome = recommend(&KNOWLEDGE, &answers);
        prop_assert!(!outcome.surfaces.is_empty(), "at least one surface always applies");
        for s in &outcome.surfaces {
            prop_assert!(s.winner.is_viable(), "{}: the winner is ruled out", s.surface.id);
            prop_assert_eq!(s.alternatives.len() + 1, s.surface.candidates.len());
            for alt in &s.alternatives {
                prop_assert!(alt.score <= s.winner.score || !alt.is_viable());
            }
        }
        prop_assert!(!outcome.checklist.is_empty());
        prop_assert!(!outcome.libraries.is_empty());
        prop_assert!(!outcome.sources.is_empty());
        for c in &outcome.changes {
            prop_assert!(!c.shifts.is_empty());
            prop_assert!(c.instead != c.current);
        }
    }

    #[test]
    fn the_same_answers_give_the_same_result(answers in any_answers()) {
        let a = recommend(&KNOWLEDGE, &answers);
        let b = recommend(&KNOWLEDGE, &answers.clone());
        prop_assert_eq!(format!("{a:?}"), format!("{b:?}"));
    }
}
