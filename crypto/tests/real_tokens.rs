//! The conformance suite of real tokens (`tests/fixtures/real-tokens.json`): tokens that identity
//! providers, RFCs and libraries published, with the keys their sources publish, each with the
//! kind, the verdict and the findings a careful reader of the specifications expects. Each is
//! run through the whole inspector as the page runs it: the core's page model
//! (`token::inspector`), answered by the real crypto worker's code (`authpick_crypto::service`)
//! instead of a Web Worker. Besides the published tokens, a few are changed here the way an
//! attacker or an accident would change them, to pin what must then be rejected.

use authpick_core::token::inspector::Act;
use authpick_core::token::jose::key::SecretEncoding;
use authpick_crypto::local::Local;
use serde_json::Value;

/// The page, with its worker answering at once (`authpick_crypto::local`).
type Page = Local;

/// The page after pasting `token` at `at` and giving its key, if the source publishes one.
fn inspect(t: &Value) -> Page {
    let at = t["at"].as_i64().expect("at");
    let mut page = Page::new(at);
    page.act(Act::Input {
        text: t["token"].as_str().expect("token").into(),
        now: at,
    });
    give_key(&mut page, &t["key"]);
    if let Some(access) = t.get("access_token").and_then(Value::as_str) {
        page.act(Act::AccessToken(access.into()));
    }
    page
}

fn give_key(page: &mut Page, key: &Value) {
    if key.get("proof").is_some() {
        page.act(Act::UseProofKey);
    } else if let Some(secret) = key.get("secret").and_then(Value::as_str) {
        let encoding = match key["encoding"].as_str() {
            Some("base64url") => SecretEncoding::Base64Url,
            _ => SecretEncoding::Text,
        };
        page.act(Act::KeyMode(
            authpick_core::token::forms::key_form::KeyMode::Secret,
        ));
        page.act(Act::Encoding(encoding));
        page.act(Act::Secret(secret.into()));
    } else if let Some(public) = key.get("public").and_then(Value::as_str) {
        page.act(Act::KeyMode(
            authpick_core::token::forms::key_form::KeyMode::Public,
        ));
        page.act(Act::PublicKey(public.into()));
    }
}

/// What the page says of the token, in the fixture's terms.
struct Seen {
    kind: &'static str,
    provider: Option<String>,
    decision: &'static str,
    headline: String,
    findings: Vec<&'static str>,
}

fn seen(page: &Page) -> Seen {
    let m = page.page();
    let identified = m
        .inspection()
        .and_then(|i| i.assumed())
        .expect("the token decodes");
    let verdict = m.verdict().expect("a verdict");
    Seen {
        kind: identified.kind.id(),
        provider: identified.provider.map(|p| format!("{p:?}")),
        decision: verdict.decision.id(),
        headline: verdict.headline,
        findings: m.findings().iter().map(|f| f.id()).collect(),
    }
}

fn fixtures() -> Vec<Value> {
    let v: Value = serde_json::from_str(include_str!("../../tests/fixtures/real-tokens.json"))
        .expect("the fixtures are JSON");
    v["tokens"].as_array().expect("tokens").clone()
}

#[test]
fn every_real_token_gets_the_kind_verdict_and_findings_its_specifications_give() {
    let tokens = fixtures();
    assert!(tokens.len() >= 40, "at least 40 real tokens");
    let mut wrong = Vec::new();
    for t in &tokens {
        let id = t["id"].as_str().unwrap_or("?");
        assert!(
            t["source"].as_str().is_some_and(|s| !s.is_empty())
                && t["licence"].as_str().is_some_and(|s| !s.is_empty()),
            "{id}: every token names its source and licence"
        );
        let e = &t["expect"];
        let s = seen(&inspect(t));
        let mut problems = Vec::new();
        if s.kind != e["kind"] {
            problems.push(format!("kind {} (expected {})", s.kind, e["kind"]));
        }
        if s.provider.as_deref() != e["provider"].as_str() {
            problems.push(format!(
                "provider {:?} (expected {})",
                s.provider, e["provider"]
            ));
        }
        if s.decision != e["decision"] {
            problems.push(format!(
                "verdict {} “{}” (expected {})",
                s.decision, s.headline, e["decision"]
            ));
        }
        for f in e["findings"].as_array().into_iter().flatten() {
            let f = f.as_str().unwrap_or_default();
            if !s.findings.contains(&f) {
                problems.push(format!("no {f} finding"));
            }
        }
        for f in e["absent"].as_array().into_iter().flatten() {
            let f = f.as_str().unwrap_or_default();
            if s.findings.contains(&f) {
                problems.push(format!("a {f} finding it should not have"));
            }
        }
        if !problems.is_empty() {
            wrong.push(format!(
                "{id}: {} [findings: {}]",
                problems.join("; "),
                s.findings.join(", ")
            ));
        }
    }
    assert!(
        wrong.is_empty(),
        "{} of {} tokens:\n{}",
        wrong.len(),
        tokens.len(),
        wrong.join("\n")
    );
}

fn token(id: &str) -> Value {
    fixtures()
        .into_iter()
        .find(|t| t["id"] == id)
        .unwrap_or_else(|| panic!("no fixture {id}"))
}

/// RFC 9901 §7.1: a verifier rejects an SD-JWT with a Disclosure no digest references, or one
/// used twice; a signature valid for the issuer-signed JWT does not save it.
#[test]
fn an_sd_jwt_with_a_changed_or_repeated_disclosure_is_rejected() {
    let mut t = token("sd-jwt-rfc9901-s5-1-issuance");
    let text = t["token"].as_str().unwrap().to_string();
    let parts: Vec<&str> = text.split('~').collect();
    // The first Disclosure twice.
    let repeated = format!("{}~{}~{}", parts[0], parts[1], parts[1..].join("~"));
    t["token"] = Value::String(repeated);
    let s = seen(&inspect(&t));
    assert_eq!(s.decision, "reject", "{}", s.headline);
    assert!(s.findings.contains(&"sd-jwt-rejected"), "{:?}", s.findings);
    // A Disclosure the issuer never made.
    let made_up = authpick_core::token::jose::base64url::encode(br#"["salt","admin",true]"#);
    t["token"] = Value::String(format!("{}~{made_up}~", parts[0]));
    let s = seen(&inspect(&t));
    assert_eq!(s.decision, "reject", "{}", s.headline);
}

/// RFC 9449 §4.3: a proof made for another access token, or long ago, is rejected.
#[test]
fn a_dpop_proof_for_another_token_or_from_long_ago_is_rejected() {
    let mut t = token("rfc9449-dpop-proof-resource-with-ath");
    t["access_token"] = Value::String("another-access-token".into());
    let s = seen(&inspect(&t));
    assert_eq!(s.decision, "reject", "{}", s.headline);
    assert!(s.findings.contains(&"binding-mismatch"), "{:?}", s.findings);
    // The same proof judged today: its iat of 2019 is far outside any window.
    let mut t = token("rfc9449-dpop-proof-token-endpoint");
    t["at"] = Value::from(1_800_000_000);
    let s = seen(&inspect(&t));
    assert_eq!(s.decision, "reject", "{}", s.headline);
    assert!(
        s.findings.contains(&"dpop-request-mismatch"),
        "{:?}",
        s.findings
    );
}

/// A key that verifies a token does not make it acceptable when anyone could have signed it.
#[test]
fn a_published_secret_is_never_green() {
    let t = token("jwtio-current-hs256");
    let s = seen(&inspect(&t));
    assert_eq!(
        (s.decision, s.headline.as_str()),
        ("reject", "✗ Reject: anyone can forge it")
    );
}
