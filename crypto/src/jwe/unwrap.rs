//! Key management (RFC 7518 §4): the content key from the encrypted key and the recipient's
//! key, for every `alg` in `authpick_core::token::jose::jwe::KeyAlg`.

use aes_gcm::aead::{Aead, KeyInit, Payload};
use aes_gcm::{Aes128Gcm, Aes256Gcm, Nonce};
use authpick_core::token::jose::base64url;
use authpick_core::token::jose::decode::JsonObject;
use authpick_core::token::jose::jwe::{pbes2_count, ContentEnc, DecryptError, KeyAlg, KeyNeed};
use rsa::{Oaep, Pkcs1v15Encrypt};
use serde_json::Value;
use sha2::{Digest, Sha256};

use super::key::{EcKey, Recipient};

/// The content key of a JWE whose header is `h`.
pub fn content_key(
    alg: KeyAlg,
    enc: ContentEnc,
    h: &JsonObject,
    key: &Recipient,
    encrypted_key: &[u8],
) -> Result<Vec<u8>, DecryptError> {
    // A key of another size than alg names is not the recipient's, even where the cipher
    // would take it (AES-256 for an A128KW token).
    if let (KeyNeed::Symmetric(n), Recipient::Symmetric(k)) = (alg.needs(enc), key) {
        if k.len() != n {
            return Err(DecryptError::WrongKey(format!(
                "{} needs a {n}-byte key; this one is {} bytes.",
                if alg == KeyAlg::Dir {
                    enc.name()
                } else {
                    alg.name()
                },
                k.len()
            )));
        }
    }
    match (alg, key) {
        (KeyAlg::Dir, Recipient::Symmetric(k)) => {
            if !encrypted_key.is_empty() {
                return Err(super::malformed(
                    "encrypted key must be empty with alg dir (RFC 7516 §5.2, step 10)",
                ));
            }
            Ok(k.clone())
        }
        (KeyAlg::A128Kw | KeyAlg::A256Kw, Recipient::Symmetric(k)) => aes_unwrap(k, encrypted_key),
        (KeyAlg::A128GcmKw | KeyAlg::A256GcmKw, Recipient::Symmetric(k)) => {
            gcm_unwrap(k, h, encrypted_key)
        }
        (KeyAlg::Pbes2Hs256A128Kw, Recipient::Symmetric(password)) => {
            let count = pbes2_count(h).map_err(DecryptError::Header)?;
            let p2s = bytes(h, "p2s")?;
            // RFC 7518 §4.8.1.1: at least eight bytes of salt.
            if p2s.len() < 8 {
                return Err(super::malformed(
                    "p2s is shorter than the 8 bytes RFC 7518 §4.8.1.1 requires",
                ));
            }
            // RFC 7518 §4.8.1.1: the salt is the alg's name, a zero byte, then p2s.
            let mut salt = alg.name().as_bytes().to_vec();
            salt.push(0);
            salt.extend_from_slice(&p2s);
            let mut kek = [0u8; 16];
            pbkdf2::pbkdf2_hmac::<Sha256>(password, &salt, count, &mut kek);
            aes_unwrap(&kek, encrypted_key)
        }
        (KeyAlg::RsaOaep, Recipient::Rsa(k)) => k
            .decrypt(Oaep::new::<sha1::Sha1>(), encrypted_key)
            .map_err(|_| DecryptError::Unwrap),
        (KeyAlg::RsaOaep256, Recipient::Rsa(k)) => k
            .decrypt(Oaep::new::<Sha256>(), encrypted_key)
            .map_err(|_| DecryptError::Unwrap),
        (KeyAlg::Rsa1_5, Recipient::Rsa(k)) => k
            .decrypt(Pkcs1v15Encrypt, encrypted_key)
            .map_err(|_| DecryptError::Unwrap),
        (KeyAlg::EcdhEs, Recipient::Ec(k)) => {
            if !encrypted_key.is_empty() {
                return Err(super::malformed(
                    "encrypted key must be empty with alg ECDH-ES (RFC 7516 §5.2, step 10)",
                ));
            }
            agree(k, h, enc.name(), enc.key_len())
        }
        (KeyAlg::EcdhEsA128Kw | KeyAlg::EcdhEsA256Kw, Recipient::Ec(k)) => {
            let len = if alg == KeyAlg::EcdhEsA128Kw { 16 } else { 32 };
            let kek = agree(k, h, alg.name(), len)?;
            aes_unwrap(&kek, encrypted_key)
        }
        _ => Err(DecryptError::WrongKey(wrong_key(alg, key))),
    }
}

fn wrong_key(alg: KeyAlg, key: &Recipient) -> String {
    let given = match key {
        Recipient::Symmetric(_) => "a shared secret",
        Recipient::Rsa(_) => "an RSA private key",
        Recipient::Ec(_) => "an EC private key",
    };
    let needed = match alg {
        KeyAlg::RsaOaep | KeyAlg::RsaOaep256 | KeyAlg::Rsa1_5 => {
            "an RSA private key (a JWK with d, or a PEM private key)"
        }
        KeyAlg::EcdhEs | KeyAlg::EcdhEsA128Kw | KeyAlg::EcdhEsA256Kw => {
            "an EC private key on the curve of the header's epk (a JWK with d, or a PEM private key)"
        }
        KeyAlg::Pbes2Hs256A128Kw => "a password",
        _ => "a shared secret",
    };
    format!("{} needs {needed}; this is {given}.", alg.name())
}

/// A base64url header parameter's bytes.
fn bytes(h: &JsonObject, name: &'static str) -> Result<Vec<u8>, DecryptError> {
    let text = h
        .get(name)
        .and_then(Value::as_str)
        .ok_or(super::malformed(missing(name)))?;
    base64url::decode(text)
        .map(|(b, _)| b)
        .map_err(|_| super::malformed(missing(name)))
}

fn missing(name: &str) -> &'static str {
    match name {
        "p2s" => "p2s is missing or not base64url",
        "iv" => "iv is missing or not base64url",
        "tag" => "tag is missing or not base64url",
        "apu" => "apu is not base64url",
        "apv" => "apv is not base64url",
        _ => "epk is missing or not an EC public key",
    }
}

/// AES Key Wrap (RFC 3394), with a 128- or 256-bit key.
fn aes_unwrap(kek: &[u8], wrapped: &[u8]) -> Result<Vec<u8>, DecryptError> {
    let unwrapped = match kek.len() {
        16 => aes_kw::KekAes128::try_from(kek).map(|k| k.unwrap_vec(wrapped)),
        32 => aes_kw::KekAes256::try_from(kek).map(|k| k.unwrap_vec(wrapped)),
        found => {
            return Err(DecryptError::WrongKey(format!(
                "AES key wrap needs a 16- or 32-byte key (as alg says); this one is {found} bytes."
            )))
        }
    };
    unwrapped
        .map_err(|_| DecryptError::Unwrap)?
        .map_err(|_| DecryptError::Unwrap)
}

/// AES-GCM key wrap (RFC 7518 §4.7): the header's `iv` and `tag`, no additional data.
fn gcm_unwrap(kek: &[u8], h: &JsonObject, wrapped: &[u8]) -> Result<Vec<u8>, DecryptError> {
    let iv = bytes(h, "iv")?;
    let tag = bytes(h, "tag")?;
    if iv.len() != 12 || tag.len() != 16 {
        return Err(super::malformed(
            "iv or tag has the wrong length for AES-GCM key wrap",
        ));
    }
    let mut msg = wrapped.to_vec();
    msg.extend_from_slice(&tag);
    let payload = Payload {
        msg: &msg,
        aad: &[],
    };
    let nonce = Nonce::from_slice(&iv);
    match kek.len() {
        16 => Aes128Gcm::new_from_slice(kek).map(|c| c.decrypt(nonce, payload)),
        32 => Aes256Gcm::new_from_slice(kek).map(|c| c.decrypt(nonce, payload)),
        _ => {
            return Err(DecryptError::WrongKey(
                "AES-GCM key wrap needs a 16- or 32-byte key.".into(),
            ))
        }
    }
    .map_err(|_| DecryptError::Unwrap)?
    .map_err(|_| DecryptError::Unwrap)
}

/// ECDH-ES (RFC 7518 §4.6): the shared secret with the header's `epk`, through the Concat KDF
/// (NIST SP 800-56A §5.8.1) with SHA-256, for `len` bytes of key named `algorithm_id`.
fn agree(
    k: &EcKey,
    h: &JsonObject,
    algorithm_id: &str,
    len: usize,
) -> Result<Vec<u8>, DecryptError> {
    let epk = h
        .get("epk")
        .and_then(Value::as_object)
        .ok_or(super::malformed(missing("epk")))?;
    let coordinate = |name: &str| {
        epk.get(name)
            .and_then(Value::as_str)
            .and_then(|t| base64url::decode(t).ok())
            .map(|(b, _)| b)
            .ok_or(super::malformed(missing("epk")))
    };
    if epk.get("kty").and_then(Value::as_str) != Some("EC") {
        return Err(super::malformed(
            "epk is not an EC key (only the NIST curves are decrypted here)",
        ));
    }
    let curve = epk.get("crv").and_then(Value::as_str).unwrap_or("(none)");
    if curve != k.curve() {
        return Err(DecryptError::WrongKey(format!(
            "The token's epk is on {curve}, but your key is on {}: it is not the recipient's key.",
            k.curve()
        )));
    }
    let (x, y) = (coordinate("x")?, coordinate("y")?);
    // Each coordinate the curve's size, so a short x and a long y cannot read as another point.
    if x.len() != k.field_bytes() || y.len() != k.field_bytes() {
        return Err(super::malformed(
            "epk has a coordinate of the wrong length for its curve",
        ));
    }
    let mut point = vec![4u8];
    point.extend(x);
    point.extend(y);
    let z = k
        .agree(&point)
        .ok_or(super::malformed("epk is not a point on its curve"))?;
    let optional = |name: &'static str| match h.get(name) {
        None => Ok(Vec::new()),
        Some(_) => bytes(h, name),
    };
    Ok(concat_kdf(
        &z,
        algorithm_id,
        &optional("apu")?,
        &optional("apv")?,
        len,
    ))
}

/// The Concat KDF as RFC 7518 §4.6.2 fills it in: AlgorithmID, PartyUInfo and PartyVInfo each
/// with a 32-bit length before them, then the key length in bits.
fn concat_kdf(z: &[u8], algorithm_id: &str, apu: &[u8], apv: &[u8], len: usize) -> Vec<u8> {
    let with_length = |out: &mut Vec<u8>, data: &[u8]| {
        out.extend_from_slice(&(data.len() as u32).to_be_bytes());
        out.extend_from_slice(data);
    };
    let mut other = Vec::new();
    with_length(&mut other, algorithm_id.as_bytes());
    with_length(&mut other, apu);
    with_length(&mut other, apv);
    other.extend_from_slice(&((len * 8) as u32).to_be_bytes());
    let mut out = Vec::with_capacity(len + 32);
    let mut counter: u32 = 1;
    while out.len() < len {
        let mut hash = Sha256::new();
        hash.update(counter.to_be_bytes());
        hash.update(z);
        hash.update(&other);
        out.extend_from_slice(&hash.finalize());
        counter += 1;
    }
    out.truncate(len);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// RFC 7518 Appendix C: ECDH-ES for A128GCM between Alice and Bob, from Z onwards.
    #[test]
    fn rfc_7518_appendix_c_concat_kdf() {
        let z: [u8; 32] = [
            158, 86, 217, 29, 129, 113, 53, 211, 114, 131, 66, 131, 191, 132, 38, 156, 251, 49,
            110, 163, 218, 128, 106, 72, 246, 218, 167, 121, 140, 254, 144, 196,
        ];
        let key = concat_kdf(&z, "A128GCM", b"Alice", b"Bob", 16);
        assert_eq!(base64url::encode(&key), "VqqN6vgjbSBcIijNcacQGg");
    }
}
