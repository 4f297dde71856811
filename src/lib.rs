//! Authpick: decide how users and services stay authenticated, and inspect tokens.
//!
//! The crate has two halves. The pure core — `guide` (the decision guide), `tradeoffs` (cost,
//! latency and revocation arithmetic), `token` (the inspector's parsing), `glossary` and
//! `query` — is plain Rust with no web types, tested natively. `ui` is the thin Leptos front end; it exists only when compiling to
//! WebAssembly, so the core cannot depend on the browser even by accident.

pub mod glossary;
pub mod guide;
pub mod query;
pub mod text;
pub mod token;
pub mod tradeoffs;

#[cfg(target_arch = "wasm32")]
pub mod ui;
