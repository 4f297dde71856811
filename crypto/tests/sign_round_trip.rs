//! The workbench signs with private keys made by another implementation (Python's
//! `cryptography`, tests/fixtures/make_private_keys.py), given as PEM and as JWK, and the
//! inspector's verification accepts the result with the matching public key.

use authpick_core::token::jose::alg::KeyKind;
use authpick_core::token::jose::decode::decode;
use authpick_core::token::jose::key::{KeyInput, SecretEncoding};
use authpick_core::token::service::draft::{Draft, SignError, SigningKeyProblem};
use authpick_core::token::service::verification::Verification;
use authpick_crypto::sign::sign;
use authpick_crypto::verify::verify;
use serde_json::Value;

fn keys() -> Value {
    let text = include_str!("../../tests/fixtures/private-keys.json");
    serde_json::from_str::<Value>(text).expect("fixture is JSON")["keys"].clone()
}

fn signed(alg: &str, key: &str) -> Result<String, SignError> {
    sign(&Draft {
        alg: alg.into(),
        header: r#"{"typ":"JWT"}"#.into(),
        payload: r#"{"sub":"workbench","exp":1800000600}"#.into(),
        key: key.into(),
        secret_encoding: SecretEncoding::Text,
    })
}

fn outcome(token: &str, public: &str) -> Verification {
    let d = decode(token).expect("decodes");
    verify(token, &d, &KeyInput::Public(public.into()))
}

#[test]
fn every_algorithm_signs_with_pem_and_jwk_and_verifies() {
    let keys = keys();
    let cases = [
        ("RS256", "rsa"),
        ("RS512", "rsa"),
        ("PS256", "rsa"),
        ("PS384", "rsa"),
        ("ES256", "p256"),
        ("ES384", "p384"),
        ("ES512", "p521"),
        ("EdDSA", "ed25519"),
        ("Ed25519", "ed25519"),
        ("ML-DSA-44", "ml-dsa-44"),
        ("ML-DSA-65", "ml-dsa-65"),
        ("ML-DSA-87", "ml-dsa-87"),
    ];
    for (alg, name) in cases {
        let k = &keys[name];
        let public = k["public"].as_str().unwrap();
        let mut forms = vec![
            ("pkcs8", k["pkcs8"].as_str().unwrap().to_string()),
            ("jwk", k["jwk"].to_string()),
        ];
        // The public key as a JWK verifies too (AKP for ML-DSA: the private JWK without
        // `priv`; EC without `d`).
        let mut public_jwk = k["jwk"].clone();
        for private in ["d", "p", "q", "dp", "dq", "qi", "priv"] {
            public_jwk.as_object_mut().unwrap().remove(private);
        }
        if let Some(pkcs1) = k["pkcs1"].as_str() {
            forms.push(("pkcs1", pkcs1.to_string()));
        }
        for (form, key) in forms {
            let token = signed(alg, &key).unwrap_or_else(|e| panic!("{alg} {form}: {e}"));
            assert!(
                outcome(&token, public).is_valid(),
                "{alg} {form}: {:?}",
                outcome(&token, public)
            );
            assert!(
                outcome(&token, &public_jwk.to_string()).is_valid(),
                "{alg} {form} with the public JWK: {}",
                outcome(&token, &public_jwk.to_string())
            );
            let mut tampered = token.clone().into_bytes();
            let i = token.find('.').unwrap() + 3;
            tampered[i] = if tampered[i] == b'A' { b'B' } else { b'A' };
            let tampered = String::from_utf8(tampered).unwrap();
            assert!(
                !outcome(&tampered, public).is_valid(),
                "{alg} {form}: tampered token must not verify"
            );
        }
    }
}

#[test]
fn mismatched_and_unsupported_private_keys_are_refused_with_reasons() {
    let keys = keys();
    let p256_jwk = keys["p256"]["jwk"].to_string();
    assert_eq!(
        signed("RS256", &p256_jwk),
        Err(SignError::Key(SigningKeyProblem::WrongKind {
            found: KeyKind::P256,
            needs: KeyKind::Rsa
        }))
    );
    let sec1 = keys["p256"]["sec1"].as_str().unwrap();
    assert_eq!(
        signed("ES256", sec1),
        Err(SignError::Key(SigningKeyProblem::Sec1))
    );
    // A P-256 key for ES384: PKCS#8 names its curve, so the mismatch is named.
    assert_eq!(
        signed("ES384", keys["p256"]["pkcs8"].as_str().unwrap()),
        Err(SignError::Key(SigningKeyProblem::WrongKind {
            found: KeyKind::P256,
            needs: KeyKind::P384
        }))
    );
    assert_eq!(
        signed("ML-DSA-65", keys["ml-dsa-44"]["pkcs8"].as_str().unwrap()),
        Err(SignError::Key(SigningKeyProblem::WrongKind {
            found: KeyKind::MlDsa44,
            needs: KeyKind::MlDsa65
        }))
    );
    // An AKP JWK whose `pub` is another key's, and one without `alg`.
    let mut spliced = keys["ml-dsa-44"]["jwk"].clone();
    spliced["pub"] = keys["ml-dsa-65"]["jwk"]["pub"].clone();
    assert_eq!(
        signed("ML-DSA-44", &spliced.to_string()),
        Err(SignError::Key(SigningKeyProblem::Jwk(
            authpick_core::token::service::draft::JwkProblem::PublicPartMismatch
        )))
    );
    let mut no_alg = keys["ml-dsa-44"]["jwk"].clone();
    no_alg.as_object_mut().unwrap().remove("alg");
    assert!(matches!(
        signed("ML-DSA-44", &no_alg.to_string()),
        Err(SignError::Key(SigningKeyProblem::Jwk(
            authpick_core::token::service::draft::JwkProblem::AkpAlg(None)
        )))
    ));
    let public = keys["rsa"]["public"].as_str().unwrap();
    assert_eq!(
        signed("RS256", public),
        Err(SignError::Key(SigningKeyProblem::PublicKey))
    );
}
