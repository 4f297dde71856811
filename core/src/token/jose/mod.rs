//! JOSE itself: the vocabularies, finding and decoding a token, and what its names mean.

pub mod alg;
pub mod base64url;
pub mod claims;
pub mod decode;
pub mod dialects;
pub mod extract;
pub mod jwe;
pub mod key;
pub mod pem_armour;
pub mod time;
pub mod vendor_claims;
