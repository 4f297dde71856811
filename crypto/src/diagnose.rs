//! Why a signature does not verify, found by trying locally what people usually get wrong:
//! the secret written in another encoding or copied with white space, and, for RSA, whether
//! the key made the signature at all. With an RSA public key the signature opens to the block
//! the signer padded (RFC 8017 §8.2.2 and §9.2 for PKCS#1 v1.5, §9.1.2 for PSS): a well-formed
//! block means the key signed other content (the token changed after signing), garbage means
//! another key signed it. HMAC, ECDSA and EdDSA cannot tell the two apart.

use authpick_core::token::jose::alg::Alg;
use authpick_core::token::jose::key::{secret_bytes, SecretEncoding};
use authpick_core::token::service::verification::Hint;
use rsa::traits::PublicKeyParts;
use rsa::{BigUint, RsaPublicKey};
use sha2::{Digest, Sha256, Sha384, Sha512};

/// The hint for a secret that did not verify: another encoding or the text without its white
/// space, if either verifies (`verifies` tries a secret's bytes).
pub fn secret(
    text: &str,
    encoding: SecretEncoding,
    verifies: impl Fn(&[u8]) -> bool,
) -> Option<Hint> {
    let trimmed = text.trim();
    if encoding == SecretEncoding::Text && trimmed != text && verifies(trimmed.as_bytes()) {
        return Some(Hint::SecretWhitespace);
    }
    SecretEncoding::ALL
        .into_iter()
        .filter(|e| *e != encoding)
        .find(|e| secret_bytes(text, *e).is_ok_and(|bytes| verifies(&bytes)))
        .map(Hint::SecretEncoding)
        .or(Some(Hint::WrongKeyOrChanged))
}

/// For an RSA algorithm: whether `key` made `signature` (over other content) or not.
pub fn rsa(alg: Alg, key: &RsaPublicKey, signature: &[u8]) -> Option<Hint> {
    let hash = Hash::of(alg)?;
    let n = key.n();
    let s = BigUint::from_bytes_be(signature);
    if signature.is_empty() || &s >= n {
        return Some(Hint::OtherSigner);
    }
    let m = s.modpow(key.e(), n).to_bytes_be();
    let mod_bits = n.bits();
    let well_formed = if alg.name().starts_with("RS") {
        pkcs1_v15_block(&m, n_len(mod_bits), hash)
    } else {
        pss_block(&m, mod_bits, hash)
    };
    Some(if well_formed {
        Hint::ChangedAfterSigning
    } else {
        Hint::OtherSigner
    })
}

fn n_len(bits: usize) -> usize {
    bits.div_ceil(8)
}

#[derive(Clone, Copy)]
enum Hash {
    Sha256,
    Sha384,
    Sha512,
}

impl Hash {
    fn of(alg: Alg) -> Option<Hash> {
        Some(match alg.name() {
            "RS256" | "PS256" => Hash::Sha256,
            "RS384" | "PS384" => Hash::Sha384,
            "RS512" | "PS512" => Hash::Sha512,
            _ => return None,
        })
    }

    fn len(self) -> usize {
        match self {
            Hash::Sha256 => 32,
            Hash::Sha384 => 48,
            Hash::Sha512 => 64,
        }
    }

    fn digest(self, parts: &[&[u8]]) -> Vec<u8> {
        fn run<D: Digest>(parts: &[&[u8]]) -> Vec<u8> {
            let mut d = D::new();
            for p in parts {
                d.update(p);
            }
            d.finalize().to_vec()
        }
        match self {
            Hash::Sha256 => run::<Sha256>(parts),
            Hash::Sha384 => run::<Sha384>(parts),
            Hash::Sha512 => run::<Sha512>(parts),
        }
    }

    /// The DER prefix of the DigestInfo that PKCS#1 v1.5 signs (RFC 8017 §9.2, note 1).
    fn digest_info(self) -> &'static [u8] {
        match self {
            Hash::Sha256 => &[
                0x30, 0x31, 0x30, 0x0d, 0x06, 0x09, 0x60, 0x86, 0x48, 0x01, 0x65, 0x03, 0x04, 0x02,
                0x01, 0x05, 0x00, 0x04, 0x20,
            ],
            Hash::Sha384 => &[
                0x30, 0x41, 0x30, 0x0d, 0x06, 0x09, 0x60, 0x86, 0x48, 0x01, 0x65, 0x03, 0x04, 0x02,
                0x02, 0x05, 0x00, 0x04, 0x30,
            ],
            Hash::Sha512 => &[
                0x30, 0x51, 0x30, 0x0d, 0x06, 0x09, 0x60, 0x86, 0x48, 0x01, 0x65, 0x03, 0x04, 0x02,
                0x03, 0x05, 0x00, 0x04, 0x40,
            ],
        }
    }
}

/// `m` (without its leading zero bytes) is `00 01 FF…FF 00 DigestInfo H` for this hash.
fn pkcs1_v15_block(m: &[u8], k: usize, hash: Hash) -> bool {
    let info = hash.digest_info();
    let t_len = info.len() + hash.len();
    // to_bytes_be drops the leading 00, so a block is k − 1 bytes starting with 01.
    if k < t_len + 11 || m.len() != k - 1 || m[0] != 0x01 {
        return false;
    }
    let ps_end = k - 1 - t_len - 1;
    m[1..ps_end].iter().all(|b| *b == 0xff) && m[ps_end] == 0 && m[ps_end + 1..].starts_with(info)
}

/// `m` is an EMSA-PSS block for this hash whose padding decodes (RFC 8017 §9.1.2 steps 4–10,
/// without step 12's comparison, which needs the content that was signed).
fn pss_block(m: &[u8], mod_bits: usize, hash: Hash) -> bool {
    let em_bits = mod_bits - 1;
    let em_len = em_bits.div_ceil(8);
    let h_len = hash.len();
    if em_len < 2 * h_len + 2 || m.len() > em_len {
        return false;
    }
    let mut em = vec![0u8; em_len - m.len()];
    em.extend_from_slice(m);
    if em[em_len - 1] != 0xbc {
        return false;
    }
    let (masked, rest) = em.split_at(em_len - h_len - 1);
    let h = &rest[..h_len];
    let unused = 8 * em_len - em_bits;
    if unused > 0 && masked[0] >> (8 - unused) != 0 {
        return false;
    }
    let mut db: Vec<u8> = masked
        .iter()
        .zip(mgf1(h, masked.len(), hash))
        .map(|(a, b)| a ^ b)
        .collect();
    if unused > 0 {
        db[0] &= 0xff >> unused;
    }
    // PS (zeros), then 01, then the salt (JOSE uses a salt as long as the hash, RFC 7518 §3.5,
    // but any length decodes).
    match db.iter().position(|b| *b != 0) {
        Some(i) => db[i] == 0x01,
        None => false,
    }
}

/// MGF1 (RFC 8017 §B.2.1).
fn mgf1(seed: &[u8], len: usize, hash: Hash) -> Vec<u8> {
    let mut out = Vec::with_capacity(len + hash.len());
    let mut counter: u32 = 0;
    while out.len() < len {
        out.extend(hash.digest(&[seed, &counter.to_be_bytes()]));
        counter = counter.wrapping_add(1);
    }
    out.truncate(len);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_secret_in_another_encoding_or_with_white_space_is_named() {
        let right = b"hello world".to_vec();
        let verifies = |b: &[u8]| b == right.as_slice();
        assert_eq!(
            secret("aGVsbG8gd29ybGQ=", SecretEncoding::Text, verifies),
            Some(Hint::SecretEncoding(SecretEncoding::Base64))
        );
        assert_eq!(
            secret("68656c6c6f20776f726c64", SecretEncoding::Text, verifies),
            Some(Hint::SecretEncoding(SecretEncoding::Hex))
        );
        assert_eq!(
            secret("hello world\n", SecretEncoding::Text, verifies),
            Some(Hint::SecretWhitespace)
        );
        assert_eq!(
            secret("hello world", SecretEncoding::Base64, verifies),
            Some(Hint::SecretEncoding(SecretEncoding::Text))
        );
        assert_eq!(
            secret("something else", SecretEncoding::Text, verifies),
            Some(Hint::WrongKeyOrChanged)
        );
    }
}
