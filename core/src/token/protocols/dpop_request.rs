//! A DPoP proof against the request it was made for (RFC 9449 §4.3, checks 9 to 11): its `htm`
//! against the request's method, its `htu` against the request's URL (both without query and
//! fragment, after the normalisation of RFC 3986 §6.2.2 and §6.2.3), and its `iat` against the
//! clock. The user types the method and the URL; nothing is sent anywhere.

use crate::query::percent_byte;
use crate::token::checks::report::Inspection;
use crate::token::checks::token_type::TokenType;
use crate::token::cite::{cite, Cite};
use crate::token::jose::decode::JsonObject;
use crate::token::service::verification::Tone;

/// How far `iat` may be from now. RFC 9449 §11.1 leaves the window to the server ("a few
/// seconds or minutes" is typical); this page allows five minutes either way and says so.
pub const IAT_WINDOW_SECONDS: i64 = 300;

/// How a server checks a proof: its request, its freshness, and its signature with its own
/// `jwk`.
pub const CHECKING: Cite = cite(
    "RFC 9449 §4.3",
    "https://www.rfc-editor.org/rfc/rfc9449.html#section-4.3",
);

/// What the request checks rest on: how a server checks a proof, the `iat` window, and how
/// URLs are compared.
pub const SOURCES: [Cite; 3] = [
    CHECKING,
    cite(
        "RFC 9449 §11.1",
        "https://www.rfc-editor.org/rfc/rfc9449.html#section-11.1",
    ),
    cite(
        "RFC 3986 §6.2.2",
        "https://www.rfc-editor.org/rfc/rfc3986.html#section-6.2.2",
    ),
];

/// The key a DPoP proof is verified with: the `jwk` of its own header (RFC 9449 §4.3; the
/// proof shows possession of that key), as text for the verify form. `None` for every other
/// kind of token, whose embedded key proves nothing (RFC 8725 §3.10), and for a `jwk` that is
/// not an object.
pub fn own_key(inspection: &Inspection) -> Option<String> {
    if inspection.assumed()?.kind != TokenType::DpopProof {
        return None;
    }
    let decoded = inspection.decoded.as_ref().ok()?;
    let jwk = decoded.header.as_ref().ok()?.get("jwk")?;
    jwk.is_object()
        .then(|| serde_json::to_string_pretty(jwk).ok())
        .flatten()
}

/// Why a URL cannot be compared.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UrlProblem {
    /// Not `http://` or `https://` followed by a host.
    NotHttp,
    /// A `%` not followed by two hexadecimal digits.
    BadPercent,
}

impl UrlProblem {
    /// The problem, worded to follow "The proof's htu" or "The request's URL".
    pub fn message(self) -> &'static str {
        match self {
            UrlProblem::NotHttp => "is not an http or https URL with a host",
            UrlProblem::BadPercent => "has a % that is not followed by two hexadecimal digits",
        }
    }
}

/// `url` without its query and fragment, normalised as RFC 3986 §6.2.2 and §6.2.3 say: scheme
/// and host in lower case, the scheme's default port dropped, an empty path as `/`,
/// percent-encodings of unreserved characters decoded and the others in upper case, and `.`
/// and `..` segments removed.
pub fn normalise(url: &str) -> Result<String, UrlProblem> {
    let url = url.trim();
    let url = url.split(['?', '#']).next().unwrap_or_default();
    let (scheme, rest) = url.split_once("://").ok_or(UrlProblem::NotHttp)?;
    let scheme = scheme.to_ascii_lowercase();
    let default_port = match scheme.as_str() {
        "https" => ":443",
        "http" => ":80",
        _ => return Err(UrlProblem::NotHttp),
    };
    let (authority, path) = rest.split_at(rest.find('/').unwrap_or(rest.len()));
    let authority = authority.to_ascii_lowercase();
    let authority = authority.strip_suffix(default_port).unwrap_or(&authority);
    if authority.is_empty() || authority.starts_with(':') {
        return Err(UrlProblem::NotHttp);
    }
    let path = percent_normalised(if path.is_empty() { "/" } else { path })?;
    Ok(format!("{scheme}://{authority}{}", without_dots(&path)))
}

fn percent_normalised(path: &str) -> Result<String, UrlProblem> {
    let bytes = path.as_bytes();
    let mut out = String::with_capacity(path.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] != b'%' {
            let c = path[i..].chars().next().unwrap_or_default();
            out.push(c);
            i += c.len_utf8().max(1);
            continue;
        }
        let value = percent_byte(&bytes[i + 1..]).ok_or(UrlProblem::BadPercent)?;
        let c = char::from(value);
        if c.is_ascii_alphanumeric() || "-._~".contains(c) {
            out.push(c);
        } else {
            out.push_str(&format!("%{value:02X}"));
        }
        i += 3;
    }
    Ok(out)
}

/// RFC 3986 §5.2.4 for a path that starts with `/`.
fn without_dots(path: &str) -> String {
    let segments: Vec<&str> = path.split('/').skip(1).collect();
    let mut out: Vec<&str> = Vec::new();
    for (i, segment) in segments.iter().enumerate() {
        let last = i + 1 == segments.len();
        match *segment {
            "." => {}
            ".." => {
                out.pop();
            }
            s => {
                out.push(s);
                continue;
            }
        }
        if last {
            out.push("");
        }
    }
    format!("/{}", out.join("/"))
}

/// What one check found.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Check {
    /// The claim agrees with the request, or `iat` with the clock.
    Pass,
    /// The claim disagrees: a server would reject the proof.
    Fail,
    /// The proof lacks the claim, or the request's part was not given in a usable form.
    Unchecked,
}

impl Check {
    /// The word the page shows before the sentence, so the outcome never rests on colour.
    pub fn label(self) -> &'static str {
        match self {
            Check::Pass => "Matches",
            Check::Fail => "Fails",
            Check::Unchecked => "Not checked",
        }
    }

    /// How the page colours it.
    pub fn tone(self) -> Tone {
        match self {
            Check::Pass => Tone::Valid,
            Check::Fail => Tone::Invalid,
            Check::Unchecked => Tone::Neutral,
        }
    }
}

/// One of the proof's claims against the request.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RequestCheck {
    /// The claim checked: `htm`, `htu`, `iat` or `jti`.
    pub claim: &'static str,
    /// What the check found.
    pub check: Check,
    /// What it found, in a sentence.
    pub message: String,
}

/// The proof's `htm`, `htu` and `iat` against the request (an empty method or URL is not
/// checked) and the clock, and what its `jti` asks of the server.
pub fn check_request(payload: &JsonObject, method: &str, url: &str, now: i64) -> Vec<RequestCheck> {
    let mut out = Vec::new();
    let method = method.trim();
    if !method.is_empty() {
        out.push(check_htm(
            payload.get("htm").and_then(|v| v.as_str()),
            method,
        ));
    }
    if !url.trim().is_empty() {
        out.push(check_htu(payload.get("htu").and_then(|v| v.as_str()), url));
    }
    out.push(check_iat(payload.get("iat").and_then(|v| v.as_i64()), now));
    out.push(check_jti(payload.get("jti").and_then(|v| v.as_str())));
    out
}

/// A `jti` is required (RFC 9449 §4.2), but whether it was seen before only the server knows
/// (§11.1): the page says what the server must do with it.
fn check_jti(jti: Option<&str>) -> RequestCheck {
    let (check, message) = match jti {
        None => (
            Check::Fail,
            "The proof has no jti (as a string), so a server cannot tell it from a replay."
                .to_string(),
        ),
        Some(jti) => (
            Check::Unchecked,
            format!(
                "jti is {jti}. The server must accept it once only: it keeps the jti values it \
                 has seen for as long as their iat is within its window and rejects a repeat. \
                 Only the server knows which it has seen."
            ),
        ),
    };
    RequestCheck {
        claim: "jti",
        check,
        message,
    }
}

fn check_htm(htm: Option<&str>, method: &str) -> RequestCheck {
    let (check, message) = match htm {
        None => (
            Check::Unchecked,
            "The proof has no htm (as a string).".to_string(),
        ),
        Some(htm) if htm == method => (Check::Pass, format!("htm is {htm}, the request's method.")),
        Some(htm) if htm.eq_ignore_ascii_case(method) => (
            Check::Fail,
            format!("htm is {htm}, the request's method is {method}: methods are case-sensitive."),
        ),
        Some(htm) => (
            Check::Fail,
            format!("htm is {htm}, but the request's method is {method}."),
        ),
    };
    RequestCheck {
        claim: "htm",
        check,
        message,
    }
}

fn check_htu(htu: Option<&str>, url: &str) -> RequestCheck {
    let claim = "htu";
    let Some(htu) = htu else {
        return RequestCheck {
            claim,
            check: Check::Unchecked,
            message: "The proof has no htu (as a string).".into(),
        };
    };
    let (check, message) = match (normalise(htu), normalise(url)) {
        (Err(p), _) => (Check::Fail, format!("The proof's htu {}.", p.message())),
        (_, Err(p)) => (
            Check::Unchecked,
            format!("The request's URL {}.", p.message()),
        ),
        (Ok(a), Ok(b)) if a == b => (
            Check::Pass,
            format!(
                "htu matches the request's URL (both read as {a}, without query and fragment)."
            ),
        ),
        (Ok(a), Ok(b)) => (
            Check::Fail,
            format!(
                "htu reads as {a}, the request's URL as {b}: the proof was made for another URL."
            ),
        ),
    };
    RequestCheck {
        claim,
        check,
        message,
    }
}

fn check_iat(iat: Option<i64>, now: i64) -> RequestCheck {
    let claim = "iat";
    let Some(iat) = iat else {
        return RequestCheck {
            claim,
            check: Check::Unchecked,
            message: "The proof has no iat (as a whole number of seconds).".into(),
        };
    };
    let age = now.saturating_sub(iat);
    let minutes = IAT_WINDOW_SECONDS / 60;
    let (check, message) = if age.abs() <= IAT_WINDOW_SECONDS {
        (
            Check::Pass,
            format!(
                "Made {} s {} now, within this page's {minutes}-minute window.",
                age.abs(),
                if age >= 0 { "before" } else { "after" }
            ),
        )
    } else if age > 0 {
        (
            Check::Fail,
            format!("Made {} before now, outside a {minutes}-minute window: a server would refuse it as stale (or replayed).", span(age)),
        )
    } else {
        (
            Check::Fail,
            format!(
                "Dated {} in the future, outside a {minutes}-minute window.",
                span(-age)
            ),
        )
    };
    RequestCheck {
        claim,
        check,
        message,
    }
}

/// "42 s", "7 min", "3 h", "2 days".
fn span(seconds: i64) -> String {
    match seconds {
        s if s < 120 => format!("{s} s"),
        s if s < 7200 => format!("{} min", s / 60),
        s if s < 172_800 => format!("{} h", s / 3600),
        s => format!("{} days", s / 86_400),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::token::cite::link_problem;
    use crate::token::jose::decode::decode;

    #[test]
    fn urls_normalise_as_rfc_3986_says() {
        let n = |u| normalise(u).unwrap();
        assert_eq!(
            n("https://server.example.com/token"),
            "https://server.example.com/token"
        );
        assert_eq!(
            n("HTTPS://Server.Example.COM:443/token?x=1#f"),
            "https://server.example.com/token"
        );
        assert_eq!(n("http://a.example:80"), "http://a.example/");
        assert_eq!(n("https://a.example:8443/"), "https://a.example:8443/");
        assert_eq!(
            n("https://a.example/%7euser/%2fx%2F"),
            "https://a.example/~user/%2Fx%2F"
        );
        assert_eq!(n("https://a.example/a/./b/../c"), "https://a.example/a/c");
        assert_eq!(n("https://a.example/a/b/.."), "https://a.example/a/");
        assert_eq!(n("https://a.example/%2E%2E/x"), "https://a.example/x");
        assert_eq!(normalise("ftp://a.example/"), Err(UrlProblem::NotHttp));
        assert_eq!(normalise("https://"), Err(UrlProblem::NotHttp));
        assert_eq!(normalise("https://:443/"), Err(UrlProblem::NotHttp));
        assert_eq!(normalise("/token"), Err(UrlProblem::NotHttp));
        assert_eq!(
            normalise("https://a.example/%zz"),
            Err(UrlProblem::BadPercent)
        );
        assert_eq!(
            normalise("https://a.example/%4"),
            Err(UrlProblem::BadPercent)
        );
        assert_eq!(
            normalise("https://a.example/%+1"),
            Err(UrlProblem::BadPercent)
        );
        assert_eq!(n("https://a.example/é/x"), "https://a.example/é/x");
    }

    fn payload(json: &str) -> JsonObject {
        let token = format!(
            "eyJhbGciOiJFUzI1NiJ9.{}.c2ln",
            crate::token::jose::base64url::encode(json.as_bytes())
        );
        decode(&token).unwrap().payload.unwrap().unwrap()
    }

    /// RFC 9449 §4.1's example proof claims.
    const EXAMPLE: &str = r#"{"jti":"-BwC3ESc6acc2lTc","htm":"POST","htu":"https://server.example.com/token","iat":1562262616}"#;

    fn checks(json: &str, method: &str, url: &str, now: i64) -> Vec<(&'static str, Check)> {
        check_request(&payload(json), method, url, now)
            .into_iter()
            .map(|c| (c.claim, c.check))
            .collect()
    }

    #[test]
    fn the_rfc_example_matches_its_request() {
        let got = checks(
            EXAMPLE,
            "POST",
            "https://server.example.com/token",
            1562262616 + 10,
        );
        assert_eq!(
            got,
            [
                ("htm", Check::Pass),
                ("htu", Check::Pass),
                ("iat", Check::Pass),
                // Whether the jti is new only the server knows.
                ("jti", Check::Unchecked)
            ]
        );
        // The same URL as a server may see it.
        let got = checks(
            EXAMPLE,
            "POST",
            "HTTPS://SERVER.example.com:443/./token?grant_type=x",
            1562262616,
        );
        assert_eq!(got[1], ("htu", Check::Pass));
    }

    #[test]
    fn another_method_url_or_time_fails() {
        let now = 1562262616;
        assert_eq!(checks(EXAMPLE, "GET", "", now)[0], ("htm", Check::Fail));
        assert_eq!(checks(EXAMPLE, "post", "", now)[0], ("htm", Check::Fail));
        assert_eq!(
            checks(EXAMPLE, "", "https://server.example.com/token2", now)[0],
            ("htu", Check::Fail)
        );
        assert_eq!(
            checks(EXAMPLE, "", "http://server.example.com/token", now)[0],
            ("htu", Check::Fail)
        );
        assert_eq!(checks(EXAMPLE, "", "", now + 301)[0], ("iat", Check::Fail));
        assert_eq!(checks(EXAMPLE, "", "", now - 301)[0], ("iat", Check::Fail));
        assert_eq!(checks(EXAMPLE, "", "", now + 300)[0], ("iat", Check::Pass));
        assert_eq!(
            checks(EXAMPLE, "", "not a url", now)[0],
            ("htu", Check::Unchecked)
        );
        assert_eq!(
            checks("{}", "POST", "https://a.example/", now),
            [
                ("htm", Check::Unchecked),
                ("htu", Check::Unchecked),
                ("iat", Check::Unchecked),
                ("jti", Check::Fail)
            ]
        );
        let stale = check_request(&payload(EXAMPLE), "", "", now + 3 * 86_400);
        assert!(stale[1].message.contains("jti is -BwC3ESc6acc2lTc"));
        assert!(
            stale[0].message.contains("3 days before now"),
            "{}",
            stale[0].message
        );
    }

    #[test]
    fn a_dpop_proof_is_verified_with_its_own_key_and_nothing_else_is() {
        use crate::token::checks::report::inspect;
        let jwk = r#"{"kty":"EC","crv":"P-256","x":"l8tFrhx-34tV3hRICRDY9zCkDlpBhF42UQUfWVAWBFs","y":"9VE4jf_Ok_o64zbTTlcuNJajHmt6v9TDVrU0CdvGRDA"}"#;
        let token = |typ: &str| {
            let header = format!(r#"{{"typ":"{typ}","alg":"ES256","jwk":{jwk}}}"#);
            format!(
                "{}.{}.c2ln",
                crate::token::jose::base64url::encode(header.as_bytes()),
                crate::token::jose::base64url::encode(EXAMPLE.as_bytes())
            )
        };
        let key = own_key(&inspect(&token("dpop+jwt"), 0).unwrap()).unwrap();
        let parsed: serde_json::Value = serde_json::from_str(&key).unwrap();
        assert_eq!(parsed["crv"], "P-256");
        // The same key in an access token's header is an attack, not a key to trust.
        assert_eq!(own_key(&inspect(&token("at+jwt"), 0).unwrap()), None);
    }

    #[test]
    fn every_source_links_to_its_section() {
        for c in SOURCES {
            assert_eq!(link_problem(&c), None);
        }
    }
}
