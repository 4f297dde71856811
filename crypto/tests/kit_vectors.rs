//! The test kit against an independent JOSE library. `write_cases` (ignored: run it by name)
//! writes the kits for an HS256, an RS256 and an ES256 issuer to `target/kit_cases.json`;
//! `scripts/kit_fixtures.py` verifies every token with Python's joserfc, configured as a careful
//! verifier for that issuer (its algorithm, its key, its iss, aud and typ, at the kits' time),
//! and writes `crypto/tests/vectors/kit_joserfc.json`. This test makes the kits again and checks
//! that each token is the one joserfc judged, and that joserfc rejected every token the kit
//! says a verifier must reject and accepted the one it must accept.

use authpick_core::token::jose::alg::Alg;
use authpick_core::token::jose::key::SecretEncoding;
use authpick_core::token::kit::{cases, Made};
use authpick_crypto::kit::{make, KitKey};
use serde_json::{json, Map, Value};

/// The kits' clock: 2027-01-15, so that the fixture's tokens never depend on today.
const NOW: i64 = 1_800_000_000;
const SECRET: &str = "kit-test-secret-of-thirty-two-bytes!";

fn keys() -> Value {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../tests/fixtures/private-keys.json"
    ))
    .unwrap();
    serde_json::from_str::<Value>(&text).unwrap()["keys"].clone()
}

fn object(v: Value) -> Map<String, Value> {
    v.as_object().cloned().unwrap()
}

/// An issuer of the fixture and its kit.
struct Issuer {
    name: &'static str,
    alg: Alg,
    /// The secret or private key that signs.
    signing: String,
    /// The public key, as a verifier holds it.
    public: Option<String>,
    made: Vec<Made>,
}

/// Each issuer with the kit for its access token.
fn kits() -> Vec<Issuer> {
    let keys = keys();
    let header = object(json!({"typ": "at+jwt", "kid": "k1"}));
    let payload = object(json!({
        "iss": "https://id.example", "aud": "https://api.example", "sub": "42",
        "client_id": "app", "jti": "j1", "iat": 1, "exp": 2
    }));
    let issuers = [
        ("hs256", Alg::Hs256, SECRET.to_string(), None),
        (
            "rs256",
            Alg::Rs256,
            keys["rsa"]["pkcs8"].as_str().unwrap().to_string(),
            Some(keys["rsa"]["public"].as_str().unwrap().to_string()),
        ),
        (
            "es256",
            Alg::Es256,
            keys["p256"]["pkcs8"].as_str().unwrap().to_string(),
            Some(keys["p256"]["public"].as_str().unwrap().to_string()),
        ),
    ];
    issuers
        .into_iter()
        .map(|(name, alg, signing, public)| {
            let key = KitKey {
                alg,
                signing: &signing,
                encoding: SecretEncoding::Text,
                public_pem: public.as_deref(),
            };
            let made = make(cases(&header, &payload, alg, NOW).unwrap(), &key);
            Issuer {
                name,
                alg,
                signing: signing.clone(),
                public: public.clone(),
                made,
            }
        })
        .collect()
}

#[test]
#[ignore = "writes target/kit_cases.json for scripts/kit_fixtures.py"]
fn write_cases() {
    let out: Vec<Value> = kits()
        .into_iter()
        .map(|Issuer { name, alg, signing, public, made }| {
            json!({
                "issuer": name, "alg": alg.name(), "now": NOW,
                "secret": if alg.is_hmac() { Some(signing) } else { None },
                "public": public,
                "iss": "https://id.example", "aud": "https://api.example", "typ": "at+jwt",
                "tokens": made.iter().map(|m| json!({
                    "id": m.case.id, "must": m.case.must.word(), "token": m.token.clone().unwrap(),
                })).collect::<Vec<_>>(),
            })
        })
        .collect();
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../target/kit_cases.json");
    std::fs::write(path, serde_json::to_string_pretty(&out).unwrap()).unwrap();
}

#[test]
fn joserfc_rejects_every_token_the_kit_says_to_reject_and_accepts_the_control() {
    let fixture: Value = serde_json::from_str(
        &std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/vectors/kit_joserfc.json"
        ))
        .unwrap(),
    )
    .unwrap();
    let mut checked = 0;
    for Issuer { name, made, .. } in kits() {
        let judged = fixture["issuers"]
            .as_array()
            .unwrap()
            .iter()
            .find(|i| i["issuer"] == name)
            .unwrap_or_else(|| panic!("{name}: not in the fixture"));
        for m in &made {
            let j = judged["tokens"]
                .as_array()
                .unwrap()
                .iter()
                .find(|t| t["id"] == m.case.id)
                .unwrap_or_else(|| panic!("{name} {}: not in the fixture", m.case.id));
            assert_eq!(
                Some(j["token"].as_str().unwrap()),
                m.token.as_deref().ok(),
                "{name} {}: the kit no longer makes the token joserfc judged",
                m.case.id
            );
            assert_eq!(
                j["joserfc"].as_str().unwrap(),
                m.case.must.word(),
                "{name} {}: joserfc says {} ({})",
                m.case.id,
                j["joserfc"],
                j["why"]
            );
            checked += 1;
        }
    }
    assert_eq!(checked, 58, "every token of the three kits");
}

/// The tools page builds the cases itself and has the worker sign them
/// (`ToolRequest::Kit`): the worker's tokens are the ones joserfc judged, for every issuer.
#[test]
fn the_worker_signs_the_pages_kit_as_the_command_line_does() {
    use authpick_core::token::service::messages::{read_reply, request_message, Reply};
    use authpick_core::token::service::tools::{ToolReply, ToolRequest};
    let header = object(json!({"typ": "at+jwt", "kid": "k1"}));
    let payload = object(json!({
        "iss": "https://id.example", "aud": "https://api.example", "sub": "42",
        "client_id": "app", "jti": "j1", "iat": 1, "exp": 2
    }));
    for issuer in kits() {
        let cases = cases(&header, &payload, issuer.alg, NOW).unwrap();
        let request = ToolRequest::kit(&cases, &issuer.signing, issuer.public.as_deref());
        let answer = authpick_crypto::service::respond(&request_message(1, request.wrap()), || 0.0);
        let Reply::Tool(text) = read_reply(&answer).unwrap().body else {
            panic!("{}: not a tool reply", issuer.name)
        };
        let Ok(ToolReply::Kit(tokens)) = ToolReply::read(&text) else {
            panic!("{}: not a kit", issuer.name)
        };
        let want: Vec<Result<String, String>> =
            issuer.made.iter().map(|m| m.token.clone()).collect();
        assert_eq!(tokens, want, "{}", issuer.name);
        let made = authpick_core::token::kit::made(cases, tokens).unwrap();
        assert_eq!(made.len(), issuer.made.len());
    }
}
