//! The guide's knowledge base, as data: questions, approaches, rules, checklist, libraries and
//! sources. The engine knows none of these by name; it only evaluates them.

mod approaches;
mod checklist;
mod levels;
mod libraries;
mod mitigations;
mod questions;
mod review;
mod rules;
mod sources;

use super::model::Knowledge;

/// The rule base's version and review date, apart from `KNOWLEDGE` so that a page which only
/// names them (the inspector's footer) does not link the whole knowledge base.
pub const VERSION: &str = "2026.12.3";
/// The rule base's review date: the ISO date its rules were last checked against their sources.
pub const REVIEWED: &str = "2026-12-06";

/// The guide's whole knowledge base, which the engine evaluates.
pub static KNOWLEDGE: Knowledge = Knowledge {
    version: VERSION,
    reviewed: REVIEWED,
    questions: questions::QUESTIONS,
    surfaces: approaches::SURFACES,
    approaches: approaches::APPROACHES,
    summaries: approaches::SUMMARIES,
    rules: rules::RULES,
    constraints: rules::CONSTRAINTS,
    checklist: checklist::CHECKLIST,
    libraries: libraries::LIBRARIES,
    sources: sources::SOURCES,
    review: review::CHANGES,
    levels: levels::LEVELS,
    mitigations: mitigations::MITIGATIONS,
};

#[cfg(test)]
mod tests {
    //! Consistency: every reference in the knowledge base resolves, ids are unique, and the
    //! text a user reads is never empty.

    use super::KNOWLEDGE as KB;
    use crate::guide::model::{Cond, Needs, Pick, Platform, SourceKind, NOT_SURE_ID};
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
    fn mitigations_answer_reasons_against_with_checklist_items() {
        unique("mitigations", KB.mitigations.iter().map(|m| m.rule));
        for m in KB.mitigations {
            let rule = KB.rules.iter().find(|r| r.id == m.rule);
            let rule = rule.unwrap_or_else(|| panic!("mitigation: unknown rule {}", m.rule));
            assert!(
                rule.weight < 0,
                "{}: only a reason against is mitigated",
                m.rule
            );
            assert!(!m.items.is_empty(), "{}: no item", m.rule);
            for id in m.items {
                assert!(
                    KB.checklist.iter().any(|c| c.id == *id),
                    "{}: unknown checklist item {id}",
                    m.rule
                );
            }
        }
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
            Pick::Many,
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
    fn surface_summaries_fit_their_surface() {
        for s in KB.summaries {
            let surface = KB.surface(s.surface).expect("known surface");
            assert!(
                surface.candidates.contains(&s.approach),
                "{}/{}",
                s.surface,
                s.approach
            );
        }
        // A session in a native app is described as a native app keeps it.
        let session = KB.approach("session").unwrap();
        let mobile = KB.summary("mobile", session).to_ascii_lowercase();
        assert!(
            !mobile.contains("cookie") && !mobile.contains("browser"),
            "{mobile}"
        );
        assert!(KB.summary("web", session).contains("HttpOnly cookie"));
        for s in KB.surfaces.iter().filter(|s| s.id != "web") {
            for a in s.candidates {
                let text = KB.summary(s.id, KB.approach(a).unwrap());
                assert!(
                    !text.contains("HttpOnly cookie") || *a == "bff",
                    "{}/{a}: {text}",
                    s.id
                );
            }
        }
    }

    #[test]
    fn the_trade_off_pages_name_approaches_as_the_guide_does() {
        use crate::tradeoffs::calculator::Scheme;
        for scheme in Scheme::ALL {
            match scheme.approach() {
                Some(id) => assert_eq!(KB.approach(id).map(|a| a.name), Some(scheme.name())),
                None => assert!(KB.approaches.iter().all(|a| a.name != scheme.name())),
            }
        }
    }

    #[test]
    fn the_sign_in_card_exists() {
        assert!(KB.surface(crate::guide::model::SIGN_IN_SURFACE).is_some());
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

    /// Whether version `v` is at least `floor`: both as written in the knowledge base, with the
    /// same prefix where there is one ("Go 1.25.1"), compared number by number.
    fn at_least(v: &str, floor: &str) -> bool {
        let parts = |s: &str| -> (String, Vec<u64>) {
            let start = s.find(|c: char| c.is_ascii_digit()).unwrap_or(s.len());
            let numbers = s[start..]
                .split(['.', '-'])
                .map_while(|n| n.parse().ok())
                .collect();
            (s[..start].to_string(), numbers)
        };
        let ((pv, nv), (pf, nf)) = (parts(v), parts(floor));
        pv == pf && nv >= nf
    }

    #[test]
    fn a_library_says_its_floor_its_advisory_and_when_both_were_checked() {
        let jwt = KB
            .libraries
            .iter()
            .find(|l| l.name == "jsonwebtoken")
            .unwrap();
        assert_eq!(
            jwt.safety(),
            "10.3.0 or later (fixes CVE-2026-25537); actively maintained (checked 2026-12-06)"
        );
        let jose = KB
            .libraries
            .iter()
            .find(|l| l.name == "python-jose")
            .unwrap();
        assert!(jose
            .safety()
            .starts_with("unmaintained: do not start new work with it"));
    }

    #[test]
    fn versions_compare_number_by_number() {
        assert!(at_least("4.12.21", "4.12.21"));
        assert!(at_least("4.12.21", "4.11.4"));
        assert!(!at_least("1.6.12", "1.7.1"));
        assert!(at_least("10.3.0", "9.12.0"));
        assert!(!at_least("Go 1.25.1", "1.25.1"), "prefixes must agree");
        assert!(at_least("IdentityModel 7.1.2", "IdentityModel 7.1.2"));
    }

    #[test]
    fn checklist_and_libraries_resolve() {
        for item in KB.checklist {
            check_sources(item.sources, item.id);
            check_cond(&item.when, item.id);
            assert!(!item.sources.is_empty(), "{}: needs a source", item.id);
            match &item.needs {
                Needs::Always => {}
                Needs::AnyOf(ids) => ids.iter().for_each(|a| check_approach(a, item.id)),
                Needs::On(s, ids) => {
                    assert!(KB.surface(s).is_some(), "{}: unknown surface {s}", item.id);
                    ids.iter().for_each(|a| check_approach(a, item.id));
                }
                Needs::Surface(s) => {
                    assert!(KB.surface(s).is_some(), "{}: unknown surface {s}", item.id)
                }
            }
        }
        let stacks: Vec<&str> = KB.stacks().map(|(id, _)| id).collect();
        assert!(
            stacks.len() >= 8,
            "the stack question lists the server stacks"
        );
        for lib in KB.libraries {
            if let Platform::Server(stack) = lib.platform {
                assert!(
                    stacks.contains(&stack),
                    "{}: unknown stack {stack}",
                    lib.name
                );
            }
            lib.approaches
                .iter()
                .for_each(|a| check_approach(a, lib.name));
            assert!(
                crate::guide::record::revisit(lib.checked).is_some(),
                "{}: checked on a date (YYYY-MM-DD), not {:?}",
                lib.name,
                lib.checked
            );
            if let Some(v) = lib.min_version {
                assert!(v.bytes().any(|b| b.is_ascii_digit()), "{}: {v}", lib.name);
                // A floor names the advisory that sets it, and is not below its fix.
                let a = lib
                    .advisory
                    .as_ref()
                    .unwrap_or_else(|| panic!("{}: the floor {v} names no advisory", lib.name));
                assert!(
                    at_least(v, a.fixed),
                    "{}: the floor {v} is below {}'s fix, {}",
                    lib.name,
                    a.id,
                    a.fixed
                );
            }
            if let Some(a) = &lib.advisory {
                // CVE and GitHub advisories, or a vendor's own (Yubico's YSA).
                assert!(
                    ["CVE-", "GHSA-", "YSA-"]
                        .iter()
                        .any(|p| a.id.starts_with(p))
                        && a.url.starts_with("https://"),
                    "{}: advisory {} {}",
                    lib.name,
                    a.id,
                    a.url
                );
                assert!(
                    lib.min_version.is_some(),
                    "{}: an advisory sets a version",
                    lib.name
                );
            }
        }
        for stack in stacks {
            assert!(
                KB.libraries
                    .iter()
                    .any(|l| l.platform == Platform::Server(stack)),
                "{stack}: no library"
            );
        }
    }

    #[test]
    fn every_source_has_a_deep_link_and_a_checked_date() {
        for s in KB.sources {
            assert!(is_date(s.checked), "{}: checked must be YYYY-MM-DD", s.id);
            assert!(
                s.checked <= KB.reviewed,
                "{}: checked after the review",
                s.id
            );
            match s.kind {
                SourceKind::Measurement => assert!(
                    s.url.is_empty() || s.url.starts_with("https://"),
                    "{}: https only",
                    s.id
                ),
                SourceKind::Primary => {
                    // A section anchor, or a page that is itself one entry (a CWE).
                    let deep =
                        s.url.contains('#') || s.url.contains("cwe.mitre.org/data/definitions/");
                    assert!(
                        s.url.starts_with("https://") && deep,
                        "{}: not a deep link: {}",
                        s.id,
                        s.url
                    );
                }
                SourceKind::Vendor | SourceKind::Article => {
                    assert!(s.url.starts_with("https://"), "{}: needs an address", s.id)
                }
            }
            let link = crate::token::cite::Cite {
                label: s.cite,
                url: Some(s.url),
            };
            assert_eq!(crate::token::cite::link_problem(&link), None, "{}", s.id);
        }
    }

    #[test]
    fn no_rule_weighing_more_than_two_rests_on_articles_alone() {
        let primary = |id: &&str| {
            KB.source(id)
                .is_some_and(|s| matches!(s.kind, SourceKind::Primary | SourceKind::Vendor))
        };
        for r in KB.rules {
            if r.weight.abs() > 2 && r.id != "provider-wanted" {
                assert!(
                    r.sources.iter().any(primary),
                    "{} weighs {} on articles alone",
                    r.id,
                    r.weight
                );
            }
        }
        for c in KB.constraints {
            assert!(
                c.sources.is_empty() || c.sources.iter().any(primary),
                "{}: a constraint on articles alone",
                c.id
            );
        }
    }

    #[test]
    fn not_sure_adds_weight_to_nothing() {
        fn mentions_unsure(cond: &Cond) -> bool {
            match cond {
                Cond::Unsure(_) => true,
                Cond::Not(c) => mentions_unsure(c),
                Cond::All(cs) | Cond::Any(cs) => cs.iter().any(mentions_unsure),
                _ => false,
            }
        }
        for r in KB.rules {
            assert!(!mentions_unsure(&r.when), "{}: weighs an open answer", r.id);
        }
    }

    #[test]
    fn the_complexity_order_is_total_and_puts_the_hybrid_last() {
        let ranks: BTreeSet<u8> = KB.approaches.iter().map(|a| a.complexity).collect();
        assert_eq!(
            ranks.len(),
            KB.approaches.len(),
            "two approaches share a rank"
        );
        let rank = |id: &str| KB.approach(id).unwrap().complexity;
        // The hybrid is access + refresh plus a store; a backend-for-frontend is a session plus
        // an OAuth client; nothing is simpler than a session.
        assert!(rank("hybrid") > rank("access-refresh"));
        assert!(rank("bff") > rank("session"));
        assert!(KB
            .approaches
            .iter()
            .all(|a| a.complexity >= rank("session")));
        assert!(rank("hybrid") == KB.approaches.iter().map(|a| a.complexity).max().unwrap());
    }

    #[test]
    fn the_review_says_what_changed() {
        assert!(!KB.review.is_empty());
        for c in KB.review {
            assert!(!c.text.is_empty());
            check_sources(c.sources, c.text);
        }
    }

    fn is_date(d: &str) -> bool {
        let b = d.as_bytes();
        b.len() == 10
            && b[4] == b'-'
            && b[7] == b'-'
            && b.iter()
                .enumerate()
                .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit())
    }

    #[test]
    fn every_source_is_cited_and_well_formed() {
        for s in KB.sources {
            assert!(!s.cite.is_empty() && !s.title.is_empty(), "{}", s.id);
            let cited = KB.rules.iter().any(|r| r.sources.contains(&s.id))
                || KB.constraints.iter().any(|c| c.sources.contains(&s.id))
                || KB.checklist.iter().any(|c| c.sources.contains(&s.id))
                || crate::glossary::TERMS
                    .iter()
                    .any(|t| t.sources.contains(&s.id))
                || calculator::ASSUMPTIONS.iter().any(|a| a.source == s.id)
                || calculator::VERIFY_SOURCE == s.id
                || crate::tradeoffs::hosted::SOURCES.contains(&s.id)
                || KB.review.iter().any(|c| c.sources.contains(&s.id));
            assert!(cited, "{}: never cited", s.id);
        }
    }

    #[test]
    fn the_revocation_page_cites_known_sources() {
        check_sources(crate::tradeoffs::revocation::SOURCES, "revocation page");
    }

    #[test]
    fn the_hosted_store_tariffs_cite_known_sources() {
        check_sources(&crate::tradeoffs::hosted::SOURCES, "hosted store");
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
        assert!(is_date(KB.reviewed), "reviewed must be YYYY-MM-DD");
    }
}
