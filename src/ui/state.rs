//! The guide's state, kept in the URL: the query string is the single source of truth, so a
//! copied link reopens exactly what is on screen. Answer changes replace the current history
//! entry; moving between steps adds one, so the browser's Back goes back a step.

use std::rc::Rc;

use leptos::prelude::*;
use leptos_router::hooks::{use_location, use_navigate};
use leptos_router::NavigateOptions;

use authpick_core::guide::choosing::{choose, option_for_number, set_not_sure};
use authpick_core::guide::link::{decode, encode, name_future, LinkState, Opened, View};
use authpick_core::guide::model::Question;
use authpick_core::guide::navigation::{next_view, previous_view};
use authpick_core::guide::{flow, Answers, KNOWLEDGE};
use authpick_core::site::GUIDE;

/// Which answer set an editor changes: the guide's, or the second one of the compare view.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Which {
    Current,
    Other,
}

impl Which {
    pub fn prefix(self) -> &'static str {
        match self {
            Which::Current => "a",
            Which::Other => "b",
        }
    }
}

type Navigate = Rc<dyn Fn(&str, NavigateOptions)>;

/// Shared through context; `Copy`, so every closure can capture it.
#[derive(Clone, Copy)]
pub struct GuideState {
    decoded: Memo<Opened>,
    navigate: StoredValue<Navigate, LocalStorage>,
}

impl GuideState {
    /// Must be created inside the router.
    pub fn new() -> Self {
        let location = use_location();
        let decoded = Memo::new(move |_| decode(&KNOWLEDGE, &location.search.get()));
        let navigate = use_navigate();
        let navigate: Navigate = Rc::new(move |to: &str, opts: NavigateOptions| navigate(to, opts));
        Self {
            decoded,
            navigate: StoredValue::new_local(navigate),
        }
    }

    pub fn decoded(&self) -> Opened {
        self.decoded.get()
    }

    pub fn decoded_untracked(&self) -> Opened {
        self.decoded.get_untracked()
    }

    pub fn with<R>(&self, f: impl FnOnce(&LinkState) -> R) -> R {
        self.decoded.with(|d| f(&d.state))
    }

    pub fn view(&self) -> View {
        self.with(|s| s.view)
    }

    pub fn answers(&self, which: Which) -> Answers {
        self.with(|s| match which {
            Which::Current => s.answers.clone(),
            Which::Other => s.other.clone(),
        })
    }

    pub fn untracked(&self) -> LinkState {
        self.decoded.with_untracked(|d| d.state.clone())
    }

    /// Shows `state`, adding a history entry (and scrolling to the top) when `push` is set.
    pub fn set(&self, state: &LinkState, push: bool) {
        self.go(state, push, push);
    }

    fn go(&self, state: &LinkState, push: bool, scroll: bool) {
        let to = format!("{}?{}", GUIDE.path, encode(&KNOWLEDGE, state));
        let opts = NavigateOptions {
            replace: !push,
            scroll,
            ..Default::default()
        };
        self.navigate.with_value(|nav| nav(&to, opts));
    }

    /// Changes answers on the result page as a new history entry, so the browser's Back undoes
    /// the edit; the page stays where it is.
    pub fn edit(&self, which: Which, f: impl FnOnce(&mut Answers)) {
        let mut state = self.untracked();
        match which {
            Which::Current => f(&mut state.answers),
            Which::Other => f(&mut state.other),
        }
        self.go(&state, true, false);
    }

    /// Changes answers in place (no new history entry).
    pub fn update(&self, which: Which, f: impl FnOnce(&mut Answers)) {
        let mut state = self.untracked();
        match which {
            Which::Current => f(&mut state.answers),
            Which::Other => f(&mut state.other),
        }
        self.set(&state, false);
    }

    /// Names the compare view's second future, in place (no new history entry).
    pub fn name_other(&self, typed: &str) {
        let mut state = self.untracked();
        state.other_name = name_future(typed);
        self.set(&state, false);
    }

    /// Shows another view of the same answers, as a new history entry.
    pub fn show(&self, view: View) {
        let mut state = self.untracked();
        state.view = view;
        self.set(&state, true);
    }

    /// Next: the next question, or the result after the last one.
    pub fn advance(&self) {
        if let Some(next) = next_view(&KNOWLEDGE, &self.untracked()) {
            self.show(next);
        }
    }

    /// Back: the previous question; from the result, the last one. `false` at the first one.
    pub fn retreat(&self) -> bool {
        match previous_view(&KNOWLEDGE, &self.untracked()) {
            Some(view) => {
                self.show(view);
                true
            }
            None => false,
        }
    }

    /// An option of `question` chosen, as a click does (`authpick_core::guide::choosing`).
    pub fn choose(&self, question: &'static Question, option: &str) {
        // Ids come from the knowledge base, so these cannot be refused.
        self.update(Which::Current, |a| {
            let _ = choose(a, &KNOWLEDGE, question, option);
        });
    }

    /// The "Not sure" box ticked on or off.
    pub fn set_not_sure(&self, question: &'static Question, on: bool) {
        self.update(Which::Current, |a| {
            let _ = set_not_sure(a, &KNOWLEDGE, question, on);
        });
    }

    /// Number key `n` in meeting mode: option `n` of the question shown. `false` when there
    /// is no such option (or no question).
    pub fn choose_number(&self, n: usize) -> bool {
        let state = self.untracked();
        let View::Step(q) = state.view else {
            return false;
        };
        let Some(step) = flow::step(&KNOWLEDGE, &state.answers, q) else {
            return false;
        };
        match option_for_number(step.question, n) {
            Some(option) => {
                self.choose(step.question, option);
                true
            }
            None => false,
        }
    }
}

pub fn use_guide() -> GuideState {
    expect_context::<GuideState>()
}
