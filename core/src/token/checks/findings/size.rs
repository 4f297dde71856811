//! The token's size as a finding: over the proxies' header limit, too large for a cookie, or
//! a note of what it weighs against a session cookie. The figures are `token::checks::size`'s, the
//! same the size panel shows.

use super::{Conditions, Finding, Kind};
use crate::format::{bytes, count};
use crate::token::checks::size::{size, SESSION_COOKIE_BYTES};
use crate::token::checks::token_type::Profile;

pub(super) fn check(token: &str, profile: &Profile, c: &Conditions, out: &mut Vec<Finding>) {
    let s = size(token.len(), c.requests_per_day.unwrap_or(0.0));
    let n = s.bytes;
    // Only a token that travels with every request costs its size on each: an ID token, a
    // logout token or a credential is delivered once, and one of unknown kind may be either.
    let figures = if profile.each_request {
        let against = format!(
            "{n} bytes on every request, {}× a {SESSION_COOKIE_BYTES}-byte session cookie",
            s.times_session_cookie
        );
        // No rate that reads, no bandwidth: "0 B a day" would be a figure the panel does not
        // show.
        match c.requests_per_day {
            Some(rate) => format!(
                "{against}; about {} a day at {} requests.",
                bytes(s.per_day),
                count(rate.max(0.0))
            ),
            None => format!("{against}."),
        }
    } else {
        format!("It is {n} bytes.")
    };
    if !s.fits_proxy_header {
        out.push(Finding::new(
            Kind::TooLargeForHeader,
            format!("{n} bytes: over the 8 KB header limit of common proxies"),
            format!(
                "nginx's default header buffer is 8 KB per line; requests carrying this token \
                 will be refused. {figures}"
            ),
        ));
    } else if !s.fits_cookie {
        out.push(Finding::new(
            Kind::TooLargeForCookie,
            format!("{n} bytes: too large for a cookie"),
            format!(
                "Browsers cap a cookie at 4,096 bytes, so this token cannot travel in one. \
                 {figures}"
            ),
        ));
    } else if profile.each_request {
        out.push(Finding::new(
            Kind::Size,
            format!("{n} bytes on every request"),
            figures,
        ));
    }
}

#[cfg(test)]
mod tests {
    use super::super::test_support::*;
    use super::*;
    use crate::token::checks::findings::findings;
    use crate::token::checks::findings::Learn;
    use crate::token::jose::base64url::encode;
    use crate::token::jose::decode::decode;

    #[test]
    fn sizes_against_cookie_and_header_limits() {
        let big = format!(
            r#"{{"iss":"i","aud":"a","exp":1800000600,"x":"{}"}}"#,
            "a".repeat(3500)
        );
        assert!(
            ids(&run(r#"{"alg":"HS256","typ":"JWT"}"#, &big, b"s")).contains(&"too-large-cookie")
        );
        let huge = format!(
            r#"{{"iss":"i","aud":"a","exp":1800000600,"x":"{}"}}"#,
            "a".repeat(7000)
        );
        assert!(
            ids(&run(r#"{"alg":"HS256","typ":"JWT"}"#, &huge, b"s")).contains(&"too-large-header")
        );
    }

    /// Only what travels with every request pays its size on each: an ID token or a token of
    /// unknown kind gets no size note, but still the limits it breaks.
    #[test]
    fn the_size_note_is_for_tokens_sent_on_every_request() {
        let payload =
            r#"{"iss":"i","sub":"s","aud":"a","iat":1800000000,"exp":1800000600,"at_hash":"h"}"#;
        assert!(!ids(&run(r#"{"alg":"RS256"}"#, payload, &[1; 256])).contains(&"size"));
        assert!(!ids(&run(r#"{"alg":"RS256"}"#, r#"{"sub":"s"}"#, &[1; 256])).contains(&"size"));
        let big = format!(r#"{{"sub":"s","x":"{}"}}"#, "a".repeat(3500));
        let got = ids(&run(r#"{"alg":"HS256"}"#, &big, b"s"));
        assert!(got.contains(&"too-large-cookie"), "{got:?}");
        assert!(
            run(r#"{"alg":"HS256"}"#, &big, b"s")
                .iter()
                .all(|f| !f.explanation.contains("every request")),
            "a token of unknown kind may not travel on every request"
        );
    }

    fn token_of_about(bytes: usize) -> String {
        let make = |padding: usize| {
            format!(
                "{}.{}.{}",
                encode(br#"{"alg":"HS256","typ":"at+jwt"}"#),
                encode(format!(r#"{{"x":"{}"}}"#, "a".repeat(padding)).as_bytes()),
                encode(&[1; 32])
            )
        };
        // Base64url makes four characters of three bytes: start just short of the length.
        ((bytes * 3 / 4).saturating_sub(80)..)
            .map(make)
            .find(|t| t.len() >= bytes)
            .unwrap_or_default()
    }

    /// The finding and the size panel read the same figures: the ratio to a session cookie, and
    /// the header limit counted with the `Authorization: Bearer` that carries the token (an
    /// 8,180-byte token fits 8 KB on its own, but not in the header line).
    #[test]
    fn the_finding_says_what_the_size_panel_says() {
        let c = Conditions {
            now: NOW,
            bearer: false,
            requests_per_day: Some(1e6),
        };
        // The kinds are written out, not derived from `size`: 404 bytes fit a cookie, 5,000 do
        // not, and 8,180 fit no proxy's 8 KB header line once "Authorization: Bearer " is added.
        let cases = [
            (404, 7, Kind::Size),
            (5_000, 93, Kind::TooLargeForCookie),
            (8_180, 151, Kind::TooLargeForHeader),
        ];
        for (bytes, times, expected) in cases {
            let t = token_of_about(bytes);
            let f = findings(&t, &decode(&t).unwrap(), &c);
            let found = f
                .iter()
                .find(|x| x.entry().learn_more == Some(Learn::Page(&crate::site::COSTS)))
                .unwrap();
            assert!(
                found
                    .explanation
                    .contains(&format!("{times}× a {SESSION_COOKIE_BYTES}-byte")),
                "{}",
                found.explanation
            );
            assert_eq!(
                size(t.len(), 0.0).times_session_cookie,
                times,
                "the panel's figure"
            );
            assert_eq!(found.kind, expected, "{} bytes", t.len());
        }
        let near_limit = token_of_about(8_180);
        assert!(near_limit.len() < 8_192);
        let f = findings(&near_limit, &decode(&near_limit).unwrap(), &c);
        assert!(
            f.iter().any(|x| x.kind == Kind::TooLargeForHeader),
            "{} bytes",
            near_limit.len()
        );
    }
}
