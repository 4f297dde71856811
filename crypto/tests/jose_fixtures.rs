//! Tokens and keys made by an independent JOSE implementation (panva's `jose` for Node.js, see
//! tests/fixtures/make_fixtures.mjs) verify here with every kind of key the inspector accepts,
//! and fail when one character changes.

use authpick_core::token::checks::findings::{findings, Conditions};
use authpick_core::token::jose::alg::{Alg, KeyKind};
use authpick_core::token::jose::decode::decode;
use authpick_core::token::jose::key::{KeyInput, SecretEncoding};
use authpick_core::token::service::verification::{KeyUsed, Mismatch, Verification};
use authpick_crypto::verify::verify;
use serde_json::Value;

fn fixtures() -> Vec<Value> {
    let text = include_str!("../../tests/fixtures/jose-fixtures.json");
    let v: Value = serde_json::from_str(text).expect("fixture file is JSON");
    v["tokens"].as_array().expect("tokens array").clone()
}

fn by(alg: &str) -> Value {
    fixtures()
        .into_iter()
        .find(|f| f["alg"] == alg)
        .expect("a fixture")
}

fn check(token: &str, key: KeyInput) -> Verification {
    verify(token, &decode(token).expect("decodes"), &key)
}

/// The token with one character of its signature changed.
fn tampered(token: &str) -> String {
    let mut t = token.to_string();
    let i = t.len() - 10;
    let c = if &t[i..i + 1] == "A" { "B" } else { "A" };
    t.replace_range(i..i + 1, c);
    t
}

fn public(text: &str) -> KeyInput {
    KeyInput::Public(text.to_string())
}

#[test]
fn every_algorithm_verifies_with_pem_jwk_and_jwks() {
    let all = fixtures();
    let jwks = serde_json::json!({
        "keys": all.iter().filter(|f| f.get("jwk").is_some()).map(|f| f["jwk"].clone()).collect::<Vec<_>>()
    })
    .to_string();
    let mut checked = 0;
    for f in all.iter().filter(|f| f.get("spki").is_some()) {
        let (alg, kid, token) = (
            f["alg"].as_str().unwrap(),
            f["kid"].as_str().unwrap(),
            f["token"].as_str().unwrap(),
        );
        let pem = f["spki"].as_str().unwrap();
        assert!(check(token, public(pem)).is_valid(), "{alg} with PEM");
        let jwk = f["jwk"].to_string();
        assert!(check(token, public(&jwk)).is_valid(), "{alg} with JWK");
        assert_eq!(
            check(token, public(&jwks)),
            Verification::Valid {
                key: KeyUsed::JwksKid(kid.to_string())
            },
            "{alg} with JWKS: the matched key is named"
        );
        assert!(
            matches!(
                check(&tampered(token), public(pem)),
                Verification::Invalid { .. }
            ),
            "{alg} tampered"
        );
        if let Some(cert) = f["certificate"].as_str() {
            assert!(
                check(token, public(cert)).is_valid(),
                "{alg} with its certificate"
            );
        }
        checked += 1;
    }
    assert_eq!(
        checked, 11,
        "RS256, RS384, RS512, PS256, PS384, PS512, ES256, ES384, ES512, EdDSA, Ed25519"
    );
}

#[test]
fn rsa_keys_as_a_certificate_and_as_pkcs1() {
    let all = fixtures();
    let rs = all.iter().find(|f| f["alg"] == "RS256").unwrap();
    let token = rs["token"].as_str().unwrap();
    for field in ["certificate", "pkcs1"] {
        let pem = rs[field].as_str().unwrap();
        assert!(check(token, public(pem)).is_valid(), "{field}");
    }
}

#[test]
fn hmac_with_the_secret() {
    let all = fixtures();
    let hmac: Vec<_> = all.iter().filter(|f| f.get("secret").is_some()).collect();
    assert_eq!(hmac.len(), 3, "HS256, HS384, HS512");
    for hs in hmac {
        let token = hs["token"].as_str().unwrap();
        let secret = KeyInput::Secret {
            text: hs["secret"].as_str().unwrap().into(),
            encoding: SecretEncoding::Text,
        };
        assert!(check(token, secret.clone()).is_valid(), "{}", hs["alg"]);
        assert!(matches!(
            check(&tampered(token), secret),
            Verification::Invalid { .. }
        ));
    }
}

#[test]
fn a_key_of_the_wrong_kind_says_so() {
    let all = fixtures();
    let rs = all.iter().find(|f| f["alg"] == "RS256").unwrap()["token"]
        .as_str()
        .unwrap()
        .to_string();
    let ec_pem = all.iter().find(|f| f["alg"] == "ES256").unwrap()["spki"]
        .as_str()
        .unwrap()
        .to_string();
    let wrong = check(&rs, public(&ec_pem));
    assert_eq!(
        wrong,
        Verification::Mismatch(Mismatch::KeyKind {
            key: KeyUsed::Pem {
                label: "public key".into(),
                kind: KeyKind::P256,
                repaired: None
            },
            found: Some(KeyKind::P256),
            alg: Alg::Rs256
        })
    );
    assert_eq!(
        wrong.to_string(),
        "The PEM public key is a P-256 key, but RS256 needs an RSA public key."
    );
    let ec_jwk = all.iter().find(|f| f["alg"] == "ES256").unwrap()["jwk"].to_string();
    assert!(matches!(
        check(&rs, public(&ec_jwk)),
        Verification::Mismatch(Mismatch::KeyKind {
            found: Some(KeyKind::P256),
            ..
        })
    ));
}

#[test]
fn a_key_of_the_wrong_curve_says_so() {
    // Before: a P-384 key for an ES256 token was tried and reported as a bad signature.
    let es256 = by("ES256");
    let token = es256["token"].as_str().unwrap();
    let es384 = by("ES384");
    for key in [
        es384["spki"].as_str().unwrap().to_string(),
        es384["jwk"].to_string(),
    ] {
        let v = check(token, public(&key));
        assert!(
            matches!(
                v,
                Verification::Mismatch(Mismatch::KeyKind {
                    found: Some(KeyKind::P384),
                    alg: Alg::Es256,
                    ..
                })
            ),
            "{v}"
        );
        assert!(
            v.to_string()
                .contains("is a P-384 key, but ES256 needs an EC P-256"),
            "{v}"
        );
    }
}

#[test]
fn the_fixtures_are_healthy_apart_from_notes() {
    let ctx = Conditions {
        now: 1_800_000_100,
        bearer: false,
        requests_per_day: Some(1e6),
    };
    for f in fixtures() {
        let token = f["token"].as_str().unwrap();
        let found = findings(token, &decode(token).unwrap(), &ctx);
        let serious: Vec<_> = found
            .iter()
            .filter(|x| !matches!(x.id(), "size" | "rsa-pkcs1" | "eddsa-polymorphic"))
            .map(|x| x.id())
            .collect();
        assert!(serious.is_empty(), "{}: {serious:?}", f["alg"]);
    }
}
