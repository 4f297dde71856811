//! The approaches the engine weighs and the client surfaces it recommends them for.
//!
//! Priors encode "start with the simplest thing": a session cookie for people and a signed
//! short-lived token for services start ahead; everything else must earn its place through
//! the answers.

use crate::guide::model::{Approach, Cond, Surface};

pub static APPROACHES: &[Approach] = &[
    Approach {
        id: "session",
        name: "Server-side session cookie",
        summary: "The browser holds a random session ID in an HttpOnly cookie; the server keeps \
                  the session in its database or a shared store and looks it up on each request.",
        prior: 2,
    },
    Approach {
        id: "bff",
        name: "Backend-for-frontend",
        summary: "A small server on the front end's own site holds the OAuth tokens and gives \
                  the browser only a session cookie; it attaches tokens to API calls itself.",
        prior: 0,
    },
    Approach {
        id: "access-refresh",
        name: "Short-lived JWT access token + rotating refresh token",
        summary: "A signed access token of 5 to 15 minutes is verified locally by each API; a \
                  longer-lived refresh token, stored server-side and rotated on every use, \
                  obtains new ones.",
        prior: 0,
    },
    Approach {
        id: "hybrid",
        name: "Hybrid: short JWT backed by a session store",
        summary: "Requests carry a short-lived JWT that is verified locally, and a server-side \
                  session or revocation record lets you cut access before the token expires.",
        prior: 0,
    },
    Approach {
        id: "provider",
        name: "Managed identity provider",
        summary: "A hosted service (Auth0, Clerk, Cognito, Entra ID, Supabase Auth, Stytch…) \
                  runs sign-in, sessions and tokens; your app validates what it issues and \
                  keeps its own session.",
        prior: 0,
    },
    Approach {
        id: "service-jwt",
        name: "Signed short-lived service JWT",
        summary: "The calling service signs a JWT of a few minutes with its own private key, \
                  for a single audience; the called service verifies it with the caller's \
                  public key.",
        prior: 2,
    },
    Approach {
        id: "mtls",
        name: "Mutual TLS between workloads",
        summary: "Every workload gets a certificate (usually from a service mesh or SPIFFE) and \
                  both ends of each connection prove who they are.",
        prior: 0,
    },
    Approach {
        id: "api-keys",
        name: "API keys",
        summary: "A long random secret per client, sent in a header and looked up (as a hash) \
                  on the server; simple, revocable, but long-lived.",
        prior: 0,
    },
];

pub static SURFACES: &[Surface] = &[
    Surface {
        id: "web",
        name: "Browser app",
        present_when: Cond::Any(&[Cond::Picked("clients", "web"), Cond::Unsure("clients")]),
        candidates: &["session", "bff", "hybrid", "access-refresh", "provider"],
    },
    Surface {
        id: "mobile",
        name: "Native mobile app",
        present_when: Cond::Any(&[Cond::Picked("clients", "mobile"), Cond::Unsure("clients")]),
        candidates: &["access-refresh", "hybrid", "session", "provider"],
    },
    Surface {
        id: "api",
        name: "Third-party API clients",
        present_when: Cond::Picked("clients", "api"),
        candidates: &["access-refresh", "api-keys", "hybrid", "provider"],
    },
    Surface {
        id: "services",
        name: "Service to service",
        present_when: Cond::Any(&[
            Cond::Picked("clients", "services"),
            Cond::PickedAny("backend", &["few", "micro"]),
        ]),
        candidates: &["service-jwt", "mtls", "api-keys"],
    },
];
