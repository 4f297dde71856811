//! The decision as a Markdown architecture decision record in the MADR 4 structure, ready to
//! commit to the team's repository.

use super::answers::Answers;
use super::compare::{answer_diffs, diff, why_changed, SurfaceDiff};
use super::engine::{score, Outcome, Reason};
use super::flow::InPlay;
use super::link::name_future;
use super::model::{Approach, Knowledge, Library, Maintenance, NOT_SURE, SIGN_IN_SURFACE};
use super::sensitivity::{by_question, open_deciders, open_notice};
use super::tally::{self, Line};
use crate::text::{and_list, capitalise, lower_first};

/// Everything the record needs besides the outcome.
pub struct RecordInput<'a> {
    /// The answers the decision rests on, listed in the record's context.
    pub answers: &'a Answers,
    /// The recommendation for those answers.
    pub outcome: &'a Outcome,
    /// The link that reopens the guide with these answers.
    pub link: &'a str,
    /// ISO date of the export (the caller knows the clock; the core does not).
    pub date: &'a str,
    /// Who decides, who was consulted and who is informed, as typed in the page (names
    /// separated by commas); empty when nobody was named.
    pub people: People<'a>,
    /// The second future of the compare view, as the link holds it; the record describes it
    /// when its answers differ from `answers`.
    pub other: Other<'a>,
}

/// The second future of the compare view.
#[derive(Clone, Copy, Debug)]
pub struct Other<'a> {
    /// Its name as typed ("after the mobile app"); empty when unnamed.
    pub name: &'a str,
    /// Its answers; empty when nobody opened the compare view.
    pub answers: &'a Answers,
}

/// MADR's three lists of people, as typed.
#[derive(Clone, Copy, Debug, Default)]
pub struct People<'a> {
    /// Who makes the decision: MADR's `decision-makers`.
    pub decision_makers: &'a str,
    /// Whose opinion was sought: MADR's `consulted`.
    pub consulted: &'a str,
    /// Who is kept up to date with the decision: MADR's `informed`.
    pub informed: &'a str,
}

/// The file name the record suggests for itself.
pub fn file_name(date: &str) -> String {
    format!("{date}-how-we-keep-users-authenticated.md")
}

/// The date a year after `date` (YYYY-MM-DD), when the record asks to be revisited; 29
/// February becomes 28 February. `None` when `date` is not a date.
pub fn revisit(date: &str) -> Option<String> {
    let mut parts = date.splitn(3, '-');
    let (y, m, d) = (parts.next()?, parts.next()?, parts.next()?);
    let year: u32 = y.parse().ok()?;
    let (month, day): (u32, u32) = (m.parse().ok()?, d.parse().ok()?);
    if y.len() != 4
        || m.len() != 2
        || d.len() != 2
        || !(1..=12).contains(&month)
        || !(1..=31).contains(&day)
    {
        return None;
    }
    let day = if month == 2 && day == 29 { 28 } else { day };
    Some(format!("{:04}-{month:02}-{day:02}", year + 1))
}

/// The names in `typed`, one per comma, semicolon or line.
fn names(typed: &str) -> Vec<&str> {
    typed
        .split([',', ';', '\n'])
        .map(str::trim)
        .filter(|n| !n.is_empty())
        .collect()
}

/// "Decision-makers: Ana Lopez and Bo Chen. Informed: security." for a printout, the lists
/// the record's front matter holds; `None` when nobody was named.
pub fn people_line(p: &People) -> Option<String> {
    let mut out = Vec::new();
    for (label, typed) in [
        ("Decision-makers", p.decision_makers),
        ("Consulted", p.consulted),
        ("Informed", p.informed),
    ] {
        let listed = names(typed);
        if !listed.is_empty() {
            out.push([label, ": ", &and_list(&listed), "."].concat());
        }
    }
    (!out.is_empty()).then(|| out.join(" "))
}

/// A YAML flow list of the names in `typed` ("Ana, Bo" → `["Ana", "Bo"]`), each quoted so that
/// no name can break the front matter.
fn yaml_list(typed: &str) -> String {
    let names: Vec<String> = names(typed)
        .into_iter()
        .map(|n| {
            let mut quoted = String::from('"');
            for c in n.chars().filter(|c| !c.is_control()) {
                if c == '"' || c == '\\' {
                    quoted.push('\\');
                }
                quoted.push(c);
            }
            quoted.push('"');
            quoted
        })
        .collect();
    format!("[{}]", names.join(", "))
}

/// Every question that applies with its answer in words ("Not sure" where none was given): the
/// record's context and the printed summary's list of answers.
pub fn answer_lines(kb: &Knowledge, answers: &Answers) -> Vec<(&'static str, String)> {
    let ctx = InPlay::new(kb, answers);
    kb.questions
        .iter()
        .filter(|q| ctx.is_asked(q.id))
        .map(|q| {
            let answer = ctx
                .answer(q.id)
                .map_or(NOT_SURE.to_string(), |a| a.describe(q));
            (q.short, answer)
        })
        .collect()
}

/// The record's title: what was chosen for which client, each approach named once, with the
/// sign-in decision first ("A managed identity provider for signing people in; server-side
/// sessions for the browser app and the native mobile app").
pub fn title(outcome: &Outcome) -> String {
    let mut chosen: Vec<(&Approach, Vec<&str>)> = Vec::new();
    let mut sign_in = None;
    for s in &outcome.surfaces {
        if s.surface.id == SIGN_IN_SURFACE {
            sign_in = Some(format!(
                "{} for {}",
                s.winner.approach.short, s.surface.short
            ));
            continue;
        }
        match chosen
            .iter_mut()
            .find(|(a, _)| a.id == s.winner.approach.id)
        {
            Some((_, surfaces)) => surfaces.push(s.surface.short),
            None => chosen.push((s.winner.approach, vec![s.surface.short])),
        }
    }
    let parts: Vec<String> = chosen
        .iter()
        .map(|(a, surfaces)| format!("{} for {}", a.short, and_list(surfaces)))
        .collect();
    let staying = (!parts.is_empty()).then(|| and_list(&parts));
    let title: Vec<String> = sign_in.into_iter().chain(staying).collect();
    if title.is_empty() {
        return String::from("How we keep users authenticated");
    }
    capitalise(&title.join("; "))
}

/// Appends the pieces and a line break. The record is built from these rather than with
/// `format!`, whose machinery for every call weighed several KB on the guide's first visit.
fn put(md: &mut String, pieces: &[&str]) {
    for p in pieces {
        md.push_str(p);
    }
    md.push('\n');
}

/// " We reduce it with …": the Confirmation items that answer a consequence, or nothing when
/// it is a cost to accept rather than a risk a step reduces.
fn mitigated(kb: &Knowledge, o: &Outcome, r: &Reason) -> String {
    let items = o.mitigations(kb, r.rule.id);
    if items.is_empty() {
        return String::new();
    }
    let shorts: Vec<&str> = items.iter().map(|i| i.short).collect();
    format!(
        " We reduce it with {} (see Confirmation).",
        and_list(&shorts)
    )
}

/// Renders the record. It speaks in the team's voice throughout ("we"); the knowledge base's
/// reasons are written without a "you" so they read the same here and on the page.
pub fn decision_record(kb: &Knowledge, input: &RecordInput) -> String {
    let mut md = String::new();
    let o = input.outcome;
    let p = input.people;
    put(&mut md, &["---\nstatus: proposed\ndate: ", input.date]);
    put(
        &mut md,
        &["decision-makers: ", &yaml_list(p.decision_makers)],
    );
    put(&mut md, &["consulted: ", &yaml_list(p.consulted)]);
    put(&mut md, &["informed: ", &yaml_list(p.informed), "\n---\n"]);
    put(&mut md, &["# ", &title(o), "\n"]);

    put(&mut md, &["## Context and Problem Statement\n"]);
    put(
        &mut md,
        &[
            "How should our users and services stay authenticated after they sign in? We \
             described our system with the Authpick guide (rule base ",
            kb.version,
            ", reviewed ",
            kb.reviewed,
            "):\n",
        ],
    );
    for (short, answer) in answer_lines(kb, input.answers) {
        put(&mut md, &["* ", short, ": ", &answer]);
    }
    if let Some(open) = open_notice(
        &open_deciders(&o.changes),
        "Answers that would change this decision",
    ) {
        put(&mut md, &["\n", &open, "\n"]);
    }
    put(
        &mut md,
        &[
            "\nWe hold ourselves to ",
            &o.level.headline(),
            ". ",
            o.level.rule.reason,
            " ",
            &o.level.because(),
            "\n",
        ],
    );

    put(&mut md, &["\n## Decision Drivers\n"]);
    // Each driver names the cards it decided, so that drivers for different clients do not
    // read as if they contradicted each other.
    let mut drivers: Vec<(&Reason, Vec<&str>)> = Vec::new();
    for s in &o.surfaces {
        for r in &s.winner.pros {
            match drivers
                .iter_mut()
                .find(|(d, _)| d.rule.reason == r.rule.reason)
            {
                Some((_, cards)) => cards.push(s.surface.name),
                None => drivers.push((r, vec![s.surface.name])),
            }
        }
    }
    crate::order::by_key(&mut drivers, |(r, _)| (-i64::from(r.rule.weight), 0));
    for (r, cards) in drivers {
        put(
            &mut md,
            &["* ", &cards.join(", "), ": ", r.rule.reason, &because(r)],
        );
    }

    put(&mut md, &["\n## Considered Options\n"]);
    for s in &o.surfaces {
        put(&mut md, &["For ", s.surface.short, ":\n"]);
        put(&mut md, &["* ", s.winner.approach.name, " (chosen)"]);
        for a in &s.alternatives {
            put(&mut md, &["* ", a.approach.name]);
        }
        md.push('\n');
    }

    put(&mut md, &["## Decision Outcome\n"]);
    put(&mut md, &[tally::POINTS_EXPLAINED, "\n"]);
    for s in &o.surfaces {
        let top = s.leading_reasons(2);
        let why = if top.is_empty() {
            "it is the simplest sound option and nothing counted against it enough.".to_string()
        } else {
            top.join(" ")
        };
        let standing = tally::standing(s).describe();
        put(
            &mut md,
            &[
                "* ",
                s.surface.name,
                ": we chose \"",
                s.winner.approach.name,
                "\" with ",
                &tally::points(s.winner.score),
                " (",
                &lower_first(standing.trim_end_matches('.')),
                "), because ",
                &lower_first(&why),
            ],
        );
    }

    put(&mut md, &["\n### Consequences\n"]);
    for s in &o.surfaces {
        for r in &s.winner.cons {
            put(
                &mut md,
                &[
                    "* Bad (",
                    s.surface.name,
                    "), because ",
                    &lower_first(r.rule.reason),
                    &mitigated(kb, o, r),
                ],
            );
        }
        for w in s.winner.approach.work {
            put(
                &mut md,
                &["* Work (", s.surface.name, "): we must ", w, "."],
            );
        }
    }

    put(&mut md, &["\n### Confirmation\n"]);
    put(
        &mut md,
        &["The implementation is done when every item below is checked:\n"],
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
            .replace("(see the list below", "(see More Information");
        let scope = o.served_by(item);
        put(
            &mut md,
            &[
                "- [ ] ",
                &text,
                if scope.is_some() { " For: " } else { "" },
                scope.as_deref().unwrap_or(""),
                if scope.is_some() { "." } else { "" },
                " (",
                item.topic,
                ": ",
                &cites.join("; "),
                ")",
            ],
        );
    }

    put(&mut md, &["\n## Pros and Cons of the Options\n"]);
    for s in &o.surfaces {
        put(&mut md, &["### ", s.surface.name, "\n"]);
        for a in std::iter::once(&s.winner).chain(&s.alternatives) {
            let chosen = a.approach.id == s.winner.approach.id;
            put(
                &mut md,
                &[
                    "#### ",
                    a.approach.name,
                    if chosen { " (chosen)" } else { "" },
                    "\n",
                ],
            );
            put(&mut md, &[kb.summary(s.surface.id, a.approach), "\n"]);
            for b in &a.blockers {
                put(
                    &mut md,
                    &["* Ruled out, because ", &lower_first(b.constraint.reason)],
                );
            }
            if !a.is_viable() {
                md.push('\n');
                continue;
            }
            for line in tally::lines(a) {
                let points = tally::signed(line.points());
                let text = match line {
                    Line::HeadStart(approach) => tally::head_start_text(approach),
                    Line::Reason(r) if r.rule.weight >= 0 => {
                        format!("Good, because {}", lower_first(r.rule.reason))
                    }
                    Line::Reason(r) => format!("Bad, because {}", lower_first(r.rule.reason)),
                };
                put(&mut md, &["* ", &points, ": ", &text]);
            }
            let total = tally::points(a.score);
            if chosen {
                put(&mut md, &["* Total: ", &total, ".\n"]);
            } else {
                put(
                    &mut md,
                    &["* Total: ", &total, " (", &tally::behind(a, s), ").\n"],
                );
            }
        }
    }

    put(&mut md, &["## More Information\n"]);
    put(
        &mut md,
        &[
            "Produced with Authpick (rule base ",
            kb.version,
            ", last reviewed ",
            kb.reviewed,
            "). Reopen the guide with these answers: <",
            input.link,
            ">\n",
        ],
    );
    if let Some(when) = revisit(input.date) {
        put(
            &mut md,
            &[
                "We revisit this decision by ",
                &when,
                ", or sooner if one of the answers below changes.\n",
            ],
        );
    }
    other_future(kb, input, &mut md);
    let groups = by_question(&o.changes);
    if !groups.is_empty() {
        put(&mut md, &["Answers that would change this decision:\n"]);
        for g in groups {
            put(
                &mut md,
                &["* ", g.question.short, " (now: ", &g.current(), "):"],
            );
            for c in g.changes {
                let shifts: Vec<String> = c
                    .shifts
                    .iter()
                    .map(|s| [s.surface.name, " → ", s.to.name].concat())
                    .collect();
                put(
                    &mut md,
                    &[
                        "  * ",
                        &c.instead.describe(c.question),
                        ": ",
                        &shifts.join(", "),
                    ],
                );
            }
        }
        md.push('\n');
    }
    let (kept, unkept): (Vec<&Library>, Vec<&Library>) = o
        .libraries
        .iter()
        .partition(|l| l.status != Maintenance::Unmaintained);
    for (heading, libraries) in [
        ("Maintained libraries for the chosen approaches:\n", kept),
        (
            "Unmaintained, listed so that nobody starts new work with them:\n",
            unkept,
        ),
    ] {
        if libraries.is_empty() {
            continue;
        }
        put(&mut md, &[heading]);
        for l in libraries {
            let name = if l.url.is_empty() {
                l.name.to_string()
            } else {
                ["[", l.name, "](", l.url, ")"].concat()
            };
            put(
                &mut md,
                &[
                    "* ",
                    l.platform.name(kb),
                    ": ",
                    &name,
                    ". ",
                    l.note,
                    " Version: ",
                    &l.safety(),
                    ".",
                ],
            );
        }
        md.push('\n');
    }
    put(&mut md, &["Sources:\n"]);
    for s in &o.sources {
        if s.url.is_empty() {
            put(&mut md, &["* ", s.cite, ": ", s.title]);
        } else {
            put(
                &mut md,
                &[
                    "* ",
                    s.cite,
                    ": [",
                    s.title,
                    "](",
                    s.url,
                    ") (checked ",
                    s.checked,
                    ")",
                ],
            );
        }
    }
    md
}

/// The second future the team compared, when its answers differ: what differs, and what that
/// would change, each changed card with its standing and strongest reason.
fn other_future(kb: &Knowledge, input: &RecordInput, md: &mut String) {
    let answers = answer_diffs(kb, input.answers, input.other.answers);
    if input.other.answers.is_empty() || answers.is_empty() {
        return;
    }
    let b = score(kb, input.other.answers);
    let name = name_future(input.other.name);
    let named = if name.is_empty() {
        String::new()
    } else {
        [", \u{201c}", &name, "\u{201d}"].concat()
    };
    put(
        md,
        &[
            "We also compared a second future",
            &named,
            " (the link above opens both). Its answers differ in:\n",
        ],
    );
    for d in &answers {
        put(md, &["* ", &d.describe()]);
    }
    let changes: Vec<_> = diff(&input.outcome.surfaces, &b)
        .into_iter()
        .filter(SurfaceDiff::is_change)
        .collect();
    if changes.is_empty() {
        put(md, &["\nIt would not change the decision.\n"]);
        return;
    }
    put(md, &["\nIn that future the decision would change:\n"]);
    for c in &changes {
        let why = why_changed(&b, c).unwrap_or_default();
        put(md, &["* ", &c.describe(), ". ", &why]);
    }
    md.push('\n');
}

fn because(r: &Reason) -> String {
    if r.facts.is_empty() {
        return String::new();
    }
    let facts: Vec<String> = r.facts.iter().map(|f| f.describe()).collect();
    format!(" (we answered {})", facts.join("; "))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::guide::{recommend, KNOWLEDGE as KB};

    fn record(pairs: &[(&str, &[&str])], people: People) -> String {
        let mut answers = Answers::new();
        for (q, o) in pairs {
            answers.set(&KB, q, o).unwrap();
        }
        let outcome = recommend(&KB, &answers);
        decision_record(
            &KB,
            &RecordInput {
                answers: &answers,
                outcome: &outcome,
                link: LINK,
                date: "2026-11-23",
                people,
                other: Other {
                    name: "",
                    answers: &Answers::new(),
                },
            },
        )
    }

    const LINK: &str = "https://example.test/guide?v=1&view=result&clients=web,mobile";

    fn web_and_mobile() -> String {
        record(
            &[
                ("clients", &["web", "mobile"]),
                ("frontend", &["ssr"]),
                ("revoke", &["instant"]),
            ],
            People {
                decision_makers: "Ana Lopez, Bo \"the boss\" Chen",
                consulted: "",
                informed: "security@example.test",
            },
        )
    }

    #[test]
    fn the_record_has_every_madr_section_in_order() {
        let md = web_and_mobile();
        let sections = [
            "---\nstatus: proposed\ndate: 2026-11-23\ndecision-makers: [\"Ana Lopez\", \"Bo \\\"the boss\\\" Chen\"]\nconsulted: []\ninformed: [\"security@example.test\"]\n---",
            "# A maintained library in our app for signing people in; server-side sessions for the browser app and the native mobile app\n",
            "## Context and Problem Statement",
            "* Revocation: Instantly",
            "## Decision Drivers",
            "## Considered Options",
            "For the browser app:",
            "* Server-side session (chosen)",
            "For the native mobile app:",
            "## Decision Outcome",
            "### Consequences",
            "* Work (Browser app): we must run a session store",
            "### Confirmation",
            "- [ ] Name the session cookie with the `__Host-` prefix",
            "## Pros and Cons of the Options",
            "## More Information",
            LINK,
            "We revisit this decision by 2027-11-23",
            "Answers that would change this decision:",
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
    fn one_voice_and_totals_that_add_up() {
        let md = web_and_mobile();
        for line in md.lines() {
            let lower = line.to_ascii_lowercase();
            assert!(
                !lower.contains(" you ")
                    && !lower.contains("you said")
                    && !lower.starts_with("you "),
                "not in our voice: {line}"
            );
        }
        // Under every option the points listed add up to its total.
        for option in md.split("\n#### ").skip(1) {
            let mut sum = 0;
            let mut total = None;
            for line in option.lines() {
                if let Some(rest) = line.strip_prefix("* Total: ") {
                    let n: String = rest
                        .chars()
                        .take_while(|c| *c == '−' || c.is_ascii_digit())
                        .collect();
                    total = Some(n.replace('−', "-").parse::<i32>().unwrap());
                } else if let Some((points, _)) =
                    line.strip_prefix("* ").and_then(|l| l.split_once(": "))
                {
                    if let Ok(n) = points
                        .replace('−', "-")
                        .trim_start_matches('+')
                        .parse::<i32>()
                    {
                        sum += n;
                    }
                }
            }
            if let Some(total) = total {
                assert_eq!(sum, total, "{option}");
            }
        }
        assert!(md.contains("* +2: Head start"));
    }

    #[test]
    fn a_ctos_record_names_the_client_of_each_driver_and_explains_points_first() {
        let md = web_and_mobile();
        let drivers =
            &md[md.find("## Decision Drivers").unwrap()..md.find("## Considered").unwrap()];
        for line in drivers.lines().filter(|l| l.starts_with("* ")) {
            assert!(
                ["* Sign-in", "* Browser app", "* Native mobile app"]
                    .iter()
                    .any(|c| line.starts_with(c)),
                "a driver without its client: {line}"
            );
        }
        // The points are explained before the first one is given.
        let explained = md.find(tally::POINTS_EXPLAINED).unwrap();
        let first_points = md.find(" points (").unwrap();
        assert!(explained < first_points);
        // No app voice and no doubled totals.
        assert!(!md.contains("your answers"), "{md}");
        assert!(!md.contains("points total against"), "{md}");
        assert!(md.contains("behind the chosen option"), "{md}");
    }

    #[test]
    fn a_consequence_names_what_the_checklist_does_about_it() {
        // Many microservices behind a browser that keeps a session: the session's store lookup
        // counts against it, and the token exchange at the edge is what answers that.
        let md = record(
            &[
                ("clients", &["web"]),
                ("frontend", &["ssr"]),
                ("backend", &["micro"]),
            ],
            People::default(),
        );
        let bad = md
            .lines()
            .find(|l| l.starts_with("* Bad (Browser app)") && l.contains("bottleneck"))
            .unwrap_or_else(|| panic!("no consequence for the store lookup: {md}"));
        assert!(
            bad.ends_with(
                "We reduce it with scoped tokens exchanged at the edge (see Confirmation)."
            ),
            "{bad}"
        );
        // The item named is in the Confirmation list.
        assert!(
            md.contains("- [ ] With many services, let the edge"),
            "{md}"
        );
    }

    #[test]
    fn the_second_future_goes_into_the_record_by_its_name() {
        let mut today = Answers::new();
        today.set(&KB, "clients", &["web"]).unwrap();
        today.set(&KB, "frontend", &["ssr"]).unwrap();
        let mut later = today.clone();
        later.set(&KB, "clients", &["web", "mobile"]).unwrap();
        let outcome = recommend(&KB, &today);
        let write = |name: &str, other: &Answers| {
            decision_record(
                &KB,
                &RecordInput {
                    answers: &today,
                    outcome: &outcome,
                    link: LINK,
                    date: "2026-12-06",
                    people: People::default(),
                    other: Other {
                        name,
                        answers: other,
                    },
                },
            )
        };
        let md = write("after the mobile app", &later);
        let at = md
            .find("We also compared a second future, \u{201c}after the mobile app\u{201d} (")
            .unwrap_or_else(|| panic!("{md}"));
        let section = &md[at..];
        assert!(
            section.contains("* Clients: Our own web app in the browser → "),
            "{section}"
        );
        let added = section
            .lines()
            .find(|l| l.starts_with("* Native mobile app: new client"))
            .unwrap_or_else(|| panic!("{section}"));
        // The changed card says how far ahead it is, as the compare view does.
        assert!(
            added.contains("ahead of") || added.contains("only"),
            "{added}"
        );
        // Unnamed, it is just the second; the same answers, or none, add nothing.
        assert!(write("", &later).contains("compared a second future (the link"));
        assert!(!write("x", &today).contains("We also compared"));
        assert!(!write("x", &Answers::new()).contains("We also compared"));
    }

    #[test]
    fn unmaintained_libraries_are_not_listed_as_maintained() {
        // AppAuth for Android is unmaintained; it is still named, under its own heading.
        let md = record(&[("clients", &["mobile"])], People::default());
        let maintained = md.find("Maintained libraries").unwrap();
        let unkept = md.find("Unmaintained, listed").unwrap();
        let android = md.find("AppAuth for Android").unwrap();
        assert!(maintained < unkept && unkept < android, "{md}");
    }

    #[test]
    fn what_would_change_it_is_grouped_by_question() {
        let md = web_and_mobile();
        let start = md.find("Answers that would change this decision:").unwrap();
        let section = &md[start
            ..md[start..]
                .find("Maintained libraries")
                .map_or(md.len(), |e| start + e)];
        let heads: Vec<&str> = section.lines().filter(|l| l.starts_with("* ")).collect();
        let mut unique = heads.clone();
        unique.sort();
        unique.dedup();
        assert_eq!(
            heads.len(),
            unique.len(),
            "one entry per question:\n{section}"
        );
        assert!(heads.iter().all(|h| h.contains("(now: ")), "{heads:?}");
        assert!(
            !section.lines().any(|l| l.starts_with("  * Not sure")),
            "\"Not sure\" is never a change to try: {section}"
        );
    }

    #[test]
    fn checklist_items_name_the_clients_they_serve() {
        let md = record(
            &[("clients", &["web", "services"]), ("frontend", &["ssr"])],
            People::default(),
        );
        let key_rotation = md
            .lines()
            .find(|l| l.starts_with("- [ ] Publish verification keys"))
            .unwrap();
        assert!(
            key_rotation.contains("For: Service to service."),
            "{key_rotation}"
        );
        let library = md
            .lines()
            .find(|l| l.starts_with("- [ ] Use a maintained"))
            .unwrap();
        assert!(!library.contains("For:"), "serves every client: {library}");
        assert!(md.contains("decision-makers: []"));
    }

    #[test]
    fn a_printout_names_the_people_as_the_front_matter_does() {
        let p = People {
            decision_makers: " Ana Lopez, Bo Chen ,",
            consulted: "",
            informed: "security team",
        };
        assert_eq!(
            people_line(&p).as_deref(),
            Some("Decision-makers: Ana Lopez and Bo Chen. Informed: security team.")
        );
        assert_eq!(people_line(&People::default()), None);
        assert_eq!(
            people_line(&People {
                consulted: " , ;",
                ..People::default()
            }),
            None
        );
    }

    #[test]
    fn revisit_and_names() {
        assert_eq!(revisit("2026-11-23").as_deref(), Some("2027-11-23"));
        assert_eq!(revisit("2028-02-29").as_deref(), Some("2029-02-28"));
        assert_eq!(revisit("yesterday"), None);
        assert_eq!(revisit("2026-13-01"), None);
        assert_eq!(yaml_list(" Ana ,, Bo;\nCy "), "[\"Ana\", \"Bo\", \"Cy\"]");
        assert_eq!(yaml_list("a\\b\u{7}"), "[\"a\\\\b\"]");
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
