//! The implementation checklist: what to get right once an approach is chosen, each item with
//! the sources that back it. Items appear only when the recommendation needs them and, for
//! some, when the answers do (timeouts follow what is at stake, ID-token checks follow single
//! sign-on).

use super::questions::HAS_PEOPLE;
use crate::guide::model::{ChecklistItem, Cond, Needs};

/// Approaches in which the browser ends up holding a session cookie. The hybrid is not one:
/// its access token travels in a header.
const COOKIE: &[&str] = &["session", "bff", "provider"];
/// Approaches that keep a session record on the server.
const STATEFUL: &[&str] = &["session", "bff", "hybrid", "provider"];
/// Approaches that sign people in.
const USER: &[&str] = &["session", "bff", "access-refresh", "hybrid", "provider"];
/// Approaches in which page scripts hold tokens.
const BROWSER_TOKENS: &[&str] = &["access-refresh", "hybrid"];
/// Approaches that issue or accept JWTs.
const JWT: &[&str] = &[
    "access-refresh",
    "hybrid",
    "bff",
    "client-credentials",
    "oauth-delegated",
    "service-jwt",
];
/// Approaches whose tokens you sign yourselves.
const ISSUING: &[&str] = &[
    "access-refresh",
    "hybrid",
    "client-credentials",
    "oauth-delegated",
    "service-jwt",
];
/// Approaches that use short-lived OAuth access tokens.
const ACCESS: &[&str] = &[
    "access-refresh",
    "hybrid",
    "bff",
    "client-credentials",
    "oauth-delegated",
];
/// Approaches that keep a refresh token.
const REFRESH: &[&str] = &["access-refresh", "hybrid", "bff", "oauth-delegated"];
/// Approaches whose refresh token sits with a public client (a browser or native app).
const PUBLIC_REFRESH: &[&str] = &["access-refresh", "hybrid", "oauth-delegated"];

pub static CHECKLIST: &[ChecklistItem] = &[
    ChecklistItem {
        id: "library",
        topic: "Foundations",
        text: "Use a maintained library or identity provider for your stack (see the list \
               below, with the lowest safe version of each); do not write session handling, \
               token signing or password storage yourself.",
        needs: Needs::Always,
        when: Cond::Always,
        sources: &["article-which-2026"],
    },
    ChecklistItem {
        id: "passkeys",
        topic: "Sign-in",
        text: "Offer a phishing-resistant way to sign in, such as passkeys (WebAuthn): NIST \
               SP 800-63B-4 requires one at assurance level 2. Passkeys are a sign-in method \
               and work with every approach here.",
        needs: Needs::AnyOf(USER),
        when: HAS_PEOPLE,
        sources: &["webauthn3", "nist-aal2-phishing"],
    },
    ChecklistItem {
        id: "aal3-authenticators",
        topic: "Sign-in",
        text: "At assurance level 3, use device-bound passkeys or security keys: synced \
               passkeys are allowed at level 2, not at level 3.",
        needs: Needs::AnyOf(USER),
        when: Cond::All(&[HAS_PEOPLE, Cond::Picked("stake", "high")]),
        sources: &["nist-syncable", "nist-aal3"],
    },
    ChecklistItem {
        id: "reauth-sensitive",
        topic: "Sign-in",
        text: "Ask for a full sign-in again before someone changes their email, phone, \
               second factor or recovery details, and offer to end their other sessions \
               afterwards.",
        needs: Needs::AnyOf(USER),
        when: HAS_PEOPLE,
        sources: &["asvs-7-5", "asvs-7-4"],
    },
    ChecklistItem {
        id: "id-token-checks",
        topic: "Sign-in",
        text: "Validate every ID token you receive (signature, an exact `iss`, `aud` equal \
               to your client ID, `exp`, `nonce`), identify people by `iss` and `sub`, then \
               create your own session or tokens; never use an ID token as an API access \
               token.",
        needs: Needs::Always,
        when: Cond::Any(&[
            Cond::PickedAny("signin", &["social", "enterprise"]),
            Cond::Picked("domains", "several"),
            Cond::Picked("run", "provider"),
        ]),
        sources: &["oidc-validation", "asvs-10-5"],
    },
    ChecklistItem {
        id: "sso-domains",
        topic: "Sign-in",
        text: "For one login across unrelated domains, have every site sign in through one \
               identity provider (hosted or your own) with OpenID Connect, and let each site \
               keep its own session. Silent sign-in through hidden iframes breaks where \
               third-party cookies are blocked: use a top-level redirect, or FedCM where the \
               browser has it. Sites under a public suffix (github.io, vercel.app) are \
               unrelated sites too.",
        needs: Needs::Always,
        when: Cond::Picked("domains", "several"),
        sources: &["oidc-auth", "fedcm", "psl"],
    },
    ChecklistItem {
        id: "cookie-attributes",
        topic: "Cookie attributes",
        text: "Name the session cookie with the `__Host-` prefix (for a backend-for-\
               frontend, `__Host-Http-`, which also forbids scripts from setting it) and set \
               Secure, HttpOnly, SameSite=Strict (Lax if people follow links from other \
               sites and must arrive signed in), Path=/ and no Domain. `__Host-` keeps the \
               cookie on one host: your subdomains do not receive it.",
        needs: Needs::On("web", COOKIE),
        when: Cond::Always,
        sources: &[
            "rfc6265bis-prefixes",
            "layered-cookies",
            "rfc10017-bff-cookies",
            "asvs-3-3",
        ],
    },
    ChecklistItem {
        id: "cookie-lifetime",
        topic: "Cookie attributes",
        text: "Let the server-side session decide how long someone stays signed in: browsers \
               cap a cookie's lifetime at 400 days, so a longer \"remember me\" must be re-\
               issued.",
        needs: Needs::On("web", COOKIE),
        when: Cond::Always,
        sources: &["rfc6265bis-lifetime"],
    },
    ChecklistItem {
        id: "session-id",
        topic: "Cookie attributes",
        text: "Generate session IDs from a cryptographically secure random source with at \
               least 128 bits of entropy, and keep nothing else in the cookie.",
        needs: Needs::AnyOf(STATEFUL),
        when: Cond::Always,
        sources: &["asvs-7-2", "asvs-11-5"],
    },
    ChecklistItem {
        id: "fixation",
        topic: "Cookie attributes",
        text: "Issue a new session ID at every sign-in and privilege change, and drop the \
               old one (session fixation).",
        needs: Needs::AnyOf(STATEFUL),
        when: Cond::Always,
        sources: &["asvs-7-2", "cwe384"],
    },
    ChecklistItem {
        id: "csrf",
        topic: "CSRF defence",
        text: "Turn on your framework's CSRF protection (a synchronizer token for stateful \
               apps), reject cross-site state-changing requests by Sec-Fetch-Site (Go 1.25's \
               CrossOriginProtection does this), and have API calls send a custom header, \
               which makes the browser ask CORS first. SameSite is defence in depth, not the \
               defence.",
        needs: Needs::On("web", COOKIE),
        when: Cond::Always,
        sources: &[
            "owasp-csrf-token",
            "owasp-csrf-fetch",
            "owasp-csrf-header",
            "rfc10017-bff-csrf",
        ],
    },
    ChecklistItem {
        id: "xss",
        topic: "CSRF defence",
        text: "Treat cross-site scripting as fatal: a script on your page acts as the user \
               whatever the approach, and can read any token page scripts can reach. Set a \
               strict Content-Security-Policy.",
        needs: Needs::Surface("web"),
        when: Cond::Always,
        sources: &["owasp-session-storage", "rfc10017-storage"],
    },
    ChecklistItem {
        id: "dbsc",
        topic: "Cookie attributes",
        text: "For high-value cookie sessions, add Device Bound Session Credentials where \
               the browser supports them (Chrome on Windows since 2026): short-lived cookies \
               renewed with a key that cannot leave the device. Other browsers keep the \
               ordinary cookie.",
        needs: Needs::On("web", COOKIE),
        when: Cond::Any(&[
            Cond::Picked("stake", "high"),
            Cond::Picked("data", "regulated"),
        ]),
        sources: &["dbsc"],
    },
    ChecklistItem {
        id: "timeouts-aal1",
        topic: "Lifetimes",
        text: "Set an absolute limit on how long a sign-in lasts (NIST SP 800-63B-4 at \
               assurance level 1: it SHOULD be at most 30 days) and an idle timeout that \
               fits the app (OWASP's usual figure for low-risk apps is 15 to 30 minutes), \
               enforce both on the server and write down why.",
        needs: Needs::AnyOf(USER),
        when: Cond::All(&[HAS_PEOPLE, Cond::Picked("stake", "low")]),
        sources: &["nist-aal1", "owasp-session-expiry", "asvs-7-1", "asvs-7-3"],
    },
    ChecklistItem {
        id: "timeouts-aal2",
        topic: "Lifetimes",
        text: "Ask people to sign in again at least every 24 hours and after an hour idle \
               (NIST SP 800-63B-4, assurance level 2, both SHOULD), enforce both on the \
               server and write down why.",
        needs: Needs::AnyOf(USER),
        when: Cond::All(&[
            HAS_PEOPLE,
            Cond::Not(&Cond::PickedAny("stake", &["low", "high"])),
        ]),
        sources: &["nist-aal2", "asvs-7-1", "asvs-7-3"],
    },
    ChecklistItem {
        id: "timeouts-aal3",
        topic: "Lifetimes",
        text: "Ask people to sign in again fully at least every 12 hours (NIST SP \
               800-63B-4, assurance level 3, SHALL) and after 15 minutes idle (SHOULD), \
               enforce both on the server and write down why.",
        needs: Needs::AnyOf(USER),
        when: Cond::All(&[HAS_PEOPLE, Cond::Picked("stake", "high")]),
        sources: &["nist-aal3", "asvs-7-1", "asvs-7-3"],
    },
    ChecklistItem {
        id: "access-lifetime",
        topic: "Lifetimes",
        text: "Keep access tokens short: minutes, not hours (RFC 10017's worked example uses \
               10 minutes; 5 to 15 is common practice, no RFC fixes a number), with `exp` \
               always set and checked with at most a few minutes of leeway.",
        needs: Needs::AnyOf(ACCESS),
        when: Cond::Always,
        sources: &["rfc7519-exp", "rfc10017-refresh", "article-framework"],
    },
    ChecklistItem {
        id: "refresh-lifetime",
        topic: "Refresh tokens",
        text: "Give every refresh token a maximum lifetime, tied to the sign-in it came \
               from, that rotation never extends (RFC 10017's example: 8 hours, then sign in \
               again).",
        needs: Needs::AnyOf(REFRESH),
        when: Cond::Always,
        sources: &["rfc10017-refresh", "rfc9700-refresh"],
    },
    ChecklistItem {
        id: "refresh-rotation",
        topic: "Refresh tokens",
        text: "For browser and native apps, either rotate the refresh token on every use and \
               revoke the whole family when an old one comes back (rotation detects a stolen \
               token; it does not shorten its life), or bind it to the app's key with DPoP. \
               A confidential client such as a backend-for-frontend needs neither: its \
               refresh token only works with its own client authentication.",
        needs: Needs::AnyOf(PUBLIC_REFRESH),
        when: Cond::Always,
        sources: &["rfc9700-refresh", "rfc10017-refresh", "rfc9449"],
    },
    ChecklistItem {
        id: "refresh-opaque",
        topic: "Refresh tokens",
        text: "Store refresh tokens at the authorization server (as a hash), bound to the \
               client they were issued to, so that revoking one is a single update.",
        needs: Needs::AnyOf(REFRESH),
        when: Cond::Always,
        sources: &["rfc9700-refresh"],
    },
    ChecklistItem {
        id: "alg-pinning",
        topic: "Algorithms",
        text: "Pin the accepted algorithm per key on the verifier; never accept `none` in \
               any spelling and never let one key serve both HMAC and public-key algorithms.",
        needs: Needs::AnyOf(JWT),
        when: Cond::Always,
        sources: &["rfc8725-alg", "asvs-9-1"],
    },
    ChecklistItem {
        id: "alg-choice",
        topic: "Algorithms",
        text: "Prefer Ed25519 (named `Ed25519` in new headers, not the deprecated `EdDSA`), \
               ES256 or PS256; OWASP no longer recommends RS256. HS256 is a MAC, not a \
               signature: anyone who can check it can forge it, and its secret must be \
               random and at least 256 bits, never a password. ML-DSA keys are post-quantum \
               but make every token kilobytes long.",
        needs: Needs::AnyOf(JWT),
        when: Cond::Always,
        sources: &[
            "owasp-jwt-algorithms",
            "owasp-jwt-mac",
            "rfc7518",
            "rfc9864",
            "rfc9964",
        ],
    },
    ChecklistItem {
        id: "claims",
        topic: "Algorithms",
        text: "Validate `iss`, `aud`, `exp` and `nbf` on every token, require an explicit \
               `typ` (`at+jwt` for access tokens) and keep the rules for different kinds of \
               token mutually exclusive.",
        needs: Needs::AnyOf(JWT),
        when: Cond::Always,
        sources: &[
            "rfc8725-issuer",
            "rfc8725-audience",
            "rfc8725-typing",
            "rfc8725-exclusive",
            "rfc9068-typ",
            "asvs-9-2",
        ],
    },
    ChecklistItem {
        id: "no-pii",
        topic: "Algorithms",
        text: "Keep personal data out of token claims: a JWT is usually signed or MACed, \
               not encrypted, and anyone holding it can read it.",
        needs: Needs::AnyOf(JWT),
        when: Cond::Always,
        sources: &["rfc7519-privacy"],
    },
    ChecklistItem {
        id: "key-rotation",
        topic: "Key rotation",
        text: "Publish verification keys as a JWKS with a `kid` per key, rotate signing keys \
               on a schedule with an overlap, and never take key material or key locations \
               from the token itself (`jwk`, `jku`, `x5u`, `x5c`).",
        needs: Needs::AnyOf(ISSUING),
        when: Cond::Always,
        sources: &["rfc7517", "rfc8725-received", "asvs-9-1"],
    },
    ChecklistItem {
        id: "token-exchange",
        topic: "Key rotation",
        text: "Between your services, exchange the user's token for one scoped to the next \
               service (token exchange with a resource indicator) instead of forwarding one \
               token that every service accepts.",
        needs: Needs::AnyOf(ACCESS),
        when: Cond::Picked("backend", "micro"),
        sources: &["rfc8693", "rfc8707"],
    },
    ChecklistItem {
        id: "storage-web-tokens",
        topic: "Token storage",
        text: "In the browser, keep the access token in memory only and never in \
               localStorage or sessionStorage. Keep the refresh token away from the page's \
               scripts: in a Web Worker that hands out only access tokens, or better, on a \
               token-mediating backend served from the front end's own site, whose session \
               cookie then needs the cookie attributes and CSRF defence of a session. Bind \
               tokens to a non-extractable WebCrypto key with DPoP where your server \
               supports it.",
        needs: Needs::On("web", BROWSER_TOKENS),
        when: Cond::Always,
        sources: &[
            "owasp-session-storage",
            "rfc10017-worker",
            "rfc10017-tmb",
            "rfc9449",
        ],
    },
    ChecklistItem {
        id: "storage-bff",
        topic: "Token storage",
        text: "Make the backend-for-frontend a confidential client: it keeps access and \
               refresh tokens server-side (or encrypted in its own cookie), proxies only to \
               an allowlist of API hosts, and the browser only ever receives the session \
               cookie.",
        needs: Needs::On("web", &["bff"]),
        when: Cond::Always,
        sources: &[
            "rfc10017-bff-client",
            "rfc10017-bff-allowlist",
            "rfc10017-bff-sessions",
        ],
    },
    ChecklistItem {
        id: "storage-mobile",
        topic: "Token storage",
        text: "On mobile, sign in through the system browser (ASWebAuthenticationSession on \
               iOS, Custom Tabs on Android) with PKCE, never an embedded web view; keep \
               refresh tokens or session IDs in the Keychain or Keystore-backed storage and \
               access tokens in memory.",
        needs: Needs::Surface("mobile"),
        when: Cond::Always,
        sources: &[
            "rfc8252-browser",
            "rfc8252-pkce",
            "apple-keychain",
            "android-keystore",
        ],
    },
    ChecklistItem {
        id: "sender-constraint",
        topic: "Token storage",
        text: "Where a stolen token would be costly, bind tokens to the client with DPoP (or \
               mutual TLS between servers) so that a copied token is useless on its own.",
        needs: Needs::AnyOf(PUBLIC_REFRESH),
        when: Cond::Always,
        sources: &["rfc9449", "rfc8705", "rfc9700-sender"],
    },
    ChecklistItem {
        id: "logout-session",
        topic: "Logout and revocation",
        text: "On logout, delete the session record on the server (not only the cookie) and \
               send Clear-Site-Data: \"cookies\"; it clears the cookies of your whole \
               registrable domain, so it also signs people out of sibling apps on other \
               subdomains, and it cannot reach the identity provider's session, so sign out \
               there too. Offer \"log out everywhere\" by deleting all of a user's \
               sessions.",
        needs: Needs::AnyOf(STATEFUL),
        when: Cond::Always,
        sources: &["asvs-7-4", "clear-site-data"],
    },
    ChecklistItem {
        id: "logout-tokens",
        topic: "Logout and revocation",
        text: "On logout or ban, revoke the refresh token family; if access tokens must stop \
               before `exp`, keep a denylist keyed on (`jti`, `iss`), never on the token \
               bytes, and at that point weigh moving to sessions.",
        needs: Needs::AnyOf(&["access-refresh", "hybrid"]),
        when: Cond::Always,
        sources: &["owasp-jwt-denylist", "asvs-7-4"],
    },
    ChecklistItem {
        id: "provider-exit",
        topic: "Identity provider",
        text: "Keep an exit plan: use standard OpenID Connect, keep your own user IDs, and \
               check that you can export users and password hashes.",
        needs: Needs::AnyOf(&["provider"]),
        when: Cond::Always,
        sources: &["oidc-auth"],
    },
    ChecklistItem {
        id: "client-auth",
        topic: "Partner clients",
        text: "Authenticate partners' clients with a signed JWT assertion or mutual TLS \
               rather than a shared secret, and restrict their tokens to your API and the \
               scopes each partner needs.",
        needs: Needs::On("api", &["client-credentials"]),
        when: Cond::Always,
        sources: &["rfc7523", "rfc8705-client-auth", "rfc9700-audience"],
    },
    ChecklistItem {
        id: "delegated-consent",
        topic: "Partner clients",
        text: "Use the authorization code flow with PKCE for every third-party app, show \
               people which app asks for which scope, let them revoke it later, and restrict \
               tokens to your API with resource indicators.",
        needs: Needs::On("delegated", &["oauth-delegated", "provider"]),
        when: Cond::Always,
        sources: &["rfc6749-intro", "rfc8252-pkce", "rfc8707"],
    },
    ChecklistItem {
        id: "service-jwt-shape",
        topic: "Service credentials",
        text: "Give each service its own signing key and accept only the keys registered for \
               it; issue tokens with a single `aud`, a lifetime of a few minutes and the \
               caller's identity in `iss` and `sub`; the receiving service checks all of \
               them. With SPIFFE instead, JWT-SVIDs come from your trust domain's server, \
               use RS, ES or PS only, and rely on a short `exp` rather than `jti` tracking.",
        needs: Needs::On("services", &["service-jwt"]),
        when: Cond::Always,
        sources: &["rfc7523", "rfc8725-audience", "spiffe-jwt-svid"],
    },
    ChecklistItem {
        id: "mtls-mesh",
        topic: "Service credentials",
        text: "Issue and rotate workload certificates automatically (a service mesh or \
               SPIFFE/SPIRE) and authorise by workload identity, not by network location.",
        needs: Needs::On("services", &["mtls"]),
        when: Cond::Always,
        sources: &["spiffe-x509", "asvs-13-2"],
    },
    ChecklistItem {
        id: "api-key-handling",
        topic: "Service credentials",
        text: "Generate keys with at least 128 bits from a secure random source, store only \
               a hash, accept them only in a header (never in a URL), keep them in a secrets \
               manager, scope each key and allow two active keys per client for rotation; \
               log the key's ID, never the key.",
        needs: Needs::AnyOf(&["api-keys"]),
        when: Cond::Always,
        sources: &["asvs-11-5", "asvs-14-2", "asvs-13-3"],
    },
];
