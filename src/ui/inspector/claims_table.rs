//! The header parameters and claims, one row each: the name, the value, what it means and
//! where that is defined; time claims also as dates (UTC, local, relative) and the token's
//! lifetime.

use leptos::prelude::*;

use super::cite_link::cite_link;
use super::{clock, use_page};
use authpick_core::token::checks::report::Row;

#[component]
pub fn ClaimsTables() -> impl IntoView {
    let inspection = use_page().read(|m| m.inspection().cloned());
    move || {
        inspection.with(|i| {
            let i = i.as_ref()?;
            if i.header.is_empty() && i.payload.is_empty() {
                return None;
            }
            let lifetime = i.lifetime.clone().map(|l| {
                view! { <p><strong>"Lifetime"</strong>" (exp − iat): "{l}</p> }
            });
            Some(view! {
                <section class="card" aria-labelledby="claims-heading">
                    <h2 id="claims-heading">"What each part says"</h2>
                    {table("Header parameters", &i.header)}
                    {table("Claims", &i.payload)}
                    {lifetime}
                </section>
            })
        })
    }
}

fn table(caption: &'static str, rows: &[Row]) -> Option<impl IntoView> {
    if rows.is_empty() {
        return None;
    }
    let body = rows.iter().map(row).collect_view();
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

fn row(r: &Row) -> impl IntoView {
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
    let meaning = match r.known {
        Some(k) => view! {
            <strong>{k.title}</strong>". "{k.meaning}" "
            <span class="muted small">"("{cite_link(&k.source)}")"</span>
        }
        .into_any(),
        None => view! { <span class="muted">"Not a registered name: its meaning is up to the issuer."</span> }
            .into_any(),
    };
    view! {
        <tr role="row">
            <th scope="row" class="mono" role="rowheader">{r.name.clone()}</th>
            <td role="cell">{value}</td>
            <td role="cell">{meaning}</td>
        </tr>
    }
}
