//! Published JWS examples verify here, and fail when one character changes: RFC 7515
//! Appendix A.2 (RS256) and A.3 (ES256), and RFC 8037 Appendix A.4 (EdDSA with Ed25519, whose
//! payload is plain text rather than JSON). Their signatures were made by other implementations
//! (the RFC authors'), so this is not a round trip through jsonwebtoken.
//!
//! The values are quoted from the RFCs as JOSE libraries' test suites carry them, and were
//! compared character for character (the RFC 7515 ones also byte for byte against the RFC's
//! octet arrays) across:
//! - latchset/jwcrypto `jwcrypto/tests.py` (A2_/A3_ octet arrays and keys, `E_Ed25519`);
//! - lestrrat-go/jwx `jws/jws_test.go` (RS256Compact, ES256Compact, EdDSACompact);
//! - panva/jose `cookbook/jws.mjs` (RFC 8037 A.4) and go-jose/go-jose `jws_test.go` (the A.3
//!   signature).
//!
//! The Ed25519 `x` is also RFC 8032 §7.1 TEST 1's public key (d75a9801…511a).
//! Only the public members of each key are used: verifying never needs the private half.

use authpick_core::token::jose::base64url;
use authpick_core::token::jose::decode::{decode, PartError};
use authpick_core::token::jose::key::KeyInput;
use authpick_core::token::service::verification::{KeyUsed, Verification};
use authpick_crypto::verify::verify;
use serde_json::Value;

/// RFC 7515 A.2.1: `{"alg":"RS256"}` over the A.1 payload (`iss` joe, `exp` 1300819380, …).
const A2_TOKEN: &str = concat!(
    "eyJhbGciOiJSUzI1NiJ9",
    ".",
    "eyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MTkzODAsDQogImh0dHA6Ly9leGFt",
    "cGxlLmNvbS9pc19yb290Ijp0cnVlfQ",
    ".",
    "cC4hiUPoj9Eetdgtv3hF80EGrhuB__dzERat0XF9g2VtQgr9PJbu3XOiZj5RZmh7",
    "AAuHIm4Bh-0Qc_lF5YKt_O8W2Fp5jujGbds9uJdbF9CUAr7t1dnZcAcQjbKBYNX4",
    "BAynRFdiuB--f_nZLgrnbyTyWzO75vRK5h6xBArLIARNPvkSjtQBMHlb1L07Qe7K",
    "0GarZRmB_eSN9383LcOLn6_dO--xi12jzDwusC-eOkHWEsqtFZESc6BfI7noOPqv",
    "hJ1phCnvWh6IeYI2w9QOYEUipUTI8np6LbgGY9Fs98rqVt5AXLIhWkWywlVmtVrB",
    "p0igcN_IoypGlUPQGe77Rw",
);

/// RFC 7515 A.2.1: the RSA key's public members.
const A2_JWK: &str = concat!(
    r#"{"kty":"RSA","#,
    r#""n":"ofgWCuLjybRlzo0tZWJjNiuSfb4p4fAkd_wWJcyQoTbji9k0l8W26mPddx"#,
    "HmfHQp-Vaw-4qPCJrcS2mJPMEzP1Pt0Bm4d4QlL-yRT-SFd2lZS-pCgNMs",
    "D1W_YpRPEwOWvG6b32690r2jZ47soMZo9wGzjb_7OMg0LOL-bSf63kpaSH",
    "SXndS5z5rexMdbBYUsLA9e-KXBdQOS-UTo7WTBEMa2R2CapHg665xsmtdV",
    "MTBQY4uDZlxvb3qCo5ZwKh9kG4LT6_I5IhlJH7aGhyxXFvUK-DWNmoudF8",
    r#"NAco9_h9iaGNj8q2ethFkMLs91kzk2PAcDTW9gb54h4FRWyuXpoQ","#,
    r#""e":"AQAB"}"#,
);

/// RFC 7515 A.3.1: `{"alg":"ES256"}` over the same payload.
const A3_TOKEN: &str = concat!(
    "eyJhbGciOiJFUzI1NiJ9",
    ".",
    "eyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MTkzODAsDQogImh0dHA6Ly9leGFt",
    "cGxlLmNvbS9pc19yb290Ijp0cnVlfQ",
    ".",
    "DtEhU3ljbEg8L38VWAfUAqOyKAM6-Xx-F4GawxaepmXFCgfTjDxw5djxLa8ISlSA",
    "pmWQxfKTUJqPP3-Kg6NU1Q",
);

/// RFC 7515 A.3.1: the P-256 key's public members.
const A3_JWK: &str = concat!(
    r#"{"kty":"EC","crv":"P-256","#,
    r#""x":"f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU","#,
    r#""y":"x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0"}"#,
);

/// RFC 8037 A.4: `{"alg":"EdDSA"}` over the text "Example of Ed25519 signing".
const ED25519_TOKEN: &str = concat!(
    "eyJhbGciOiJFZERTQSJ9",
    ".",
    "RXhhbXBsZSBvZiBFZDI1NTE5IHNpZ25pbmc",
    ".",
    "hgyY0il_MGCjP0JzlnLWG1PPOt7-09PGcvMg3AIbQR6dWbhijcNR4ki4iylGjg5B",
    "hVsPt9g7sVvpAr_MuM0KAg",
);

/// RFC 8037 A.2: the public key of A.1.
const ED25519_JWK: &str =
    r#"{"kty":"OKP","crv":"Ed25519","x":"11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo"}"#;

/// Each vector: a name, the token, its public JWK, and the `kid` it gets in a JWKS.
const VECTORS: [(&str, &str, &str, &str); 3] = [
    ("RFC 7515 A.2 (RS256)", A2_TOKEN, A2_JWK, "rfc7515-a2"),
    ("RFC 7515 A.3 (ES256)", A3_TOKEN, A3_JWK, "rfc7515-a3"),
    (
        "RFC 8037 A.4 (EdDSA)",
        ED25519_TOKEN,
        ED25519_JWK,
        "rfc8037-a2",
    ),
];

fn check(token: &str, key: &str) -> Verification {
    verify(
        token,
        &decode(token).expect("three parts"),
        &KeyInput::Public(key.to_string()),
    )
}

/// The JWK with a `kid` added, as a JWKS would carry it.
fn with_kid(jwk: &str, kid: &str) -> Value {
    let mut v: Value = serde_json::from_str(jwk).expect("the JWK is JSON");
    v["kid"] = kid.into();
    v
}

/// A JWKS of the given keys.
fn jwks(keys: impl IntoIterator<Item = Value>) -> String {
    serde_json::json!({ "keys": keys.into_iter().collect::<Vec<_>>() }).to_string()
}

/// The token with one character in the middle of part `part` (0 header, 1 payload,
/// 2 signature) replaced. A character that is not the last of its part carries six whole bits
/// of data, so the decoded bytes change; this is asserted, as is that the part still decodes.
fn tampered(token: &str, part: usize) -> String {
    let mut parts: Vec<String> = token.split('.').map(str::to_string).collect();
    let original = parts[part].clone();
    let i = original.len() / 2;
    let replacement = if &original[i..i + 1] == "A" { "B" } else { "A" };
    parts[part].replace_range(i..i + 1, replacement);
    let (before, _) = base64url::decode(&original).expect("the original part decodes");
    let (after, lenient) = base64url::decode(&parts[part]).expect("the changed part decodes");
    assert!(!lenient.any(), "the changed part is still strict base64url");
    assert_ne!(before, after, "the change alters the decoded bytes");
    parts.join(".")
}

#[test]
fn the_vectors_decode_strictly() {
    for (name, token, _, _) in VECTORS {
        let d = decode(token).expect("three parts");
        assert!(d.lenient.is_empty(), "{name}: {:?}", d.lenient);
        assert!(d.header.is_ok(), "{name}: the header is a JSON object");
        assert!(
            matches!(&d.signature, Some(Ok(sig)) if !sig.is_empty()),
            "{name}: the signature decodes"
        );
    }
}

#[test]
fn the_ed25519_payload_is_text_and_still_verifies() {
    let d = decode(ED25519_TOKEN).expect("three parts");
    let header = d.header.as_ref().expect("the header is JSON");
    assert_eq!(header.get("alg").and_then(Value::as_str), Some("EdDSA"));
    assert_eq!(
        base64url::decode(&d.parts[1]).expect("base64url").0,
        b"Example of Ed25519 signing"
    );
    // A JWS payload may be any octets: reported as not JSON, but not an obstacle to verifying.
    assert!(
        matches!(&d.payload, Some(Err(PartError::NotJson(_)))),
        "{:?}",
        d.payload
    );
    assert!(check(ED25519_TOKEN, ED25519_JWK).is_valid());
}

#[test]
fn each_vector_verifies_with_its_published_jwk() {
    for (name, token, jwk, _) in VECTORS {
        assert_eq!(
            check(token, jwk),
            Verification::Valid { key: KeyUsed::Jwk },
            "{name}"
        );
    }
}

#[test]
fn each_vector_verifies_with_its_key_in_a_jwks() {
    // The tokens carry no kid, so every key that fits the algorithm is tried and the one that
    // matched is named. Alone, and among the keys of the other two vectors.
    let all = jwks(VECTORS.iter().map(|(_, _, jwk, kid)| with_kid(jwk, kid)));
    for (name, token, jwk, kid) in VECTORS {
        let alone = jwks([with_kid(jwk, kid)]);
        for set in [&alone, &all] {
            assert_eq!(
                check(token, set),
                Verification::Valid {
                    key: KeyUsed::JwksKid(kid.to_string())
                },
                "{name}: {set}"
            );
        }
    }
}

/// Every vector, with one character of `part` changed, is invalid for its key alone and in the
/// set of all three.
fn changed_part_is_invalid(part: usize) {
    let all = jwks(VECTORS.iter().map(|(_, _, jwk, kid)| with_kid(jwk, kid)));
    for (name, token, jwk, _) in VECTORS {
        let forged = tampered(token, part);
        assert!(
            matches!(
                check(&forged, jwk),
                Verification::Invalid {
                    key: KeyUsed::Jwk,
                    ..
                }
            ),
            "{name}: {forged}"
        );
        assert!(
            matches!(check(&forged, &all), Verification::Invalid { .. }),
            "{name} with the JWKS"
        );
    }
}

#[test]
fn a_changed_signature_character_is_invalid() {
    changed_part_is_invalid(2);
}

#[test]
fn a_changed_payload_character_is_invalid() {
    changed_part_is_invalid(1);
}

#[test]
fn another_vectors_key_does_not_fit() {
    // Each published key, offered for a token of another algorithm, is a mismatch, not a
    // verdict on the signature.
    for (name, token, _, _) in VECTORS {
        for (other, _, jwk, _) in VECTORS.iter().filter(|(n, ..)| *n != name) {
            assert!(
                matches!(check(token, jwk), Verification::Mismatch(_)),
                "{name} with the key of {other}"
            );
        }
    }
}
