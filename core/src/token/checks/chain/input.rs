//! What the chain check reads: a token (whose `x5c` header is the chain, and whose signature the
//! first certificate's key must have made), or a chain pasted as PEM, and the anchors pasted as
//! PEM. Everything is read into DER here, on the page, with a sentence for whatever cannot be,
//! so the worker only ever sees bytes (and does not carry the token extractor).

use std::fmt;

use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::token::jose::base64url;
use crate::token::jose::decode::decode;
use crate::token::jose::extract::extract;
use crate::token::jose::key::MAX_KEY_TEXT_BYTES;
use crate::token::jose::pem_armour;
use crate::token::jose::time::numeric_date;

/// At most this many certificates in a chain: real chains have two to four.
pub const MAX_CERTS: usize = 10;
/// At most this many anchors.
pub const MAX_ANCHORS: usize = 20;

/// The token's part in the check: what its signature covers, and when it was issued.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TokenSignature {
    /// The `alg` header parameter, as written.
    pub alg: String,
    /// header.payload, as signed.
    pub signing_input: String,
    /// The signature, base64url as in the token.
    pub signature: String,
    /// `iat`, else `nbf`: the time the certificates must have been valid at.
    pub issued_at: Option<i64>,
}

/// Where the chain came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum ChainFrom {
    /// The token's `x5c` header.
    Header,
    /// Pasted as PEM.
    Pasted,
}

/// Everything read, as DER: what the page sends the worker.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Inputs {
    /// The chain's certificates, the one with the token's key first (RFC 7515 §4.1.6).
    pub chain: Vec<Vec<u8>>,
    /// Where the chain came from.
    pub from: ChainFrom,
    /// The certificates the user trusts.
    pub anchors: Vec<Vec<u8>>,
    /// The token, when one was given.
    pub token: Option<TokenSignature>,
}

/// Why the inputs cannot be checked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum InputError {
    /// The token field holds no token, in the extractor's words.
    NoToken(String),
    /// The token is not a signed JWT (five parts, or a header that does not decode).
    NotSigned(String),
    /// The `x5c` header is not an array of strings.
    X5cNotList,
    /// This entry (counting from 1) of `x5c` is not base64.
    X5cEntry(usize),
    /// There is no chain: no `x5c` in the token, and none pasted.
    NoChain,
    /// The token carries a chain and one was pasted too.
    TwoChains,
    /// A PEM block in this field is not a certificate.
    NotCertificate {
        /// Which field.
        field: Field,
        /// The block's label.
        label: String,
    },
    /// A PEM block's body in this field is not base64.
    PemBody(Field),
    /// The field holds text but no PEM block.
    NotPem(Field),
    /// No anchor was pasted.
    NoAnchor,
    /// More certificates than `MAX_CERTS` or anchors than `MAX_ANCHORS`.
    TooMany(Field),
    /// A field is larger than `MAX_KEY_TEXT_BYTES`.
    TooLarge(Field),
}

/// A field of the form.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Field {
    /// The pasted chain.
    Chain,
    /// The anchors.
    Anchors,
}

impl fmt::Display for Field {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Field::Chain => "the chain",
            Field::Anchors => "the trust anchors",
        })
    }
}

impl fmt::Display for InputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            InputError::NoToken(why) => f.write_str(why),
            InputError::NotSigned(why) => write!(f, "{why}"),
            InputError::X5cNotList => f.write_str(
                "The token's x5c header is not a list of certificates (RFC 7515 §4.1.6 makes it \
                 an array of base64 strings).",
            ),
            InputError::X5cEntry(n) => write!(
                f,
                "Certificate {n} of the token's x5c header is not base64 (RFC 7515 §4.1.6: \
                 base64 of the DER, not base64url)."
            ),
            InputError::NoChain => f.write_str(
                "The token carries no x5c header: paste its certificate chain as PEM, the \
                 certificate with the token's key first.",
            ),
            InputError::TwoChains => f.write_str(
                "The token carries its own chain in x5c, and a chain was pasted too: clear the \
                 pasted chain to check the token's, or paste a token without x5c.",
            ),
            InputError::NotCertificate { field, label } => write!(
                f,
                "A block in {field} is “{label}”, not a CERTIFICATE: paste certificates only."
            ),
            InputError::PemBody(field) => {
                write!(
                    f,
                    "A certificate in {field} is not base64 between its armour lines."
                )
            }
            InputError::NotPem(field) => write!(
                f,
                "Paste {field} as PEM: each certificate between -----BEGIN CERTIFICATE----- and \
                 -----END CERTIFICATE----- lines."
            ),
            InputError::NoAnchor => f.write_str(
                "Paste the certificate you trust (your trust anchor): a chain is never trusted \
                 on its own word.",
            ),
            InputError::TooMany(field) => write!(
                f,
                "{} holds more than {} certificates, which no real chain needs.",
                capitalised(*field),
                match field {
                    Field::Chain => MAX_CERTS,
                    Field::Anchors => MAX_ANCHORS,
                }
            ),
            InputError::TooLarge(field) => write!(
                f,
                "{} is over {} KB, which no real chain needs.",
                capitalised(*field),
                MAX_KEY_TEXT_BYTES / 1024
            ),
        }
    }
}

fn capitalised(field: Field) -> &'static str {
    match field {
        Field::Chain => "The chain",
        Field::Anchors => "The trust anchors",
    }
}

/// Reads the form: `token` may be empty when a chain is pasted.
pub fn read(token: &str, chain: &str, anchors: &str) -> Result<Inputs, InputError> {
    let token = token.trim();
    let (token, header_chain) = if token.is_empty() {
        (None, None)
    } else {
        let (signature, x5c) = token_part(token)?;
        (Some(signature), x5c)
    };
    let pasted = certificates(chain, Field::Chain, MAX_CERTS)?;
    let (chain, from) = match (header_chain, pasted.is_empty()) {
        (Some(_), false) => return Err(InputError::TwoChains),
        (Some(c), true) => (c, ChainFrom::Header),
        (None, false) => (pasted, ChainFrom::Pasted),
        (None, true) => return Err(InputError::NoChain),
    };
    let anchors = certificates(anchors, Field::Anchors, MAX_ANCHORS)?;
    if anchors.is_empty() {
        return Err(InputError::NoAnchor);
    }
    Ok(Inputs {
        chain,
        from,
        anchors,
        token,
    })
}

/// Certificates as DER, the one with the token's key first.
type Chain = Vec<Vec<u8>>;

/// The token's signature and, if it has one, its `x5c` chain.
fn token_part(text: &str) -> Result<(TokenSignature, Option<Chain>), InputError> {
    let found = extract(text).map_err(|e| InputError::NoToken(e.to_string()))?;
    let d = decode(&found.token).map_err(|e| InputError::NotSigned(format!("{e}.")))?;
    let header = match (&d.header, d.parts.len()) {
        (Ok(h), 3) => h,
        (_, 5) => {
            return Err(InputError::NotSigned(
                "This is an encrypted token (JWE): its chain would sign nothing the page can \
                 read."
                    .into(),
            ))
        }
        (Err(e), _) => return Err(InputError::NotSigned(format!("The header {e}."))),
        (Ok(_), _) => return Err(InputError::NotSigned("This is not a signed token.".into())),
    };
    let claims = d.payload.as_ref().and_then(|p| p.as_ref().ok());
    let time = |name| claims.and_then(|c| c.get(name)).and_then(numeric_date);
    let signature = TokenSignature {
        alg: header
            .get("alg")
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_string(),
        signing_input: format!("{}.{}", d.parts[0], d.parts[1]),
        signature: d.parts[2].clone(),
        issued_at: time("iat").or_else(|| time("nbf")),
    };
    let x5c = match header.get("x5c") {
        None => None,
        Some(Value::Array(entries)) => {
            if entries.len() > MAX_CERTS {
                return Err(InputError::TooMany(Field::Chain));
            }
            let mut chain = Vec::new();
            for (i, entry) in entries.iter().enumerate() {
                let text = entry.as_str().ok_or(InputError::X5cNotList)?;
                chain.push(base64(text).ok_or(InputError::X5cEntry(i + 1))?);
            }
            (!chain.is_empty()).then_some(chain)
        }
        Some(_) => return Err(InputError::X5cNotList),
    };
    Ok((signature, x5c))
}

/// Standard base64 (RFC 4648 §4), with or without padding.
fn base64(text: &str) -> Option<Vec<u8>> {
    if text.contains(['-', '_']) {
        return None;
    }
    base64url::decode_standard(text)
        .ok()
        .map(|(bytes, _)| bytes)
        .filter(|b| !b.is_empty())
}

/// Every CERTIFICATE block in `text`, as DER.
fn certificates(text: &str, field: Field, max: usize) -> Result<Vec<Vec<u8>>, InputError> {
    if text.len() > MAX_KEY_TEXT_BYTES {
        return Err(InputError::TooLarge(field));
    }
    // Line breaks written as `\n` (a chain copied out of JSON) are undone once for all blocks;
    // `pem_armour` repairs each block's other damage.
    let text = text.trim().replace("\\r\\n", "\n").replace("\\n", "\n");
    let mut rest = text.as_str();
    let mut found = Vec::new();
    while let Some(armour) = pem_armour::read(rest) {
        if armour.label != "CERTIFICATE" {
            return Err(InputError::NotCertificate {
                field,
                label: armour.label,
            });
        }
        let body: String = armour
            .text
            .lines()
            .filter(|l| !l.starts_with("-----"))
            .collect();
        found.push(base64(&body).ok_or(InputError::PemBody(field))?);
        if found.len() > max {
            return Err(InputError::TooMany(field));
        }
        let end = "-----END CERTIFICATE-----";
        rest = rest.find(end).map_or("", |at| &rest[at + end.len()..]);
    }
    if found.is_empty() && !rest.trim().is_empty() {
        return Err(InputError::NotPem(field));
    }
    Ok(found)
}

#[cfg(test)]
mod tests;
