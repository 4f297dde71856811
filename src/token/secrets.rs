//! Is an HMAC token signed with a well-known secret? The inspector runs the search in its
//! crypto worker, off the page's thread. The list's origin and licence are in
//! `weak_secrets.txt`. (SHA-2 is built for speed in release builds, see
//! Cargo.toml: at the size-first setting this search took four times as long.)

use jsonwebtoken::{crypto, Algorithm, DecodingKey};
use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::decode::{Decoded, Form};
use super::findings::{Finding, Severity};

static LIST: &str = include_str!("weak_secrets.txt");

/// Every candidate, the empty secret first.
pub fn candidates() -> impl Iterator<Item = &'static str> {
    std::iter::once("").chain(
        LIST.lines()
            .filter(|l| !l.is_empty() && !l.starts_with('#')),
    )
}

/// How a search ended.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum SearchResult {
    Found(String),
    NotFound { total: usize },
}

/// Looks through the list for the secret that signed `token` (decoded as `d`). `None` unless
/// the token is a JWS signed with HS256, HS384 or HS512.
pub fn search(token: &str, d: &Decoded) -> Option<SearchResult> {
    if d.form != Form::Jws {
        return None;
    }
    let alg = match d.header.as_ref().ok()?.get("alg").and_then(Value::as_str)? {
        "HS256" => Algorithm::HS256,
        "HS384" => Algorithm::HS384,
        "HS512" => Algorithm::HS512,
        _ => return None,
    };
    let (message, signature) = token.rsplit_once('.')?;
    if signature.is_empty() {
        return None;
    }
    let signs = |candidate: &str| {
        let key = DecodingKey::from_secret(candidate.as_bytes());
        matches!(
            crypto::verify(signature, message.as_bytes(), &key, alg),
            Ok(true)
        )
    };
    let mut total = 0;
    for candidate in candidates() {
        if signs(candidate) {
            return Some(SearchResult::Found(candidate.to_string()));
        }
        total += 1;
    }
    Some(SearchResult::NotFound { total })
}

/// The finding for a token signed with a listed secret.
pub fn weak_secret_finding(secret: &str) -> Finding {
    let shown = if secret.is_empty() {
        "an empty secret".to_string()
    } else {
        format!("“{secret}”")
    };
    Finding {
        id: "weak-secret",
        severity: Severity::Critical,
        title: format!("Signed with a well-known secret: {shown}"),
        explanation: "The secret is in a public list of defaults and common passwords, so anyone \
                      can sign tokens your service accepts. Attack tools try such lists first \
                      (CVE-2019-20933 was a blank secret)."
            .into(),
        fix: "Generate a random secret of at least 32 bytes (for HS256), keep it out of code and \
              rotate it now; or move to a public-key algorithm.",
        source: "RFC 8725 §3.5, RFC 7518 §3.2",
        learn_more: None,
    }
}

/// A finding when a user-supplied HMAC secret is shorter than the hash.
pub fn short_secret_finding(bytes: usize, alg: &str) -> Option<Finding> {
    let needed = match alg {
        "HS256" => 32,
        "HS384" => 48,
        "HS512" => 64,
        _ => return None,
    };
    (bytes < needed).then(|| Finding {
        id: "short-secret",
        severity: Severity::High,
        title: format!("The secret is {bytes} bytes; {alg} needs at least {needed}"),
        explanation: "A short HMAC secret can be guessed offline from a single token.".into(),
        fix: "Use a random secret at least as long as the hash output.",
        source: "RFC 7518 §3.2, RFC 8725 §3.5",
        learn_more: None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::token::decode::decode;

    fn hs256(secret: &[u8]) -> String {
        jsonwebtoken::encode(
            &jsonwebtoken::Header::new(Algorithm::HS256),
            &serde_json::json!({"sub": "42"}),
            &jsonwebtoken::EncodingKey::from_secret(secret),
        )
        .unwrap()
    }

    #[test]
    fn the_list_is_long_enough_and_has_the_usual_suspects() {
        let all: Vec<&str> = candidates().collect();
        assert!(all.len() >= 1000, "{} candidates", all.len());
        assert_eq!(all[0], "", "the empty secret comes first");
        for s in [
            "your-256-bit-secret",
            "a-string-secret-at-least-256-bits-long",
            "secret",
            "keyboard cat",
            "123456",
            "password",
        ] {
            assert!(all.contains(&s), "{s}");
        }
        let mut sorted = all.clone();
        sorted.sort_unstable();
        sorted.dedup();
        assert_eq!(sorted.len(), all.len(), "no repeats");
    }

    #[test]
    fn finds_a_listed_secret_and_names_it() {
        let t = hs256(b"your-256-bit-secret");
        assert_eq!(
            search(&t, &decode(&t).unwrap()),
            Some(SearchResult::Found("your-256-bit-secret".into()))
        );
        assert!(weak_secret_finding("your-256-bit-secret")
            .title
            .ends_with("“your-256-bit-secret”"));
        let empty = hs256(b"");
        assert_eq!(
            search(&empty, &decode(&empty).unwrap()),
            Some(SearchResult::Found(String::new()))
        );
    }

    #[test]
    fn a_miss_counts_every_candidate() {
        let t = hs256(b"k8Jd93nS0a1-random-and-long-enough-0192837465");
        let total = candidates().count();
        assert_eq!(
            search(&t, &decode(&t).unwrap()),
            Some(SearchResult::NotFound { total })
        );
    }

    #[test]
    fn only_hmac_tokens_are_searched() {
        let t = format!(
            "{}.{}.c2ln",
            crate::token::base64url::encode(br#"{"alg":"RS256"}"#),
            crate::token::base64url::encode(b"{}")
        );
        assert!(search(&t, &decode(&t).unwrap()).is_none());
    }

    #[test]
    fn short_secrets_are_flagged() {
        assert!(short_secret_finding(11, "HS256").is_some());
        assert!(short_secret_finding(32, "HS256").is_none());
        assert!(short_secret_finding(40, "HS384").is_some());
        assert!(short_secret_finding(5, "RS256").is_none());
    }
}
