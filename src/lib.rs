//! Authpick: decide how users and services stay authenticated, and inspect tokens.
//!
//! The crate has two halves. `guide` is the pure core: plain Rust with no web types, tested
//! natively. `ui` is the thin Leptos front end; it exists only when compiling to WebAssembly,
//! so the core cannot depend on the browser even by accident.

pub mod guide;

#[cfg(target_arch = "wasm32")]
pub mod ui;
