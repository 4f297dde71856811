//! Which checklist items answer a reason against an approach, for when that approach wins
//! anyway. A consequence in the decision record then reads with what the team will do about it,
//! instead of a bare "Bad". Only the items the outcome's checklist holds are named, so a
//! mitigation is never one the recommendation did not ask for. Reasons with no entry here are
//! costs to accept (one more server, a lookup per request), not risks a step can reduce.

use crate::guide::model::Mitigation;

pub static MITIGATIONS: &[Mitigation] = &[
    Mitigation {
        rule: "spa-tokens-exposed",
        items: &["xss", "storage-web-tokens", "refresh-rotation"],
    },
    Mitigation {
        rule: "spa-hybrid-exposed",
        items: &["xss", "storage-web-tokens"],
    },
    Mitigation {
        rule: "sensitive-no-browser-tokens",
        items: &[
            "xss",
            "storage-web-tokens",
            "sender-constraint",
            "sender-constraint-l3",
        ],
    },
    Mitigation {
        rule: "sensitive-no-browser-hybrid",
        items: &["xss", "storage-web-tokens"],
    },
    Mitigation {
        rule: "spa-other-no-cookie",
        items: &["csrf", "cookie-attributes"],
    },
    Mitigation {
        rule: "spa-other-no-sealed",
        items: &["csrf", "cookie-attributes"],
    },
    Mitigation {
        rule: "mobile-no-cookie",
        items: &[
            "storage-mobile",
            "sender-constraint",
            "sender-constraint-l3",
        ],
    },
    Mitigation {
        rule: "micro-no-session",
        items: &["token-exchange"],
    },
    Mitigation {
        rule: "instant-no-jwt",
        items: &["access-lifetime", "logout-tokens"],
    },
    Mitigation {
        rule: "instant-no-sealed",
        items: &[
            "sealed-cookie",
            "timeouts-aal1",
            "timeouts-aal2",
            "timeouts-aal3",
        ],
    },
    Mitigation {
        rule: "enterprise-not-in-app",
        items: &["saml-checks", "id-token-checks"],
    },
    Mitigation {
        rule: "domains-not-in-app",
        items: &["sso-domains"],
    },
    Mitigation {
        rule: "regulated-no-api-keys",
        items: &["api-key-handling"],
    },
    Mitigation {
        rule: "delegated-no-keys",
        items: &["api-key-handling"],
    },
    Mitigation {
        rule: "service-no-api-keys",
        items: &["api-key-handling"],
    },
    Mitigation {
        rule: "cli-no-api-keys",
        items: &["pat-scope"],
    },
    Mitigation {
        rule: "device-no-shared-secret",
        items: &["device-credential"],
    },
    Mitigation {
        rule: "small-team-no-rotation",
        items: &["library", "refresh-rotation"],
    },
    Mitigation {
        rule: "small-team-no-hybrid",
        items: &["library"],
    },
    Mitigation {
        rule: "small-team-no-bff",
        items: &["library", "storage-bff"],
    },
    Mitigation {
        rule: "small-team-no-mtls",
        items: &["mtls-mesh"],
    },
];
