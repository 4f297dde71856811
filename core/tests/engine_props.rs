//! Properties of the engine over random answer sets: it always returns a complete result, never
//! panics, and gives the same results in another process.

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

}

/// The results for a fixed series of random answer sets, as text: the same seed gives the same
/// answer sets in every process.
fn fingerprint() -> String {
    use proptest::strategy::{Strategy, ValueTree};
    use proptest::test_runner::{Config, RngAlgorithm, TestRng, TestRunner};
    let rng = TestRng::from_seed(RngAlgorithm::ChaCha, &[7; 32]);
    let mut runner = TestRunner::new_with_rng(Config::default(), rng);
    let strategy = any_answers();
    (0..150)
        .map(|_| {
            let answers = strategy
                .new_tree(&mut runner)
                .expect("answer sets generate")
                .current();
            format!("{:?}\n", recommend(&KNOWLEDGE, &answers))
        })
        .collect()
}

/// Set in the child process of `results_do_not_depend_on_the_process`: where it writes its
/// fingerprint.
const FINGERPRINT_FILE: &str = "AUTHPICK_ENGINE_FINGERPRINT_FILE";

/// Deterministic means the same in another process too (another address layout, other hash
/// seeds, another start time): this test runs itself again as a child process and compares
/// the two processes' results for the same answer sets.
#[test]
fn results_do_not_depend_on_the_process() {
    if let Some(path) = std::env::var_os(FINGERPRINT_FILE) {
        std::fs::write(path, fingerprint()).expect("the fingerprint is written");
        return;
    }
    let dir = std::env::temp_dir().join(format!("authpick-engine-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("a temporary folder");
    let path = dir.join("fingerprint.txt");
    let status = std::process::Command::new(std::env::current_exe().expect("the test binary"))
        .args([
            "--exact",
            "results_do_not_depend_on_the_process",
            "--test-threads=1",
        ])
        .env(FINGERPRINT_FILE, &path)
        .status()
        .expect("the test binary runs again");
    assert!(status.success());
    let other = std::fs::read_to_string(&path).expect("the child wrote its fingerprint");
    let _ = std::fs::remove_dir_all(&dir);
    let here = fingerprint();
    assert!(here.lines().count() == 150, "150 results");
    assert!(
        here == other,
        "the engine's results differ between two processes"
    );
}
