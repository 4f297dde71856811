//! Is an HMAC token signed with a well-known secret? The inspector runs the search in its
//! crypto worker, off the page's thread. The list's origin and licence are in
//! `weak_secrets.txt`. (SHA-2 is built for speed in release builds, see
//! Cargo.toml: at the size-first setting this search took four times as long.)

use authpick_core::token::jose::alg::Alg;
use authpick_core::token::jose::decode::{Decoded, Form};
use authpick_core::token::service::verification::SearchResult;
use jsonwebtoken::{crypto, DecodingKey};
use serde_json::Value;

use super::alg::library;

static LIST: &str = include_str!("weak_secrets.txt");

/// Every candidate, the empty secret first.
pub fn candidates() -> impl Iterator<Item = &'static str> {
    std::iter::once("").chain(
        LIST.lines()
            .filter(|l| !l.is_empty() && !l.starts_with('#')),
    )
}

/// Looks through the list for the secret that signed `token` (decoded as `d`). `None` unless
/// the token is a JWS signed with HS256, HS384 or HS512.
pub fn search(token: &str, d: &Decoded) -> Option<SearchResult> {
    if d.form != Form::Jws {
        return None;
    }
    let name = d.header.as_ref().ok()?.get("alg").and_then(Value::as_str)?;
    let alg = Alg::from_name(name)
        .filter(|a| a.is_hmac())
        .and_then(library)?;
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

#[cfg(test)]
mod tests {
    use super::*;
    use authpick_core::token::jose::decode::decode;

    fn hs256(secret: &[u8]) -> String {
        jsonwebtoken::encode(
            &jsonwebtoken::Header::new(jsonwebtoken::Algorithm::HS256),
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
            authpick_core::token::jose::base64url::encode(br#"{"alg":"RS256"}"#),
            authpick_core::token::jose::base64url::encode(b"{}")
        );
        assert!(search(&t, &decode(&t).unwrap()).is_none());
    }
}
