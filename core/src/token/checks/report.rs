//! What the inspector page shows about pasted input, assembled in one place: where the token
//! was found, its decoded parts, a described row per header parameter and claim (with times
//! as dates), its lifetime, and every finding, with what verification and the secret search
//! add. The page renders this and nothing else.

use serde_json::Value;

use crate::token::checks::findings::{
    binding_mismatch, findings, key_confusion, rank, request_mismatch, rsa_key_too_small,
    sd_jwt_rejected, short_secret, signature_invalid, undecodable, weak_secret, Conditions,
    Finding, Kind, Role, Severity,
};
use crate::token::checks::token_type::{self, Identified};
use crate::token::jose::alg::{Alg, KeyKind, MIN_RSA_BITS};
use crate::token::jose::claims::TIMES;
use crate::token::jose::decode::{decode, DecodeError, Decoded, Form, JsonObject};
use crate::token::jose::extract::{extract, ExtractError, Location};
use crate::token::jose::time::{numeric_date, relative, span, utc};
use crate::token::service::verification::{Reported, ResultKind};

/// A header parameter or claim. What it means is the worker's to say
/// (`jose::vendor_claims::describe`), so the descriptions do not weigh on the page.
#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    /// The name as written.
    pub name: String,
    /// The value as compact JSON (strings without quotes).
    pub value: String,
    /// For time claims that hold a usable NumericDate.
    pub time: Option<When>,
}

/// A NumericDate as people read it. The local time is left to the page, which knows the zone.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct When {
    /// Seconds since 1970, as the claim holds them.
    pub seconds: i64,
    /// The moment in UTC: "2026-11-23 17:05:00 UTC".
    pub utc: String,
    /// "expires in 12 min", "expired 3 h ago", "issued 5 min ago".
    pub relative: String,
}

/// The inspection of one token.
#[derive(Clone, Debug, PartialEq)]
pub struct Inspection {
    /// The token, without what surrounded it in the input.
    pub token: String,
    /// Where in the input it was found.
    pub location: Location,
    /// Its parts, decoded; an error when it has neither three parts nor five.
    pub decoded: Result<Decoded, DecodeError>,
    /// A row per header parameter, in the header's order.
    pub header: Vec<Row>,
    /// A row per claim, in the payload's order; none for a JWE, or a payload that is not a JSON
    /// object.
    pub payload: Vec<Row>,
    /// exp − iat, when both are usable: "15 min".
    pub lifetime: Option<String>,
}

impl Inspection {
    /// Whether the token is a JWE: only its header can be checked before it is decrypted.
    pub fn is_encrypted(&self) -> bool {
        self.decoded.as_ref().is_ok_and(|d| d.form == Form::Jwe)
    }

    /// The header's `alg`, when there is one.
    pub fn header_alg(&self) -> Option<String> {
        let d = self.decoded.as_ref().ok()?;
        let alg = d.header.as_ref().ok()?.get("alg")?.as_str()?;
        Some(alg.to_string())
    }

    /// The kind of token the findings took it for, and why; `None` when it does not decode.
    pub fn assumed(&self) -> Option<Identified> {
        self.decoded.as_ref().ok().map(token_type::of)
    }

    /// The header's algorithm, when it is one this project knows.
    pub fn alg(&self) -> Option<Alg> {
        self.header_alg().as_deref().and_then(Alg::from_name)
    }
}

/// Finds and decodes the token in `input`, with times relative to `now`.
pub fn inspect(input: &str, now: i64) -> Result<Inspection, ExtractError> {
    let found = extract(input)?;
    let token = found.token;
    let decoded = decode(&token);
    let (header, payload, lifetime) = match &decoded {
        Ok(d) => {
            let header = d.header.as_ref().ok();
            let payload = d.payload.as_ref().and_then(|p| p.as_ref().ok());
            (
                header.map(|h| rows(h, false, now)).unwrap_or_default(),
                payload.map(|p| rows(p, true, now)).unwrap_or_default(),
                payload.and_then(lifetime),
            )
        }
        Err(_) => (Vec::new(), Vec::new(), None),
    };
    Ok(Inspection {
        token,
        location: found.location,
        decoded,
        header,
        payload,
        lifetime,
    })
}

/// What the page says under the token field: where the token was found (`Ok`), why the input
/// is not a token (`Err`), or, with nothing pasted, what it takes (`Err`).
pub fn input_message(
    inspection: Option<&Result<Inspection, ExtractError>>,
) -> Result<String, String> {
    match inspection {
        None => Err(
            "Paste a token, a Bearer or Authorization header, a Cookie header or a URL \
                     that carries one."
                .into(),
        ),
        Some(Err(e)) => Err(e.to_string()),
        Some(Ok(i)) if i.location == Location::Bare => Ok("The whole input is the token.".into()),
        Some(Ok(i)) => Ok(format!("Found the token {}.", i.location)),
    }
}

/// What the checks beside the token found: verification, the secret search, an SD-JWT's
/// Disclosures, a DPoP proof's request, and what the token is bound to.
#[derive(Clone, Copy, Debug, Default)]
pub struct Verdicts<'a> {
    /// What verifying with the user's key found.
    pub verification: Option<&'a Reported>,
    /// The length of the secret the user verified with, when it was a secret.
    pub secret_bytes: Option<usize>,
    /// The well-known secret that signed the token, if the search found one.
    pub weak_secret: Option<&'a str>,
    /// What a verifier must reject in an SD-JWT, in the worker's sentences.
    pub sd_jwt: &'a [String],
    /// A DPoP proof's checks against its request and the clock that failed: claim, sentence.
    pub request: &'a [(&'static str, String)],
    /// Bindings that do not hold (a hash, a key, a nonce), in sentences.
    pub bindings: &'a [String],
}

/// Every finding, most severe first: the key-free checks, then what verification, the secret
/// search and the checks beside the token add.
pub fn all_findings(i: &Inspection, c: &Conditions, v: Verdicts) -> Vec<Finding> {
    let mut all = match &i.decoded {
        Ok(d) => findings(&i.token, d, c),
        Err(_) => Vec::new(),
    };
    let broken = match &i.decoded {
        Ok(d) => d.broken(),
        Err(e) => Some(e.to_string()),
    };
    if let Some(why) = broken {
        all.push(undecodable(why));
    }
    match (v.verification.map(|r| r.kind), v.secret_bytes, i.alg()) {
        (Some(ResultKind::Invalid), _, _) => all.push(signature_invalid()),
        (Some(ResultKind::KeyConfusion), _, _) => all.push(key_confusion()),
        (Some(ResultKind::Valid), Some(bytes), Some(alg)) => {
            all.extend(short_secret(bytes, alg));
        }
        // A valid RSA signature is as long as the key: a short one names a small key.
        (Some(ResultKind::Valid), None, Some(alg)) if alg.key() == KeyKind::Rsa => {
            let bytes = signature_bytes(i);
            if bytes.is_some_and(|b| b * 8 < MIN_RSA_BITS) {
                all.retain(|f| f.kind != Kind::RsaShortSignature);
                all.extend(bytes.map(rsa_key_too_small));
            }
        }
        _ => {}
    }
    if let Some(secret) = v.weak_secret {
        all.push(weak_secret(secret));
    }
    all.extend(v.sd_jwt.iter().map(|w| sd_jwt_rejected(w)));
    all.extend(v.request.iter().map(|(c, w)| request_mismatch(c, w)));
    all.extend(v.bindings.iter().map(|w| binding_mismatch(w)));
    rank(&mut all);
    all
}

fn signature_bytes(i: &Inspection) -> Option<usize> {
    match i.decoded.as_ref().ok()?.signature.as_ref()? {
        Ok(bytes) => Some(bytes.len()),
        Err(_) => None,
    }
}

/// One line above the findings. "No serious problems" only with a valid signature: without one,
/// nothing vouches for the token, however healthy it looks. Advice for whoever issues the
/// token is not counted: it says nothing about this token's acceptance.
pub fn summary(findings: &[Finding], verification: Option<&Reported>, encrypted: bool) -> String {
    let serious = findings
        .iter()
        .filter(|f| f.severity() <= Severity::High && f.role() == Role::Verifier)
        .count();
    let verified = verification.is_some_and(Reported::is_valid);
    match (serious, verified) {
        // A JWE has no signature, and its claims are sealed: only its header was checked.
        (0, _) if encrypted => "No serious problems in its header. Its claims are encrypted, so \
                                no finding covers them: decrypt it, and inspect a nested token \
                                on its own."
            .into(),
        (0, true) => "No serious problems found.".into(),
        (0, false) => "No serious problems in the token itself, but its signature is not \
                       verified."
            .into(),
        (1, _) => "1 serious problem.".into(),
        (n, _) => format!("{n} serious problems."),
    }
}

fn rows(obj: &JsonObject, claims: bool, now: i64) -> Vec<Row> {
    obj.map
        .iter()
        .map(|(name, value)| {
            let time = (claims && TIMES.contains(&name.as_str()))
                .then(|| numeric_date(value))
                .flatten()
                .map(|seconds| When {
                    seconds,
                    utc: utc(seconds),
                    relative: phrase(name, seconds, now),
                });
            Row {
                name: name.clone(),
                value: match value {
                    Value::String(s) => s.clone(),
                    other => other.to_string(),
                },
                time,
            }
        })
        .collect()
}

fn phrase(name: &str, at: i64, now: i64) -> String {
    let future = at > now;
    let distance = span(at.saturating_sub(now));
    match (name, future) {
        ("exp", true) => format!("expires in {distance}"),
        ("exp", false) => format!("expired {distance} ago"),
        ("nbf", true) => format!("not valid for another {distance}"),
        ("nbf", false) => format!("valid since {distance} ago"),
        ("iat", true) => format!("issued in the future ({distance} from now)"),
        ("iat", false) => format!("issued {distance} ago"),
        _ => relative(at, now),
    }
}

fn lifetime(p: &JsonObject) -> Option<String> {
    let exp = p.get("exp").and_then(numeric_date)?;
    let iat = p.get("iat").and_then(numeric_date)?;
    let life = exp.checked_sub(iat)?;
    Some(if life < 0 {
        format!("negative: exp is {} before iat", span(life))
    } else {
        span(life)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::token::service::verification::{KeyUsed, Verification};
    use crate::token::test_support::token;

    const NOW: i64 = 1_700_000_000;

    fn ctx() -> Conditions {
        Conditions {
            now: NOW,
            bearer: false,
            requests_per_day: Some(1_000_000.0),
        }
    }

    #[test]
    fn rows_keep_order_describe_names_and_show_times() {
        let t = token(
            r#"{"alg":"HS256","typ":"JWT"}"#,
            &format!(
                r#"{{"sub":"42","exp":{},"iat":{},"x":[1,2]}}"#,
                NOW + 720,
                NOW - 180
            ),
        );
        let i = inspect(&format!("Bearer {t}"), NOW).unwrap();
        assert_eq!(i.location, Location::Bearer);
        let names: Vec<&str> = i.payload.iter().map(|r| r.name.as_str()).collect();
        assert_eq!(names, ["sub", "exp", "iat", "x"]);
        assert_eq!(i.payload[0].value, "42", "strings without quotes");
        assert_eq!(i.payload[3].value, "[1,2]");

        let exp = i.payload[1].time.as_ref().unwrap();
        assert_eq!(exp.relative, "expires in 12 min");
        assert_eq!(exp.utc, utc(NOW + 720));
        assert_eq!(
            i.payload[2].time.as_ref().unwrap().relative,
            "issued 3 min ago"
        );
        assert_eq!(i.lifetime.as_deref(), Some("15 min"));
    }

    #[test]
    fn expired_and_unusable_times() {
        let t = token(
            r#"{"alg":"HS256"}"#,
            &format!(
                r#"{{"exp":{},"nbf":"tomorrow","iat":1700000000000}}"#,
                NOW - 3 * 3600
            ),
        );
        let i = inspect(&t, NOW).unwrap();
        assert_eq!(
            i.payload[0].time.as_ref().unwrap().relative,
            "expired 3 h ago"
        );
        assert!(i.payload[1].time.is_none(), "text is not a date");
        assert!(
            i.payload[2].time.is_none(),
            "milliseconds are not shown as a date"
        );
        assert_eq!(i.lifetime, None);
    }

    #[test]
    fn extreme_times_are_not_dates() {
        let t = token(
            r#"{"alg":"HS256"}"#,
            r#"{"exp":-9223372036854775808,"nbf":-1e19}"#,
        );
        let i = inspect(&t, NOW).unwrap();
        assert!(i.payload.iter().all(|r| r.time.is_none()));
    }

    #[test]
    fn findings_merge_verification_and_the_search_most_severe_first() {
        let t = token(
            r#"{"alg":"HS256","typ":"JWT"}"#,
            &format!(r#"{{"exp":{}}}"#, NOW + 60),
        );
        let i = inspect(&t, NOW).unwrap();
        let valid = Reported::from(&Verification::Valid {
            key: KeyUsed::Secret { bytes: 6 },
        });
        let all = all_findings(
            &i,
            &ctx(),
            Verdicts {
                verification: Some(&valid),
                secret_bytes: Some(6),
                weak_secret: Some("secret"),
                ..Verdicts::default()
            },
        );
        assert_eq!(all[0].id(), "weak-secret");
        assert!(all.iter().any(|f| f.id() == "short-secret"), "{all:?}");
        assert!(all.windows(2).all(|w| w[0].severity() <= w[1].severity()));
        let plain = all_findings(&i, &ctx(), Verdicts::default());
        assert!(plain
            .iter()
            .all(|f| f.id() != "weak-secret" && f.id() != "short-secret"));
        let confused = all_findings(
            &i,
            &ctx(),
            Verdicts {
                verification: Some(&Reported::from(&Verification::KeyConfusion)),
                ..Verdicts::default()
            },
        );
        assert_eq!(confused[0].id(), "key-confusion");
        assert_eq!(
            summary(&confused, Some(&valid), false),
            "1 serious problem."
        );
        assert_eq!(
            summary(&[], Some(&valid), false),
            "No serious problems found."
        );
        assert!(summary(&[], None, false).contains("its signature is not verified"));
        assert!(summary(&[], None, true).starts_with("No serious problems in its header."));
        let invalid = Reported::from(&Verification::Invalid {
            key: KeyUsed::Secret { bytes: 6 },
            hint: None,
        });
        let rejected = all_findings(
            &i,
            &ctx(),
            Verdicts {
                verification: Some(&invalid),
                ..Verdicts::default()
            },
        );
        assert_eq!(rejected[0].id(), "signature-invalid");
        assert_eq!(
            summary(&rejected, Some(&invalid), false),
            "1 serious problem."
        );
    }

    #[test]
    fn the_field_says_where_the_token_was_found() {
        let t = token(r#"{"alg":"HS256"}"#, "{}");
        let bare = inspect(&t, NOW);
        assert_eq!(
            input_message(Some(&bare)),
            Ok("The whole input is the token.".into())
        );
        let bearer = inspect(&format!("Bearer {t}"), NOW);
        assert!(input_message(Some(&bearer))
            .unwrap()
            .starts_with("Found the token "));
        assert!(input_message(None)
            .unwrap_err()
            .starts_with("Paste a token"));
        assert_eq!(
            input_message(Some(&Err(ExtractError::NoToken))),
            Err(ExtractError::NoToken.to_string())
        );
    }

    #[test]
    fn undecodable_tokens_still_give_an_inspection() {
        let i = inspect("a.b", NOW);
        assert!(i.is_err(), "two parts are not a token");
        let i = inspect("eyJ.e30.", NOW).unwrap();
        assert!(i.decoded.as_ref().unwrap().header.is_err());
        assert!(i.header.is_empty());
        assert_eq!(i.payload.len(), 0);
    }
}
