//! How each example token is made (the page lists them from the core's `examples`), each with
//! the key that verifies it, so every kind of finding can be clicked through. They are signed
//! when asked for, around the given time, so the healthy one stays healthy and the expired one
//! stays expired. Example keys only.

use authpick_core::token::forms::examples::LISTING;
use authpick_core::token::jose::key::{KeyInput, SecretEncoding};
use authpick_core::token::service::draft::Draft;
use serde_json::{json, Value};

use super::sign::sign;

/// The key a learner can verify an example with.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ExampleKey {
    /// An HMAC secret, as text.
    Secret(&'static str),
    /// A public key as PEM.
    Public(&'static str),
    None,
}

impl ExampleKey {
    /// The key as the inspector verifies with it.
    pub fn input(&self) -> Option<KeyInput> {
        match self {
            ExampleKey::Secret(s) => Some(KeyInput::Secret {
                text: s.to_string(),
                encoding: SecretEncoding::Text,
            }),
            ExampleKey::Public(p) => Some(KeyInput::Public(p.to_string())),
            ExampleKey::None => None,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Example {
    pub id: &'static str,
    pub title: &'static str,
    /// What the example teaches.
    pub point: &'static str,
    pub token: String,
    pub key: ExampleKey,
}

/// The private half of the examples' P-256 key. Published here, so worthless as a secret.
pub(crate) const PRIVATE: &str = "-----BEGIN PRIVATE KEY-----
MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgC2e4f5loGzWvfllR
yhMpBwmZ6At5S5VD9f7ocuCPy7ihRANCAAQvzdjxFu8OTZS+/02uiDI98Ce3WuNr
dxsOQefltrbKho9QnY/q2oLEQsu6ESjBx0es7vC5h19PKlZ0usLEg7SR
-----END PRIVATE KEY-----
";

pub const PUBLIC: &str = "-----BEGIN PUBLIC KEY-----
MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEL83Y8RbvDk2Uvv9NrogyPfAnt1rj
a3cbDkHn5ba2yoaPUJ2P6tqCxELLuhEowcdHrO7wuYdfTypWdLrCxIO0kQ==
-----END PUBLIC KEY-----
";

/// A random-looking 32-byte secret that is in no list.
const STRONG_SECRET: &str = "kV7c2QmX9rT4wZpA1sLd8eYhN3bUjF6g";

const ISSUER: &str = "https://login.example.com";
const AUDIENCE: &str = "https://api.example.com";

/// How an example is made: only the chosen one is signed. The claims are made around the
/// given time with checked arithmetic, so a clock no real one shows gives no example rather than
/// wrapped times.
struct Entry {
    id: &'static str,
    key: ExampleKey,
    /// The algorithm, the header and the key that signs it; `None` for the unsigned example.
    signing: Option<(&'static str, &'static str, &'static str)>,
    claims: fn(i64) -> Option<Value>,
}

const ES256_HEADER: &str = r#"{"typ":"at+jwt","kid":"example-p256"}"#;
const HS256_HEADER: &str = r#"{"typ":"at+jwt"}"#;
/// A DPoP proof carries the public half of the key that signs it (RFC 9449 §4.2).
const DPOP_HEADER: &str = r#"{"typ":"dpop+jwt","jwk":{"kty":"EC","crv":"P-256","x":"L83Y8RbvDk2Uvv9NrogyPfAnt1rja3cbDkHn5ba2yoY","y":"j1Cdj-ragsRCy7oRKMHHR6zu8LmHX08qVnS6wsSDtJE"}}"#;
const ES256: Option<(&str, &str, &str)> = Some(("ES256", ES256_HEADER, PRIVATE));

/// An access token's claims, issued a minute before `now` and living `lifetime` seconds from
/// `now`, with `extra` added.
fn access(now: i64, lifetime: i64, extra: Value) -> Option<Value> {
    let mut claims = json!({
        "iss": ISSUER,
        "sub": "user-4821",
        "aud": AUDIENCE,
        "iat": now.checked_sub(60)?,
        "exp": now.checked_add(lifetime)?,
        "client_id": "orders-web",
        "jti": "b4e1c3d2-7f0a-4b8e-9c61-5d2f8a7e3c10",
        "scope": "orders:read",
    });
    if let (Some(c), Value::Object(more)) = (claims.as_object_mut(), extra) {
        c.extend(more);
    }
    Some(claims)
}

const NINE_MINUTES: i64 = 9 * 60;

static ENTRIES: [Entry; 9] = [
    Entry {
        id: "healthy",
        key: ExampleKey::Public(PUBLIC),
        signing: ES256,
        claims: |now| access(now, NINE_MINUTES, json!({})),
    },
    Entry {
        id: "weak-secret",
        key: ExampleKey::Secret("secret"),
        signing: Some(("HS256", HS256_HEADER, "secret")),
        claims: |now| access(now, NINE_MINUTES, json!({})),
    },
    Entry {
        id: "alg-none",
        key: ExampleKey::None,
        signing: None,
        claims: |now| access(now, NINE_MINUTES, json!({"role": "admin"})),
    },
    Entry {
        id: "expired",
        key: ExampleKey::Secret(STRONG_SECRET),
        signing: Some(("HS256", HS256_HEADER, STRONG_SECRET)),
        claims: |now| {
            let exp = now.checked_sub(2 * 3600)?;
            Some(json!({"iss": ISSUER, "sub": "user-4821", "aud": AUDIENCE,
                        "client_id": "orders-web", "jti": "5f0c9e2a-1d7b-4c3e-8a90-2b6d4e1f7a35",
                        "iat": exp.checked_sub(600)?, "exp": exp}))
        },
    },
    Entry {
        id: "long-lived",
        key: ExampleKey::Public(PUBLIC),
        signing: ES256,
        claims: |now| access(now, 30 * 86_400, json!({})),
    },
    Entry {
        id: "personal-data",
        key: ExampleKey::Public(PUBLIC),
        signing: ES256,
        claims: |now| {
            let personal = json!({"email": "jane.doe@example.com", "phone_number": "+44 20 7946 0958",
                                  "name": "Jane Doe", "address": {"street_address": "1 Example Road",
                                  "locality": "London"}});
            access(now, NINE_MINUTES, personal)
        },
    },
    Entry {
        id: "id-token",
        key: ExampleKey::Public(PUBLIC),
        signing: Some(("ES256", r#"{"typ":"JWT","kid":"example-p256"}"#, PRIVATE)),
        claims: |now| {
            Some(
                json!({"iss": ISSUER, "sub": "user-4821", "aud": "orders-web",
                        "iat": now.checked_sub(60)?, "exp": now.checked_add(3600)?,
                        "auth_time": now.checked_sub(60)?, "nonce": "n-0S6_WzA2Mj",
                        "name": "Jane Doe", "email": "jane.doe@example.com"}),
            )
        },
    },
    Entry {
        id: "dpop-proof",
        key: ExampleKey::Public(PUBLIC),
        signing: Some(("ES256", DPOP_HEADER, PRIVATE)),
        claims: |now| {
            Some(json!({"jti": "e1j3V_bKic8-LAEB", "htm": "POST",
                        "htu": "https://api.example.com/orders", "iat": now}))
        },
    },
    Entry {
        id: "key-confusion",
        key: ExampleKey::Public(PUBLIC),
        signing: Some(("HS256", r#"{"typ":"JWT"}"#, PUBLIC)),
        claims: |now| access(now, NINE_MINUTES, json!({})),
    },
];

/// One example, signed around `now` (seconds since 1970); `None` for an unknown id or a `now`
/// so far from today that its times do not fit.
pub fn example(id: &str, now: i64) -> Option<Example> {
    let (id, title, point) = LISTING.iter().copied().find(|(i, _, _)| *i == id)?;
    let recipe = ENTRIES.iter().find(|e| e.id == id)?;
    let claims = (recipe.claims)(now)?;
    let token = match recipe.signing {
        Some((alg, header, key)) => signed(alg, header, claims, key),
        None => unsigned(&claims),
    };
    Some(Example {
        id,
        title,
        point,
        token,
        key: recipe.key.clone(),
    })
}

/// Every example, signed around `now`.
pub fn examples(now: i64) -> Vec<Example> {
    LISTING
        .iter()
        .filter_map(|(id, _, _)| example(id, now))
        .collect()
}

fn signed(alg: &str, header: &str, claims: Value, key: &str) -> String {
    sign(&Draft {
        alg: alg.into(),
        header: header.into(),
        payload: claims.to_string(),
        key: key.into(),
        secret_encoding: SecretEncoding::Text,
    })
    // The keys are constants tested below; an empty string would only show "no token".
    .unwrap_or_default()
}

fn unsigned(claims: &Value) -> String {
    use authpick_core::token::jose::base64url::encode;
    format!(
        "{}.{}.",
        encode(br#"{"alg":"none","typ":"JWT"}"#),
        encode(claims.to_string().as_bytes())
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::secrets::search;
    use crate::verify::verify;
    use authpick_core::token::checks::findings::{findings, Conditions};
    use authpick_core::token::jose::decode::decode;
    use authpick_core::token::service::verification::{SearchResult, Verification};

    const NOW: i64 = 1_800_000_000;

    fn check(e: &Example) -> (Vec<&'static str>, Option<Verification>) {
        let d = decode(&e.token).unwrap();
        let c = Conditions {
            now: NOW,
            bearer: false,
            requests_per_day: Some(1_000.0),
        };
        let ids = findings(&e.token, &d, &c).iter().map(|f| f.id()).collect();
        (ids, e.key.input().map(|k| verify(&e.token, &d, &k)))
    }

    #[test]
    fn each_example_shows_what_it_claims() {
        let all = examples(NOW);
        let by = |id: &str| all.iter().find(|e| e.id == id).unwrap();
        let valid = |o: &Option<Verification>| o.as_ref().is_some_and(Verification::is_valid);

        let (ids, o) = check(by("healthy"));
        assert_eq!(ids, ["size"], "only the size note");
        assert!(valid(&o));

        let (_, o) = check(by("weak-secret"));
        assert!(valid(&o));
        let d = decode(&by("weak-secret").token).unwrap();
        assert_eq!(
            search(&by("weak-secret").token, &d),
            Some(SearchResult::Found("secret".into()))
        );

        let (ids, o) = check(by("alg-none"));
        assert!(ids.contains(&"alg-none") && o.is_none());

        let (ids, o) = check(by("expired"));
        assert!(ids.contains(&"expired") && valid(&o));
        let d = decode(&by("expired").token).unwrap();
        assert!(matches!(
            search(&by("expired").token, &d),
            Some(SearchResult::NotFound { .. })
        ));

        let (ids, o) = check(by("long-lived"));
        assert!(ids.contains(&"very-long-lived") && valid(&o), "{ids:?}");

        let (ids, o) = check(by("personal-data"));
        assert!(ids.contains(&"personal-data") && valid(&o), "{ids:?}");

        // Its profile claims are what an ID token is for, and it is no finding until it is
        // sent to an API as a Bearer token.
        let (ids, o) = check(by("id-token"));
        assert!(
            ids.is_empty(),
            "an ID token, with its profile claims: {ids:?}"
        );
        assert!(valid(&o));
        let d = decode(&by("id-token").token).unwrap();
        assert_eq!(
            authpick_core::token::checks::token_type::of(&d).kind,
            authpick_core::token::checks::token_type::TokenType::Id
        );

        let (ids, o) = check(by("dpop-proof"));
        assert_eq!(
            ids,
            ["size"],
            "its key and its lack of exp are what RFC 9449 asks"
        );
        assert!(valid(&o));
        // The key in its header is the key that signed it.
        let e = by("dpop-proof");
        let d = decode(&e.token).unwrap();
        let jwk = d.header.as_ref().unwrap().get("jwk").unwrap().to_string();
        assert!(verify(&e.token, &d, &KeyInput::Public(jwk)).is_valid());

        let (_, o) = check(by("key-confusion"));
        assert_eq!(o, Some(Verification::KeyConfusion));
    }

    #[test]
    fn the_catalogue_lists_every_example_and_each_can_be_built_alone() {
        let ids: Vec<&str> = LISTING.iter().map(|(id, _, _)| *id).collect();
        let recipes: Vec<&str> = ENTRIES.iter().map(|e| e.id).collect();
        assert_eq!(
            ids, recipes,
            "every listed example has a recipe, in the same order"
        );
        assert_eq!(ids.len(), examples(NOW).len());
        for id in ids {
            assert_eq!(example(id, NOW).map(|e| e.id), Some(id));
        }
        assert!(example("nope", NOW).is_none());
    }

    /// At a clock no real one shows, an example either does not exist or has the times it
    /// says: nothing wraps around (checked arithmetic, where wrapping would make an expired
    /// token live for ever).
    #[test]
    fn clocks_no_real_one_shows_give_no_example_rather_than_wrapped_times() {
        for now in [i64::MIN, i64::MIN + 59, i64::MAX] {
            for (id, _, _) in LISTING.iter() {
                let Some(e) = example(id, now) else {
                    continue;
                };
                let d = decode(&e.token).unwrap();
                let p = d.payload.unwrap().unwrap();
                let (iat, exp) = (
                    p.get("iat").unwrap().as_i64(),
                    // A DPoP proof has no exp: it is as old as its iat.
                    p.get("exp").or(p.get("iat")).unwrap().as_i64(),
                );
                assert!(iat <= exp, "{id} at {now}: iat {iat:?}, exp {exp:?}");
            }
        }
        assert!(
            example("healthy", i64::MAX).is_none(),
            "its exp would pass i64::MAX"
        );
        assert!(
            example("expired", i64::MIN).is_none(),
            "its iat would pass i64::MIN"
        );
        assert!(example("healthy", 0).is_some());
    }

    #[test]
    fn every_example_is_signed() {
        for e in examples(NOW) {
            assert_eq!(e.token.split('.').count(), 3, "{}", e.id);
            assert!(!e.token.is_empty());
        }
    }
}
