//! Two futures side by side: what changes in the recommendation between two answer sets.

use super::answers::Answers;
use super::engine::SurfaceResult;
use super::model::{Approach, Knowledge, Surface};
use super::record::answer_lines;
use super::tally;

/// How one client surface differs between the two results.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SurfaceDiff {
    /// Both results recommend the same approach for this surface.
    Same {
        /// The client surface.
        surface: &'static Surface,
        /// The approach both recommend.
        approach: &'static Approach,
    },
    /// Both results have this surface but recommend different approaches.
    Changed {
        /// The client surface.
        surface: &'static Surface,
        /// What the first result recommends.
        from: &'static Approach,
        /// What the second result recommends instead.
        to: &'static Approach,
    },
    /// Only the second result has this surface (a client was added).
    Added {
        /// The client surface the second answers added.
        surface: &'static Surface,
        /// What the second result recommends for it.
        approach: &'static Approach,
    },
    /// Only the first result has this surface.
    Removed {
        /// The client surface the second answers dropped.
        surface: &'static Surface,
        /// What the first result recommended for it.
        approach: &'static Approach,
    },
}

impl SurfaceDiff {
    /// Whether the surface's recommendation differs at all: anything but `Same`.
    pub fn is_change(&self) -> bool {
        !matches!(self, SurfaceDiff::Same { .. })
    }

    /// The difference in words.
    pub fn describe(&self) -> String {
        match self {
            SurfaceDiff::Same { surface, approach } => {
                format!("{}: {} in both", surface.name, approach.name)
            }
            SurfaceDiff::Changed { surface, from, to } => {
                format!("{}: {} instead of {}", surface.name, to.name, from.name)
            }
            SurfaceDiff::Added { surface, approach } => {
                format!("{}: new client, {}", surface.name, approach.name)
            }
            SurfaceDiff::Removed { surface, approach } => {
                format!(
                    "{}: no longer a client (was {})",
                    surface.name, approach.name
                )
            }
        }
    }
}

/// How the page and the record name the second future: “after the mobile app” as typed, or
/// “another future” when it has no name.
pub fn future_label(name: &str) -> String {
    let name = super::link::name_future(name);
    if name.is_empty() {
        "another future".to_string()
    } else {
        ["\u{201c}", &name, "\u{201d}"].concat()
    }
}

/// One answer that differs between the two futures.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AnswerDiff {
    /// The question's short label: "Revocation".
    pub question: &'static str,
    /// The first future's answer in words, or "not asked".
    pub first: String,
    /// The second future's answer in words, or "not asked".
    pub second: String,
}

impl AnswerDiff {
    /// "Revocation: Not sure → Instantly".
    pub fn describe(&self) -> String {
        format!("{}: {} → {}", self.question, self.first, self.second)
    }
}

/// The answers that differ between the two futures, in the questionnaire's order, so that each
/// change in the recommendation can be traced to the answers behind it.
pub fn answer_diffs(kb: &Knowledge, first: &Answers, second: &Answers) -> Vec<AnswerDiff> {
    let a = answer_lines(kb, first);
    let b = answer_lines(kb, second);
    let find = |lines: &[(&'static str, String)], q: &str| {
        lines
            .iter()
            .find(|(short, _)| *short == q)
            .map_or_else(|| "not asked".to_string(), |(_, text)| text.clone())
    };
    kb.questions
        .iter()
        .map(|q| q.short)
        .filter(|q| a.iter().chain(&b).any(|(short, _)| short == q))
        .map(|q| AnswerDiff {
            question: q,
            first: find(&a, q),
            second: find(&b, q),
        })
        .filter(|d| d.first != d.second)
        .collect()
}

/// Why the second future's card reads as it does, for a card that changed: its standing and its
/// strongest reason ("1 point ahead of Server-side session. A token in a header reaches…"), so
/// that a narrow flip is seen as narrow. `None` for a card that did not change.
pub fn why_changed(second: &[SurfaceResult], d: &SurfaceDiff) -> Option<String> {
    let id = match d {
        SurfaceDiff::Changed { surface, .. } | SurfaceDiff::Added { surface, .. } => surface.id,
        _ => return None,
    };
    let s = second.iter().find(|s| s.surface.id == id)?;
    let standing = tally::standing(s).describe();
    Some(match s.leading_reasons(1).first() {
        Some(reason) => format!("{standing} {reason}"),
        None => standing,
    })
}

/// Every surface of either result, in the order of the first result then new ones.
pub fn diff(first: &[SurfaceResult], second: &[SurfaceResult]) -> Vec<SurfaceDiff> {
    let mut out: Vec<SurfaceDiff> = first
        .iter()
        .map(
            |a| match second.iter().find(|b| b.surface.id == a.surface.id) {
                Some(b) if b.winner.approach.id == a.winner.approach.id => SurfaceDiff::Same {
                    surface: a.surface,
                    approach: a.winner.approach,
                },
                Some(b) => SurfaceDiff::Changed {
                    surface: a.surface,
                    from: a.winner.approach,
                    to: b.winner.approach,
                },
                None => SurfaceDiff::Removed {
                    surface: a.surface,
                    approach: a.winner.approach,
                },
            },
        )
        .collect();
    out.extend(
        second
            .iter()
            .filter(|b| !first.iter().any(|a| a.surface.id == b.surface.id))
            .map(|b| SurfaceDiff::Added {
                surface: b.surface,
                approach: b.winner.approach,
            }),
    );
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::guide::engine::score;
    use crate::guide::{Answers, KNOWLEDGE as KB};

    fn answers(pairs: &[(&str, &[&str])]) -> Answers {
        let mut a = Answers::new();
        for (q, os) in pairs {
            a.set(&KB, q, os).unwrap();
        }
        a
    }

    #[test]
    fn adding_a_mobile_app_adds_a_surface_and_keeps_the_web_answer() {
        let today = answers(&[
            ("clients", &["web"]),
            ("frontend", &["ssr"]),
            ("backend", &["monolith"]),
        ]);
        let later = today.with(
            "clients",
            crate::guide::Answer::Picked(vec!["web", "mobile"]),
        );
        let d = diff(&score(&KB, &today), &score(&KB, &later));
        assert!(matches!(d[0], SurfaceDiff::Same { surface, .. } if surface.id == "signin"));
        assert!(matches!(d[1], SurfaceDiff::Same { surface, .. } if surface.id == "web"));
        assert!(matches!(d[2], SurfaceDiff::Added { surface, .. } if surface.id == "mobile"));
        assert!(d[2].describe().starts_with("Native mobile app: new client"));
    }

    #[test]
    fn a_changed_winner_and_a_removed_surface_are_reported() {
        let a = answers(&[
            ("clients", &["web", "mobile"]),
            ("frontend", &["spa"]),
            ("revoke", &["minutes"]),
        ]);
        let b = answers(&[
            ("clients", &["web"]),
            ("frontend", &["spa"]),
            ("domains", &["several"]),
        ]);
        let d = diff(&score(&KB, &a), &score(&KB, &b));
        assert!(d
            .iter()
            .any(|x| matches!(x, SurfaceDiff::Removed { surface, .. } if surface.id == "mobile")));
        assert!(d
            .iter()
            .all(|x| x.is_change() || matches!(x, SurfaceDiff::Same { .. })));
    }

    #[test]
    fn the_answers_that_differ_are_named_and_a_narrow_flip_says_why() {
        let today = answers(&[("clients", &["web"]), ("frontend", &["ssr"])]);
        let later = answers(&[
            ("clients", &["web"]),
            ("frontend", &["spa-other"]),
            ("revoke", &["minutes"]),
        ]);
        let d = answer_diffs(&KB, &today, &later);
        let said: Vec<String> = d.iter().map(AnswerDiff::describe).collect();
        assert_eq!(
            said,
            [
                "Web front end: Server-rendered pages → SPA, API on another site",
                "Revocation: Not sure → Within minutes",
            ]
        );
        assert!(answer_diffs(&KB, &today, &today).is_empty());
        let (a, b) = (score(&KB, &today), score(&KB, &later));
        let changes = diff(&a, &b);
        let web = changes
            .iter()
            .find(|x| matches!(x, SurfaceDiff::Changed { surface, .. } if surface.id == "web"))
            .expect("the browser card changes");
        let why = why_changed(&b, web).unwrap();
        assert!(
            why.contains(" ahead of ") || why.starts_with("Tied"),
            "{why}"
        );
        let same = changes.iter().find(|x| !x.is_change()).unwrap();
        assert_eq!(why_changed(&b, same), None);
    }
}
