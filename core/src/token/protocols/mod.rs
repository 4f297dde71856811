//! Checks that need more than the token: what it is bound to (an access token, a key, a
//! request), an SD-JWT's Disclosures, a nested JWT's layers, where its issuer publishes keys,
//! and the status list that says whether it was revoked.

pub mod bound_token;
pub mod discovery;
pub mod dpop_request;
pub mod layers;
pub mod sd_jwt;
pub mod status_list;
pub mod thumbprint;
