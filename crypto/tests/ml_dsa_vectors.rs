//! ML-DSA against two independent implementations. RFC 9964 Appendix A.1's JOSE examples
//! (ML-DSA-44, -65 and -87, made by the RFC authors' implementation from an all-zero seed):
//! each verifies with its public JWK, within a JWKS by `kid`, and as SubjectPublicKeyInfo PEM
//! (RFC 9881); each fails when one character changes; and signing the same signing input with
//! the private JWK gives the RFC's token byte for byte, since the examples are deterministic
//! with the empty context (RFC 9964 §5). Tokens signed by Python's `cryptography` (OpenSSL,
//! hedged signing; tests/fixtures/make_ml_dsa_fixtures.py) verify the same three ways.

use authpick_core::token::jose::base64url;
use authpick_core::token::jose::decode::decode;
use authpick_core::token::jose::key::{KeyInput, SecretEncoding};
use authpick_core::token::service::draft::Draft;
use authpick_core::token::service::verification::{KeyUsed, Verification};
use authpick_crypto::sign::{sign, sign_input};
use authpick_crypto::verify::verify;
use serde_json::{json, Value};

fn examples() -> Vec<Value> {
    let text = include_str!("../../tests/fixtures/rfc9964-examples.json");
    let v: Value = serde_json::from_str(text).expect("JSON");
    v["examples"].as_array().expect("examples").clone()
}

fn check(token: &str, key: &str) -> Verification {
    verify(
        token,
        &decode(token).expect("decodes"),
        &KeyInput::Public(key.into()),
    )
}

fn public_jwk(e: &Value) -> Value {
    let mut jwk = e["jwk"].clone();
    jwk.as_object_mut().unwrap().remove("priv");
    jwk
}

#[test]
fn the_examples_verify_with_jwk_jwks_and_pem() {
    let all = examples();
    assert_eq!(all.len(), 3);
    let set = json!({ "keys": all.iter().map(public_jwk).collect::<Vec<_>>() }).to_string();
    for e in &all {
        let alg = e["alg"].as_str().unwrap();
        let token = e["jws"].as_str().unwrap();
        let kid = e["jwk"]["kid"].as_str().unwrap();
        assert_eq!(
            check(token, &public_jwk(e).to_string()),
            Verification::Valid { key: KeyUsed::Jwk },
            "{alg}"
        );
        assert_eq!(
            check(token, &set),
            Verification::Valid {
                key: KeyUsed::JwksKid(kid.into())
            },
            "{alg}"
        );
        assert!(
            check(token, e["spki"].as_str().unwrap()).is_valid(),
            "{alg} PEM"
        );
    }
}

#[test]
fn a_changed_character_or_another_parameter_sets_key_fails() {
    let all = examples();
    for (i, e) in all.iter().enumerate() {
        let alg = e["alg"].as_str().unwrap();
        let token = e["jws"].as_str().unwrap();
        let key = public_jwk(e).to_string();
        // One character of the signature, and one of the payload.
        for at in [token.len() - 30, token.find('.').unwrap() + 5] {
            let mut bytes = token.as_bytes().to_vec();
            bytes[at] = if bytes[at] == b'A' { b'B' } else { b'A' };
            let changed = String::from_utf8(bytes).unwrap();
            let v = check(&changed, &key);
            assert!(
                matches!(v, Verification::Invalid { .. }),
                "{alg} at {at}: {v}"
            );
        }
        // Another parameter set's key is named, not tried.
        let other = public_jwk(&all[(i + 1) % 3]).to_string();
        let v = check(token, &other);
        assert!(
            v.to_string()
                .contains(&format!("but {alg} needs an {alg} public key")),
            "{alg}: {v}"
        );
    }
}

#[test]
fn signing_reproduces_the_examples_byte_for_byte() {
    for e in examples() {
        let alg = e["alg"].as_str().unwrap();
        let token = e["jws"].as_str().unwrap();
        // The payload is text, not JSON, and the workbench signs JSON objects: so the RFC's
        // signing input is signed as it is, with the private JWK read as the workbench reads it.
        let payload = base64url::decode(token.split('.').nth(1).unwrap())
            .unwrap()
            .0;
        assert!(serde_json::from_slice::<Value>(&payload).is_err());
        let signing_input = token.rsplit_once('.').unwrap().0;
        let signed = sign_input(
            alg,
            &e["jwk"].to_string(),
            SecretEncoding::Text,
            signing_input,
        )
        .unwrap_or_else(|err| panic!("{alg}: {err}"));
        assert_eq!(signed, token, "{alg}");
    }
    // And a JSON payload signed by the workbench verifies with the RFC's public key.
    let e = &examples()[0];
    let token = sign(&Draft {
        alg: "ML-DSA-44".into(),
        header: "{}".into(),
        payload: r#"{"sub":"frodo"}"#.into(),
        key: e["jwk"].to_string(),
        secret_encoding: SecretEncoding::Text,
    })
    .unwrap();
    assert!(check(&token, &public_jwk(e).to_string()).is_valid());
}

#[test]
fn tokens_from_python_cryptography_verify_with_jwk_jwks_and_pem() {
    let text = include_str!("../../tests/fixtures/ml-dsa-fixtures.json");
    let v: Value = serde_json::from_str(text).unwrap();
    let all = v["tokens"].as_array().unwrap();
    let set =
        json!({ "keys": all.iter().map(|f| f["jwk"].clone()).collect::<Vec<_>>() }).to_string();
    for f in all {
        let alg = f["alg"].as_str().unwrap();
        let token = f["token"].as_str().unwrap();
        for key in [
            f["jwk"].to_string(),
            set.clone(),
            f["spki"].as_str().unwrap().into(),
        ] {
            assert!(
                check(token, &key).is_valid(),
                "{alg}: {}",
                check(token, &key)
            );
        }
        let mut bytes = token.as_bytes().to_vec();
        let at = token.len() - 40;
        bytes[at] = if bytes[at] == b'A' { b'B' } else { b'A' };
        let changed = String::from_utf8(bytes).unwrap();
        assert!(
            matches!(check(&changed, &set), Verification::Invalid { .. }),
            "{alg}"
        );
    }
}
