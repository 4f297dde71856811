//! The calculator's and the timeline's settings in their links, and the settings the guide's
//! answers suggest ("with your own numbers filled in"). Reading never fails: a value that does
//! not parse keeps its default. (The calculator's page reads its link as a `CostsForm`.)

use super::calculator::{Inputs, Store, ALGORITHMS};
use super::input::parse_amount;
use super::revocation::Settings;
use crate::format::{plain, typed};
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

/// The calculator's link query (without `?`) for these inputs: what the guide links to.
pub fn costs_query(i: &Inputs) -> String {
    format!(
        "rpd={}&users={}&store={}&alg={}&body={}&rtt={}",
        typed(i.requests_per_day),
        typed(i.active_users),
        i.store.id(),
        i.algorithm.id,
        typed(i.token_body_chars),
        typed(i.store_round_trip_ms)
    )
}

/// The timeline's link query (without `?`) for these settings; `revocation_from_query` reads it.
pub fn revocation_query(s: &Settings) -> String {
    // `plain`, not `f64`'s Display: the same text, without float formatting in the module.
    format!(
        "access={}&refresh={}&checked={}",
        plain(s.access_ttl_min),
        plain(s.refresh_ttl_h),
        u8::from(s.checked)
    )
}

/// The timeline's settings a link describes, within the sliders' ranges.
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
    s.clamped()
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

/// What the costs page starts from that the answers did not say, in a sentence, or `None` when
/// the scale was answered: an open scale is priced at the middle tier, and the reader must
/// know that the figure is a default, not their answer.
pub fn costs_assumed(answers: &Answers) -> Option<String> {
    let answered = ["small", "medium", "large", "huge"]
        .iter()
        .any(|o| answers.get("scale").is_some_and(|a| a.includes(o)));
    if answered {
        return None;
    }
    let defaults = costs_for(answers);
    Some(format!(
        "Your scale is open, so the costs start from {} requests and {} active users a day; \
         change them there.",
        crate::format::count(defaults.requests_per_day),
        crate::format::count(defaults.active_users)
    ))
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
    fn revocation_round_trip_and_bad_values_keep_defaults() {
        let s = Settings {
            access_ttl_min: 5.0,
            refresh_ttl_h: 72.0,
            checked: true,
        };
        assert_eq!(revocation_from_query(&revocation_query(&s)), s);
        assert_eq!(
            revocation_from_query("access=soon&refresh=nope"),
            Settings::default()
        );
        let out_of_range = revocation_from_query("access=0&refresh=99999");
        assert_eq!(
            (out_of_range.access_ttl_min, out_of_range.refresh_ttl_h),
            (1.0, 2160.0)
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

    #[test]
    fn an_open_scale_is_said_to_be_a_default() {
        let mut a = Answers::new();
        let said = costs_assumed(&a).expect("open");
        assert_eq!(
            said,
            "Your scale is open, so the costs start from 10,000,000 requests and 100,000 \
             active users a day; change them there."
        );
        a.set(&crate::guide::KNOWLEDGE, "scale", &["medium"])
            .unwrap();
        assert_eq!(
            costs_assumed(&a),
            None,
            "answered, even with the same numbers"
        );
        a.set(&crate::guide::KNOWLEDGE, "scale", &["unsure"])
            .unwrap();
        assert!(costs_assumed(&a).is_some());
    }
}
