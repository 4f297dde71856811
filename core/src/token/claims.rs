//! What each header parameter and claim means, in plain language: the registered claims of
//! RFC 7519, the JOSE header parameters of RFC 7515/7516, the common OpenID Connect claims and
//! the access-token claims of RFC 9068. Unknown names are shown without a description.

/// Where a name is defined.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Origin {
    Jwt,
    Jose,
    Oidc,
    AccessToken,
    Other,
}

impl Origin {
    pub fn cite(self) -> &'static str {
        match self {
            Origin::Jwt => "RFC 7519 §4.1",
            Origin::Jose => "RFC 7515 §4.1 / RFC 7516 §4.1",
            Origin::Oidc => "OpenID Connect Core §5.1, §2",
            Origin::AccessToken => "RFC 9068 §2.2",
            Origin::Other => "IANA JWT claims registry",
        }
    }
}

/// A known name.
#[derive(Debug, PartialEq, Eq)]
pub struct Known {
    pub name: &'static str,
    pub title: &'static str,
    pub meaning: &'static str,
    pub origin: Origin,
    /// A NumericDate: seconds since 1970 (shown as dates).
    pub time: bool,
}

const fn k(
    name: &'static str,
    title: &'static str,
    meaning: &'static str,
    origin: Origin,
) -> Known {
    Known {
        name,
        title,
        meaning,
        origin,
        time: false,
    }
}

/// A name whose value is a NumericDate.
const fn t(
    name: &'static str,
    title: &'static str,
    meaning: &'static str,
    origin: Origin,
) -> Known {
    Known {
        time: true,
        ..k(name, title, meaning, origin)
    }
}

pub static HEADER: &[Known] = &[
    k("alg", "Algorithm", "How the token is signed or its key encrypted. Verifiers must pin the value they accept, never take it from the token.", Origin::Jose),
    k("typ", "Type", "The kind of token, e.g. JWT or at+jwt for an access token; lets a verifier refuse one kind of token where another is expected.", Origin::Jose),
    k("cty", "Content type", "The type of the payload; JWT here means a nested token.", Origin::Jose),
    k("kid", "Key ID", "Names which of the issuer's keys signed the token; only a hint for choosing among keys the verifier already trusts.", Origin::Jose),
    k("jku", "JWK Set URL", "A URL of keys the token claims it was signed with; trusting it lets an attacker choose the key.", Origin::Jose),
    k("jwk", "JSON Web Key", "A key embedded in the token itself; a verifier that uses it lets anyone sign tokens.", Origin::Jose),
    k("x5u", "X.509 URL", "A URL of a certificate chain for the signing key; not to be trusted from the token.", Origin::Jose),
    k("x5c", "X.509 chain", "A certificate chain embedded in the token; trusting it without path validation lets anyone sign.", Origin::Jose),
    k("x5t", "X.509 SHA-1 thumbprint", "Identifies the signing certificate by its SHA-1 hash.", Origin::Jose),
    k("x5t#S256", "X.509 SHA-256 thumbprint", "Identifies the signing certificate by its SHA-256 hash.", Origin::Jose),
    k("crit", "Critical", "Header parameters the verifier must understand, or reject the token.", Origin::Jose),
    k("b64", "Base64url-encode payload", "False means the payload is not encoded (RFC 7797); must be listed in crit.", Origin::Jose),
    k("enc", "Content encryption", "How the payload of an encrypted token (JWE) is encrypted.", Origin::Jose),
    k("zip", "Compression", "The payload was compressed before encryption; meaningless and disallowed in a signed token.", Origin::Jose),
    k("epk", "Ephemeral public key", "The sender's one-time key for ECDH key agreement (JWE).", Origin::Jose),
    k("apu", "Agreement PartyUInfo", "Information about the producer, for ECDH key derivation (JWE).", Origin::Jose),
    k("apv", "Agreement PartyVInfo", "Information about the recipient, for ECDH key derivation (JWE).", Origin::Jose),
    k("iv", "Initialisation vector", "For AES-GCM key wrapping (JWE).", Origin::Jose),
    k("tag", "Authentication tag", "For AES-GCM key wrapping (JWE).", Origin::Jose),
    k("p2s", "PBES2 salt", "Salt for a password-based key (JWE).", Origin::Jose),
    k("p2c", "PBES2 count", "Iterations for a password-based key (JWE); huge values are a denial-of-service risk.", Origin::Jose),
];

pub static PAYLOAD: &[Known] = &[
    k("iss", "Issuer", "Who issued the token; the verifier must check it against the issuers it trusts.", Origin::Jwt),
    k("sub", "Subject", "Whom the token is about, usually a user or client ID, unique within the issuer.", Origin::Jwt),
    k("aud", "Audience", "Who the token is for; a service must reject tokens not meant for it.", Origin::Jwt),
    t("exp", "Expires", "After this moment the token must be rejected.", Origin::Jwt),
    t("nbf", "Not before", "Before this moment the token must be rejected.", Origin::Jwt),
    t("iat", "Issued at", "When the token was issued.", Origin::Jwt),
    k("jti", "JWT ID", "A unique ID for this token; lets a server detect replays or revoke one token.", Origin::Jwt),
    k("client_id", "Client", "The OAuth client the token was issued to.", Origin::AccessToken),
    k("scope", "Scope", "What the token allows, as space-separated scopes.", Origin::AccessToken),
    t("auth_time", "Authenticated at", "When the user last actually signed in.", Origin::AccessToken),
    k("acr", "Authentication context", "How strongly the user was authenticated.", Origin::AccessToken),
    k("amr", "Authentication methods", "How the user authenticated (pwd, otp, hwk…).", Origin::AccessToken),
    k("roles", "Roles", "Roles granted to the subject.", Origin::AccessToken),
    k("groups", "Groups", "Groups the subject belongs to.", Origin::AccessToken),
    k("entitlements", "Entitlements", "Individual permissions granted to the subject.", Origin::AccessToken),
    k("nonce", "Nonce", "Ties an ID token to the sign-in request that asked for it; its presence suggests an ID token.", Origin::Oidc),
    k("azp", "Authorised party", "The client the ID token was issued to.", Origin::Oidc),
    k("at_hash", "Access token hash", "Binds an ID token to an access token issued with it.", Origin::Oidc),
    k("c_hash", "Code hash", "Binds an ID token to an authorization code.", Origin::Oidc),
    k("sid", "Session ID", "The identity provider's session, for logout.", Origin::Oidc),
    k("name", "Full name", "The user's full name: personal data.", Origin::Oidc),
    k("given_name", "Given name", "Personal data.", Origin::Oidc),
    k("family_name", "Family name", "Personal data.", Origin::Oidc),
    k("middle_name", "Middle name", "Personal data.", Origin::Oidc),
    k("nickname", "Nickname", "Personal data.", Origin::Oidc),
    k("preferred_username", "Preferred username", "A shorthand name; not guaranteed unique or stable.", Origin::Oidc),
    k("profile", "Profile page", "URL of the user's profile.", Origin::Oidc),
    k("picture", "Picture", "URL of the user's picture.", Origin::Oidc),
    k("website", "Website", "The user's web page.", Origin::Oidc),
    k("email", "Email", "The user's email address: personal data.", Origin::Oidc),
    k("email_verified", "Email verified", "Whether the provider verified the email address.", Origin::Oidc),
    k("gender", "Gender", "Personal data.", Origin::Oidc),
    k("birthdate", "Birth date", "Personal data.", Origin::Oidc),
    k("zoneinfo", "Time zone", "The user's time zone.", Origin::Oidc),
    k("locale", "Locale", "The user's language and region.", Origin::Oidc),
    k("phone_number", "Phone number", "Personal data.", Origin::Oidc),
    k("phone_number_verified", "Phone verified", "Whether the provider verified the phone number.", Origin::Oidc),
    k("address", "Postal address", "Personal data.", Origin::Oidc),
    t("updated_at", "Profile updated", "When the user's profile last changed.", Origin::Oidc),
    k("cnf", "Confirmation", "The key the token is bound to (RFC 7800); a sender-constrained token.", Origin::Other),
    k("act", "Actor", "Who is acting on the subject's behalf (token exchange, RFC 8693).", Origin::Other),
    k("may_act", "May act", "Who is allowed to act on the subject's behalf (RFC 8693).", Origin::Other),
    k("events", "Events", "A security event token's events (RFC 8417).", Origin::Other),
];

pub fn header(name: &str) -> Option<&'static Known> {
    HEADER.iter().find(|k| k.name == name)
}

pub fn payload(name: &str) -> Option<&'static Known> {
    PAYLOAD.iter().find(|k| k.name == name)
}

#[cfg(test)]
mod tests {
    use super::*;

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
    fn names_are_unique() {
        for table in [HEADER, PAYLOAD] {
            for (i, k) in table.iter().enumerate() {
                assert!(table[..i].iter().all(|o| o.name != k.name), "{}", k.name);
                assert!(!k.meaning.is_empty());
            }
        }
    }
}
