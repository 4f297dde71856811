//! The implementation checklist: what to get right once an approach is chosen, each item with
//! the sources that back it. Items appear only when the recommendation needs them and, for
//! some, when the answers do (timeouts follow what is at stake, ID-token checks follow single
//! sign-on).

use super::levels::{LEVEL_1, LEVEL_2, LEVEL_3};
use super::questions::HAS_PEOPLE;
use crate::guide::model::{ChecklistItem, Cond, Needs};

/// Approaches in which the browser ends up holding a session cookie. The hybrid is not one:
/// its access token travels in a header.
const COOKIE: &[&str] = &["session", "sealed", "bff"];
/// Approaches that keep a session record on the server.
const STATEFUL: &[&str] = &["session", "bff", "hybrid"];
/// People sign in (the sign-in card is part of the result): items about signing in and how
/// long a sign-in lasts apply, whatever keeps people signed in afterwards.
const PEOPLE: Needs = Needs::Surface("signin");
/// Someone else's identity provider vouches for people: an ID token or SAML assertion arrives.
const FEDERATED: Cond = Cond::Any(&[
    Cond::PickedAny("signin", &["social", "enterprise"]),
    Cond::Picked("domains", "several"),
    Cond::Picked("run", "provider"),
]);
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
        short: "a maintained library",
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
        short: "phishing-resistant sign-in such as passkeys",
        text: "Offer a phishing-resistant way to sign in, such as passkeys (WebAuthn): NIST \
               SP 800-63B-4 requires one at assurance level 2. Passkeys are a sign-in method \
               and work with every approach here.",
        needs: PEOPLE,
        when: Cond::Always,
        sources: &["webauthn3", "nist-aal2-phishing"],
    },
    ChecklistItem {
        id: "aal3-authenticators",
        topic: "Sign-in",
        short: "device-bound authenticators at level 3",
        text: "At level 3, use device-bound passkeys or security keys: NIST allows synced \
               passkeys at assurance level 2, not at level 3.",
        needs: PEOPLE,
        when: LEVEL_3,
        sources: &["nist-syncable", "nist-aal3"],
    },
    ChecklistItem {
        id: "reauth-sensitive",
        topic: "Sign-in",
        short: "a fresh sign-in before account changes",
        text: "Ask for a full sign-in again before someone changes their email, phone, \
               second factor or recovery details, and offer to end their other sessions \
               afterwards.",
        needs: PEOPLE,
        when: Cond::Always,
        sources: &["asvs-7-5", "asvs-7-4"],
    },
    ChecklistItem {
        id: "id-token-checks",
        topic: "Sign-in",
        short: "every ID token validated",
        text: "Validate every ID token you receive (signature, an exact `iss`, `aud` equal \
               to your client ID, `exp`, `nonce`), identify people by `iss` and `sub`, then \
               create your own session or tokens; never use an ID token as an API access \
               token.",
        needs: Needs::Always,
        when: FEDERATED,
        sources: &["oidc-validation", "asvs-10-5"],
    },
    ChecklistItem {
        id: "sso-domains",
        topic: "Sign-in",
        short: "one identity provider for every site",
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
        id: "saml-checks",
        topic: "Sign-in",
        short: "every SAML assertion checked",
        text: "For each customer's single sign-on, validate the signature of every assertion \
               and reject unsigned ones, accept each SAML assertion only once within its \
               validity (keep the IDs seen until they expire), and use a maintained SAML \
               library or let the identity server do it; never parse SAML yourself.",
        needs: PEOPLE,
        when: Cond::Picked("signin", "enterprise"),
        sources: &["asvs-6-8"],
    },
    ChecklistItem {
        id: "scim",
        topic: "Sign-in",
        short: "SCIM deprovisioning that ends sessions",
        text: "Deprovision: accept SCIM from customers' directories, and when a user is \
               deleted or set inactive, end their sessions and revoke their tokens at once; \
               single sign-on alone only stops new sign-ins.",
        needs: PEOPLE,
        when: Cond::Picked("signin", "enterprise"),
        sources: &["rfc7644-delete", "rfc7643-active"],
    },
    ChecklistItem {
        id: "idp-session",
        topic: "Sign-in",
        short: "session lifetimes matched to the provider's",
        text: "Write down how your sessions' lifetimes relate to the identity provider's: \
               ask for a fresh sign-in at the provider (`max_age`, `prompt=login`) when its \
               last authentication is older than your limit, and end your session when the \
               provider signals logout.",
        needs: Needs::On("signin", &["provider", "idp-self"]),
        when: Cond::Always,
        sources: &["asvs-7-1-3", "asvs-7-6"],
    },
    ChecklistItem {
        id: "oidc-state-cookie",
        topic: "Sign-in",
        short: "a SameSite=Lax sign-in state cookie",
        text: "Give the short-lived cookie that carries `state`, `nonce` and the PKCE \
               verifier through a sign-in SameSite=Lax (SameSite=None; Secure with \
               `response_mode=form_post`): the provider's redirect back is a cross-site \
               navigation, which a Strict cookie does not follow. The session cookie set \
               after the callback can stay Strict.",
        needs: Needs::Surface("web"),
        when: FEDERATED,
        sources: &["rfc6265bis-lax", "rfc6265bis-post"],
    },
    ChecklistItem {
        id: "cookie-attributes",
        topic: "Cookie attributes",
        short: "a __Host- cookie, Secure, HttpOnly, SameSite",
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
        short: "lifetimes decided by the server",
        text: "Let the server-side session decide how long someone stays signed in: browsers \
               cap a cookie's lifetime at 400 days, so a longer \"remember me\" must be re-\
               issued.",
        needs: Needs::On("web", &["session", "bff"]),
        when: Cond::Always,
        sources: &["rfc6265bis-lifetime"],
    },
    ChecklistItem {
        id: "session-id",
        topic: "Cookie attributes",
        short: "random 128-bit session IDs",
        text: "Generate session IDs from a cryptographically secure random source with at \
               least 128 bits of entropy, and keep nothing else in the cookie.",
        needs: Needs::AnyOf(&["session", "hybrid"]),
        when: Cond::Always,
        sources: &["asvs-7-2", "asvs-11-5"],
    },
    ChecklistItem {
        id: "fixation",
        topic: "Cookie attributes",
        short: "a new session ID at every sign-in",
        text: "Issue a new session ID at every sign-in and privilege change, and drop the \
               old one (session fixation).",
        needs: Needs::AnyOf(STATEFUL),
        when: Cond::Always,
        sources: &["asvs-7-2", "cwe384"],
    },
    ChecklistItem {
        id: "sealed-cookie",
        topic: "Cookie attributes",
        short: "an absolute expiry inside the sealed cookie, checked on the server",
        text: "Seal the session with a maintained library (authenticated encryption under a \
               key of at least 256 bits from your secrets manager), put an absolute expiry \
               inside the sealed data and check it on the server (the cookie's Max-Age only \
               asks the browser), and keep the cookie under 4 KB. Say in the design that a \
               session cannot be ended before that expiry: rotating the key ends every \
               session, and ending one person's needs a per-user value checked on each \
               request.",
        needs: Needs::On("web", &["sealed"]),
        when: Cond::Always,
        sources: &["rfc10017-bff-sessions", "asvs-7-4", "asvs-3-3"],
    },
    ChecklistItem {
        id: "no-store-cache",
        topic: "Cookie attributes",
        short: "Cache-Control: no-store",
        text: "Send `Cache-Control: no-store` on every response that sets a session cookie \
               or carries a session ID or token, so that no cache keeps it.",
        needs: PEOPLE,
        when: Cond::Always,
        sources: &["owasp-session-cache"],
    },
    ChecklistItem {
        id: "csrf",
        topic: "CSRF defence",
        short: "the framework's CSRF protection",
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
        id: "tenant-origin",
        topic: "CSRF defence",
        short: "Origin checks between tenants",
        text: "Customers on sibling subdomains are one site to the browser, so SameSite does \
               not keep one tenant's pages from sending requests to another's: check the \
               `Origin` header (or `Sec-Fetch-Site: same-origin`) against the tenant's own \
               origin on every state-changing request, and keep cookies host-only with the \
               `__Host-` prefix.",
        needs: Needs::Surface("web"),
        when: Cond::Picked("domains", "tenants"),
        sources: &[
            "owasp-csrf-samesite",
            "owasp-csrf-origin",
            "rfc10017-bff-csrf",
        ],
    },
    ChecklistItem {
        id: "xss",
        topic: "Cross-site scripting",
        short: "cross-site scripting treated as fatal",
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
        short: "Device Bound Session Credentials",
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
        short: "an absolute sign-in limit",
        text: "Set an absolute limit on how long a sign-in lasts (NIST SP 800-63B-4 at \
               assurance level 1: it SHOULD be at most 30 days) and an idle timeout that \
               fits the app (OWASP's usual figure for low-risk apps is 15 to 30 minutes), \
               enforce both on the server and write down why.",
        needs: PEOPLE,
        when: LEVEL_1,
        sources: &["nist-aal1", "owasp-session-expiry", "asvs-7-1", "asvs-7-3"],
    },
    ChecklistItem {
        id: "timeouts-aal2",
        topic: "Lifetimes",
        short: "re-authentication every 24 hours and after an hour idle",
        text: "Ask people to sign in again at least every 24 hours and after an hour idle \
               (NIST SP 800-63B-4, assurance level 2, both SHOULD), enforce both on the \
               server and write down why.",
        needs: PEOPLE,
        when: LEVEL_2,
        sources: &["nist-aal2", "asvs-7-1", "asvs-7-3"],
    },
    ChecklistItem {
        id: "timeouts-aal3",
        topic: "Lifetimes",
        short: "re-authentication every 12 hours and after 15 minutes idle",
        text: "Ask people to sign in again fully at least every 12 hours (NIST SP \
               800-63B-4, assurance level 3, SHALL) and after 15 minutes idle (SHOULD), \
               enforce both on the server and write down why.",
        needs: PEOPLE,
        when: LEVEL_3,
        sources: &["nist-aal3", "asvs-7-1", "asvs-7-3"],
    },
    ChecklistItem {
        id: "access-lifetime",
        topic: "Lifetimes",
        short: "access tokens that live minutes",
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
        short: "a maximum refresh-token lifetime",
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
        short: "refresh-token rotation with reuse detection",
        text: "For browser and native apps, either rotate the refresh token on every use and \
               revoke the whole family when an old one comes back (rotation detects a stolen \
               token; it does not shorten its life), or bind it to the app's key with DPoP. \
               A confidential client such as a backend-for-frontend needs neither: its \
               refresh token only works with its own client authentication.",
        needs: Needs::AnyOf(PUBLIC_REFRESH),
        when: Cond::Not(&LEVEL_3),
        sources: &[
            "rfc9700-refresh",
            "rfc10017-refresh",
            "rfc9449",
            "asvs-10-4",
        ],
    },
    ChecklistItem {
        id: "refresh-opaque",
        topic: "Refresh tokens",
        short: "refresh tokens stored as hashes",
        text: "Store refresh tokens at the authorization server (as a hash), bound to the \
               client they were issued to, so that revoking one is a single update.",
        needs: Needs::AnyOf(REFRESH),
        when: Cond::Always,
        sources: &["rfc9700-refresh"],
    },
    ChecklistItem {
        id: "alg-pinning",
        topic: "Algorithms",
        short: "the algorithm pinned per key",
        text: "Pin the accepted algorithm per key on the verifier; never accept `none` in \
               any spelling and never let one key serve both HMAC and public-key algorithms.",
        needs: Needs::AnyOf(JWT),
        when: Cond::Always,
        sources: &["rfc8725-alg", "asvs-9-1"],
    },
    ChecklistItem {
        id: "alg-choice",
        topic: "Algorithms",
        short: "Ed25519, ES256 or PS256",
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
        short: "iss, aud, exp, nbf and typ validated",
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
        short: "no personal data in claims",
        text: "Keep personal data out of token claims: a JWT is usually signed or MACed, \
               not encrypted, and anyone holding it can read it.",
        needs: Needs::AnyOf(JWT),
        when: Cond::Always,
        sources: &["rfc7519-privacy"],
    },
    ChecklistItem {
        id: "key-rotation",
        topic: "Key rotation",
        short: "a JWKS and scheduled key rotation",
        text: "Publish verification keys as a JWKS with a `kid` per key, rotate signing keys \
               on a schedule with an overlap, and never take key material or key locations \
               from the token itself (`jwk`, `jku`, `x5u`, `x5c`).",
        needs: Needs::AnyOf(ISSUING),
        when: Cond::Always,
        sources: &["rfc7517", "rfc8725-received", "asvs-9-1"],
    },
    ChecklistItem {
        id: "token-exchange",
        topic: "Between services",
        short: "scoped tokens exchanged at the edge",
        text: "With many services, let the edge (a gateway or the backend-for-frontend) check \
               the browser's session or the app's token once and exchange it for a short \
               token scoped to the service it calls (token exchange with a resource \
               indicator), which each service verifies locally; never forward one credential \
               that every service accepts, nor make every service look the session up.",
        needs: Needs::Always,
        when: Cond::All(&[Cond::Picked("backend", "micro"), HAS_PEOPLE]),
        sources: &["rfc8693", "rfc8707"],
    },
    ChecklistItem {
        id: "storage-web-tokens",
        topic: "Token storage",
        short: "the access token in memory only",
        text: "In the browser, keep the access token in memory only and never in \
               localStorage or sessionStorage. Keep the refresh token away from the page's \
               scripts: in a Web Worker that hands out only access tokens, or better, on a \
               token-mediating backend served from the front end's own site, whose session \
               cookie then needs the cookie attributes and CSRF defence of a session. Where \
               page scripts hold the tokens themselves, bind them to a non-extractable \
               WebCrypto key with DPoP if your server supports it (RFC 10017 leaves DPoP out \
               of the token-mediating backend, whose backend obtains the tokens).",
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
        short: "tokens kept on the backend-for-frontend",
        text: "Make the backend-for-frontend a confidential client: it keeps access and \
               refresh tokens server-side (behind a random session ID of at least 128 bits) \
               or encrypted in its own cookie, proxies only to an allowlist of API hosts, and \
               the browser only ever receives the session cookie.",
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
        short: "the system browser and the platform keystore",
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
        short: "sender-constrained tokens (DPoP)",
        text: "Where a stolen token would be costly, bind tokens to the client with DPoP (or \
               mutual TLS between servers) so that a copied token is useless on its own.",
        needs: Needs::AnyOf(PUBLIC_REFRESH),
        when: Cond::Not(&LEVEL_3),
        sources: &["rfc9449", "rfc8705", "rfc9700-sender"],
    },
    ChecklistItem {
        id: "sender-constraint-l3",
        topic: "Token storage",
        short: "only sender-constrained tokens at level 3",
        text: "At level 3, issue browser, native and device apps only sender-constrained \
               access and refresh tokens, bound with DPoP to a key the app cannot export (or \
               with mutual TLS), and have every API refuse a bound token without its proof. \
               Refresh-token rotation alone is allowed at levels 1 and 2 only.",
        needs: Needs::AnyOf(PUBLIC_REFRESH),
        when: LEVEL_3,
        sources: &["asvs-10-4", "asvs-10-3", "rfc9449", "rfc8705"],
    },
    ChecklistItem {
        id: "fapi2",
        topic: "Token storage",
        short: "the FAPI 2.0 Security Profile",
        text: "In regulated finance, follow the FAPI 2.0 Security Profile where it reaches: \
               for confidential clients (partners, third-party apps, a backend-for-frontend) \
               that means pushed authorization requests, PKCE with S256, sender-constrained \
               tokens, client authentication with `private_key_jwt` or mutual TLS, and codes \
               valid for at most 60 seconds. FAPI 2.0 leaves out public clients such as a \
               mobile app holding its own tokens; level 3's sender-constrained tokens cover \
               them.",
        needs: Needs::Always,
        when: Cond::All(&[Cond::Picked("data", "regulated"), LEVEL_3]),
        sources: &["fapi2", "asvs-10-4"],
    },
    ChecklistItem {
        id: "logout-session",
        topic: "Logout and revocation",
        short: "the session record deleted at logout",
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
        short: "the refresh-token family revoked at logout",
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
        short: "an exit plan from the provider",
        text: "Keep an exit plan: use standard OpenID Connect, keep your own user IDs, and \
               check that you can export users and password hashes.",
        needs: Needs::On("signin", &["provider"]),
        when: Cond::Always,
        sources: &["oidc-auth"],
    },
    ChecklistItem {
        id: "cli-loopback",
        topic: "Command-line and devices",
        short: "a loopback redirect with PKCE",
        text: "Sign in through the system browser with PKCE and a redirect to \
               `http://127.0.0.1` on a port the app opens for that one sign-in (the loopback \
               address, not `localhost`); where no browser is at hand, as over SSH, use the \
               device authorization grant.",
        needs: Needs::On("cli", &["access-refresh"]),
        when: Cond::Always,
        sources: &["rfc8252-loopback", "rfc8628"],
    },
    ChecklistItem {
        id: "cli-keychain",
        topic: "Command-line and devices",
        short: "the OS credential store",
        text: "Keep the refresh token in the operating system's credential store (macOS \
               Keychain, Windows Credential Manager, the Secret Service on Linux), never in a \
               plain file in the home directory, and the access token in memory.",
        needs: Needs::Surface("cli"),
        when: Cond::Always,
        sources: &["apple-keychain", "rfc8252-loopback"],
    },
    ChecklistItem {
        id: "pat-scope",
        topic: "Command-line and devices",
        short: "scoped personal access tokens that expire",
        text: "For CI and scripts, let people create personal access tokens with an expiry \
               and only the scopes the job needs, shown once and stored as a hash, each \
               listed with its last use and revocable; never put a person's own sign-in into \
               a pipeline.",
        needs: Needs::Surface("cli"),
        when: Cond::Always,
        sources: &["github-pat", "asvs-13-3"],
    },
    ChecklistItem {
        id: "device-grant",
        topic: "Command-line and devices",
        short: "the device authorization grant",
        text: "Pair devices with the device authorization grant: show a short user code and \
               the address to enter it at, poll no faster than the interval the server gives, \
               expire codes after minutes, and tell people on the approval page which device \
               they are approving (a code sent by someone else is a phishing attempt).",
        needs: Needs::On("device", &["access-refresh"]),
        when: Cond::Always,
        sources: &["rfc8628"],
    },
    ChecklistItem {
        id: "device-credential",
        topic: "Command-line and devices",
        short: "one credential per device",
        text: "Give every device its own credential, never one secret shared by the fleet \
               (anyone can extract it from one device); keep it in secure hardware where the \
               device has some, and let people see and remove each paired device.",
        needs: Needs::Surface("device"),
        when: Cond::Always,
        sources: &["rfc8628-public", "rfc8705"],
    },
    ChecklistItem {
        id: "client-auth",
        topic: "Partner clients",
        short: "signed JWT assertions or mutual TLS for partners",
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
        short: "consent per app and scope",
        text: "Use the authorization code flow with PKCE for every third-party app, show \
               people which app asks for which scope, let them revoke it later, and restrict \
               tokens to your API with resource indicators.",
        needs: Needs::On("delegated", &["oauth-delegated"]),
        when: Cond::Always,
        sources: &["rfc6749-intro", "rfc8252-pkce", "rfc8707"],
    },
    ChecklistItem {
        id: "service-jwt-shape",
        topic: "Service credentials",
        short: "one key and one audience per service",
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
        short: "automatically rotated workload certificates",
        text: "Issue and rotate workload certificates automatically (a service mesh or \
               SPIFFE/SPIRE) and authorise by workload identity, not by network location.",
        needs: Needs::On("services", &["mtls"]),
        when: Cond::Always,
        sources: &["spiffe-x509", "asvs-13-2"],
    },
    ChecklistItem {
        id: "api-key-handling",
        topic: "Service credentials",
        short: "hashed keys with 128 random bits",
        text: "Generate keys with at least 128 bits from a secure random source, store only \
               a hash, accept them only in a header (never in a URL), keep them in a secrets \
               manager, scope each key and allow two active keys per client for rotation; \
               log the key's ID, never the key.",
        needs: Needs::AnyOf(&["api-keys"]),
        when: Cond::Always,
        sources: &["asvs-11-5", "asvs-14-2", "asvs-13-3"],
    },
];
