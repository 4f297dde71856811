//! Which questions apply to the answers so far, and how conditions are evaluated against them.
//!
//! A question is skipped when its `ask_when` fails (no web front end: no rendering question);
//! an answer left on a skipped question is ignored, so going back and changing an earlier
//! answer never leaves stale input in play.

use super::answers::{Answer, Answers};
use super::model::{Choice, Cond, Knowledge, Question, QuestionId};

/// One fact that made a condition true: a question and the option picked, or `None` for
/// "Not sure".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Fact {
    /// The question answered.
    pub question: &'static Question,
    /// The option picked, or `None` when the answer was "Not sure" or left open.
    pub choice: Option<&'static Choice>,
}

impl Fact {
    /// The fact in words: "Revocation: Instantly".
    pub fn describe(&self) -> String {
        let answer = self.choice.map_or(super::model::NOT_SURE, |c| c.label);
        format!("{}: {}", self.question.short, answer)
    }
}

/// The answers seen through the questions that apply to them.
#[derive(Clone, Debug)]
pub struct InPlay<'a> {
    /// The answers as given, stale ones on skipped questions included.
    pub answers: &'a Answers,
    asked: Vec<QuestionId>,
}

impl<'a> InPlay<'a> {
    /// Works out which questions apply to `answers`, in the knowledge base's order.
    pub fn new(kb: &Knowledge, answers: &'a Answers) -> Self {
        let mut ctx = InPlay {
            answers,
            asked: Vec::new(),
        };
        // In order: a question may only depend on earlier ones.
        for q in kb.questions {
            if ctx.holds(&q.ask_when) {
                ctx.asked.push(q.id);
            }
        }
        ctx
    }

    /// Whether the question is part of the questionnaire for these answers.
    pub fn is_asked(&self, question: &str) -> bool {
        self.asked.contains(&question)
    }

    /// The ids of the questions that apply, in order.
    pub fn asked(&self) -> &[QuestionId] {
        &self.asked
    }

    /// The answer as the engine sees it: `None` when skipped, `Unsure` when unanswered.
    pub fn answer(&self, question: &str) -> Option<&Answer> {
        if !self.is_asked(question) {
            return None;
        }
        Some(self.answers.get(question).unwrap_or(&Answer::Unsure))
    }

    /// Whether the condition holds for these answers: an unanswered question reads as "Not
    /// sure", a skipped one as never answered at all.
    pub fn holds(&self, cond: &Cond) -> bool {
        match cond {
            Cond::Always => true,
            Cond::Picked(q, o) => self.answer(q).is_some_and(|a| a.includes(o)),
            Cond::PickedAny(q, os) => self
                .answer(q)
                .is_some_and(|a| os.iter().any(|o| a.includes(o))),
            Cond::Unsure(q) => matches!(self.answer(q), Some(Answer::Unsure)),
            Cond::Not(c) => !self.holds(c),
            Cond::All(cs) => cs.iter().all(|c| self.holds(c)),
            Cond::Any(cs) => cs.iter().any(|c| self.holds(c)),
        }
    }

    /// The answers that make the condition true, or `None` when it is false. Negated parts
    /// contribute no facts: "you did not pick X" is not a reason a reader can act on.
    pub fn facts(&self, kb: &Knowledge, cond: &Cond) -> Option<Vec<Fact>> {
        let mut out = Vec::new();
        if self.collect(kb, cond, &mut out) {
            out.dedup();
            Some(out)
        } else {
            None
        }
    }

    fn collect(&self, kb: &Knowledge, cond: &Cond, out: &mut Vec<Fact>) -> bool {
        match cond {
            Cond::Always | Cond::Not(_) => self.holds(cond),
            Cond::Picked(q, o) => self.note(kb, q, &[o], out),
            Cond::PickedAny(q, os) => self.note(kb, q, os, out),
            Cond::Unsure(q) => {
                let holds = self.holds(cond);
                if holds {
                    if let Some(question) = kb.question(q) {
                        out.push(Fact {
                            question,
                            choice: None,
                        });
                    }
                }
                holds
            }
            Cond::All(cs) => {
                let mut mine = Vec::new();
                let all = cs.iter().all(|c| self.collect(kb, c, &mut mine));
                if all {
                    out.extend(mine);
                }
                all
            }
            Cond::Any(cs) => {
                // Every true branch is a reason; report them all.
                let mut any = false;
                for c in cs.iter() {
                    any |= self.collect(kb, c, out);
                }
                any
            }
        }
    }

    fn note(&self, kb: &Knowledge, q: &str, options: &[&str], out: &mut Vec<Fact>) -> bool {
        let (Some(answer), Some(question)) = (self.answer(q), kb.question(q)) else {
            return false;
        };
        let mut hit = false;
        for o in options {
            if answer.includes(o) {
                hit = true;
                out.push(Fact {
                    question,
                    choice: question.choice(o),
                });
            }
        }
        hit
    }
}

/// Position in the questionnaire, expressed over the questions that apply.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Step {
    /// 1-based position among the questions that apply.
    pub number: usize,
    /// How many questions apply.
    pub total: usize,
    /// The question at this position.
    pub question: &'static Question,
}

/// The step for the question with this id, or the first step when the id is unknown or the
/// question no longer applies.
pub fn step(kb: &Knowledge, answers: &Answers, question: &str) -> Option<Step> {
    let ctx = InPlay::new(kb, answers);
    let asked = ctx.asked();
    let index = asked.iter().position(|q| *q == question).unwrap_or(0);
    let id = asked.get(index)?;
    Some(Step {
        number: index + 1,
        total: asked.len(),
        question: kb.question(id)?,
    })
}

/// The question after `question` among those that apply, if any.
pub fn next(kb: &Knowledge, answers: &Answers, question: &str) -> Option<QuestionId> {
    let ctx = InPlay::new(kb, answers);
    let asked = ctx.asked();
    match asked.iter().position(|q| *q == question) {
        Some(i) => asked.get(i + 1).copied(),
        // The question stopped applying: continue with the first later question that does.
        None => {
            let later = kb.questions.iter().skip_while(|q| q.id != question).skip(1);
            later.map(|q| q.id).find(|id| ctx.is_asked(id))
        }
    }
}

/// The question before `question` among those that apply, if any.
pub fn previous(kb: &Knowledge, answers: &Answers, question: &str) -> Option<QuestionId> {
    let ctx = InPlay::new(kb, answers);
    let asked = ctx.asked();
    let i = asked.iter().position(|q| *q == question)?;
    i.checked_sub(1).and_then(|p| asked.get(p).copied())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::guide::KNOWLEDGE;

    fn answers(pairs: &[(&str, &[&str])]) -> Answers {
        let mut a = Answers::new();
        for (q, os) in pairs {
            a.set(&KNOWLEDGE, q, os).unwrap();
        }
        a
    }

    #[test]
    fn the_frontend_question_is_skipped_without_a_web_client() {
        let a = answers(&[("clients", &["mobile"])]);
        let ctx = InPlay::new(&KNOWLEDGE, &a);
        assert!(!ctx.is_asked("frontend"));
        let a = answers(&[("clients", &["web", "mobile"])]);
        assert!(InPlay::new(&KNOWLEDGE, &a).is_asked("frontend"));
    }

    #[test]
    fn not_sure_about_clients_still_asks_about_the_frontend() {
        let a = answers(&[("clients", &["unsure"])]);
        assert!(InPlay::new(&KNOWLEDGE, &a).is_asked("frontend"));
    }

    #[test]
    fn unanswered_reads_as_unsure_and_skipped_reads_as_absent() {
        let a = answers(&[("clients", &["mobile"]), ("frontend", &["ssr"])]);
        let ctx = InPlay::new(&KNOWLEDGE, &a);
        assert_eq!(ctx.answer("revoke"), Some(&Answer::Unsure));
        assert_eq!(
            ctx.answer("frontend"),
            None,
            "a stale answer on a skipped question is ignored"
        );
        assert!(!ctx.holds(&Cond::Picked("frontend", "ssr")));
    }

    #[test]
    fn steps_walk_only_the_questions_that_apply() {
        let a = answers(&[("clients", &["mobile"])]);
        assert_eq!(next(&KNOWLEDGE, &a, "clients"), Some("backend"));
        assert_eq!(previous(&KNOWLEDGE, &a, "backend"), Some("clients"));
        assert_eq!(previous(&KNOWLEDGE, &a, "clients"), None);
        let s = step(&KNOWLEDGE, &a, "backend").unwrap();
        assert_eq!((s.number, s.total), (2, KNOWLEDGE.questions.len() - 1));
        let last = KNOWLEDGE.questions.last().unwrap().id;
        assert_eq!(next(&KNOWLEDGE, &a, last), None);
    }

    #[test]
    fn next_from_a_question_that_stopped_applying_moves_forward() {
        let a = answers(&[("clients", &["mobile"])]);
        assert_eq!(next(&KNOWLEDGE, &a, "frontend"), Some("backend"));
    }

    #[test]
    fn facts_name_the_answers_behind_a_condition() {
        let a = answers(&[("revoke", &["instant"]), ("data", &["regulated"])]);
        let ctx = InPlay::new(&KNOWLEDGE, &a);
        let cond = Cond::Any(&[
            Cond::Picked("revoke", "instant"),
            Cond::Picked("data", "regulated"),
        ]);
        let facts = ctx.facts(&KNOWLEDGE, &cond).unwrap();
        let ids: Vec<_> = facts
            .iter()
            .map(|f| (f.question.id, f.choice.map(|c| c.id)))
            .collect();
        assert_eq!(
            ids,
            vec![("revoke", Some("instant")), ("data", Some("regulated"))]
        );
        assert!(ctx
            .facts(&KNOWLEDGE, &Cond::Picked("revoke", "hours"))
            .is_none());
    }
}
