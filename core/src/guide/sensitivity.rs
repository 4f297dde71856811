//! "What would change this": re-runs the engine with one answer changed at a time and keeps
//! the changes that move some surface's recommendation.

use super::answers::{Answer, Answers};
use super::engine::{score, SurfaceResult};
use super::flow::InPlay;
use super::model::{Approach, Kind, Knowledge, Question, Surface};

/// A surface whose recommendation would move.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Shift {
    pub surface: &'static Surface,
    pub from: &'static Approach,
    pub to: &'static Approach,
}

/// One alternative answer and what it would change.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Change {
    pub question: &'static Question,
    /// The answer the user gave, as the engine read it.
    pub current: Answer,
    /// The alternative answer that was tried.
    pub instead: Answer,
    pub shifts: Vec<Shift>,
}

impl Change {
    /// The alternative in words, e.g. "Revocation: Hours are fine (instead of Instantly)".
    pub fn describe(&self) -> String {
        format!(
            "{}: {} (instead of {})",
            self.question.short,
            self.instead.describe(self.question),
            self.current.describe(self.question)
        )
    }
}

/// Tries every single-answer change on the questions that apply.
pub fn changes(kb: &Knowledge, answers: &Answers, base: &[SurfaceResult]) -> Vec<Change> {
    let ctx = InPlay::new(kb, answers);
    let mut out = Vec::new();
    for q in kb.questions.iter().filter(|q| ctx.is_asked(q.id)) {
        let current = ctx.answer(q.id).cloned().unwrap_or(Answer::Unsure);
        for instead in alternatives(q, &current) {
            let shifts = compare(base, &score(kb, &answers.with(q.id, instead.clone())));
            if !shifts.is_empty() {
                out.push(Change {
                    question: q,
                    current: current.clone(),
                    instead,
                    shifts,
                });
            }
        }
    }
    out
}

/// The answers worth trying instead of `current`: each other option (for a multiple-choice
/// question, the current set with one option added or removed) and "Not sure".
fn alternatives(q: &'static Question, current: &Answer) -> Vec<Answer> {
    let mut out = Vec::new();
    let picked: &[&str] = match current {
        Answer::Picked(ids) => ids,
        Answer::Unsure => &[],
    };
    for c in q.choices {
        let next: Vec<&str> = match q.kind {
            Kind::One if picked == [c.id] => continue,
            Kind::One => vec![c.id],
            Kind::Many if picked.contains(&c.id) => {
                picked.iter().copied().filter(|p| *p != c.id).collect()
            }
            Kind::Many => q
                .choices
                .iter()
                .map(|o| o.id)
                .filter(|o| *o == c.id || picked.contains(o))
                .collect(),
        };
        if !next.is_empty() {
            out.push(Answer::Picked(next));
        }
    }
    if *current != Answer::Unsure {
        out.push(Answer::Unsure);
    }
    out
}

/// Surfaces present in both results whose winner differs.
fn compare(base: &[SurfaceResult], other: &[SurfaceResult]) -> Vec<Shift> {
    base.iter()
        .filter_map(|b| {
            let o = other.iter().find(|o| o.surface.id == b.surface.id)?;
            (o.winner.approach.id != b.winner.approach.id).then_some(Shift {
                surface: b.surface,
                from: b.winner.approach,
                to: o.winner.approach,
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::guide::KNOWLEDGE;

    #[test]
    fn alternatives_of_a_single_choice_are_the_other_options_and_unsure() {
        let q = KNOWLEDGE.question("revoke").unwrap();
        let alts = alternatives(q, &Answer::Picked(vec!["instant"]));
        assert_eq!(alts.len(), q.choices.len());
        assert!(!alts.contains(&Answer::Picked(vec!["instant"])));
        assert!(alts.contains(&Answer::Unsure));
    }

    #[test]
    fn alternatives_of_a_multiple_choice_toggle_one_option_each() {
        let q = KNOWLEDGE.question("clients").unwrap();
        let alts = alternatives(q, &Answer::Picked(vec!["web"]));
        // Removing the only option leaves nothing and is not tried.
        assert!(alts.contains(&Answer::Picked(vec!["web", "mobile"])));
        assert!(!alts.iter().any(|a| a == &Answer::Picked(vec![])));
        assert!(alts.contains(&Answer::Unsure));
    }
}
