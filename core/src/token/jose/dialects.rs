//! The identity providers whose tokens people paste most, recognised by their `iss`, with what
//! each publishes: whether its metadata (and with it its keys) is found the standard way, at
//! the issuer's `/.well-known/` addresses, or somewhere of its own, and where its tokens'
//! claims are documented. The inspector uses this to name a token's issuer, to weigh the
//! provider's own claims as evidence of the token's kind, to show discovery only where the
//! provider publishes it, and to tell advice for the issuer from what the reader must do.

use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::token::cite::{cite, Cite};
use crate::token::jose::decode::JsonObject;

/// A provider whose tokens the inspector knows.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Provider {
    /// Microsoft Entra ID, v1.0 tokens (`https://sts.windows.net/{tid}/`).
    EntraV1,
    /// Microsoft Entra ID, v2.0 tokens (`https://login.microsoftonline.com/{tid}/v2.0`).
    EntraV2,
    /// Azure AD B2C (`https://{tenant}.b2clogin.com/…`).
    AzureB2c,
    /// Google's OpenID Connect ID tokens (`https://accounts.google.com`).
    Google,
    /// Google Cloud Identity-Aware Proxy's signed header (`https://cloud.google.com/iap`).
    GoogleIap,
    /// Firebase Authentication (`https://securetoken.google.com/{project}`).
    Firebase,
    /// Sign in with Apple (`https://appleid.apple.com`).
    Apple,
    /// Amazon Cognito user pools (`https://cognito-idp.{region}.amazonaws.com/{pool}`).
    Cognito,
    /// Okta (`https://{org}.okta.com/…`).
    Okta,
    /// Auth0 (`https://{tenant}.auth0.com/`).
    Auth0,
    /// Keycloak (`…/realms/{realm}`).
    Keycloak,
    /// GitHub Actions' OIDC tokens (`https://token.actions.githubusercontent.com`).
    GitHubActions,
    /// Kubernetes service-account tokens.
    Kubernetes,
}

impl Provider {
    /// Every provider (a test holds it to the enum).
    pub const ALL: [Provider; 13] = [
        Provider::EntraV1,
        Provider::EntraV2,
        Provider::AzureB2c,
        Provider::Google,
        Provider::GoogleIap,
        Provider::Firebase,
        Provider::Apple,
        Provider::Cognito,
        Provider::Okta,
        Provider::Auth0,
        Provider::Keycloak,
        Provider::GitHubActions,
        Provider::Kubernetes,
    ];
}

/// Where a provider's keys are found.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Keys {
    /// At the issuer's standard metadata addresses (OpenID Connect discovery, RFC 8414).
    Discovery,
    /// Not through discovery at the issuer: at this address instead.
    At(&'static str),
    /// Only the cluster or trust domain that issued them has them.
    Private(&'static str),
}

impl Provider {
    /// The provider's name, as it reads in a sentence.
    pub fn name(self) -> &'static str {
        match self {
            Provider::EntraV1 => "Microsoft Entra ID (v1.0)",
            Provider::EntraV2 => "Microsoft Entra ID (v2.0)",
            Provider::AzureB2c => "Azure AD B2C",
            Provider::Google => "Google",
            Provider::GoogleIap => "Google Cloud IAP",
            Provider::Firebase => "Firebase Authentication",
            Provider::Apple => "Sign in with Apple",
            Provider::Cognito => "Amazon Cognito",
            Provider::Okta => "Okta",
            Provider::Auth0 => "Auth0",
            Provider::Keycloak => "Keycloak",
            Provider::GitHubActions => "GitHub Actions",
            Provider::Kubernetes => "Kubernetes",
        }
    }

    /// Where its keys are published.
    pub fn keys(self) -> Keys {
        match self {
            // Microsoft points v1.0 tokens to the v1.0 metadata, not at sts.windows.net.
            Provider::EntraV1 => Keys::At("https://login.microsoftonline.com/common/discovery/keys"),
            // B2C publishes its metadata per policy, not at the default issuer.
            Provider::AzureB2c => Keys::At(
                "https://{tenant}.b2clogin.com/{tenant}.onmicrosoft.com/{policy}/discovery/v2.0/keys",
            ),
            Provider::GoogleIap => Keys::At("https://www.gstatic.com/iap/verify/public_key-jwk"),
            Provider::Firebase => Keys::At(
                "https://www.googleapis.com/service_accounts/v1/jwk/securetoken@system.gserviceaccount.com",
            ),
            Provider::Kubernetes => Keys::Private(
                "the cluster's service-account issuer (its /openid/v1/jwks, when issuer \
                 discovery is enabled)",
            ),
            _ => Keys::Discovery,
        }
    }

    /// The provider's own description of its tokens and their claims.
    pub fn source(self) -> Cite {
        match self {
            Provider::EntraV1 | Provider::EntraV2 => cite(
                "Microsoft identity platform: access token claims",
                "https://learn.microsoft.com/en-us/entra/identity-platform/access-token-claims-reference#payload-claims",
            ),
            Provider::AzureB2c => cite(
                "Azure AD B2C: tokens overview",
                "https://learn.microsoft.com/en-us/azure/active-directory-b2c/tokens-overview#claims",
            ),
            Provider::Google => cite(
                "Google Identity: OpenID Connect, the ID token",
                "https://developers.google.com/identity/openid-connect/openid-connect#an-id-tokens-payload",
            ),
            Provider::GoogleIap => cite(
                "Google Cloud IAP: securing your app with signed headers",
                "https://cloud.google.com/iap/docs/signed-headers-howto#verifying_the_jwt_payload",
            ),
            Provider::Firebase => cite(
                "Firebase: verify ID tokens with a third-party JWT library",
                "https://firebase.google.com/docs/auth/admin/verify-id-tokens#verify_id_tokens_using_a_third-party_jwt_library",
            ),
            Provider::Apple => cite(
                "Apple: authenticating users with Sign in with Apple",
                "https://developer.apple.com/documentation/sign_in_with_apple/sign_in_with_apple_rest_api/authenticating_users_with_sign_in_with_apple",
            ),
            Provider::Cognito => cite(
                "Amazon Cognito: understanding user pool JSON web tokens",
                "https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-using-tokens-with-identity-providers.html",
            ),
            Provider::Okta => cite(
                "Okta: tokens, the access token",
                "https://developer.okta.com/docs/api/openapi/okta-oauth/guides/overview/#access-token",
            ),
            Provider::Auth0 => cite(
                "Auth0: access token profiles",
                "https://auth0.com/docs/secure/tokens/access-tokens/access-token-profiles",
            ),
            Provider::Keycloak => cite(
                "Keycloak: OpenID Connect layers",
                "https://www.keycloak.org/securing-apps/oidc-layers",
            ),
            Provider::GitHubActions => cite(
                "GitHub Actions: OIDC token claims",
                "https://docs.github.com/en/actions/reference/security/oidc#oidc-token-claims",
            ),
            Provider::Kubernetes => cite(
                "Kubernetes: service account tokens",
                "https://kubernetes.io/docs/reference/access-authn-authz/service-accounts-admin/#bound-service-account-tokens",
            ),
        }
    }
}

/// The provider that issued a token with this payload, recognised by its `iss` (and, for
/// Kubernetes, by its claims).
pub fn provider(payload: &JsonObject) -> Option<Provider> {
    if payload.get("kubernetes.io").is_some()
        || payload
            .get("kubernetes.io/serviceaccount/namespace")
            .is_some()
    {
        return Some(Provider::Kubernetes);
    }
    let iss = payload
        .get("iss")
        .and_then(Value::as_str)?
        .trim_end_matches('/');
    let host = iss
        .strip_prefix("https://")
        .map(|rest| rest.split('/').next().unwrap_or(""))
        .unwrap_or("");
    Some(match iss {
        _ if host == "sts.windows.net" => Provider::EntraV1,
        _ if host == "login.microsoftonline.com" && iss.ends_with("/v2.0") => Provider::EntraV2,
        _ if host == "login.microsoftonline.com" => Provider::EntraV1,
        _ if host.ends_with(".b2clogin.com") => Provider::AzureB2c,
        "https://accounts.google.com" | "accounts.google.com" => Provider::Google,
        "https://cloud.google.com/iap" => Provider::GoogleIap,
        _ if host == "securetoken.google.com" => Provider::Firebase,
        "https://appleid.apple.com" => Provider::Apple,
        _ if host.starts_with("cognito-idp.") && host.ends_with(".amazonaws.com") => {
            Provider::Cognito
        }
        _ if host.ends_with(".okta.com")
            || host.ends_with(".oktapreview.com")
            || host.ends_with(".okta-emea.com") =>
        {
            Provider::Okta
        }
        _ if host.ends_with(".auth0.com") => Provider::Auth0,
        _ if iss.contains("/realms/") => Provider::Keycloak,
        "https://token.actions.githubusercontent.com" => Provider::GitHubActions,
        "kubernetes/serviceaccount" => Provider::Kubernetes,
        _ => return None,
    })
}

/// Claims that name or describe a person in providers' tokens, besides the registered ones
/// (`token::checks::findings::personal` has those): each provider's documentation says what
/// they hold.
pub const PERSONAL_CLAIMS: &[&str] = &[
    // Microsoft Entra ID and Azure AD B2C.
    "upn",
    "unique_name",
    "ipaddr",
    "onprem_sid",
    "login_hint",
    "emails",
    // Amazon Cognito.
    "cognito:username",
    // GitHub Actions: the account that started the run.
    "actor",
];

/// Claims whose value names a workload, never a person, however they are named (a pod's or
/// a service account's `name` in a Kubernetes token).
pub fn names_a_workload(provider: Option<Provider>) -> bool {
    matches!(
        provider,
        Some(Provider::Kubernetes | Provider::GitHubActions)
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::token::cite::link_problem;
    use serde_json::Map;

    fn payload(json: &str) -> JsonObject {
        let map: Map<String, Value> = serde_json::from_str(json).unwrap();
        JsonObject {
            map,
            duplicates: vec![],
            text: json.to_string(),
        }
    }

    fn of(iss: &str) -> Option<Provider> {
        provider(&payload(&format!(r#"{{"iss":"{iss}"}}"#)))
    }

    #[test]
    fn providers_are_recognised_by_their_issuers() {
        let t = "72f988bf-86f1-41af-91ab-2d7cd011db47";
        assert_eq!(
            of(&format!("https://sts.windows.net/{t}/")),
            Some(Provider::EntraV1)
        );
        assert_eq!(
            of(&format!("https://login.microsoftonline.com/{t}/v2.0")),
            Some(Provider::EntraV2)
        );
        assert_eq!(
            of("https://contoso.b2clogin.com/tfp/775527ff/b2c_1_signin/v2.0/"),
            Some(Provider::AzureB2c)
        );
        assert_eq!(of("https://accounts.google.com"), Some(Provider::Google));
        assert_eq!(of("accounts.google.com"), Some(Provider::Google));
        assert_eq!(
            of("https://cloud.google.com/iap"),
            Some(Provider::GoogleIap)
        );
        assert_eq!(
            of("https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_abc"),
            Some(Provider::Cognito)
        );
        assert_eq!(
            of("https://dev-1.okta.com/oauth2/default"),
            Some(Provider::Okta)
        );
        assert_eq!(of("https://acme.eu.auth0.com/"), Some(Provider::Auth0));
        assert_eq!(
            of("https://sso.example/realms/main"),
            Some(Provider::Keycloak)
        );
        assert_eq!(
            of("https://token.actions.githubusercontent.com"),
            Some(Provider::GitHubActions)
        );
        assert_eq!(of("kubernetes/serviceaccount"), Some(Provider::Kubernetes));
        assert_eq!(
            provider(&payload(
                r#"{"iss":"https://k.example","kubernetes.io":{}}"#
            )),
            Some(Provider::Kubernetes)
        );
        // Look-alikes are not the provider.
        assert_eq!(of("https://accounts.google.com.evil.example"), None);
        assert_eq!(of("https://evil.example/okta.com"), None);
        assert_eq!(of("https://id.example"), None);
    }

    #[test]
    fn every_provider_cites_its_documentation() {
        for p in Provider::ALL {
            assert_eq!(link_problem(&p.source()), None, "{p:?}");
            assert!(!p.name().is_empty());
        }
        assert_eq!(Provider::Google.keys(), Keys::Discovery);
        assert!(matches!(Provider::GoogleIap.keys(), Keys::At(u) if u.contains("gstatic")));
    }
}
