//! A certificate chain, carried in a token's `x5c` header (RFC 7515 §4.1.6) or pasted, judged
//! against a trust anchor the user chose (RFC 5280 §6.1). Three steps, each tested on its own:
//!
//! 1. `input` reads what was pasted (the token, a chain, the anchors) into DER, or says why not;
//! 2. the cryptography's crate (`authpick_crypto::chain`), in the worker, reads the
//!    certificates and checks each signature, producing the `Facts` below;
//! 3. `judge`, on the page, decides what the facts mean, line by line, each line with its rule
//!    and source (the worker only does the cryptography, which keeps its download small).
//!
//! A chain is never trusted without an anchor the user pasted: the `x5c` header is the token's
//! own word about who signed it, so an attacker can put any chain there (RFC 8725 §3.10).

pub mod form;
pub mod input;
pub mod judge;

use serde::{Deserialize, Serialize};

/// What a certificate's basic constraints say (RFC 5280 §4.2.1.9).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct BasicConstraints {
    /// cA: the key may sign certificates.
    pub ca: bool,
    /// pathLenConstraint: how many intermediate certificates may follow below it.
    pub path_len: Option<u8>,
}

/// The two key usages path validation looks at (RFC 5280 §4.2.1.3).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct KeyUsage {
    /// digitalSignature: the key may sign data such as a token.
    pub digital_signature: bool,
    /// keyCertSign: the key may sign certificates.
    pub key_cert_sign: bool,
}

/// What one certificate says, as read by the cryptography's crate.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CertFacts {
    /// The subject's distinguished name, as RFC 4514 writes it.
    pub subject: String,
    /// The issuer's distinguished name.
    pub issuer: String,
    /// Whether subject and issuer are the same name (a self-issued certificate, which RFC 5280
    /// §6.1.4 (l) does not count against a path length).
    pub self_issued: bool,
    /// notBefore and notAfter, in seconds since 1970.
    pub not_before: i64,
    /// notAfter, in seconds since 1970.
    pub not_after: i64,
    /// The basic constraints extension, if the certificate has one.
    pub basic_constraints: Option<BasicConstraints>,
    /// The key usage extension, if the certificate has one.
    pub key_usage: Option<KeyUsage>,
    /// Critical extensions this check does not process, by OID: RFC 5280 §4.2 says to reject.
    pub unknown_critical: Vec<String>,
}

/// Whether a signature was made by the key expected.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Signed {
    /// It verifies.
    Verifies,
    /// It does not verify.
    Fails,
    /// The certificate's issuer is not the next certificate's subject.
    NameMismatch,
    /// It was not checked, and why (an algorithm not checked here, a key of the wrong kind).
    Unchecked(String),
}

/// Where the chain meets the user's anchors.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum End {
    /// The chain's last certificate is one of the anchors (same subject and key).
    IsAnchor {
        /// The anchor's subject.
        anchor: String,
    },
    /// An anchor has the last certificate's issuer as its subject; whether its key signed it.
    IssuedBy {
        /// The anchor's subject.
        anchor: String,
        /// Whether its key signed the last certificate.
        signed: Signed,
    },
    /// No anchor has the last certificate's issuer as its subject.
    NoAnchor {
        /// The issuer the chain ends with.
        issuer: String,
    },
}

/// Everything the cryptography's crate found, for `judge`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Facts {
    /// The chain's certificates, the one with the token's key first.
    pub certs: Vec<CertFacts>,
    /// `links[i]`: whether `certs[i]` was signed by `certs[i + 1]`.
    pub links: Vec<Signed>,
    /// Where the chain meets the anchors.
    pub end: End,
    /// Whether the token's signature was made by the first certificate's key; `None` when no
    /// token was given.
    pub token: Option<Signed>,
}
