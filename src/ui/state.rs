//! The guide's state, kept in the URL: the query string is the single source of truth, so a
//! copied link reopens exactly what is on screen. Answer changes replace the current history
//! entry; moving between steps adds one, so the browser's Back goes back a step.

use std::rc::Rc;

use leptos::prelude::*;
use leptos_router::hooks::{use_location, use_navigate};
use leptos_router::NavigateOptions;

use super::routes::GUIDE;
use crate::guide::flow;
use crate::guide::link::{decode, encode, Decoded, LinkState, View};
use crate::guide::{Answers, KNOWLEDGE};

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
    decoded: Memo<Decoded>,
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

    pub fn decoded(&self) -> Decoded {
        self.decoded.get()
    }

    pub fn decoded_untracked(&self) -> Decoded {
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

    /// Shows `state`, adding a history entry when `push` is set.
    pub fn set(&self, state: &LinkState, push: bool) {
        let to = format!("{GUIDE}?{}", encode(&KNOWLEDGE, state));
        let opts = NavigateOptions {
            replace: !push,
            scroll: push,
            ..Default::default()
        };
        self.navigate.with_value(|nav| nav(&to, opts));
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

    /// Shows another view of the same answers, as a new history entry.
    pub fn show(&self, view: View) {
        let mut state = self.untracked();
        state.view = view;
        self.set(&state, true);
    }

    /// The next question after the current step, or the result after the last one.
    pub fn advance(&self) {
        let state = self.untracked();
        let next = match state.view {
            View::Step(q) => {
                flow::next(&KNOWLEDGE, &state.answers, q).map_or(View::Result, View::Step)
            }
            other => other,
        };
        if next != state.view {
            self.show(next);
        }
    }

    /// The previous question; from the result, the last question. `false` at the first one.
    pub fn retreat(&self) -> bool {
        let state = self.untracked();
        let previous = match state.view {
            View::Step(q) => flow::previous(&KNOWLEDGE, &state.answers, q),
            View::Result | View::Compare => flow::Context::new(&KNOWLEDGE, &state.answers)
                .asked()
                .last()
                .copied(),
        };
        match previous {
            Some(q) => {
                self.show(View::Step(q));
                true
            }
            None => false,
        }
    }
}

pub fn use_guide() -> GuideState {
    expect_context::<GuideState>()
}
