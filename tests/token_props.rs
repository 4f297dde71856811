//! The inspector's parsing on hostile input: arbitrary text and real tokens with random damage
//! go through extraction, decoding, the page's report, verification with arbitrary keys and
//! the workbench's signing without a panic, always giving a result or an error. The messages
//! between the page and its crypto worker survive the trip whatever they carry, and the worker
//! answers anything, even what is not a request.

mod common;

use authpick::token::base64url::encode;
use authpick::token::decode::decode;
use authpick::token::extract::extract;
use authpick::token::findings::{findings, Context};
use authpick::token::report::{all_findings, inspect, Verdicts};
use authpick::token::service::{read_reply, request_message, respond, Reply, Request};
use authpick::token::sign::{sign, Draft, ALGORITHMS};
use authpick::token::verify::{verify, KeyInput, SecretEncoding};
use common::{apply_damage, damage};
use proptest::prelude::*;
use proptest::test_runner::FileFailurePersistence;

/// A well-formed token built from random claims, then damaged.
fn mutated_token() -> impl Strategy<Value = String> {
    let claims = proptest::collection::vec(("[a-z]{1,8}", any::<i64>()), 0..6);
    (
        claims,
        proptest::collection::vec(any::<u8>(), 0..80),
        damage(),
    )
        .prop_map(|(claims, sig, edits)| {
            let body: Vec<String> = claims.iter().map(|(k, v)| format!("\"{k}\":{v}")).collect();
            let payload = format!("{{{}}}", body.join(","));
            let token = format!(
                "{}.{}.{}",
                encode(br#"{"alg":"HS256","typ":"JWT"}"#),
                encode(payload.as_bytes()),
                encode(&sig)
            );
            apply_damage(&token, edits)
        })
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: 1000,
        failure_persistence: Some(Box::new(FileFailurePersistence::WithSource("regressions"))),
        ..ProptestConfig::default()
    })]

    #[test]
    fn arbitrary_text_never_panics(s in any::<String>()) {
        if let Ok(found) = extract(&s) {
            let _ = decode(&found.token);
        }
        let _ = decode(&s);
    }

    #[test]
    fn arbitrary_bytes_as_lossy_text_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..512)) {
        let s = String::from_utf8_lossy(&bytes);
        let _ = decode(&s);
        let _ = extract(&s);
    }

    #[test]
    fn damaged_tokens_decode_or_explain(t in mutated_token(), now in any::<i64>()) {
        match decode(&t) {
            Ok(d) => {
                // Findings run on whatever decoded, at any clock value.
                let f = findings(&t, &d, &Context { now, requests_per_day: 1e6 });
                prop_assert!(!f.is_empty(), "the size note is always there");
                // Whatever happened to the other parts, an undamaged header still decodes.
                if t.starts_with(&encode(br#"{"alg":"HS256","typ":"JWT"}"#)) && t.split('.').next().map(str::len) == Some(36) {
                    prop_assert!(d.header.is_ok());
                }
            }
            Err(e) => prop_assert!(!e.to_string().is_empty()),
        }
    }

    #[test]
    fn the_report_and_verification_never_panic(
        t in mutated_token(),
        now in any::<i64>(),
        rpd in any::<f64>(),
        key in any::<String>(),
        public in any::<bool>(),
    ) {
        let ctx = Context { now, requests_per_day: rpd };
        match inspect(&format!("Bearer {t}"), now) {
            Ok(i) => {
                let _ = all_findings(&i, &ctx, Verdicts::default());
                if let Ok(d) = &i.decoded {
                    let key = if public {
                        KeyInput::Public(key)
                    } else {
                        KeyInput::Secret { text: key, encoding: SecretEncoding::Base64 }
                    };
                    prop_assert!(!verify(&i.token, d, &key).to_string().is_empty());
                }
            }
            Err(e) => prop_assert!(!e.to_string().is_empty()),
        }
    }

    #[test]
    fn the_workbench_signs_or_explains(
        alg in proptest::sample::select(ALGORITHMS.to_vec()),
        header in any::<String>(),
        payload in any::<String>(),
        key in any::<String>(),
    ) {
        let draft = Draft {
            alg: alg.into(),
            header: if header.len() % 2 == 0 { "{}".into() } else { header },
            payload: if payload.len() % 2 == 0 { r#"{"sub":"x"}"#.into() } else { payload },
            key: format!("{{{key}"),
            secret_encoding: SecretEncoding::Text,
        };
        match sign(&draft) {
            Ok(t) => prop_assert_eq!(t.split('.').count(), 3),
            Err(e) => prop_assert!(!e.to_string().is_empty()),
        }
    }

    #[test]
    fn the_worker_answers_any_message_with_a_readable_reply(message in any::<String>()) {
        let reply = read_reply(&respond(&message, || 0.0));
        prop_assert!(reply.is_ok(), "{:?}", reply);
    }

    #[test]
    fn a_request_crosses_to_the_worker_intact(
        id in any::<u32>(),
        token in mutated_token(),
        text in any::<String>(),
        public in any::<bool>(),
    ) {
        let key = if public {
            KeyInput::Public(text)
        } else {
            KeyInput::Secret { text, encoding: SecretEncoding::Base64 }
        };
        let direct = match decode(&token) {
            Ok(d) => Some(verify(&token, &d, &key)),
            Err(_) => None,
        };
        let reply = read_reply(&respond(&request_message(id, Request::Verify { token, key }), || 0.0));
        let reply = reply.map_err(TestCaseError::fail)?;
        prop_assert_eq!(reply.id, id);
        prop_assert_eq!(reply.body, Reply::Verified(direct));
    }
}
