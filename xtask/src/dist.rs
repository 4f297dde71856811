//! `cargo xtask dist`: the whole site, built into `dist/` in one go.
//!
//! 1. Cargo builds every page's WebAssembly in one call; each page's
//!    shell is written from the template `index.html` (`shells`), and Trunk builds each into
//!    `target/site/`, finding its WebAssembly built. The inspector's build also brings the
//!    crypto worker.
//! 2. The pages' files are gathered into a fresh `dist/`; a file two builds make must be the
//!    same file.
//! 3. The worker's script and module each get a name from a hash of its contents (a worker is
//!    started by name, so Trunk does not hash them), and the inspector's page names the script.
//! 4. In a release build each page's wasm-bindgen glue and the loader are minified with
//!    esbuild (Trunk's minifier leaves the glue as written): about 2 KB Brotli off every first
//!    visit.
//! 5. Every page gets the CSP meta tag and the static navigation from `authpick_core::site`;
//!    each route gets a copy of its page, so a static host serves deep links.
//! 6. Each route's page gets the app's first render (scripts/prerender.mjs), so it reads
//!    before the WebAssembly has loaded.
//! 7. `_headers` carries the security headers, and `sw.js` the exact files of this build, so
//!    the site works offline after one visit.
//!
//! Every edit names what it expects to find, and the build stops when it is not there.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use authpick_core::site::{csp_meta, Page, Route, NOT_FOUND_TITLE, ROUTES};
use sha2::{Digest, Sha256};

use crate::edit::{replace_element, replace_once, set_attribute};
use crate::site_files::{headers_file, is_hashed, nav, page_url, service_worker};

pub struct Options {
    release: bool,
    public_url: String,
}

impl Options {
    pub fn parse(args: &[String]) -> Result<Options, String> {
        let mut o = Options {
            release: false,
            public_url: "/".into(),
        };
        let mut args = args.iter();
        while let Some(arg) = args.next() {
            match arg.as_str() {
                "--release" => o.release = true,
                "--public-url" => {
                    o.public_url = args.next().ok_or("--public-url needs a path")?.clone();
                }
                other => return Err(format!("unknown option {other}")),
            }
        }
        if !o.public_url.starts_with('/') || !o.public_url.ends_with('/') {
            return Err(format!(
                "the public URL must be a path on the site's own origin, like /tools/authpick/ \
                 (the workers can only start from the page's origin), not “{}”",
                o.public_url
            ));
        }
        Ok(o)
    }
}

/// The worker's files as Trunk names them.
const WORKER_SCRIPT: &str = "crypto-worker.js";
const WORKER_MODULE: &str = "crypto-worker_bg.wasm";

pub fn run(root: &Path, o: &Options) -> Result<(), String> {
    let stage = root.join("target").join("site");
    reset(&stage)?;
    // The pages' binaries in one cargo call, so the two cores link them side by side;
    // Trunk then finds each built. (The worker is left to Trunk: built in the same call, its
    // dependencies' features would be unified with the pages' and every binary built twice.)
    build_binaries(root, o)?;
    for (page, shell) in crate::shells::write(root)? {
        trunk(root, &shell, &stage.join(page.id()), o)?;
    }
    let dist = root.join("dist");
    reset(&dist)?;

    let guide = stage.join(Page::Guide.id());
    let reference = stage.join(Page::Reference.id());
    let inspector = stage.join(Page::Inspector.id());
    let tools = stage.join(Page::Tools.id());
    gather(&guide, &dist, &[])?;
    gather(&reference, &dist, &[])?;
    gather(&tools, &dist, &[])?;
    gather(&inspector, &dist, &[WORKER_SCRIPT, WORKER_MODULE])?;
    let worker = hash_worker(&inspector, &dist)?;
    if o.release {
        minify_glue(root, &dist)?;
    }

    let guide_html = read(&guide.join("index.html"))?;
    let reference_html = read(&reference.join("index.html"))?;
    let tools_html = read(&tools.join("index.html"))?;
    let tools_html = replace_once(
        &tools_html,
        WORKER_SCRIPT,
        &worker,
        "the token tools' crypto-worker meta tag",
    )?;
    let inspector_html = read(&inspector.join("index.html"))?;
    let inspector_html = replace_once(
        &inspector_html,
        WORKER_SCRIPT,
        &worker,
        "the inspector's crypto-worker meta tag",
    )?;
    for route in ROUTES {
        let html = match route.page {
            Page::Guide => &guide_html,
            Page::Reference => &reference_html,
            Page::Inspector => &inspector_html,
            Page::Tools => &tools_html,
        };
        write(&dist.join(page_file(&route)), &shell(html, Some(&route))?)?;
    }
    // Hosts that serve 404.html for unknown paths show the guide, which says "Page not found".
    write(&dist.join("404.html"), &shell(&guide_html, None)?)?;
    prerender(root, &dist, o)?;
    let hashed = hashed_files(&dist)?;
    write(&dist.join("_headers"), &headers_file(&hashed))?;
    let sw = offline(root, &dist, &hashed)?;
    write(&dist.join("sw.js"), &sw)?;
    println!(
        "dist/: {} build, {} routes, worker {worker}",
        if o.release { "release" } else { "debug" },
        ROUTES.len()
    );
    Ok(())
}

/// Minifies the pages' scripts in place: each page's module glue and the loader (`boot.js`),
/// not the service worker (written later) nor the crypto worker (a classic script whose
/// globals must keep their names). A glue file keeps Trunk's hash of it unminified, which is
/// just as unique.
fn minify_glue(root: &Path, dist: &Path) -> Result<(), String> {
    let esbuild = root.join("node_modules").join(".bin").join("esbuild");
    for path in files(dist)? {
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let top_level = path.parent() == Some(dist);
        if !top_level
            || !name.ends_with(".js")
            || name == "sw.js"
            || name.starts_with("crypto-worker")
        {
            continue;
        }
        let status = Command::new(&esbuild)
            .arg(&path)
            .args([
                "--minify",
                "--format=esm",
                "--legal-comments=none",
                "--log-level=warning",
            ])
            .arg(format!("--outfile={}", path.display()))
            .arg("--allow-overwrite")
            .status()
            .map_err(|e| {
                format!("could not run esbuild ({e}): run scripts/setup.sh's setup_build")
            })?;
        if !status.success() {
            return Err(format!("esbuild could not minify {name} ({status})"));
        }
    }
    Ok(())
}

/// Writes each route's first render into its page (scripts/prerender.mjs, in headless
/// Chromium), so every page reads before its WebAssembly has loaded and nothing moves when the
/// app takes over. `404.html` gets the guide's "Page not found".
fn prerender(root: &Path, dist: &Path, o: &Options) -> Result<(), String> {
    let mut command = Command::new("node");
    command
        .current_dir(root)
        .env("PUBLIC_URL", &o.public_url)
        .arg(root.join("scripts").join("prerender.mjs"))
        .arg(dist);
    for route in ROUTES {
        command.arg(format!("{}={}", route.path, page_file(&route)));
    }
    command.arg("/404.html=404.html");
    let status = command.status().map_err(|e| {
        format!("could not run node ({e}): run scripts/setup.sh's setup_build and setup_browser")
    })?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("prerendering the pages failed ({status})"))
    }
}

/// The page's HTML file in the repository, which Trunk builds.
/// Builds the pages' WebAssembly as Trunk will ask for it.
fn build_binaries(root: &Path, o: &Options) -> Result<(), String> {
    let mut command = Command::new("cargo");
    command
        .current_dir(root)
        .args(["build", "--target", "wasm32-unknown-unknown"])
        .args(["-p", "authpick", "--bins"]);
    if o.release {
        command.arg("--release");
    }
    let status = command
        .status()
        .map_err(|e| format!("could not run cargo: {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("building the WebAssembly failed ({status})"))
    }
}

/// The file that serves a route: its folder's `index.html`.
fn page_file(route: &Route) -> String {
    match route.segment() {
        "" => "index.html".to_string(),
        segment => format!("{segment}/index.html"),
    }
}

/// A page as served at `route`: the CSP meta tag, the route's title and the static navigation
/// filled in.
fn shell(html: &str, route: Option<&Route>) -> Result<String, String> {
    let html = set_attribute(html, "__CSP__", &csp_meta(), "the CSP meta tag")?;
    // Titles are the project's own text, checked to hold no markup (`site::tests`).
    let title = route.map_or(NOT_FOUND_TITLE, |r| r.title);
    let html = replace_element(
        &html,
        "title",
        "data-route-title",
        &format!("<title data-route-title>{title}</title>"),
        "the page's title",
    )?;
    replace_element(
        &html,
        "nav",
        "data-routes",
        &nav(route),
        "the static navigation",
    )
}

fn trunk(root: &Path, source: &Path, out: &Path, o: &Options) -> Result<(), String> {
    // Trunk runs wasm-opt from the npm package binaryen (see scripts/setup.sh).
    let tools = root.join("node_modules").join(".bin");
    let path = std::env::var_os("PATH").unwrap_or_default();
    let path = std::env::join_paths(std::iter::once(tools).chain(std::env::split_paths(&path)))
        .map_err(|e| e.to_string())?;
    let mut command = Command::new("trunk");
    command
        .current_dir(root)
        .env("PATH", path)
        .arg("build")
        .arg(source)
        .arg("--dist")
        .arg(out)
        .arg("--public-url")
        .arg(&o.public_url);
    if o.release {
        command.arg("--release");
    }
    let status = command
        .status()
        .map_err(|e| format!("could not run trunk ({e}): run scripts/setup.sh's setup_build"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!(
            "trunk build {} failed ({status})",
            source.display()
        ))
    }
}

/// Copies a page's build into `dist`, leaving out its page and `skip`. A file that is already
/// there (the stylesheet, the loader) must be the same file.
fn gather(from: &Path, dist: &Path, skip: &[&str]) -> Result<(), String> {
    for path in files(from)? {
        let relative = path.strip_prefix(from).map_err(|e| e.to_string())?;
        let name = relative.to_string_lossy();
        if name == "index.html" || skip.contains(&name.as_ref()) {
            continue;
        }
        let target = dist.join(relative);
        let bytes = fs::read(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        if target.is_file() {
            if fs::read(&target).ok().as_deref() != Some(&bytes[..]) {
                return Err(format!(
                    "two pages' builds have different files named {name}"
                ));
            }
            continue;
        }
        write_bytes(&target, &bytes)?;
    }
    Ok(())
}

/// Writes the worker's script and module, each under a name from a hash of its own contents;
/// returns the script's name. The script is wasm-bindgen's glue plus the call that starts the
/// module, so its name changes with the module's. Trunk's minifier does not write the glue the
/// same way twice, so the module is not named after the glue: a release whose worker did not
/// change keeps its module's name, and a returning visitor's copy of it. A module that fails
/// to start is rethrown outside the promise, so the page's worker gets an error event and can
/// say so.
fn hash_worker(build: &Path, dist: &Path) -> Result<String, String> {
    let glue = read(&build.join(WORKER_SCRIPT))?;
    let module = fs::read(build.join(WORKER_MODULE))
        .map_err(|e| format!("the inspector's build made no {WORKER_MODULE}: {e}"))?;
    let module_name = format!("crypto-worker-{}_bg.wasm", short_hash(&module));
    write_bytes(&dist.join(&module_name), &module)?;
    let script = format!(
        "{glue}\nwasm_bindgen({{ module_or_path: \"./{module_name}\" }}).catch((e) => setTimeout(() => {{ throw e; }}));\n"
    );
    let script_name = format!("crypto-worker-{}.js", short_hash(script.as_bytes()));
    write(&dist.join(&script_name), &script)?;
    Ok(script_name)
}

/// The first 16 hex digits of the SHA-256 of `bytes`: a file name's hash.
fn short_hash(bytes: &[u8]) -> String {
    hex(&Sha256::digest(bytes))[..16].to_string()
}

/// The service worker for exactly this build: every file a page may load (raster images are
/// for installing and sharing, not for working offline), the page of every route, and a
/// version derived from all of their contents.
fn offline(root: &Path, dist: &Path, hashed: &[String]) -> Result<String, String> {
    let pages: BTreeMap<String, String> =
        ROUTES.iter().map(|r| (page_file(r), page_url(r))).collect();
    let mut urls: Vec<String> = pages.values().cloned().collect();
    let mut digest = Sha256::new();
    for path in files(dist)? {
        let relative = path
            .strip_prefix(dist)
            .map_err(|e| e.to_string())?
            .to_string_lossy()
            .replace('\\', "/");
        let kept =
            !relative.ends_with(".png") && !matches!(relative.as_str(), "_headers" | "sw.js");
        if !kept {
            continue;
        }
        digest.update(relative.as_bytes());
        digest.update(fs::read(&path).map_err(|e| e.to_string())?);
        if !pages.contains_key(&relative) {
            urls.push(format!("./{relative}"));
        }
    }
    urls.sort();
    let version = &hex(&digest.finalize())[..16];
    let template = read(&root.join("public").join("sw.template.js"))?;
    service_worker(&template, version, &urls, hashed)
}

/// The files at the top of `dist` that Trunk named after their content.
fn hashed_files(dist: &Path) -> Result<Vec<String>, String> {
    let mut out: Vec<String> = fs::read_dir(dist)
        .map_err(|e| format!("{}: {e}", dist.display()))?
        .filter_map(|entry| entry.ok()?.file_name().into_string().ok())
        .filter(|name| is_hashed(name))
        .collect();
    out.sort();
    Ok(out)
}

fn files(dir: &Path) -> Result<Vec<PathBuf>, String> {
    let mut out = Vec::new();
    let mut todo = vec![dir.to_path_buf()];
    while let Some(d) = todo.pop() {
        let entries = fs::read_dir(&d).map_err(|e| format!("{}: {e}", d.display()))?;
        for entry in entries {
            let path = entry.map_err(|e| e.to_string())?.path();
            if path.is_dir() {
                todo.push(path);
            } else {
                out.push(path);
            }
        }
    }
    out.sort();
    Ok(out)
}

fn reset(dir: &Path) -> Result<(), String> {
    if dir.exists() {
        fs::remove_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    }
    fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))
}

fn read(path: &Path) -> Result<String, String> {
    fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))
}

fn write(path: &Path, text: &str) -> Result<(), String> {
    write_bytes(path, text.as_bytes())
}

fn write_bytes(path: &Path, bytes: &[u8]) -> Result<(), String> {
    if let Some(parent) = path.parent() {
        fs::create_dir_all(parent).map_err(|e| format!("{}: {e}", parent.display()))?;
    }
    fs::write(path, bytes).map_err(|e| format!("{}: {e}", path.display()))
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use authpick_core::site::INSPECTOR;

    #[test]
    fn options_need_a_path_for_the_public_url() {
        let parse =
            |args: &[&str]| Options::parse(&args.iter().map(|s| s.to_string()).collect::<Vec<_>>());
        let o = parse(&["--release", "--public-url", "/tools/authpick/"]).unwrap();
        assert!(o.release && o.public_url == "/tools/authpick/");
        assert!(parse(&["--public-url", "https://cdn.example/"]).is_err());
        assert!(parse(&["--public-url", "/no-slash"]).is_err());
        assert!(parse(&["--fast"]).is_err());
    }

    #[test]
    fn every_route_has_its_own_file() {
        let files: Vec<String> = ROUTES.iter().map(page_file).collect();
        assert_eq!(files[0], "index.html");
        assert!(files.contains(&"guide/index.html".to_string()));
        assert!(files.contains(&"inspector/index.html".to_string()));
        assert_eq!(page_url(&INSPECTOR), "./inspector/");
    }

    #[test]
    fn the_worker_module_keeps_its_name_when_only_the_glue_changes() {
        let dir = std::env::temp_dir().join(format!("authpick-xtask-{}", std::process::id()));
        let build = |glue: &str| {
            let _ = fs::remove_dir_all(&dir);
            write(&dir.join("build").join(WORKER_SCRIPT), glue).unwrap();
            write_bytes(&dir.join("build").join(WORKER_MODULE), b"\0asm module").unwrap();
            let script = hash_worker(&dir.join("build"), &dir.join("dist")).unwrap();
            let text = read(&dir.join("dist").join(&script)).unwrap();
            let module = files(&dir.join("dist"))
                .unwrap()
                .into_iter()
                .filter_map(|p| p.file_name().map(|n| n.to_string_lossy().into_owned()))
                .find(|n| n.ends_with("_bg.wasm"))
                .unwrap();
            assert!(text.contains(&format!("module_or_path: \"./{module}\"")));
            assert!(is_hashed(&script) && is_hashed(&module));
            (script, module)
        };
        // The same glue minified two ways, around the same module.
        let (script_a, module_a) = build("let wasm_bindgen=(a=>{let I=0,E=null;return a})");
        let (script_b, module_b) = build("let wasm_bindgen=(a=>{let E=null,I=0;return a})");
        let _ = fs::remove_dir_all(&dir);
        assert_eq!(module_a, module_b);
        assert_ne!(script_a, script_b);
    }

    #[test]
    fn a_shell_gets_its_policy_and_navigation() {
        let html = r#"<title data-route-title>x</title><meta http-equiv=Content-Security-Policy content=__CSP__><nav aria-label=Main data-routes></nav>"#;
        let out = shell(html, Some(&INSPECTOR)).unwrap();
        assert!(out.contains("<title data-route-title>Token inspector · Authpick</title>"));
        assert!(out.contains(&format!("content=\"{}\"", csp_meta())));
        assert!(out.contains(r#"aria-current="page">Token inspector</a></nav>"#));
        assert!(
            shell("<nav data-routes></nav>", None).is_err(),
            "no CSP tag"
        );
        assert!(
            shell("<meta content=__CSP__><nav data-routes></nav>", None).is_err(),
            "no title"
        );
    }
}
