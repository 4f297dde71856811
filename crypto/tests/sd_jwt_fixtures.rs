//! SD-JWTs made by the IETF's reference implementation (Python's sd-jwt,
//! `scripts/sd_jwt_fixtures.py`): their Disclosures hashed as the worker hashes them, the
//! claims they reveal as the reference verifier revealed them, the Key Binding JWT's `sd_hash`
//! and signature, and a changed Disclosure caught.

use authpick_core::token::jose::decode::decode;
use authpick_core::token::jose::key::KeyInput;
use authpick_core::token::protocols::bound_token::{Digest, HashOf};
use authpick_core::token::protocols::sd_jwt::{
    hash_alg, holder_key, key_binding, resolve, split, KeyBinding, Problem, Resolved, SdJwt,
};
use authpick_crypto::token_hash::token_hash;
use authpick_crypto::verify::verify;
use serde_json::Value;

fn fixtures() -> Value {
    serde_json::from_str(include_str!("../../tests/fixtures/sd-jwt-fixtures.json")).unwrap()
}

/// What the page does with a pasted SD-JWT, with the worker's hashes.
fn process(text: &str) -> (SdJwt, Resolved, Option<KeyBinding>) {
    let sd = split(text).expect("an SD-JWT");
    let payload = decode(&sd.issuer_jwt).unwrap().payload.unwrap().unwrap();
    let digest = hash_alg(&payload.map).digest().expect("a known hash");
    let hash = HashOf {
        digest,
        left_half: false,
    };
    let digests: Vec<String> = sd.to_hash().iter().map(|t| token_hash(hash, t)).collect();
    let n = sd.disclosures.len();
    let r = resolve(&payload.map, &sd.disclosures, &digests[..n]);
    let kb = key_binding(&sd, Some(&digests[n]));
    assert_eq!(digest, Digest::Sha256);
    (sd, r, kb)
}

#[test]
fn a_presentation_reveals_what_the_reference_verifier_revealed() {
    let f = fixtures();
    let (sd, r, kb) = process(f["presentation"].as_str().unwrap());
    assert_eq!(r.problems, []);
    assert_eq!(r.claims, f["presented_claims"]);
    let mut paths: Vec<&str> = r.revealed.iter().map(|x| x.path.as_str()).collect();
    paths.sort();
    assert_eq!(
        paths,
        ["/address/locality", "/given_name", "/nationalities/0"]
    );
    assert!(
        r.undisclosed > 3,
        "withheld claims and decoys: {}",
        r.undisclosed
    );
    assert_eq!(kb, Some(KeyBinding::Matches));
    // The Key Binding JWT verifies with the holder's key from cnf, the issuer-signed JWT with
    // the issuer's.
    let payload = decode(&sd.issuer_jwt).unwrap().payload.unwrap().unwrap();
    let holder = holder_key(&payload.map).unwrap();
    let kb_jwt = sd.key_binding.unwrap();
    assert!(verify(
        &kb_jwt,
        &decode(&kb_jwt).unwrap(),
        &KeyInput::Public(holder)
    )
    .is_valid());
    let issuer = KeyInput::Public(f["issuer_jwk"].to_string());
    assert!(verify(&sd.issuer_jwt, &decode(&sd.issuer_jwt).unwrap(), &issuer).is_valid());
}

#[test]
fn an_issuance_discloses_everything_and_carries_no_key_binding() {
    let f = fixtures();
    let (sd, r, kb) = process(f["issuance"].as_str().unwrap());
    assert_eq!(r.problems, []);
    assert_eq!(r.revealed.len(), sd.disclosures.len());
    assert!(r.undisclosed > 0, "the issuer added decoys");
    assert_eq!(kb, Some(KeyBinding::Absent));
}

#[test]
fn a_changed_disclosure_is_caught_twice() {
    let f = fixtures();
    let text = f["presentation"].as_str().unwrap();
    let sd = split(text).unwrap();
    // A Disclosure of the holder's own making: its digest is nowhere, and sd_hash no longer
    // covers what is presented.
    let forged =
        authpick_core::token::jose::base64url::encode(br#"["salt","given_name","Mallory"]"#);
    let changed = text.replacen(&sd.disclosures[0], &forged, 1);
    let (_, r, kb) = process(&changed);
    assert!(r
        .problems
        .contains(&Problem::Unreferenced { disclosure: 0 }));
    assert!(matches!(kb, Some(KeyBinding::Differs { .. })));
}

fn rfc() -> Value {
    serde_json::from_str(include_str!("../../tests/fixtures/rfc9901-sd-jwt.json")).unwrap()
}

/// RFC 9901 §4.2.3's digests of its §4.2.1 and §4.2.2 Disclosures.
#[test]
fn rfc_9901_disclosure_digests() {
    let v = rfc();
    let sha256 = HashOf {
        digest: Digest::Sha256,
        left_half: false,
    };
    for (d, h) in [
        ("disclosure_family_name", "disclosure_family_name_digest"),
        ("disclosure_fr", "disclosure_fr_digest"),
    ] {
        assert_eq!(
            token_hash(sha256, v[d].as_str().unwrap()),
            v[h].as_str().unwrap()
        );
    }
}

/// RFC 9901 §5.1: every Disclosure of the example is referenced, and the issuer-signed JWT
/// verifies with Appendix A.5's key; §5.2: the presentation reveals what the RFC's processed
/// payload shows, and its Key Binding JWT matches sd_hash and verifies with cnf.
#[test]
fn rfc_9901_example_and_presentation() {
    let v = rfc();
    let (sd, r, kb) = process(v["issuance"].as_str().unwrap());
    assert_eq!((r.problems.len(), r.revealed.len()), (0, 10));
    assert_eq!(kb, Some(KeyBinding::Absent));
    let issuer = KeyInput::Public(v["issuer_jwk"].to_string());
    assert!(verify(&sd.issuer_jwt, &decode(&sd.issuer_jwt).unwrap(), &issuer).is_valid());

    let (sd, r, kb) = process(v["presentation"].as_str().unwrap());
    assert_eq!(r.problems, []);
    assert_eq!(r.claims["given_name"], "John");
    assert_eq!(r.claims["family_name"], "Doe");
    assert_eq!(r.claims["nationalities"], serde_json::json!(["US"]));
    assert!(r.claims["address"].is_object());
    assert_eq!(kb, Some(KeyBinding::Matches));
    let payload = decode(&sd.issuer_jwt).unwrap().payload.unwrap().unwrap();
    let holder = KeyInput::Public(holder_key(&payload.map).unwrap());
    let kb_jwt = sd.key_binding.unwrap();
    assert!(verify(&kb_jwt, &decode(&kb_jwt).unwrap(), &holder).is_valid());
}

/// The worker's report on RFC 9901 §5.2's presentation: four claims, no problem, sd_hash and
/// the Key Binding JWT's signature both good.
#[test]
fn the_worker_reports_the_rfc_presentation() {
    use authpick_core::token::service::verification::Tone;
    let r = authpick_crypto::sd_jwt::report(rfc()["presentation"].as_str().unwrap()).unwrap();
    assert_eq!(r.revealed.len(), 4, "{:?}", r.revealed);
    assert!(r
        .revealed
        .iter()
        .any(|l| l.starts_with(r#"/given_name: "John""#)));
    let checks: Vec<(Tone, &str)> = r
        .checks
        .iter()
        .map(|(t, id, _)| (*t, id.as_str()))
        .collect();
    assert_eq!(
        checks,
        [
            (Tone::Valid, "sd_hash"),
            (Tone::Valid, "kb-signature"),
            (Tone::Neutral, "kb-claims")
        ]
    );
    assert!(r.checks[2]
        .2
        .contains("aud https://verifier.example.org and nonce 1234567890"));
}
