//! The result page: the recommendation per client surface first, then the reasons, the
//! alternatives and why they lost, what would change it, the checklist, libraries and sources.
//! The whole result re-renders from the core's `Outcome` whenever an answer changes; the
//! answer editor beside it is rendered once so it keeps focus while in use.

use leptos::prelude::*;

use super::answer_editor::AnswerEditor;
use super::part_link::PartLink;
use super::prefs::use_ui;
use super::routes::{href, rel};
use super::share::{result_link, today, use_record_names, RecordNames, ResultActions};
use super::sources::{cites, source_list};
use super::state::{use_guide, Which};
use super::terms::linked;
use authpick_core::guide::engine::{Assessment, Reason, SurfaceResult};
use authpick_core::guide::link::LinkState;
use authpick_core::guide::model::{Library, Maintenance};
use authpick_core::guide::record::answer_lines;
use authpick_core::guide::sensitivity::{by_question, open_deciders, open_notice, Change, Tried};
use authpick_core::guide::tally::{self, Line};
use authpick_core::guide::Answers;
use authpick_core::guide::{recommend, Outcome, KNOWLEDGE};
use authpick_core::site::{COSTS, REVOCATION};
use authpick_core::tradeoffs::params::{
    costs_assumed, costs_for, costs_query, revocation_for, revocation_query,
};
use wasm_bindgen::JsCast;

#[component]
pub fn ResultPage() -> impl IntoView {
    let guide = use_guide();
    let ui = use_ui();
    let meeting = move || ui.prefs.with(|p| p.meeting);
    let tried = RwSignal::new(None::<Tried>);
    let heading = super::steps::focused_heading();
    provide_context(RecordNames::new());
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
                    <PartLink to="answers-a">"Change your answers"</PartLink>
                </p>
                {move || guide.with(print_summary)}
                <div class="tried-status" role="status" aria-live="polite">
                    {move || {
                        let shown = guide.answers(Which::Current);
                        tried
                            .get()
                            .filter(|t| t.is_shown(&shown))
                            .map(|t| {
                                let before = t.before.clone();
                                let undo = move |_| {
                                    let before = before.clone();
                                    tried.set(None);
                                    guide.edit(Which::Current, |a| *a = before);
                                };
                                let reasons = t
                                    .reasons(&KNOWLEDGE)
                                    .into_iter()
                                    .map(|r| view! { <li>{r}</li> })
                                    .collect_view();
                                view! {
                                    <div class="notice tried">
                                        <p>{t.message.clone()}</p>
                                        <ul class="tried-reasons small">{reasons}</ul>
                                        <button type="button" class="button small" on:click=undo>
                                            {t.undo.clone()}
                                        </button>
                                    </div>
                                }
                            })
                    }}
                </div>
                {move || {
                    let answers = guide.answers(Which::Current);
                    render(&recommend(&KNOWLEDGE, &answers), &answers, meeting(), tried)
                }}
                // What moved in the rule base is for a returning team, after its result, not
                // above it.
                {review_changes()}
            </div>
            <aside class="result-aside">
                <AnswerEditor which=Which::Current title="Your answers"/>
            </aside>
        </div>
    }
}

fn render(
    outcome: &Outcome,
    answers: &Answers,
    meeting: bool,
    tried: RwSignal<Option<Tried>>,
) -> impl IntoView {
    let changed =
        |id: &str| tried.with_untracked(|t| t.as_ref().is_some_and(|t| t.marks(answers, id)));
    let open = open_notice(&open_deciders(&outcome.changes), "What would change this");
    view! {
        <section aria-labelledby="rec-title" class="recommendation" id="recommendation" tabindex="-1">
            <h2 id="rec-title" class="visually-hidden">"Recommendation per client"</h2>
            {open.map(|text| view! { <p class="notice open-answers">{text}</p> })}
            <ul class="cards">
                {outcome.surfaces.iter().map(|s| card(s, changed(s.surface.id))).collect_view()}
            </ul>
            {level(outcome)}
        </section>
        {strongest(outcome, meeting)}
        <nav class="jump print-skip" aria-label="Parts of the result">
            "Jump to: "
            <PartLink to="change-section">"What would change this"</PartLink>
            " · "
            <PartLink to="check-section">"Checklist"</PartLink>
            " · "
            <PartLink to="lib-section">"Libraries"</PartLink>
        </nav>
        <ResultActions/>
        {explore_links()}
        <section aria-labelledby="why-title" class="print-columns">
            <h2 id="why-title">"Why"</h2>
            <p class="muted">{tally::POINTS_EXPLAINED}</p>
            {outcome.surfaces.iter().map(why).collect_view()}
        </section>
        <section aria-labelledby="alt-title" class="print-skip">
            <h2 id="alt-title">"Why not the alternatives"</h2>
            {outcome.surfaces.iter().map(alternatives).collect_view()}
        </section>
        <section aria-labelledby="change-title" class="print-columns" id="change-section" tabindex="-1">
            <h2 id="change-title">"What would change this"</h2>
            {changes(&outcome.changes, tried)}
        </section>
        <section aria-labelledby="check-title" class="print-columns" id="check-section" tabindex="-1">
            <h2 id="check-title">"Implementation checklist"</h2>
            {checklist(outcome)}
        </section>
        <section aria-labelledby="lib-title" class="print-columns libraries" id="lib-section" tabindex="-1">
            <h2 id="lib-title">"Libraries"</h2>
            <p class="muted">"Do not write your own: use a maintained one for your stack. Each shows the lowest safe version; one that is no longer kept says so."</p>
            {libraries(outcome)}
        </section>
        <section aria-labelledby="src-title" class="print-columns">
            <h2 id="src-title">"Sources"</h2>
            {source_list(&outcome.sources)}
        </section>
    }
}

/// The assurance level the answers call for, with its reason, the answers behind it and its
/// source: it decides some checklist items, so it stands next to the cards.
fn level(outcome: &Outcome) -> impl IntoView {
    let l = &outcome.level;
    view! {
        <div class="level">
            <p><strong>"Assurance: "</strong>{l.headline()}"."</p>
            <p class="small">{linked(l.rule.reason)}" "{l.because()}</p>
            {cites(l.rule.sources)}
        </div>
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
    let assumed = costs_assumed(&answers);
    view! {
        <p class="explore print-skip">
            "With numbers from your answers: "
            <a href=costs rel=rel(&COSTS)>"what each approach costs at your scale"</a>
            " and "
            <a href=revocation rel=rel(&REVOCATION)>"how long a stolen credential stays usable"</a>
            ". "
            {assumed}
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
            <h2 id="strongest-title">"The strongest reasons, for each client"</h2>
            <ol>{items}</ol>
        </section>
    }
}

/// One surface's recommendation; `changed` marks it in the compare view (in words, not only
/// by colour).
pub fn card(s: &SurfaceResult, changed: bool) -> impl IntoView {
    let margin = tally::standing(s).describe();
    view! {
        <li class="card" class:changed=changed data-surface=s.surface.id>
            <p class="surface">{s.surface.name}</p>
            {changed.then(|| view! { <p class="changed-badge">"Changed"</p> })}
            <p class="approach">{s.winner.approach.name}</p>
            <p class="summary">{linked(KNOWLEDGE.summary(s.surface.id, s.winner.approach))}</p>
            <p class="margin muted small">{margin}</p>
        </li>
    }
}

fn why(s: &SurfaceResult) -> impl IntoView {
    let w = &s.winner;
    view! {
        <h3>{format!("{}: {}", s.surface.name, w.approach.name)}</h3>
        {score_lines(w)}
    }
}

/// Every contribution to an approach's score, the head start included, and the total they add
/// up to.
fn score_lines(a: &Assessment) -> impl IntoView {
    let lines = tally::lines(a)
        .into_iter()
        .map(|line| match line {
            Line::Reason(r) => reason(r).into_any(),
            Line::HeadStart(approach) => {
                let label = tally::signed(approach.prior);
                view! {
                    <li class="reason">
                        <span class="weight plus" aria-label=format!("{label} points")>{label.clone()}</span>
                        <div><p>{tally::head_start_text(approach)}</p></div>
                    </li>
                }
                .into_any()
            }
        })
        .collect_view();
    view! {
        <ul class="reasons">{lines}</ul>
        <p class="total"><strong>{format!("Total: {}", tally::points(a.score))}</strong></p>
    }
}

fn reason(r: &Reason) -> impl IntoView {
    let weight = r.rule.weight;
    let class = if weight >= 0 {
        "weight plus"
    } else {
        "weight minus"
    };
    let label = tally::signed(weight);
    let because = if r.facts.is_empty() {
        tally::UNCONDITIONAL.to_string()
    } else {
        let facts: Vec<String> = r.facts.iter().map(|f| f.describe()).collect();
        format!("Because: {}", facts.join("; "))
    };
    view! {
        <li class="reason">
            <span class=class aria-label=format!("{label} points")>{label.clone()}</span>
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
    let scored = a.is_viable().then(|| score_lines(a));
    view! {
        <li class="alternative">
            <p><strong>{a.approach.name}</strong>" — "{tally::versus(a, s)}</p>
            <ul class="reasons">{blockers}</ul>
            {scored}
        </li>
    }
}

fn changes(changes: &[Change], tried: RwSignal<Option<Tried>>) -> impl IntoView {
    if changes.is_empty() {
        return view! {
            <p>"No single answer, changed on its own, would change this recommendation."</p>
        }
        .into_any();
    }
    let guide = use_guide();
    let groups = by_question(changes)
        .into_iter()
        .map(|g| {
            let current = g.current();
            let items = g
                .changes
                .into_iter()
                .map(|c| {
                    let shifts: Vec<String> = c
                        .shifts
                        .iter()
                        .map(|s| format!("{}: {} instead of {}", s.surface.name, s.to.name, s.from.name))
                        .collect();
                    let change = c.clone();
                    let try_it = move |_| {
                        let t = Tried::new(&change, &guide.answers(Which::Current));
                        let after = t.answers.clone();
                        tried.set(Some(t));
                        guide.edit(Which::Current, |a| *a = after);
                        bring_into_view("recommendation");
                    };
                    view! {
                        <li class="change">
                            <p class="if">{c.instead.describe(c.question)}</p>
                            <ul>{shifts.into_iter().map(|s| view! { <li>{s}</li> }).collect_view()}</ul>
                            <button type="button" class="button small" on:click=try_it>
                                {format!("Try: {}", c.instead.describe(c.question))}
                            </button>
                        </li>
                    }
                })
                .collect_view();
            view! {
                <li class="change-group">
                    <p><strong>{format!("{} (now: {current})", g.question.short)}</strong></p>
                    <ul>{items}</ul>
                </li>
            }
        })
        .collect_view();
    view! {
        <p class="muted">
            "Each of these answers, changed on its own, would change the recommendation; the \
             answers that move most come first. Try one to see it; its Undo, or the browser's \
             Back button, puts your answer back."
        </p>
        <ul class="changes">{groups}</ul>
    }
    .into_any()
}

/// Scrolls the element with this id into view and moves focus to it, so a change made further
/// down the page is seen and its announcement heard in context.
fn bring_into_view(id: &str) {
    let Some(el) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
    else {
        return;
    };
    el.scroll_into_view();
    if let Ok(html) = el.dyn_into::<web_sys::HtmlElement>() {
        let _ = html.focus();
    }
}

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
                .map(|item| {
                    let served = outcome
                        .served_by(item)
                        .map(|names| view! { <p class="small muted served">{format!("For: {names}")}</p> });
                    view! { <li><p>{linked(item.text)}</p>{served}{cites(item.sources)}</li> }
                })
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
                            {name}<span class="note">" — "{l.note}<br/></span>
                            " "<span class=status>{l.safety()}</span>
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

/// What a printed page says first: the date, the link back and every answer, so the paper
/// stands on its own.
fn print_summary(state: &LinkState) -> impl IntoView {
    let answers = answer_lines(&KNOWLEDGE, &state.answers)
        .into_iter()
        .map(|(q, a)| view! { <li><strong>{q}</strong>": "{a}</li> })
        .collect_view();
    let names = use_record_names();
    // The names typed for the record, as they stand when the page is printed.
    let people = move || {
        names
            .people_line()
            .map(|line| view! { <p class="print-people">{line}</p> })
    };
    view! {
        <section class="print-only print-summary" aria-hidden="true">
            <p>{format!("Printed on {} from Authpick, rule base {}. Reopen it: ", today(), KNOWLEDGE.version)}<span class="print-link">{result_link(state)}</span></p>
            {people}
            <p><strong>"Our answers"</strong></p>
            <ul class="print-answers">{answers}</ul>
        </section>
    }
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
            <summary>
                {format!(
                    "What changed in this review of the rule base ({}, {})",
                    KNOWLEDGE.version,
                    KNOWLEDGE.reviewed
                )}
            </summary>
            <ul>{items}</ul>
        </details>
    }
}
