//! The inspector's work that needs cryptography (verifying, the secret search, signing, and
//! signing the examples) as requests and replies that travel as JSON text. The page sends them
//! to a Web Worker (src/bin/crypto_worker.rs) that holds the cryptography, so the page's own
//! module stays small enough for a fast first visit, and a search never blocks typing.

use serde::{Deserialize, Serialize};

use super::decode::decode;
use super::examples::example;
use super::secrets::{search, SearchResult};
use super::sign::{sign, Draft};
use super::verify::{verify, KeyInput, Outcome};

/// What the worker sends once it can take requests: messages sent before then would be lost.
pub const READY: &str = "ready";

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Request {
    Verify {
        token: String,
        key: KeyInput,
    },
    /// Look for the well-known secret that signed an HMAC token.
    Search {
        token: String,
    },
    Sign(Draft),
    /// Sign an example around `now` (seconds since 1970).
    Example {
        id: String,
        now: i64,
    },
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Reply {
    /// `None` when the token does not decode.
    Verified(Option<Outcome>),
    /// `None` when the token is not signed with HMAC, so there is nothing to search for.
    Searched(Option<SearchResult>),
    /// The token, or why the draft cannot be signed.
    Signed(Result<String, String>),
    /// The example's token and the key that verifies it; `None` for an unknown id.
    Example(Option<(String, Option<KeyInput>)>),
    /// The message was not a request (it is a bug if this is ever seen).
    Unreadable(String),
}

/// A message: the request or reply, and the number that pairs them.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Envelope<T> {
    pub id: u32,
    pub body: T,
    /// How long the worker took, in milliseconds (replies only).
    #[serde(default)]
    pub ms: f64,
}

/// Does the work a request asks for.
pub fn handle(request: Request) -> Reply {
    match request {
        Request::Verify { token, key } => {
            Reply::Verified(decode(&token).ok().map(|d| verify(&token, &d, &key)))
        }
        Request::Search { token } => {
            Reply::Searched(decode(&token).ok().and_then(|d| search(&token, &d)))
        }
        Request::Sign(draft) => Reply::Signed(sign(&draft).map_err(|e| e.to_string())),
        Request::Example { id, now } => Reply::Example(example(&id, now).map(|e| {
            let key = e.key.input();
            (e.token, key)
        })),
    }
}

/// Answers one message: reads the request, does the work, and writes the reply with the time
/// it took by `clock` (milliseconds). Never fails: an unreadable message gets a reply saying so.
pub fn respond(message: &str, clock: impl Fn() -> f64) -> String {
    let (id, body, ms) = match serde_json::from_str::<Envelope<Request>>(message) {
        Ok(request) => {
            let start = clock();
            let body = handle(request.body);
            (request.id, body, clock() - start)
        }
        Err(e) => (0, Reply::Unreadable(e.to_string()), 0.0),
    };
    encode(&Envelope { id, body, ms })
}

/// A request as the worker reads it.
pub fn request_message(id: u32, request: Request) -> String {
    encode(&Envelope {
        id,
        body: request,
        ms: 0.0,
    })
}

/// A reply as the page reads it, or why it cannot be.
pub fn read_reply(message: &str) -> Result<Envelope<Reply>, String> {
    serde_json::from_str(message).map_err(|e| format!("The worker's reply is unreadable: {e}."))
}

fn encode<T: Serialize>(value: &Envelope<T>) -> String {
    // Serialising these plain enums, strings and numbers cannot fail; were it ever to, the
    // other side would report an unreadable message rather than wait forever.
    serde_json::to_string(value).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::token::examples::PUBLIC;
    use crate::token::verify::SecretEncoding;

    fn round_trip(request: Request) -> Reply {
        let reply = respond(&request_message(7, request), || 1.0);
        let envelope = read_reply(&reply).expect("a readable reply");
        assert_eq!(envelope.id, 7);
        envelope.body
    }

    fn example_token(id: &str) -> (String, Option<KeyInput>) {
        match round_trip(Request::Example {
            id: id.into(),
            now: 1_700_000_000,
        }) {
            Reply::Example(Some(e)) => e,
            other => panic!("no example {id}: {other:?}"),
        }
    }

    #[test]
    fn an_example_signed_in_the_worker_verifies_with_its_key() {
        let (token, key) = example_token("healthy");
        assert_eq!(key, Some(KeyInput::Public(PUBLIC.to_string())));
        let reply = round_trip(Request::Verify {
            token,
            key: key.expect("a key"),
        });
        assert!(
            matches!(reply, Reply::Verified(Some(Outcome::Valid { .. }))),
            "{reply:?}"
        );
    }

    #[test]
    fn the_search_finds_a_well_known_secret_and_reports_a_miss_with_the_count() {
        let (weak, _) = example_token("weak-secret");
        assert_eq!(
            round_trip(Request::Search { token: weak }),
            Reply::Searched(Some(SearchResult::Found("secret".into())))
        );
        let strong = sign(&Draft {
            alg: "HS256".into(),
            header: "{}".into(),
            payload: "{}".into(),
            key: "a long random secret nobody has put in a list, 7f3a9c".into(),
            secret_encoding: SecretEncoding::Text,
        })
        .expect("signed");
        match round_trip(Request::Search { token: strong }) {
            Reply::Searched(Some(SearchResult::NotFound { total })) => assert!(total > 100),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn nothing_is_searched_or_verified_for_what_is_not_a_token() {
        let (healthy, _) = example_token("healthy");
        assert_eq!(
            round_trip(Request::Search { token: healthy }),
            Reply::Searched(None)
        );
        assert_eq!(
            round_trip(Request::Verify {
                token: "not a token".into(),
                key: KeyInput::Public(PUBLIC.into()),
            }),
            Reply::Verified(None)
        );
        assert_eq!(
            round_trip(Request::Example {
                id: "no-such-example".into(),
                now: 0,
            }),
            Reply::Example(None)
        );
    }

    #[test]
    fn signing_errors_come_back_as_sentences() {
        let reply = round_trip(Request::Sign(Draft {
            alg: "HS256".into(),
            header: "[".into(),
            payload: "{}".into(),
            key: "k".into(),
            secret_encoding: SecretEncoding::Text,
        }));
        match reply {
            Reply::Signed(Err(why)) => assert!(why.starts_with("The header is not valid JSON")),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn an_unreadable_message_gets_an_unreadable_reply_not_a_panic() {
        for message in [
            "",
            "ready",
            "{\"id\":1}",
            "{\"id\":1,\"body\":{\"Nope\":1}}",
            "\u{0}",
        ] {
            let reply = read_reply(&respond(message, || 0.0)).expect("a reply");
            assert!(matches!(reply.body, Reply::Unreadable(_)), "{message:?}");
        }
    }

    #[test]
    fn the_reply_carries_the_time_the_work_took() {
        let ticks = std::cell::Cell::new(10.0);
        let clock = || {
            ticks.set(ticks.get() + 2.5);
            ticks.get()
        };
        let message = request_message(3, Request::Search { token: "x".into() });
        let reply = read_reply(&respond(&message, clock)).expect("a reply");
        assert_eq!(reply.ms, 2.5);
    }
}
