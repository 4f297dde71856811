//! `cargo xtask layers`: the crate boundaries DESIGN.md describes, checked on what Cargo
//! resolves for each package in the browser (wasm32; procedural macros, which run while
//! building, left out), so a dependency added anywhere that breaks them fails the tests:
//!
//! - the pages (`authpick`) reach neither `authpick-crypto` nor any crate it brings beyond
//!   what the UI framework (leptos) brings itself;
//! - no package but the worker (`authpick-worker`), the command line (`authpick-cli`, native
//!   only) and the fuzzer (`authpick-fuzz`, a native test tool that no page or build ships)
//!   reaches `authpick-crypto`;
//! - the core (`authpick-core`) reaches no web crate and no cryptography (decompression, which
//!   the cryptography also uses, is not cryptography: `SHARED`).

use std::collections::BTreeSet;
use std::path::Path;
use std::process::Command;

const PAGES: &str = "authpick";
const CORE: &str = "authpick-core";
const CRYPTO: &str = "authpick-crypto";
const WORKER: &str = "authpick-worker";
/// Drives the cryptography with hostile input; it never runs in the browser.
const FUZZ: &str = "authpick-fuzz";
/// The command line: the inspector's checks, cryptography included, for CI; never in a page.
const CLI: &str = "authpick-cli";
/// The pages' UI framework: what it brings may be shared with the cryptography's crates.
const FRAMEWORK: [&str; 2] = ["leptos", "leptos_router"];
/// Crates the cryptography uses that are not cryptography, which the core may use too:
/// DEFLATE (JWE `zip` in the worker; a Token Status List's array in the core, for the token
/// tools' page, which has no worker).
const SHARED: [&str; 2] = ["miniz_oxide", "adler2"];
/// Crates that carry browser types.
const WEB: [&str; 6] = [
    "web-sys",
    "js-sys",
    "wasm-bindgen",
    "leptos",
    "leptos_router",
    "gloo-storage",
];

pub fn run(root: &Path) -> Result<(), String> {
    let reach = |package: &str| reach(root, package);
    let sets = Sets {
        pages: reach(PAGES)?,
        core: reach(CORE)?,
        crypto: reach(CRYPTO)?,
        framework: FRAMEWORK
            .iter()
            .map(|p| reach(p))
            .collect::<Result<Vec<_>, _>>()?
            .into_iter()
            .flatten()
            .collect(),
        // Every other package of the workspace, so a new one is checked without being named.
        others: members(root)?
            .iter()
            .filter(|m| ![PAGES, CORE, CRYPTO].contains(&m.as_str()))
            .map(|p| Ok((p.clone(), reach(p)?)))
            .collect::<Result<Vec<_>, String>>()?,
    };
    println!("{}", check(&sets)?);
    Ok(())
}

/// The workspace's packages, by name.
fn members(root: &Path) -> Result<Vec<String>, String> {
    let output = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()))
        .current_dir(root)
        .args(["metadata", "--no-deps", "--format-version", "1"])
        .output()
        .map_err(|e| format!("cargo metadata: {e}"))?;
    let metadata: serde_json::Value =
        serde_json::from_slice(&output.stdout).map_err(|e| format!("cargo metadata: {e}"))?;
    Ok(metadata["packages"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|p| p["name"].as_str().map(str::to_string))
        .collect())
}

/// The crates `package` reaches in a browser build, itself included, by name.
fn reach(root: &Path, package: &str) -> Result<BTreeSet<String>, String> {
    let output = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()))
        .current_dir(root)
        .args(["tree", "--quiet", "-p", package])
        .args(["--target", "wasm32-unknown-unknown"])
        .args([
            "-e",
            "normal,no-proc-macro",
            "--prefix",
            "none",
            "--format",
            "{p}",
        ])
        .output()
        .map_err(|e| format!("cargo tree: {e}"))?;
    if !output.status.success() {
        return Err(format!(
            "cargo tree -p {package} failed: {}",
            String::from_utf8_lossy(&output.stderr)
        ));
    }
    Ok(String::from_utf8_lossy(&output.stdout)
        .lines()
        .filter_map(|l| l.split_whitespace().next())
        .map(str::to_string)
        .collect())
}

/// What each package reaches.
pub struct Sets {
    pub pages: BTreeSet<String>,
    pub core: BTreeSet<String>,
    pub crypto: BTreeSet<String>,
    pub framework: BTreeSet<String>,
    /// The other packages of the workspace (the worker and the fuzzer among them).
    pub others: Vec<(String, BTreeSet<String>)>,
}

/// The boundaries, or what breaks them; on success, a line saying what was checked.
pub fn check(s: &Sets) -> Result<String, String> {
    // What the cryptography brings that the UI framework does not: the core itself aside, no
    // page and not the core may reach any of it.
    let crypto_only: BTreeSet<&String> = s
        .crypto
        .iter()
        .filter(|c| *c != CORE && !s.framework.contains(*c) && !SHARED.contains(&c.as_str()))
        .collect();
    let mut problems = Vec::new();
    let leaked: Vec<&String> = s.pages.iter().filter(|c| crypto_only.contains(c)).collect();
    if !leaked.is_empty() {
        problems.push(format!(
            "the pages reach the cryptography: {}",
            join(leaked)
        ));
    }
    let reaching: Vec<&String> = s
        .others
        .iter()
        .filter(|(p, set)| p != WORKER && p != FUZZ && p != CLI && set.contains(CRYPTO))
        .map(|(p, _)| p)
        .collect();
    if !reaching.is_empty() {
        problems.push(format!(
            "only {WORKER} (and {CLI} and {FUZZ}) may reach {CRYPTO}, but so do: {}",
            join(reaching)
        ));
    }
    let impure: Vec<&String> = s
        .core
        .iter()
        .filter(|c| WEB.contains(&c.as_str()) || crypto_only.contains(c))
        .collect();
    if !impure.is_empty() {
        problems.push(format!(
            "the core reaches web types or cryptography: {}",
            join(impure)
        ));
    }
    if problems.is_empty() {
        Ok(format!(
            "layers: the pages reach {} crates, none of the {} that only the cryptography \
             brings; only {WORKER}, {CLI} and {FUZZ} reach {CRYPTO}; the core reaches {} crates, none of them \
             web or cryptography",
            s.pages.len(),
            crypto_only.len(),
            s.core.len()
        ))
    } else {
        Err(problems.join("; "))
    }
}

fn join<'a>(names: impl IntoIterator<Item = &'a String>) -> String {
    names
        .into_iter()
        .map(String::as_str)
        .collect::<Vec<_>>()
        .join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn set(names: &[&str]) -> BTreeSet<String> {
        names.iter().map(|s| s.to_string()).collect()
    }

    fn healthy() -> Sets {
        Sets {
            pages: set(&[PAGES, CORE, "leptos", "web-sys", "serde", "base64"]),
            core: set(&[CORE, "serde", "serde_json"]),
            crypto: set(&[
                CRYPTO,
                CORE,
                "serde",
                "jsonwebtoken",
                "rsa",
                "sha2",
                "base64",
            ]),
            framework: set(&["leptos", "web-sys", "base64", "serde", "serde_json"]),
            others: vec![
                (WORKER.into(), set(&[WORKER, CRYPTO, "wasm-bindgen"])),
                ("xtask".into(), set(&["xtask", CORE])),
            ],
        }
    }

    #[test]
    fn the_workspace_as_designed_passes() {
        let report = check(&healthy()).unwrap();
        assert!(
            report.contains("none of the 4 that only the cryptography brings"),
            "{report}"
        );
        let mut s = healthy();
        s.core.insert("sha2".into());
        assert!(check(&s)
            .unwrap_err()
            .contains("the core reaches web types or cryptography: sha2"));
    }

    #[test]
    fn a_page_that_reaches_the_cryptography_fails() {
        let mut s = healthy();
        s.pages.insert("sha2".into());
        let why = check(&s).unwrap_err();
        assert!(
            why.contains("the pages reach the cryptography: sha2"),
            "{why}"
        );
        let mut s = healthy();
        s.pages.insert(CRYPTO.into());
        assert!(check(&s).unwrap_err().contains(CRYPTO));
    }

    #[test]
    fn only_the_worker_may_reach_the_cryptography() {
        let mut s = healthy();
        s.others[1].1.insert(CRYPTO.into());
        let why = check(&s).unwrap_err();
        assert!(
            why.contains("may reach authpick-crypto, but so do: xtask"),
            "{why}"
        );
    }

    #[test]
    fn decompression_is_shared_but_nothing_else_of_the_cryptographys() {
        let mut s = healthy();
        s.crypto.insert("miniz_oxide".into());
        s.core.insert("miniz_oxide".into());
        s.pages.insert("miniz_oxide".into());
        assert!(check(&s).is_ok(), "{:?}", check(&s));
        s.core.insert("rsa".into());
        assert!(check(&s).unwrap_err().contains("rsa"));
    }

    #[test]
    fn a_core_with_web_types_or_cryptography_fails() {
        let mut s = healthy();
        s.core.insert("web-sys".into());
        assert!(check(&s).unwrap_err().contains("web types"));
        let mut s = healthy();
        s.core.insert("jsonwebtoken".into());
        assert!(check(&s).unwrap_err().contains("jsonwebtoken"));
    }
}
