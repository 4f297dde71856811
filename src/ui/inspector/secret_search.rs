//! The search for a well-known HMAC secret. It runs in the crypto worker, so the page stays
//! responsive however long it takes; a new token replaces the running search. The time it
//! took is shown, and measured by the end-to-end tests.

use leptos::prelude::*;

use super::{clock, use_inspector, InspectorState};
use authpick_core::format::plain;
use authpick_core::token::forms::key_form::{mode_for, KeyMode};
use authpick_core::token::service::dispatch::Slot;
use authpick_core::token::service::messages::{Reply, Request};
use authpick_core::token::service::verification::{SearchResult, SEARCHING};

#[derive(Clone, Debug, PartialEq)]
pub struct SearchState {
    /// `None` while the search runs.
    pub result: Option<SearchResult>,
    /// Time the worker spent checking candidates.
    pub busy_ms: f64,
    /// Time from asking to the answer, including loading the worker if it was not ready.
    pub wall_ms: f64,
}

/// Starts a search whenever the token changes (and only then).
pub fn install(state: InspectorState) {
    let hmac = Memo::new(move |_| {
        state.inspection.with(|i| match i {
            Some(Ok(i)) => i.header_alg().and_then(|a| mode_for(&a)) == Some(KeyMode::Secret),
            _ => false,
        })
    });
    Effect::new(move |_| {
        let token = state
            .token
            .get()
            .filter(|_| hmac.get() && state.crypto.failure().is_none());
        let Some(token) = token else {
            state.crypto.cancel(Slot::Search);
            state.search.set(None);
            return;
        };
        state.search.set(Some(SearchState {
            result: None,
            busy_ms: 0.0,
            wall_ms: 0.0,
        }));
        let started = clock::millis();
        state.crypto.send(
            Slot::Search,
            Request::Search { token },
            move |reply, busy_ms| {
                let Reply::Searched(result) = reply else {
                    return;
                };
                state.search.set(result.map(|r| SearchState {
                    result: Some(r),
                    busy_ms,
                    wall_ms: clock::millis() - started,
                }));
            },
        );
    });
}

#[component]
pub fn SearchStatus() -> impl IntoView {
    let state = use_inspector();
    let text = move || {
        state.search.with(|s| {
            s.as_ref().map(|s| match &s.result {
                None => SEARCHING.to_string(),
                Some(result) => result.sentence(s.busy_ms),
            })
        })
    };
    let found = move || {
        state.search.with(|s| {
            matches!(
                s.as_ref().and_then(|s| s.result.as_ref()),
                Some(SearchResult::Found(_))
            )
        })
    };
    let busy = move || {
        state
            .search
            .with(|s| s.as_ref().map(|s| plain(s.busy_ms.round())))
    };
    let wall = move || {
        state
            .search
            .with(|s| s.as_ref().map(|s| plain(s.wall_ms.round())))
    };
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
