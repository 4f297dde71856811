//! The approaches the engine weighs and the cards it recommends them for.
//!
//! The guide makes two decisions. *Sign-in* is how people prove who they are and who runs it:
//! the app itself with a maintained library, an identity server the team hosts, or a managed
//! provider. *Staying signed in* is decided per client surface: a session, an encrypted cookie
//! session, a backend-for-frontend, access and refresh tokens, the hybrid; credentials for
//! machines. A provider signs people in; it never replaces the session or tokens after that
//! (OpenID Connect Core §3.1.3.7: the client validates the ID token, then keeps its own state).
//!
//! Priors encode "start with the simplest thing": a session cookie for people, sign-in in the
//! app itself and a signed short-lived token for services start ahead; everything else must be
//! called for by the answers.
//!
//! `complexity` is the order that breaks a tie, simplest first, counted in the moving parts a
//! team builds and must keep correct:
//!
//! 0. session: one cookie, one store lookup.
//! 1. encrypted cookie session: one sealing key, no store, no early revocation.
//! 2. API keys: one long-lived secret per client, stored as a hash.
//! 3. personal access tokens: API keys a person creates, with an expiry and scopes.
//! 4. sign-in in the app: a maintained library, users in your own database.
//! 5. client credentials: an authorization server issuing short-lived tokens to known clients.
//! 6. service JWTs: a key pair per service, signing, key distribution, audience checks.
//! 7. managed identity provider: an OpenID Connect client; the vendor runs the rest.
//! 8. self-hosted identity server: the same client, plus a server to run and patch.
//! 9. access + refresh: an authorization server, signing keys, refresh rotation or sender
//!    constraint, and token handling in every client.
//! 10. backend-for-frontend: a session plus a confidential OAuth client plus a proxy.
//! 11. delegated OAuth: an authorization server with consent, scopes and client registration.
//! 12. mutual TLS: a certificate authority or mesh issuing and rotating certificates.
//! 13. hybrid: access + refresh plus a session store, two mechanisms that must agree.

use super::questions::HAS_PEOPLE;
use crate::guide::model::{Approach, Cond, Surface, SurfaceSummary};
use crate::names;

pub static APPROACHES: &[Approach] = &[
    Approach {
        id: "session",
        name: names::SESSION,
        short: "server-side sessions",
        summary: "The client holds a random session ID (in a browser, an HttpOnly cookie); the \
                  server keeps the session in its database or a shared store and looks it up on \
                  each request.",
        work: &[
            "run a session store every instance can reach, and expire and delete sessions there",
            "defend every state-changing request against CSRF",
            "set the cookie's attributes and issue a new session ID at every sign-in",
        ],
        prior: 2,
        complexity: 0,
    },
    Approach {
        id: "sealed",
        name: names::SEALED,
        short: "an encrypted cookie session",
        summary: "The server seals the session itself (encrypted and signed with a key only \
                  it holds) into an HttpOnly cookie, so no store is needed; a session cannot \
                  be ended before it expires, except by changing the key, which ends every \
                  session at once.",
        work: &[
            "keep the sealing key in a secrets manager and rotate it with an overlap",
            "give sessions a short absolute lifetime, because one cannot be ended early, and say so in the design",
            "keep the cookie under 4 KB and keep anything that must be revocable in the database",
        ],
        prior: 0,
        complexity: 1,
    },
    Approach {
        id: "bff",
        name: names::BFF,
        short: "a backend-for-frontend",
        summary: "A small server on the front end's own site is a confidential OAuth client: it \
                  holds the tokens, gives the browser only a session cookie, and attaches tokens \
                  to API calls itself.",
        work: &[
            "build, deploy and secure the backend-for-frontend as a confidential OAuth client with an outbound allowlist",
            "defend against CSRF with a custom header and CORS",
            "keep its sessions in a store or in an encrypted cookie",
        ],
        prior: 0,
        complexity: 10,
    },
    Approach {
        id: "access-refresh",
        name: names::ACCESS_REFRESH,
        short: "access and refresh tokens",
        summary: "A signed access token of a few minutes is verified locally by each API; a \
                  refresh token with a maximum lifetime, rotated on every use or bound to the \
                  client's key, obtains new ones.",
        work: &[
            "run an authorization server and rotate its signing keys",
            "rotate or sender-constrain refresh tokens, each with a maximum lifetime",
            "keep tokens where no other code can read them: in memory and the platform's secure storage, never in web storage",
        ],
        prior: 0,
        complexity: 9,
    },
    Approach {
        id: "hybrid",
        name: names::HYBRID,
        short: "the hybrid of short tokens and sessions",
        summary: "Requests carry a short-lived access token in a header; the edge (gateway or \
                  first service) checks the session record behind it on every request, and the \
                  services behind the edge verify the token locally.",
        work: &[
            "run an authorization server and rotate its signing keys",
            "run a session store the edge checks on every request, and keep it in agreement with the tokens",
            "keep tokens where no other code can read them: in memory and the platform's secure storage, never in web storage",
        ],
        prior: 0,
        complexity: 13,
    },
    Approach {
        id: "in-app",
        name: "Sign-in built into the app",
        short: "a maintained library in our app",
        summary: "Accounts live in your own database; a maintained library checks passwords, \
                  second factors and passkeys, and after sign-in the app starts its own session \
                  or issues its own tokens.",
        work: &[
            "run password storage, second factors, passkeys, recovery and rate limiting through a maintained library",
            "keep the library patched and review every sign-in flow it exposes",
        ],
        prior: 2,
        complexity: 4,
    },
    Approach {
        id: "provider",
        name: "Managed identity provider",
        short: "a managed identity provider",
        summary: "A hosted service (Auth0, Clerk, Cognito, Entra ID, Okta, Supabase Auth, \
                  Stytch…) signs people in with passwords, passkeys, social and enterprise \
                  login; your app receives its ID token over OpenID Connect, validates it and \
                  then keeps its own session or tokens.",
        work: &[
            "integrate OpenID Connect and validate every ID token",
            "budget for the provider and keep an exit plan (your own user IDs, an export of users)",
        ],
        prior: 0,
        complexity: 7,
    },
    Approach {
        id: "idp-self",
        name: "Self-hosted identity server",
        short: "a self-hosted identity server",
        summary: "An identity server the team runs (Keycloak, ZITADEL, Authentik, Ory) signs people \
                  in and brokers enterprise and social login over OpenID Connect and SAML; \
                  your apps are its OpenID Connect clients and keep their own sessions.",
        work: &[
            "run, patch, back up and monitor the identity server as critical infrastructure",
            "integrate OpenID Connect and validate every ID token",
        ],
        prior: 0,
        complexity: 8,
    },
    Approach {
        id: "client-credentials",
        name: "OAuth client credentials",
        short: "OAuth client credentials",
        summary: "Each partner is a registered OAuth client that authenticates (best with a \
                  signed JWT or mutual TLS, not a shared secret) and receives short-lived, \
                  scoped access tokens.",
        work: &[
            "register each partner as a client that authenticates with a signed JWT or mutual TLS",
            "issue short-lived tokens scoped and restricted to our API",
        ],
        prior: 0,
        complexity: 5,
    },
    Approach {
        id: "oauth-delegated",
        name: "OAuth authorization with user consent",
        short: "OAuth with user consent",
        summary: "Third-party apps send your users to your authorization server (your own or \
                  your identity provider's), which asks for consent and issues scoped, short-lived access tokens (authorization code with \
                  PKCE) and refresh tokens the user can revoke.",
        work: &[
            "run an authorization server with consent, scopes and client registration",
            "let people see and revoke what each app may do",
        ],
        prior: 0,
        complexity: 11,
    },
    Approach {
        id: "service-jwt",
        name: "Signed short-lived service JWT",
        short: "signed service JWTs",
        summary: "The calling service signs a JWT of a few minutes with its own private key, \
                  for a single audience; the called service verifies it with the caller's \
                  public key (a JWT modelled on RFC 7523's assertions, which go to a token \
                  endpoint instead).",
        work: &[
            "give every service its own key pair, publish the public keys and rotate them",
            "check the audience and lifetime of every token received",
        ],
        prior: 2,
        complexity: 6,
    },
    Approach {
        id: "mtls",
        name: "Mutual TLS between workloads",
        short: "mutual TLS",
        summary: "Every workload gets a short-lived certificate (from a service mesh or \
                  SPIFFE/SPIRE) and both ends of each connection prove who they are.",
        work: &[
            "run a certificate authority or mesh that issues and rotates workload certificates",
            "authorise calls by workload identity",
        ],
        prior: 0,
        complexity: 12,
    },
    Approach {
        id: "api-keys",
        name: "API keys",
        short: "API keys",
        summary: "A long random secret per client, sent in a header and looked up (as a hash) \
                  on the server; simple and revocable, but long-lived and not bound to anyone.",
        work: &[
            "generate, hash, scope and rotate keys, and keep them out of URLs and logs",
        ],
        prior: 0,
        complexity: 2,
    },
    Approach {
        id: "pat",
        name: "Personal access tokens",
        short: "personal access tokens",
        summary: "Each person creates tokens for their scripts and pipelines, each with an \
                  expiry and only the scopes it needs; the server stores a hash, and the \
                  person or an administrator can revoke any of them.",
        work: &[
            "let people create, list and revoke tokens with an expiry and scopes, shown once and stored as a hash",
        ],
        prior: 0,
        complexity: 3,
    },
];

pub static SURFACES: &[Surface] = &[
    Surface {
        id: "signin",
        name: "Sign-in",
        short: "signing people in",
        present_when: HAS_PEOPLE,
        candidates: &["in-app", "provider", "idp-self"],
    },
    Surface {
        id: "web",
        name: "Browser app",
        short: "the browser app",
        present_when: Cond::Any(&[Cond::Picked("clients", "web"), Cond::Unsure("clients")]),
        candidates: &["session", "sealed", "bff", "access-refresh", "hybrid"],
    },
    Surface {
        id: "mobile",
        name: "Native mobile app",
        short: "the native mobile app",
        present_when: Cond::Any(&[Cond::Picked("clients", "mobile"), Cond::Unsure("clients")]),
        candidates: &["access-refresh", "session", "hybrid"],
    },
    Surface {
        id: "cli",
        name: "Command-line or desktop app",
        short: "the command-line or desktop app",
        present_when: Cond::Picked("clients", "cli"),
        candidates: &["access-refresh", "pat", "api-keys"],
    },
    Surface {
        id: "device",
        name: "Devices without a browser",
        short: "devices without a browser",
        present_when: Cond::Picked("clients", "device"),
        candidates: &["access-refresh", "mtls", "api-keys"],
    },
    Surface {
        id: "api",
        name: "Partner servers",
        short: "partners' servers",
        present_when: Cond::Picked("clients", "api"),
        candidates: &["client-credentials", "api-keys"],
    },
    Surface {
        id: "delegated",
        name: "Third-party apps for your users",
        short: "third-party apps acting for our users",
        present_when: Cond::Picked("clients", "delegated"),
        candidates: &["oauth-delegated", "api-keys"],
    },
    Surface {
        id: "services",
        name: "Service to service",
        short: "calls between our services",
        present_when: Cond::Picked("clients", "services"),
        candidates: &["service-jwt", "mtls", "api-keys"],
    },
];

/// Where an approach's own summary would describe it wrongly for a surface.
pub static SUMMARIES: &[SurfaceSummary] = &[
    SurfaceSummary {
        surface: "web",
        approach: "session",
        summary: "The browser holds a random session ID in an HttpOnly cookie; the server keeps \
                  the session in its database or a shared store and looks it up on each \
                  request.",
    },
    SurfaceSummary {
        surface: "web",
        approach: "access-refresh",
        summary: "Page scripts hold a short-lived access token in memory and send it in a \
                  header; a refresh token kept out of their reach (in a worker or on a \
                  backend of the same site) obtains new ones; each API verifies the access \
                  token locally.",
    },
    SurfaceSummary {
        surface: "web",
        approach: "hybrid",
        summary: "Page scripts send a short-lived access token in a header; the edge checks \
                  the session record behind it on every request, and the services behind the \
                  edge verify the token locally.",
    },
    SurfaceSummary {
        surface: "mobile",
        approach: "session",
        summary: "The app receives a random session ID from the server, keeps it in the \
                  Keychain or Android Keystore and sends it in a header; the server looks \
                  the session up on each request and can delete it at once.",
    },
    SurfaceSummary {
        surface: "mobile",
        approach: "access-refresh",
        summary: "The app signs in through the system browser with PKCE, keeps the refresh \
                  token in the Keychain or Android Keystore and the short-lived access token \
                  in memory; each API verifies the access token locally.",
    },
    SurfaceSummary {
        surface: "mobile",
        approach: "hybrid",
        summary: "The app sends a short-lived access token in a header and keeps the refresh \
                  token in the Keychain or Android Keystore; the edge checks the session \
                  behind the token on every request.",
    },
    SurfaceSummary {
        surface: "delegated",
        approach: "api-keys",
        summary: "Each user creates a key and pastes it into the third-party app, which then \
                  acts with all of that user's rights.",
    },
    SurfaceSummary {
        surface: "services",
        approach: "api-keys",
        summary: "Each calling service sends a long-lived secret in a header, which the \
                  called service looks up as a hash.",
    },
    SurfaceSummary {
        surface: "cli",
        approach: "access-refresh",
        summary: "The app opens the system browser to sign in and receives the result on a \
                  loopback address (127.0.0.1, on a port it opens for that one sign-in) with \
                  PKCE, or shows a code to enter on another device where no browser is at \
                  hand; it keeps the refresh token in the operating system's credential \
                  store.",
    },
    SurfaceSummary {
        surface: "device",
        approach: "access-refresh",
        summary: "The device shows a short code and an address; the person signs in on their \
                  phone or computer, and the device, which has been polling, receives its own \
                  tokens (the device authorization grant) and keeps the refresh token in its \
                  secure storage.",
    },
    SurfaceSummary {
        surface: "device",
        approach: "mtls",
        summary: "Each device holds its own private key (in secure hardware where it has \
                  some) and a certificate issued when it is enrolled; it authenticates with \
                  mutual TLS, and its tokens are bound to that certificate.",
    },
    SurfaceSummary {
        surface: "device",
        approach: "api-keys",
        summary: "A secret built into the device's software or configuration, sent in a \
                  header: anyone holding one device can extract it.",
    },
];
