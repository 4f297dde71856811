//! Authpick's pure core: everything the pages show and decide, as plain Rust with no web types
//! and no cryptography, tested natively.
//!
//! - `guide`: the decision guide's knowledge (data) and engine, the link codec, the record;
//! - `tradeoffs`: cost, latency and revocation arithmetic behind the trade-off pages;
//! - `token`: the inspector's parsing, findings and report, the JOSE vocabulary, and the
//!   messages to and from the crypto worker (whose cryptography lives in `authpick-crypto`);
//! - `glossary`, `format`, `query`, `text`, `order`: terms, numbers in words, query strings,
//!   small text helpers and the one stable sort;
//! - `prefs`: the display preferences saved in the browser;
//! - `site`: the routes and the security policy the build and the pages share;
//! - `names`: the approaches' names, which the guide and the trade-off pages share.
//!
//! The UI's decisions (what comes next, what a key press picks, how a link and saved answers
//! merge, the worker's dispatching) are small models here too, so the pages only render and
//! forward events.

#![warn(missing_docs)]

pub mod format;
pub mod glossary;
pub mod guide;
pub mod names;
pub mod order;
pub mod prefs;
pub mod query;
pub mod site;
pub mod text;
pub mod token;
pub mod tradeoffs;
