//! The key a user gives the inspector, as the page holds it and the crypto worker receives it:
//! a shared secret written as text, base64, base64url or hex, or a public key as PEM, JWK or JWKS.
//! Reading a secret's bytes needs no cryptography, so it is here; using them is the worker's.

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::token::jose::base64url::{self, Base64Error};

/// How a typed secret is to be read.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum SecretEncoding {
    /// The text's own bytes (UTF-8), as typed.
    Text,
    /// Standard base64, with `+` and `/`.
    Base64,
    /// Base64url, with `-` and `_`.
    Base64Url,
    /// Two hexadecimal digits per byte, as `openssl rand -hex 32` writes a secret.
    Hex,
}

impl SecretEncoding {
    /// Every encoding, in the order the page offers them.
    pub const ALL: [SecretEncoding; 4] = [
        SecretEncoding::Text,
        SecretEncoding::Base64,
        SecretEncoding::Base64Url,
        SecretEncoding::Hex,
    ];

    /// The value of the page's select option.
    pub fn id(self) -> &'static str {
        match self {
            SecretEncoding::Text => "text",
            SecretEncoding::Base64 => "base64",
            SecretEncoding::Base64Url => "base64url",
            SecretEncoding::Hex => "hex",
        }
    }

    /// The encoding's name as the page shows it.
    pub fn label(self) -> &'static str {
        match self {
            SecretEncoding::Text => "Text",
            SecretEncoding::Base64 => "Base64",
            SecretEncoding::Base64Url => "Base64url",
            SecretEncoding::Hex => "Hex",
        }
    }

    /// The encoding a select option's value stands for.
    pub fn from_id(id: &str) -> Option<SecretEncoding> {
        SecretEncoding::ALL.into_iter().find(|e| e.id() == id)
    }
}

/// The key the user gave.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum KeyInput {
    /// A shared secret.
    Secret {
        /// The secret as typed.
        text: String,
        /// How it is to be read.
        encoding: SecretEncoding,
    },
    /// PEM, JWK or JWKS, told apart by their shape.
    Public(String),
}

/// A secret that is not what its encoding says.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SecretEncodingError {
    /// The encoding it was read in.
    pub encoding: SecretEncoding,
    /// What is wrong with it.
    pub problem: SecretProblem,
}

/// What is wrong with a secret's encoding.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SecretProblem {
    /// Not valid base64 or base64url.
    Base64(Base64Error),
    /// Hex has two digits per byte.
    OddHexLength,
    /// Not a hexadecimal digit, at this character position (from 0).
    NotHex {
        /// The position, in characters from 0.
        at: usize,
        /// The character found there.
        found: char,
    },
}

impl fmt::Display for SecretEncodingError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let name = self.encoding.id();
        match &self.problem {
            SecretProblem::Base64(e) => write!(f, "The secret is not valid {name}: {e}."),
            SecretProblem::OddHexLength => f.write_str(
                "The secret is not valid hex: it has an odd number of digits (two per byte).",
            ),
            SecretProblem::NotHex { at, found } => write!(
                f,
                "The secret is not valid hex: “{found}” at position {} is not a hex digit.",
                at + 1
            ),
        }
    }
}

/// The longest key text read (PEM, JWK or JWKS): a 16,384-bit RSA certificate is about 5 KB,
/// a JWKS of a provider's keys a few KB.
pub const MAX_KEY_TEXT_BYTES: usize = 64 * 1024;
/// The longest RSA number read, from PEM or a JWK, to verify, sign or decrypt, in bytes: a
/// 16,384-bit modulus. Longer ones would only cost time.
pub const MAX_RSA_BYTES: usize = 2048;
/// The most keys of a JWKS tried; providers publish a handful.
pub const MAX_JWKS_KEYS: usize = 100;

/// A key whose shape no real key has, refused before any library reads it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ShapeProblem {
    /// Key text longer than `MAX_KEY_TEXT_BYTES`.
    TooLong {
        /// Its length in bytes.
        bytes: usize,
    },
    /// A JWKS of more than `MAX_JWKS_KEYS` keys.
    TooManyKeys {
        /// How many keys it has.
        count: usize,
    },
    /// The DER inside the PEM is damaged, or nested deeper than any key.
    Der,
    /// A JWK member of the wrong size: `expected` says what it should be.
    Member {
        /// The member's name.
        name: String,
        /// The size it must be, in words: "32 bytes", "at most 8 bytes".
        expected: &'static str,
        /// Its size in bytes.
        found: usize,
    },
}

impl fmt::Display for ShapeProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ShapeProblem::TooLong { bytes } => write!(
                f,
                "The key is {bytes} bytes long; no key is longer than {MAX_KEY_TEXT_BYTES}."
            ),
            ShapeProblem::TooManyKeys { count } => write!(
                f,
                "The JWKS has {count} keys; this page tries at most {MAX_JWKS_KEYS}. Paste the \
                 key the token names (its kid), or a shorter set."
            ),
            ShapeProblem::Der => f.write_str(
                "The PEM block's contents are damaged: its DER structure does not hold together \
                 (or is nested deeper than any key is).",
            ),
            ShapeProblem::Member {
                name,
                expected,
                found,
            } => write!(f, "“{name}” is {found} bytes; it must be {expected}."),
        }
    }
}

/// The secret's bytes as its encoding reads them.
pub fn secret_bytes(text: &str, encoding: SecretEncoding) -> Result<Vec<u8>, SecretEncodingError> {
    let fail = |problem| SecretEncodingError {
        encoding,
        problem: SecretProblem::Base64(problem),
    };
    match encoding {
        SecretEncoding::Text => Ok(text.as_bytes().to_vec()),
        SecretEncoding::Hex => {
            hex(text.trim()).map_err(|problem| SecretEncodingError { encoding, problem })
        }
        SecretEncoding::Base64Url => base64url::decode(text.trim()).map(|(b, _)| b).map_err(fail),
        SecretEncoding::Base64 => base64url::decode_standard(text.trim())
            .map(|(b, _)| b)
            .map_err(fail),
    }
}

/// Hex digits as bytes; upper and lower case alike.
fn hex(text: &str) -> Result<Vec<u8>, SecretProblem> {
    let digits: Vec<(usize, char)> = text.chars().enumerate().collect();
    if digits.len() % 2 == 1 {
        return Err(SecretProblem::OddHexLength);
    }
    let value = |(at, c): (usize, char)| {
        c.to_digit(16)
            .map(|d| d as u8)
            .ok_or(SecretProblem::NotHex { at, found: c })
    };
    digits
        .chunks(2)
        .map(|pair| Ok(value(pair[0])? << 4 | value(pair[1])?))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn secrets_read_in_every_encoding() {
        for (text, encoding) in [
            ("hello world", SecretEncoding::Text),
            ("aGVsbG8gd29ybGQ=", SecretEncoding::Base64),
            (" aGVsbG8gd29ybGQ ", SecretEncoding::Base64Url),
            ("68656C6c6f20776f726c64", SecretEncoding::Hex),
        ] {
            assert_eq!(
                secret_bytes(text, encoding).as_deref(),
                Ok(&b"hello world"[..])
            );
        }
        let bad = secret_bytes("a+b", SecretEncoding::Base64Url).unwrap_err();
        assert_eq!(bad.encoding, SecretEncoding::Base64Url);
        assert!(bad
            .to_string()
            .starts_with("The secret is not valid base64url: "));
        for e in SecretEncoding::ALL {
            assert_eq!(SecretEncoding::from_id(e.id()), Some(e));
        }
    }

    #[test]
    fn bad_hex_says_where() {
        let odd = secret_bytes("abc", SecretEncoding::Hex).unwrap_err();
        assert_eq!(odd.problem, SecretProblem::OddHexLength);
        let bad = secret_bytes("a0zz", SecretEncoding::Hex).unwrap_err();
        assert_eq!(
            bad.to_string(),
            "The secret is not valid hex: “z” at position 3 is not a hex digit."
        );
        assert_eq!(
            secret_bytes("é1", SecretEncoding::Hex).unwrap_err().problem,
            SecretProblem::NotHex { at: 0, found: 'é' },
            "counted in characters, not bytes"
        );
    }
}
