//! The state the pages share: the answers given so far.

use leptos::prelude::*;

use crate::guide::Answers;

/// Shared through context; `Copy`, so every closure can capture it.
#[derive(Clone, Copy)]
pub struct GuideState {
    pub answers: RwSignal<Answers>,
}

impl GuideState {
    pub fn new() -> Self {
        Self {
            answers: RwSignal::new(Answers::new()),
        }
    }
}

pub fn use_guide() -> GuideState {
    expect_context::<GuideState>()
}
