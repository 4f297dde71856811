//! Timing of the inspector's core, natively: decoding plus every finding except the secret
//! search, for a 2 KB token (budget: under 1 ms), and the whole secret search.
//! Run with `cargo bench -p authpick-crypto --bench inspect`. Plain timing, no harness: the figures go to README.

use std::hint::black_box;
use std::time::Instant;

use authpick_core::token::base64url::encode;
use authpick_core::token::decode::decode;
use authpick_core::token::findings::{findings, Conditions};
use authpick_crypto::secrets::search;

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
        requests_per_day: 1e6,
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
    if inspect > 1000.0 {
        eprintln!("over budget");
        std::process::exit(1);
    }
}
