//! Getting a decision out of the browser: copy the link, export the decision record, print,
//! or start over. Where the Clipboard API is missing or refuses, the text is shown selected so
//! it can be copied by hand.

use leptos::html;
use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use super::prefs::use_ui;
use super::routes::absolute;
use super::state::use_guide;
use super::storage;
use authpick_core::guide::link::{encode, LinkState, View};
use authpick_core::guide::record::{
    decision_record, file_name, people_line, Other, People, RecordInput,
};
use authpick_core::guide::{recommend, KNOWLEDGE};
use authpick_core::site::GUIDE;

/// The link that reopens the current answers on the result.
pub fn result_link(state: &LinkState) -> String {
    let mut state = state.clone();
    state.view = View::Result;
    absolute(&format!("{}?{}", GUIDE.path, encode(&KNOWLEDGE, &state)))
}

/// The link to exactly what is on screen.
fn current_link(state: &LinkState) -> String {
    absolute(&format!("{}?{}", GUIDE.path, encode(&KNOWLEDGE, state)))
}

/// The names typed for the record's front matter, shared by the result page's export and its
/// printout. They stay in the page: never in the link, never in storage.
#[derive(Clone, Copy)]
pub struct RecordNames {
    decision_makers: RwSignal<String>,
    consulted: RwSignal<String>,
    informed: RwSignal<String>,
}

impl RecordNames {
    pub fn new() -> Self {
        Self {
            decision_makers: RwSignal::new(String::new()),
            consulted: RwSignal::new(String::new()),
            informed: RwSignal::new(String::new()),
        }
    }

    /// "Decision-makers: Ana, Bo. Informed: security." for the printout, or `None` when
    /// nobody was named.
    pub fn people_line(&self) -> Option<String> {
        let (d, c, i) = (
            self.decision_makers.get(),
            self.consulted.get(),
            self.informed.get(),
        );
        people_line(&People {
            decision_makers: &d,
            consulted: &c,
            informed: &i,
        })
    }
}

/// The names the result page holds.
pub fn use_record_names() -> RecordNames {
    use_context::<RecordNames>().unwrap_or_else(RecordNames::new)
}

fn record(state: &LinkState, names: RecordNames) -> String {
    let outcome = recommend(&KNOWLEDGE, &state.answers);
    let link = result_link(state);
    let date = today();
    let (d, c, i) = (
        names.decision_makers.get_untracked(),
        names.consulted.get_untracked(),
        names.informed.get_untracked(),
    );
    decision_record(
        &KNOWLEDGE,
        &RecordInput {
            answers: &state.answers,
            outcome: &outcome,
            link: &link,
            date: &date,
            people: People {
                decision_makers: &d,
                consulted: &c,
                informed: &i,
            },
            other: Other {
                name: &state.other_name,
                answers: &state.other,
            },
        },
    )
}

/// A labelled text field bound to `value`.
#[component]
fn NameField(
    id: &'static str,
    label: &'static str,
    hint: &'static str,
    value: RwSignal<String>,
) -> impl IntoView {
    view! {
        <div class="name-field">
            <label for=id>{label}</label>
            <input
                id=id
                type="text"
                autocomplete="off"
                aria-describedby=format!("{id}-hint")
                prop:value=move || value.get()
                on:input=move |ev| value.set(event_target_value(&ev))
            />
            <span id=format!("{id}-hint") class="small muted">{hint}</span>
        </div>
    }
}

/// Today's date (UTC) as YYYY-MM-DD.
pub fn today() -> String {
    let iso: String = js_sys::Date::new_0().to_iso_string().into();
    iso.chars().take(10).collect()
}

async fn write_clipboard(text: &str) -> Result<(), ()> {
    let navigator = window().navigator();
    // Outside a secure context `navigator.clipboard` is undefined; web-sys would still hand it
    // over typed as a Clipboard, so look before calling it.
    let clipboard = js_sys::Reflect::get(&navigator, &"clipboard".into()).map_err(|_| ())?;
    if clipboard.is_undefined() || clipboard.is_null() {
        return Err(());
    }
    let clipboard: web_sys::Clipboard = clipboard.unchecked_into();
    JsFuture::from(clipboard.write_text(text))
        .await
        .map(|_| ())
        .map_err(|_| ())
}

#[derive(Clone, PartialEq)]
enum CopyStatus {
    Idle,
    Copied,
    /// The clipboard refused: show the text for copying by hand.
    Manual(String),
}

/// A button that copies `text()`; falls back to a selected field when the clipboard refuses.
#[component]
fn CopyButton<F>(
    label: &'static str,
    done: &'static str,
    text: F,
    #[prop(optional)] multiline: bool,
) -> impl IntoView
where
    F: Fn() -> String + 'static,
{
    let status = RwSignal::new(CopyStatus::Idle);
    let text = StoredValue::new_local(text);
    let on_click = move |_| {
        let value = text.with_value(|f| f());
        spawn_local(async move {
            match write_clipboard(&value).await {
                Ok(()) => status.set(CopyStatus::Copied),
                Err(()) => status.set(CopyStatus::Manual(value)),
            }
        });
    };
    let message = move || match status.get() {
        CopyStatus::Copied => done.to_string(),
        _ => String::new(),
    };
    view! {
        <span class="copy">
            <button type="button" class="button small" on:click=on_click>{label}</button>
            <span class="copy-status" role="status">{message}</span>
        </span>
        {move || match status.get() {
            CopyStatus::Manual(value) => Some(view! { <ManualCopy value multiline/> }),
            _ => None,
        }}
    }
}

#[component]
fn ManualCopy(value: String, multiline: bool) -> impl IntoView {
    let hint = "Copying is not available here: the text is selected, press Ctrl+C (⌘C on a Mac).";
    if multiline {
        let field = NodeRef::<html::Textarea>::new();
        field.on_load(|el| {
            let _ = el.focus();
            el.select();
        });
        view! {
            <label class="manual-copy">
                <span>{hint}</span>
                <textarea node_ref=field readonly rows="8">{value}</textarea>
            </label>
        }
        .into_any()
    } else {
        let field = NodeRef::<html::Input>::new();
        field.on_load(|el| {
            let _ = el.focus();
            el.select();
        });
        view! {
            <label class="manual-copy">
                <span>{hint}</span>
                <input node_ref=field type="text" readonly value=value/>
            </label>
        }
        .into_any()
    }
}

/// Copies the link to exactly what is on screen.
#[component]
pub fn CopyLinkButton() -> impl IntoView {
    let guide = use_guide();
    view! { <CopyButton label="Copy link" done="Link copied." text=move || current_link(&guide.untracked())/> }
}

/// Copy link, export, compare, print and start over, below the recommendation.
#[component]
pub fn ResultActions() -> impl IntoView {
    let guide = use_guide();
    let names = use_record_names();
    let download = move |_| {
        let state = guide.untracked();
        super::download::save_file(
            &file_name(&today()),
            "text/markdown",
            &record(&state, names),
        );
    };
    let compare = move |_| {
        let mut state = guide.untracked();
        if state.other.is_empty() {
            state.other = state.answers.clone();
        }
        state.view = View::Compare;
        guide.set(&state, true);
    };
    let print = move |_| {
        let _ = window().print();
    };
    view! {
        <div class="actions-bar" role="group" aria-label="Share and export">
            <CopyLinkButton/>
            <button type="button" class="button small" on:click=download>"Download decision record"</button>
            <CopyButton
                label="Copy decision record"
                done="Decision record copied as Markdown."
                text=move || record(&guide.untracked(), names)
                multiline=true
            />
            <button type="button" class="button small" on:click=compare>"Compare with another future"</button>
            <button type="button" class="button small" on:click=print>"Print"</button>
            <StartOver/>
        </div>
        <details class="record-names print-skip">
            <summary>"Names for the decision record"</summary>
            <p class="small muted">"Separate names with commas. They go into the record you download or copy, never into the link or the browser's storage."</p>
            <NameField id="record-deciders" label="Decision-makers" hint="Who decides." value=names.decision_makers/>
            <NameField id="record-consulted" label="Consulted" hint="Whose opinion was asked." value=names.consulted/>
            <NameField id="record-informed" label="Informed" hint="Who is told the outcome." value=names.informed/>
        </details>
    }
}

/// Forgets every answer, here and in storage. The previous state stays one Back away.
#[component]
pub fn StartOver() -> impl IntoView {
    let guide = use_guide();
    let ui = use_ui();
    let on_click = move |_| {
        ui.report(storage::clear_guide());
        guide.set(&LinkState::start(&KNOWLEDGE), true);
    };
    view! {
        <button type="button" class="button small quiet" on:click=on_click>"Start over"</button>
    }
}
