//! The inspector page as its user drives it: every act, what goes to the worker, which reply
//! still counts, and what the page then shows.

use super::*;
use crate::token::checks::report::Inspection;
use crate::token::jose::base64url::encode;
use crate::token::protocols::bound_token::Given;
use crate::token::service::messages::{read_request, reply_message, Envelope, READY};
use crate::token::service::verification::{KeyUsed, Reported, Verification, SEARCHING};
use crate::token::test_support::token;

const NOW: i64 = 1_800_000_000;

fn hs256() -> String {
    token(
        r#"{"alg":"HS256","typ":"at+jwt"}"#,
        r#"{"iss":"https://id.example","aud":"api","sub":"42","client_id":"app","jti":"t1","iat":1800000000,"exp":1800000600}"#,
    )
}

/// The requests posted, but for the descriptions of the names, which every new token asks
/// for (`the_names_are_described_by_the_worker_for_the_token_on_the_page` pins those).
fn requests(commands: &[Command]) -> Vec<Envelope<Request>> {
    all_requests(commands)
        .into_iter()
        .filter(|r| !matches!(r.body, Request::Describe { .. }))
        .collect()
}

fn all_requests(commands: &[Command]) -> Vec<Envelope<Request>> {
    commands
        .iter()
        .filter_map(|c| match c {
            Command::Worker(Action::Post(m)) => read_request(m).ok(),
            _ => None,
        })
        .collect()
}

/// A page whose worker is ready.
fn ready() -> Inspector {
    let mut m = Inspector::new(NOW);
    assert_eq!(m.update(Act::Idle), [Command::Worker(Action::Start)]);
    assert!(m.update(Act::Started(Ok(()))).is_empty());
    assert!(m.update(Act::Message(READY.into())).is_empty());
    assert_eq!(m.phase(), Phase::Ready);
    m
}

fn paste(m: &mut Inspector, text: &str) -> Vec<Envelope<Request>> {
    requests(&m.update(Act::Input {
        text: text.into(),
        now: NOW,
    }))
}

fn answer(m: &mut Inspector, id: u32, reply: Reply) -> Vec<Command> {
    m.update(Act::Message(reply_message(id, reply, 1.5)))
}

fn valid() -> Reply {
    Reply::Verified(Some(Reported::from(&Verification::Valid {
        key: KeyUsed::Secret { bytes: 32 },
    })))
}

#[test]
fn an_empty_page_asks_for_a_token_and_sends_nothing() {
    let mut m = Inspector::new(NOW);
    assert!(m.update(Act::Rate("5".into())).is_empty());
    assert!(m.input_message().unwrap_err().starts_with("Paste a token"));
    assert_eq!(m.verdict(), None);
    assert!(m.findings().is_empty());
    assert_eq!(m.size(), None);
    assert!(m
        .example_note()
        .starts_with("Each example comes with the key"));
}

#[test]
fn requests_wait_for_the_worker_and_go_once_it_is_ready() {
    let mut m = Inspector::new(NOW);
    // The first request starts the worker, and waits for it.
    let c = m.update(Act::Input {
        text: hs256(),
        now: NOW,
    });
    assert_eq!(c, [Command::Worker(Action::Start)]);
    assert!(m.update(Act::Started(Ok(()))).is_empty());
    let sent = requests(&m.update(Act::Message(READY.into())));
    assert!(matches!(
        sent[..],
        [Envelope {
            body: Request::Search { .. },
            ..
        }]
    ));
    assert_eq!(m.search_line().map(|s| s.text), Some(SEARCHING.into()));
}

#[test]
fn a_key_is_sent_with_its_token_and_only_the_latest_answer_counts() {
    let mut m = ready();
    let t = hs256();
    let search = paste(&mut m, &t);
    assert_eq!(search.len(), 1, "the secret search, for an HMAC token");
    let first = requests(&m.update(Act::Secret("one".into())));
    assert!(
        matches!(&first[..], [Envelope { body: Request::Verify { token, .. }, .. }] if *token == t)
    );
    // A second key before the answer: it waits, and the first answer is dropped.
    let strong = "a secret of thirty-two bytes, ok";
    assert!(requests(&m.update(Act::Secret(strong.into()))).is_empty());
    let next = requests(&answer(&mut m, first[0].id, valid()));
    assert_eq!(m.verification(), None, "the answer for the first key");
    assert!(
        matches!(&next[..], [Envelope { body: Request::Verify { key: KeyInput::Secret { text, .. }, .. }, .. }] if text == strong)
    );
    answer(&mut m, next[0].id, valid());
    assert!(m.verification().is_some_and(Reported::is_valid));
    assert_eq!(m.worker_ms(), Some(1.5));
    assert_eq!(
        m.verdict().map(|v| v.headline),
        Some("✓ Accept: it passes every check here".into())
    );
    // The same answer for a 3-byte secret: valid, and anyone can forge it.
    let sent = requests(&m.update(Act::Secret("two".into())));
    answer(&mut m, sent[0].id, valid());
    assert_eq!(
        m.verdict().map(|v| v.headline),
        Some("✗ Reject: anyone can forge it".into())
    );
    // Emptying the field cancels: no request, and nothing verified is shown.
    assert!(requests(&m.update(Act::Secret(String::new()))).is_empty());
    assert_eq!(m.verification(), None);
    assert_eq!(
        m.verdict().map(|v| v.headline),
        Some("Cannot tell yet: the signature is not verified".into())
    );
}

#[test]
fn an_answer_about_another_token_is_never_shown() {
    let mut m = ready();
    paste(&mut m, &hs256());
    let sent = requests(&m.update(Act::Secret("k".into())));
    let other = token(r#"{"alg":"HS256"}"#, r#"{"sub":"other"}"#);
    let resent = paste(&mut m, &other);
    assert!(resent.iter().all(|r| r.id != sent[0].id));
    answer(&mut m, sent[0].id, valid());
    assert_eq!(m.verification(), None);
}

#[test]
fn the_secret_search_runs_for_hmac_tokens_only_and_its_find_is_a_finding() {
    let mut m = ready();
    let es = token(r#"{"alg":"ES256"}"#, "{}");
    assert!(paste(&mut m, &es).is_empty(), "no search for ES256");
    assert_eq!(m.search_line(), None);
    let sent = paste(&mut m, &hs256());
    assert!(matches!(sent[0].body, Request::Search { .. }));
    answer(
        &mut m,
        sent[0].id,
        Reply::Searched(Some(SearchResult::Found("secret".into()))),
    );
    let line = m.search_line().unwrap();
    assert!(line.found && line.text.contains("“secret”"), "{line:?}");
    assert_eq!(m.findings()[0].id(), "weak-secret");
    // The page changes token: the search is for the new one, and the old find is gone.
    paste(&mut m, &token(r#"{"alg":"HS384"}"#, "{}"));
    assert_eq!(m.search_line().map(|s| s.found), Some(false));
    assert!(m.findings().iter().all(|f| f.id() != "weak-secret"));
}

#[test]
fn a_worker_that_fails_stops_the_search_and_the_signing_and_sends_nothing_more() {
    let mut m = ready();
    paste(&mut m, &hs256());
    assert!(m.search_line().is_some());
    m.update(Act::Bench(Bench::Sign));
    assert_eq!(m.update(Act::WorkerError), [Command::Worker(Action::Stop)]);
    assert_eq!(m.search_line(), None, "not “checking” for ever");
    assert!(m.workbench().failed());
    assert!(m.failure().is_some());
    assert!(requests(&m.update(Act::Secret("k".into()))).is_empty());
    m.update(Act::Example {
        id: "healthy",
        now: NOW,
    });
    assert!(m.example_note().contains("unavailable"));
}

#[test]
fn a_rate_that_does_not_read_gives_no_bandwidth_anywhere() {
    let mut m = ready();
    paste(&mut m, &hs256());
    let size = |m: &Inspector| {
        m.findings()
            .iter()
            .find(|f| f.id() == "size")
            .map(|f| f.explanation.clone())
            .unwrap()
    };
    assert!(
        size(&m).contains("a day at 1,000,000 requests"),
        "{}",
        size(&m)
    );
    m.update(Act::Rate("lots".into()));
    assert!(!size(&m).contains("a day"), "{}", size(&m));
    let view = m.size().unwrap();
    assert!(view.rate_error.is_some());
    assert!(view.text.bandwidth.starts_with("Give a number"));
}

#[test]
fn remembering_saves_the_token_found_and_unticking_forgets_it() {
    let mut m = ready();
    let t = hs256();
    paste(&mut m, &t);
    assert_eq!(
        m.update(Act::Remember(true))
            .into_iter()
            .filter(|c| !matches!(c, Command::Worker(_)))
            .collect::<Vec<_>>(),
        [Command::Save(t.clone())]
    );
    // Half-typed input leaves the saved token; saving the same token again is not repeated.
    assert!(!m
        .update(Act::Input {
            text: "half".into(),
            now: NOW
        })
        .iter()
        .any(|c| matches!(c, Command::Save(_) | Command::Forget)));
    assert!(m.input_problem());
    assert_eq!(m.update(Act::Remember(false)), [Command::Forget]);
    // A remembered token comes back ticked.
    let mut again = Inspector::new(NOW);
    let c = again.update(Act::Restored {
        token: t.clone(),
        now: NOW,
    });
    assert!(again.remember() && again.token() == Some(t.as_str()));
    assert!(c.contains(&Command::Save(t)));
}

#[test]
fn an_example_opens_with_its_key_and_says_what_it_teaches() {
    let mut m = ready();
    let sent = requests(&m.update(Act::Example {
        id: "weak-secret",
        now: NOW,
    }));
    assert!(
        matches!(&sent[..], [Envelope { body: Request::Example { id, .. }, .. }] if id == "weak-secret")
    );
    let key = KeyInput::Secret {
        text: "secret".into(),
        encoding: SecretEncoding::Text,
    };
    let c = answer(
        &mut m,
        sent[0].id,
        Reply::Example(Some((hs256(), Some(key.clone())))),
    );
    assert!(c.contains(&Command::FocusToken));
    assert_eq!(m.token(), Some(hs256().as_str()));
    assert_eq!(m.key_form().key(), Some(key));
    assert!(m.example_note().starts_with("Example “Weak secret”"));
    // Opening sends the verification and the search for the new token.
    let kinds: Vec<_> = requests(&c).into_iter().map(|r| r.body).collect();
    assert!(kinds.iter().any(|r| matches!(r, Request::Verify { .. })));
    assert!(kinds.iter().any(|r| matches!(r, Request::Search { .. })));
    // Typing replaces an example still being signed.
    let sent = requests(&m.update(Act::Example {
        id: "expired",
        now: NOW,
    }));
    paste(&mut m, "x");
    answer(&mut m, sent[0].id, Reply::Example(Some((hs256(), None))));
    assert_eq!(m.input(), "x");
}

#[test]
fn a_hash_for_another_alg_does_not_describe_the_new_token() {
    let payload = r#"{"iss":"https://id.example","sub":"u","aud":"c","iat":1800000000,"exp":1800000600,"at_hash":"abc"}"#;
    let mut m = ready();
    paste(&mut m, &token(r#"{"alg":"RS256"}"#, payload));
    let sent = requests(&m.update(Act::AccessToken("opaque".into())));
    answer(&mut m, sent[0].id, Reply::Hashed("abc".into()));
    assert!(m.hash_checks()[0].is_match());
    // The same access token beside an RS384 token: its SHA-256 answer says nothing of this one.
    let sent = paste(&mut m, &token(r#"{"alg":"RS384"}"#, payload));
    assert!(
        m.hash_checks().is_empty(),
        "until the worker has hashed it again"
    );
    assert!(!m.findings().iter().any(|f| f.id() == "binding-mismatch"));
    assert!(sent
        .iter()
        .any(|e| matches!(&e.body, Request::Hash { text, .. } if text == "opaque")));
}

#[test]
fn an_id_token_is_checked_against_the_access_token_the_code_and_the_nonce() {
    let mut m = ready();
    let id = token(
        r#"{"alg":"RS256"}"#,
        r#"{"iss":"https://id.example","sub":"u","aud":"c","iat":1800000000,"exp":1800000600,"nonce":"n-1","at_hash":"abc","c_hash":"def"}"#,
    );
    paste(&mut m, &id);
    assert!(m.bindings().is_some_and(|b| b.is_ok_and(|b| b.len() == 2)));
    assert!(m.asks(Given::AccessToken) && m.asks(Given::Code));
    assert!(m.asks_nonce());
    let sent = requests(&m.update(Act::AccessToken(" opaque ".into())));
    assert!(
        matches!(&sent[..], [Envelope { body: Request::Hash { text, .. }, .. }] if text == "opaque")
    );
    assert!(m.hash_checks().is_empty(), "until the worker has hashed it");
    answer(&mut m, sent[0].id, Reply::Hashed("abc".into()));
    assert!(m.hash_checks()[0].is_match());
    // The code is hashed on its own slot, beside the access token.
    let sent = requests(&m.update(Act::Code("the-code".into())));
    assert!(
        matches!(&sent[..], [Envelope { body: Request::Hash { text, .. }, .. }] if text == "the-code")
    );
    answer(&mut m, sent[0].id, Reply::Hashed("zzz".into()));
    let checks = m.hash_checks();
    assert_eq!(checks.len(), 2);
    assert!(checks[0].is_match() && !checks[1].is_match());
    assert!(checks[1]
        .to_string()
        .contains("the authorization code hashes to zzz"));
    assert!(m.findings().iter().any(|f| f.id() == "binding-mismatch"));
    assert_eq!(
        m.verdict().map(|v| v.decision),
        Some(crate::token::checks::verdict::Decision::Reject)
    );
    m.update(Act::AccessToken("other".into()));
    assert_eq!(
        m.hash_checks().len(),
        1,
        "the access token's hash was of another text"
    );
    assert_eq!(m.nonce_check(), None);
    m.update(Act::Nonce("n-2".into()));
    assert!(m.nonce_check().is_some_and(|n| !n.is_match()));
    // An ID token with neither hash is offered the nonce only.
    paste(
        &mut m,
        &token(
            r#"{"alg":"EdDSA"}"#,
            r#"{"iss":"https://id.example","sub":"u","aud":"c","nonce":"n","auth_time":1}"#,
        ),
    );
    assert!(!m.asks(Given::AccessToken) && !m.asks(Given::Code));
    assert!(m.asks_nonce());
}

#[test]
fn a_dpop_proof_offers_its_own_key_and_is_checked_against_its_request() {
    let mut m = ready();
    let jwk = r#"{"kty":"EC","crv":"P-256","x":"l8tFrhx-34tV3hRICRDY9zCkDlpBhF42UQUfWVAWBFs","y":"9VE4jf_Ok_o64zbTTlcuNJajHmt6v9TDVrU0CdvGRDA"}"#;
    let proof = token(
        &format!(r#"{{"alg":"ES256","typ":"dpop+jwt","jwk":{jwk}}}"#),
        r#"{"jti":"j","htm":"GET","htu":"https://api.example/r","iat":1800000000}"#,
    );
    paste(&mut m, &proof);
    assert!(m.offers_proof_key());
    let sent = requests(&m.update(Act::UseProofKey));
    assert_eq!(m.key_form().mode, KeyMode::Public);
    assert!(matches!(sent[0].body, Request::Verify { .. }));
    m.update(Act::Method("POST".into()));
    let checks = m.request_checks().unwrap();
    assert!(
        checks
            .iter()
            .any(|c| c.claim == "htm"
                && c.check == crate::token::protocols::dpop_request::Check::Fail)
    );
    // The access token's cnf.jkt against the proof key's thumbprint, hashed in the worker.
    let access = token(
        r#"{"alg":"ES256","typ":"at+jwt"}"#,
        r#"{"cnf":{"jkt":"0ZcOCORZNYy-DWpqq30jZyJGHTN0d2HglBV3uiguA4I"}}"#,
    );
    let sent = requests(&m.update(Act::AccessToken(access)));
    let thumb = sent
        .iter()
        .find(|r| matches!(&r.body, Request::Hash { text, .. } if text.starts_with('{')))
        .expect("the key's JSON is hashed");
    answer(
        &mut m,
        thumb.id,
        Reply::Hashed("0ZcOCORZNYy-DWpqq30jZyJGHTN0d2HglBV3uiguA4I".into()),
    );
    assert!(m.jkt_check().is_some_and(|c| c.is_match()));
}

#[test]
fn an_sd_jwt_is_checking_until_its_report_comes() {
    let mut m = ready();
    let issued = token(
        r#"{"alg":"HS256","typ":"dc+sd-jwt"}"#,
        r#"{"_sd":[],"_sd_alg":"sha-256"}"#,
    );
    let text = format!("{issued}~WyJzYWx0IiwibmFtZSIsInZhbHVlIl0~");
    let sent = paste(&mut m, &text);
    let sd = sent
        .iter()
        .find(|r| matches!(r.body, Request::SdJwt { .. }))
        .expect("the SD-JWT check");
    assert_eq!(m.sd_jwt(), Some(None));
    let report = crate::token::protocols::sd_jwt::Report {
        summary: "s".into(),
        revealed: Vec::new(),
        checks: Vec::new(),
    };
    answer(&mut m, sd.id, Reply::SdJwt(Some(report.clone())));
    assert_eq!(m.sd_jwt(), Some(Some(&report)));
    // The size panel weighs the whole presentation, Disclosures included, not the JWT alone.
    assert_eq!(
        m.size().unwrap().text.bytes,
        format!("{} bytes", text.len())
    );
    assert!(text.len() > issued.len());
    paste(&mut m, &hs256());
    assert_eq!(m.sd_jwt(), None);
}

#[test]
fn the_workbench_draws_a_secret_signs_and_opens_its_token() {
    let mut m = ready();
    assert_eq!(
        m.update(Act::Bench(Bench::Generate)),
        [Command::Draw {
            bytes: 32,
            purpose: Purpose::Secret
        }]
    );
    m.update(Act::Bench(Bench::Drawn {
        purpose: Purpose::Secret,
        result: Ok("s3cr3t".into()),
    }));
    assert_eq!(m.workbench().key, "s3cr3t");
    let sent = requests(&m.update(Act::Bench(Bench::Sign)));
    assert!(matches!(sent[0].body, Request::Sign(_)));
    assert_eq!(m.workbench().announcement().as_deref(), Some("Signing…"));
    answer(&mut m, sent[0].id, Reply::Signed(Ok(hs256())));
    let c = m.update(Act::Bench(Bench::Open { now: NOW }));
    assert!(c.contains(&Command::FocusToken));
    assert_eq!(m.token(), Some(hs256().as_str()));
    assert_eq!(m.key_form().secret, "s3cr3t");
    // A key pair for ES256 comes from the browser; ML-DSA's from a drawn seed, in the worker.
    m.update(Act::Bench(Bench::Alg("ES256".into())));
    assert_eq!(
        m.update(Act::Bench(Bench::Generate)),
        [Command::MakePair(KeyKind::P256)]
    );
    m.update(Act::Bench(Bench::Alg("ML-DSA-44".into())));
    let c = m.update(Act::Bench(Bench::Generate));
    assert!(matches!(
        c[..],
        [Command::Draw {
            purpose: Purpose::Seed(KeyKind::MlDsa44),
            ..
        }]
    ));
    let sent = requests(&m.update(Act::Bench(Bench::Drawn {
        purpose: Purpose::Seed(KeyKind::MlDsa44),
        result: Ok("seed".into()),
    })));
    assert!(matches!(&sent[0].body, Request::KeyPair { alg, .. } if alg == "ML-DSA-44"));
    answer(
        &mut m,
        sent[0].id,
        Reply::KeyPair(Ok(("private".into(), "public".into()))),
    );
    assert_eq!(m.workbench().verifying, "public");
}

#[test]
fn a_nested_token_keeps_its_outer_layer_and_is_never_stored() {
    let mut m = ready();
    let jwe = format!(
        "{}.a2V5.aXY.Y2lwaGVy.dGFn",
        encode(br#"{"alg":"dir","enc":"A256GCM","cty":"JWT"}"#)
    );
    paste(&mut m, &jwe);
    m.update(Act::Remember(true));
    let sent = requests(&m.update(Act::Secret("k".into())));
    let decrypt = sent
        .iter()
        .find(|r| matches!(r.body, Request::Decrypt { .. }))
        .expect("a JWE is decrypted");
    assert!(sent
        .iter()
        .all(|r| !matches!(r.body, Request::Search { .. })));
    let inner = hs256();
    answer(
        &mut m,
        decrypt.id,
        Reply::Decrypted(Ok(Decrypted {
            message: "✓ Decrypted with the secret.".into(),
            heading: "A nested token".into(),
            body: inner.clone(),
            nested: Some(inner.clone()),
        })),
    );
    assert!(m.holds_nested());
    let c = m.update(Act::OpenInner { now: NOW });
    assert_eq!(m.token(), Some(inner.as_str()));
    assert!(m
        .layer()
        .is_some_and(|l| l.contains("Decrypted with the secret")));
    assert!(
        !c.iter().any(|c| matches!(c, Command::Save(_))),
        "the inner token is never saved"
    );
    m.update(Act::BackToOuter { now: NOW });
    assert_eq!(m.token(), Some(jwe.as_str()));
    assert_eq!(m.key_form().secret, "k");
    assert_eq!(m.layer(), None);
}

#[test]
fn a_reply_of_the_wrong_shape_answers_nothing() {
    let mut m = ready();
    paste(&mut m, &hs256());
    let sent = requests(&m.update(Act::Secret("k".into())));
    answer(&mut m, sent[0].id, Reply::Hashed("x".into()));
    assert_eq!(m.verification(), None);
    // And a message the page cannot read stops the worker.
    assert_eq!(
        m.update(Act::Message("not json".into())),
        [Command::Worker(Action::Stop)]
    );
    assert_eq!(m.phase().name(), "failed");
}

#[test]
fn the_clock_moves_relative_times_and_expiry() {
    let mut m = ready();
    paste(&mut m, &hs256());
    let fresh = m.verdict().unwrap();
    assert!(!fresh.headline.contains("expired"));
    m.update(Act::Tick(NOW + 3600));
    assert_eq!(m.verdict().unwrap().headline, "✗ Reject: it has expired");
    let exp = |i: &Inspection| {
        i.payload
            .iter()
            .find(|r| r.name == "exp")
            .and_then(|r| r.time.clone())
            .map(|t| t.relative)
    };
    assert_eq!(
        m.inspection().and_then(exp).as_deref(),
        Some("expired 50 min ago")
    );
}

#[test]
fn the_names_are_described_by_the_worker_for_the_token_on_the_page() {
    use crate::token::jose::vendor_claims::Meaning;
    let mut m = ready();
    let t = token(
        r#"{"alg":"RS256","kid":"k"}"#,
        r#"{"iss":"https://login.microsoftonline.com/t/v2.0","scp":"read","oid":"o"}"#,
    );
    let sent = all_requests(&m.update(Act::Input {
        text: t.clone(),
        now: NOW,
    }));
    let describe = sent
        .iter()
        .find(|r| matches!(r.body, Request::Describe { .. }))
        .expect("the names are sent to be described");
    let Request::Describe { names, provider } = &describe.body else {
        unreachable!()
    };
    assert_eq!(
        names
            .iter()
            .map(|n| (n.header, n.name.as_str()))
            .collect::<Vec<_>>(),
        [
            (true, "alg"),
            (true, "kid"),
            (false, "iss"),
            (false, "scp"),
            (false, "oid")
        ]
    );
    assert_eq!(
        *provider,
        Some(crate::token::jose::dialects::Provider::EntraV2)
    );
    assert_eq!(m.meanings(), None, "until the worker answers");
    let said = vec![
        None,
        None,
        None,
        Some(Meaning {
            title: String::new(),
            meaning: "Delegated scopes.".into(),
            source: ("Microsoft".into(), "https://learn.microsoft.com/".into()),
            by: Some("Microsoft Entra ID (v2.0)".into()),
        }),
        None,
    ];
    answer(&mut m, describe.id, Reply::Described(said.clone()));
    assert_eq!(m.meanings(), Some(said.as_slice()));
    // Another token: the descriptions were of the old one.
    paste(&mut m, &hs256());
    assert_eq!(m.meanings(), None);
}

#[test]
fn a_pasted_token_is_edited_in_the_workbench_and_shown_beside_its_signed_successor() {
    let mut m = ready();
    // Keys in an order no serialiser would choose, and an algorithm other than the bench's.
    let old = token(
        r#"{"typ":"JWT","alg":"HS384","kid":"k1"}"#,
        r#"{"sub":"42","aud":"api","iss":"https://id.example"}"#,
    );
    paste(&mut m, &old);
    assert_eq!(m.before(), None);
    assert!(!m.workbench().shown, "the workbench starts closed");
    let c = m.update(Act::Bench(Bench::Edit));
    assert_eq!(c, [Command::FocusWorkbench]);
    let wb = m.workbench();
    assert!(wb.shown, "editing opens it");
    assert_eq!(wb.header, r#"{"typ":"JWT","alg":"HS384","kid":"k1"}"#);
    assert_eq!(
        wb.payload,
        r#"{"sub":"42","aud":"api","iss":"https://id.example"}"#
    );
    assert_eq!(wb.alg, crate::token::jose::alg::Alg::Hs384);
    // Changed and signed: the draft keeps the order; the signed token opens beside the old one.
    m.update(Act::Bench(Bench::Payload(
        r#"{"sub":"43","aud":"api","iss":"https://id.example"}"#.into(),
    )));
    m.update(Act::Bench(Bench::Key("a-secret".into())));
    let sent = requests(&m.update(Act::Bench(Bench::Sign)));
    let Request::Sign(draft) = &sent[0].body else {
        panic!("not a signing request")
    };
    assert_eq!(draft.alg, "HS384");
    assert_eq!(draft.header, r#"{"typ":"JWT","alg":"HS384","kid":"k1"}"#);
    let new = token(
        r#"{"typ":"JWT","alg":"HS384","kid":"k1"}"#,
        r#"{"sub":"43","aud":"api","iss":"https://id.example"}"#,
    );
    answer(&mut m, sent[0].id, Reply::Signed(Ok(new.clone())));
    m.update(Act::Bench(Bench::Open { now: NOW }));
    assert_eq!(m.token(), Some(new.as_str()));
    assert_eq!(m.before(), Some(old.as_str()));
    // Another token in view: the old one is no longer shown beside it.
    paste(&mut m, &hs256());
    assert_eq!(m.before(), None);
    // A token that is not a JWS with JSON parts cannot be edited: nothing happens.
    paste(&mut m, "a.b.c.d.e");
    assert!(m.update(Act::Bench(Bench::Edit)).is_empty());
}
