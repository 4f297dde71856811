//! Security findings about a token: what is wrong with it, how bad, why, what to do and the source.
//! `catalogue` holds what each kind always says; the checks are grouped by what they look at: the
//! header (`header`), the signature bytes (`signature`), the claims (`claims`, `personal`), the
//! rules of the token's kind (`profile`), the encoding (`encoding`) and the size (`size`). Which
//! checks apply depends on the kind the token is taken for (`token_type`). `keyed` has the findings
//! that need a key or the secret search, which verification adds.

pub mod catalogue;
mod claims;
mod encoding;
mod header;
mod keyed;
mod personal;
mod profile;
mod sd_jwt;
mod signature;
mod size;

pub use crate::token::cite::Cite;
pub use catalogue::{Entry, Kind, Learn, Role};
pub use keyed::{
    binding_mismatch, key_confusion, request_mismatch, rsa_key_too_small, sd_jwt_rejected,
    short_secret, signature_invalid, undecodable, weak_secret,
};

use crate::token::checks::token_type;
use crate::token::jose::decode::{Decoded, Form};

/// How severe a finding is, most severe first: the order findings are ranked in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    /// The token's protection fails or can be broken.
    Critical,
    /// Serious, like `Critical`: the summary counts both as serious problems.
    High,
    /// Worth fixing, but not serious on its own.
    Medium,
    /// A minor weakness, or a better practice.
    Low,
    /// A note rather than a problem; also advice to an issuer the reader does not control.
    Info,
}

impl Severity {
    /// A stable id for reports that machines read: "critical" … "info".
    pub fn id(self) -> &'static str {
        match self {
            Severity::Critical => "critical",
            Severity::High => "high",
            Severity::Medium => "medium",
            Severity::Low => "low",
            Severity::Info => "info",
        }
    }

    /// The word the page shows: `Info` reads as "Note".
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

/// One finding: its kind (and with it advice and sources), what it says about this token,
/// and how severe it is here.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Finding {
    /// What kind of finding it is.
    pub kind: Kind,
    /// Its heading, about this token.
    pub title: String,
    /// Why it matters, about this token.
    pub explanation: String,
    /// Its kind's severity, or a note where the advice is for an issuer the reader does not
    /// control (`Finding::for_a_provider`).
    severity: Severity,
}

impl Finding {
    /// A finding of `kind`, at its kind's severity.
    pub fn new(kind: Kind, title: impl Into<String>, explanation: impl Into<String>) -> Self {
        Finding {
            kind,
            title: title.into(),
            explanation: explanation.into(),
            severity: kind.entry().severity,
        }
    }

    /// What its kind always says.
    pub fn entry(&self) -> &'static Entry {
        self.kind.entry()
    }

    /// Its kind's id, which the page and the tests find it by.
    pub fn id(&self) -> &'static str {
        self.entry().id
    }

    /// How severe it is for this token.
    pub fn severity(&self) -> Severity {
        self.severity
    }

    /// Whom it is for.
    pub fn role(&self) -> Role {
        self.kind.role()
    }

    /// Advice for the issuer on a token a known provider issued: a note, since the reader
    /// cannot change how the provider issues its tokens.
    fn for_a_provider(mut self) -> Self {
        if self.role() == Role::Issuer {
            self.severity = Severity::Info;
        }
        self
    }
}

/// What the findings are judged against besides the token.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Conditions {
    /// Seconds since 1970.
    pub now: i64,
    /// Whether the token was pasted as it travels to an API: in an `Authorization` header.
    pub bearer: bool,
    /// For the bandwidth figure; `None` when the rate typed does not read as a number, so the
    /// finding gives no figure rather than a wrong one.
    pub requests_per_day: Option<f64>,
}

/// Most severe first; findings of equal severity keep their order. An insertion sort: a token
/// has a few dozen findings at most, and the standard library's stable sort weighed 1.7 KB
/// Brotli in the page's module, which must not grow (issue 15).
pub fn rank(findings: &mut [Finding]) {
    for i in 1..findings.len() {
        let mut j = i;
        // Strictly more severe only, so equals never pass each other.
        while j > 0 && findings[j].severity() < findings[j - 1].severity() {
            findings.swap(j - 1, j);
            j -= 1;
        }
    }
}

/// Every key-free finding for the token, most severe first.
pub fn findings(token: &str, d: &Decoded, c: &Conditions) -> Vec<Finding> {
    let mut out = Vec::new();
    let header = d.header.as_ref().ok();
    let payload = d.payload.as_ref().and_then(|p| p.as_ref().ok());
    let assumed = token_type::of(d);
    let profile = assumed.profile();
    if let Some(h) = header {
        header::check(h, d.form, profile, &mut out);
        if d.form == Form::Jws {
            signature::check(h, d, &mut out);
        }
    }
    if let (Some(p), Form::Jws) = (payload, d.form) {
        claims::check(p, &assumed, c, &mut out);
        if profile.personal {
            personal::check(p, &mut out);
        }
    }
    profile::check(&assumed, header, payload, &mut out);
    sd_jwt::check(header, payload, &mut out);
    encoding::check(d, header, payload, &mut out);
    size::check(token, profile, c, &mut out);
    if assumed.provider.is_some() {
        out = out.into_iter().map(Finding::for_a_provider).collect();
    }
    rank(&mut out);
    out
}

#[cfg(test)]
pub(crate) mod test_support {
    use super::*;
    use crate::token::jose::base64url::encode;
    use crate::token::jose::decode::decode;

    pub const NOW: i64 = 1_800_000_000;

    pub const GOOD_PAYLOAD: &str = r#"{"iss":"https://id.example","aud":"api","sub":"42","client_id":"app","jti":"t1","iat":1800000000,"exp":1800000600}"#;

    /// The findings for a token made of these parts.
    pub fn run(header: &str, payload: &str, sig: &[u8]) -> Vec<Finding> {
        let t = format!(
            "{}.{}.{}",
            encode(header.as_bytes()),
            encode(payload.as_bytes()),
            encode(sig)
        );
        findings(
            &t,
            &decode(&t).unwrap(),
            &Conditions {
                now: NOW,
                bearer: false,
                requests_per_day: Some(1e6),
            },
        )
    }

    pub fn ids(f: &[Finding]) -> Vec<&'static str> {
        f.iter().map(Finding::id).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::test_support::*;
    use super::{rank, Finding, Kind, Severity};

    #[test]
    fn ranking_puts_the_most_severe_first_and_keeps_the_order_of_equals() {
        // Every kind twice, in declaration order and then reversed, each numbered as it came.
        let mut kinds: Vec<Kind> = Kind::ALL.to_vec();
        kinds.extend(Kind::ALL.iter().rev());
        let mut findings: Vec<Finding> = kinds
            .iter()
            .enumerate()
            .map(|(n, &k)| Finding::new(k, n.to_string(), ""))
            .collect();
        let mut expected = findings.clone();
        expected.sort_by_key(Finding::severity);
        rank(&mut findings);
        assert_eq!(findings, expected);
        assert_eq!(findings[0].severity(), Severity::Critical);
        assert_eq!(findings.last().map(Finding::severity), Some(Severity::Info));
    }

    #[test]
    fn a_healthy_token_has_only_notes() {
        let f = run(
            r#"{"alg":"ES256","typ":"at+jwt","kid":"k1"}"#,
            GOOD_PAYLOAD,
            &[7u8; 64],
        );
        assert_eq!(ids(&f), ["size"]);
        assert!(f[0].explanation.contains("a day at 1,000,000 requests"));
    }

    #[test]
    fn findings_come_most_severe_first() {
        let f = run(
            r#"{"alg":"none","typ":"at+jwt"}"#,
            r#"{"email":"a@b.c"}"#,
            b"",
        );
        assert!(f.len() > 3);
        assert!(f.windows(2).all(|w| w[0].severity() <= w[1].severity()));
    }

    #[test]
    fn extreme_clocks_do_not_overflow() {
        use super::*;
        use crate::token::jose::base64url::encode;
        use crate::token::jose::decode::decode;
        let t = format!(
            "{}.{}.{}",
            encode(br#"{"alg":"HS256"}"#),
            encode(br#"{"iat":1,"nbf":1,"exp":2}"#),
            encode(b"s")
        );
        for now in [i64::MIN, i64::MAX] {
            let f = findings(
                &t,
                &decode(&t).unwrap(),
                &Conditions {
                    now,
                    bearer: false,
                    requests_per_day: Some(f64::MAX),
                },
            );
            assert!(!f.is_empty());
        }
    }
}
