//! What is wrong with the token, most severe first: what it is, why it matters, what to do,
//! the source, and where the guide explains the trade-off behind it.

use leptos::prelude::*;

use super::use_inspector;
use crate::token::findings::{Finding, Severity};
use crate::token::report::{rfc_link, summary};

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
    let state = use_inspector();
    move || {
        state.has_token.get().then(|| {
            let findings = state.findings.get();
            let summary = summary(&findings);
            let items = findings.into_iter().map(item).collect_view();
            view! {
                <section class="card" aria-labelledby="findings-heading">
                    <h2 id="findings-heading">"Findings"</h2>
                    <p>{summary}</p>
                    <ol class="findings">{items}</ol>
                </section>
            }
        })
    }
}

fn item(f: Finding) -> impl IntoView {
    let source = match rfc_link(f.source) {
        Some(url) => view! {
            <a href=url rel="noopener noreferrer" target="_blank">{f.source}</a>
        }
        .into_any(),
        None => view! { <span>{f.source}</span> }.into_any(),
    };
    let learn = f.learn_more.map(|path| {
        view! { " · "<a href=super::super::routes::href(path) rel="external">"Why this matters in the guide"</a> }
    });
    view! {
        <li class="finding" data-finding=f.id>
            <h3>
                <span class=severity_class(f.severity)>{f.severity.label()}</span>" "
                {f.title}
            </h3>
            <p>{f.explanation}</p>
            <p><strong>"What to do: "</strong>{f.fix}</p>
            <p class="muted small">"Source: "{source}{learn}</p>
        </li>
    }
}
