//! The page's side of the crypto worker as a state machine without I/O, in the manner of
//! rustls: the page reports what happened (the browser is idle, a request, a message from the
//! worker, an error) and gets back what to do (start the worker, post a message, stop it) and
//! which reply handler to run. Nothing here calls out, so the page never holds a borrow of it
//! while a handler runs, and every rule is tested natively:
//!
//! - requests wait until the worker says it is ready, and are then sent in order;
//! - each kind of request has one slot: only the latest request of a slot is answered, and the
//!   worker has at most one of each at a time (a newer one waits, replacing any older one
//!   waiting), so quick typing never lines up work that would be thrown away;
//! - a worker that fails is stopped, every request is forgotten, and nothing more is sent.

use std::fmt;

use crate::token::service::messages::{
    read_reply, request_message, Envelope, Reply, Request, READY,
};

/// The kinds of work, one request of each at a time.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Slot {
    /// Verifying, or decrypting, the token with the key in the form.
    Verify,
    /// The search for a well-known secret.
    Search,
    /// Signing the workbench's draft, or making its ML-DSA key pair.
    Sign,
    /// Signing an example.
    Example,
    /// Hashing an access token for `bound_token`.
    Hash,
    /// Hashing an authorization code for an ID token's `c_hash`.
    Code,
    /// Hashing a DPoP proof's key for `thumbprint`, beside the access token's hash.
    Thumbprint,
    /// Checking an SD-JWT's Disclosures and Key Binding JWT (`sd_jwt`), beside the issuer's
    /// signature.
    SdJwt,
    /// Describing a token's names (`vendor_claims`).
    Describe,
    /// A token tool's request (`tools`), on the tools page.
    Tool,
}

impl Slot {
    const ALL: [Slot; 10] = [
        Slot::Verify,
        Slot::Search,
        Slot::Sign,
        Slot::Example,
        Slot::Hash,
        Slot::Code,
        Slot::Thumbprint,
        Slot::SdJwt,
        Slot::Describe,
        Slot::Tool,
    ];

    fn index(self) -> usize {
        self as usize
    }
}

/// Why the worker cannot answer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Failure {
    /// The page names no worker script (a build without it).
    NoScript,
    /// The browser refused to start the worker.
    NotStarted,
    /// The worker failed to load, threw, or sent what is not a reply.
    Stopped,
}

impl fmt::Display for Failure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Failure::NoScript => {
                "This page was built without its verifier; verifying and signing are unavailable."
            }
            Failure::NotStarted => {
                "The browser did not start the verifier (Web Workers may be disabled), so \
                 verifying and signing are unavailable. Decoding and the findings still work."
            }
            Failure::Stopped => {
                "The verifier stopped or could not load, so verifying, the secret search and \
                 signing are unavailable. Decoding and the findings still work; reload the page \
                 to try again."
            }
        })
    }
}

/// Where the worker is in its life.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Phase {
    /// Not started: it starts when the browser is idle, or at the first request.
    Idle,
    /// Started, not yet ready: requests wait.
    Starting,
    /// Ready: requests are sent as they come.
    Ready,
    /// Nothing more is sent or answered.
    Failed(Failure),
}

impl Phase {
    /// For the page's `data-crypto` attribute, which the end-to-end tests wait on.
    pub fn name(self) -> &'static str {
        match self {
            Phase::Idle | Phase::Starting => "loading",
            Phase::Ready => "ready",
            Phase::Failed(_) => "failed",
        }
    }
}

/// What the page must do, in this order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Action {
    /// Start the worker, then report how that went with `Dispatcher::started`.
    Start,
    /// Post this message to the worker.
    Post(String),
    /// Terminate the worker.
    Stop,
}

/// What a message from the worker leads to.
pub struct Received<H> {
    /// What the page must do now, in this order.
    pub actions: Vec<Action>,
    /// The handler of the request this answers, if it is still the latest of its slot, with
    /// the reply and the milliseconds the worker spent on it.
    pub answer: Option<(H, Reply, f64)>,
}

struct SlotState<H> {
    /// The latest request and its handler: only its answer is handed on.
    latest: Option<(u32, H)>,
    /// The request the worker has (or will get first).
    in_flight: Option<u32>,
    /// The request to send when the one in flight is answered.
    held: Option<(u32, String)>,
}

impl<H> Default for SlotState<H> {
    fn default() -> Self {
        SlotState {
            latest: None,
            in_flight: None,
            held: None,
        }
    }
}

/// The dispatcher; `H` is whatever the page runs with a reply (a closure in the browser).
pub struct Dispatcher<H> {
    phase: Phase,
    next_id: u32,
    /// Messages written before the worker was ready, in order.
    queue: Vec<String>,
    slots: [SlotState<H>; Slot::ALL.len()],
}

impl<H> Default for Dispatcher<H> {
    fn default() -> Self {
        Dispatcher {
            phase: Phase::Idle,
            next_id: 0,
            queue: Vec::new(),
            slots: Default::default(),
        }
    }
}

impl<H> Dispatcher<H> {
    /// A dispatcher whose worker has not started.
    pub fn new() -> Self {
        Self::default()
    }

    /// Where the worker is in its life.
    pub fn phase(&self) -> Phase {
        self.phase
    }

    /// Why the worker cannot answer, once it has failed.
    pub fn failure(&self) -> Option<Failure> {
        match self.phase {
            Phase::Failed(f) => Some(f),
            _ => None,
        }
    }

    /// The browser is idle, or a request needs the worker: start it, once.
    pub fn launch(&mut self) -> Vec<Action> {
        if self.phase != Phase::Idle {
            return Vec::new();
        }
        self.phase = Phase::Starting;
        vec![Action::Start]
    }

    /// How starting went (after `Action::Start`).
    pub fn started(&mut self, result: Result<(), Failure>) {
        if let Err(failure) = result {
            self.fail(failure);
        }
    }

    /// A request for `slot`; `handler` runs with its reply unless another request for the same
    /// slot comes (or the slot is cancelled) first. Nothing is sent once the worker has failed.
    pub fn send(&mut self, slot: Slot, request: Request, handler: H) -> Vec<Action> {
        let mut actions = self.launch();
        if self.failure().is_some() {
            return actions;
        }
        self.next_id = self.next_id.wrapping_add(1);
        let id = self.next_id;
        let message = request_message(id, request);
        let state = &mut self.slots[slot.index()];
        state.latest = Some((id, handler));
        if state.in_flight.is_some() {
            state.held = Some((id, message));
        } else {
            actions.extend(self.post(slot, id, message));
        }
        actions
    }

    /// Forgets the slot's request: its answer, when it comes, is dropped.
    pub fn cancel(&mut self, slot: Slot) {
        let state = &mut self.slots[slot.index()];
        state.latest = None;
        state.held = None;
    }

    /// A message from the worker.
    pub fn on_message(&mut self, text: &str) -> Received<H> {
        self.on_message_read(text, read_reply)
    }

    /// A message from the worker, its reply read by `read`: a page that sends only some kinds
    /// of request reads only their replies (`tools::read_reply`), and so does not carry the
    /// reader of every other kind.
    pub fn on_message_read(
        &mut self,
        text: &str,
        read: impl Fn(&str) -> Result<Envelope<Reply>, String>,
    ) -> Received<H> {
        let mut received = Received {
            actions: Vec::new(),
            answer: None,
        };
        if self.failure().is_some() {
            return received;
        }
        if text == READY {
            self.phase = Phase::Ready;
            received.actions = self.queue.drain(..).map(Action::Post).collect();
            return received;
        }
        let reply = match read(text) {
            Ok(r) if !matches!(r.body, Reply::Unreadable(_)) => r,
            // The two sides disagree about the messages: a bug, but say so rather than wait.
            _ => {
                received.actions = self.on_error();
                return received;
            }
        };
        let Some(slot) = Slot::ALL
            .into_iter()
            .find(|s| self.slots[s.index()].in_flight == Some(reply.id))
        else {
            return received;
        };
        let state = &mut self.slots[slot.index()];
        state.in_flight = None;
        let held = state.held.take();
        if state.latest.as_ref().is_some_and(|(id, _)| *id == reply.id) {
            received.answer = state.latest.take().map(|(_, h)| (h, reply.body, reply.ms));
        }
        if let Some((id, message)) = held {
            received.actions.extend(self.post(slot, id, message));
        }
        received
    }

    /// The worker failed to load or threw: stop it and forget every request.
    pub fn on_error(&mut self) -> Vec<Action> {
        if self.failure().is_some() {
            return Vec::new();
        }
        self.fail(Failure::Stopped);
        vec![Action::Stop]
    }

    fn fail(&mut self, failure: Failure) {
        self.phase = Phase::Failed(failure);
        self.queue.clear();
        self.slots = Default::default();
    }

    fn post(&mut self, slot: Slot, id: u32, message: String) -> Option<Action> {
        self.slots[slot.index()].in_flight = Some(id);
        if self.phase == Phase::Ready {
            Some(Action::Post(message))
        } else {
            self.queue.push(message);
            None
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::token::service::messages::{read_request, reply_message, Envelope};
    use crate::token::service::verification::SearchResult;

    fn search(token: &str) -> Request {
        Request::Search {
            token: token.into(),
        }
    }

    /// The ids of the posted requests.
    fn posted(actions: &[Action]) -> Vec<u32> {
        actions
            .iter()
            .filter_map(|a| match a {
                Action::Post(m) => read_request(m).ok().map(|e: Envelope<Request>| e.id),
                _ => None,
            })
            .collect()
    }

    fn answer(id: u32) -> String {
        reply_message(
            id,
            Reply::Searched(Some(SearchResult::NotFound { total: 1 })),
            1.5,
        )
    }

    fn ready() -> Dispatcher<&'static str> {
        let mut d = Dispatcher::new();
        assert_eq!(d.launch(), [Action::Start]);
        d.started(Ok(()));
        assert!(d.on_message(READY).actions.is_empty());
        d
    }

    #[test]
    fn it_starts_once_and_requests_wait_until_it_is_ready() {
        let mut d = Dispatcher::new();
        assert_eq!(d.phase(), Phase::Idle);
        let a = d.send(Slot::Verify, search("a"), "verify");
        assert_eq!(a, [Action::Start], "the first request starts it, and waits");
        d.started(Ok(()));
        assert_eq!(d.launch(), [], "once");
        assert_eq!(d.phase(), Phase::Starting);
        assert!(d.send(Slot::Search, search("b"), "search").is_empty());
        let r = d.on_message(READY);
        assert_eq!(posted(&r.actions), [1, 2], "in order");
        assert_eq!(d.phase(), Phase::Ready);
        assert_eq!(
            posted(&d.send(Slot::Sign, search("c"), "sign")),
            [3],
            "now at once"
        );
    }

    #[test]
    fn a_slot_has_one_request_in_flight_and_the_newest_waits() {
        let mut d = ready();
        assert_eq!(posted(&d.send(Slot::Search, search("a"), "first")), [1]);
        assert!(
            d.send(Slot::Search, search("b"), "second").is_empty(),
            "held"
        );
        assert!(
            d.send(Slot::Search, search("c"), "third").is_empty(),
            "replaces the held one"
        );
        let r = d.on_message(&answer(1));
        assert!(
            r.answer.is_none(),
            "an answer to a superseded request is dropped"
        );
        assert_eq!(
            posted(&r.actions),
            [3],
            "the newest waiting request goes next"
        );
        let r = d.on_message(&answer(3));
        let (handler, reply, ms) = r.answer.expect("the latest is answered");
        assert_eq!((handler, ms), ("third", 1.5));
        assert!(matches!(reply, Reply::Searched(_)));
        assert!(r.actions.is_empty());
    }

    #[test]
    fn every_slot_sends_answers_and_cancels() {
        // The slots' table is sized by `Slot::ALL`; a slot it missed panicked in the browser.
        let mut d = ready();
        for (i, slot) in Slot::ALL.into_iter().enumerate() {
            let posted = d.send(slot, search("x"), "handler");
            assert!(!posted.is_empty(), "{slot:?} posts");
            let id = u32::try_from(i + 1).unwrap();
            assert_eq!(
                d.on_message(&answer(id)).answer.map(|a| a.0),
                Some("handler")
            );
            d.cancel(slot);
        }
    }

    #[test]
    fn slots_are_independent_and_a_cancelled_answer_is_dropped() {
        let mut d = ready();
        d.send(Slot::Verify, search("a"), "verify");
        d.send(Slot::Example, search("b"), "example");
        d.cancel(Slot::Example);
        assert!(d.on_message(&answer(2)).answer.is_none(), "cancelled");
        assert_eq!(d.on_message(&answer(1)).answer.map(|a| a.0), Some("verify"));
        assert!(d.on_message(&answer(1)).answer.is_none(), "answered once");
        assert!(
            d.on_message(&answer(99)).answer.is_none(),
            "unknown ids are ignored"
        );
    }

    #[test]
    fn a_failed_worker_is_stopped_and_nothing_more_is_sent() {
        let mut d = ready();
        d.send(Slot::Search, search("a"), "search");
        let r = d.on_message("not a reply");
        assert_eq!(r.actions, [Action::Stop]);
        assert_eq!(d.failure(), Some(Failure::Stopped));
        assert!(d.send(Slot::Search, search("b"), "again").is_empty());
        assert!(d.on_message(&answer(1)).answer.is_none(), "forgotten");
        assert_eq!(d.on_error(), [], "stopped once");
        assert_eq!(d.phase().name(), "failed");
    }

    #[test]
    fn a_worker_that_cannot_start_fails_with_its_reason() {
        let mut d: Dispatcher<()> = Dispatcher::new();
        assert_eq!(d.send(Slot::Verify, search("a"), ()), [Action::Start]);
        d.started(Err(Failure::NotStarted));
        assert_eq!(d.phase(), Phase::Failed(Failure::NotStarted));
        assert!(
            d.on_message(READY).actions.is_empty(),
            "nothing queued survives"
        );
        assert!(d
            .failure()
            .unwrap()
            .to_string()
            .contains("Web Workers may be disabled"));
    }

    #[test]
    fn an_error_while_loading_forgets_the_queue() {
        let mut d = Dispatcher::new();
        d.send(Slot::Verify, search("a"), "verify");
        d.started(Ok(()));
        assert_eq!(d.on_error(), [Action::Stop]);
        assert_eq!(d.on_message(READY).actions, []);
        assert_eq!(d.phase(), Phase::Failed(Failure::Stopped));
    }
}
