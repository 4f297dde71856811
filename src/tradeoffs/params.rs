//! The calculator's and the timeline's settings in their links, and the settings the guide's
//! answers suggest ("with your own numbers filled in"). Reading never fails: a value that does
//! not parse keeps its default.

use super::calculator::{algorithm, parse_amount, Inputs, Store, ALGORITHMS};
use super::format::plain;
use super::revocation::Settings;
use crate::guide::Answers;
use crate::query::parts;

impl Default for Inputs {
    fn default() -> Self {
        Inputs {
            requests_per_day: 1_000_000.0,
            active_users: 10_000.0,
            store: Store::Redis,
            algorithm: &ALGORITHMS[1],
            token_body_chars: 402.0,
            store_round_trip_ms: 0.5,
        }
    }
}

pub fn costs_query(i: &Inputs) -> String {
    format!(
        "rpd={}&users={}&store={}&alg={}&body={}&rtt={}",
        plain(i.requests_per_day),
        plain(i.active_users),
        i.store.id(),
        i.algorithm.id,
        plain(i.token_body_chars),
        plain(i.store_round_trip_ms)
    )
}

pub fn costs_from_query(query: &str) -> Inputs {
    let mut i = Inputs::default();
    for (key, value) in parts(query).flatten() {
        let number = parse_amount(&value).ok();
        match key.as_str() {
            "rpd" => i.requests_per_day = number.unwrap_or(i.requests_per_day),
            "users" => i.active_users = number.unwrap_or(i.active_users),
            "body" => i.token_body_chars = number.unwrap_or(i.token_body_chars),
            "rtt" => i.store_round_trip_ms = number.unwrap_or(i.store_round_trip_ms),
            "store" => i.store = Store::from_id(&value).unwrap_or(i.store),
            "alg" => i.algorithm = algorithm(&value).unwrap_or(i.algorithm),
            _ => {}
        }
    }
    i
}

pub fn revocation_query(s: &Settings) -> String {
    format!(
        "access={}&refresh={}&checked={}",
        s.access_ttl_min,
        s.refresh_ttl_h,
        u8::from(s.checked)
    )
}

pub fn revocation_from_query(query: &str) -> Settings {
    let mut s = Settings::default();
    for (key, value) in parts(query).flatten() {
        let number = parse_amount(&value).ok();
        match key.as_str() {
            "access" => s.access_ttl_min = number.unwrap_or(s.access_ttl_min),
            "refresh" => s.refresh_ttl_h = number.unwrap_or(s.refresh_ttl_h),
            "checked" => s.checked = value == "1",
            _ => {}
        }
    }
    s
}

/// The calculator's inputs suggested by the guide's answers on scale and store.
pub fn costs_for(answers: &Answers) -> Inputs {
    let picked = |q: &str, o: &str| answers.get(q).is_some_and(|a| a.includes(o));
    let (requests_per_day, active_users) = if picked("scale", "small") {
        (1_000_000.0, 10_000.0)
    } else if picked("scale", "large") {
        (50_000_000.0, 1_000_000.0)
    } else if picked("scale", "huge") {
        (200_000_000.0, 5_000_000.0)
    } else {
        (10_000_000.0, 100_000.0)
    };
    let store = if picked("store", "cannot") {
        Store::None
    } else {
        Store::Redis
    };
    Inputs {
        requests_per_day,
        active_users,
        store,
        ..Inputs::default()
    }
}

/// The timeline's settings suggested by the guide's revocation answer.
pub fn revocation_for(answers: &Answers) -> Settings {
    let picked = |o: &str| answers.get("revoke").is_some_and(|a| a.includes(o));
    let access_ttl_min = if picked("instant") {
        5.0
    } else if picked("hours") {
        60.0
    } else {
        10.0
    };
    Settings {
        access_ttl_min,
        checked: picked("instant"),
        ..Settings::default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::guide::KNOWLEDGE;

    #[test]
    fn costs_round_trip_and_bad_values_keep_defaults() {
        let i = Inputs {
            requests_per_day: 2.5e6,
            store: Store::Relational,
            ..Inputs::default()
        };
        assert_eq!(costs_from_query(&costs_query(&i)), i);
        let d = costs_from_query("rpd=-5&users=abc&store=mongo&alg=none&rtt=%ZZ&x=1");
        assert_eq!(d, Inputs::default());
    }

    #[test]
    fn revocation_round_trip_and_bad_values_keep_defaults() {
        let s = Settings {
            access_ttl_min: 5.0,
            refresh_ttl_h: 72.0,
            checked: true,
        };
        assert_eq!(revocation_from_query(&revocation_query(&s)), s);
        assert_eq!(
            revocation_from_query("access=soon&refresh=-1"),
            Settings::default()
        );
    }

    #[test]
    fn answers_suggest_numbers() {
        let mut a = Answers::new();
        a.set(&KNOWLEDGE, "scale", &["huge"]).unwrap();
        a.set(&KNOWLEDGE, "store", &["cannot"]).unwrap();
        a.set(&KNOWLEDGE, "revoke", &["instant"]).unwrap();
        let c = costs_for(&a);
        assert_eq!((c.requests_per_day, c.store), (200_000_000.0, Store::None));
        let r = revocation_for(&a);
        assert!(r.checked && r.access_ttl_min == 5.0);
        assert_eq!(costs_for(&Answers::new()).requests_per_day, 10_000_000.0);
    }
}
