//! The page's side of the crypto worker (src/bin/crypto_worker.rs): starts it when the page is
//! up, keeps requests until it says it is ready, and hands each reply to whoever asked. Each
//! kind of request has one slot: only the latest request of a slot is answered, and the worker
//! has at most one of each at a time (a newer one waits, replacing any older one waiting), so
//! quick typing never lines up work that would be thrown away.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{MessageEvent, Worker};

use crate::token::service::{read_reply, request_message, Reply, Request, READY};

const STOPPED: &str = "The verifier stopped or could not load, so verifying, the secret search \
                       and signing are unavailable. Decoding and the findings still work; reload \
                       the page to try again.";

/// Where the page finds the worker's script: post_build.py names it by a hash of its contents.
const SCRIPT_META: &str = "meta[name=crypto-worker]";

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Status {
    Loading,
    Ready,
    /// Why verifying and signing are unavailable, in a sentence for the user.
    Failed(String),
}

impl Status {
    /// For `data-crypto`, which the end-to-end tests wait on.
    pub fn name(&self) -> &'static str {
        match self {
            Status::Loading => "loading",
            Status::Ready => "ready",
            Status::Failed(_) => "failed",
        }
    }
}

/// The kinds of work, one request of each at a time.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Slot {
    Verify,
    Search,
    Sign,
    Example,
}

/// What to do with a reply, given the milliseconds the worker spent on it.
type OnReply = Box<dyn FnOnce(Reply, f64)>;

#[derive(Default)]
struct Line {
    launched: bool,
    worker: Option<Worker>,
    ready: bool,
    /// Messages written before the worker was ready, in order (one per slot at most).
    queue: Vec<String>,
    next_id: u32,
    /// The latest request of each slot: only its answer is handed on.
    waiting: HashMap<Slot, (u32, OnReply)>,
    /// The request of each slot the worker has (or will get first): at most one, so a burst of
    /// typing never lines up searches the worker would run for nothing.
    in_flight: HashMap<Slot, u32>,
    /// The request to send when the one in flight is answered; a newer one replaces it.
    held: HashMap<Slot, (u32, String)>,
}

impl Line {
    fn post(&mut self, slot: Slot, id: u32, message: String) {
        self.in_flight.insert(slot, id);
        if !self.ready {
            self.queue.push(message);
        } else if let Some(worker) = &self.worker {
            let _ = worker.post_message(&JsValue::from_str(&message));
        }
    }

    /// The answer to `id` has come: sends the slot's held request, and gives back the handler
    /// if `id` is still the latest of its slot.
    fn answered(&mut self, id: u32) -> Option<OnReply> {
        let slot = self
            .in_flight
            .iter()
            .find(|(_, i)| **i == id)
            .map(|(slot, _)| *slot)?;
        self.in_flight.remove(&slot);
        if let Some((next, message)) = self.held.remove(&slot) {
            self.post(slot, next, message);
        }
        match self.waiting.get(&slot) {
            Some((latest, _)) if *latest == id => self.waiting.remove(&slot).map(|(_, f)| f),
            _ => None,
        }
    }

    /// Stops the worker and forgets every request: nothing more will be answered.
    fn stop(&mut self) {
        if let Some(worker) = self.worker.take() {
            worker.terminate();
        }
        self.queue.clear();
        self.waiting.clear();
        self.in_flight.clear();
        self.held.clear();
    }
}

#[derive(Clone, Copy)]
pub struct CryptoWorker {
    pub status: RwSignal<Status>,
    line: StoredValue<Rc<RefCell<Line>>, LocalStorage>,
}

impl CryptoWorker {
    /// The page's worker. It starts when the browser is next idle, after the page's own start
    /// (compiling its module then does not slow that down), or at the first request if that
    /// comes sooner. Verifying, searching and signing wait until it is ready.
    pub fn start() -> Self {
        let crypto = CryptoWorker {
            status: RwSignal::new(Status::Loading),
            line: StoredValue::new_local(Rc::new(RefCell::new(Line::default()))),
        };
        request_idle_callback(move || crypto.launch());
        crypto
    }

    fn launch(self) {
        let Some(line) = self.line.try_get_value() else {
            return;
        };
        if std::mem::replace(&mut line.borrow_mut().launched, true) {
            return;
        }
        match spawn(line.clone(), self.status) {
            Ok(worker) => line.borrow_mut().worker = Some(worker),
            Err(why) => self.status.set(Status::Failed(why)),
        }
    }

    /// Sends a request; `on_reply` runs when its answer comes, unless another request for the
    /// same slot was sent (or the slot cancelled) in the meantime. Nothing is sent once the
    /// worker has failed: callers check `failure` to say why.
    pub fn send(self, slot: Slot, request: Request, on_reply: impl FnOnce(Reply, f64) + 'static) {
        self.launch();
        if self.failure().is_some() {
            return;
        }
        let Some(line) = self.line.try_get_value() else {
            return;
        };
        let mut line = line.borrow_mut();
        line.next_id = line.next_id.wrapping_add(1);
        let id = line.next_id;
        line.waiting.insert(slot, (id, Box::new(on_reply)));
        let message = request_message(id, request);
        if line.in_flight.contains_key(&slot) {
            line.held.insert(slot, (id, message));
        } else {
            line.post(slot, id, message);
        }
    }

    /// Why the worker cannot answer, if it cannot. Untracked: callers decide what to send, and
    /// the worker's state changing does not change that decision.
    pub fn failure(self) -> Option<String> {
        match self.status.get_untracked() {
            Status::Failed(why) => Some(why),
            _ => None,
        }
    }

    /// Forgets the request in a slot: its answer, when it comes, is dropped.
    pub fn cancel(self, slot: Slot) {
        if let Some(line) = self.line.try_get_value() {
            let mut line = line.borrow_mut();
            line.waiting.remove(&slot);
            line.held.remove(&slot);
        }
    }
}

fn spawn(line: Rc<RefCell<Line>>, status: RwSignal<Status>) -> Result<Worker, String> {
    let script = document()
        .query_selector(SCRIPT_META)
        .ok()
        .flatten()
        .and_then(|meta| meta.get_attribute("content"))
        .ok_or(
            "This page was built without its verifier; verifying and signing are unavailable.",
        )?;
    let worker = Worker::new(&script).map_err(|_| {
        "The browser did not start the verifier (Web Workers may be disabled), so verifying \
         and signing are unavailable. Decoding and the findings still work."
            .to_string()
    })?;
    let poster = worker.clone();
    let failed = line.clone();
    let on_message = Closure::<dyn Fn(MessageEvent)>::new(move |event: MessageEvent| {
        let Some(text) = event.data().as_string() else {
            return;
        };
        if text == READY {
            let queued = {
                let mut l = line.borrow_mut();
                l.ready = true;
                std::mem::take(&mut l.queue)
            };
            for message in queued {
                let _ = poster.post_message(&JsValue::from_str(&message));
            }
            status.set(Status::Ready);
            return;
        }
        let reply = match read_reply(&text) {
            Ok(r) if !matches!(r.body, Reply::Unreadable(_)) => r,
            // The two sides disagree about the messages: a bug, but say so rather than wait.
            _ => {
                line.borrow_mut().stop();
                status.set(Status::Failed(STOPPED.into()));
                return;
            }
        };
        // Taken out before it runs: a reply handler may well send the next request.
        let handler = line.borrow_mut().answered(reply.id);
        if let Some(on_reply) = handler {
            on_reply(reply.body, reply.ms);
        }
    });
    worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
    // A script that fails to load or a worker that throws: it is stopped, so no half-broken
    // worker answers later, and the page says so once, plainly.
    let on_error = Closure::<dyn Fn(web_sys::Event)>::new(move |event: web_sys::Event| {
        event.prevent_default();
        failed.borrow_mut().stop();
        status.set(Status::Failed(STOPPED.into()));
    });
    worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
    on_error.forget();
    Ok(worker)
}
