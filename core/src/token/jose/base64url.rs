//! A strict base64url decoder (RFC 7515 §2: URL-safe alphabet, no padding) that says where
//! input goes wrong, and notes what a lenient decoder would have let through (padding, line
//! breaks, non-zero trailing bits), because those are findings worth showing.

use std::fmt;

/// Why a part is not valid base64url.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Base64Error {
    /// A character outside the alphabet, at this character position (0-based).
    InvalidChar {
        /// The position, in characters from 0.
        at: usize,
        /// The character found there.
        found: char,
    },
    /// A length that no encoding produces (one character left over).
    BadLength {
        /// How many characters of the alphabet there are.
        len: usize,
    },
}

impl fmt::Display for Base64Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Base64Error::InvalidChar { at, found } => write!(
                f,
                "character {} is “{}”, which base64url does not use (only A–Z, a–z, 0–9, - and _)",
                at + 1,
                found.escape_default()
            ),
            Base64Error::BadLength { len } => {
                write!(
                    f,
                    "{len} characters cannot be base64url (one character too many or too few)"
                )
            }
        }
    }
}

/// What a lenient decoder accepted but a strict one would not.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Leniency {
    /// `=` padding at the end.
    pub padding: bool,
    /// White space or line breaks within it.
    pub whitespace: bool,
    /// The last character carries bits that do not belong to the data.
    pub trailing_bits: bool,
}

impl Leniency {
    /// Whether a strict decoder would have refused anything.
    pub fn any(&self) -> bool {
        self.padding || self.whitespace || self.trailing_bits
    }
}

fn value(c: u8) -> Option<u8> {
    match c {
        b'A'..=b'Z' => Some(c - b'A'),
        b'a'..=b'z' => Some(c - b'a' + 26),
        b'0'..=b'9' => Some(c - b'0' + 52),
        b'-' => Some(62),
        b'_' => Some(63),
        _ => None,
    }
}

/// Decodes `text`, tolerating (and reporting) `=` padding and white space.
pub fn decode(text: &str) -> Result<(Vec<u8>, Leniency), Base64Error> {
    let mut lenient = Leniency::default();
    let mut sextets = Vec::with_capacity(text.len());
    let mut padding_started = false;
    for (at, c) in text.chars().enumerate() {
        if c.is_ascii_whitespace() {
            lenient.whitespace = true;
            continue;
        }
        if c == '=' {
            lenient.padding = true;
            padding_started = true;
            continue;
        }
        let v = u8::try_from(c).ok().and_then(value);
        match v {
            Some(v) if !padding_started => sextets.push(v),
            _ => return Err(Base64Error::InvalidChar { at, found: c }),
        }
    }
    if sextets.len() % 4 == 1 {
        return Err(Base64Error::BadLength { len: sextets.len() });
    }
    let mut out = Vec::with_capacity(sextets.len() * 3 / 4);
    for chunk in sextets.chunks(4) {
        let n =
            chunk.iter().fold(0u32, |acc, v| (acc << 6) | u32::from(*v)) << (6 * (4 - chunk.len()));
        let bytes = [(n >> 16) as u8, (n >> 8) as u8, n as u8];
        let keep = chunk.len() * 6 / 8;
        out.extend_from_slice(&bytes[..keep]);
        let unused = n & ((1 << (24 - keep * 8)) - 1);
        if chunk.len() < 4 && unused != 0 {
            lenient.trailing_bits = true;
        }
    }
    Ok((out, lenient))
}

/// Standard base64 (RFC 4648 §4, `+` and `/`), read by the same decoder: a PEM body, an
/// `x5c` certificate, a secret typed in base64. Padding is noted, as for base64url.
pub fn decode_standard(text: &str) -> Result<(Vec<u8>, Leniency), Base64Error> {
    let url: String = text
        .chars()
        .map(|c| match c {
            '+' => '-',
            '/' => '_',
            c => c,
        })
        .collect();
    decode(&url)
}

/// Encodes bytes as unpadded base64url.
pub fn encode(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let n =
            chunk.iter().fold(0u32, |acc, b| (acc << 8) | u32::from(*b)) << (8 * (3 - chunk.len()));
        for i in 0..=chunk.len() {
            out.push(ALPHABET[((n >> (18 - 6 * i)) & 63) as usize] as char);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn decodes_the_rfc_7515_header() {
        // RFC 7515 §3.3: {"typ":"JWT",\r\n "alg":"HS256"}
        let (bytes, lenient) = decode("eyJ0eXAiOiJKV1QiLA0KICJhbGciOiJIUzI1NiJ9").unwrap();
        assert_eq!(bytes, b"{\"typ\":\"JWT\",\r\n \"alg\":\"HS256\"}");
        assert!(!lenient.any());
    }

    #[test]
    fn says_where_it_goes_wrong() {
        assert_eq!(
            decode("ab+c"),
            Err(Base64Error::InvalidChar { at: 2, found: '+' })
        );
        assert_eq!(decode("abcde"), Err(Base64Error::BadLength { len: 5 }));
        assert_eq!(
            decode("ab=c"),
            Err(Base64Error::InvalidChar { at: 3, found: 'c' })
        );
        assert!(Base64Error::InvalidChar { at: 2, found: '+' }
            .to_string()
            .starts_with("character 3 is “+”"));
    }

    #[test]
    fn notes_what_a_lenient_decoder_accepts() {
        let (_, l) = decode("YQ==").unwrap();
        assert!(l.padding && !l.whitespace && !l.trailing_bits);
        let (_, l) = decode("YQ\n").unwrap();
        assert!(l.whitespace);
        // "YR" decodes to "a" too, but with a non-zero bit the encoder never writes.
        let (b, l) = decode("YR").unwrap();
        assert_eq!(b, b"a");
        assert!(l.trailing_bits);
    }

    proptest! {
        #[test]
        fn encode_then_decode_is_identity(bytes in proptest::collection::vec(any::<u8>(), 0..200)) {
            let (back, lenient) = decode(&encode(&bytes)).unwrap();
            prop_assert_eq!(back, bytes);
            prop_assert!(!lenient.any());
        }

        #[test]
        fn any_text_gives_bytes_or_an_error(s in ".{0,64}") {
            let _ = decode(&s);
        }
    }
}
