//! The hash that binds a token to an access token (`authpick_core::token::protocols::bound_token`):
//! base64url of the SHA-2 hash of the access token's ASCII text, or of its left half.

use authpick_core::token::jose::base64url;
use authpick_core::token::protocols::bound_token::{Digest, HashOf};
use sha2::{Digest as _, Sha256, Sha384, Sha512};

pub fn token_hash(hash: HashOf, text: &str) -> String {
    let full = match hash.digest {
        Digest::Sha256 => Sha256::digest(text.as_bytes()).to_vec(),
        Digest::Sha384 => Sha384::digest(text.as_bytes()).to_vec(),
        Digest::Sha512 => Sha512::digest(text.as_bytes()).to_vec(),
    };
    let kept = if hash.left_half {
        &full[..full.len() / 2]
    } else {
        &full[..]
    };
    base64url::encode(kept)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// RFC 9449 §7.1's access token and the `ath` of its DPoP proof.
    #[test]
    fn rfc_9449_ath() {
        let hash = HashOf {
            digest: Digest::Sha256,
            left_half: false,
        };
        assert_eq!(
            token_hash(hash, "Kz~8mXK1EalYznwH-LC-1fBAo.4Ljp~zsPE_NeO.gxU"),
            "fUHyO2r2Z3DZ53EsNrWBb0xWXoaNy59IiKCAqksmQEo"
        );
    }

    /// The published examples of panva's `oidc-token-hash` (an independent implementation):
    /// one access token's `at_hash` for RS256 (SHA-256) and for Ed25519 (SHA-512).
    #[test]
    fn at_hash_for_rs256_and_ed25519() {
        let token = "YmJiZTAwYmYtMzgyOC00NzhkLTkyOTItNjJjNDM3MGYzOWIy9sFhvH8K_x8UIHj1osisS57f5DduL-ar_qw5jl3lthwpMjm283aVMQXDmoqqqydDSqJfbhptzw8rUVwkuQbolw";
        let half = |digest| HashOf {
            digest,
            left_half: true,
        };
        assert_eq!(
            token_hash(half(Digest::Sha256), token),
            "x7vk7f6BvQj0jQHYFIk4ag"
        );
        assert_eq!(
            token_hash(half(Digest::Sha512), token),
            "EGEAhGYyfuwDaVTifvrWSoD5MSy_5hZPy6I7Vm-7pTQ"
        );
    }

    /// RFC 7638 §3.1's thumbprint, and RFC 9449 §6.1's `jkt` of the key in its proofs, from the
    /// JSON `thumbprint::canonical` builds.
    #[test]
    fn rfc_7638_and_9449_thumbprints() {
        use authpick_core::token::protocols::thumbprint::{canonical, HASH};
        let key = |v: serde_json::Value| canonical(v.as_object().unwrap()).unwrap();
        let n = "0vx7agoebGcQSuuPiLJXZptN9nndrQmbXEps2aiAFbWhM78LhWx4cbbfAAtVT86zwu1RK7aPFFxuhDR1L6tSoc_BJECPebWKRXjBZCiFV4n3oknjhMstn64tZ_2W-5JsGY4Hc5n9yBXArwl93lqt7_RN5w6Cf0h4QyQ5v-65YGjQR0_FDW2QvzqY368QQMicAtaSqzs8KJZgnYb9c7d0zgdAZHzu6qMQvRL5hajrn1n91CbOpbISD08qNLyrdkt-bFTWhAI4vMQFh6WeZu0fM4lFd2NcRwr3XPksINHaQ-G_xBniIqbw0Ls1jF44-csFCur-kEgU8awapJzKnqDKgw";
        let rsa = key(
            serde_json::json!({ "kty": "RSA", "n": n, "e": "AQAB", "alg": "RS256", "kid": "2011-04-29" }),
        );
        assert_eq!(
            token_hash(HASH, &rsa),
            "NzbLsXh8uDCcd-6MNwXF4W_7noWXFZAfHkxZsRGC9Xs"
        );
        let ec = key(
            serde_json::json!({ "kty": "EC", "x": "l8tFrhx-34tV3hRICRDY9zCkDlpBhF42UQUfWVAWBFs", "y": "9VE4jf_Ok_o64zbTTlcuNJajHmt6v9TDVrU0CdvGRDA", "crv": "P-256" }),
        );
        assert_eq!(
            token_hash(HASH, &ec),
            "0ZcOCORZNYy-DWpqq30jZyJGHTN0d2HglBV3uiguA4I"
        );
    }
}
