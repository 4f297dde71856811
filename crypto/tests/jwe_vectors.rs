//! JWE decryption against published vectors: RFC 7520's examples (§5 and §6) and tokens that
//! an independent implementation (Python's joserfc, `scripts/jwe_fixtures.py`) encrypted for
//! every `alg` and `enc` pair. Each decrypts to its plaintext, and fails once a byte changes.

use authpick_core::token::jose::jwe::{DecryptError, HeaderError};
use authpick_core::token::jose::key::KeyInput;
use authpick_crypto::jwe::decrypt;
use serde_json::Value;

fn vectors(file: &str) -> Vec<Value> {
    let path = format!("{}/tests/vectors/{file}", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(path).expect("vector file");
    let doc: Value = serde_json::from_str(&text).expect("JSON");
    doc["vectors"].as_array().expect("vectors").clone()
}

fn key(v: &Value) -> KeyInput {
    match &v["key"] {
        Value::String(password) => KeyInput::Secret {
            text: password.clone(),
            encoding: authpick_core::token::jose::key::SecretEncoding::Text,
        },
        jwk => KeyInput::Public(jwk.to_string()),
    }
}

/// The token with one character of part `part` changed (not the last, whose low bits may not
/// count in base64url).
fn changed(token: &str, part: usize) -> String {
    let mut parts: Vec<String> = token.split('.').map(str::to_string).collect();
    let p = &mut parts[part];
    let c = p.remove(0);
    p.insert(0, if c == 'A' { 'B' } else { 'A' });
    parts.join(".")
}

/// `token` decrypts with `key` to the vector's plaintext, and not once its header (the
/// additional data), ciphertext or tag changes.
fn decrypts_and_only_unchanged(name: &str, v: &Value, token: &str, key: &KeyInput) {
    let got = decrypt(token, key).unwrap_or_else(|e| panic!("{name}: {e}"));
    assert_eq!(
        got.plaintext,
        v["plaintext"].as_str().unwrap().as_bytes(),
        "{name}"
    );
    for part in [0, 3, 4] {
        assert!(
            decrypt(&changed(token, part), key).is_err(),
            "{name}: part {part} changed"
        );
    }
}

fn check(v: &Value) {
    let name = format!("{} {} {}", v["section"], v["alg"], v["enc"]);
    let token = v["compact"].as_str().unwrap();
    decrypts_and_only_unchanged(&name, v, token, &key(v));
    if v["alg"] != "dir" && v["alg"] != "ECDH-ES" {
        assert!(
            decrypt(&changed(token, 1), &key(v)).is_err(),
            "{name}: encrypted key changed"
        );
    }
}

#[test]
fn rfc_7520_examples_decrypt() {
    let all = vectors("rfc7520_jwe.json");
    let mut decrypted = 0;
    for v in &all {
        if v["alg"] == "PBES2-HS512+A256KW" {
            // §5.3: a PBES2 variant this page does not decrypt, refused by name.
            let e = decrypt(v["compact"].as_str().unwrap(), &key(v)).unwrap_err();
            assert_eq!(
                e,
                DecryptError::Header(HeaderError::UnknownAlg("PBES2-HS512+A256KW".into()))
            );
            continue;
        }
        check(v);
        decrypted += 1;
    }
    assert_eq!(decrypted, 9);
}

#[test]
fn a_wrong_key_says_so() {
    let all = vectors("rfc7520_jwe.json");
    let by = |s: &str| all.iter().find(|v| v["section"] == s).unwrap();
    let rsa = by("§5.2");
    let oct = key(by("§5.8"));
    let e = decrypt(rsa["compact"].as_str().unwrap(), &oct).unwrap_err();
    assert!(
        e.to_string().contains("RSA-OAEP needs an RSA private key"),
        "{e}"
    );
    // The public half of the recipient's key cannot decrypt.
    let mut public = rsa["key"].clone();
    for m in ["d", "p", "q", "dp", "dq", "qi"] {
        public.as_object_mut().unwrap().remove(m);
    }
    let e = decrypt(
        rsa["compact"].as_str().unwrap(),
        &KeyInput::Public(public.to_string()),
    )
    .unwrap_err();
    assert!(e.to_string().contains("it is a public key"), "{e}");
    // Another 16-byte key unwraps nothing.
    let other = KeyInput::Public(r#"{"kty":"oct","k":"AAAAAAAAAAAAAAAAAAAAAA"}"#.into());
    let e = decrypt(by("§5.8")["compact"].as_str().unwrap(), &other).unwrap_err();
    assert_eq!(e, DecryptError::Unwrap);
    // A 32-byte key for an A128KW token: AES-256 would take it, the recipient must not.
    let long = KeyInput::Public(
        r#"{"kty":"oct","k":"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"}"#.into(),
    );
    let e = decrypt(by("§5.8")["compact"].as_str().unwrap(), &long).unwrap_err();
    assert_eq!(
        e.to_string(),
        "A128KW needs a 16-byte key; this one is 32 bytes."
    );
    // A set: the key is found by the token's kid.
    let set = serde_json::json!({ "keys": [ { "kty": "oct", "kid": "other", "k": "AAAAAAAAAAAAAAAAAAAAAA" }, by("§5.8")["key"] ] });
    let got = decrypt(
        by("§5.8")["compact"].as_str().unwrap(),
        &KeyInput::Public(set.to_string()),
    )
    .unwrap();
    assert_eq!(
        got.key,
        "the set's key with kid 81b20965-8332-43d9-a468-82160ad91ac8"
    );
}

#[test]
fn every_alg_and_enc_pair_from_joserfc_decrypts() {
    let all = vectors("joserfc_jwe.json");
    assert_eq!(all.len(), 48, "12 algs by 4 encs");
    for v in &all {
        let name = format!("{} {}", v["alg"], v["enc"]);
        let token = v["compact"].as_str().unwrap();
        let mut keys = Vec::new();
        if let Some(jwk) = v.get("jwk") {
            keys.push(KeyInput::Public(jwk.to_string()));
        }
        if let Some(pem) = v.get("pem").and_then(Value::as_str) {
            keys.push(KeyInput::Public(pem.to_string()));
        }
        if let Some(password) = v.get("password").and_then(Value::as_str) {
            keys.push(KeyInput::Secret {
                text: password.to_string(),
                encoding: authpick_core::token::jose::key::SecretEncoding::Text,
            });
        }
        assert!(!keys.is_empty(), "{name}");
        for key in &keys {
            decrypts_and_only_unchanged(&name, v, token, key);
        }
    }
}
