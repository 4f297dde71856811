//! What the user has answered, validated against the knowledge base.
//!
//! An `Answers` value can only hold known questions and options in a valid shape (one option
//! for a single-choice question, at least one for a multiple-choice one), so the engine never
//! has to second-guess its input.

use std::collections::BTreeMap;
use std::fmt;

use super::model::{Knowledge, OptionId, Pick, Question, QuestionId, NOT_SURE, NOT_SURE_ID};

/// The answer to one question.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Answer {
    /// "Not sure": the engine weighs the question as unknown.
    Unsure,
    /// The chosen options, in the knowledge base's order, without repeats, never empty.
    Picked(Vec<OptionId>),
}

impl Answer {
    /// Whether this answer includes the option.
    pub fn includes(&self, option: &str) -> bool {
        matches!(self, Answer::Picked(ids) if ids.contains(&option))
    }

    /// The answer in words, using the question's labels ("Instantly", "Browser app, Mobile app").
    pub fn describe(&self, question: &Question) -> String {
        match self {
            Answer::Unsure => NOT_SURE.to_string(),
            Answer::Picked(ids) => ids
                .iter()
                .filter_map(|id| question.choice(id))
                .map(|c| c.label)
                .collect::<Vec<_>>()
                .join(", "),
        }
    }
}

/// Why an answer was refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum AnswerError {
    /// No question has this id.
    UnknownQuestion(String),
    /// The question offers no option with this id.
    UnknownOption {
        /// The question answered.
        question: QuestionId,
        /// The option given, as it was given.
        option: String,
    },
    /// Several options were given to a question that takes one.
    OnlyOneAllowed {
        /// The single-choice question.
        question: QuestionId,
    },
    /// No option was given, not even "Not sure".
    Empty {
        /// The question left without an option.
        question: QuestionId,
    },
}

impl fmt::Display for AnswerError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            AnswerError::UnknownQuestion(q) => write!(f, "there is no question called \"{q}\""),
            AnswerError::UnknownOption { question, option } => {
                write!(f, "\"{option}\" is not an answer to \"{question}\"")
            }
            AnswerError::OnlyOneAllowed { question } => {
                write!(f, "\"{question}\" takes a single answer")
            }
            AnswerError::Empty { question } => write!(f, "\"{question}\" was given no answer"),
        }
    }
}

impl std::error::Error for AnswerError {}

/// Every answer given so far, keyed by question id. Unanswered questions are absent.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct Answers {
    map: BTreeMap<QuestionId, Answer>,
}

impl Answers {
    /// No answers yet: every question unanswered.
    pub fn new() -> Self {
        Self::default()
    }

    /// The answer given to this question, or `None` when it is unanswered.
    pub fn get(&self, question: &str) -> Option<&Answer> {
        self.map.get(question)
    }

    /// The answered questions with their answers, in id order.
    pub fn iter(&self) -> impl Iterator<Item = (QuestionId, &Answer)> {
        self.map.iter().map(|(q, a)| (*q, a))
    }

    /// Whether no question has been answered yet.
    pub fn is_empty(&self) -> bool {
        self.map.is_empty()
    }

    /// Sets a question's answer from option ids (or `unsure`), validating and normalising it.
    pub fn set<S: AsRef<str>>(
        &mut self,
        kb: &Knowledge,
        question: &str,
        options: &[S],
    ) -> Result<(), AnswerError> {
        let q = kb
            .question(question)
            .ok_or_else(|| AnswerError::UnknownQuestion(question.to_string()))?;
        let answer = parse_answer(q, options)?;
        self.map.insert(q.id, answer);
        Ok(())
    }

    /// Sets a question to "Not sure".
    pub fn set_unsure(&mut self, kb: &Knowledge, question: &str) -> Result<(), AnswerError> {
        self.set(kb, question, &[NOT_SURE_ID])
    }

    /// Adds or removes one option of a multiple-choice question; a single-choice question
    /// simply takes the option. Removing the last option leaves the question unanswered.
    pub fn toggle(
        &mut self,
        kb: &Knowledge,
        question: &str,
        option: &str,
    ) -> Result<(), AnswerError> {
        let q = kb
            .question(question)
            .ok_or_else(|| AnswerError::UnknownQuestion(question.to_string()))?;
        if q.kind == Pick::One || option == NOT_SURE_ID {
            return self.set(kb, question, &[option]);
        }
        let mut picked: Vec<&str> = match self.map.get(q.id) {
            Some(Answer::Picked(ids)) => ids.to_vec(),
            _ => Vec::new(),
        };
        if let Some(pos) = picked.iter().position(|p| *p == option) {
            picked.remove(pos);
        } else {
            picked.push(option);
        }
        if picked.is_empty() {
            self.map.remove(q.id);
            Ok(())
        } else {
            self.set(kb, question, &picked)
        }
    }

    /// Forgets a question's answer.
    pub fn clear(&mut self, question: &str) {
        self.map.remove(question);
    }

    /// Returns a copy with one answer replaced; used to ask "what if".
    pub fn with(&self, question: QuestionId, answer: Answer) -> Self {
        let mut next = self.clone();
        next.map.insert(question, answer);
        next
    }
}

fn parse_answer<S: AsRef<str>>(q: &'static Question, options: &[S]) -> Result<Answer, AnswerError> {
    if options.iter().any(|o| o.as_ref() == NOT_SURE_ID) {
        return Ok(Answer::Unsure);
    }
    if options.is_empty() {
        return Err(AnswerError::Empty { question: q.id });
    }
    for o in options {
        if q.choice(o.as_ref()).is_none() {
            return Err(AnswerError::UnknownOption {
                question: q.id,
                option: o.as_ref().to_string(),
            });
        }
    }
    // Knowledge order, without repeats: equal answers compare equal however they were typed.
    let ids: Vec<OptionId> = q
        .choices
        .iter()
        .filter(|c| options.iter().any(|o| o.as_ref() == c.id))
        .map(|c| c.id)
        .collect();
    if q.kind == Pick::One && ids.len() > 1 {
        return Err(AnswerError::OnlyOneAllowed { question: q.id });
    }
    Ok(Answer::Picked(ids))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::guide::KNOWLEDGE;

    #[test]
    fn set_normalises_order_and_repeats() {
        let mut a = Answers::new();
        a.set(&KNOWLEDGE, "clients", &["mobile", "web", "mobile"])
            .unwrap();
        assert_eq!(
            a.get("clients"),
            Some(&Answer::Picked(vec!["web", "mobile"]))
        );
    }

    #[test]
    fn set_refuses_bad_input_with_a_specific_error() {
        let mut a = Answers::new();
        assert_eq!(
            a.set(&KNOWLEDGE, "nope", &["x"]),
            Err(AnswerError::UnknownQuestion("nope".into()))
        );
        assert!(matches!(
            a.set(&KNOWLEDGE, "revoke", &["soon"]),
            Err(AnswerError::UnknownOption {
                question: "revoke",
                ..
            })
        ));
        assert_eq!(
            a.set(&KNOWLEDGE, "revoke", &["instant", "hours"]),
            Err(AnswerError::OnlyOneAllowed { question: "revoke" })
        );
        let none: [&str; 0] = [];
        assert_eq!(
            a.set(&KNOWLEDGE, "revoke", &none),
            Err(AnswerError::Empty { question: "revoke" })
        );
        assert!(a.is_empty(), "a refused answer must not be stored");
    }

    #[test]
    fn unsure_wins_over_options_given_with_it() {
        let mut a = Answers::new();
        a.set(&KNOWLEDGE, "clients", &["web", "unsure"]).unwrap();
        assert_eq!(a.get("clients"), Some(&Answer::Unsure));
    }

    #[test]
    fn toggle_adds_and_removes_and_empties() {
        let mut a = Answers::new();
        a.toggle(&KNOWLEDGE, "clients", "web").unwrap();
        a.toggle(&KNOWLEDGE, "clients", "services").unwrap();
        assert_eq!(
            a.get("clients"),
            Some(&Answer::Picked(vec!["web", "services"]))
        );
        a.toggle(&KNOWLEDGE, "clients", "web").unwrap();
        a.toggle(&KNOWLEDGE, "clients", "services").unwrap();
        assert_eq!(a.get("clients"), None);
        a.toggle(&KNOWLEDGE, "revoke", "instant").unwrap();
        a.toggle(&KNOWLEDGE, "revoke", "hours").unwrap();
        assert_eq!(a.get("revoke"), Some(&Answer::Picked(vec!["hours"])));
    }

    #[test]
    fn describe_uses_labels() {
        let q = KNOWLEDGE.question("revoke").unwrap();
        assert_eq!(Answer::Unsure.describe(q), NOT_SURE);
        assert!(Answer::Picked(vec!["instant"])
            .describe(q)
            .starts_with("Instantly"));
    }
}
