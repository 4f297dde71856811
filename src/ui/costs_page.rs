//! The cost and latency calculator. The form is the core's `CostsForm`, kept in the page's
//! link: every field keeps what was typed, valid or not; a field that does not hold a usable
//! number says why next to it, and the results follow the fields as they are typed.

use leptos::prelude::*;
use leptos_router::hooks::use_location;

use super::chart::bar_chart;
use super::in_link::keep_in_link;
use super::sources::cites;
use authpick_core::format;
use authpick_core::names;
use authpick_core::site::COSTS;
use authpick_core::tradeoffs::calculator::{
    algorithm, Figures, Store, ALGORITHMS, ASSUMPTIONS, VERIFY_SOURCE,
};
use authpick_core::tradeoffs::chart::bars;
use authpick_core::tradeoffs::costs_form::{CostsForm, Field};
use authpick_core::tradeoffs::hosted::{self, StoreBill};

/// A number field of the form with its validation message.
#[component]
fn NumberField(
    id: &'static str,
    label: &'static str,
    #[prop(optional)] hint: &'static str,
    form: RwSignal<CostsForm>,
    field: Field,
) -> impl IntoView {
    let error_id = format!("{id}-error");
    let hint_id = format!("{id}-hint");
    let error = move || form.with(|f| f.error(field)).map(|e| e.to_string());
    let described = format!("{hint_id} {error_id}");
    view! {
        <div class="field">
            <label for=id>{label}</label>
            <input
                type="text"
                inputmode="decimal"
                id=id
                prop:value=move || form.with(|f| f.text(field).to_string())
                on:input=move |ev| form.update(|f| f.set(field, event_target_value(&ev)))
                aria-invalid=move || error().is_some().to_string()
                aria-describedby=described
            />
            <span class="field-hint muted small" id=hint_id>{hint}</span>
            <span class="field-error" id=error_id aria-live="polite">{error}</span>
        </div>
    }
}

/// Measures a pasted token or claims and fills in the encoded length. The text stays in the
/// field only: it is not stored, not put in the link, not sent.
#[component]
fn PasteClaims(form: RwSignal<CostsForm>) -> impl IntoView {
    let message = RwSignal::new(Ok::<String, String>(String::new()));
    let on_input = move |ev| {
        let text = event_target_value(&ev);
        message.set(
            form.try_update(|f| f.measure(&text))
                .unwrap_or(Ok(String::new())),
        );
    };
    let invalid = move || message.with(|m| m.is_err());
    view! {
        <div class="field paste">
            <label for="claims">"Or paste a token, or its claims as JSON, to measure it"</label>
            <textarea
                id="claims"
                rows="3"
                spellcheck="false"
                autocomplete="off"
                aria-invalid=move || invalid().to_string()
                aria-describedby="claims-message"
                on:input=on_input
            ></textarea>
            <span id="claims-message" aria-live="polite" class:field-error=invalid class:muted=move || !invalid()>
                {move || message.get().unwrap_or_else(|e| e)}
            </span>
        </div>
    }
}

#[component]
pub fn CostsPage() -> impl IntoView {
    let location = use_location();
    let form = RwSignal::new(CostsForm::from_query(&location.search.get_untracked()));
    keep_in_link(
        COSTS.path,
        move || form.with(|f| f.query()),
        move |query| form.set(CostsForm::from_query(query)),
    );
    let figures = move || form.with(CostsForm::figures);

    let store_options = Store::ALL
        .into_iter()
        .map(|s| view! { <option value=s.id() prop:selected=move || form.with(|f| f.store == s)>{s.label()}</option> })
        .collect_view();
    let alg_options = ALGORITHMS
        .iter()
        .map(|a| view! { <option value=a.id prop:selected=move || form.with(|f| f.algorithm.id == a.id)>{a.name}</option> })
        .collect_view();
    let assumption_fields = ASSUMPTIONS
        .iter()
        .map(|a| {
            view! {
                <div class="assumption">
                    <NumberField id=a.id label=a.label hint=a.unit form field=Field::Assumption(a.id)/>
                    {cites(std::slice::from_ref(&a.source))}
                </div>
            }
        })
        .collect_view();

    view! {
        <section class="page costs">
            <h1>"What each approach costs"</h1>
            <p class="lede narrow-text">
                "Added latency, bytes on the wire, CPU and store load per approach at your \
                 volume. Orders of magnitude for comparing approaches, not a capacity plan: \
                 every assumption is below, with its source, and you can change it."
            </p>
            <p class="narrow-text small">{others_in_the_guide()}</p>
            <form class="calc-form" on:submit=|ev| ev.prevent_default()>
                <fieldset>
                    <legend>"Your system"</legend>
                    <div class="fields">
                        <NumberField id="rpd" label="Requests per day" hint="authenticated requests" form field=Field::RequestsPerDay/>
                        <NumberField id="users" label="Active users per day" form field=Field::Users/>
                        <div class="field">
                            <label for="store">"Where sessions would live"</label>
                            <select id="store" on:change=move |ev| {
                                if let Some(s) = Store::from_id(&event_target_value(&ev)) {
                                    form.update(|f| f.store = s);
                                }
                            }>{store_options}</select>
                        </div>
                        <div class="field">
                            <label for="alg">"Token signing algorithm"</label>
                            <select id="alg" on:change=move |ev| {
                                if let Some(a) = algorithm(&event_target_value(&ev)) {
                                    form.update(|f| f.algorithm = a);
                                }
                            }>{alg_options}</select>
                            <span class="muted small">"Verification times: "{cites(std::slice::from_ref(&VERIFY_SOURCE))}</span>
                        </div>
                        <NumberField
                            id="body"
                            label="Token header and payload, encoded"
                            hint="characters before the signature; 402 is a typical token"
                            form
                            field=Field::Body
                        />
                        <NumberField id="rtt" label="Network round trip to the store" hint="milliseconds" form field=Field::RoundTrip/>
                    </div>
                    <PasteClaims form/>
                </fieldset>
                <details class="assumptions">
                    <summary>"Assumptions (change them to yours)"</summary>
                    <div class="fields">{assumption_fields}</div>
                </details>
            </form>
            {move || match figures() {
                Some(f) => results(&f).into_any(),
                None => view! {
                    <p class="notice" role="status">"Correct the highlighted field to see the results."</p>
                }
                .into_any(),
            }}
        </section>
    }
}

fn results(f: &[Figures]) -> impl IntoView {
    let latency = bars(
        f.iter()
            .map(|x| {
                let text = x
                    .latency_ms
                    .map_or("not possible".to_string(), format::latency);
                (x.scheme.name(), x.latency_ms, text)
            })
            .collect(),
    );
    let size = bars(
        f.iter()
            .map(|x| {
                (
                    x.scheme.name(),
                    Some(x.bytes_per_request),
                    format::bytes(x.bytes_per_request),
                )
            })
            .collect(),
    );
    let rows = f
        .iter()
        .map(|x| {
            view! {
                <tr>
                    <th scope="row">{x.scheme.name()}</th>
                    <td>{x.latency_ms.map_or("—".to_string(), format::latency)}</td>
                    <td>{format::bytes(x.bytes_per_request)}</td>
                    <td>{format::bytes(x.bytes_per_day)}</td>
                    <td>{format::bytes(x.bytes_per_month)}</td>
                    <td>{x.cpu_seconds_per_day.map_or("not measured".to_string(), format::cpu)}</td>
                    <td>{format::count(x.store_ops_per_day)}</td>
                    <td>{x.store_bill.as_ref().map(StoreBill::range).map_or("—".to_string(), |(l, h)| format::dollars(l, h))}</td>
                    <td class="small">{x.note}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <section aria-labelledby="results-title" class="results">
            <h2 id="results-title">"Results"</h2>
            <div class="charts">
                {bar_chart("latency-chart", "Added latency per request", latency)}
                {bar_chart("size-chart", "Credential bytes per request", size)}
            </div>
            <p class="scroll-hint small muted">"The table is wider than the screen: scroll it sideways to see every column."</p>
            <div class="table-scroll" role="region" aria-labelledby="table-title" tabindex="0">
                <table>
                    <caption id="table-title">"All figures per approach"</caption>
                    <thead>
                        <tr>
                            <th scope="col">"Approach"</th>
                            <th scope="col">"Added latency per request"</th>
                            <th scope="col">"Credential per request"</th>
                            <th scope="col">"Bandwidth per day"</th>
                            <th scope="col">"Bandwidth per month"</th>
                            <th scope="col">"Verification CPU per day"</th>
                            <th scope="col">"Store operations per day"</th>
                            <th scope="col">"Hosted store per month"</th>
                            <th scope="col">"Note"</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
            {store_basis(f)}
        </section>
    }
}

/// The hosted-store column worked out line by line, for each approach that keeps records.
fn store_basis(f: &[Figures]) -> impl IntoView {
    let approaches = f
        .iter()
        .filter_map(|x| {
            x.store_bill
                .as_ref()
                .map(|bill| (x.scheme.name(), bill.basis()))
        })
        .map(|(name, lines)| {
            view! {
                <h3>{name}</h3>
                <ul>{lines.into_iter().map(|l| view! { <li>{l}</li> }).collect_view()}</ul>
            }
        })
        .collect_view();
    view! {
        <details class="store-basis">
            <summary>"How the hosted-store figures are worked out"</summary>
            {approaches}
            // A <div>, not a <p>: the sources are a list, which a paragraph cannot hold.
            <div class="muted small store-scope">{hosted::SCOPE}" "{cites(&hosted::SOURCES)}</div>
        </details>
    }
}

/// How the guide's approaches without a column of their own cost, in its words. The names are
/// the guide's own, as written (lower-casing them would bring Unicode's case tables into the
/// page's WebAssembly).
fn others_in_the_guide() -> String {
    format!(
        "The guide's other answers. {}: what a server-side session costs at the browser, \
         plus the access token its API verifies. {}: no store, and its data travels in a \
         larger cookie. An identity provider only signs people in, so it adds nothing per \
         request.",
        names::BFF,
        names::SEALED
    )
}
