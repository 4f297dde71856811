//! Certificate chains made by another implementation (Python's `cryptography`,
//! scripts/chain_fixtures.py), each with the outcome written from RFC 5280 §6.1 and RFC 7515
//! §4.1.6 when the fixture was made: good chains in every supported signature algorithm, and
//! one broken rule each (an expired link, the wrong anchor, a non-CA intermediate, the wrong
//! leaf key, a path length exceeded, key usage, an unprocessed critical extension).

use authpick_core::token::checks::chain::input::read;
use authpick_crypto::chain::check;
use serde_json::Value;

fn fixture() -> Value {
    serde_json::from_str(include_str!("vectors/chains.json")).expect("fixture is JSON")
}

/// The rules that failed, sorted.
fn failed(report: &authpick_core::token::checks::chain::judge::Report) -> Vec<String> {
    let mut got: Vec<String> = report
        .lines
        .iter()
        .filter(|l| !l.ok)
        .map(|l| format!("{:?}", l.rule))
        .collect();
    got.sort();
    got
}

/// The rules a case expects to fail, sorted.
fn expected(case: &Value) -> Vec<String> {
    let mut want: Vec<String> = case["expect"]["fails"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap().to_string())
        .collect();
    want.sort();
    want
}

#[test]
fn every_chain_gets_the_outcome_the_rfcs_call_for() {
    let f = fixture();
    let now = f["now"].as_i64().unwrap();
    let cases = f["cases"].as_array().unwrap();
    assert_eq!(cases.len(), 20);
    for c in cases {
        let name = c["name"].as_str().unwrap();
        let s = |k: &str| c[k].as_str().unwrap();
        let inputs =
            read(s("token"), s("chain"), s("anchors")).unwrap_or_else(|e| panic!("{name}: {e}"));
        let report = check(&inputs, now).unwrap_or_else(|e| panic!("{name}: {e}"));
        let want_trusted = c["expect"]["trusted"].as_bool().unwrap();
        assert_eq!(report.trusted, want_trusted, "{name}: {:#?}", report.lines);
        assert_eq!(failed(&report), expected(c), "{name}: {:#?}", report.lines);
    }
}

/// Names as RFC 4514 §2.1 writes them: the last RDN first.
#[test]
fn a_good_chain_names_its_certificates_and_anchor() {
    let f = fixture();
    let c = &f["cases"][0];
    assert_eq!(c["name"], "good-rsa-rsa-rsa");
    let s = |k: &str| c[k].as_str().unwrap();
    let report = check(
        &read(s("token"), "", s("anchors")).unwrap(),
        f["now"].as_i64().unwrap(),
    )
    .unwrap();
    assert_eq!(
        report.headline,
        "Trusted. The token's chain leads to your anchor “CN=Root,O=Authpick Test”, and its \
         first certificate's key signed this token."
    );
    assert_eq!(report.certs[0].subject, "CN=Leaf,O=Authpick Test");
    assert_eq!(report.certs[1].issuer, "CN=Root,O=Authpick Test");
    assert_eq!(
        report.certs[1].valid,
        "2025-01-01 00:00:00 UTC to 2035-01-01 00:00:00 UTC"
    );
}

#[test]
fn a_certificate_that_is_not_der_is_named() {
    let f = fixture();
    let c = &f["cases"][0];
    let anchors = "-----BEGIN CERTIFICATE-----\nAQID\n-----END CERTIFICATE-----\n";
    let inputs = read(c["token"].as_str().unwrap(), "", anchors).unwrap();
    let e = check(&inputs, 0).unwrap_err();
    assert!(
        e.starts_with("Anchor 1 is not an X.509 certificate in DER"),
        "{e}"
    );
}

/// Chains from Apple's App Store Server Library tests (crypto/tests/vectors/apple_chains.json,
/// with its provenance): Apple's test CA, which signs with SHA-384 and a P-256 key, and the
/// real chain to Apple Root CA - G3, each at the moment Apple's tests check it, with the
/// outcome RFC 5280 §6.1 calls for.
#[test]
fn apples_chains_get_the_outcome_rfc_5280_calls_for() {
    let f: Value = serde_json::from_str(include_str!("vectors/apple_chains.json")).unwrap();
    let cases = f["cases"].as_array().unwrap();
    assert_eq!(cases.len(), 7);
    for c in cases {
        let name = c["name"].as_str().unwrap();
        let s = |k: &str| c[k].as_str().unwrap();
        let inputs = read("", s("chain"), s("anchors")).unwrap_or_else(|e| panic!("{name}: {e}"));
        let report = check(&inputs, c["now"].as_i64().unwrap());
        if let Some(error) = c["expect"]["error"].as_str() {
            let e = report.expect_err(name);
            assert!(e.starts_with(error), "{name}: {e}");
            continue;
        }
        let report = report.unwrap_or_else(|e| panic!("{name}: {e}"));
        assert_eq!(
            report.trusted,
            c["expect"]["trusted"].as_bool().unwrap(),
            "{name}: {:#?}",
            report.lines
        );
        assert_eq!(failed(&report), expected(c), "{name}: {:#?}", report.lines);
    }
}
