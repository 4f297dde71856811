//! The header parameters and claims, one row each: the name, the value, what it means and
//! where that is defined; time claims also as dates (UTC, local, relative) and the token's
//! lifetime. What a name means comes from the crypto worker, which holds the descriptions of
//! the registered names and of the providers' own (`jose::vendor_claims`).

use leptos::prelude::*;

use super::cite_link::source_link;
use super::{clock, use_page};
use authpick_core::token::checks::report::Row;
use authpick_core::token::jose::vendor_claims::Meaning;
use authpick_core::token::service::dispatch::Phase;

/// What the meaning column says for a row.
#[derive(Clone, Copy)]
enum Said<'a> {
    Known(&'a Meaning),
    Unknown,
    /// The worker has not answered yet, or cannot.
    Waiting(Phase),
}

#[component]
pub fn ClaimsTables() -> impl IntoView {
    let page = use_page();
    let inspection = page.read(|m| m.inspection().cloned());
    let meanings = page.read(|m| m.meanings().map(<[_]>::to_vec));
    let phase = page.read(|m| m.phase());
    move || {
        inspection.with(|i| {
            let i = i.as_ref()?;
            if i.header.is_empty() && i.payload.is_empty() {
                return None;
            }
            let meanings = meanings.get();
            let said = |index: usize| match &meanings {
                Some(m) => m.get(index).cloned().flatten(),
                None => None,
            };
            let waiting = meanings.is_none().then(|| phase.get());
            let header: Vec<(Row, Option<Meaning>)> = i
                .header
                .iter()
                .enumerate()
                .map(|(n, r)| (r.clone(), said(n)))
                .collect();
            let payload: Vec<(Row, Option<Meaning>)> = i
                .payload
                .iter()
                .enumerate()
                .map(|(n, r)| (r.clone(), said(i.header.len() + n)))
                .collect();
            let lifetime = i.lifetime.clone().map(|l| {
                view! { <p><strong>"Lifetime"</strong>" (exp − iat): "{l}</p> }
            });
            Some(view! {
                <section class="card" aria-labelledby="claims-heading">
                    <h2 id="claims-heading">"What each part says"</h2>
                    {table("Header parameters", header, waiting)}
                    {table("Claims", payload, waiting)}
                    {lifetime}
                </section>
            })
        })
    }
}

fn table(
    caption: &'static str,
    rows: Vec<(Row, Option<Meaning>)>,
    waiting: Option<Phase>,
) -> Option<impl IntoView> {
    if rows.is_empty() {
        return None;
    }
    let body = rows
        .iter()
        .map(|(r, m)| {
            let said = match (m, waiting) {
                (Some(m), _) => Said::Known(m),
                (None, Some(phase)) => Said::Waiting(phase),
                (None, None) => Said::Unknown,
            };
            row(r, said)
        })
        .collect_view();
    Some(view! {
        <div class="table-scroll" tabindex="0" role="region" aria-label=caption>
            // The roles restate the table's own: on phones its rows are laid out as blocks, and
            // some browsers drop table semantics from elements whose display changes.
            <table class="claims" role="table">
                <caption>{caption}</caption>
                <thead>
                    <tr role="row">
                        <th scope="col" role="columnheader">"Name"</th>
                        <th scope="col" role="columnheader">"Value"</th>
                        <th scope="col" role="columnheader">"Meaning"</th>
                    </tr>
                </thead>
                <tbody>{body}</tbody>
            </table>
        </div>
    })
}

fn row(r: &Row, said: Said) -> impl IntoView {
    let value = match &r.time {
        Some(t) => view! {
            <span class="mono">{r.value.clone()}</span>
            <span class="time">
                <span class="when-relative">{t.relative.clone()}</span>
                <span>{t.utc.clone()}</span>
                <span>"Local: "{clock::local(t.seconds)}</span>
            </span>
        }
        .into_any(),
        None => view! { <span class="mono value">{r.value.clone()}</span> }.into_any(),
    };
    let meaning = match said {
        Said::Known(m) => {
            let title = (!m.title.is_empty()).then(|| view! { <strong>{m.title.clone()}</strong>". " });
            let by = m.by.clone().map(|p| view! { <span class="muted small">{format!("{p}'s own claim. ")}</span> });
            let source = source_link(m.source.0.clone(), m.source.1.clone());
            view! {
                {title}{m.meaning.clone()}" "{by}
                <span class="muted small">"("{source}")"</span>
            }
            .into_any()
        }
        Said::Unknown => view! { <span class="muted">"Neither registered nor defined by a provider this page knows: its meaning is up to the issuer."</span> }
            .into_any(),
        Said::Waiting(Phase::Failed(_)) => view! { <span class="muted">"Not shown: the descriptions come with the verifier, which did not load."</span> }
            .into_any(),
        Said::Waiting(_) => view! { <span class="muted">"Looking up what it means…"</span> }.into_any(),
    };
    view! {
        <tr role="row">
            <th scope="row" class="mono" role="rowheader">{r.name.clone()}</th>
            <td role="cell">{value}</td>
            <td role="cell">{meaning}</td>
        </tr>
    }
}
