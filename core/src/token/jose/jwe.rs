//! The JWE vocabulary, once: the key management (`alg`) and content encryption (`enc`)
//! algorithms the crypto worker decrypts (RFC 7518 §4 and §5), what key each needs, the limits
//! it keeps (draft-ietf-oauth-rfc8725bis §3.13 and §3.15, the draft update of RFC 8725), and
//! what decrypting can report. Reading the header is here, so the page's findings and the
//! worker agree; the decryption is `authpick-crypto`'s.

use std::fmt;

use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::token::cite::{cite, Cite};
use crate::token::jose::decode::JsonObject;

/// Declares an enum of JOSE names with `ALL`, `name` and `from_name` from one list.
macro_rules! names {
    ($(#[$doc:meta])* $ty:ident { $($(#[$vdoc:meta])* $v:ident = $name:literal),* $(,)? }) => {
        $(#[$doc])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum $ty {
            $($(#[$vdoc])* $v),*
        }

        impl $ty {
            /// Every value, in the order declared.
            pub const ALL: &'static [$ty] = &[$($ty::$v),*];

            /// The name as a JOSE header writes it.
            pub fn name(self) -> &'static str {
                match self {
                    $($ty::$v => $name),*
                }
            }

            /// The value a JOSE name stands for, if it is one of these; names are case-sensitive.
            pub fn from_name(name: &str) -> Option<$ty> {
                Self::ALL.iter().copied().find(|a| a.name() == name)
            }
        }
    };
}

names! {
    /// How the content key is carried (RFC 7518 §4.1).
    KeyAlg {
        /// The shared key is the content key itself.
        Dir = "dir",
        /// AES Key Wrap with a 128-bit key.
        A128Kw = "A128KW",
        /// AES Key Wrap with a 256-bit key.
        A256Kw = "A256KW",
        /// AES-GCM key wrap with a 128-bit key.
        A128GcmKw = "A128GCMKW",
        /// AES-GCM key wrap with a 256-bit key.
        A256GcmKw = "A256GCMKW",
        /// RSAES-OAEP with SHA-1.
        RsaOaep = "RSA-OAEP",
        /// RSAES-OAEP with SHA-256.
        RsaOaep256 = "RSA-OAEP-256",
        /// RSAES-PKCS1-v1_5: decrypted, with a Critical finding (draft-ietf-oauth-rfc8725bis §3.2).
        Rsa1_5 = "RSA1_5",
        /// ECDH-ES key agreement: the agreed key is the content key.
        EcdhEs = "ECDH-ES",
        /// ECDH-ES key agreement, the content key then wrapped with A128KW.
        EcdhEsA128Kw = "ECDH-ES+A128KW",
        /// ECDH-ES key agreement, the content key then wrapped with A256KW.
        EcdhEsA256Kw = "ECDH-ES+A256KW",
        /// A password stretched with PBKDF2 (HMAC-SHA-256), the content key wrapped with A128KW.
        Pbes2Hs256A128Kw = "PBES2-HS256+A128KW",
    }
}

names! {
    /// How the content is encrypted (RFC 7518 §5.1).
    ContentEnc {
        /// AES-GCM with a 128-bit key.
        A128Gcm = "A128GCM",
        /// AES-GCM with a 256-bit key.
        A256Gcm = "A256GCM",
        /// AES-128-CBC with HMAC-SHA-256.
        A128CbcHs256 = "A128CBC-HS256",
        /// AES-256-CBC with HMAC-SHA-512.
        A256CbcHs512 = "A256CBC-HS512",
    }
}

impl ContentEnc {
    /// The content key's length in bytes (RFC 7518 §5.2.3, §5.2.5, §5.3).
    pub fn key_len(self) -> usize {
        match self {
            ContentEnc::A128Gcm => 16,
            ContentEnc::A256Gcm | ContentEnc::A128CbcHs256 => 32,
            ContentEnc::A256CbcHs512 => 64,
        }
    }
}

/// The kind of key an `alg` decrypts with.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum KeyNeed {
    /// A symmetric key of this many bytes (the content key itself for `dir`).
    Symmetric(usize),
    /// A password, stretched with PBKDF2.
    Password,
    /// The recipient's RSA private key.
    RsaPrivate,
    /// The recipient's EC private key.
    EcPrivate,
}

impl KeyAlg {
    /// The kind of key this `alg` decrypts with, for content encrypted with `enc` (`dir` takes the
    /// content key itself, so its length is `enc`'s).
    pub fn needs(self, enc: ContentEnc) -> KeyNeed {
        match self {
            KeyAlg::Dir => KeyNeed::Symmetric(enc.key_len()),
            KeyAlg::A128Kw | KeyAlg::A128GcmKw => KeyNeed::Symmetric(16),
            KeyAlg::A256Kw | KeyAlg::A256GcmKw => KeyNeed::Symmetric(32),
            KeyAlg::RsaOaep | KeyAlg::RsaOaep256 | KeyAlg::Rsa1_5 => KeyNeed::RsaPrivate,
            KeyAlg::EcdhEs | KeyAlg::EcdhEsA128Kw | KeyAlg::EcdhEsA256Kw => KeyNeed::EcPrivate,
            KeyAlg::Pbes2Hs256A128Kw => KeyNeed::Password,
        }
    }

    /// Whether decrypting shows who made the token: with a shared key, only its holders could;
    /// with RSA or ECDH, anyone with the recipient's public key can encrypt.
    pub fn authenticates_sender(self) -> bool {
        self.takes_secret()
    }

    /// Whether the key is entered as a secret (text, base64, hex) rather than a JWK or PEM.
    pub fn takes_secret(self) -> bool {
        matches!(
            self,
            KeyAlg::Dir
                | KeyAlg::A128Kw
                | KeyAlg::A256Kw
                | KeyAlg::A128GcmKw
                | KeyAlg::A256GcmKw
                | KeyAlg::Pbes2Hs256A128Kw
        )
    }
}

/// The highest PBES2 count decrypted: twice the 600,000 iterations OWASP recommends for
/// PBKDF2-HMAC-SHA256, as draft-ietf-oauth-rfc8725bis §3.13 recommends. Above it, a token
/// could hold the worker for minutes before any key is checked.
pub const PBES2_MAX_COUNT: u64 = 1_200_000;

/// The largest payload `zip: DEF` may inflate to: draft-ietf-oauth-rfc8725bis §3.15's example
/// of a reasonable limit, 250 KB.
pub const INFLATED_MAX_BYTES: usize = 250_000;

/// How a JWE is decrypted, step by step.
pub const DECRYPTION: Cite = cite(
    "RFC 7516 §5.2",
    "https://www.rfc-editor.org/rfc/rfc7516.html#section-5.2",
);
/// The key management algorithms.
pub const KEY_ALGS: Cite = cite(
    "RFC 7518 §4.1",
    "https://www.rfc-editor.org/rfc/rfc7518.html#section-4.1",
);
/// The limit on PBES2's iteration count, `p2c`.
pub const P2C_LIMIT: Cite = cite(
    "draft-ietf-oauth-rfc8725bis §3.13",
    "https://datatracker.ietf.org/doc/html/draft-ietf-oauth-rfc8725bis#section-3.13",
);
/// The limit on how far compressed content may inflate.
pub const INFLATE_LIMIT: Cite = cite(
    "draft-ietf-oauth-rfc8725bis §3.15",
    "https://datatracker.ietf.org/doc/html/draft-ietf-oauth-rfc8725bis#section-3.15",
);

/// Compression of the plaintext before encryption (RFC 7516 §4.1.3).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Zip {
    /// No `zip`: the plaintext was not compressed.
    None,
    /// `zip: DEF`: the plaintext was compressed with DEFLATE.
    Deflate,
}

/// A JWE's protected header, read for decryption.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct JweHeader {
    /// How the content key is carried.
    pub alg: KeyAlg,
    /// How the content is encrypted.
    pub enc: ContentEnc,
    /// Whether the plaintext was compressed.
    pub zip: Zip,
    /// The recipient's key ID, if the header names one.
    pub kid: Option<String>,
}

/// Why a JWE's header does not say how to decrypt it. Apart from the rest of `DecryptError`,
/// because the page reads headers too (to offer the right key fields) and needs only these
/// sentences.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum HeaderError {
    /// An `alg` not decrypted here.
    UnknownAlg(String),
    /// An `enc` not decrypted here.
    UnknownEnc(String),
    /// A `zip` other than `DEF`.
    UnknownZip(String),
    /// A parameter the algorithm needs is missing or malformed.
    Missing(&'static str),
    /// `p2c` above `PBES2_MAX_COUNT`.
    P2cTooLarge(u64),
    /// `crit` names parameters: none is understood here for a JWE (RFC 7516 §5.2, step 5).
    Critical(String),
}

impl fmt::Display for HeaderError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            HeaderError::UnknownAlg(a) => write!(
                f,
                "alg {a} is not decrypted here (dir, AES key wrap, AES-GCM key wrap, RSA-OAEP, \
                 RSA1_5, ECDH-ES and PBES2-HS256+A128KW are)."
            ),
            HeaderError::UnknownEnc(e) => write!(
                f,
                "enc {e} is not decrypted here (A128GCM, A256GCM, A128CBC-HS256 and \
                 A256CBC-HS512 are)."
            ),
            HeaderError::UnknownZip(z) => write!(
                f,
                "zip {z} is not a compression this page knows (only DEF is defined)."
            ),
            HeaderError::Missing(what) => write!(f, "The header's {what}."),
            HeaderError::Critical(names) => write!(
                f,
                "crit requires {names}, which this page does not process, so it must not \
                 decrypt the token (RFC 7516 §5.2, step 5)."
            ),
            HeaderError::P2cTooLarge(p2c) => write!(
                f,
                "p2c is {p2c}: more than the {PBES2_MAX_COUNT} PBKDF2 iterations the draft \
                 update of RFC 8725 recommends as a limit, so it is refused before any work. \
                 A sender never needs more; an attacker uses it to tie up the recipient."
            ),
        }
    }
}

/// Why a JWE is not decrypted, in words a user understands (the worker sends the sentence).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DecryptError {
    /// Not five parts, or the header is not a JSON object.
    NotJwe,
    /// A part is not base64url.
    Segment(&'static str),
    /// The header does not say how to decrypt it.
    Header(HeaderError),
    /// The key given is not the kind the algorithm needs.
    WrongKey(String),
    /// A JWKS with no key that suits this token.
    NoKeyInSet,
    /// The key could not be read (the reader's message).
    UnreadableKey(String),
    /// Unwrapping or decrypting the content key failed.
    Unwrap,
    /// The content key has the wrong length for `enc`.
    ContentKeyLength {
        /// The length `enc` needs, in bytes.
        expected: usize,
        /// The length the key unwrapped to, in bytes.
        found: usize,
    },
    /// The authentication tag does not match.
    Tag,
    /// `zip: DEF` inflates beyond `INFLATED_MAX_BYTES`.
    TooLargeInflated,
    /// `zip: DEF` content is not raw DEFLATE.
    NotDeflate,
}

impl From<HeaderError> for DecryptError {
    fn from(e: HeaderError) -> Self {
        DecryptError::Header(e)
    }
}

impl fmt::Display for DecryptError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DecryptError::NotJwe => {
                f.write_str("This is not a compact JWE: it needs five parts and a JSON header.")
            }
            DecryptError::Segment(part) => write!(f, "The {part} is not base64url."),
            DecryptError::Header(e) => write!(f, "{e}"),
            DecryptError::WrongKey(why) => f.write_str(why),
            DecryptError::NoKeyInSet => f.write_str(
                "No key in the set suits this token (by kid, or by kind when it has no kid).",
            ),
            DecryptError::UnreadableKey(why) => write!(f, "The key cannot be read: {why}."),
            DecryptError::Unwrap => f.write_str(
                "✗ The key did not unwrap the content key: it is not the recipient's key, or the \
                 token was changed.",
            ),
            DecryptError::ContentKeyLength { expected, found } => write!(
                f,
                "✗ The content key is {found} bytes, but enc needs {expected}: this is not the \
                 recipient's key, or the token was changed."
            ),
            DecryptError::Tag => f.write_str(
                "✗ Decryption failed: the authentication tag does not match. The key is not the \
                 right one, or the token was changed.",
            ),
            DecryptError::TooLargeInflated => write!(
                f,
                "The payload inflates to more than {} KB, the limit draft-ietf-oauth-rfc8725bis §3.15 suggests, \
                 so it is not shown: a small token that inflates hugely is a decompression bomb.",
                INFLATED_MAX_BYTES / 1000
            ),
            DecryptError::NotDeflate => {
                f.write_str("The header says zip DEF, but the payload is not DEFLATE data.")
            }
        }
    }
}

/// Reads what decryption needs from a JWE's protected header.
pub fn read_header(h: &JsonObject) -> Result<JweHeader, HeaderError> {
    let text = |name: &'static str| h.get(name).and_then(Value::as_str);
    let alg = text("alg").ok_or(HeaderError::Missing("alg is missing"))?;
    let alg = KeyAlg::from_name(alg).ok_or_else(|| HeaderError::UnknownAlg(alg.to_string()))?;
    let enc = text("enc").ok_or(HeaderError::Missing("enc is missing"))?;
    let enc = ContentEnc::from_name(enc).ok_or_else(|| HeaderError::UnknownEnc(enc.to_string()))?;
    let zip = match h.get("zip") {
        None => Zip::None,
        Some(Value::String(z)) if z == "DEF" => Zip::Deflate,
        Some(other) => {
            return Err(HeaderError::UnknownZip(
                other
                    .as_str()
                    .map_or_else(|| other.to_string(), str::to_string),
            ))
        }
    };
    if let Some(crit) = h.get("crit") {
        return Err(HeaderError::Critical(crit.to_string()));
    }
    if alg == KeyAlg::Pbes2Hs256A128Kw {
        pbes2_count(h)?;
    }
    Ok(JweHeader {
        alg,
        enc,
        zip,
        kid: text("kid").map(str::to_string),
    })
}

/// A PBES2 header's `p2c`, refused above the limit before any work is done.
pub fn pbes2_count(h: &JsonObject) -> Result<u32, HeaderError> {
    let p2c = h
        .get("p2c")
        .and_then(Value::as_u64)
        .filter(|c| *c >= 1)
        .ok_or(HeaderError::Missing(
            "p2c is missing or not a positive whole number",
        ))?;
    if p2c > PBES2_MAX_COUNT {
        return Err(HeaderError::P2cTooLarge(p2c));
    }
    // Below the limit, which fits in 32 bits.
    Ok(p2c as u32)
}

/// A decrypted token as the page shows it, made in the worker by `shown`, so the page's module
/// holds none of the work of reading a plaintext.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Decrypted {
    /// Which key opened it, and what that proves (`opened_message`).
    pub message: String,
    /// The heading over the plaintext, saying what it is.
    pub heading: String,
    /// The plaintext as shown under the heading.
    pub body: String,
    /// The inner token of a nested JWT.
    pub nested: Option<String>,
}

/// What the page shows for `plaintext`, which `key` (in words) opened with `alg`; `cty` is
/// the JWE header's.
pub fn shown(alg: KeyAlg, cty: Option<&str>, plaintext: Vec<u8>, key: &str) -> Decrypted {
    let c = content(plaintext, cty);
    Decrypted {
        message: opened_message(alg, key),
        heading: c.heading().to_string(),
        body: c.body().to_string(),
        nested: c.nested().map(str::to_string),
    }
}

/// The sentence for a token `alg` that `key` (in words) decrypted: which key opened it, and
/// what that proves about who made it.
pub fn opened_message(alg: KeyAlg, key: &str) -> String {
    let sender = if alg.authenticates_sender() {
        "Only holders of that key could have made it."
    } else {
        "That shows its content, not who made it: anyone with the recipient's public key can \
         encrypt, so check the signature of a nested token."
    };
    format!("✓ Decrypted with {key}. {sender}")
}

/// What the plaintext is, for showing it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Content {
    /// A JSON object (the claims of an encrypted JWT), pretty-printed in its own order.
    Claims(String),
    /// Another JWT inside (`cty: JWT`, RFC 7519 §5.2, or a compact JWS or JWE by its shape):
    /// a nested JWT, inspected as a token of its own.
    Nested(String),
    /// Other UTF-8 text, as it is.
    Text(String),
    /// Not UTF-8: base64url.
    Binary(String),
}

impl Content {
    /// The heading over the plaintext, saying what it is.
    pub fn heading(&self) -> &'static str {
        match self {
            Content::Claims(_) => "Decrypted claims",
            Content::Nested(_) => "A nested token",
            Content::Text(_) => "Decrypted text",
            Content::Binary(_) => "Decrypted bytes (base64url)",
        }
    }

    /// What is shown under the heading.
    pub fn body(&self) -> &str {
        match self {
            Content::Claims(t) | Content::Nested(t) | Content::Text(t) | Content::Binary(t) => t,
        }
    }

    /// The inner token of a nested JWT.
    pub fn nested(&self) -> Option<&str> {
        match self {
            Content::Nested(t) => Some(t),
            _ => None,
        }
    }
}

/// A nested JWT: a JWT as the content of another, announced by `cty`.
pub const NESTED: Cite = cite(
    "RFC 7519 §5.2",
    "https://www.rfc-editor.org/rfc/rfc7519.html#section-5.2",
);

/// What `plaintext` is; `cty` is the JWE header's.
pub fn content(plaintext: Vec<u8>, cty: Option<&str>) -> Content {
    let plaintext = match String::from_utf8(plaintext) {
        Ok(text) => text,
        Err(e) => return Content::Binary(crate::token::jose::base64url::encode(e.as_bytes())),
    };
    let text = plaintext.trim();
    let says_jwt = cty.is_some_and(|c| c.eq_ignore_ascii_case("JWT"));
    let looks_compact = matches!(text.split('.').count(), 3 | 5)
        && text
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"-_.".contains(&b));
    if says_jwt || looks_compact {
        return Content::Nested(text.to_string());
    }
    match serde_json::from_str::<Value>(text) {
        Ok(v @ Value::Object(_)) => {
            Content::Claims(serde_json::to_string_pretty(&v).unwrap_or_else(|_| text.to_string()))
        }
        _ => Content::Text(plaintext),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::token::cite::link_problem;
    use serde_json::json;

    fn header(v: Value) -> JsonObject {
        JsonObject {
            map: v.as_object().unwrap().clone(),
            duplicates: vec![],
            text: v.to_string(),
        }
    }

    #[test]
    fn names_round_trip() {
        for a in KeyAlg::ALL {
            assert_eq!(KeyAlg::from_name(a.name()), Some(*a));
        }
        for e in ContentEnc::ALL {
            assert_eq!(ContentEnc::from_name(e.name()), Some(*e));
        }
        assert_eq!(
            KeyAlg::from_name("rsa-oaep"),
            None,
            "names are case-sensitive"
        );
    }

    #[test]
    fn the_header_says_what_to_do() {
        let h = read_header(&header(
            json!({ "alg": "dir", "enc": "A256GCM", "zip": "DEF", "kid": "k" }),
        ))
        .unwrap();
        assert_eq!(
            h,
            JweHeader {
                alg: KeyAlg::Dir,
                enc: ContentEnc::A256Gcm,
                zip: Zip::Deflate,
                kid: Some("k".into())
            }
        );
        assert_eq!(h.alg.needs(h.enc), KeyNeed::Symmetric(32));
        assert_eq!(
            read_header(&header(json!({ "alg": "A192KW", "enc": "A128GCM" }))),
            Err(HeaderError::UnknownAlg("A192KW".into()))
        );
        assert_eq!(
            read_header(&header(json!({ "alg": "dir", "enc": "A192GCM" }))),
            Err(HeaderError::UnknownEnc("A192GCM".into()))
        );
        assert_eq!(
            read_header(&header(
                json!({ "alg": "dir", "enc": "A128GCM", "zip": "GZIP" })
            )),
            Err(HeaderError::UnknownZip("GZIP".into()))
        );
        assert!(read_header(&header(json!({ "enc": "A128GCM" }))).is_err());
        assert!(matches!(
            read_header(&header(json!({ "alg": "dir", "enc": "A128GCM", "crit": ["exp"] }))),
            Err(HeaderError::Critical(c)) if c.contains("exp")
        ));
    }

    #[test]
    fn a_huge_p2c_is_refused_before_any_work() {
        let pbes2 = |p2c: Value| {
            read_header(&header(
                json!({ "alg": "PBES2-HS256+A128KW", "enc": "A128GCM", "p2s": "c2FsdA", "p2c": p2c }),
            ))
        };
        assert!(pbes2(json!(PBES2_MAX_COUNT)).is_ok());
        let refused = pbes2(json!(PBES2_MAX_COUNT + 1)).unwrap_err();
        assert_eq!(refused, HeaderError::P2cTooLarge(PBES2_MAX_COUNT + 1));
        assert!(refused.to_string().contains("1200000"));
        assert!(pbes2(json!(0)).is_err());
        assert!(pbes2(json!("4096")).is_err());
        assert!(pbes2(json!(2_000_000_000_000u64)).is_err());
    }

    #[test]
    fn the_plaintext_is_shown_for_what_it_is() {
        let d = |text: &str| text.as_bytes().to_vec();
        assert_eq!(
            content(d(r#"{"b":1,"a":2}"#), None),
            Content::Claims("{\n  \"b\": 1,\n  \"a\": 2\n}".into())
        );
        assert_eq!(
            content(d("eyJh.eyJi.c2ln"), None),
            Content::Nested("eyJh.eyJi.c2ln".into())
        );
        assert_eq!(
            content(d("not.a.jwt but text"), Some("jwt")),
            Content::Nested("not.a.jwt but text".into()),
            "cty JWT is case-insensitive"
        );
        assert_eq!(content(d("hello"), None), Content::Text("hello".into()));
        assert!(opened_message(KeyAlg::EcdhEs, "the JWK").contains("not who made it"));
        assert!(opened_message(KeyAlg::A128Kw, "the JWK")
            .starts_with("✓ Decrypted with the JWK. Only holders"));
        let s = shown(
            KeyAlg::Dir,
            Some("JWT"),
            b"eyJh.eyJi.c2ln".to_vec(),
            "the secret",
        );
        assert_eq!(s.nested.as_deref(), Some("eyJh.eyJi.c2ln"));
        assert_eq!(s.heading, "A nested token");
        assert_eq!(content(vec![0xff, 1], None), Content::Binary("_wE".into()));
    }

    #[test]
    fn every_source_links_to_its_section() {
        for c in [DECRYPTION, KEY_ALGS, NESTED] {
            assert_eq!(link_problem(&c), None);
        }
    }
}
