//! The token inspector's core: finding a token in pasted text (`extract`), strict base64url
//! (`base64url`) and decoding a compact JWS or JWE into what can be shown (`decode`).
//! Verification and security findings build on these.

pub mod base64url;
pub mod decode;
pub mod extract;
