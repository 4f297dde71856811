//! The token inspector's core: the JOSE vocabulary (`alg`), finding a token in pasted text
//! (`extract`), strict base64url (`base64url`), decoding a compact JWS or JWE into what can be
//! shown (`decode`), what each name means (`claims`), times as people read them (`time`), its
//! size on the wire (`size`), the findings (`findings`) and the page's report (`report`).
//!
//! What the crypto worker does is described here but done in `authpick-crypto`: the key a user
//! gives (`key`), what verifying found (`verification`), the JWE vocabulary and what decrypting
//! reports (`jwe`), the workbench's draft (`draft`), the
//! examples' listing (`examples`), the messages (`service`) and the page's side of the
//! conversation (`dispatch`). The page's forms are models here too: the verification form
//! (`key_form`) and the workbench (`workbench`). PEM as people paste it is repaired
//! by `pem_armour`; `bound_token` checks an ID token's `at_hash` or a DPoP proof's `ath`
//! against a pasted access token, `thumbprint` the access token's `cnf.jkt` against the proof's
//! key, `dpop_request` a proof against its request, and `discovery` says where an issuer
//! publishes its keys.

pub mod alg;
pub mod base64url;
pub mod bound_token;
pub mod cite;
pub mod claims;
pub mod decode;
pub mod discovery;
pub mod dispatch;
pub mod dpop_request;
pub mod draft;
pub mod examples;
pub mod extract;
pub mod findings;
pub mod jwe;
pub mod key;
pub mod key_form;
pub mod layers;
pub mod pem_armour;
pub mod remember;
pub mod report;
pub mod sd_jwt;
pub mod service;
pub mod size;
pub mod thumbprint;
pub mod time;
pub mod token_type;
pub mod verdict;
pub mod verification;
pub mod workbench;
