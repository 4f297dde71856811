//! The workbench: edit a header and payload as JSON, sign them with a secret or a private key,
//! and open the result in the inspector. Keys can be generated here for testing; they live
//! only in the page. Its state and every decision are the core's `Workbench`, inside the
//! page's model; this renders it and forwards what is done to it.

use leptos::prelude::*;

use super::{clock, use_page};
use authpick_core::token::forms::workbench::Workbench;
use authpick_core::token::inspector::{Act, Bench};
use authpick_core::token::jose::alg::Alg;
use authpick_core::token::service::draft::object;

/// A JSON text area with its validation message.
#[component]
fn JsonField(
    id: &'static str,
    label: &'static str,
    /// "The header" or "The payload", which the core's message follows.
    subject: &'static str,
    rows: &'static str,
    value: Signal<String>,
    set: impl Fn(String) + 'static,
) -> impl IntoView {
    let error = move || object(&value.get()).err().map(|e| format!("{subject} {e}"));
    let error_id = format!("{id}-error");
    view! {
        <div class="field">
            <label for=id>{label}</label>
            <textarea
                id=id
                class="mono"
                rows=rows
                spellcheck="false"
                aria-invalid=move || error().is_some().to_string()
                aria-describedby=error_id.clone()
                prop:value=move || value.get()
                on:input=move |ev| set(event_target_value(&ev))
            ></textarea>
            <span class="field-error" id=error_id>{error}</span>
        </div>
    }
}

/// The workbench, closed until opened (or until a token is opened in it to edit): its fields
/// are built only then, so the page's first visit carries none of them.
#[component]
pub fn Workbench() -> impl IntoView {
    let page = use_page();
    let shown = page.read(|m| m.workbench().shown);
    let toggle = move |ev: leptos::ev::MouseEvent| {
        // The model opens and closes it, so the page and the model never disagree.
        ev.prevent_default();
        page.act(Act::Bench(Bench::Show(!shown.get_untracked())));
    };
    view! {
        <section class="card workbench" aria-labelledby="workbench-heading">
            <details prop:open=move || shown.get()>
                <summary on:click=toggle>
                    <h2 id="workbench-heading">"Make or edit a token"</h2>
                </summary>
                {move || shown.get().then(Fields)}
            </details>
        </section>
    }
}

#[component]
fn Fields() -> impl IntoView {
    let page = use_page();
    let wb = page.read(|m| m.workbench().clone());
    let bench = move |b: Bench| page.act(Act::Bench(b));
    // Memos, so typing in one field re-renders only what reads that field.
    let kind = page.read(|m| m.workbench().key_kind());
    let is_secret = move || wb.with(Workbench::is_secret);
    let generating = page.read(|m| m.workbench().generating);
    let header = Signal::from(page.read(|m| m.workbench().header.clone()));
    let payload = Signal::from(page.read(|m| m.workbench().payload.clone()));
    let alg_options = Alg::SUPPORTED
        .into_iter()
        .map(|a| view! { <option value=a.name() prop:selected=move || wb.with(|w| w.alg == a)>{a.name()}</option> })
        .collect_view();
    let failed = move || wb.with(Workbench::failed);
    let result = page.read(|m| m.workbench().result.clone());
    let shows_verifying = page.read(|m| m.workbench().shows_verifying_key());
    let signed = move || {
        result
            .get()
            .and_then(Result::ok)
            .map(|token| {
                view! {
                    <div class="field">
                        <label for="signed-token">"Signed token"</label>
                        <textarea id="signed-token" class="mono" rows="5" readonly prop:value=token></textarea>
                        <p>
                            <button type="button" class="button primary" on:click=move |_| bench(Bench::Open { now: clock::now() })>
                                "Open in the inspector"
                            </button>
                        </p>
                    </div>
                }
            })
    };
    let verifying_view = move || {
        shows_verifying.get().then(|| {
            view! {
                <div class="field">
                    <label for="wb-public">"Public key (to verify)"</label>
                    <textarea id="wb-public" class="mono" rows="4" readonly prop:value=move || wb.with(|w| w.verifying.clone())></textarea>
                </div>
            }
        })
    };
    view! {
            <p class="muted">
                "Edit the header and claims, sign them here, and open the result in the inspector \
                 above. Keys generated here are for testing and are never stored."
            </p>
            <div class="field">
                <label for="wb-alg">"Algorithm"</label>
                <select id="wb-alg" on:change=move |ev| bench(Bench::Alg(event_target_value(&ev))) disabled=move || generating.get()>
                    {alg_options}
                </select>
                <span class="muted small">{move || wb.with(Workbench::alg_note)}</span>
            </div>
            <div class="json-editors">
                <JsonField
                    id="wb-header"
                    label="Header (JSON)"
                    subject="The header"
                    rows="5"
                    value=header
                    set=move |t| bench(Bench::Header(t))
                />
                <JsonField
                    id="wb-payload"
                    label="Payload (JSON)"
                    subject="The payload"
                    rows="9"
                    value=payload
                    set=move |t| bench(Bench::Payload(t))
                />
            </div>
            <div class="field-row times">
                <button type="button" class="button small" on:click=move |_| bench(Bench::Times { exp: false, now: clock::now() })>
                    "Set iat to now"
                </button>
                <button type="button" class="button small" on:click=move |_| bench(Bench::Times { exp: true, now: clock::now() })>
                    {move || wb.with(Workbench::exp_label)}
                </button>
                <div class="field">
                    <label for="wb-minutes">"Minutes until exp"</label>
                    <input
                        id="wb-minutes"
                        type="text"
                        inputmode="numeric"
                        size="6"
                        aria-invalid=move || wb.with(|w| w.minutes_error().is_some()).to_string()
                        aria-describedby="wb-minutes-error"
                        prop:value=move || wb.with(|w| w.minutes.clone())
                        on:input=move |ev| bench(Bench::Minutes(event_target_value(&ev)))
                    />
                </div>
                <span class="field-error" id="wb-minutes-error">{move || wb.with(Workbench::minutes_error)}</span>
            </div>
            <div class="field">
                <label for="wb-key">{move || kind.get().signing_field_label()}</label>
                <textarea
                    id="wb-key"
                    class="mono"
                    rows=move || if is_secret() { "2" } else { "6" }
                    spellcheck="false"
                    autocomplete="off"
                    prop:value=move || wb.with(|w| w.key.clone())
                    on:input=move |ev| bench(Bench::Key(event_target_value(&ev)))
                ></textarea>
                <p>
                    <button type="button" class="button small" on:click=move |_| bench(Bench::Generate) disabled=move || generating.get()>
                        {move || wb.with(Workbench::generate_label)}
                    </button>
                </p>
            </div>
            {verifying_view}
            <p><button type="button" class="button primary" on:click=move |_| bench(Bench::Sign)>"Sign"</button></p>
            <p role="status" class:field-error=failed class:muted=move || !failed()>
                {move || wb.with(Workbench::announcement)}
            </p>
            {signed}
    }
}
