//! Every kind of finding the inspector reports, with what does not depend on the token: its
//! id, severity, the advice, the sources (each a link to the section) and the page of the app
//! that explains the trade-off behind it. The checks supply only a title and an explanation,
//! so one kind always says the same thing the same way; the tests below hold every source and
//! link to a real address.

use super::Severity;
use crate::site;
use crate::token::cite::{cite, Cite};
use crate::token::protocols::sd_jwt;

/// What one kind of finding always says.
#[derive(Debug, PartialEq, Eq)]
pub struct Entry {
    /// The kind's id, which the page and the tests find it by.
    pub id: &'static str,
    /// How severe this kind is, before any note for a provider's token.
    pub severity: Severity,
    /// What to do about it, in a sentence or two.
    pub fix: &'static str,
    /// The sections it rests on.
    pub sources: &'static [Cite],
    /// The page of the app that explains the trade-off behind it.
    pub learn_more: Option<Learn>,
}

/// Where the app explains a finding's trade-off: a page, or a term of the glossary. The
/// address is made from the route table and the glossary's term ids, so a renamed route or
/// term cannot leave a finding pointing nowhere.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Learn {
    /// A page of the app.
    Page(&'static site::Route),
    /// A term of the glossary, by its id.
    Term(&'static str),
}

impl Learn {
    /// The address under the site's base: `/costs`, `/glossary#term-jwks`.
    pub fn href(self) -> String {
        match self {
            Learn::Page(route) => route.path.to_string(),
            Learn::Term(id) => format!("{}#term-{id}", site::GLOSSARY.path),
        }
    }
}

/// Declares `Kind` and `Kind::ALL` from one list, so `ALL` cannot miss a kind (and with it the
/// tests below, which go through `ALL`).
macro_rules! kinds {
    ($($(#[$doc:meta])* $kind:ident),* $(,)?) => {
        /// A kind of finding.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum Kind {
            $($(#[$doc])* $kind),*
        }

        impl Kind {
            /// Every kind, in declaration order.
            pub const ALL: &'static [Kind] = &[$(Kind::$kind),*];
        }
    };
}

kinds! {
    /// A part does not decode, or the input is no compact JWS or JWE.
    Undecodable,
    /// The signature does not verify with the key given.
    SignatureInvalid,
    /// The header names no `alg`.
    AlgMissing,
    /// `alg` is `none`, in some spelling: the token is unsigned.
    AlgNone,
    /// The signature is empty although `alg` names one.
    EmptySignature,
    /// A JWS carries `zip`, which belongs to encrypted tokens only.
    ZipInJws,
    /// The header carries key material or a key location (`jwk`, `jku`, `x5u`, `x5c`).
    EmbeddedKey,
    /// `kid` holds characters that matter to file paths, SQL or shells.
    KidInjection,
    /// `crit` names parameters this page does not understand.
    CritUnknown,
    /// No `typ`: the token does not say what kind it is.
    TypMissing,
    /// `typ` is generic (`JWT`) rather than the token's kind.
    TypGeneric,
    /// An access token breaks its kind's rules: a claim RFC 9068 requires or forbids.
    AccessTokenRules,
    /// An ID token breaks its kind's rules: a claim it must or must not carry.
    IdTokenRules,
    /// A DPoP proof breaks its kind's rules: a claim, its type, or its public key.
    DpopRules,
    /// A logout token breaks its kind's rules: a claim, or its logout event.
    LogoutRules,
    /// A Device Bound Session Credentials proof breaks its kind's rules.
    DbscRules,
    /// A client assertion breaks its kind's rules: a claim, or its single audience.
    ClientAssertionRules,
    /// A security event token breaks its kind's rules (RFC 8417).
    SecurityEventRules,
    /// An SD-JWT VC breaks its kind's rules: a claim it must or must not carry.
    CredentialRules,
    /// A Key Binding JWT breaks its kind's rules: a claim it must carry.
    KeyBindingRules,
    /// An OpenID Federation entity statement breaks its kind's rules: a claim it must carry.
    EntityStatementRules,
    /// A Kubernetes service-account token breaks its kind's rules: a legacy one, from a Secret.
    ServiceAccountRules,
    /// A SPIFFE JWT-SVID breaks its kind's rules: a claim it must or must not carry.
    WorkloadRules,
    /// The header's `jwk` holds a private key, public now to anyone who sees the token.
    PrivateKeyInHeader,
    /// `alg` is the deprecated `EdDSA` rather than `Ed25519`.
    EddsaPolymorphic,
    /// Signed with RSASSA-PKCS1-v1_5 (RS*), which issuers are advised to move from.
    RsaPkcs1,
    /// A JWE: its claims are sealed until it is decrypted.
    Encrypted,
    /// A JWE whose key is encrypted with the deprecated RSA1_5.
    JweRsa15,
    /// A PBES2 JWE whose `p2c` is above the limit.
    JweP2cTooLarge,
    /// A JWE whose plaintext was compressed before encryption.
    JweCompressed,
    /// An SD-JWT without `_sd_alg`, so its digests are SHA-256.
    SdAlgMissing,
    /// An SD-JWT whose `_sd_alg` is no hash this page knows.
    SdAlgUnknown,
    /// An SD-JWT VC: what a verifier checks of a credential.
    SdJwtVc,
    /// An SD-JWT VC with the drafts' old `typ`, `vc+sd-jwt`.
    SdJwtVcOldTyp,
    /// An ECDSA signature of the wrong length (such as DER rather than r and s).
    EcdsaLength,
    /// An ECDSA signature with r or s equal to zero: forged.
    EcdsaZero,
    /// An RSA signature shorter than a 2,048-bit key makes.
    RsaShortSignature,
    /// A valid RSA signature from a key under 2,048 bits.
    RsaKeyTooSmall,
    /// A time claim that is not a number of seconds.
    TimeNotNumeric,
    /// A time claim that looks like milliseconds.
    TimeMilliseconds,
    /// No `exp`, for a kind of token that should expire.
    ExpMissing,
    /// `exp` has passed.
    Expired,
    /// A lifetime longer than the kind of token should have, up to a day.
    LongLived,
    /// A lifetime of more than a day.
    VeryLongLived,
    /// `nbf` is still ahead.
    NotYetValid,
    /// `iat` is in the future.
    IssuedInFuture,
    /// No `iss`.
    IssMissing,
    /// No `aud`.
    AudMissing,
    /// `aud` is neither a string nor an array of strings.
    AudWrongType,
    /// An ID token sent as a Bearer token, as if it were an access token.
    IdToken,
    /// Personal data in the payload, readable by anyone who sees the token.
    PersonalData,
    /// A name that appears more than once in the header.
    DuplicateHeaderNames,
    /// A name that appears more than once in the payload.
    DuplicateClaimNames,
    /// Base64url that a strict decoder refuses: padding, white space or stray bits.
    NonCanonicalBase64,
    /// Too large for the header limit of common proxies.
    TooLargeForHeader,
    /// Too large for a cookie.
    TooLargeForCookie,
    /// What the token weighs on every request.
    Size,
    /// Signed with a well-known secret, which the search found.
    WeakSecret,
    /// Signed with a secret shorter than the hash's output.
    ShortSecret,
    /// An HMAC token forged with the public key's text as the secret.
    KeyConfusion,
    /// An SD-JWT's Disclosures or Key Binding JWT fail a check a verifier must make.
    SdJwtRejected,
    /// A DPoP proof made for another request, or not recently.
    DpopRequestMismatch,
    /// The token is bound to another access token, code, key or sign-in request than the one given.
    BindingMismatch,
}

const RFC7515_2: Cite = cite(
    "RFC 7515 §2",
    "https://www.rfc-editor.org/rfc/rfc7515#section-2",
);
const RFC7515_4: Cite = cite(
    "RFC 7515 §4",
    "https://www.rfc-editor.org/rfc/rfc7515#section-4",
);
const RFC7515_4_1_1: Cite = cite(
    "RFC 7515 §4.1.1",
    "https://www.rfc-editor.org/rfc/rfc7515#section-4.1.1",
);
const RFC7515_4_1_11: Cite = cite(
    "RFC 7515 §4.1.11",
    "https://www.rfc-editor.org/rfc/rfc7515#section-4.1.11",
);
const RFC7515_5_2: Cite = cite(
    "RFC 7515 §5.2",
    "https://www.rfc-editor.org/rfc/rfc7515#section-5.2",
);
const RFC7515_7_1: Cite = cite(
    "RFC 7515 §7.1",
    "https://www.rfc-editor.org/rfc/rfc7515#section-7.1",
);
const RFC7519_7_2: Cite = cite(
    "RFC 7519 §7.2",
    "https://www.rfc-editor.org/rfc/rfc7519#section-7.2",
);
const RFC7516: Cite = cite("RFC 7516", "https://www.rfc-editor.org/rfc/rfc7516");
const RFC7516_4_1_3: Cite = cite(
    "RFC 7516 §4.1.3",
    "https://www.rfc-editor.org/rfc/rfc7516#section-4.1.3",
);
const RFC7518_3_2: Cite = cite(
    "RFC 7518 §3.2",
    "https://www.rfc-editor.org/rfc/rfc7518#section-3.2",
);
const RFC7518_3_4: Cite = cite(
    "RFC 7518 §3.4",
    "https://www.rfc-editor.org/rfc/rfc7518#section-3.4",
);
const RFC7519_2: Cite = cite(
    "RFC 7519 §2",
    "https://www.rfc-editor.org/rfc/rfc7519#section-2",
);
const RFC7519_4: Cite = cite(
    "RFC 7519 §4",
    "https://www.rfc-editor.org/rfc/rfc7519#section-4",
);
const RFC7519_4_1_4: Cite = cite(
    "RFC 7519 §4.1.4",
    "https://www.rfc-editor.org/rfc/rfc7519#section-4.1.4",
);
const RFC7519_4_1_5: Cite = cite(
    "RFC 7519 §4.1.5",
    "https://www.rfc-editor.org/rfc/rfc7519#section-4.1.5",
);
const RFC7519_4_1_6: Cite = cite(
    "RFC 7519 §4.1.6",
    "https://www.rfc-editor.org/rfc/rfc7519#section-4.1.6",
);
const RFC7519_12: Cite = cite(
    "RFC 7519 §12",
    "https://www.rfc-editor.org/rfc/rfc7519#section-12",
);
const RFC6819_5_1_5_3: Cite = cite(
    "RFC 6819 §5.1.5.3",
    "https://www.rfc-editor.org/rfc/rfc6819#section-5.1.5.3",
);
const RFC8725_2_1: Cite = cite(
    "RFC 8725 §2.1",
    "https://www.rfc-editor.org/rfc/rfc8725#section-2.1",
);
const RFC8725BIS_3_2: Cite = cite(
    "draft-ietf-oauth-rfc8725bis §3.2",
    "https://datatracker.ietf.org/doc/html/draft-ietf-oauth-rfc8725bis#section-3.2",
);
const RFC8725BIS_3_13: Cite = crate::token::jose::jwe::P2C_LIMIT;
const RFC8725BIS_3_15: Cite = crate::token::jose::jwe::INFLATE_LIMIT;
const DEPRECATE_RSA15: Cite = cite(
    "draft-ietf-jose-deprecate-none-rsa15",
    "https://datatracker.ietf.org/doc/draft-ietf-jose-deprecate-none-rsa15/",
);
const RFC7518_4_8_1_2: Cite = cite(
    "RFC 7518 §4.8.1.2",
    "https://www.rfc-editor.org/rfc/rfc7518#section-4.8.1.2",
);
const RFC8725_3_1: Cite = cite(
    "RFC 8725 §3.1",
    "https://www.rfc-editor.org/rfc/rfc8725#section-3.1",
);
const RFC8725_3_2: Cite = cite(
    "RFC 8725 §3.2",
    "https://www.rfc-editor.org/rfc/rfc8725#section-3.2",
);
const RFC8725_3_3: Cite = cite(
    "RFC 8725 §3.3",
    "https://www.rfc-editor.org/rfc/rfc8725#section-3.3",
);
const RFC8725_3_5: Cite = cite(
    "RFC 8725 §3.5",
    "https://www.rfc-editor.org/rfc/rfc8725#section-3.5",
);
const RFC8725_3_6: Cite = cite(
    "RFC 8725 §3.6",
    "https://www.rfc-editor.org/rfc/rfc8725#section-3.6",
);
const RFC8725_3_8: Cite = cite(
    "RFC 8725 §3.8",
    "https://www.rfc-editor.org/rfc/rfc8725#section-3.8",
);
const RFC8725_3_9: Cite = cite(
    "RFC 8725 §3.9",
    "https://www.rfc-editor.org/rfc/rfc8725#section-3.9",
);
const RFC8725_3_10: Cite = cite(
    "RFC 8725 §3.10",
    "https://www.rfc-editor.org/rfc/rfc8725#section-3.10",
);
const RFC8725_3_11: Cite = cite(
    "RFC 8725 §3.11",
    "https://www.rfc-editor.org/rfc/rfc8725#section-3.11",
);
const RFC8725_3_12: Cite = cite(
    "RFC 8725 §3.12",
    "https://www.rfc-editor.org/rfc/rfc8725#section-3.12",
);
const RFC9068_2_1: Cite = cite(
    "RFC 9068 §2.1",
    "https://www.rfc-editor.org/rfc/rfc9068#section-2.1",
);
const RFC9068_2_2: Cite = cite(
    "RFC 9068 §2.2",
    "https://www.rfc-editor.org/rfc/rfc9068#section-2.2",
);
const RFC9068_6: Cite = cite(
    "RFC 9068 §6",
    "https://www.rfc-editor.org/rfc/rfc9068#section-6",
);
const RFC9068_4: Cite = cite(
    "RFC 9068 §4",
    "https://www.rfc-editor.org/rfc/rfc9068#section-4",
);
const RFC9449_4_2: Cite = cite(
    "RFC 9449 §4.2",
    "https://www.rfc-editor.org/rfc/rfc9449#section-4.2",
);
const RFC9449_4_3: Cite = cite(
    "RFC 9449 §4.3",
    "https://www.rfc-editor.org/rfc/rfc9449#section-4.3",
);
const RFC7523_3: Cite = cite(
    "RFC 7523 §3",
    "https://www.rfc-editor.org/rfc/rfc7523#section-3",
);
const RFC7523BIS: Cite = cite(
    "RFC 7523bis",
    "https://datatracker.ietf.org/doc/html/draft-ietf-oauth-rfc7523bis",
);
const RFC8417_2_2: Cite = cite(
    "RFC 8417 §2.2",
    "https://www.rfc-editor.org/rfc/rfc8417#section-2.2",
);
const RFC8417_2_3: Cite = cite(
    "RFC 8417 §2.3",
    "https://www.rfc-editor.org/rfc/rfc8417#section-2.3",
);
const RFC8725BIS_3_11: Cite = cite(
    "draft-ietf-oauth-rfc8725bis §3.11",
    "https://datatracker.ietf.org/doc/html/draft-ietf-oauth-rfc8725bis#section-3.11",
);
const RFC7515_4_1_3: Cite = cite(
    "RFC 7515 §4.1.3",
    "https://www.rfc-editor.org/rfc/rfc7515#section-4.1.3",
);
const RFC9864: Cite = cite("RFC 9864", "https://www.rfc-editor.org/rfc/rfc9864");
const RFC6265BIS_5_6: Cite = cite(
    "RFC 6265bis §5.6",
    "https://datatracker.ietf.org/doc/html/draft-ietf-httpbis-rfc6265bis#section-5.6",
);
const OIDC_CORE_2: Cite = cite(
    "OpenID Connect Core §2",
    "https://openid.net/specs/openid-connect-core-1_0.html#IDToken",
);
const OIDC_ID_TOKEN_VALIDATION: Cite = cite(
    "OpenID Connect Core §3.1.3.7",
    "https://openid.net/specs/openid-connect-core-1_0.html#IDTokenValidation",
);
const OIDC_LOGOUT_TOKEN: Cite = cite(
    "OpenID Connect Back-Channel Logout §2.4",
    "https://openid.net/specs/openid-connect-backchannel-1_0.html#LogoutToken",
);
const OIDC_LOGOUT_VALIDATION: Cite = cite(
    "OpenID Connect Back-Channel Logout §2.6",
    "https://openid.net/specs/openid-connect-backchannel-1_0.html#Validation",
);
const DBSC_PROOF: Cite = cite(
    "W3C Device Bound Session Credentials: proof format",
    "https://w3c.github.io/webappsec-dbsc/#format-jwt",
);
const NGINX_HEADER_BUFFERS: Cite = cite(
    "nginx large_client_header_buffers",
    "https://nginx.org/en/docs/http/ngx_http_core_module.html#large_client_header_buffers",
);
const CVE_2015_9235: Cite = cite(
    "CVE-2015-9235",
    "https://www.cve.org/CVERecord?id=CVE-2015-9235",
);
const CVE_2018_0114: Cite = cite(
    "CVE-2018-0114",
    "https://www.cve.org/CVERecord?id=CVE-2018-0114",
);
const CVE_2022_21449: Cite = cite(
    "CVE-2022-21449",
    "https://www.cve.org/CVERecord?id=CVE-2022-21449",
);
// The sheet lost "for Java" in its 2026 rewrite; the old address is a different, older page.
const OWASP_JWT_PUBLIC_KEY: Cite = cite(
    "OWASP JSON Web Token Cheat Sheet: public-key signatures",
    "https://cheatsheetseries.owasp.org/cheatsheets/JSON_Web_Token_Cheat_Sheet.html#public-key-signatures",
);
const OWASP_JWT_HEADER_KEYS: Cite = cite(
    "OWASP JSON Web Token Cheat Sheet: key material named in the header",
    "https://cheatsheetseries.owasp.org/cheatsheets/JSON_Web_Token_Cheat_Sheet.html#trusting-key-material-named-in-the-token-header",
);
const ASVS_3_3_5: Cite = cite(
    "ASVS 5.0 3.3.5",
    "https://github.com/OWASP/ASVS/blob/v5.0.0_release/5.0/en/0x12-V3-Web-Frontend-Security.md#v33-cookie-setup",
);
/// The source articles' figures for access tokens' lifetimes (5 to 15 minutes).
const ARTICLE_LIFETIMES: Cite = cite(
    "Article: JWT vs session, a decision framework (figures)",
    "https://solid-web.com/jwt-vs-session-authentication",
);
/// The source articles' figures for a session cookie's size (32 to 64 bytes).
const ARTICLE_SIZES: Cite = cite(
    "Article: JWT vs session, the working comparison (figures)",
    "https://blog.rajpoot.dev/posts/backend/auth-jwt-vs-session-2026/",
);
const RFC9901_7_1: Cite = cite(
    "RFC 9901 §7.1",
    "https://www.rfc-editor.org/rfc/rfc9901#section-7.1",
);
const RFC9449_6_1: Cite = cite(
    "RFC 9449 §6.1",
    "https://www.rfc-editor.org/rfc/rfc9449#section-6.1",
);
const OIDC_HYBRID_ID_TOKEN: Cite = cite(
    "OpenID Connect Core §3.3.2.11",
    "https://openid.net/specs/openid-connect-core-1_0.html#HybridIDToken",
);
const RFC7518_3_3: Cite = cite(
    "RFC 7518 §3.3",
    "https://www.rfc-editor.org/rfc/rfc7518#section-3.3",
);
const RFC8017_8_2_2: Cite = cite(
    "RFC 8017 §8.2.2",
    "https://www.rfc-editor.org/rfc/rfc8017#section-8.2.2",
);
const RFC7519_4_1_3: Cite = cite(
    "RFC 7519 §4.1.3",
    "https://www.rfc-editor.org/rfc/rfc7519#section-4.1.3",
);
const SD_JWT_VC: Cite = cite(
    "SD-JWT-based Verifiable Credentials §3.2.2",
    "https://datatracker.ietf.org/doc/html/draft-ietf-oauth-sd-jwt-vc#section-3.2.2",
);
const RFC9901_4_3: Cite = cite(
    "RFC 9901 §4.3",
    "https://www.rfc-editor.org/rfc/rfc9901#section-4.3",
);
const RFC9901_7_3: Cite = cite(
    "RFC 9901 §7.3",
    "https://www.rfc-editor.org/rfc/rfc9901#section-7.3",
);
const OIDF_ENTITY_STATEMENT: Cite = cite(
    "OpenID Federation 1.0 §3",
    "https://openid.net/specs/openid-federation-1_0.html#section-3",
);
const K8S_BOUND_TOKENS: Cite = cite(
    "Kubernetes: service account tokens",
    "https://kubernetes.io/docs/reference/access-authn-authz/service-accounts-admin/#bound-service-account-tokens",
);
const SPIFFE_JWT_SVID_CLAIMS: Cite = cite(
    "SPIFFE JWT-SVID §3",
    "https://github.com/spiffe/spiffe/blob/main/standards/JWT-SVID.md#3-jwt-claims",
);
const SPIFFE_JWT_SVID_REPLAY: Cite = cite(
    "SPIFFE JWT-SVID §7.1",
    "https://github.com/spiffe/spiffe/blob/main/standards/JWT-SVID.md#71-replay-protection",
);

/// Whom a finding is for: whoever holds or accepts the token (reject it, check its `aud`), or
/// whoever issues tokens like it (prefer another algorithm, shorter lifetimes). Advice for
/// the issuer does not decide whether a token is accepted, and on a provider's token it is
/// only a note: the reader cannot change how the provider signs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Role {
    /// What to do with this token.
    Verifier,
    /// How tokens like it should be issued.
    Issuer,
}

impl Kind {
    /// Whom this kind of finding is for.
    pub fn role(self) -> Role {
        match self {
            Kind::TypMissing
            | Kind::TypGeneric
            | Kind::EddsaPolymorphic
            | Kind::RsaPkcs1
            | Kind::JweCompressed
            | Kind::SdAlgMissing
            | Kind::SdJwtVcOldTyp
            | Kind::LongLived
            | Kind::VeryLongLived
            | Kind::PersonalData
            | Kind::TooLargeForHeader
            | Kind::TooLargeForCookie
            | Kind::Size
            | Kind::ServiceAccountRules => Role::Issuer,
            _ => Role::Verifier,
        }
    }

    /// Whether a careful verifier rejects a token with this finding. The verdict rests on
    /// these; other findings are advice, however serious (a key in the header is a risk only
    /// to a verifier that trusts it).
    pub fn rejects(self) -> bool {
        matches!(
            self,
            Kind::Undecodable
                | Kind::SignatureInvalid
                | Kind::AlgMissing
                | Kind::AlgNone
                | Kind::EmptySignature
                | Kind::ZipInJws
                | Kind::CritUnknown
                | Kind::AccessTokenRules
                | Kind::IdTokenRules
                | Kind::DpopRules
                | Kind::LogoutRules
                | Kind::DbscRules
                | Kind::ClientAssertionRules
                | Kind::SecurityEventRules
                | Kind::CredentialRules
                | Kind::KeyBindingRules
                | Kind::EntityStatementRules
                | Kind::WorkloadRules
                | Kind::PrivateKeyInHeader
                | Kind::JweRsa15
                | Kind::JweP2cTooLarge
                | Kind::SdAlgUnknown
                | Kind::EcdsaLength
                | Kind::EcdsaZero
                | Kind::RsaShortSignature
                | Kind::RsaKeyTooSmall
                | Kind::TimeNotNumeric
                | Kind::ExpMissing
                | Kind::Expired
                | Kind::NotYetValid
                | Kind::AudWrongType
                | Kind::NonCanonicalBase64
                | Kind::IdToken
                | Kind::WeakSecret
                | Kind::ShortSecret
                | Kind::KeyConfusion
                | Kind::SdJwtRejected
                | Kind::DpopRequestMismatch
                | Kind::BindingMismatch
        )
    }

    /// What this kind of finding always says.
    pub fn entry(self) -> &'static Entry {
        use Severity::*;
        match self {
            Kind::Undecodable => &Entry {
                id: "undecodable",
                severity: High,
                fix: "Reject it; if your issuer made it, fix how it encodes tokens.",
                sources: &[RFC7515_5_2, RFC7519_7_2],
                learn_more: None,
            },
            Kind::SignatureInvalid => &Entry {
                id: "signature-invalid",
                severity: Critical,
                fix: "Reject the token. If it should be valid, check that the key is the issuer's \
                      current one and that nothing changed the token on its way.",
                sources: &[RFC7515_5_2],
                learn_more: None,
            },
            Kind::AlgMissing => &Entry {
                id: "alg-missing",
                severity: High,
                fix: "Issue tokens with an explicit alg and pin it on the verifier.",
                sources: &[RFC7515_4_1_1],
                learn_more: None,
            },
            Kind::AlgNone => &Entry {
                id: "alg-none",
                severity: Critical,
                fix: "Never accept alg none; pin the algorithms the verifier accepts.",
                sources: &[RFC8725_3_1, RFC8725_3_2],
                learn_more: None,
            },
            Kind::EmptySignature => &Entry {
                id: "empty-signature",
                severity: Critical,
                fix: "Reject tokens whose signature is missing or has the wrong length for alg.",
                sources: &[RFC7515_5_2, RFC8725_3_3],
                learn_more: None,
            },
            Kind::ZipInJws => &Entry {
                id: "zip-in-jws",
                severity: High,
                fix: "Reject a JWS that carries zip.",
                sources: &[RFC7516_4_1_3, RFC8725_3_6],
                learn_more: None,
            },
            Kind::EmbeddedKey => &Entry {
                id: "embedded-key",
                severity: High,
                fix: "Verify only with keys you configured; ignore jwk, jku, x5u and x5c from \
                      tokens.",
                sources: &[RFC8725_3_10, OWASP_JWT_HEADER_KEYS, CVE_2018_0114],
                learn_more: Some(Learn::Term("jwks")),
            },
            Kind::KidInjection => &Entry {
                id: "kid-injection",
                severity: High,
                fix: "Treat kid as an opaque lookup key in a map of trusted keys.",
                sources: &[RFC8725_3_10, OWASP_JWT_HEADER_KEYS],
                learn_more: Some(Learn::Term("kid")),
            },
            Kind::CritUnknown => &Entry {
                id: "crit-unknown",
                severity: High,
                fix: "Reject such tokens unless your verifier implements every listed parameter.",
                sources: &[RFC7515_4_1_11],
                learn_more: None,
            },
            Kind::TypMissing => &Entry {
                id: "typ-missing",
                severity: Low,
                fix: "Set typ (at+jwt for access tokens) and check it.",
                sources: &[RFC8725_3_11, RFC9068_2_1],
                learn_more: None,
            },
            Kind::TypGeneric => &Entry {
                id: "typ-generic",
                severity: Low,
                fix: "Give each kind of token its own typ (at+jwt for access tokens) and check \
                      it.",
                sources: &[RFC8725BIS_3_11, RFC8725_3_11],
                learn_more: None,
            },
            Kind::AccessTokenRules => &Entry {
                id: "access-token-rules",
                severity: High,
                fix: "Issue every claim RFC 9068 requires; resource servers check typ, iss, aud, \
                      exp and the signature before anything else.",
                sources: &[RFC9068_2_2, RFC9068_4],
                learn_more: None,
            },
            Kind::IdTokenRules => &Entry {
                id: "id-token-rules",
                severity: High,
                fix: "Reject the ID token; a client must check iss, aud, exp and the signature \
                      (and nonce, when it sent one).",
                sources: &[OIDC_CORE_2, OIDC_ID_TOKEN_VALIDATION],
                learn_more: Some(Learn::Term("id-token")),
            },
            Kind::DpopRules => &Entry {
                id: "dpop-rules",
                severity: High,
                fix: "Reject the proof; a server checks typ, the public key in jwk, the \
                      signature with that key, htm, htu, iat and jti.",
                sources: &[RFC9449_4_2, RFC9449_4_3],
                learn_more: None,
            },
            Kind::LogoutRules => &Entry {
                id: "logout-rules",
                severity: High,
                fix: "Reject the logout token and answer 400, as the specification asks.",
                sources: &[OIDC_LOGOUT_TOKEN, OIDC_LOGOUT_VALIDATION],
                learn_more: None,
            },
            Kind::DbscRules => &Entry {
                id: "dbsc-rules",
                severity: High,
                fix: "Refuse the proof; a session bound to a device needs a signed proof over \
                      the server's challenge.",
                sources: &[DBSC_PROOF],
                learn_more: None,
            },
            Kind::ClientAssertionRules => &Entry {
                id: "client-assertion-rules",
                severity: High,
                fix: "Reject the assertion; issue it with iss and sub set to the client ID, aud \
                      set to the authorization server's issuer alone, and a short exp.",
                sources: &[RFC7523_3, RFC7523BIS],
                learn_more: None,
            },
            Kind::SecurityEventRules => &Entry {
                id: "security-event-rules",
                severity: High,
                fix: "Issue every claim RFC 8417 requires, typ secevent+jwt, and no exp, so that \
                      a SET cannot pass for an access or ID token.",
                sources: &[RFC8417_2_2, RFC8417_2_3],
                learn_more: None,
            },
            Kind::CredentialRules => &Entry {
                id: "credential-rules",
                severity: High,
                fix: "Reject the credential; an SD-JWT VC names its type in vct and is verified \
                      with the issuer's key.",
                sources: &[SD_JWT_VC],
                learn_more: None,
            },
            Kind::KeyBindingRules => &Entry {
                id: "key-binding-rules",
                severity: High,
                fix: "Reject the presentation; a Key Binding JWT carries iat, aud, nonce and \
                      sd_hash, and the verifier checks each against its own request.",
                sources: &[RFC9901_4_3, RFC9901_7_3],
                learn_more: None,
            },
            Kind::EntityStatementRules => &Entry {
                id: "entity-statement-rules",
                severity: High,
                fix: "Reject the entity statement; it must carry iss, sub, iat, exp and the \
                      entity's jwks.",
                sources: &[OIDF_ENTITY_STATEMENT],
                learn_more: None,
            },
            Kind::ServiceAccountRules => &Entry {
                id: "service-account-rules",
                severity: Medium,
                fix: "Use bound service-account tokens (projected, with an audience and an \
                      expiry) rather than the legacy tokens kept in Secrets.",
                sources: &[K8S_BOUND_TOKENS],
                learn_more: None,
            },
            Kind::WorkloadRules => &Entry {
                id: "workload-rules",
                severity: High,
                fix: "Reject it; a JWT-SVID carries sub, aud and exp, and a verifier accepts only \
                      its own audience.",
                sources: &[SPIFFE_JWT_SVID_CLAIMS, SPIFFE_JWT_SVID_REPLAY],
                learn_more: None,
            },
            Kind::PrivateKeyInHeader => &Entry {
                id: "private-key-in-header",
                severity: Critical,
                fix: "Treat the key as compromised: replace it, and put only the public members \
                      in a header.",
                sources: &[RFC7515_4_1_3, RFC9449_4_2],
                learn_more: None,
            },
            Kind::EddsaPolymorphic => &Entry {
                id: "eddsa-polymorphic",
                severity: Info,
                fix: "Issue alg Ed25519; accept both during the transition.",
                sources: &[RFC9864],
                learn_more: None,
            },
            Kind::RsaPkcs1 => &Entry {
                id: "rsa-pkcs1",
                severity: Low,
                fix: "Prefer Ed25519, ES256 or PS256 for new keys.",
                sources: &[OWASP_JWT_PUBLIC_KEY],
                learn_more: None,
            },
            Kind::Encrypted => &Entry {
                id: "encrypted",
                severity: Info,
                fix: "Nothing to fix.",
                sources: &[RFC7516],
                learn_more: None,
            },
            Kind::JweRsa15 => &Entry {
                id: "jwe-rsa1-5",
                severity: Critical,
                fix: "Encrypt to RSA-OAEP-256 or ECDH-ES instead, and have recipients refuse \
                      RSA1_5.",
                sources: &[RFC8725BIS_3_2, DEPRECATE_RSA15],
                learn_more: None,
            },
            Kind::JweP2cTooLarge => &Entry {
                id: "jwe-p2c-too-large",
                severity: High,
                fix: "Refuse a p2c above your limit before deriving any key.",
                sources: &[RFC8725BIS_3_13, RFC7518_4_8_1_2],
                learn_more: None,
            },
            Kind::JweCompressed => &Entry {
                id: "jwe-compressed",
                severity: Low,
                fix: "Encrypt without zip; if you must inflate, cap the output.",
                sources: &[RFC8725_3_6, RFC8725BIS_3_15],
                learn_more: None,
            },
            Kind::SdAlgMissing => &Entry {
                id: "sd-alg-missing",
                severity: Info,
                fix: "Nothing to fix; issuers may name _sd_alg to be explicit.",
                sources: &[sd_jwt::HASH_ALG],
                learn_more: None,
            },
            Kind::SdAlgUnknown => &Entry {
                id: "sd-alg-unknown",
                severity: High,
                fix: "Reject the SD-JWT unless you support the hash it names; issuers should use \
                      sha-256.",
                sources: &[sd_jwt::HASH_ALG],
                learn_more: None,
            },
            Kind::SdJwtVc => &Entry {
                id: "sd-jwt-vc",
                severity: Info,
                fix: "Nothing to fix.",
                sources: &[sd_jwt::VC, sd_jwt::PROCESSING],
                learn_more: None,
            },
            Kind::SdJwtVcOldTyp => &Entry {
                id: "sd-jwt-vc-old-typ",
                severity: Low,
                fix: "Issue SD-JWT VCs with typ dc+sd-jwt.",
                sources: &[sd_jwt::VC],
                learn_more: None,
            },
            Kind::EcdsaLength => &Entry {
                id: "ecdsa-length",
                severity: High,
                fix: "Reject signatures of the wrong length.",
                sources: &[RFC7518_3_4],
                learn_more: None,
            },
            Kind::EcdsaZero => &Entry {
                id: "ecdsa-zero",
                severity: Critical,
                fix: "Patch the verifier; valid signatures never have r or s equal to zero.",
                sources: &[CVE_2022_21449, RFC7518_3_4],
                learn_more: None,
            },
            Kind::RsaShortSignature => &Entry {
                id: "rsa-short-signature",
                severity: High,
                fix: "Reject it: an RSA signature is as long as the key's modulus, and keys under \
                      2,048 bits must not be used.",
                sources: &[RFC8017_8_2_2, RFC7518_3_3],
                learn_more: None,
            },
            Kind::RsaKeyTooSmall => &Entry {
                id: "rsa-key-too-small",
                severity: Critical,
                fix: "Reject tokens signed with it and replace the key with one of 2,048 bits or \
                      more: a key this small can be factored.",
                sources: &[RFC7518_3_3],
                learn_more: None,
            },
            Kind::TimeNotNumeric => &Entry {
                id: "time-not-numeric",
                severity: High,
                fix: "Issue time claims as numbers of seconds.",
                sources: &[RFC7519_2, RFC7519_4_1_4],
                learn_more: None,
            },
            Kind::TimeMilliseconds => &Entry {
                id: "time-milliseconds",
                severity: Medium,
                fix: "Divide by 1000: NumericDate counts seconds.",
                sources: &[RFC7519_2],
                learn_more: None,
            },
            Kind::ExpMissing => &Entry {
                id: "exp-missing",
                severity: High,
                fix: "Always set exp, and keep it short for access tokens (the source articles \
                      use 5 to 15 minutes).",
                sources: &[
                    RFC7519_4_1_4,
                    RFC9068_2_2,
                    RFC6819_5_1_5_3,
                    ARTICLE_LIFETIMES,
                ],
                learn_more: Some(Learn::Page(&site::REVOCATION)),
            },
            Kind::Expired => &Entry {
                id: "expired",
                severity: High,
                fix: "Obtain a new token; check that your verifier rejects this one.",
                sources: &[RFC7519_4_1_4],
                learn_more: None,
            },
            Kind::LongLived => &Entry {
                id: "long-lived",
                severity: Medium,
                fix: "Keep access tokens short-lived (the source articles use 5 to 15 minutes) \
                      and renew them with a refresh token.",
                sources: &[RFC6819_5_1_5_3, ARTICLE_LIFETIMES],
                learn_more: Some(Learn::Page(&site::REVOCATION)),
            },
            Kind::VeryLongLived => &Entry {
                id: "very-long-lived",
                severity: High,
                fix: "Keep access tokens short-lived (the source articles use 5 to 15 minutes) \
                      and renew them with a refresh token.",
                sources: &[RFC6819_5_1_5_3, ARTICLE_LIFETIMES],
                learn_more: Some(Learn::Page(&site::REVOCATION)),
            },
            Kind::NotYetValid => &Entry {
                id: "not-yet-valid",
                severity: High,
                fix: "Reject it until nbf; if that is unexpected, check the issuer's clock.",
                sources: &[RFC7519_4_1_5],
                learn_more: None,
            },
            Kind::IssuedInFuture => &Entry {
                id: "issued-in-future",
                severity: Medium,
                fix: "Check the issuer's clock; a token cannot be issued in the future.",
                sources: &[RFC7519_4_1_6],
                learn_more: None,
            },
            Kind::IssMissing => &Entry {
                id: "iss-missing",
                severity: Medium,
                fix: "Issue and check iss and aud on every token.",
                sources: &[RFC8725_3_8, RFC8725_3_9],
                learn_more: None,
            },
            Kind::AudMissing => &Entry {
                id: "aud-missing",
                severity: Medium,
                fix: "Issue and check iss and aud on every token.",
                sources: &[RFC8725_3_8, RFC8725_3_9],
                learn_more: None,
            },
            Kind::AudWrongType => &Entry {
                id: "aud-wrong-type",
                severity: High,
                fix: "Reject it; aud is a string or an array of strings.",
                sources: &[RFC7519_4_1_3],
                learn_more: None,
            },
            Kind::IdToken => &Entry {
                id: "id-token",
                severity: High,
                fix: "Send the access token to APIs; keep the ID token in the client.",
                sources: &[OIDC_CORE_2, RFC9068_2_1, RFC8725_3_12],
                learn_more: Some(Learn::Term("id-token")),
            },
            Kind::PersonalData => &Entry {
                id: "personal-data",
                severity: Medium,
                fix: "Keep an opaque user ID in the token and look the rest up on the server.",
                sources: &[RFC7519_12, RFC9068_6],
                learn_more: None,
            },
            Kind::DuplicateHeaderNames => &Entry {
                id: "duplicate-header-names",
                severity: High,
                fix: "Reject tokens with repeated member names.",
                sources: &[RFC7515_4],
                learn_more: None,
            },
            Kind::DuplicateClaimNames => &Entry {
                id: "duplicate-claim-names",
                severity: Medium,
                fix: "Reject tokens with repeated member names.",
                sources: &[RFC7519_4],
                learn_more: None,
            },
            Kind::NonCanonicalBase64 => &Entry {
                id: "non-canonical-base64",
                severity: High,
                fix: "Produce unpadded base64url and reject anything else.",
                sources: &[RFC7515_2, RFC7515_7_1],
                learn_more: None,
            },
            Kind::TooLargeForHeader => &Entry {
                id: "too-large-header",
                severity: High,
                fix: "Move claims to the server; keep the token to an ID and a few claims.",
                sources: &[NGINX_HEADER_BUFFERS, RFC6265BIS_5_6],
                learn_more: Some(Learn::Page(&site::COSTS)),
            },
            Kind::TooLargeForCookie => &Entry {
                id: "too-large-cookie",
                severity: High,
                fix: "Shrink the claims, or keep the token server-side behind a session cookie.",
                sources: &[RFC6265BIS_5_6, ASVS_3_3_5],
                learn_more: Some(Learn::Page(&site::COSTS)),
            },
            Kind::Size => &Entry {
                id: "size",
                severity: Info,
                fix: "Keep claims minimal.",
                sources: &[ARTICLE_SIZES, RFC6265BIS_5_6],
                learn_more: Some(Learn::Page(&site::COSTS)),
            },
            Kind::WeakSecret => &Entry {
                id: "weak-secret",
                severity: Critical,
                fix: "Generate a random secret of at least 32 bytes (for HS256), keep it out of \
                      code and rotate it now; or move to a public-key algorithm.",
                sources: &[RFC8725_3_5, RFC7518_3_2],
                learn_more: None,
            },
            Kind::ShortSecret => &Entry {
                id: "short-secret",
                severity: High,
                fix: "Use a random secret at least as long as the hash output.",
                sources: &[RFC7518_3_2, RFC8725_3_5],
                learn_more: None,
            },
            Kind::SdJwtRejected => &Entry {
                id: "sd-jwt-rejected",
                severity: Critical,
                fix: "Reject the SD-JWT: its Disclosures or its Key Binding JWT fail a check \
                      RFC 9901 says a verifier must make.",
                sources: &[RFC9901_7_1, RFC9901_7_3],
                learn_more: None,
            },
            Kind::DpopRequestMismatch => &Entry {
                id: "dpop-request-mismatch",
                severity: High,
                fix: "Reject the proof: it was not made for this request, or not recently.",
                sources: &[RFC9449_4_3],
                learn_more: None,
            },
            Kind::BindingMismatch => &Entry {
                id: "binding-mismatch",
                severity: High,
                fix: "Reject the pair: the token is bound to another access token, code, key or \
                      sign-in request than the one given.",
                sources: &[OIDC_ID_TOKEN_VALIDATION, OIDC_HYBRID_ID_TOKEN, RFC9449_6_1],
                learn_more: None,
            },
            Kind::KeyConfusion => &Entry {
                id: "key-confusion",
                severity: Critical,
                fix: "Pin the algorithm (and key type) in the verifier; never let the token's alg \
                      choose between HMAC and a public-key algorithm.",
                sources: &[RFC8725_2_1, RFC8725_3_1, CVE_2015_9235],
                learn_more: None,
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::glossary::TERMS;
    use crate::token::cite::link_problem;

    #[test]
    fn every_kind_is_listed_once_with_a_distinct_id() {
        for (i, k) in Kind::ALL.iter().enumerate() {
            assert!(!Kind::ALL[i + 1..].contains(k), "{k:?} twice");
            let id = k.entry().id;
            assert!(
                id.chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'),
                "{id}"
            );
            for other in &Kind::ALL[i + 1..] {
                assert_ne!(id, other.entry().id);
            }
        }
    }

    /// What a verifier must reject is for the verifier, and serious: the findings' summary
    /// counts it, and the verdict rests on it.
    #[test]
    fn what_rejects_a_token_is_serious_and_for_its_verifier() {
        for &k in Kind::ALL.iter().filter(|k| k.rejects()) {
            assert_eq!(k.role(), Role::Verifier, "{k:?}");
            assert!(k.entry().severity <= Severity::High, "{k:?}");
        }
    }

    #[test]
    fn every_kind_has_advice_and_a_linked_source() {
        for &k in Kind::ALL {
            let e = k.entry();
            assert!(e.fix.ends_with('.'), "{}: {}", e.id, e.fix);
            assert!(
                e.sources.iter().any(|c| c.url.is_some()),
                "{} has no linked source",
                e.id
            );
        }
    }

    /// "RFC 8725 §3.10" links to section 3.10 of RFC 8725, and nowhere else.
    #[test]
    fn rfc_citations_link_to_their_section() {
        for &k in Kind::ALL {
            for c in k.entry().sources {
                assert_eq!(link_problem(c), None, "{}", k.entry().id);
            }
        }
    }

    /// Sections once cited for these kinds are about something else (RFC 8725 §3.10 is about
    /// trusting received claims, §3.6 about compression, §3.1 about algorithms, RFC 9700 §4.14
    /// about refresh tokens); each kind now cites the section that states its rule.
    #[test]
    fn kinds_cite_the_section_that_states_their_rule() {
        let cites = |k: Kind| -> Vec<&str> { k.entry().sources.iter().map(|c| c.label).collect() };
        assert_eq!(
            cites(Kind::ExpMissing)[..2],
            ["RFC 7519 §4.1.4", "RFC 9068 §2.2"]
        );
        assert_eq!(cites(Kind::PersonalData), ["RFC 7519 §12", "RFC 9068 §6"]);
        assert_eq!(cites(Kind::DuplicateHeaderNames), ["RFC 7515 §4"]);
        assert_eq!(cites(Kind::DuplicateClaimNames), ["RFC 7519 §4"]);
        assert_eq!(
            cites(Kind::EmptySignature),
            ["RFC 7515 §5.2", "RFC 8725 §3.3"]
        );
        for k in [Kind::LongLived, Kind::VeryLongLived, Kind::ExpMissing] {
            assert!(cites(k).contains(&"RFC 6819 §5.1.5.3"), "{k:?}");
            assert!(!cites(k).iter().any(|c| c.starts_with("RFC 9700")), "{k:?}");
        }
        for &k in Kind::ALL {
            for c in k.entry().sources {
                let url = c.url.unwrap_or_default();
                assert!(
                    !url.contains("for_Java"),
                    "{}: the renamed OWASP sheet",
                    k.entry().id
                );
            }
        }
    }

    #[test]
    fn learn_more_links_open_a_page_of_the_app() {
        for &k in Kind::ALL {
            match k.entry().learn_more {
                Some(Learn::Page(route)) => {
                    assert_eq!(site::route_for(route.path), Some(route));
                    assert_eq!(Learn::Page(route).href(), route.path);
                }
                Some(Learn::Term(term)) => {
                    assert!(
                        TERMS.iter().any(|t| t.id == term),
                        "no glossary term {term}"
                    );
                    assert_eq!(Learn::Term(term).href(), format!("/glossary#term-{term}"));
                }
                None => {}
            }
        }
    }
}
