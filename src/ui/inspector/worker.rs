//! The crypto worker (`authpick-worker`) as the browser runs it: start it, post to it, stop it,
//! and hand every message it sends back to the page's model. What is sent when, and whose
//! reply is whose, is the core's (`token::service::dispatch`, inside `token::inspector`).

use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{MessageEvent, Worker};

use super::Page;
use authpick_core::token::inspector::Act;
use authpick_core::token::service::dispatch::{Action, Failure};

/// Where the page finds the worker's script: the build names it by a hash of its contents.
const SCRIPT_META: &str = "meta[name=crypto-worker]";

/// The running worker, if one was started.
#[derive(Clone, Copy)]
pub struct CryptoWorker {
    worker: StoredValue<Option<Worker>, LocalStorage>,
}

impl CryptoWorker {
    pub fn new() -> Self {
        CryptoWorker {
            worker: StoredValue::new_local(None),
        }
    }

    /// Carries out one of the model's actions on the worker.
    pub fn perform(self, page: Page, action: Action) {
        match action {
            Action::Start => {
                let started = spawn(page).map(|w| self.worker.set_value(Some(w)));
                page.act(Act::Started(started));
            }
            Action::Post(message) => self.worker.with_value(|w| {
                if let Some(w) = w {
                    let _ = w.post_message(&JsValue::from_str(&message));
                }
            }),
            Action::Stop => {
                if let Some(w) = self.worker.try_update_value(Option::take).flatten() {
                    w.terminate();
                }
            }
        }
    }
}

/// Runs `f` when the browser is next idle.
pub fn when_idle(f: impl Fn() + 'static) {
    request_idle_callback(f);
}

fn spawn(page: Page) -> Result<Worker, Failure> {
    start(
        move |text| page.act(Act::Message(text)),
        move || page.act(Act::WorkerError),
    )
}

/// Starts the crypto worker the page's meta tag names, handing every message it sends to
/// `on_message` and a failure to load or a throw to `on_error`. The token tools start it the
/// same way (`ui::tool_worker`).
pub fn start(
    on_message: impl Fn(String) + 'static,
    on_error: impl Fn() + 'static,
) -> Result<Worker, Failure> {
    let script = document()
        .query_selector(SCRIPT_META)
        .ok()
        .flatten()
        .and_then(|meta| meta.get_attribute("content"))
        .ok_or(Failure::NoScript)?;
    let worker = Worker::new(&script).map_err(|_| Failure::NotStarted)?;
    let on_message = Closure::<dyn Fn(MessageEvent)>::new(move |event: MessageEvent| {
        if let Some(text) = event.data().as_string() {
            on_message(text);
        }
    });
    worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
    // A script that fails to load or a worker that throws: the model stops it, so no
    // half-broken worker answers later, and the page says so once, plainly.
    let on_error = Closure::<dyn Fn(web_sys::Event)>::new(move |event: web_sys::Event| {
        event.prevent_default();
        on_error();
    });
    worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
    on_error.forget();
    Ok(worker)
}
