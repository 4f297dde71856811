//! The workbench's draft: a header and payload typed as JSON, the algorithm and the key to sign
//! them with, and every way signing it can fail. Editing a draft (setting `alg`, `iat` and
//! `exp`) needs no cryptography and happens here; the crypto worker signs it.

use std::fmt;

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::token::jose::alg::{Alg, KeyKind};
use crate::token::jose::base64url;
use crate::token::jose::key::{SecretEncoding, SecretEncodingError, ShapeProblem};

/// What the user filled in.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Draft {
    /// The algorithm's name as chosen, such as `ES256`; it is written into the header's `alg`.
    pub alg: String,
    /// The header as typed: a JSON object.
    pub header: String,
    /// The payload as typed: a JSON object.
    pub payload: String,
    /// A secret (for HS*) or a private key as PEM or JWK.
    pub key: String,
    /// How a secret is written; read only for HS*.
    pub secret_encoding: SecretEncoding,
}

/// Why typed JSON is not an object; worded to follow "The header" or "The payload".
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum JsonProblem {
    /// It parses, but is not an object.
    NotObject,
    /// The parser's message, with line and column.
    Invalid(String),
}

impl fmt::Display for JsonProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            JsonProblem::NotObject => {
                f.write_str("is not a JSON object: put its members in braces { }.")
            }
            JsonProblem::Invalid(e) => write!(f, "is not valid JSON: {e}."),
        }
    }
}

/// Why a private JWK cannot sign.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum JwkProblem {
    /// The key is not JSON: the parser's message.
    NotJson(String),
    /// The JSON is not an object.
    NotObject,
    /// A key set (JWKS), not one key.
    KeySet,
    /// The JWK has no `kty`.
    NoKty,
    /// A symmetric key (`kty` `oct`), which signs with HS* as a secret instead.
    Symmetric,
    /// A `kty` that cannot sign here.
    OtherKty(String),
    /// An EC curve that cannot sign here (`None`: no `crv`).
    EcCurve(Option<String>),
    /// An OKP key on a curve other than Ed25519.
    OkpCurve,
    /// An `AKP` key (RFC 9964) whose `alg` is missing or names no ML-DSA parameter set.
    AkpAlg(Option<String>),
    /// The JWK's public part is not the one its private part makes.
    PublicPartMismatch,
    /// The JWK has no private part (`d`, or `priv` for ML-DSA).
    NoPrivatePart,
    /// A private RSA JWK without this member.
    MissingRsaMember(String),
    /// A member that is not valid base64url.
    NotBase64 {
        /// The member's name.
        member: String,
        /// What is wrong with its base64url.
        problem: base64url::Base64Error,
    },
    /// A member of the wrong length in bytes for the key.
    WrongLength {
        /// The member's name.
        member: String,
        /// The length the key needs.
        expected: usize,
        /// The length it has.
        found: usize,
    },
    /// An RSA member that is empty or longer than a 16,384-bit key's.
    RsaMemberSize {
        /// The member's name.
        member: String,
        /// Its length in bytes.
        found: usize,
    },
}

impl fmt::Display for JwkProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            JwkProblem::NotJson(e) => write!(f, "The key is not valid JSON: {e}."),
            JwkProblem::NotObject => f.write_str("A JWK is a JSON object."),
            JwkProblem::KeySet => {
                f.write_str("This is a key set (JWKS); paste the one private key to sign with.")
            }
            JwkProblem::NoKty => f.write_str("The JWK has no “kty”."),
            JwkProblem::Symmetric => f.write_str(
                "This is a symmetric key (kty oct): choose an HS algorithm and paste its secret \
                 instead.",
            ),
            JwkProblem::OtherKty(kty) => write!(f, "Keys of type “{kty}” cannot sign here."),
            JwkProblem::EcCurve(crv) => write!(
                f,
                "The EC curve {} cannot sign here; P-256, P-384 and P-521 can.",
                crv.as_deref().unwrap_or("(none)")
            ),
            JwkProblem::OkpCurve => {
                f.write_str("Only the Ed25519 curve of OKP keys can sign here.")
            }
            JwkProblem::AkpAlg(alg) => write!(
                f,
                "An AKP key names its parameter set in “alg” (ML-DSA-44, ML-DSA-65 or \
                 ML-DSA-87); this one has {}.",
                alg.as_deref()
                    .map_or("none".to_string(), |a| format!("“{a}”"))
            ),
            JwkProblem::PublicPartMismatch => f.write_str(
                "The JWK's public part does not belong to its private part: it was edited or \
                 put together from two keys.",
            ),
            JwkProblem::NoPrivatePart => f.write_str(
                "This JWK has no private part (“d”, or “priv” for ML-DSA): signing needs the \
                 private key.",
            ),
            JwkProblem::MissingRsaMember(name) => {
                write!(f, "The private RSA JWK lacks “{name}”.")
            }
            JwkProblem::NotBase64 { member, problem } => {
                write!(f, "“{member}” is not valid base64url: {problem}.")
            }
            JwkProblem::WrongLength {
                member,
                expected,
                found,
            } => write!(
                f,
                "“{member}” should be {expected} bytes for this key, not {found}."
            ),
            JwkProblem::RsaMemberSize { member, found } => write!(
                f,
                "“{member}” is {found} bytes; an RSA key's members are 1 to 2,048 bytes long."
            ),
        }
    }
}

/// Why the key field cannot sign.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SigningKeyProblem {
    /// The secret cannot be read in the chosen encoding.
    Secret(SecretEncodingError),
    /// The secret is empty.
    EmptySecret,
    /// No private key was pasted.
    Missing,
    /// The text is neither PEM nor a JWK.
    NeitherPemNorJwk,
    /// A public key or certificate, not a private key.
    PublicKey,
    /// A SEC1 `EC PRIVATE KEY`, which the library reads only as PKCS#8.
    Sec1,
    /// The PEM key could not be read as the kind the algorithm needs.
    UnreadablePem {
        /// The kind of key the algorithm needs.
        needs: KeyKind,
        /// The library's reason, in its words.
        detail: String,
    },
    /// A key of another kind than the algorithm's.
    WrongKind {
        /// The kind of key it is.
        found: KeyKind,
        /// The kind of key the algorithm needs.
        needs: KeyKind,
    },
    /// The private JWK cannot sign.
    Jwk(JwkProblem),
    /// No real key has this shape; it was not handed to the library.
    Shape(ShapeProblem),
}

impl fmt::Display for SigningKeyProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SigningKeyProblem::Secret(e) => e.fmt(f),
            SigningKeyProblem::EmptySecret => {
                f.write_str("Type a secret, or generate a strong one.")
            }
            SigningKeyProblem::Missing => {
                f.write_str("Paste a private key (PEM or JWK), or generate a key pair.")
            }
            SigningKeyProblem::NeitherPemNorJwk => {
                f.write_str("This is neither PEM (-----BEGIN …) nor a JWK (JSON).")
            }
            SigningKeyProblem::PublicKey => {
                f.write_str("This is a public key: signing needs the private key.")
            }
            SigningKeyProblem::Sec1 => f.write_str(
                "This is a SEC1 EC key; convert it to PKCS#8 first: openssl pkcs8 -topk8 -nocrypt \
                 -in key.pem",
            ),
            SigningKeyProblem::UnreadablePem { needs, detail } => write!(
                f,
                "The PEM key could not be read as {}: {detail}.",
                needs.signing_key()
            ),
            SigningKeyProblem::WrongKind { found, needs } => write!(
                f,
                "This is {}; the algorithm needs {}.",
                found.a_key(),
                needs.signing_key()
            ),
            SigningKeyProblem::Jwk(p) => p.fmt(f),
            SigningKeyProblem::Shape(p) => p.fmt(f),
        }
    }
}

/// Why a draft cannot be signed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SignError {
    /// The header is not a JSON object.
    Header(JsonProblem),
    /// The payload is not a JSON object.
    Payload(JsonProblem),
    /// Not an algorithm the workbench signs with.
    UnknownAlgorithm(String),
    /// The key field cannot sign with the algorithm.
    Key(SigningKeyProblem),
    /// The library refused to sign, in its words.
    Refused {
        /// The algorithm it was asked to sign with.
        alg: Alg,
        /// The library's reason.
        detail: String,
    },
}

impl fmt::Display for SignError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SignError::Header(why) => write!(f, "The header {why}"),
            SignError::Payload(why) => write!(f, "The payload {why}"),
            SignError::UnknownAlgorithm(alg) => write!(f, "“{alg}” cannot sign here."),
            SignError::Key(why) => why.fmt(f),
            SignError::Refused { alg, detail } => {
                write!(f, "This key cannot sign {}: {detail}.", alg.name())
            }
        }
    }
}

/// The algorithm a draft names, if the workbench signs with it.
pub fn signing_alg(name: &str) -> Option<Alg> {
    Alg::from_name(name).filter(|a| a.is_supported())
}

/// A JSON object typed by the user, or what is wrong with it.
pub fn object(text: &str) -> Result<Map<String, Value>, JsonProblem> {
    match serde_json::from_str::<Value>(text) {
        Ok(Value::Object(map)) => Ok(map),
        Ok(_) => Err(JsonProblem::NotObject),
        Err(e) => Err(JsonProblem::Invalid(e.to_string())),
    }
}

/// The header with `alg` set to `alg`: in its place when the header has one, else first; the
/// other members in their order.
pub fn set_alg(mut map: Map<String, Value>, alg: &str) -> Map<String, Value> {
    // Where the header has `alg`, it stays where it is (an edited token keeps its order);
    // where it has none, it comes first.
    if let Some(v) = map.get_mut("alg") {
        *v = Value::String(alg.into());
        return map;
    }
    let mut out = Map::new();
    out.insert("alg".into(), Value::String(alg.into()));
    out.extend(map);
    out
}

fn pretty(map: &Map<String, Value>) -> String {
    // A map of JSON values always serialises; an empty text would only show an empty editor.
    serde_json::to_string_pretty(map).unwrap_or_default()
}

/// The header text with `alg` set, pretty-printed (for when the user picks an algorithm).
pub fn with_alg(header: &str, alg: &str) -> Result<String, JsonProblem> {
    Ok(pretty(&set_alg(object(header)?, alg)))
}

/// The payload with `iat` set to now and, given minutes, `exp` that far ahead.
pub fn with_times(
    payload: &str,
    now: i64,
    exp_minutes: Option<i64>,
) -> Result<String, JsonProblem> {
    let mut map = object(payload)?;
    map.insert("iat".into(), Value::from(now));
    if let Some(m) = exp_minutes {
        map.insert(
            "exp".into(),
            Value::from(now.saturating_add(m.saturating_mul(60))),
        );
    }
    Ok(pretty(&map))
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
        // An edited token's header keeps its order; a header without alg gets it first.
        let h = with_alg(r#"{"typ":"JWT","alg":"none"}"#, "ES256").unwrap();
        let h = object(&h).unwrap();
        assert_eq!(h.keys().collect::<Vec<_>>(), ["typ", "alg"]);
        assert_eq!(h["alg"], "ES256");
        let h = with_alg(r#"{"typ":"JWT"}"#, "ES256").unwrap();
        assert_eq!(
            object(&h).unwrap().keys().collect::<Vec<_>>(),
            ["alg", "typ"]
        );
        assert_eq!(
            with_times("nope", 1, None).map(|_| ()),
            Err(JsonProblem::Invalid(
                "expected ident at line 1 column 2".into()
            ))
        );
        assert_eq!(object("[1]"), Err(JsonProblem::NotObject));
    }

    #[test]
    fn minutes_and_algorithms() {
        assert_eq!(parse_minutes(" 15 "), Ok(15));
        assert!(parse_minutes("0").is_err());
        assert!(parse_minutes("1.5").is_err());
        assert!(parse_minutes(&(MAX_MINUTES + 1).to_string()).is_err());
        assert_eq!(signing_alg("ES256"), Some(Alg::Es256));
        assert_eq!(signing_alg("ES512"), Some(Alg::Es512));
        assert_eq!(signing_alg("ES256K"), None, "known, but not signed here");
    }

    #[test]
    fn errors_read_as_sentences() {
        assert_eq!(
            SignError::Header(JsonProblem::NotObject).to_string(),
            "The header is not a JSON object: put its members in braces { }."
        );
        assert_eq!(
            SignError::Key(SigningKeyProblem::WrongKind {
                found: KeyKind::P256,
                needs: KeyKind::Rsa
            })
            .to_string(),
            "This is a P-256 key; the algorithm needs an RSA private key."
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
