//! What is wrong with the token, most severe first: what it is, why it matters, what to do,
//! the source, and where the guide explains the trade-off behind it.

use leptos::prelude::*;

use super::super::routes::href;
use super::cite_link::cite_link;
use super::use_page;
use authpick_core::token::checks::findings::{Finding, Role, Severity};
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
            // What to do with this token first; advice for whoever issues it apart, so that it
            // is not read as a reason to reject the token.
            let (own, issuer): (Vec<Finding>, Vec<Finding>) = findings
                .get()
                .into_iter()
                .partition(|f| f.role() == Role::Verifier);
            let own = (!own.is_empty()).then(|| {
                let items = own.into_iter().map(item).collect_view();
                view! { <ol class="findings">{items}</ol> }
            });
            let issuer = (!issuer.is_empty()).then(|| {
                let items = issuer.into_iter().map(issuer_item).collect_view();
                view! {
                    <h3 class="findings-group">"For whoever issues tokens like it"</h3>
                    <ol class="findings findings-issuer">{items}</ol>
                }
            });
            view! {
                <section class="card" aria-labelledby="findings-heading">
                    <h2 id="findings-heading">"Findings"</h2>
                    <p>{summary}</p>
                    {kind}
                    {own}
                    {issuer}
                </section>
            }
        })
    }
}

fn cite(c: &Cite, first: bool) -> impl IntoView {
    let sep = (!first).then_some(", ");
    view! { {sep}{cite_link(c)} }
}

/// A finding under the list's heading (`h3`), or under the issuer group's (`h4`).
fn item(f: Finding) -> impl IntoView {
    item_at(f, false)
}

fn issuer_item(f: Finding) -> impl IntoView {
    item_at(f, true)
}

fn item_at(f: Finding, nested: bool) -> impl IntoView {
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
            <a href=href(&link.href()) target="_blank" rel="noopener">
                "Why this matters in the guide (opens in a new tab)"
            </a>
        }
    });
    let severity = f.severity();
    let title = view! {
        <span class=severity_class(severity)>{severity.label()}</span>" "
        {f.title}
    };
    let heading = if nested {
        view! { <h4>{title}</h4> }.into_any()
    } else {
        view! { <h3>{title}</h3> }.into_any()
    };
    view! {
        <li class="finding" data-finding=entry.id>
            {heading}
            <p>{f.explanation}</p>
            <p><strong>"What to do: "</strong>{entry.fix}</p>
            <p class="muted small">"Source: "{sources}{learn}</p>
        </li>
    }
}
