//! Personal data in the payload: claims named like personal data, or values shaped like an
//! email address, a phone number or a payment card. A JWT is signed, not encrypted, so anyone
//! who sees it reads them.

use serde_json::Value;

use super::{Finding, Kind};
use crate::token::jose::decode::JsonObject;
use crate::token::jose::dialects::PERSONAL_CLAIMS;

pub(super) fn check(p: &JsonObject, out: &mut Vec<Finding>) {
    let mut personal = Vec::new();
    for (k, v) in &p.map {
        personal_data(k, v, &mut personal);
    }
    if !personal.is_empty() {
        personal.dedup();
        out.push(Finding::new(
            Kind::PersonalData,
            format!("Personal data in the payload: {}", personal.join(", ")),
            "A JWT is signed, not encrypted: anyone who sees it (logs, proxies, browser storage) \
             reads these claims.",
        ));
    }
}

const PERSONAL_NAMES: &[&str] = &[
    "email",
    "phone_number",
    "phone",
    "name",
    "given_name",
    "family_name",
    "middle_name",
    "address",
    "birthdate",
    "ssn",
    "national_id",
    "passport",
    "tax_id",
    "iban",
    "card",
    "credit_card",
];

/// Collects what in `key: value` looks like personal data (names of claims, or values that look
/// like an email address, a phone number or a payment card).
fn personal_data(key: &str, value: &Value, out: &mut Vec<String>) {
    let lower = key.to_ascii_lowercase();
    if PERSONAL_NAMES.contains(&lower.as_str()) || PERSONAL_CLAIMS.contains(&lower.as_str()) {
        out.push(key.to_string());
        return;
    }
    match value {
        Value::String(s) => {
            if looks_like_email(s) {
                out.push(format!("{key} (an email address)"));
            } else if looks_like_card(s) {
                out.push(format!("{key} (a card-like number)"));
            } else if looks_like_phone(s) {
                out.push(format!("{key} (a phone number)"));
            }
        }
        Value::Object(m) => m.iter().for_each(|(k, v)| personal_data(k, v, out)),
        Value::Array(a) => a.iter().for_each(|v| personal_data(key, v, out)),
        _ => {}
    }
}

fn looks_like_email(s: &str) -> bool {
    let Some((local, domain)) = s.split_once('@') else {
        return false;
    };
    !local.is_empty()
        && !local.contains(' ')
        && domain.contains('.')
        && !domain.contains(' ')
        && !domain.starts_with('.')
}

fn looks_like_phone(s: &str) -> bool {
    let digits = s.chars().filter(char::is_ascii_digit).count();
    s.starts_with('+')
        && (8..=15).contains(&digits)
        && s.chars()
            .all(|c| c.is_ascii_digit() || " +-().".contains(c))
}

/// 13 to 19 digits (spaces and dashes allowed) passing the Luhn check.
fn looks_like_card(s: &str) -> bool {
    if !s
        .chars()
        .all(|c| c.is_ascii_digit() || c == ' ' || c == '-')
    {
        return false;
    }
    let digits: Vec<u32> = s.chars().filter_map(|c| c.to_digit(10)).collect();
    if !(13..=19).contains(&digits.len()) {
        return false;
    }
    let sum: u32 = digits
        .iter()
        .rev()
        .enumerate()
        .map(|(i, d)| {
            if i % 2 == 1 {
                let x = d * 2;
                if x > 9 {
                    x - 9
                } else {
                    x
                }
            } else {
                *d
            }
        })
        .sum();
    sum.is_multiple_of(10)
}

#[cfg(test)]
mod tests {
    use super::super::test_support::*;
    use super::*;

    #[test]
    fn personal_data_by_name_and_by_shape() {
        let f = run(
            r#"{"alg":"HS256","typ":"JWT"}"#,
            r#"{"iss":"i","aud":"a","exp":1800000600,"email":"a@b.c","contact":{"tel":"+44 20 7946 0958"},"pan":"4111 1111 1111 1111","note":"user@example.com"}"#,
            b"s",
        );
        let p = f.iter().find(|x| x.id() == "personal-data").unwrap();
        for part in [
            "email",
            "tel (a phone number)",
            "pan (a card-like number)",
            "note (an email address)",
        ] {
            assert!(p.title.contains(part), "{part} in {}", p.title);
        }
        assert!(!looks_like_card("4111 1111 1111 1112"), "Luhn");
        assert!(
            !ids(&run(r#"{"alg":"HS256","typ":"JWT"}"#, GOOD_PAYLOAD, b"s"))
                .contains(&"personal-data")
        );
    }
}
