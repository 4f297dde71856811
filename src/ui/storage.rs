//! Saved answers and preferences in localStorage, through gloo-storage's raw storage.
//!
//! Storage can be missing (blocked by the browser, private windows) or full. gloo-storage throws
//! when localStorage is missing, so every call first checks that it is there; every failure
//! becomes a `StorageProblem` the page reports quietly, and the app carries on without saving.
//! Values are plain text (a link query, the preferences as `theme=…&meeting=…`, a token), not
//! JSON: gloo-storage's JSON layer brought serde_json into the guide's first visit. What
//! earlier releases saved as JSON still reads back (`authpick_core::prefs`).

use authpick_core::prefs::{stored_string, Prefs};
use gloo_storage::{LocalStorage, Storage};

const GUIDE_KEY: &str = "authpick.guide";
const PREFS_KEY: &str = "authpick.prefs";
/// Only ever written when the user ticks "Remember this token"; never a secret or a key.
const TOKEN_KEY: &str = "authpick.inspector.token";

/// Why saving or loading did not work.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StorageProblem {
    Unavailable,
    Refused,
}

impl StorageProblem {
    pub fn message(self) -> &'static str {
        match self {
            StorageProblem::Unavailable => {
                "This browser does not let Authpick save your answers (storage is blocked). \
                 They stay in the page's link instead."
            }
            StorageProblem::Refused => {
                "Your answers could not be saved in this browser (its storage is full or \
                 refused). They stay in the page's link instead."
            }
        }
    }
}

impl StorageProblem {
    /// The same problem, as the inspector's "remember" box meets it.
    pub fn token_message(self) -> &'static str {
        match self {
            StorageProblem::Unavailable => {
                "This browser does not let Authpick store anything, so the token cannot be \
                 remembered. Everything else works."
            }
            StorageProblem::Refused => {
                "The token could not be remembered: this browser's storage is full or refused \
                 it. Everything else works."
            }
        }
    }
}

fn available() -> Result<(), StorageProblem> {
    let storage = web_sys::window().and_then(|w| w.local_storage().ok().flatten());
    storage.map(|_| ()).ok_or(StorageProblem::Unavailable)
}

fn load(key: &str) -> Result<Option<String>, StorageProblem> {
    available()?;
    let raw = LocalStorage::raw().get_item(key).ok().flatten();
    // A value that no longer reads (an older format, a manual edit) is treated as absent.
    Ok(raw.and_then(|r| stored_string(&r).map(str::to_string)))
}

fn save(key: &str, value: &str) -> Result<(), StorageProblem> {
    available()?;
    LocalStorage::raw()
        .set_item(key, value)
        .map_err(|_| StorageProblem::Refused)
}

/// The guide's last state, as a link query.
pub fn load_guide() -> Result<Option<String>, StorageProblem> {
    load(GUIDE_KEY)
}

pub fn save_guide(query: &str) -> Result<(), StorageProblem> {
    save(GUIDE_KEY, query)
}

pub fn clear_guide() -> Result<(), StorageProblem> {
    available()?;
    LocalStorage::delete(GUIDE_KEY);
    Ok(())
}

pub fn load_prefs() -> Result<Option<Prefs>, StorageProblem> {
    available()?;
    let raw = LocalStorage::raw().get_item(PREFS_KEY).ok().flatten();
    Ok(raw.map(|r| Prefs::from_text(&r)))
}

pub fn save_prefs(prefs: &Prefs) -> Result<(), StorageProblem> {
    save(PREFS_KEY, &prefs.to_text())
}

pub fn load_token() -> Result<Option<String>, StorageProblem> {
    load(TOKEN_KEY)
}

pub fn save_token(token: &str) -> Result<(), StorageProblem> {
    save(TOKEN_KEY, token)
}

pub fn forget_token() -> Result<(), StorageProblem> {
    available()?;
    LocalStorage::delete(TOKEN_KEY);
    Ok(())
}
