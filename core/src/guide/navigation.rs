//! Moving through the guide: which view Next and Back lead to from the one shown, and what the
//! guide opens with when a link and the answers saved in this browser disagree. The page calls
//! these and shows the result; it decides nothing itself.

use super::answers::Answers;
use super::flow::{self, InPlay};
use super::link::{decode, encode, LinkState, Opened, View};
use super::model::{Knowledge, Question};
use super::sensitivity::open_deciders;

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

/// What the guide does when its link changes: show the link as it is, ask before resuming
/// answers saved in this browser, or show the link and say whose answers it replaced.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Opening {
    /// Show the link as it is.
    AsLinked,
    /// The guide was opened without answers and this browser holds some (this many): ask
    /// "Resume" or "Start fresh". A shared machine never hands one team's answers to the next
    /// unasked, and nothing is saved or cleared until the choice is made.
    Ask {
        /// How many answers are saved.
        saved: usize,
    },
    /// The link's own answers are shown, and they replace other answers this browser held (this
    /// many, as `query`): the page says so and offers them back, so opening a colleague's link
    /// never loses one's own work without a word.
    Replacing {
        /// How many answers were saved.
        saved: usize,
        /// The saved query, to offer back.
        query: String,
    },
}

/// What the guide does with `link`, given the query saved in this browser. `arriving` is true
/// when the guide page opens; a link with neither answers nor a view (the header's "Guide",
/// a bare `/guide`) is an arrival too. Walking the questions never asks: clearing every answer
/// on a step is the user's own doing.
pub fn opening(kb: &Knowledge, link: &Opened, saved: Option<&str>, arriving: bool) -> Opening {
    let arriving = arriving || (!link.has_answers && !link.has_view);
    let Some(stored) = saved.map(|q| decode(kb, q)).filter(|s| s.has_answers) else {
        return Opening::AsLinked;
    };
    let count = stored.state.answers.iter().count();
    if !arriving || count == 0 {
        return Opening::AsLinked;
    }
    if !link.has_answers {
        return Opening::Ask { saved: count };
    }
    if stored.state.answers == link.state.answers && stored.state.other == link.state.other {
        return Opening::AsLinked;
    }
    Opening::Replacing {
        saved: count,
        query: saved.unwrap_or_default().to_string(),
    }
}

/// What the guide writes to this browser's storage for the link shown.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Keep {
    /// Save this query.
    Save(String),
    /// Forget the saved answers: the user cleared every answer.
    Clear,
    /// Touch nothing: the guide is asking whether to resume what is saved.
    Leave,
}

/// What to keep for `link` while the guide shows `opening`.
pub fn keep(kb: &Knowledge, link: &Opened, opening: &Opening) -> Keep {
    if matches!(opening, Opening::Ask { .. }) {
        Keep::Leave
    } else if link.has_answers {
        Keep::Save(encode(kb, &link.state))
    } else if link.has_view {
        Keep::Clear
    } else {
        Keep::Leave
    }
}

/// The query that resumes the answers saved in this browser, at the view they were saved at
/// ("Resume where you left off"); `None` when nothing is saved.
pub fn resume_query(kb: &Knowledge, saved: Option<&str>) -> Option<String> {
    resume(kb, &decode(kb, ""), saved).map(|state| encode(kb, &state))
}

/// How many answers a saved query holds, when there are any: the start page then offers to
/// resume them or to start fresh, so a shared machine never silently hands one team's answers
/// to the next.
pub fn saved_answers(kb: &Knowledge, saved: Option<&str>) -> Option<usize> {
    let stored = decode(kb, saved?);
    let n = stored.state.answers.iter().count();
    (stored.has_answers && n > 0).then_some(n)
}

/// Ending the questionnaire before its last step: which of the questions still ahead (the
/// current one included) could change the recommendation if answered. A meeting that hears
/// "none" can stop; one that hears names knows what it would skip.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EarlyEnd {
    /// The questions from the current one on whose answer could change some card, strongest
    /// first.
    pub deciding: Vec<&'static Question>,
}

impl EarlyEnd {
    /// "The questions left would not change the recommendation." or "Still open and able to
    /// change it: Revocation, Data sensitivity."
    pub fn describe(&self) -> String {
        if self.deciding.is_empty() {
            return String::from("The questions left would not change the recommendation.");
        }
        let names: Vec<&str> = self.deciding.iter().map(|q| q.short).collect();
        format!("Still open and able to change it: {}.", names.join(", "))
    }
}

/// What ending at `at` would leave open, or `None` at the first question (nothing has been
/// said yet, so there is nothing to end early).
pub fn early_end(kb: &Knowledge, answers: &Answers, at: &str) -> Option<EarlyEnd> {
    let ctx = InPlay::new(kb, answers);
    let asked = ctx.asked();
    let here = asked.iter().position(|q| *q == at)?;
    if here == 0 {
        return None;
    }
    let ahead = &asked[here..];
    // Only what would change the result matters here, not the checklist or the libraries.
    let surfaces = super::engine::score(kb, answers);
    let deciding = open_deciders(&super::sensitivity::changes(kb, answers, &surfaces))
        .into_iter()
        .filter(|q| ahead.contains(&q.id))
        .collect();
    Some(EarlyEnd { deciding })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::guide::KNOWLEDGE;

    fn state(query: &str) -> LinkState {
        decode(&KNOWLEDGE, query).state
    }

    #[test]
    fn the_start_page_offers_to_resume_only_real_answers() {
        assert_eq!(saved_answers(&KNOWLEDGE, None), None);
        assert_eq!(saved_answers(&KNOWLEDGE, Some("")), None);
        assert_eq!(saved_answers(&KNOWLEDGE, Some("v=2&step=revoke")), None);
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

    #[test]
    fn opening_the_guide_asks_before_resuming_saved_answers() {
        let saved = encode(&KNOWLEDGE, &state("view=result&clients=web&revoke=instant"));
        // The header's "Guide", or a bare /guide, at any time.
        let bare = decode(&KNOWLEDGE, "");
        for arriving in [true, false] {
            assert_eq!(
                opening(&KNOWLEDGE, &bare, Some(&saved), arriving),
                Opening::Ask { saved: 2 }
            );
        }
        // A link to a step, opened from outside, asks too.
        let at_step = decode(&KNOWLEDGE, "step=revoke");
        assert_eq!(
            opening(&KNOWLEDGE, &at_step, Some(&saved), true),
            Opening::Ask { saved: 2 }
        );
        // While walking the questions, clearing every answer is not an arrival.
        assert_eq!(
            opening(&KNOWLEDGE, &at_step, Some(&saved), false),
            Opening::AsLinked
        );
        // Nothing saved, nothing to ask.
        assert_eq!(opening(&KNOWLEDGE, &bare, None, true), Opening::AsLinked);
        assert_eq!(
            opening(&KNOWLEDGE, &bare, Some("v=1&step=clients"), true),
            Opening::AsLinked
        );
    }

    #[test]
    fn a_link_with_other_answers_says_whose_it_replaced() {
        let mine = encode(&KNOWLEDGE, &state("view=result&clients=mobile"));
        let theirs = decode(&KNOWLEDGE, "view=result&clients=web&revoke=instant");
        assert_eq!(
            opening(&KNOWLEDGE, &theirs, Some(&mine), true),
            Opening::Replacing {
                saved: 1,
                query: mine.clone()
            }
        );
        // The same answers, or a change made on the page itself, replace nothing.
        let same = decode(&KNOWLEDGE, &mine);
        assert_eq!(
            opening(&KNOWLEDGE, &same, Some(&mine), true),
            Opening::AsLinked
        );
        assert_eq!(
            opening(&KNOWLEDGE, &theirs, Some(&mine), false),
            Opening::AsLinked
        );
    }

    #[test]
    fn resuming_reopens_what_was_saved() {
        let saved = encode(&KNOWLEDGE, &state("view=result&clients=web"));
        assert_eq!(resume_query(&KNOWLEDGE, Some(&saved)), Some(saved));
        assert_eq!(resume_query(&KNOWLEDGE, None), None);
    }

    #[test]
    fn storage_is_left_alone_while_the_guide_asks() {
        let saved = encode(&KNOWLEDGE, &state("clients=web"));
        let bare = decode(&KNOWLEDGE, "");
        let asking = opening(&KNOWLEDGE, &bare, Some(&saved), true);
        assert_eq!(keep(&KNOWLEDGE, &bare, &asking), Keep::Leave);
        // A link to a step, opened from outside, has no answers but must not clear them.
        let at_step = decode(&KNOWLEDGE, "step=revoke");
        let asking = opening(&KNOWLEDGE, &at_step, Some(&saved), true);
        assert!(matches!(asking, Opening::Ask { .. }));
        assert_eq!(keep(&KNOWLEDGE, &at_step, &asking), Keep::Leave);
        let answered = decode(&KNOWLEDGE, "step=revoke&clients=web");
        assert_eq!(
            keep(&KNOWLEDGE, &answered, &Opening::AsLinked),
            Keep::Save(encode(&KNOWLEDGE, &answered.state))
        );
        let cleared = decode(&KNOWLEDGE, "step=clients");
        assert_eq!(keep(&KNOWLEDGE, &cleared, &Opening::AsLinked), Keep::Clear);
        assert_eq!(keep(&KNOWLEDGE, &bare, &Opening::AsLinked), Keep::Leave);
    }

    #[test]
    fn ending_early_names_the_open_questions_still_ahead_that_could_change_it() {
        let mut a = Answers::new();
        a.set(&KNOWLEDGE, "clients", &["web"]).unwrap();
        a.set(&KNOWLEDGE, "frontend", &["spa-other"]).unwrap();
        // Nothing to end at the first question.
        assert_eq!(early_end(&KNOWLEDGE, &a, "clients"), None);
        let at_backend = early_end(&KNOWLEDGE, &a, "backend").unwrap();
        let names: Vec<&str> = at_backend.deciding.iter().map(|q| q.id).collect();
        // Revocation is ahead and would move the cross-site SPA from its backend-for-frontend
        // (within minutes: tokens in the browser); data is ahead too but would not move it.
        assert!(names.contains(&"revoke"), "{names:?}");
        assert!(!names.contains(&"data"), "{names:?}");
        assert!(
            !names.contains(&"frontend"),
            "answered and behind: {names:?}"
        );
        assert!(at_backend
            .describe()
            .starts_with("Still open and able to change it: "));
        // Answered to the end, nothing ahead can change it.
        let done = early_end(&KNOWLEDGE, &a, "stack").unwrap();
        assert!(done.deciding.iter().all(|q| q.id == "stack"), "{done:?}");
        let none = EarlyEnd { deciding: vec![] };
        assert_eq!(
            none.describe(),
            "The questions left would not change the recommendation."
        );
    }
}
