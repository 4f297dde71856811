//! The inspector page as one model, in the manner of `service::dispatch`: the page reports
//! what happened (`Act`: text typed, a key chosen, a button pressed, a message from the worker,
//! the clock) and carries out the `Command`s it gets back (post to the worker, store or forget
//! the token, move focus, draw random bytes, make a key pair). What the page shows is read
//! from the model (`shown`). Nothing here calls out, so every rule of the page is tested
//! natively: which requests go to the worker and when, which reply still counts, what is
//! stored, and every state the page can be in.
//!
//! The requests that follow from what is typed (verifying or decrypting with the key, the
//! secret search, the hashes of a pasted access token and of a proof's key, the SD-JWT check)
//! are declared, not triggered: after each act, `reconcile` works out which request each of
//! them wants now and sends or cancels only what changed. An answer is kept with what it is
//! about and shown only while that is still on the page, so a late answer never describes
//! another token or key.

mod shown;
#[cfg(test)]
mod tests;

pub use shown::{SearchLine, SizeView};

use crate::token::checks::findings::{Conditions, Finding};
use crate::token::checks::report::{all_findings, inspect, Inspection, Verdicts};
use crate::token::forms::examples::catalogue;
use crate::token::forms::key_form::{Checked, KeyForm, KeyMode};
use crate::token::forms::remember::{storing, Storing};
use crate::token::forms::workbench::{Generate, Workbench};
use crate::token::jose::alg::KeyKind;
use crate::token::jose::dialects::Provider;
use crate::token::jose::extract::ExtractError;
use crate::token::jose::jwe::Decrypted;
use crate::token::jose::key::{KeyInput, SecretEncoding};
use crate::token::jose::vendor_claims::{Meaning, Name};
use crate::token::protocols::bound_token::{Given, HashOf};
use crate::token::protocols::dpop_request::own_key;
use crate::token::protocols::layers::Outer;
use crate::token::protocols::sd_jwt::Report as SdJwtReport;
use crate::token::protocols::thumbprint::{self, Plan};
use crate::token::service::dispatch::{Action, Dispatcher, Failure, Phase, Slot};
use crate::token::service::messages::{key_request, Reply, Request};
use crate::token::service::verification::SearchResult;
use crate::tradeoffs::input::parse_amount;

/// What happened on the page.
#[derive(Clone, Debug, PartialEq)]
pub enum Act {
    /// The browser is idle: start the worker if nothing has yet.
    Idle,
    /// How starting the worker went (after `Command::Worker(Action::Start)`).
    Started(Result<(), Failure>),
    /// A message from the worker.
    Message(String),
    /// The worker failed to load or threw.
    WorkerError,
    /// The clock, every half minute, so relative times stay true (seconds since 1970).
    Tick(i64),
    /// The token the user asked to be remembered last time, read from storage.
    Restored {
        /// The token read from storage.
        token: String,
        /// The time it was read, in seconds since 1970.
        now: i64,
    },
    /// The token field's text.
    Input {
        /// What the field holds now.
        text: String,
        /// The time it was typed, in seconds since 1970.
        now: i64,
    },
    /// The "Remember" box, ticked or not.
    Remember(bool),
    /// The verification form.
    KeyMode(KeyMode),
    /// The secret typed into the form.
    Secret(String),
    /// How that secret is written.
    Encoding(SecretEncoding),
    /// The public key pasted into the form: PEM, a JWK or a JWKS.
    PublicKey(String),
    /// "Use the proof's own key": a DPoP proof verifies with the `jwk` of its header.
    UseProofKey,
    /// Requests a day, as typed, for the size figures.
    Rate(String),
    /// The access token pasted beside an ID token or a DPoP proof.
    AccessToken(String),
    /// The authorization code pasted beside an ID token.
    Code(String),
    /// The nonce the app sent, beside an ID token.
    Nonce(String),
    /// The request a DPoP proof is checked against.
    Method(String),
    /// The request's URL a DPoP proof is checked against.
    Url(String),
    /// An example chosen by its id.
    Example {
        /// The example's id in the catalogue.
        id: &'static str,
        /// The time it was chosen, in seconds since 1970.
        now: i64,
    },
    /// Open the token a decrypted JWE held, keeping the outer layer in view.
    OpenInner {
        /// The time, in seconds since 1970.
        now: i64,
    },
    /// Back from an inner token to the encrypted one and its key.
    BackToOuter {
        /// The time, in seconds since 1970.
        now: i64,
    },
    /// Something done in the workbench.
    Bench(Bench),
}

/// What happened in the workbench.
#[derive(Clone, Debug, PartialEq)]
pub enum Bench {
    /// An algorithm chosen by name.
    Alg(String),
    /// The header's text.
    Header(String),
    /// The payload's text.
    Payload(String),
    /// The minutes for `exp`, as typed.
    Minutes(String),
    /// The key field's text: a secret, or a private key.
    Key(String),
    /// "Set iat to now" (`exp` false) or "… and exp" (true).
    Times {
        /// Whether `exp` is set too.
        exp: bool,
        /// Now, in seconds since 1970.
        now: i64,
    },
    /// "Generate": a secret or a key pair for the algorithm.
    Generate,
    /// "Sign": the worker signs the draft.
    Sign,
    /// Open the signed token in the inspector.
    Open {
        /// The time, in seconds since 1970.
        now: i64,
    },
    /// "Edit in the workbench": the shown token's header and payload, to change and sign again.
    Edit,
    /// The workbench opened (`true`) or closed.
    Show(bool),
    /// The random bytes drawn for `purpose`, as base64url text, or why there are none.
    Drawn {
        /// What they were drawn for.
        purpose: Purpose,
        /// The bytes as base64url text, or why there are none.
        result: Result<String, String>,
    },
    /// The key pair the browser made (signing and verifying PEM), or why not.
    PairMade {
        /// The kind of key asked for.
        kind: KeyKind,
        /// The signing and the verifying key as PEM, or why there are none.
        pair: Result<(String, String), String>,
    },
}

/// What random bytes are drawn for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Purpose {
    /// A strong secret for the workbench's HMAC key.
    Secret,
    /// The seed of a key pair the worker derives (ML-DSA, which WebCrypto does not make).
    Seed(KeyKind),
}

/// What the page must do, in this order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Command {
    /// Start, post to or stop the worker.
    Worker(Action),
    /// Keep the token in the browser's storage (the user ticked "Remember").
    Save(String),
    /// Remove the stored token.
    Forget,
    /// Move focus to the token field (a token was opened into it).
    FocusToken,
    /// Move focus to the workbench's header (a token was opened into it to edit).
    FocusWorkbench,
    /// Draw `bytes` random bytes, then report them with `Bench::Drawn`.
    Draw {
        /// How many bytes.
        bytes: usize,
        /// What they are for, handed back with them.
        purpose: Purpose,
    },
    /// Make a key pair with the browser's WebCrypto, then report it with `Bench::PairMade`.
    MakePair(KeyKind),
}

/// What a request to the worker was for: the dispatcher hands it back with the reply, so the
/// model knows what the answer is about.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Pending {
    Verify {
        token: String,
        key: KeyInput,
    },
    Search {
        token: String,
    },
    Sign,
    KeyPair(KeyKind),
    Example {
        title: &'static str,
        point: &'static str,
    },
    Hash {
        asked: (HashOf, String),
    },
    CodeHash {
        asked: (HashOf, String),
    },
    Thumbprint {
        json: String,
    },
    SdJwt {
        text: String,
    },
    Describe {
        token: String,
    },
}

/// The requests that follow from what is on the page, as last asked.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
struct Asked {
    verify: Option<(String, KeyInput)>,
    search: Option<String>,
    hash: Option<(HashOf, String)>,
    code: Option<(HashOf, String)>,
    thumbprint: Option<String>,
    sd_jwt: Option<String>,
    describe: Option<String>,
    stored: Option<Stored>,
}

/// What was last done with the browser's storage.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Stored {
    Saved(String),
    Forgotten,
}

/// The secret search for one token.
#[derive(Clone, Debug, PartialEq)]
struct Search {
    token: String,
    /// `None` while it runs; the result and the milliseconds the worker spent.
    result: Option<(SearchResult, f64)>,
}

/// The inspector page.
pub struct Inspector {
    now: i64,
    input: String,
    inspection: Option<Result<Inspection, ExtractError>>,
    remember: bool,
    key_form: KeyForm,
    rate: String,
    access: String,
    code: String,
    nonce: String,
    method: String,
    url: String,
    outer: Option<Outer>,
    example_note: Option<String>,
    workbench: Workbench,
    worker: Dispatcher<Pending>,
    asked: Asked,
    verified: Option<Checked>,
    decrypted: Option<Checked<Result<Decrypted, String>>>,
    /// How long the worker took for the last verification or decryption, in milliseconds.
    worker_ms: Option<f64>,
    search: Option<Search>,
    sd_jwt: Option<(String, SdJwtReport)>,
    /// What the token's names mean, as the worker described them, and for which token.
    described: Option<(String, Vec<Option<Meaning>>)>,
    /// The access token's hash, and what was hashed: the text and the hash the token's `alg`
    /// named then (an answer for another `alg` describes another token).
    hashed: Option<((HashOf, String), String)>,
    /// The authorization code's hash, and what was hashed, likewise.
    code_hashed: Option<((HashOf, String), String)>,
    /// The proof key's thumbprint, and the JSON it is of.
    printed: Option<(String, String)>,
    findings: Vec<Finding>,
    /// The token opened into the workbench to edit; then the token the workbench signed from
    /// it and that one, shown beside it while the signed one is in view.
    edited: Option<String>,
    before: Option<(String, String)>,
}

/// Requests a day when the page opens.
pub const DEFAULT_RATE: &str = "1,000,000";

impl Inspector {
    /// The page at `now`, with nothing pasted.
    pub fn new(now: i64) -> Self {
        Inspector {
            now,
            input: String::new(),
            inspection: None,
            remember: false,
            key_form: KeyForm::default(),
            rate: DEFAULT_RATE.to_string(),
            access: String::new(),
            code: String::new(),
            nonce: String::new(),
            method: String::new(),
            url: String::new(),
            outer: None,
            example_note: None,
            workbench: Workbench::new(now),
            worker: Dispatcher::new(),
            // Nothing is stored until the user ticks "Remember" (a remembered token comes back
            // through `Act::Restored`).
            asked: Asked {
                stored: Some(Stored::Forgotten),
                ..Asked::default()
            },
            verified: None,
            decrypted: None,
            worker_ms: None,
            search: None,
            sd_jwt: None,
            described: None,
            hashed: None,
            code_hashed: None,
            printed: None,
            findings: Vec::new(),
            edited: None,
            before: None,
        }
    }

    /// Takes what happened and returns what the page must do.
    pub fn update(&mut self, act: Act) -> Vec<Command> {
        let mut out = Vec::new();
        match act {
            Act::Idle => worker(&mut out, self.worker.launch()),
            Act::Started(result) => {
                self.worker.started(result);
                self.worker_failed();
            }
            Act::Message(text) => self.on_message(&text, &mut out),
            Act::WorkerError => {
                worker(&mut out, self.worker.on_error());
                self.worker_failed();
            }
            Act::Tick(now) => self.set_input(self.input.clone(), now),
            Act::Restored { token, now } => {
                self.remember = true;
                self.set_input(token, now);
            }
            Act::Input { text, now } => {
                // What the user types wins over an example the worker is still signing.
                self.worker.cancel(Slot::Example);
                let before = self.header_alg();
                self.set_input(text, now);
                let after = self.header_alg();
                self.key_form
                    .follow_token(before.as_deref(), after.as_deref());
            }
            Act::Remember(on) => self.remember = on,
            Act::KeyMode(mode) => self.key_form.mode = mode,
            Act::Secret(text) => self.key_form.secret = text,
            Act::Encoding(e) => self.key_form.encoding = e,
            Act::PublicKey(text) => self.key_form.public = text,
            Act::UseProofKey => {
                if let Some(jwk) = self.proof_key() {
                    self.key_form = self.key_form.opened(Some(KeyInput::Public(jwk)));
                }
            }
            Act::Rate(text) => self.rate = text,
            Act::AccessToken(text) => self.access = text,
            Act::Code(text) => self.code = text,
            Act::Nonce(text) => self.nonce = text,
            Act::Method(text) => self.method = text,
            Act::Url(text) => self.url = text,
            Act::Example { id, now } => self.example(id, now, &mut out),
            Act::OpenInner { now } => {
                if let Some(outer) = self.opened_layer() {
                    let inner = outer.inner.clone();
                    self.outer = Some(outer);
                    self.open(inner, None, now, &mut out);
                }
            }
            Act::BackToOuter { now } => {
                if let Some(outer) = self.outer.take() {
                    self.open(outer.token, Some(outer.key), now, &mut out);
                }
            }
            Act::Bench(b) => self.bench(b, &mut out),
        }
        self.reconcile(&mut out);
        self.refresh();
        out
    }

    /// Shows `token` with the key that verifies it, and moves focus to it.
    fn open(&mut self, token: String, key: Option<KeyInput>, now: i64, out: &mut Vec<Command>) {
        self.set_input(token, now);
        self.key_form = self.key_form.opened(key);
        out.push(Command::FocusToken);
    }

    fn set_input(&mut self, text: String, now: i64) {
        self.now = now;
        self.inspection = (!text.trim().is_empty()).then(|| inspect(&text, now));
        self.input = text;
    }

    fn example(&mut self, id: &'static str, now: i64, out: &mut Vec<Command>) {
        let Some((id, title, point)) = catalogue().find(|(i, _, _)| *i == id) else {
            return;
        };
        // The failure itself is announced by the verification panel; here, only why the click
        // did nothing.
        if self.worker.failure().is_some() {
            self.example_note =
                Some("The examples are signed by the verifier, which is unavailable.".into());
            return;
        }
        // Signed when chosen, so "healthy" is not stale after the page has been open a while.
        let request = Request::Example {
            id: id.to_string(),
            now,
        };
        let pending = Pending::Example { title, point };
        worker(out, self.worker.send(Slot::Example, request, pending));
    }

    fn bench(&mut self, b: Bench, out: &mut Vec<Command>) {
        let wb = &mut self.workbench;
        match b {
            Bench::Alg(name) => {
                if wb.choose_alg(&name) {
                    // A token still being signed was for the old algorithm.
                    self.worker.cancel(Slot::Sign);
                }
            }
            Bench::Header(t) => wb.header = t,
            Bench::Payload(t) => wb.payload = t,
            Bench::Minutes(t) => wb.minutes = t,
            Bench::Key(t) => wb.key = t,
            Bench::Times { exp, now } => wb.set_times(exp, now),
            Bench::Generate => match wb.generate() {
                Generate::Secret { bytes } => out.push(Command::Draw {
                    bytes,
                    purpose: Purpose::Secret,
                }),
                Generate::KeyPair(kind) => {
                    self.worker.cancel(Slot::Sign);
                    out.push(Command::MakePair(kind));
                }
                Generate::Seeded { kind, bytes } => match self.worker.failure() {
                    Some(why) => wb.pair_generated(kind, Err(why.to_string())),
                    None => out.push(Command::Draw {
                        bytes,
                        purpose: Purpose::Seed(kind),
                    }),
                },
            },
            Bench::Drawn { purpose, result } => match (purpose, result) {
                (Purpose::Secret, r) => wb.secret_generated(r),
                (Purpose::Seed(kind), Err(why)) => wb.pair_generated(kind, Err(why)),
                (Purpose::Seed(kind), Ok(seed)) => {
                    // The page draws the seed (WebCrypto's random numbers); the worker derives
                    // the pair, since WebCrypto makes no ML-DSA keys.
                    let alg = wb.alg.name().to_string();
                    let request = Request::KeyPair { alg, seed };
                    let sent = self
                        .worker
                        .send(Slot::Sign, request, Pending::KeyPair(kind));
                    worker(out, sent);
                }
            },
            Bench::PairMade { kind, pair } => wb.pair_generated(kind, pair),
            Bench::Sign => match self.worker.failure() {
                Some(why) => wb.unavailable(why.to_string()),
                // A second click before the worker answers replaces the first.
                None => {
                    let draft = wb.sign();
                    worker(
                        out,
                        self.worker
                            .send(Slot::Sign, Request::Sign(draft), Pending::Sign),
                    );
                }
            },
            Bench::Open { now } => {
                if let Some((token, key)) = wb.to_open() {
                    self.before = self.edited.clone().map(|old| (token.clone(), old));
                    self.open(token, key, now, out);
                }
            }
            Bench::Edit => self.edit(out),
            Bench::Show(shown) => wb.shown = shown,
        }
    }

    /// "Edit in the workbench": the shown token's header and payload, and the token itself to
    /// show beside the one the workbench signs from them.
    fn edit(&mut self, out: &mut Vec<Command>) {
        if let Some((token, header, payload)) = self.editable() {
            self.workbench.edit(&header, &payload);
            self.edited = Some(token);
            out.push(Command::FocusWorkbench);
        }
    }

    fn on_message(&mut self, text: &str, out: &mut Vec<Command>) {
        let received = self.worker.on_message(text);
        worker(out, received.actions);
        if self.worker.failure().is_some() {
            self.worker_failed();
        }
        let Some((pending, reply, ms)) = received.answer else {
            return;
        };
        match (pending, reply) {
            (Pending::Verify { token, key }, Reply::Verified(result)) => {
                self.worker_ms = Some(ms);
                self.verified = Some(Checked { token, key, result });
            }
            (Pending::Verify { token, key }, Reply::Decrypted(result)) => {
                self.worker_ms = Some(ms);
                self.decrypted = Some(Checked { token, key, result });
            }
            (Pending::Search { token }, Reply::Searched(result)) => {
                // `None`: not an HMAC token after all, so there is nothing to report.
                self.search = result.map(|r| Search {
                    token,
                    result: Some((r, ms)),
                });
            }
            (Pending::Sign, Reply::Signed(result)) => self.workbench.signed(result),
            (Pending::KeyPair(kind), Reply::KeyPair(pair)) => {
                self.workbench.pair_generated(kind, pair)
            }
            (Pending::Example { title, point }, Reply::Example(Some((token, key)))) => {
                self.open(token, key, self.now, out);
                self.example_note = Some(format!("Example “{title}”: {point}"));
            }
            (Pending::Hash { asked }, Reply::Hashed(hash)) => self.hashed = Some((asked, hash)),
            (Pending::CodeHash { asked }, Reply::Hashed(hash)) => {
                self.code_hashed = Some((asked, hash))
            }
            (Pending::Thumbprint { json }, Reply::Hashed(hash)) => {
                self.printed = Some((json, hash))
            }
            (Pending::SdJwt { text }, Reply::SdJwt(Some(report))) => {
                self.sd_jwt = Some((text, report))
            }
            (Pending::Describe { token }, Reply::Described(meanings)) => {
                self.described = Some((token, meanings))
            }
            // A reply of another shape answers nothing the page asked.
            _ => {}
        }
    }

    /// The worker will answer nothing more: a search it was running is not "checking" any
    /// longer, and a token being signed will never come.
    fn worker_failed(&mut self) {
        let Some(why) = self.worker.failure() else {
            return;
        };
        if self.search.as_ref().is_some_and(|s| s.result.is_none()) {
            self.search = None;
        }
        self.workbench.worker_stopped(why.to_string());
    }

    /// Sends or cancels each request that follows from what is on the page, where it changed.
    fn reconcile(&mut self, out: &mut Vec<Command>) {
        let token = self.token().map(str::to_string);

        let verify = token.clone().zip(self.key_form.key());
        if verify != self.asked.verify {
            match &verify {
                Some((t, k)) => {
                    let pending = Pending::Verify {
                        token: t.clone(),
                        key: k.clone(),
                    };
                    let request = key_request(t.clone(), k.clone());
                    worker(out, self.worker.send(Slot::Verify, request, pending));
                }
                None => self.worker.cancel(Slot::Verify),
            }
            self.asked.verify = verify;
        }

        let search = token.clone().filter(|_| self.is_hmac());
        if search != self.asked.search {
            match &search {
                Some(t) if self.worker.failure().is_none() => {
                    self.search = Some(Search {
                        token: t.clone(),
                        result: None,
                    });
                    let pending = Pending::Search { token: t.clone() };
                    let request = Request::Search { token: t.clone() };
                    worker(out, self.worker.send(Slot::Search, request, pending));
                }
                _ => {
                    self.worker.cancel(Slot::Search);
                    self.search = None;
                }
            }
            self.asked.search = search;
        }

        let hash = self.hash_wanted(Given::AccessToken);
        if hash != self.asked.hash {
            match &hash {
                Some((of, text)) => {
                    let pending = Pending::Hash {
                        asked: (*of, text.clone()),
                    };
                    let request = Request::Hash {
                        hash: *of,
                        text: text.clone(),
                    };
                    worker(out, self.worker.send(Slot::Hash, request, pending));
                }
                None => self.worker.cancel(Slot::Hash),
            }
            self.asked.hash = hash;
        }
        let code = self.hash_wanted(Given::Code);
        if code != self.asked.code {
            match &code {
                Some((of, text)) => {
                    let pending = Pending::CodeHash {
                        asked: (*of, text.clone()),
                    };
                    let request = Request::Hash {
                        hash: *of,
                        text: text.clone(),
                    };
                    worker(out, self.worker.send(Slot::Code, request, pending));
                }
                None => self.worker.cancel(Slot::Code),
            }
            self.asked.code = code;
        }

        let print = match self.jkt_plan() {
            Some(Plan::Hash { json, .. }) => Some(json),
            _ => None,
        };
        if print != self.asked.thumbprint {
            match &print {
                Some(json) => {
                    let pending = Pending::Thumbprint { json: json.clone() };
                    let request = Request::Hash {
                        hash: thumbprint::HASH,
                        text: json.clone(),
                    };
                    worker(out, self.worker.send(Slot::Thumbprint, request, pending));
                }
                None => self.worker.cancel(Slot::Thumbprint),
            }
            self.asked.thumbprint = print;
        }

        let sd_jwt = self.sd_jwt_text();
        if sd_jwt != self.asked.sd_jwt {
            match &sd_jwt {
                Some(text) => {
                    let pending = Pending::SdJwt { text: text.clone() };
                    let request = Request::SdJwt { text: text.clone() };
                    worker(out, self.worker.send(Slot::SdJwt, request, pending));
                }
                None => self.worker.cancel(Slot::SdJwt),
            }
            self.asked.sd_jwt = sd_jwt;
        }

        // What the names mean: the worker holds the descriptions, so the page's module does not.
        let describe = token.clone().filter(|_| !self.names().is_empty());
        if describe != self.asked.describe {
            match &describe {
                Some(t) => {
                    let pending = Pending::Describe { token: t.clone() };
                    let request = Request::Describe {
                        names: self.names(),
                        provider: self.provider(),
                    };
                    worker(out, self.worker.send(Slot::Describe, request, pending));
                }
                None => self.worker.cancel(Slot::Describe),
            }
            self.asked.describe = describe;
        }

        // Only a token that was found is saved; the inner token of a decrypted JWE never is.
        let decrypted = self
            .outer
            .as_ref()
            .is_some_and(|o| o.holds(token.as_deref()));
        let store = match storing(self.remember, token.as_deref(), decrypted) {
            Storing::Save(t) => Some(Stored::Saved(t.to_string())),
            Storing::Forget => Some(Stored::Forgotten),
            Storing::Leave => None,
        };
        if let Some(store) = store.filter(|s| self.asked.stored.as_ref() != Some(s)) {
            out.push(match &store {
                Stored::Saved(t) => Command::Save(t.clone()),
                Stored::Forgotten => Command::Forget,
            });
            self.asked.stored = Some(store);
        }
    }

    /// Recomputes the findings from everything the page knows now: the token, the clock, the
    /// worker's answers and what was typed beside the token.
    fn refresh(&mut self) {
        use crate::token::jose::extract::Location;
        use crate::token::protocols::dpop_request::Check;
        use crate::token::service::verification::Tone;
        let bearer = self.inspection().is_some_and(|i| {
            matches!(i.location, Location::Bearer | Location::AuthorizationHeader)
        });
        let conditions = Conditions {
            now: self.now,
            bearer,
            requests_per_day: parse_amount(&self.rate).ok(),
        };
        let weak = self.weak_secret();
        let sd_jwt: Vec<String> = self
            .sd_jwt()
            .flatten()
            .map(|r| {
                r.checks
                    .iter()
                    .filter(|(tone, _, _)| *tone == Tone::Invalid)
                    .map(|(_, _, text)| text.clone())
                    .collect()
            })
            .unwrap_or_default();
        let request: Vec<(&'static str, String)> = self
            .request_checks()
            .unwrap_or_default()
            .into_iter()
            .filter(|c| c.check == Check::Fail)
            .map(|c| (c.claim, c.message))
            .collect();
        let bindings: Vec<String> = self
            .hash_checks()
            .into_iter()
            .filter(|c| c.tone() == Tone::Invalid)
            .map(|c| c.to_string())
            .chain(
                [
                    self.jkt_check()
                        .filter(|c| c.tone() == Tone::Invalid)
                        .map(|c| c.to_string()),
                    self.nonce_check()
                        .filter(|c| c.tone() == Tone::Invalid)
                        .map(|c| c.to_string()),
                ]
                .into_iter()
                .flatten(),
            )
            .collect();
        let verdicts = Verdicts {
            verification: self.verification(),
            secret_bytes: self.key_form.secret_len(),
            weak_secret: weak.as_deref(),
            sd_jwt: &sd_jwt,
            request: &request,
            bindings: &bindings,
        };
        self.findings = match self.inspection() {
            Some(i) => all_findings(i, &conditions, verdicts),
            None => Vec::new(),
        };
    }

    // What the requests above are worked out from.

    fn header_alg(&self) -> Option<String> {
        self.inspection()?.header_alg()
    }

    fn is_hmac(&self) -> bool {
        use crate::token::forms::key_form::mode_for;
        self.header_alg().and_then(|a| mode_for(&a)) == Some(KeyMode::Secret)
            && !self.inspection().is_some_and(Inspection::is_encrypted)
    }

    /// The hash to ask for: of the access token or the code typed, when a binding needs it.
    fn hash_wanted(&self, given: Given) -> Option<(HashOf, String)> {
        let text = self.given(given).trim();
        if text.is_empty() {
            return None;
        }
        let b = self.bindings()?.ok()?.into_iter().find(|b| b.of == given)?;
        Some((b.hash, text.to_string()))
    }

    fn jkt_plan(&self) -> Option<Plan> {
        thumbprint::plan(self.inspection()?, &self.access)
    }

    /// The pasted SD-JWT, when that is what was found. The input itself: an edited Disclosure
    /// leaves the issuer-signed JWT as it was.
    fn sd_jwt_text(&self) -> Option<String> {
        use crate::token::jose::extract::Location;
        matches!(self.inspection()?.location, Location::SdJwt { .. })
            .then(|| self.input.trim().to_string())
    }

    /// The token's header parameters, then its claims, as the worker is asked to describe them.
    fn names(&self) -> Vec<Name> {
        let Some(i) = self.inspection() else {
            return Vec::new();
        };
        let named = |header: bool| {
            move |r: &crate::token::checks::report::Row| Name {
                header,
                name: r.name.clone(),
            }
        };
        i.header
            .iter()
            .map(named(true))
            .chain(i.payload.iter().map(named(false)))
            .collect()
    }

    fn provider(&self) -> Option<Provider> {
        self.inspection()?.assumed()?.provider
    }

    fn proof_key(&self) -> Option<String> {
        own_key(self.inspection()?)
    }

    /// The layer to keep when opening the inner token of the decrypted JWE on the page.
    fn opened_layer(&self) -> Option<Outer> {
        let token = self.token()?;
        let key = self.key_form.key()?;
        let d = self.decryption()?.as_ref().ok()?;
        Outer::of(token, &key, d)
    }

    /// Whether the worker has stopped for good, and why.
    pub fn failure(&self) -> Option<Failure> {
        self.worker.failure()
    }

    /// Where the worker is in its life.
    pub fn phase(&self) -> Phase {
        self.worker.phase()
    }
}

fn worker(out: &mut Vec<Command>, actions: Vec<Action>) {
    out.extend(actions.into_iter().map(Command::Worker));
}
