//! Compare two tokens (say staging's and production's): each pasted into its own box, then what
//! differs name by name with what each name means, and the findings only one of them draws
//! (`token::checks::compare`). Without a key: verifying stays the inspector's. The tokens stay
//! in the page, never in its link or the browser's storage.

use leptos::prelude::*;

use authpick_core::site::INSPECTOR;
use authpick_core::token::checks::compare::{compare, Change, Comparison, Line, Side};
use authpick_core::token::checks::findings::Finding;

use super::inspector::cite_link::cite_link;
use super::inspector::clock::now;
use super::routes::{href, rel};

#[component]
pub fn TokenComparePage() -> impl IntoView {
    let first = RwSignal::new(String::new());
    let second = RwSignal::new(String::new());
    let heading = super::steps::focused_heading();
    let sides = Memo::new(move |_| {
        let at = now();
        (Side::read(&first.get(), at), Side::read(&second.get(), at))
    });
    let result = move || {
        sides.with(|(a, b)| match (a, b) {
            (Some(Ok(a)), Some(Ok(b))) => {
                let verdicts = (a.verdict.headline.clone(), b.verdict.headline.clone());
                Some(comparison(&compare(a, b), verdicts))
            }
            _ => None,
        })
    };
    view! {
        <div class="page token-compare">
            <h1 node_ref=heading tabindex="-1">"Compare two tokens"</h1>
            <p class="muted">
                "Paste two tokens, say staging's and production's, to see what differs claim by \
                 claim and which findings only one of them draws. Nothing leaves your browser, \
                 and neither token goes into the page's link or the browser's storage. To verify \
                 a signature, open a token in the "
                <a href=href(INSPECTOR.path) rel=rel(&INSPECTOR)>"token inspector"</a>"."
            </p>
            <div class="compare-inputs">
                <Paste id="first-token" label="First token" value=first error=Signal::derive(move || sides.with(|s| s.0.as_ref().and_then(|r| r.as_ref().err().cloned())))/>
                <Paste id="second-token" label="Second token" value=second error=Signal::derive(move || sides.with(|s| s.1.as_ref().and_then(|r| r.as_ref().err().cloned())))/>
            </div>
            <div role="status" aria-live="polite">{result}</div>
        </div>
    }
}

/// One token's box, with what was wrong with the paste under it.
#[component]
pub fn Paste(
    id: &'static str,
    label: &'static str,
    value: RwSignal<String>,
    error: Signal<Option<String>>,
) -> impl IntoView {
    let error = move || error.get();
    let error_id = format!("{id}-error");
    view! {
        <div class="paste">
            <label for=id>{label}</label>
            <textarea
                id=id
                rows="5"
                spellcheck="false"
                autocomplete="off"
                aria-invalid=move || error().is_some().to_string()
                aria-describedby=error_id.clone()
                prop:value=move || value.get()
                on:input=move |ev| value.set(event_target_value(&ev))
            ></textarea>
            <p id=error_id class="small field-error">{error}</p>
        </div>
    }
}

fn comparison(c: &Comparison, verdicts: (String, String)) -> impl IntoView {
    let lifetimes = c.lifetime_line().map(|line| view! { <p>{line}</p> });
    view! {
        <section aria-labelledby="compare-summary" class="compare-result">
            <h2 id="compare-summary">"What differs"</h2>
            <p class="compare-summary">{c.summary()}</p>
            <ul class="compare-verdicts">
                <li><strong>"First: "</strong>{verdicts.0}</li>
                <li><strong>"Second: "</strong>{verdicts.1}</li>
            </ul>
            {lifetimes}
            {table("Header", "compare-header", &c.header)}
            {table("Claims", "compare-claims", &c.payload)}
            {findings("Findings only the first draws", "only-first", &c.only_first)}
            {findings("Findings only the second draws", "only-second", &c.only_second)}
        </section>
    }
}

fn table(title: &'static str, id: &'static str, lines: &[Line]) -> impl IntoView {
    let rows = lines
        .iter()
        .map(|l| {
            let meaning = l.known.map(|k| {
                view! { <span class="small muted">{k.title}": "{k.meaning}" "{cite_link(&k.source)}</span> }
            });
            let class = if l.change == Change::Same {
                "same"
            } else {
                "differs"
            };
            view! {
                <tr class=class>
                    <th scope="row"><code>{l.name.clone()}</code><br/>{meaning}</th>
                    <td><code>{l.first.clone().unwrap_or_else(|| "—".into())}</code></td>
                    <td><code>{l.second.clone().unwrap_or_else(|| "—".into())}</code></td>
                    <td>{l.change.describe()}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <h3 id=id>{title}</h3>
        <div class="table-scroll" role="region" aria-labelledby=id tabindex="0">
            <table>
                <thead>
                    <tr>
                        <th scope="col">"Name"</th>
                        <th scope="col">"First"</th>
                        <th scope="col">"Second"</th>
                        <th scope="col">"Change"</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}

fn findings(title: &'static str, id: &'static str, list: &[Finding]) -> impl IntoView {
    let items = list
        .iter()
        .map(|f| {
            view! {
                <li>
                    <strong>{format!("{}: ", f.severity().label())}</strong>
                    {f.title.clone()}
                    <p class="small muted">{f.explanation.clone()}</p>
                </li>
            }
        })
        .collect_view();
    view! {
        <h3 id=id>{title}</h3>
        {if list.is_empty() {
            view! { <p class="muted">"None."</p> }.into_any()
        } else {
            view! { <ul class="compare-findings">{items}</ul> }.into_any()
        }}
    }
}
