//! The token tools' page: two tokens compared without a key (`token_compare`), a token's
//! status read from its Token Status List (`token_status`), and a certificate chain checked
//! against the user's anchor (`token_chain`) and a test kit for the user's verifier
//! (`token_kit`), both of which start the crypto worker, an app of its own
//! (src/bin/tools.rs) with the same header, footer and preferences as the other pages.

use leptos::prelude::*;

use super::layout::NotFound;
use super::{token_chain, token_compare, token_kit, token_status};
use authpick_core::site::{TOKEN_CHAIN, TOKEN_COMPARE, TOKEN_KIT, TOKEN_STATUS};

/// Replaces the page's built copy with the app: the header, the page, then the footer, each in
/// a task of its own (`steps`).
pub fn start() {
    super::steps::mount_in_steps(|| super::routed(Shell));
}

#[component]
fn Shell() -> impl IntoView {
    super::framed(ToolPages)
}

/// The tool for the address shown.
#[component]
fn ToolPages() -> impl IntoView {
    let route = super::shown_route();
    move || match route.get() {
        Some(r) if r == TOKEN_COMPARE => token_compare::TokenComparePage().into_any(),
        Some(r) if r == TOKEN_STATUS => token_status::TokenStatusPage().into_any(),
        Some(r) if r == TOKEN_CHAIN => token_chain::TokenChainPage().into_any(),
        Some(r) if r == TOKEN_KIT => token_kit::TokenKitPage().into_any(),
        _ => NotFound().into_any(),
    }
}
