//! The JOSE signature vocabulary, once: every `alg` name this project knows, the kind of key it
//! needs, the length of its signatures, the shortest HMAC secret it allows, and which of them
//! the crypto worker verifies and signs. The verifier, the workbench, the findings, the page's
//! key fields and the calculator all ask here (a test in `authpick-crypto` holds `SUPPORTED` to
//! what its library implements).

/// Declares `Alg` and `Alg::ALL` from one list, so `ALL` cannot miss an algorithm.
macro_rules! algorithms {
    ($($(#[$doc:meta])* $alg:ident),* $(,)?) => {
        /// A JWS algorithm as a token's `alg` names it (RFC 7518, RFC 8037, RFC 8812, RFC 9864,
        /// RFC 9964). `none` is not one: an unsigned token has no algorithm (see `is_unsigned`).
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum Alg {
            $($(#[$doc])* $alg),*
        }

        impl Alg {
            /// Every algorithm, in declaration order.
            pub const ALL: &'static [Alg] = &[$(Alg::$alg),*];
        }
    };
}

algorithms! {
    /// HMAC with SHA-256.
    Hs256,
    /// HMAC with SHA-384.
    Hs384,
    /// HMAC with SHA-512.
    Hs512,
    /// RSASSA-PKCS1-v1_5 with SHA-256.
    Rs256,
    /// RSASSA-PKCS1-v1_5 with SHA-384.
    Rs384,
    /// RSASSA-PKCS1-v1_5 with SHA-512.
    Rs512,
    /// RSASSA-PSS with SHA-256.
    Ps256,
    /// RSASSA-PSS with SHA-384.
    Ps384,
    /// RSASSA-PSS with SHA-512.
    Ps512,
    /// ECDSA on P-256 with SHA-256.
    Es256,
    /// ECDSA on P-384 with SHA-384.
    Es384,
    /// ECDSA on P-521 with SHA-512.
    Es512,
    /// ECDSA on secp256k1 with SHA-256 (RFC 8812).
    Es256k,
    /// The polymorphic name RFC 9864 deprecates; here it always means Ed25519.
    EdDsa,
    /// EdDSA with Ed25519, by its fully-specified name (RFC 9864).
    Ed25519,
    /// EdDSA with Ed448 (RFC 9864).
    Ed448,
    /// ML-DSA with the ML-DSA-44 parameter set (RFC 9964).
    MlDsa44,
    /// ML-DSA with the ML-DSA-65 parameter set (RFC 9964).
    MlDsa65,
    /// ML-DSA with the ML-DSA-87 parameter set (RFC 9964).
    MlDsa87,
}

/// The smallest RSA key a JWS may be signed with, in bits (RFC 7518 §3.3: "a key of size 2048
/// bits or larger MUST be used"). An RSA signature is as long as the modulus, so a valid one
/// shorter than 256 bytes says the key is smaller.
pub const MIN_RSA_BITS: usize = 2048;

/// The kind of key an algorithm signs and verifies with.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum KeyKind {
    /// A shared secret (HMAC).
    Secret,
    /// An RSA key.
    Rsa,
    /// An EC key on P-256.
    P256,
    /// An EC key on P-384.
    P384,
    /// An EC key on P-521.
    P521,
    /// An EC key on secp256k1.
    Secp256k1,
    /// An Ed25519 key.
    Ed25519,
    /// An Ed448 key.
    Ed448,
    /// An ML-DSA-44 key.
    MlDsa44,
    /// An ML-DSA-65 key.
    MlDsa65,
    /// An ML-DSA-87 key.
    MlDsa87,
}

impl Alg {
    /// What the crypto worker verifies and signs, in the workbench's order.
    pub const SUPPORTED: [Alg; 17] = [
        Alg::Hs256,
        Alg::Hs384,
        Alg::Hs512,
        Alg::Rs256,
        Alg::Rs384,
        Alg::Rs512,
        Alg::Ps256,
        Alg::Ps384,
        Alg::Ps512,
        Alg::Es256,
        Alg::Es384,
        Alg::Es512,
        Alg::EdDsa,
        Alg::Ed25519,
        Alg::MlDsa44,
        Alg::MlDsa65,
        Alg::MlDsa87,
    ];

    /// The name as a header writes it.
    pub fn name(self) -> &'static str {
        match self {
            Alg::Hs256 => "HS256",
            Alg::Hs384 => "HS384",
            Alg::Hs512 => "HS512",
            Alg::Rs256 => "RS256",
            Alg::Rs384 => "RS384",
            Alg::Rs512 => "RS512",
            Alg::Ps256 => "PS256",
            Alg::Ps384 => "PS384",
            Alg::Ps512 => "PS512",
            Alg::Es256 => "ES256",
            Alg::Es384 => "ES384",
            Alg::Es512 => "ES512",
            Alg::Es256k => "ES256K",
            Alg::EdDsa => "EdDSA",
            Alg::Ed25519 => "Ed25519",
            Alg::Ed448 => "Ed448",
            Alg::MlDsa44 => "ML-DSA-44",
            Alg::MlDsa65 => "ML-DSA-65",
            Alg::MlDsa87 => "ML-DSA-87",
        }
    }

    /// The algorithm a header names; names are case-sensitive (RFC 7515 §4.1.1).
    pub fn from_name(name: &str) -> Option<Alg> {
        Alg::ALL.iter().copied().find(|a| a.name() == name)
    }

    /// The kind of key that signs and verifies with it.
    pub fn key(self) -> KeyKind {
        match self {
            Alg::Hs256 | Alg::Hs384 | Alg::Hs512 => KeyKind::Secret,
            Alg::Rs256 | Alg::Rs384 | Alg::Rs512 | Alg::Ps256 | Alg::Ps384 | Alg::Ps512 => {
                KeyKind::Rsa
            }
            Alg::Es256 => KeyKind::P256,
            Alg::Es384 => KeyKind::P384,
            Alg::Es512 => KeyKind::P521,
            Alg::Es256k => KeyKind::Secp256k1,
            Alg::EdDsa | Alg::Ed25519 => KeyKind::Ed25519,
            Alg::Ed448 => KeyKind::Ed448,
            Alg::MlDsa44 => KeyKind::MlDsa44,
            Alg::MlDsa65 => KeyKind::MlDsa65,
            Alg::MlDsa87 => KeyKind::MlDsa87,
        }
    }

    /// Whether it is HMAC, with a shared secret.
    pub fn is_hmac(self) -> bool {
        self.key() == KeyKind::Secret
    }

    /// Whether it is ECDSA, whose signature is r and s side by side.
    pub fn is_ecdsa(self) -> bool {
        matches!(self, Alg::Es256 | Alg::Es384 | Alg::Es512 | Alg::Es256k)
    }

    /// Whether the crypto worker verifies and signs with it (it is in `SUPPORTED`).
    pub fn is_supported(self) -> bool {
        Alg::SUPPORTED.contains(&self)
    }

    /// The shortest HMAC secret the algorithm allows, in bytes: the hash's output size
    /// (RFC 7518 §3.2). `None` for the public-key algorithms.
    pub fn min_secret_bytes(self) -> Option<usize> {
        match self {
            Alg::Hs256 => Some(32),
            Alg::Hs384 => Some(48),
            Alg::Hs512 => Some(64),
            _ => None,
        }
    }

    /// The signature's length in bytes, where the algorithm fixes it: RSA signatures are as
    /// long as the key's modulus, so they have none here. ECDSA's is r and s side by side
    /// (RFC 7518 §3.4); ML-DSA's from FIPS 204 (RFC 9964).
    pub fn signature_len(self) -> Option<usize> {
        match self {
            Alg::Hs256 => Some(32),
            Alg::Hs384 => Some(48),
            Alg::Hs512 => Some(64),
            Alg::Rs256 | Alg::Rs384 | Alg::Rs512 | Alg::Ps256 | Alg::Ps384 | Alg::Ps512 => None,
            Alg::Es256 | Alg::Es256k => Some(64),
            Alg::Es384 => Some(96),
            Alg::Es512 => Some(132),
            Alg::EdDsa | Alg::Ed25519 => Some(64),
            Alg::Ed448 => Some(114),
            Alg::MlDsa44 => Some(2420),
            Alg::MlDsa65 => Some(3309),
            Alg::MlDsa87 => Some(4627),
        }
    }
}

/// Whether `alg` says the token is unsigned: `none` in any spelling, since lenient libraries
/// have accepted "None" and "NONE" too (RFC 8725 §2.1).
pub fn is_unsigned(alg: &str) -> bool {
    alg.eq_ignore_ascii_case("none")
}

impl KeyKind {
    /// "RSA", "P-256", "ML-DSA-44": the kind's short name.
    pub fn name(self) -> &'static str {
        match self {
            KeyKind::Secret => "shared secret",
            KeyKind::Rsa => "RSA",
            KeyKind::P256 => "P-256",
            KeyKind::P384 => "P-384",
            KeyKind::P521 => "P-521",
            KeyKind::Secp256k1 => "secp256k1",
            KeyKind::Ed25519 => "Ed25519",
            KeyKind::Ed448 => "Ed448",
            KeyKind::MlDsa44 => "ML-DSA-44",
            KeyKind::MlDsa65 => "ML-DSA-65",
            KeyKind::MlDsa87 => "ML-DSA-87",
        }
    }

    /// "an RSA public key": what verifies a token of this kind.
    pub fn verifying_key(self) -> &'static str {
        match self {
            KeyKind::Secret => "a shared secret (HMAC)",
            KeyKind::Rsa => "an RSA public key",
            KeyKind::P256 => "an EC P-256 public key",
            KeyKind::P384 => "an EC P-384 public key",
            KeyKind::P521 => "an EC P-521 public key",
            KeyKind::Secp256k1 => "an EC secp256k1 public key",
            KeyKind::Ed25519 => "an Ed25519 public key",
            KeyKind::Ed448 => "an Ed448 public key",
            KeyKind::MlDsa44 => "an ML-DSA-44 public key",
            KeyKind::MlDsa65 => "an ML-DSA-65 public key",
            KeyKind::MlDsa87 => "an ML-DSA-87 public key",
        }
    }

    /// "an RSA private key": what signs a token of this kind.
    pub fn signing_key(self) -> &'static str {
        match self {
            KeyKind::Secret => "a shared secret",
            KeyKind::Rsa => "an RSA private key",
            KeyKind::P256 => "a P-256 private key",
            KeyKind::P384 => "a P-384 private key",
            KeyKind::P521 => "a P-521 private key",
            KeyKind::Secp256k1 => "a secp256k1 private key",
            KeyKind::Ed25519 => "an Ed25519 private key",
            KeyKind::Ed448 => "an Ed448 private key",
            KeyKind::MlDsa44 => "an ML-DSA-44 private key",
            KeyKind::MlDsa65 => "an ML-DSA-65 private key",
            KeyKind::MlDsa87 => "an ML-DSA-87 private key",
        }
    }

    /// "an RSA key", "a P-256 key": a key of this kind, whichever half.
    pub fn a_key(self) -> &'static str {
        match self {
            KeyKind::Secret => "a shared secret",
            KeyKind::Rsa => "an RSA key",
            KeyKind::P256 => "a P-256 key",
            KeyKind::P384 => "a P-384 key",
            KeyKind::P521 => "a P-521 key",
            KeyKind::Secp256k1 => "a secp256k1 key",
            KeyKind::Ed25519 => "an Ed25519 key",
            KeyKind::Ed448 => "an Ed448 key",
            KeyKind::MlDsa44 => "an ML-DSA-44 key",
            KeyKind::MlDsa65 => "an ML-DSA-65 key",
            KeyKind::MlDsa87 => "an ML-DSA-87 key",
        }
    }

    /// The label of the workbench's key field for this kind.
    pub fn signing_field_label(self) -> &'static str {
        match self {
            KeyKind::Secret => "Secret (as text)",
            KeyKind::Rsa => "RSA private key: PEM (PKCS#8 or PKCS#1) or JWK",
            KeyKind::P256 => "P-256 private key: PEM (PKCS#8) or JWK",
            KeyKind::P384 => "P-384 private key: PEM (PKCS#8) or JWK",
            KeyKind::P521 => "P-521 private key: PEM (PKCS#8) or JWK",
            KeyKind::Ed25519 => "Ed25519 private key: PEM (PKCS#8) or JWK",
            KeyKind::MlDsa44 => "ML-DSA-44 private key: PEM (PKCS#8 with its seed) or AKP JWK",
            KeyKind::MlDsa65 => "ML-DSA-65 private key: PEM (PKCS#8 with its seed) or AKP JWK",
            KeyKind::MlDsa87 => "ML-DSA-87 private key: PEM (PKCS#8 with its seed) or AKP JWK",
            _ => "Private key: PEM (PKCS#8) or JWK",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_name_reads_back_and_names_are_case_sensitive() {
        for &a in Alg::ALL {
            assert_eq!(Alg::from_name(a.name()), Some(a));
        }
        assert_eq!(Alg::from_name("hs256"), None);
        assert_eq!(Alg::from_name("none"), None);
        assert!(is_unsigned("none") && is_unsigned("NoNe") && !is_unsigned("nonce"));
    }

    #[test]
    fn hmac_secrets_are_at_least_as_long_as_the_hash() {
        for &a in Alg::ALL {
            assert_eq!(a.min_secret_bytes().is_some(), a.is_hmac(), "{a:?}");
            if let Some(min) = a.min_secret_bytes() {
                assert_eq!(Some(min), a.signature_len(), "{a:?}");
            }
        }
        assert_eq!(Alg::Hs384.min_secret_bytes(), Some(48));
    }

    #[test]
    fn only_rsa_signatures_have_no_fixed_length() {
        for &a in Alg::ALL {
            assert_eq!(
                a.signature_len().is_none(),
                a.key() == KeyKind::Rsa,
                "{a:?}"
            );
        }
        assert_eq!(Alg::Es512.signature_len(), Some(132));
    }

    #[test]
    fn supported_algorithms_are_known_and_listed_once() {
        for (i, a) in Alg::SUPPORTED.iter().enumerate() {
            assert!(Alg::ALL.contains(a));
            assert!(!Alg::SUPPORTED[i + 1..].contains(a), "{a:?} twice");
        }
        assert!(!Alg::Es256k.is_supported());
    }
}
