//! Strategies shared by the property tests (the crypto crate's include this file too). Each
//! test file uses only some of them.
#![allow(dead_code)]

use authpick_core::guide::model::{Pick, NOT_SURE_ID};
use authpick_core::guide::{Answers, KNOWLEDGE};
use authpick_core::token::jose::base64url::encode;
use proptest::prelude::*;

/// For each question: unanswered, "Not sure", or a random valid selection.
pub fn any_answers() -> impl Strategy<Value = Answers> {
    let per_question: Vec<_> = KNOWLEDGE
        .questions
        .iter()
        .map(|q| {
            (
                0..=2u8,
                proptest::collection::vec(any::<bool>(), q.choices.len()),
                any::<prop::sample::Index>(),
            )
        })
        .collect();
    per_question.prop_map(|picks| {
        let mut answers = Answers::new();
        for (q, (mode, mask, index)) in KNOWLEDGE.questions.iter().zip(picks) {
            let chosen: Vec<&str> = match (mode, q.kind) {
                (0, _) => continue,
                (1, _) => vec![NOT_SURE_ID],
                (_, Pick::One) => vec![q.choices[index.index(q.choices.len())].id],
                (_, Pick::Many) => {
                    let set: Vec<&str> = q
                        .choices
                        .iter()
                        .zip(&mask)
                        .filter(|(_, on)| **on)
                        .map(|(c, _)| c.id)
                        .collect();
                    if set.is_empty() {
                        vec![q.choices[index.index(q.choices.len())].id]
                    } else {
                        set
                    }
                }
            };
            answers
                .set(&KNOWLEDGE, q.id, &chosen)
                .expect("generated answers are valid");
        }
        answers
    })
}

/// Random damage to a string: characters replaced, inserted or removed.
pub fn damage() -> impl Strategy<Value = Vec<(prop::sample::Index, char, u8)>> {
    proptest::collection::vec((any::<prop::sample::Index>(), any::<char>(), 0..3u8), 0..8)
}

/// Applies edits from `damage()` to `text`.
pub fn apply_damage(text: &str, edits: Vec<(prop::sample::Index, char, u8)>) -> String {
    let mut chars: Vec<char> = text.chars().collect();
    for (at, c, op) in edits {
        if chars.is_empty() {
            break;
        }
        let i = at.index(chars.len());
        match op {
            0 => chars[i] = c,
            1 => chars.insert(i, c),
            _ => {
                chars.remove(i);
            }
        }
    }
    chars.into_iter().collect()
}

/// A well-formed HS256 token built from random claims and signature bytes, then damaged.
pub fn mutated_token() -> impl Strategy<Value = String> {
    let claims = proptest::collection::vec(("[a-z]{1,8}", any::<i64>()), 0..6);
    (
        claims,
        proptest::collection::vec(any::<u8>(), 0..80),
        damage(),
    )
        .prop_map(|(claims, sig, edits)| {
            let body: Vec<String> = claims.iter().map(|(k, v)| format!("\"{k}\":{v}")).collect();
            let payload = format!("{{{}}}", body.join(","));
            let token = format!(
                "{}.{}.{}",
                encode(br#"{"alg":"HS256","typ":"JWT"}"#),
                encode(payload.as_bytes()),
                encode(&sig)
            );
            apply_damage(&token, edits)
        })
}
