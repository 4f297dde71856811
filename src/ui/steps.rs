//! Building a page in steps. A browser task that runs long blocks the page (Lighthouse counts
//! every task over 50 ms on a phone's CPU as blocking time), and building the whole inspector
//! at once is such a task. So the page builds its first step, then each later part
//! (`later`) in a task of its own, away from the document; the built copy stays on screen
//! until the app's copy is complete and replaces it in one go, so nothing moves.

use std::sync::atomic::{AtomicU8, Ordering};
use std::sync::Arc;
use std::time::Duration;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// How far the page's build has got, and the last step a part built so far asks for (so the
/// steps cannot stop before a part is built: a part inside a later part asks for a later step
/// as it is built).
#[derive(Clone)]
struct Steps {
    reached: RwSignal<u8>,
    last: Arc<AtomicU8>,
}

/// `view`, built once the page's build reaches `step` (from 1): in a task of its own. Built
/// at once on a page that is not built in steps.
pub(crate) fn later<V: IntoView + 'static>(step: u8, view: fn() -> V) -> impl IntoView {
    let steps = use_context::<Steps>();
    if let Some(s) = &steps {
        s.last.fetch_max(step, Ordering::Relaxed);
    }
    let reached = steps.map(|s| s.reached);
    // A memo, so each later part is built once, not again at every step after its own.
    let shown = Memo::new(move |_| reached.is_none_or(|r| r.get() >= step));
    move || shown.get().then(view)
}

/// Replaces the page's static copy (`#app`) with the app, built in as many steps as its
/// parts ask for (`later`).
pub(crate) fn mount_in_steps<V: IntoView + 'static>(app: impl FnOnce() -> V + 'static) {
    let Some(root) = super::app_root() else {
        return;
    };
    let Some(staging) = document()
        .create_element("div")
        .ok()
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    else {
        return;
    };
    let steps = Steps {
        reached: RwSignal::new(0),
        last: Arc::new(AtomicU8::new(0)),
    };
    let provided = steps.clone();
    leptos::mount::mount_to(staging.clone(), move || {
        provide_context(provided);
        app()
    })
    .forget();
    next_step(steps, staging, root);
}

/// Takes the next step in a task of its own: setting the signal rebuilds what it shows in this
/// task's microtasks, before the next task runs. After the last step, the app's copy replaces
/// the built one.
fn next_step(steps: Steps, staging: web_sys::HtmlElement, root: web_sys::HtmlElement) {
    set_timeout(
        move || {
            if steps.reached.get_untracked() < steps.last.load(Ordering::Relaxed) {
                steps.reached.update(|r| *r += 1);
                next_step(steps, staging, root);
                return;
            }
            root.set_inner_html("");
            while let Some(node) = staging.first_child() {
                let _ = root.append_child(&node);
            }
            super::mark_started(&root);
        },
        Duration::ZERO,
    );
}
