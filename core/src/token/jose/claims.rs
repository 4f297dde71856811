//! What each header parameter and claim means, in plain language, with the section that
//! defines it: the registered claims of RFC 7519, the JOSE header parameters of RFC 7515/7516/
//! 7518, OpenID Connect's claims, the access-token claims of RFC 9068 and the claims of the
//! token types the inspector recognises (DPoP proofs, logout tokens, security event tokens).
//! Unknown names are shown without a description.

use crate::token::cite::{cite, Cite};

/// A known name.
#[derive(Debug, PartialEq, Eq)]
pub struct Known {
    /// The name as a token writes it.
    pub name: &'static str,
    /// A short title: "Expires".
    pub title: &'static str,
    /// What it means, in a sentence or two.
    pub meaning: &'static str,
    /// The section that defines the name.
    pub source: Cite,
    /// A NumericDate: seconds since 1970 (shown as dates).
    pub time: bool,
}

const fn k(name: &'static str, title: &'static str, meaning: &'static str, source: Cite) -> Known {
    Known {
        name,
        title,
        meaning,
        source,
        time: false,
    }
}

/// A name whose value is a NumericDate.
const fn t(name: &'static str, title: &'static str, meaning: &'static str, source: Cite) -> Known {
    Known {
        time: true,
        ..k(name, title, meaning, source)
    }
}

/// RFC `number` section `section`, linked; the label is written out so that it reads as cited.
macro_rules! rfc {
    ($number:literal, $section:literal) => {
        cite(
            concat!("RFC ", $number, " §", $section),
            concat!(
                "https://www.rfc-editor.org/rfc/rfc",
                $number,
                "#section-",
                $section
            ),
        )
    };
}

const OIDC_ID_TOKEN: Cite = cite(
    "OpenID Connect Core §2",
    "https://openid.net/specs/openid-connect-core-1_0.html#IDToken",
);
const OIDC_STANDARD_CLAIMS: Cite = cite(
    "OpenID Connect Core §5.1",
    "https://openid.net/specs/openid-connect-core-1_0.html#StandardClaims",
);
const OIDC_AT_HASH: Cite = cite(
    "OpenID Connect Core §3.1.3.6",
    "https://openid.net/specs/openid-connect-core-1_0.html#CodeIDToken",
);
const OIDC_C_HASH: Cite = cite(
    "OpenID Connect Core §3.3.2.11",
    "https://openid.net/specs/openid-connect-core-1_0.html#HybridIDToken",
);
const OIDC_LOGOUT_TOKEN: Cite = cite(
    "OpenID Connect Back-Channel Logout §2.4",
    "https://openid.net/specs/openid-connect-backchannel-1_0.html#LogoutToken",
);
/// Where a token's `status` claim is defined (Token Status List, a draft in IESG evaluation).
pub const STATUS_LIST: Cite = cite(
    "draft-ietf-oauth-status-list-17 §6.2",
    "https://datatracker.ietf.org/doc/html/draft-ietf-oauth-status-list-17#section-6.2",
);
/// Where a Status List Token's claims are defined.
pub const STATUS_LIST_TOKEN: Cite = cite(
    "draft-ietf-oauth-status-list-17 §5.1",
    "https://datatracker.ietf.org/doc/html/draft-ietf-oauth-status-list-17#section-5.1",
);

/// The JOSE header parameters described, JWS and JWE alike.
#[rustfmt::skip]
pub static HEADER: &[Known] = &[
    k("alg", "Algorithm", "How the token is signed or its key encrypted. Verifiers must pin the value they accept, never take it from the token.", rfc!("7515", "4.1.1")),
    k("typ", "Type", "The kind of token, e.g. at+jwt for an access token or dpop+jwt for a DPoP proof; lets a verifier refuse one kind of token where another is expected. Plain JWT says nothing about the kind.", rfc!("7515", "4.1.9")),
    k("cty", "Content type", "The type of the payload; JWT here means a nested token.", rfc!("7515", "4.1.10")),
    k("kid", "Key ID", "Names which of the issuer's keys signed the token; only a hint for choosing among keys the verifier already trusts.", rfc!("7515", "4.1.4")),
    k("jku", "JWK Set URL", "A URL of keys the token claims it was signed with; trusting it lets an attacker choose the key.", rfc!("7515", "4.1.2")),
    k("jwk", "JSON Web Key", "A key embedded in the token itself. A verifier that trusts it lets anyone sign tokens; in a DPoP proof it is required, because the proof shows possession of that key.", rfc!("7515", "4.1.3")),
    k("x5u", "X.509 URL", "A URL of a certificate chain for the signing key; not to be trusted from the token.", rfc!("7515", "4.1.5")),
    k("x5c", "X.509 chain", "A certificate chain embedded in the token; trusting it without path validation lets anyone sign.", rfc!("7515", "4.1.6")),
    k("x5t", "X.509 SHA-1 thumbprint", "Identifies the signing certificate by its SHA-1 hash.", rfc!("7515", "4.1.7")),
    k("x5t#S256", "X.509 SHA-256 thumbprint", "Identifies the signing certificate by its SHA-256 hash.", rfc!("7515", "4.1.8")),
    k("crit", "Critical", "Header parameters the verifier must understand, or reject the token.", rfc!("7515", "4.1.11")),
    k("b64", "Base64url-encode payload", "False means the payload is not encoded; must be listed in crit.", rfc!("7797", "3")),
    k("enc", "Content encryption", "How the payload of an encrypted token (JWE) is encrypted.", rfc!("7516", "4.1.2")),
    k("zip", "Compression", "The payload was compressed before encryption; meaningless and disallowed in a signed token.", rfc!("7516", "4.1.3")),
    k("epk", "Ephemeral public key", "The sender's one-time key for ECDH key agreement (JWE).", rfc!("7518", "4.6.1.1")),
    k("apu", "Agreement PartyUInfo", "Information about the producer, for ECDH key derivation (JWE).", rfc!("7518", "4.6.1.2")),
    k("apv", "Agreement PartyVInfo", "Information about the recipient, for ECDH key derivation (JWE).", rfc!("7518", "4.6.1.3")),
    k("iv", "Initialisation vector", "For AES-GCM key wrapping (JWE).", rfc!("7518", "4.7.1.1")),
    k("tag", "Authentication tag", "For AES-GCM key wrapping (JWE).", rfc!("7518", "4.7.1.2")),
    k("p2s", "PBES2 salt", "Salt for a password-based key (JWE).", rfc!("7518", "4.8.1.1")),
    k("p2c", "PBES2 count", "Iterations for a password-based key (JWE); huge values are a denial-of-service risk.", rfc!("7518", "4.8.1.2")),
];

/// The claims described.
#[rustfmt::skip]
pub static PAYLOAD: &[Known] = &[
    k("iss", "Issuer", "Who issued the token; the verifier must check it against the issuers it trusts.", rfc!("7519", "4.1.1")),
    k("sub", "Subject", "Whom the token is about, usually a user or client ID, unique within the issuer.", rfc!("7519", "4.1.2")),
    k("aud", "Audience", "Who the token is for; a service must reject tokens not meant for it.", rfc!("7519", "4.1.3")),
    t("exp", "Expires", "After this moment the token must be rejected.", rfc!("7519", "4.1.4")),
    t("nbf", "Not before", "Before this moment the token must be rejected.", rfc!("7519", "4.1.5")),
    t("iat", "Issued at", "When the token was issued.", rfc!("7519", "4.1.6")),
    k("jti", "JWT ID", "A unique ID for this token; lets a server detect replays or revoke one token.", rfc!("7519", "4.1.7")),
    k("client_id", "Client", "The OAuth client the token was issued to.", rfc!("8693", "4.3")),
    k("scope", "Scope", "What the token allows, as space-separated scopes.", rfc!("8693", "4.2")),
    t("auth_time", "Authenticated at", "When the user last actually signed in.", OIDC_ID_TOKEN),
    k("acr", "Authentication context", "How strongly the user was authenticated.", OIDC_ID_TOKEN),
    k("amr", "Authentication methods", "How the user authenticated (pwd, otp, hwk…).", OIDC_ID_TOKEN),
    k("roles", "Roles", "Roles granted to the subject.", rfc!("9068", "2.2.3.1")),
    k("groups", "Groups", "Groups the subject belongs to.", rfc!("9068", "2.2.3.1")),
    k("entitlements", "Entitlements", "Individual permissions granted to the subject.", rfc!("9068", "2.2.3.1")),
    k("nonce", "Nonce", "In an ID token, ties it to the sign-in request that asked for it; in a DPoP proof, a value the server handed out so that proofs cannot be made in advance.", OIDC_ID_TOKEN),
    k("azp", "Authorised party", "The client the ID token was issued to.", OIDC_ID_TOKEN),
    k("at_hash", "Access token hash", "Binds an ID token to the access token issued with it: half of a hash of that token.", OIDC_AT_HASH),
    k("c_hash", "Code hash", "Binds an ID token to an authorization code.", OIDC_C_HASH),
    k("sid", "Session ID", "The identity provider's session; a logout token names it to end that session.", OIDC_LOGOUT_TOKEN),
    k("name", "Full name", "The user's full name: personal data.", OIDC_STANDARD_CLAIMS),
    k("given_name", "Given name", "Personal data.", OIDC_STANDARD_CLAIMS),
    k("family_name", "Family name", "Personal data.", OIDC_STANDARD_CLAIMS),
    k("middle_name", "Middle name", "Personal data.", OIDC_STANDARD_CLAIMS),
    k("nickname", "Nickname", "Personal data.", OIDC_STANDARD_CLAIMS),
    k("preferred_username", "Preferred username", "A shorthand name; not guaranteed unique or stable.", OIDC_STANDARD_CLAIMS),
    k("profile", "Profile page", "URL of the user's profile.", OIDC_STANDARD_CLAIMS),
    k("picture", "Picture", "URL of the user's picture.", OIDC_STANDARD_CLAIMS),
    k("website", "Website", "The user's web page.", OIDC_STANDARD_CLAIMS),
    k("email", "Email", "The user's email address: personal data.", OIDC_STANDARD_CLAIMS),
    k("email_verified", "Email verified", "Whether the provider verified the email address.", OIDC_STANDARD_CLAIMS),
    k("gender", "Gender", "Personal data.", OIDC_STANDARD_CLAIMS),
    k("birthdate", "Birth date", "Personal data.", OIDC_STANDARD_CLAIMS),
    k("zoneinfo", "Time zone", "The user's time zone.", OIDC_STANDARD_CLAIMS),
    k("locale", "Locale", "The user's language and region.", OIDC_STANDARD_CLAIMS),
    k("phone_number", "Phone number", "Personal data.", OIDC_STANDARD_CLAIMS),
    k("phone_number_verified", "Phone verified", "Whether the provider verified the phone number.", OIDC_STANDARD_CLAIMS),
    k("address", "Postal address", "Personal data.", OIDC_STANDARD_CLAIMS),
    t("updated_at", "Profile updated", "When the user's profile last changed.", OIDC_STANDARD_CLAIMS),
    k("cnf", "Confirmation", "The key the token is bound to: only whoever holds that key may use the token (a sender-constrained token, e.g. jkt for DPoP).", rfc!("7800", "3.1")),
    k("act", "Actor", "Who is acting on the subject's behalf, after a token exchange; the token is about sub but used by act.", rfc!("8693", "4.1")),
    k("may_act", "May act", "Who may act on the subject's behalf, should this token be exchanged.", rfc!("8693", "4.4")),
    k("status", "Status", "Where the issuer publishes whether this token is still valid (a status list and this token's index in it), so it can be revoked before exp.", STATUS_LIST),
    k("status_list", "Status list", "In a Status List Token: the statuses of many tokens, 1 to 8 bits each, compressed; a token's status.status_list.idx says which entry is its own.", STATUS_LIST_TOKEN),
    k("ttl", "Time to live", "In a Status List Token: how many seconds a copy may be cached before a fresh one should be fetched.", STATUS_LIST_TOKEN),
    k("htm", "HTTP method", "In a DPoP proof: the method of the one request the proof is for (GET, POST…).", rfc!("9449", "4.2")),
    k("htu", "HTTP URL", "In a DPoP proof: the URL of that request, without query or fragment.", rfc!("9449", "4.2")),
    k("ath", "Access token hash", "In a DPoP proof: a SHA-256 hash of the access token sent with it, so the proof cannot accompany another token.", rfc!("9449", "4.2")),
    k("events", "Events", "What happened, keyed by event type: a security event token (or a logout token) reports events instead of granting access.", rfc!("8417", "2.2")),
    t("toe", "Time of event", "When the reported event happened, as opposed to when the token was issued.", rfc!("8417", "2.2")),
    k("txn", "Transaction", "Ties together the tokens that report one transaction.", rfc!("8417", "2.2")),
];

/// The claims whose value is a NumericDate, shown as dates. Their own list, apart from the
/// descriptions: the page needs only this, and the descriptions are the worker's to send.
pub const TIMES: &[&str] = &["exp", "nbf", "iat", "auth_time", "updated_at", "toe"];

/// The registered header parameter `name`, described.
pub fn header(name: &str) -> Option<&'static Known> {
    HEADER.iter().find(|k| k.name == name)
}

/// The registered claim `name`, described.
pub fn payload(name: &str) -> Option<&'static Known> {
    PAYLOAD.iter().find(|k| k.name == name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_time_list_is_the_tables_times() {
        let marked: Vec<&str> = PAYLOAD.iter().filter(|k| k.time).map(|k| k.name).collect();
        assert_eq!(marked, TIMES);
        assert!(HEADER.iter().all(|k| !k.time));
    }

    #[test]
    fn registered_names_are_all_described() {
        for n in ["iss", "sub", "aud", "exp", "nbf", "iat", "jti"] {
            assert!(payload(n).is_some(), "{n}");
        }
        for n in [
            "alg", "jku", "jwk", "kid", "x5u", "x5c", "x5t", "x5t#S256", "typ", "cty", "crit",
        ] {
            assert!(header(n).is_some(), "{n}");
        }
        assert!(payload("exp").unwrap().time && !payload("sub").unwrap().time);
        assert!(payload("unknown").is_none());
    }

    #[test]
    fn every_name_links_to_the_section_that_defines_it() {
        for k in HEADER.iter().chain(PAYLOAD) {
            assert!(k.source.url.is_some(), "{}", k.name);
            assert_eq!(
                crate::token::cite::link_problem(&k.source),
                None,
                "{}",
                k.name
            );
        }
    }

    #[test]
    fn names_are_unique() {
        for table in [HEADER, PAYLOAD] {
            for (i, k) in table.iter().enumerate() {
                assert!(table[..i].iter().all(|o| o.name != k.name), "{}", k.name);
                assert!(!k.meaning.is_empty());
            }
        }
    }
}
