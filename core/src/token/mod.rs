//! The token inspector's core, grouped by role:
//!
//! - `jose`: the format itself. The algorithm and key vocabularies (`alg`, `key`), finding a
//!   token in pasted text (`extract`), strict base64url, decoding a compact JWS or JWE
//!   (`decode`, `jwe`), what each registered name means (`claims`), times as people read them
//!   (`time`), and PEM as people paste it (`pem_armour`).
//! - `checks`: what is right and wrong with a token. Its kind (`token_type`), the findings,
//!   the verdict, its size on the wire, and the inspection the page shows (`report`).
//! - `protocols`: checks that need more than the token. An ID token's `at_hash` or a DPoP
//!   proof's `ath` (`bound_token`), `cnf.jkt` (`thumbprint`), a proof against its request
//!   (`dpop_request`), SD-JWTs (`sd_jwt`), nested JWTs (`layers`), and where an issuer
//!   publishes its keys (`discovery`).
//! - `service`: the conversation with the crypto worker, which does what needs cryptography in
//!   `authpick-crypto`. The messages, the page's dispatcher, what verifying reports
//!   (`verification`) and the workbench's draft (`draft`).
//! - `forms`: the page's forms as models. The verification form, the workbench, the example
//!   listing and "Remember this token".
//! - `inspector`: the whole page as one model, on top of all of the above.
//!
//! `cite` is the source citation every finding and check carries.

pub mod checks;
pub mod cite;
pub mod forms;
pub mod inspector;
pub mod jose;
pub mod kit;
pub mod protocols;
pub mod service;

/// What several test modules build tokens with.
#[cfg(test)]
pub(crate) mod test_support {
    use super::jose::base64url::encode;

    /// A compact JWS of this header and payload with a 32-byte signature that nothing verifies.
    pub(crate) fn token(header: &str, payload: &str) -> String {
        format!(
            "{}.{}.{}",
            encode(header.as_bytes()),
            encode(payload.as_bytes()),
            encode(&[7; 32])
        )
    }
}
