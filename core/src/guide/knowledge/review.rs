//! "What changed in this review": what moved in the rule base on its latest review date and
//! why, so a team that comes back to a saved link sees why its answer may differ.

use crate::guide::model::ReviewChange;

pub static CHANGES: &[ReviewChange] = &[
    ReviewChange {
        text: "Sign-in and staying signed in are now two decisions. Who signs people in (the \
               app itself, an identity server you host, or a managed provider) is its own \
               card; each client then gets a session, an encrypted cookie session, a \
               backend-for-frontend or tokens. An identity provider no longer competes with \
               the session it hands over to, so a cross-site app that prefers a provider gets \
               the provider and a backend-for-frontend.",
        sources: &["oidc-auth", "rfc10017-patterns"],
    },
    ReviewChange {
        text: "New clients: command-line and desktop apps (browser sign-in on a loopback \
               address, the device grant, personal access tokens for CI) and devices without \
               a browser (the device grant, a credential per device).",
        sources: &["rfc8252-loopback", "rfc8628", "rfc8628-public"],
    },
    ReviewChange {
        text: "The result names the ASVS level the answers call for. At level 3 refresh \
               rotation is no longer offered as enough: tokens must be sender-constrained; \
               regulated finance names FAPI 2.0; the NIST timeouts follow the level.",
        sources: &["asvs-levels", "asvs-10-4", "asvs-10-3", "fapi2"],
    },
    ReviewChange {
        text: "\"No, and we cannot add one\" now rules a store-backed session out, and an \
               encrypted cookie session, with its revocation limit said plainly, takes its \
               place. Customers on subdomains get Origin checks; enterprise sign-in gets SAML \
               assertion checks, SCIM deprovisioning and session coordination with the \
               provider; the OpenID Connect state cookie is Lax; responses with sessions are \
               not cached.",
        sources: &[
            "rfc10017-bff-sessions",
            "owasp-csrf-samesite",
            "asvs-6-8",
            "rfc7644-delete",
            "asvs-7-6",
            "rfc6265bis-lax",
            "owasp-session-cache",
        ],
    },
    ReviewChange {
        text: "Every library's lowest safe version now names the advisory that sets it and the \
               release that fixed it, and says when it was checked. Authlib needs 1.7.1 (1.7.0 \
               lacks the fix), Spring Security 7.1.1 for open-source users, Hono and OmniAuth \
               cite the advisories that really set their versions, jose and openid-client point \
               to v6 (earlier lines are past end of life), and go-oidc names its go-jose fix. \
               Versions without an advisory behind them are advice in the note, not a floor.",
        sources: &["asvs-15-2"],
    },
    ReviewChange {
        text: "Passkey server libraries (WebAuthn) are listed for every stack when people sign \
               in with passkeys.",
        sources: &["asvs-15-2"],
    },
    ReviewChange {
        text: "Corrected citations: short-lived credentials for regulated data cite ASVS 13.2.1 \
               (13.3.1 is about secret storage); service JWTs are modelled on RFC 7523, whose \
               assertions go to a token endpoint; JWT-SVID's replay guidance is its §7.1; \
               OWASP's algorithm table is under \"Public-key Signatures\"; RFC 10017 \
               recommends server-side BFF sessions only at small scale.",
        sources: &[
            "asvs-13-2",
            "rfc7523",
            "spiffe-jwt-svid",
            "owasp-jwt-algorithms",
            "rfc10017-bff-sessions",
        ],
    },
];
