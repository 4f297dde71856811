//! Where an issuer publishes the keys that verify its tokens, worked out from the token's `iss`
//! without a request: the OpenID Connect and OAuth metadata addresses (whose `jwks_uri` names
//! the JWKS) and a command that prints that JWKS, for pasting into the verify form.
//!
//! The page never fetches them itself: it makes no request once loaded (its CSP allows none),
//! and asking the issuer would tell it, and anyone on the way, that this token is being looked
//! at. The issuer comes from a pasted token, so nothing is built from one that is not a plain
//! `https` URL: the command puts it in single quotes, and a stray quote or space could turn a
//! copied command into another one.

use crate::token::checks::report::Inspection;
use crate::token::cite::{cite, Cite};
use crate::token::jose::alg::Alg;
use crate::token::jose::dialects::{provider, Keys};

/// The metadata addresses of one issuer, and a command for each that prints its JWKS.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Discovery {
    /// The issuer, as the token's `iss` has it.
    pub issuer: String,
    /// OpenID Connect Discovery: the issuer with `/.well-known/openid-configuration` appended.
    pub openid: String,
    /// RFC 8414: `/.well-known/oauth-authorization-server` between the host and the path.
    pub oauth: String,
}

/// Why no address is offered for an issuer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NoDiscovery {
    /// Not `https://host…`: discovery is defined for `https` issuers only.
    NotHttps,
    /// An issuer identifier has no query or fragment.
    QueryOrFragment,
    /// No host after the scheme.
    NoHost,
    /// A character that is unusual in an issuer and unsafe in a shell command.
    Unusual(char),
    /// A provider that publishes its keys elsewhere, not through discovery at the issuer.
    Elsewhere {
        /// The provider's name.
        provider: &'static str,
        /// Where its keys are.
        keys: &'static str,
    },
    /// Keys that only the issuer's own deployment holds (a Kubernetes cluster).
    Private {
        /// The provider's name.
        provider: &'static str,
        /// Where to look.
        where_: &'static str,
    },
}

impl NoDiscovery {
    /// The reason in a sentence; for keys published elsewhere, with a command that prints them.
    pub fn message(self) -> String {
        match self {
            NoDiscovery::NotHttps => "The issuer is not an https URL, so it publishes no \
                                      discovery document there."
                .into(),
            NoDiscovery::QueryOrFragment => "The issuer has a query or a fragment, which an \
                                             issuer identifier never has."
                .into(),
            NoDiscovery::NoHost => "The issuer names no host.".into(),
            NoDiscovery::Unusual(c) => format!(
                "The issuer contains “{}”, which real issuers do not use; no command is built \
                 from it.",
                c.escape_default()
            ),
            NoDiscovery::Elsewhere { provider, keys } => {
                let fill = if keys.contains('{') {
                    " (fill in the parts in braces from your tenant)"
                } else {
                    ""
                };
                format!(
                    "{provider} does not publish its keys through discovery at this issuer: they \
                     are at {keys}{fill}. To print them: curl -fsS --url '{keys}'"
                )
            }
            NoDiscovery::Private { provider, where_ } => {
                format!("{provider} keys are published by {where_}; nothing public holds them.")
            }
        }
    }
}

/// The sections that define the two addresses and the metadata member that names the JWKS.
pub const SOURCES: [Cite; 3] = [
    cite(
        "OpenID Connect Discovery 1.0 §4",
        "https://openid.net/specs/openid-connect-discovery-1_0.html#ProviderConfig",
    ),
    cite(
        "RFC 8414 §3",
        "https://www.rfc-editor.org/rfc/rfc8414#section-3",
    ),
    cite(
        "RFC 8414 §2",
        "https://www.rfc-editor.org/rfc/rfc8414#section-2",
    ),
];

/// Why the page shows addresses instead of fetching the keys.
pub const WHY_NOT_FETCHED: &str = "Authpick makes no request once it has loaded: fetching the \
    issuer's keys would tell the issuer, and anyone on the way, that this token is being \
    inspected. Run the command yourself and paste what it prints as a JWKS.";

/// Characters an issuer may hold here: letters, digits and `-._~:/%`. Real issuers (Google,
/// Microsoft, Okta, Auth0, Cognito, Keycloak) use no others, and none of these means anything
/// to a shell inside single quotes.
fn usual(c: char) -> bool {
    c.is_ascii_alphanumeric() || "-._~:/%".contains(c)
}

/// The discovery addresses of `iss`.
pub fn discover(iss: &str) -> Result<Discovery, NoDiscovery> {
    let rest = iss.strip_prefix("https://").ok_or(NoDiscovery::NotHttps)?;
    if rest.contains(['?', '#']) {
        return Err(NoDiscovery::QueryOrFragment);
    }
    if let Some(c) = iss.chars().find(|&c| !usual(c)) {
        return Err(NoDiscovery::Unusual(c));
    }
    let (host, path) = rest.split_at(rest.find('/').unwrap_or(rest.len()));
    let name = host.split(':').next().unwrap_or_default();
    if name.is_empty() || host.contains('%') {
        return Err(NoDiscovery::NoHost);
    }
    // Both specifications drop a terminating slash before adding their part.
    let path = path.trim_end_matches('/');
    Ok(Discovery {
        issuer: iss.to_string(),
        openid: format!("https://{host}{path}/.well-known/openid-configuration"),
        oauth: format!("https://{host}/.well-known/oauth-authorization-server{path}"),
    })
}

/// A command that prints the JWKS named by the metadata at `url` (curl and jq). The metadata's
/// `jwks_uri` goes to curl as `--url`, so even a hostile value is only ever an address.
pub fn command(url: &str) -> String {
    format!("curl -fsS --url \"$(curl -fsS --url '{url}' | jq -r .jwks_uri)\"")
}

/// What to offer for a token: its issuer's addresses when it is signed with a public-key
/// algorithm and names an issuer; `None` otherwise (a shared secret is never published).
pub fn for_token(inspection: &Inspection) -> Option<Result<Discovery, NoDiscovery>> {
    if inspection.alg().is_none_or(Alg::is_hmac) {
        return None;
    }
    let decoded = inspection.decoded.as_ref().ok()?;
    let payload = decoded.payload.as_ref()?.as_ref().ok()?;
    // A provider that publishes its keys elsewhere is sent there, not to addresses it does not
    // serve.
    match provider(payload).map(|p| (p.name(), p.keys())) {
        Some((provider, Keys::At(keys))) => {
            return Some(Err(NoDiscovery::Elsewhere { provider, keys }))
        }
        Some((provider, Keys::Private(where_))) => {
            return Some(Err(NoDiscovery::Private { provider, where_ }))
        }
        _ => {}
    }
    let iss = payload.get("iss")?.as_str()?;
    Some(discover(iss))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::token::checks::report::inspect;
    use crate::token::cite::link_problem;

    #[test]
    fn the_rfc_8414_example_and_its_openid_counterpart() {
        // RFC 8414 §3.1: "https://example.com/issuer1" is asked at
        // "https://example.com/.well-known/oauth-authorization-server/issuer1".
        let d = discover("https://example.com/issuer1").unwrap();
        assert_eq!(
            d.oauth,
            "https://example.com/.well-known/oauth-authorization-server/issuer1"
        );
        assert_eq!(
            d.openid,
            "https://example.com/issuer1/.well-known/openid-configuration"
        );
    }

    #[test]
    fn a_terminating_slash_is_dropped_and_a_port_kept() {
        let d = discover("https://tenant.auth0.com/").unwrap();
        assert_eq!(
            d.openid,
            "https://tenant.auth0.com/.well-known/openid-configuration"
        );
        assert_eq!(
            d.oauth,
            "https://tenant.auth0.com/.well-known/oauth-authorization-server"
        );
        let d = discover("https://id.example:8443/realms/main").unwrap();
        assert_eq!(
            d.oauth,
            "https://id.example:8443/.well-known/oauth-authorization-server/realms/main"
        );
    }

    #[test]
    fn only_a_plain_https_issuer_is_used() {
        assert_eq!(discover("http://example.com"), Err(NoDiscovery::NotHttps));
        assert_eq!(discover("example.com"), Err(NoDiscovery::NotHttps));
        assert_eq!(
            discover("https://example.com/?x=1"),
            Err(NoDiscovery::QueryOrFragment)
        );
        assert_eq!(discover("https:///path"), Err(NoDiscovery::NoHost));
        assert_eq!(discover("https://:443"), Err(NoDiscovery::NoHost));
        for hostile in [
            "https://example.com/'; rm -rf ~; '",
            "https://example.com/$(id)",
            "https://example.com/a b",
            "https://user@example.com",
            "https://example.com/`id`",
            "https://example.com/\n",
        ] {
            assert!(
                matches!(discover(hostile), Err(NoDiscovery::Unusual(_))),
                "{hostile}"
            );
        }
    }

    #[test]
    fn the_command_quotes_the_address_and_passes_the_jwks_uri_as_an_address() {
        let d = discover("https://accounts.google.com").unwrap();
        assert_eq!(
            command(&d.openid),
            "curl -fsS --url \"$(curl -fsS --url \
             'https://accounts.google.com/.well-known/openid-configuration' | jq -r .jwks_uri)\""
        );
    }

    fn offered(token: &str) -> Option<Result<Discovery, NoDiscovery>> {
        for_token(&inspect(token, 0).unwrap())
    }

    #[test]
    fn offered_for_public_key_tokens_with_an_issuer_only() {
        // {"alg":"RS256"} . {"iss":"https://login.example.com"} . signature
        let rs = "eyJhbGciOiJSUzI1NiJ9.eyJpc3MiOiJodHRwczovL2xvZ2luLmV4YW1wbGUuY29tIn0.c2ln";
        let found = offered(rs).unwrap().unwrap();
        assert_eq!(found.issuer, "https://login.example.com");
        // {"alg":"HS256"}, same payload: a shared secret is never published.
        let hs = "eyJhbGciOiJIUzI1NiJ9.eyJpc3MiOiJodHRwczovL2xvZ2luLmV4YW1wbGUuY29tIn0.c2ln";
        assert_eq!(offered(hs), None);
        // {"alg":"RS256"} . {"sub":"1"}: no issuer.
        let no_iss = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiIxIn0.c2ln";
        assert_eq!(offered(no_iss), None);
        // {"alg":"RS256"} . {"iss":"http://x"}: refused, with a reason.
        let http = "eyJhbGciOiJSUzI1NiJ9.eyJpc3MiOiJodHRwOi8veCJ9.c2ln";
        assert_eq!(offered(http), Some(Err(NoDiscovery::NotHttps)));
    }

    #[test]
    fn every_source_links_to_its_section() {
        for c in SOURCES {
            assert_eq!(link_problem(&c), None);
            assert!(c.url.is_some_and(|u| u.contains('#')), "{}", c.label);
        }
    }

    #[test]
    fn a_provider_that_publishes_its_keys_elsewhere_is_sent_there() {
        use crate::token::jose::base64url::encode;
        let t = |payload: &str| {
            inspect(
                &format!(
                    "{}.{}.c2ln",
                    encode(br#"{"alg":"ES256"}"#),
                    encode(payload.as_bytes())
                ),
                0,
            )
            .unwrap()
        };
        let iap = for_token(&t(r#"{"iss":"https://cloud.google.com/iap"}"#)).unwrap();
        let why = iap.unwrap_err().message();
        assert!(
            why.contains("https://www.gstatic.com/iap/verify/public_key-jwk"),
            "{why}"
        );
        assert!(!why.contains(".well-known"));
        let k8s = for_token(&t(
            r#"{"iss":"kubernetes/serviceaccount","kubernetes.io/serviceaccount/namespace":"d"}"#,
        ))
        .unwrap();
        assert!(k8s
            .unwrap_err()
            .message()
            .starts_with("Kubernetes keys are published by"));
        assert!(for_token(&t(r#"{"iss":"https://accounts.google.com"}"#))
            .unwrap()
            .is_ok());
    }
}
