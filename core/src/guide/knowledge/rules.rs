//! The weighted reasons and hard constraints the engine applies.
//!
//! Weights are small integers on one scale: 1 is a tie-breaker, 2 to 3 a real reason, 4 a
//! reason that usually decides on its own, 6 a shape the approach physically cannot serve
//! (one cookie across unrelated domains), and the provider preference (20) is the user's
//! explicit wish, which no technical answer should override. Each reason is written to be
//! read on its own, next to the answer that triggered it.

use crate::guide::model::{Cond, Constraint, Rule};

const WEB: &[&str] = &["web"];
const MOBILE: &[&str] = &["mobile"];
const API: &[&str] = &["api"];
const SERVICES: &[&str] = &["services"];
const USERS: &[&str] = &["web", "mobile"];
const PEOPLE: &[&str] = &["web", "mobile", "api"];

pub static RULES: &[Rule] = &[
    // --- How the web front end is built -------------------------------------------------
    Rule {
        id: "ssr-session",
        when: Cond::Picked("frontend", "ssr"),
        surfaces: WEB,
        approach: "session",
        weight: 3,
        reason: "Server-rendered pages talk to their own server on every request, which is \
                 exactly what a cookie-backed session was designed for: nothing to refresh, \
                 nothing for page scripts to handle.",
        sources: &["owasp-session", "article-which-2026", "article-framework"],
    },
    Rule {
        id: "ssr-no-tokens",
        when: Cond::Picked("frontend", "ssr"),
        surfaces: WEB,
        approach: "access-refresh",
        weight: -2,
        reason: "Plain page loads cannot attach a bearer header, so the token would have to \
                 ride in a cookie anyway, adding refresh logic without any gain.",
        sources: &["article-rajpoot"],
    },
    Rule {
        id: "ssr-no-bff",
        when: Cond::Picked("frontend", "ssr"),
        surfaces: WEB,
        approach: "bff",
        weight: -1,
        reason: "A backend-for-frontend exists to keep tokens away from browser code; \
                 server-rendered pages have no such code to protect them from.",
        sources: &["browser-bcp"],
    },
    Rule {
        id: "spa-session",
        when: Cond::Picked("frontend", "spa"),
        surfaces: WEB,
        approach: "session",
        weight: 2,
        reason: "A single-page app on the same site as its API sends the session cookie with \
                 every fetch; the browser-apps BCP notes that OAuth between your own front \
                 and back end is often not needed at all.",
        sources: &["browser-bcp", "article-rajpoot"],
    },
    Rule {
        id: "spa-bff",
        when: Cond::Picked("frontend", "spa"),
        surfaces: WEB,
        approach: "bff",
        weight: 1,
        reason: "If the API needs OAuth tokens, a backend-for-frontend keeps them on the server \
                 and the browser only sees a cookie.",
        sources: &["browser-bcp"],
    },
    Rule {
        id: "spa-tokens-exposed",
        when: Cond::PickedAny("frontend", &["spa", "spa-other"]),
        surfaces: WEB,
        approach: "access-refresh",
        weight: -2,
        reason: "Tokens handled by page scripts can be stolen by any cross-site scripting \
                 bug; OWASP now advises against keeping JWTs or refresh tokens in \
                 localStorage or sessionStorage.",
        sources: &["owasp-html5", "owasp-jwt", "browser-bcp"],
    },
    Rule {
        id: "spa-other-no-cookie",
        when: Cond::Picked("frontend", "spa-other"),
        surfaces: WEB,
        approach: "session",
        weight: -3,
        reason: "A cookie sent to a different site is a third-party cookie: it needs \
                 SameSite=None, loses CSRF protection from SameSite, and some browsers block \
                 it outright.",
        sources: &["rfc6265bis"],
    },
    Rule {
        id: "spa-other-bff",
        when: Cond::Picked("frontend", "spa-other"),
        surfaces: WEB,
        approach: "bff",
        weight: 3,
        reason: "A backend-for-frontend served from the front end's own site turns the \
                 cross-site API into a same-site one and keeps tokens out of the browser; the \
                 browser-apps BCP ranks it first.",
        sources: &["browser-bcp"],
    },
    Rule {
        id: "spa-other-header",
        when: Cond::Picked("frontend", "spa-other"),
        surfaces: WEB,
        approach: "access-refresh",
        weight: 3,
        reason: "A bearer token in a header reaches an API on any site, with no cross-site \
                 cookie rules in the way.",
        sources: &["article-framework", "article-rajpoot"],
    },
    Rule {
        id: "spa-other-hybrid",
        when: Cond::Picked("frontend", "spa-other"),
        surfaces: WEB,
        approach: "hybrid",
        weight: 1,
        reason: "A header token works across sites, and the session record behind it keeps \
                 revocation possible.",
        sources: &["article-framework"],
    },
    // --- Clients that are not browsers --------------------------------------------------
    Rule {
        id: "mobile-tokens",
        when: Cond::Always,
        surfaces: MOBILE,
        approach: "access-refresh",
        weight: 3,
        reason: "Native apps send bearer tokens naturally and can keep them in the platform's \
                 secure storage (Keychain on iOS, Keystore on Android).",
        sources: &["rfc8252", "article-framework"],
    },
    Rule {
        id: "mobile-no-cookie",
        when: Cond::Always,
        surfaces: MOBILE,
        approach: "session",
        weight: -3,
        reason: "Cookies are awkward in native apps: separate cookie jars, none of the browser \
                 protections a cookie relies on, and extra work in every HTTP client.",
        sources: &["article-framework", "article-rajpoot"],
    },
    Rule {
        id: "api-oauth",
        when: Cond::Always,
        surfaces: API,
        approach: "access-refresh",
        weight: 2,
        reason: "Third parties are best served by OAuth 2 access tokens: scoped per client, \
                 short-lived, granted with consent and revocable through the refresh token.",
        sources: &["rfc9700", "rfc9068"],
    },
    Rule {
        id: "api-keys-simple",
        when: Cond::Always,
        surfaces: API,
        approach: "api-keys",
        weight: 1,
        reason: "An API key is the simplest credential for a server-to-server integration.",
        sources: &["owasp-rest"],
    },
    // --- Backend topology ----------------------------------------------------------------
    Rule {
        id: "monolith-session",
        when: Cond::Picked("backend", "monolith"),
        surfaces: WEB,
        approach: "session",
        weight: 2,
        reason: "One application already has a database; checking a session is one indexed \
                 read, and logging someone out is one DELETE.",
        sources: &["article-framework", "article-which-2026"],
    },
    Rule {
        id: "monolith-no-tokens",
        when: Cond::Picked("backend", "monolith"),
        surfaces: WEB,
        approach: "access-refresh",
        weight: -2,
        reason: "With one application verifying everything, self-contained tokens add refresh \
                 and key management without removing any lookup.",
        sources: &["article-framework", "article-roushan"],
    },
    Rule {
        id: "monolith-no-hybrid",
        when: Cond::Picked("backend", "monolith"),
        surfaces: USERS,
        approach: "hybrid",
        weight: -1,
        reason: "Two mechanisms for one application is more machinery than it needs.",
        sources: &["article-framework"],
    },
    Rule {
        id: "few-session",
        when: Cond::Picked("backend", "few"),
        surfaces: WEB,
        approach: "session",
        weight: 1,
        reason: "A few services can share one session store cheaply.",
        sources: &["article-which-2026"],
    },
    Rule {
        id: "few-hybrid",
        when: Cond::Picked("backend", "few"),
        surfaces: USERS,
        approach: "hybrid",
        weight: 1,
        reason: "With a few services, local token checks save some store round trips while the \
                 store still handles revocation.",
        sources: &["article-framework"],
    },
    Rule {
        id: "micro-tokens",
        when: Cond::Picked("backend", "micro"),
        surfaces: PEOPLE,
        approach: "access-refresh",
        weight: 3,
        reason: "Many services can each verify a signed token locally, with no call to a \
                 central store on every hop: what short-lived JWTs were designed for.",
        sources: &["article-framework", "article-rajpoot"],
    },
    Rule {
        id: "micro-hybrid",
        when: Cond::Picked("backend", "micro"),
        surfaces: USERS,
        approach: "hybrid",
        weight: 2,
        reason: "Services verify the short token locally; only the edge consults the session \
                 store, so revocation stays possible without a lookup on every hop.",
        sources: &["article-framework"],
    },
    Rule {
        id: "micro-no-session",
        when: Cond::Picked("backend", "micro"),
        surfaces: USERS,
        approach: "session",
        weight: -2,
        reason: "Every service looking up a central session store on every request rebuilds \
                 the bottleneck microservices exist to avoid.",
        sources: &["article-framework"],
    },
    Rule {
        id: "micro-bff",
        when: Cond::Picked("backend", "micro"),
        surfaces: WEB,
        approach: "bff",
        weight: 1,
        reason: "A backend-for-frontend keeps a cookie session at the edge and forwards tokens \
                 to the services behind it.",
        sources: &["browser-bcp"],
    },
    Rule {
        id: "serverless-tokens",
        when: Cond::Picked("backend", "serverless"),
        surfaces: PEOPLE,
        approach: "access-refresh",
        weight: 2,
        reason: "A function can verify a signature without opening a connection to a store, \
                 which matters on every cold start.",
        sources: &["article-roushan", "article-which-2026"],
    },
    Rule {
        id: "serverless-no-session",
        when: Cond::Picked("backend", "serverless"),
        surfaces: USERS,
        approach: "session",
        weight: -1,
        reason: "Each function invocation would need its own connection to the session store.",
        sources: &["article-framework"],
    },
    // --- Domains -------------------------------------------------------------------------
    Rule {
        id: "domains-no-cookie",
        when: Cond::Picked("domains", "several"),
        surfaces: WEB,
        approach: "session",
        weight: -6,
        reason: "A cookie belongs to one site; unrelated domains cannot share it, so one \
                 session cookie cannot carry the login across them.",
        sources: &["rfc6265bis", "article-framework"],
    },
    Rule {
        id: "domains-no-bff",
        when: Cond::Picked("domains", "several"),
        surfaces: WEB,
        approach: "bff",
        weight: -2,
        reason: "A backend-for-frontend also speaks to the browser through a cookie tied to one \
                 site: each domain would need its own, plus a shared login behind them.",
        sources: &["rfc6265bis", "browser-bcp"],
    },
    Rule {
        id: "domains-tokens",
        when: Cond::Picked("domains", "several"),
        surfaces: WEB,
        approach: "access-refresh",
        weight: 3,
        reason: "A token sent in a header works on any domain; a central login issues it once \
                 for all of them.",
        sources: &["article-framework", "article-rajpoot"],
    },
    Rule {
        id: "domains-provider",
        when: Cond::Picked("domains", "several"),
        surfaces: WEB,
        approach: "provider",
        weight: 2,
        reason: "Single sign-on across unrelated domains is exactly what identity providers \
                 run for you.",
        sources: &["article-which-2026"],
    },
    Rule {
        id: "domains-hybrid",
        when: Cond::Picked("domains", "several"),
        surfaces: WEB,
        approach: "hybrid",
        weight: 1,
        reason: "Header tokens cross domains and the session record keeps revocation central.",
        sources: &["article-framework"],
    },
    // --- Revocation ----------------------------------------------------------------------
    Rule {
        id: "instant-session",
        when: Cond::Picked("revoke", "instant"),
        surfaces: WEB,
        approach: "session",
        weight: 3,
        reason: "Deleting a server-side session ends access on the very next request.",
        sources: &["owasp-session", "article-framework"],
    },
    Rule {
        id: "instant-session-mobile",
        when: Cond::Picked("revoke", "instant"),
        surfaces: MOBILE,
        approach: "session",
        weight: 2,
        reason: "A server-side session can be deleted at once, even if the app must handle the \
                 cookie itself.",
        sources: &["owasp-session"],
    },
    Rule {
        id: "instant-hybrid",
        when: Cond::Picked("revoke", "instant"),
        surfaces: PEOPLE,
        approach: "hybrid",
        weight: 2,
        reason: "Checking the session record on each request cuts access before the token \
                 expires, while most of the work stays a local signature check.",
        sources: &["owasp-jwt", "article-framework"],
    },
    Rule {
        id: "instant-bff",
        when: Cond::Picked("revoke", "instant"),
        surfaces: WEB,
        approach: "bff",
        weight: 2,
        reason: "The backend-for-frontend's own session can be deleted at once, and with it \
                 the browser's access to the tokens.",
        sources: &["browser-bcp"],
    },
    Rule {
        id: "instant-no-jwt",
        when: Cond::Picked("revoke", "instant"),
        surfaces: PEOPLE,
        approach: "access-refresh",
        weight: -4,
        reason: "A JWT stays valid until it expires: revoking the refresh token leaves the \
                 current access token working for its remaining minutes.",
        sources: &["rfc8725", "owasp-jwt", "article-framework"],
    },
    Rule {
        id: "instant-api-keys",
        when: Cond::Picked("revoke", "instant"),
        surfaces: API,
        approach: "api-keys",
        weight: 1,
        reason: "A key is looked up on every call, so deleting it works at once.",
        sources: &["owasp-rest"],
    },
    Rule {
        id: "minutes-tokens",
        when: Cond::Picked("revoke", "minutes"),
        surfaces: PEOPLE,
        approach: "access-refresh",
        weight: 2,
        reason: "A 5 to 15 minute access token bounds the window you said you can accept, and \
                 the refresh token behind it is revoked on the server.",
        sources: &["rfc9700", "browser-bcp", "article-framework"],
    },
    Rule {
        id: "hours-tokens",
        when: Cond::Picked("revoke", "hours"),
        surfaces: PEOPLE,
        approach: "access-refresh",
        weight: 2,
        reason: "With hours to spare, self-contained tokens lose their main weakness.",
        sources: &["article-framework"],
    },
    Rule {
        id: "hours-no-hybrid",
        when: Cond::Picked("revoke", "hours"),
        surfaces: PEOPLE,
        approach: "hybrid",
        weight: -1,
        reason: "A revocation store buys speed you said you do not need.",
        sources: &["article-framework"],
    },
    // --- Data sensitivity ----------------------------------------------------------------
    Rule {
        id: "regulated-session",
        when: Cond::Picked("data", "regulated"),
        surfaces: WEB,
        approach: "session",
        weight: 2,
        reason: "The credential never reaches page scripts and the server can end it at any \
                 moment: what auditors of regulated systems look for.",
        sources: &["owasp-session", "asvs5"],
    },
    Rule {
        id: "regulated-bff",
        when: Cond::Picked("data", "regulated"),
        surfaces: WEB,
        approach: "bff",
        weight: 2,
        reason: "For sensitive data the browser-apps BCP recommends keeping tokens on a server: \
                 the browser only ever holds an HttpOnly cookie.",
        sources: &["browser-bcp"],
    },
    Rule {
        id: "regulated-hybrid",
        when: Cond::Picked("data", "regulated"),
        surfaces: PEOPLE,
        approach: "hybrid",
        weight: 1,
        reason: "Server-side records allow audit and immediate revocation of any token.",
        sources: &["owasp-jwt"],
    },
    Rule {
        id: "regulated-no-browser-tokens",
        when: Cond::Picked("data", "regulated"),
        surfaces: WEB,
        approach: "access-refresh",
        weight: -2,
        reason: "Tokens in the browser are exposed to any cross-site scripting bug, and a \
                 stolen one cannot be recalled before it expires.",
        sources: &["owasp-html5", "article-framework"],
    },
    Rule {
        id: "regulated-no-api-keys",
        when: Cond::Picked("data", "regulated"),
        surfaces: API,
        approach: "api-keys",
        weight: -2,
        reason: "Long-lived shared secrets end up in logs and repositories; regulated data \
                 calls for short-lived, scoped credentials.",
        sources: &["owasp-rest", "rfc9700"],
    },
    Rule {
        id: "personal-session",
        when: Cond::Picked("data", "personal"),
        surfaces: WEB,
        approach: "session",
        weight: 1,
        reason: "Personal data is better guarded by a credential that scripts cannot read and \
                 the server can end.",
        sources: &["owasp-session"],
    },
    Rule {
        id: "personal-bff",
        when: Cond::Picked("data", "personal"),
        surfaces: WEB,
        approach: "bff",
        weight: 1,
        reason: "Tokens stay on the server, out of reach of page scripts.",
        sources: &["browser-bcp"],
    },
    Rule {
        id: "personal-no-browser-tokens",
        when: Cond::Picked("data", "personal"),
        surfaces: WEB,
        approach: "access-refresh",
        weight: -1,
        reason: "Tokens readable by page scripts put personal data one XSS bug away.",
        sources: &["owasp-html5"],
    },
    Rule {
        id: "low-api-keys",
        when: Cond::Picked("data", "low"),
        surfaces: API,
        approach: "api-keys",
        weight: 1,
        reason: "With little at stake, the simplest credential is good enough.",
        sources: &["owasp-rest"],
    },
    // --- Scale and store -----------------------------------------------------------------
    Rule {
        id: "small-session",
        when: Cond::PickedAny("scale", &["small", "medium"]),
        surfaces: WEB,
        approach: "session",
        weight: 1,
        reason: "Below about 100,000 users both approaches cost about the same to run, so the \
                 simpler one wins.",
        sources: &["article-framework"],
    },
    Rule {
        id: "huge-tokens",
        when: Cond::Picked("scale", "huge"),
        surfaces: PEOPLE,
        approach: "access-refresh",
        weight: 1,
        reason: "At hundreds of millions of requests a day, verifying locally saves a store \
                 round trip on each one.",
        sources: &["article-framework", "redis-latency"],
    },
    Rule {
        id: "huge-hybrid",
        when: Cond::Picked("scale", "huge"),
        surfaces: PEOPLE,
        approach: "hybrid",
        weight: 1,
        reason: "Most requests verify locally; only the edge pays for the store.",
        sources: &["article-framework"],
    },
    Rule {
        id: "huge-no-session",
        when: Cond::Picked("scale", "huge"),
        surfaces: USERS,
        approach: "session",
        weight: -1,
        reason: "A store lookup on every request is real cost and latency at this volume.",
        sources: &["article-framework", "redis-latency"],
    },
    Rule {
        id: "store-have-session",
        when: Cond::Picked("store", "have"),
        surfaces: USERS,
        approach: "session",
        weight: 1,
        reason: "The shared store you already run can hold sessions at no extra cost.",
        sources: &["article-framework"],
    },
    Rule {
        id: "store-have-hybrid",
        when: Cond::Picked("store", "have"),
        surfaces: PEOPLE,
        approach: "hybrid",
        weight: 1,
        reason: "The shared store you already run can hold the revocation records.",
        sources: &["article-framework"],
    },
    Rule {
        id: "store-cannot-session",
        when: Cond::Picked("store", "cannot"),
        surfaces: USERS,
        approach: "session",
        weight: -3,
        reason: "Sessions live in a store every instance can reach, which you said you cannot \
                 have.",
        sources: &["owasp-session"],
    },
    Rule {
        id: "store-cannot-bff",
        when: Cond::Picked("store", "cannot"),
        surfaces: WEB,
        approach: "bff",
        weight: -1,
        reason: "The backend-for-frontend must keep tokens somewhere server-side, or encrypt \
                 them into its cookie.",
        sources: &["browser-bcp"],
    },
    // --- Who runs it ---------------------------------------------------------------------
    Rule {
        id: "provider-wanted",
        when: Cond::Picked("run", "provider"),
        surfaces: PEOPLE,
        approach: "provider",
        weight: 20,
        reason: "You prefer not to run authentication yourselves. Providers already run the \
                 hybrid pattern (short tokens, server-side sessions, rotation) as a service.",
        sources: &["article-framework", "article-which-2026"],
    },
    Rule {
        id: "enterprise-provider",
        when: Cond::Picked("sso", "enterprise"),
        surfaces: PEOPLE,
        approach: "provider",
        weight: 3,
        reason: "Enterprise single sign-on means one SAML or OIDC connection per customer plus \
                 provisioning; providers sell this ready-made.",
        sources: &["oidc-core", "article-which-2026"],
    },
    Rule {
        id: "social-provider",
        when: Cond::Picked("sso", "social"),
        surfaces: PEOPLE,
        approach: "provider",
        weight: 1,
        reason: "Providers bundle the social login connectors; a library can do it too.",
        sources: &["oidc-core"],
    },
    Rule {
        id: "small-team-provider",
        when: Cond::Picked("team", "small"),
        surfaces: PEOPLE,
        approach: "provider",
        weight: 2,
        reason: "A small team without security specialists gains most from handing the hard \
                 parts to a provider.",
        sources: &["article-which-2026"],
    },
    Rule {
        id: "small-team-no-hybrid",
        when: Cond::Picked("team", "small"),
        surfaces: PEOPLE,
        approach: "hybrid",
        weight: -2,
        reason: "Two mechanisms that must agree with each other are a lot for a small team to \
                 build and keep correct.",
        sources: &["article-framework"],
    },
    Rule {
        id: "small-team-no-bff",
        when: Cond::Picked("team", "small"),
        surfaces: WEB,
        approach: "bff",
        weight: -1,
        reason: "A backend-for-frontend is one more server to build, deploy and secure.",
        sources: &["browser-bcp"],
    },
    Rule {
        id: "small-team-no-rotation",
        when: Cond::Picked("team", "small"),
        surfaces: PEOPLE,
        approach: "access-refresh",
        weight: -1,
        reason: "Refresh rotation with reuse detection is easy to get subtly wrong.",
        sources: &["rfc9700"],
    },
    Rule {
        id: "small-team-api-keys",
        when: Cond::Picked("team", "small"),
        surfaces: API,
        approach: "api-keys",
        weight: 2,
        reason: "Nothing to refresh and no authorization server to run: the least machinery.",
        sources: &["owasp-rest"],
    },
    Rule {
        id: "dedicated-hybrid",
        when: Cond::Picked("team", "dedicated"),
        surfaces: PEOPLE,
        approach: "hybrid",
        weight: 1,
        reason: "A dedicated team can run two mechanisms and keep them consistent.",
        sources: &["article-framework"],
    },
    Rule {
        id: "dedicated-bff",
        when: Cond::Picked("team", "dedicated"),
        surfaces: WEB,
        approach: "bff",
        weight: 1,
        reason: "A dedicated team can run the extra server a backend-for-frontend needs.",
        sources: &["browser-bcp"],
    },
    // --- When the shape is still open ----------------------------------------------------
    Rule {
        id: "unsure-clients-hybrid",
        when: Cond::Unsure("clients"),
        surfaces: USERS,
        approach: "hybrid",
        weight: 4,
        reason: "With the clients still open, a short JWT backed by a session record keeps both \
                 doors open: local verification for whatever clients come, and instant \
                 revocation through the store.",
        sources: &["article-framework", "article-rajpoot"],
    },
    Rule {
        id: "unsure-backend-hybrid",
        when: Cond::Unsure("backend"),
        surfaces: USERS,
        approach: "hybrid",
        weight: 2,
        reason: "With the back end still open, the hybrid works for one app and for many \
                 services alike.",
        sources: &["article-framework"],
    },
    // --- Service to service --------------------------------------------------------------
    Rule {
        id: "micro-mtls",
        when: Cond::Picked("backend", "micro"),
        surfaces: SERVICES,
        approach: "mtls",
        weight: 2,
        reason: "With many services, a mesh issues, rotates and checks a certificate for every \
                 hop without code in each service.",
        sources: &["rfc8705", "article-rajpoot"],
    },
    Rule {
        id: "micro-service-jwt",
        when: Cond::Picked("backend", "micro"),
        surfaces: SERVICES,
        approach: "service-jwt",
        weight: 1,
        reason: "A short token with one audience per call limits what a replayed token can \
                 reach.",
        sources: &["spiffe-jwt-svid"],
    },
    Rule {
        id: "simple-api-keys",
        when: Cond::PickedAny("backend", &["monolith", "few"]),
        surfaces: SERVICES,
        approach: "api-keys",
        weight: 1,
        reason: "A handful of internal callers is the simple case where API keys are enough.",
        sources: &["article-which-2026"],
    },
    Rule {
        id: "small-team-no-mtls",
        when: Cond::Picked("team", "small"),
        surfaces: SERVICES,
        approach: "mtls",
        weight: -2,
        reason: "Running a mesh or a private certificate authority is real operations work.",
        sources: &["rfc8705"],
    },
    Rule {
        id: "small-team-service-keys",
        when: Cond::Picked("team", "small"),
        surfaces: SERVICES,
        approach: "api-keys",
        weight: 1,
        reason: "Keys are the least machinery for a small team, if they are rotated.",
        sources: &["owasp-rest"],
    },
    Rule {
        id: "dedicated-mtls",
        when: Cond::Picked("team", "dedicated"),
        surfaces: SERVICES,
        approach: "mtls",
        weight: 1,
        reason: "A dedicated team can run the certificate infrastructure mutual TLS needs.",
        sources: &["rfc8705"],
    },
    Rule {
        id: "regulated-mtls",
        when: Cond::Picked("data", "regulated"),
        surfaces: SERVICES,
        approach: "mtls",
        weight: 2,
        reason: "Both ends are authenticated and every hop is encrypted, which regulated \
                 environments usually require.",
        sources: &["rfc8705"],
    },
    Rule {
        id: "regulated-no-service-keys",
        when: Cond::Picked("data", "regulated"),
        surfaces: SERVICES,
        approach: "api-keys",
        weight: -3,
        reason: "A static shared secret rarely meets a regulator's bar for service identity: \
                 it does not expire and proves nothing about the caller.",
        sources: &["owasp-rest"],
    },
];

pub static CONSTRAINTS: &[Constraint] = &[
    Constraint {
        id: "no-store-no-session",
        when: Cond::All(&[
            Cond::Picked("store", "cannot"),
            Cond::PickedAny("backend", &["micro", "serverless"]),
        ]),
        surfaces: USERS,
        approach: "session",
        reason: "Sessions need a store every instance can reach; you cannot run one, and a \
                 distributed back end has no single database to fall back on.",
        sources: &["owasp-session"],
    },
    Constraint {
        id: "no-store-no-hybrid",
        when: Cond::Picked("store", "cannot"),
        surfaces: PEOPLE,
        approach: "hybrid",
        reason: "The hybrid checks a server-side record on each request, and you said you \
                 cannot run a shared store.",
        sources: &["article-framework"],
    },
    Constraint {
        id: "self-run-no-provider",
        when: Cond::Picked("run", "self"),
        surfaces: PEOPLE,
        approach: "provider",
        reason: "You said you want to run authentication yourselves.",
        sources: &[],
    },
];
