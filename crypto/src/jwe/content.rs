//! Content decryption (RFC 7518 §5): AES-GCM, and AES-CBC with HMAC-SHA-2 (§5.2.2.2: the MAC is
//! checked before anything is decrypted), then `zip: DEF` inflated under a cap.

use aes::cipher::{block_padding::Pkcs7, BlockDecryptMut, KeyIvInit};
use aes_gcm::aead::{Aead, KeyInit, Payload};
use aes_gcm::{Aes128Gcm, Aes256Gcm, Nonce};
use authpick_core::token::jose::jwe::{ContentEnc, DecryptError, Zip, INFLATED_MAX_BYTES};
use hmac::{Hmac, Mac};
use sha2::{Sha256, Sha512};

/// The parts content decryption reads.
pub struct Sealed<'a> {
    /// The protected header as it was sent: its ASCII is the additional authenticated data.
    pub aad: &'a [u8],
    pub iv: &'a [u8],
    pub ciphertext: &'a [u8],
    pub tag: &'a [u8],
}

/// The plaintext, authenticated and inflated.
pub fn open(
    enc: ContentEnc,
    cek: &[u8],
    sealed: &Sealed,
    zip: Zip,
) -> Result<Vec<u8>, DecryptError> {
    if cek.len() != enc.key_len() {
        return Err(DecryptError::ContentKeyLength {
            expected: enc.key_len(),
            found: cek.len(),
        });
    }
    let plain = match enc {
        ContentEnc::A128Gcm => gcm::<Aes128Gcm>(cek, sealed)?,
        ContentEnc::A256Gcm => gcm::<Aes256Gcm>(cek, sealed)?,
        ContentEnc::A128CbcHs256 => {
            cbc_hs::<Hmac<Sha256>, cbc::Decryptor<aes::Aes128>>(cek, sealed)?
        }
        ContentEnc::A256CbcHs512 => {
            cbc_hs::<Hmac<Sha512>, cbc::Decryptor<aes::Aes256>>(cek, sealed)?
        }
    };
    match zip {
        Zip::None => Ok(plain),
        Zip::Deflate => inflate(&plain),
    }
}

fn gcm<C: KeyInit + Aead>(key: &[u8], s: &Sealed) -> Result<Vec<u8>, DecryptError> {
    if s.iv.len() != 12 {
        return Err(super::malformed(
            "initialisation vector is not 96 bits, as AES-GCM needs",
        ));
    }
    if s.tag.len() != 16 {
        return Err(DecryptError::Tag);
    }
    let cipher = C::new_from_slice(key).map_err(|_| DecryptError::Unwrap)?;
    let mut msg = Vec::with_capacity(s.ciphertext.len() + 16);
    msg.extend_from_slice(s.ciphertext);
    msg.extend_from_slice(s.tag);
    cipher
        .decrypt(
            Nonce::from_slice(s.iv),
            Payload {
                msg: &msg,
                aad: s.aad,
            },
        )
        .map_err(|_| DecryptError::Tag)
}

/// RFC 7518 §5.2.2.2: MAC_KEY is the first half of the key, ENC_KEY the second; the tag is the
/// first half of HMAC(AAD || IV || ciphertext || AAD length in bits as 64 bits).
fn cbc_hs<M: Mac + KeyInit, D: KeyIvInit + BlockDecryptMut>(
    key: &[u8],
    s: &Sealed,
) -> Result<Vec<u8>, DecryptError> {
    let (mac_key, enc_key) = key.split_at(key.len() / 2);
    if s.iv.len() != 16 {
        return Err(super::malformed(
            "initialisation vector is not 128 bits, as AES-CBC needs",
        ));
    }
    let mut mac = <M as Mac>::new_from_slice(mac_key).map_err(|_| DecryptError::Unwrap)?;
    mac.update(s.aad);
    mac.update(s.iv);
    mac.update(s.ciphertext);
    mac.update(&((s.aad.len() as u64) * 8).to_be_bytes());
    if s.tag.len() != mac_key.len() {
        return Err(DecryptError::Tag);
    }
    mac.verify_truncated_left(s.tag)
        .map_err(|_| DecryptError::Tag)?;
    D::new_from_slices(enc_key, s.iv)
        .map_err(|_| DecryptError::Unwrap)?
        .decrypt_padded_vec_mut::<Pkcs7>(s.ciphertext)
        // Authentic yet badly padded: the sender's bug, but the key was right.
        .map_err(|_| DecryptError::Tag)
}

/// Raw DEFLATE (RFC 1951), as `zip: DEF` means (RFC 7516 §4.1.3), refused beyond the cap.
fn inflate(data: &[u8]) -> Result<Vec<u8>, DecryptError> {
    use miniz_oxide::inflate::{decompress_to_vec_with_limit, TINFLStatus};
    decompress_to_vec_with_limit(data, INFLATED_MAX_BYTES).map_err(|e| match e.status {
        TINFLStatus::HasMoreOutput => DecryptError::TooLargeInflated,
        _ => DecryptError::NotDeflate,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_decompression_bomb_is_refused() {
        let zeros = vec![0u8; INFLATED_MAX_BYTES + 1];
        let bomb = miniz_oxide::deflate::compress_to_vec(&zeros, 9);
        assert!(bomb.len() < 1000, "{} bytes", bomb.len());
        assert_eq!(inflate(&bomb), Err(DecryptError::TooLargeInflated));
        let fits = miniz_oxide::deflate::compress_to_vec(&zeros[1..], 9);
        assert_eq!(inflate(&fits).map(|v| v.len()), Ok(INFLATED_MAX_BYTES));
        assert_eq!(
            inflate(b"\xff\xff not deflate"),
            Err(DecryptError::NotDeflate)
        );
    }
}
