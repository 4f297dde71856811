//! The glossary's entries: short definitions in the project's own words, each with a source.
//! `matches` lists the forms that get linked in other texts (matched case-insensitively on
//! word boundaries); keep them specific enough not to catch ordinary words.

use super::{Mention, Term};

/// Every glossary entry, in the order the glossary page lists them.
pub static TERMS: &[Term] = &[
    Term {
        id: "access-token",
        term: "Access token",
        definition: "A short-lived credential a client sends with each API call to show what it \
                     may do. Often a JWT, valid for minutes: no RFC fixes a number, and 5 to 15 \
                     minutes is common practice.",
        sources: &["rfc9068-claims", "rfc10017-refresh", "article-framework"],
    },
    Term {
        id: "bff",
        term: "Backend-for-frontend (BFF)",
        definition: "A small server on the web front end's own site that performs the OAuth \
                     flows, keeps the tokens, and gives the browser only an HttpOnly session \
                     cookie. RFC 10017's most secure pattern for browser apps.",
        sources: &["rfc10017-patterns", "rfc10017-bff-client"],
    },
    Term {
        id: "bearer-token",
        term: "Bearer token",
        definition: "A token that grants access to whoever presents it, like cash: a stolen \
                     copy works for the thief. Sender-constrained tokens (DPoP, mTLS) fix this.",
        sources: &["rfc9700-sender"],
    },
    Term {
        id: "csrf",
        term: "Cross-site request forgery (CSRF)",
        definition: "Another site makes the victim's browser send a request to your app, with \
                     the victim's cookies attached. Defended with anti-CSRF tokens, Fetch \
                     Metadata checks and SameSite cookies.",
        sources: &["owasp-csrf-token", "owasp-csrf-fetch"],
    },
    Term {
        id: "denylist",
        term: "Denylist",
        definition: "A server-side list of revoked tokens (by `jti` and issuer) checked on every \
                     request. It makes self-contained tokens revocable, and the design stateful.",
        sources: &["owasp-jwt-denylist", "asvs-7-4"],
    },
    Term {
        id: "dpop",
        term: "DPoP",
        definition: "Demonstrating Proof of Possession: the client signs each request with its \
                     own key and the token is bound to that key, so a copied token is useless.",
        sources: &["rfc9449"],
    },
    Term {
        id: "hmac",
        term: "HMAC",
        definition: "A message authentication code made with one shared secret (HS256, HS384, \
                     HS512); not a signature: whoever can check it can also make it, so the \
                     secret must be long, random and well kept.",
        sources: &["rfc7518", "rfc8725-entropy"],
    },
    Term {
        id: "host-prefix",
        term: "__Host- cookie prefix",
        definition: "A cookie name starting with __Host- is only accepted when it is Secure, has \
                     Path=/ and no Domain, so subdomains cannot overwrite it, and it is sent to \
                     that one host only. __Host-Http- (layered-cookies draft) also forbids \
                     scripts from setting it.",
        sources: &["rfc6265bis-prefixes", "layered-cookies"],
    },
    Term {
        id: "httponly",
        term: "HttpOnly",
        definition: "A cookie attribute that hides the cookie from page scripts, so cross-site \
                     scripting cannot read it (it can still use it while it runs).",
        sources: &["asvs-3-3", "nist-session"],
    },
    Term {
        id: "id-token",
        term: "ID token",
        definition: "The JWT an OpenID Connect provider issues to tell your app who signed in. \
                     Validate it, then create your own session; it is not an API access token.",
        sources: &["oidc-validation", "asvs-10-5"],
    },
    Term {
        id: "jwks",
        term: "JWKS",
        definition: "A JSON Web Key Set: the public keys an issuer publishes, each with a `kid`, \
                     so verifiers can pick the right key and keys can be rotated.",
        sources: &["rfc7517"],
    },
    Term {
        id: "jwt",
        term: "JSON Web Token (JWT)",
        definition: "A compact, signed set of claims (header.payload.signature, each base64url). \
                     Usually signed or MACed, not encrypted: anyone holding it can read it.",
        sources: &["rfc7515", "rfc7519-privacy"],
    },
    Term {
        id: "key-confusion",
        term: "Key confusion",
        definition: "An attacker makes a verifier treat a public key as an HMAC secret (or \
                     accept `none`) by changing the token's `alg`. Prevented by pinning the \
                     algorithm per key.",
        sources: &["rfc8725-alg"],
    },
    Term {
        id: "kid",
        term: "kid (key ID)",
        definition: "A header parameter naming which key signed the token. It only selects among \
                     keys you already trust; it must never be used as a path or query.",
        sources: &["rfc8725-received"],
    },
    Term {
        id: "mtls",
        term: "Mutual TLS (mTLS)",
        definition: "Both ends of a TLS connection present certificates, so each knows who the \
                     other is. Service meshes use it between workloads (SPIFFE X509-SVIDs); OAuth \
                     tokens can be bound to the client certificate (RFC 8705).",
        sources: &["spiffe-x509", "rfc8705"],
    },
    Term {
        id: "oidc",
        term: "OpenID Connect (OIDC)",
        definition: "An identity layer on OAuth 2: a provider signs people in and gives your app \
                     an ID token describing them.",
        sources: &["oidc-auth"],
    },
    Term {
        id: "pkce",
        term: "PKCE",
        definition: "Proof Key for Code Exchange: a one-time secret that ties an OAuth \
                     authorization code to the app that asked for it, so an intercepted code is \
                     useless.",
        sources: &["rfc8252-pkce"],
    },
    Term {
        id: "refresh-rotation",
        term: "Refresh token rotation",
        definition: "Each use of a refresh token returns a new one and retires the old. It does \
                     not shorten a stolen token's life by itself: it lets the server notice when \
                     a retired token comes back. The family keeps one maximum lifetime that \
                     rotation never extends.",
        sources: &["rfc9700-refresh", "rfc10017-refresh"],
    },
    Term {
        id: "refresh-token",
        term: "Refresh token",
        definition: "A longer-lived credential, stored server-side and revocable, that a client \
                     exchanges for new access tokens until its maximum lifetime ends.",
        sources: &["rfc9700-refresh"],
    },
    Term {
        id: "reuse-detection",
        term: "Reuse detection",
        definition: "If a retired refresh token is presented again, someone copied it: the server \
                     revokes the whole family of tokens descended from it.",
        sources: &["rfc9700-refresh"],
    },
    Term {
        id: "samesite",
        term: "SameSite",
        definition: "A cookie attribute that keeps the browser from sending the cookie on \
                     requests started by other sites (Lax or Strict). Defence in depth against \
                     CSRF, not a replacement for it.",
        sources: &["rfc6265bis-samesite", "owasp-csrf-token"],
    },
    Term {
        id: "session-fixation",
        term: "Session fixation",
        definition: "An attacker gets a victim to use a session ID the attacker knows; if the ID \
                     survives login, the attacker is logged in too. Prevented by issuing a new ID \
                     at login.",
        sources: &["cwe384", "asvs-7-2"],
    },
    Term {
        id: "spiffe",
        term: "SPIFFE",
        definition: "A standard for workload identity: each service gets a verifiable identity as \
                     an X.509 certificate or a short-lived JWT (JWT-SVID), issued within its \
                     trust domain.",
        sources: &["spiffe-x509", "spiffe-jwt-svid"],
    },
    Term {
        id: "sso",
        term: "Single sign-on (SSO)",
        definition: "Signing in once with an identity provider and being recognised by several \
                     applications, each of which keeps its own session.",
        sources: &["oidc-auth"],
    },
    Term {
        id: "xss",
        term: "Cross-site scripting (XSS)",
        definition: "Injected script running in your page with the user's rights. It can read \
                     anything scripts can reach (tokens in localStorage) and defeats every CSRF \
                     defence.",
        sources: &["owasp-session-storage", "rfc10017-storage"],
    },
];

/// The words that link to each entry, in `TERMS`' order: apart from the definitions, so that
/// a page which links terms (the guide) does not carry the glossary's text.
pub static MENTIONS: &[Mention] = &[
    Mention {
        id: "access-token",
        matches: &["access token", "access tokens"],
    },
    Mention {
        id: "bff",
        matches: &["backend-for-frontend", "BFF"],
    },
    Mention {
        id: "bearer-token",
        matches: &["bearer token", "bearer tokens"],
    },
    Mention {
        id: "csrf",
        matches: &["CSRF", "cross-site request forgery"],
    },
    Mention {
        id: "denylist",
        matches: &["denylist"],
    },
    Mention {
        id: "dpop",
        matches: &["DPoP"],
    },
    Mention {
        id: "hmac",
        matches: &["HMAC"],
    },
    Mention {
        id: "host-prefix",
        matches: &["__Host-"],
    },
    Mention {
        id: "httponly",
        matches: &["HttpOnly"],
    },
    Mention {
        id: "id-token",
        matches: &["ID token"],
    },
    Mention {
        id: "jwks",
        matches: &["JWKS"],
    },
    Mention {
        id: "jwt",
        matches: &["JWT", "JWTs", "JSON Web Token"],
    },
    Mention {
        id: "key-confusion",
        matches: &["key confusion", "algorithm confusion"],
    },
    Mention {
        id: "kid",
        matches: &["kid"],
    },
    Mention {
        id: "mtls",
        matches: &["mutual TLS", "mTLS"],
    },
    Mention {
        id: "oidc",
        matches: &["OpenID Connect", "OIDC"],
    },
    Mention {
        id: "pkce",
        matches: &["PKCE"],
    },
    Mention {
        id: "refresh-rotation",
        matches: &[
            "refresh rotation",
            "refresh token rotation",
            "rotating refresh token",
        ],
    },
    Mention {
        id: "refresh-token",
        matches: &["refresh token", "refresh tokens"],
    },
    Mention {
        id: "reuse-detection",
        matches: &["reuse detection", "detect reuse"],
    },
    Mention {
        id: "samesite",
        matches: &["SameSite"],
    },
    Mention {
        id: "session-fixation",
        matches: &["session fixation"],
    },
    Mention {
        id: "spiffe",
        matches: &["SPIFFE"],
    },
    Mention {
        id: "sso",
        matches: &["single sign-on", "SSO"],
    },
    Mention {
        id: "xss",
        matches: &["XSS", "cross-site scripting"],
    },
];
