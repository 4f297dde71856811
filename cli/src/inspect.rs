//! `authpick inspect`: the inspector page's own model, run in-process with the crypto worker's
//! code (`authpick_crypto::local`), and what it shows gathered into one report that the text,
//! JSON and SARIF outputs all print. Nothing here judges a token: the verdict, the kind and the
//! findings are the core's, so the command line and the page cannot disagree.

use serde::Serialize;
use serde_json::Value;

use authpick_core::token::checks::findings::{Finding, Role, Severity};
use authpick_core::token::checks::verdict::Decision;
use authpick_core::token::forms::key_form::KeyMode;
use authpick_core::token::inspector::{Act, Inspector};
use authpick_core::token::jose::key::SecretEncoding;
use authpick_core::token::service::verification::{ResultKind, Tone};
use authpick_crypto::local::Local;

/// The schema the JSON output follows (cli/schema/inspect-v1.json). A change that could break
/// a reader gets a new number.
pub const SCHEMA: &str = "authpick-inspect/1";

/// What the user gave besides the token.
#[derive(Debug, Default)]
pub struct Given {
    /// A public key's text (PEM, JWK or JWKS).
    pub key: Option<String>,
    /// A secret's text, and how it is written.
    pub secret: Option<(String, SecretEncoding)>,
    /// The access token, for `at_hash`, `ath` and `cnf.jkt`.
    pub access_token: Option<String>,
    /// The authorization code, for `c_hash`.
    pub code: Option<String>,
    /// The nonce the app sent.
    pub nonce: Option<String>,
    /// A DPoP proof's request: the method and the URL.
    pub method: Option<String>,
    /// The URL the proof was sent to.
    pub url: Option<String>,
}

/// Everything the inspector says of a token, in the order the page shows it.
#[derive(Debug, Serialize)]
pub struct Report {
    /// `authpick-inspect/1`.
    pub schema: &'static str,
    /// The instant the token was judged at, in seconds since 1970 and in UTC.
    pub at: i64,
    /// The same instant, as people read it.
    pub at_utc: String,
    /// Where in the input the token was found ("after “Bearer”").
    pub found: Option<String>,
    /// Why no token could be read; then everything below is empty.
    pub unreadable: Option<String>,
    /// What a careful verifier would do, and why.
    pub verdict: Option<VerdictOut>,
    /// The kind of token the checks took it for, and why.
    pub kind: Option<KindOut>,
    /// The header and the payload, as decoded (JSON objects, in their own key order).
    pub header: Option<Value>,
    /// The payload; absent for an encrypted token or a payload that is not JSON.
    pub payload: Option<Value>,
    /// Every finding, most severe first.
    pub findings: Vec<FindingOut>,
    /// The checks against what was given beside the token (hashes, nonce, DPoP request).
    pub checks: Vec<CheckOut>,
}

/// The verdict.
#[derive(Debug, Serialize)]
pub struct VerdictOut {
    /// The decision itself, for the exit status.
    #[serde(skip)]
    pub decided: Decision,
    /// `accept`, `reject` or `undecided`.
    pub decision: &'static str,
    /// Its first line.
    pub headline: String,
    /// The deciding reason.
    pub detail: String,
    /// The signature's standing.
    pub signature: String,
}

/// The kind of token.
#[derive(Debug, Serialize)]
pub struct KindOut {
    /// A stable id: `access`, `id`, `dpop-proof`…
    pub id: &'static str,
    /// "an access token".
    pub name: &'static str,
    /// Why, in a sentence.
    pub because: String,
    /// The provider recognised from `iss`, if any.
    pub provider: Option<&'static str>,
}

/// One finding.
#[derive(Debug, Serialize)]
pub struct FindingOut {
    /// Its severity itself, for `--fail-on`.
    #[serde(skip)]
    pub level: Severity,
    /// The kind of finding's stable id (`alg-none`, `weak-secret`…), SARIF's rule id.
    pub id: &'static str,
    /// `critical`, `high`, `medium`, `low` or `info`.
    pub severity: &'static str,
    /// `verifier` (what to do with this token) or `issuer` (how tokens like it are issued).
    pub role: &'static str,
    /// Its heading, about this token.
    pub title: String,
    /// Why it matters.
    pub explanation: String,
    /// What to do.
    pub fix: &'static str,
    /// The sections it rests on.
    pub sources: Vec<SourceOut>,
}

/// A source.
#[derive(Debug, Serialize)]
pub struct SourceOut {
    /// "RFC 8725 §3.1".
    pub label: &'static str,
    /// A deep link to the section, where it is online.
    pub url: Option<&'static str>,
}

/// A check against what was given beside the token.
#[derive(Debug, Serialize)]
pub struct CheckOut {
    /// `pass`, `note` or `fail`.
    pub outcome: &'static str,
    /// What it found, in a sentence.
    pub text: String,
}

/// Inspects `input` at `now` with what was given, as the page would. Beside the report: why
/// the key or secret given could not be read, if it could not (a usage error, not a verdict).
pub fn inspect(input: &str, now: i64, given: &Given) -> (Report, Option<String>) {
    let mut local = Local::new(now);
    local.act(Act::Input {
        text: input.to_string(),
        now,
    });
    if let Some((secret, encoding)) = &given.secret {
        local.act(Act::KeyMode(KeyMode::Secret));
        local.act(Act::Encoding(*encoding));
        local.act(Act::Secret(secret.clone()));
    } else if let Some(key) = &given.key {
        local.act(Act::KeyMode(KeyMode::Public));
        local.act(Act::PublicKey(key.clone()));
    } else if local.page().offers_proof_key() {
        // A DPoP proof verifies with the key in its own header (RFC 9449 §4.3): the page offers
        // it with a button; here it is taken when no other key was given.
        local.act(Act::UseProofKey);
    }
    let texts = [
        (&given.access_token, Act::AccessToken as fn(String) -> Act),
        (&given.code, Act::Code),
        (&given.nonce, Act::Nonce),
        (&given.method, Act::Method),
        (&given.url, Act::Url),
    ];
    for (value, act) in texts {
        if let Some(v) = value {
            local.act(act(v.clone()));
        }
    }
    let bad_key = local
        .page()
        .verification()
        .filter(|r| r.kind == ResultKind::BadKey)
        .map(|r| r.message.clone());
    (report(local.page(), now), bad_key)
}

fn report(page: &Inspector, now: i64) -> Report {
    let inspection = page.inspection();
    let decoded = inspection.and_then(|i| i.decoded.as_ref().ok());
    let json = |o: Option<&authpick_core::token::jose::decode::JsonObject>| {
        o.map(|o| Value::Object(o.map.clone()))
    };
    Report {
        schema: SCHEMA,
        at: now,
        at_utc: authpick_core::token::jose::time::utc(now),
        found: inspection.map(|i| i.location.to_string()),
        unreadable: page.input_message().err(),
        verdict: page.verdict().map(|v| VerdictOut {
            decided: v.decision,
            decision: v.decision.id(),
            headline: v.headline,
            detail: v.detail,
            signature: v.signature,
        }),
        kind: inspection.and_then(|i| i.assumed()).map(|k| KindOut {
            id: k.kind.id(),
            name: k.profile().name,
            because: k.sentence(),
            provider: k.provider.map(|p| p.name()),
        }),
        header: json(decoded.and_then(|d| d.header.as_ref().ok())),
        payload: json(decoded.and_then(|d| d.payload.as_ref()?.as_ref().ok())),
        findings: page.findings().iter().map(finding).collect(),
        checks: checks(page),
    }
}

fn finding(f: &Finding) -> FindingOut {
    let entry = f.entry();
    FindingOut {
        level: f.severity(),
        id: f.id(),
        severity: f.severity().id(),
        role: match f.role() {
            Role::Verifier => "verifier",
            Role::Issuer => "issuer",
        },
        title: f.title.clone(),
        explanation: f.explanation.clone(),
        fix: entry.fix,
        sources: entry
            .sources
            .iter()
            .map(|c| SourceOut {
                label: c.label,
                url: c.url,
            })
            .collect(),
    }
}

fn outcome(tone: Tone) -> &'static str {
    match tone {
        Tone::Valid => "pass",
        Tone::Neutral => "note",
        Tone::Invalid => "fail",
    }
}

fn checks(page: &Inspector) -> Vec<CheckOut> {
    let mut out: Vec<CheckOut> = page
        .hash_checks()
        .iter()
        .map(|c| CheckOut {
            outcome: outcome(c.tone()),
            text: c.to_string(),
        })
        .collect();
    out.extend(page.nonce_check().map(|n| CheckOut {
        outcome: outcome(n.tone()),
        text: n.to_string(),
    }));
    out.extend(page.jkt_check().map(|j| CheckOut {
        outcome: outcome(j.tone()),
        text: j.to_string(),
    }));
    for r in page.request_checks().into_iter().flatten() {
        out.push(CheckOut {
            outcome: outcome(r.check.tone()),
            text: r.message,
        });
    }
    out
}

/// Whether a finding is at least as severe as `floor` (`None`: never).
pub fn fails(report: &Report, floor: Option<Severity>) -> bool {
    floor.is_some_and(|floor| report.findings.iter().any(|f| f.level <= floor))
}

/// Whether a careful verifier would reject the token, or no token could be read.
pub fn rejected(report: &Report) -> bool {
    report.unreadable.is_some()
        || report
            .verdict
            .as_ref()
            .is_some_and(|v| v.decided == Decision::Reject)
}
