//! Each page's HTML shell, written from the one template (`index.html`) with what
//! `authpick_core::site::Page` says of the page. The shells go to `target/shells/`, so their
//! Trunk links point back to the repository's root.

use std::fs;
use std::path::{Path, PathBuf};

use authpick_core::site::Page;

use crate::edit::replace_once;

/// Where the shells are written, two folders below the root.
const SHELLS: &str = "target/shells";

/// Writes every page's shell and returns where each is.
pub fn write(root: &Path) -> Result<Vec<(Page, PathBuf)>, String> {
    let template = fs::read_to_string(root.join("index.html"))
        .map_err(|e| format!("index.html, the shells' template: {e}"))?;
    let dir = root.join(SHELLS);
    fs::create_dir_all(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let mut out = Vec::new();
    for page in Page::ALL {
        let path = dir.join(format!("{}.html", page.id()));
        fs::write(&path, shell(&template, page)?)
            .map_err(|e| format!("{}: {e}", path.display()))?;
        out.push((page, path));
    }
    Ok(out)
}

/// The shell of `page`.
pub fn shell(template: &str, page: Page) -> Result<String, String> {
    let s = page.shell();
    let what = format!("the {} page's shell", page.id());
    let stylesheets: String = s
        .stylesheets
        .iter()
        .map(|href| format!("<link data-trunk rel=\"css\" href=\"{href}\">"))
        .collect();
    // The worker's script is renamed by a hash of its contents; `dist` writes that name into
    // the meta tag, from which the page starts it. The inspector's build makes it, with
    // wasm-opt's -Os: on the worker's cryptography it compresses 0.9 KB smaller under Brotli
    // than -Oz (316.2 against 317.1 KB, measured on 2026-12-06), and trades less speed away.
    let worker = match (s.crypto_worker, page) {
        (true, Page::Inspector) => {
            "<meta name=\"crypto-worker\" content=\"crypto-worker.js\">\n  \
             <link data-trunk rel=\"rust\" href=\"worker/Cargo.toml\" data-bin=\"crypto-worker\" \
             data-type=\"worker\" data-integrity=\"none\" data-wasm-opt=\"s\" \
             data-wasm-opt-params=\"--enable-bulk-memory --enable-nontrapping-float-to-int\">"
        }
        (true, _) => "<meta name=\"crypto-worker\" content=\"crypto-worker.js\">",
        (false, _) => "",
    };
    let body = match s.body_class {
        Some(class) => format!("<body class=\"{class}\" data-page=\"{}\">", page.id()),
        None => format!("<body data-page=\"{}\">", page.id()),
    };
    let mut html = template.to_string();
    for (marker, value) in [
        ("__DESCRIPTION__", s.description),
        ("__TITLE__", page.first_route().title),
        ("<!--__STYLESHEETS__-->", &stylesheets),
        ("__SOCIAL_TITLE__", s.social_title),
        ("__SOCIAL_DESCRIPTION__", s.social_description),
        ("__BINARY__", page.binary()),
        ("<!--__CRYPTO_WORKER__-->", worker),
        ("<body data-page=\"__PAGE__\">", &body),
        ("__NOSCRIPT__", s.noscript),
    ] {
        html = replace_once(&html, marker, value, &what)?;
    }
    Ok(from_shells(&html))
}

/// The shell's Trunk links, which name files from the root, as seen from `target/shells/`.
fn from_shells(html: &str) -> String {
    html.lines()
        .map(|line| {
            if line.contains("<link data-trunk") {
                line.replace(" href=\"", " href=\"../../")
            } else {
                line.to_string()
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn template() -> String {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
        fs::read_to_string(root.join("index.html")).expect("the template")
    }

    #[test]
    fn each_shell_carries_its_page_and_no_marker_is_left() {
        for page in Page::ALL {
            let html = shell(&template(), page).expect("every marker is there once");
            // The CSP is filled in per route, later (`dist::shell`).
            let rest = html.replace("__CSP__", "");
            assert!(!rest.contains("__"), "{}: a marker is left", page.id());
            assert!(html.contains(&format!("data-bin=\"{}\"", page.binary())));
            assert!(html.contains(page.shell().description));
            assert!(html.contains("href=\"../../style/main.css\""));
            assert!(html.contains("rel=\"rust\" href=\"../../Cargo.toml\""));
            assert_eq!(
                html.contains("../../worker/Cargo.toml"),
                page == Page::Inspector
            );
        }
    }

    #[test]
    fn a_template_without_a_marker_stops_the_build() {
        let broken = template().replace("__NOSCRIPT__", "");
        assert!(shell(&broken, Page::Guide).is_err());
    }
}

/// The tools' versions: each has one home, and where a second file must name it too, a test
/// holds the two together.
#[cfg(test)]
mod tool_versions {
    use std::fs;
    use std::path::Path;

    fn read(name: &str) -> String {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
        fs::read_to_string(root.join(name)).unwrap_or_else(|e| panic!("{name}: {e}"))
    }

    /// Trunk runs the wasm-opt that the npm package binaryen installs, and checks its version.
    #[test]
    fn trunk_asks_for_the_wasm_opt_that_npm_installs() {
        let trunk = read("Trunk.toml");
        let wanted = trunk
            .lines()
            .find_map(|l| l.strip_prefix("wasm_opt = \"version_"))
            .and_then(|v| v.strip_suffix('"'))
            .expect("Trunk.toml pins wasm_opt");
        let package: serde_json::Value =
            serde_json::from_str(&read("package.json")).expect("package.json");
        let binaryen = package["devDependencies"]["binaryen"]
            .as_str()
            .expect("binaryen in package.json");
        assert_eq!(binaryen.split('.').next(), Some(wanted));
    }

    /// setup.sh installs the Trunk that Trunk.toml requires, read from there.
    #[test]
    fn the_trunk_version_is_written_once() {
        let trunk = read("Trunk.toml");
        assert!(trunk.lines().any(|l| l.starts_with("trunk-version = \"=")));
        assert!(
            !read("scripts/setup.sh").contains("0.21."),
            "setup.sh reads it"
        );
        assert!(!trunk.contains("wasm_bindgen ="), "Cargo.lock is its home");
    }
}
