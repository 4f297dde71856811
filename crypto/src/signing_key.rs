//! A private key as the workbench signs with it. jsonwebtoken signs HMAC, RSA, P-256, P-384
//! and Ed25519; ES512 (P-521 with SHA-512, RFC 7518 §3.4) and ML-DSA (FIPS 204, deterministic,
//! empty context, RFC 9964 §3) are signed with RustCrypto's `p521` and `ml-dsa` directly.

use authpick_core::token::jose::alg::{Alg, KeyKind};
use authpick_core::token::jose::base64url;
use jsonwebtoken::{crypto, EncodingKey};
use ml_dsa::{MlDsa44, MlDsa65, MlDsa87, MlDsaParams, Seed};

use super::alg::library;

/// A key ready to sign with.
pub enum SigningKey {
    Library(EncodingKey),
    P384(Box<p384::ecdsa::SigningKey>),
    P521(Box<p521::ecdsa::SigningKey>),
    MlDsa44(Box<ml_dsa::SigningKey<MlDsa44>>),
    MlDsa65(Box<ml_dsa::SigningKey<MlDsa65>>),
    MlDsa87(Box<ml_dsa::SigningKey<MlDsa87>>),
}

impl SigningKey {
    /// A P-384 key from its private scalar `d` (48 bytes).
    pub fn p384(d: &[u8]) -> Option<SigningKey> {
        p384::ecdsa::SigningKey::from_slice(d)
            .ok()
            .map(|k| SigningKey::P384(Box::new(k)))
    }

    /// A P-521 key from its private scalar `d` (66 bytes).
    pub fn p521(d: &[u8]) -> Option<SigningKey> {
        p521::ecdsa::SigningKey::from_slice(d)
            .ok()
            .map(|k| SigningKey::P521(Box::new(k)))
    }

    /// An ML-DSA key of `kind` from its 32-byte seed (FIPS 204 ML-DSA.KeyGen_internal), and
    /// the public key it makes.
    pub fn ml_dsa(kind: KeyKind, seed: &[u8]) -> Option<(SigningKey, Vec<u8>)> {
        let seed = Seed::try_from(seed).ok()?;
        fn make<P: MlDsaParams>(seed: &Seed) -> (Box<ml_dsa::SigningKey<P>>, Vec<u8>) {
            let key = ml_dsa::SigningKey::<P>::from_seed(seed);
            let public = ml_dsa::signature::Keypair::verifying_key(&key)
                .encode()
                .to_vec();
            (Box::new(key), public)
        }
        Some(match kind {
            KeyKind::MlDsa44 => {
                let (k, p) = make::<MlDsa44>(&seed);
                (SigningKey::MlDsa44(k), p)
            }
            KeyKind::MlDsa65 => {
                let (k, p) = make::<MlDsa65>(&seed);
                (SigningKey::MlDsa65(k), p)
            }
            KeyKind::MlDsa87 => {
                let (k, p) = make::<MlDsa87>(&seed);
                (SigningKey::MlDsa87(k), p)
            }
            _ => return None,
        })
    }

    /// The signature over `message`, base64url as in a token; `Err` carries the library's
    /// words when the key does not fit `alg`.
    pub fn sign(&self, alg: Alg, message: &[u8]) -> Result<String, String> {
        use ml_dsa::signature::Signer;
        let bytes = match (self, alg) {
            (SigningKey::Library(key), _) => {
                let lib = library(alg).ok_or_else(|| wrong_key(alg))?;
                return crypto::sign(message, key, lib).map_err(|e| e.to_string());
            }
            (SigningKey::P384(key), Alg::Es384) => {
                let signature: p384::ecdsa::Signature =
                    p384::ecdsa::signature::Signer::try_sign(key.as_ref(), message)
                        .map_err(|e| e.to_string())?;
                signature.to_bytes().to_vec()
            }
            (SigningKey::P521(key), Alg::Es512) => {
                let signature: p521::ecdsa::Signature =
                    p521::ecdsa::signature::Signer::try_sign(key.as_ref(), message)
                        .map_err(|e| e.to_string())?;
                signature.to_bytes().to_vec()
            }
            (SigningKey::MlDsa44(key), Alg::MlDsa44) => ml_dsa_bytes(key.try_sign(message))?,
            (SigningKey::MlDsa65(key), Alg::MlDsa65) => ml_dsa_bytes(key.try_sign(message))?,
            (SigningKey::MlDsa87(key), Alg::MlDsa87) => ml_dsa_bytes(key.try_sign(message))?,
            _ => return Err(wrong_key(alg)),
        };
        Ok(base64url::encode(&bytes))
    }
}

/// A new ML-DSA key pair of `kind` from a 32-byte random seed the page drew: the private key
/// as PKCS#8 in RFC 9881's seed form (§6), the public one as SubjectPublicKeyInfo, both DER.
/// The seed comes from the page because WebCrypto makes no ML-DSA keys there.
pub fn ml_dsa_pair(kind: KeyKind, seed: &[u8]) -> Option<(Vec<u8>, Vec<u8>)> {
    use ml_dsa::pkcs8::{EncodePrivateKey, EncodePublicKey};
    let seed = Seed::try_from(seed).ok()?;
    fn der<P>(seed: &Seed) -> Option<(Vec<u8>, Vec<u8>)>
    where
        P: MlDsaParams
            + ml_dsa::pkcs8::spki::AssociatedAlgorithmIdentifier<
                Params = ml_dsa::pkcs8::der::AnyRef<'static>,
            >,
    {
        let key = ml_dsa::SigningKey::<P>::from_seed(seed);
        let private = key.to_pkcs8_der().ok()?.as_bytes().to_vec();
        let public = ml_dsa::signature::Keypair::verifying_key(&key)
            .to_public_key_der()
            .ok()?
            .into_vec();
        Some((private, public))
    }
    match kind {
        KeyKind::MlDsa44 => der::<MlDsa44>(&seed),
        KeyKind::MlDsa65 => der::<MlDsa65>(&seed),
        KeyKind::MlDsa87 => der::<MlDsa87>(&seed),
        _ => None,
    }
}

fn ml_dsa_bytes<P: MlDsaParams>(
    signature: Result<ml_dsa::Signature<P>, ml_dsa::Error>,
) -> Result<Vec<u8>, String> {
    signature
        .map(|s| s.encode().to_vec())
        .map_err(|e| e.to_string())
}

fn wrong_key(alg: Alg) -> String {
    format!("the key is not {}", alg.key().signing_key())
}
