//! Two futures side by side: what changes in the recommendation between two answer sets.

use super::engine::SurfaceResult;
use super::model::{Approach, Surface};

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
}
