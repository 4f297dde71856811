//! The page's side of the crypto worker (`authpick-worker`): the browser glue around the core's
//! `dispatch::Dispatcher`, which decides what is sent when and whose reply is whose. This file
//! only starts and stops the worker, posts what the dispatcher says, and runs the handler it
//! hands back, always after releasing its own borrow, so a handler may send the next request.

use std::cell::RefCell;
use std::rc::Rc;

use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{MessageEvent, Worker};

use authpick_core::token::service::dispatch::{Action, Dispatcher, Failure, Phase, Slot};
use authpick_core::token::service::messages::{Reply, Request};

/// Where the page finds the worker's script: the build names it by a hash of its contents.
const SCRIPT_META: &str = "meta[name=crypto-worker]";

/// What to do with a reply, given the milliseconds the worker spent on it.
type OnReply = Box<dyn FnOnce(Reply, f64)>;

#[derive(Default)]
struct Line {
    dispatcher: Dispatcher<OnReply>,
    worker: Option<Worker>,
}

#[derive(Clone, Copy)]
pub struct CryptoWorker {
    /// The dispatcher's phase, for the page to show.
    pub phase: RwSignal<Phase>,
    line: StoredValue<Rc<RefCell<Line>>, LocalStorage>,
}

impl CryptoWorker {
    /// The page's worker. It starts when the browser is next idle, after the page's own start
    /// (compiling its module then does not slow that down), or at the first request if that
    /// comes sooner.
    pub fn start() -> Self {
        let crypto = CryptoWorker {
            phase: RwSignal::new(Phase::Idle),
            line: StoredValue::new_local(Rc::new(RefCell::new(Line::default()))),
        };
        request_idle_callback(move || {
            let actions = crypto.with(|d| d.launch());
            crypto.perform(actions);
        });
        crypto
    }

    /// Sends a request; `on_reply` runs when its answer comes, unless another request for the
    /// same slot was sent (or the slot cancelled) in the meantime.
    pub fn send(self, slot: Slot, request: Request, on_reply: impl FnOnce(Reply, f64) + 'static) {
        let actions = self.with(|d| d.send(slot, request, Box::new(on_reply)));
        self.perform(actions);
    }

    /// Forgets the request in a slot: its answer, when it comes, is dropped.
    pub fn cancel(self, slot: Slot) {
        self.with(|d| d.cancel(slot));
    }

    /// Why the worker cannot answer, if it cannot. Untracked: callers decide what to send, and
    /// the worker's state changing does not change that decision.
    pub fn failure(self) -> Option<Failure> {
        self.with(|d| d.failure())
    }

    fn with<R>(self, f: impl FnOnce(&mut Dispatcher<OnReply>) -> R) -> R
    where
        R: Default,
    {
        let Some(line) = self.line.try_get_value() else {
            return R::default();
        };
        let out = f(&mut line.borrow_mut().dispatcher);
        self.sync_phase(&line);
        out
    }

    fn sync_phase(self, line: &Rc<RefCell<Line>>) {
        let phase = line.borrow().dispatcher.phase();
        if self.phase.get_untracked() != phase {
            self.phase.set(phase);
        }
    }

    /// Carries out the dispatcher's actions, in order.
    fn perform(self, actions: Vec<Action>) {
        let Some(line) = self.line.try_get_value() else {
            return;
        };
        for action in actions {
            match action {
                Action::Start => {
                    let started = spawn(self);
                    let mut l = line.borrow_mut();
                    match started {
                        Ok(worker) => {
                            l.worker = Some(worker);
                            l.dispatcher.started(Ok(()));
                        }
                        Err(failure) => l.dispatcher.started(Err(failure)),
                    }
                }
                Action::Post(message) => {
                    if let Some(worker) = &line.borrow().worker {
                        let _ = worker.post_message(&JsValue::from_str(&message));
                    }
                }
                Action::Stop => {
                    if let Some(worker) = line.borrow_mut().worker.take() {
                        worker.terminate();
                    }
                }
            }
        }
        self.sync_phase(&line);
    }

    fn on_message(self, text: &str) {
        let received = self.with(|d| Some(d.on_message(text)));
        let Some(received) = received else {
            return;
        };
        self.perform(received.actions);
        if let Some((on_reply, reply, ms)) = received.answer {
            on_reply(reply, ms);
        }
    }

    fn on_error(self) {
        let actions = self.with(|d| d.on_error());
        self.perform(actions);
    }
}

fn spawn(crypto: CryptoWorker) -> Result<Worker, Failure> {
    let script = document()
        .query_selector(SCRIPT_META)
        .ok()
        .flatten()
        .and_then(|meta| meta.get_attribute("content"))
        .ok_or(Failure::NoScript)?;
    let worker = Worker::new(&script).map_err(|_| Failure::NotStarted)?;
    let on_message = Closure::<dyn Fn(MessageEvent)>::new(move |event: MessageEvent| {
        if let Some(text) = event.data().as_string() {
            crypto.on_message(&text);
        }
    });
    worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
    // A script that fails to load or a worker that throws: the dispatcher stops it, so no
    // half-broken worker answers later, and the page says so once, plainly.
    let on_error = Closure::<dyn Fn(web_sys::Event)>::new(move |event: web_sys::Event| {
        event.prevent_default();
        crypto.on_error();
    });
    worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
    on_error.forget();
    Ok(worker)
}
