//! The names of the ways to stay signed in, once: the guide's approaches and the trade-off
//! pages' columns say the same words. Apart from the knowledge base, so that the costs and
//! revocation pages, which do not carry the guide, can name them too.

/// A random ID in a cookie or header, looked up in a store on every request.
pub const SESSION: &str = "Server-side session";
/// The session sealed into its own cookie, no store.
pub const SEALED: &str = "Encrypted cookie session";
/// A short-lived signed access token verified locally, renewed with a refresh token.
pub const ACCESS_REFRESH: &str = "Short-lived JWT access token + refresh token";
/// The access token plus a session record the edge checks on every request.
pub const HYBRID: &str = "Hybrid: short JWT plus a session checked at the edge";
/// A server on the front end's site that holds the tokens and gives the browser a cookie.
pub const BFF: &str = "Backend-for-frontend";
/// A long-lived signed token with no refresh token: no guide option, shown on the trade-off
/// pages as the baseline that the other token approaches improve on.
pub const JWT_ALONE: &str = "A JWT alone, no refresh token (not a guide option)";
