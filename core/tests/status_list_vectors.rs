//! Token Status List conformance: the draft's own test vectors (see `status_list/README.md`).
//! Each list is decoded from its JSON encoding, inflated and read by the core, and every one of
//! its 2^20 entries must hold the value the draft lists for it (0 when
//! the draft lists none).

use std::collections::BTreeMap;

use authpick_core::token::protocols::status_list::{compressed, inflate, reference, Bits, Status};
use serde_json::{json, Map, Value};

const ENTRIES: u64 = 1 << 20;

/// `status[1993] = 0b0010` lines → index → value.
fn statuses(text: &str) -> BTreeMap<u64, u8> {
    text.lines()
        .filter_map(|l| {
            let (idx, value) = l.strip_prefix("status[")?.split_once(']')?;
            let value = value.trim().trim_start_matches('=').trim();
            let value = u8::from_str_radix(value.strip_prefix("0b")?, 2).ok()?;
            Some((idx.trim().parse().ok()?, value))
        })
        .collect()
}

/// The `{"bits": N, "lst": "…"}` of an example file, its wrapped `lst` joined.
fn status_list(text: &str) -> Value {
    let joined: String = text.split_whitespace().collect();
    serde_json::from_str(&joined).expect("the example is JSON once its wrapping is removed")
}

fn check(bits: u32, name: &str) {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/status_list/");
    let read = |f: &str| std::fs::read_to_string(format!("{dir}{f}")).unwrap();
    let expected = statuses(&read(&format!("{name}.statuses")));
    assert!(
        expected.len() >= 11,
        "{name}: {} statuses read",
        expected.len()
    );
    let mut payload = Map::new();
    payload.insert(
        "status_list".into(),
        status_list(&read(&format!("{name}.json"))),
    );
    let c = compressed(&payload).unwrap().unwrap();
    assert_eq!(c.bits.count(), bits, "{name}");
    let list = inflate(&c).unwrap();
    assert_eq!(list.len(), ENTRIES, "{name}: 2^20 entries");
    for idx in 0..ENTRIES {
        let want = expected.get(&idx).copied().unwrap_or(0);
        assert_eq!(
            list.entry(idx).map(Status::value),
            Some(want),
            "{name}: status[{idx}]"
        );
    }
    assert_eq!(list.entry(ENTRIES), None, "{name}: past the end");
}

#[test]
fn one_bit() {
    check(1, "bits1");
}

#[test]
fn two_bits() {
    check(2, "bits2");
}

#[test]
fn four_bits() {
    check(4, "bits4");
}

#[test]
fn eight_bits() {
    check(8, "bits8");
}

#[test]
fn the_drafts_status_list_token_and_the_token_it_answers() {
    // §5.1's Status List Token, and §6.2's Referenced Token pointing at index 0 of it.
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/status_list/");
    let raw = std::fs::read_to_string(format!("{dir}status_list_jwt_raw.txt")).unwrap();
    let jwt: String = raw.split_whitespace().collect();
    let payload = jwt.split('.').nth(1).unwrap();
    let payload = authpick_core::token::jose::base64url::decode(payload)
        .unwrap()
        .0;
    let payload: Map<String, Value> = serde_json::from_slice(&payload).unwrap();
    let list = inflate(&compressed(&payload).unwrap().unwrap()).unwrap();
    assert_eq!(list.len(), 16);
    let referenced = json!({
        "status": {"status_list": {"idx": 0, "uri": "https://example.com/statuslists/1"}}
    });
    let r = reference(referenced.as_object().unwrap()).unwrap().unwrap();
    assert_eq!(
        payload["sub"],
        r.uri.as_str(),
        "the list is the one the token names"
    );
    // §4.1: status[0] of this list is 1, so the token is INVALID.
    assert_eq!(list.entry(r.idx), Some(Status::Invalid));
    assert_eq!(Bits::One.count(), 1);
}
