//! Moving through the guide: which view Next and Back lead to from the one shown, and what the
//! guide opens with when a link and the answers saved in this browser disagree. The page calls
//! these and shows the result; it decides nothing itself.

use super::flow::{self, InPlay};
use super::link::{decode, LinkState, Opened, View};
use super::model::Knowledge;

/// Where Next leads: the next question that applies, or the result after the last one.
/// `None` when there is nowhere further (already on the result or the compare view).
pub fn next_view(kb: &Knowledge, state: &LinkState) -> Option<View> {
    match state.view {
        View::Step(q) => Some(flow::next(kb, &state.answers, q).map_or(View::Result, View::Step)),
        View::Result | View::Compare => None,
    }
}

/// Where Back leads: the previous question that applies; from the result or the compare view,
/// the last question asked. `None` at the first question (the page then leaves the guide).
pub fn previous_view(kb: &Knowledge, state: &LinkState) -> Option<View> {
    let previous = match state.view {
        View::Step(q) => flow::previous(kb, &state.answers, q),
        View::Result | View::Compare => InPlay::new(kb, &state.answers).asked().last().copied(),
    };
    previous.map(View::Step)
}

/// What the guide opens with, given the link and the query saved in this browser: `None` to
/// show the link as it is. A link with answers always wins; a link without any takes the saved
/// answers, and keeps its own view if it names one (a link to `?step=revoke` resumes there).
pub fn resume(kb: &Knowledge, link: &Opened, saved: Option<&str>) -> Option<LinkState> {
    if link.has_answers {
        return None;
    }
    let stored = decode(kb, saved?);
    if !stored.has_answers {
        return None;
    }
    let mut state = stored.state;
    if link.has_view {
        state.view = link.state.view;
    }
    Some(state)
}

/// How many answers a saved query holds, when there are any: the start page then offers to
/// resume them or to start fresh, so a shared machine never silently hands one team's answers
/// to the next.
pub fn saved_answers(kb: &Knowledge, saved: Option<&str>) -> Option<usize> {
    let stored = decode(kb, saved?);
    let n = stored.state.answers.iter().count();
    (stored.has_answers && n > 0).then_some(n)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::guide::link::encode;
    use crate::guide::KNOWLEDGE;

    fn state(query: &str) -> LinkState {
        decode(&KNOWLEDGE, query).state
    }

    #[test]
    fn the_start_page_offers_to_resume_only_real_answers() {
        assert_eq!(saved_answers(&KNOWLEDGE, None), None);
        assert_eq!(saved_answers(&KNOWLEDGE, Some("")), None);
        assert_eq!(saved_answers(&KNOWLEDGE, Some("v=1&step=revoke")), None);
        assert_eq!(
            saved_answers(&KNOWLEDGE, Some("v=1&clients=web&revoke=instant")),
            Some(2)
        );
    }

    #[test]
    fn next_walks_the_questions_that_apply_and_ends_on_the_result() {
        let mut s = LinkState::start(&KNOWLEDGE);
        let mut seen = Vec::new();
        while let Some(v) = next_view(&KNOWLEDGE, &s) {
            seen.push(v);
            s.view = v;
        }
        assert_eq!(seen.last(), Some(&View::Result));
        let asked = InPlay::new(&KNOWLEDGE, &s.answers).asked().len();
        assert_eq!(
            seen.len(),
            asked,
            "every question after the first, then the result"
        );
        assert_eq!(next_view(&KNOWLEDGE, &state("view=compare")), None);
    }

    #[test]
    fn next_skips_a_question_that_no_longer_applies() {
        // Without a web front end there is no rendering question after the clients.
        let s = state("step=clients&clients=services");
        let next = next_view(&KNOWLEDGE, &s);
        assert!(next.is_some());
        assert_ne!(next, Some(View::Step("frontend")));
    }

    #[test]
    fn back_goes_to_the_previous_question_and_from_the_result_to_the_last() {
        let first = KNOWLEDGE.questions[0].id;
        assert_eq!(
            previous_view(&KNOWLEDGE, &state(&format!("step={first}"))),
            None
        );
        let second = KNOWLEDGE.questions[1].id;
        assert_eq!(
            previous_view(&KNOWLEDGE, &state(&format!("step={second}"))),
            Some(View::Step(first))
        );
        let result = state("view=result&clients=web");
        let last = InPlay::new(&KNOWLEDGE, &result.answers)
            .asked()
            .last()
            .copied();
        assert_eq!(previous_view(&KNOWLEDGE, &result), last.map(View::Step));
    }

    #[test]
    fn a_link_with_answers_wins_over_what_is_saved() {
        let saved = encode(&KNOWLEDGE, &state("view=result&clients=mobile"));
        let link = decode(&KNOWLEDGE, "clients=web");
        assert_eq!(resume(&KNOWLEDGE, &link, Some(&saved)), None);
    }

    #[test]
    fn a_bare_link_resumes_the_saved_answers_at_its_own_view() {
        let saved = encode(
            &KNOWLEDGE,
            &state("view=result&clients=mobile&revoke=instant"),
        );
        let bare = decode(&KNOWLEDGE, "");
        let resumed = resume(&KNOWLEDGE, &bare, Some(&saved)).expect("resumed");
        assert_eq!(
            resumed,
            state(&saved),
            "everything saved, the view included"
        );
        let at_step = decode(&KNOWLEDGE, "step=revoke");
        let resumed = resume(&KNOWLEDGE, &at_step, Some(&saved)).expect("resumed");
        assert_eq!(resumed.view, View::Step("revoke"));
        assert_eq!(resumed.answers, state(&saved).answers);
    }

    #[test]
    fn nothing_saved_or_nothing_in_it_changes_nothing() {
        let bare = decode(&KNOWLEDGE, "");
        assert_eq!(resume(&KNOWLEDGE, &bare, None), None);
        assert_eq!(resume(&KNOWLEDGE, &bare, Some("v=1&step=clients")), None);
        assert_eq!(resume(&KNOWLEDGE, &bare, Some("%%garbage")), None);
    }
}
