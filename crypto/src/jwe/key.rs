//! The recipient's key as the user gives it: a shared secret or password (text, base64,
//! base64url or hex), or a private key as a JWK, a JWKS (chosen by the header's `kid`) or PEM
//! (PKCS#8, PKCS#1 or SEC 1). Shapes are checked first (`key_shape`), as for verification.

use authpick_core::token::jose::base64url;
use authpick_core::token::jose::jwe::{DecryptError, KeyNeed};
use authpick_core::token::jose::key::{secret_bytes, KeyInput, MAX_RSA_BYTES};
use rsa::pkcs1::DecodeRsaPrivateKey;
use rsa::{BigUint, RsaPrivateKey};
use serde_json::{Map, Value};

use crate::key_shape;

/// A key that decrypts.
pub enum Recipient {
    Symmetric(Vec<u8>),
    Rsa(Box<RsaPrivateKey>),
    Ec(EcKey),
}

/// An EC private key for ECDH-ES.
pub enum EcKey {
    P256(p256::SecretKey),
    P384(p384::SecretKey),
    P521(p521::SecretKey),
}

impl EcKey {
    pub fn curve(&self) -> &'static str {
        match self {
            EcKey::P256(_) => "P-256",
            EcKey::P384(_) => "P-384",
            EcKey::P521(_) => "P-521",
        }
    }

    /// The length of a coordinate (and of Z) on the curve.
    pub fn field_bytes(&self) -> usize {
        match self {
            EcKey::P256(_) => 32,
            EcKey::P384(_) => 48,
            EcKey::P521(_) => 66,
        }
    }

    /// The shared secret Z with the uncompressed point `sec1`, or `None` if it is not on the
    /// curve.
    pub fn agree(&self, sec1: &[u8]) -> Option<Vec<u8>> {
        Some(match self {
            EcKey::P256(k) => {
                let p = p256::PublicKey::from_sec1_bytes(sec1).ok()?;
                p256::ecdh::diffie_hellman(k.to_nonzero_scalar(), p.as_affine())
                    .raw_secret_bytes()
                    .to_vec()
            }
            EcKey::P384(k) => {
                let p = p384::PublicKey::from_sec1_bytes(sec1).ok()?;
                p384::ecdh::diffie_hellman(k.to_nonzero_scalar(), p.as_affine())
                    .raw_secret_bytes()
                    .to_vec()
            }
            EcKey::P521(k) => {
                let p = p521::PublicKey::from_sec1_bytes(sec1).ok()?;
                p521::ecdh::diffie_hellman(k.to_nonzero_scalar(), p.as_affine())
                    .raw_secret_bytes()
                    .to_vec()
            }
        })
    }
}

/// The keys to try, each with the words that say which it was: one, or the suitable keys of a
/// set (by `kid` when the token names one).
pub fn candidates(
    key: &KeyInput,
    need: KeyNeed,
    kid: Option<&str>,
) -> Result<Vec<(Recipient, String)>, DecryptError> {
    let text = match key {
        KeyInput::Secret { text, encoding } => {
            let bytes = secret_bytes(text, *encoding)
                .map_err(|e| DecryptError::UnreadableKey(e.to_string()))?;
            let what = if need == KeyNeed::Password {
                "the password".to_string()
            } else {
                format!("the shared secret ({} bytes)", bytes.len())
            };
            return Ok(vec![(Recipient::Symmetric(bytes), what)]);
        }
        KeyInput::Public(text) => text.trim(),
    };
    key_shape::text(text).map_err(|e| DecryptError::UnreadableKey(e.to_string()))?;
    if text.starts_with('{') {
        let value: Value = serde_json::from_str(text)
            .map_err(|e| DecryptError::UnreadableKey(format!("it is not JSON ({e})")))?;
        let Value::Object(object) = value else {
            return Err(DecryptError::UnreadableKey(
                "it is not a JSON object".into(),
            ));
        };
        if let Some(keys) = object.get("keys") {
            return from_set(keys, need, kid);
        }
        let key = from_jwk(&object)?;
        return Ok(vec![(key, "the JWK".to_string())]);
    }
    Ok(vec![(from_pem(text)?, "the PEM private key".to_string())])
}

fn from_set(
    keys: &Value,
    need: KeyNeed,
    kid: Option<&str>,
) -> Result<Vec<(Recipient, String)>, DecryptError> {
    let keys = keys
        .as_array()
        .ok_or_else(|| DecryptError::UnreadableKey("keys is not an array".into()))?;
    key_shape::jwks(keys.len()).map_err(|e| DecryptError::UnreadableKey(e.to_string()))?;
    let kty = match need {
        KeyNeed::RsaPrivate => "RSA",
        KeyNeed::EcPrivate => "EC",
        KeyNeed::Symmetric(_) | KeyNeed::Password => "oct",
    };
    let mut found = Vec::new();
    for (i, k) in keys.iter().enumerate() {
        let Some(k) = k.as_object() else { continue };
        let this_kid = k.get("kid").and_then(Value::as_str);
        let suits = match kid {
            Some(kid) => this_kid == Some(kid),
            None => k.get("kty").and_then(Value::as_str) == Some(kty),
        };
        if suits {
            let what = match this_kid {
                Some(kid) => format!("the set's key with kid {kid}"),
                None => format!("the set's key number {}", i + 1),
            };
            found.push((from_jwk(k)?, what));
        }
    }
    if found.is_empty() {
        return Err(DecryptError::NoKeyInSet);
    }
    Ok(found)
}

fn member(jwk: &Map<String, Value>, name: &str) -> Result<Vec<u8>, DecryptError> {
    let text = jwk.get(name).and_then(Value::as_str).ok_or_else(|| {
        DecryptError::UnreadableKey(format!("the JWK has no {name} (as a string)"))
    })?;
    base64url::decode(text)
        .map(|(b, _)| b)
        .map_err(|_| DecryptError::UnreadableKey(format!("the JWK's {name} is not base64url")))
}

fn from_jwk(jwk: &Map<String, Value>) -> Result<Recipient, DecryptError> {
    match jwk.get("kty").and_then(Value::as_str) {
        Some("oct") => Ok(Recipient::Symmetric(member(jwk, "k")?)),
        Some("RSA") => {
            let number = |name: &str| -> Result<BigUint, DecryptError> {
                let b = member(jwk, name)?;
                if b.len() > MAX_RSA_BYTES {
                    return Err(DecryptError::UnreadableKey(format!(
                        "the JWK's {name} is too long"
                    )));
                }
                Ok(BigUint::from_bytes_be(&b))
            };
            if !jwk.contains_key("d") {
                return Err(public_only());
            }
            let primes = match (jwk.get("p"), jwk.get("q")) {
                (Some(_), Some(_)) => vec![number("p")?, number("q")?],
                _ => Vec::new(),
            };
            let key =
                RsaPrivateKey::from_components(number("n")?, number("e")?, number("d")?, primes)
                    .map_err(|e| {
                        DecryptError::UnreadableKey(format!("it is not an RSA key ({e})"))
                    })?;
            key.validate().map_err(|e| {
                DecryptError::UnreadableKey(format!("it is not a consistent RSA key ({e})"))
            })?;
            Ok(Recipient::Rsa(Box::new(key)))
        }
        Some("EC") => {
            if !jwk.contains_key("d") {
                return Err(public_only());
            }
            let d = member(jwk, "d")?;
            let bad =
                || DecryptError::UnreadableKey("its d is not a private key on its curve".into());
            Ok(Recipient::Ec(
                match jwk.get("crv").and_then(Value::as_str) {
                    Some("P-256") => {
                        EcKey::P256(p256::SecretKey::from_slice(&d).map_err(|_| bad())?)
                    }
                    Some("P-384") => {
                        EcKey::P384(p384::SecretKey::from_slice(&d).map_err(|_| bad())?)
                    }
                    Some("P-521") => {
                        EcKey::P521(p521::SecretKey::from_slice(&d).map_err(|_| bad())?)
                    }
                    _ => {
                        return Err(DecryptError::UnreadableKey(
                            "its curve is not P-256, P-384 or P-521".into(),
                        ))
                    }
                },
            ))
        }
        Some(other) => Err(DecryptError::UnreadableKey(format!(
            "kty {other} does not decrypt here (oct, RSA and EC do)"
        ))),
        None => Err(DecryptError::UnreadableKey("the JWK has no kty".into())),
    }
}

fn public_only() -> DecryptError {
    DecryptError::UnreadableKey(
        "it is a public key: decrypting needs the recipient's private key (with d)".into(),
    )
}

fn from_pem(text: &str) -> Result<Recipient, DecryptError> {
    let armour = authpick_core::token::jose::pem_armour::read(text).ok_or_else(|| {
        DecryptError::UnreadableKey("it is neither a JWK, a JWKS nor a PEM block".into())
    })?;
    key_shape::pem(&armour.text).map_err(|e| DecryptError::UnreadableKey(e.to_string()))?;
    let der = key_shape::pem_der(&armour.text)
        .ok_or_else(|| DecryptError::UnreadableKey("its body is not base64".into()))?;
    let unreadable =
        |what: &str| DecryptError::UnreadableKey(format!("it is not a readable {what}"));
    match armour.label.to_ascii_uppercase().as_str() {
        "RSA PRIVATE KEY" => RsaPrivateKey::from_pkcs1_der(&der)
            .map(|k| Recipient::Rsa(Box::new(k)))
            .map_err(|_| unreadable("PKCS#1 RSA private key")),
        "EC PRIVATE KEY" => p256::SecretKey::from_sec1_der(&der)
            .map(|k| Recipient::Ec(EcKey::P256(k)))
            .or_else(|_| {
                p384::SecretKey::from_sec1_der(&der).map(|k| Recipient::Ec(EcKey::P384(k)))
            })
            .or_else(|_| {
                p521::SecretKey::from_sec1_der(&der).map(|k| Recipient::Ec(EcKey::P521(k)))
            })
            .map_err(|_| unreadable("SEC 1 EC private key on P-256, P-384 or P-521")),
        "PRIVATE KEY" => {
            use p256::pkcs8::DecodePrivateKey as _;
            if let Ok(k) = RsaPrivateKey::from_pkcs8_der(&der) {
                return Ok(Recipient::Rsa(Box::new(k)));
            }
            if let Ok(k) = p256::SecretKey::from_pkcs8_der(&der) {
                return Ok(Recipient::Ec(EcKey::P256(k)));
            }
            {
                use p384::pkcs8::DecodePrivateKey as _;
                if let Ok(k) = p384::SecretKey::from_pkcs8_der(&der) {
                    return Ok(Recipient::Ec(EcKey::P384(k)));
                }
                if let Ok(k) = p521::SecretKey::from_pkcs8_der(&der) {
                    return Ok(Recipient::Ec(EcKey::P521(k)));
                }
            }
            Err(unreadable(
                "PKCS#8 RSA or EC (P-256, P-384, P-521) private key",
            ))
        }
        "PUBLIC KEY" | "RSA PUBLIC KEY" | "CERTIFICATE" => Err(public_only()),
        other => Err(DecryptError::UnreadableKey(format!(
            "a PEM {other} is not a private key this page reads"
        ))),
    }
}
