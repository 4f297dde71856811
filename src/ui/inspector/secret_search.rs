//! The search for a well-known HMAC secret, run in slices of a few milliseconds between which
//! the browser gets control back, so typing stays smooth. A new token cancels the running
//! search. The time it takes is shown, and measured by the end-to-end tests.

use std::cell::{Cell, RefCell};
use std::rc::Rc;
use std::time::Duration;

use leptos::prelude::*;

use super::{clock, use_inspector, InspectorState};
use crate::token::decode::decode;
use crate::token::secrets::{Progress, SecretSearch};
use crate::tradeoffs::format::plain;

/// How long one slice may keep the page busy.
const SLICE_MS: f64 = 8.0;

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct SearchState {
    pub progress: Progress,
    /// Time spent checking candidates.
    pub busy_ms: f64,
    /// Time from start to end, including the pauses for the page.
    pub wall_ms: f64,
}

/// Starts a search whenever the token changes (and only then).
pub fn install(state: InspectorState) {
    let generation = Rc::new(Cell::new(0u32));
    Effect::new(move |_| {
        let search = state.token.with(|t| {
            let t = t.as_ref()?;
            SecretSearch::new(t, &decode(t).ok()?)
        });
        generation.set(generation.get().wrapping_add(1));
        match search {
            None => state.search.set(None),
            Some(search) => {
                state.search.set(Some(SearchState {
                    progress: Progress::Searching {
                        done: 0,
                        total: search.total(),
                    },
                    busy_ms: 0.0,
                    wall_ms: 0.0,
                }));
                let run = Run {
                    state,
                    search: Rc::new(RefCell::new(search)),
                    generation: generation.clone(),
                    id: generation.get(),
                    started: clock::millis(),
                    busy: Rc::new(Cell::new(0.0)),
                };
                run.slice();
            }
        }
    });
}

#[derive(Clone)]
struct Run {
    state: InspectorState,
    search: Rc<RefCell<SecretSearch>>,
    generation: Rc<Cell<u32>>,
    id: u32,
    started: f64,
    busy: Rc<Cell<f64>>,
}

impl Run {
    fn slice(self) {
        if self.generation.get() != self.id {
            return;
        }
        let start = clock::millis();
        let progress = loop {
            let p = self.search.borrow_mut().step(20);
            if !matches!(p, Progress::Searching { .. }) || clock::millis() - start > SLICE_MS {
                break p;
            }
        };
        let end = clock::millis();
        self.busy.set(self.busy.get() + (end - start));
        if let Progress::Searching { .. } = progress {
            // Progress is not published slice by slice: the page would re-render (and a
            // screen reader speak) a hundred times a second for a search this short.
            set_timeout(move || self.slice(), Duration::ZERO);
        } else {
            self.state.search.set(Some(SearchState {
                progress,
                busy_ms: self.busy.get(),
                wall_ms: end - self.started,
            }));
        }
    }
}

#[component]
pub fn SearchStatus() -> impl IntoView {
    let state = use_inspector();
    let text = move || {
        state.search.get().map(|s| match s.progress {
            Progress::Searching { total, .. } => format!("Checking {total} well-known secrets…"),
            Progress::Found("") => "This token is signed with an empty secret.".to_string(),
            Progress::Found(secret) => {
                format!("This token is signed with the well-known secret “{secret}”.")
            }
            Progress::NotFound { total } => format!(
                "None of {total} well-known secrets signed this token (checked in {} ms).",
                plain(s.wall_ms.round())
            ),
        })
    };
    let found = move || {
        state
            .search
            .with(|s| matches!(s.map(|s| s.progress), Some(Progress::Found(_))))
    };
    let busy = move || state.search.with(|s| s.map(|s| plain(s.busy_ms.round())));
    let wall = move || state.search.with(|s| s.map(|s| plain(s.wall_ms.round())));
    view! {
        <p
            class="secret-search"
            class:field-error=found
            role="status"
            data-busy-ms=busy
            data-wall-ms=wall
        >
            {text}
        </p>
    }
}
