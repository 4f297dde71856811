//! A DPoP-bound access token against its proof: the token's `cnf.jkt` (RFC 9449 §6.1) is the
//! RFC 7638 thumbprint of the proof's `jwk`, base64url of the SHA-256 hash of the key's
//! required members as JSON, in lexicographic order and without whitespace. This builds that
//! JSON and says what the comparison means; the crypto worker hashes it, since the page holds
//! no cryptography.

use std::fmt;

use serde_json::{Map, Value};

use crate::token::checks::report::Inspection;
use crate::token::checks::token_type::TokenType;
use crate::token::cite::{cite, Cite};
use crate::token::jose::decode::decode;
use crate::token::protocols::bound_token::{Digest, HashOf};
use crate::token::service::verification::Tone;

/// Where an access token's `cnf.jkt` is defined.
pub const SOURCE: Cite = cite(
    "RFC 9449 §6.1 (jkt)",
    "https://www.rfc-editor.org/rfc/rfc9449.html#section-6.1",
);

/// How a JWK's thumbprint is computed.
pub const THUMBPRINT: Cite = cite(
    "RFC 7638 §3.2",
    "https://www.rfc-editor.org/rfc/rfc7638.html#section-3.2",
);

/// What the worker does with the canonical JSON: the whole SHA-256 hash, in base64url.
pub const HASH: HashOf = HashOf {
    digest: Digest::Sha256,
    left_half: false,
};

/// Why a key has no thumbprint here.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Unprintable {
    /// `kty` is missing or names no key type whose required members are defined.
    KeyType(String),
    /// A required member is missing or not a string.
    Member {
        /// The key's type.
        kty: &'static str,
        /// The member it lacks.
        member: &'static str,
    },
}

impl fmt::Display for Unprintable {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Unprintable::KeyType(kty) => write!(
                f,
                "The proof's jwk has kty {kty}, for which no thumbprint is defined here (EC, RSA, \
                 OKP and oct are)."
            ),
            Unprintable::Member { kty, member } => write!(
                f,
                "The proof's jwk is an {kty} key without {member} (as a string), so it has no \
                 thumbprint."
            ),
        }
    }
}

/// The members a thumbprint covers, in lexicographic order: RFC 7638 §3.2 for EC, RSA and oct,
/// RFC 8037 §2 for OKP.
fn required(kty: &str) -> Option<(&'static str, &'static [&'static str])> {
    Some(match kty {
        "EC" => ("EC", &["crv", "kty", "x", "y"]),
        "RSA" => ("RSA", &["e", "kty", "n"]),
        "OKP" => ("OKP", &["crv", "kty", "x"]),
        "oct" => ("oct", &["k", "kty"]),
        _ => return None,
    })
}

/// The JSON whose hash is the key's thumbprint (RFC 7638 §3.3): only the required members, in
/// lexicographic order, no whitespace.
pub fn canonical(jwk: &Map<String, Value>) -> Result<String, Unprintable> {
    let kty = jwk.get("kty").and_then(Value::as_str).unwrap_or("(none)");
    let (kty, members) = required(kty).ok_or_else(|| Unprintable::KeyType(kty.to_string()))?;
    let mut out = Map::new();
    for &member in members {
        let value = jwk
            .get(member)
            .filter(|v| v.is_string())
            .ok_or(Unprintable::Member { kty, member })?;
        out.insert(member.to_string(), value.clone());
    }
    // The map keeps insertion order, which is the lexicographic order above.
    Ok(Value::Object(out).to_string())
}

/// The JSON to hash for a DPoP proof's own `jwk`; `None` for any other kind of token, or a
/// proof whose header has no `jwk` object (a finding says so).
pub fn of_proof(inspection: &Inspection) -> Option<Result<String, Unprintable>> {
    if inspection.assumed()?.kind != TokenType::DpopProof {
        return None;
    }
    let header = inspection.decoded.as_ref().ok()?.header.as_ref().ok()?;
    Some(canonical(header.get("jwk")?.as_object()?))
}

/// What the pasted access token says about the key it is bound to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Bound {
    /// `cnf.jkt`, the thumbprint the proof's key must have.
    Jkt(String),
    /// Not a JWT: an opaque token's binding is known only to its server.
    Opaque,
    /// A JWT without `cnf.jkt`: not bound to a DPoP key.
    Unbound,
}

/// The `cnf.jkt` of `access_token`, if it is a JWT that carries one.
pub fn bound_key(access_token: &str) -> Bound {
    let Ok(decoded) = decode(access_token.trim()) else {
        return Bound::Opaque;
    };
    let Some(Ok(payload)) = decoded.payload else {
        return Bound::Opaque;
    };
    match payload
        .get("cnf")
        .and_then(|c| c.get("jkt"))
        .and_then(Value::as_str)
    {
        Some(jkt) => Bound::Jkt(jkt.to_string()),
        None => Bound::Unbound,
    }
}

/// What comparing the token's `cnf.jkt` with the proof key's thumbprint found.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum JktCheck {
    /// `cnf.jkt` is the thumbprint of the proof's key.
    Matches,
    /// `cnf.jkt` is the thumbprint of another key.
    Differs {
        /// The access token's `cnf.jkt`.
        jkt: String,
        /// The thumbprint of the proof's key, as the worker computed it.
        thumbprint: String,
    },
    /// The access token is not a JWT with readable claims.
    Opaque,
    /// The access token has no `cnf.jkt`.
    Unbound,
    /// The proof's key has no thumbprint here.
    Unprintable(Unprintable),
}

impl JktCheck {
    /// Whether `cnf.jkt` matches.
    pub fn is_match(&self) -> bool {
        *self == JktCheck::Matches
    }

    /// How the page colours it. An opaque access token is no failure: its binding is only
    /// known to its server.
    pub fn tone(&self) -> Tone {
        match self {
            JktCheck::Matches => Tone::Valid,
            JktCheck::Opaque => Tone::Neutral,
            _ => Tone::Invalid,
        }
    }
}

/// The outcome once the worker has hashed `canonical(jwk)` to `thumbprint`.
pub fn compare(bound: &Bound, thumbprint: &str) -> JktCheck {
    match bound {
        Bound::Jkt(jkt) if jkt == thumbprint => JktCheck::Matches,
        Bound::Jkt(jkt) => JktCheck::Differs {
            jkt: jkt.clone(),
            thumbprint: thumbprint.to_string(),
        },
        Bound::Opaque => JktCheck::Opaque,
        Bound::Unbound => JktCheck::Unbound,
    }
}

/// What the page does with a proof and the access token pasted beside it: ask the worker to
/// hash the key's JSON and compare it with `jkt`, or say the outcome at once.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Plan {
    /// Ask the worker to hash `json`, then compare the hash with `jkt`.
    Hash {
        /// The canonical JSON of the proof's key.
        json: String,
        /// The access token's `cnf.jkt`.
        jkt: String,
    },
    /// The outcome, known without hashing.
    Known(JktCheck),
}

/// `None` unless the token is a DPoP proof with a `jwk` and an access token was pasted.
pub fn plan(inspection: &Inspection, access_token: &str) -> Option<Plan> {
    let key = of_proof(inspection)?;
    if access_token.trim().is_empty() {
        return None;
    }
    Some(match (bound_key(access_token), key) {
        (Bound::Jkt(jkt), Ok(json)) => Plan::Hash { json, jkt },
        (Bound::Jkt(_), Err(why)) => Plan::Known(JktCheck::Unprintable(why)),
        (Bound::Opaque, _) => Plan::Known(JktCheck::Opaque),
        (Bound::Unbound, _) => Plan::Known(JktCheck::Unbound),
    })
}

impl fmt::Display for JktCheck {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            JktCheck::Matches => f.write_str(
                "✓ cnf.jkt matches the thumbprint of the proof's jwk: the access token is bound \
                 to the key in this proof's header. Verify the proof with that key to know its \
                 holder signed it.",
            ),
            JktCheck::Differs { jkt, thumbprint } => write!(
                f,
                "✗ cnf.jkt is {jkt}, but the proof's key has thumbprint {thumbprint}: the access \
                 token is bound to another key, so the server must reject the pair."
            ),
            JktCheck::Opaque => f.write_str(
                "The access token is not a JWT, so its key binding is known only to its server \
                 (which finds cnf.jkt by introspection).",
            ),
            JktCheck::Unbound => f.write_str(
                "The access token has no cnf.jkt: it is not bound to a DPoP key, and a server \
                 expecting DPoP must reject it.",
            ),
            JktCheck::Unprintable(why) => write!(f, "{why}"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::token::jose::base64url;
    use serde_json::json;

    fn map(v: Value) -> Map<String, Value> {
        v.as_object().unwrap().clone()
    }

    /// RFC 7638 §3.1's example key and the JSON it shows being hashed (its thumbprint,
    /// NzbLsXh8uDCcd-6MNwXF4W_7noWXFZAfHkxZsRGC9Xs, is checked in authpick-crypto).
    #[test]
    fn rfc_7638_example() {
        let n = "0vx7agoebGcQSuuPiLJXZptN9nndrQmbXEps2aiAFbWhM78LhWx4cbbfAAtVT86zwu1RK7aPFFxuhDR1L6tSoc_BJECPebWKRXjBZCiFV4n3oknjhMstn64tZ_2W-5JsGY4Hc5n9yBXArwl93lqt7_RN5w6Cf0h4QyQ5v-65YGjQR0_FDW2QvzqY368QQMicAtaSqzs8KJZgnYb9c7d0zgdAZHzu6qMQvRL5hajrn1n91CbOpbISD08qNLyrdkt-bFTWhAI4vMQFh6WeZu0fM4lFd2NcRwr3XPksINHaQ-G_xBniIqbw0Ls1jF44-csFCur-kEgU8awapJzKnqDKgw";
        let jwk =
            map(json!({ "kty": "RSA", "n": n, "e": "AQAB", "alg": "RS256", "kid": "2011-04-29" }));
        assert_eq!(
            canonical(&jwk).unwrap(),
            format!(r#"{{"e":"AQAB","kty":"RSA","n":"{n}"}}"#)
        );
    }

    #[test]
    fn each_key_type_keeps_its_required_members_in_order() {
        let ec = map(json!({ "y": "Y", "x": "X", "kty": "EC", "crv": "P-256", "use": "sig" }));
        assert_eq!(
            canonical(&ec).unwrap(),
            r#"{"crv":"P-256","kty":"EC","x":"X","y":"Y"}"#
        );
        let okp = map(json!({ "x": "X", "kty": "OKP", "crv": "Ed25519", "d": "secret" }));
        assert_eq!(
            canonical(&okp).unwrap(),
            r#"{"crv":"Ed25519","kty":"OKP","x":"X"}"#
        );
        assert_eq!(
            canonical(&map(json!({ "kty": "EC", "crv": "P-256", "x": "X" }))),
            Err(Unprintable::Member {
                kty: "EC",
                member: "y"
            })
        );
        assert_eq!(
            canonical(&map(json!({ "kty": "AKP" }))),
            Err(Unprintable::KeyType("AKP".into()))
        );
        assert!(canonical(&map(json!({})))
            .unwrap_err()
            .to_string()
            .contains("(none)"));
    }

    #[test]
    fn only_a_proof_with_a_key_and_a_pasted_token_is_planned() {
        use crate::token::checks::report::inspect;
        let jwk = r#"{"kty":"EC","crv":"P-256","x":"X","y":"Y"}"#;
        let proof = |typ: &str, jwk: &str| {
            let header = format!(r#"{{"typ":"{typ}","alg":"ES256","jwk":{jwk}}}"#);
            let token = format!(
                "{}.{}.c2ln",
                base64url::encode(header.as_bytes()),
                base64url::encode(br#"{"jti":"j","htm":"GET","htu":"https://a.example/","iat":1}"#)
            );
            inspect(&token, 0).unwrap()
        };
        let access = format!(
            "{}.{}.c2ln",
            base64url::encode(br#"{"alg":"ES256"}"#),
            base64url::encode(br#"{"cnf":{"jkt":"T"}}"#)
        );
        assert_eq!(
            plan(&proof("dpop+jwt", jwk), &access),
            Some(Plan::Hash {
                json: r#"{"crv":"P-256","kty":"EC","x":"X","y":"Y"}"#.into(),
                jkt: "T".into()
            })
        );
        assert_eq!(plan(&proof("dpop+jwt", jwk), "  "), None);
        assert_eq!(plan(&proof("at+jwt", jwk), &access), None);
        assert_eq!(
            plan(&proof("dpop+jwt", r#"{"kty":"EC"}"#), &access),
            Some(Plan::Known(JktCheck::Unprintable(Unprintable::Member {
                kty: "EC",
                member: "crv"
            })))
        );
        assert_eq!(
            plan(&proof("dpop+jwt", jwk), "opaque-token"),
            Some(Plan::Known(JktCheck::Opaque))
        );
    }

    #[test]
    fn every_source_links_to_its_section() {
        for c in [SOURCE, THUMBPRINT] {
            assert_eq!(crate::token::cite::link_problem(&c), None);
        }
    }

    /// RFC 9449 §6.1's access token payload names the thumbprint of the key in the proofs of
    /// §4.1 and §7.1.
    #[test]
    fn the_bound_key_is_read_from_the_access_token() {
        let payload = r#"{"sub":"someone@example.com","iss":"https://server.example.com","nbf":1562262611,"exp":1562266216,"cnf":{"jkt":"0ZcOCORZNYy-DWpqq30jZyJGHTN0d2HglBV3uiguA4I"}}"#;
        let token = format!(
            "{}.{}.c2ln",
            base64url::encode(br#"{"alg":"ES256"}"#),
            base64url::encode(payload.as_bytes())
        );
        let bound = bound_key(&format!(" {token}\n"));
        assert_eq!(
            bound,
            Bound::Jkt("0ZcOCORZNYy-DWpqq30jZyJGHTN0d2HglBV3uiguA4I".into())
        );
        assert!(compare(&bound, "0ZcOCORZNYy-DWpqq30jZyJGHTN0d2HglBV3uiguA4I").is_match());
        let differs = compare(&bound, "other");
        assert!(differs.to_string().contains("bound to another key"));
        assert_eq!(
            bound_key("Kz~8mXK1EalYznwH-LC-1fBAo.4Ljp~zsPE_NeO.gxU"),
            Bound::Opaque
        );
        let unbound = format!(
            "{}.{}.c2ln",
            base64url::encode(br#"{"alg":"ES256"}"#),
            base64url::encode(br#"{"sub":"x"}"#)
        );
        assert_eq!(bound_key(&unbound), Bound::Unbound);
        assert_eq!(compare(&Bound::Unbound, "t"), JktCheck::Unbound);
    }
}
