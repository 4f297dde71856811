//! The decision as a Markdown architecture decision record in the MADR 4 structure, ready to
//! commit to the team's repository.

use std::fmt::Write;

use super::answers::Answers;
use super::engine::{Outcome, Reason};
use super::flow::InPlay;
use super::model::{Knowledge, NOT_SURE};
use crate::text::capitalise;

/// Everything the record needs besides the outcome.
pub struct RecordInput<'a> {
    pub answers: &'a Answers,
    pub outcome: &'a Outcome,
    /// The link that reopens the guide with these answers.
    pub link: &'a str,
    /// ISO date of the export (the caller knows the clock; the core does not).
    pub date: &'a str,
}

/// The file name the record suggests for itself.
pub fn file_name(date: &str) -> String {
    format!("{date}-how-we-keep-users-authenticated.md")
}

/// Renders the record. Writing to a `String` cannot fail, so the `fmt::Result`s are dropped.
pub fn decision_record(kb: &Knowledge, input: &RecordInput) -> String {
    let mut md = String::new();
    let o = input.outcome;
    let _ = writeln!(
        md,
        "---\nstatus: proposed\ndate: {}\ndecision-makers: \n---\n",
        input.date
    );

    let choices: Vec<String> = o
        .surfaces
        .iter()
        .map(|s| {
            format!(
                "{} for the {}",
                s.winner.approach.name,
                s.surface.name.to_ascii_lowercase()
            )
        })
        .collect();
    let _ = writeln!(md, "# {}\n", capitalise(&choices.join("; ")));

    let _ = writeln!(md, "## Context and Problem Statement\n");
    let _ = writeln!(
        md,
        "How should our users and services stay authenticated after they sign in? We described \
         the system with the Authpick guide (rule base {}, reviewed {}):\n",
        kb.version, kb.reviewed
    );
    let ctx = InPlay::new(kb, input.answers);
    for q in kb.questions.iter().filter(|q| ctx.is_asked(q.id)) {
        let answer = ctx
            .answer(q.id)
            .map_or(NOT_SURE.to_string(), |a| a.describe(q));
        let _ = writeln!(md, "* {}: {}", q.short, answer);
    }

    let _ = writeln!(md, "\n## Decision Drivers\n");
    let mut drivers: Vec<&Reason> = o
        .surfaces
        .iter()
        .flat_map(|s| s.winner.pros.iter())
        .collect();
    drivers.sort_by_key(|r| -r.rule.weight);
    let mut seen = Vec::new();
    for r in drivers {
        if !seen.contains(&r.rule.reason) {
            seen.push(r.rule.reason);
            let _ = writeln!(md, "* {}{}", r.rule.reason, because(r));
        }
    }

    let _ = writeln!(md, "\n## Considered Options\n");
    let mut considered = Vec::new();
    for s in &o.surfaces {
        for a in std::iter::once(&s.winner).chain(&s.alternatives) {
            if !considered.contains(&a.approach.name) {
                considered.push(a.approach.name);
            }
        }
    }
    for name in &considered {
        let _ = writeln!(md, "* {name}");
    }

    let _ = writeln!(md, "\n## Decision Outcome\n");
    for s in &o.surfaces {
        let top = s.leading_reasons(2);
        let why = if top.is_empty() {
            "it is the simplest option and nothing counted against it enough.".to_string()
        } else {
            top.join(" ")
        };
        let _ = writeln!(
            md,
            "* {}: chosen option \"{}\" (score {}), because {}",
            s.surface.name,
            s.winner.approach.name,
            s.winner.score,
            lower_first(&why)
        );
    }

    let _ = writeln!(md, "\n### Consequences\n");
    for s in &o.surfaces {
        for r in &s.winner.pros {
            let _ = writeln!(
                md,
                "* Good ({}), because {}",
                s.surface.name,
                lower_first(r.rule.reason)
            );
        }
        for r in &s.winner.cons {
            let _ = writeln!(
                md,
                "* Bad ({}), because {}",
                s.surface.name,
                lower_first(r.rule.reason)
            );
        }
    }

    let _ = writeln!(md, "\n### Confirmation\n");
    let _ = writeln!(
        md,
        "The implementation is done when every item below is checked:\n"
    );
    for item in &o.checklist {
        let cites: Vec<&str> = item
            .sources
            .iter()
            .filter_map(|id| kb.source(id))
            .map(|s| s.cite)
            .collect();
        let text = item
            .text
            .replace("(see the list below)", "(see More Information)");
        let _ = writeln!(md, "- [ ] {} ({}: {})", text, item.topic, cites.join("; "));
    }

    let _ = writeln!(md, "\n## Pros and Cons of the Options\n");
    for s in &o.surfaces {
        let _ = writeln!(md, "### {}\n", s.surface.name);
        for a in std::iter::once(&s.winner).chain(&s.alternatives) {
            let _ = writeln!(md, "#### {} (score {})\n", a.approach.name, a.score);
            let _ = writeln!(md, "{}\n", a.approach.summary);
            for b in &a.blockers {
                let _ = writeln!(
                    md,
                    "* Ruled out, because {}",
                    lower_first(b.constraint.reason)
                );
            }
            for r in &a.pros {
                let _ = writeln!(md, "* Good, because {}", lower_first(r.rule.reason));
            }
            for r in &a.cons {
                let _ = writeln!(md, "* Bad, because {}", lower_first(r.rule.reason));
            }
            if a.pros.is_empty() && a.cons.is_empty() && a.blockers.is_empty() {
                let _ = writeln!(md, "* Neutral: no answer counted for or against it.");
            }
            md.push('\n');
        }
    }

    let _ = writeln!(md, "## More Information\n");
    let _ = writeln!(
        md,
        "Produced with Authpick (rule base {}, last reviewed {}). Reopen the guide with these \
         answers: <{}>\n",
        kb.version, kb.reviewed, input.link
    );
    if !o.changes.is_empty() {
        let _ = writeln!(md, "Answers that would change this decision:\n");
        for c in &o.changes {
            let shifts: Vec<String> = c
                .shifts
                .iter()
                .map(|s| format!("{} → {}", s.surface.name, s.to.name))
                .collect();
            let _ = writeln!(md, "* {}: {}", c.describe(), shifts.join(", "));
        }
        md.push('\n');
    }
    if !o.libraries.is_empty() {
        let _ = writeln!(md, "Maintained libraries for the chosen approaches:\n");
        for l in &o.libraries {
            let name = if l.url.is_empty() {
                l.name.to_string()
            } else {
                format!("[{}]({})", l.name, l.url)
            };
            let _ = writeln!(
                md,
                "* {}: {}. {} Version: {}.",
                l.platform.name(kb),
                name,
                l.note,
                l.safety()
            );
        }
        md.push('\n');
    }
    let _ = writeln!(md, "Sources:\n");
    for s in &o.sources {
        if s.url.is_empty() {
            let _ = writeln!(md, "* {}: {}", s.cite, s.title);
        } else {
            let _ = writeln!(md, "* {}: [{}]({})", s.cite, s.title, s.url);
        }
    }
    md
}

fn because(r: &Reason) -> String {
    if r.facts.is_empty() {
        return String::new();
    }
    let facts: Vec<String> = r.facts.iter().map(|f| f.describe()).collect();
    format!(" (we answered {})", facts.join("; "))
}

/// Lower-cases the first letter unless the first word is an acronym or a name ("JWT", "OAuth").
fn lower_first(s: &str) -> String {
    let first_word = s.split_whitespace().next().unwrap_or("");
    let keep = first_word.chars().skip(1).any(|c| c.is_uppercase());
    if keep {
        return s.to_string();
    }
    let mut chars = s.chars();
    chars.next().map_or_else(String::new, |c| {
        std::iter::once(c.to_ascii_lowercase())
            .chain(chars)
            .collect()
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::guide::{recommend, KNOWLEDGE as KB};

    #[test]
    fn the_record_has_every_madr_section_in_order() {
        let mut answers = Answers::new();
        answers.set(&KB, "clients", &["web", "mobile"]).unwrap();
        answers.set(&KB, "frontend", &["ssr"]).unwrap();
        answers.set(&KB, "revoke", &["instant"]).unwrap();
        let outcome = recommend(&KB, &answers);
        let link = "https://example.test/guide?v=1&view=result&clients=web,mobile";
        let md = decision_record(
            &KB,
            &RecordInput {
                answers: &answers,
                outcome: &outcome,
                link,
                date: "2026-11-23",
            },
        );
        let sections = [
            "---\nstatus: proposed\ndate: 2026-11-23",
            "# Server-side session for the browser app; ",
            "## Context and Problem Statement",
            "* Revocation: Instantly",
            "## Decision Drivers",
            "## Considered Options",
            "## Decision Outcome",
            "### Consequences",
            "### Confirmation",
            "- [ ] Name the session cookie with the `__Host-` prefix",
            "## Pros and Cons of the Options",
            "## More Information",
            link,
            "Sources:",
        ];
        let mut at = 0;
        for s in sections {
            let found = md[at..]
                .find(s)
                .unwrap_or_else(|| panic!("missing or out of order: {s}\n{md}"));
            at += found;
        }
        assert!(md.contains("(we answered Revocation: Instantly)"));
    }

    #[test]
    fn file_name_and_casing_helpers() {
        assert_eq!(
            file_name("2026-11-23"),
            "2026-11-23-how-we-keep-users-authenticated.md"
        );
        assert_eq!(lower_first("Deleting a session"), "deleting a session");
        assert_eq!(lower_first("JWTs stay valid"), "JWTs stay valid");
    }
}
