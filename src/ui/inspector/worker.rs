//! The page's side of the crypto worker (src/bin/crypto_worker.rs): starts it when the page is
//! up, keeps requests until it says it is ready, and hands each reply to whoever asked. Each
//! kind of request has one slot: a newer request replaces an older one still in flight, so a
//! late answer about the previous token or key never overwrites the current one.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{MessageEvent, Worker};

use crate::token::service::{read_reply, request_message, Reply, Request, READY};

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
    worker: Option<Worker>,
    ready: bool,
    /// Messages written before the worker was ready, in order.
    queue: Vec<String>,
    next_id: u32,
    waiting: HashMap<Slot, (u32, OnReply)>,
}

#[derive(Clone, Copy)]
pub struct CryptoWorker {
    pub status: RwSignal<Status>,
    line: StoredValue<Rc<RefCell<Line>>, LocalStorage>,
}

impl CryptoWorker {
    /// Starts the worker; verifying, searching and signing wait until it is ready.
    pub fn start() -> Self {
        let status = RwSignal::new(Status::Loading);
        let line = Rc::new(RefCell::new(Line::default()));
        match spawn(line.clone(), status) {
            Ok(worker) => line.borrow_mut().worker = Some(worker),
            Err(why) => status.set(Status::Failed(why)),
        }
        CryptoWorker {
            status,
            line: StoredValue::new_local(line),
        }
    }

    /// Sends a request; `on_reply` runs when its answer comes, unless another request for the
    /// same slot was sent (or the slot cancelled) in the meantime.
    pub fn send(self, slot: Slot, request: Request, on_reply: impl FnOnce(Reply, f64) + 'static) {
        let Some(line) = self.line.try_get_value() else {
            return;
        };
        let mut line = line.borrow_mut();
        line.next_id = line.next_id.wrapping_add(1);
        let id = line.next_id;
        line.waiting.insert(slot, (id, Box::new(on_reply)));
        let message = request_message(id, request);
        if !line.ready {
            line.queue.push(message);
        } else if let Some(worker) = &line.worker {
            let _ = worker.post_message(&JsValue::from_str(&message));
        }
    }

    /// Whether requests can still be answered (the worker is ready or on its way). Untracked:
    /// callers decide what to send, and a worker becoming ready changes nothing for them.
    pub fn works(self) -> bool {
        !matches!(self.status.get_untracked(), Status::Failed(_))
    }

    /// Forgets the request in a slot: its answer, when it comes, is dropped.
    pub fn cancel(self, slot: Slot) {
        if let Some(line) = self.line.try_get_value() {
            line.borrow_mut().waiting.remove(&slot);
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
        let Ok(reply) = read_reply(&text) else {
            return;
        };
        // Taken out before it runs: a reply handler may well send the next request.
        let handler = {
            let mut l = line.borrow_mut();
            let slot = l
                .waiting
                .iter()
                .find(|(_, (id, _))| *id == reply.id)
                .map(|(slot, _)| *slot);
            slot.and_then(|s| l.waiting.remove(&s))
        };
        if let Some((_, on_reply)) = handler {
            on_reply(reply.body, reply.ms);
        }
    });
    worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
    // A script that fails to load or a worker that stops: say so once, plainly.
    let on_error = Closure::<dyn Fn(web_sys::Event)>::new(move |event: web_sys::Event| {
        event.prevent_default();
        status.set(Status::Failed(
            "The verifier stopped or could not load, so verifying and signing are unavailable. \
             Decoding and the findings still work; reload the page to try again."
                .into(),
        ));
    });
    worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
    on_error.forget();
    Ok(worker)
}
