//! Security findings about a decoded token: what is wrong with it, how bad, why, what to do,
//! and the source. These need no key; checks that do (a weak HMAC secret, key confusion) come
//! with verification.

use serde_json::Value;

use super::decode::{Decoded, Form, JsonObject, Part};
use super::time::{relative, span};
use crate::text::capitalise;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    Critical,
    High,
    Medium,
    Low,
    Info,
}

impl Severity {
    pub fn label(self) -> &'static str {
        match self {
            Severity::Critical => "Critical",
            Severity::High => "High",
            Severity::Medium => "Medium",
            Severity::Low => "Low",
            Severity::Info => "Note",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Finding {
    pub id: &'static str,
    pub severity: Severity,
    pub title: String,
    pub explanation: String,
    pub fix: &'static str,
    pub source: &'static str,
    /// A page of the app that explains the trade-off behind the finding.
    pub learn_more: Option<&'static str>,
}

/// Context the findings need besides the token.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Context {
    /// Seconds since 1970.
    pub now: i64,
    /// For the bandwidth figure.
    pub requests_per_day: f64,
}

/// Tolerated clock skew, in seconds, before `nbf`/`iat` in the future is reported.
const SKEW: i64 = 60;
const ACCESS_LIFETIME_WARN: i64 = 15 * 60;
const ACCESS_LIFETIME_HIGH: i64 = 24 * 3600;
const SESSION_COOKIE_BYTES: usize = 32;
const COOKIE_LIMIT: usize = 4096;
const HEADER_LIMIT: usize = 8192;

struct Out(Vec<Finding>);

impl Out {
    #[allow(clippy::too_many_arguments)]
    fn add(
        &mut self,
        id: &'static str,
        severity: Severity,
        title: impl Into<String>,
        explanation: impl Into<String>,
        fix: &'static str,
        source: &'static str,
        learn_more: Option<&'static str>,
    ) {
        self.0.push(Finding {
            id,
            severity,
            title: title.into(),
            explanation: explanation.into(),
            fix,
            source,
            learn_more,
        });
    }
}

/// Every finding for the token, most severe first.
pub fn findings(token: &str, d: &Decoded, ctx: &Context) -> Vec<Finding> {
    let mut out = Out(Vec::new());
    let header = d.header.as_ref().ok();
    let payload = d.payload.as_ref().and_then(|p| p.as_ref().ok());
    if let Some(h) = header {
        header_checks(h, d, &mut out);
    }
    if let (Some(p), Form::Jws) = (payload, d.form) {
        payload_checks(p, header, ctx, &mut out);
    }
    for (part, obj) in [(Part::Header, header), (Part::Payload, payload)] {
        if let Some(o) = obj.filter(|o| !o.duplicates.is_empty()) {
            out.add(
                "duplicate-keys",
                if part == Part::Header {
                    Severity::High
                } else {
                    Severity::Medium
                },
                format!("Repeated names in the {part}: {}", o.duplicates.join(", ")),
                "JSON parsers disagree on which of two equal names wins, so two systems can read \
                 different claims from the same token.",
                "Reject tokens with repeated member names.",
                "RFC 7515 §5.2, RFC 8725 §3.1",
                None,
            );
        }
    }
    for (part, l) in &d.lenient {
        let what: Vec<&str> = [
            (l.padding, "padding"),
            (l.whitespace, "white space"),
            (l.trailing_bits, "stray trailing bits"),
        ]
        .into_iter()
        .filter_map(|(on, w)| on.then_some(w))
        .collect();
        out.add(
            "non-canonical-base64",
            Severity::Low,
            format!("Non-canonical base64url in the {part}: {}", what.join(", ")),
            "Base64url in a JWT has one canonical form. Lenient decoders accept variants, so the \
             same token can have several spellings: a problem for denylists and signature checks \
             on the encoded bytes.",
            "Produce unpadded base64url and reject anything else.",
            "RFC 7515 §2, §7.1",
            None,
        );
    }
    size_checks(token, ctx, &mut out);
    out.0.sort_by_key(|f| f.severity);
    out.0
}

fn header_checks(h: &JsonObject, d: &Decoded, out: &mut Out) {
    let alg = h.get("alg").and_then(Value::as_str);
    match alg {
        None => out.add(
            "alg-missing",
            Severity::High,
            "No algorithm (alg) in the header",
            "Every JWS and JWE names its algorithm; without one a verifier has nothing to pin.",
            "Issue tokens with an explicit alg and pin it on the verifier.",
            "RFC 7515 §4.1.1",
            None,
        ),
        Some(a) if a.eq_ignore_ascii_case("none") => out.add(
            "alg-none",
            Severity::Critical,
            format!("Unsigned token: alg is “{a}”"),
            "Anyone can write such a token. Libraries that accepted alg none (in any spelling) \
             let attackers forge any identity.",
            "Never accept alg none; pin the algorithms the verifier accepts.",
            "RFC 8725 §3.1, §3.2",
            None,
        ),
        Some(_) => {}
    }
    if d.form == Form::Jws {
        let signature_empty = matches!(&d.signature, Some(Ok(s)) if s.is_empty());
        if signature_empty && alg.is_some_and(|a| !a.eq_ignore_ascii_case("none")) {
            out.add(
                "empty-signature",
                Severity::Critical,
                "The signature is empty although alg claims one",
                "Some libraries accepted an empty (null) signature as valid (CVE-2020-28042).",
                "Reject tokens whose signature is missing or has the wrong length for alg.",
                "RFC 8725 §3.1",
                None,
            );
        }
        ecdsa_checks(alg, d, out);
        if h.get("zip").is_some() {
            out.add(
                "zip-in-jws",
                Severity::Medium,
                "Compression (zip) in a signed token",
                "zip applies to encrypted tokens only; in a JWS it is invalid, and compression \
                 before encryption or signing invites oracle and decompression-bomb attacks.",
                "Reject a JWS that carries zip.",
                "RFC 7516 §4.1.3, RFC 8725 §3.6",
                None,
            );
        }
    }
    let embedded: Vec<&str> = ["jwk", "jku", "x5u", "x5c"]
        .into_iter()
        .filter(|k| h.get(k).is_some())
        .collect();
    if !embedded.is_empty() {
        out.add(
            "embedded-key",
            Severity::High,
            format!(
                "The header carries key material or a key location: {}",
                embedded.join(", ")
            ),
            "A verifier that fetches or uses a key the token names lets the attacker choose the \
             key (CVE-2018-0114). Authpick never uses them to verify.",
            "Verify only with keys you configured; ignore jwk, jku, x5u and x5c from tokens.",
            "RFC 8725 §3.10",
            Some("/glossary#term-jwks"),
        );
    }
    if let Some(kid) = h.get("kid").and_then(Value::as_str) {
        if let Some(why) = suspicious_kid(kid) {
            out.add(
                "kid-injection",
                Severity::High,
                format!("The key ID looks like an injection attempt ({why})"),
                format!(
                    "kid “{kid}” contains characters that matter to file paths, SQL or shells. \
                     Verifiers that build a path or query from kid have been tricked into using \
                     a key the attacker knows."
                ),
                "Treat kid as an opaque lookup key in a map of trusted keys.",
                "RFC 8725 §3.10",
                Some("/glossary#term-kid"),
            );
        }
    }
    if let Some(crit) = h.get("crit") {
        let understood = ["b64"];
        let unknown: Vec<String> = crit
            .as_array()
            .map(|a| {
                a.iter()
                    .map(|v| v.as_str().unwrap_or("?").to_string())
                    .filter(|n| !understood.contains(&n.as_str()))
                    .collect()
            })
            .unwrap_or_else(|| vec![crit.to_string()]);
        if !unknown.is_empty() {
            out.add(
                "crit-unknown",
                Severity::High,
                format!(
                    "crit requires parameters this page does not understand: {}",
                    unknown.join(", ")
                ),
                "A verifier must reject a token whose crit lists a parameter it does not process.",
                "Reject such tokens unless your verifier implements every listed parameter.",
                "RFC 7515 §4.1.11",
                None,
            );
        }
    }
    if h.get("typ").is_none() {
        out.add(
            "typ-missing",
            Severity::Low,
            "No explicit type (typ)",
            "Without typ a token meant for one purpose can be replayed where another kind is \
             expected.",
            "Set typ (at+jwt for access tokens) and check it.",
            "RFC 8725 §3.11, RFC 9068 §2.1",
            None,
        );
    }
    match alg {
        Some("EdDSA") => out.add(
            "eddsa-polymorphic",
            Severity::Info,
            "EdDSA is deprecated in favour of Ed25519",
            "RFC 9864 replaces the polymorphic EdDSA identifier with fully specified ones: \
             verifiers should accept Ed25519, issuers should move to it.",
            "Issue alg Ed25519; accept both during the transition.",
            "RFC 9864",
            None,
        ),
        Some("RS256" | "RS384" | "RS512") => out.add(
            "rsa-pkcs1",
            Severity::Low,
            "RSASSA-PKCS1-v1_5 (RS*) is no longer recommended",
            "The 2026 OWASP JWT cheat sheet recommends EdDSA, ES256 or PS256 for new systems.",
            "Prefer Ed25519, ES256 or PS256 for new keys.",
            "OWASP JWT Cheat Sheet (2026)",
            None,
        ),
        _ => {}
    }
    if d.form == Form::Jwe {
        out.add(
            "encrypted",
            Severity::Info,
            "Encrypted token (JWE)",
            "The payload is encrypted; it cannot be read without the recipient's key, which this \
             page does not ask for.",
            "Nothing to fix.",
            "RFC 7516",
            None,
        );
    }
}

/// The signature sizes of ECDSA algorithms (r and s, each padded to the curve size).
fn ecdsa_len(alg: &str) -> Option<usize> {
    match alg {
        "ES256" | "ES256K" => Some(64),
        "ES384" => Some(96),
        "ES512" => Some(132),
        _ => None,
    }
}

fn ecdsa_checks(alg: Option<&str>, d: &Decoded, out: &mut Out) {
    let (Some(alg), Some(Ok(sig))) = (alg, &d.signature) else {
        return;
    };
    let Some(len) = ecdsa_len(alg) else {
        return;
    };
    if sig.is_empty() {
        return;
    }
    if sig.len() != len {
        out.add(
            "ecdsa-length",
            Severity::High,
            format!("{alg} signature is {} bytes, not {len}", sig.len()),
            "A JWS carries ECDSA signatures as r and s side by side at a fixed length; anything \
             else (such as DER encoding) must be rejected.",
            "Reject signatures of the wrong length.",
            "RFC 7518 §3.4",
            None,
        );
        return;
    }
    let (r, s) = sig.split_at(len / 2);
    if r.iter().all(|b| *b == 0) || s.iter().all(|b| *b == 0) {
        out.add(
            "ecdsa-zero",
            Severity::Critical,
            "ECDSA signature with r or s equal to zero (“psychic signature”)",
            "Java 15–18 accepted such signatures for any message (CVE-2022-21449): a token like \
             this is forged.",
            "Patch the verifier; valid signatures never have r or s equal to zero.",
            "CVE-2022-21449, RFC 7518 §3.4",
            None,
        );
    }
}

fn suspicious_kid(kid: &str) -> Option<&'static str> {
    let lower = kid.to_ascii_lowercase();
    if kid.contains("../")
        || kid.contains("..\\")
        || kid.starts_with('/')
        || lower.starts_with("file:")
    {
        Some("path traversal")
    } else if kid.contains('\'')
        || kid.contains('"')
        || lower.contains("--")
        || lower.contains(" or ")
        || lower.contains("union select")
    {
        Some("SQL")
    } else if kid.contains([';', '|', '`', '&', '$', '<', '>', '\n']) {
        Some("shell metacharacters")
    } else {
        None
    }
}

fn payload_checks(p: &JsonObject, header: Option<&JsonObject>, ctx: &Context, out: &mut Out) {
    let typ = header
        .and_then(|h| h.get("typ"))
        .and_then(Value::as_str)
        .unwrap_or("");
    let numeric = |name: &str| -> Option<i64> {
        let v = p.get(name)?;
        v.as_i64().or_else(|| v.as_f64().map(|f| f as i64))
    };
    for name in ["exp", "nbf", "iat", "auth_time"] {
        match p.get(name) {
            Some(Value::String(s)) => out.add(
                "time-not-numeric",
                Severity::Medium,
                format!("{name} is text (“{s}”), not a NumericDate"),
                "Time claims are seconds since 1970 as a number. Verifiers that see text may skip \
                 the check altogether.",
                "Issue time claims as numbers of seconds.",
                "RFC 7519 §2, §4.1.4",
                None,
            ),
            Some(v) if v.as_f64().is_some_and(|t| t > 1e11) => out.add(
                "time-milliseconds",
                Severity::Medium,
                format!("{name} looks like milliseconds, not seconds"),
                format!(
                    "{name} = {v} would be far in the future as seconds; a JavaScript Date.now() \
                     slipped in. An exp in milliseconds makes the token last for millennia."
                ),
                "Divide by 1000: NumericDate counts seconds.",
                "RFC 7519 §2",
                None,
            ),
            _ => {}
        }
    }
    let exp = numeric("exp").filter(|t| *t < 100_000_000_000);
    let iat = numeric("iat").filter(|t| *t < 100_000_000_000);
    let nbf = numeric("nbf").filter(|t| *t < 100_000_000_000);
    match exp {
        None if p.get("exp").is_none() => out.add(
            "exp-missing",
            Severity::High,
            "No expiry (exp): the token never expires",
            "A stolen token without exp works until the signing key changes.",
            "Always set exp; 5 to 15 minutes for access tokens.",
            "RFC 7519 §4.1.4, RFC 8725 §3.10",
            Some("/revocation"),
        ),
        Some(e) if e < ctx.now => out.add(
            "expired",
            Severity::Medium,
            format!("Expired {}", relative(e, ctx.now)),
            "A verifier must reject it (allowing at most a few minutes of clock skew).",
            "Obtain a new token; check that your verifier rejects this one.",
            "RFC 7519 §4.1.4",
            None,
        ),
        _ => {}
    }
    if let Some(e) = exp {
        let lifetime = e.saturating_sub(iat.unwrap_or(ctx.now).min(e));
        let id_token = p.get("nonce").is_some() || p.get("at_hash").is_some();
        if !id_token && lifetime > ACCESS_LIFETIME_WARN {
            let high = lifetime > ACCESS_LIFETIME_HIGH;
            out.add(
                "long-lived",
                if high {
                    Severity::High
                } else {
                    Severity::Medium
                },
                format!("Lives for {}", span(lifetime)),
                "A stolen access token works until it expires; more than 15 minutes is a long \
                 window, more than a day a very long one.",
                "Keep access tokens to 5–15 minutes and renew them with a rotating refresh token.",
                "RFC 9700 §4.14, source articles",
                Some("/revocation"),
            );
        }
    }
    for (name, at) in [("nbf", nbf), ("iat", iat)] {
        if let Some(t) = at.filter(|t| *t > ctx.now.saturating_add(SKEW)) {
            out.add(
                "time-in-future",
                Severity::Medium,
                format!("{name} is in the future ({})", relative(t, ctx.now)),
                "Either the issuer's clock is wrong or the token was crafted; a verifier must not \
                 accept a token before nbf.",
                "Check the issuer's clock; reject tokens not yet valid.",
                "RFC 7519 §4.1.5, §4.1.6",
                None,
            );
        }
    }
    for (claim, why) in [
        (
            "iss",
            "without an issuer, a verifier cannot tell your tokens from another issuer's",
        ),
        (
            "aud",
            "without an audience, a token for one service is accepted by every other",
        ),
    ] {
        if p.get(claim).is_none() {
            out.add(
                if claim == "iss" {
                    "iss-missing"
                } else {
                    "aud-missing"
                },
                Severity::Medium,
                format!("No {claim} claim"),
                format!("{}: {why}.", capitalise(claim)),
                "Issue and check iss and aud on every token.",
                "RFC 8725 §3.8, §3.9",
                None,
            );
        }
    }
    if (p.get("nonce").is_some() || p.get("at_hash").is_some()) && typ != "at+jwt" {
        out.add(
            "id-token",
            Severity::Medium,
            "This looks like an OpenID Connect ID token",
            "It carries nonce or at_hash. ID tokens tell your app who signed in; APIs must not \
             accept them as access tokens.",
            "Send the access token to APIs; keep the ID token in the client.",
            "OpenID Connect Core §2, RFC 9068 §2.1, RFC 8725 §3.12",
            Some("/glossary#term-id-token"),
        );
    }
    let mut personal = Vec::new();
    for (k, v) in &p.map {
        personal_data(k, v, &mut personal);
    }
    if !personal.is_empty() {
        personal.dedup();
        out.add(
            "personal-data",
            Severity::Medium,
            format!("Personal data in the payload: {}", personal.join(", ")),
            "A JWT is signed, not encrypted: anyone who sees it (logs, proxies, browser storage) \
             reads these claims.",
            "Keep an opaque user ID in the token and look the rest up on the server.",
            "RFC 8725 §3.6, OWASP JWT Cheat Sheet (2026)",
            None,
        );
    }
}

const PERSONAL_NAMES: &[&str] = &[
    "email",
    "phone_number",
    "phone",
    "name",
    "given_name",
    "family_name",
    "middle_name",
    "address",
    "birthdate",
    "ssn",
    "national_id",
    "passport",
    "tax_id",
    "iban",
    "card",
    "credit_card",
];

/// Collects what in `key: value` looks like personal data (names of claims, or values that look
/// like an email address, a phone number or a payment card).
fn personal_data(key: &str, value: &Value, out: &mut Vec<String>) {
    if PERSONAL_NAMES.contains(&key.to_ascii_lowercase().as_str()) {
        out.push(key.to_string());
        return;
    }
    match value {
        Value::String(s) => {
            if looks_like_email(s) {
                out.push(format!("{key} (an email address)"));
            } else if looks_like_card(s) {
                out.push(format!("{key} (a card-like number)"));
            } else if looks_like_phone(s) {
                out.push(format!("{key} (a phone number)"));
            }
        }
        Value::Object(m) => m.iter().for_each(|(k, v)| personal_data(k, v, out)),
        Value::Array(a) => a.iter().for_each(|v| personal_data(key, v, out)),
        _ => {}
    }
}

fn looks_like_email(s: &str) -> bool {
    let Some((local, domain)) = s.split_once('@') else {
        return false;
    };
    !local.is_empty()
        && !local.contains(' ')
        && domain.contains('.')
        && !domain.contains(' ')
        && !domain.starts_with('.')
}

fn looks_like_phone(s: &str) -> bool {
    let digits = s.chars().filter(char::is_ascii_digit).count();
    s.starts_with('+')
        && (8..=15).contains(&digits)
        && s.chars()
            .all(|c| c.is_ascii_digit() || " +-().".contains(c))
}

/// 13 to 19 digits (spaces and dashes allowed) passing the Luhn check.
fn looks_like_card(s: &str) -> bool {
    if !s
        .chars()
        .all(|c| c.is_ascii_digit() || c == ' ' || c == '-')
    {
        return false;
    }
    let digits: Vec<u32> = s.chars().filter_map(|c| c.to_digit(10)).collect();
    if !(13..=19).contains(&digits.len()) {
        return false;
    }
    let sum: u32 = digits
        .iter()
        .rev()
        .enumerate()
        .map(|(i, d)| {
            if i % 2 == 1 {
                let x = d * 2;
                if x > 9 {
                    x - 9
                } else {
                    x
                }
            } else {
                *d
            }
        })
        .sum();
    sum.is_multiple_of(10)
}

fn size_checks(token: &str, ctx: &Context, out: &mut Out) {
    let n = token.len();
    let ratio = n / SESSION_COOKIE_BYTES;
    let per_day = n as f64 * ctx.requests_per_day;
    let sizes = format!(
        "{n} bytes on every request, {ratio}× a {SESSION_COOKIE_BYTES}-byte session cookie; \
         about {} a day at {} requests.",
        human_bytes(per_day),
        ctx.requests_per_day as u64
    );
    if n > HEADER_LIMIT {
        out.add(
            "too-large-header",
            Severity::High,
            format!("{n} bytes: over the 8 KB header limit of common proxies"),
            format!("nginx's default header buffer is 8 KB per line; requests carrying this token will be refused. {sizes}"),
            "Move claims to the server; keep the token to an ID and a few claims.",
            "nginx large_client_header_buffers; RFC 6265bis §5.6",
            Some("/costs"),
        );
    } else if n > COOKIE_LIMIT {
        out.add(
            "too-large-cookie",
            Severity::High,
            format!("{n} bytes: too large for a cookie"),
            format!(
                "Browsers cap a cookie at 4,096 bytes, so this token cannot travel in one. {sizes}"
            ),
            "Shrink the claims, or keep the token server-side behind a session cookie.",
            "RFC 6265bis §5.6, ASVS 5.0 3.3.5",
            Some("/costs"),
        );
    } else {
        out.add(
            "size",
            Severity::Info,
            format!("{n} bytes on every request"),
            sizes,
            "Keep claims minimal.",
            "Source articles; RFC 6265bis §5.6",
            Some("/costs"),
        );
    }
}

fn human_bytes(b: f64) -> String {
    crate::tradeoffs::format::bytes(b)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::token::base64url::encode;
    use crate::token::decode::decode;

    const NOW: i64 = 1_800_000_000;

    fn run(header: &str, payload: &str, sig: &[u8]) -> Vec<Finding> {
        let t = format!(
            "{}.{}.{}",
            encode(header.as_bytes()),
            encode(payload.as_bytes()),
            encode(sig)
        );
        findings(
            &t,
            &decode(&t).unwrap(),
            &Context {
                now: NOW,
                requests_per_day: 1e6,
            },
        )
    }

    fn ids(f: &[Finding]) -> Vec<&'static str> {
        f.iter().map(|x| x.id).collect()
    }

    const GOOD_PAYLOAD: &str =
        r#"{"iss":"https://id.example","aud":"api","sub":"42","iat":1800000000,"exp":1800000600}"#;

    #[test]
    fn a_healthy_token_has_only_notes() {
        let f = run(
            r#"{"alg":"ES256","typ":"at+jwt","kid":"k1"}"#,
            GOOD_PAYLOAD,
            &[7u8; 64],
        );
        assert_eq!(ids(&f), ["size"]);
        assert!(f[0].explanation.contains("a day at 1000000 requests"));
    }

    #[test]
    fn alg_none_in_any_spelling_is_critical() {
        for alg in ["none", "None", "NONE", "nOnE"] {
            let f = run(
                &format!(r#"{{"alg":"{alg}","typ":"JWT"}}"#),
                GOOD_PAYLOAD,
                b"",
            );
            assert_eq!(f[0].id, "alg-none", "{alg}");
            assert_eq!(f[0].severity, Severity::Critical);
        }
    }

    #[test]
    fn an_empty_signature_with_a_real_alg_is_critical() {
        let f = run(r#"{"alg":"HS256","typ":"JWT"}"#, GOOD_PAYLOAD, b"");
        assert!(ids(&f).contains(&"empty-signature"));
    }

    #[test]
    fn embedded_keys_and_kid_injection_are_flagged() {
        let f = run(
            r#"{"alg":"RS256","typ":"JWT","jku":"https://evil","x5c":["MII"]}"#,
            GOOD_PAYLOAD,
            &[1; 256],
        );
        let e = f.iter().find(|x| x.id == "embedded-key").unwrap();
        assert!(e.title.ends_with("jku, x5c"));
        for (kid, why) in [
            ("../../dev/null", "path traversal"),
            ("x' UNION SELECT 'a", "SQL"),
            ("k|id", "shell metacharacters"),
        ] {
            let f = run(
                &format!(
                    r#"{{"alg":"HS256","typ":"JWT","kid":{}}}"#,
                    serde_json::to_string(kid).unwrap()
                ),
                GOOD_PAYLOAD,
                b"s",
            );
            let k = f
                .iter()
                .find(|x| x.id == "kid-injection")
                .unwrap_or_else(|| panic!("{kid}"));
            assert!(k.title.contains(why), "{kid}: {}", k.title);
        }
    }

    #[test]
    fn lifetimes_and_times() {
        let f = run(
            r#"{"alg":"HS256","typ":"JWT"}"#,
            r#"{"iss":"i","aud":"a"}"#,
            b"s",
        );
        assert!(ids(&f).contains(&"exp-missing"));
        let f = run(
            r#"{"alg":"HS256","typ":"JWT"}"#,
            r#"{"iss":"i","aud":"a","iat":1799990000,"exp":1799999000}"#,
            b"s",
        );
        assert!(f
            .iter()
            .any(|x| x.id == "expired" && x.title == "Expired 17 min ago"));
        let f = run(
            r#"{"alg":"HS256","typ":"JWT"}"#,
            r#"{"iss":"i","aud":"a","iat":1800000000,"exp":1800003600}"#,
            b"s",
        );
        assert!(f.iter().any(|x| x.id == "long-lived"
            && x.severity == Severity::Medium
            && x.title == "Lives for 60 min"));
        let f = run(
            r#"{"alg":"HS256","typ":"JWT"}"#,
            r#"{"iss":"i","aud":"a","iat":1800000000,"exp":1802592000}"#,
            b"s",
        );
        assert!(f
            .iter()
            .any(|x| x.id == "long-lived" && x.severity == Severity::High));
        let f = run(
            r#"{"alg":"HS256","typ":"JWT"}"#,
            r#"{"iss":"i","aud":"a","nbf":1800003600,"exp":1800003900}"#,
            b"s",
        );
        assert!(f
            .iter()
            .any(|x| x.id == "time-in-future" && x.title.starts_with("nbf")));
        let f = run(
            r#"{"alg":"HS256","typ":"JWT"}"#,
            r#"{"iss":"i","aud":"a","exp":"2030-01-01"}"#,
            b"s",
        );
        assert!(ids(&f).contains(&"time-not-numeric"));
        let f = run(
            r#"{"alg":"HS256","typ":"JWT"}"#,
            r#"{"iss":"i","aud":"a","exp":1800000600000}"#,
            b"s",
        );
        assert!(ids(&f).contains(&"time-milliseconds"));
    }

    #[test]
    fn missing_iss_aud_typ_and_id_tokens() {
        let f = run(
            r#"{"alg":"HS256"}"#,
            r#"{"exp":1800000600,"nonce":"n"}"#,
            b"s",
        );
        let got = ids(&f);
        for id in ["iss-missing", "aud-missing", "typ-missing", "id-token"] {
            assert!(got.contains(&id), "{id} in {got:?}");
        }
    }

    #[test]
    fn personal_data_by_name_and_by_shape() {
        let f = run(
            r#"{"alg":"HS256","typ":"JWT"}"#,
            r#"{"iss":"i","aud":"a","exp":1800000600,"email":"a@b.c","contact":{"tel":"+44 20 7946 0958"},"pan":"4111 1111 1111 1111","note":"user@example.com"}"#,
            b"s",
        );
        let p = f.iter().find(|x| x.id == "personal-data").unwrap();
        for part in [
            "email",
            "tel (a phone number)",
            "pan (a card-like number)",
            "note (an email address)",
        ] {
            assert!(p.title.contains(part), "{part} in {}", p.title);
        }
        assert!(!looks_like_card("4111 1111 1111 1112"), "Luhn");
    }

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

    #[test]
    fn header_oddities() {
        let f = run(
            r#"{"alg":"HS256","typ":"JWT","zip":"DEF","crit":["exp","b64"]}"#,
            GOOD_PAYLOAD,
            b"s",
        );
        assert!(ids(&f).contains(&"zip-in-jws"));
        assert!(f
            .iter()
            .any(|x| x.id == "crit-unknown" && x.title.ends_with(": exp")));
        let f = run(r#"{"alg":"EdDSA","typ":"JWT"}"#, GOOD_PAYLOAD, &[1; 64]);
        assert!(ids(&f).contains(&"eddsa-polymorphic"));
        let f = run(r#"{"alg":"HS256","alg":"none"}"#, GOOD_PAYLOAD, b"s");
        assert!(f
            .iter()
            .any(|x| x.id == "duplicate-keys" && x.severity == Severity::High));
    }

    #[test]
    fn psychic_and_malformed_ecdsa_signatures() {
        let mut sig = vec![0u8; 64];
        let f = run(r#"{"alg":"ES256","typ":"JWT"}"#, GOOD_PAYLOAD, &sig);
        assert_eq!(f[0].id, "ecdsa-zero");
        sig[3] = 1;
        sig[40] = 1;
        assert!(
            !ids(&run(r#"{"alg":"ES256","typ":"JWT"}"#, GOOD_PAYLOAD, &sig))
                .contains(&"ecdsa-zero")
        );
        let f = run(r#"{"alg":"ES384","typ":"JWT"}"#, GOOD_PAYLOAD, &[1; 70]);
        assert!(f
            .iter()
            .any(|x| x.id == "ecdsa-length" && x.title == "ES384 signature is 70 bytes, not 96"));
    }

    #[test]
    fn non_canonical_encoding_is_noted() {
        let t = format!(
            "{}=.{}.{}",
            encode(br#"{"alg":"HS256","typ":"JWT"}"#),
            encode(GOOD_PAYLOAD.as_bytes()),
            encode(b"s")
        );
        let f = findings(
            &t,
            &decode(&t).unwrap(),
            &Context {
                now: NOW,
                requests_per_day: 1.0,
            },
        );
        assert!(f
            .iter()
            .any(|x| x.id == "non-canonical-base64" && x.title.contains("header: padding")));
    }

    #[test]
    fn extreme_clocks_do_not_overflow() {
        let t = format!(
            "{}.{}.{}",
            encode(br#"{"alg":"HS256"}"#),
            encode(br#"{"iat":1,"nbf":1,"exp":2}"#),
            encode(b"s")
        );
        for now in [i64::MIN, i64::MAX] {
            let _ = findings(
                &t,
                &decode(&t).unwrap(),
                &Context {
                    now,
                    requests_per_day: f64::MAX,
                },
            );
        }
    }

    #[test]
    fn findings_come_most_severe_first() {
        let f = run(r#"{"alg":"none"}"#, r#"{"email":"a@b.c"}"#, b"");
        assert!(f.windows(2).all(|w| w[0].severity <= w[1].severity));
    }
}
