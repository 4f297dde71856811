//! SD-JWT (RFC 9901): an issuer-signed JWT whose claims are replaced by digests, the
//! Disclosures that reveal some of them, and an optional Key Binding JWT, separated by `~`.
//! This splits a pasted SD-JWT, decodes every Disclosure, and, given the digests the crypto
//! worker computes with `_sd_alg`, works out which claims are disclosed, which digests have no
//! Disclosure (decoys, or claims withheld), and what a verifier must reject (RFC 9901 §7.1).
//! The Key Binding JWT's `sd_hash` is compared the same way (§7.3). The worker runs all of it
//! (`report`, given its hash and its verifier) and sends the page what to show, so none of the
//! processing weighs on the page's module.

use std::collections::HashMap;
use std::fmt;

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::token::cite::{cite, Cite};
use crate::token::jose::base64url;
use crate::token::jose::decode::decode;
use crate::token::protocols::bound_token::Digest;
use crate::token::service::verification::{Reported, Tone};

/// The SD-JWT format: the issuer-signed JWT, the Disclosures and the Key Binding JWT.
pub const FORMAT: Cite = cite(
    "RFC 9901 §4",
    "https://www.rfc-editor.org/rfc/rfc9901.html#section-4",
);
/// How a verifier processes an SD-JWT, and what it must reject.
pub const PROCESSING: Cite = cite(
    "RFC 9901 §7.1",
    "https://www.rfc-editor.org/rfc/rfc9901.html#section-7.1",
);
/// Checking the Key Binding JWT, `sd_hash` included.
pub const KEY_BINDING: Cite = cite(
    "RFC 9901 §7.3",
    "https://www.rfc-editor.org/rfc/rfc9901.html#section-7.3",
);
/// `_sd_alg`, the hash of the Disclosures.
pub const HASH_ALG: Cite = cite(
    "RFC 9901 §4.1.1",
    "https://www.rfc-editor.org/rfc/rfc9901.html#section-4.1.1",
);
/// SD-JWT VC: a verifiable credential as an SD-JWT, and the `typ` that says so.
pub const VC: Cite = cite(
    "SD-JWT VC §3.2.1",
    "https://datatracker.ietf.org/doc/html/draft-ietf-oauth-sd-jwt-vc#section-3.2.1",
);

/// A pasted SD-JWT, split at its `~`s.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SdJwt {
    /// The issuer-signed JWT, before the first `~`.
    pub issuer_jwt: String,
    /// The Disclosures as sent (base64url): their digests are over this text.
    pub disclosures: Vec<String>,
    /// The Key Binding JWT after the last `~`, if there is one.
    pub key_binding: Option<String>,
    /// Everything before the Key Binding JWT, the last `~` included: what `sd_hash` covers.
    pub presented: String,
}

/// `text` as an SD-JWT, or `None` when it has no `~` after a first part that could be a JWT.
pub fn split(text: &str) -> Option<SdJwt> {
    let text: String = text.split_whitespace().collect();
    let (issuer_jwt, rest) = text.split_once('~')?;
    if issuer_jwt.split('.').count() != 3 {
        return None;
    }
    let mut parts: Vec<&str> = rest.split('~').collect();
    // The last part is the Key Binding JWT, or empty after the final `~`.
    let last = parts.pop().unwrap_or_default();
    let key_binding = (!last.is_empty()).then(|| last.to_string());
    let presented = text[..text.len() - last.len()].to_string();
    Some(SdJwt {
        issuer_jwt: issuer_jwt.to_string(),
        disclosures: parts.into_iter().map(str::to_string).collect(),
        key_binding,
        presented,
    })
}

/// What a Disclosure reveals (RFC 9901 §4.2.1, §4.2.2).
#[derive(Clone, Debug, PartialEq)]
pub enum Disclosed {
    /// An object property: its name and value.
    Property {
        /// The claim's name.
        name: String,
        /// The claim's value.
        value: Value,
    },
    /// An array element.
    Element {
        /// The element's value.
        value: Value,
    },
}

/// Why a Disclosure cannot be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DisclosureError {
    /// Empty: two `~` in a row.
    Empty,
    /// Not base64url.
    NotBase64,
    /// Not a JSON array.
    NotJsonArray,
    /// Not two (element) or three (property) entries.
    Length(usize),
    /// The salt is not a string.
    SaltNotString,
    /// The claim name is not a string.
    NameNotString,
    /// `_sd` and `...` cannot be disclosed claim names (§4.2.1).
    ReservedName(String),
}

impl fmt::Display for DisclosureError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DisclosureError::Empty => f.write_str("is empty (two ~ in a row)"),
            DisclosureError::NotBase64 => f.write_str("is not base64url"),
            DisclosureError::NotJsonArray => f.write_str("is not a JSON array"),
            DisclosureError::Length(n) => write!(
                f,
                "has {n} entries: a Disclosure is [salt, name, value] or [salt, value]"
            ),
            DisclosureError::SaltNotString => f.write_str("has a salt that is not a string"),
            DisclosureError::NameNotString => f.write_str("has a claim name that is not a string"),
            DisclosureError::ReservedName(n) => {
                write!(f, "discloses the name {n}, which no Disclosure may use")
            }
        }
    }
}

/// What the Disclosure `encoded` (base64url, as sent) reveals, or why it cannot be read.
pub fn disclosure(encoded: &str) -> Result<Disclosed, DisclosureError> {
    if encoded.is_empty() {
        return Err(DisclosureError::Empty);
    }
    let (bytes, _) = base64url::decode(encoded).map_err(|_| DisclosureError::NotBase64)?;
    let Ok(Value::Array(mut items)) = serde_json::from_slice::<Value>(&bytes) else {
        return Err(DisclosureError::NotJsonArray);
    };
    if !items.first().is_some_and(Value::is_string) && !items.is_empty() {
        return Err(DisclosureError::SaltNotString);
    }
    match items.len() {
        2 => Ok(Disclosed::Element {
            value: items.pop().unwrap_or_default(),
        }),
        3 => {
            let value = items.pop().unwrap_or_default();
            let Some(Value::String(name)) = items.pop() else {
                return Err(DisclosureError::NameNotString);
            };
            if name == "_sd" || name == "..." {
                return Err(DisclosureError::ReservedName(name));
            }
            Ok(Disclosed::Property { name, value })
        }
        n => Err(DisclosureError::Length(n)),
    }
}

/// The hash of the Disclosures (`_sd_alg`, §4.1.1): SHA-256 when the payload names none.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum HashAlg {
    /// A hash this page computes, named by `_sd_alg`.
    Named(Digest),
    /// No `_sd_alg`: SHA-256 by default.
    Default,
    /// A name this page does not hash with (or not a string).
    Unknown(String),
}

impl HashAlg {
    /// The hash to compute the digests with; `None` for a name this page does not know.
    pub fn digest(&self) -> Option<Digest> {
        match self {
            HashAlg::Named(d) => Some(*d),
            HashAlg::Default => Some(Digest::Sha256),
            HashAlg::Unknown(_) => None,
        }
    }
}

/// The issuer-signed JWT's `_sd_alg`, by its IANA Named Information name.
pub fn hash_alg(payload: &Map<String, Value>) -> HashAlg {
    match payload.get("_sd_alg") {
        None => HashAlg::Default,
        Some(Value::String(s)) => match s.as_str() {
            "sha-256" => HashAlg::Named(Digest::Sha256),
            "sha-384" => HashAlg::Named(Digest::Sha384),
            "sha-512" => HashAlg::Named(Digest::Sha512),
            other => HashAlg::Unknown(other.to_string()),
        },
        Some(other) => HashAlg::Unknown(other.to_string()),
    }
}

/// A claim a Disclosure revealed, and where.
#[derive(Clone, Debug, PartialEq)]
pub struct Revealed {
    /// Where it sits, as a JSON pointer-like path ("/address/country", "/nationalities/1").
    pub path: String,
    /// Its value, with any Disclosures within it applied.
    pub value: Value,
    /// Which Disclosure (its position in the SD-JWT, from 0).
    pub disclosure: usize,
}

/// What a verifier must reject (RFC 9901 §7.1, steps 3 and 4).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    /// A Disclosure that does not decode.
    Unreadable {
        /// Which Disclosure (its position in the SD-JWT, from 0).
        disclosure: usize,
        /// Why it does not decode.
        why: DisclosureError,
    },
    /// A Disclosure whose digest no `_sd` or `...` holds: changed, or from another SD-JWT.
    Unreferenced {
        /// Which Disclosure, from 0.
        disclosure: usize,
    },
    /// A digest that appears more than once in the payload.
    RepeatedDigest {
        /// The digest, as the payload has it.
        digest: String,
    },
    /// The same Disclosure sent twice.
    RepeatedDisclosure {
        /// The later copy's position, from 0.
        disclosure: usize,
    },
    /// A property Disclosure for a name the object already has.
    NameClash {
        /// Where the name sits, as in `Revealed::path`.
        path: String,
    },
    /// A property Disclosure referenced from an array, or an element one from `_sd`.
    WrongPlace {
        /// Which Disclosure, from 0.
        disclosure: usize,
    },
    /// Disclosures nested deeper than `MAX_DEPTH` (no real credential comes near it): not
    /// processed further, so a crafted chain cannot exhaust the page's stack.
    TooDeep,
}

/// How deep objects and arrays are processed, Disclosures within Disclosures included.
pub const MAX_DEPTH: usize = 64;

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Problem::Unreadable { disclosure, why } => {
                write!(f, "Disclosure {} {why}.", disclosure + 1)
            }
            Problem::Unreferenced { disclosure } => write!(
                f,
                "Disclosure {}'s digest is in no _sd array or ... element: it was changed, or \
                 belongs to another SD-JWT. A verifier must reject the SD-JWT.",
                disclosure + 1
            ),
            Problem::RepeatedDigest { digest } => write!(
                f,
                "The digest {digest} appears more than once in the payload; a verifier must \
                 reject the SD-JWT."
            ),
            Problem::RepeatedDisclosure { disclosure } => write!(
                f,
                "Disclosure {} is sent twice; a verifier must reject the SD-JWT.",
                disclosure + 1
            ),
            Problem::NameClash { path } => write!(
                f,
                "A Disclosure sets {path}, which the payload already has; a verifier must \
                 reject the SD-JWT."
            ),
            Problem::TooDeep => write!(
                f,
                "The claims nest more than {MAX_DEPTH} levels deep, Disclosures within \
                 Disclosures; this page stops there."
            ),
            Problem::WrongPlace { disclosure } => write!(
                f,
                "Disclosure {} is referenced where its kind does not fit (a property from an \
                 array, or an element from _sd); a verifier must reject the SD-JWT.",
                disclosure + 1
            ),
        }
    }
}

/// What processing the payload with the Disclosures found.
#[derive(Clone, Debug, PartialEq)]
pub struct Resolved {
    /// The payload with the disclosed claims in place and the digests removed.
    pub claims: Value,
    /// The claims the Disclosures revealed, in the order they were found.
    pub revealed: Vec<Revealed>,
    /// Digests without a Disclosure: decoys, or claims the holder withheld (indistinguishable,
    /// by design, §10.4).
    pub undisclosed: usize,
    /// What a verifier must reject, in the order it was found.
    pub problems: Vec<Problem>,
}

impl SdJwt {
    /// What the worker hashes: each Disclosure, then what `sd_hash` covers (the last digest).
    pub fn to_hash(&self) -> Vec<String> {
        let mut texts = self.disclosures.clone();
        texts.push(self.presented.clone());
        texts
    }
}

impl Resolved {
    /// The panel's first line.
    pub fn summary(&self, disclosures: usize) -> String {
        let plural =
            |n: usize, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
        format!(
            "{} reveal{} {}; {} in the payload {} no Disclosure here (decoys or claims the \
             holder withheld: by design, a verifier cannot tell which).",
            plural(disclosures, "Disclosure", "Disclosures"),
            if disclosures == 1 { "s" } else { "" },
            plural(self.revealed.len(), "claim", "claims"),
            plural(self.undisclosed, "digest", "digests"),
            if self.undisclosed == 1 { "has" } else { "have" },
        )
    }
}

/// Processes `payload` with the Disclosures and their digests (`digests[i]` of
/// `disclosures[i]`, computed with the SD-JWT's hash), as §7.1 says.
pub fn resolve(
    payload: &Map<String, Value>,
    disclosures: &[String],
    digests: &[String],
) -> Resolved {
    let mut r = Resolved {
        claims: Value::Null,
        revealed: Vec::new(),
        undisclosed: 0,
        problems: Vec::new(),
    };
    let mut by_digest: HashMap<&str, usize> = HashMap::new();
    let mut repeated = Vec::new();
    let mut decoded = Vec::with_capacity(disclosures.len());
    for (i, text) in disclosures.iter().enumerate() {
        let d = disclosure(text);
        if let Err(why) = &d {
            r.problems.push(Problem::Unreadable {
                disclosure: i,
                why: why.clone(),
            });
        }
        decoded.push(d.ok());
        if let Some(digest) = digests.get(i) {
            // The first copy stands; a later one is named, not also called unreferenced.
            if by_digest.contains_key(digest.as_str()) {
                r.problems
                    .push(Problem::RepeatedDisclosure { disclosure: i });
                repeated.push(i);
            } else {
                by_digest.insert(digest.as_str(), i);
            }
        }
    }
    let mut walk = Walk {
        by_digest,
        decoded: &decoded,
        used: vec![false; disclosures.len()],
        seen: HashMap::new(),
        depth: 0,
        out: &mut r,
    };
    let mut top = payload.clone();
    top.shift_remove("_sd_alg");
    let claims = walk.object(top, "");
    let mut used = std::mem::take(&mut walk.used);
    for i in repeated {
        used[i] = true;
    }
    for (i, used) in used.into_iter().enumerate() {
        if !used && decoded[i].is_some() {
            r.problems.push(Problem::Unreferenced { disclosure: i });
        }
    }
    r.claims = claims;
    r
}

struct Walk<'a> {
    by_digest: HashMap<&'a str, usize>,
    decoded: &'a [Option<Disclosed>],
    used: Vec<bool>,
    seen: HashMap<String, ()>,
    depth: usize,
    out: &'a mut Resolved,
}

impl Walk<'_> {
    /// The digest's Disclosure, noting a digest seen twice and one without a Disclosure.
    fn take(&mut self, digest: &str) -> Option<usize> {
        if self.seen.insert(digest.to_string(), ()).is_some() {
            self.out.problems.push(Problem::RepeatedDigest {
                digest: digest.to_string(),
            });
            return None;
        }
        match self.by_digest.get(digest) {
            Some(&i) if self.decoded[i].is_some() => {
                self.used[i] = true;
                Some(i)
            }
            _ => {
                self.out.undisclosed += 1;
                None
            }
        }
    }

    fn object(&mut self, mut map: Map<String, Value>, path: &str) -> Value {
        // shift_remove keeps the other members in their order.
        let digests = match map.shift_remove("_sd") {
            Some(Value::Array(d)) => d,
            _ => Vec::new(),
        };
        let mut out = Map::new();
        for (name, value) in map {
            let here = format!("{path}/{name}");
            let value = self.value(value, &here);
            out.insert(name, value);
        }
        for digest in digests.iter().filter_map(Value::as_str) {
            let Some(i) = self.take(digest) else { continue };
            match self.decoded[i].clone() {
                Some(Disclosed::Property { name, value }) => {
                    let here = format!("{path}/{name}");
                    if out.contains_key(&name) {
                        self.out.problems.push(Problem::NameClash { path: here });
                        continue;
                    }
                    let value = self.value(value, &here);
                    self.out.revealed.push(Revealed {
                        path: here,
                        value: value.clone(),
                        disclosure: i,
                    });
                    out.insert(name, value);
                }
                _ => self
                    .out
                    .problems
                    .push(Problem::WrongPlace { disclosure: i }),
            }
        }
        Value::Object(out)
    }

    fn value(&mut self, value: Value, path: &str) -> Value {
        if self.depth >= MAX_DEPTH {
            if !self.out.problems.contains(&Problem::TooDeep) {
                self.out.problems.push(Problem::TooDeep);
            }
            return Value::Null;
        }
        self.depth += 1;
        let value = self.nested(value, path);
        self.depth -= 1;
        value
    }

    fn nested(&mut self, value: Value, path: &str) -> Value {
        match value {
            Value::Object(map) => self.object(map, path),
            Value::Array(items) => {
                let mut out = Vec::new();
                for item in items {
                    let here = format!("{path}/{}", out.len());
                    // An element `{"...": digest}` stands for a disclosed element, or none.
                    let digest = match &item {
                        Value::Object(m) if m.len() == 1 => {
                            m.get("...").and_then(Value::as_str).map(str::to_string)
                        }
                        _ => None,
                    };
                    let Some(digest) = digest else {
                        out.push(self.value(item, &here));
                        continue;
                    };
                    let Some(i) = self.take(&digest) else {
                        continue;
                    };
                    match self.decoded[i].clone() {
                        Some(Disclosed::Element { value }) => {
                            let value = self.value(value, &here);
                            self.out.revealed.push(Revealed {
                                path: here,
                                value: value.clone(),
                                disclosure: i,
                            });
                            out.push(value);
                        }
                        _ => self
                            .out
                            .problems
                            .push(Problem::WrongPlace { disclosure: i }),
                    }
                }
                Value::Array(out)
            }
            other => other,
        }
    }
}

/// The Key Binding JWT against the SD-JWT it came with (§7.3): its `typ`, and its `sd_hash`
/// against the hash (with `_sd_alg`) of everything before it, computed by the worker.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum KeyBinding {
    /// Only SD-JWTs that the holder presents carry one; an issuance does not.
    Absent,
    /// The Key Binding JWT does not decode, or its header or payload is not a JSON object.
    Unreadable,
    /// `typ` is not `kb+jwt`.
    WrongTyp(String),
    /// `sd_hash` matches the hash of the SD-JWT as presented.
    Matches,
    /// `sd_hash` differs from the hash of the SD-JWT as presented.
    Differs {
        /// The Key Binding JWT's `sd_hash`.
        claimed: String,
        /// The hash of what it covers, as the worker computed it.
        computed: String,
    },
    /// The Key Binding JWT has no `sd_hash`.
    NoSdHash,
}

/// The Key Binding JWT checked against the SD-JWT (§7.3), given the hash of what `sd_hash`
/// covers; `None` when that hash is needed and not given.
pub fn key_binding(sd: &SdJwt, computed_sd_hash: Option<&str>) -> Option<KeyBinding> {
    let Some(kb) = &sd.key_binding else {
        return Some(KeyBinding::Absent);
    };
    let Ok(d) = decode(kb) else {
        return Some(KeyBinding::Unreadable);
    };
    let (Ok(h), Some(Ok(p))) = (&d.header, &d.payload) else {
        return Some(KeyBinding::Unreadable);
    };
    match h.get("typ").and_then(Value::as_str) {
        Some("kb+jwt") => {}
        other => return Some(KeyBinding::WrongTyp(other.unwrap_or("(none)").to_string())),
    }
    let Some(claimed) = p.get("sd_hash").and_then(Value::as_str) else {
        return Some(KeyBinding::NoSdHash);
    };
    let computed = computed_sd_hash?;
    Some(if claimed == computed {
        KeyBinding::Matches
    } else {
        KeyBinding::Differs {
            claimed: claimed.to_string(),
            computed: computed.to_string(),
        }
    })
}

impl KeyBinding {
    /// Whether `sd_hash` matches.
    pub fn is_match(&self) -> bool {
        *self == KeyBinding::Matches
    }
}

impl fmt::Display for KeyBinding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            KeyBinding::Absent => f.write_str(
                "No Key Binding JWT: as issued, or presented without proof of the holder's key. \
                 A verifier that requires key binding must reject it.",
            ),
            KeyBinding::Unreadable => f.write_str("✗ The Key Binding JWT does not decode."),
            KeyBinding::WrongTyp(t) => write!(
                f,
                "✗ The Key Binding JWT's typ is {t}, not kb+jwt: a verifier must reject it."
            ),
            KeyBinding::Matches => f.write_str(
                "✓ sd_hash matches: the Key Binding JWT covers this SD-JWT and exactly these \
                 Disclosures. It proves the holder presented them only if its signature \
                 verifies with cnf.jwk.",
            ),
            KeyBinding::Differs { claimed, computed } => write!(
                f,
                "✗ sd_hash is {claimed}, but this SD-JWT with these Disclosures hashes to \
                 {computed}: Disclosures were added, removed or changed after it was signed."
            ),
            KeyBinding::NoSdHash => {
                f.write_str("✗ The Key Binding JWT has no sd_hash: a verifier must reject it.")
            }
        }
    }
}

/// The holder's key the Key Binding JWT must be signed with: `cnf.jwk` of the issuer-signed
/// JWT (§4.3, RFC 7800 §3.2), as text for the verifier.
pub fn holder_key(payload: &Map<String, Value>) -> Option<String> {
    let jwk = payload.get("cnf")?.get("jwk")?;
    jwk.is_object().then(|| jwk.to_string())
}

/// What checking the Key Binding JWT's signature with the holder's key found, in a sentence
/// and its tone: `verified` is the worker's answer, once it has come.
pub fn kb_signature(has_holder_key: bool, verified: Option<&Reported>) -> (Tone, String) {
    match (has_holder_key, verified) {
        (false, _) => (
            Tone::Invalid,
            "The issuer-signed JWT has no cnf.jwk, so the Key Binding JWT's signature cannot \
             be checked."
                .to_string(),
        ),
        (true, None) => (
            Tone::Neutral,
            "Verifying the Key Binding JWT with the holder's key (cnf.jwk)…".to_string(),
        ),
        (true, Some(r)) => (
            r.kind.tone(),
            format!(
                "Key Binding JWT, checked with the holder's key in cnf.jwk: {}",
                r.message
            ),
        ),
    }
}

/// What only the verifier can check of a Key Binding JWT (§7.3, step 5): that `aud` and
/// `nonce` are its own and `iat` recent. The page says what they are.
fn kb_claims(sd: &SdJwt) -> Option<String> {
    let d = decode(sd.key_binding.as_deref()?).ok()?;
    let p = d.payload?.ok()?;
    let text = |name: &str| {
        p.get(name)
            .map(|v| v.as_str().map_or_else(|| v.to_string(), str::to_string))
            .unwrap_or_else(|| "(none)".to_string())
    };
    let made = p.get("iat").and_then(Value::as_i64).map_or_else(
        || "no iat".to_string(),
        |t| format!("iat {}", crate::token::jose::time::utc(t)),
    );
    Some(format!(
        "The Key Binding JWT names aud {} and nonce {}, with {made}: a verifier accepts it only \
         if both are the ones it sent and iat is recent.",
        text("aud"),
        text("nonce")
    ))
}

/// What the page shows of an SD-JWT, made in the worker: plain lines, so the page's module
/// decodes one simple shape.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Report {
    /// The panel's first line: what the Disclosures reveal and how many digests have none.
    pub summary: String,
    /// Each revealed claim: where, its value as JSON, and which Disclosure.
    pub revealed: Vec<String>,
    /// What a verifier must reject, then the Key Binding JWT against `sd_hash`, then its
    /// signature: each with its tone and a name the tests find it by.
    pub checks: Vec<(Tone, String, String)>,
}

/// The report on the SD-JWT `text`, hashing with `hash` (the Disclosures' digest, base64url)
/// and verifying the Key Binding JWT with `verify` (a token and a JWK's text); `None` when
/// `text` is not an SD-JWT whose issuer-signed JWT has a JSON payload.
pub fn report(
    text: &str,
    hash: impl Fn(Digest, &str) -> String,
    verify: impl Fn(&str, &str) -> Option<Reported>,
) -> Option<Report> {
    let sd = split(text)?;
    let payload = decode(&sd.issuer_jwt).ok()?.payload?.ok()?;
    let holder = holder_key(&payload.map);
    let signature = sd.key_binding.as_ref().map(|kb| {
        let verified = holder.as_ref().and_then(|jwk| verify(kb, jwk));
        let (tone, text) = kb_signature(holder.is_some(), verified.as_ref());
        (tone, "kb-signature".to_string(), text)
    });
    let Some(digest) = hash_alg(&payload.map).digest() else {
        let name = payload
            .get("_sd_alg")
            .map(Value::to_string)
            .unwrap_or_default();
        // The Key Binding JWT's sd_hash needs the same hash; said only when there is one.
        let mut checks: Vec<_> = signature
            .is_some()
            .then(|| {
                (
                    Tone::Neutral,
                    "sd_hash".to_string(),
                    "The Key Binding JWT's sd_hash cannot be checked either.".to_string(),
                )
            })
            .into_iter()
            .collect();
        checks.extend(signature);
        return Some(Report {
            summary: format!(
                "_sd_alg {name} is not a hash this page knows, so the Disclosures cannot be \
                 checked."
            ),
            revealed: Vec::new(),
            checks,
        });
    };
    let digests: Vec<String> = sd.disclosures.iter().map(|d| hash(digest, d)).collect();
    let r = resolve(&payload.map, &sd.disclosures, &digests);
    let kb = key_binding(&sd, Some(&hash(digest, &sd.presented)));
    let kb = kb.unwrap_or(KeyBinding::Unreadable);
    let tone = match kb {
        KeyBinding::Matches => Tone::Valid,
        KeyBinding::Absent => Tone::Neutral,
        _ => Tone::Invalid,
    };
    let mut checks: Vec<(Tone, String, String)> = r
        .problems
        .iter()
        .map(|p| (Tone::Invalid, "problem".to_string(), p.to_string()))
        .collect();
    checks.push((tone, "sd_hash".to_string(), kb.to_string()));
    checks.extend(signature);
    checks.extend(kb_claims(&sd).map(|line| (Tone::Neutral, "kb-claims".to_string(), line)));
    Some(Report {
        summary: r.summary(sd.disclosures.len()),
        revealed: r
            .revealed
            .iter()
            .map(|x| format!("{}: {} (Disclosure {})", x.path, x.value, x.disclosure + 1))
            .collect(),
        checks,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn enc(v: Value) -> String {
        base64url::encode(v.to_string().as_bytes())
    }

    #[test]
    fn an_sd_jwt_splits_at_its_tildes() {
        let sd = split("a.b.c~d1~d2~").unwrap();
        assert_eq!(sd.issuer_jwt, "a.b.c");
        assert_eq!(sd.disclosures, ["d1", "d2"]);
        assert_eq!(sd.key_binding, None);
        assert_eq!(sd.presented, "a.b.c~d1~d2~");
        let kb = split("a.b.c~d1~x.y.z").unwrap();
        assert_eq!(kb.key_binding.as_deref(), Some("x.y.z"));
        assert_eq!(kb.presented, "a.b.c~d1~");
        assert_eq!(kb.to_hash(), ["d1", "a.b.c~d1~"]);
        assert_eq!(split("a.b.c~").unwrap().disclosures, Vec::<String>::new());
        assert_eq!(split("a.b.c"), None);
        assert_eq!(split("a.b~c"), None);
    }

    /// RFC 9901 §4.2.2's array element Disclosure.
    #[test]
    fn disclosures_decode_to_what_they_reveal() {
        assert_eq!(
            disclosure("WyJsa2x4RjVqTVlsR1RQVW92TU5JdkNBIiwgIkZSIl0"),
            Ok(Disclosed::Element { value: json!("FR") })
        );
        assert_eq!(
            disclosure(&enc(json!(["s", "given_name", "John"]))),
            Ok(Disclosed::Property {
                name: "given_name".into(),
                value: json!("John")
            })
        );
        assert_eq!(
            disclosure(&enc(json!(["s", "_sd", []]))),
            Err(DisclosureError::ReservedName("_sd".into()))
        );
        assert_eq!(
            disclosure(&enc(json!(["s"]))),
            Err(DisclosureError::Length(1))
        );
        assert_eq!(
            disclosure(&enc(json!([1, "x"]))),
            Err(DisclosureError::SaltNotString)
        );
        assert_eq!(
            disclosure(&enc(json!({"a": 1}))),
            Err(DisclosureError::NotJsonArray)
        );
        assert_eq!(disclosure("!!"), Err(DisclosureError::NotBase64));
        assert_eq!(disclosure(""), Err(DisclosureError::Empty));
    }

    #[test]
    fn the_hash_is_named_or_sha_256() {
        let m = |v: Value| v.as_object().unwrap().clone();
        assert_eq!(hash_alg(&m(json!({}))), HashAlg::Default);
        assert_eq!(
            hash_alg(&m(json!({ "_sd_alg": "sha-384" }))),
            HashAlg::Named(Digest::Sha384)
        );
        assert_eq!(
            hash_alg(&m(json!({ "_sd_alg": "SHA-256" }))),
            HashAlg::Unknown("SHA-256".into()),
            "names are the IANA registry's, in lower case"
        );
        assert_eq!(HashAlg::Unknown("md5".into()).digest(), None);
    }

    /// Digests stand in for themselves here: the worker's hashing is tested in authpick-crypto.
    #[test]
    fn disclosed_claims_decoys_and_what_must_be_rejected() {
        let d_name = enc(json!(["s1", "given_name", "John"]));
        let d_country = enc(json!(["s2", "country", "DE"]));
        let d_nat = enc(json!(["s3", "FR"]));
        let d_stray = enc(json!(["s4", "email", "x@example.com"]));
        let payload = json!({
            "iss": "https://issuer.example",
            "_sd_alg": "sha-256",
            "_sd": ["H-name", "H-decoy"],
            "address": { "_sd": ["H-country"], "locality": "Berlin" },
            "nationalities": [{ "...": "H-nat" }, { "...": "H-withheld" }],
        });
        let disclosures = [d_name, d_country, d_nat, d_stray];
        let digests = ["H-name", "H-country", "H-nat", "H-stray"].map(String::from);
        let r = resolve(payload.as_object().unwrap(), &disclosures, &digests);
        let paths: Vec<&str> = r.revealed.iter().map(|x| x.path.as_str()).collect();
        assert_eq!(
            paths,
            ["/address/country", "/nationalities/0", "/given_name"]
        );
        assert_eq!(r.undisclosed, 2, "a decoy and a withheld element");
        assert!(r
            .summary(4)
            .starts_with("4 Disclosures reveal 3 claims; 2 digests in the payload have no"));
        assert_eq!(r.problems, [Problem::Unreferenced { disclosure: 3 }]);
        assert_eq!(
            r.claims,
            json!({
                "iss": "https://issuer.example",
                "address": { "locality": "Berlin", "country": "DE" },
                "nationalities": ["FR"],
                "given_name": "John",
            })
        );
    }

    #[test]
    fn repeats_clashes_and_misplaced_disclosures_are_named() {
        let prop = enc(json!(["s1", "locality", "Paris"]));
        let elem = enc(json!(["s2", "FR"]));
        let payload = json!({
            "_sd": ["H-elem", "H-prop"],
            "locality": "Berlin",
            "list": [{ "...": "H-twice" }, { "...": "H-twice" }],
        });
        let disclosures = [prop.clone(), elem, prop];
        let digests = ["H-prop", "H-elem", "H-prop"].map(String::from);
        let r = resolve(payload.as_object().unwrap(), &disclosures, &digests);
        assert!(r
            .problems
            .contains(&Problem::RepeatedDisclosure { disclosure: 2 }));
        assert!(
            !r.problems
                .contains(&Problem::Unreferenced { disclosure: 0 })
                && !r
                    .problems
                    .contains(&Problem::Unreferenced { disclosure: 2 }),
            "a repeated Disclosure is named once: {:?}",
            r.problems
        );
        assert!(r.problems.contains(&Problem::WrongPlace { disclosure: 1 }));
        assert!(r.problems.contains(&Problem::NameClash {
            path: "/locality".into()
        }));
        assert!(r.problems.contains(&Problem::RepeatedDigest {
            digest: "H-twice".into()
        }));
        for p in &r.problems {
            assert!(p.to_string().ends_with('.'), "{p}");
        }
    }

    /// Each Disclosure's value holds the digest of the next: a chain deeper than any
    /// credential stops at the limit instead of recursing on.
    #[test]
    fn a_chain_of_disclosures_stops_at_the_limit() {
        let n = MAX_DEPTH + 10;
        let disclosures: Vec<String> = (0..n)
            .map(|i| enc(json!([format!("s{i}"), "x", { "_sd": [format!("H{}", i + 1)] }])))
            .collect();
        let digests: Vec<String> = (0..n).map(|i| format!("H{i}")).collect();
        let payload = json!({ "_sd": ["H0"] });
        let r = resolve(payload.as_object().unwrap(), &disclosures, &digests);
        assert!(r.problems.contains(&Problem::TooDeep));
        assert!(r.revealed.len() < n);
    }

    #[test]
    fn the_key_binding_jwt_is_held_to_its_sd_hash() {
        let kb = |header: Value, payload: Value| {
            format!("a.b.c~d~{}.{}.c2ln", enc(header), enc(payload))
        };
        let good = split(&kb(
            json!({"typ":"kb+jwt","alg":"ES256"}),
            json!({"sd_hash":"H"}),
        ))
        .unwrap();
        assert_eq!(key_binding(&good, Some("H")), Some(KeyBinding::Matches));
        assert_eq!(
            key_binding(&good, None),
            None,
            "waits for the worker's hash"
        );
        assert!(matches!(
            key_binding(&good, Some("X")),
            Some(KeyBinding::Differs { .. })
        ));
        let typ = split(&kb(json!({"typ":"JWT"}), json!({"sd_hash":"H"}))).unwrap();
        assert_eq!(
            key_binding(&typ, Some("H")),
            Some(KeyBinding::WrongTyp("JWT".into()))
        );
        let none = split(&kb(json!({"typ":"kb+jwt"}), json!({}))).unwrap();
        assert_eq!(key_binding(&none, Some("H")), Some(KeyBinding::NoSdHash));
        assert_eq!(
            key_binding(&split("a.b.c~d~").unwrap(), None),
            Some(KeyBinding::Absent)
        );
    }

    #[test]
    fn the_key_binding_signature_is_told_once_known() {
        use crate::token::service::verification::{KeyUsed, Verification};
        assert!(kb_signature(false, None).1.contains("no cnf.jwk"));
        assert!(kb_signature(true, None).1.starts_with("Verifying"));
        let valid = Reported::from(&Verification::Valid { key: KeyUsed::Jwk });
        let (tone, text) = kb_signature(true, Some(&valid));
        assert_eq!(tone, Tone::Valid);
        assert!(text.ends_with(&valid.message));
    }

    #[test]
    fn the_report_says_what_the_page_shows() {
        let d = enc(json!(["s", "given_name", "John"]));
        let issuer = format!(
            "{}.{}.c2ln",
            enc(json!({"alg":"ES256"})),
            enc(json!({"_sd": [format!("H:{d}")], "cnf": {"jwk": {"kty":"EC"}}}))
        );
        // A stand-in hash that the test can predict: "H:" and the text.
        let hash = |_: Digest, t: &str| format!("H:{t}");
        let r = report(&format!("{issuer}~{d}~"), hash, |_, _| None).unwrap();
        assert_eq!(r.revealed, [r#"/given_name: "John" (Disclosure 1)"#]);
        assert_eq!(
            r.checks.len(),
            1,
            "no problem, no signature: {:?}",
            r.checks
        );
        assert_eq!(
            (r.checks[0].0, r.checks[0].1.as_str()),
            (Tone::Neutral, "sd_hash")
        );
        let unknown = format!(
            "{}.{}.c2ln~{d}~",
            enc(json!({"alg":"ES256"})),
            enc(json!({"_sd_alg":"md5"}))
        );
        let r = report(&unknown, hash, |_, _| None).unwrap();
        assert!(r.summary.contains("md5"));
        assert!(
            r.checks.is_empty(),
            "no Key Binding JWT, so no sd_hash line: {:?}",
            r.checks
        );
        let with_kb = format!(
            "{unknown}{}.{}.c2ln",
            enc(json!({"typ":"kb+jwt"})),
            enc(json!({}))
        );
        let r = report(&with_kb, hash, |_, _| None).unwrap();
        assert!(r.checks.iter().any(|c| c.1 == "sd_hash"));
        assert_eq!(report("not an sd-jwt", hash, |_, _| None), None);
    }

    #[test]
    fn every_source_links_to_its_section() {
        for c in [FORMAT, PROCESSING, KEY_BINDING, HASH_ALG] {
            assert_eq!(crate::token::cite::link_problem(&c), None);
        }
    }
}
