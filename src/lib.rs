//! Authpick's three pages in the browser: the guide, the reference page (the trade-off pages
//! and the glossary) and the token inspector. They render what `authpick-core` computes and forward what the user
//! does; they hold no decision of their own, and they cannot reach the cryptography, which runs
//! in the inspector's Web Worker (`authpick-worker`).
//!
//! The UI exists only when compiling to WebAssembly; natively this crate is empty.

#[cfg(target_arch = "wasm32")]
pub mod ui;
