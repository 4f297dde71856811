//! The token inspector's core: finding a token in pasted text (`extract`), strict base64url
//! (`base64url`), decoding a compact JWS or JWE into what can be shown (`decode`), what each
//! name means (`claims`), times as people read them (`time`) and the security findings that
//! need no key (`findings`). Verification, the secret search and signing build on these;
//! `service` carries them to the Web Worker the inspector page runs them in.

pub mod base64url;
pub mod claims;
pub mod decode;
pub mod examples;
pub mod extract;
pub mod findings;
pub mod private_jwk;
pub mod report;
pub mod secrets;
pub mod service;
pub mod sign;
pub mod time;
pub mod verify;
