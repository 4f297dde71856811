//! The reference page: the trade-off calculators (costs, revocation) and the glossary, an app of
//! its own (src/bin/reference.rs) with the same header, footer and preferences as the guide.
//! They share no state with the guide (the result page hands its figures over in the link), so
//! keeping them apart keeps the guide's first visit to the guide.

use leptos::prelude::*;

use super::layout::NotFound;
use super::{costs_page, glossary_page, revocation_page};
use authpick_core::site::{COSTS, GLOSSARY, REVOCATION};

/// Replaces the reference page's built copy with the app: the header, the page, then the
/// footer, each in a task of its own (`steps`).
pub fn start() {
    super::steps::mount_in_steps(|| super::routed(Shell));
}

#[component]
fn Shell() -> impl IntoView {
    super::framed(ReferencePages)
}

/// The reference page's page for the address shown.
#[component]
fn ReferencePages() -> impl IntoView {
    let route = super::shown_route();
    move || match route.get() {
        Some(r) if r == COSTS => costs_page::CostsPage().into_any(),
        Some(r) if r == REVOCATION => revocation_page::RevocationPage().into_any(),
        Some(r) if r == GLOSSARY => glossary_page::GlossaryPage().into_any(),
        _ => NotFound().into_any(),
    }
}
