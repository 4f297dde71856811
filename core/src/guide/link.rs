//! The guide's whole state as a URL query string, and back.
//!
//! `?v=2&step=revoke&clients=web,mobile&revoke=instant` — keys are question ids, values option
//! ids (or `unsure`); `step=<question>` or `view=result|compare` says what is shown; `b.<question>`
//! holds the second answer set of the compare view. Decoding never fails: whatever it cannot
//! use is skipped and reported, and the rest of the link still applies. A link never carries
//! anything but these answers.

use std::collections::BTreeSet;
use std::fmt;

use super::answers::{Answer, Answers};
use super::model::{Knowledge, QuestionId, NOT_SURE_ID};

/// The link format this build writes. Links with a higher version are read as far as possible;
/// links with a lower one are read in full and say what changed since (`CHANGED_SINCE`).
pub const FORMAT_VERSION: u32 = 2;

/// What changed in the result since each earlier link format, oldest first: a link made by an
/// earlier release keeps opening, and its reader learns why the result may look different.
/// Format 2 kept every question and option of format 1 (it only added options), so a format 1
/// link's answers carry over unchanged.
pub const CHANGED_SINCE: &[(u32, &str)] = &[(
    1,
    "the result now decides sign-in (who signs people in) apart from how each client stays \
     signed in, so an identity provider appears on a card of its own and no longer replaces \
     a session; command-line apps and devices without a browser are new clients; the \
     answers in this link are unchanged",
)];

/// What changed since a link of format `made_by` was written, oldest first.
pub fn changed_since(made_by: u32) -> Vec<&'static str> {
    CHANGED_SINCE
        .iter()
        .filter(|(since, _)| *since >= made_by)
        .map(|(_, text)| *text)
        .collect()
}
/// The longest query read: every answer of both answer sets takes about 1 KB, so anything
/// longer was not made by this app, and reading it would only cost time.
pub const MAX_LINK_BYTES: usize = 4096;
/// At most this many ignored parts are named; the rest are counted.
const MAX_NAMED: usize = 20;
/// Prefix of the second answer set's keys in the compare view.
const OTHER: &str = "b.";
/// The key of the second future's name ("after the mobile app"). No question is called
/// `name` (`knowledge::tests`), so it cannot be read as an answer.
const OTHER_NAME: &str = "b.name";
/// The longest name a future keeps, in characters: a heading, not a paragraph.
pub const MAX_NAME_CHARS: usize = 60;

/// What the guide shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum View {
    /// The questionnaire, at this question (`step=<question>`).
    Step(QuestionId),
    /// The recommendation (`view=result`).
    Result,
    /// The two answer sets side by side (`view=compare`).
    Compare,
}

/// Everything a link holds.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LinkState {
    /// What the guide shows.
    pub view: View,
    /// The answers; the first answer set in the compare view.
    pub answers: Answers,
    /// The second answer set, compared with `answers` in the compare view.
    pub other: Answers,
    /// What the team calls the second future ("after the mobile app"), as typed; empty when
    /// unnamed. Cut to `MAX_NAME_CHARS` by `name_future`.
    pub other_name: String,
}

impl LinkState {
    /// The first question, nothing answered.
    pub fn start(kb: &Knowledge) -> Self {
        Self::showing(kb, Answers::new(), None)
    }

    /// A state at the first question, or `view` when given.
    pub fn showing(kb: &Knowledge, answers: Answers, view: Option<View>) -> Self {
        let first = kb
            .questions
            .first()
            .map_or(View::Result, |q| View::Step(q.id));
        Self {
            view: view.unwrap_or(first),
            answers,
            other: Answers::new(),
            other_name: String::new(),
        }
    }
}

/// A typed name as a future keeps it: control characters dropped, spaces at the ends trimmed,
/// at most `MAX_NAME_CHARS` characters.
pub fn name_future(typed: &str) -> String {
    typed
        .chars()
        .filter(|c| !c.is_control())
        .collect::<String>()
        .trim()
        .chars()
        .take(MAX_NAME_CHARS)
        .collect::<String>()
        .trim_end()
        .to_string()
}

/// A part of a link that was not used, and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Ignored {
    /// A key that names no question, as the link spelt it.
    UnknownKey(String),
    /// A value the key does not accept: an unknown option, step, view or version.
    UnknownValue {
        /// The key, as the link spelt it.
        key: String,
        /// The value refused.
        value: String,
    },
    /// The link's `v`, higher than `FORMAT_VERSION`; the rest was still read.
    NewerVersion(String),
    /// A part whose percent-encoding is broken, as it stood in the link.
    Malformed(String),
    /// A key that came again; only its first value was used.
    Repeated(String),
    /// The link is longer than any this app makes: none of it was read.
    TooLong {
        /// The query's length in bytes.
        bytes: usize,
    },
    /// More parts were ignored than are worth naming.
    More(usize),
}

impl fmt::Display for Ignored {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Ignored::UnknownKey(k) => write!(f, "“{k}” is not a question this version knows"),
            Ignored::UnknownValue { key, value } => {
                write!(f, "“{value}” is not a valid answer for “{key}”")
            }
            Ignored::NewerVersion(v) => write!(
                f,
                "the link was made by a newer version (format {v}); what this version understands was applied"
            ),
            Ignored::Malformed(part) => write!(f, "“{part}” is not properly encoded"),
            Ignored::Repeated(k) => write!(f, "“{k}” appears more than once; the first was used"),
            Ignored::TooLong { bytes } => write!(
                f,
                "the link is {bytes} characters long, more than any link this app makes \
                 ({MAX_LINK_BYTES}), so none of it was read"
            ),
            Ignored::More(n) => write!(f, "and {n} more"),
        }
    }
}

/// The result of reading a link: the state it describes and what was skipped.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Opened {
    /// The state the link describes, with defaults for what it left out.
    pub state: LinkState,
    /// What was skipped, in the link's order; past the first twenty, one `More` counts the rest.
    pub ignored: Vec<Ignored>,
    /// Whether the link named any answer (an empty link may be completed from storage).
    pub has_answers: bool,
    /// Whether the link said what to show (a step or a view).
    pub has_view: bool,
    /// The link's format, when an earlier release wrote it (its `v` is below
    /// `FORMAT_VERSION`); `changed_since` says what changed since.
    pub made_by: Option<u32>,
}

/// A notice about how a link was read, for the top of the page.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Notice {
    /// A class for the page to style it by: `version-notice` or `link-notice`.
    pub kind: &'static str,
    /// The notice in words.
    pub text: String,
}

impl Opened {
    /// What the reader should know about how this link was read, in order: that an earlier
    /// release wrote it and what changed since, then what in it was ignored. Empty for a link
    /// this version wrote and read in full.
    pub fn notices(&self) -> Vec<Notice> {
        let mut out = Vec::new();
        let changed = self.made_by.map(changed_since).unwrap_or_default();
        if !changed.is_empty() {
            out.push(Notice {
                kind: "version-notice",
                text: [
                    "This link was made by an earlier version of the guide. Since then ",
                    &changed.join("; "),
                    ".",
                ]
                .concat(),
            });
        }
        if !self.ignored.is_empty() {
            let parts: Vec<String> = self.ignored.iter().map(Ignored::to_string).collect();
            out.push(Notice {
                kind: "link-notice",
                text: [
                    "Part of this link was ignored: ",
                    &parts.join("; "),
                    ". Everything else in it was applied.",
                ]
                .concat(),
            });
        }
        out
    }
}

/// Writes the state as a query string, without the leading `?`. Keys come in a fixed order, so
/// equal states give equal links.
pub fn encode(kb: &Knowledge, state: &LinkState) -> String {
    let mut parts = vec![format!("v={FORMAT_VERSION}")];
    parts.push(match state.view {
        View::Step(q) => format!("step={q}"),
        View::Result => "view=result".to_string(),
        View::Compare => "view=compare".to_string(),
    });
    push_answers(kb, &state.answers, "", &mut parts);
    push_answers(kb, &state.other, OTHER, &mut parts);
    let name = name_future(&state.other_name);
    if !name.is_empty() {
        parts.push(format!("{OTHER_NAME}={}", crate::query::escape(&name)));
    }
    parts.join("&")
}

fn push_answers(kb: &Knowledge, answers: &Answers, prefix: &str, parts: &mut Vec<String>) {
    for q in kb.questions {
        match answers.get(q.id) {
            Some(Answer::Unsure) => parts.push(format!("{prefix}{}={NOT_SURE_ID}", q.id)),
            Some(Answer::Picked(ids)) => parts.push(format!("{prefix}{}={}", q.id, ids.join(","))),
            None => {}
        }
    }
}

/// Reads a query string (with or without the leading `?`).
pub fn decode(kb: &Knowledge, query: &str) -> Opened {
    let mut state = LinkState::start(kb);
    let mut ignored = Vec::new();
    let query = query.trim_start_matches('?');
    if query.len() > MAX_LINK_BYTES {
        ignored.push(Ignored::TooLong { bytes: query.len() });
        return Opened {
            state,
            ignored,
            has_answers: false,
            has_view: false,
            made_by: None,
        };
    }
    // A set, not a list: a long link is not searched once per key. (A BTreeSet, as `Answers`
    // uses: no hashing code in the guide's module.)
    let mut seen: BTreeSet<String> = BTreeSet::new();
    let mut view: Option<View> = None;
    let mut has_answers = false;
    let mut made_by = None;
    for part in crate::query::parts(query) {
        let (key, value) = match part {
            Ok(kv) => kv,
            Err(raw) => {
                ignored.push(Ignored::Malformed(raw.to_string()));
                continue;
            }
        };
        if !seen.insert(key.clone()) {
            ignored.push(Ignored::Repeated(key));
            continue;
        }
        let unknown_value = || Ignored::UnknownValue {
            key: key.clone(),
            value: value.clone(),
        };
        match key.as_str() {
            "v" => match value.parse::<u32>() {
                Ok(v) if v < FORMAT_VERSION => made_by = Some(v),
                Ok(v) if v == FORMAT_VERSION => {}
                Ok(_) => ignored.push(Ignored::NewerVersion(value.clone())),
                Err(_) => ignored.push(unknown_value()),
            },
            "step" => match kb.question(&value) {
                Some(q) => view = view.or(Some(View::Step(q.id))),
                None => ignored.push(unknown_value()),
            },
            OTHER_NAME => state.other_name = name_future(&value),
            "view" => match value.as_str() {
                "result" => view = Some(View::Result),
                "compare" => view = Some(View::Compare),
                _ => ignored.push(unknown_value()),
            },
            _ => {
                let (target, question) = match key.strip_prefix(OTHER) {
                    Some(q) => (&mut state.other, q),
                    None => (&mut state.answers, key.as_str()),
                };
                if kb.question(question).is_none() {
                    ignored.push(Ignored::UnknownKey(key.clone()));
                    continue;
                }
                has_answers = true;
                read_answer(kb, target, question, &key, &value, &mut ignored);
            }
        }
    }
    let has_view = view.is_some();
    if let Some(v) = view {
        state.view = v;
    }
    if ignored.len() > MAX_NAMED {
        let more = ignored.len() - MAX_NAMED;
        ignored.truncate(MAX_NAMED);
        ignored.push(Ignored::More(more));
    }
    Opened {
        state,
        ignored,
        has_answers,
        has_view,
        made_by,
    }
}

/// Applies one answer, keeping the valid options of a partly valid list.
fn read_answer(
    kb: &Knowledge,
    answers: &mut Answers,
    question: &str,
    key: &str,
    value: &str,
    ignored: &mut Vec<Ignored>,
) {
    let Some(q) = kb.question(question) else {
        return;
    };
    let (known, unknown): (Vec<&str>, Vec<&str>) = value
        .split(',')
        .partition(|v| *v == NOT_SURE_ID || q.choice(v).is_some());
    for v in unknown {
        ignored.push(Ignored::UnknownValue {
            key: key.to_string(),
            value: v.to_string(),
        });
    }
    if known.is_empty() {
        return;
    }
    if answers.set(kb, question, &known).is_err() {
        ignored.push(Ignored::UnknownValue {
            key: key.to_string(),
            value: value.to_string(),
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::guide::KNOWLEDGE as KB;

    fn state(pairs: &[(&str, &[&str])], view: View) -> LinkState {
        let mut answers = Answers::new();
        for (q, os) in pairs {
            answers.set(&KB, q, os).unwrap();
        }
        LinkState {
            view,
            answers,
            other: Answers::new(),
            other_name: String::new(),
        }
    }

    #[test]
    fn links_longer_than_any_this_app_makes_are_not_read() {
        let long = format!("clients=web&{}", "x=1&".repeat(2000));
        let opened = decode(&KB, &long);
        assert_eq!(opened.state, LinkState::start(&KB));
        assert!(!opened.has_answers);
        assert!(
            matches!(opened.ignored[..], [Ignored::TooLong { .. }]),
            "{:?}",
            opened.ignored
        );
        assert!(opened.ignored[0]
            .to_string()
            .contains("none of it was read"));
    }

    #[test]
    fn many_ignored_parts_are_counted_not_listed() {
        let noisy: String = (0..100).map(|i| format!("q{i}=1&")).collect();
        let opened = decode(&KB, &format!("clients=web&{noisy}"));
        assert!(opened.has_answers, "the rest still applies");
        assert_eq!(opened.ignored.len(), 21);
        assert_eq!(opened.ignored[20], Ignored::More(80));
    }

    #[test]
    fn encodes_short_readable_keys_in_a_fixed_order() {
        let s = state(
            &[("revoke", &["instant"]), ("clients", &["mobile", "web"])],
            View::Result,
        );
        assert_eq!(
            encode(&KB, &s),
            "v=2&view=result&clients=web,mobile&revoke=instant"
        );
        let s = state(&[("data", &["unsure"])], View::Step("data"));
        assert_eq!(encode(&KB, &s), "v=2&step=data&data=unsure");
    }

    #[test]
    fn decodes_what_it_encodes() {
        let mut s = state(
            &[("clients", &["web", "services"]), ("frontend", &["spa"])],
            View::Compare,
        );
        s.other.set(&KB, "clients", &["web", "mobile"]).unwrap();
        let d = decode(&KB, &format!("?{}", encode(&KB, &s)));
        assert_eq!(d.state, s);
        assert!(d.ignored.is_empty());
        assert!(d.has_answers);
    }

    #[test]
    fn notices_say_what_changed_first_then_what_was_ignored() {
        assert!(decode(&KB, "v=2&clients=web").notices().is_empty());
        let n = decode(&KB, "v=1&clients=web&colour=blue").notices();
        assert_eq!(n.len(), 2, "{n:?}");
        assert_eq!(n[0].kind, "version-notice");
        assert!(n[0].text.starts_with("This link was made by an earlier version of the guide. Since then the result now decides sign-in"));
        assert!(n[0].text.ends_with("unchanged."), "{}", n[0].text);
        assert_eq!(n[1].kind, "link-notice");
        assert_eq!(
            n[1].text,
            "Part of this link was ignored: “colour” is not a question this version knows. \
             Everything else in it was applied."
        );
    }

    #[test]
    fn the_second_future_keeps_its_name() {
        let mut s = state(&[("clients", &["web"])], View::Compare);
        s.other.set(&KB, "clients", &["web", "mobile"]).unwrap();
        s.other_name = "after the mobile app & v2".to_string();
        let link = encode(&KB, &s);
        assert!(
            link.ends_with("&b.name=after%20the%20mobile%20app%20%26%20v2"),
            "{link}"
        );
        let d = decode(&KB, &link);
        assert_eq!(d.state, s);
        assert!(d.ignored.is_empty(), "{:?}", d.ignored);
        // No question can be mistaken for the name.
        assert!(KB.question("name").is_none());
        // Typed text is tidied and cut, never refused.
        assert_eq!(name_future("  two\nlines  "), "twolines");
        assert_eq!(
            name_future(&"x".repeat(100)).chars().count(),
            MAX_NAME_CHARS
        );
        let d = decode(&KB, "view=compare&b.name=%20%20");
        assert_eq!(d.state.other_name, "");
        assert!(!encode(&KB, &d.state).contains("name"));
    }

    #[test]
    fn an_empty_link_is_the_first_question() {
        let d = decode(&KB, "");
        assert_eq!(d.state, LinkState::start(&KB));
        assert!(!d.has_answers && d.ignored.is_empty());
    }

    #[test]
    fn tampering_is_reported_and_the_rest_still_applies() {
        let d = decode(
            &KB,
            "v=1&view=result&clients=web,tablet&revoke=soon&colour=blue&data=low&data=regulated&step=nope",
        );
        assert_eq!(d.state.view, View::Result);
        assert_eq!(
            d.state.answers.get("clients"),
            Some(&Answer::Picked(vec!["web"]))
        );
        assert_eq!(
            d.state.answers.get("data"),
            Some(&Answer::Picked(vec!["low"]))
        );
        assert_eq!(d.state.answers.get("revoke"), None);
        assert_eq!(
            d.ignored,
            vec![
                Ignored::UnknownValue {
                    key: "clients".into(),
                    value: "tablet".into()
                },
                Ignored::UnknownValue {
                    key: "revoke".into(),
                    value: "soon".into()
                },
                Ignored::UnknownKey("colour".into()),
                Ignored::Repeated("data".into()),
                Ignored::UnknownValue {
                    key: "step".into(),
                    value: "nope".into()
                },
            ]
        );
    }

    #[test]
    fn several_options_for_a_single_choice_question_are_refused() {
        let d = decode(&KB, "revoke=instant,hours");
        assert_eq!(d.state.answers.get("revoke"), None);
        assert_eq!(d.ignored.len(), 1);
    }

    #[test]
    fn an_older_link_is_read_in_full_and_says_what_changed() {
        let d = decode(&KB, "v=1&view=result&clients=web&run=provider");
        assert_eq!(d.made_by, Some(1));
        assert!(d.ignored.is_empty(), "{:?}", d.ignored);
        assert_eq!(d.state.view, View::Result);
        assert!(d.state.answers.get("run").is_some());
        let changed = changed_since(1);
        assert_eq!(changed.len(), 1);
        assert!(changed[0].contains("sign-in"));
        assert!(changed_since(FORMAT_VERSION).is_empty());
        assert_eq!(decode(&KB, "v=2&clients=web").made_by, None);
        // What this build writes reads back as current.
        let current = encode(&KB, &d.state);
        assert_eq!(decode(&KB, &current).made_by, None);
    }

    #[test]
    fn a_newer_version_is_read_as_far_as_possible() {
        let d = decode(&KB, "v=7&revoke=hours&future=thing");
        assert_eq!(
            d.state.answers.get("revoke"),
            Some(&Answer::Picked(vec!["hours"]))
        );
        assert_eq!(d.ignored[0], Ignored::NewerVersion("7".into()));
        assert_eq!(d.ignored[1], Ignored::UnknownKey("future".into()));
    }

    #[test]
    fn percent_encoding_is_understood_and_bad_encoding_reported() {
        let d = decode(&KB, "clients=web%2Cmobile&revoke=%E0%A4%A&data=%ZZ");
        assert_eq!(
            d.state.answers.get("clients"),
            Some(&Answer::Picked(vec!["web", "mobile"]))
        );
        assert_eq!(
            d.ignored,
            vec![
                Ignored::Malformed("revoke=%E0%A4%A".into()),
                Ignored::Malformed("data=%ZZ".into())
            ]
        );
    }

    #[test]
    fn messages_name_what_was_ignored() {
        let text = Ignored::UnknownValue {
            key: "revoke".into(),
            value: "soon".into(),
        }
        .to_string();
        assert!(text.contains("soon") && text.contains("revoke"));
        assert!(Ignored::NewerVersion("2".into())
            .to_string()
            .contains("newer version"));
    }
}
