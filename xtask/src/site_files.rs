//! What the build writes from `authpick_core::site`, as text: the page shells' navigation,
//! the `_headers` file (Netlify's and Cloudflare Pages' format, which the preview server reads
//! too), and the service worker with this build's files and its map of pages.

use authpick_core::site::{security_headers, Route, ROUTES};

use crate::edit::replace_once;

/// The main navigation as a page's shell carries it before the build writes the app's: plain links,
/// relative to the page's `<base href>`, the current page marked.
pub fn nav(current: Option<&Route>) -> String {
    let links: String = ROUTES
        .iter()
        .filter_map(|r| Some((r, r.nav?)))
        .map(|(r, label)| {
            let here = if Some(r) == current {
                r#" aria-current="page""#
            } else {
                ""
            };
            format!(
                r#"<a href="{}"{here}>{label}</a>"#,
                r.path.trim_start_matches('/')
            )
        })
        .collect();
    format!(r#"<nav aria-label="Main">{links}</nav>"#)
}

/// How long a browser may keep a file whose name carries its content's hash: for good, since
/// a new release gives it a new name. docs/deploy.md's nginx and Caddy examples send the same.
pub const IMMUTABLE: &str = "public, max-age=31536000, immutable";

/// Whether Trunk named this file after its content: `<stem>-<hash>` then `.js`, `.css` or
/// `_bg.wasm`, the hash being a 64-bit number in lowercase hex without leading zeros (so up to
/// 16 digits, sometimes fewer: a build named `authpick-d29d892f2f902d7.js`).
pub fn is_hashed(name: &str) -> bool {
    let stem = [".js", ".css", "_bg.wasm"]
        .iter()
        .find_map(|ext| name.strip_suffix(ext));
    stem.and_then(|s| s.rsplit_once('-'))
        .is_some_and(|(base, hash)| {
            !base.is_empty()
                && !base.contains('/')
                && (1..=16).contains(&hash.len())
                && hash
                    .bytes()
                    .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
        })
}

/// The security headers for every path, and `IMMUTABLE` for each hashed file of the build, in
/// `_headers` format.
pub fn headers_file(hashed: &[String]) -> String {
    let mut out = String::from("/*\n");
    for (name, value) in security_headers() {
        out.push_str(&format!("  {name}: {value}\n"));
    }
    for file in hashed {
        out.push_str(&format!("/{file}\n  Cache-Control: {IMMUTABLE}\n"));
    }
    out
}

/// The URL (relative to the service worker) that serves a route's page: its folder, as static
/// hosts serve `index.html` for it.
pub fn page_url(route: &Route) -> String {
    match route.segment() {
        "" => "./".to_string(),
        segment => format!("./{segment}/"),
    }
}

/// The service worker from its template: this build's version, the files to keep (and which of
/// them are hashed, so a copy the browser already holds can be reused), and which cached page
/// answers a navigation to each route.
pub fn service_worker(
    template: &str,
    version: &str,
    files: &[String],
    hashed: &[String],
) -> Result<String, String> {
    let pages: serde_json::Map<String, serde_json::Value> = ROUTES
        .iter()
        .map(|r| (r.segment().to_string(), page_url(r).into()))
        .collect();
    let files = serde_json::to_string(files).map_err(|e| e.to_string())?;
    let hashed: Vec<String> = hashed.iter().map(|f| format!("./{f}")).collect();
    let hashed = serde_json::to_string(&hashed).map_err(|e| e.to_string())?;
    let pages = serde_json::to_string(&pages).map_err(|e| e.to_string())?;
    let sw = replace_once(template, "__VERSION__", version, "service worker")?;
    let sw = replace_once(&sw, "__FILES__", &files, "service worker")?;
    let sw = replace_once(&sw, "__HASHED__", &hashed, "service worker")?;
    replace_once(&sw, "__PAGES__", &pages, "service worker")
}

#[cfg(test)]
mod tests {
    use super::*;
    use authpick_core::site::{csp_header, HTTPS_ONLY_HEADERS, INSPECTOR};

    #[test]
    fn the_navigation_lists_every_route_it_names() {
        let n = nav(Some(&INSPECTOR));
        assert!(n.starts_with(r#"<nav aria-label="Main"><a href="guide">Guide</a>"#));
        assert!(n.contains(r#"<a href="inspector/" aria-current="page">Token inspector</a>"#));
        let named = ROUTES.iter().filter(|r| r.nav.is_some()).count();
        assert_eq!(n.matches("<a ").count(), named);
        assert!(named >= 5);
        assert!(!nav(None).contains("aria-current"));
    }

    #[test]
    fn every_route_has_a_page_for_the_service_worker() {
        let sw = service_worker(
            "const VERSION = '__VERSION__'; const FILES = __FILES__; const HASHED = __HASHED__; \
             const PAGES = __PAGES__;",
            "abc",
            &["./".into(), "./a-0123456789abcdef.js".into()],
            &["a-0123456789abcdef.js".into()],
        )
        .unwrap();
        assert!(sw.contains(r#"const FILES = ["./","./a-0123456789abcdef.js"];"#));
        assert!(sw.contains(r#"const HASHED = ["./a-0123456789abcdef.js"];"#));
        assert!(sw.contains(r#""guide":"./guide/""#));
        assert!(sw.contains(r#""inspector":"./inspector/""#));
        assert!(sw.contains(r#""":"./""#));
        assert!(service_worker("no markers", "v", &[], &[]).is_err());
    }

    #[test]
    fn only_files_named_after_their_content_are_immutable() {
        for name in [
            "authpick-dd02f71b64e08507.js",
            "authpick-dd02f71b64e08507_bg.wasm",
            "main-c2ed9e3f1d57d13c.css",
            "crypto-worker-7f2ed46ceb413c58_bg.wasm",
            "authpick-d29d892f2f902d7.js",
        ] {
            assert!(is_hashed(name), "{name}");
        }
        for name in [
            "boot.js",
            "sw.js",
            "index.html",
            "main-c2ed9e3f1d57d13c0.css",
            "main-C2ED9E3F1D57D13C.css",
            "main-.css",
            "-c2ed9e3f1d57d13c.css",
            "guide/main-c2ed9e3f1d57d13c.css",
            "icon-192.png",
        ] {
            assert!(!is_hashed(name), "{name}");
        }
        let file = headers_file(&["main-c2ed9e3f1d57d13c.css".into()]);
        assert!(file.ends_with(&format!(
            "/main-c2ed9e3f1d57d13c.css\n  Cache-Control: {IMMUTABLE}\n"
        )));
        assert_eq!(
            file.matches("Cache-Control").count(),
            1,
            "HTML is never immutable"
        );
    }

    /// docs/deploy.md's header table and its nginx and Caddy examples say what the build sends.
    #[test]
    fn the_deploy_doc_states_the_headers_the_build_sends() {
        let doc = include_str!("../../docs/deploy.md");
        let all = security_headers()
            .into_iter()
            .chain(HTTPS_ONLY_HEADERS.iter().map(|(n, v)| (*n, v.to_string())));
        for (name, value) in all {
            let row = format!("| `{name}` | `{value}`");
            assert!(
                doc.contains(&row),
                "docs/deploy.md's header table lacks: {row}"
            );
            let nginx = if value.contains(' ') {
                format!("add_header {name} \"{value}\" always;")
            } else {
                format!("add_header {name} {value} always;")
            };
            assert!(
                doc.contains(&nginx),
                "docs/deploy.md's nginx example lacks: {nginx}"
            );
        }
        assert!(
            doc.contains(&format!("(js|wasm|css)$\" \"{IMMUTABLE}\";"))
                && doc.contains("add_header Cache-Control $authpick_cache always;"),
            "docs/deploy.md's nginx example keeps hashed files for good"
        );
        assert!(
            doc.contains(&format!("header @hashed Cache-Control \"{IMMUTABLE}\"")),
            "docs/deploy.md's Caddy example keeps hashed files for good"
        );
        for (name, value) in security_headers() {
            let caddy = if value.contains(' ') {
                format!("{name} \"{value}\"")
            } else {
                format!("{name} {value}")
            };
            assert!(
                doc.contains(&caddy),
                "docs/deploy.md's Caddy example lacks: {caddy}"
            );
        }
        assert!(
            headers_file(&[]).contains(&format!("  Content-Security-Policy: {}\n", csp_header()))
        );
        // …and lists no header the build does not send.
        let table = doc
            .split("| header | value |")
            .nth(1)
            .expect("docs/deploy.md has the header table");
        let listed: Vec<&str> = table
            .lines()
            .skip(2)
            .take_while(|l| l.starts_with('|'))
            .filter_map(|l| l.split('`').nth(1))
            .collect();
        let sent: Vec<&str> = security_headers()
            .iter()
            .map(|(n, _)| *n)
            .chain(HTTPS_ONLY_HEADERS.iter().map(|(n, _)| *n))
            .collect();
        assert_eq!(listed, sent, "docs/deploy.md's header table, in order");
    }
}
