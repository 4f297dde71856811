//! What kind of JWT a token is, and the rules of that kind. The findings differ by kind: a
//! DPoP proof must carry its key in the header and has no `exp`, a logout token must not carry
//! `nonce`, an access token must carry `client_id`. The kind comes from an explicit `typ` when
//! there is one and from claims that only one kind carries when there is not, and the page
//! says which it assumed and why.
//!
//! Each profile is data: the claims the kind requires or forbids, which general checks apply to
//! it, and the section that says so. The checks themselves are in `findings::profile`.

use std::fmt::Write as _;

use serde_json::Value;

use crate::token::cite::{cite, Cite};
use crate::token::jose::decode::{Decoded, JsonObject};

/// A kind of JWT.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TokenType {
    /// RFC 9068, `typ: at+jwt`.
    Access,
    /// OpenID Connect, which defines no `typ`.
    Id,
    /// RFC 9449, `typ: dpop+jwt`.
    DpopProof,
    /// OpenID Connect Back-Channel Logout, `typ: logout+jwt`.
    Logout,
    /// Device Bound Session Credentials, `typ: dbsc+jwt`.
    DbscProof,
    /// RFC 7523 client authentication, `typ: client-authentication+jwt`.
    ClientAssertion,
    /// RFC 8417, `typ: secevent+jwt`.
    SecurityEvent,
    /// A kind this page has no profile for, named by an explicit `typ`.
    Other,
    /// No explicit type and nothing that only one kind carries: the general rules apply.
    Unspecified,
}

/// A key in the header: whether the kind needs one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HeaderKey {
    /// A verifier must not take its key from the token (RFC 8725 §3.10).
    Untrusted,
    /// The token proves possession of the key it carries (DPoP, DBSC registration).
    Carried,
}

/// What the rules of one kind are.
#[derive(Debug, PartialEq, Eq)]
pub struct Profile {
    /// "a DPoP proof", as it reads in a sentence.
    pub name: &'static str,
    /// The explicit `typ` of the kind, when it has one.
    pub typ: Option<&'static str>,
    /// Claims the kind must carry.
    pub required: &'static [&'static str],
    /// Claims the kind must not carry.
    pub forbidden: &'static [&'static str],
    /// Whether a missing `exp` is a finding (a DPoP proof has none; a SET should have none).
    pub expires: bool,
    /// Whether missing `iss` and `aud` are findings.
    pub addressed: bool,
    /// Whether a long lifetime is a finding (the window a stolen token is usable).
    pub lifetime: bool,
    /// Whether personal data is a finding (an ID token exists to carry it to the client).
    pub personal: bool,
    pub header_key: HeaderKey,
    /// Whether the kind allows `alg: none` (DBSC does, for a registration without a key).
    pub may_be_unsigned: bool,
    /// The section that states the kind's rules.
    pub source: Cite,
}

const GENERAL: Profile = Profile {
    name: "a JWT of no declared kind",
    typ: None,
    required: &[],
    forbidden: &[],
    expires: true,
    addressed: true,
    lifetime: true,
    personal: true,
    header_key: HeaderKey::Untrusted,
    may_be_unsigned: false,
    source: cite(
        "RFC 8725 §3.11",
        "https://www.rfc-editor.org/rfc/rfc8725#section-3.11",
    ),
};

impl TokenType {
    pub const ALL: &'static [TokenType] = &[
        TokenType::Access,
        TokenType::Id,
        TokenType::DpopProof,
        TokenType::Logout,
        TokenType::DbscProof,
        TokenType::ClientAssertion,
        TokenType::SecurityEvent,
        TokenType::Other,
        TokenType::Unspecified,
    ];

    pub fn profile(self) -> &'static Profile {
        match self {
            TokenType::Access => &ACCESS,
            TokenType::Id => &ID,
            TokenType::DpopProof => &DPOP_PROOF,
            TokenType::Logout => &LOGOUT,
            TokenType::DbscProof => &DBSC_PROOF,
            TokenType::ClientAssertion => &CLIENT_ASSERTION,
            TokenType::SecurityEvent => &SECURITY_EVENT,
            TokenType::Other => &OTHER,
            TokenType::Unspecified => &GENERAL,
        }
    }
}

const ACCESS: Profile = Profile {
    name: "an access token",
    typ: Some("at+jwt"),
    required: &["iss", "exp", "aud", "sub", "client_id", "iat", "jti"],
    source: cite(
        "RFC 9068 §2.2",
        "https://www.rfc-editor.org/rfc/rfc9068#section-2.2",
    ),
    ..GENERAL
};

const ID: Profile = Profile {
    name: "an OpenID Connect ID token",
    typ: None,
    required: &["iss", "sub", "aud", "exp", "iat"],
    lifetime: false,
    personal: false,
    source: cite(
        "OpenID Connect Core §2",
        "https://openid.net/specs/openid-connect-core-1_0.html#IDToken",
    ),
    ..GENERAL
};

const DPOP_PROOF: Profile = Profile {
    name: "a DPoP proof",
    typ: Some("dpop+jwt"),
    required: &["jti", "htm", "htu", "iat"],
    expires: false,
    addressed: false,
    lifetime: false,
    header_key: HeaderKey::Carried,
    source: cite(
        "RFC 9449 §4.2",
        "https://www.rfc-editor.org/rfc/rfc9449#section-4.2",
    ),
    ..GENERAL
};

const LOGOUT: Profile = Profile {
    name: "a logout token",
    typ: Some("logout+jwt"),
    // exp since errata set 1 (2023).
    required: &["iss", "aud", "iat", "exp", "jti", "events"],
    forbidden: &["nonce"],
    lifetime: false,
    source: cite(
        "OpenID Connect Back-Channel Logout §2.4",
        "https://openid.net/specs/openid-connect-backchannel-1_0.html#LogoutToken",
    ),
    ..GENERAL
};

const DBSC_PROOF: Profile = Profile {
    name: "a DBSC proof",
    typ: Some("dbsc+jwt"),
    required: &["jti"],
    expires: false,
    addressed: false,
    lifetime: false,
    header_key: HeaderKey::Carried,
    may_be_unsigned: true,
    source: cite(
        "W3C Device Bound Session Credentials: proof format",
        "https://w3c.github.io/webappsec-dbsc/#format-jwt",
    ),
    ..GENERAL
};

const CLIENT_ASSERTION: Profile = Profile {
    name: "a client assertion",
    typ: Some("client-authentication+jwt"),
    required: &["iss", "sub", "aud", "exp"],
    lifetime: false,
    source: cite(
        "RFC 7523 §3",
        "https://www.rfc-editor.org/rfc/rfc7523#section-3",
    ),
    ..GENERAL
};

const SECURITY_EVENT: Profile = Profile {
    name: "a security event token",
    typ: Some("secevent+jwt"),
    required: &["iss", "iat", "jti", "events"],
    // "its use is NOT RECOMMENDED": a SET reports the past.
    expires: false,
    addressed: false,
    lifetime: false,
    source: cite(
        "RFC 8417 §2.2",
        "https://www.rfc-editor.org/rfc/rfc8417#section-2.2",
    ),
    ..GENERAL
};

const OTHER: Profile = Profile {
    name: "a JWT of a declared kind this page has no rules for",
    ..GENERAL
};

/// The member of `events` that makes a SET a logout token.
pub const BACKCHANNEL_LOGOUT_EVENT: &str = "http://schemas.openid.net/event/backchannel-logout";

/// Why the page took the token for its kind.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Why {
    /// The header's `typ`, as written.
    Typ(String),
    /// Claims that only this kind carries.
    Claims(Vec<&'static str>),
    /// `iss` and `sub` are the same client, as in RFC 7523 client authentication.
    IssIsSub,
    /// Neither an explicit type nor a telling claim.
    Nothing,
}

/// The kind the page assumed, and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Identified {
    pub kind: TokenType,
    pub why: Why,
}

impl Identified {
    pub fn profile(&self) -> &'static Profile {
        self.kind.profile()
    }

    /// "Checked as a DPoP proof, because its typ is dpop+jwt." for the findings' heading.
    pub fn sentence(&self) -> String {
        let name = self.profile().name;
        let mut s = match &self.why {
            Why::Typ(t) => format!("Checked as {name}, because its typ is {t}."),
            Why::Claims(c) => format!(
                "Checked as {name}, because it carries {}, which only {name} carries.",
                list(c)
            ),
            Why::IssIsSub => format!(
                "Checked as {name}, because its iss and sub are the same (a client speaking for \
                 itself)."
            ),
            Why::Nothing => "Checked with the general rules: its typ does not say what kind of \
                             token it is, and no claim gives it away."
                .to_string(),
        };
        if let (Some(typ), Why::Claims(_) | Why::IssIsSub) = (self.profile().typ, &self.why) {
            let _ = write!(s, " Its typ should say so: {typ}.");
        }
        s
    }
}

fn list(names: &[&str]) -> String {
    match names {
        [] => String::new(),
        [one] => (*one).to_string(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}

/// The `typ` as compared: media types are case-insensitive, and a value without a slash has
/// `application/` understood in front of it (RFC 7515 §4.1.9).
pub fn normalised_typ(typ: &str) -> String {
    let t = typ.trim().to_ascii_lowercase();
    match t.strip_prefix("application/") {
        Some(rest) => rest.to_string(),
        None => t,
    }
}

/// Whether `typ` names no kind: `JWT` (and `JOSE`) only say that this is a JWT (RFC 8725
/// §3.11 and its revision: "JWT" is not explicit typing).
pub fn is_generic_typ(typ: &str) -> bool {
    matches!(normalised_typ(typ).as_str(), "jwt" | "jose" | "jose+json")
}

/// The kind of a decoded token (an encrypted one has only its header to go by).
pub fn of(d: &Decoded) -> Identified {
    let header = d.header.as_ref().ok();
    let payload = d.payload.as_ref().and_then(|p| p.as_ref().ok());
    assume(header, payload)
}

/// The kind of the token with this header and payload.
pub fn assume(header: Option<&JsonObject>, payload: Option<&JsonObject>) -> Identified {
    let typ = header
        .and_then(|h| h.get("typ"))
        .and_then(Value::as_str)
        .unwrap_or("");
    let explicit = normalised_typ(typ);
    if !typ.is_empty() && !is_generic_typ(typ) {
        let kind = TokenType::ALL
            .iter()
            .copied()
            .find(|k| k.profile().typ == Some(explicit.as_str()))
            .unwrap_or(TokenType::Other);
        return Identified {
            kind,
            why: Why::Typ(typ.to_string()),
        };
    }
    let Some(p) = payload else {
        return Identified {
            kind: TokenType::Unspecified,
            why: Why::Nothing,
        };
    };
    let has = |name: &str| p.get(name).is_some();
    let carried = |names: &[&'static str]| -> Vec<&'static str> {
        names.iter().copied().filter(|n| has(n)).collect()
    };
    let by_claims = |kind, names: Vec<&'static str>| Identified {
        kind,
        why: Why::Claims(names),
    };
    if let Some(events) = p.get("events") {
        let logout = events.get(BACKCHANNEL_LOGOUT_EVENT).is_some();
        return if logout {
            by_claims(TokenType::Logout, vec!["the back-channel logout event"])
        } else {
            by_claims(TokenType::SecurityEvent, vec!["events"])
        };
    }
    let dpop = carried(&["htm", "htu", "ath"]);
    if !dpop.is_empty() {
        return by_claims(TokenType::DpopProof, dpop);
    }
    let id = carried(&["nonce", "at_hash", "c_hash"]);
    if !id.is_empty() {
        return by_claims(TokenType::Id, id);
    }
    let iss = p.get("iss").and_then(Value::as_str);
    if iss.is_some() && iss == p.get("sub").and_then(Value::as_str) && has("aud") && !has("scope") {
        return Identified {
            kind: TokenType::ClientAssertion,
            why: Why::IssIsSub,
        };
    }
    Identified {
        kind: TokenType::Unspecified,
        why: Why::Nothing,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::token::cite::link_problem;
    use serde_json::Map;

    fn object(json: &str) -> JsonObject {
        let map: Map<String, Value> = serde_json::from_str(json).unwrap();
        JsonObject {
            map,
            duplicates: vec![],
            text: json.to_string(),
        }
    }

    fn kind(header: &str, payload: &str) -> TokenType {
        assume(Some(&object(header)), Some(&object(payload))).kind
    }

    #[test]
    fn an_explicit_typ_decides_whatever_the_claims() {
        assert_eq!(
            kind(r#"{"typ":"at+jwt"}"#, r#"{"nonce":"n"}"#),
            TokenType::Access
        );
        assert_eq!(
            kind(r#"{"typ":"application/AT+JWT"}"#, "{}"),
            TokenType::Access
        );
        assert_eq!(kind(r#"{"typ":"dpop+jwt"}"#, "{}"), TokenType::DpopProof);
        assert_eq!(kind(r#"{"typ":"logout+jwt"}"#, "{}"), TokenType::Logout);
        assert_eq!(kind(r#"{"typ":"dbsc+jwt"}"#, "{}"), TokenType::DbscProof);
        assert_eq!(
            kind(r#"{"typ":"client-authentication+jwt"}"#, "{}"),
            TokenType::ClientAssertion
        );
        assert_eq!(
            kind(r#"{"typ":"secevent+jwt"}"#, "{}"),
            TokenType::SecurityEvent
        );
        assert_eq!(kind(r#"{"typ":"vc+sd-jwt"}"#, "{}"), TokenType::Other);
    }

    #[test]
    fn without_one_the_claims_that_only_one_kind_carries_decide() {
        for generic in ["{}", r#"{"typ":"JWT"}"#, r#"{"typ":"application/jwt"}"#] {
            assert_eq!(kind(generic, r#"{"nonce":"n"}"#), TokenType::Id);
            assert_eq!(
                kind(generic, r#"{"htm":"GET","htu":"u"}"#),
                TokenType::DpopProof
            );
            assert_eq!(
                kind(
                    generic,
                    r#"{"events":{"http://schemas.openid.net/event/backchannel-logout":{}}}"#
                ),
                TokenType::Logout
            );
            assert_eq!(
                kind(generic, r#"{"events":{"x":{}}}"#),
                TokenType::SecurityEvent
            );
            assert_eq!(
                kind(generic, r#"{"iss":"c","sub":"c","aud":"as"}"#),
                TokenType::ClientAssertion
            );
            assert_eq!(
                kind(generic, r#"{"iss":"c","sub":"c","aud":"as","scope":"s"}"#),
                TokenType::Unspecified,
                "a service's self-issued token asks for a scope"
            );
            assert_eq!(
                kind(generic, r#"{"iss":"i","sub":"u"}"#),
                TokenType::Unspecified
            );
        }
    }

    #[test]
    fn the_page_says_why() {
        let a = assume(Some(&object(r#"{"typ":"dpop+jwt"}"#)), None);
        assert_eq!(
            a.sentence(),
            "Checked as a DPoP proof, because its typ is dpop+jwt."
        );
        let a = assume(None, Some(&object(r#"{"nonce":"n","at_hash":"h"}"#)));
        assert_eq!(
            a.sentence(),
            "Checked as an OpenID Connect ID token, because it carries nonce and at_hash, which \
             only an OpenID Connect ID token carries."
        );
        let a = assume(None, Some(&object(r#"{"htm":"GET"}"#)));
        assert!(a.sentence().ends_with("Its typ should say so: dpop+jwt."));
        let a = assume(None, Some(&object(r#"{"sub":"1"}"#)));
        assert!(a.sentence().starts_with("Checked with the general rules"));
    }

    #[test]
    fn every_profile_cites_a_linked_section_and_typs_are_distinct() {
        for (i, k) in TokenType::ALL.iter().enumerate() {
            let p = k.profile();
            assert!(p.source.url.is_some(), "{k:?}");
            assert_eq!(link_problem(&p.source), None);
            if let Some(t) = p.typ {
                assert_eq!(normalised_typ(t), t, "{k:?}: written as compared");
                assert!(TokenType::ALL[i + 1..]
                    .iter()
                    .all(|o| o.profile().typ != Some(t)));
            }
            for f in p.forbidden {
                assert!(!p.required.contains(f), "{k:?}: {f}");
            }
        }
    }
}
