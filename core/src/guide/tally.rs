//! The scoring story the result page and the decision record tell. Every contribution to a
//! score is a line, the head start included, so the total a reader sees is the sum of the
//! lines above it; and the words for how an approach stands against the recommendation are
//! chosen here, so "tie" is only ever said of a tie.

use super::engine::{Assessment, Reason, SurfaceResult};
use super::model::Approach;
use crate::text::capitalise;

/// How the points work, said once above the reasons.
pub const POINTS_EXPLAINED: &str = "Each approach starts from a head start (2 for the simplest \
    default, 0 for the rest) and every answer adds or takes away points: 1 tips a balance, 2 or \
    3 is a real reason, 4 or more usually decides on its own. The highest total wins; a tie \
    goes to the simpler approach.";

/// What stands beside a reason that no answer triggered: it holds for the surface whatever
/// was answered. (It used to name the surface: "every service to service".)
pub const UNCONDITIONAL: &str = "Counts whatever you answered.";

/// One contribution to an approach's score.
#[derive(Clone, Copy, Debug)]
pub enum Line<'a> {
    /// The approach's head start, before any answer.
    HeadStart(&'static Approach),
    /// A reason that fired, for or against.
    Reason(&'a Reason),
}

impl Line<'_> {
    /// The points the line adds to the score; negative for a reason against.
    pub fn points(&self) -> i32 {
        match self {
            Line::HeadStart(a) => a.prior,
            Line::Reason(r) => r.rule.weight,
        }
    }
}

/// The contributions to an assessment's score: the head start (when there is one), then the
/// reasons for, strongest first, then the reasons against. They add up to `a.score`.
pub fn lines(a: &Assessment) -> Vec<Line<'_>> {
    let head = (a.approach.prior != 0).then_some(Line::HeadStart(a.approach));
    head.into_iter()
        .chain(a.pros.iter().map(Line::Reason))
        .chain(a.cons.iter().map(Line::Reason))
        .collect()
}

/// What the head start means, for the line that shows it.
pub fn head_start_text(a: &Approach) -> String {
    format!(
        "Head start: {} is the simplest sound default, so it starts ahead; every other \
         option needs the answers to call for it.",
        a.name
    )
}

/// "4 points behind the chosen option", "tied with the chosen option" or "ruled out": an
/// alternative's standing in a few words, for a line that already gave its total.
pub fn behind(a: &Assessment, s: &SurfaceResult) -> String {
    if !a.is_viable() {
        return "ruled out".to_string();
    }
    match s.winner.score - a.score {
        0 => "tied with the chosen option, which is simpler".to_string(),
        d => format!("{} behind the chosen option", points(d)),
    }
}

/// "+3", "−2", "0": a contribution's points with a true minus sign.
pub fn signed(n: i32) -> String {
    match n {
        0 => "0".to_string(),
        n if n > 0 => format!("+{n}"),
        n => format!("−{}", n.unsigned_abs()),
    }
}

/// "1 point", "3 points", "0 points", "−2 points".
pub fn points(n: i32) -> String {
    let sign = if n < 0 { "−" } else { "" };
    let abs = n.unsigned_abs();
    format!("{sign}{abs} point{}", if abs == 1 { "" } else { "s" })
}

/// How the recommendation stands against the best viable alternative.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Standing {
    /// Nothing else fits.
    Only,
    /// The recommendation scored more than the best viable alternative.
    Ahead {
        /// By how many points.
        by: i32,
        /// The best viable alternative.
        of: &'static Approach,
    },
    /// Equal scores: the recommendation won as the simpler approach.
    Tie {
        /// The alternative it tied with, the more complex of the two.
        with: &'static Approach,
        /// The score both reached.
        at: i32,
    },
}

/// How the surface's recommendation stands against its best viable alternative.
pub fn standing(s: &SurfaceResult) -> Standing {
    match s.alternatives.iter().find(|a| a.is_viable()) {
        None => Standing::Only,
        Some(next) if next.score == s.winner.score => Standing::Tie {
            with: next.approach,
            at: next.score,
        },
        Some(next) => Standing::Ahead {
            by: s.winner.score - next.score,
            of: next.approach,
        },
    }
}

impl Standing {
    /// The card's line: "3 points ahead of Backend-for-frontend."
    pub fn describe(&self) -> String {
        match self {
            Standing::Only => "The only option that fits your answers.".to_string(),
            Standing::Ahead { by, of } => format!("{} ahead of {}.", points(*by), of.name),
            Standing::Tie { with, at } => format!(
                "Tied with {} at {}; a tie goes to the simpler approach.",
                with.name,
                points(*at)
            ),
        }
    }
}

/// How one alternative compares with the recommendation, in its own words.
pub fn versus(a: &Assessment, s: &SurfaceResult) -> String {
    let w = &s.winner;
    if !a.is_viable() {
        return "Ruled out by your answers.".to_string();
    }
    if a.score == w.score {
        return format!(
            "{} total, the same as the recommendation: a tie, which goes to {} as the simpler \
             approach.",
            capitalise(&points(a.score)),
            w.approach.name
        );
    }
    format!(
        "{} total against {} for the recommendation: {} behind.",
        capitalise(&points(a.score)),
        points(w.score),
        points(w.score - a.score)
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::guide::{recommend, Answers, KNOWLEDGE};

    fn outcome(pairs: &[(&str, &[&str])]) -> crate::guide::Outcome {
        let mut a = Answers::new();
        for (q, o) in pairs {
            a.set(&KNOWLEDGE, q, o).unwrap();
        }
        recommend(&KNOWLEDGE, &a)
    }

    #[test]
    fn every_score_is_the_sum_of_its_lines() {
        let o = outcome(&[
            ("clients", &["web", "mobile", "services"]),
            ("frontend", &["ssr"]),
            ("revoke", &["instant"]),
            ("team", &["small"]),
        ]);
        for s in &o.surfaces {
            for a in std::iter::once(&s.winner).chain(&s.alternatives) {
                let sum: i32 = lines(a).iter().map(Line::points).sum();
                assert_eq!(sum, a.score, "{} on {}", a.approach.id, s.surface.id);
            }
        }
        // The session's head start is a line of its own.
        let web = o.surfaces.iter().find(|s| s.surface.id == "web").unwrap();
        assert!(matches!(lines(&web.winner)[0], Line::HeadStart(a) if a.id == "session"));
    }

    #[test]
    fn the_explanation_matches_the_head_starts() {
        // POINTS_EXPLAINED says "2 for the simplest default, 0 for the rest".
        for a in KNOWLEDGE.approaches {
            assert!(a.prior == 0 || a.prior == 2, "{}: {}", a.id, a.prior);
        }
        assert!(POINTS_EXPLAINED.contains("2 for the simplest default, 0 for the rest"));
    }

    #[test]
    fn signs_and_plurals() {
        assert_eq!(signed(3), "+3");
        assert_eq!(signed(-2), "−2");
        assert_eq!(signed(0), "0");
        assert_eq!(points(1), "1 point");
        assert_eq!(points(0), "0 points");
        assert_eq!(points(-1), "−1 point");
        assert_eq!(points(-11), "−11 points");
        assert!(!points(-11).contains('-'), "a true minus sign");
    }

    #[test]
    fn tie_words_only_for_ties() {
        // Partners' servers, low stakes, a small team: keys and client credentials tie at 3.
        let tie = outcome(&[
            ("clients", &["api"]),
            ("revoke", &["hours"]),
            ("data", &["low"]),
            ("team", &["small"]),
        ]);
        let api = &tie.surfaces[0];
        assert!(matches!(standing(api), Standing::Tie { at: 3, .. }));
        assert!(standing(api)
            .describe()
            .starts_with("Tied with OAuth client credentials at 3 points"));
        assert!(versus(&api.alternatives[0], api).contains("a tie"));
        // A server-rendered monolith: the session leads, and nobody says "tie".
        let lead = outcome(&[
            ("clients", &["web"]),
            ("frontend", &["ssr"]),
            ("backend", &["monolith"]),
        ]);
        let web = lead
            .surfaces
            .iter()
            .find(|s| s.surface.id == "web")
            .unwrap();
        let Standing::Ahead { by, .. } = standing(web) else {
            panic!("{:?}", standing(web));
        };
        assert!(by > 0);
        for a in &web.alternatives {
            let text = versus(a, web);
            assert!(!text.contains("tie"), "{text}");
            if a.is_viable() {
                assert!(text.contains(&format!("{} behind", points(web.winner.score - a.score))));
            }
        }
    }

    #[test]
    fn alternatives_are_described_each_in_their_own_words() {
        let o = outcome(&[("clients", &["web"]), ("frontend", &["spa"])]);
        let web = o.surfaces.iter().find(|s| s.surface.id == "web").unwrap();
        let texts: Vec<String> = web.alternatives.iter().map(|a| versus(a, web)).collect();
        let mut unique = texts.clone();
        unique.sort();
        unique.dedup();
        assert!(unique.len() > 1, "{texts:?}");
    }
}
