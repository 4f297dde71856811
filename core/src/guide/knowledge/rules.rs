//! The weighted reasons and hard constraints the engine applies.
//!
//! Weights are small integers on one scale: 1 is a tie-breaker, 2 to 3 a real reason, 4 a
//! reason that usually decides on its own (a primary source's recommendation or requirement),
//! and the provider preference (20) is the user's explicit wish, which no technical answer
//! should override. Rules for `signin` decide who signs people in; the others decide how each
//! client stays signed in afterwards, which a provider never decides (it signs people in, and
//! the app keeps its own session or tokens). A rule weighing more than 2 rests on a primary source, not an article
//! alone (`knowledge::tests`). Each reason is written to be read on its own, next to the
//! answer that triggered it.
//!
//! One definition of the hybrid holds everywhere, the calculator included: a short-lived
//! access token in a header, plus a session record the edge checks on every request; the
//! services behind the edge verify the token locally. Its token lives in the client, so it
//! carries the same penalties as any token in the browser.
//!
//! "Not sure" adds no weight to anything: an open answer leaves the simplest defensible
//! approach ahead, and "what would change this" names the answers that would move it.

use super::levels::LEVEL_3;
use crate::guide::model::{Cond, Constraint, Rule};

const WEB: &[&str] = &["web"];
const MOBILE: &[&str] = &["mobile"];
const API: &[&str] = &["api"];
const DELEGATED: &[&str] = &["delegated"];
const SERVICES: &[&str] = &["services"];
const USERS: &[&str] = &["web", "mobile"];
const CLI: &[&str] = &["cli"];
const DEVICE: &[&str] = &["device"];
/// The sign-in decision: who signs people in, whatever client they use.
const SIGNIN: &[&str] = &["signin"];
/// Enterprise single sign-on, or one login across unrelated domains: what needs an identity
/// server (hosted or the team's own) rather than sign-in inside one app.
const NEEDS_SSO: Cond = Cond::Any(&[
    Cond::Picked("signin", "enterprise"),
    Cond::Picked("domains", "several"),
]);

pub static RULES: &[Rule] = &[
    Rule {
        id: "ssr-session",
        when: Cond::Picked("frontend", "ssr"),
        surfaces: WEB,
        approach: "session",
        weight: 3,
        reason: "Server-rendered pages talk to their own server on every request, which is \
                 what a cookie-backed session was made for: the browser sends it by itself, \
                 HttpOnly keeps it from scripts, and there is nothing to refresh.",
        sources: &["nist-session", "article-which-2026"],
    },
    Rule {
        id: "ssr-no-tokens",
        when: Cond::Picked("frontend", "ssr"),
        surfaces: WEB,
        approach: "access-refresh",
        weight: -2,
        reason: "Plain page loads cannot attach a bearer header, so the token would have to \
                 ride in a cookie anyway, adding refresh logic for no gain.",
        sources: &["rfc10017-storage", "article-rajpoot"],
    },
    Rule {
        id: "ssr-no-hybrid",
        when: Cond::Picked("frontend", "ssr"),
        surfaces: WEB,
        approach: "hybrid",
        weight: -2,
        reason: "The hybrid's short token travels in a header, which plain page loads cannot \
                 send: the pages would need a cookie anyway.",
        sources: &["rfc10017-storage", "article-rajpoot"],
    },
    Rule {
        id: "ssr-no-bff",
        when: Cond::Picked("frontend", "ssr"),
        surfaces: WEB,
        approach: "bff",
        weight: -1,
        reason: "A backend-for-frontend exists to keep tokens away from browser code; with \
                 server-rendered pages the application's own server already is the back end that \
                 holds them.",
        sources: &["rfc10017-patterns"],
    },
    Rule {
        id: "spa-session",
        when: Cond::Picked("frontend", "spa"),
        surfaces: WEB,
        approach: "session",
        weight: 2,
        reason: "A single-page app on the same site as its API sends the session cookie with \
                 every fetch; RFC 10017 notes that a first-party front end and API on one \
                 domain may not need OAuth at all.",
        sources: &["rfc10017-single-domain"],
    },
    Rule {
        id: "spa-bff",
        when: Cond::Picked("frontend", "spa"),
        surfaces: WEB,
        approach: "bff",
        weight: 1,
        reason: "If the API needs OAuth tokens (a shared or external authorization server), \
                 a backend-for-frontend keeps them on the server and the browser only sees a \
                 cookie.",
        sources: &["rfc10017-patterns"],
    },
    Rule {
        id: "spa-tokens-exposed",
        when: Cond::PickedAny("frontend", &["spa", "spa-other"]),
        surfaces: WEB,
        approach: "access-refresh",
        weight: -2,
        reason: "Tokens handled by page scripts can be used by any cross-site scripting bug: \
                 OWASP warns against keeping JWTs or refresh tokens in localStorage or \
                 sessionStorage, and RFC 10017 explains that web storage gives no protection \
                 from the page's own scripts.",
        sources: &["owasp-session-storage", "rfc10017-storage"],
    },
    Rule {
        id: "spa-hybrid-exposed",
        when: Cond::PickedAny("frontend", &["spa", "spa-other"]),
        surfaces: WEB,
        approach: "hybrid",
        weight: -2,
        reason: "The hybrid's access token is handled by page scripts too, so it is as \
                 exposed to cross-site scripting as any token in the browser; the store \
                 behind it only shortens how long a stolen one works.",
        sources: &["owasp-session-storage", "rfc10017-storage"],
    },
    Rule {
        id: "spa-other-no-cookie",
        when: Cond::Picked("frontend", "spa-other"),
        surfaces: WEB,
        approach: "session",
        weight: -3,
        reason: "A cookie sent to an API on another site is a third-party cookie: it needs \
                 SameSite=None, loses the CSRF protection SameSite gives, and Safari and \
                 Firefox block or partition such cookies by default; Chrome keeps them, and \
                 support for partitioned cookies (CHIPS) is uneven.",
        sources: &["rfc6265bis-samesite", "mdn-chips", "chrome-cookies"],
    },
    Rule {
        id: "spa-other-bff",
        when: Cond::Picked("frontend", "spa-other"),
        surfaces: WEB,
        approach: "bff",
        weight: 3,
        reason: "A backend-for-frontend served from the front end's own site turns the \
                 cross-site API into a same-site one and keeps tokens out of the browser; \
                 RFC 10017 ranks it first of its three patterns.",
        sources: &["rfc10017-patterns", "rfc10017-bff-client"],
    },
    Rule {
        id: "spa-other-header",
        when: Cond::Picked("frontend", "spa-other"),
        surfaces: WEB,
        approach: "access-refresh",
        weight: 3,
        reason: "A token in a header reaches an API on any site with no cross-site cookie \
                 rules in the way; RFC 10017 describes it as a browser-based OAuth client \
                 whose refresh token must be rotated or bound to a key.",
        sources: &["rfc10017-browser", "rfc10017-refresh"],
    },
    Rule {
        id: "spa-other-hybrid",
        when: Cond::Picked("frontend", "spa-other"),
        surfaces: WEB,
        approach: "hybrid",
        weight: 1,
        reason: "A header token works across sites, and the session record checked at the \
                 edge keeps revocation immediate.",
        sources: &["article-framework"],
    },
    Rule {
        id: "mobile-tokens",
        when: Cond::Always,
        surfaces: MOBILE,
        approach: "access-refresh",
        weight: 3,
        reason: "Native apps sign in through the system browser with PKCE, send bearer \
                 tokens in headers naturally and keep the refresh token in the platform's \
                 secure storage (Keychain, Android Keystore).",
        sources: &["rfc8252-browser", "apple-keychain", "android-keystore"],
    },
    Rule {
        id: "mobile-no-cookie",
        when: Cond::Always,
        surfaces: MOBILE,
        approach: "session",
        weight: -2,
        reason: "A native app gets none of the browser's cookie protections (HttpOnly, \
                 SameSite): it sends the session ID in a header itself, an opaque bearer \
                 token without the standard native sign-in flow.",
        sources: &["rfc8252-browser", "article-framework"],
    },
    Rule {
        id: "api-client-credentials",
        when: Cond::Always,
        surfaces: API,
        approach: "client-credentials",
        weight: 3,
        reason: "A partner's server acting for itself is what OAuth's client credentials \
                 grant is for: each partner is a registered client, its tokens are short-\
                 lived and scoped to the API, and disabling the client ends its access.",
        sources: &["rfc6749-client-credentials", "rfc9700-audience"],
    },
    Rule {
        id: "api-keys-simple",
        when: Cond::Always,
        surfaces: API,
        approach: "api-keys",
        weight: 1,
        reason: "An API key is the simplest credential a partner can send, provided it stays \
                 out of URLs and in a secrets manager on their side.",
        sources: &["asvs-14-2", "asvs-13-3"],
    },
    Rule {
        id: "regulated-no-api-keys",
        when: Cond::Picked("data", "regulated"),
        surfaces: API,
        approach: "api-keys",
        weight: -2,
        reason: "Long-lived shared secrets end up in logs, tickets and repositories; \
                 regulated data calls for short-lived, scoped credentials.",
        sources: &["asvs-13-2", "rfc9700-audience"],
    },
    Rule {
        id: "low-api-keys",
        when: Cond::Picked("data", "low"),
        surfaces: API,
        approach: "api-keys",
        weight: 1,
        reason: "With little at stake, the simplest credential is good enough.",
        sources: &["article-which-2026"],
    },
    Rule {
        id: "instant-api-keys",
        when: Cond::Picked("revoke", "instant"),
        surfaces: API,
        approach: "api-keys",
        weight: 1,
        reason: "A key is looked up on every call, so deleting it works at once.",
        sources: &["article-which-2026"],
    },
    Rule {
        id: "small-team-api-keys",
        when: Cond::Picked("team", "small"),
        surfaces: API,
        approach: "api-keys",
        weight: 1,
        reason: "No authorization server to run: the least machinery for a small team.",
        sources: &["article-which-2026"],
    },
    Rule {
        id: "delegated-oauth",
        when: Cond::Always,
        surfaces: DELEGATED,
        approach: "oauth-delegated",
        weight: 4,
        reason: "An app acting for the users needs each user's consent and a credential \
                 limited to what they allowed, which they can withdraw: OAuth's \
                 authorization code flow exists for this, to replace handing out the user's \
                 own password or keys.",
        sources: &["rfc6749-intro", "rfc9700-audience"],
    },
    Rule {
        id: "delegated-no-keys",
        when: Cond::Always,
        surfaces: DELEGATED,
        approach: "api-keys",
        weight: -3,
        reason: "A key pasted into someone else's app acts with all of the user's rights, \
                 records no consent and cannot be limited to one app: the anti-pattern OAuth \
                 was made to replace.",
        sources: &["rfc6749-intro"],
    },
    Rule {
        id: "monolith-session",
        when: Cond::Picked("backend", "monolith"),
        surfaces: WEB,
        approach: "session",
        weight: 2,
        reason: "One application already has a database: checking a session is one indexed \
                 read, and logging someone out everywhere is one DELETE.",
        sources: &["asvs-7-4", "article-framework"],
    },
    Rule {
        id: "monolith-no-tokens",
        when: Cond::Picked("backend", "monolith"),
        surfaces: WEB,
        approach: "access-refresh",
        weight: -2,
        reason: "With one application verifying everything, self-contained tokens add \
                 refresh and key management without removing any lookup.",
        sources: &["article-framework", "article-roushan"],
    },
    Rule {
        id: "monolith-no-hybrid",
        when: Cond::Picked("backend", "monolith"),
        surfaces: USERS,
        approach: "hybrid",
        weight: -2,
        reason: "In front of one application the hybrid's edge check is the session lookup \
                 again, with a token and its keys on top.",
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
        reason: "With a few services, the hops behind the edge verify the token instead of \
                 calling the store.",
        sources: &["article-framework"],
    },
    Rule {
        id: "micro-tokens",
        when: Cond::Picked("backend", "micro"),
        surfaces: USERS,
        approach: "access-refresh",
        weight: 3,
        reason: "Many services can each verify a signed access token locally, checking that \
                 it was issued for them, with no call to a central store on every hop.",
        sources: &["rfc9068-claims", "rfc9700-audience"],
    },
    Rule {
        id: "micro-hybrid",
        when: Cond::Picked("backend", "micro"),
        surfaces: USERS,
        approach: "hybrid",
        weight: 2,
        reason: "Services behind the edge verify the short token locally; only the edge \
                 consults the session store, so revocation stays immediate without a lookup \
                 on every hop.",
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
        reason: "A backend-for-frontend keeps a cookie session at the edge and forwards \
                 tokens to the services behind it.",
        sources: &["rfc10017-patterns"],
    },
    Rule {
        id: "serverless-tokens",
        when: Cond::Picked("backend", "serverless"),
        surfaces: USERS,
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
        reason: "Each function invocation would need its own connection to the session \
                 store.",
        sources: &["article-framework"],
    },
    Rule {
        id: "instant-session",
        when: Cond::Picked("revoke", "instant"),
        surfaces: WEB,
        approach: "session",
        weight: 3,
        reason: "Deleting a server-side session ends access on the very next request, and \
                 ASVS asks for exactly that at logout and when an account is disabled.",
        sources: &["asvs-7-4"],
    },
    Rule {
        id: "instant-session-mobile",
        when: Cond::Picked("revoke", "instant"),
        surfaces: MOBILE,
        approach: "session",
        weight: 2,
        reason: "A server-side session can be deleted at once; the app sends its ID in a \
                 header.",
        sources: &["asvs-7-4"],
    },
    Rule {
        id: "instant-hybrid",
        when: Cond::Picked("revoke", "instant"),
        surfaces: USERS,
        approach: "hybrid",
        weight: 2,
        reason: "The edge checks the session record on every request, so deleting it cuts \
                 access before the token expires.",
        sources: &["asvs-7-4", "owasp-jwt-denylist"],
    },
    Rule {
        id: "instant-bff",
        when: Cond::Picked("revoke", "instant"),
        surfaces: WEB,
        approach: "bff",
        weight: 2,
        reason: "The backend-for-frontend's own session can be deleted at once, and with it \
                 the browser's access to the tokens.",
        sources: &["asvs-7-4", "rfc10017-bff-sessions"],
    },
    Rule {
        id: "instant-no-jwt",
        when: Cond::Picked("revoke", "instant"),
        surfaces: USERS,
        approach: "access-refresh",
        weight: -4,
        reason: "A JWT stays valid until it expires: revoking the refresh token leaves the \
                 current access token working for its remaining minutes unless every request \
                 checks a denylist, and then the design is stateful anyway.",
        sources: &["asvs-7-4", "owasp-jwt-denylist"],
    },
    Rule {
        id: "minutes-tokens",
        when: Cond::Picked("revoke", "minutes"),
        surfaces: USERS,
        approach: "access-refresh",
        weight: 2,
        reason: "An access token of a few minutes keeps a revoked sign-in working for a few \
                 minutes at most, which the answers allow, and the refresh token behind it is \
                 revoked on the server.",
        sources: &["rfc9700-refresh", "rfc10017-refresh"],
    },
    Rule {
        id: "hours-tokens",
        when: Cond::Picked("revoke", "hours"),
        surfaces: USERS,
        approach: "access-refresh",
        weight: 2,
        reason: "With hours to spare, self-contained tokens lose their main weakness.",
        sources: &["article-framework"],
    },
    Rule {
        id: "hours-no-hybrid",
        when: Cond::Picked("revoke", "hours"),
        surfaces: USERS,
        approach: "hybrid",
        weight: -1,
        reason: "A store checked on every request buys speed of revocation the answers do \
                 not need.",
        sources: &["article-framework"],
    },
    Rule {
        id: "sensitive-bff",
        when: Cond::All(&[
            Cond::PickedAny("data", &["regulated", "personal"]),
            Cond::Picked("frontend", "spa-other"),
        ]),
        surfaces: WEB,
        approach: "bff",
        weight: 3,
        reason: "RFC 10017 strongly recommends a backend-for-frontend for browser apps that \
                 need OAuth tokens (as one on another site from its API does) and handle \
                 business, sensitive or personal data: the browser only ever holds an \
                 HttpOnly cookie.",
        sources: &["rfc10017-bff-recommended"],
    },
    Rule {
        id: "sensitive-no-browser-tokens",
        when: Cond::PickedAny("data", &["regulated", "personal"]),
        surfaces: WEB,
        approach: "access-refresh",
        weight: -3,
        reason: "RFC 10017 does not recommend keeping tokens in the browser for apps \
                 handling business, sensitive or personal data: any script running on the \
                 page can use them.",
        sources: &["rfc10017-browser-client", "owasp-session-storage"],
    },
    Rule {
        id: "sensitive-no-browser-hybrid",
        when: Cond::PickedAny("data", &["regulated", "personal"]),
        surfaces: WEB,
        approach: "hybrid",
        weight: -3,
        reason: "The hybrid keeps its access token in the browser too, which RFC 10017 does \
                 not recommend for business, sensitive or personal data.",
        sources: &["rfc10017-browser-client", "owasp-session-storage"],
    },
    Rule {
        id: "regulated-session",
        when: Cond::Picked("data", "regulated"),
        surfaces: WEB,
        approach: "session",
        weight: 2,
        reason: "The credential never reaches page scripts and the server can end it at any \
                 moment: what auditors of regulated systems check.",
        sources: &["asvs-7-4", "nist-session"],
    },
    Rule {
        id: "personal-session",
        when: Cond::Picked("data", "personal"),
        surfaces: WEB,
        approach: "session",
        weight: 1,
        reason: "Personal data is better guarded by a credential that scripts cannot read \
                 and the server can end.",
        sources: &["nist-session"],
    },
    Rule {
        id: "regulated-hybrid",
        when: Cond::Picked("data", "regulated"),
        surfaces: MOBILE,
        approach: "hybrid",
        weight: 1,
        reason: "A session record behind every token lets the team end any of them at once and \
                 keeps a server-side record of each sign-in.",
        sources: &["asvs-7-4"],
    },
    Rule {
        id: "small-session",
        when: Cond::PickedAny("scale", &["small", "medium"]),
        surfaces: WEB,
        approach: "session",
        weight: 1,
        reason: "Below about 100,000 users both approaches cost about the same to run, so \
                 the simpler one wins.",
        sources: &["article-framework"],
    },
    Rule {
        id: "huge-tokens",
        when: Cond::Picked("scale", "huge"),
        surfaces: USERS,
        approach: "access-refresh",
        weight: 1,
        reason: "At hundreds of millions of requests a day, verifying locally saves a store \
                 round trip on each one.",
        sources: &["article-framework", "redis-latency"],
    },
    Rule {
        id: "huge-hybrid",
        when: Cond::Picked("scale", "huge"),
        surfaces: USERS,
        approach: "hybrid",
        weight: 1,
        reason: "Hops behind the edge verify locally; only the edge pays for the store.",
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
        reason: "The shared store already in place can hold sessions at no extra cost.",
        sources: &["article-framework"],
    },
    Rule {
        id: "store-have-hybrid",
        when: Cond::Picked("store", "have"),
        surfaces: USERS,
        approach: "hybrid",
        weight: 1,
        reason: "The shared store already in place can hold the session records the edge \
                 checks.",
        sources: &["article-framework"],
    },
    Rule {
        id: "provider-wanted",
        when: Cond::Picked("run", "provider"),
        surfaces: SIGNIN,
        approach: "provider",
        weight: 20,
        reason: "The team prefers not to run authentication itself: a managed provider runs \
                 sign-in, second factors, passkeys and federation as a service, and the app \
                 keeps its own session after it.",
        sources: &["oidc-auth", "article-framework"],
    },
    Rule {
        id: "enterprise-provider",
        when: Cond::Picked("signin", "enterprise"),
        surfaces: SIGNIN,
        approach: "provider",
        weight: 3,
        reason: "Enterprise single sign-on means an OpenID Connect or SAML connection per \
                 customer, with every assertion's signature checked and each SAML assertion \
                 accepted once; managed providers have these connections ready-made.",
        sources: &["asvs-6-8", "oidc-auth"],
    },
    Rule {
        id: "enterprise-idp-self",
        when: Cond::Picked("signin", "enterprise"),
        surfaces: SIGNIN,
        approach: "idp-self",
        weight: 3,
        reason: "A self-hosted identity server brokers each customer's OpenID Connect or SAML \
                 connection, with the assertion checks ASVS asks for, so the app itself only \
                 speaks OpenID Connect to one server.",
        sources: &["asvs-6-8", "oidc-auth"],
    },
    Rule {
        id: "enterprise-not-in-app",
        when: Cond::Picked("signin", "enterprise"),
        surfaces: SIGNIN,
        approach: "in-app",
        weight: -2,
        reason: "Building one SAML or OpenID Connect connection per customer into the app, with \
                 signature and replay checks on every assertion, is a large piece of \
                 security-critical work to own.",
        sources: &["asvs-6-8"],
    },
    Rule {
        id: "domains-provider",
        when: Cond::Picked("domains", "several"),
        surfaces: SIGNIN,
        approach: "provider",
        weight: 3,
        reason: "One login across unrelated domains needs a central sign-in each site \
                 redirects to and that remembers people: an identity provider, with each site \
                 keeping its own session.",
        sources: &["oidc-auth", "psl"],
    },
    Rule {
        id: "domains-idp-self",
        when: Cond::Picked("domains", "several"),
        surfaces: SIGNIN,
        approach: "idp-self",
        weight: 3,
        reason: "A self-hosted identity server is that central sign-in without a vendor: each \
                 site sends people to it and keeps its own session.",
        sources: &["oidc-auth", "psl"],
    },
    Rule {
        id: "domains-not-in-app",
        when: Cond::Picked("domains", "several"),
        surfaces: SIGNIN,
        approach: "in-app",
        weight: -3,
        reason: "A browser never sends one site's cookies to an unrelated site, so sign-in \
                 built into one app cannot carry a login to the others.",
        sources: &["rfc6265bis-samesite", "psl"],
    },
    Rule {
        id: "social-provider",
        when: Cond::Picked("signin", "social"),
        surfaces: SIGNIN,
        approach: "provider",
        weight: 1,
        reason: "Managed providers bundle the social login connectors; a library in the app \
                 can do it too, one OpenID Connect client per provider.",
        sources: &["oidc-auth"],
    },
    Rule {
        id: "self-hosted-sso",
        when: Cond::All(&[Cond::Picked("run", "self"), NEEDS_SSO]),
        surfaces: SIGNIN,
        approach: "idp-self",
        weight: 1,
        reason: "The team runs authentication itself and needs single sign-on: a \
                 self-hosted identity server (Keycloak, ZITADEL, Authentik, Ory) provides it \
                 without a vendor.",
        sources: &["oidc-auth"],
    },
    Rule {
        id: "run-self-in-app",
        when: Cond::All(&[Cond::Picked("run", "self"), Cond::Not(&NEEDS_SSO)]),
        surfaces: SIGNIN,
        approach: "in-app",
        weight: 2,
        reason: "The team runs authentication itself and needs no single sign-on: a \
                 maintained library in the app signs people in without a server or a vendor \
                 to add.",
        sources: &["article-which-2026"],
    },
    Rule {
        id: "local-methods-in-app",
        when: Cond::PickedAny("signin", &["password", "passkey"]),
        surfaces: SIGNIN,
        approach: "in-app",
        weight: 1,
        reason: "Passwords and passkeys are checked where the accounts live; maintained \
                 libraries do both inside the app.",
        sources: &["webauthn3"],
    },
    Rule {
        id: "small-team-provider",
        when: Cond::Picked("team", "small"),
        surfaces: SIGNIN,
        approach: "provider",
        weight: 2,
        reason: "A small team without security specialists gains most from handing sign-in, \
                 recovery and second factors to a provider.",
        sources: &["article-which-2026"],
    },
    Rule {
        id: "small-team-no-idp-self",
        when: Cond::Picked("team", "small"),
        surfaces: SIGNIN,
        approach: "idp-self",
        weight: -2,
        reason: "An identity server is critical infrastructure to run, patch and back up: a \
                 lot for a small team.",
        sources: &["article-which-2026"],
    },
    Rule {
        id: "dedicated-idp-self",
        when: Cond::Picked("team", "dedicated"),
        surfaces: SIGNIN,
        approach: "idp-self",
        weight: 1,
        reason: "A dedicated identity team can run its own identity server and keep control \
                 of users and keys.",
        sources: &["oidc-auth"],
    },
    Rule {
        id: "store-cannot-sealed",
        when: Cond::Picked("store", "cannot"),
        surfaces: WEB,
        approach: "sealed",
        weight: 4,
        reason: "With no shared store, the session can travel sealed in its own cookie, \
                 encrypted and signed with a key only the server holds (RFC 10017 describes \
                 such client-side sessions); a short absolute lifetime bounds what a copied \
                 cookie can do.",
        sources: &["rfc10017-bff-sessions", "authjs-jwt"],
    },
    Rule {
        id: "instant-no-sealed",
        when: Cond::Picked("revoke", "instant"),
        surfaces: WEB,
        approach: "sealed",
        weight: -4,
        reason: "An encrypted cookie session cannot be ended before it expires: deleting it \
                 in one browser leaves any copy working, and changing the key ends everyone's \
                 session; ending one person's early needs a lookup again.",
        sources: &["asvs-7-4", "rfc10017-bff-sessions", "authjs-jwt"],
    },
    Rule {
        id: "spa-other-no-sealed",
        when: Cond::Picked("frontend", "spa-other"),
        surfaces: WEB,
        approach: "sealed",
        weight: -3,
        reason: "A cookie sent to an API on another site is a third-party cookie, whatever \
                 it holds: it needs SameSite=None and Safari and Firefox block or partition it.",
        sources: &["rfc6265bis-samesite", "mdn-chips"],
    },
    Rule {
        id: "cli-native-flow",
        when: Cond::Always,
        surfaces: CLI,
        approach: "access-refresh",
        weight: 3,
        reason: "A command-line or desktop app is a native app: it signs people in through the \
                 system browser with a loopback redirect and PKCE, or the device grant where \
                 no browser is at hand, so passwords never pass through it and its tokens \
                 can be revoked.",
        sources: &["rfc8252-loopback", "rfc8628"],
    },
    Rule {
        id: "cli-pat",
        when: Cond::Always,
        surfaces: CLI,
        approach: "pat",
        weight: 1,
        reason: "Scripts and CI have no person at hand to sign in: a personal access token \
                 with an expiry and only the scopes the job needs serves them, beside \
                 interactive sign-in.",
        sources: &["github-pat"],
    },
    Rule {
        id: "cli-no-api-keys",
        when: Cond::Always,
        surfaces: CLI,
        approach: "api-keys",
        weight: -2,
        reason: "A key that never expires, copied into config files and pipelines, outlives \
                 the person and the job it was made for; ASVS asks secrets to expire and \
                 rotate.",
        sources: &["asvs-13-3"],
    },
    Rule {
        id: "device-grant",
        when: Cond::Always,
        surfaces: DEVICE,
        approach: "access-refresh",
        weight: 3,
        reason: "The device authorization grant exists for devices without a browser or \
                 keyboard: the person approves the device on their phone, and the device \
                 receives its own tokens, which can be revoked one device at a time.",
        sources: &["rfc8628"],
    },
    Rule {
        id: "device-no-shared-secret",
        when: Cond::Always,
        surfaces: DEVICE,
        approach: "api-keys",
        weight: -4,
        reason: "A secret built into a device is not a secret: device clients generally \
                 cannot keep credentials confidential, since anyone holding one can extract \
                 them.",
        sources: &["rfc8628-public"],
    },
    Rule {
        id: "device-l3-mtls",
        when: LEVEL_3,
        surfaces: DEVICE,
        approach: "mtls",
        weight: 2,
        reason: "At ASVS level 3 tokens must be bound to their holder: a per-device key in \
                 secure hardware, with a certificate, binds them with mutual TLS.",
        sources: &["asvs-10-3", "rfc8705"],
    },
    Rule {
        id: "small-team-no-hybrid",
        when: Cond::Picked("team", "small"),
        surfaces: USERS,
        approach: "hybrid",
        weight: -2,
        reason: "Two mechanisms that must agree with each other are a lot for a small team \
                 to build and keep correct.",
        sources: &["article-framework"],
    },
    Rule {
        id: "small-team-no-bff",
        when: Cond::Picked("team", "small"),
        surfaces: WEB,
        approach: "bff",
        weight: -1,
        reason: "A backend-for-frontend is one more server to build, deploy and secure.",
        sources: &["rfc10017-bff-allowlist"],
    },
    Rule {
        id: "small-team-no-rotation",
        when: Cond::Picked("team", "small"),
        surfaces: USERS,
        approach: "access-refresh",
        weight: -1,
        reason: "Refresh-token rotation with reuse detection, or binding tokens to a key, is \
                 easy to get subtly wrong.",
        sources: &["rfc9700-refresh"],
    },
    Rule {
        id: "dedicated-hybrid",
        when: Cond::Picked("team", "dedicated"),
        surfaces: USERS,
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
        sources: &["rfc10017-bff-client"],
    },
    Rule {
        id: "service-short-tokens",
        when: Cond::Always,
        surfaces: SERVICES,
        approach: "service-jwt",
        weight: 2,
        reason: "ASVS asks for individual service accounts with short-term tokens or \
                 certificates between back-end components: a JWT each service signs with its \
                 own key, for one audience, is exactly that.",
        sources: &["asvs-13-2", "rfc7523"],
    },
    Rule {
        id: "service-no-api-keys",
        when: Cond::Always,
        surfaces: SERVICES,
        approach: "api-keys",
        weight: -4,
        reason: "ASVS 5.0 13.2.1 (level 2) rules out unchanging credentials such as API keys \
                 between a system's own services: they do not expire and prove nothing about which \
                 workload is calling.",
        sources: &["asvs-13-2"],
    },
    Rule {
        id: "micro-mtls",
        when: Cond::Picked("backend", "micro"),
        surfaces: SERVICES,
        approach: "mtls",
        weight: 2,
        reason: "With many services, a mesh issues, rotates and checks a workload \
                 certificate for every hop without code in each service.",
        sources: &["spiffe-x509", "asvs-13-2"],
    },
    Rule {
        id: "micro-service-jwt",
        when: Cond::Picked("backend", "micro"),
        surfaces: SERVICES,
        approach: "service-jwt",
        weight: 1,
        reason: "A short token with a single audience per call limits what a replayed token \
                 can reach.",
        sources: &["spiffe-jwt-svid", "rfc8725-audience"],
    },
    Rule {
        id: "small-team-no-mtls",
        when: Cond::Picked("team", "small"),
        surfaces: SERVICES,
        approach: "mtls",
        weight: -2,
        reason: "Running a mesh or a private certificate authority is real operations work.",
        sources: &["article-rajpoot"],
    },
    Rule {
        id: "dedicated-mtls",
        when: Cond::Picked("team", "dedicated"),
        surfaces: SERVICES,
        approach: "mtls",
        weight: 1,
        reason: "A dedicated team can run the certificate infrastructure mutual TLS needs.",
        sources: &["spiffe-x509"],
    },
    Rule {
        id: "l3-mtls",
        when: LEVEL_3,
        surfaces: SERVICES,
        approach: "mtls",
        weight: 4,
        reason: "At ASVS level 3 services must prove who they are to each other with strong, \
                 replay-resistant authentication such as TLS client certificates, and ASVS \
                 suggests a service mesh to manage them.",
        sources: &["asvs-12-3", "spiffe-x509"],
    },
];

pub static CONSTRAINTS: &[Constraint] = &[
    Constraint {
        id: "no-store-no-hybrid",
        when: Cond::Picked("store", "cannot"),
        surfaces: USERS,
        approach: "hybrid",
        reason: "The hybrid's edge checks a server-side session record on every request, and \
                 the answers rule out a shared store.",
        sources: &["asvs-7-4"],
    },
    Constraint {
        id: "no-store-no-session",
        when: Cond::Picked("store", "cannot"),
        surfaces: USERS,
        approach: "session",
        reason: "A server-side session lives in a store every instance can reach, and the \
                 answers rule out a shared store.",
        sources: &["rfc10017-bff-sessions"],
    },
    Constraint {
        id: "self-run-no-managed",
        when: Cond::Picked("run", "self"),
        surfaces: SIGNIN,
        approach: "provider",
        reason: "The team wants to run authentication itself, in its app or on an identity \
                 server of its own.",
        sources: &[],
    },
];
