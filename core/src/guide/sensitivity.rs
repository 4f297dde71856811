//! "What would change this": re-runs the engine with one answer changed at a time and keeps
//! the changes that move some surface's recommendation. Only real answers are tried: "Not
//! sure" is never offered as a way to change a result. `by_question` groups them for reading,
//! the strongest first.

use super::answers::{Answer, Answers};
use super::engine::{score, SurfaceResult};
use super::flow::InPlay;
use super::model::{Approach, Knowledge, Pick, Question, Surface};

/// A surface whose recommendation would move.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Shift {
    /// The client surface whose card would change.
    pub surface: &'static Surface,
    /// What it is recommended now.
    pub from: &'static Approach,
    /// What it would be recommended with the alternative answer.
    pub to: &'static Approach,
}

/// One alternative answer and what it would change.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Change {
    /// The question whose answer is changed.
    pub question: &'static Question,
    /// The answer the user gave, as the engine read it.
    pub current: Answer,
    /// The alternative answer that was tried.
    pub instead: Answer,
    /// Every surface the alternative moves; never empty.
    pub shifts: Vec<Shift>,
}

impl Change {
    /// What trying it did, for a screen reader's announcement: "Tried Revocation: Hours are
    /// fine. Browser app: now Server-side session (was Backend-for-frontend)."
    pub fn announce(&self) -> String {
        let shifts: Vec<String> = self
            .shifts
            .iter()
            .map(|s| {
                format!(
                    "{}: now {} (was {})",
                    s.surface.name, s.to.name, s.from.name
                )
            })
            .collect();
        format!(
            "Tried {}: {}. {}.",
            self.question.short,
            self.instead.describe(self.question),
            shifts.join("; ")
        )
    }

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

/// A "Try" the user pressed: the answers it led to, what to announce, and the cards it moved.
/// The page marks those cards only while the answers shown are still the tried ones, so an
/// edit, Back or another Try clears the marks without a separate reset.
#[derive(Clone, Debug, PartialEq)]
pub struct Tried {
    /// The answers with the tried one in place.
    pub answers: Answers,
    /// The answers before it, which "Undo" restores.
    pub before: Answers,
    /// What to announce and show: the change's `announce`.
    pub message: String,
    /// The undo button's words: "Undo: Revocation back to Instantly".
    pub undo: String,
    surfaces: Vec<&'static str>,
}

impl Tried {
    /// What pressing "Try" on `change` does to `answers`.
    pub fn new(change: &Change, answers: &Answers) -> Tried {
        Tried {
            answers: answers.with(change.question.id, change.instead.clone()),
            before: answers.clone(),
            message: change.announce(),
            undo: format!(
                "Undo: {} back to {}",
                change.question.short,
                change.current.describe(change.question)
            ),
            surfaces: change.shifts.iter().map(|s| s.surface.id).collect(),
        }
    }

    /// Whether the tried answers are the ones on screen: only then is the message shown and
    /// the undo offered, so Back, an edit or another Try never leaves a stale sentence.
    pub fn is_shown(&self, shown: &Answers) -> bool {
        self.answers == *shown
    }

    /// Whether the card for `surface` is marked as changed while `shown` is on screen.
    pub fn marks(&self, shown: &Answers, surface: &str) -> bool {
        self.answers == *shown && self.surfaces.contains(&surface)
    }

    /// For each card the Try moved, the reason that led before and the one that leads now,
    /// side by side, so that a reader on a phone sees why without scrolling to "Why": "Browser
    /// app, before: Backend-for-frontend, because … Now: Server-side session, because …".
    pub fn reasons(&self, kb: &Knowledge) -> Vec<String> {
        let (before, after) = (score(kb, &self.before), score(kb, &self.answers));
        let lead = |results: &[SurfaceResult], id: &str| {
            results.iter().find(|s| s.surface.id == id).map(|s| {
                let why = s.leading_reasons(1).first().map_or_else(
                    || " (no reason counted for it)".to_string(),
                    |r| [", because ", &crate::text::lower_first(r)].concat(),
                );
                [s.winner.approach.name, &why].concat()
            })
        };
        self.surfaces
            .iter()
            .filter_map(|id| {
                let (was, now) = (lead(&before, id)?, lead(&after, id)?);
                let name = kb.surface(id)?.name;
                Some([name, ", before: ", &was, " Now: ", &now].concat())
            })
            .collect()
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

/// One question's changes, strongest first.
#[derive(Clone, Debug)]
pub struct ChangeGroup<'a> {
    /// The question all the group's changes are about.
    pub question: &'static Question,
    /// Its changes, the one that moves most surfaces first.
    pub changes: Vec<&'a Change>,
}

impl ChangeGroup<'_> {
    /// The answer the user gave to the group's question, in words.
    pub fn current(&self) -> String {
        self.changes
            .first()
            .map_or_else(String::new, |c| c.current.describe(self.question))
    }
}

/// The changes grouped by question. Groups come strongest first (the change that moves the
/// most surfaces, then the most moves in all), ties in the questionnaire's order; within a
/// group, the change that moves most comes first.
pub fn by_question(changes: &[Change]) -> Vec<ChangeGroup<'_>> {
    let mut groups: Vec<ChangeGroup> = Vec::new();
    for c in changes {
        match groups.iter_mut().find(|g| g.question == c.question) {
            Some(g) => g.changes.push(c),
            None => groups.push(ChangeGroup {
                question: c.question,
                changes: vec![c],
            }),
        }
    }
    for g in &mut groups {
        crate::order::by_key(&mut g.changes, |c| (-(c.shifts.len() as i64), 0));
    }
    // Stable: equal strength keeps the questionnaire's order.
    crate::order::by_key(&mut groups, |g| {
        let best = g.changes.iter().map(|c| c.shifts.len()).max().unwrap_or(0);
        let all: usize = g.changes.iter().map(|c| c.shifts.len()).sum();
        (-(best as i64), -(all as i64))
    });
    groups
}

/// The questions left open ("Not sure", or not answered yet) whose answer could change some
/// card, strongest first: a result that rests on them must say so before anything else, or a
/// room reads "2 points ahead" as settled when it is a guess.
pub fn open_deciders(changes: &[Change]) -> Vec<&'static Question> {
    by_question(changes)
        .iter()
        .filter(|g| g.changes.iter().any(|c| c.current == Answer::Unsure))
        .map(|g| g.question)
        .collect()
}

/// "This result rests on open answers: Who runs auth, Team. Answering any of them could change
/// the recommendation (see What would change this).", naming `see`, the heading that lists
/// them, or `None` when no open answer decides anything.
pub fn open_notice(open: &[&Question], see: &str) -> Option<String> {
    if open.is_empty() {
        return None;
    }
    let names: Vec<&str> = open.iter().map(|q| q.short).collect();
    let (these, them) = if open.len() == 1 {
        ("an open answer", "it")
    } else {
        ("open answers", "any of them")
    };
    Some(format!(
        "This result rests on {these}: {}. Answering {them} could change the recommendation \
         (see \"{see}\").",
        names.join(", ")
    ))
}

/// The answers worth trying instead of `current`: each other option (for a multiple-choice
/// question, the current set with one option added or removed). "Not sure" is not one: it is
/// not an answer a team can choose to make true.
fn alternatives(q: &'static Question, current: &Answer) -> Vec<Answer> {
    let mut out = Vec::new();
    let picked: &[&str] = match current {
        Answer::Picked(ids) => ids,
        Answer::Unsure => &[],
    };
    for c in q.choices {
        let next: Vec<&str> = match q.kind {
            Pick::One if picked == [c.id] => continue,
            Pick::One => vec![c.id],
            Pick::Many if picked.contains(&c.id) => {
                picked.iter().copied().filter(|p| *p != c.id).collect()
            }
            Pick::Many => q
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
mod open_tests {
    use super::*;
    use crate::guide::{recommend, KNOWLEDGE};

    fn open(pairs: &[(&str, &[&str])]) -> Vec<&'static str> {
        let mut a = Answers::new();
        for (q, o) in pairs {
            a.set(&KNOWLEDGE, q, o).unwrap();
        }
        open_deciders(&recommend(&KNOWLEDGE, &a).changes)
            .iter()
            .map(|q| q.id)
            .collect()
    }

    #[test]
    fn an_open_answer_that_decides_is_named_and_a_settled_one_is_not() {
        // The case: "Who runs auth: Not sure" decides the sign-in card.
        let unsure = open(&[
            ("clients", &["web"]),
            ("frontend", &["ssr"]),
            ("run", &["unsure"]),
        ]);
        assert!(unsure.contains(&"run"), "{unsure:?}");
        let settled = open(&[
            ("clients", &["web"]),
            ("frontend", &["ssr"]),
            ("run", &["self"]),
        ]);
        assert!(!settled.contains(&"run"), "{settled:?}");
    }

    #[test]
    fn the_notice_names_the_questions_and_counts_right() {
        let q = |id| KNOWLEDGE.question(id).unwrap();
        assert_eq!(open_notice(&[], "What would change this"), None);
        assert_eq!(
            open_notice(&[q("run")], "What would change this").unwrap(),
            "This result rests on an open answer: Who runs auth. Answering it could change the \
             recommendation (see \"What would change this\")."
        );
        assert!(
            open_notice(&[q("run"), q("team")], "What would change this")
                .unwrap()
                .starts_with(
                    "This result rests on open answers: Who runs auth, Team. Answering any"
                )
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::guide::KNOWLEDGE;

    #[test]
    fn alternatives_of_a_single_choice_are_the_other_options_never_unsure() {
        let q = KNOWLEDGE.question("revoke").unwrap();
        let alts = alternatives(q, &Answer::Picked(vec!["instant"]));
        assert_eq!(alts.len(), q.choices.len() - 1);
        assert!(!alts.contains(&Answer::Picked(vec!["instant"])));
        assert!(!alts.contains(&Answer::Unsure));
        assert_eq!(alternatives(q, &Answer::Unsure).len(), q.choices.len());
    }

    #[test]
    fn groups_come_strongest_first_one_per_question() {
        let mut a = Answers::new();
        for (q, o) in [
            ("clients", &["web", "mobile"][..]),
            ("frontend", &["ssr"]),
            ("revoke", &["instant"]),
        ] {
            a.set(&KNOWLEDGE, q, o).unwrap();
        }
        let base = score(&KNOWLEDGE, &a);
        let all = changes(&KNOWLEDGE, &a, &base);
        let groups = by_question(&all);
        let questions: Vec<_> = groups.iter().map(|g| g.question.id).collect();
        let mut unique = questions.clone();
        unique.dedup();
        assert_eq!(questions, unique, "one group per question");
        assert_eq!(
            groups.iter().map(|g| g.changes.len()).sum::<usize>(),
            all.len()
        );
        let best = |g: &ChangeGroup| g.changes.iter().map(|c| c.shifts.len()).max().unwrap();
        assert!(groups.windows(2).all(|w| best(&w[0]) >= best(&w[1])));
        for g in &groups {
            assert!(g
                .changes
                .windows(2)
                .all(|w| w[0].shifts.len() >= w[1].shifts.len()));
        }
        assert!(all.iter().all(|c| c.instead != Answer::Unsure));
        let text = all[0].announce();
        assert!(text.starts_with("Tried ") && text.contains("now"), "{text}");
    }

    #[test]
    fn a_try_marks_the_cards_it_moved_until_the_answers_change() {
        let mut a = Answers::new();
        a.set(&KNOWLEDGE, "clients", &["web", "mobile"]).unwrap();
        a.set(&KNOWLEDGE, "frontend", &["ssr"]).unwrap();
        let all = changes(&KNOWLEDGE, &a, &score(&KNOWLEDGE, &a));
        let change = all
            .iter()
            .find(|c| c.shifts.len() == 1)
            .expect("a change moving one card");
        let tried = Tried::new(change, &a);
        assert_eq!(
            tried.answers,
            a.with(change.question.id, change.instead.clone())
        );
        assert_eq!(tried.message, change.announce());
        let moved = change.shifts[0].surface.id;
        let still = ["web", "mobile"].into_iter().find(|s| *s != moved).unwrap();
        assert!(tried.marks(&tried.answers, moved));
        assert!(!tried.marks(&tried.answers, "no-such-card"));
        assert!(
            !tried.marks(&tried.answers, still),
            "a card it did not move"
        );
        assert!(
            !tried.marks(&a, moved),
            "Back to the answers before the Try"
        );
        // Each moved card's leading reason before and after, side by side.
        let reasons = tried.reasons(&KNOWLEDGE);
        assert_eq!(reasons.len(), 1, "{reasons:?}");
        let moved_name = KNOWLEDGE.surface(moved).unwrap().name;
        assert!(
            reasons[0].starts_with(&format!("{moved_name}, before: ")),
            "{}",
            reasons[0]
        );
        assert!(reasons[0].contains(" Now: "), "{}", reasons[0]);
        assert!(reasons[0].contains(", because "), "{}", reasons[0]);
        // Shown, with its undo, only while its answers are on screen; undo restores them.
        assert!(tried.is_shown(&tried.answers));
        assert!(!tried.is_shown(&a), "stale after Back");
        assert_eq!(tried.before, a);
        assert_eq!(
            tried.undo,
            format!(
                "Undo: {} back to {}",
                change.question.short,
                change.current.describe(change.question)
            )
        );
    }

    #[test]
    fn alternatives_of_a_multiple_choice_toggle_one_option_each() {
        let q = KNOWLEDGE.question("clients").unwrap();
        let alts = alternatives(q, &Answer::Picked(vec!["web"]));
        // Removing the only option leaves nothing and is not tried.
        assert!(alts.contains(&Answer::Picked(vec!["web", "mobile"])));
        assert!(!alts.iter().any(|a| a == &Answer::Picked(vec![])));
        assert!(!alts.contains(&Answer::Unsure));
    }
}
