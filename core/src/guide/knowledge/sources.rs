//! The documents the guide cites. Primary sources (RFCs, OWASP) come first; the four source
//! articles the product grew out of come last and are cited only for figures and the decision
//! skeleton they agree on.

use crate::guide::model::Source;

pub static SOURCES: &[Source] = &[
    Source {
        id: "rfc6265bis",
        cite: "RFC 6265bis",
        title: "Cookies: HTTP State Management Mechanism (draft-ietf-httpbis-rfc6265bis)",
        url: "https://datatracker.ietf.org/doc/draft-ietf-httpbis-rfc6265bis/",
    },
    Source {
        id: "rfc7519",
        cite: "RFC 7519",
        title: "JSON Web Token (JWT)",
        url: "https://www.rfc-editor.org/rfc/rfc7519",
    },
    Source {
        id: "rfc7515",
        cite: "RFC 7515",
        title: "JSON Web Signature (JWS)",
        url: "https://www.rfc-editor.org/rfc/rfc7515",
    },
    Source {
        id: "rfc7517",
        cite: "RFC 7517",
        title: "JSON Web Key (JWK)",
        url: "https://www.rfc-editor.org/rfc/rfc7517",
    },
    Source {
        id: "rfc7518",
        cite: "RFC 7518 §3.2",
        title: "JSON Web Algorithms (JWA): HMAC with SHA-2",
        url: "https://www.rfc-editor.org/rfc/rfc7518#section-3.2",
    },
    Source {
        id: "rfc8725",
        cite: "RFC 8725",
        title: "JSON Web Token Best Current Practices",
        url: "https://www.rfc-editor.org/rfc/rfc8725",
    },
    Source {
        id: "rfc9068",
        cite: "RFC 9068",
        title: "JWT Profile for OAuth 2.0 Access Tokens",
        url: "https://www.rfc-editor.org/rfc/rfc9068",
    },
    Source {
        id: "rfc9700",
        cite: "RFC 9700",
        title: "Best Current Practice for OAuth 2.0 Security",
        url: "https://www.rfc-editor.org/rfc/rfc9700",
    },
    Source {
        id: "browser-bcp",
        cite: "OAuth for Browser-Based Apps BCP",
        title: "OAuth 2.0 for Browser-Based Applications (draft-ietf-oauth-browser-based-apps)",
        url: "https://datatracker.ietf.org/doc/draft-ietf-oauth-browser-based-apps/",
    },
    Source {
        id: "rfc8252",
        cite: "RFC 8252",
        title: "OAuth 2.0 for Native Apps",
        url: "https://www.rfc-editor.org/rfc/rfc8252",
    },
    Source {
        id: "rfc9449",
        cite: "RFC 9449",
        title: "OAuth 2.0 Demonstrating Proof of Possession (DPoP)",
        url: "https://www.rfc-editor.org/rfc/rfc9449",
    },
    Source {
        id: "rfc8705",
        cite: "RFC 8705",
        title: "OAuth 2.0 Mutual-TLS Client Authentication and Certificate-Bound Access Tokens",
        url: "https://www.rfc-editor.org/rfc/rfc8705",
    },
    Source {
        id: "rfc9864",
        cite: "RFC 9864",
        title: "Fully-Specified Algorithms for JOSE and COSE",
        url: "https://www.rfc-editor.org/rfc/rfc9864",
    },
    Source {
        id: "oidc-core",
        cite: "OpenID Connect Core 1.0 §3.1.3.7",
        title: "OpenID Connect Core 1.0: ID Token Validation",
        url: "https://openid.net/specs/openid-connect-core-1_0.html#IDTokenValidation",
    },
    Source {
        id: "owasp-session",
        cite: "OWASP Session Management Cheat Sheet",
        title: "OWASP Cheat Sheet Series: Session Management",
        url: "https://cheatsheetseries.owasp.org/cheatsheets/Session_Management_Cheat_Sheet.html",
    },
    Source {
        id: "owasp-jwt",
        cite: "OWASP JWT Cheat Sheet (2026)",
        title: "OWASP Cheat Sheet Series: JSON Web Token",
        url: "https://cheatsheetseries.owasp.org/cheatsheets/JSON_Web_Token_for_Java_Cheat_Sheet.html",
    },
    Source {
        id: "owasp-csrf",
        cite: "OWASP CSRF Prevention Cheat Sheet",
        title: "OWASP Cheat Sheet Series: Cross-Site Request Forgery Prevention",
        url: "https://cheatsheetseries.owasp.org/cheatsheets/Cross-Site_Request_Forgery_Prevention_Cheat_Sheet.html",
    },
    Source {
        id: "owasp-html5",
        cite: "OWASP HTML5 Security Cheat Sheet",
        title: "OWASP Cheat Sheet Series: HTML5 Security (Local Storage)",
        url: "https://cheatsheetseries.owasp.org/cheatsheets/HTML5_Security_Cheat_Sheet.html",
    },
    Source {
        id: "asvs5",
        cite: "OWASP ASVS 5.0",
        title: "OWASP Application Security Verification Standard 5.0",
        url: "https://owasp.org/www-project-application-security-verification-standard/",
    },
    Source {
        id: "cwe384",
        cite: "CWE-384",
        title: "CWE-384: Session Fixation",
        url: "https://cwe.mitre.org/data/definitions/384.html",
    },
    Source {
        id: "clear-site-data",
        cite: "Clear-Site-Data (W3C)",
        title: "W3C Clear Site Data",
        url: "https://www.w3.org/TR/clear-site-data/",
    },
    Source {
        id: "spiffe-jwt-svid",
        cite: "SPIFFE JWT-SVID",
        title: "SPIFFE standard: the JWT SPIFFE Verifiable Identity Document",
        url: "https://github.com/spiffe/spiffe/blob/main/standards/JWT-SVID.md",
    },
    Source {
        id: "owasp-rest",
        cite: "OWASP REST Security Cheat Sheet",
        title: "OWASP Cheat Sheet Series: REST Security (API keys)",
        url: "https://cheatsheetseries.owasp.org/cheatsheets/REST_Security_Cheat_Sheet.html",
    },
    Source {
        id: "redis-latency",
        cite: "Redis latency documentation",
        title: "Redis: diagnosing latency issues",
        url: "https://redis.io/docs/latest/operate/oss_and_stack/management/optimization/latency/",
    },
    Source {
        id: "openssl-speed",
        cite: "OpenSSL 3.0 `speed`, one core",
        title: "Signature verification timings measured with OpenSSL 3.0 `openssl speed` on one \
                core, as recorded in the project's knowledge digest",
        url: "",
    },
    Source {
        id: "measured-postgres",
        cite: "Measured: PostgreSQL primary-key lookup",
        title: "A PostgreSQL primary-key lookup measured at about 0.14 ms on loopback, as recorded \
                in the project's knowledge digest",
        url: "",
    },
    Source {
        id: "estimate",
        cite: "Authpick estimate",
        title: "A round figure with no published source: replace it with your own",
        url: "",
    },
    Source {
        id: "article-which-2026",
        cite: "Source article: \"JWT vs session auth: which to pick in 2026\"",
        title: "JWT vs session auth: which to pick in 2026 (blog post)",
        url: "",
    },
    Source {
        id: "article-rajpoot",
        cite: "Source article: JWT vs session, a working comparison (rajpoot.dev)",
        title: "JWT vs session authentication: the working comparison (rajpoot.dev)",
        url: "https://rajpoot.dev",
    },
    Source {
        id: "article-framework",
        cite: "Source article: a decision framework for JWT vs session auth",
        title: "JWT vs session auth: the decision framework (blog post)",
        url: "",
    },
    Source {
        id: "article-roushan",
        cite: "Source article: JWT vs Session Auth (S. Roushan, 2026)",
        title: "JWT vs Session Auth: Which Should You Use? (Suhail Roushan, May 2026)",
        url: "https://suhailroushan.com/blog",
    },
];
