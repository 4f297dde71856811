//! The page's reader of the worker's replies. The worker writes them with serde (the derived
//! `Serialize` of `messages::Reply`), and serde's derived reader would read them back, but its
//! code for this one enum weighed about 17 KB in the page's module, which a first visit
//! downloads; reading the same JSON through `serde_json::Value` takes a fraction of that. The
//! shape is serde's own (externally tagged enums, structs as objects, tuples as arrays), and a
//! test reads every kind of reply both ways, so the two cannot drift apart.

use serde_json::{Map, Value};

use super::messages::{Envelope, Reply};
use super::verification::{Reported, ResultKind, SearchResult, Tone};
use crate::token::jose::jwe::Decrypted;
use crate::token::jose::key::{KeyInput, SecretEncoding};
use crate::token::jose::vendor_claims::Meaning;
use crate::token::protocols::sd_jwt::Report;

/// A reply as the page reads it, or why it cannot be.
pub fn read_reply(message: &str) -> Result<Envelope<Reply>, String> {
    let unreadable = || "The worker's reply is unreadable.".to_string();
    let v: Value = serde_json::from_str(message)
        .map_err(|e| format!("The worker's reply is unreadable: {e}."))?;
    let o = v.as_object().ok_or_else(unreadable)?;
    let id = o
        .get("id")
        .and_then(Value::as_u64)
        .and_then(|n| u32::try_from(n).ok())
        .ok_or_else(unreadable)?;
    let body = o.get("body").and_then(reply).ok_or_else(unreadable)?;
    let ms = o.get("ms").and_then(Value::as_f64).unwrap_or(0.0);
    Ok(Envelope { id, body, ms })
}

fn reply(v: &Value) -> Option<Reply> {
    let (tag, c) = tagged(v)?;
    Some(match tag {
        "Verified" => Reply::Verified(option(c, reported)?),
        "Decrypted" => Reply::Decrypted(result(c, decrypted)?),
        "Searched" => Reply::Searched(option(c, search_result)?),
        "Signed" => Reply::Signed(result(c, string)?),
        "Example" => Reply::Example(option(c, |v| {
            let [token, key] = pair(v)?;
            Some((string(token)?, option(key, key_input)?))
        })?),
        "KeyPair" => Reply::KeyPair(result(c, |v| {
            let [a, b] = pair(v)?;
            Some((string(a)?, string(b)?))
        })?),
        "Hashed" => Reply::Hashed(string(c)?),
        "SdJwt" => Reply::SdJwt(option(c, report)?),
        "Described" => Reply::Described(
            c.as_array()?
                .iter()
                .map(|m| option(m, meaning))
                .collect::<Option<_>>()?,
        ),
        "Tool" => Reply::Tool(string(c)?),
        "Unreadable" => Reply::Unreadable(string(c)?),
        _ => return None,
    })
}

/// An externally tagged enum's variant and its content (`Null` for a unit variant).
pub(super) fn tagged(v: &Value) -> Option<(&str, &Value)> {
    match v {
        Value::String(s) => Some((s, &Value::Null)),
        Value::Object(o) if o.len() == 1 => o.iter().next().map(|(k, c)| (k.as_str(), c)),
        _ => None,
    }
}

pub(super) fn option<T>(v: &Value, read: impl Fn(&Value) -> Option<T>) -> Option<Option<T>> {
    match v {
        Value::Null => Some(None),
        other => read(other).map(Some),
    }
}

fn result<T>(v: &Value, ok: impl Fn(&Value) -> Option<T>) -> Option<Result<T, String>> {
    match tagged(v)? {
        ("Ok", c) => ok(c).map(Ok),
        ("Err", c) => string(c).map(Err),
        _ => None,
    }
}

pub(super) fn string(v: &Value) -> Option<String> {
    v.as_str().map(str::to_string)
}

fn pair(v: &Value) -> Option<[&Value; 2]> {
    match v.as_array()?.as_slice() {
        [a, b] => Some([a, b]),
        _ => None,
    }
}

fn field<'a>(o: &'a Map<String, Value>, name: &str) -> Option<&'a Value> {
    o.get(name)
}

fn reported(v: &Value) -> Option<Reported> {
    let o = v.as_object()?;
    let kind = match field(o, "kind")?.as_str()? {
        "Valid" => ResultKind::Valid,
        "Invalid" => ResultKind::Invalid,
        "KeyConfusion" => ResultKind::KeyConfusion,
        "Mismatch" => ResultKind::Mismatch,
        "BadKey" => ResultKind::BadKey,
        "NoKeyForKid" => ResultKind::NoKeyForKid,
        "NotVerifiable" => ResultKind::NotVerifiable,
        _ => return None,
    };
    Some(Reported {
        kind,
        message: string(field(o, "message")?)?,
    })
}

fn decrypted(v: &Value) -> Option<Decrypted> {
    let o = v.as_object()?;
    Some(Decrypted {
        message: string(field(o, "message")?)?,
        heading: string(field(o, "heading")?)?,
        body: string(field(o, "body")?)?,
        nested: option(field(o, "nested")?, string)?,
    })
}

fn search_result(v: &Value) -> Option<SearchResult> {
    match tagged(v)? {
        ("Found", c) => string(c).map(SearchResult::Found),
        ("NotFound", c) => {
            let total = c.as_object()?.get("total")?.as_u64()?;
            Some(SearchResult::NotFound {
                total: usize::try_from(total).ok()?,
            })
        }
        _ => None,
    }
}

fn key_input(v: &Value) -> Option<KeyInput> {
    match tagged(v)? {
        ("Public", c) => string(c).map(KeyInput::Public),
        ("Secret", c) => {
            let o = c.as_object()?;
            let encoding = match field(o, "encoding")?.as_str()? {
                "Text" => SecretEncoding::Text,
                "Base64" => SecretEncoding::Base64,
                "Base64Url" => SecretEncoding::Base64Url,
                "Hex" => SecretEncoding::Hex,
                _ => return None,
            };
            Some(KeyInput::Secret {
                text: string(field(o, "text")?)?,
                encoding,
            })
        }
        _ => None,
    }
}

fn tone(v: &Value) -> Option<Tone> {
    Some(match v.as_str()? {
        "Valid" => Tone::Valid,
        "Neutral" => Tone::Neutral,
        "Invalid" => Tone::Invalid,
        _ => return None,
    })
}

fn report(v: &Value) -> Option<Report> {
    let o = v.as_object()?;
    let strings = |v: &Value| -> Option<Vec<String>> { v.as_array()?.iter().map(string).collect() };
    let checks = field(o, "checks")?
        .as_array()?
        .iter()
        .map(|c| match c.as_array()?.as_slice() {
            [t, id, text] => Some((tone(t)?, string(id)?, string(text)?)),
            _ => None,
        })
        .collect::<Option<_>>()?;
    Some(Report {
        summary: string(field(o, "summary")?)?,
        revealed: strings(field(o, "revealed")?)?,
        checks,
    })
}

fn meaning(v: &Value) -> Option<Meaning> {
    let o = v.as_object()?;
    let [label, url] = pair(field(o, "source")?)?;
    Some(Meaning {
        title: string(field(o, "title")?)?,
        meaning: string(field(o, "meaning")?)?,
        source: (string(label)?, string(url)?),
        by: option(field(o, "by")?, string)?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::token::service::messages::reply_message;

    /// Every kind of reply, with every shape of its content, reads back as serde reads it.
    #[test]
    fn it_reads_what_serde_writes_as_serde_would() {
        let meaning = Meaning {
            title: "Issuer".into(),
            meaning: "Who issued it.".into(),
            source: ("RFC 7519 §4.1.1".into(), "https://example".into()),
            by: Some("Okta".into()),
        };
        let replies = [
            Reply::Verified(None),
            Reply::Verified(Some(Reported {
                kind: ResultKind::NoKeyForKid,
                message: "m".into(),
            })),
            Reply::Decrypted(Ok(Decrypted {
                message: "m".into(),
                heading: "h".into(),
                body: "b".into(),
                nested: Some("a.b.c".into()),
            })),
            Reply::Decrypted(Err("no".into())),
            Reply::Searched(None),
            Reply::Searched(Some(SearchResult::Found("secret".into()))),
            Reply::Searched(Some(SearchResult::NotFound { total: 1175 })),
            Reply::Signed(Ok("t".into())),
            Reply::Signed(Err("e".into())),
            Reply::Example(None),
            Reply::Example(Some(("t".into(), None))),
            Reply::Example(Some((
                "t".into(),
                Some(KeyInput::Secret {
                    text: "s".into(),
                    encoding: SecretEncoding::Base64Url,
                }),
            ))),
            Reply::Example(Some(("t".into(), Some(KeyInput::Public("{}".into()))))),
            Reply::KeyPair(Ok(("a".into(), "b".into()))),
            Reply::KeyPair(Err("e".into())),
            Reply::Hashed("h".into()),
            Reply::SdJwt(None),
            Reply::SdJwt(Some(Report {
                summary: "s".into(),
                revealed: vec!["r".into()],
                checks: vec![(Tone::Invalid, "id".into(), "x".into())],
            })),
            Reply::Described(vec![None, Some(meaning)]),
            Reply::Unreadable("u".into()),
        ];
        for r in replies {
            let text = reply_message(3, r.clone(), 1.25);
            let by_serde: Envelope<Reply> = serde_json::from_str(&text).expect("serde reads it");
            let by_hand = read_reply(&text).expect("read by hand");
            assert_eq!(by_hand, by_serde, "{text}");
            assert_eq!(by_hand.body, r);
        }
        for bad in [
            "",
            "{}",
            r#"{"id":1,"body":{"Nope":1},"ms":0}"#,
            r#"{"id":-1,"body":"x"}"#,
        ] {
            assert!(read_reply(bad).is_err(), "{bad}");
        }
    }
}
