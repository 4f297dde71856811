//! The workbench: a header and payload edited as JSON, signed with a secret or a private key
//! (PEM or JWK). The header keeps the user's members and order; only `alg` is set from the
//! chosen algorithm, so the token says what signed it. The cryptography is jsonwebtoken's.

use std::fmt;

use jsonwebtoken::{crypto, Algorithm, EncodingKey};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::base64url;
use super::private_jwk::{self, JwkKind};
use super::verify::{secret_bytes, SecretEncoding};

/// The algorithms the workbench signs with, as the header names them.
pub const ALGORITHMS: [&str; 13] = [
    "HS256", "HS384", "HS512", "RS256", "RS384", "RS512", "PS256", "PS384", "PS512", "ES256",
    "ES384", "EdDSA", "Ed25519",
];

/// What an algorithm signs with, for labelling the key field and generating a key.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum KeyNeed {
    Secret { min_bytes: usize },
    Rsa,
    P256,
    P384,
    Ed25519,
}

pub fn key_need(alg: &str) -> Option<KeyNeed> {
    Some(match algorithm(alg)? {
        Algorithm::HS256 => KeyNeed::Secret { min_bytes: 32 },
        Algorithm::HS384 => KeyNeed::Secret { min_bytes: 48 },
        Algorithm::HS512 => KeyNeed::Secret { min_bytes: 64 },
        Algorithm::ES256 => KeyNeed::P256,
        Algorithm::ES384 => KeyNeed::P384,
        Algorithm::EdDSA => KeyNeed::Ed25519,
        _ => KeyNeed::Rsa,
    })
}

fn algorithm(alg: &str) -> Option<Algorithm> {
    match alg {
        "Ed25519" => Some(Algorithm::EdDSA),
        other if ALGORITHMS.contains(&other) => other.parse().ok(),
        _ => None,
    }
}

/// Why a draft cannot be signed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SignError {
    Header(String),
    Payload(String),
    UnknownAlgorithm(String),
    Key(String),
}

impl fmt::Display for SignError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SignError::Header(why) => write!(f, "The header {why}"),
            SignError::Payload(why) => write!(f, "The payload {why}"),
            SignError::UnknownAlgorithm(alg) => write!(f, "“{alg}” cannot sign here."),
            SignError::Key(why) => f.write_str(why),
        }
    }
}

/// A JSON object typed by the user, or what is wrong with it (with line and column), worded
/// to follow "The header" or "The payload".
pub fn object(text: &str) -> Result<Map<String, Value>, String> {
    match serde_json::from_str::<Value>(text) {
        Ok(Value::Object(map)) => Ok(map),
        Ok(_) => Err("is not a JSON object: put its members in braces { }.".into()),
        Err(e) => Err(format!("is not valid JSON: {e}.")),
    }
}

/// The header text with `alg` set, pretty-printed (for when the user picks an algorithm).
pub fn with_alg(header: &str, alg: &str) -> Result<String, String> {
    let map = set_alg(object(header)?, alg);
    serde_json::to_string_pretty(&map).map_err(|e| e.to_string())
}

fn set_alg(map: Map<String, Value>, alg: &str) -> Map<String, Value> {
    let mut out = Map::new();
    out.insert("alg".into(), Value::String(alg.into()));
    out.extend(map.into_iter().filter(|(k, _)| k != "alg"));
    out
}

/// The payload with `iat` set to now and, given minutes, `exp` that far ahead.
pub fn with_times(payload: &str, now: i64, exp_minutes: Option<i64>) -> Result<String, String> {
    let mut map = object(payload)?;
    map.insert("iat".into(), Value::from(now));
    if let Some(m) = exp_minutes {
        map.insert(
            "exp".into(),
            Value::from(now.saturating_add(m.saturating_mul(60))),
        );
    }
    serde_json::to_string_pretty(&map).map_err(|e| e.to_string())
}

/// What the user filled in.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Draft {
    pub alg: String,
    pub header: String,
    pub payload: String,
    /// A secret (for HS*) or a private key as PEM or JWK.
    pub key: String,
    pub secret_encoding: SecretEncoding,
}

/// Signs the draft into a compact JWS.
pub fn sign(d: &Draft) -> Result<String, SignError> {
    let alg = algorithm(&d.alg).ok_or_else(|| SignError::UnknownAlgorithm(d.alg.clone()))?;
    let header = set_alg(object(&d.header).map_err(SignError::Header)?, &d.alg);
    let payload = object(&d.payload).map_err(SignError::Payload)?;
    let need = key_need(&d.alg).ok_or_else(|| SignError::UnknownAlgorithm(d.alg.clone()))?;
    let key = encoding_key(need, &d.key, d.secret_encoding).map_err(SignError::Key)?;
    let message = format!(
        "{}.{}",
        base64url::encode(Value::Object(header).to_string().as_bytes()),
        base64url::encode(Value::Object(payload).to_string().as_bytes())
    );
    let signature = crypto::sign(message.as_bytes(), &key, alg)
        .map_err(|e| SignError::Key(format!("This key cannot sign {}: {e}.", d.alg)))?;
    Ok(format!("{message}.{signature}"))
}

/// One of jsonwebtoken's private-key PEM readers.
type PemReader = fn(&[u8]) -> jsonwebtoken::errors::Result<EncodingKey>;

fn encoding_key(
    need: KeyNeed,
    text: &str,
    encoding: SecretEncoding,
) -> Result<EncodingKey, String> {
    let read_pem: PemReader = match need {
        KeyNeed::Secret { .. } => return secret_key(text, encoding),
        KeyNeed::Rsa => EncodingKey::from_rsa_pem,
        KeyNeed::P256 | KeyNeed::P384 => EncodingKey::from_ec_pem,
        KeyNeed::Ed25519 => EncodingKey::from_ed_pem,
    };
    let text = text.trim();
    if text.is_empty() {
        return Err("Paste a private key (PEM or JWK), or generate a key pair.".into());
    }
    if text.starts_with('{') {
        let (kind, key) = private_jwk::from_jwk(text)?;
        let fits = matches!(
            (need, kind),
            (KeyNeed::Rsa, JwkKind::Rsa)
                | (KeyNeed::P256, JwkKind::P256)
                | (KeyNeed::P384, JwkKind::P384)
                | (KeyNeed::Ed25519, JwkKind::Ed25519)
        );
        return if fits {
            Ok(key)
        } else {
            Err(format!(
                "This is {} key; the algorithm needs {}.",
                kind_name(kind),
                need_name(need)
            ))
        };
    }
    let label = text.lines().next().unwrap_or("");
    if !label.starts_with("-----BEGIN") {
        return Err("This is neither PEM (-----BEGIN …) nor a JWK (JSON).".into());
    }
    if label.contains("PUBLIC KEY") || label.contains("CERTIFICATE") {
        return Err("This is a public key: signing needs the private key.".into());
    }
    if label.contains("EC PRIVATE KEY") {
        return Err("This is a SEC1 EC key; convert it to PKCS#8 first: \
                    openssl pkcs8 -topk8 -nocrypt -in key.pem"
            .into());
    }
    read_pem(text.as_bytes())
        .map_err(|e| format!("The PEM key could not be read as {}: {e}.", need_name(need)))
}

fn secret_key(text: &str, encoding: SecretEncoding) -> Result<EncodingKey, String> {
    let bytes = secret_bytes(text, encoding)?;
    if bytes.is_empty() {
        return Err("Type a secret, or generate a strong one.".into());
    }
    Ok(EncodingKey::from_secret(&bytes))
}

fn kind_name(kind: JwkKind) -> &'static str {
    match kind {
        JwkKind::Rsa => "an RSA",
        JwkKind::P256 => "a P-256",
        JwkKind::P384 => "a P-384",
        JwkKind::Ed25519 => "an Ed25519",
    }
}

/// The label of the key field for an algorithm family.
pub fn key_label(need: KeyNeed) -> &'static str {
    match need {
        KeyNeed::Secret { .. } => "Secret (as text)",
        KeyNeed::Rsa => "RSA private key: PEM (PKCS#8 or PKCS#1) or JWK",
        KeyNeed::P256 => "P-256 private key: PEM (PKCS#8) or JWK",
        KeyNeed::P384 => "P-384 private key: PEM (PKCS#8) or JWK",
        KeyNeed::Ed25519 => "Ed25519 private key: PEM (PKCS#8) or JWK",
    }
}

/// The longest lifetime the workbench sets: ten years, in minutes.
pub const MAX_MINUTES: i64 = 10 * 365 * 24 * 60;

/// Minutes for the exp button, as typed.
pub fn parse_minutes(text: &str) -> Result<i64, String> {
    match text.trim().parse::<i64>() {
        Ok(m) if (1..=MAX_MINUTES).contains(&m) => Ok(m),
        _ => Err(format!(
            "Give a whole number of minutes from 1 to {MAX_MINUTES} (ten years)."
        )),
    }
}

pub fn need_name(need: KeyNeed) -> &'static str {
    match need {
        KeyNeed::Secret { .. } => "a shared secret",
        KeyNeed::Rsa => "an RSA private key",
        KeyNeed::P256 => "a P-256 private key",
        KeyNeed::P384 => "a P-384 private key",
        KeyNeed::Ed25519 => "an Ed25519 private key",
    }
}

/// A PEM block of DER bytes, as key generation exports them.
pub fn pem(label: &str, der: &[u8]) -> String {
    let b64: String = base64url::encode(der)
        .chars()
        .map(|c| match c {
            '-' => '+',
            '_' => '/',
            c => c,
        })
        .collect();
    let padded = format!("{b64}{}", "=".repeat((4 - b64.len() % 4) % 4));
    let mut out = format!("-----BEGIN {label}-----\n");
    for line in padded.as_bytes().chunks(64) {
        out.push_str(&String::from_utf8_lossy(line));
        out.push('\n');
    }
    out.push_str(&format!("-----END {label}-----\n"));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::token::decode::decode;
    use crate::token::verify::{verify, KeyInput, Outcome};

    fn draft(alg: &str, key: &str) -> Draft {
        Draft {
            alg: alg.into(),
            header: r#"{"typ":"JWT","kid":"k1"}"#.into(),
            payload: r#"{"sub":"42"}"#.into(),
            key: key.into(),
            secret_encoding: SecretEncoding::Text,
        }
    }

    #[test]
    fn hmac_round_trip_keeps_header_members_and_sets_alg_first() {
        let t = sign(&draft("HS256", "a-long-enough-secret-for-hs256-use!")).unwrap();
        let d = decode(&t).unwrap();
        assert_eq!(
            d.header.as_ref().unwrap().text,
            r#"{"alg":"HS256","typ":"JWT","kid":"k1"}"#
        );
        let key = KeyInput::Secret {
            text: "a-long-enough-secret-for-hs256-use!".into(),
            encoding: SecretEncoding::Text,
        };
        assert!(matches!(verify(&t, &d, &key), Outcome::Valid { .. }));
    }

    #[test]
    fn drafts_that_cannot_be_signed_say_why() {
        let mut d = draft("HS256", "");
        assert!(sign(&d).unwrap_err().to_string().contains("Type a secret"));
        d.header = "[1]".into();
        assert_eq!(
            sign(&d).unwrap_err(),
            SignError::Header("is not a JSON object: put its members in braces { }.".into())
        );
        d.header = "{}".into();
        d.payload = "{\"a\":".into();
        assert!(matches!(sign(&d), Err(SignError::Payload(_))));
        assert!(matches!(
            sign(&draft("ES512", "x")),
            Err(SignError::UnknownAlgorithm(_))
        ));
        assert!(sign(&draft(
            "RS256",
            "-----BEGIN PUBLIC KEY-----\nAA\n-----END PUBLIC KEY-----"
        ))
        .unwrap_err()
        .to_string()
        .contains("public key"));
        assert!(sign(&draft(
            "ES256",
            "-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----"
        ))
        .is_err());
        assert!(sign(&draft("ES256", "not a key")).is_err());
    }

    #[test]
    fn times_and_alg_editing() {
        let p = with_times(r#"{"sub":"1","iat":5}"#, 1_000, Some(15)).unwrap();
        let m = object(&p).unwrap();
        assert_eq!(m["iat"], 1_000);
        assert_eq!(m["exp"], 1_900);
        assert_eq!(
            m.keys().next().map(String::as_str),
            Some("sub"),
            "order kept"
        );
        let h = with_alg(r#"{"typ":"JWT","alg":"none"}"#, "ES256").unwrap();
        assert_eq!(
            object(&h).unwrap().keys().collect::<Vec<_>>(),
            ["alg", "typ"]
        );
        assert!(with_times("nope", 1, None).is_err());
    }

    #[test]
    fn minutes_and_labels() {
        assert_eq!(parse_minutes(" 15 "), Ok(15));
        assert!(parse_minutes("0").is_err());
        assert!(parse_minutes("1.5").is_err());
        assert!(parse_minutes(&(MAX_MINUTES + 1).to_string()).is_err());
        assert_eq!(
            key_label(KeyNeed::Rsa),
            "RSA private key: PEM (PKCS#8 or PKCS#1) or JWK"
        );
    }

    #[test]
    fn pem_wraps_standard_base64() {
        let p = pem("PUBLIC KEY", &[0xfb, 0xff, 0xfe, 0x01]);
        assert_eq!(
            p,
            "-----BEGIN PUBLIC KEY-----\n+//+AQ==\n-----END PUBLIC KEY-----\n"
        );
        assert_eq!(pem("X", &[0; 60]).lines().nth(1).map(str::len), Some(64));
    }
}
