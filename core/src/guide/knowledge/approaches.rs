//! The approaches the engine weighs and the client surfaces it recommends them for.
//!
//! Priors encode "start with the simplest thing": a session cookie for people and a signed
//! short-lived token for services start ahead; everything else must earn its place through
//! the answers.
//!
//! `complexity` is the order that breaks a tie, simplest first, counted in the moving parts a
//! team builds and must keep correct:
//!
//! 0. session: one cookie, one store lookup.
//! 1. API keys: one long-lived secret per client, stored as a hash.
//! 2. client credentials: an authorization server issuing short-lived tokens to known clients.
//! 3. service JWTs: a key pair per service, signing, key distribution, audience checks.
//! 4. identity provider: an OpenID Connect client plus your own session; the provider (hosted
//!    or your own server) runs the rest.
//! 5. access + refresh: an authorization server, signing keys, refresh rotation or sender
//!    constraint, and token handling in every client.
//! 6. backend-for-frontend: a session plus a confidential OAuth client plus a proxy.
//! 7. delegated OAuth: an authorization server with consent, scopes and client registration.
//! 8. mutual TLS: a certificate authority or mesh issuing and rotating workload certificates.
//! 9. hybrid: access + refresh plus a session store, two mechanisms that must agree.

use crate::guide::model::{Approach, Cond, Surface, SurfaceSummary};

pub static APPROACHES: &[Approach] = &[
    Approach {
        id: "session",
        name: "Server-side session",
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
        id: "bff",
        name: "Backend-for-frontend",
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
        complexity: 6,
    },
    Approach {
        id: "access-refresh",
        name: "Short-lived JWT access token + refresh token",
        short: "access and refresh tokens",
        summary: "A signed access token of a few minutes is verified locally by each API; a \
                  refresh token with a maximum lifetime, rotated on every use or bound to the \
                  client's key, obtains new ones.",
        work: &[
            "run an authorization server and rotate its signing keys",
            "rotate or sender-constrain refresh tokens, each with a maximum lifetime",
            "keep tokens out of reach of scripts in every client",
        ],
        prior: 0,
        complexity: 5,
    },
    Approach {
        id: "hybrid",
        name: "Hybrid: short JWT plus a session checked at the edge",
        short: "the hybrid of short tokens and sessions",
        summary: "Requests carry a short-lived access token in a header; the edge (gateway or \
                  first service) checks the session record behind it on every request, and the \
                  services behind the edge verify the token locally.",
        work: &[
            "run an authorization server and rotate its signing keys",
            "run a session store the edge checks on every request, and keep it in agreement with the tokens",
            "keep tokens out of reach of scripts in every client",
        ],
        prior: 0,
        complexity: 9,
    },
    Approach {
        id: "provider",
        name: "Identity provider (managed or self-hosted)",
        short: "an identity provider",
        summary: "A dedicated identity server runs sign-in, single sign-on and token issuance: \
                  hosted (Auth0, Clerk, Cognito, Entra ID, Supabase Auth, Stytch…) or your own \
                  (Keycloak, ZITADEL, Authentik, Ory); your app validates what it issues and \
                  keeps its own session.",
        work: &[
            "integrate OpenID Connect, validate ID tokens and keep our own session",
            "budget for the provider (or run and patch a self-hosted one) and keep an exit plan",
        ],
        prior: 0,
        complexity: 4,
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
        complexity: 2,
    },
    Approach {
        id: "oauth-delegated",
        name: "OAuth authorization with user consent",
        short: "OAuth with user consent",
        summary: "Third-party apps send your users to your authorization server, which asks for \
                  consent and issues scoped, short-lived access tokens (authorization code with \
                  PKCE) and refresh tokens the user can revoke.",
        work: &[
            "run an authorization server with consent, scopes and client registration",
            "let people see and revoke what each app may do",
        ],
        prior: 0,
        complexity: 7,
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
        complexity: 3,
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
        complexity: 8,
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
        complexity: 1,
    },
];

pub static SURFACES: &[Surface] = &[
    Surface {
        id: "web",
        name: "Browser app",
        short: "the browser app",
        present_when: Cond::Any(&[Cond::Picked("clients", "web"), Cond::Unsure("clients")]),
        candidates: &["session", "bff", "access-refresh", "hybrid", "provider"],
    },
    Surface {
        id: "mobile",
        name: "Native mobile app",
        short: "the native mobile app",
        present_when: Cond::Any(&[Cond::Picked("clients", "mobile"), Cond::Unsure("clients")]),
        candidates: &["access-refresh", "session", "hybrid", "provider"],
    },
    Surface {
        id: "api",
        name: "Partner servers",
        short: "partners' servers",
        present_when: Cond::Picked("clients", "api"),
        candidates: &["client-credentials", "api-keys", "provider"],
    },
    Surface {
        id: "delegated",
        name: "Third-party apps for your users",
        short: "third-party apps acting for our users",
        present_when: Cond::Picked("clients", "delegated"),
        candidates: &["oauth-delegated", "provider", "api-keys"],
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
        surface: "mobile",
        approach: "provider",
        summary: "The app signs in through the identity provider in the system browser (with \
                  PKCE) and receives its tokens; the API validates what the provider issues.",
    },
    SurfaceSummary {
        surface: "api",
        approach: "provider",
        summary: "The identity provider registers each partner as a machine client and \
                  issues it short-lived tokens for the API.",
    },
    SurfaceSummary {
        surface: "delegated",
        approach: "provider",
        summary: "A managed or self-hosted authorization server asks the users for consent \
                  and issues third-party apps scoped, short-lived tokens for the API.",
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
];
