//! What choosing an option does to the answers, whichever way it is chosen: a click on an
//! option, the "Not sure" box, or a number key in meeting mode. A single-choice question takes
//! the option; a multiple-choice one toggles it; "Not sure" replaces the options, and on a
//! multiple-choice question choosing it again clears the answer.

use super::answers::{Answer, AnswerError, Answers};
use super::model::{Knowledge, OptionId, Pick, Question, NOT_SURE_ID};

/// Chooses `option` (an option id or `unsure`) of `question`, as a click does.
pub fn choose(
    answers: &mut Answers,
    kb: &Knowledge,
    question: &Question,
    option: &str,
) -> Result<(), AnswerError> {
    let unsure_now = answers.get(question.id) == Some(&Answer::Unsure);
    match (question.kind, option) {
        (Pick::Many, NOT_SURE_ID) if unsure_now => {
            answers.clear(question.id);
            Ok(())
        }
        (Pick::One, _) | (_, NOT_SURE_ID) => answers.set(kb, question.id, &[option]),
        (Pick::Many, _) => answers.toggle(kb, question.id, option),
    }
}

/// The "Not sure" control ticked on or off.
pub fn set_not_sure(
    answers: &mut Answers,
    kb: &Knowledge,
    question: &Question,
    on: bool,
) -> Result<(), AnswerError> {
    if on {
        answers.set_unsure(kb, question.id)
    } else {
        answers.clear(question.id);
        Ok(())
    }
}

/// The option that number key `n` (1-based) chooses: the options in order, then "Not sure".
pub fn option_for_number(question: &Question, n: usize) -> Option<OptionId> {
    let i = n.checked_sub(1)?;
    match question.choices.get(i) {
        Some(c) => Some(c.id),
        None if i == question.choices.len() => Some(NOT_SURE_ID),
        None => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::guide::KNOWLEDGE;

    fn question(kind: Pick) -> &'static Question {
        KNOWLEDGE
            .questions
            .iter()
            .find(|q| q.kind == kind && q.choices.len() >= 2)
            .expect("a question of each kind")
    }

    #[test]
    fn a_single_choice_question_takes_the_option() {
        let q = question(Pick::One);
        let mut a = Answers::new();
        choose(&mut a, &KNOWLEDGE, q, q.choices[0].id).unwrap();
        choose(&mut a, &KNOWLEDGE, q, q.choices[1].id).unwrap();
        assert_eq!(a.get(q.id), Some(&Answer::Picked(vec![q.choices[1].id])));
        choose(&mut a, &KNOWLEDGE, q, NOT_SURE_ID).unwrap();
        choose(&mut a, &KNOWLEDGE, q, NOT_SURE_ID).unwrap();
        assert_eq!(
            a.get(q.id),
            Some(&Answer::Unsure),
            "a radio button stays chosen"
        );
    }

    #[test]
    fn a_multiple_choice_question_toggles_and_not_sure_toggles_too() {
        let q = question(Pick::Many);
        let (x, y) = (q.choices[0].id, q.choices[1].id);
        let mut a = Answers::new();
        choose(&mut a, &KNOWLEDGE, q, x).unwrap();
        choose(&mut a, &KNOWLEDGE, q, y).unwrap();
        assert_eq!(a.get(q.id), Some(&Answer::Picked(vec![x, y])));
        choose(&mut a, &KNOWLEDGE, q, x).unwrap();
        assert_eq!(a.get(q.id), Some(&Answer::Picked(vec![y])));
        choose(&mut a, &KNOWLEDGE, q, NOT_SURE_ID).unwrap();
        assert_eq!(
            a.get(q.id),
            Some(&Answer::Unsure),
            "Not sure replaces the options"
        );
        choose(&mut a, &KNOWLEDGE, q, NOT_SURE_ID).unwrap();
        assert_eq!(a.get(q.id), None, "and choosing it again clears the answer");
        choose(&mut a, &KNOWLEDGE, q, NOT_SURE_ID).unwrap();
        choose(&mut a, &KNOWLEDGE, q, x).unwrap();
        assert_eq!(
            a.get(q.id),
            Some(&Answer::Picked(vec![x])),
            "an option replaces Not sure"
        );
    }

    #[test]
    fn the_not_sure_box_sets_or_clears() {
        let q = question(Pick::Many);
        let mut a = Answers::new();
        set_not_sure(&mut a, &KNOWLEDGE, q, true).unwrap();
        assert_eq!(a.get(q.id), Some(&Answer::Unsure));
        set_not_sure(&mut a, &KNOWLEDGE, q, false).unwrap();
        assert_eq!(a.get(q.id), None);
    }

    #[test]
    fn number_keys_pick_options_in_order_then_not_sure() {
        let q = question(Pick::One);
        let n = q.choices.len();
        assert_eq!(option_for_number(q, 1), Some(q.choices[0].id));
        assert_eq!(option_for_number(q, n), Some(q.choices[n - 1].id));
        assert_eq!(option_for_number(q, n + 1), Some(NOT_SURE_ID));
        assert_eq!(option_for_number(q, n + 2), None);
        assert_eq!(option_for_number(q, 0), None);
    }
}
