//! The entry points that read user text, each with its seeds and a way to grow a seed to a
//! given size. Where an entry point takes several texts (a token and a key; a draft's fields),
//! they travel in one input separated by `SEP`, so mutation can damage any of them, or the
//! separator itself.

use authpick_core::guide::link::decode as decode_link;
use authpick_core::guide::navigation::resume;
use authpick_core::guide::KNOWLEDGE;
use authpick_core::token::checks::chain::input::read as read_chain;
use authpick_core::token::checks::findings::{findings, Conditions};
use authpick_core::token::checks::report::{all_findings, input_message, inspect, Verdicts};
use authpick_core::token::forms::examples::LISTING;
use authpick_core::token::jose::base64url::encode;
use authpick_core::token::jose::decode::decode;
use authpick_core::token::jose::extract::extract;
use authpick_core::token::jose::key::{KeyInput, SecretEncoding};
use authpick_core::token::protocols::discovery::{command, discover, for_token};
use authpick_core::token::protocols::dpop_request::{check_request, normalise};
use authpick_core::token::protocols::status_list;
use authpick_core::token::protocols::thumbprint::{bound_key, canonical};
use authpick_core::token::service::draft::{parse_minutes, with_alg, with_times, Draft};
use authpick_core::token::service::messages::{request_message, Request};
use authpick_core::tradeoffs::calculator::ALGORITHMS;
use authpick_core::tradeoffs::costs_form::CostsForm;
use authpick_core::tradeoffs::input::{body_chars_from, parse_amount};
use authpick_core::tradeoffs::params::revocation_from_query;
use authpick_crypto::examples::example;
use authpick_crypto::jwe::decrypt;
use authpick_crypto::service::respond;
use authpick_crypto::sign::sign;
use authpick_crypto::verify::verify;
use serde_json::Value;

/// Separates the texts of one input.
pub const SEP: char = '\u{1e}';

/// One entry point.
pub struct Target {
    pub name: &'static str,
    pub seeds: Vec<String>,
    /// Calls the entry point with the text and a random number (for a clock, an encoding…).
    pub run: fn(&str, u64),
    /// A seed grown to about this many bytes.
    pub grow: fn(&str, usize) -> Vec<u8>,
}

const NOW: i64 = 1_800_000_000;

/// The jose fixtures' tokens and keys, with the ML-DSA ones made by Python's `cryptography`.
fn fixtures() -> Value {
    let mut all: Value =
        serde_json::from_str(include_str!("../../tests/fixtures/jose-fixtures.json"))
            .unwrap_or_default();
    let ml_dsa: Value =
        serde_json::from_str(include_str!("../../tests/fixtures/ml-dsa-fixtures.json"))
            .unwrap_or_default();
    if let (Some(tokens), Some(more)) = (all["tokens"].as_array_mut(), ml_dsa["tokens"].as_array())
    {
        tokens.extend(more.iter().cloned());
    }
    all
}

fn private_keys() -> Value {
    serde_json::from_str(include_str!("../../tests/fixtures/private-keys.json")).unwrap_or_default()
}

fn strings(v: &Value, fields: &[&str]) -> Vec<String> {
    let mut out = Vec::new();
    for item in v.as_array().into_iter().flatten() {
        for f in fields {
            match &item[*f] {
                Value::String(s) => out.push(s.clone()),
                Value::Null => {}
                other => out.push(other.to_string()),
            }
        }
    }
    out
}

fn tokens() -> Vec<String> {
    let mut out = strings(&fixtures()["tokens"], &["token"]);
    out.extend(
        LISTING
            .iter()
            .filter_map(|(id, _, _)| example(id, NOW))
            .map(|e| e.token),
    );
    out.push("eyJ0eXAiOiJKV1QiLA0KICJhbGciOiJIUzI1NiJ9.eyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MTkzODAsDQogImh0dHA6Ly9leGFtcGxlLmNvbS9pc19yb290Ijp0cnVlfQ.dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk".into());
    out.push(format!(
        "{}.a.b.c.d",
        encode(br#"{"alg":"RSA-OAEP","enc":"A128GCM"}"#)
    ));
    out
}

fn pastes() -> Vec<String> {
    let mut out = tokens();
    let t = out[0].clone();
    out.extend([
        format!("Bearer {t}"),
        format!("Authorization: Bearer {t}"),
        format!("Cookie: session={t}; theme=dark"),
        format!("https://app.example/cb?id_token={t}&state=x"),
        format!("{}\n{}", &t[..t.len() / 2], &t[t.len() / 2..]),
    ]);
    out
}

fn public_keys() -> Vec<String> {
    let f = fixtures();
    let mut out = strings(
        &f["tokens"],
        &["spki", "jwk", "certificate", "pkcs1", "secret"],
    );
    let jwks: Vec<Value> = f["tokens"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|t| t.get("jwk").cloned())
        .collect();
    out.push(serde_json::json!({ "keys": jwks }).to_string());
    out.push(authpick_crypto::examples::PUBLIC.to_string());
    out
}

/// Seeds of `token SEP key`: each fixture's token with each of its own keys (so mutation
/// starts from keys that verify), and with the JWKS of all of them.
fn token_and_key() -> Vec<String> {
    let f = fixtures();
    let mut out = Vec::new();
    let all = public_keys();
    let jwks = all.iter().rev().nth(1).cloned().unwrap_or_default();
    for t in f["tokens"].as_array().into_iter().flatten() {
        let token = t["token"].as_str().unwrap_or_default();
        for field in ["spki", "jwk", "certificate", "pkcs1", "secret"] {
            let key = match &t[field] {
                Value::String(s) => s.clone(),
                Value::Null => continue,
                other => other.to_string(),
            };
            out.push(format!("{token}{SEP}{key}"));
        }
        out.push(format!("{token}{SEP}{jwks}"));
    }
    out
}

/// The reference implementation's SD-JWTs (an issuance, a presentation with key binding).
fn sd_jwts() -> Vec<String> {
    let v: Value = serde_json::from_str(include_str!("../../tests/fixtures/sd-jwt-fixtures.json"))
        .unwrap_or_default();
    ["issuance", "presentation"]
        .iter()
        .filter_map(|k| v[k].as_str().map(str::to_string))
        .collect()
}

/// Seeds of `token SEP key` for decryption: RFC 7520's examples and one joserfc token of
/// each alg (its JWK, PEM or password), so every key management path is reached.
fn jwe_and_key() -> Vec<String> {
    let mut out = Vec::new();
    for text in [
        include_str!("../../crypto/tests/vectors/rfc7520_jwe.json"),
        include_str!("../../crypto/tests/vectors/joserfc_jwe.json"),
    ] {
        let v: Value = serde_json::from_str(text).unwrap_or_default();
        let mut seen = Vec::new();
        for t in v["vectors"].as_array().into_iter().flatten() {
            let alg = t["alg"].to_string();
            if seen.contains(&alg) {
                continue;
            }
            seen.push(alg);
            let token = t["compact"].as_str().unwrap_or_default();
            for field in ["key", "jwk", "pem", "password"] {
                match &t[field] {
                    Value::Null => {}
                    Value::String(s) => out.push(format!("{token}{SEP}{s}")),
                    other => out.push(format!("{token}{SEP}{other}")),
                }
            }
        }
    }
    out
}

/// Seeds of `alg SEP header SEP payload SEP key`.
fn drafts() -> Vec<String> {
    let keys = private_keys();
    let mut out = vec![
        format!("HS256{SEP}{{\"typ\":\"JWT\"}}{SEP}{{\"sub\":\"42\"}}{SEP}a-long-enough-secret-for-hs256-use!"),
        format!("HS512{SEP}{{}}{SEP}{{\"exp\":1800000600}}{SEP}s"),
    ];
    for (alg, name, forms) in [
        ("ES256", "p256", &["pkcs8", "jwk", "sec1"][..]),
        ("ES384", "p384", &["pkcs8", "jwk"][..]),
        ("Ed25519", "ed25519", &["pkcs8", "jwk"][..]),
        ("RS256", "rsa", &["pkcs8"][..]),
    ] {
        for form in forms {
            let key = match &keys["keys"][name][form] {
                Value::String(s) => s.clone(),
                other => other.to_string(),
            };
            out.push(format!(
                "{alg}{SEP}{{\"kid\":\"k1\"}}{SEP}{{\"sub\":\"x\",\"iat\":1}}{SEP}{key}"
            ));
        }
    }
    out
}

fn worker_messages() -> Vec<String> {
    let tokens = tokens();
    let keys = public_keys();
    let mut out = vec![
        request_message(
            1,
            Request::Search {
                token: tokens[8].clone(),
            },
        ),
        request_message(
            2,
            Request::Example {
                id: "healthy".into(),
                now: NOW,
            },
        ),
        request_message(
            3,
            Request::Sign(Draft {
                alg: "HS256".into(),
                header: "{}".into(),
                payload: "{}".into(),
                key: "k".into(),
                secret_encoding: SecretEncoding::Base64,
            }),
        ),
    ];
    for (i, key) in keys.iter().enumerate() {
        let key = if i % 3 == 0 {
            KeyInput::Secret {
                text: key.clone(),
                encoding: SecretEncoding::Text,
            }
        } else {
            KeyInput::Public(key.clone())
        };
        out.push(request_message(
            9,
            Request::Verify {
                token: tokens[i % tokens.len()].clone(),
                key,
            },
        ));
    }
    out
}

fn links() -> Vec<String> {
    vec![
        "v=1&view=result&clients=web,mobile&revoke=instant".into(),
        "?v=1&step=revoke&clients=web&frontend=spa-same&b.clients=mobile".into(),
        "v=2&view=compare&clients=unsure&scale=huge&store=cannot&x=1&clients=web".into(),
        "step=nope&clients=web%2Cmobile&data=%ZZ".into(),
    ]
}

fn fields() -> Vec<String> {
    vec![
        "1,500,000".into(),
        " 2.5 ".into(),
        "rpd=2%2C500%2C000&users=lots&store=sql&alg=rs256&body=402&rtt=0.5&cookie-bytes=64".into(),
        "access=13&refresh=8&checked=1".into(),
        "{ \"sub\": \"42\", \"roles\": [\"a\", \"b\"] }".into(),
        "15".into(),
    ]
}

/// Command lines: the program's arguments after the first `SEP`-separated part, which is what
/// standard input holds.
fn command_lines() -> Vec<String> {
    let t = tokens()[0].clone();
    let s = SEP;
    vec![
        format!("{s}inspect{s}{t}"),
        format!("{t}{s}inspect{s}-{s}--format{s}json{s}--at{s}2026-12-06T09:30:00Z"),
        format!("Bearer {t}{s}inspect{s}--format{s}sarif{s}--fail-on{s}low"),
        format!("{s}inspect{s}{t}{s}--key{s}/dev/null{s}--method{s}POST{s}--url{s}https://a.example/x"),
        format!("{s}guide{s}--link{s}https://a.example/guide?v=1&view=result&clients=web,mobile&revoke=instant"),
        format!("{s}guide{s}--answers{s}clients=web&frontend=ssr{s}--format{s}md{s}--date{s}2026-02-29"),
        format!("{s}guide{s}--answers{s}clients=mobile{s}--format{s}json"),
    ]
}

/// What the command line reads itself: times, links, answers and secrets' files.
fn cli_inputs() -> Vec<String> {
    vec![
        "2026-12-06T09:30:00Z".into(),
        "1800000000".into(),
        "https://a.example/guide/?v=1&view=result&clients=web#main".into(),
        "clients=web,mobile&revoke=instant".into(),
        "s3cret\r\n".into(),
    ]
}

/// The seed repeated to the size.
pub fn repeat(seed: &str, bytes: usize) -> Vec<u8> {
    seed.as_bytes()
        .iter()
        .copied()
        .cycle()
        .take(bytes.max(seed.len()))
        .collect()
}

/// A token whose payload holds many short claims, some of them repeated: the shape that made
/// the repeated-name check quadratic.
fn big_token(_seed: &str, bytes: usize) -> Vec<u8> {
    let mut claims = String::from("{");
    let mut i = 0;
    while claims.len() * 4 / 3 < bytes {
        claims.push_str(&format!("\"c{}\":{i},", i % (bytes / 40 + 1)));
        i += 1;
    }
    claims.push_str("\"end\":0}");
    format!(
        "{}.{}.{}",
        encode(br#"{"alg":"HS256","typ":"JWT"}"#),
        encode(claims.as_bytes()),
        encode(&[1; 32])
    )
    .into_bytes()
}

/// A PEM block of SEQUENCEs nested as deep as `bytes` allows: the shape that overflowed the
/// ASN.1 reader's stack.
fn deep_pem(label: &str, bytes: usize) -> String {
    let mut der = vec![0x05, 0x00];
    while der.len() * 4 / 3 < bytes {
        let n = der.len();
        let mut out = vec![0x30, 0x83, (n >> 16) as u8, (n >> 8) as u8, n as u8];
        out.extend(der);
        der = out;
    }
    authpick_core::token::service::draft::pem(label, &der)
}

/// A token with a JWKS of many keys without kid (the shape that tried every key), or, for a
/// PEM seed, a deeply nested PEM.
fn big_jwks(seed: &str, bytes: usize) -> Vec<u8> {
    let (token, key) = seed.split_once(SEP).unwrap_or((seed, ""));
    if key.starts_with("-----BEGIN") {
        return format!("{token}{SEP}{}", deep_pem("PUBLIC KEY", bytes)).into_bytes();
    }
    let one = r#"{"kty":"RSA","n":"AQAB","e":"AQAB"},"#;
    let keys = one.repeat(bytes / one.len() + 1);
    format!("{token}{SEP}{{\"keys\":[{}]}}", keys.trim_end_matches(',')).into_bytes()
}

/// A draft with a large payload, or for a PEM key, a deeply nested private key.
fn big_draft(seed: &str, bytes: usize) -> Vec<u8> {
    let key = seed.rsplit(SEP).next().unwrap_or_default();
    if key.starts_with("-----BEGIN") {
        let deep = deep_pem("PRIVATE KEY", bytes);
        return format!("RS256{SEP}{{}}{SEP}{{}}{SEP}{deep}").into_bytes();
    }
    let payload = format!("{{\"x\":\"{}\"}}", "a".repeat(bytes));
    format!("HS256{SEP}{{}}{SEP}{payload}{SEP}{key}").into_bytes()
}

fn big_request(_seed: &str, bytes: usize) -> Vec<u8> {
    let token = String::from_utf8_lossy(&big_token("", bytes)).into_owned();
    request_message(1, Request::Search { token }).into_bytes()
}

fn conditions(arg: u64) -> Conditions {
    Conditions {
        now: arg as i64,
        bearer: arg.is_multiple_of(2),
        requests_per_day: arg
            .is_multiple_of(3)
            .then(|| f64::from_bits(arg.rotate_left(17))),
    }
}

fn encoding(arg: u64) -> SecretEncoding {
    SecretEncoding::ALL[(arg % SecretEncoding::ALL.len() as u64) as usize]
}

/// The key text as a key of either kind, by `arg`.
fn key_input(key: &str, arg: u64) -> KeyInput {
    if arg.is_multiple_of(2) {
        KeyInput::Public(key.to_string())
    } else {
        KeyInput::Secret {
            text: key.to_string(),
            encoding: encoding(arg),
        }
    }
}

/// The whole inspector page as a user and a worker drive it: the text pasted, typed in every
/// field and sent as the worker's message, then every part of the page read.
fn drive_inspector(text: &str, arg: u64) {
    use authpick_core::token::inspector::{Act, Bench, Inspector};
    let now = arg as i64;
    let mut m = Inspector::new(now);
    let acts = [
        Act::Idle,
        Act::Started(Ok(())),
        Act::Message("ready".into()),
        Act::Input {
            text: text.into(),
            now,
        },
        Act::Secret(text.into()),
        Act::PublicKey(text.into()),
        Act::UseProofKey,
        Act::Rate(text.into()),
        Act::AccessToken(text.into()),
        Act::Code(text.into()),
        Act::Nonce(text.into()),
        Act::Method(text.into()),
        Act::Url(text.into()),
        Act::Message(text.into()),
        Act::Bench(Bench::Payload(text.into())),
        Act::Bench(Bench::Sign),
        Act::OpenInner { now },
        Act::Tick(now.wrapping_add(60)),
    ];
    for act in acts {
        let _ = m.update(act);
        let _ = (m.verdict(), m.summary(), m.size(), m.input_message());
        let _ = (
            m.hash_checks(),
            m.jkt_check(),
            m.nonce_check(),
            m.request_checks(),
        );
        let _ = (m.sd_jwt().is_some(), m.layer(), m.search_line(), m.offer());
    }
}

/// A case of the chain fixtures: its token, pasted chain and anchors.
fn chain_case(i: usize) -> (String, String, String) {
    let f: serde_json::Value =
        serde_json::from_str(include_str!("../../crypto/tests/vectors/chains.json"))
            .unwrap_or_default();
    let c = &f["cases"][i];
    let s = |k: &str| c[k].as_str().unwrap_or_default().to_string();
    (s("token"), s("chain"), s("anchors"))
}

fn chain_seeds() -> Vec<String> {
    (0..4)
        .flat_map(|i| {
            let (token, chain, anchors) = chain_case(i);
            [token, chain, anchors]
        })
        .filter(|s| !s.is_empty())
        .collect()
}

/// Every target.
pub fn targets() -> Vec<Target> {
    vec![
        Target {
            name: "extract",
            seeds: pastes(),
            run: |text, _| {
                let _ = extract(text);
            },
            grow: repeat,
        },
        Target {
            name: "decode",
            seeds: tokens(),
            run: |text, _| {
                let _ = decode(text);
            },
            grow: big_token,
        },
        Target {
            name: "findings",
            seeds: tokens(),
            run: |text, arg| {
                if let Ok(d) = decode(text) {
                    let _ = findings(text, &d, &conditions(arg));
                }
            },
            grow: big_token,
        },
        Target {
            name: "report",
            seeds: pastes(),
            run: |text, arg| {
                let inspected = inspect(text, arg as i64);
                let _ = input_message(Some(&inspected));
                if let Ok(i) = &inspected {
                    let _ = all_findings(i, &conditions(arg), Verdicts::default());
                    let _ = for_token(i);
                    if let Some(Ok(p)) = i.decoded.as_ref().ok().and_then(|d| d.payload.as_ref()) {
                        let _ = check_request(p, text, text, arg as i64);
                    }
                }
            },
            grow: big_token,
        },
        Target {
            name: "inspector",
            seeds: pastes(),
            run: |text, arg| drive_inspector(text, arg),
            grow: big_token,
        },
        Target {
            name: "verify",
            seeds: token_and_key(),
            run: |text, arg| {
                let (token, key) = text.split_once(SEP).unwrap_or((text, text));
                let key = key_input(key, arg);
                if let Ok(d) = decode(token) {
                    let _ = verify(token, &d, &key);
                }
            },
            grow: big_jwks,
        },
        Target {
            // Decryption, and the DPoP key thumbprint, which read the same kinds of text.
            name: "decrypt",
            seeds: jwe_and_key(),
            run: |text, arg| {
                let (token, key_text) = text.split_once(SEP).unwrap_or((text, text));
                let key = key_input(key_text, arg);
                if let Ok(opened) = decrypt(token, &key) {
                    let _ = opened.shown();
                }
                if let Ok(Value::Object(jwk)) = serde_json::from_str::<Value>(key_text) {
                    let _ = canonical(&jwk);
                }
                let _ = bound_key(token);
            },
            grow: big_jwks,
        },
        Target {
            // An SD-JWT: split, every Disclosure decoded, digests as the worker makes them,
            // the payload processed, the Key Binding JWT compared.
            name: "sd-jwt",
            seeds: sd_jwts(),
            run: |text, _| {
                // The worker's whole check: split, Disclosures, digests, processing, sd_hash
                // and the Key Binding JWT's signature.
                let _ = authpick_crypto::sd_jwt::report(text);
            },
            grow: repeat,
        },
        Target {
            name: "worker",
            seeds: worker_messages(),
            run: |text, _| {
                let _ = respond(text, || 0.0);
            },
            grow: big_request,
        },
        Target {
            name: "sign",
            seeds: drafts(),
            run: |text, arg| {
                let mut parts = text.splitn(4, SEP);
                let mut next = || parts.next().unwrap_or_default().to_string();
                let draft = Draft {
                    alg: next(),
                    header: next(),
                    payload: next(),
                    key: next(),
                    secret_encoding: encoding(arg),
                };
                let _ = sign(&draft);
                let _ = with_alg(&draft.header, &draft.alg);
                let _ = with_times(&draft.payload, arg as i64, parse_minutes(&draft.key).ok());
            },
            grow: big_draft,
        },
        Target {
            // Issuers (key discovery) and request URLs (DPoP's htu), both read as URLs.
            name: "issuer",
            seeds: [
                "https://accounts.google.com",
                "https://login.microsoftonline.com/9188040d-6c67-4c5b-b112-36a304b66dad/v2.0",
                "https://dev-123.okta.com/oauth2/default",
                "https://id.example:8443/realms/main/",
                "http://localhost:8080",
                "HTTPS://Server.Example.com:443/./a/../token?x=1#f",
                "https://a.example/%7euser/%2fx",
            ]
            .map(String::from)
            .to_vec(),
            run: |text, _| {
                let _ = normalise(text);
                match discover(text) {
                    Ok(d) => {
                        let _ = command(&d.openid);
                        let _ = command(&d.oauth);
                    }
                    Err(e) => {
                        let _ = e.message();
                    }
                }
            },
            grow: repeat,
        },
        Target {
            name: "cli",
            seeds: command_lines(),
            run: |text, arg| {
                let mut parts = text.split(SEP);
                let mut stdin = parts.next().unwrap_or_default().as_bytes();
                let argv = std::iter::once("authpick").chain(parts).map(Into::into);
                let (mut out, mut err) = (Vec::new(), Vec::new());
                let _ = authpick_cli::run(
                    argv,
                    &mut authpick_cli::Io {
                        stdin: &mut stdin,
                        out: &mut out,
                        err: &mut err,
                        now: NOW.wrapping_add(arg as i64 % 1_000_000),
                        colour: arg % 2 == 0,
                    },
                );
            },
            grow: repeat,
        },
        Target {
            name: "cli-inputs",
            seeds: cli_inputs(),
            run: |text, _| {
                let _ = authpick_core::token::jose::time::parse_instant(text);
                let _ = authpick_cli::guide::from_link(text);
                let _ = authpick_cli::guide::from_answers(text, text);
                let _ = authpick_cli::read::secret_text(text);
                let _ = authpick_core::token::jose::time::utc_date(text.len() as i64);
            },
            grow: repeat,
        },
        Target {
            name: "link",
            seeds: links(),
            run: |text, _| {
                let opened = decode_link(&KNOWLEDGE, text);
                let bare = decode_link(&KNOWLEDGE, "");
                let _ = resume(&KNOWLEDGE, &bare, Some(text));
                let _ = opened.ignored.iter().map(ToString::to_string).count();
            },
            grow: repeat,
        },
        Target {
            // A pasted token turned into a test kit, and its script for an address typed.
            name: "kit",
            seeds: pastes(),
            run: |text, arg| {
                if let Ok(cases) = authpick_core::token::kit::from_token(text, None, arg as i64) {
                    let made: Vec<_> = cases
                        .into_iter()
                        .map(|case| authpick_core::token::kit::Made {
                            case,
                            token: Ok("a.b.c".into()),
                        })
                        .collect();
                    let _ = authpick_core::token::kit::to_script(&made, text, "Authorization");
                    let _ = authpick_core::token::kit::to_json(&made);
                }
            },
            grow: repeat,
        },
        Target {
            // A pasted status_list claim, as JSON: read, inflated under its cap, and read at
            // an index the generator picks.
            name: "status-list",
            seeds: vec![
                r#"{"status_list":{"bits":1,"lst":"eNrbuRgAAhcBXQ"}}"#.to_string(),
                r#"{"status_list":{"bits":2,"lst":"eNo76fITAAPfAgc"}}"#.to_string(),
                r#"{"status":{"status_list":{"idx":0,"uri":"https://example.com/statuslists/1"}}}"#
                    .to_string(),
            ],
            run: |text, arg| {
                let Ok(serde_json::Value::Object(payload)) = serde_json::from_str(text) else {
                    return;
                };
                let _ = status_list::reference(&payload);
                if let Some(Ok(c)) = status_list::compressed(&payload) {
                    if let Ok(list) = authpick_core::token::protocols::status_list::inflate(&c) {
                        let _ = list.entry(arg % (list.len() + 2));
                    }
                }
            },
            grow: repeat,
        },
        Target {
            // A certificate chain: the generator's text as the anchors, the pasted chain or
            // the token, beside a real chain's other parts (crypto/tests/vectors/chains.json),
            // read, checked by x509-cert and the signatures, and judged.
            name: "chain",
            seeds: chain_seeds(),
            run: |text, arg| {
                let (token, chain, anchors) = chain_case(0);
                let inputs = match arg % 3 {
                    0 => read_chain(&token, &chain, text),
                    1 => read_chain("", text, &anchors),
                    _ => read_chain(text, "", &anchors),
                };
                if let Ok(inputs) = inputs {
                    let _ = authpick_crypto::chain::check(&inputs, arg as i64);
                }
            },
            grow: repeat,
        },
        Target {
            name: "fields",
            seeds: fields(),
            run: |text, arg| {
                let _ = parse_amount(text);
                let _ =
                    body_chars_from(text, &ALGORITHMS[(arg % ALGORITHMS.len() as u64) as usize]);
                let mut form = CostsForm::from_query(text);
                let _ = form.query();
                let _ = form.figures();
                let _ = form.measure(text);
                let _ = revocation_from_query(text);
            },
            grow: repeat,
        },
    ]
}
