//! Decoding a compact JWS (three parts) or JWE (five parts) into what can be shown, whatever
//! its `alg`. Each part decodes on its own, so a broken payload still leaves a readable
//! header, and every error names the part and the problem.

use std::collections::HashSet;
use std::fmt;

use serde::de::{Deserialize, Deserializer, MapAccess, Visitor};
use serde_json::{Map, Value};

use crate::token::jose::base64url::{self, Base64Error, Leniency};

/// The parts of a compact serialisation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Segment {
    /// The protected header: the first part of either.
    Header,
    /// A JWS's payload, the second part.
    Payload,
    /// A JWS's signature, the third part.
    Signature,
    /// A JWE's encrypted key, the second part.
    EncryptedKey,
    /// A JWE's initialisation vector, the third part.
    Iv,
    /// A JWE's ciphertext, the fourth part.
    Ciphertext,
    /// A JWE's authentication tag, the fifth part.
    Tag,
}

impl fmt::Display for Segment {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Segment::Header => "header",
            Segment::Payload => "payload",
            Segment::Signature => "signature",
            Segment::EncryptedKey => "encrypted key",
            Segment::Iv => "initialisation vector",
            Segment::Ciphertext => "ciphertext",
            Segment::Tag => "authentication tag",
        })
    }
}

/// What is wrong with one part.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PartError {
    /// Not valid base64url.
    Base64(Base64Error),
    /// The decoded bytes are not UTF-8.
    NotUtf8 {
        /// The first invalid byte's position, from 0.
        at: usize,
    },
    /// Not JSON: the parser's message.
    NotJson(String),
    /// JSON, but not an object: what it is instead ("an array", "null").
    NotObject(&'static str),
}

impl fmt::Display for PartError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PartError::Base64(e) => write!(f, "is not valid base64url: {e}"),
            PartError::NotUtf8 { at } => {
                write!(f, "is not UTF-8 text (byte {} is invalid)", at + 1)
            }
            PartError::NotJson(e) => write!(f, "is not JSON: {e}"),
            PartError::NotObject(kind) => write!(f, "is JSON, but {kind} rather than an object"),
        }
    }
}

/// Why the input is not a compact JWS or JWE at all.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DecodeError {
    /// Neither three parts nor five.
    WrongPartCount {
        /// How many dot-separated parts there are.
        found: usize,
    },
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DecodeError::WrongPartCount { found } => write!(
                f,
                "A JWT has three parts separated by dots (five when encrypted); this has {found}."
            ),
        }
    }
}

/// A decoded JSON object: members in their original order, with any repeated names noted.
#[derive(Clone, Debug, PartialEq)]
pub struct JsonObject {
    /// The members as a typical parser sees them (a repeated name keeps its last value, at the
    /// position of its first appearance).
    pub map: Map<String, Value>,
    /// Names that appear more than once: parsers disagree on which value wins.
    pub duplicates: Vec<String>,
    /// The decoded text, exactly as it was.
    pub text: String,
}

impl JsonObject {
    /// A member's value, as a typical parser sees it (the last, when the name is repeated).
    pub fn get(&self, key: &str) -> Option<&Value> {
        self.map.get(key)
    }

    /// Pretty-printed, in the original key order.
    pub fn pretty(&self) -> String {
        serde_json::to_string_pretty(&self.map).unwrap_or_else(|_| self.text.clone())
    }
}

/// Whether the token is signed or encrypted.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Form {
    /// A JWS: three parts, signed (or claiming to be).
    Jws,
    /// A JWE: five parts, encrypted.
    Jwe,
}

/// Everything that could be decoded.
#[derive(Clone, Debug, PartialEq)]
pub struct Decoded {
    /// Whether it is a JWS or a JWE, by its number of parts.
    pub form: Form,
    /// The compact parts as they came, for showing them in colour.
    pub parts: Vec<String>,
    /// The header, or what is wrong with it.
    pub header: Result<JsonObject, PartError>,
    /// The payload of a JWS; a JWE's payload is encrypted and stays `None`.
    pub payload: Option<Result<JsonObject, PartError>>,
    /// The signature bytes of a JWS.
    pub signature: Option<Result<Vec<u8>, PartError>>,
    /// Parts a strict decoder would have refused (padding, white space, stray bits).
    pub lenient: Vec<(Segment, Leniency)>,
}

impl Decoded {
    /// The first part that does not decode, in a sentence: a reason to reject the token. A
    /// JWS payload that is not JSON is not one (it may be any bytes); a broken encoding is.
    pub fn broken(&self) -> Option<String> {
        if let Err(e) = &self.header {
            return Some(format!("The header {e}."));
        }
        if let Some(Err(e @ PartError::Base64(_))) = &self.payload {
            return Some(format!("The payload {e}."));
        }
        if let Some(Err(e)) = &self.signature {
            return Some(format!("The signature {e}."));
        }
        None
    }
}

/// Decodes a compact JWS or JWE, each part on its own: only a wrong number of parts is an
/// error here; a part's own problem stays with that part.
pub fn decode(token: &str) -> Result<Decoded, DecodeError> {
    let parts: Vec<String> = token.split('.').map(str::to_string).collect();
    let form = match parts.len() {
        3 => Form::Jws,
        5 => Form::Jwe,
        found => return Err(DecodeError::WrongPartCount { found }),
    };
    let mut lenient = Vec::new();
    let mut bytes = |part: Segment, text: &str| -> Result<Vec<u8>, PartError> {
        let (b, l) = base64url::decode(text).map_err(PartError::Base64)?;
        if l.any() {
            lenient.push((part, l));
        }
        Ok(b)
    };
    let header = bytes(Segment::Header, &parts[0]).and_then(|b| object(&b));
    let (payload, signature) = match form {
        Form::Jws => (
            Some(bytes(Segment::Payload, &parts[1]).and_then(|b| object(&b))),
            Some(bytes(Segment::Signature, &parts[2])),
        ),
        Form::Jwe => {
            for (part, text) in [
                Segment::EncryptedKey,
                Segment::Iv,
                Segment::Ciphertext,
                Segment::Tag,
            ]
            .iter()
            .zip(&parts[1..])
            {
                let _ = bytes(*part, text);
            }
            (None, None)
        }
    };
    Ok(Decoded {
        form,
        parts,
        header,
        payload,
        signature,
        lenient,
    })
}

/// Parses bytes as a JSON object, keeping order and noting repeated names.
fn object(bytes: &[u8]) -> Result<JsonObject, PartError> {
    let text = String::from_utf8(bytes.to_vec()).map_err(|e| PartError::NotUtf8 {
        at: e.utf8_error().valid_up_to(),
    })?;
    let value: Value =
        serde_json::from_str(&text).map_err(|e| PartError::NotJson(e.to_string()))?;
    let map = match value {
        Value::Object(map) => map,
        Value::Array(_) => return Err(PartError::NotObject("an array")),
        Value::String(_) => return Err(PartError::NotObject("a string")),
        Value::Number(_) => return Err(PartError::NotObject("a number")),
        Value::Bool(_) => return Err(PartError::NotObject("a boolean")),
        Value::Null => return Err(PartError::NotObject("null")),
    };
    let names = serde_json::from_str::<Names>(&text)
        .map(|n| n.0)
        .unwrap_or_default();
    // Sets, not searches: a payload of a thousand short claims stays quick.
    let mut seen = HashSet::new();
    let mut reported = HashSet::new();
    let mut duplicates: Vec<String> = Vec::new();
    for name in &names {
        if !seen.insert(name.as_str()) && reported.insert(name.as_str()) {
            duplicates.push(name.clone());
        }
    }
    Ok(JsonObject {
        map,
        duplicates,
        text,
    })
}

/// The top-level member names of an object, repeats included (serde_json's own map drops them).
struct Names(Vec<String>);

impl<'de> Deserialize<'de> for Names {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Names;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a JSON object")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Names, A::Error> {
                let mut names = Vec::new();
                while let Some((k, _)) = map.next_entry::<String, serde::de::IgnoredAny>()? {
                    names.push(k);
                }
                Ok(Names(names))
            }
        }
        d.deserialize_map(V)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::token::jose::base64url::encode;

    fn token(header: &str, payload: &str, sig: &[u8]) -> String {
        format!(
            "{}.{}.{}",
            encode(header.as_bytes()),
            encode(payload.as_bytes()),
            encode(sig)
        )
    }

    #[test]
    fn decodes_any_alg_in_original_key_order() {
        let t = token(
            r#"{"typ":"JWT","alg":"ES512"}"#,
            r#"{"z":1,"a":2,"sub":"42"}"#,
            b"sig",
        );
        let d = decode(&t).unwrap();
        assert_eq!(d.form, Form::Jws);
        let header = d.header.unwrap();
        assert_eq!(header.get("alg").and_then(Value::as_str), Some("ES512"));
        let payload = d.payload.unwrap().unwrap();
        let keys: Vec<&String> = payload.map.keys().collect();
        assert_eq!(keys, ["z", "a", "sub"]);
        assert!(payload.pretty().find("\"z\"") < payload.pretty().find("\"a\""));
        assert_eq!(d.signature.unwrap().unwrap(), b"sig");
        assert!(d.lenient.is_empty());
    }

    #[test]
    fn a_broken_payload_leaves_the_header_readable() {
        let t = format!("{}.{}.", encode(br#"{"alg":"HS256"}"#), "eyJzdWIiOi+J9");
        let d = decode(&t).unwrap();
        assert!(d.header.is_ok());
        let err = d.payload.unwrap().unwrap_err();
        assert_eq!(
            err,
            PartError::Base64(Base64Error::InvalidChar { at: 10, found: '+' })
        );
        assert_eq!(err.to_string(), "is not valid base64url: character 11 is “+”, which base64url does not use (only A–Z, a–z, 0–9, - and _)");
    }

    #[test]
    fn names_the_problem_of_each_part() {
        let not_utf8 = format!("{}.{}.x", encode(&[0x7b, 0xff]), encode(b"{}"));
        assert_eq!(
            decode(&not_utf8).unwrap().header,
            Err(PartError::NotUtf8 { at: 1 })
        );
        let not_json = token("{alg:1}", "{}", b"");
        assert!(matches!(
            decode(&not_json).unwrap().header,
            Err(PartError::NotJson(_))
        ));
        let array = token("{}", "[1,2]", b"");
        assert_eq!(
            decode(&array).unwrap().payload.unwrap(),
            Err(PartError::NotObject("an array"))
        );
        assert_eq!(decode("a.b"), Err(DecodeError::WrongPartCount { found: 2 }));
        assert!(DecodeError::WrongPartCount { found: 4 }
            .to_string()
            .contains("this has 4"));
    }

    #[test]
    fn repeated_names_are_noted() {
        let t = token(
            r#"{"alg":"none","alg":"HS256"}"#,
            r#"{"exp":1,"sub":"a","exp":2}"#,
            b"",
        );
        let d = decode(&t).unwrap();
        assert_eq!(d.header.unwrap().duplicates, ["alg"]);
        let p = d.payload.unwrap().unwrap();
        assert_eq!(p.duplicates, ["exp"]);
        assert_eq!(
            p.get("exp").and_then(Value::as_i64),
            Some(2),
            "serde_json keeps the last"
        );
    }

    #[test]
    fn a_jwe_shows_its_header_and_keeps_the_payload_sealed() {
        let jwe = format!(
            "{}.a2V5.aXY.Y2lwaGVy.dGFn",
            encode(br#"{"alg":"RSA-OAEP","enc":"A256GCM"}"#)
        );
        let d = decode(&jwe).unwrap();
        assert_eq!(d.form, Form::Jwe);
        assert_eq!(
            d.header.unwrap().get("enc").and_then(Value::as_str),
            Some("A256GCM")
        );
        assert!(d.payload.is_none() && d.signature.is_none());
    }

    #[test]
    fn padding_is_noted_per_part() {
        let t = format!("{}=.{}.", encode(br#"{"alg":"HS256"}"#), encode(b"{}"));
        let d = decode(&t).unwrap();
        assert_eq!(d.lenient.len(), 1);
        assert_eq!(d.lenient[0].0, Segment::Header);
        assert!(d.lenient[0].1.padding);
    }
}
