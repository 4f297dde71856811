//! What the inspector page shows about pasted input, assembled in one place: where the token
//! was found, its decoded parts, a described row per header parameter and claim (with times
//! as dates), its lifetime, its size against cookie and header limits, and every finding that
//! needs no key. The page renders this and nothing else.

use serde_json::Value;

use super::claims::{self, Known};
use super::decode::{decode, DecodeError, Decoded, JsonObject};
use super::extract::{extract, ExtractError, Location};
use super::findings::{findings, Context, Finding, Severity};
use super::secrets::{short_secret_finding, weak_secret_finding};
use super::time::{relative, span, utc};
use super::verify::Outcome;
use crate::tradeoffs::format::bytes;

/// A header parameter or claim, described.
#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    pub name: String,
    /// The value as compact JSON (strings without quotes).
    pub value: String,
    pub known: Option<&'static Known>,
    /// For time claims that hold a usable NumericDate.
    pub time: Option<When>,
}

/// A NumericDate as people read it. The local time is left to the page, which knows the zone.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct When {
    pub seconds: i64,
    pub utc: String,
    /// "expires in 12 min", "expired 3 h ago", "issued 5 min ago".
    pub relative: String,
}

/// The token's size on the wire, against what it replaces and what carries it.
#[derive(Clone, Debug, PartialEq)]
pub struct Size {
    pub bytes: usize,
    /// How many times a 32-byte session cookie.
    pub times_session_cookie: usize,
    pub fits_cookie: bool,
    pub fits_proxy_header: bool,
    /// "1.2 GB a day at 1,000,000 requests".
    pub per_day: String,
}

/// The inspection of one token.
#[derive(Clone, Debug, PartialEq)]
pub struct Inspection {
    pub token: String,
    pub location: Location,
    pub decoded: Result<Decoded, DecodeError>,
    pub header: Vec<Row>,
    pub payload: Vec<Row>,
    /// exp − iat, when both are usable: "15 min".
    pub lifetime: Option<String>,
}

impl Inspection {
    /// The header's `alg`, when there is one.
    pub fn header_alg(&self) -> Option<String> {
        let d = self.decoded.as_ref().ok()?;
        let alg = d.header.as_ref().ok()?.get("alg")?.as_str()?;
        Some(alg.to_string())
    }
}

/// A link for a citation that starts with an RFC ("RFC 8725 §3.5, …"), so sources are one
/// click away.
pub fn rfc_link(cite: &str) -> Option<String> {
    let rest = cite.strip_prefix("RFC ")?;
    let number: String = rest.chars().take_while(char::is_ascii_digit).collect();
    (!number.is_empty()).then(|| format!("https://www.rfc-editor.org/rfc/rfc{number}"))
}

pub const SESSION_COOKIE_BYTES: usize = 32;
pub const COOKIE_LIMIT: usize = 4096;
pub const PROXY_HEADER_LIMIT: usize = 8192;

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
                header
                    .map(|h| rows(h, claims::header, now))
                    .unwrap_or_default(),
                payload
                    .map(|p| rows(p, claims::payload, now))
                    .unwrap_or_default(),
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

/// What verification and the secret search found, for the findings.
#[derive(Clone, Copy, Debug, Default)]
pub struct Verdicts<'a> {
    pub outcome: Option<&'a Outcome>,
    /// The length of the secret the user verified with, when it was a secret.
    pub secret_bytes: Option<usize>,
    /// The well-known secret that signed the token, if the search found one.
    pub weak_secret: Option<&'a str>,
}

/// Every finding, most severe first: the key-free checks, then what verification and the
/// secret search add.
pub fn all_findings(i: &Inspection, ctx: &Context, v: Verdicts) -> Vec<Finding> {
    let mut all = match &i.decoded {
        Ok(d) => findings(&i.token, d, ctx),
        Err(_) => Vec::new(),
    };
    if let Some(outcome) = v.outcome {
        all.extend(outcome_findings(outcome));
        if let (Outcome::Valid { .. }, Some(bytes), Some(alg)) =
            (outcome, v.secret_bytes, i.header_alg())
        {
            all.extend(short_secret_finding(bytes, &alg));
        }
    }
    if let Some(secret) = v.weak_secret {
        all.push(weak_secret_finding(secret));
    }
    all.sort_by_key(|f| f.severity);
    all
}

/// One line above the findings.
pub fn summary(findings: &[Finding]) -> String {
    let serious = findings
        .iter()
        .filter(|f| f.severity <= Severity::High)
        .count();
    match serious {
        0 => "No serious problems found.".into(),
        1 => "1 serious problem.".into(),
        n => format!("{n} serious problems."),
    }
}

fn rows(obj: &JsonObject, lookup: fn(&str) -> Option<&'static Known>, now: i64) -> Vec<Row> {
    obj.map
        .iter()
        .map(|(name, value)| {
            let known = lookup(name);
            let time = known
                .filter(|k| k.time)
                .and_then(|_| numeric_date(value))
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
                known,
                time,
            }
        })
        .collect()
}

/// Seconds, if the value is a plausible NumericDate (not text, not milliseconds).
fn numeric_date(value: &Value) -> Option<i64> {
    let t = value
        .as_i64()
        .or_else(|| value.as_f64().filter(|f| f.is_finite()).map(|f| f as i64))?;
    (t.unsigned_abs() < 100_000_000_000).then_some(t)
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

pub fn size(n: usize, requests_per_day: f64) -> Size {
    let per_day = n as f64 * requests_per_day.max(0.0);
    Size {
        bytes: n,
        times_session_cookie: n.div_ceil(SESSION_COOKIE_BYTES),
        fits_cookie: n <= COOKIE_LIMIT,
        fits_proxy_header: n + "Authorization: Bearer ".len() <= PROXY_HEADER_LIMIT,
        per_day: bytes(per_day),
    }
}

/// Findings that come from a verification attempt, on top of the key-free ones.
pub fn outcome_findings(outcome: &Outcome) -> Vec<Finding> {
    match outcome {
        Outcome::KeyConfusion => vec![Finding {
            id: "key-confusion",
            severity: Severity::Critical,
            title: "Key confusion: an HMAC token signed with the public key".into(),
            explanation: "The token says HS*, and it verifies when the public key's text is used \
                          as the HMAC secret. A verifier that takes the algorithm from the token \
                          and hands it the RSA or EC public key accepts this forgery."
                .into(),
            fix: "Pin the algorithm (and key type) in the verifier; never let the token's alg \
                  choose between HMAC and a public-key algorithm.",
            source: "RFC 8725 §2.1, §3.1; CVE-2015-9235",
            learn_more: None,
        }],
        _ => Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::token::base64url::encode;

    const NOW: i64 = 1_700_000_000;

    fn ctx() -> Context {
        Context {
            now: NOW,
            requests_per_day: 1_000_000.0,
        }
    }

    fn token(header: &str, payload: &str) -> String {
        format!(
            "{}.{}.{}",
            encode(header.as_bytes()),
            encode(payload.as_bytes()),
            encode(&[7; 32])
        )
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
        assert!(i.payload[3].known.is_none());
        let exp = i.payload[1].time.as_ref().unwrap();
        assert_eq!(exp.relative, "expires in 12 min");
        assert_eq!(exp.utc, utc(NOW + 720));
        assert_eq!(
            i.payload[2].time.as_ref().unwrap().relative,
            "issued 3 min ago"
        );
        assert_eq!(i.lifetime.as_deref(), Some("15 min"));
        assert_eq!(i.header[0].known.unwrap().title, "Algorithm");
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
        let valid = Outcome::Valid { key: "k".into() };
        let all = all_findings(
            &i,
            &ctx(),
            Verdicts {
                outcome: Some(&valid),
                secret_bytes: Some(6),
                weak_secret: Some("secret"),
            },
        );
        assert_eq!(all[0].id, "weak-secret");
        assert!(all.iter().any(|f| f.id == "short-secret"), "{all:?}");
        assert!(all.windows(2).all(|w| w[0].severity <= w[1].severity));
        let plain = all_findings(&i, &ctx(), Verdicts::default());
        assert!(plain
            .iter()
            .all(|f| f.id != "weak-secret" && f.id != "short-secret"));
        let confused = all_findings(
            &i,
            &ctx(),
            Verdicts {
                outcome: Some(&Outcome::KeyConfusion),
                ..Verdicts::default()
            },
        );
        assert_eq!(confused[0].id, "key-confusion");
        assert_eq!(summary(&confused), "1 serious problem.");
        assert_eq!(summary(&[]), "No serious problems found.");
    }

    #[test]
    fn citations_link_to_their_rfc() {
        assert_eq!(
            rfc_link("RFC 8725 §3.5, RFC 7518 §3.2").as_deref(),
            Some("https://www.rfc-editor.org/rfc/rfc8725")
        );
        assert_eq!(rfc_link("OpenID Connect Core §2"), None);
        assert_eq!(rfc_link("RFC x"), None);
    }

    #[test]
    fn sizes_against_limits() {
        let s = size(2_000, 1_000_000.0);
        assert_eq!(s.times_session_cookie, 63);
        assert!(s.fits_cookie && s.fits_proxy_header);
        assert_eq!(s.per_day, "2 GB");
        let big = size(9_000, 10.0);
        assert!(!big.fits_cookie && !big.fits_proxy_header);
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
