//! The result page: the recommendation per client surface first, then the reasons, the
//! alternatives and why they lost, what would change it, the checklist, libraries and sources.
//! The whole result re-renders from the core's `Outcome` whenever an answer changes; the
//! answer editor beside it is rendered once so it keeps focus while in use.

use leptos::prelude::*;

use super::answer_editor::AnswerEditor;
use super::prefs::use_ui;
use super::routes::href;
use super::share::ResultActions;
use super::sources::{cites, source_list};
use super::state::{use_guide, Which};
use super::terms::linked;
use authpick_core::guide::engine::{Assessment, Reason, SurfaceResult};
use authpick_core::guide::model::{Library, Maintenance};
use authpick_core::guide::sensitivity::Change;
use authpick_core::guide::{recommend, Outcome, KNOWLEDGE};
use authpick_core::site::{COSTS, REVOCATION};
use authpick_core::tradeoffs::params::{costs_for, costs_query, revocation_for, revocation_query};

#[component]
pub fn ResultPage() -> impl IntoView {
    let guide = use_guide();
    let ui = use_ui();
    let meeting = move || ui.prefs.with(|p| p.meeting);
    let heading = NodeRef::<leptos::html::H1>::new();
    heading.on_load(|el| {
        let _ = el.focus();
    });
    view! {
        <div class="page result-layout">
            <div class="result-main">
                <h1 node_ref=heading tabindex="-1">"Your recommendation"</h1>
                <p class="muted">
                    {format!(
                        "Rule base {}, last reviewed {}. ",
                        KNOWLEDGE.version,
                        KNOWLEDGE.reviewed,
                    )}
                    <a href="#answers-a-section">"Change your answers"</a>
                </p>
                {review_changes()}
                {move || render(&recommend(&KNOWLEDGE, &guide.answers(Which::Current)), meeting())}
            </div>
            <aside class="result-aside">
                <AnswerEditor which=Which::Current title="Your answers"/>
            </aside>
        </div>
    }
}

fn render(outcome: &Outcome, meeting: bool) -> impl IntoView {
    view! {
        <section aria-labelledby="rec-title" class="recommendation">
            <h2 id="rec-title" class="visually-hidden">"Recommendation per client"</h2>
            <ul class="cards">{outcome.surfaces.iter().map(|s| card(s, false)).collect_view()}</ul>
        </section>
        {strongest(outcome, meeting)}
        <ResultActions/>
        {explore_links()}
        <section aria-labelledby="why-title" class="print-skip">
            <h2 id="why-title">"Why"</h2>
            {outcome.surfaces.iter().map(why).collect_view()}
        </section>
        <section aria-labelledby="alt-title" class="print-skip">
            <h2 id="alt-title">"Why not the alternatives"</h2>
            {outcome.surfaces.iter().map(alternatives).collect_view()}
        </section>
        <section aria-labelledby="change-title" class="print-columns">
            <h2 id="change-title">"What would change this"</h2>
            {changes(&outcome.changes)}
        </section>
        <section aria-labelledby="check-title" class="print-columns">
            <h2 id="check-title">"Implementation checklist"</h2>
            {checklist(outcome)}
        </section>
        <section aria-labelledby="lib-title" class="print-skip">
            <h2 id="lib-title">"Maintained libraries"</h2>
            <p class="muted">"Do not write your own: use one of these for your stack."</p>
            {libraries(outcome)}
        </section>
        <section aria-labelledby="src-title" class="print-columns">
            <h2 id="src-title">"Sources"</h2>
            {source_list(&outcome.sources)}
        </section>
    }
}

/// The calculator and the timeline, opened with numbers that follow from the answers.
fn explore_links() -> impl IntoView {
    let guide = use_guide();
    let answers = guide.answers(Which::Current);
    let costs = format!("{}?{}", href(COSTS.path), costs_query(&costs_for(&answers)));
    let revocation = format!(
        "{}?{}",
        href(REVOCATION.path),
        revocation_query(&revocation_for(&answers))
    );
    view! {
        <p class="explore print-skip">
            "With numbers from your answers: "
            <a href=costs>"what each approach costs at your scale"</a>
            " and "
            <a href=revocation>"how long a stolen credential stays usable"</a>
            "."
        </p>
    }
}

/// Meeting mode leads with the three reasons that weighed most.
fn strongest(outcome: &Outcome, meeting: bool) -> impl IntoView {
    let items = outcome
        .strongest_reasons(3)
        .into_iter()
        .map(|(s, r)| {
            view! {
                <li>
                    <strong>{format!("{}: ", s.surface.name)}</strong>
                    {r.rule.reason}
                </li>
            }
        })
        .collect_view();
    view! {
        // Always in the page for print; on screen only in meeting mode.
        <section aria-labelledby="strongest-title" class="strongest" class:screen-hidden=!meeting>
            <h2 id="strongest-title">"The three strongest reasons"</h2>
            <ol>{items}</ol>
        </section>
    }
}

/// One surface's recommendation; `changed` marks it in the compare view (in words, not only
/// by colour).
pub fn card(s: &SurfaceResult, changed: bool) -> impl IntoView {
    let margin = match s.margin() {
        Some(0) => "A tie, broken in favour of the simpler option.".to_string(),
        Some(m) => format!("{} ahead of the next option.", points(m)),
        None => "The only option that fits.".to_string(),
    };
    view! {
        <li class="card" class:changed=changed>
            <p class="surface">{s.surface.name}</p>
            {changed.then(|| view! { <p class="changed-badge">"Changes"</p> })}
            <p class="approach">{s.winner.approach.name}</p>
            <p class="summary">{linked(s.winner.approach.summary)}</p>
            <p class="margin muted small">{margin}</p>
        </li>
    }
}

fn why(s: &SurfaceResult) -> impl IntoView {
    let w = &s.winner;
    let costs = (!w.cons.is_empty()).then(|| {
        view! {
            <p class="sub">"What it costs you"</p>
            <ul class="reasons">{w.cons.iter().map(|r| reason(r, s)).collect_view()}</ul>
        }
    });
    view! {
        <h3>{format!("{}: {}", s.surface.name, w.approach.name)}</h3>
        <ul class="reasons">{w.pros.iter().map(|r| reason(r, s)).collect_view()}</ul>
        {(w.pros.is_empty()).then(|| view! {
            <p class="muted">"It starts ahead as the simplest option, and no answer counted against it enough."</p>
        })}
        {costs}
    }
}

fn reason(r: &Reason, s: &SurfaceResult) -> impl IntoView {
    let weight = r.rule.weight;
    let (class, label) = if weight >= 0 {
        ("weight plus", format!("+{weight}"))
    } else {
        ("weight minus", format!("−{}", weight.unsigned_abs()))
    };
    let because = if r.facts.is_empty() {
        format!("Applies to every {}.", s.surface.name.to_ascii_lowercase())
    } else {
        let facts: Vec<String> = r.facts.iter().map(|f| f.describe()).collect();
        format!("Because: {}", facts.join("; "))
    };
    view! {
        <li class="reason">
            <span class=class aria-label=format!("weight {label}")>{label.clone()}</span>
            <div>
                <p>{linked(r.rule.reason)}</p>
                <p class="because small">{because}</p>
                {cites(r.rule.sources)}
            </div>
        </li>
    }
}

fn alternatives(s: &SurfaceResult) -> impl IntoView {
    let items = s
        .alternatives
        .iter()
        .map(|a| alternative(a, s))
        .collect_view();
    view! {
        <h3>{s.surface.name}</h3>
        <ul class="alternatives">{items}</ul>
    }
}

fn alternative(a: &Assessment, s: &SurfaceResult) -> impl IntoView {
    let verdict = if a.is_viable() {
        format!(
            "{} points against {} for the recommendation.",
            a.score, s.winner.score
        )
    } else {
        "Ruled out by your answers.".to_string()
    };
    let blockers = a
        .blockers
        .iter()
        .map(|b| {
            let facts: Vec<String> = b.facts.iter().map(|f| f.describe()).collect();
            view! {
                <li class="reason">
                    <span class="weight minus" aria-label="ruled out">"✕"</span>
                    <div>
                        <p>{linked(b.constraint.reason)}</p>
                        <p class="because small">{format!("Because: {}", facts.join("; "))}</p>
                        {cites(b.constraint.sources)}
                    </div>
                </li>
            }
        })
        .collect_view();
    let against = a.cons.iter().map(|r| reason(r, s)).collect_view();
    // With nothing against it, it lost on what the recommendation had going for it.
    let lacked = (a.is_viable() && a.cons.is_empty()).then(|| {
        let led = s.leading_reasons(2);
        let text = if led.is_empty() {
            "Nothing counted against it; the recommendation is simpler and won the tie.".to_string()
        } else {
            format!(
                "Nothing counted against it, but the recommendation led on: {}",
                led.join(" ")
            )
        };
        view! { <p class="muted small">{text}</p> }
    });
    view! {
        <li class="alternative">
            <p><strong>{a.approach.name}</strong>" — "{verdict}</p>
            <ul class="reasons">{blockers}{against}</ul>
            {lacked}
        </li>
    }
}

/// "1 point", "3 points", "−2 points".
fn points(n: i32) -> String {
    let sign = if n < 0 { "−" } else { "" };
    let abs = n.unsigned_abs();
    format!("{sign}{abs} point{}", if abs == 1 { "" } else { "s" })
}

fn changes(changes: &[Change]) -> impl IntoView {
    if changes.is_empty() {
        return view! {
            <p>"No single answer, changed on its own, would change this recommendation."</p>
        }
        .into_any();
    }
    let guide = use_guide();
    let items = changes
        .iter()
        .enumerate()
        .map(|(i, c)| {
            let shifts: Vec<String> = c
                .shifts
                .iter()
                .map(|s| {
                    format!(
                        "{}: {} instead of {}",
                        s.surface.name, s.to.name, s.from.name
                    )
                })
                .collect();
            let (question, instead) = (c.question.id, c.instead.clone());
            let unprinted = i >= PRINTED_CHANGES;
            let try_it =
                move |_| guide.update(Which::Current, |a| *a = a.with(question, instead.clone()));
            view! {
                <li class="change" class:print-skip=unprinted>
                    <p class="if">{format!("If {}", c.describe())}</p>
                    <ul>{shifts.into_iter().map(|s| view! { <li>{s}</li> }).collect_view()}</ul>
                    <button type="button" class="button small" on:click=try_it>
                        {format!("Try: {}", c.instead.describe(c.question))}
                    </button>
                </li>
            }
        })
        .collect_view();
    let more = changes.len().saturating_sub(PRINTED_CHANGES);
    view! {
        <p class="muted">"Each of these answers, changed on its own, would change the recommendation."</p>
        <ul class="changes">{items}</ul>
        {(more > 0).then(|| view! {
            <p class="print-only">{format!("…and {more} more: open the link to see them all.")}</p>
        })}
    }
    .into_any()
}

/// A printed summary keeps to one or two pages: it lists this many changes.
const PRINTED_CHANGES: usize = 6;

fn checklist(outcome: &Outcome) -> impl IntoView {
    let mut groups: Vec<(&str, Vec<_>)> = Vec::new();
    for item in &outcome.checklist {
        match groups.last_mut() {
            Some((topic, items)) if *topic == item.topic => items.push(*item),
            _ => groups.push((item.topic, vec![*item])),
        }
    }
    groups
        .into_iter()
        .map(|(topic, items)| {
            let list = items
                .into_iter()
                .map(|item| view! { <li><p>{linked(item.text)}</p>{cites(item.sources)}</li> })
                .collect_view();
            view! {
                <h3>{topic}</h3>
                <ul class="checklist">{list}</ul>
            }
        })
        .collect_view()
}

fn libraries(outcome: &Outcome) -> impl IntoView {
    // The core lists libraries grouped by platform already; start a heading at each change.
    let mut groups: Vec<(&'static str, Vec<&Library>)> = Vec::new();
    for l in &outcome.libraries {
        let name = l.platform.name(&KNOWLEDGE);
        match groups.last_mut() {
            Some((n, libs)) if *n == name => libs.push(l),
            _ => groups.push((name, vec![l])),
        }
    }
    let stacks = groups
        .into_iter()
        .map(|(platform, libs)| {
            let items = libs
                .into_iter()
                .map(|l| {
                    let name = if l.url.is_empty() {
                        view! { <strong>{l.name}</strong> }.into_any()
                    } else {
                        view! {
                            <a href=l.url rel="noopener noreferrer" target="_blank">{l.name}</a>
                        }
                        .into_any()
                    };
                    let advisory = l.advisory.as_ref().map(|a| {
                        view! {
                            " "<a class="cite" href=a.url rel="noopener noreferrer" target="_blank">
                                {a.id}
                            </a>
                        }
                    });
                    let status = (l.status != Maintenance::Active).then_some("warn");
                    view! {
                        <li>
                            {name}" — "{l.note}
                            <br/>
                            <span class=status>{l.safety()}</span>
                            {advisory}
                        </li>
                    }
                })
                .collect_view();
            view! {
                <div class="stack">
                    <h3>{platform}</h3>
                    <ul>{items}</ul>
                </div>
            }
        })
        .collect_view();
    view! { <div class="stacks">{stacks}</div> }
}

/// What moved in the latest review of the rule base, folded away under the review line.
fn review_changes() -> impl IntoView {
    let items = KNOWLEDGE
        .review
        .iter()
        .map(|c| view! { <li><p>{linked(c.text)}</p>{cites(c.sources)}</li> })
        .collect_view();
    view! {
        <details class="review-changes">
            <summary>"What changed in this review"</summary>
            <ul>{items}</ul>
        </details>
    }
}
