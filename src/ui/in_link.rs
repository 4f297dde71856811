//! Pages whose state is a form (the costs calculator, the revocation timeline) keep that state
//! in their link, like the guide: the query is written as the user edits, replacing the history
//! entry rather than adding one per keystroke, and a moment after the last edit, so dragging a
//! slider does not flood the browser's history API. A reload or a copied link reopens the form.

use std::time::Duration;

use leptos::leptos_dom::helpers::{set_timeout_with_handle, TimeoutHandle};
use leptos::prelude::*;
use leptos_router::hooks::{use_location, use_navigate};
use leptos_router::NavigateOptions;

/// How long after the last edit the link is written.
const SETTLE: Duration = Duration::from_millis(250);

/// Keeps `path`'s query equal to `query()`. When the address changes from outside (Back,
/// Forward, a link from the guide), `reopen` gets the new query so the form can follow it.
pub fn keep_in_link(
    path: &'static str,
    query: impl Fn() -> String + Send + Sync + 'static,
    reopen: impl Fn(&str) + 'static,
) {
    let location = use_location();
    let navigate = use_navigate();
    let query = Memo::new(move |_| query());
    Effect::new(move |_| {
        let search = location.search.get();
        let shown = search.trim_start_matches('?');
        if shown != query.get_untracked() {
            reopen(shown);
        }
    });
    let pending = StoredValue::new_local(None::<TimeoutHandle>);
    Effect::new(move |_| {
        let q = query.get();
        if let Some(handle) = pending.get_value() {
            handle.clear();
        }
        if location
            .search
            .with_untracked(|s| s.trim_start_matches('?') == q)
        {
            return;
        }
        let navigate = navigate.clone();
        let write = move || {
            let options = NavigateOptions {
                replace: true,
                scroll: false,
                ..Default::default()
            };
            navigate(&format!("{path}?{q}"), options);
        };
        pending.set_value(set_timeout_with_handle(write, SETTLE).ok());
    });
    // Leaving the page before the link is written: the write would land on another page.
    on_cleanup(move || {
        if let Some(handle) = pending.try_get_value().flatten() {
            handle.clear();
        }
    });
}
