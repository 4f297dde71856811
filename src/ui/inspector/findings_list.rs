//! What is wrong with the token, most severe first: what it is, why it matters, what to do,
//! the source, and where the guide explains the trade-off behind it.

use leptos::prelude::*;

use super::super::routes::href;
use super::cite_link::cite_link;
use super::use_page;
use authpick_core::token::checks::findings::{Finding, Severity};
use authpick_core::token::cite::Cite;

fn severity_class(s: Severity) -> &'static str {
    match s {
        Severity::Critical => "sev sev-critical",
        Severity::High => "sev sev-high",
        Severity::Medium => "sev sev-medium",
        Severity::Low => "sev sev-low",
        Severity::Info => "sev sev-info",
    }
}

#[component]
pub fn FindingsList() -> impl IntoView {
    let page = use_page();
    let summary = page.read(|m| m.summary());
    let findings = page.read(|m| m.findings().to_vec());
    // Which rules applied: the kind of token it was taken for, why, and their source.
    let kind = page.read(|m| m.inspection().and_then(|i| i.assumed()));
    move || {
        summary.get().map(|summary| {
            let kind = kind.get().map(|a| {
                view! {
                    <p class="token-kind" data-testid="token-kind">
                        {a.sentence()}" "
                        <span class="muted small">"("{cite_link(&a.profile().source)}")"</span>
                    </p>
                }
            });
            let items = findings.get().into_iter().map(item).collect_view();
            view! {
                <section class="card" aria-labelledby="findings-heading">
                    <h2 id="findings-heading">"Findings"</h2>
                    <p>{summary}</p>
                    {kind}
                    <ol class="findings">{items}</ol>
                </section>
            }
        })
    }
}

fn cite(c: &Cite, first: bool) -> impl IntoView {
    let sep = (!first).then_some(", ");
    view! { {sep}{cite_link(c)} }
}

fn item(f: Finding) -> impl IntoView {
    let entry = f.entry();
    let sources = entry
        .sources
        .iter()
        .enumerate()
        .map(|(i, c)| cite(c, i == 0))
        .collect_view();
    // In a new tab, so the pasted token and key stay here.
    let learn = entry.learn_more.map(|link| {
        view! {
            " · "
            <a href=href(link) target="_blank" rel="noopener">
                "Why this matters in the guide (opens in a new tab)"
            </a>
        }
    });
    let severity = f.severity();
    view! {
        <li class="finding" data-finding=entry.id>
            <h3>
                <span class=severity_class(severity)>{severity.label()}</span>" "
                {f.title}
            </h3>
            <p>{f.explanation}</p>
            <p><strong>"What to do: "</strong>{entry.fix}</p>
            <p class="muted small">"Source: "{sources}{learn}</p>
        </li>
    }
}
