//! `authpick guide`: a guide link, or answers in the link's own form, read with the page's
//! codec (`guide::link`), scored by the same engine, and told as text, as JSON or as the very
//! decision record the page downloads (`guide::record`).

use std::fmt::{self, Write as _};

use serde_json::{json, Value};

use authpick_core::guide::engine::{Outcome, Reason, SurfaceResult};
use authpick_core::guide::link::{changed_since, decode, encode, LinkState, View};
use authpick_core::guide::model::{Knowledge, Level, NOT_SURE, NOT_SURE_ID};
use authpick_core::guide::record::{decision_record, revisit, Other, People, RecordInput};
use authpick_core::guide::tally::{self, Line};
use authpick_core::guide::{recommend, KNOWLEDGE};
use authpick_core::site::GUIDE;

/// The schema the JSON output follows (cli/schema/guide-v1.json).
pub const SCHEMA: &str = "authpick-guide/1";

/// Why the answers could not be read.
#[derive(Debug, PartialEq, Eq)]
pub enum GuideError {
    /// The link has no query: it names no answers.
    NotAGuideLink(String),
    /// The link or answers name no answer this version can use.
    NoAnswers,
    /// The record's date is not a date.
    BadDate(String),
}

impl fmt::Display for GuideError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            GuideError::NotAGuideLink(l) => write!(
                f,
                "“{l}” is not a guide link: copy it from the guide's result (it has /guide?v=2&…)"
            ),
            GuideError::NoAnswers => f.write_str(
                "no answers this version can use: see `authpick guide --explain` for the ids",
            ),
            GuideError::BadDate(d) => write!(f, "“{d}” is not a date: write it as YYYY-MM-DD"),
        }
    }
}

/// The answers read, where they came from, and what was ignored.
#[derive(Debug)]
pub struct Read {
    /// The state the link or the answers describe.
    pub state: LinkState,
    /// The address the record links back to: the guide's, without its query.
    pub base: String,
    /// What was ignored, in sentences ("an unknown question foo"), for standard error.
    pub ignored: Vec<String>,
    /// What changed since the link's format, when an earlier release wrote it, for standard
    /// error.
    pub changed: Vec<&'static str>,
}

/// Reads a link as the page copies it: everything after `?` is the page's own query.
pub fn from_link(link: &str) -> Result<Read, GuideError> {
    let link = link.trim();
    let without_fragment = link.split('#').next().unwrap_or(link);
    let Some((base, query)) = without_fragment.split_once('?') else {
        return Err(GuideError::NotAGuideLink(link.chars().take(80).collect()));
    };
    // The page writes /guide; a host may have served /guide/.
    let base = base
        .strip_suffix('/')
        .filter(|b| b.ends_with(GUIDE.path))
        .unwrap_or(base);
    read(query, base.to_string())
}

/// Reads answers in the link's form, for a record that links back to `site`.
pub fn from_answers(answers: &str, site: &str) -> Result<Read, GuideError> {
    read(
        answers,
        format!("{}{}", site.trim_end_matches('/'), GUIDE.path),
    )
}

fn read(query: &str, base: String) -> Result<Read, GuideError> {
    let opened = decode(&KNOWLEDGE, query);
    if !opened.has_answers {
        return Err(GuideError::NoAnswers);
    }
    Ok(Read {
        state: opened.state,
        base,
        ignored: opened.ignored.iter().map(|i| i.to_string()).collect(),
        changed: opened.made_by.map(changed_since).unwrap_or_default(),
    })
}

/// The link the record names: the answers on the result, as the page's "Copy link" gives it.
pub fn result_link(read: &Read) -> String {
    let mut state = read.state.clone();
    state.view = View::Result;
    format!("{}?{}", read.base, encode(&KNOWLEDGE, &state))
}

/// The decision record for `read`, dated `date`, exactly as the page writes it.
pub fn record(read: &Read, date: &str, people: People) -> Result<String, GuideError> {
    if revisit(date).is_none() {
        return Err(GuideError::BadDate(date.chars().take(40).collect()));
    }
    let outcome = recommend(&KNOWLEDGE, &read.state.answers);
    let link = result_link(read);
    Ok(decision_record(
        &KNOWLEDGE,
        &RecordInput {
            answers: &read.state.answers,
            outcome: &outcome,
            link: &link,
            date,
            people,
            other: Other {
                name: &read.state.other_name,
                answers: &read.state.other,
            },
        },
    ))
}

/// Every question and the ids of its answers, for `--answers`.
pub fn explain(kb: &Knowledge) -> String {
    let mut out = String::from(
        "Answers are written as the guide's links write them: question=answer, joined by &;\n\
         several answers to a question joined by commas (clients=web,mobile).\n",
    );
    for q in kb.questions {
        let _ = writeln!(out, "\n{}  {}", q.id, q.text);
        for c in q.choices {
            let _ = writeln!(out, "  {:<14} {}", c.id, c.label);
        }
        let _ = writeln!(out, "  {NOT_SURE_ID:<14} {NOT_SURE}");
    }
    out
}

fn reason_text(r: &Reason) -> String {
    let facts: Vec<String> = r.facts.iter().map(|f| f.describe()).collect();
    if facts.is_empty() {
        r.rule.reason.to_string()
    } else {
        format!("{} ({})", r.rule.reason, facts.join("; "))
    }
}

fn sources(kb: &Knowledge, r: &Reason) -> Vec<&'static str> {
    r.rule
        .sources
        .iter()
        .filter_map(|id| kb.source(id))
        .map(|s| s.cite)
        .collect()
}

/// The points of one surface's recommendation, line by line, adding up to its total.
fn surface_text(kb: &Knowledge, s: &SurfaceResult, out: &mut String) {
    let w = &s.winner;
    let _ = writeln!(
        out,
        "\n{}: {}\n  {}",
        s.surface.name,
        w.approach.name,
        tally::standing(s).describe()
    );
    for line in tally::lines(w) {
        let text = match line {
            Line::HeadStart(a) => tally::head_start_text(a),
            Line::Reason(r) => {
                let cites = sources(kb, r);
                format!("{} [{}]", reason_text(r), cites.join("; "))
            }
        };
        let _ = writeln!(out, "  {:>3}  {text}", tally::signed(line.points()));
    }
    let _ = writeln!(out, "  = {}", tally::points(w.score));
    for a in &s.alternatives {
        let _ = writeln!(out, "  {}: {}", a.approach.name, tally::versus(a, s));
    }
}

/// The recommendation as text: per surface, the points that add up to it, then what would
/// change it, the checklist and the libraries.
pub fn text(outcome: &Outcome, link: &str) -> String {
    let kb = &KNOWLEDGE;
    let mut out = format!(
        "Rule base {}, last reviewed {}.\n{}\n",
        kb.version,
        kb.reviewed,
        tally::POINTS_EXPLAINED
    );
    let _ = writeln!(
        out,
        "Assurance: {}. {} {}",
        outcome.level.headline(),
        outcome.level.rule.reason,
        outcome.level.because()
    );
    for s in &outcome.surfaces {
        surface_text(kb, s, &mut out);
    }
    if !outcome.changes.is_empty() {
        let _ = writeln!(out, "\nWhat would change this");
        for c in &outcome.changes {
            let said = c.announce();
            let said = said.strip_prefix("Tried ").unwrap_or(&said);
            let _ = writeln!(out, "  - {said}");
        }
    }
    if !outcome.checklist.is_empty() {
        let _ = writeln!(out, "\nChecklist");
        for item in &outcome.checklist {
            let _ = writeln!(out, "  [ ] {}: {}", item.topic, item.text);
        }
    }
    if !outcome.libraries.is_empty() {
        let _ = writeln!(out, "\nLibraries");
        for l in &outcome.libraries {
            let floor = l
                .min_version
                .map(|v| format!(" (at least {v})"))
                .unwrap_or_default();
            let _ = writeln!(out, "  {}{floor}: {}", l.name, l.url);
        }
    }
    let _ = writeln!(out, "\nReopen it: {link}");
    out
}

/// The recommendation as JSON (`authpick-guide/1`).
pub fn json(outcome: &Outcome, link: &str) -> Value {
    let kb = &KNOWLEDGE;
    let lines = |a: &authpick_core::guide::engine::Assessment| -> Vec<Value> {
        tally::lines(a)
            .iter()
            .map(|line| match line {
                Line::HeadStart(ap) => json!({
                    "points": line.points(),
                    "text": tally::head_start_text(ap),
                    "rule": null,
                    "sources": [],
                }),
                Line::Reason(r) => json!({
                    "points": line.points(),
                    "text": reason_text(r),
                    "rule": r.rule.id,
                    "sources": r.rule.sources.iter().filter_map(|id| kb.source(id))
                        .map(|s| json!({ "cite": s.cite, "url": s.url })).collect::<Vec<_>>(),
                }),
            })
            .collect()
    };
    let surfaces: Vec<Value> = outcome
        .surfaces
        .iter()
        .map(|s| {
            json!({
                "surface": { "id": s.surface.id, "name": s.surface.name },
                "recommendation": {
                    "id": s.winner.approach.id,
                    "name": s.winner.approach.name,
                    "points": s.winner.score,
                    "lines": lines(&s.winner),
                },
                "standing": tally::standing(s).describe(),
                "alternatives": s.alternatives.iter().map(|a| json!({
                    "id": a.approach.id,
                    "name": a.approach.name,
                    "points": a.score,
                    "viable": a.is_viable(),
                    "versus": tally::versus(a, s),
                    "lines": lines(a),
                })).collect::<Vec<_>>(),
            })
        })
        .collect();
    json!({
        "schema": SCHEMA,
        "rules": { "version": kb.version, "reviewed": kb.reviewed },
        "link": link,
        "level": {
            "asvs": match outcome.level.level {
                Level::L1 => 1,
                Level::L2 => 2,
                Level::L3 => 3,
            },
            "aal": outcome.level.level.aal(),
            "text": outcome.level.headline(),
            "reason": outcome.level.rule.reason,
            "because": outcome.level.because(),
            "sources": outcome.level.rule.sources.iter().filter_map(|id| kb.source(id))
                .map(|s| json!({ "cite": s.cite, "url": s.url })).collect::<Vec<_>>(),
        },
        "surfaces": surfaces,
        "changes": outcome.changes.iter().map(|c| {
            let said = c.announce();
            json!(said.strip_prefix("Tried ").unwrap_or(&said))
        }).collect::<Vec<_>>(),
        "checklist": outcome.checklist.iter().map(|i| json!({
            "id": i.id, "topic": i.topic, "text": i.text,
        })).collect::<Vec<_>>(),
        "libraries": outcome.libraries.iter().map(|l| json!({
            "name": l.name, "url": l.url, "min_version": l.min_version,
        })).collect::<Vec<_>>(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_page_link_gives_back_the_page_link() {
        let link = "https://auth.example.com/guide?v=2&view=result&clients=web&frontend=ssr";
        let read = from_link(link).unwrap();
        assert_eq!(read.base, "https://auth.example.com/guide");
        assert_eq!(result_link(&read), link);
        // A link an earlier release wrote gives back the same answers in today's format.
        let older = from_link(&link.replace("v=2", "v=1")).unwrap();
        assert_eq!(result_link(&older), link);
        // A host's trailing slash, a fragment and a step view make no difference.
        let other = from_link(
            "https://auth.example.com/guide/?v=1&step=revoke&clients=web&frontend=ssr#main",
        )
        .unwrap();
        assert_eq!(result_link(&other), link);
    }

    #[test]
    fn links_and_answers_without_answers_are_refused_in_words() {
        assert!(matches!(
            from_link("https://auth.example.com/"),
            Err(GuideError::NotAGuideLink(_))
        ));
        assert_eq!(
            from_answers("colour=blue", "").unwrap_err(),
            GuideError::NoAnswers
        );
        let read = from_answers("clients=web&colour=blue", "https://a.example/").unwrap();
        assert_eq!(read.base, "https://a.example/guide");
        assert_eq!(read.ignored.len(), 1, "{:?}", read.ignored);
    }

    #[test]
    fn the_text_adds_up_and_the_record_needs_a_date() {
        let read = from_answers("clients=web&frontend=ssr", "").unwrap();
        let outcome = recommend(&KNOWLEDGE, &read.state.answers);
        let text = text(&outcome, &result_link(&read));
        let w = &outcome.surfaces[0].winner;
        assert!(text.contains(&format!("= {}", tally::points(w.score))));
        assert!(text.contains("Reopen it: /guide?v=2&view=result&clients=web"));
        assert_eq!(
            record(&read, "6 Dec", People::default()).unwrap_err(),
            GuideError::BadDate("6 Dec".into())
        );
        assert!(record(&read, "2026-12-06", People::default())
            .unwrap()
            .contains("2026-12-06"));
    }
}
