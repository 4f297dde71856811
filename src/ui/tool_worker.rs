//! The crypto worker as the token tools start it: at the first request, not before, so a visit
//! to compare two tokens never downloads it. What is sent when, and whose reply is whose, is
//! the core's dispatcher (`token::service::dispatch`), as on the inspector's page.

use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use web_sys::Worker;

use authpick_core::token::service::dispatch::{Action, Dispatcher, Failure, Slot};
use authpick_core::token::service::messages::Reply;
use authpick_core::token::service::tools::{read_reply, ToolReply, ToolRequest};

/// The worker, and the latest answer with what it answers (`H`).
pub struct ToolWorker<H: Send + Sync + 'static> {
    dispatcher: StoredValue<Dispatcher<H>, LocalStorage>,
    worker: StoredValue<Option<Worker>, LocalStorage>,
    /// The latest request's answer, with its handler.
    pub answer: RwSignal<Option<(H, Result<ToolReply, String>)>>,
    /// Why the worker cannot answer, once it cannot.
    pub failure: RwSignal<Option<Failure>>,
}

impl<H: Send + Sync + 'static> Clone for ToolWorker<H> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<H: Send + Sync + 'static> Copy for ToolWorker<H> {}

impl<H: Send + Sync + 'static> ToolWorker<H> {
    pub fn new() -> Self {
        ToolWorker {
            dispatcher: StoredValue::new_local(Dispatcher::new()),
            worker: StoredValue::new_local(None),
            answer: RwSignal::new(None),
            failure: RwSignal::new(None),
        }
    }

    /// Sends `request`; its answer arrives in `answer` with `handler`.
    pub fn ask(self, request: ToolRequest, handler: H) {
        let actions = self
            .dispatcher
            .try_update_value(|d| d.send(Slot::Tool, request.wrap(), handler))
            .unwrap_or_default();
        self.perform(actions);
    }

    fn perform(self, actions: Vec<Action>) {
        for action in actions {
            match action {
                Action::Start => {
                    let started = spawn(self).map(|w| self.worker.set_value(Some(w)));
                    self.dispatcher.update_value(|d| d.started(started));
                    self.note_failure();
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

    fn note_failure(self) {
        if let Some(f) = self.dispatcher.with_value(|d| d.failure()) {
            self.failure.set(Some(f));
        }
    }

    fn on_message(self, text: String) {
        let Some(received) = self
            .dispatcher
            .try_update_value(|d| d.on_message_read(&text, read_reply))
        else {
            return;
        };
        self.perform(received.actions);
        self.note_failure();
        if let Some((handler, Reply::Tool(text), _)) = received.answer {
            self.answer.set(Some((handler, ToolReply::read(&text))));
        }
    }

    fn on_error(self) {
        let actions = self
            .dispatcher
            .try_update_value(|d| d.on_error())
            .unwrap_or_default();
        self.perform(actions);
        self.note_failure();
    }
}

fn spawn<H: Send + Sync + 'static>(tool: ToolWorker<H>) -> Result<Worker, Failure> {
    super::inspector::worker::start(move |text| tool.on_message(text), move || tool.on_error())
}
