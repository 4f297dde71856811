//! The implementation checklist: what to get right once an approach is chosen, each item with
//! the source that backs it. Items appear only when the recommendation needs them.

use crate::guide::model::{ChecklistItem, Needs};

/// Approaches in which the browser ends up holding a session cookie.
const COOKIE: &[&str] = &["session", "bff", "hybrid", "provider"];
/// Approaches that issue or accept JWTs.
const JWT: &[&str] = &["access-refresh", "hybrid", "provider", "service-jwt"];
/// Approaches that keep a refresh token.
const REFRESH: &[&str] = &["access-refresh", "hybrid", "bff"];

pub static CHECKLIST: &[ChecklistItem] = &[
    ChecklistItem {
        id: "library",
        topic: "Foundations",
        text: "Use a maintained library or provider for your stack (see the list below); do not \
               write session handling, token signing or password storage yourself.",
        needs: Needs::Always,
        sources: &["article-which-2026", "asvs5"],
    },
    ChecklistItem {
        id: "passkeys",
        topic: "Foundations",
        text: "Choose how people prove who they are (passwords, passkeys, social login) \
               separately: passkeys are a sign-in method and work with every approach here.",
        needs: Needs::Always,
        sources: &["article-rajpoot"],
    },
    ChecklistItem {
        id: "cookie-attributes",
        topic: "Cookie attributes",
        text: "Name the session cookie with the __Host- prefix and set Secure, HttpOnly, \
               SameSite=Lax (or Strict), Path=/ and no Domain attribute.",
        needs: Needs::On("web", COOKIE),
        sources: &["rfc6265bis", "owasp-session"],
    },
    ChecklistItem {
        id: "session-id",
        topic: "Cookie attributes",
        text: "Generate session IDs from a cryptographically secure random source with at least \
               128 bits of entropy, and keep nothing else in the cookie.",
        needs: Needs::On("web", COOKIE),
        sources: &["asvs5", "owasp-session"],
    },
    ChecklistItem {
        id: "fixation",
        topic: "Cookie attributes",
        text: "Issue a new session ID at login and at every privilege change, and drop the old \
               one (session fixation).",
        needs: Needs::On("web", COOKIE),
        sources: &["cwe384", "owasp-session"],
    },
    ChecklistItem {
        id: "csrf",
        topic: "CSRF defence",
        text: "Turn on your framework's CSRF protection (a synchronizer token for stateful apps, \
               a signed double-submit cookie for stateless ones), reject cross-site requests by \
               Sec-Fetch-Site, and require a custom header on API calls. SameSite is defence in \
               depth, not the defence.",
        needs: Needs::On("web", COOKIE),
        sources: &["owasp-csrf"],
    },
    ChecklistItem {
        id: "xss",
        topic: "CSRF defence",
        text: "Treat cross-site scripting as fatal: an XSS bug defeats every CSRF defence and \
               can act as the user. Set a strict Content-Security-Policy.",
        needs: Needs::AnyOf(&["session", "bff", "hybrid", "access-refresh", "provider"]),
        sources: &["owasp-csrf", "owasp-html5"],
    },
    ChecklistItem {
        id: "session-timeouts",
        topic: "Lifetimes",
        text: "Expire sessions on the server: an idle timeout of 15 to 30 minutes for ordinary \
               apps (2 to 5 for high-value ones) and an absolute limit such as 4 to 8 hours.",
        needs: Needs::AnyOf(&["session", "bff", "hybrid"]),
        sources: &["owasp-session", "asvs5"],
    },
    ChecklistItem {
        id: "access-lifetime",
        topic: "Lifetimes",
        text: "Keep access tokens short: 5 to 15 minutes, with `exp` always set and checked with \
               at most a few minutes of leeway.",
        needs: Needs::AnyOf(&["access-refresh", "hybrid", "bff"]),
        sources: &["rfc7519", "browser-bcp", "article-framework"],
    },
    ChecklistItem {
        id: "refresh-rotation",
        topic: "Refresh tokens",
        text: "Rotate the refresh token on every use and detect reuse: if an old refresh token \
               comes back, revoke the whole family. Never extend a refresh token's lifetime on \
               rotation.",
        needs: Needs::AnyOf(REFRESH),
        sources: &["rfc9700", "browser-bcp"],
    },
    ChecklistItem {
        id: "refresh-opaque",
        topic: "Refresh tokens",
        text: "Store refresh tokens server-side (as a hash), bound to the client they were \
               issued to, so that revoking one is a single update.",
        needs: Needs::AnyOf(REFRESH),
        sources: &["rfc9700"],
    },
    ChecklistItem {
        id: "alg-pinning",
        topic: "Algorithms",
        text: "Pin the accepted algorithm per key on the verifier; never accept `none` in any \
               spelling and never let one key serve both HMAC and public-key algorithms.",
        needs: Needs::AnyOf(JWT),
        sources: &["rfc8725", "owasp-jwt"],
    },
    ChecklistItem {
        id: "alg-choice",
        topic: "Algorithms",
        text: "Prefer EdDSA (Ed25519), ES256 or PS256 for signatures; if you use HS256, the \
               secret must be random and at least 256 bits, never a password.",
        needs: Needs::AnyOf(JWT),
        sources: &["owasp-jwt", "rfc7518", "rfc9864"],
    },
    ChecklistItem {
        id: "claims",
        topic: "Algorithms",
        text: "Validate `iss`, `aud`, `exp` and `nbf` on every token, require an explicit `typ` \
               (`at+jwt` for access tokens) and keep the rules for different kinds of token \
               mutually exclusive.",
        needs: Needs::AnyOf(JWT),
        sources: &["rfc8725", "rfc9068"],
    },
    ChecklistItem {
        id: "no-pii",
        topic: "Algorithms",
        text: "Keep personal data out of token claims: a JWT is signed, not encrypted, and \
               anyone holding it can read it.",
        needs: Needs::AnyOf(JWT),
        sources: &["owasp-jwt", "article-rajpoot"],
    },
    ChecklistItem {
        id: "key-rotation",
        topic: "Key rotation",
        text: "Publish verification keys as a JWKS with a `kid` per key, rotate signing keys on a \
               schedule with an overlap, and never take key material or key locations from the \
               token itself (`jwk`, `jku`, `x5u`, `x5c`).",
        needs: Needs::AnyOf(&["access-refresh", "hybrid", "service-jwt"]),
        sources: &["rfc8725", "owasp-jwt"],
    },
    ChecklistItem {
        id: "storage-web-tokens",
        topic: "Token storage",
        text: "In the browser, keep the access token in memory only and the refresh token in an \
               HttpOnly, Secure, SameSite cookie scoped to the refresh endpoint; never in \
               localStorage or sessionStorage.",
        needs: Needs::On("web", &["access-refresh"]),
        sources: &["owasp-html5", "browser-bcp", "owasp-jwt"],
    },
    ChecklistItem {
        id: "storage-bff",
        topic: "Token storage",
        text: "The backend-for-frontend keeps access and refresh tokens server-side and proxies \
               API calls; the browser only ever receives the session cookie.",
        needs: Needs::On("web", &["bff"]),
        sources: &["browser-bcp"],
    },
    ChecklistItem {
        id: "storage-mobile",
        topic: "Token storage",
        text: "On mobile, keep refresh tokens in the Keychain (iOS) or Keystore-backed storage \
               (Android), sign in through the system browser with PKCE, and keep access tokens in \
               memory.",
        needs: Needs::On("mobile", &["access-refresh", "hybrid", "provider"]),
        sources: &["rfc8252", "article-framework"],
    },
    ChecklistItem {
        id: "sender-constraint",
        topic: "Token storage",
        text: "Where a stolen token would be costly, bind tokens to the client with DPoP or \
               mutual TLS so that a copied token is useless on its own.",
        needs: Needs::AnyOf(&["access-refresh", "hybrid"]),
        sources: &["rfc9449", "rfc8705"],
    },
    ChecklistItem {
        id: "logout-session",
        topic: "Logout and revocation",
        text: "On logout, delete the session record on the server (not only the cookie) and send \
               Clear-Site-Data; offer \"log out everywhere\" by deleting all of a user's \
               sessions.",
        needs: Needs::AnyOf(&["session", "bff", "hybrid"]),
        sources: &["owasp-session", "clear-site-data"],
    },
    ChecklistItem {
        id: "logout-tokens",
        topic: "Logout and revocation",
        text: "On logout or ban, revoke the refresh token family; if access tokens must die \
               before `exp`, keep a denylist keyed on (`jti`, `iss`), never on the token bytes, \
               and at that point weigh moving to sessions.",
        needs: Needs::AnyOf(&["access-refresh", "hybrid"]),
        sources: &["owasp-jwt", "rfc8725"],
    },
    ChecklistItem {
        id: "provider-own-session",
        topic: "Provider integration",
        text: "Validate the provider's ID token (signature, `iss`, `aud`, `exp`, `nonce`), then \
               create your own session or tokens; do not use the ID token as an API access \
               token.",
        needs: Needs::AnyOf(&["provider"]),
        sources: &["oidc-core", "rfc8725"],
    },
    ChecklistItem {
        id: "provider-exit",
        topic: "Provider integration",
        text: "Keep an exit plan: use standard OIDC, keep your own user IDs, and check that you \
               can export users and password hashes.",
        needs: Needs::AnyOf(&["provider"]),
        sources: &["oidc-core"],
    },
    ChecklistItem {
        id: "service-jwt-shape",
        topic: "Service credentials",
        text: "Give each service its own signing key; issue tokens with a single `aud`, a \
               lifetime of a few minutes and a `jti`; the receiving service checks all three.",
        needs: Needs::On("services", &["service-jwt"]),
        sources: &["spiffe-jwt-svid", "rfc8725"],
    },
    ChecklistItem {
        id: "mtls-mesh",
        topic: "Service credentials",
        text: "Issue and rotate workload certificates automatically (a service mesh or \
               SPIFFE/SPIRE) and authorise by workload identity, not by network location.",
        needs: Needs::On("services", &["mtls"]),
        sources: &["rfc8705", "spiffe-jwt-svid"],
    },
    ChecklistItem {
        id: "api-key-handling",
        topic: "Service credentials",
        text: "Generate keys with at least 128 bits of randomness, store only a hash, scope each \
               key, allow two active keys per client for rotation, and log the key's ID, never \
               the key.",
        needs: Needs::AnyOf(&["api-keys"]),
        sources: &["owasp-rest", "asvs5"],
    },
];
