//! Authpick's build and checks, as one program (`cargo xtask …`):
//!
//! - `dist [--release] [--public-url /path/]`: builds the site into `dist/` (see `dist`);
//! - `layers`: fails if a page can reach the cryptography or the core a web type (`layers`);
//! - `sizes`: the release build's downloads against their budgets in `authpick_core::site`.
//!
//! The scripts in `scripts/` and README call these; nothing else builds the site.

mod dist;
mod edit;
mod layers;
mod shells;
mod site_files;
mod sizes;

use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("dist") => dist::Options::parse(&args[1..]).and_then(|o| dist::run(&root(), &o)),
        Some("layers") => layers::run(&root()),
        Some("sizes") => sizes::run(&root()),
        _ => Err(USAGE.to_string()),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(why) => {
            eprintln!("xtask: {why}");
            ExitCode::FAILURE
        }
    }
}

const USAGE: &str = "usage: cargo xtask dist [--release] [--public-url /path/]\n       \
                     cargo xtask layers\n       cargo xtask sizes";

/// The workspace's root (this package lives in `xtask/`).
fn root() -> PathBuf {
    let here = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    here.parent().map(PathBuf::from).unwrap_or(here)
}
