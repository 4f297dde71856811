//! The crypto worker's answers: reads a request (`authpick_core::token::service::messages`), does the
//! work it asks for, and writes the reply with the time it took. It never fails and never
//! panics on what it is sent: a message that is not a request gets a reply saying so.

use authpick_core::token::jose::alg::Alg;
use authpick_core::token::jose::decode::decode;
use authpick_core::token::jose::extract::MAX_INPUT_BYTES;
use authpick_core::token::jose::jwe::DecryptError;
use authpick_core::token::jose::key::{KeyInput, SecretEncoding};
use authpick_core::token::jose::vendor_claims::describe;
use authpick_core::token::service::messages::{read_request, reply_message, Reply, Request};
use authpick_core::token::service::tools::{ToolReply, ToolRequest};

use super::kit::{sign_case, KitKey};
use authpick_core::token::service::verification::Reported;

use super::examples::example;
use super::jwe::decrypt;
use super::sd_jwt;
use super::secrets::search;
use super::sign::{key_pair, sign};
use super::token_hash::token_hash;
use super::verify::verify;

/// Does the work a request asks for. A token longer than any the page passes on (it reads at
/// most `MAX_INPUT_BYTES`) is not worked on: hashing it a thousand times would only cost time.
pub fn handle(request: Request) -> Reply {
    match request {
        Request::Verify { token, .. } if token.len() > MAX_INPUT_BYTES => Reply::Verified(None),
        Request::Search { token } if token.len() > MAX_INPUT_BYTES => Reply::Searched(None),
        Request::Decrypt { token, .. } if token.len() > MAX_INPUT_BYTES => {
            Reply::Decrypted(Err(DecryptError::NotJwe.to_string()))
        }
        Request::Decrypt { token, key } => Reply::Decrypted(
            decrypt(&token, &key)
                .map(|o| o.shown())
                .map_err(|e| e.to_string()),
        ),
        Request::Verify { token, key } => {
            let verified = decode(&token).ok().map(|d| verify(&token, &d, &key));
            Reply::Verified(verified.as_ref().map(Reported::from))
        }
        Request::Search { token } => {
            Reply::Searched(decode(&token).ok().and_then(|d| search(&token, &d)))
        }
        Request::Sign(draft) => Reply::Signed(sign(&draft).map_err(|e| e.to_string())),
        Request::KeyPair { alg, seed } => Reply::KeyPair(key_pair(&alg, &seed)),
        Request::Hash { hash, text } => Reply::Hashed(token_hash(hash, &text)),
        Request::SdJwt { text } if text.len() > MAX_INPUT_BYTES => Reply::SdJwt(None),
        Request::SdJwt { text } => Reply::SdJwt(sd_jwt::report(&text)),
        Request::Example { id, now } => Reply::Example(example(&id, now).map(|e| {
            let key = e.key.input();
            (e.token, key)
        })),
        // No token has more names than its text has bytes: more is not a real request.
        Request::Describe { names, .. } if names.len() > MAX_INPUT_BYTES => {
            Reply::Described(Vec::new())
        }
        Request::Describe { names, provider } => Reply::Described(describe(&names, provider)),
        Request::Tool(text) => Reply::Tool(tool(&text).text()),
    }
}

/// A token tool's request, answered.
fn tool(text: &str) -> ToolReply {
    match ToolRequest::read(text) {
        Ok(ToolRequest::Chain(inputs)) => ToolReply::Chain(super::chain::facts(&inputs)),
        Ok(ToolRequest::Verify { token, key }) => ToolReply::Verified(
            (token.len() <= MAX_INPUT_BYTES)
                .then(|| decode(&token).ok())
                .flatten()
                .map(|d| Reported::from(&verify(&token, &d, &KeyInput::Public(key)))),
        ),
        Ok(ToolRequest::Kit {
            items,
            alg,
            signing,
            public_pem,
        }) => ToolReply::Kit(match Alg::from_name(&alg) {
            // The cases come from the page, which caps them; more than a kit holds is not a
            // real request.
            Some(alg) if items.len() <= 64 => {
                let key = KitKey {
                    alg,
                    signing: &signing,
                    encoding: SecretEncoding::Text,
                    public_pem: public_pem.as_deref(),
                };
                items
                    .iter()
                    .map(|(input, signature)| sign_case(input, signature, &key))
                    .collect()
            }
            _ => Vec::new(),
        }),
        Err(e) => ToolReply::Chain(Err(format!("The request is unreadable: {e}."))),
    }
}

/// Answers one message, timing the work by `clock` (milliseconds).
pub fn respond(message: &str, clock: impl Fn() -> f64) -> String {
    match read_request(message) {
        Ok(request) => {
            let start = clock();
            let body = handle(request.body);
            reply_message(request.id, body, clock() - start)
        }
        Err(e) => reply_message(0, Reply::Unreadable(e), 0.0),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::examples::PUBLIC;
    use authpick_core::token::service::draft::Draft;
    use authpick_core::token::service::messages::{read_reply, request_message};
    use authpick_core::token::service::verification::SearchResult;

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
            matches!(&reply, Reply::Verified(Some(v)) if v.is_valid()),
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
    fn ml_dsa_pairs_sign_and_verify_and_other_kinds_are_the_browsers() {
        use authpick_core::token::jose::base64url;
        use authpick_core::token::jose::key::{KeyInput, SecretEncoding};
        let seed = base64url::encode(&[7u8; 32]);
        for alg in ["ML-DSA-44", "ML-DSA-65", "ML-DSA-87"] {
            let Reply::KeyPair(Ok((private, public))) = round_trip(Request::KeyPair {
                alg: alg.into(),
                seed: seed.clone(),
            }) else {
                panic!("{alg}: no pair");
            };
            assert!(private.starts_with("-----BEGIN PRIVATE KEY-----"), "{alg}");
            let Reply::Signed(Ok(token)) = round_trip(Request::Sign(Draft {
                alg: alg.into(),
                header: "{}".into(),
                payload: r#"{"sub":"x"}"#.into(),
                key: private,
                secret_encoding: SecretEncoding::Text,
            })) else {
                panic!("{alg}: not signed");
            };
            let Reply::Verified(Some(r)) = round_trip(Request::Verify {
                token,
                key: KeyInput::Public(public),
            }) else {
                panic!("{alg}: not verified");
            };
            assert!(r.is_valid(), "{alg}: {}", r.message);
        }
        assert!(matches!(
            round_trip(Request::KeyPair {
                alg: "RS256".into(),
                seed
            }),
            Reply::KeyPair(Err(_))
        ));
        assert!(matches!(
            round_trip(Request::KeyPair {
                alg: "ML-DSA-44".into(),
                seed: "short".into()
            }),
            Reply::KeyPair(Err(_))
        ));
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
        // The typed error is `sign`'s to test; across the wire goes its sentence.
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
    fn tokens_longer_than_the_page_reads_are_not_worked_on() {
        let long = "a".repeat(MAX_INPUT_BYTES + 1);
        assert_eq!(
            round_trip(Request::Search {
                token: long.clone()
            }),
            Reply::Searched(None)
        );
        let key = KeyInput::Public(PUBLIC.into());
        assert_eq!(
            round_trip(Request::Verify { token: long, key }),
            Reply::Verified(None)
        );
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

    #[test]
    fn a_tool_verifies_a_token_with_a_public_key_as_the_inspector_does() {
        let example = crate::examples::example("healthy", 1_800_000_000).unwrap();
        let ask = |token: &str, key: &str| {
            let request = ToolRequest::Verify {
                token: token.into(),
                key: key.into(),
            };
            let Reply::Tool(text) = round_trip(request.wrap()) else {
                panic!("not a tool reply")
            };
            match ToolReply::read(&text) {
                Ok(ToolReply::Verified(r)) => r,
                other => panic!("{other:?}"),
            }
        };
        let valid = ask(&example.token, PUBLIC).expect("decodes");
        assert_eq!(
            valid.kind,
            authpick_core::token::service::verification::ResultKind::Valid
        );
        let mut altered = example.token.clone();
        altered.push('A');
        let invalid = ask(&altered, PUBLIC).expect("decodes");
        assert_ne!(
            invalid.kind,
            authpick_core::token::service::verification::ResultKind::Valid
        );
        assert_eq!(ask("not a token", PUBLIC), None);
    }
}
