//! The inspector's forms as models: the verification form, the workbench, the examples' listing
//! and "Remember this token".

pub mod examples;
pub mod key_form;
pub mod remember;
pub mod workbench;
