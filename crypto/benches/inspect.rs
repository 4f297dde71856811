//! Timing of the inspector's core, natively: decoding plus every finding except the secret
//! search, for a 2 KB token (budget: under 1 ms), the whole secret search, and verifying one
//! token of each public-key algorithm with its JWK (budget: under 10 ms each; the slowest is
//! printed), and decrypting a 2 KB JWE of each `alg` (budget: under 10 ms each). The tokens are
//! the jose, Python `cryptography` and joserfc fixtures.
//! Run with `cargo bench -p authpick-crypto --bench inspect`. Plain timing, no harness: the figures go to README.

use std::hint::black_box;
use std::time::Instant;

use authpick_core::token::checks::findings::{findings, Conditions};
use authpick_core::token::jose::base64url::encode;
use authpick_core::token::jose::decode::decode;
use authpick_core::token::jose::key::KeyInput;
use authpick_crypto::jwe::decrypt;
use authpick_crypto::secrets::search;
use authpick_crypto::verify::verify;
use serde_json::Value;

/// Every fixture token with a public JWK: (alg, token, JWK).
fn signed_fixtures() -> Vec<(String, String, String)> {
    let mut out = Vec::new();
    for text in [
        include_str!("../../tests/fixtures/jose-fixtures.json"),
        include_str!("../../tests/fixtures/ml-dsa-fixtures.json"),
    ] {
        let v: Value = serde_json::from_str(text).expect("fixtures are JSON");
        for t in v["tokens"].as_array().expect("tokens") {
            if t.get("jwk").is_some() {
                out.push((
                    t["alg"].as_str().unwrap_or_default().to_string(),
                    t["token"].as_str().unwrap_or_default().to_string(),
                    t["jwk"].to_string(),
                ));
            }
        }
    }
    out
}

fn median_micros(runs: usize, mut f: impl FnMut()) -> f64 {
    let mut times: Vec<f64> = (0..runs)
        .map(|_| {
            let start = Instant::now();
            f();
            start.elapsed().as_secs_f64() * 1e6
        })
        .collect();
    times.sort_by(f64::total_cmp);
    times[runs / 2]
}

fn main() {
    // A 2 KB HS256 token with a realistic spread of claims.
    let padding = "x".repeat(1330);
    let payload = format!(
        r#"{{"iss":"https://id.example","aud":["api","billing"],"sub":"user-42","iat":1800000000,"exp":1800000900,"scope":"read write","roles":["admin","dev"],"email":"a@example.com","note":"{padding}"}}"#
    );
    let header = r#"{"alg":"HS256","typ":"at+jwt","kid":"k1"}"#;
    let unsigned = format!(
        "{}.{}",
        encode(header.as_bytes()),
        encode(payload.as_bytes())
    );
    let token = format!("{unsigned}.{}", encode(&[7u8; 32]));
    let ctx = Conditions {
        now: 1_800_000_100,
        bearer: false,
        requests_per_day: Some(1e6),
    };

    let inspect = median_micros(2001, || {
        let d = decode(black_box(&token)).expect("decodes");
        black_box(findings(&token, &d, &ctx));
    });
    let d = decode(&token).expect("decodes");
    let searched = median_micros(21, || {
        black_box(search(&token, &d).expect("HS256"));
    });
    println!("token: {} bytes", token.len());
    println!("decode + findings (median of 2001): {inspect:.1} µs (budget 1000 µs)");
    println!(
        "secret search over the whole list (median of 21): {:.2} ms",
        searched / 1000.0
    );
    let mut slowest = (String::new(), 0.0);
    for (alg, token, jwk) in signed_fixtures() {
        let d = decode(&token).expect("decodes");
        let key = KeyInput::Public(jwk);
        assert!(verify(&token, &d, &key).is_valid(), "{alg} verifies");
        let t = median_micros(51, || {
            black_box(verify(black_box(&token), &d, &key));
        });
        println!("  {alg}: {:.2} ms", t / 1000.0);
        if t > slowest.1 {
            slowest = (alg, t);
        }
    }
    println!(
        "verifying with a JWK, slowest algorithm (median of 51): {} in {:.2} ms (budget 10 ms)",
        slowest.0,
        slowest.1 / 1000.0
    );
    // Decrypting a 2 KB JWE of each alg with its key (joserfc's tokens; PBES2 at p2c 4096,
    // whose time grows with p2c by design).
    let v: Value = serde_json::from_str(include_str!("../tests/vectors/joserfc_jwe.json"))
        .expect("vectors are JSON");
    let mut slowest_jwe = (String::new(), 0.0);
    for t in v["large"].as_array().expect("large") {
        let name = format!(
            "{} {}",
            t["alg"].as_str().unwrap_or(""),
            t["enc"].as_str().unwrap_or("")
        );
        let token = t["compact"].as_str().unwrap_or_default().to_string();
        let key = match t.get("password").and_then(Value::as_str) {
            Some(p) => KeyInput::Secret {
                text: p.to_string(),
                encoding: authpick_core::token::jose::key::SecretEncoding::Text,
            },
            None => KeyInput::Public(t["jwk"].to_string()),
        };
        assert!(decrypt(&token, &key).is_ok(), "{name} decrypts");
        let time = median_micros(51, || {
            black_box(decrypt(black_box(&token), &key).ok());
        });
        println!("  {name} ({} bytes): {:.2} ms", token.len(), time / 1000.0);
        if time > slowest_jwe.1 {
            slowest_jwe = (name, time);
        }
    }
    println!(
        "decrypting a 2 KB JWE, slowest alg (median of 51): {} in {:.2} ms (budget 10 ms)",
        slowest_jwe.0,
        slowest_jwe.1 / 1000.0
    );
    // Checking RFC 9901 §5.2's presentation (1.9 KB): every Disclosure hashed, the payload
    // processed, sd_hash and the Key Binding JWT's signature, as the worker does.
    let rfc: Value = serde_json::from_str(include_str!("../../tests/fixtures/rfc9901-sd-jwt.json"))
        .expect("RFC 9901 vectors are JSON");
    let presentation = rfc["presentation"].as_str().unwrap_or_default().to_string();
    let sd_jwt = median_micros(51, || {
        black_box(authpick_crypto::sd_jwt::report(black_box(&presentation)));
    });
    println!(
        "checking a {}-byte SD-JWT with its key binding (median of 51): {:.2} ms (budget 10 ms)",
        presentation.len(),
        sd_jwt / 1000.0
    );
    if inspect > 1000.0 || slowest.1 > 10_000.0 || slowest_jwe.1 > 10_000.0 || sd_jwt > 10_000.0 {
        eprintln!("over budget");
        std::process::exit(1);
    }
}
