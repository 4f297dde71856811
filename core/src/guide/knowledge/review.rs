//! "What changed in this review": what moved in the rule base on its latest review date and
//! why, so a team that comes back to a saved link sees why its answer may differ.

use crate::guide::model::ReviewChange;

pub static CHANGES: &[ReviewChange] = &[
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
