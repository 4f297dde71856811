//! Signature verification with a key the user supplies: an HMAC secret (text, base64 or
//! base64url), or a public key as PEM (SubjectPublicKeyInfo, PKCS#1 or an X.509 certificate),
//! a JWK, or a JWKS from which the key is chosen by `kid`. Key material or locations carried by
//! the token itself (`jwk`, `jku`, `x5u`, `x5c`) are never used. The cryptography is
//! jsonwebtoken's.

use std::fmt;

use jsonwebtoken::jwk::{AlgorithmParameters, Jwk, JwkSet};
use jsonwebtoken::{crypto, Algorithm, DecodingKey};
use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::base64url;
use super::decode::{Decoded, Form};
use crate::text::capitalise;

/// How a typed secret is to be read.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum SecretEncoding {
    Text,
    Base64,
    Base64Url,
}

/// The key the user gave.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum KeyInput {
    Secret {
        text: String,
        encoding: SecretEncoding,
    },
    /// PEM, JWK or JWKS, told apart by their shape.
    Public(String),
}

/// The result of a verification attempt.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Outcome {
    /// The signature is valid for this key (described, e.g. "JWKS key “k1” (EC P-256)").
    Valid {
        key: String,
    },
    Invalid {
        key: String,
    },
    /// The key cannot be used with the token's algorithm.
    KeyMismatch(String),
    MalformedKey(String),
    /// The token or its algorithm cannot be verified here (and that is not an error).
    NotVerifiable(String),
    /// An HS* token verified with the bytes of a public key: forged by key confusion.
    KeyConfusion,
}

impl fmt::Display for Outcome {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Outcome::Valid { key } => write!(f, "Signature valid, verified with {key}."),
            Outcome::Invalid { key } => write!(f, "Signature invalid for {key}."),
            Outcome::KeyMismatch(why)
            | Outcome::MalformedKey(why)
            | Outcome::NotVerifiable(why) => f.write_str(why),
            Outcome::KeyConfusion => f.write_str(
                "Forged by key confusion: this HMAC token verifies with the public key's text as \
                 the secret. A verifier that lets the token choose the algorithm accepts it.",
            ),
        }
    }
}

/// The algorithm as jsonwebtoken knows it, or why it cannot be verified here.
fn algorithm(alg: &str) -> Result<Algorithm, String> {
    match alg {
        // RFC 9864's fully specified name for what JOSE called EdDSA with Ed25519.
        "Ed25519" => Ok(Algorithm::EdDSA),
        "none" | "None" | "NONE" => {
            Err("An unsigned token (alg none) has no signature to verify.".into())
        }
        "ES512" | "ES256K" | "Ed448" => Err(format!(
            "{alg} cannot be verified here: the cryptography library in this page does not \
             implement it. The token is still decoded and checked."
        )),
        other => other
            .parse()
            .map_err(|_| format!("“{other}” is not an algorithm this page can verify.")),
    }
}

/// Whether the token's algorithm is checked with a shared secret (`Some(true)`), a public key
/// (`Some(false)`), or neither here (`None`: alg none, unknown or unsupported).
pub fn needs_secret(alg: &str) -> Option<bool> {
    algorithm(alg).ok().map(is_hmac)
}

fn family_name(a: Algorithm) -> &'static str {
    match a {
        Algorithm::HS256 | Algorithm::HS384 | Algorithm::HS512 => "a shared secret (HMAC)",
        Algorithm::RS256
        | Algorithm::RS384
        | Algorithm::RS512
        | Algorithm::PS256
        | Algorithm::PS384
        | Algorithm::PS512 => "an RSA public key",
        Algorithm::ES256 => "an EC P-256 public key",
        Algorithm::ES384 => "an EC P-384 public key",
        Algorithm::EdDSA => "an Ed25519 public key",
        _ => "a key of its own type",
    }
}

fn is_hmac(a: Algorithm) -> bool {
    matches!(a, Algorithm::HS256 | Algorithm::HS384 | Algorithm::HS512)
}

/// Verifies `token` (already decoded as `d`) with `key`.
pub fn verify(token: &str, d: &Decoded, key: &KeyInput) -> Outcome {
    if d.form == Form::Jwe {
        return Outcome::NotVerifiable(
            "This is an encrypted token (JWE): it is decrypted, not verified, and that needs the \
             recipient's private key, which this page does not ask for."
                .into(),
        );
    }
    let Ok(header) = &d.header else {
        return Outcome::NotVerifiable(
            "The header cannot be decoded, so there is no algorithm to verify with.".into(),
        );
    };
    let Some(alg_name) = header.get("alg").and_then(Value::as_str) else {
        return Outcome::NotVerifiable("The header names no algorithm (alg).".into());
    };
    let alg = match algorithm(alg_name) {
        Ok(a) => a,
        Err(why) => return Outcome::NotVerifiable(why),
    };
    let Some((message, signature)) = token.rsplit_once('.') else {
        return Outcome::NotVerifiable("The token has no signature part.".into());
    };
    let kid = header.get("kid").and_then(Value::as_str);
    let job = Job {
        alg,
        alg_name,
        message,
        signature,
    };
    match key {
        KeyInput::Secret { text, encoding } => {
            if !is_hmac(alg) {
                return Outcome::KeyMismatch(format!(
                    "{alg_name} is verified with {}, not with a shared secret.",
                    family_name(alg)
                ));
            }
            let bytes = match secret_bytes(text, *encoding) {
                Ok(b) => b,
                Err(why) => return Outcome::MalformedKey(why),
            };
            let described = format!("the secret ({} bytes)", bytes.len());
            job.check(&DecodingKey::from_secret(&bytes), described)
        }
        KeyInput::Public(text) => {
            if is_hmac(alg) {
                // Key confusion: try the public key's text as the HMAC secret, as attackers do.
                let candidates = [text.as_str(), text.trim(), text.trim_end()];
                let trailing = format!("{}\n", text.trim_end());
                let forged = candidates
                    .into_iter()
                    .chain(std::iter::once(trailing.as_str()))
                    .any(|c| {
                        matches!(
                            crypto::verify(
                                signature,
                                message.as_bytes(),
                                &DecodingKey::from_secret(c.as_bytes()),
                                alg
                            ),
                            Ok(true)
                        )
                    });
                return if forged {
                    Outcome::KeyConfusion
                } else {
                    Outcome::KeyMismatch(format!(
                        "{alg_name} is verified with a shared secret, not with a public key. \
                         (The public key's text as the secret does not verify it either: no key \
                         confusion.)"
                    ))
                };
            }
            public(text.trim(), kid, &job)
        }
    }
}

pub fn secret_bytes(text: &str, encoding: SecretEncoding) -> Result<Vec<u8>, String> {
    match encoding {
        SecretEncoding::Text => Ok(text.as_bytes().to_vec()),
        SecretEncoding::Base64Url => base64url::decode(text.trim())
            .map(|(b, _)| b)
            .map_err(|e| format!("The secret is not valid base64url: {e}.")),
        SecretEncoding::Base64 => {
            let converted: String = text
                .trim()
                .chars()
                .map(|c| match c {
                    '+' => '-',
                    '/' => '_',
                    c => c,
                })
                .collect();
            base64url::decode(&converted)
                .map(|(b, _)| b)
                .map_err(|e| format!("The secret is not valid base64: {e}."))
        }
    }
}

/// What one verification checks: the signing input, the signature and the pinned algorithm.
struct Job<'a> {
    alg: Algorithm,
    alg_name: &'a str,
    message: &'a str,
    signature: &'a str,
}

impl Job<'_> {
    /// Verifies with `key`, described in the outcome as `described`.
    fn check(&self, key: &DecodingKey, described: String) -> Outcome {
        match crypto::verify(self.signature, self.message.as_bytes(), key, self.alg) {
            Ok(true) => Outcome::Valid { key: described },
            Ok(false) => Outcome::Invalid { key: described },
            Err(e) => match e.kind() {
                jsonwebtoken::errors::ErrorKind::Base64(_) => {
                    Outcome::NotVerifiable("The signature part is not valid base64url.".into())
                }
                _ => Outcome::KeyMismatch(format!("This key does not fit {}: {e}.", self.alg_name)),
            },
        }
    }

    /// "RS256 needs an RSA public key."
    fn needs(&self) -> String {
        format!("{} needs {}.", self.alg_name, family_name(self.alg))
    }
}

fn public(text: &str, kid: Option<&str>, job: &Job) -> Outcome {
    if text.is_empty() {
        return Outcome::MalformedKey("Paste a public key: PEM, a JWK or a JWKS.".into());
    }
    if text.starts_with("-----BEGIN") {
        return pem(text, job);
    }
    if !text.starts_with('{') {
        return Outcome::MalformedKey(
            "This is neither PEM (-----BEGIN …) nor JSON (a JWK or a JWKS).".into(),
        );
    }
    let value: Value = match serde_json::from_str(text) {
        Ok(v) => v,
        Err(e) => return Outcome::MalformedKey(format!("The key is not valid JSON: {e}.")),
    };
    if value.get("keys").is_some() {
        let set: JwkSet = match serde_json::from_value(value) {
            Ok(s) => s,
            Err(e) => return Outcome::MalformedKey(format!("The JWKS is not valid: {e}.")),
        };
        return jwks(&set, kid, job);
    }
    match serde_json::from_value::<Jwk>(value) {
        Ok(jwk) => with_jwk(&jwk, job, "the JWK".into()),
        Err(e) => Outcome::MalformedKey(format!("The JWK is not valid: {e}.")),
    }
}

/// One of jsonwebtoken's PEM readers.
type PemParser = fn(&[u8]) -> jsonwebtoken::errors::Result<DecodingKey>;

fn pem(text: &str, job: &Job) -> Outcome {
    let label = text
        .lines()
        .next()
        .unwrap_or("")
        .trim_start_matches("-----BEGIN ")
        .trim_end_matches('-')
        .to_string();
    if label.contains("PRIVATE KEY") {
        return Outcome::MalformedKey(
            "This is a private key. Paste the public key: a private key never needs to leave \
             its owner to verify a token."
                .into(),
        );
    }
    let bytes = text.as_bytes();
    let attempts: [(&str, PemParser); 3] = [
        ("RSA", DecodingKey::from_rsa_pem),
        ("EC", DecodingKey::from_ec_pem),
        ("Ed25519", DecodingKey::from_ed_pem),
    ];
    let wanted = match job.alg {
        Algorithm::ES256 | Algorithm::ES384 => "EC",
        Algorithm::EdDSA => "Ed25519",
        _ => "RSA",
    };
    let described = format!("the PEM {} ({wanted})", label.to_ascii_lowercase());
    let Some((_, parse)) = attempts.iter().find(|(kind, _)| *kind == wanted) else {
        return Outcome::NotVerifiable(format!(
            "{} cannot be verified with PEM here.",
            job.alg_name
        ));
    };
    match parse(bytes) {
        Ok(key) => job.check(&key, described),
        Err(e) => {
            // Tell the user what the key is, when it parses as another kind.
            match attempts
                .iter()
                .find(|(kind, parse)| *kind != wanted && parse(bytes).is_ok())
            {
                Some((kind, _)) => Outcome::KeyMismatch(format!(
                    "This is {} key, but {}",
                    article(kind),
                    job.needs()
                )),
                None => Outcome::MalformedKey(format!("The PEM key could not be read: {e}.")),
            }
        }
    }
}

fn article(kind: &str) -> String {
    match kind {
        "RSA" => "an RSA".into(),
        "EC" => "an EC".into(),
        other => format!("an {other}"),
    }
}

fn jwk_kind(jwk: &Jwk) -> &'static str {
    match jwk.algorithm {
        AlgorithmParameters::RSA(_) => "an RSA key",
        AlgorithmParameters::EllipticCurve(_) => "an EC key",
        AlgorithmParameters::OctetKey(_) => "a symmetric (oct) key",
        AlgorithmParameters::OctetKeyPair(_) => "an OKP (Ed25519) key",
        _ => "a key of another type",
    }
}

fn fits(jwk: &Jwk, alg: Algorithm) -> bool {
    matches!(
        (&jwk.algorithm, alg),
        (
            AlgorithmParameters::RSA(_),
            Algorithm::RS256
                | Algorithm::RS384
                | Algorithm::RS512
                | Algorithm::PS256
                | Algorithm::PS384
                | Algorithm::PS512
        ) | (
            AlgorithmParameters::EllipticCurve(_),
            Algorithm::ES256 | Algorithm::ES384
        ) | (AlgorithmParameters::OctetKeyPair(_), Algorithm::EdDSA)
    )
}

fn with_jwk(jwk: &Jwk, job: &Job, described: String) -> Outcome {
    if !fits(jwk, job.alg) {
        return Outcome::KeyMismatch(format!(
            "{} is {}, but {}",
            capitalise(&described),
            jwk_kind(jwk),
            job.needs()
        ));
    }
    match DecodingKey::from_jwk(jwk) {
        Ok(key) => job.check(&key, described),
        Err(e) => Outcome::MalformedKey(format!(
            "{} could not be used: {e}.",
            capitalise(&described)
        )),
    }
}

fn jwks(set: &JwkSet, kid: Option<&str>, job: &Job) -> Outcome {
    if set.keys.is_empty() {
        return Outcome::MalformedKey("The JWKS has no keys.".into());
    }
    if let Some(kid) = kid {
        return match set.find(kid) {
            Some(jwk) => with_jwk(jwk, job, format!("the JWKS key “{kid}”")),
            None => {
                let ids: Vec<&str> = set
                    .keys
                    .iter()
                    .filter_map(|k| k.common.key_id.as_deref())
                    .collect();
                Outcome::MalformedKey(format!(
                    "The token's kid is “{kid}”, and the JWKS has no key with that ID (it has: {}).",
                    if ids.is_empty() { "keys without IDs".to_string() } else { ids.join(", ") }
                ))
            }
        };
    }
    // No kid: try every key that fits the algorithm and say which one matched.
    let mut tried = 0;
    for (i, jwk) in set
        .keys
        .iter()
        .enumerate()
        .filter(|(_, k)| fits(k, job.alg))
    {
        tried += 1;
        let name = jwk
            .common
            .key_id
            .as_deref()
            .map_or(format!("key {} of the JWKS", i + 1), |k| {
                format!("the JWKS key “{k}”")
            });
        if let Outcome::Valid { key } = with_jwk(jwk, job, name) {
            return Outcome::Valid { key };
        }
    }
    if tried == 0 {
        Outcome::KeyMismatch(format!(
            "No key in the JWKS fits {}, which needs {}.",
            job.alg_name,
            family_name(job.alg)
        ))
    } else {
        Outcome::Invalid {
            key: format!("all {tried} fitting keys of the JWKS (the token has no kid)"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::token::decode::decode;

    /// RFC 7515 Appendix A.1: HS256 with the published JWK `k`.
    const A1_TOKEN: &str = "eyJ0eXAiOiJKV1QiLA0KICJhbGciOiJIUzI1NiJ9.eyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MTkzODAsDQogImh0dHA6Ly9leGFtcGxlLmNvbS9pc19yb290Ijp0cnVlfQ.dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";
    const A1_KEY: &str =
        "AyM1SysPpbyDfgZld3umj1qzKObwVMkoqQ-EstJQLr_T-1qS0gZH75aKtMN3Yj0iPS4hcgUuTwjAzZr1Z9CAow";

    fn run(token: &str, key: KeyInput) -> Outcome {
        verify(token, &decode(token).unwrap(), &key)
    }

    #[test]
    fn rfc_7515_a1_verifies_and_fails_when_one_byte_changes() {
        let key = KeyInput::Secret {
            text: A1_KEY.into(),
            encoding: SecretEncoding::Base64Url,
        };
        assert!(matches!(run(A1_TOKEN, key.clone()), Outcome::Valid { .. }));
        let mut tampered = A1_TOKEN.to_string();
        // Change one character of the payload.
        tampered.replace_range(60..61, if &A1_TOKEN[60..61] == "A" { "B" } else { "A" });
        assert!(matches!(run(&tampered, key), Outcome::Invalid { .. }));
    }

    #[test]
    fn secrets_in_every_encoding() {
        let token = jsonwebtoken::encode(
            &jsonwebtoken::Header::new(Algorithm::HS256),
            &serde_json::json!({"sub": "42"}),
            &jsonwebtoken::EncodingKey::from_secret(b"hello world"),
        )
        .unwrap();
        for (text, encoding) in [
            ("hello world", SecretEncoding::Text),
            ("aGVsbG8gd29ybGQ=", SecretEncoding::Base64),
            ("aGVsbG8gd29ybGQ", SecretEncoding::Base64Url),
        ] {
            let out = run(
                &token,
                KeyInput::Secret {
                    text: text.into(),
                    encoding,
                },
            );
            assert_eq!(
                out,
                Outcome::Valid {
                    key: "the secret (11 bytes)".into()
                },
                "{text}"
            );
        }
        let bad = run(
            &token,
            KeyInput::Secret {
                text: "a+b".into(),
                encoding: SecretEncoding::Base64Url,
            },
        );
        assert!(matches!(bad, Outcome::MalformedKey(m) if m.contains("base64url")));
    }

    #[test]
    fn algorithms_the_library_lacks_are_not_errors() {
        let t = format!(
            "{}.{}.c2ln",
            base64url::encode(br#"{"alg":"ES512"}"#),
            base64url::encode(b"{}")
        );
        let out = run(&t, KeyInput::Public("{}".into()));
        assert!(
            matches!(out, Outcome::NotVerifiable(m) if m.contains("ES512 cannot be verified here"))
        );
        let none = format!(
            "{}.{}.",
            base64url::encode(br#"{"alg":"none"}"#),
            base64url::encode(b"{}")
        );
        assert!(matches!(
            run(&none, KeyInput::Public("{}".into())),
            Outcome::NotVerifiable(_)
        ));
        let jwe = format!(
            "{}.a.b.c.d",
            base64url::encode(br#"{"alg":"RSA-OAEP","enc":"A128GCM"}"#)
        );
        assert!(
            matches!(run(&jwe, KeyInput::Public("{}".into())), Outcome::NotVerifiable(m) if m.contains("encrypted"))
        );
    }

    #[test]
    fn a_secret_for_an_rsa_token_is_a_specific_mismatch() {
        let t = format!(
            "{}.{}.c2ln",
            base64url::encode(br#"{"alg":"RS256"}"#),
            base64url::encode(b"{}")
        );
        let out = run(
            &t,
            KeyInput::Secret {
                text: "x".into(),
                encoding: SecretEncoding::Text,
            },
        );
        assert_eq!(
            out,
            Outcome::KeyMismatch(
                "RS256 is verified with an RSA public key, not with a shared secret.".into()
            )
        );
    }

    #[test]
    fn key_confusion_is_detected() {
        let pem = "-----BEGIN PUBLIC KEY-----\nMCowBQYDK2VwAyEAGb9ECWmEzf6FQbrBZ9w7lshQhqowtrbLDFw4rXAxZuE=\n-----END PUBLIC KEY-----\n";
        let forged = jsonwebtoken::encode(
            &jsonwebtoken::Header::new(Algorithm::HS256),
            &serde_json::json!({"sub": "admin"}),
            &jsonwebtoken::EncodingKey::from_secret(pem.as_bytes()),
        )
        .unwrap();
        assert_eq!(
            run(&forged, KeyInput::Public(pem.into())),
            Outcome::KeyConfusion
        );
        let honest = jsonwebtoken::encode(
            &jsonwebtoken::Header::new(Algorithm::HS256),
            &serde_json::json!({"sub": "admin"}),
            &jsonwebtoken::EncodingKey::from_secret(b"another secret"),
        )
        .unwrap();
        assert!(
            matches!(run(&honest, KeyInput::Public(pem.into())), Outcome::KeyMismatch(m) if m.contains("no key confusion"))
        );
    }

    #[test]
    fn malformed_keys_say_why() {
        let t = format!(
            "{}.{}.c2ln",
            base64url::encode(br#"{"alg":"RS256"}"#),
            base64url::encode(b"{}")
        );
        for (key, expect) in [
            ("", "Paste a public key"),
            ("ssh-rsa AAAA", "neither PEM"),
            ("{not json", "not valid JSON"),
            (
                "-----BEGIN PRIVATE KEY-----\nAA\n-----END PRIVATE KEY-----",
                "private key",
            ),
            (
                "-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----",
                "could not be read",
            ),
            (r#"{"keys":[]}"#, "no keys"),
        ] {
            let out = run(&t, KeyInput::Public(key.into()));
            assert!(out.to_string().contains(expect), "{key}: {out}");
        }
    }

    #[test]
    fn a_key_from_the_token_is_never_used() {
        // The header embeds a JWK; with no user key of the right kind, nothing verifies.
        let t = format!(
            "{}.{}.c2ln",
            base64url::encode(br#"{"alg":"EdDSA","jwk":{"kty":"OKP","crv":"Ed25519","x":"11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo"}}"#),
            base64url::encode(b"{}")
        );
        let out = run(
            &t,
            KeyInput::Public(r#"{"keys":[{"kty":"RSA","n":"AQAB","e":"AQAB"}]}"#.into()),
        );
        assert!(
            matches!(out, Outcome::KeyMismatch(m) if m.contains("No key in the JWKS fits EdDSA"))
        );
    }
}
