//! Findings that come from verifying, decoding and the checks beside the token rather than
//! from reading its claims: a signature that does not verify, a token signed with a well-known
//! secret, a secret shorter than its hash, an RSA key too small, a forgery by key confusion, a
//! token that does not decode, and what an SD-JWT's Disclosures, a DPoP proof's request or a
//! bound access token, code or nonce say against it. The report adds them to the key-free ones
//! (`report::all_findings`).

use super::{Finding, Kind};
use crate::token::jose::alg::Alg;

/// A signature that does not verify with the key given.
pub fn signature_invalid() -> Finding {
    Finding::new(
        Kind::SignatureInvalid,
        "Signature invalid: a verifier must reject this token",
        "The signature does not match the token with the key given: either the token was changed \
         after it was signed, or the key is not the one that signed it.",
    )
}

/// A token that does not decode, and why.
pub fn undecodable(why: String) -> Finding {
    Finding::new(
        Kind::Undecodable,
        "The token cannot be decoded",
        format!("{why} A verifier must reject a token it cannot decode."),
    )
}

/// A token signed with a secret from the list of well-known ones.
pub fn weak_secret(secret: &str) -> Finding {
    let shown = if secret.is_empty() {
        "an empty secret".to_string()
    } else {
        format!("“{secret}”")
    };
    Finding::new(
        Kind::WeakSecret,
        format!("Signed with a well-known secret: {shown}"),
        "The secret is in a public list of defaults and common passwords, so anyone can sign \
         tokens your service accepts. Attack tools try such lists first (CVE-2019-20933 was a \
         blank secret).",
    )
}

/// A user's HMAC secret of `bytes` bytes, when it is shorter than the algorithm allows.
pub fn short_secret(bytes: usize, alg: Alg) -> Option<Finding> {
    let needed = alg.min_secret_bytes()?;
    (bytes < needed).then(|| {
        Finding::new(
            Kind::ShortSecret,
            format!(
                "The secret is {bytes} bytes; {} needs at least {needed}",
                alg.name()
            ),
            "A short HMAC secret can be guessed offline from a single token.",
        )
    })
}

/// A valid RSA signature of `bytes` bytes: the key's modulus is that long (RFC 8017 §8.2.2),
/// so the key is under 2,048 bits.
pub fn rsa_key_too_small(bytes: usize) -> Finding {
    Finding::new(
        Kind::RsaKeyTooSmall,
        format!("Signed with an RSA key of at most {} bits", bytes * 8),
        format!(
            "The signature verifies, and an RSA signature is exactly as long as the key's \
             modulus: {bytes} bytes. RFC 7518 requires keys of 2,048 bits or more; keys of \
             1,024 bits are within reach of factoring, so tokens signed with this one can be \
             forged."
        ),
    )
}

/// What a verifier must reject in an SD-JWT (RFC 9901 §7.1, §7.3), as the worker reported it.
pub fn sd_jwt_rejected(what: &str) -> Finding {
    Finding::new(
        Kind::SdJwtRejected,
        "The SD-JWT fails a check a verifier must make",
        what.to_string(),
    )
}

/// One of a DPoP proof's claims that does not fit the request typed beside it, or the clock.
pub fn request_mismatch(claim: &str, what: &str) -> Finding {
    Finding::new(
        Kind::DpopRequestMismatch,
        format!("The proof's {claim} fails against its request"),
        what.to_string(),
    )
}

/// A binding that does not hold: an ID token's `at_hash`, `c_hash` or `nonce`, a proof's `ath`
/// or `cnf.jkt`, against what was pasted beside it.
pub fn binding_mismatch(what: &str) -> Finding {
    Finding::new(
        Kind::BindingMismatch,
        "It is bound to something other than what was given",
        what.trim_start_matches("✗ ").to_string(),
    )
}

/// An HMAC token that verifies with a public key's text as the secret.
pub fn key_confusion() -> Finding {
    Finding::new(
        Kind::KeyConfusion,
        "Key confusion: an HMAC token signed with the public key",
        "The token says HS*, and it verifies when the public key's text is used as the HMAC \
         secret. A verifier that takes the algorithm from the token and hands it the RSA or EC \
         public key accepts this forgery.",
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn secrets_shorter_than_the_hash_are_flagged() {
        assert!(short_secret(11, Alg::Hs256).is_some());
        assert!(short_secret(32, Alg::Hs256).is_none());
        assert!(short_secret(40, Alg::Hs384).is_some());
        assert!(short_secret(5, Alg::Rs256).is_none());
        assert!(weak_secret("").title.ends_with("an empty secret"));
        assert!(weak_secret("secret").title.ends_with("“secret”"));
    }
}
