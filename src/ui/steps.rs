//! Building a page in steps. A browser task that runs long blocks the page (Lighthouse counts
//! every task over 50 ms on a phone's CPU as blocking time), and building a whole page at once
//! is such a task. So every page builds its first step, then each later part
//! (`later`) in a task of its own, away from the document; the built copy stays on screen
//! until the app's copy is complete and replaces it in one go, so nothing moves. What needs the
//! document (moving focus, finding an element by its id) waits for that (`once_placed`).

use std::sync::atomic::{AtomicU8, Ordering};
use std::sync::Arc;
use std::time::Duration;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// How far the page's build has got, the last step a part built so far asks for (so the steps
/// cannot stop before a part is built: a part inside a later part asks for a later step as it
/// is built), and what waits for the app's copy to be in the document.
#[derive(Clone)]
struct Steps {
    reached: RwSignal<u8>,
    last: Arc<AtomicU8>,
    waiting: StoredValue<Vec<Box<dyn FnOnce()>>, LocalStorage>,
}

/// `Steps::reached` once the app's copy is in the document: every part, also one first built
/// later (a page a link opens), is then built at once.
const PLACED: u8 = u8::MAX;

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

/// `f`, run once the element it is given is in the document: at once on a page not built in
/// steps or already placed, else right after the app's copy replaces the built one. For a
/// `NodeRef::on_load` that moves focus; take it in the component's body, where the page's
/// steps are known.
pub(crate) fn once_placed<E: 'static>(f: impl FnOnce(E) + 'static) -> impl FnOnce(E) + 'static {
    let steps = use_context::<Steps>();
    move |el| match steps {
        Some(s) if s.reached.get_untracked() != PLACED => {
            s.waiting.update_value(|w| w.push(Box::new(move || f(el))));
        }
        _ => f(el),
    }
}

/// A page's main heading that takes focus once it is in the document, so screen readers
/// announce the new page and keyboard users continue from its top.
pub(crate) fn focused_heading() -> NodeRef<leptos::html::H1> {
    let heading = NodeRef::<leptos::html::H1>::new();
    heading.on_load(once_placed(|el: web_sys::HtmlHeadingElement| {
        let _ = el.focus();
    }));
    heading
}

/// Replaces the page's static copy (`#app`) with the app, built in as many steps as its
/// parts ask for (`later`). The first step, too, is a task apart from the one that started the
/// module.
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
        waiting: StoredValue::new_local(Vec::new()),
    };
    set_timeout(
        move || {
            let provided = steps.clone();
            leptos::mount::mount_to(staging.clone(), move || {
                provide_context(provided);
                app()
            })
            .forget();
            next_step(steps, staging, root);
        },
        Duration::ZERO,
    );
}

/// Takes the next step in a task of its own: setting the signal rebuilds what it shows in this
/// task's microtasks, before the next task runs. After the last step, the app's copy replaces
/// the built one, and what waited for that runs.
fn next_step(steps: Steps, staging: web_sys::HtmlElement, root: web_sys::HtmlElement) {
    set_timeout(
        move || {
            if steps.reached.get_untracked() < steps.last.load(Ordering::Relaxed) {
                steps.reached.update(|r| *r += 1);
                next_step(steps, staging, root);
                return;
            }
            steps.reached.set(PLACED);
            root.set_inner_html("");
            while let Some(node) = staging.first_child() {
                let _ = root.append_child(&node);
            }
            super::mark_started(&root);
            for f in steps
                .waiting
                .try_update_value(std::mem::take)
                .unwrap_or_default()
            {
                f();
            }
        },
        Duration::ZERO,
    );
}
