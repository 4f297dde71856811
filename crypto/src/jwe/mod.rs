//! Decrypting a compact JWE (RFC 7516 §5.2) with the recipient's key: read the header
//! (`authpick_core::token::jose::jwe`), get the content key (`unwrap`), then authenticate, decrypt
//! and inflate the content (`content`). Every failure is a `DecryptError` the page shows as it
//! is; nothing decrypted is kept.

mod content;
mod key;
mod unwrap;

use authpick_core::token::jose::base64url;
use authpick_core::token::jose::decode::{decode, Form};
use authpick_core::token::jose::jwe::{read_header, shown, DecryptError, Decrypted, KeyAlg};
use authpick_core::token::jose::key::KeyInput;

/// What decrypting found: the plaintext, which key opened it (in words), and what the page
/// needs to show it (`authpick_core::token::jose::jwe::shown`).
#[derive(Debug)]
pub struct Unsealed {
    pub plaintext: Vec<u8>,
    pub key: String,
    pub alg: KeyAlg,
    pub cty: Option<String>,
}

impl Unsealed {
    pub fn shown(self) -> Decrypted {
        shown(self.alg, self.cty.as_deref(), self.plaintext, &self.key)
    }
}

/// Decrypts `token` with `key`: with a key set, each key that suits it in turn.
pub fn decrypt(token: &str, key: &KeyInput) -> Result<Unsealed, DecryptError> {
    let token = token.trim();
    let d = decode(token).map_err(|_| DecryptError::NotJwe)?;
    if d.form != Form::Jwe {
        return Err(DecryptError::NotJwe);
    }
    let h = d.header.as_ref().map_err(|_| DecryptError::NotJwe)?;
    let header = read_header(h).map_err(DecryptError::Header)?;
    let part = |i: usize, name: &'static str| {
        base64url::decode(&d.parts[i])
            .map(|(b, _)| b)
            .map_err(|_| DecryptError::Segment(name))
    };
    let encrypted_key = part(1, "encrypted key")?;
    let iv = part(2, "initialisation vector")?;
    let ciphertext = part(3, "ciphertext")?;
    let tag = part(4, "authentication tag")?;
    let sealed = content::Sealed {
        aad: d.parts[0].as_bytes(),
        iv: &iv,
        ciphertext: &ciphertext,
        tag: &tag,
    };
    let need = header.alg.needs(header.enc);
    let mut last = DecryptError::NoKeyInSet;
    for (recipient, what) in key::candidates(key, need, header.kid.as_deref())? {
        let opened = unwrap::content_key(header.alg, header.enc, h, &recipient, &encrypted_key)
            .and_then(|cek| content::open(header.enc, &cek, &sealed, header.zip));
        match opened {
            Ok(plaintext) => {
                return Ok(Unsealed {
                    plaintext,
                    key: what,
                    alg: header.alg,
                    cty: h.get("cty").and_then(|c| c.as_str()).map(str::to_string),
                })
            }
            Err(e) => last = e,
        }
    }
    Err(last)
}

/// A header parameter the algorithm needs is missing or malformed (the header's `what`).
fn malformed(what: &'static str) -> DecryptError {
    DecryptError::Header(authpick_core::token::jose::jwe::HeaderError::Missing(what))
}
