//! The worker's reader of the page's requests. The page writes them with serde (the derived
//! `Serialize` of `messages::Request`); serde's derived reader, the worker's largest single
//! function, weighed about 3 KB Brotli of the worker, which every visit to the inspector
//! downloads. Reading the same JSON through `serde_json::Value`, which the worker reads keys
//! with anyway, takes a fraction of that. The shape is serde's own (externally tagged enums,
//! structs as objects), and a test sends every kind of request through both, so the two
//! cannot drift apart. A unit variant is found by what serde writes for it.

use serde::Serialize;
use serde_json::{Map, Value};

use super::draft::Draft;
use super::messages::{Envelope, Request};
use super::reply_reader::{option, string, tagged};
use crate::token::jose::dialects::Provider;
use crate::token::jose::key::{KeyInput, SecretEncoding};
use crate::token::jose::vendor_claims::Name;
use crate::token::protocols::bound_token::{Digest, HashOf};

/// A request as the worker reads it, or why it cannot be.
pub fn read_request(message: &str) -> Result<Envelope<Request>, String> {
    let v: Value = serde_json::from_str(message).map_err(|e| e.to_string())?;
    let o = v.as_object().ok_or("a request is a JSON object")?;
    let id = o
        .get("id")
        .and_then(Value::as_u64)
        .and_then(|n| u32::try_from(n).ok())
        .ok_or("a request has a number")?;
    let body = o
        .get("body")
        .and_then(request)
        .ok_or("the request is not one the worker knows")?;
    Ok(Envelope { id, body, ms: 0.0 })
}

fn request(v: &Value) -> Option<Request> {
    let (tag, c) = tagged(v)?;
    let o = c.as_object();
    let text = |name: &str| o.and_then(|o| o.get(name)).and_then(string);
    Some(match tag {
        "Verify" => Request::Verify {
            token: text("token")?,
            key: key_input(o?.get("key")?)?,
        },
        "Decrypt" => Request::Decrypt {
            token: text("token")?,
            key: key_input(o?.get("key")?)?,
        },
        "Search" => Request::Search {
            token: text("token")?,
        },
        "Sign" => Request::Sign(Draft {
            alg: text("alg")?,
            header: text("header")?,
            payload: text("payload")?,
            key: text("key")?,
            secret_encoding: unit(&SecretEncoding::ALL, o?.get("secret_encoding")?)?,
        }),
        "Example" => Request::Example {
            id: text("id")?,
            now: o?.get("now")?.as_i64()?,
        },
        "KeyPair" => Request::KeyPair {
            alg: text("alg")?,
            seed: text("seed")?,
        },
        "Hash" => {
            let hash = o?.get("hash")?.as_object()?;
            Request::Hash {
                hash: HashOf {
                    digest: unit(&Digest::ALL, hash.get("digest")?)?,
                    left_half: hash.get("left_half")?.as_bool()?,
                },
                text: text("text")?,
            }
        }
        "SdJwt" => Request::SdJwt {
            text: text("text")?,
        },
        "Describe" => Request::Describe {
            names: o?
                .get("names")?
                .as_array()?
                .iter()
                .map(name)
                .collect::<Option<_>>()?,
            provider: option(o?.get("provider")?, |p| unit(&Provider::ALL, p))?,
        },
        "Tool" => Request::Tool(string(c)?),
        _ => return None,
    })
}

/// The variant of `all` that serde writes as `v`.
fn unit<T: Copy + Serialize>(all: &[T], v: &Value) -> Option<T> {
    all.iter()
        .copied()
        .find(|t| serde_json::to_value(t).ok().as_ref() == Some(v))
}

fn key_input(v: &Value) -> Option<KeyInput> {
    match tagged(v)? {
        ("Secret", c) => {
            let o: &Map<String, Value> = c.as_object()?;
            Some(KeyInput::Secret {
                text: string(o.get("text")?)?,
                encoding: unit(&SecretEncoding::ALL, o.get("encoding")?)?,
            })
        }
        ("Public", c) => string(c).map(KeyInput::Public),
        _ => None,
    }
}

fn name(v: &Value) -> Option<Name> {
    let o = v.as_object()?;
    Some(Name {
        header: o.get("header")?.as_bool()?,
        name: string(o.get("name")?)?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::token::service::messages::request_message;

    /// Every provider, once: a new variant fails to compile here until it is in `ALL`.
    fn position(p: Provider) -> usize {
        match p {
            Provider::EntraV1 => 0,
            Provider::EntraV2 => 1,
            Provider::AzureB2c => 2,
            Provider::Google => 3,
            Provider::GoogleIap => 4,
            Provider::Firebase => 5,
            Provider::Apple => 6,
            Provider::Cognito => 7,
            Provider::Okta => 8,
            Provider::Auth0 => 9,
            Provider::Keycloak => 10,
            Provider::GitHubActions => 11,
            Provider::Kubernetes => 12,
        }
    }

    #[test]
    fn every_provider_is_listed_once() {
        for (i, p) in Provider::ALL.into_iter().enumerate() {
            assert_eq!(position(p), i, "{p:?}");
        }
    }

    #[test]
    fn every_kind_of_request_reads_back_as_serde_wrote_it() {
        let mut requests = vec![
            Request::Search {
                token: "a.b.c".into(),
            },
            Request::Verify {
                token: "a.b.c".into(),
                key: KeyInput::Public("{\"kty\":\"EC\"}".into()),
            },
            Request::Example {
                id: "healthy".into(),
                now: -5,
            },
            Request::KeyPair {
                alg: "ML-DSA-44".into(),
                seed: "AAAA".into(),
            },
            Request::SdJwt {
                text: "x~y~".into(),
            },
            Request::Tool("{\"Chain\":{}}".into()),
            Request::Describe {
                names: Vec::new(),
                provider: None,
            },
        ];
        for encoding in SecretEncoding::ALL {
            let key = KeyInput::Secret {
                text: "s\u{e9}cret \"q\"".into(),
                encoding,
            };
            requests.push(Request::Decrypt {
                token: "a.b.c.d.e".into(),
                key,
            });
            requests.push(Request::Sign(Draft {
                alg: "HS256".into(),
                header: "{}".into(),
                payload: "{\"sub\":1}".into(),
                key: "k".into(),
                secret_encoding: encoding,
            }));
        }
        for digest in Digest::ALL {
            for left_half in [true, false] {
                requests.push(Request::Hash {
                    hash: HashOf { digest, left_half },
                    text: "token".into(),
                });
            }
        }
        for provider in Provider::ALL {
            requests.push(Request::Describe {
                names: vec![
                    Name {
                        header: true,
                        name: "kid".into(),
                    },
                    Name {
                        header: false,
                        name: "tid".into(),
                    },
                ],
                provider: Some(provider),
            });
        }
        for (id, r) in requests.into_iter().enumerate() {
            let id = id as u32;
            let read = read_request(&request_message(id, r.clone()))
                .unwrap_or_else(|e| panic!("{r:?}: {e}"));
            assert_eq!((read.id, read.body), (id, r.clone()));
            // serde's own reader agrees.
            let derived: Envelope<Request> =
                serde_json::from_str(&request_message(id, r.clone())).unwrap();
            assert_eq!(derived.body, r);
        }
    }

    #[test]
    fn what_is_not_a_request_says_so() {
        for bad in ["", "[]", "{\"id\":1}", "{\"id\":1,\"body\":\"Verify\"}", "{\"id\":-1,\"body\":{\"Search\":{\"token\":\"t\"}}}", "{\"id\":1,\"body\":{\"Hash\":{\"hash\":{\"digest\":\"Md5\",\"left_half\":true},\"text\":\"t\"}}}"] {
            assert!(read_request(bad).is_err(), "{bad}");
        }
    }
}
