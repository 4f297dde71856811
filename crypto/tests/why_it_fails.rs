//! "Why doesn't it verify?": with tokens and keys from an independent implementation (the Node
//! `jose` fixtures), each usual mistake is tried and named: the secret's encoding or white
//! space, a JWKS whose kid points elsewhere, and, for RSA, a token changed after signing told
//! apart from a token signed by another key.

use authpick_core::token::jose::base64url;
use authpick_core::token::jose::decode::decode;
use authpick_core::token::jose::key::{KeyInput, SecretEncoding};
use authpick_core::token::service::verification::{Hint, KeyProblem, KeyUsed, Verification};
use authpick_crypto::verify::verify;
use serde_json::{json, Value};

fn fixtures() -> Vec<Value> {
    let text = include_str!("../../tests/fixtures/jose-fixtures.json");
    let v: Value = serde_json::from_str(text).unwrap();
    v["tokens"].as_array().unwrap().clone()
}

fn by(alg: &str) -> Value {
    fixtures().into_iter().find(|f| f["alg"] == alg).unwrap()
}

fn check(token: &str, key: KeyInput) -> Verification {
    verify(token, &decode(token).unwrap(), &key)
}

fn hint(v: &Verification) -> Option<&Hint> {
    match v {
        Verification::Invalid { hint, .. } => hint.as_ref(),
        _ => None,
    }
}

/// The token with its payload replaced (signature kept): changed after signing.
fn changed(token: &str) -> String {
    let parts: Vec<&str> = token.split('.').collect();
    let payload = base64url::encode(br#"{"sub":"admin","iss":"https://issuer.example"}"#);
    format!("{}.{payload}.{}", parts[0], parts[2])
}

fn secret(text: &str, encoding: SecretEncoding) -> KeyInput {
    KeyInput::Secret {
        text: text.into(),
        encoding,
    }
}

#[test]
fn a_secret_in_another_encoding_or_with_white_space_is_named() {
    let f = by("HS256");
    let token = f["token"].as_str().unwrap();
    let text = f["secret"].as_str().unwrap();
    let b64 = base64url::encode(text.as_bytes());
    let hex: String = text.bytes().map(|b| format!("{b:02x}")).collect();
    for (key, expected) in [
        // The base64 reader takes the URL-safe alphabet too, so it is named first.
        (
            secret(&b64, SecretEncoding::Text),
            Hint::SecretEncoding(SecretEncoding::Base64),
        ),
        (
            secret(&hex, SecretEncoding::Base64),
            Hint::SecretEncoding(SecretEncoding::Hex),
        ),
        (
            secret(&format!("{text}\n"), SecretEncoding::Text),
            Hint::SecretWhitespace,
        ),
        (
            secret("not the secret at all", SecretEncoding::Text),
            Hint::WrongKeyOrChanged,
        ),
    ] {
        let v = check(token, key);
        assert_eq!(hint(&v), Some(&expected), "{v}");
    }
    // Text that the chosen encoding cannot read at all: the error names the one that works.
    let v = check(
        token,
        secret(&format!("{text}!"), SecretEncoding::Base64Url),
    );
    assert!(
        matches!(
            v,
            Verification::BadKey(KeyProblem::Secret {
                verifies_as: None,
                ..
            })
        ),
        "{v}"
    );
    let v = check(token, secret(text, SecretEncoding::Hex));
    assert!(
        matches!(
            v,
            Verification::BadKey(KeyProblem::Secret {
                verifies_as: Some(SecretEncoding::Text),
                ..
            })
        ),
        "{v}"
    );
    assert!(v.to_string().contains("choose Text under"), "{v}");
}

#[test]
fn rsa_tells_a_changed_token_from_another_signer() {
    for (alg, other) in [("RS256", "RS384"), ("PS256", "PS512")] {
        let f = by(alg);
        let token = f["token"].as_str().unwrap();
        for key in [
            f["spki"].as_str().unwrap().to_string(),
            f["jwk"].to_string(),
        ] {
            let v = check(&changed(token), KeyInput::Public(key.clone()));
            assert_eq!(hint(&v), Some(&Hint::ChangedAfterSigning), "{alg}: {v}");
        }
        let stranger = by(other);
        for key in [
            stranger["spki"].as_str().unwrap().to_string(),
            stranger["jwk"].to_string(),
        ] {
            let v = check(token, KeyInput::Public(key));
            assert_eq!(
                hint(&v),
                Some(&Hint::OtherSigner),
                "{alg} with {other}'s key: {v}"
            );
        }
    }
    // A certificate is not opened: no claim either way.
    let f = by("RS256");
    let v = check(
        &changed(f["token"].as_str().unwrap()),
        KeyInput::Public(f["certificate"].as_str().unwrap().into()),
    );
    assert!(matches!(v, Verification::Invalid { hint: None, .. }), "{v}");
}

#[test]
fn ecdsa_and_eddsa_say_the_two_cannot_be_told_apart() {
    for alg in ["ES256", "Ed25519"] {
        let f = by(alg);
        let v = check(
            &changed(f["token"].as_str().unwrap()),
            KeyInput::Public(f["jwk"].to_string()),
        );
        assert_eq!(hint(&v), Some(&Hint::WrongKeyOrChanged), "{alg}: {v}");
    }
}

#[test]
fn a_jwks_whose_kid_points_elsewhere_names_the_key_that_verifies() {
    let f = by("ES256");
    let token = f["token"].as_str().unwrap();
    let kid = f["kid"].as_str().unwrap();
    let mut renamed = f["jwk"].clone();
    renamed["kid"] = json!("rotated-2026");
    // The token's kid is not in the set, but a key under another ID verifies it.
    let set = json!({"keys": [by("ES384")["jwk"], renamed]}).to_string();
    match check(token, KeyInput::Public(set)) {
        Verification::BadKey(KeyProblem::UnknownKid {
            kid: k,
            verified_by,
            ..
        }) => {
            assert_eq!(k, kid);
            assert_eq!(verified_by, Some(KeyUsed::JwksKid("rotated-2026".into())));
        }
        other => panic!("{other}"),
    }
    // The token's kid names a key that fails, and another key verifies it.
    let mut wrong = by("ES256")["jwk"].clone();
    let other_es256 = json!({"kty":"EC","crv":"P-256","kid":kid,
        "x":"f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU",
        "y":"x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0"});
    wrong["kid"] = json!("k2");
    let set = json!({"keys": [other_es256, wrong]}).to_string();
    let v = check(token, KeyInput::Public(set));
    assert_eq!(
        hint(&v),
        Some(&Hint::OtherKey(KeyUsed::JwksKid("k2".into()))),
        "{v}"
    );
}

#[test]
fn pem_damaged_in_copying_is_repaired_and_the_result_says_so() {
    use authpick_core::token::jose::pem_armour::Damage;
    for alg in ["RS256", "ES256", "EdDSA"] {
        let f = by(alg);
        let token = f["token"].as_str().unwrap();
        let spki = f["spki"].as_str().unwrap().trim();
        for (pasted, damage) in [
            // As a JSON string: quotes and \n escapes.
            (
                serde_json::to_string(spki).unwrap(),
                Damage::EscapedNewlines,
            ),
            (spki.replace('\n', " "), Damage::OneLine),
            (spki.replace('\n', "\n    "), Damage::Indented),
        ] {
            let v = check(token, KeyInput::Public(pasted.clone()));
            let Verification::Valid {
                key: KeyUsed::Pem { repaired, .. },
            } = &v
            else {
                panic!("{alg}: {pasted}: {v}");
            };
            assert_eq!(*repaired, Some(damage), "{alg}: {pasted}");
            assert!(v.to_string().contains("repaired because"), "{v}");
        }
        // An intact key is not called repaired.
        let v = check(token, KeyInput::Public(spki.into()));
        assert!(
            matches!(
                v,
                Verification::Valid {
                    key: KeyUsed::Pem { repaired: None, .. }
                }
            ),
            "{alg}: {v}"
        );
    }
}
