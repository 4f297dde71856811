//! The inspector's parsing on hostile input: arbitrary text and real tokens with random damage
//! go through extraction, decoding, the findings and the page's report without a panic, always
//! giving a result or an error. (Verification, signing and the worker's answers get the same
//! treatment in authpick-crypto's `crypto_props`.)

mod common;

use authpick_core::token::checks::findings::{findings, Conditions};
use authpick_core::token::checks::report::{all_findings, inspect, Verdicts};
use authpick_core::token::checks::verdict::{verdict, Decision, Grounds};
use authpick_core::token::jose::base64url::encode;
use authpick_core::token::jose::decode::decode;
use authpick_core::token::jose::extract::extract;
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
                let f = findings(&t, &d, &Conditions { now, bearer: false, requests_per_day: Some(1e6) });
                prop_assert!(f.windows(2).all(|w| w[0].severity() <= w[1].severity()), "ranked");
                prop_assert!(f.iter().all(|x| !x.title.is_empty() && !x.explanation.is_empty()));
                // Whatever happened to the other parts, an undamaged header still decodes.
                if t.starts_with(&encode(br#"{"alg":"HS256","typ":"JWT"}"#)) && t.split('.').next().map(str::len) == Some(36) {
                    prop_assert!(d.header.is_ok());
                }
            }
            Err(e) => prop_assert!(!e.to_string().is_empty()),
        }
    }

    #[test]
    fn the_report_never_panics(t in mutated_token(), now in any::<i64>(), rpd in any::<f64>()) {
        let c = Conditions { now, bearer: false, requests_per_day: Some(rpd) };
        match inspect(&format!("Bearer {t}"), now) {
            Ok(i) => {
                let f = all_findings(&i, &c, Verdicts::default());
                // A token that does not decode says so, and the verdict never accepts what
                // nothing verified.
                prop_assert!(i.decoded.is_ok() || f.iter().any(|x| x.id() == "undecodable"));
                let v = verdict(&i, Grounds { findings: &f, ..Grounds::default() });
                prop_assert!(v.decision != Decision::Accept);
            }
            Err(e) => prop_assert!(!e.to_string().is_empty()),
        }
    }
}
