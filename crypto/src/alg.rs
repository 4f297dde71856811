//! The core's algorithm vocabulary as jsonwebtoken knows it, and which algorithms this crate
//! does itself (ES512, ML-DSA: `public_key`, `sign`). `Alg::SUPPORTED` in the core lists
//! what the two cover together: the test below keeps them in step.

use authpick_core::token::jose::alg::Alg;
use jsonwebtoken::Algorithm;

/// jsonwebtoken's algorithm for `alg`, if it implements it.
pub fn library(alg: Alg) -> Option<Algorithm> {
    Some(match alg {
        Alg::Hs256 => Algorithm::HS256,
        Alg::Hs384 => Algorithm::HS384,
        Alg::Hs512 => Algorithm::HS512,
        Alg::Rs256 => Algorithm::RS256,
        Alg::Rs384 => Algorithm::RS384,
        Alg::Rs512 => Algorithm::RS512,
        Alg::Ps256 => Algorithm::PS256,
        Alg::Ps384 => Algorithm::PS384,
        Alg::Ps512 => Algorithm::PS512,
        Alg::Es256 => Algorithm::ES256,
        // RFC 9864's fully specified name for what JOSE called EdDSA with Ed25519.
        Alg::EdDsa | Alg::Ed25519 => Algorithm::EdDSA,
        Alg::Es384
        | Alg::Es512
        | Alg::Es256k
        | Alg::Ed448
        | Alg::MlDsa44
        | Alg::MlDsa65
        | Alg::MlDsa87 => return None,
    })
}

/// The algorithms this crate verifies and signs with RustCrypto's `p384`, `p521` and `ml-dsa`
/// directly: jsonwebtoken lacks ES512 and ML-DSA, and its P-384 (an older `p384`) took 6 to 20
/// ms per verification in WebAssembly, over the 10 ms budget; `p384` 0.14 is about twice as
/// fast.
pub fn is_own(alg: Alg) -> bool {
    matches!(
        alg,
        Alg::Es384 | Alg::Es512 | Alg::MlDsa44 | Alg::MlDsa65 | Alg::MlDsa87
    )
}

/// Whether a token with this algorithm can be verified (and signed) here.
pub fn is_verified_here(alg: Alg) -> bool {
    library(alg).is_some() || is_own(alg)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_core_lists_exactly_what_the_library_implements() {
        for &a in Alg::ALL {
            assert_eq!(is_verified_here(a), a.is_supported(), "{a:?}");
            assert!(!(is_own(a) && library(a).is_some()), "{a:?} done twice");
        }
    }

    #[test]
    fn names_agree_with_the_library() {
        for a in Alg::SUPPORTED.into_iter().filter(|a| !is_own(*a)) {
            let lib = library(a).unwrap();
            if a != Alg::Ed25519 {
                assert_eq!(a.name().parse::<Algorithm>().ok(), Some(lib), "{a:?}");
            }
        }
    }
}
