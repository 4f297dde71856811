//! A token bound to an access token by a hash of it: an ID token's `at_hash` (OpenID Connect
//! Core §3.1.3.6: the left half of the hash of the access token, with the hash of the ID
//! token's `alg`) and a DPoP proof's `ath` (RFC 9449 §4.2: the whole SHA-256 hash). The user
//! pastes the access token; the crypto worker hashes it, since the page holds no cryptography;
//! this decides what to hash and what the comparison means. An ID token's `nonce` is compared
//! with the one the user's app sent, the same way (§3.1.3.7, step 11).

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::token::checks::token_type::TokenType;
use crate::token::cite::{cite, Cite};
use crate::token::jose::alg::Alg;
use crate::token::jose::decode::JsonObject;
use crate::token::service::verification::Tone;

/// The hash functions a binding uses.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Digest {
    /// SHA-256.
    Sha256,
    /// SHA-384.
    Sha384,
    /// SHA-512.
    Sha512,
}

impl Digest {
    /// Every hash function a binding uses.
    pub const ALL: [Digest; 3] = [Digest::Sha256, Digest::Sha384, Digest::Sha512];
}

/// What the worker is asked to compute: base64url of the hash of the access token, or of its
/// left half.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct HashOf {
    /// Which hash.
    pub digest: Digest,
    /// Whether only the hash's left half is encoded (`at_hash`, `c_hash`) rather than all of it
    /// (`ath`).
    pub left_half: bool,
}

/// What a binding's hash is of: the access token issued with the token, or the authorization
/// code returned with it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Given {
    /// The access token, pasted beside an ID token (`at_hash`) or a DPoP proof (`ath`).
    AccessToken,
    /// The authorization code, pasted beside an ID token (`c_hash`).
    Code,
}

/// A claim that binds the token to something given beside it, and how it is computed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Binding {
    /// The claim: `at_hash`, `c_hash` or `ath`.
    pub claim: &'static str,
    /// What the hash is of.
    pub of: Given,
    /// What pasting it checks, as the page says it.
    pub checks: &'static str,
    /// How the hash is computed.
    pub hash: HashOf,
    /// The section that defines the claim.
    pub source: Cite,
}

/// Why no binding can be checked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Unbound {
    /// This kind of token carries no hash of an access token.
    NotThisKind,
    /// The ID token's algorithm leaves the hash undetermined here.
    HashUndetermined(String),
}

impl fmt::Display for Unbound {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Unbound::NotThisKind => f.write_str(
                "Only ID tokens (at_hash) and DPoP proofs (ath) carry a hash of an access token.",
            ),
            Unbound::HashUndetermined(alg) => write!(
                f,
                "at_hash and c_hash use the hash of the ID token's alg, and {alg} does not name \
                 SHA-256, SHA-384 or SHA-512 (EdDSA does not even name its curve), so they are \
                 not checked here."
            ),
        }
    }
}

const AT_HASH: Cite = cite(
    "OpenID Connect Core §3.1.3.6 (at_hash)",
    "https://openid.net/specs/openid-connect-core-1_0.html#CodeIDToken",
);
const C_HASH: Cite = cite(
    "OpenID Connect Core §3.3.2.11 (c_hash)",
    "https://openid.net/specs/openid-connect-core-1_0.html#HybridIDToken",
);
const ATH: Cite = cite(
    "RFC 9449 §4.2 (ath)",
    "https://www.rfc-editor.org/rfc/rfc9449.html#section-4.2",
);

/// The bindings a token of `kind` signed with `alg` can be checked for, given its payload: a
/// DPoP proof's `ath` (always offered: its access token's `cnf.jkt` is checked against the
/// proof's key too), an ID token's `at_hash` and `c_hash` where it carries them. An ID token
/// with neither has nothing bound to check but its nonce.
pub fn bindings(
    kind: TokenType,
    alg: Option<&str>,
    payload: Option<&JsonObject>,
) -> Result<Vec<Binding>, Unbound> {
    match kind {
        TokenType::DpopProof => Ok(vec![Binding {
            claim: "ath",
            of: Given::AccessToken,
            checks: "its ath, and the access token's cnf.jkt against the proof's key",
            hash: HashOf {
                digest: Digest::Sha256,
                left_half: false,
            },
            source: ATH,
        }]),
        TokenType::Id => {
            let has = |c: &str| payload.is_some_and(|p| p.get(c).is_some());
            let claims = [
                ("at_hash", Given::AccessToken, "its at_hash", AT_HASH),
                ("c_hash", Given::Code, "its c_hash", C_HASH),
            ];
            if !claims.iter().any(|(c, ..)| has(c)) {
                return Ok(Vec::new());
            }
            let name = alg.unwrap_or("(none)");
            let digest =
                id_token_digest(name).ok_or_else(|| Unbound::HashUndetermined(name.to_string()))?;
            Ok(claims
                .into_iter()
                .filter(|(c, ..)| has(c))
                .map(|(claim, of, checks, source)| Binding {
                    claim,
                    of,
                    checks,
                    hash: HashOf {
                        digest,
                        left_half: true,
                    },
                    source,
                })
                .collect())
        }
        _ => Err(Unbound::NotThisKind),
    }
}

/// The hash "specified in JWA for the alg" (OpenID Connect Core §3.1.3.6): the one the
/// algorithm's name carries; for Ed25519, whose signature uses SHA-512, SHA-512 (the OpenID
/// Connect working group's answer, recorded in its Token Hash Algorithms guide). EdDSA names
/// no curve, so its hash is undetermined without the key.
fn id_token_digest(alg: &str) -> Option<Digest> {
    Some(match Alg::from_name(alg)? {
        Alg::Hs256 | Alg::Rs256 | Alg::Ps256 | Alg::Es256 | Alg::Es256k => Digest::Sha256,
        Alg::Hs384 | Alg::Rs384 | Alg::Ps384 | Alg::Es384 => Digest::Sha384,
        Alg::Hs512 | Alg::Rs512 | Alg::Ps512 | Alg::Es512 | Alg::Ed25519 => Digest::Sha512,
        _ => return None,
    })
}

/// What comparing the claim with the computed hash found.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum HashCheck {
    /// The claim equals the hash computed.
    Matches {
        /// The claim compared.
        claim: &'static str,
    },
    /// The claim and the hash computed differ.
    Differs {
        /// The claim compared.
        claim: &'static str,
        /// The claim's value in the token.
        claimed: String,
        /// The hash the worker computed of what was pasted.
        computed: String,
    },
    /// The token has no such claim (or not as a string): nothing binds it.
    NoClaim {
        /// The claim looked for.
        claim: &'static str,
    },
}

impl HashCheck {
    /// Whether the claim matches.
    pub fn is_match(&self) -> bool {
        matches!(self, HashCheck::Matches { .. })
    }

    /// How the page colours it: a missing claim is no mismatch (a DPoP proof for a token
    /// request has no `ath`).
    pub fn tone(&self) -> Tone {
        match self {
            HashCheck::Matches { .. } => Tone::Valid,
            HashCheck::Differs { .. } => Tone::Invalid,
            HashCheck::NoClaim { .. } => Tone::Neutral,
        }
    }
}

/// Compares the token's claim (from its payload) with the hash the worker computed.
pub fn compare(binding: &Binding, payload: Option<&JsonObject>, computed: &str) -> HashCheck {
    let claim = binding.claim;
    match payload.and_then(|p| p.get(claim)).and_then(|v| v.as_str()) {
        None => HashCheck::NoClaim { claim },
        Some(c) if c == computed => HashCheck::Matches { claim },
        Some(c) => HashCheck::Differs {
            claim,
            claimed: c.to_string(),
            computed: computed.to_string(),
        },
    }
}

/// What a claim's hash is of, as a sentence names it.
fn hashed(claim: &str) -> &'static str {
    if claim == "c_hash" {
        "authorization code"
    } else {
        "access token"
    }
}

impl fmt::Display for HashCheck {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            HashCheck::Matches { claim } => write!(
                f,
                "✓ {claim} matches: this token was issued for that {}.",
                hashed(claim)
            ),
            HashCheck::Differs {
                claim,
                claimed,
                computed,
            } => write!(
                f,
                "✗ {claim} does not match: the token says {claimed}, the {} hashes to \
                 {computed}. They were not issued together, or one of them was changed.",
                hashed(claim)
            ),
            HashCheck::NoClaim { claim: "ath" } => f.write_str(
                "This proof has no ath, as a proof for a token request has none. A proof sent \
                 with an access token must carry one, so a resource server would reject this \
                 pair.",
            ),
            HashCheck::NoClaim { claim } => write!(
                f,
                "This token has no {claim}, so nothing binds it to what was pasted."
            ),
        }
    }
}

/// Where an ID token's nonce is checked.
pub const NONCE_SOURCE: Cite = cite(
    "OpenID Connect Core §3.1.3.7 step 11 (nonce)",
    "https://openid.net/specs/openid-connect-core-1_0.html#IDTokenValidation",
);

/// What comparing an ID token's `nonce` with the one the request sent found.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Nonce {
    /// The token's `nonce` is the one sent.
    Matches,
    /// The token's `nonce` is another.
    Differs {
        /// The token's `nonce`.
        found: String,
    },
    /// The token has no `nonce` (or not as a string).
    Missing,
}

/// Compares the ID token's `nonce` with `sent` (trimmed); `None` when nothing was typed.
pub fn check_nonce(payload: Option<&JsonObject>, sent: &str) -> Option<Nonce> {
    let sent = sent.trim();
    if sent.is_empty() {
        return None;
    }
    Some(
        match payload
            .and_then(|p| p.get("nonce"))
            .and_then(|v| v.as_str())
        {
            None => Nonce::Missing,
            Some(n) if n == sent => Nonce::Matches,
            Some(n) => Nonce::Differs {
                found: n.to_string(),
            },
        },
    )
}

impl Nonce {
    /// Whether the nonce matches.
    pub fn is_match(&self) -> bool {
        *self == Nonce::Matches
    }

    /// How the page colours it.
    pub fn tone(&self) -> Tone {
        if self.is_match() {
            Tone::Valid
        } else {
            Tone::Invalid
        }
    }
}

impl fmt::Display for Nonce {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Nonce::Matches => f.write_str(
                "✓ nonce matches: this ID token answers the sign-in request that sent it.",
            ),
            Nonce::Differs { found } => write!(
                f,
                "✗ nonce is {found}, not the one sent: reject the ID token (it answers another \
                 request, or was replayed or injected)."
            ),
            Nonce::Missing => {
                f.write_str("✗ This ID token has no nonce, though the request sent one: reject it.")
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn payload(v: serde_json::Value) -> JsonObject {
        JsonObject {
            map: v.as_object().unwrap().clone(),
            duplicates: vec![],
            text: v.to_string(),
        }
    }

    #[test]
    fn the_hash_follows_the_kind_and_the_id_tokens_alg() {
        let both = payload(json!({ "at_hash": "a", "c_hash": "c" }));
        let half = |digest| HashOf {
            digest,
            left_half: true,
        };
        for (alg, digest) in [
            ("RS256", Digest::Sha256),
            ("ES384", Digest::Sha384),
            ("PS512", Digest::Sha512),
            ("Ed25519", Digest::Sha512),
        ] {
            let b = bindings(TokenType::Id, Some(alg), Some(&both)).unwrap();
            assert_eq!((b[0].claim, b[0].hash), ("at_hash", half(digest)), "{alg}");
            assert_eq!((b[1].claim, b[1].of), ("c_hash", Given::Code), "{alg}");
        }
        assert_eq!(
            bindings(TokenType::Id, Some("EdDSA"), Some(&both)),
            Err(Unbound::HashUndetermined("EdDSA".into()))
        );
        assert!(bindings(TokenType::Id, Some("ML-DSA-44"), Some(&both)).is_err());
        // Only what the ID token carries is offered.
        let c_only = payload(json!({ "c_hash": "x" }));
        let b = bindings(TokenType::Id, Some("RS256"), Some(&c_only)).unwrap();
        assert_eq!(b.iter().map(|b| b.claim).collect::<Vec<_>>(), ["c_hash"]);
        let neither = payload(json!({ "nonce": "n" }));
        assert_eq!(
            bindings(TokenType::Id, Some("EdDSA"), Some(&neither)),
            Ok(Vec::new()),
            "nothing to hash, so no hash to determine"
        );
        // DPoP: always the whole SHA-256, whatever signed the proof.
        let b = bindings(TokenType::DpopProof, Some("ES512"), None).unwrap()[0];
        assert_eq!(
            (b.claim, b.hash),
            (
                "ath",
                HashOf {
                    digest: Digest::Sha256,
                    left_half: false
                }
            )
        );
        assert_eq!(
            bindings(TokenType::Access, Some("RS256"), None),
            Err(Unbound::NotThisKind)
        );
    }

    #[test]
    fn the_comparison_says_which_way_it_went() {
        let p = payload(json!({ "at_hash": "abc" }));
        let b = bindings(TokenType::Id, Some("RS256"), Some(&p)).unwrap()[0];
        assert!(compare(&b, Some(&p), "abc").is_match());
        let differs = compare(&b, Some(&p), "xyz");
        assert!(!differs.is_match());
        assert!(differs.to_string().contains("the token says abc"));
        assert_eq!(
            compare(&b, Some(&payload(json!({ "at_hash": 5 }))), "abc"),
            HashCheck::NoClaim { claim: "at_hash" }
        );
        assert_eq!(
            compare(&b, None, "abc"),
            HashCheck::NoClaim { claim: "at_hash" }
        );
    }

    #[test]
    fn the_nonce_is_compared_with_the_one_sent() {
        let p = payload(json!({ "nonce": "n-1" }));
        assert_eq!(check_nonce(Some(&p), " n-1 "), Some(Nonce::Matches));
        assert!(Nonce::Matches.is_match() && !Nonce::Missing.is_match());
        assert_eq!(
            check_nonce(Some(&p), "n-2"),
            Some(Nonce::Differs {
                found: "n-1".into()
            })
        );
        assert_eq!(
            check_nonce(Some(&payload(json!({}))), "n-1"),
            Some(Nonce::Missing)
        );
        assert_eq!(
            check_nonce(Some(&p), "  "),
            None,
            "nothing typed, nothing said"
        );
    }
}
