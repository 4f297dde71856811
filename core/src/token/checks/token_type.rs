//! What kind of JWT a token is, and the rules of that kind. The findings differ by kind: a
//! DPoP proof must carry its key in the header and has no `exp`, a logout token must not carry
//! `nonce`, an access token must carry `client_id`, a credential lives for years. The kind
//! comes from an explicit `typ` when there is one; without one, the claims are weighed as
//! evidence (what only one kind carries, what a provider writes in its own dialect), and a kind
//! is named only where the evidence points one way. Otherwise the kind is unknown and only the
//! rules that hold for every JWT apply. The page says which kind it took and what decided it.
//!
//! Each profile is data: the claims the kind requires or forbids, which general checks apply to
//! it, and the section that says so. The checks themselves are in `findings::profile`.

use std::fmt::Write as _;

use serde_json::Value;

use crate::token::cite::{cite, Cite};
use crate::token::jose::decode::{Decoded, JsonObject};
use crate::token::jose::dialects::{provider, Provider};

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
    /// A verifiable credential: an SD-JWT VC (`typ: dc+sd-jwt`).
    Credential,
    /// An SD-JWT's Key Binding JWT (RFC 9901 §4.3, `typ: kb+jwt`).
    KeyBinding,
    /// An OpenID Federation entity statement (`typ: entity-statement+jwt`).
    EntityStatement,
    /// A Kubernetes service-account token.
    ServiceAccount,
    /// A workload's identity: a SPIFFE JWT-SVID or WIT-SVID, a GitHub Actions OIDC token.
    Workload,
    /// A kind this page has no profile for, named by an explicit `typ`.
    Other,
    /// Nothing says what kind of token it is: only the rules for every JWT apply.
    Unknown,
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
    /// The lifetime, in seconds, past which it is long: 15 minutes for an access token (the
    /// source articles' 5 to 15), an hour for a workload's (Kubernetes' default for a bound
    /// token).
    pub long_after: i64,
    /// Whether personal data is a finding (an ID token exists to carry it to the client).
    pub personal: bool,
    /// Whether a key in the header is to be distrusted, or is the one the token proves it holds.
    pub header_key: HeaderKey,
    /// Whether the kind allows `alg: none` (DBSC does, for a registration without a key).
    pub may_be_unsigned: bool,
    /// Whether it travels with every request (an access token, a DPoP proof), so its size is
    /// paid on each; an ID token, a logout token or a credential is delivered once.
    pub each_request: bool,
    /// The section that states the kind's rules.
    pub source: Cite,
}

/// The rules that hold for every JWT: none of a kind's requirements, and no judgement of its
/// lifetime or its audience, which depend on the kind.
const GENERAL: Profile = Profile {
    name: "a JWT of unknown kind",
    typ: None,
    required: &[],
    forbidden: &[],
    expires: false,
    addressed: false,
    lifetime: false,
    long_after: 15 * 60,
    personal: true,
    header_key: HeaderKey::Untrusted,
    may_be_unsigned: false,
    each_request: false,
    source: cite(
        "RFC 8725 §3.11",
        "https://www.rfc-editor.org/rfc/rfc8725#section-3.11",
    ),
};

impl TokenType {
    /// Every kind, `Other` and `Unknown` last.
    pub const ALL: &'static [TokenType] = &[
        TokenType::Access,
        TokenType::Id,
        TokenType::DpopProof,
        TokenType::Logout,
        TokenType::DbscProof,
        TokenType::ClientAssertion,
        TokenType::SecurityEvent,
        TokenType::Credential,
        TokenType::KeyBinding,
        TokenType::EntityStatement,
        TokenType::ServiceAccount,
        TokenType::Workload,
        TokenType::Other,
        TokenType::Unknown,
    ];

    /// A stable id for reports that machines read (the command line's JSON, the conformance
    /// suite): "access", "dpop-proof"… Never changed once published.
    pub fn id(self) -> &'static str {
        match self {
            TokenType::Access => "access",
            TokenType::Id => "id",
            TokenType::DpopProof => "dpop-proof",
            TokenType::Logout => "logout",
            TokenType::DbscProof => "dbsc-proof",
            TokenType::ClientAssertion => "client-assertion",
            TokenType::SecurityEvent => "security-event",
            TokenType::Credential => "credential",
            TokenType::KeyBinding => "key-binding",
            TokenType::EntityStatement => "entity-statement",
            TokenType::ServiceAccount => "service-account",
            TokenType::Workload => "workload",
            TokenType::Other => "other",
            TokenType::Unknown => "unknown",
        }
    }

    /// The rules of this kind; a token of unknown kind gets only those every JWT has.
    pub fn profile(self) -> &'static Profile {
        match self {
            TokenType::Access => &ACCESS,
            TokenType::Id => &ID,
            TokenType::DpopProof => &DPOP_PROOF,
            TokenType::Logout => &LOGOUT,
            TokenType::DbscProof => &DBSC_PROOF,
            TokenType::ClientAssertion => &CLIENT_ASSERTION,
            TokenType::SecurityEvent => &SECURITY_EVENT,
            TokenType::Credential => &CREDENTIAL,
            TokenType::KeyBinding => &KEY_BINDING,
            TokenType::EntityStatement => &ENTITY_STATEMENT,
            TokenType::ServiceAccount => &SERVICE_ACCOUNT,
            TokenType::Workload => &WORKLOAD,
            TokenType::Other => &OTHER,
            TokenType::Unknown => &GENERAL,
        }
    }

    /// Other `typ` values that name the kind: an earlier name, or a sibling format's.
    fn also_typ(self, typ: &str) -> bool {
        match self {
            // The SD-JWT VC draft's earlier media type.
            TokenType::Credential => typ == "vc+sd-jwt",
            _ => false,
        }
    }
}

const ACCESS: Profile = Profile {
    name: "an access token",
    typ: Some("at+jwt"),
    required: &["iss", "exp", "aud", "sub", "client_id", "iat", "jti"],
    expires: true,
    addressed: true,
    lifetime: true,
    each_request: true,
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
    expires: true,
    addressed: true,
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
    each_request: true,
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
    expires: true,
    addressed: true,
    lifetime: false,
    personal: false,
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
    expires: true,
    addressed: true,
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

const CREDENTIAL: Profile = Profile {
    name: "a verifiable credential (SD-JWT VC)",
    typ: Some("dc+sd-jwt"),
    required: &["vct"],
    // A credential is kept by its holder for as long as it is valid, often years, and
    // presented to verifiers it does not name; its claims are about the holder by design.
    personal: false,
    source: cite(
        "SD-JWT-based Verifiable Credentials §3.2.2",
        "https://datatracker.ietf.org/doc/html/draft-ietf-oauth-sd-jwt-vc#section-3.2.2",
    ),
    ..GENERAL
};

const KEY_BINDING: Profile = Profile {
    name: "a Key Binding JWT",
    typ: Some("kb+jwt"),
    required: &["iat", "aud", "nonce", "sd_hash"],
    personal: false,
    source: cite(
        "RFC 9901 §4.3",
        "https://www.rfc-editor.org/rfc/rfc9901#section-4.3",
    ),
    ..GENERAL
};

const ENTITY_STATEMENT: Profile = Profile {
    name: "an OpenID Federation entity statement",
    typ: Some("entity-statement+jwt"),
    required: &["iss", "sub", "iat", "exp", "jwks"],
    expires: true,
    personal: false,
    source: cite(
        "OpenID Federation 1.0 §3",
        "https://openid.net/specs/openid-federation-1_0.html#section-3",
    ),
    ..GENERAL
};

const SERVICE_ACCOUNT: Profile = Profile {
    name: "a Kubernetes service-account token",
    typ: None,
    required: &["iss", "sub"],
    // The API server accepts a legacy token, which has neither exp nor aud; the legacy token is
    // a finding of its own (`findings::profile`), and a bound token always has both.
    expires: false,
    addressed: false,
    lifetime: true,
    long_after: 3600,
    // Its names are a namespace's, a pod's and a service account's, not a person's.
    personal: false,
    each_request: true,
    source: cite(
        "Kubernetes: service account tokens",
        "https://kubernetes.io/docs/reference/access-authn-authz/service-accounts-admin/#bound-service-account-tokens",
    ),
    ..GENERAL
};

const WORKLOAD: Profile = Profile {
    name: "a workload identity token",
    typ: None,
    required: &["sub", "aud", "exp"],
    expires: true,
    addressed: true,
    lifetime: true,
    long_after: 3600,
    personal: false,
    source: cite(
        "SPIFFE JWT-SVID §3",
        "https://github.com/spiffe/spiffe/blob/main/standards/JWT-SVID.md#3-jwt-claims",
    ),
    ..GENERAL
};

const OTHER: Profile = Profile {
    name: "a JWT of a declared kind this page has no rules for",
    ..GENERAL
};

/// The member of `events` that makes a SET a logout token.
pub const BACKCHANNEL_LOGOUT_EVENT: &str = "http://schemas.openid.net/event/backchannel-logout";

/// One piece of evidence for a token's kind.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Signal {
    /// The header's `typ`, as written.
    Typ(String),
    /// A claim that only this kind carries, or that its specification defines for it.
    Claim(&'static str),
    /// A claim whose value names the kind, as written (Cognito's `token_use`, Keycloak's
    /// `typ` claim).
    Says(&'static str, String),
    /// `iss` and `sub` are the same client, as in RFC 7523 client authentication.
    IssIsSub,
    /// The issuer issues only this kind of JWT.
    OnlyKind(Provider),
    /// `nonce` and an audience, and nothing that says what access the token grants.
    NonceWithoutGrant,
}

impl Signal {
    /// The clause that says why, for any signal but a carried claim.
    fn clause(&self) -> Option<String> {
        Some(match self {
            Signal::Typ(t) => format!("its typ is {t}"),
            Signal::Claim(_) => return None,
            Signal::Says(c, v) => format!("its {c} is “{v}”"),
            Signal::IssIsSub => {
                "its iss and sub are the same (a client speaking for itself)".into()
            }
            Signal::OnlyKind(Provider::GitHubActions) => {
                "GitHub Actions issues it to identify a workflow run".into()
            }
            Signal::OnlyKind(p) => format!("{} issues no other kind of JWT", p.name()),
            Signal::NonceWithoutGrant => "it carries nonce and an audience, and nothing that \
                                          grants access (no scope, scp or client_id)"
                .into(),
        })
    }
}

/// What the page took a token for, and the evidence that decided it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Identified {
    /// The kind whose rules apply.
    pub kind: TokenType,
    /// What decided it; empty when nothing did.
    pub evidence: Vec<Signal>,
    /// The provider that issued it, when its issuer is one the page knows.
    pub provider: Option<Provider>,
    /// For a kind left unknown: what pointed somewhere, and why it was not enough.
    pub doubt: Option<&'static str>,
}

impl Identified {
    /// The rules of its kind.
    pub fn profile(&self) -> &'static Profile {
        self.kind.profile()
    }

    /// "Checked as a DPoP proof, because its typ is dpop+jwt." for the findings' heading.
    pub fn sentence(&self) -> String {
        let name = self.profile().name;
        let from = self
            .provider
            .map(|p| format!(" from {}", p.name()))
            .unwrap_or_default();
        let typ_decided = matches!(self.evidence.first(), Some(Signal::Typ(_)));
        let mut s = if self.kind == TokenType::Unknown {
            let mut s = format!(
                "Kind unknown{from}: nothing in it says what kind of token it is, so only the \
                 rules that hold for every JWT apply."
            );
            if let Some(doubt) = self.doubt {
                let _ = write!(s, " {doubt}");
            }
            s
        } else {
            let claims: Vec<&str> = self
                .evidence
                .iter()
                .filter_map(|e| match e {
                    Signal::Claim(c) => Some(*c),
                    _ => None,
                })
                .collect();
            let mut clauses: Vec<String> =
                self.evidence.iter().filter_map(Signal::clause).collect();
            if !claims.is_empty() {
                clauses.push(format!("it carries {}", crate::text::and_list(&claims)));
            }
            if clauses.is_empty() {
                format!("Checked as {name}{from}.")
            } else {
                format!("Checked as {name}{from}, because {}.", clauses.join("; "))
            }
        };
        if let (Some(typ), false, true) = (
            self.profile().typ,
            typ_decided,
            self.kind != TokenType::Unknown,
        ) {
            let _ = write!(s, " Its typ should say so: {typ}.");
        }
        s
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

/// Claims that only an OpenID Connect ID token carries: the hashes binding it to what the
/// authorization response returned with it (OpenID Connect Core §2, §3.3.2.11).
const ID_TOKEN_ONLY: &[&str] = &["at_hash", "c_hash", "s_hash"];
/// Claims an ID token carries beside `nonce` and an access token does not: when and how the
/// user authenticated, and the party it was issued to (OpenID Connect Core §2).
const ID_TOKEN_WITH_NONCE: &[&str] = &["auth_time", "azp", "sid"];
/// Claims that say what an access token allows or for which client it was issued: RFC 8693
/// §4.2 and §4.3 (registered for RFC 9068), and the providers' own (Entra's `scp`, Okta's
/// `cid`, Auth0's `gty` and `permissions`).
const ACCESS_TOKEN_CLAIMS: &[&str] = &["scope", "scp", "client_id", "cid", "gty", "permissions"];

/// The kind of the token with this header and payload: an explicit `typ` decides; without
/// one, the claims are weighed, and a kind is named only where the evidence points one way.
pub fn assume(header: Option<&JsonObject>, payload: Option<&JsonObject>) -> Identified {
    let provider = payload.and_then(provider);
    let found = |kind, evidence| Identified {
        kind,
        evidence,
        provider,
        doubt: None,
    };
    let typ = header
        .and_then(|h| h.get("typ"))
        .and_then(Value::as_str)
        .unwrap_or("");
    if !typ.is_empty() && !is_generic_typ(typ) {
        let explicit = normalised_typ(typ);
        let kind = TokenType::ALL
            .iter()
            .copied()
            .find(|k| k.profile().typ == Some(explicit.as_str()) || k.also_typ(&explicit))
            .unwrap_or(TokenType::Other);
        return found(kind, vec![Signal::Typ(typ.to_string())]);
    }
    let Some(p) = payload else {
        return found(TokenType::Unknown, Vec::new());
    };
    let has = |name: &str| p.get(name).is_some();
    let carried = |names: &[&'static str]| -> Vec<Signal> {
        names
            .iter()
            .copied()
            .filter(|n| has(n))
            .map(Signal::Claim)
            .collect()
    };
    if let Some(events) = p.get("events") {
        let logout = events.get(BACKCHANNEL_LOGOUT_EVENT).is_some();
        return if logout {
            found(
                TokenType::Logout,
                vec![Signal::Claim("the back-channel logout event")],
            )
        } else {
            found(TokenType::SecurityEvent, vec![Signal::Claim("events")])
        };
    }
    if has("htm") && has("htu") {
        return found(TokenType::DpopProof, carried(&["htm", "htu"]));
    }
    if provider == Some(Provider::Kubernetes) {
        let claim = if has("kubernetes.io") {
            "kubernetes.io"
        } else {
            "kubernetes.io/serviceaccount/namespace"
        };
        return found(TokenType::ServiceAccount, vec![Signal::Claim(claim)]);
    }
    if p.get("sub")
        .and_then(Value::as_str)
        .is_some_and(|s| s.starts_with("spiffe://"))
    {
        return found(TokenType::Workload, vec![Signal::Claim("a spiffe:// sub")]);
    }
    if has("vct") {
        return found(TokenType::Credential, carried(&["vct", "_sd", "cnf"]));
    }
    match provider {
        // Their access tokens are not JWTs: every JWT they issue is an ID token.
        Some(pr @ (Provider::Google | Provider::Apple | Provider::Firebase)) => {
            return found(TokenType::Id, vec![Signal::OnlyKind(pr)]);
        }
        Some(pr @ Provider::GitHubActions) => {
            return found(TokenType::Workload, vec![Signal::OnlyKind(pr)]);
        }
        _ => {}
    }
    // A claim whose value says the kind, as Cognito (`token_use`) and Keycloak (its own `typ`
    // claim) write it.
    for (claim, access, id, by) in [
        ("token_use", "access", "id", None),
        ("typ", "Bearer", "ID", Some(Provider::Keycloak)),
    ] {
        if by.is_some_and(|by| provider != Some(by)) {
            continue;
        }
        if let Some(v) = p.get(claim).and_then(Value::as_str) {
            let says = vec![Signal::Says(claim, v.to_string())];
            if v == access {
                return found(TokenType::Access, says);
            }
            if v == id {
                return found(TokenType::Id, says);
            }
        }
    }
    let id_only = carried(ID_TOKEN_ONLY);
    if !id_only.is_empty() {
        return found(TokenType::Id, id_only);
    }
    let access = carried(ACCESS_TOKEN_CLAIMS);
    let nonce = has("nonce");
    let with_nonce = carried(ID_TOKEN_WITH_NONCE);
    if !access.is_empty() {
        // Access tokens may echo the sign-in's nonce (Azure AD B2C's do): what the token
        // allows outweighs it.
        return found(TokenType::Access, access);
    }
    if nonce && !with_nonce.is_empty() {
        let mut evidence = vec![Signal::Claim("nonce")];
        evidence.extend(with_nonce);
        return found(TokenType::Id, evidence);
    }
    // nonce in a token addressed to an audience, with nothing an access token carries: only an
    // ID token has a nonce claim (a DPoP proof's is a proof's, and it has htm and htu).
    if nonce && has("aud") {
        return found(TokenType::Id, vec![Signal::NonceWithoutGrant]);
    }
    let iss = p.get("iss").and_then(Value::as_str);
    if iss.is_some() && iss == p.get("sub").and_then(Value::as_str) && has("aud") {
        return found(TokenType::ClientAssertion, vec![Signal::IssIsSub]);
    }
    let mut unknown = found(TokenType::Unknown, Vec::new());
    if nonce {
        unknown.doubt = Some(
            "It carries nonce, which ID tokens carry, but names no audience, and nothing else \
             in it points to one kind.",
        );
    }
    unknown
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
        assert_eq!(kind(r#"{"typ":"example+jwt"}"#, "{}"), TokenType::Other);
    }

    #[test]
    fn without_one_the_claims_are_weighed() {
        for generic in ["{}", r#"{"typ":"JWT"}"#, r#"{"typ":"application/jwt"}"#] {
            let k = |payload: &str| kind(generic, payload);
            assert_eq!(k(r#"{"at_hash":"h"}"#), TokenType::Id);
            assert_eq!(k(r#"{"nonce":"n","auth_time":1}"#), TokenType::Id);
            assert_eq!(k(r#"{"htm":"GET","htu":"u"}"#), TokenType::DpopProof);
            assert_eq!(
                k(r#"{"events":{"http://schemas.openid.net/event/backchannel-logout":{}}}"#),
                TokenType::Logout
            );
            assert_eq!(k(r#"{"events":{"x":{}}}"#), TokenType::SecurityEvent);
            assert_eq!(
                k(r#"{"iss":"c","sub":"c","aud":"as"}"#),
                TokenType::ClientAssertion
            );
            assert_eq!(
                k(r#"{"iss":"c","sub":"c","aud":"as","scope":"s"}"#),
                TokenType::Access,
                "a service's self-issued token asks for a scope"
            );
            assert_eq!(k(r#"{"scp":"User.Read","ver":"2.0"}"#), TokenType::Access);
            assert_eq!(k(r#"{"vct":"https://x","_sd":[]}"#), TokenType::Credential);
            assert_eq!(
                k(r#"{"iss":"https://k","kubernetes.io":{"namespace":"d"}}"#),
                TokenType::ServiceAccount
            );
            assert_eq!(
                k(r#"{"sub":"spiffe://example.org/w"}"#),
                TokenType::Workload
            );
            assert_eq!(k(r#"{"iss":"i","sub":"u"}"#), TokenType::Unknown);
        }
    }

    /// One claim is not evidence enough: Azure AD B2C's access tokens echo the sign-in's nonce,
    /// so what a token allows outweighs it, and nonce alone names no kind.
    #[test]
    fn nonce_alone_names_no_kind() {
        let b2c = r#"{"iss":"https://contoso.b2clogin.com/t/v2.0/","nonce":"n","scp":"read"}"#;
        assert_eq!(kind("{}", b2c), TokenType::Access);
        let a = assume(None, Some(&object(r#"{"nonce":"n","sub":"u"}"#)));
        assert_eq!(a.kind, TokenType::Unknown);
        assert!(
            a.sentence().contains("names no audience"),
            "{}",
            a.sentence()
        );
        // With an audience and nothing that grants access, nonce is an ID token's.
        let a = assume(
            None,
            Some(&object(r#"{"nonce":"n","sub":"u","aud":"app"}"#)),
        );
        assert_eq!(a.kind, TokenType::Id);
        assert!(
            a.sentence().contains("nothing that grants access"),
            "{}",
            a.sentence()
        );
    }

    /// What a provider writes in its own dialect counts, and only for that provider.
    #[test]
    fn providers_dialects_are_evidence() {
        assert_eq!(
            kind(
                "{}",
                r#"{"iss":"https://cognito-idp.eu-west-1.amazonaws.com/p","token_use":"access"}"#
            ),
            TokenType::Access
        );
        assert_eq!(kind("{}", r#"{"token_use":"id"}"#), TokenType::Id);
        assert_eq!(
            kind(
                "{}",
                r#"{"iss":"https://sso.example/realms/r","typ":"Bearer"}"#
            ),
            TokenType::Access
        );
        assert_eq!(
            kind(
                "{}",
                r#"{"iss":"https://elsewhere.example","typ":"Bearer"}"#
            ),
            TokenType::Unknown,
            "only Keycloak writes its kind in a typ claim"
        );
        let google = assume(
            None,
            Some(&object(
                r#"{"iss":"https://accounts.google.com","azp":"a"}"#,
            )),
        );
        assert_eq!(google.kind, TokenType::Id);
        assert_eq!(
            google.sentence(),
            "Checked as an OpenID Connect ID token from Google, because Google issues no other \
             kind of JWT."
        );
        assert_eq!(
            kind(
                "{}",
                r#"{"iss":"https://token.actions.githubusercontent.com","repository":"o/r"}"#
            ),
            TokenType::Workload
        );
    }

    #[test]
    fn new_kinds_by_their_typ() {
        assert_eq!(kind(r#"{"typ":"dc+sd-jwt"}"#, "{}"), TokenType::Credential);
        assert_eq!(kind(r#"{"typ":"vc+sd-jwt"}"#, "{}"), TokenType::Credential);
        assert_eq!(kind(r#"{"typ":"kb+jwt"}"#, "{}"), TokenType::KeyBinding);
        assert_eq!(
            kind(r#"{"typ":"entity-statement+jwt"}"#, "{}"),
            TokenType::EntityStatement
        );
        assert_eq!(kind(r#"{"typ":"wit+jwt"}"#, "{}"), TokenType::Other);
        assert_eq!(kind(r#"{"typ":"example+jwt"}"#, "{}"), TokenType::Other);
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

    #[test]
    fn every_kind_has_its_own_id() {
        let ids: std::collections::BTreeSet<_> = TokenType::ALL.iter().map(|k| k.id()).collect();
        assert_eq!(ids.len(), TokenType::ALL.len());
    }
}
