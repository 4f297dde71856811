//! `cargo xtask sizes`: the release build's sizes against the budgets of
//! `authpick_core::site` (each page's first visit, and the crypto worker), measured by
//! `scripts/sizes.py`, which prints every file and each visit's totals.

use std::path::Path;
use std::process::Command;

use authpick_core::site::{Page, CRYPTO_WORKER_BUDGET};

/// The budgets as sizes.py takes them.
pub fn arguments() -> Vec<String> {
    let mut args = Vec::new();
    for page in Page::ALL {
        let prefix = match page {
            Page::Guide => "",
            Page::Reference => "reference-",
            Page::Inspector => "inspector-",
            Page::Tools => "tools-",
        };
        let b = page.budget();
        args.push(format!("--{prefix}budget-kb={}", b.gzip_kb));
        args.push(format!("--{prefix}brotli-budget-kb={}", b.brotli_kb));
    }
    args.push(format!(
        "--worker-budget-kb={}",
        CRYPTO_WORKER_BUDGET.gzip_kb
    ));
    args.push(format!(
        "--worker-brotli-budget-kb={}",
        CRYPTO_WORKER_BUDGET.brotli_kb
    ));
    args
}

pub fn run(root: &Path) -> Result<(), String> {
    let status = Command::new("python3")
        .current_dir(root)
        .arg(root.join("scripts").join("sizes.py"))
        .args(arguments())
        .status()
        .map_err(|e| format!("could not run python3: {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err("a download is over its budget (see above)".into())
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn every_budget_is_passed_once() {
        let args = super::arguments();
        // Two per page, two for the worker.
        assert_eq!(args.len(), 2 * authpick_core::site::Page::ALL.len() + 2);
        assert!(args.contains(&"--tools-brotli-budget-kb=200".to_string()));
        assert!(args.contains(&"--inspector-brotli-budget-kb=200".to_string()));
        assert!(args.contains(&"--worker-brotli-budget-kb=320".to_string()));
    }
}
