//! A public key as the verifier uses it, read from PEM or a JWK, and the signature check for
//! every algorithm the page verifies. jsonwebtoken does RSA, P-256, P-384 and Ed25519; it has no
//! ES512 and no ML-DSA, so those are RustCrypto's `p521` (ECDSA with SHA-512, RFC 7518 §3.4)
//! and `ml-dsa` (FIPS 204 ML-DSA with an empty context, RFC 9964 §3) used directly, as is
//! `p384` for ES384 (jsonwebtoken's older one is too slow in WebAssembly). The kind of
//! key is read first (`spki`, a JWK's `kty` and `crv` or `alg`), so a key of the wrong type or
//! curve is named rather than tried.

use authpick_core::token::jose::alg::{Alg, KeyKind};
use authpick_core::token::jose::base64url;
use authpick_core::token::jose::key::ShapeProblem;
use jsonwebtoken::jwk::Jwk;
use jsonwebtoken::{crypto, DecodingKey};
use ml_dsa::{EncodedVerifyingKey, MlDsa44, MlDsa65, MlDsa87, MlDsaParams, VerifyingKey};
use serde_json::{Map, Value};

use super::alg::library;
use super::key_shape;

/// A key ready to verify with.
pub enum PublicKey {
    /// RSA, P-256, P-384, Ed25519: jsonwebtoken's.
    Library(DecodingKey),
    P384(p384::ecdsa::VerifyingKey),
    P521(p521::ecdsa::VerifyingKey),
    MlDsa44(Box<VerifyingKey<MlDsa44>>),
    MlDsa65(Box<VerifyingKey<MlDsa65>>),
    MlDsa87(Box<VerifyingKey<MlDsa87>>),
}

/// Why a signature could not be checked at all (as opposed to not verifying).
pub enum CheckError {
    /// The signature part is not base64url.
    SignatureNotBase64,
    /// The library refused the key or the algorithm, in its words.
    Refused(String),
}

impl PublicKey {
    /// Whether `signature` (base64url, as in the token) signs `message` under `alg`.
    pub fn verifies(&self, alg: Alg, message: &[u8], signature: &str) -> Result<bool, CheckError> {
        if let PublicKey::Library(key) = self {
            let lib = library(alg).ok_or_else(|| CheckError::Refused(wrong_key(alg)))?;
            return crypto::verify(signature, message, key, lib).map_err(|e| match e.kind() {
                jsonwebtoken::errors::ErrorKind::Base64(_) => CheckError::SignatureNotBase64,
                _ => CheckError::Refused(e.to_string()),
            });
        }
        let (sig, _) = base64url::decode(signature).map_err(|_| CheckError::SignatureNotBase64)?;
        Ok(match (self, alg) {
            (PublicKey::P384(key), Alg::Es384) => {
                use p384::ecdsa::signature::Verifier;
                p384::ecdsa::Signature::from_slice(&sig)
                    .is_ok_and(|s| key.verify(message, &s).is_ok())
            }
            (PublicKey::P521(key), Alg::Es512) => {
                use p521::ecdsa::signature::Verifier;
                // RFC 7518 §3.4: R and S side by side, 66 bytes each; anything else fails.
                p521::ecdsa::Signature::from_slice(&sig)
                    .is_ok_and(|s| key.verify(message, &s).is_ok())
            }
            (PublicKey::MlDsa44(key), Alg::MlDsa44) => ml_dsa_verifies(key, message, &sig),
            (PublicKey::MlDsa65(key), Alg::MlDsa65) => ml_dsa_verifies(key, message, &sig),
            (PublicKey::MlDsa87(key), Alg::MlDsa87) => ml_dsa_verifies(key, message, &sig),
            _ => return Err(CheckError::Refused(wrong_key(alg))),
        })
    }
}

fn wrong_key(alg: Alg) -> String {
    format!("it is not {}", alg.key().verifying_key())
}

/// RFC 9964 §3: pure ML-DSA over the JWS signing input, with the empty context string.
fn ml_dsa_verifies<P: MlDsaParams>(key: &VerifyingKey<P>, message: &[u8], sig: &[u8]) -> bool {
    ml_dsa::Signature::<P>::try_from(sig).is_ok_and(|s| key.verify_with_context(message, &[], &s))
}

fn ml_dsa_key<P: MlDsaParams>(bytes: &[u8]) -> Option<Box<VerifyingKey<P>>> {
    let encoded = EncodedVerifyingKey::<P>::try_from(bytes).ok()?;
    Some(Box::new(VerifyingKey::decode(&encoded)))
}

/// The key's length for an ML-DSA kind (FIPS 204 Table 2), for messages.
fn ml_dsa_len(kind: KeyKind) -> usize {
    match kind {
        KeyKind::MlDsa44 => 1312,
        KeyKind::MlDsa65 => 1952,
        _ => 2592,
    }
}

/// Why a PEM public key could not be read.
pub enum PemError {
    /// Its algorithm identifier names no kind of key this page knows.
    UnknownKind,
    /// The library's message, or ours.
    Unreadable(String),
}

/// Reads a public key PEM block (SubjectPublicKeyInfo, PKCS#1 or an X.509 certificate, in the
/// strict layout `pem_armour` writes): the kind of key it holds, and the key.
pub fn from_pem(text: &str, label: &str) -> Result<(KeyKind, PublicKey), PemError> {
    let der = key_shape::pem_der(text)
        .ok_or_else(|| PemError::Unreadable("its body is not base64".into()))?;
    if label.eq_ignore_ascii_case("rsa public key") {
        // PKCS#1's RSAPublicKey, which is what jsonwebtoken's RSA verifier reads.
        return Ok((
            KeyKind::Rsa,
            PublicKey::Library(DecodingKey::from_rsa_der(&der)),
        ));
    }
    let spki = super::spki::of(&der)
        .ok_or_else(|| PemError::Unreadable("it holds no public key".into()))?;
    let kind = super::spki::kind(spki).ok_or(PemError::UnknownKind)?;
    let key = from_spki(kind, spki)?;
    Ok((kind, key))
}

/// The key of a SubjectPublicKeyInfo (RFC 5280 §4.1.2.7) of a known `kind`, as the verifier
/// uses it. jsonwebtoken takes the key bytes inside the BIT STRING (PKCS#1 for RSA, the
/// point for P-256, the 32 bytes of Ed25519), which RustCrypto's `spki` reads here: its own
/// PEM reader would bring a second DER parser and a date library into the worker.
pub fn from_spki(kind: KeyKind, spki: &[u8]) -> Result<PublicKey, PemError> {
    let raw = || {
        super::spki::key_bytes(spki)
            .ok_or_else(|| PemError::Unreadable("its key is not a BIT STRING".into()))
    };
    Ok(match kind {
        KeyKind::Rsa => PublicKey::Library(DecodingKey::from_rsa_der(raw()?)),
        KeyKind::P256 => PublicKey::Library(DecodingKey::from_ec_der(raw()?)),
        KeyKind::P384 => p384::ecdsa::VerifyingKey::from_sec1_bytes(raw()?)
            .map(PublicKey::P384)
            .map_err(|_| PemError::Unreadable("it is not a point on P-384".into()))?,
        KeyKind::Ed25519 => PublicKey::Library(DecodingKey::from_ed_der(raw()?)),
        KeyKind::P521 => p521::ecdsa::VerifyingKey::from_sec1_bytes(raw()?)
            .map(PublicKey::P521)
            .map_err(|_| PemError::Unreadable("it is not a point on P-521".into()))?,
        KeyKind::MlDsa44 | KeyKind::MlDsa65 | KeyKind::MlDsa87 => {
            ml_dsa(kind, raw()?).map_err(|found| {
                PemError::Unreadable(format!(
                    "its key is {found} bytes, and {} keys are {}",
                    kind.name(),
                    ml_dsa_len(kind)
                ))
            })?
        }
        // Read, but verified by no algorithm here: the caller names the mismatch.
        KeyKind::Secret | KeyKind::Secp256k1 | KeyKind::Ed448 => {
            return Err(PemError::Unreadable(format!(
                "{} keys are not verified here",
                kind.name()
            )))
        }
    })
}

/// The kind of key a PEM block holds, without reading the key: for naming a mismatch.
pub fn pem_kind(text: &str, label: &str) -> Option<KeyKind> {
    if label.eq_ignore_ascii_case("rsa public key") {
        return Some(KeyKind::Rsa);
    }
    let der = key_shape::pem_der(text)?;
    super::spki::kind(super::spki::of(&der)?)
}

fn ml_dsa(kind: KeyKind, bytes: &[u8]) -> Result<PublicKey, usize> {
    let key = match kind {
        KeyKind::MlDsa44 => ml_dsa_key::<MlDsa44>(bytes).map(PublicKey::MlDsa44),
        KeyKind::MlDsa65 => ml_dsa_key::<MlDsa65>(bytes).map(PublicKey::MlDsa65),
        _ => ml_dsa_key::<MlDsa87>(bytes).map(PublicKey::MlDsa87),
    };
    key.ok_or(bytes.len())
}

/// One JWK as read from a key or a key set.
pub struct JwkRead {
    pub kid: Option<String>,
    /// The kind of key it holds; `None` for a type or curve nothing here verifies.
    pub kind: Option<KeyKind>,
    pub key: JwkKey,
}

/// A JWK's key material: jsonwebtoken's JWK for the kinds it verifies, the bytes for the rest.
pub enum JwkKey {
    Library(Box<Jwk>),
    /// P-384's or P-521's `x` and `y`.
    Ec {
        x: String,
        y: String,
    },
    /// An `AKP` key's `pub` (RFC 9964 §5).
    Akp {
        public: String,
    },
    /// A key of no kind verified here: nothing to read.
    Other,
}

/// Why a JWK cannot be used.
pub enum JwkError {
    /// The JWK is not valid, in serde's or our words.
    Invalid(String),
    Shape(ShapeProblem),
    /// The library could not use it.
    Unusable(String),
}

/// Reads one JWK (a JSON object) far enough to know its kind; the key is made by `key`.
pub fn read_jwk(value: Value) -> Result<JwkRead, JwkError> {
    let Value::Object(map) = value else {
        return Err(JwkError::Invalid("a JWK is a JSON object".into()));
    };
    let text =
        |m: &Map<String, Value>, name: &str| m.get(name).and_then(Value::as_str).map(str::to_owned);
    let kid = text(&map, "kid");
    let kty = text(&map, "kty").unwrap_or_default();
    let crv = text(&map, "crv");
    let required = |name: &str| {
        text(&map, name).ok_or_else(|| JwkError::Invalid(format!("missing field `{name}`")))
    };
    let (kind, key) = match (kty.as_str(), crv.as_deref()) {
        ("EC", Some(crv @ ("P-384" | "P-521"))) => (
            Some(if crv == "P-384" {
                KeyKind::P384
            } else {
                KeyKind::P521
            }),
            JwkKey::Ec {
                x: required("x")?,
                y: required("y")?,
            },
        ),
        ("EC", Some("secp256k1")) => (Some(KeyKind::Secp256k1), JwkKey::Other),
        ("OKP", Some("Ed448")) => (Some(KeyKind::Ed448), JwkKey::Other),
        // RFC 9964 §5: the parameter set is the JWK's required `alg`.
        ("AKP", _) => {
            let alg = required("alg")?;
            let kind = Alg::from_name(&alg)
                .map(Alg::key)
                .filter(|k| matches!(k, KeyKind::MlDsa44 | KeyKind::MlDsa65 | KeyKind::MlDsa87));
            (
                kind,
                JwkKey::Akp {
                    public: required("pub")?,
                },
            )
        }
        ("RSA" | "EC" | "OKP" | "oct", _) => {
            let jwk: Jwk = serde_json::from_value(Value::Object(map))
                .map_err(|e| JwkError::Invalid(e.to_string()))?;
            (library_kind(&jwk), JwkKey::Library(Box::new(jwk)))
        }
        _ => (None, JwkKey::Other),
    };
    Ok(JwkRead { kid, kind, key })
}

fn library_kind(jwk: &Jwk) -> Option<KeyKind> {
    use jsonwebtoken::jwk::{AlgorithmParameters, EllipticCurve};
    Some(match &jwk.algorithm {
        AlgorithmParameters::RSA(_) => KeyKind::Rsa,
        AlgorithmParameters::EllipticCurve(p) => match p.curve {
            // P-384 and P-521 are read by `read_jwk` itself.
            EllipticCurve::P256 => KeyKind::P256,
            _ => return None,
        },
        AlgorithmParameters::OctetKey(_) => KeyKind::Secret,
        AlgorithmParameters::OctetKeyPair(p) => match p.curve {
            EllipticCurve::Ed25519 => KeyKind::Ed25519,
            _ => return None,
        },
        _ => return None,
    })
}

impl JwkRead {
    /// The key, its members' sizes checked first.
    pub fn key(&self) -> Result<PublicKey, JwkError> {
        match (&self.key, self.kind) {
            (JwkKey::Library(jwk), _) => {
                key_shape::public_jwk(jwk).map_err(JwkError::Shape)?;
                DecodingKey::from_jwk(jwk)
                    .map(PublicKey::Library)
                    .map_err(|e| JwkError::Unusable(e.to_string()))
            }
            (JwkKey::Ec { x, y }, Some(kind)) => {
                let len = if kind == KeyKind::P384 { 48 } else { 66 };
                let mut sec1 = vec![0x04];
                sec1.extend(exact(x, "x", len)?);
                sec1.extend(exact(y, "y", len)?);
                let off_curve =
                    || JwkError::Unusable(format!("the point is not on {}", kind.name()));
                if kind == KeyKind::P384 {
                    p384::ecdsa::VerifyingKey::from_sec1_bytes(&sec1)
                        .map(PublicKey::P384)
                        .map_err(|_| off_curve())
                } else {
                    p521::ecdsa::VerifyingKey::from_sec1_bytes(&sec1)
                        .map(PublicKey::P521)
                        .map_err(|_| off_curve())
                }
            }
            (JwkKey::Akp { public }, Some(kind)) => {
                let bytes = exact(public, "pub", ml_dsa_len(kind))?;
                ml_dsa(kind, &bytes).map_err(|_| JwkError::Unusable("not an ML-DSA key".into()))
            }
            _ => Err(JwkError::Unusable("no algorithm here verifies it".into())),
        }
    }
}

fn exact(value: &str, name: &str, len: usize) -> Result<Vec<u8>, JwkError> {
    let (bytes, _) = base64url::decode(value)
        .map_err(|e| JwkError::Invalid(format!("`{name}` is not base64url: {e}")))?;
    if bytes.len() != len {
        return Err(JwkError::Shape(ShapeProblem::Member {
            name: name.to_string(),
            expected: match len {
                48 => "48 bytes for this curve",
                66 => "66 bytes for this curve",
                1312 => "1,312 bytes for ML-DSA-44",
                1952 => "1,952 bytes for ML-DSA-65",
                _ => "2,592 bytes for ML-DSA-87",
            },
            found: bytes.len(),
        }));
    }
    Ok(bytes)
}
