//! The hash that binds a token to an access token (`authpick_core::token::bound_token`):
//! base64url of the SHA-2 hash of the access token's ASCII text, or of its left half.

use authpick_core::token::base64url;
use authpick_core::token::bound_token::{Digest, HashOf};
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
}
