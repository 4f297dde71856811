//! Saved answers and preferences in localStorage, through gloo-storage.
//!
//! Storage can be missing (blocked by the browser, private windows) or full. gloo-storage throws
//! when localStorage is missing, so every call first checks that it is there; every failure
//! becomes a `StorageProblem` the page reports quietly, and the app carries on without saving.

use gloo_storage::{LocalStorage, Storage};
use serde::{de::DeserializeOwned, Serialize};

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

fn load<T: DeserializeOwned>(key: &str) -> Result<Option<T>, StorageProblem> {
    available()?;
    // A value that no longer parses (an older format, a manual edit) is treated as absent.
    Ok(LocalStorage::get::<T>(key).ok())
}

fn save<T: Serialize>(key: &str, value: &T) -> Result<(), StorageProblem> {
    available()?;
    LocalStorage::set(key, value).map_err(|_| StorageProblem::Refused)
}

/// The guide's last state, as a link query.
pub fn load_guide() -> Result<Option<String>, StorageProblem> {
    load(GUIDE_KEY)
}

pub fn save_guide(query: &str) -> Result<(), StorageProblem> {
    save(GUIDE_KEY, &query)
}

pub fn clear_guide() -> Result<(), StorageProblem> {
    available()?;
    LocalStorage::delete(GUIDE_KEY);
    Ok(())
}

pub fn load_prefs<T: DeserializeOwned>() -> Result<Option<T>, StorageProblem> {
    load(PREFS_KEY)
}

pub fn save_prefs<T: Serialize>(prefs: &T) -> Result<(), StorageProblem> {
    save(PREFS_KEY, prefs)
}

pub fn load_token() -> Result<Option<String>, StorageProblem> {
    load(TOKEN_KEY)
}

pub fn save_token(token: &str) -> Result<(), StorageProblem> {
    save(TOKEN_KEY, &token)
}

pub fn forget_token() -> Result<(), StorageProblem> {
    available()?;
    LocalStorage::delete(TOKEN_KEY);
    Ok(())
}
