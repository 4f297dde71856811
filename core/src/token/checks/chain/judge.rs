//! What a chain's facts mean: one line per check of RFC 5280 §6.1 that this page makes, each
//! passed or failed with its rule, and a verdict that reads "Trusted" only when every line
//! passed. The checks are the ones the issue of a token's key needs: the token's signature by
//! the first certificate's key, each certificate's signature by the next, the last one's by an
//! anchor the user chose, validity at the token's time and now, basic constraints, path
//! lengths, key usage and unknown critical extensions. Policies and name constraints are not
//! processed; a certificate that marks them critical fails, as RFC 5280 §4.2 requires.

use serde::{Deserialize, Serialize};

use super::input::ChainFrom;
use super::{CertFacts, End, Facts, Signed};
use crate::text;
use crate::token::cite::{cite, Cite};
use crate::token::jose::time::utc;

/// The rule a line checks, for its source.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Rule {
    /// The token's signature is the first certificate's key's.
    TokenKey,
    /// Each certificate is signed by the next, whose subject is its issuer.
    Signature,
    /// The chain ends at an anchor the user chose.
    Anchor,
    /// Each certificate is within its validity period.
    Validity,
    /// Each certificate that signs another is a CA.
    BasicConstraints,
    /// No more intermediates follow a CA than its path length allows.
    PathLength,
    /// Key usage allows what each key did.
    KeyUsage,
    /// No critical extension goes unprocessed.
    CriticalExtension,
}

impl Rule {
    /// The rule's primary source.
    pub fn cite(self) -> Cite {
        match self {
            Rule::TokenKey => cite(
                "RFC 7515 §4.1.6",
                "https://www.rfc-editor.org/rfc/rfc7515#section-4.1.6",
            ),
            Rule::Signature => cite(
                "RFC 5280 §6.1.3",
                "https://www.rfc-editor.org/rfc/rfc5280#section-6.1.3",
            ),
            Rule::Anchor => cite(
                "RFC 5280 §6.1.1",
                "https://www.rfc-editor.org/rfc/rfc5280#section-6.1.1",
            ),
            Rule::Validity => cite(
                "RFC 5280 §4.1.2.5",
                "https://www.rfc-editor.org/rfc/rfc5280#section-4.1.2.5",
            ),
            Rule::BasicConstraints | Rule::PathLength => cite(
                "RFC 5280 §4.2.1.9",
                "https://www.rfc-editor.org/rfc/rfc5280#section-4.2.1.9",
            ),
            Rule::KeyUsage => cite(
                "RFC 5280 §4.2.1.3",
                "https://www.rfc-editor.org/rfc/rfc5280#section-4.2.1.3",
            ),
            Rule::CriticalExtension => cite(
                "RFC 5280 §4.2",
                "https://www.rfc-editor.org/rfc/rfc5280#section-4.2",
            ),
        }
    }
}

/// One check, passed or failed, in a sentence.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Line {
    /// Whether it passed.
    pub ok: bool,
    /// What was checked and found.
    pub text: String,
    /// The rule, for its source.
    pub rule: Rule,
}

/// One certificate as the page lists it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CertLine {
    /// "Certificate 1 (the token's key)", "Certificate 2", "Your anchor".
    pub role: String,
    /// The subject's name.
    pub subject: String,
    /// The issuer's name.
    pub issuer: String,
    /// "2025-01-01 00:00:00 UTC to 2035-01-01 00:00:00 UTC".
    pub valid: String,
}

/// The judgement of a chain.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Report {
    /// Whether every check passed.
    pub trusted: bool,
    /// The verdict in a sentence.
    pub headline: String,
    /// The certificates, the token's key first.
    pub certs: Vec<CertLine>,
    /// Every check: the failed ones first.
    pub lines: Vec<Line>,
}

/// Judges `facts` at `now`, and at the token's issue time when there is one.
pub fn judge(facts: &Facts, from: ChainFrom, issued_at: Option<i64>, now: i64) -> Report {
    let mut lines = Vec::new();
    let name = |i: usize| format!("certificate {} (“{}”)", i + 1, facts.certs[i].subject);
    if let Some(signed) = &facts.token {
        lines.push(token_line(signed, &facts.certs[0].subject));
    }
    for (i, signed) in facts.links.iter().enumerate() {
        let this = text::capitalise(&name(i));
        lines.push(link_line(signed, &this, &name(i + 1), &facts.certs[i]));
    }
    lines.push(end_line(&facts.end, facts.certs.len()));
    // When the chain ends with the anchor itself, the anchor is trusted as the user gave it:
    // RFC 5280 §6.1 checks the certificates of the path, and the anchor is its input, not one
    // of them. A single certificate is checked even when it is the anchor.
    let path = match facts.end {
        End::IsAnchor { .. } if facts.certs.len() > 1 => &facts.certs[..facts.certs.len() - 1],
        _ => &facts.certs[..],
    };
    lines.extend(validity_lines(path, issued_at, now));
    lines.extend(constraint_lines(path, facts.token.is_some()));
    lines.sort_by_key(|l| l.ok);

    let failed = lines.iter().filter(|l| !l.ok).count();
    let trusted = failed == 0;
    let source = match from {
        ChainFrom::Header => "The token's chain",
        ChainFrom::Pasted => "The pasted chain",
    };
    let headline = if trusted {
        let anchor = match &facts.end {
            End::IsAnchor { anchor } | End::IssuedBy { anchor, .. } => anchor.as_str(),
            End::NoAnchor { .. } => "",
        };
        let signed = if facts.token.is_some() {
            ", and its first certificate's key signed this token"
        } else {
            ""
        };
        format!("Trusted. {source} leads to your anchor “{anchor}”{signed}.")
    } else {
        format!(
            "Not trusted. {source} fails {failed} of {} checks.",
            lines.len()
        )
    };
    let mut certs: Vec<CertLine> = facts
        .certs
        .iter()
        .enumerate()
        .map(|(i, c)| CertLine {
            role: if i == 0 {
                "Certificate 1 (the token's key)".to_string()
            } else {
                format!("Certificate {}", i + 1)
            },
            subject: c.subject.clone(),
            issuer: c.issuer.clone(),
            valid: format!("{} to {}", utc(c.not_before), utc(c.not_after)),
        })
        .collect();
    if let End::IsAnchor { .. } = facts.end {
        if let Some(last) = certs.last_mut() {
            last.role.push_str(", your anchor");
        }
    }
    Report {
        trusted,
        headline,
        certs,
        lines,
    }
}

fn token_line(signed: &Signed, leaf: &str) -> Line {
    let (ok, text) = match signed {
        Signed::Verifies => (
            true,
            format!("The token's signature verifies with the key of certificate 1 (“{leaf}”)."),
        ),
        Signed::Fails | Signed::NameMismatch => (
            false,
            format!(
                "The token's signature does not verify with the key of certificate 1 \
                 (“{leaf}”): whoever holds that certificate did not sign this token."
            ),
        ),
        Signed::Unchecked(why) => (
            false,
            format!("The token's signature was not checked against certificate 1: {why}."),
        ),
    };
    Line {
        ok,
        text,
        rule: Rule::TokenKey,
    }
}

fn link_line(signed: &Signed, this: &str, next: &str, cert: &CertFacts) -> Line {
    let (ok, text) = match signed {
        Signed::Verifies => (true, format!("{this} is signed by {next}.")),
        Signed::Fails => (false, format!("{this} is not signed by the key of {next}.")),
        Signed::NameMismatch => (
            false,
            format!(
                "{this} names “{}” as its issuer, but the next is {next}: the chain is out of \
                 order or a certificate is missing.",
                cert.issuer
            ),
        ),
        Signed::Unchecked(why) => (
            false,
            format!("{this}'s signature by {next} was not checked: {why}."),
        ),
    };
    Line {
        ok,
        text,
        rule: Rule::Signature,
    }
}

fn end_line(end: &End, count: usize) -> Line {
    let last = format!("Certificate {count}");
    let (ok, text) = match end {
        End::IsAnchor { anchor } => (true, format!("{last} is your anchor “{anchor}”.")),
        End::IssuedBy {
            anchor,
            signed: Signed::Verifies,
        } => (true, format!("{last} is signed by your anchor “{anchor}”.")),
        End::IssuedBy {
            anchor,
            signed: Signed::Unchecked(why),
        } => (
            false,
            format!("{last}'s signature by your anchor “{anchor}” was not checked: {why}."),
        ),
        End::IssuedBy { anchor, .. } => (
            false,
            format!(
                "{last} names your anchor “{anchor}” as its issuer, but your anchor's key did \
                 not sign it: a certificate with the same name and another key."
            ),
        ),
        End::NoAnchor { issuer } => (
            false,
            format!(
                "{last} was issued by “{issuer}”, which is none of your anchors: the chain \
                 does not lead to a certificate you trust."
            ),
        ),
    };
    Line {
        ok,
        text,
        rule: Rule::Anchor,
    }
}

fn validity_lines(certs: &[CertFacts], issued_at: Option<i64>, now: i64) -> Vec<Line> {
    let mut lines = Vec::new();
    let mut times = vec![(now, "now".to_string())];
    if let Some(t) = issued_at {
        times.push((t, format!("when the token was issued ({})", utc(t))));
    }
    for (i, c) in certs.iter().enumerate() {
        for (t, when) in &times {
            let problem = if *t < c.not_before {
                Some(format!("is not valid until {}", utc(c.not_before)))
            } else if *t > c.not_after {
                Some(format!("expired on {}", utc(c.not_after)))
            } else {
                None
            };
            if let Some(problem) = problem {
                lines.push(Line {
                    ok: false,
                    text: format!(
                        "Certificate {} (“{}”) {problem}: it is outside its validity period {when}.",
                        i + 1,
                        c.subject
                    ),
                    rule: Rule::Validity,
                });
            }
        }
    }
    if lines.is_empty() {
        let when = if issued_at.is_some() {
            "now and when the token was issued"
        } else {
            "now"
        };
        lines.push(Line {
            ok: true,
            text: format!("Every certificate is within its validity period {when}."),
            rule: Rule::Validity,
        });
    }
    lines
}

fn constraint_lines(certs: &[CertFacts], signs_token: bool) -> Vec<Line> {
    let mut lines = Vec::new();
    let fail = |text: String, rule| Line {
        ok: false,
        text,
        rule,
    };
    for (i, c) in certs.iter().enumerate() {
        let this = format!("Certificate {} (“{}”)", i + 1, c.subject);
        if i > 0 {
            match c.basic_constraints {
                Some(b) if b.ca => {
                    // RFC 5280 §6.1.4 (l), (m): self-issued certificates below do not count.
                    let below = certs[1..i].iter().filter(|c| !c.self_issued).count();
                    if let Some(max) = b.path_len.filter(|max| usize::from(*max) < below) {
                        lines.push(fail(
                            format!(
                                "{this} allows {max} intermediate certificate{} below it, and \
                                 {below} follow.",
                                if max == 1 { "" } else { "s" }
                            ),
                            Rule::PathLength,
                        ));
                    }
                }
                _ => lines.push(fail(
                    format!(
                        "{this} signs certificate {i}, but it is not a CA: its basic constraints \
                         {}.",
                        if c.basic_constraints.is_some() {
                            "do not set cA"
                        } else {
                            "are missing"
                        }
                    ),
                    Rule::BasicConstraints,
                )),
            }
            if c.key_usage.is_some_and(|k| !k.key_cert_sign) {
                lines.push(fail(
                    format!(
                        "{this} signs certificate {i}, but its key usage leaves out keyCertSign."
                    ),
                    Rule::KeyUsage,
                ));
            }
        } else if signs_token && c.key_usage.is_some_and(|k| !k.digital_signature) {
            lines.push(fail(
                format!("{this} signed the token, but its key usage leaves out digitalSignature."),
                Rule::KeyUsage,
            ));
        }
        for oid in &c.unknown_critical {
            lines.push(fail(
                format!(
                    "{this} has a critical extension ({oid}) that this check does not process, \
                     so it must reject the certificate."
                ),
                Rule::CriticalExtension,
            ));
        }
    }
    if lines.is_empty() {
        lines.push(Line {
            ok: true,
            text: "Every certificate that signs another is a CA allowed to sign certificates, \
                   within its path length, and no critical extension goes unprocessed."
                .to_string(),
            rule: Rule::BasicConstraints,
        });
    }
    lines
}

#[cfg(test)]
mod tests;
