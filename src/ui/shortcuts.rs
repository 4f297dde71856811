//! Meeting-mode keyboard shortcuts for a shared screen: number keys choose an option, Enter or
//! → moves on, ← goes back, `?` lists the shortcuts. Outside meeting mode, or while typing in
//! a field, keys keep their usual meaning.

use leptos::ev::KeyboardEvent;
use leptos::prelude::*;
use leptos_router::hooks::use_location;
use wasm_bindgen::JsCast;

use super::prefs::{use_ui, UiState};
use super::routes::route_of;
use super::state::{use_guide, GuideState};
use authpick_core::guide::shortcuts::{shortcut, Focus, KeyPress, Shortcut};
use authpick_core::site::GUIDE;

const DIALOG_ID: &str = "shortcuts";

/// Listens for shortcuts on the whole window for as long as the app runs.
pub fn install() {
    let guide = use_guide();
    let ui = use_ui();
    let location = use_location();
    let handle = window_event_listener(leptos::ev::keydown, move |ev| {
        let on_guide = location
            .pathname
            .with_untracked(|p| route_of(p) == Some(&GUIDE));
        if on_guide {
            on_key(&ev, guide, ui);
        }
    });
    on_cleanup(move || handle.remove());
}

/// What has focus, as `authpick_core::guide::shortcuts` tells focus apart.
fn focus(ev: &KeyboardEvent) -> Focus {
    let target = ev
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok());
    let tag = target.as_ref().map(|t| t.tag_name()).unwrap_or_default();
    let kind = target
        .as_ref()
        .and_then(|t| t.get_attribute("type"))
        .unwrap_or_default();
    match (tag.as_str(), kind.as_str()) {
        ("INPUT", "radio") => Focus::Radio,
        ("INPUT", "checkbox") => Focus::Choice,
        ("TEXTAREA" | "SELECT" | "INPUT", _) => Focus::Typing,
        ("BUTTON" | "A" | "SUMMARY", _) => Focus::Control,
        _ => Focus::Page,
    }
}

fn on_key(ev: &KeyboardEvent, guide: GuideState, ui: UiState) {
    let key = ev.key();
    let press = KeyPress {
        key: &key,
        modified: ev.ctrl_key() || ev.alt_key() || ev.meta_key(),
        focus: focus(ev),
    };
    let meeting = ui.prefs.with_untracked(|p| p.meeting);
    let list_open = dialog().is_some_and(|d| d.open());
    let handled = match shortcut(press, meeting, list_open) {
        None => false,
        Some(Shortcut::ShowList) => {
            open_dialog();
            true
        }
        Some(Shortcut::Next) => {
            guide.advance();
            true
        }
        Some(Shortcut::Previous) => guide.retreat(),
        Some(Shortcut::Choose(n)) => guide.choose_number(n),
    };
    if handled {
        ev.prevent_default();
    }
}

fn dialog() -> Option<web_sys::HtmlDialogElement> {
    document().get_element_by_id(DIALOG_ID)?.dyn_into().ok()
}

pub fn open_dialog() {
    if let Some(d) = dialog() {
        let _ = d.show_modal();
    }
}

/// The list of shortcuts, opened with `?` or the button shown in meeting mode.
#[component]
pub fn ShortcutsDialog() -> impl IntoView {
    let close = move |_| {
        if let Some(d) = dialog() {
            d.close();
        }
    };
    view! {
        <dialog id=DIALOG_ID aria-labelledby="shortcuts-title" class="shortcuts">
            <h2 id="shortcuts-title">"Keyboard shortcuts"</h2>
            <p>"In meeting mode, on the guide:"</p>
            <dl>
                <dt><kbd>"1"</kbd>" to "<kbd>"9"</kbd></dt>
                <dd>"Choose the option with that number; the last number is “Not sure”."</dd>
                <dt><kbd>"Enter"</kbd>" or "<kbd>"→"</kbd></dt>
                <dd>"Next question (or the recommendation after the last one). On a list of options where one is picked, the arrow keys move between the options, and Enter moves on."</dd>
                <dt><kbd>"←"</kbd></dt>
                <dd>"Previous question."</dd>
                <dt><kbd>"?"</kbd></dt>
                <dd>"This list. "<kbd>"Esc"</kbd>" closes it."</dd>
            </dl>
            <button type="button" class="button primary" on:click=close>"Close"</button>
        </dialog>
    }
}

/// A visible way to the shortcut list, for people who do not know about `?`.
#[component]
pub fn ShortcutsButton() -> impl IntoView {
    view! {
        <button type="button" class="button small quiet" on:click=move |_| open_dialog()>
            "Keyboard shortcuts (?)"
        </button>
    }
}
