//! Verification with arbitrary keys, the workbench's signing and the crypto worker's answers on
//! hostile input: damaged tokens, arbitrary key text and arbitrary messages never panic, and a
//! request crosses to the worker and back intact.

#[path = "../../core/tests/common/mod.rs"]
mod common;

use authpick_core::token::jose::alg::Alg;
use authpick_core::token::jose::decode::decode;
use authpick_core::token::jose::key::{KeyInput, SecretEncoding};
use authpick_core::token::service::draft::{pem, Draft};
use authpick_core::token::service::messages::{read_reply, request_message, Reply, Request};
use authpick_core::token::service::verification::Reported;
use authpick_crypto::service::respond;
use authpick_crypto::sign::sign;
use authpick_crypto::verify::verify;
use common::mutated_token;
use proptest::prelude::*;
use proptest::test_runner::FileFailurePersistence;

proptest! {
    #![proptest_config(ProptestConfig {
        cases: 1000,
        failure_persistence: Some(Box::new(FileFailurePersistence::WithSource("regressions"))),
        ..ProptestConfig::default()
    })]

    #[test]
    fn verification_with_any_key_never_panics(
        t in mutated_token(),
        key in any::<String>(),
        public in any::<bool>(),
    ) {
        if let Ok(d) = decode(&t) {
            let key = if public {
                KeyInput::Public(key)
            } else {
                KeyInput::Secret { text: key, encoding: SecretEncoding::Base64 }
            };
            prop_assert!(!verify(&t, &d, &key).to_string().is_empty());
        }
    }

    #[test]
    fn the_workbench_signs_or_explains(
        alg in proptest::sample::select(Alg::SUPPORTED.to_vec()),
        header in any::<String>(),
        payload in any::<String>(),
        key in any::<String>(),
        body in proptest::collection::vec(any::<u8>(), 0..300),
        form in 0..4u8,
    ) {
        // Any text, a JWK-shaped text, and PEM private and public blocks around arbitrary DER.
        let key = match form {
            0 => key,
            1 => format!("{{{key}"),
            2 => pem("PRIVATE KEY", &body),
            _ => pem("RSA PRIVATE KEY", &body),
        };
        let draft = Draft {
            alg: alg.name().into(),
            header: if header.len() % 2 == 0 { "{}".into() } else { header },
            payload: if payload.len() % 2 == 0 { r#"{"sub":"x"}"#.into() } else { payload },
            key,
            secret_encoding: SecretEncoding::Text,
        };
        match sign(&draft) {
            Ok(t) => prop_assert_eq!(t.split('.').count(), 3),
            Err(e) => prop_assert!(!e.to_string().is_empty()),
        }
    }
    #[test]
    fn any_status_list_inflates_or_explains_and_any_index_reads_or_is_past_the_end(
        lst in prop_oneof![
            "[A-Za-z0-9_-]{0,64}",
            any::<Vec<u8>>().prop_map(|b| authpick_core::token::jose::base64url::encode(
                &miniz_oxide::deflate::compress_to_vec_zlib(&b, 6)
            )),
        ],
        bits in prop_oneof![Just(1u64), Just(2), Just(4), Just(8), any::<u64>()],
        idx in any::<u64>(),
    ) {
        use authpick_core::token::protocols::status_list::compressed;
        let payload = serde_json::json!({"status_list": {"bits": bits, "lst": lst}});
        match compressed(payload.as_object().unwrap()) {
            Some(Ok(c)) => match authpick_core::token::protocols::status_list::inflate(&c) {
                Ok(list) => {
                    let read = list.entry(idx);
                    prop_assert_eq!(read.is_some(), idx < list.len());
                }
                Err(e) => prop_assert!(!e.to_string().is_empty()),
            },
            Some(Err(e)) => prop_assert!(!e.to_string().is_empty()),
            None => prop_assert!(false, "the claim is there"),
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
            Ok(d) => Some(Reported::from(&verify(&token, &d, &key))),
            Err(_) => None,
        };
        let reply = read_reply(&respond(&request_message(id, Request::Verify { token, key }), || 0.0));
        let reply = reply.map_err(TestCaseError::fail)?;
        prop_assert_eq!(reply.id, id);
        prop_assert_eq!(reply.body, Reply::Verified(direct));
    }
}
