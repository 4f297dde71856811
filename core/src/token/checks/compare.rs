//! Two tokens side by side (say staging's and production's): every header parameter and claim of
//! either, in the first token's order then the second's new ones, each marked same, changed or
//! only in one, with what the name means; then the findings only one of them draws. Times are
//! compared as lifetimes as well, since two tokens issued minutes apart always differ in `iat`
//! and `exp` but rarely in how long they live.

use super::findings::{Conditions, Finding};
use super::report::{all_findings, inspect, Inspection, Row, Verdicts};
use super::verdict::{verdict, Grounds, Verdict};
use crate::token::jose::claims::{self, Known};

/// One of the two tokens as the page reads it, without a key: the key-free checks and the
/// verdict they allow.
#[derive(Clone, Debug, PartialEq)]
pub struct Side {
    /// The token read.
    pub inspection: Inspection,
    /// Every key-free finding, most severe first.
    pub findings: Vec<Finding>,
    /// The verdict without a key (never better than "cannot tell" for a signed token).
    pub verdict: Verdict,
}

impl Side {
    /// Reads `pasted` as the inspector reads a paste: a token, a header or a URL that carries
    /// one. `None` while nothing is pasted; the message a user understands when it holds no
    /// token.
    pub fn read(pasted: &str, now: i64) -> Option<Result<Side, String>> {
        if pasted.trim().is_empty() {
            return None;
        }
        let inspection = match inspect(pasted, now) {
            Ok(i) => i,
            Err(e) => return Some(Err(e.to_string())),
        };
        let c = Conditions {
            now,
            bearer: false,
            requests_per_day: None,
        };
        let findings = all_findings(&inspection, &c, Verdicts::default());
        let verdict = verdict(
            &inspection,
            Grounds {
                findings: &findings,
                verification: None,
                checking: None,
                still_to_compare: None,
            },
        );
        Some(Ok(Side {
            inspection,
            findings,
            verdict,
        }))
    }
}

/// How one name differs between the two tokens.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Change {
    /// The same value in both.
    Same,
    /// Both have it, with different values.
    Changed,
    /// Only the first token has it.
    OnlyFirst,
    /// Only the second token has it.
    OnlySecond,
}

impl Change {
    /// The mark beside a line, in words (a colour alone says nothing to a screen reader).
    pub fn describe(self) -> &'static str {
        match self {
            Change::Same => "same",
            Change::Changed => "differs",
            Change::OnlyFirst => "only in the first",
            Change::OnlySecond => "only in the second",
        }
    }
}

/// One header parameter or claim of either token.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Line {
    /// The name as written.
    pub name: String,
    /// Its value in the first token, as the inspector shows it; `None` when absent.
    pub first: Option<String>,
    /// Its value in the second token.
    pub second: Option<String>,
    /// How they differ.
    pub change: Change,
    /// What the name means, when it is a registered one.
    pub known: Option<&'static Known>,
}

/// The whole comparison.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Comparison {
    /// The header parameters of both.
    pub header: Vec<Line>,
    /// The claims of both.
    pub payload: Vec<Line>,
    /// `exp − iat` of each, when both have them and they differ: "15 min" against "1 h".
    pub lifetimes: Option<(String, String)>,
    /// The findings only the first token draws (by kind), most severe first.
    pub only_first: Vec<Finding>,
    /// The findings only the second token draws.
    pub only_second: Vec<Finding>,
}

impl Comparison {
    /// How many names differ, header and claims together.
    pub fn differences(&self) -> usize {
        self.header
            .iter()
            .chain(&self.payload)
            .filter(|l| l.change != Change::Same)
            .count()
    }

    /// "Lifetime (exp − iat): 15 min in the first, 24 h in the second.", when they differ.
    pub fn lifetime_line(&self) -> Option<String> {
        let (a, b) = self.lifetimes.as_ref()?;
        Some(format!(
            "Lifetime (exp − iat): {a} in the first, {b} in the second."
        ))
    }

    /// One sentence for the top of the comparison.
    pub fn summary(&self) -> String {
        let n = self.differences();
        let names = match n {
            0 => "The two tokens carry the same header and claims".to_string(),
            1 => "1 header parameter or claim differs".to_string(),
            n => format!("{n} header parameters and claims differ"),
        };
        let findings = match (self.only_first.len(), self.only_second.len()) {
            (0, 0) => "they draw the same findings".to_string(),
            (a, b) => format!(
                "{} only the first draws, {} only the second",
                crate::text::counted(a, "finding"),
                crate::text::counted(b, "finding")
            ),
        };
        format!("{names}; {findings}.")
    }
}

/// Compares two tokens read with `Side::read`.
pub fn compare(first: &Side, second: &Side) -> Comparison {
    let only = |a: &[Finding], b: &[Finding]| -> Vec<Finding> {
        a.iter()
            .filter(|f| !b.iter().any(|g| g.kind == f.kind))
            .cloned()
            .collect()
    };
    let (a, b) = (&first.inspection, &second.inspection);
    let lifetimes = match (&a.lifetime, &b.lifetime) {
        (Some(x), Some(y)) if x != y => Some((x.clone(), y.clone())),
        _ => None,
    };
    Comparison {
        header: lines(&a.header, &b.header, claims::header),
        payload: lines(&a.payload, &b.payload, claims::payload),
        lifetimes,
        only_first: only(&first.findings, &second.findings),
        only_second: only(&second.findings, &first.findings),
    }
}

fn lines(first: &[Row], second: &[Row], known: fn(&str) -> Option<&'static Known>) -> Vec<Line> {
    let find = |rows: &[Row], name: &str| {
        rows.iter()
            .find(|r| r.name == name)
            .map(|r| r.value.clone())
    };
    let names = first.iter().map(|r| r.name.as_str()).chain(
        second
            .iter()
            .map(|r| r.name.as_str())
            .filter(|n| !first.iter().any(|r| r.name == *n)),
    );
    let mut out: Vec<Line> = Vec::new();
    for name in names {
        // A name written twice in a token is shown once, as the inspector's table reads it.
        if out.iter().any(|l| l.name == name) {
            continue;
        }
        let (x, y) = (find(first, name), find(second, name));
        let change = match (&x, &y) {
            (Some(x), Some(y)) if x == y => Change::Same,
            (Some(_), Some(_)) => Change::Changed,
            (Some(_), None) => Change::OnlyFirst,
            _ => Change::OnlySecond,
        };
        out.push(Line {
            name: name.to_string(),
            first: x,
            second: y,
            change,
            known: known(name),
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::token::test_support::token;

    const NOW: i64 = 1_800_000_000;

    fn inspected(header: &str, payload: &str) -> Side {
        Side::read(&token(header, payload), NOW).unwrap().unwrap()
    }

    #[test]
    fn staging_and_production_differ_in_issuer_audience_and_lifetime() {
        let a = inspected(
            r#"{"alg":"RS256","typ":"at+jwt","kid":"stg-1"}"#,
            r#"{"iss":"https://id.staging.example","aud":"api","sub":"42","client_id":"app","jti":"a","iat":1800000000,"exp":1800000900}"#,
        );
        let b = inspected(
            r#"{"alg":"RS256","typ":"JWT","kid":"prd-7"}"#,
            r#"{"iss":"https://id.example","aud":"api","sub":"42","client_id":"app","jti":"b","iat":1800000000,"exp":1800086400,"email":"ana@example.com"}"#,
        );
        let c = compare(&a, &b);
        let change =
            |lines: &[Line], name: &str| lines.iter().find(|l| l.name == name).map(|l| l.change);
        assert_eq!(change(&c.header, "alg"), Some(Change::Same));
        assert_eq!(change(&c.header, "typ"), Some(Change::Changed));
        assert_eq!(change(&c.header, "kid"), Some(Change::Changed));
        assert_eq!(change(&c.payload, "iss"), Some(Change::Changed));
        assert_eq!(change(&c.payload, "aud"), Some(Change::Same));
        assert_eq!(change(&c.payload, "email"), Some(Change::OnlySecond));
        // The order is the first token's, then the second's new names.
        let names: Vec<&str> = c.payload.iter().map(|l| l.name.as_str()).collect();
        assert_eq!(
            names,
            [
                "iss",
                "aud",
                "sub",
                "client_id",
                "jti",
                "iat",
                "exp",
                "email"
            ]
        );
        // What a name means comes with it.
        let iss = c.payload.iter().find(|l| l.name == "iss").unwrap();
        assert_eq!(iss.known.map(|k| k.title), Some("Issuer"));
        assert_eq!(
            c.lifetime_line().as_deref(),
            Some("Lifetime (exp − iat): 15 min in the first, 24 h in the second.")
        );
        // The second is a generic JWT with personal data and a long life: findings the first
        // does not draw.
        assert!(!c.only_second.is_empty(), "{:?}", c.only_second);
        assert_eq!(
            c.summary(),
            "6 header parameters and claims differ; 0 findings only the first draws, 3 findings \
             only the second."
        );
    }

    #[test]
    fn what_is_not_a_token_says_why_and_nothing_pasted_says_nothing() {
        assert_eq!(Side::read("  ", NOW), None);
        let e = Side::read("hello", NOW).unwrap().unwrap_err();
        assert!(!e.is_empty(), "a message a user understands");
        // Each side keeps its own verdict, never better than the facts without a key.
        let a = inspected(r#"{"alg":"HS256","typ":"at+jwt"}"#, r#"{"sub":"1"}"#);
        assert!(!a.verdict.headline.is_empty());
        assert_ne!(
            a.verdict.decision,
            crate::token::checks::verdict::Decision::Accept
        );
    }

    #[test]
    fn one_token_against_itself_differs_in_nothing() {
        let a = inspected(r#"{"alg":"HS256"}"#, r#"{"sub":"1","iat":1800000000}"#);
        let c = compare(&a, &a);
        assert_eq!(c.differences(), 0);
        assert_eq!(c.lifetime_line(), None);
        assert!(c.only_first.is_empty() && c.only_second.is_empty());
        assert_eq!(
            c.summary(),
            "The two tokens carry the same header and claims; they draw the same findings."
        );
    }

    #[test]
    fn a_name_only_the_first_has_and_a_payload_that_is_not_an_object() {
        let a = inspected(r#"{"alg":"HS256","kid":"k"}"#, r#"{"sub":"1"}"#);
        let b = inspected(r#"{"alg":"HS256"}"#, r#"[1,2]"#);
        let c = compare(&a, &b);
        assert_eq!(c.header[1].change, Change::OnlyFirst);
        assert_eq!(c.header[1].second, None);
        assert_eq!(c.payload.len(), 1);
        assert_eq!(c.payload[0].change, Change::OnlyFirst);
    }
}
