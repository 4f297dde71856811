//! Display preferences (`authpick_core::prefs`) in the page: loaded from storage, saved when
//! they change, and applied to `<html>` (a `data-theme` attribute and a `meeting` class) so the
//! stylesheet alone decides how they look.

use leptos::prelude::*;

use super::storage::{load_prefs, save_prefs, StorageProblem};
pub use authpick_core::prefs::{Prefs, Theme};

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
        let saved = load_prefs().unwrap_or_else(|p| {
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
