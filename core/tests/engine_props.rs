//! Properties of the engine over random answer sets: it always returns a complete result, never
//! panics, and is deterministic.

mod common;

use authpick_core::guide::{recommend, KNOWLEDGE};
use common::any_answers;
use proptest::prelude::*;
use proptest::test_runner::FileFailurePersistence;

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
