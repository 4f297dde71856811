//! Display preferences: theme and meeting mode. They live on `<html>` (a `data-theme`
//! attribute and a `meeting` class) so the stylesheet alone decides how they look.

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use super::storage::{load_prefs, save_prefs, StorageProblem};

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Theme {
    #[default]
    System,
    Light,
    Dark,
}

impl Theme {
    pub const ALL: [Theme; 3] = [Theme::System, Theme::Light, Theme::Dark];

    pub fn id(self) -> &'static str {
        match self {
            Theme::System => "system",
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Theme::System => "Like the system",
            Theme::Light => "Light",
            Theme::Dark => "Dark",
        }
    }

    pub fn from_id(id: &str) -> Theme {
        Theme::ALL
            .into_iter()
            .find(|t| t.id() == id)
            .unwrap_or_default()
    }
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Prefs {
    pub theme: Theme,
    pub meeting: bool,
}

/// Preferences and the storage problem, if any, shared through context.
#[derive(Clone, Copy)]
pub struct UiState {
    pub prefs: RwSignal<Prefs>,
    pub storage_problem: RwSignal<Option<StorageProblem>>,
}

impl UiState {
    /// Loads the saved preferences and keeps `<html>` and storage in step with them.
    pub fn install() -> Self {
        let storage_problem = RwSignal::new(None);
        let saved = load_prefs::<Prefs>().unwrap_or_else(|p| {
            storage_problem.set(Some(p));
            None
        });
        let prefs = RwSignal::new(saved.unwrap_or_default());
        let ui = UiState {
            prefs,
            storage_problem,
        };
        Effect::new(move |previous: Option<Prefs>| {
            let p = prefs.get();
            apply(p);
            if previous.is_some_and(|old| old != p) {
                ui.report(save_prefs(&p));
            }
            p
        });
        ui
    }

    /// Remembers the first storage failure so the page can mention it once.
    pub fn report(self, result: Result<(), StorageProblem>) {
        if let Err(p) = result {
            if self.storage_problem.get_untracked().is_none() {
                self.storage_problem.set(Some(p));
            }
        }
    }
}

fn apply(p: Prefs) {
    let Some(root) = document().document_element() else {
        return;
    };
    let _ = root.set_attribute("data-theme", p.theme.id());
    let classes = root.class_list();
    let _ = if p.meeting {
        classes.add_1("meeting")
    } else {
        classes.remove_1("meeting")
    };
}

pub fn use_ui() -> UiState {
    expect_context::<UiState>()
}
