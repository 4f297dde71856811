//! Findings about the payload's registered claims: time claims that are text or milliseconds,
//! a missing or past expiry, a long lifetime, times in the future, a missing issuer or
//! audience, and an ID token where an access token belongs. Which of them apply depends on
//! the token's kind: a DPoP proof has no exp and no audience.

use serde_json::Value;

use super::{Conditions, Finding, Kind};
use crate::text::capitalise;
use crate::token::checks::token_type::{Identified, TokenType};
use crate::token::jose::decode::JsonObject;
use crate::token::jose::time::{numeric_date, relative, span, MILLISECONDS_FROM};

/// Tolerated clock skew, in seconds, before `nbf`/`iat` in the future is reported.
const SKEW: i64 = 60;
/// Access tokens living longer than this are long-lived (the source articles' 5 to 15 min).
const LONG_LIFETIME: i64 = 15 * 60;
/// Longer than a day is very long.
const VERY_LONG_LIFETIME: i64 = 24 * 3600;

pub(super) fn check(p: &JsonObject, assumed: &Identified, c: &Conditions, out: &mut Vec<Finding>) {
    let profile = assumed.profile();
    for name in ["exp", "nbf", "iat", "auth_time"] {
        match p.get(name) {
            Some(Value::String(s)) => out.push(Finding::new(
                Kind::TimeNotNumeric,
                format!("{name} is text (“{s}”), not a NumericDate"),
                "Time claims are seconds since 1970 as a number. Verifiers that see text may skip \
                 the check altogether.",
            )),
            Some(v) if v.as_f64().is_some_and(|t| t >= MILLISECONDS_FROM as f64) => {
                out.push(Finding::new(
                    Kind::TimeMilliseconds,
                    format!("{name} looks like milliseconds, not seconds"),
                    format!(
                        "{name} = {v} would be far in the future as seconds; a JavaScript \
                         Date.now() slipped in. An exp in milliseconds makes the token last for \
                         millennia."
                    ),
                ))
            }
            // Present but no usable date (null, true, an object, a date before the year -1200):
            // a verifier cannot check it either.
            Some(v) if numeric_date(v).is_none() => out.push(Finding::new(
                Kind::TimeNotNumeric,
                format!("{name} is {v}, not a NumericDate"),
                "Time claims are seconds since 1970 as a number. A verifier cannot check this \
                 value, and one that skips what it cannot read never lets the token expire.",
            )),
            _ => {}
        }
    }
    let time = |name: &str| p.get(name).and_then(numeric_date);
    let (exp, iat, nbf) = (time("exp"), time("iat"), time("nbf"));
    match exp {
        None if p.get("exp").is_none() && profile.expires => out.push(Finding::new(
            Kind::ExpMissing,
            "No expiry (exp): the token never expires",
            "A stolen token without exp works until the signing key changes.",
        )),
        Some(e) if e < c.now => out.push(Finding::new(
            Kind::Expired,
            format!("Expired {}", relative(e, c.now)),
            "A verifier must reject it (allowing at most a few minutes of clock skew).",
        )),
        _ => {}
    }
    if let Some(e) = exp {
        let lifetime = e.saturating_sub(iat.unwrap_or(c.now).min(e));
        if profile.lifetime && lifetime > LONG_LIFETIME {
            out.push(Finding::new(
                if lifetime > VERY_LONG_LIFETIME {
                    Kind::VeryLongLived
                } else {
                    Kind::LongLived
                },
                format!("Lives for {}", span(lifetime)),
                "A stolen access token works until it expires; more than 15 minutes is a long \
                 window, more than a day a very long one.",
            ));
        }
    }
    if let Some(t) = nbf.filter(|t| *t > c.now.saturating_add(SKEW)) {
        out.push(Finding::new(
            Kind::NotYetValid,
            format!("Not valid yet: nbf is {}", relative(t, c.now)),
            "A verifier must not accept a token before its nbf (allowing at most a few minutes \
             of clock skew).",
        ));
    }
    if let Some(t) = iat.filter(|t| *t > c.now.saturating_add(SKEW)) {
        out.push(Finding::new(
            Kind::IssuedInFuture,
            format!("iat is in the future ({})", relative(t, c.now)),
            "Either the issuer's clock is wrong or the token was crafted.",
        ));
    }
    for (claim, kind, why) in [
        (
            "iss",
            Kind::IssMissing,
            "without an issuer, a verifier cannot tell your tokens from another issuer's",
        ),
        (
            "aud",
            Kind::AudMissing,
            "without an audience, a token for one service is accepted by every other",
        ),
    ] {
        if p.get(claim).is_none() && profile.addressed {
            out.push(Finding::new(
                kind,
                format!("No {claim} claim"),
                format!("{}: {why}.", capitalise(claim)),
            ));
        }
    }
    if assumed.kind == TokenType::Id {
        out.push(Finding::new(
            Kind::IdToken,
            "This is an OpenID Connect ID token, not an access token",
            "ID tokens tell your app who signed in; APIs must not accept them as access tokens.",
        ));
    }
}

#[cfg(test)]
mod tests {
    use super::super::test_support::*;

    fn hs256(payload: &str) -> Vec<&'static str> {
        ids(&run(r#"{"alg":"HS256","typ":"JWT"}"#, payload, b"s"))
    }

    #[test]
    fn lifetimes_and_times() {
        assert!(hs256(r#"{"iss":"i","aud":"a"}"#).contains(&"exp-missing"));
        let f = run(
            r#"{"alg":"HS256","typ":"JWT"}"#,
            r#"{"iss":"i","aud":"a","iat":1799990000,"exp":1799999000}"#,
            b"s",
        );
        assert!(f
            .iter()
            .any(|x| x.id() == "expired" && x.title == "Expired 17 min ago"));
        let f = run(
            r#"{"alg":"HS256","typ":"JWT"}"#,
            r#"{"iss":"i","aud":"a","iat":1800000000,"exp":1800003600}"#,
            b"s",
        );
        assert!(f
            .iter()
            .any(|x| x.id() == "long-lived" && x.title == "Lives for 60 min"));
        assert!(
            hs256(r#"{"iss":"i","aud":"a","iat":1800000000,"exp":1802592000}"#)
                .contains(&"very-long-lived")
        );
        assert!(
            hs256(r#"{"iss":"i","aud":"a","iat":1800000000,"exp":1800000900}"#)
                .iter()
                .all(|id| !id.contains("long-lived")),
            "15 minutes is not long"
        );
        let f = run(
            r#"{"alg":"HS256","typ":"JWT"}"#,
            r#"{"iss":"i","aud":"a","nbf":1800003600,"exp":1800003900}"#,
            b"s",
        );
        assert!(
            f.iter()
                .any(|x| x.id() == "not-yet-valid"
                    && x.title.starts_with("Not valid yet: nbf is in "))
        );
        assert!(
            hs256(r#"{"iss":"i","aud":"a","iat":1800003600,"exp":1800003900}"#)
                .contains(&"issued-in-future")
        );
        assert!(hs256(r#"{"iss":"i","aud":"a","exp":"2030-01-01"}"#).contains(&"time-not-numeric"));
        for unusable in ["null", "true", "{}", "-200000000000"] {
            let payload = format!(r#"{{"iss":"i","aud":"a","exp":{unusable}}}"#);
            assert!(
                hs256(&payload).contains(&"time-not-numeric"),
                "exp {unusable}"
            );
        }
        assert!(
            hs256(r#"{"iss":"i","aud":"a","exp":1800000600000}"#).contains(&"time-milliseconds")
        );
    }

    #[test]
    fn missing_iss_aud_and_id_tokens() {
        let got = ids(&run(
            r#"{"alg":"HS256"}"#,
            r#"{"exp":1800000600,"nonce":"n"}"#,
            b"s",
        ));
        for id in ["iss-missing", "aud-missing", "id-token"] {
            assert!(got.contains(&id), "{id} in {got:?}");
        }
        let access = ids(&run(
            r#"{"alg":"HS256","typ":"at+jwt"}"#,
            r#"{"iss":"i","aud":"a","exp":1800000600,"nonce":"n"}"#,
            b"s",
        ));
        assert!(!access.contains(&"id-token"), "{access:?}");
    }
}
