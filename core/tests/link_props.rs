//! Properties of the link codec: every valid state survives encode → decode unchanged, and the
//! decoder accepts any string at all without panicking, always producing a usable state.

mod common;

use authpick_core::guide::link::{decode, encode, name_future, LinkState, View, FORMAT_VERSION};
use authpick_core::guide::KNOWLEDGE;
use common::{any_answers, apply_damage, damage};
use proptest::prelude::*;
use proptest::test_runner::FileFailurePersistence;

fn any_view() -> impl Strategy<Value = View> {
    prop_oneof![
        any::<prop::sample::Index>()
            .prop_map(|i| View::Step(KNOWLEDGE.questions[i.index(KNOWLEDGE.questions.len())].id)),
        Just(View::Result),
        Just(View::Compare),
    ]
}

fn any_state() -> impl Strategy<Value = LinkState> {
    let name = prop_oneof![Just(String::new()), "\\PC{0,70}"];
    (any_view(), any_answers(), any_answers(), name).prop_map(|(view, answers, other, name)| {
        LinkState {
            view,
            answers,
            other,
            // A typed name as the page keeps it.
            other_name: name_future(&name),
        }
    })
}

/// Valid links with random damage: characters replaced, inserted or dropped.
fn mutated_link() -> impl Strategy<Value = String> {
    (any_state(), damage())
        .prop_map(|(state, edits)| apply_damage(&encode(&KNOWLEDGE, &state), edits))
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: 500,
        failure_persistence: Some(Box::new(FileFailurePersistence::WithSource("regressions"))),
        ..ProptestConfig::default()
    })]

    #[test]
    fn every_valid_state_survives_a_round_trip(state in any_state()) {
        let link = encode(&KNOWLEDGE, &state);
        let decoded = decode(&KNOWLEDGE, &link);
        prop_assert_eq!(&decoded.state, &state);
        prop_assert!(decoded.ignored.is_empty(), "{:?}", decoded.ignored);
        // Links carry nothing but ids and separators, and the future's name, escaped.
        let version = format!("v={FORMAT_VERSION}");
        let link = link.split("&b.name=").next().unwrap_or("");
        let rest = link.strip_prefix(&version);
        prop_assert!(rest.is_some(), "{}", link);
        prop_assert!(rest.unwrap_or("").bytes().all(|b| b.is_ascii_lowercase() || b"=&,.-".contains(&b)), "{}", link);
    }

    #[test]
    fn any_string_decodes_without_panicking(s in any::<String>()) {
        let d = decode(&KNOWLEDGE, &s);
        // Whatever was read is a valid state: encoding it and reading it back changes nothing.
        prop_assert_eq!(decode(&KNOWLEDGE, &encode(&KNOWLEDGE, &d.state)).state, d.state);
    }

    #[test]
    fn damaged_links_decode_to_valid_states(s in mutated_link()) {
        let d = decode(&KNOWLEDGE, &s);
        let again = decode(&KNOWLEDGE, &encode(&KNOWLEDGE, &d.state));
        prop_assert_eq!(again.state, d.state);
        prop_assert!(again.ignored.is_empty());
    }

    #[test]
    fn query_like_strings_decode_without_panicking(s in "[a-z.=&,%+0-9A-F?]{0,80}") {
        let _ = decode(&KNOWLEDGE, &s);
    }
}
