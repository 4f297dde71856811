//! The guide's knowledge base, as data: questions, approaches, rules, checklist, libraries and
//! sources. The engine knows none of these by name; it only evaluates them.

mod approaches;
mod checklist;
mod libraries;
mod questions;
mod rules;
mod sources;

use super::model::Knowledge;

pub static KNOWLEDGE: Knowledge = Knowledge {
    version: "2026.11.1",
    reviewed: "2026-11-23",
    questions: questions::QUESTIONS,
    surfaces: approaches::SURFACES,
    approaches: approaches::APPROACHES,
    rules: rules::RULES,
    constraints: rules::CONSTRAINTS,
    checklist: checklist::CHECKLIST,
    stacks: libraries::STACKS,
    libraries: libraries::LIBRARIES,
    sources: sources::SOURCES,
};

#[cfg(test)]
mod tests {
    //! Consistency: every reference in the knowledge base resolves, ids are unique, and the
    //! text a user reads is never empty.

    use super::KNOWLEDGE as KB;
    use crate::guide::model::{Cond, Kind, Needs, NOT_SURE_ID};
    use crate::tradeoffs::calculator;
    use std::collections::BTreeSet;

    fn unique<'a>(what: &str, ids: impl IntoIterator<Item = &'a str>) {
        let mut seen = BTreeSet::new();
        for id in ids {
            assert!(!id.is_empty(), "{what}: empty id");
            assert!(seen.insert(id), "{what}: duplicate id {id}");
        }
    }

    fn check_cond(cond: &Cond, at: &str) {
        let option = |q: &str, o: &str| {
            let question = KB
                .question(q)
                .unwrap_or_else(|| panic!("{at}: unknown question {q}"));
            assert!(question.choice(o).is_some(), "{at}: {q} has no option {o}");
        };
        match cond {
            Cond::Always => {}
            Cond::Picked(q, o) => option(q, o),
            Cond::PickedAny(q, os) => os.iter().for_each(|o| option(q, o)),
            Cond::Unsure(q) => assert!(KB.question(q).is_some(), "{at}: unknown question {q}"),
            Cond::Not(c) => check_cond(c, at),
            Cond::All(cs) | Cond::Any(cs) => cs.iter().for_each(|c| check_cond(c, at)),
        }
    }

    fn check_sources(ids: &[&str], at: &str) {
        for id in ids {
            assert!(KB.source(id).is_some(), "{at}: unknown source {id}");
        }
    }

    fn check_approach(id: &str, at: &str) {
        assert!(KB.approach(id).is_some(), "{at}: unknown approach {id}");
    }

    #[test]
    fn ids_are_unique() {
        unique("questions", KB.questions.iter().map(|q| q.id));
        unique("surfaces", KB.surfaces.iter().map(|s| s.id));
        unique("approaches", KB.approaches.iter().map(|a| a.id));
        unique("rules", KB.rules.iter().map(|r| r.id));
        unique("constraints", KB.constraints.iter().map(|c| c.id));
        unique("checklist", KB.checklist.iter().map(|c| c.id));
        unique("sources", KB.sources.iter().map(|s| s.id));
        unique("stacks", KB.stacks.iter().copied());
        for q in KB.questions {
            unique(q.id, q.choices.iter().map(|c| c.id));
            assert!(
                q.choice(NOT_SURE_ID).is_none(),
                "{}: `unsure` is reserved",
                q.id
            );
        }
    }

    #[test]
    fn questions_are_complete_and_only_depend_on_earlier_ones() {
        for (i, q) in KB.questions.iter().enumerate() {
            assert!(
                !q.text.is_empty() && !q.why.is_empty() && !q.short.is_empty(),
                "{}",
                q.id
            );
            assert!(q.choices.len() >= 2, "{}: needs at least two options", q.id);
            assert!(
                q.choices.len() <= 9,
                "{}: number keys reach nine options",
                q.id
            );
            for c in q.choices {
                assert!(
                    !c.label.is_empty() && !c.hint.is_empty(),
                    "{}.{}",
                    q.id,
                    c.id
                );
                assert!(
                    c.id.bytes().all(|b| b.is_ascii_lowercase() || b == b'-'),
                    "{}.{}: link-safe ids only",
                    q.id,
                    c.id
                );
            }
            check_cond(&q.ask_when, q.id);
            let mut deps = Vec::new();
            mentions(&q.ask_when, &mut deps);
            for d in deps {
                let pos = KB.questions.iter().position(|o| o.id == d).unwrap();
                assert!(pos < i, "{}: depends on the later question {d}", q.id);
            }
        }
        assert_eq!(
            KB.questions[0].kind,
            Kind::Many,
            "the clients question comes first"
        );
    }

    fn mentions(cond: &Cond, out: &mut Vec<&'static str>) {
        match cond {
            Cond::Always => {}
            Cond::Picked(q, _) | Cond::PickedAny(q, _) | Cond::Unsure(q) => out.push(q),
            Cond::Not(c) => mentions(c, out),
            Cond::All(cs) | Cond::Any(cs) => cs.iter().for_each(|c| mentions(c, out)),
        }
    }

    #[test]
    fn surfaces_reference_known_approaches() {
        for s in KB.surfaces {
            check_cond(&s.present_when, s.id);
            assert!(!s.candidates.is_empty(), "{}: no candidates", s.id);
            s.candidates.iter().for_each(|a| check_approach(a, s.id));
        }
    }

    #[test]
    fn rules_and_constraints_resolve() {
        for r in KB.rules {
            check_cond(&r.when, r.id);
            check_approach(r.approach, r.id);
            check_sources(r.sources, r.id);
            assert!(
                !r.sources.is_empty(),
                "{}: every reason needs a source",
                r.id
            );
            assert!(r.weight != 0, "{}: a zero weight decides nothing", r.id);
            assert!(!r.reason.is_empty(), "{}", r.id);
            for s in r.surfaces {
                let surface = KB
                    .surface(s)
                    .unwrap_or_else(|| panic!("{}: unknown surface {s}", r.id));
                assert!(
                    surface.candidates.contains(&r.approach),
                    "{}: {} is not a candidate for {s}",
                    r.id,
                    r.approach
                );
            }
        }
        for c in KB.constraints {
            check_cond(&c.when, c.id);
            check_approach(c.approach, c.id);
            check_sources(c.sources, c.id);
            for s in c.surfaces {
                assert!(KB.surface(s).is_some(), "{}: unknown surface {s}", c.id);
            }
        }
    }

    #[test]
    fn checklist_and_libraries_resolve() {
        for item in KB.checklist {
            check_sources(item.sources, item.id);
            assert!(!item.sources.is_empty(), "{}: needs a source", item.id);
            match &item.needs {
                Needs::Always => {}
                Needs::AnyOf(ids) => ids.iter().for_each(|a| check_approach(a, item.id)),
                Needs::On(s, ids) => {
                    assert!(KB.surface(s).is_some(), "{}: unknown surface {s}", item.id);
                    ids.iter().for_each(|a| check_approach(a, item.id));
                }
            }
        }
        for lib in KB.libraries {
            assert!(
                KB.stacks.contains(&lib.stack),
                "{}: unknown stack {}",
                lib.name,
                lib.stack
            );
            lib.approaches
                .iter()
                .for_each(|a| check_approach(a, lib.name));
        }
        for stack in KB.stacks {
            assert!(
                KB.libraries.iter().any(|l| l.stack == *stack),
                "{stack}: no library"
            );
        }
    }

    #[test]
    fn every_source_is_cited_and_well_formed() {
        for s in KB.sources {
            assert!(!s.cite.is_empty() && !s.title.is_empty(), "{}", s.id);
            assert!(
                s.url.is_empty() || s.url.starts_with("https://"),
                "{}: https only",
                s.id
            );
            let cited = KB.rules.iter().any(|r| r.sources.contains(&s.id))
                || KB.constraints.iter().any(|c| c.sources.contains(&s.id))
                || KB.checklist.iter().any(|c| c.sources.contains(&s.id))
                || crate::glossary::TERMS
                    .iter()
                    .any(|t| t.sources.contains(&s.id))
                || calculator::ASSUMPTIONS.iter().any(|a| a.source == s.id)
                || calculator::VERIFY_SOURCE == s.id;
            assert!(cited, "{}: never cited", s.id);
        }
    }

    #[test]
    fn calculator_assumptions_cite_known_sources() {
        for a in calculator::ASSUMPTIONS {
            assert!(
                KB.source(a.source).is_some(),
                "{}: unknown source {}",
                a.id,
                a.source
            );
        }
        assert!(KB.source(calculator::VERIFY_SOURCE).is_some());
    }

    #[test]
    fn version_and_review_date_are_set() {
        assert!(!KB.version.is_empty());
        let d = KB.reviewed.as_bytes();
        assert!(
            d.len() == 10 && d[4] == b'-' && d[7] == b'-',
            "reviewed must be YYYY-MM-DD"
        );
    }
}
