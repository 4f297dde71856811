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
        if profile.lifetime && lifetime > profile.long_after {
            out.push(Finding::new(
                if lifetime > VERY_LONG_LIFETIME {
                    Kind::VeryLongLived
                } else {
                    Kind::LongLived
                },
                format!("Lives for {}", span(lifetime)),
                format!(
                    "A stolen copy of {} works until it expires; more than {} is a long window, \
                     more than a day a very long one.",
                    profile.name,
                    span(profile.long_after)
                ),
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
    aud_type(p, out);
    // Only where it is used as one: an ID token in an Authorization header.
    if assumed.kind == TokenType::Id && c.bearer {
        out.push(Finding::new(
            Kind::IdToken,
            "An ID token sent as a Bearer token",
            "ID tokens tell your app who signed in; APIs must not accept them as access tokens.",
        ));
    }
}

/// `aud` is a string or an array of strings (RFC 7519 §4.1.3); a verifier comparing anything
/// else with its own name may skip the check or fail in ways that accept the token.
fn aud_type(p: &JsonObject, out: &mut Vec<Finding>) {
    let well_formed = match p.get("aud") {
        None | Some(Value::String(_)) => true,
        Some(Value::Array(items)) => items.iter().all(Value::is_string),
        Some(_) => false,
    };
    if !well_formed {
        let v = p.get("aud").map(Value::to_string).unwrap_or_default();
        out.push(Finding::new(
            Kind::AudWrongType,
            format!("aud is {v}, not a string or an array of strings"),
            "A verifier compares aud with its own name; a value of another type either fails \
             that comparison or, in a careless verifier, skips it.",
        ));
    }
}

#[cfg(test)]
mod tests {
    use super::super::test_support::*;

    /// An access token's findings: the kind whose rules include expiry and lifetime.
    const AT: &str = r#"{"alg":"HS256","typ":"at+jwt"}"#;

    fn hs256(payload: &str) -> Vec<&'static str> {
        ids(&run(AT, payload, b"s"))
    }

    #[test]
    fn lifetimes_and_times() {
        assert!(hs256(r#"{"iss":"i","aud":"a"}"#).contains(&"exp-missing"));
        let f = run(
            AT,
            r#"{"iss":"i","aud":"a","iat":1799990000,"exp":1799999000}"#,
            b"s",
        );
        assert!(f
            .iter()
            .any(|x| x.id() == "expired" && x.title == "Expired 17 min ago"));
        let f = run(
            AT,
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
            AT,
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
    fn missing_iss_and_aud_where_the_kind_needs_them() {
        let got = hs256(r#"{"exp":1800000600}"#);
        for id in ["iss-missing", "aud-missing"] {
            assert!(got.contains(&id), "{id} in {got:?}");
        }
        // A kind that names no audience (a security event token), or an unknown one, is not
        // asked for one.
        let unknown = ids(&run(r#"{"alg":"HS256"}"#, r#"{"exp":1800000600}"#, b"s"));
        assert!(!unknown.contains(&"aud-missing"), "{unknown:?}");
        assert!(!unknown.contains(&"exp-missing"));
    }

    /// An ID token is a finding only where it is used as an access token: in an
    /// Authorization header.
    #[test]
    fn an_id_token_only_when_sent_as_a_bearer_token() {
        use crate::token::checks::findings::{findings, Conditions};
        use crate::token::jose::base64url::encode;
        use crate::token::jose::decode::decode;
        let t = format!(
            "{}.{}.{}",
            encode(br#"{"alg":"RS256"}"#),
            encode(br#"{"iss":"i","sub":"s","aud":"a","iat":1800000000,"exp":1800000600,"at_hash":"h"}"#),
            encode(&[1; 256])
        );
        let at = |bearer| {
            let c = Conditions {
                now: NOW,
                bearer,
                requests_per_day: None,
            };
            ids(&findings(&t, &decode(&t).unwrap(), &c))
        };
        assert!(!at(false).contains(&"id-token"), "{:?}", at(false));
        assert!(at(true).contains(&"id-token"));
    }

    #[test]
    fn aud_of_another_type_is_reported() {
        for aud in ["null", "5", r#"{"x":1}"#, r#"["a",2]"#] {
            let got = hs256(&format!(r#"{{"iss":"i","aud":{aud},"exp":1800000600}}"#));
            assert!(got.contains(&"aud-wrong-type"), "{aud}: {got:?}");
        }
        for aud in [r#""a""#, r#"["a","b"]"#, "[]"] {
            let got = hs256(&format!(r#"{{"iss":"i","aud":{aud},"exp":1800000600}}"#));
            assert!(!got.contains(&"aud-wrong-type"), "{aud}: {got:?}");
        }
    }
}
