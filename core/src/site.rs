//! The site's shape, once: its routes (which page serves each one and its link in the main
//! navigation) and the security headers every page is served with, the Content-Security-Policy
//! among them.
//!
//! The pages build their router and navigation from `ROUTES`. `cargo xtask dist` writes the
//! route copies, the static shells' navigation, the CSP meta tag, the service worker's map of
//! pages and `_headers` from the same table; the preview server sends `_headers`, and a test
//! holds docs/deploy.md's header table and server examples to `security_headers`.

/// The four pages of the site, each a WebAssembly module of its own (its shell written from the
/// template `index.html`), so that a first visit downloads only the code of the page it opens.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Page {
    /// The start page and the guide: one app with a router.
    Guide,
    /// The trade-off calculators (costs, revocation) and the glossary: one app with a router.
    Reference,
    /// The token inspector, whose cryptography runs in a Web Worker.
    Inspector,
    /// Token tools that need no key (two tokens compared): the token checks without the
    /// inspector's page, whose first visit has no room left.
    Tools,
}

/// What a link preview says of the guide and of the reference page, which share it.
const APP_SOCIAL_DESCRIPTION: &str = "A reasoned recommendation for each of your clients, with \
                                      its sources, costs and trade-offs. Runs entirely in your \
                                      browser.";

/// What the guide and the reference page say when JavaScript is off.
const APP_NOSCRIPT: &str = "Authpick runs in your browser and needs JavaScript and WebAssembly. \
                            Nothing you enter is ever sent anywhere; please enable JavaScript \
                            to use it.";

impl Page {
    /// Every page, the guide first.
    pub const ALL: [Page; 4] = [Page::Guide, Page::Reference, Page::Inspector, Page::Tools];

    /// The page's name: its HTML file in the repository (`index.html` for the guide), its
    /// binary, and the `data-page` attribute of its `<body>`, by which the running app knows
    /// which page it is.
    pub fn id(self) -> &'static str {
        match self {
            Page::Guide => "guide",
            Page::Reference => "reference",
            Page::Inspector => "inspector",
            Page::Tools => "tools",
        }
    }

    /// The page's binary in the `authpick` package (Cargo.toml's `[[bin]]`).
    pub fn binary(self) -> &'static str {
        match self {
            Page::Guide => "authpick",
            Page::Reference => "reference",
            Page::Inspector => "inspector",
            Page::Tools => "tools",
        }
    }

    /// What its HTML shell says before any WebAssembly has loaded (`cargo xtask dist` writes
    /// each shell from `index.html` with these).
    pub fn shell(self) -> Shell {
        match self {
            Page::Guide => Shell {
                description: "Authpick helps software teams decide between server-side \
                              sessions, JWTs, a hybrid or a managed provider, with the reasons \
                              and sources. Runs entirely in your browser.",
                social_title: "Authpick: sessions, JWTs, or both?",
                social_description: APP_SOCIAL_DESCRIPTION,
                stylesheets: &["style/guide.css"],
                body_class: None,
                noscript: APP_NOSCRIPT,
                crypto_worker: false,
            },
            Page::Reference => Shell {
                description: "What server-side sessions, JWTs and the hybrid cost at your \
                              scale, how long a stolen credential stays usable with each, and a \
                              glossary of the terms, with sources. Runs entirely in your \
                              browser.",
                social_title: "Authpick: costs, revocation windows and a glossary",
                social_description: APP_SOCIAL_DESCRIPTION,
                stylesheets: &["style/reference.css"],
                body_class: None,
                noscript: APP_NOSCRIPT,
                crypto_worker: false,
            },
            Page::Inspector => Shell {
                description: "Decode, verify and audit a JWT in your browser: claims \
                              explained, signature checked with your secret or public key, and \
                              what is wrong with the token. Nothing leaves your browser.",
                social_title: "Authpick token inspector",
                social_description: "Decode, verify and audit a JWT. Nothing leaves your \
                                     browser.",
                stylesheets: &["style/inspector.css"],
                body_class: Some("inspector-app"),
                noscript: "The inspector runs in your browser and needs JavaScript and \
                           WebAssembly. Nothing you paste is ever sent anywhere.",
                crypto_worker: true,
            },
            Page::Tools => Shell {
                description: "Compare two JWTs claim by claim, read a token's status list, \
                              and check a token's certificate chain against your trust anchor, \
                              in your browser. Nothing leaves your browser.",
                social_title: "Authpick: compare two tokens",
                social_description: "Two JWTs side by side, claim by claim. Nothing leaves your \
                                     browser.",
                stylesheets: &["style/tools.css"],
                body_class: None,
                noscript: "The token tools run in your browser and need JavaScript and \
                           WebAssembly. Nothing you paste is ever sent anywhere.",
                crypto_worker: true,
            },
        }
    }

    /// The most a first visit that starts on this page may download (`cargo xtask sizes`
    /// measures it).
    pub fn budget(self) -> Budget {
        match self {
            Page::Guide | Page::Inspector | Page::Tools => Budget {
                gzip_kb: 250,
                brotli_kb: 200,
            },
            Page::Reference => Budget {
                gzip_kb: 200,
                brotli_kb: 160,
            },
        }
    }

    /// The page's first route: the title its shell carries.
    pub fn first_route(self) -> &'static Route {
        ROUTES.iter().find(|r| r.page == self).unwrap_or(&ROUTES[0])
    }
}

/// What a page's shell says about it: for search engines, for links shared on social sites,
/// and for browsers without JavaScript.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Shell {
    /// The `<meta name="description">` search engines show under the page's link.
    pub description: &'static str,
    /// The `og:title` a social site shows on a shared link.
    pub social_title: &'static str,
    /// The `og:description` a social site shows on a shared link.
    pub social_description: &'static str,
    /// Stylesheets besides `style/main.css`.
    pub stylesheets: &'static [&'static str],
    /// A class for the shell's `<body>`, besides its `data-page`; `None` for no class.
    pub body_class: Option<&'static str>,
    /// Said when JavaScript is off.
    pub noscript: &'static str,
    /// Whether the page starts the crypto worker (`authpick-worker`). The inspector's build
    /// makes it; another page that starts it names the same files.
    pub crypto_worker: bool,
}

/// The most a download may weigh, compressed as a host serves it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Budget {
    /// The limit in kilobytes when the host compresses with gzip.
    pub gzip_kb: u32,
    /// The limit in kilobytes when the host compresses with Brotli, which packs tighter.
    pub brotli_kb: u32,
}

/// The most the inspector's crypto worker may weigh; every visit to the inspector downloads
/// it once the page is idle.
pub const CRYPTO_WORKER_BUDGET: Budget = Budget {
    gzip_kb: 400,
    brotli_kb: 320,
};

/// A path of the app.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Route {
    /// The path under the site's base: "/", "/guide", "/inspector/". The inspector is a page of
    /// its own, a folder on a static host, so its path ends in a slash.
    pub path: &'static str,
    /// The page (the WebAssembly module) that serves this path.
    pub page: Page,
    /// The link's text in the main navigation; `None` for the start page (the brand links it)
    /// and for pages other pages link to.
    pub nav: Option<&'static str>,
    /// The document's title on this route, in the built page and in the running app.
    pub title: &'static str,
}

/// The title of a page that does not exist.
pub const NOT_FOUND_TITLE: &str = "Page not found · Authpick";

impl Route {
    /// The path without its slashes: "guide", "inspector", "" for the start page.
    pub fn segment(&self) -> &'static str {
        self.path.trim_matches('/')
    }
}

/// The start page, served by the guide's app; the brand links it, not the navigation.
pub const HOME: Route = Route {
    path: "/",
    page: Page::Guide,
    nav: None,
    title: "Authpick: sessions, JWTs, or both?",
};
/// The decision guide's questions and its recommendation.
pub const GUIDE: Route = Route {
    path: "/guide",
    page: Page::Guide,
    nav: Some("Guide"),
    title: "Guide · Authpick",
};
/// The cost calculator: what each approach costs at the reader's scale.
pub const COSTS: Route = Route {
    path: "/costs",
    page: Page::Reference,
    nav: Some("Costs"),
    title: "Costs of each approach · Authpick",
};
/// The revocation windows: how long a stolen credential stays usable with each approach.
pub const REVOCATION: Route = Route {
    path: "/revocation",
    page: Page::Reference,
    nav: Some("Revocation"),
    title: "Revocation windows · Authpick",
};
/// The glossary, whose entries other pages link to by `#term-<id>`.
pub const GLOSSARY: Route = Route {
    path: "/glossary",
    page: Page::Reference,
    nav: Some("Glossary"),
    title: "Glossary · Authpick",
};
/// The token inspector, a page of its own.
pub const INSPECTOR: Route = Route {
    path: "/inspector/",
    page: Page::Inspector,
    nav: Some("Token inspector"),
    title: "Token inspector · Authpick",
};

/// Two tokens compared claim by claim, without a key: the token tools' page. The inspector links
/// to it; it is not in the main navigation.
pub const TOKEN_COMPARE: Route = Route {
    path: "/compare-tokens",
    page: Page::Tools,
    nav: None,
    title: "Compare two tokens · Authpick",
};

/// A token's status in a Token Status List, read from a list the user fetched: the token
/// tools' page. The inspector and the comparison link to it.
pub const TOKEN_STATUS: Route = Route {
    path: "/token-status",
    page: Page::Tools,
    nav: None,
    title: "Check a token's status · Authpick",
};

/// A certificate chain (a token's `x5c`, or pasted) checked against the user's trust anchor:
/// the token tools' page, which starts the crypto worker for it. The inspector links to it.
pub const TOKEN_CHAIN: Route = Route {
    path: "/token-chain",
    page: Page::Tools,
    nav: None,
    title: "Check a certificate chain · Authpick",
};

/// A test kit for the user's own verifier, signed in the crypto worker: the token tools' page.
/// The inspector links to it.
pub const TOKEN_KIT: Route = Route {
    path: "/token-kit",
    page: Page::Tools,
    nav: None,
    title: "Test your verifier · Authpick",
};

/// Every route, in the order of the main navigation.
pub const ROUTES: [Route; 10] = [
    HOME,
    GUIDE,
    COSTS,
    REVOCATION,
    GLOSSARY,
    INSPECTOR,
    TOKEN_COMPARE,
    TOKEN_STATUS,
    TOKEN_CHAIN,
    TOKEN_KIT,
];

/// The route a path names (under the site's base), with or without a trailing slash, and with
/// any query or fragment ignored.
pub fn route_for(path: &str) -> Option<&'static Route> {
    let path = path.split(['?', '#']).next().unwrap_or_default();
    let segment = path.trim_matches('/');
    ROUTES.iter().find(|r| r.segment() == segment)
}

/// One directive of the Content-Security-Policy.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Directive {
    /// The directive's name: `default-src`, `frame-ancestors`.
    pub name: &'static str,
    /// Its sources or keyword, as written after the name: `'self' data:`.
    pub value: &'static str,
    /// Browsers ignore (and warn about) this directive in a `<meta>` tag: header only.
    pub header_only: bool,
}

const fn directive(name: &'static str, value: &'static str) -> Directive {
    Directive {
        name,
        value,
        header_only: false,
    }
}

/// Only the app's own files may load. `'wasm-unsafe-eval'` lets the WebAssembly modules
/// compile; there is no inline script (the loader is `public/boot.js`), so none is allowed.
pub const CSP: [Directive; 10] = [
    directive("default-src", "'self'"),
    directive("script-src", "'self' 'wasm-unsafe-eval'"),
    directive("style-src", "'self'"),
    directive("img-src", "'self' data:"),
    directive("font-src", "'self'"),
    directive("connect-src", "'self'"),
    directive("object-src", "'none'"),
    directive("base-uri", "'self'"),
    directive("form-action", "'none'"),
    Directive {
        name: "frame-ancestors",
        value: "'none'",
        header_only: true,
    },
];

fn policy(header: bool) -> String {
    CSP.iter()
        .filter(|d| header || !d.header_only)
        .map(|d| format!("{} {}", d.name, d.value))
        .collect::<Vec<_>>()
        .join("; ")
}

/// The policy as the `Content-Security-Policy` header sends it.
pub fn csp_header() -> String {
    policy(true)
}

/// The policy as each page's `<meta http-equiv>` tag carries it, for hosts that send no
/// headers.
pub fn csp_meta() -> String {
    policy(false)
}

/// The headers every response should carry besides the CSP.
pub const OTHER_HEADERS: [(&str, &str); 4] = [
    ("Referrer-Policy", "no-referrer"),
    ("X-Content-Type-Options", "nosniff"),
    ("Cross-Origin-Opener-Policy", "same-origin"),
    (
        "Permissions-Policy",
        "camera=(), microphone=(), geolocation=(), payment=()",
    ),
];

/// Sent only over HTTPS (a browser ignores it on plain HTTP, and the preview server has none).
pub const HTTPS_ONLY_HEADERS: [(&str, &str); 1] = [(
    "Strict-Transport-Security",
    "max-age=31536000; includeSubDomains",
)];

/// Every security header a plain-HTTP host sends, the CSP first.
pub fn security_headers() -> Vec<(&'static str, String)> {
    std::iter::once(("Content-Security-Policy", csp_header()))
        .chain(OTHER_HEADERS.iter().map(|(n, v)| (*n, v.to_string())))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_page_has_a_route_a_binary_and_a_shell_without_markup() {
        for page in Page::ALL {
            assert_eq!(page.first_route().page, page);
            let s = page.shell();
            for text in [
                s.description,
                s.social_title,
                s.social_description,
                s.noscript,
            ] {
                assert!(
                    !text.is_empty() && !text.contains(['<', '"', '&']),
                    "{text}"
                );
                assert!(!text.contains("  "), "no doubled spaces: {text}");
            }
            assert!(page.budget().brotli_kb < page.budget().gzip_kb);
        }
        assert_eq!(Page::Guide.binary(), "authpick");
    }

    #[test]
    fn every_route_has_its_own_title() {
        let mut titles: Vec<&str> = ROUTES.iter().map(|r| r.title).collect();
        titles.push(NOT_FOUND_TITLE);
        let n = titles.len();
        titles.sort_unstable();
        titles.dedup();
        assert_eq!(titles.len(), n, "titles repeat");
        assert!(titles
            .iter()
            .all(|t| t.contains("Authpick") && !t.contains('<')));
    }

    #[test]
    fn paths_find_their_route_with_or_without_the_trailing_slash() {
        for (path, route) in [
            ("/", HOME),
            ("", HOME),
            ("/guide", GUIDE),
            ("/guide/", GUIDE),
            ("/costs?rpd=5", COSTS),
            ("/inspector", INSPECTOR),
            ("/inspector/", INSPECTOR),
            ("/glossary#term-jwt", GLOSSARY),
        ] {
            assert_eq!(route_for(path), Some(&route), "{path}");
        }
        assert_eq!(route_for("/nowhere"), None);
        assert_eq!(route_for("/guide/extra"), None);
    }

    #[test]
    fn routes_are_distinct_and_only_the_start_page_and_the_token_tools_are_off_the_navigation() {
        for (i, a) in ROUTES.iter().enumerate() {
            assert!(a.path.starts_with('/'), "{}", a.path);
            assert!(!a.segment().contains('/'), "one segment: {}", a.path);
            for b in &ROUTES[i + 1..] {
                assert_ne!(a.segment(), b.segment());
            }
            assert_eq!(a.nav.is_none(), *a == HOME || a.page == Page::Tools);
        }
        // A page of its own is a folder, so its path ends in a slash.
        for r in ROUTES.iter().filter(|r| r.page == Page::Inspector) {
            assert!(r.path.ends_with('/'), "{}", r.path);
        }
    }

    #[test]
    fn the_meta_policy_leaves_out_what_only_a_header_can_carry() {
        assert!(csp_header().ends_with("; frame-ancestors 'none'"));
        assert!(!csp_meta().contains("frame-ancestors"));
        assert!(csp_meta().starts_with("default-src 'self'; script-src 'self' 'wasm-unsafe-eval'"));
        assert!(
            !csp_header().contains("unsafe-inline"),
            "no inline script, ever"
        );
        let headers = security_headers();
        assert_eq!(headers[0], ("Content-Security-Policy", csp_header()));
        assert_eq!(headers.len(), 1 + OTHER_HEADERS.len());
    }
}
