//! What verifying a token's signature found, as typed results: the crypto worker makes them and
//! its tests match the cases, not the words. Every case has a sentence a user understands
//! (`Display`). What crosses to the page is a `Reported`: the kind of result and its sentence,
//! which is all the page shows and the findings rank (and keeps the page's module small).

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::format::plain;
use crate::text::capitalise;
use crate::token::jose::alg::{Alg, KeyKind};
use crate::token::jose::key::{SecretEncoding, SecretEncodingError, ShapeProblem};
use crate::token::jose::pem_armour::Damage;

/// The result of one verification attempt.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Verification {
    /// The signature is valid for this key.
    Valid {
        /// The key that verified it.
        key: KeyUsed,
    },
    /// The signature does not verify with this key.
    Invalid {
        /// The key it was checked with.
        key: KeyUsed,
        /// What trying the usual mistakes found, when it found something.
        hint: Option<Hint>,
    },
    /// An HMAC token that verifies with the bytes of the public key given: a forgery by key
    /// confusion.
    KeyConfusion,
    /// The key cannot be used with the token's algorithm.
    Mismatch(Mismatch),
    /// The key could not be read.
    BadKey(KeyProblem),
    /// The token or its algorithm cannot be verified here (that is not an error).
    NotVerifiable(Unverifiable),
}

impl Verification {
    /// Whether the signature verified.
    pub fn is_valid(&self) -> bool {
        matches!(self, Verification::Valid { .. })
    }

    /// Which case this is, without its details: what the page and the findings go by.
    pub fn kind(&self) -> ResultKind {
        match self {
            Verification::Valid { .. } => ResultKind::Valid,
            Verification::Invalid { .. } => ResultKind::Invalid,
            Verification::KeyConfusion => ResultKind::KeyConfusion,
            Verification::Mismatch(_) => ResultKind::Mismatch,
            Verification::BadKey(KeyProblem::UnknownKid { .. }) => ResultKind::NoKeyForKid,
            Verification::BadKey(_) => ResultKind::BadKey,
            Verification::NotVerifiable(_) => ResultKind::NotVerifiable,
        }
    }
}

/// Which case a verification is, without its details.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum ResultKind {
    /// The signature is valid.
    Valid,
    /// The signature does not verify with the key given.
    Invalid,
    /// An HMAC token that verifies with the public key's text as the secret: forged.
    KeyConfusion,
    /// The key cannot be used with the token's algorithm.
    Mismatch,
    /// The key could not be read.
    BadKey,
    /// A JWKS without a key of the token's `kid`: not a bad key, the wrong set (or a rotation).
    NoKeyForKid,
    /// The token or its algorithm cannot be verified here.
    NotVerifiable,
}

/// How a result reads at a glance.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Tone {
    /// Good: the page shows it in green.
    Valid,
    /// Neither good nor bad: this page cannot say.
    Neutral,
    /// Bad: something is wrong with the token or the key.
    Invalid,
}

impl ResultKind {
    /// The result's first line.
    pub fn headline(self) -> &'static str {
        match self {
            ResultKind::Valid => "✓ Signature valid",
            ResultKind::Invalid => "✗ Signature invalid",
            ResultKind::Mismatch => "✗ The key does not match the algorithm",
            ResultKind::BadKey => "✗ The key could not be read",
            ResultKind::NoKeyForKid => "No key of the JWKS has the token's kid",
            ResultKind::NotVerifiable => "Cannot be verified here",
            ResultKind::KeyConfusion => "✗ Forged: key confusion",
        }
    }

    /// How the case reads at a glance: a token that cannot be checked here, or a JWKS without
    /// its `kid`, is neutral rather than bad.
    pub fn tone(self) -> Tone {
        match self {
            ResultKind::Valid => Tone::Valid,
            ResultKind::NotVerifiable | ResultKind::NoKeyForKid => Tone::Neutral,
            _ => Tone::Invalid,
        }
    }
}

/// A verification as it crosses from the crypto worker to the page: its case and its sentence.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Reported {
    /// The case, which decides the headline and the tone.
    pub kind: ResultKind,
    /// The result in a sentence, as `Display` writes it.
    pub message: String,
}

impl From<&Verification> for Reported {
    fn from(v: &Verification) -> Self {
        Reported {
            kind: v.kind(),
            message: v.to_string(),
        }
    }
}

impl Reported {
    /// Whether the signature verified.
    pub fn is_valid(&self) -> bool {
        self.kind == ResultKind::Valid
    }
}

/// Which key a result is about.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum KeyUsed {
    /// A shared secret.
    Secret {
        /// Its length in bytes, once read in its encoding.
        bytes: usize,
    },
    /// A PEM block: its label as written ("public key", "certificate") and the kind of key
    /// it holds.
    Pem {
        /// The block's label in lower case, such as "public key".
        label: String,
        /// The kind of key it holds.
        kind: KeyKind,
        /// What was wrong with the armour as pasted, repaired before reading.
        repaired: Option<Damage>,
    },
    /// A single JWK.
    Jwk,
    /// The key of a JWKS with the token's `kid`.
    JwksKid(String),
    /// A key of a JWKS found by trying each (the token has no `kid`), counted from 1.
    JwksPosition(usize),
    /// Every key of a JWKS that fits the algorithm, none of which verified.
    EveryFittingJwk {
        /// How many keys were tried.
        tried: usize,
    },
}

impl KeyUsed {
    /// Where the key came from, without what it turned out to be: "the PEM public key".
    pub fn source(&self) -> String {
        match self {
            KeyUsed::Pem { label, .. } => format!("the PEM {label}"),
            other => other.to_string(),
        }
    }
}

impl fmt::Display for KeyUsed {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            KeyUsed::Secret { bytes } => write!(f, "the secret ({bytes} bytes)"),
            KeyUsed::Pem {
                label,
                kind,
                repaired,
            } => {
                write!(f, "the PEM {label} ({})", kind.name())?;
                match repaired {
                    Some(d) => write!(f, ", repaired because {d}"),
                    None => Ok(()),
                }
            }
            KeyUsed::Jwk => f.write_str("the JWK"),
            KeyUsed::JwksKid(kid) => write!(f, "the JWKS key “{kid}”"),
            KeyUsed::JwksPosition(n) => write!(f, "key {n} of the JWKS"),
            KeyUsed::EveryFittingJwk { tried } => write!(
                f,
                "all {tried} fitting keys of the JWKS (the token has no kid)"
            ),
        }
    }
}

/// A key that cannot serve the token's algorithm.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Mismatch {
    /// A secret for a public-key algorithm.
    SecretForPublicKey {
        /// The token's algorithm.
        alg: Alg,
    },
    /// A public key for an HMAC token, whose text does not verify it either.
    PublicKeyForHmac {
        /// The token's algorithm.
        alg: Alg,
    },
    /// A PEM key or a JWK of another kind than the algorithm's (another type, or another
    /// curve); `found` is `None` for a kind nothing here verifies.
    KeyKind {
        /// The key given.
        key: KeyUsed,
        /// The kind of key it is; `None` for a kind nothing here verifies.
        found: Option<KeyKind>,
        /// The token's algorithm.
        alg: Alg,
    },
    /// No key of a JWKS has the algorithm's type.
    NoFittingJwk {
        /// The token's algorithm.
        alg: Alg,
    },
    /// The library refused the key for the algorithm, in its words.
    Refused {
        /// The token's algorithm.
        alg: Alg,
        /// The library's reason.
        detail: String,
    },
}

impl fmt::Display for Mismatch {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let needs = |alg: &Alg| alg.key().verifying_key();
        match self {
            Mismatch::SecretForPublicKey { alg } => write!(
                f,
                "{} is verified with {}, not with a shared secret.",
                alg.name(),
                needs(alg)
            ),
            Mismatch::PublicKeyForHmac { alg } => write!(
                f,
                "{} is verified with a shared secret, not with a public key. (The public key's \
                 text as the secret does not verify it either: no key confusion.)",
                alg.name()
            ),
            Mismatch::KeyKind { key, found, alg } => write!(
                f,
                "{} is {}, but {} needs {}.",
                capitalise(&key.source()),
                found.map_or("a kind of key not verified here", KeyKind::a_key),
                alg.name(),
                needs(alg)
            ),
            Mismatch::NoFittingJwk { alg } => write!(
                f,
                "No key in the JWKS fits {}, which needs {}.",
                alg.name(),
                needs(alg)
            ),
            Mismatch::Refused { alg, detail } => {
                write!(f, "This key does not fit {}: {detail}.", alg.name())
            }
        }
    }
}

/// Why the key could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum KeyProblem {
    /// The secret cannot be read in the chosen encoding; `verifies_as` is the encoding in
    /// which it reads and verifies, if one does.
    Secret {
        /// Why it cannot be read in the chosen encoding.
        error: SecretEncodingError,
        /// The encoding in which it reads and verifies, if one does.
        verifies_as: Option<SecretEncoding>,
    },
    /// Nothing was pasted.
    Empty,
    /// The text is neither PEM nor JSON.
    NeitherPemNorJson,
    /// The JSON parser's message.
    NotJson(String),
    /// The JWKS is not valid: the reason (which key, and what is wrong with it).
    BadJwks(String),
    /// The JWK is not valid: the reason.
    BadJwk(String),
    /// A private key where the public one belongs.
    PrivateKey,
    /// The PEM block could not be read: the library's message.
    UnreadablePem(String),
    /// A JWKS with no keys in it.
    EmptyJwks,
    /// The token's `kid` names no key of the JWKS; `available` are the IDs it has, and
    /// `verified_by` the key that verifies the token all the same, if one does.
    UnknownKid {
        /// The token's `kid`.
        kid: String,
        /// The key IDs the JWKS has.
        available: Vec<String>,
        /// The key that verifies the token all the same, if one does.
        verified_by: Option<KeyUsed>,
    },
    /// The library could not use a JWK that has the right type.
    UnusableJwk {
        /// The JWK.
        key: KeyUsed,
        /// The library's reason, in its words.
        detail: String,
    },
    /// No real key has this shape; it was not handed to the library.
    Shape(ShapeProblem),
}

impl fmt::Display for KeyProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            KeyProblem::Secret { error, verifies_as } => {
                error.fmt(f)?;
                match verifies_as {
                    Some(e) => write!(f, " {}", Hint::SecretEncoding(*e)),
                    None => Ok(()),
                }
            }
            KeyProblem::Empty => f.write_str("Paste a public key: PEM, a JWK or a JWKS."),
            KeyProblem::NeitherPemNorJson => {
                f.write_str("This is neither PEM (-----BEGIN …) nor JSON (a JWK or a JWKS).")
            }
            KeyProblem::NotJson(e) => write!(f, "The key is not valid JSON: {e}."),
            KeyProblem::BadJwks(e) => write!(f, "The JWKS is not valid: {e}."),
            KeyProblem::BadJwk(e) => write!(f, "The JWK is not valid: {e}."),
            KeyProblem::PrivateKey => f.write_str(
                "This is a private key. Paste the public key: a private key never needs to \
                 leave its owner to verify a token.",
            ),
            KeyProblem::UnreadablePem(e) => write!(f, "The PEM key could not be read: {e}."),
            KeyProblem::EmptyJwks => f.write_str("The JWKS has no keys."),
            KeyProblem::UnknownKid {
                kid,
                available,
                verified_by,
            } => {
                write!(
                    f,
                    "The token's kid is “{kid}”, and the JWKS has no key with that ID (it has: \
                     {}).",
                    if available.is_empty() {
                        "keys without IDs".to_string()
                    } else {
                        available.join(", ")
                    }
                )?;
                match verified_by {
                    Some(k) => write!(
                        f,
                        " {} verifies it, though: the token names the wrong kid, or the key \
                         was published under another ID.",
                        capitalise(&k.to_string())
                    ),
                    None => Ok(()),
                }
            }
            KeyProblem::UnusableJwk { key, detail } => write!(
                f,
                "{} could not be used: {detail}.",
                capitalise(&key.to_string())
            ),
            KeyProblem::Shape(p) => p.fmt(f),
        }
    }
}

/// What a failed verification suggests, found by trying locally what people usually get
/// wrong: the secret's encoding, white space copied with it, another key of the JWKS; for RSA,
/// whether the key made the signature at all.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Hint {
    /// The secret verifies when read in this encoding instead.
    SecretEncoding(SecretEncoding),
    /// The secret verifies without the white space around it.
    SecretWhitespace,
    /// Another key of the JWKS verifies the token.
    OtherKey(KeyUsed),
    /// RSA: the key made the signature, over other content.
    ChangedAfterSigning,
    /// RSA: the key did not make the signature.
    OtherSigner,
    /// HMAC, ECDSA, EdDSA: a wrong key and a changed token cannot be told apart.
    WrongKeyOrChanged,
}

impl fmt::Display for Hint {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Hint::SecretEncoding(e) => write!(
                f,
                "It verifies when the secret is read as {}: choose {} under “Written as”.",
                e.id(),
                e.label()
            ),
            Hint::SecretWhitespace => f.write_str(
                "It verifies without the spaces or line breaks around the secret, which were \
                 copied with it.",
            ),
            Hint::OtherKey(k) => write!(
                f,
                "{} verifies it, though: the token names the wrong kid, or the issuer rotated \
                 its keys and the token or the JWKS is out of date.",
                capitalise(&k.to_string())
            ),
            Hint::ChangedAfterSigning => f.write_str(
                "This key did make the signature, but over different content: the token was \
                 changed after it was signed.",
            ),
            Hint::OtherSigner => f.write_str(
                "This key did not make the signature: the token was signed with another key, or \
                 its signature was replaced.",
            ),
            Hint::WrongKeyOrChanged => f.write_str(
                "Either this is not the key that signed it, or the token was changed after it \
                 was signed; with this algorithm the two look the same.",
            ),
        }
    }
}

/// Why a token cannot be verified here.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Unverifiable {
    /// A JWE: it is decrypted, not verified.
    Encrypted,
    /// The header cannot be decoded, so there is no algorithm to verify with.
    HeaderUnreadable,
    /// The header names no algorithm.
    NoAlg,
    /// An unsigned token (`alg` `none`): there is no signature to verify.
    Unsigned,
    /// A known algorithm the crypto worker does not implement.
    NotImplemented(Alg),
    /// A name that is no algorithm this project knows.
    UnknownAlg(String),
    /// The token has no signature part.
    NoSignaturePart,
    /// The signature part is not valid base64url.
    SignatureNotBase64,
}

impl fmt::Display for Unverifiable {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Unverifiable::Encrypted => f.write_str(
                "This is an encrypted token (JWE): it is decrypted, not verified; give the \
                 recipient's key under “Decrypt the token”.",
            ),
            Unverifiable::HeaderUnreadable => f.write_str(
                "The header cannot be decoded, so there is no algorithm to verify with.",
            ),
            Unverifiable::NoAlg => f.write_str("The header names no algorithm (alg)."),
            Unverifiable::Unsigned => {
                f.write_str("An unsigned token (alg none) has no signature to verify.")
            }
            Unverifiable::NotImplemented(alg) => write!(
                f,
                "{} cannot be verified here: the cryptography library in this page does not \
                 implement it. The token is still decoded and checked.",
                alg.name()
            ),
            Unverifiable::UnknownAlg(name) => {
                write!(f, "“{name}” is not an algorithm this page can verify.")
            }
            Unverifiable::NoSignaturePart => f.write_str("The token has no signature part."),
            Unverifiable::SignatureNotBase64 => {
                f.write_str("The signature part is not valid base64url.")
            }
        }
    }
}

impl fmt::Display for Verification {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Verification::Valid { key } => write!(f, "Signature valid, verified with {key}."),
            Verification::Invalid { key, hint: None } => {
                write!(f, "Signature invalid for {key}.")
            }
            Verification::Invalid { key, hint: Some(h) } => {
                write!(f, "Signature invalid for {key}. {h}")
            }
            Verification::KeyConfusion => f.write_str(
                "Forged by key confusion: this HMAC token verifies with the public key's text as \
                 the secret. A verifier that lets the token choose the algorithm accepts it.",
            ),
            Verification::Mismatch(m) => m.fmt(f),
            Verification::BadKey(p) => p.fmt(f),
            Verification::NotVerifiable(u) => u.fmt(f),
        }
    }
}

/// How the secret search ended.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum SearchResult {
    /// A well-known secret signed the token: this one (it may be empty).
    Found(String),
    /// None of the well-known secrets signed the token.
    NotFound {
        /// How many secrets were tried.
        total: usize,
    },
}

/// What the page says while the search runs.
pub const SEARCHING: &str = "Checking well-known secrets…";

impl SearchResult {
    /// The result in a sentence; `busy_ms` is the time the worker spent on it.
    pub fn sentence(&self, busy_ms: f64) -> String {
        match self {
            SearchResult::Found(secret) if secret.is_empty() => {
                "This token is signed with an empty secret.".to_string()
            }
            SearchResult::Found(secret) => {
                format!("This token is signed with the well-known secret “{secret}”.")
            }
            SearchResult::NotFound { total } => format!(
                "None of {total} well-known secrets signed this token (checked in {} ms).",
                plain(busy_ms.round())
            ),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_case_reads_as_a_sentence() {
        let cases = [
            Verification::Valid {
                key: KeyUsed::Secret { bytes: 11 },
            },
            Verification::Invalid {
                key: KeyUsed::EveryFittingJwk { tried: 2 },
                hint: None,
            },
            Verification::Invalid {
                key: KeyUsed::Secret { bytes: 44 },
                hint: Some(Hint::SecretEncoding(SecretEncoding::Base64)),
            },
            Verification::BadKey(KeyProblem::UnknownKid {
                kid: "old".into(),
                available: vec!["new".into()],
                verified_by: Some(KeyUsed::JwksKid("new".into())),
            }),
            Verification::KeyConfusion,
            Verification::Mismatch(Mismatch::SecretForPublicKey { alg: Alg::Rs256 }),
            Verification::Mismatch(Mismatch::KeyKind {
                key: KeyUsed::JwksKid("k1".into()),
                found: Some(KeyKind::Rsa),
                alg: Alg::Es256,
            }),
            Verification::BadKey(KeyProblem::UnknownKid {
                kid: "k9".into(),
                available: vec![],
                verified_by: None,
            }),
            Verification::NotVerifiable(Unverifiable::NotImplemented(Alg::Es512)),
        ];
        // A JWKS without the token's kid is not a key that cannot be read.
        assert_eq!(cases[7].kind(), ResultKind::NoKeyForKid);
        assert_eq!(cases[7].kind().tone(), Tone::Neutral);
        assert!(!cases[7].kind().headline().contains("could not be read"));
        let texts: Vec<String> = cases.iter().map(ToString::to_string).collect();
        assert_eq!(
            texts[0],
            "Signature valid, verified with the secret (11 bytes)."
        );
        assert_eq!(
            texts[2],
            "Signature invalid for the secret (44 bytes). It verifies when the secret is read \
             as base64: choose Base64 under “Written as”."
        );
        assert!(texts[3].ends_with(
            "(it has: new). The JWKS key “new” verifies it, though: the token names the wrong \
             kid, or the key was published under another ID."
        ));
        assert_eq!(
            texts[5],
            "RS256 is verified with an RSA public key, not with a shared secret."
        );
        assert_eq!(
            texts[6],
            "The JWKS key “k1” is an RSA key, but ES256 needs an EC P-256 public key."
        );
        assert!(texts[7].ends_with("(it has: keys without IDs)."));
        assert!(texts[8].starts_with("ES512 cannot be verified here"));
        for t in &texts {
            assert!(t.ends_with('.') || t.ends_with(".)"), "{t}");
        }
    }

    #[test]
    fn a_report_carries_the_case_and_its_sentence() {
        let v = Verification::Mismatch(Mismatch::NoFittingJwk { alg: Alg::Es384 });
        let r = Reported::from(&v);
        assert_eq!(r.kind, ResultKind::Mismatch);
        assert_eq!(r.message, v.to_string());
        assert_eq!(r.kind.tone(), Tone::Invalid);
        assert!(!r.is_valid());
        let valid = Reported::from(&Verification::Valid { key: KeyUsed::Jwk });
        assert!(valid.is_valid() && valid.kind.headline().starts_with('✓'));
    }

    #[test]
    fn search_results_read_as_sentences() {
        assert_eq!(
            SearchResult::Found(String::new()).sentence(1.0),
            "This token is signed with an empty secret."
        );
        assert!(SearchResult::Found("secret".into())
            .sentence(1.0)
            .ends_with("“secret”."));
        assert_eq!(
            SearchResult::NotFound { total: 1175 }.sentence(14.4),
            "None of 1175 well-known secrets signed this token (checked in 14 ms)."
        );
    }

    #[test]
    fn a_key_of_another_kind_names_both_kinds() {
        let pem = KeyUsed::Pem {
            label: "public key".into(),
            kind: KeyKind::P384,
            repaired: None,
        };
        assert_eq!(pem.to_string(), "the PEM public key (P-384)");
        let v = Mismatch::KeyKind {
            key: pem,
            found: Some(KeyKind::P384),
            alg: Alg::Es256,
        };
        assert_eq!(
            v.to_string(),
            "The PEM public key is a P-384 key, but ES256 needs an EC P-256 public key."
        );
        let v = Mismatch::KeyKind {
            key: KeyUsed::Jwk,
            found: None,
            alg: Alg::MlDsa44,
        };
        assert_eq!(
            v.to_string(),
            "The JWK is a kind of key not verified here, but ML-DSA-44 needs an ML-DSA-44 public key."
        );
    }
}
