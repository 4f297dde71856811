//! What providers' own claims mean, each with the provider's page that defines it: Microsoft
//! Entra ID and Azure AD B2C, Amazon Cognito, Okta, Auth0, Keycloak, GitHub Actions, Kubernetes
//! and Google Cloud IAP. Written in the project's words from each provider's documentation (its
//! own text read, or its own source code where it defines the claim), as checked on 2026-12-06.
//!
//! Only the crypto worker reads this table (`describe`): the inspector asks it to describe a
//! token's names, so these texts do not weigh on the page's first visit. A name is described by
//! the provider that issued the token only: two providers may mean different things by it.

use serde::{Deserialize, Serialize};

use crate::token::cite::{cite, Cite};
use crate::token::jose::claims;
use crate::token::jose::dialects::Provider;

/// One provider's claim.
#[derive(Debug, PartialEq, Eq)]
pub struct VendorClaim {
    /// The provider that defines it (Entra ID's v1.0 and v2.0 tokens share their names).
    pub provider: Provider,
    /// The name as written in the token.
    pub name: &'static str,
    /// A header parameter rather than a claim.
    pub header: bool,
    /// What it means, in a sentence.
    pub meaning: &'static str,
    /// The provider's page that defines it.
    pub source: Cite,
}

const fn v(
    provider: Provider,
    name: &'static str,
    header: bool,
    meaning: &'static str,
    source: Cite,
) -> VendorClaim {
    VendorClaim {
        provider,
        name,
        header,
        meaning,
        source,
    }
}

use Provider::*;

/// Every provider claim the inspector explains.
#[rustfmt::skip]
pub static VENDOR_CLAIMS: &[VendorClaim] = &[
    v(EntraV2, "x5t", true, "Legacy duplicate of kid naming the signing key's thumbprint; only v1.0 tokens carry it.", cite("Microsoft identity platform: Access token claims reference (Header claims)", "https://learn.microsoft.com/en-us/entra/identity-platform/access-token-claims-reference#header-claims")),
    v(EntraV2, "aio", false, "Opaque internal value Entra uses when reusing tokens; apps should ignore it.", cite("Microsoft identity platform: Access token claims reference", "https://learn.microsoft.com/en-us/entra/identity-platform/access-token-claims-reference#payload-claims")),
    v(EntraV2, "acr", false, "In v1.0 access tokens, \"0\" means the sign-in did not meet ISO/IEC 29115 assurance requirements, \"1\" that it did.", cite("Microsoft identity platform: Access token claims reference", "https://learn.microsoft.com/en-us/entra/identity-platform/access-token-claims-reference#payload-claims")),
    v(EntraV2, "acrs", false, "List of Conditional Access authentication-context IDs the caller has satisfied, used to demand step-up.", cite("Microsoft identity platform: Access token claims reference", "https://learn.microsoft.com/en-us/entra/identity-platform/access-token-claims-reference#payload-claims")),
    v(EntraV2, "amr", false, "List of how the subject authenticated, with Entra values such as pwd, rsa, otp, fed, wia, mfa, ngcmfa, wiaormfa, none.", cite("Microsoft identity platform: Access token claims reference (amr claim)", "https://learn.microsoft.com/en-us/entra/identity-platform/access-token-claims-reference#amr-claim")),
    v(EntraV2, "appid", false, "Application (client) ID of the app that obtained the token, acting for itself or for a user.", cite("Microsoft identity platform: Access token claims reference", "https://learn.microsoft.com/en-us/entra/identity-platform/access-token-claims-reference#payload-claims")),
    v(EntraV2, "appidacr", false, "How the client authenticated: 0 public client, 1 client secret, 2 certificate.", cite("Microsoft identity platform: Access token claims reference", "https://learn.microsoft.com/en-us/entra/identity-platform/access-token-claims-reference#payload-claims")),
    v(EntraV2, "azp", false, "Application (client) ID of the app that obtained the token; the v2.0 replacement for appid.", cite("Microsoft identity platform: Access token claims reference", "https://learn.microsoft.com/en-us/entra/identity-platform/access-token-claims-reference#payload-claims")),
    v(EntraV2, "azpacr", false, "How the client authenticated (0 public, 1 secret, 2 certificate); v2.0 replacement for appidacr.", cite("Microsoft identity platform: Access token claims reference", "https://learn.microsoft.com/en-us/entra/identity-platform/access-token-claims-reference#payload-claims")),
    v(EntraV2, "idp", false, "Identity provider that actually authenticated the subject; differs from iss for guests and federated users (may be live.com for personal accounts).", cite("Microsoft identity platform: Access token claims reference", "https://learn.microsoft.com/en-us/entra/identity-platform/access-token-claims-reference#payload-claims")),
    v(EntraV2, "ipaddr", false, "IP address the user signed in from.", cite("Microsoft identity platform: Access token claims reference (v1.0 basic claims)", "https://learn.microsoft.com/en-us/entra/identity-platform/access-token-claims-reference#v10-basic-claims")),
    v(EntraV2, "name", false, "Human-readable, changeable display name of the subject; for display only.", cite("Microsoft identity platform: Access token claims reference", "https://learn.microsoft.com/en-us/entra/identity-platform/access-token-claims-reference#payload-claims")),
    v(EntraV2, "oid", false, "Immutable object ID of the user or service principal, the same across all apps in one tenant.", cite("Microsoft identity platform: Access token claims reference", "https://learn.microsoft.com/en-us/entra/identity-platform/access-token-claims-reference#payload-claims")),
    v(EntraV2, "preferred_username", false, "Primary, changeable username (often an email or phone number); display and hints only.", cite("Microsoft identity platform: Access token claims reference", "https://learn.microsoft.com/en-us/entra/identity-platform/access-token-claims-reference#payload-claims")),
    v(EntraV2, "rh", false, "Opaque internal value Entra uses to revalidate tokens; apps should ignore it.", cite("Microsoft identity platform: Access token claims reference", "https://learn.microsoft.com/en-us/entra/identity-platform/access-token-claims-reference#payload-claims")),
    v(EntraV2, "roles", false, "App roles: for user tokens, the roles assigned to the user in the target app; for app-only tokens, the application permissions granted to the calling app.", cite("Microsoft identity platform: Access token claims reference", "https://learn.microsoft.com/en-us/entra/identity-platform/access-token-claims-reference#payload-claims")),
    v(EntraV2, "scp", false, "Space-separated delegated scopes the client was granted for this API; present only in tokens issued for a user.", cite("Microsoft identity platform: Access token claims reference", "https://learn.microsoft.com/en-us/entra/identity-platform/access-token-claims-reference#payload-claims")),
    v(EntraV2, "sid", false, "Identifier of the sign-in session, usable for per-session sign-out.", cite("Microsoft identity platform: ID token claims reference", "https://learn.microsoft.com/en-us/entra/identity-platform/id-token-claims-reference#payload-claims")),
    v(EntraV2, "tid", false, "Tenant (directory) GUID the user signed in to; 9188040d-6c67-4c5b-b112-36a304b66dad is the personal Microsoft account tenant.", cite("Microsoft identity platform: Access token claims reference", "https://learn.microsoft.com/en-us/entra/identity-platform/access-token-claims-reference#payload-claims")),
    v(EntraV2, "unique_name", false, "Human-readable name of the subject in v1.0 tokens; not guaranteed unique, display only.", cite("Microsoft identity platform: Access token claims reference", "https://learn.microsoft.com/en-us/entra/identity-platform/access-token-claims-reference#payload-claims")),
    v(EntraV2, "upn", false, "User principal name (sign-in name, often email-like); mutable, display and hints only.", cite("Microsoft identity platform: Access token claims reference (v1.0 basic claims)", "https://learn.microsoft.com/en-us/entra/identity-platform/access-token-claims-reference#v10-basic-claims")),
    v(EntraV2, "uti", false, "Per-token unique identifier, Entra's equivalent of jti.", cite("Microsoft identity platform: Access token claims reference", "https://learn.microsoft.com/en-us/entra/identity-platform/access-token-claims-reference#payload-claims")),
    v(EntraV2, "ver", false, "Token format version, \"1.0\" or \"2.0\".", cite("Microsoft identity platform: Access token claims reference", "https://learn.microsoft.com/en-us/entra/identity-platform/access-token-claims-reference#payload-claims")),
    v(EntraV2, "wids", false, "Template IDs of the tenant-wide Entra directory roles assigned to the user.", cite("Microsoft identity platform: Access token claims reference", "https://learn.microsoft.com/en-us/entra/identity-platform/access-token-claims-reference#payload-claims")),
    v(EntraV2, "groups", false, "Object IDs of the groups the subject belongs to, when the app is configured to receive them.", cite("Microsoft identity platform: Access token claims reference", "https://learn.microsoft.com/en-us/entra/identity-platform/access-token-claims-reference#payload-claims")),
    v(EntraV2, "_claim_names / _claim_sources", false, "Distributed-claims pointer that replaces groups when the user has too many groups, naming where to fetch the full list.", cite("Microsoft identity platform: Access token claims reference (Groups overage claim)", "https://learn.microsoft.com/en-us/entra/identity-platform/access-token-claims-reference#groups-overage-claim")),
    v(EntraV2, "hasgroups", false, "Always true when present: the user is in at least one group, sent instead of groups in implicit-flow tokens that would be too long.", cite("Microsoft identity platform: Access token claims reference", "https://learn.microsoft.com/en-us/entra/identity-platform/access-token-claims-reference#payload-claims")),
    v(EntraV2, "family_name", false, "User's surname as stored on the user object.", cite("Microsoft identity platform: Optional claims reference (v2.0-specific optional claims)", "https://learn.microsoft.com/en-us/entra/identity-platform/optional-claims-reference#v20-specific-optional-claims-set")),
    v(EntraV2, "given_name", false, "User's first name as stored on the user object.", cite("Microsoft identity platform: Optional claims reference (v2.0-specific optional claims)", "https://learn.microsoft.com/en-us/entra/identity-platform/optional-claims-reference#v20-specific-optional-claims-set")),
    v(EntraV2, "nickname", false, "An additional name for the user besides first and last name.", cite("Microsoft identity platform: Access token claims reference (v1.0 basic claims)", "https://learn.microsoft.com/en-us/entra/identity-platform/access-token-claims-reference#v10-basic-claims")),
    v(EntraV2, "email", false, "Email address reported for the user; may be unverified and can change, so never a key or authorization input.", cite("Microsoft identity platform: ID token claims reference", "https://learn.microsoft.com/en-us/entra/identity-platform/id-token-claims-reference#payload-claims")),
    v(EntraV2, "login_hint", false, "Opaque, base64-encoded hint that reliably identifies the signed-in account for silent SSO in later requests.", cite("Microsoft identity platform: Optional claims reference", "https://learn.microsoft.com/en-us/entra/identity-platform/optional-claims-reference#v10-and-v20-optional-claims-set")),
    v(EntraV2, "onprem_sid", false, "Security identifier (SID) of the user's on-premises Active Directory account.", cite("Microsoft identity platform: Access token claims reference (v1.0 basic claims)", "https://learn.microsoft.com/en-us/entra/identity-platform/access-token-claims-reference#v10-basic-claims")),
    v(EntraV2, "pwd_exp", false, "When the user's password expires; the optional-claims page describes it as seconds after iat, sent only when expiry is near.", cite("Microsoft identity platform: Optional claims reference (v2.0-specific optional claims)", "https://learn.microsoft.com/en-us/entra/identity-platform/optional-claims-reference#v20-specific-optional-claims-set")),
    v(EntraV2, "pwd_url", false, "Link where the user can change a password that will soon expire.", cite("Microsoft identity platform: Optional claims reference (v2.0-specific optional claims)", "https://learn.microsoft.com/en-us/entra/identity-platform/optional-claims-reference#v20-specific-optional-claims-set")),
    v(EntraV2, "in_corp", false, "Present (true) when the sign-in came from the organisation's trusted corporate network.", cite("Microsoft identity platform: Optional claims reference (v2.0-specific optional claims)", "https://learn.microsoft.com/en-us/entra/identity-platform/optional-claims-reference#v20-specific-optional-claims-set")),
    v(EntraV2, "idtyp", false, "Optional token-type marker: \"app\" for app-only tokens (and \"user\" when the API asks for it on user tokens).", cite("Microsoft identity platform: Optional claims reference", "https://learn.microsoft.com/en-us/entra/identity-platform/optional-claims-reference#v10-and-v20-optional-claims-set")),
    v(EntraV2, "acct", false, "Whether the user is a member (0) or a guest (1) of the tenant.", cite("Microsoft identity platform: Optional claims reference", "https://learn.microsoft.com/en-us/entra/identity-platform/optional-claims-reference#v10-and-v20-optional-claims-set")),
    v(EntraV2, "ctry", false, "User's two-letter country or region code.", cite("Microsoft identity platform: Optional claims reference", "https://learn.microsoft.com/en-us/entra/identity-platform/optional-claims-reference#v10-and-v20-optional-claims-set")),
    v(EntraV2, "tenant_ctry", false, "Two-letter country or region set by an admin for the resource tenant.", cite("Microsoft identity platform: Optional claims reference", "https://learn.microsoft.com/en-us/entra/identity-platform/optional-claims-reference#v10-and-v20-optional-claims-set")),
    v(EntraV2, "tenant_region_scope", false, "Region of the resource tenant.", cite("Microsoft identity platform: Optional claims reference", "https://learn.microsoft.com/en-us/entra/identity-platform/optional-claims-reference#v10-and-v20-optional-claims-set")),
    v(EntraV2, "fwd", false, "Original IP address of the requesting client when the request came through a virtual network.", cite("Microsoft identity platform: Optional claims reference", "https://learn.microsoft.com/en-us/entra/identity-platform/optional-claims-reference#v10-and-v20-optional-claims-set")),
    v(EntraV2, "verified_primary_email", false, "User's primary authoritative email address.", cite("Microsoft identity platform: Optional claims reference", "https://learn.microsoft.com/en-us/entra/identity-platform/optional-claims-reference#v10-and-v20-optional-claims-set")),
    v(EntraV2, "verified_secondary_email", false, "User's secondary authoritative email address.", cite("Microsoft identity platform: Optional claims reference", "https://learn.microsoft.com/en-us/entra/identity-platform/optional-claims-reference#v10-and-v20-optional-claims-set")),
    v(EntraV2, "vnet", false, "Information about the virtual network the request came from.", cite("Microsoft identity platform: Optional claims reference", "https://learn.microsoft.com/en-us/entra/identity-platform/optional-claims-reference#v10-and-v20-optional-claims-set")),
    v(EntraV2, "ztdid", false, "Device identity used for Windows Autopilot zero-touch deployment.", cite("Microsoft identity platform: Optional claims reference", "https://learn.microsoft.com/en-us/entra/identity-platform/optional-claims-reference#v10-and-v20-optional-claims-set")),
    v(EntraV2, "xms_cc", false, "Client capabilities; \"cp1\" means the client can handle claims challenges (Conditional Access / continuous access evaluation).", cite("Microsoft identity platform: Access token claims reference", "https://learn.microsoft.com/en-us/entra/identity-platform/access-token-claims-reference#payload-claims")),
    v(EntraV2, "xms_edov", false, "Whether the owner of the email's domain has been verified.", cite("Microsoft identity platform: Optional claims reference", "https://learn.microsoft.com/en-us/entra/identity-platform/optional-claims-reference#v10-and-v20-optional-claims-set")),
    v(EntraV2, "xms_pdl", false, "Preferred data location (three-letter geography) for Multi-Geo tenants.", cite("Microsoft identity platform: Optional claims reference", "https://learn.microsoft.com/en-us/entra/identity-platform/optional-claims-reference#v10-and-v20-optional-claims-set")),
    v(EntraV2, "xms_pl", false, "User's preferred language, formatted like en-us.", cite("Microsoft identity platform: Optional claims reference", "https://learn.microsoft.com/en-us/entra/identity-platform/optional-claims-reference#v10-and-v20-optional-claims-set")),
    v(EntraV2, "xms_tpl", false, "Resource tenant's preferred language, formatted like en.", cite("Microsoft identity platform: Optional claims reference", "https://learn.microsoft.com/en-us/entra/identity-platform/optional-claims-reference#v10-and-v20-optional-claims-set")),
    v(AzureB2c, "tfp", false, "Name of the user flow or custom policy (trust framework policy) that issued the token.", cite("Azure AD B2C: Overview of tokens (Claims)", "https://learn.microsoft.com/en-us/azure/active-directory-b2c/tokens-overview#claims")),
    v(AzureB2c, "acr", false, "Legacy place for the policy name; B2C uses it only when configured for backward compatibility instead of tfp.", cite("Azure AD B2C: Overview of tokens (Compatibility)", "https://learn.microsoft.com/en-us/azure/active-directory-b2c/tokens-overview#compatibility")),
    v(AzureB2c, "scp", false, "Space-separated permissions granted to the API in an access token.", cite("Azure AD B2C: Overview of tokens (Claims)", "https://learn.microsoft.com/en-us/azure/active-directory-b2c/tokens-overview#claims")),
    v(AzureB2c, "azp", false, "Application ID of the client app that started the request.", cite("Azure AD B2C: Overview of tokens (Claims)", "https://learn.microsoft.com/en-us/azure/active-directory-b2c/tokens-overview#claims")),
    v(AzureB2c, "ver", false, "B2C's token version, e.g. \"1.0\".", cite("Azure AD B2C: Overview of tokens (Claims)", "https://learn.microsoft.com/en-us/azure/active-directory-b2c/tokens-overview#claims")),
    v(AzureB2c, "nonce", false, "Echo of the nonce the app sent in the authorization request; B2C docs say it is emitted in the ID token only.", cite("Azure AD B2C: Overview of tokens (Claims)", "https://learn.microsoft.com/en-us/azure/active-directory-b2c/tokens-overview#claims")),
    v(AzureB2c, "oid", false, "Object ID of the user in the B2C directory (the default value of sub as well).", cite("B2C custom policy starter pack (objectId maps to oid)", "https://github.com/Azure-Samples/active-directory-b2c-custom-policy-starterpack/blob/main/SocialAndLocalAccounts/TrustFrameworkBase.xml")),
    v(AzureB2c, "tid", false, "GUID of the B2C tenant.", cite("B2C custom policy starter pack (tenantId maps to tid)", "https://github.com/Azure-Samples/active-directory-b2c-custom-policy-starterpack/blob/main/SocialAndLocalAccounts/TrustFrameworkBase.xml")),
    v(AzureB2c, "idp", false, "Identity provider the user signed in with (e.g. a social provider's domain); local accounts may omit it.", cite("B2C custom policy starter pack (identityProvider maps to idp)", "https://github.com/Azure-Samples/active-directory-b2c-custom-policy-starterpack/blob/main/SocialAndLocalAccounts/TrustFrameworkBase.xml")),
    v(GoogleIap, "gcip", false, "When IAP uses external identities (Identity Platform), an object carrying the Identity Platform user's claims (e.g. email_verified, name, picture, firebase.tenant).", cite("GoogleCloudPlatform/iap-gcip-web-toolkit sample app (reads decodedClaims.gcip)", "https://github.com/GoogleCloudPlatform/iap-gcip-web-toolkit/blob/master/sample/app/server/app.js")),
    v(GoogleIap, "alg (ES256)", true, "IAP signs its assertion with ES256; kid must match a key in IAP's published key files.", cite("Google Cloud IAP: Securing your app with signed headers (Verifying the JWT header)", "https://cloud.google.com/iap/docs/signed-headers-howto#verifying_the_jwt_header")),
    v(Cognito, "token_use", false, "Intended purpose of the token: \"access\" or \"id\".", cite("Amazon Cognito: Understanding the access token (payload)", "https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-using-the-access-token.html#user-pool-access-token-payload")),
    v(Cognito, "cognito:username", false, "User's username in the pool (may be a UUID or an alias such as email).", cite("Amazon Cognito: Understanding the ID token", "https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-using-the-id-token.html")),
    v(Cognito, "cognito:groups", false, "Names of the user-pool groups the user belongs to.", cite("Amazon Cognito: Understanding the access token (payload)", "https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-using-the-access-token.html#user-pool-access-token-payload")),
    v(Cognito, "client_id", false, "App client ID that requested the access token (access tokens have no aud).", cite("Amazon Cognito: Understanding the access token (payload)", "https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-using-the-access-token.html#user-pool-access-token-payload")),
    v(Cognito, "scope", false, "Space-separated OAuth scopes granted, e.g. aws.cognito.signin.user.admin.", cite("Amazon Cognito: Understanding the access token (payload)", "https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-using-the-access-token.html#user-pool-access-token-payload")),
    v(Cognito, "origin_jti", false, "Identifier of the original authentication, kept across refreshes; used for token revocation.", cite("Amazon Cognito: Understanding the access token (payload)", "https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-using-the-access-token.html#user-pool-access-token-payload")),
    v(Cognito, "auth_time", false, "When the original authentication happened; unchanged by refreshes.", cite("Amazon Cognito: Understanding the access token (payload)", "https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-using-the-access-token.html#user-pool-access-token-payload")),
    v(Cognito, "username", false, "User's username in the pool, carried in access tokens.", cite("Amazon Cognito: Understanding the access token (payload)", "https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-using-the-access-token.html#user-pool-access-token-payload")),
    v(Cognito, "device_key", false, "Key of the remembered device used for this sign-in.", cite("Amazon Cognito: Understanding the access token (payload)", "https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-using-the-access-token.html#user-pool-access-token-payload")),
    v(Cognito, "custom:*", false, "Custom user-pool attributes, prefixed custom: and always written as strings in the ID token.", cite("Amazon Cognito: Understanding the ID token", "https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-using-the-id-token.html")),
    v(Okta, "cid", false, "Client ID of the app that requested the access token.", cite("Okta OAuth 2.0 / OIDC overview: Reserved claims in the payload section (access token)", "https://developer.okta.com/docs/api/openapi/okta-oauth/guides/overview/#reserved-claims-in-the-payload-section")),
    v(Okta, "uid", false, "Okta user ID; omitted when no user is bound (e.g. client credentials).", cite("Okta OAuth 2.0 / OIDC overview: Reserved claims in the payload section (access token)", "https://developer.okta.com/docs/api/openapi/okta-oauth/guides/overview/#reserved-claims-in-the-payload-section")),
    v(Okta, "scp", false, "Array (not a space-separated string) of scopes granted.", cite("Okta OAuth 2.0 / OIDC overview: Reserved claims in the payload section (access token)", "https://developer.okta.com/docs/api/openapi/okta-oauth/guides/overview/#reserved-claims-in-the-payload-section")),
    v(Okta, "ver", false, "Integer version of the token format (1).", cite("Okta OAuth 2.0 / OIDC overview: Reserved claims in the payload section (access token)", "https://developer.okta.com/docs/api/openapi/okta-oauth/guides/overview/#reserved-claims-in-the-payload-section")),
    v(Okta, "jti", false, "Unique token ID for debugging and revocation; Okta's access-token examples use an \"AT.\" prefix.", cite("Okta OAuth 2.0 / OIDC overview: Reserved claims in the payload section (access token)", "https://developer.okta.com/docs/api/openapi/okta-oauth/guides/overview/#reserved-claims-in-the-payload-section")),
    v(Okta, "auth_time", false, "When the end user authenticated.", cite("Okta OAuth 2.0 / OIDC overview: Reserved claims in the payload section (access token)", "https://developer.okta.com/docs/api/openapi/okta-oauth/guides/overview/#reserved-claims-in-the-payload-section")),
    v(Okta, "amr", false, "Authentication methods used (e.g. pwd, mfa, otp, sms, swk, hwk).", cite("Okta OAuth 2.0 / OIDC overview: ID token", "https://developer.okta.com/docs/api/openapi/okta-oauth/guides/overview/#id-token")),
    v(Okta, "idp", false, "Okta org ID, or the ID of the external identity provider when social login or inbound SAML was used.", cite("Okta OAuth 2.0 / OIDC overview: ID token", "https://developer.okta.com/docs/api/openapi/okta-oauth/guides/overview/#id-token")),
    v(Okta, "groups", false, "Group names matching the app's groups filter (max 100).", cite("Okta OAuth 2.0 / OIDC overview: ID token", "https://developer.okta.com/docs/api/openapi/okta-oauth/guides/overview/#id-token")),
    v(Auth0, "namespaced custom claims (e.g. https://example.com/roles)", false, "Tenant-defined claims with a URL-like, collision-resistant name; added by Actions/Rules.", cite("Auth0: Create Custom Claims (General restrictions)", "https://auth0.com/docs/secure/tokens/json-web-tokens/create-custom-claims#general-restrictions")),
    v(Auth0, "azp", false, "Client ID of the application the token was issued to (Auth0 default token profile).", cite("Auth0: Access Token Profiles", "https://auth0.com/docs/secure/tokens/access-tokens/access-token-profiles")),
    v(Auth0, "scope", false, "Space-separated scopes granted.", cite("Auth0: Access Token Profiles", "https://auth0.com/docs/secure/tokens/access-tokens/access-token-profiles")),
    v(Auth0, "permissions", false, "RBAC permissions of the user (or M2M app) for the API, when the API adds them.", cite("Auth0: Access Token Profiles", "https://auth0.com/docs/secure/tokens/access-tokens/access-token-profiles")),
    v(Auth0, "org_id", false, "ID of the Auth0 Organization the user logged in through.", cite("Auth0: Work with Tokens and Organizations", "https://auth0.com/docs/manage-users/organizations/using-tokens")),
    v(Auth0, "org_name", false, "Name of that Organization, included only when the tenant enables organization names in tokens.", cite("Auth0: Work with Tokens and Organizations", "https://auth0.com/docs/manage-users/organizations/using-tokens")),
    v(Keycloak, "typ (payload claim)", false, "Keycloak's token-kind label: \"Bearer\" for access, \"ID\" for ID tokens, \"Refresh\"/\"Offline\" for refresh tokens, \"Logout\" for logout tokens.", cite("Keycloak source: TokenUtil.java (token type constants)", "https://github.com/keycloak/keycloak/blob/main/core/src/main/java/org/keycloak/util/TokenUtil.java")),
    v(Keycloak, "session_state", false, "Older name for the user-session ID; current versions use sid.", cite("Keycloak source: IDToken.java (SESSION_STATE, deprecated getter)", "https://github.com/keycloak/keycloak/blob/main/core/src/main/java/org/keycloak/representations/IDToken.java")),
    v(Keycloak, "sid", false, "ID of the Keycloak user session.", cite("Keycloak source: IDToken.java", "https://github.com/keycloak/keycloak/blob/main/core/src/main/java/org/keycloak/representations/IDToken.java")),
    v(Keycloak, "realm_access", false, "Object with roles: the user's realm-level roles.", cite("Keycloak source: AccessToken.java", "https://github.com/keycloak/keycloak/blob/main/core/src/main/java/org/keycloak/representations/AccessToken.java")),
    v(Keycloak, "resource_access", false, "Map from client ID to {roles: [...]}: the user's client-level roles.", cite("Keycloak source: AccessToken.java", "https://github.com/keycloak/keycloak/blob/main/core/src/main/java/org/keycloak/representations/AccessToken.java")),
    v(Keycloak, "allowed-origins", false, "Web origins allowed for CORS when calling with this token.", cite("Keycloak source: AccessToken.java", "https://github.com/keycloak/keycloak/blob/main/core/src/main/java/org/keycloak/representations/AccessToken.java")),
    v(Keycloak, "preferred_username", false, "Keycloak username of the user.", cite("Keycloak source: IDToken.java", "https://github.com/keycloak/keycloak/blob/main/core/src/main/java/org/keycloak/representations/IDToken.java")),
    v(Keycloak, "acr", false, "Authentication context class (level of assurance) reached in the session.", cite("Keycloak source: IDToken.java", "https://github.com/keycloak/keycloak/blob/main/core/src/main/java/org/keycloak/representations/IDToken.java")),
    v(Keycloak, "scope", false, "Space-separated scopes in effect for the token.", cite("Keycloak source: AccessToken.java", "https://github.com/keycloak/keycloak/blob/main/core/src/main/java/org/keycloak/representations/AccessToken.java")),
    v(Keycloak, "authorization", false, "Permissions granted by Keycloak Authorization Services (in requesting-party tokens).", cite("Keycloak source: AccessToken.java", "https://github.com/keycloak/keycloak/blob/main/core/src/main/java/org/keycloak/representations/AccessToken.java")),
    v(Keycloak, "trusted-certs", false, "Legacy list of trusted certificates.", cite("Keycloak source: AccessToken.java", "https://github.com/keycloak/keycloak/blob/main/core/src/main/java/org/keycloak/representations/AccessToken.java")),
    v(GitHubActions, "actor", false, "Personal account that started the workflow run.", cite("GitHub Docs: OpenID Connect reference (Custom claims provided by GitHub)", "https://docs.github.com/en/actions/reference/security/oidc#custom-claims-provided-by-github")),
    v(GitHubActions, "actor_id", false, "Numeric ID of that account.", cite("GitHub Docs: OpenID Connect reference (Custom claims provided by GitHub)", "https://docs.github.com/en/actions/reference/security/oidc#custom-claims-provided-by-github")),
    v(GitHubActions, "base_ref", false, "Target branch of the pull request, if any.", cite("GitHub Docs: OpenID Connect reference (Custom claims provided by GitHub)", "https://docs.github.com/en/actions/reference/security/oidc#custom-claims-provided-by-github")),
    v(GitHubActions, "check_run_id", false, "Check run ID of the current job.", cite("GitHub Docs: OpenID Connect reference (Custom claims provided by GitHub)", "https://docs.github.com/en/actions/reference/security/oidc#custom-claims-provided-by-github")),
    v(GitHubActions, "enterprise", false, "Name of the enterprise owning the repository.", cite("GitHub Docs: OpenID Connect reference (Custom claims provided by GitHub)", "https://docs.github.com/en/actions/reference/security/oidc#custom-claims-provided-by-github")),
    v(GitHubActions, "enterprise_id", false, "ID of that enterprise.", cite("GitHub Docs: OpenID Connect reference (Custom claims provided by GitHub)", "https://docs.github.com/en/actions/reference/security/oidc#custom-claims-provided-by-github")),
    v(GitHubActions, "environment", false, "Name of the deployment environment the job uses.", cite("GitHub Docs: OpenID Connect reference (Custom claims provided by GitHub)", "https://docs.github.com/en/actions/reference/security/oidc#custom-claims-provided-by-github")),
    v(GitHubActions, "event_name", false, "Event that triggered the run (e.g. push, pull_request, workflow_dispatch).", cite("GitHub Docs: OpenID Connect reference (Custom claims provided by GitHub)", "https://docs.github.com/en/actions/reference/security/oidc#custom-claims-provided-by-github")),
    v(GitHubActions, "head_ref", false, "Source branch of the pull request, if any.", cite("GitHub Docs: OpenID Connect reference (Custom claims provided by GitHub)", "https://docs.github.com/en/actions/reference/security/oidc#custom-claims-provided-by-github")),
    v(GitHubActions, "job_workflow_ref", false, "For reusable workflows, the ref path of the called workflow file.", cite("GitHub Docs: OpenID Connect reference (Custom claims provided by GitHub)", "https://docs.github.com/en/actions/reference/security/oidc#custom-claims-provided-by-github")),
    v(GitHubActions, "job_workflow_sha", false, "For reusable workflows, the commit SHA of the called workflow file.", cite("GitHub Docs: OpenID Connect reference (Custom claims provided by GitHub)", "https://docs.github.com/en/actions/reference/security/oidc#custom-claims-provided-by-github")),
    v(GitHubActions, "ref", false, "Git ref that triggered the run.", cite("GitHub Docs: OpenID Connect reference (Custom claims provided by GitHub)", "https://docs.github.com/en/actions/reference/security/oidc#custom-claims-provided-by-github")),
    v(GitHubActions, "ref_type", false, "Kind of ref, e.g. branch or tag.", cite("GitHub Docs: OpenID Connect reference (Custom claims provided by GitHub)", "https://docs.github.com/en/actions/reference/security/oidc#custom-claims-provided-by-github")),
    v(GitHubActions, "repository", false, "owner/name of the repository running the workflow.", cite("GitHub Docs: OpenID Connect reference (Custom claims provided by GitHub)", "https://docs.github.com/en/actions/reference/security/oidc#custom-claims-provided-by-github")),
    v(GitHubActions, "repository_id", false, "Numeric ID of that repository.", cite("GitHub Docs: OpenID Connect reference (Custom claims provided by GitHub)", "https://docs.github.com/en/actions/reference/security/oidc#custom-claims-provided-by-github")),
    v(GitHubActions, "repository_owner", false, "Name of the organization or user owning the repository.", cite("GitHub Docs: OpenID Connect reference (Custom claims provided by GitHub)", "https://docs.github.com/en/actions/reference/security/oidc#custom-claims-provided-by-github")),
    v(GitHubActions, "repository_owner_id", false, "Numeric ID of that owner.", cite("GitHub Docs: OpenID Connect reference (Custom claims provided by GitHub)", "https://docs.github.com/en/actions/reference/security/oidc#custom-claims-provided-by-github")),
    v(GitHubActions, "repository_visibility", false, "Repository visibility: public, private or internal.", cite("GitHub Docs: OpenID Connect reference (Custom claims provided by GitHub)", "https://docs.github.com/en/actions/reference/security/oidc#custom-claims-provided-by-github")),
    v(GitHubActions, "repo_property_*", false, "Organization/enterprise custom repository properties, one claim per property, values as strings.", cite("GitHub Docs: OpenID Connect reference (Custom claims provided by GitHub)", "https://docs.github.com/en/actions/reference/security/oidc#custom-claims-provided-by-github")),
    v(GitHubActions, "run_id", false, "ID of the workflow run.", cite("GitHub Docs: OpenID Connect reference (Custom claims provided by GitHub)", "https://docs.github.com/en/actions/reference/security/oidc#custom-claims-provided-by-github")),
    v(GitHubActions, "run_number", false, "How many times this workflow has run.", cite("GitHub Docs: OpenID Connect reference (Custom claims provided by GitHub)", "https://docs.github.com/en/actions/reference/security/oidc#custom-claims-provided-by-github")),
    v(GitHubActions, "run_attempt", false, "Retry number of this run.", cite("GitHub Docs: OpenID Connect reference (Custom claims provided by GitHub)", "https://docs.github.com/en/actions/reference/security/oidc#custom-claims-provided-by-github")),
    v(GitHubActions, "runner_environment", false, "github-hosted or self-hosted runner.", cite("GitHub Docs: OpenID Connect reference (Custom claims provided by GitHub)", "https://docs.github.com/en/actions/reference/security/oidc#custom-claims-provided-by-github")),
    v(GitHubActions, "workflow", false, "Name of the workflow.", cite("GitHub Docs: OpenID Connect reference (Custom claims provided by GitHub)", "https://docs.github.com/en/actions/reference/security/oidc#custom-claims-provided-by-github")),
    v(GitHubActions, "workflow_ref", false, "Ref path of the workflow file.", cite("GitHub Docs: OpenID Connect reference (Custom claims provided by GitHub)", "https://docs.github.com/en/actions/reference/security/oidc#custom-claims-provided-by-github")),
    v(GitHubActions, "workflow_sha", false, "Commit SHA of the workflow file.", cite("GitHub Docs: OpenID Connect reference (Custom claims provided by GitHub)", "https://docs.github.com/en/actions/reference/security/oidc#custom-claims-provided-by-github")),
    v(GitHubActions, "sha", false, "Commit SHA that triggered the run.", cite("GitHub Docs: OpenID Connect (Understanding the OIDC token)", "https://docs.github.com/en/actions/concepts/security/openid-connect#understanding-the-oidc-token")),
    v(GitHubActions, "x5t", true, "Certificate thumbprint of the signing key, shown in GitHub's example header.", cite("GitHub Docs: OpenID Connect (Understanding the OIDC token)", "https://docs.github.com/en/actions/concepts/security/openid-connect#understanding-the-oidc-token")),
    v(Kubernetes, "kubernetes.io", false, "Private claim object describing the service account and the object the token is bound to.", cite("Kubernetes: Managing Service Accounts (Bound service account tokens)", "https://kubernetes.io/docs/reference/access-authn-authz/service-accounts-admin/#bound-service-account-tokens")),
    v(Kubernetes, "kubernetes.io.namespace", false, "Namespace of the service account.", cite("Kubernetes source: pkg/serviceaccount/claims.go", "https://github.com/kubernetes/kubernetes/blob/master/pkg/serviceaccount/claims.go")),
    v(Kubernetes, "kubernetes.io.serviceaccount.{name,uid}", false, "Name and UID of the service account the token represents.", cite("Kubernetes source: pkg/serviceaccount/claims.go", "https://github.com/kubernetes/kubernetes/blob/master/pkg/serviceaccount/claims.go")),
    v(Kubernetes, "kubernetes.io.pod.{name,uid}", false, "Pod the token is bound to; the token stops working once that pod is deleted.", cite("Kubernetes source: pkg/serviceaccount/claims.go", "https://github.com/kubernetes/kubernetes/blob/master/pkg/serviceaccount/claims.go")),
    v(Kubernetes, "kubernetes.io.secret.{name,uid}", false, "Secret the token is bound to; deleting the secret revokes it.", cite("Kubernetes source: pkg/serviceaccount/claims.go", "https://github.com/kubernetes/kubernetes/blob/master/pkg/serviceaccount/claims.go")),
    v(Kubernetes, "kubernetes.io.warnafter", false, "Time after which the API server still accepts the token but logs it as stale (safe rollout of time-bound tokens, which are issued with extended expiry).", cite("Kubernetes source: pkg/serviceaccount/claims.go", "https://github.com/kubernetes/kubernetes/blob/master/pkg/serviceaccount/claims.go")),
    v(Kubernetes, "kubernetes.io/serviceaccount/namespace", false, "Legacy secret-based token: namespace of the service account.", cite("Kubernetes source: pkg/serviceaccount/legacy.go", "https://github.com/kubernetes/kubernetes/blob/master/pkg/serviceaccount/legacy.go")),
    v(Kubernetes, "kubernetes.io/serviceaccount/secret.name", false, "Legacy token: name of the Secret holding the token.", cite("Kubernetes source: pkg/serviceaccount/legacy.go", "https://github.com/kubernetes/kubernetes/blob/master/pkg/serviceaccount/legacy.go")),
    v(Kubernetes, "kubernetes.io/serviceaccount/service-account.name", false, "Legacy token: service account name.", cite("Kubernetes source: pkg/serviceaccount/legacy.go", "https://github.com/kubernetes/kubernetes/blob/master/pkg/serviceaccount/legacy.go")),
    v(Kubernetes, "kubernetes.io/serviceaccount/service-account.uid", false, "Legacy token: service account UID.", cite("Kubernetes source: pkg/serviceaccount/legacy.go", "https://github.com/kubernetes/kubernetes/blob/master/pkg/serviceaccount/legacy.go")),
    v(Kubernetes, "sub (system:serviceaccount:NS:NAME)", false, "Username form of the service account.", cite("Kubernetes source: pkg/serviceaccount/claims.go", "https://github.com/kubernetes/kubernetes/blob/master/pkg/serviceaccount/claims.go")),
];

/// A name as the page asks for it: a header parameter or a claim.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Name {
    /// A header parameter rather than a claim.
    pub header: bool,
    /// The name as written in the token.
    pub name: String,
}

/// What a name means and where that is defined, as the worker sends it to the page.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Meaning {
    /// A short title ("Issuer"), for registered names; a provider's own names have none.
    pub title: String,
    /// What it means.
    pub meaning: String,
    /// The section or page that defines it: its label and address.
    pub source: (String, String),
    /// The provider whose own name it is.
    pub by: Option<String>,
}

/// What each of `names` means: the registered meaning first, then the issuing provider's; `None`
/// for a name neither defines.
pub fn describe(names: &[Name], provider: Option<Provider>) -> Vec<Option<Meaning>> {
    let family = provider.map(|p| match p {
        EntraV1 => EntraV2,
        other => other,
    });
    names
        .iter()
        .map(|n| {
            let registered = if n.header {
                claims::header(&n.name)
            } else {
                claims::payload(&n.name)
            };
            if let Some(k) = registered {
                return Some(Meaning {
                    title: k.title.to_string(),
                    meaning: k.meaning.to_string(),
                    source: (
                        k.source.label.to_string(),
                        k.source.url.unwrap_or("").to_string(),
                    ),
                    by: None,
                });
            }
            let family = family?;
            let v = VENDOR_CLAIMS
                .iter()
                .find(|v| v.provider == family && v.header == n.header && v.name == n.name)?;
            Some(Meaning {
                title: String::new(),
                meaning: v.meaning.to_string(),
                source: (
                    v.source.label.to_string(),
                    v.source.url.unwrap_or("").to_string(),
                ),
                by: Some(family.name().to_string()),
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::token::cite::link_problem;

    fn payload(name: &str) -> Name {
        Name {
            header: false,
            name: name.into(),
        }
    }

    #[test]
    fn every_provider_claim_is_written_out_and_linked() {
        for (i, v) in VENDOR_CLAIMS.iter().enumerate() {
            assert!(v.meaning.ends_with('.'), "{}: {}", v.name, v.meaning);
            assert!(
                v.source.url.is_some_and(|u| u.starts_with("https://")),
                "{}",
                v.name
            );
            assert_eq!(link_problem(&v.source), None, "{}", v.name);
            assert!(
                !VENDOR_CLAIMS[i + 1..]
                    .iter()
                    .any(|o| o.provider == v.provider && o.name == v.name && o.header == v.header),
                "{} twice",
                v.name
            );
        }
        assert!(VENDOR_CLAIMS.len() > 100);
    }

    /// Entra's `scp` and `oid` mean something in an Entra token, and nothing in another's.
    #[test]
    fn a_providers_name_is_described_for_its_own_tokens_only() {
        let names = [payload("scp"), payload("iss"), payload("made_up")];
        let got = describe(&names, Some(EntraV1));
        let scp = got[0].as_ref().expect("Entra defines scp");
        assert_eq!(scp.by.as_deref(), Some("Microsoft Entra ID (v2.0)"));
        assert!(scp.source.1.starts_with("https://learn.microsoft.com/"));
        assert_eq!(got[1].as_ref().map(|m| m.title.as_str()), Some("Issuer"));
        assert_eq!(got[2], None);
        assert_eq!(
            describe(&names, Some(Okta))[0]
                .as_ref()
                .map(|m| m.by.clone()),
            Some(Some("Okta".into()))
        );
        assert_eq!(describe(&names, None)[0], None);
        assert_eq!(describe(&names, Some(Google))[0], None);
    }
}
