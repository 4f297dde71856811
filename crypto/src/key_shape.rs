//! Every key's shape, checked before a library reads it. jsonwebtoken and the crates under it
//! trust their input more than a page that reads pasted text can: an Ed25519 JWK whose `x` is
//! shorter than 32 bytes panics inside it, and a PEM whose DER nests a few thousand SEQUENCEs
//! overflows the stack of its ASN.1 reader (and with it the crypto worker). So the text's size,
//! the DER's structure and each JWK member's length are checked here first, whatever the
//! library promises, and a key no real key resembles is refused with a reason.

use authpick_core::token::jose::base64url;
use authpick_core::token::jose::key::{
    ShapeProblem, MAX_JWKS_KEYS, MAX_KEY_TEXT_BYTES, MAX_RSA_BYTES,
};
use jsonwebtoken::jwk::{AlgorithmParameters, EllipticCurve, Jwk};

/// Deeper than any key: an X.509 certificate nests about six levels.
const MAX_DER_DEPTH: usize = 16;

/// The key text's length.
pub fn text(text: &str) -> Result<(), ShapeProblem> {
    if text.len() > MAX_KEY_TEXT_BYTES {
        return Err(ShapeProblem::TooLong { bytes: text.len() });
    }
    Ok(())
}

/// A JWKS's number of keys.
pub fn jwks(count: usize) -> Result<(), ShapeProblem> {
    if count > MAX_JWKS_KEYS {
        return Err(ShapeProblem::TooManyKeys { count });
    }
    Ok(())
}

/// The DER of the PEM block in `text`. Text that is not a decodable PEM block passes: the
/// library then says what is wrong with it, without reading any DER.
pub fn pem(text: &str) -> Result<(), ShapeProblem> {
    match pem_der(text) {
        Some(der) => walk(&der, 0).map_err(|_| ShapeProblem::Der),
        None => Ok(()),
    }
}

/// What is wrong with DER.
#[derive(Debug, PartialEq, Eq)]
enum Der {
    Malformed,
    TooDeep,
}

/// The bytes of the first PEM block's body, if it decodes as base64.
pub(crate) fn pem_der(text: &str) -> Option<Vec<u8>> {
    let body: String = text
        .lines()
        .skip_while(|l| !l.starts_with("-----BEGIN"))
        .skip(1)
        .take_while(|l| !l.starts_with("-----END"))
        // Encapsulated headers (Proc-Type, DEK-Info) are not base64.
        .filter(|l| !l.contains(':'))
        .collect::<String>()
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '=')
        .map(|c| match c {
            '+' => '-',
            '/' => '_',
            c => c,
        })
        .collect();
    base64url::decode(&body).ok().map(|(bytes, _)| bytes)
}

/// One level of DER: a run of tag, length, content items that fills `bytes` exactly. Nested
/// levels are walked too, and the contents of BIT and OCTET STRINGs that hold DER (an RSA key
/// inside its SubjectPublicKeyInfo, a private key inside PKCS#8), which libraries parse again.
/// The depth is bounded, so this recursion is too.
fn walk(bytes: &[u8], depth: usize) -> Result<(), Der> {
    if depth > MAX_DER_DEPTH {
        return Err(Der::TooDeep);
    }
    let mut at = 0;
    while at < bytes.len() {
        let tag = bytes[at];
        // Multi-byte tags and indefinite lengths appear in no key.
        if tag & 0x1f == 0x1f {
            return Err(Der::Malformed);
        }
        let (len, header) = length(&bytes[at + 1..]).ok_or(Der::Malformed)?;
        let start = at + 1 + header;
        let end = start.checked_add(len).ok_or(Der::Malformed)?;
        let content = bytes.get(start..end).ok_or(Der::Malformed)?;
        if tag & 0x20 != 0 {
            walk(content, depth + 1)?;
        } else if let Some(inner) = wrapped(tag, content) {
            // Only the depth matters here: such content may be plain bytes that happen to
            // start like DER (an Ed25519 key), which the library reads as bytes.
            if walk(inner, depth + 1) == Err(Der::TooDeep) {
                return Err(Der::TooDeep);
            }
        }
        at = end;
    }
    Ok(())
}

/// The DER a BIT STRING (after its unused-bits byte) or an OCTET STRING may hold.
fn wrapped(tag: u8, content: &[u8]) -> Option<&[u8]> {
    let inner = match tag {
        0x03 => content.get(1..)?,
        0x04 => content,
        _ => return None,
    };
    (inner.first() == Some(&0x30)).then_some(inner)
}

/// A DER length: the value and how many bytes it took.
fn length(bytes: &[u8]) -> Option<(usize, usize)> {
    let first = *bytes.first()?;
    if first < 0x80 {
        return Some((usize::from(first), 1));
    }
    let n = usize::from(first & 0x7f);
    if n == 0 || n > 4 {
        return None;
    }
    let value = bytes
        .get(1..=n)?
        .iter()
        .fold(0usize, |v, b| (v << 8) | usize::from(*b));
    Some((value, 1 + n))
}

/// A public JWK's members, at the sizes their key type has.
pub fn public_jwk(jwk: &Jwk) -> Result<(), ShapeProblem> {
    match &jwk.algorithm {
        AlgorithmParameters::OctetKeyPair(p) => member("x", &p.x, Exactly(32), "32 bytes"),
        // Only P-256 JWKs reach jsonwebtoken; P-384 and P-521 ones are `public_key`'s, which
        // checks their sizes itself. Other curves verify nothing here.
        AlgorithmParameters::EllipticCurve(p) if p.curve == EllipticCurve::P256 => {
            member("x", &p.x, Exactly(32), "32 bytes for this curve")?;
            member("y", &p.y, Exactly(32), "32 bytes for this curve")
        }
        AlgorithmParameters::RSA(p) => {
            member(
                "n",
                &p.n,
                AtMost(MAX_RSA_BYTES),
                "at most 2,048 bytes (16,384 bits)",
            )?;
            member("e", &p.e, AtMost(8), "at most 8 bytes")
        }
        // Symmetric and other keys verify nothing here; the algorithm's match says so.
        _ => Ok(()),
    }
}

enum Size {
    Exactly(usize),
    AtMost(usize),
}
use Size::{AtMost, Exactly};

/// A base64url member of the given size. One that does not decode passes: the library says so.
fn member(name: &str, value: &str, size: Size, expected: &'static str) -> Result<(), ShapeProblem> {
    let Ok((bytes, _)) = base64url::decode(value) else {
        return Ok(());
    };
    let fits = match size {
        Exactly(n) => bytes.len() == n,
        AtMost(n) => !bytes.is_empty() && bytes.len() <= n,
    };
    if fits {
        Ok(())
    } else {
        Err(ShapeProblem::Member {
            name: name.to_string(),
            expected,
            found: bytes.len(),
        })
    }
}

/// `depth` SEQUENCEs, each holding the next, around a NULL: the DER that once overflowed the
/// ASN.1 reader's stack, for the tests of every path that reads a key.
#[cfg(test)]
pub(crate) fn nested(depth: usize) -> Vec<u8> {
    let mut der = vec![0x05, 0x00];
    for _ in 0..depth {
        let n = der.len();
        let mut out = vec![0x30];
        match n {
            0..=0x7f => out.push(n as u8),
            0x80..=0xff => out.extend([0x81, n as u8]),
            _ => out.extend([0x82, (n >> 8) as u8, n as u8]),
        }
        out.extend(der);
        der = out;
    }
    der
}

#[cfg(test)]
mod tests {
    use super::*;
    use authpick_core::token::service::draft::pem as to_pem;

    #[test]
    fn deep_der_is_refused_and_real_keys_pass() {
        assert_eq!(walk(&nested(2_000), 0), Err(Der::TooDeep));
        assert_eq!(
            pem(&to_pem("PUBLIC KEY", &nested(2_000))),
            Err(ShapeProblem::Der)
        );
        assert_eq!(walk(&nested(8), 0), Ok(()));
        assert_eq!(walk(&nested(MAX_DER_DEPTH + 1), 0), Err(Der::TooDeep));
        // Deep DER hidden in a BIT STRING, where libraries parse an RSA key again.
        let mut bits = vec![0x00];
        bits.extend(nested(40));
        let mut spki = vec![0x03, 0x82, (bits.len() >> 8) as u8, bits.len() as u8];
        spki.extend(bits);
        assert_eq!(walk(&spki, 0), Err(Der::TooDeep));
        // RFC 8037's Ed25519 public key as SubjectPublicKeyInfo.
        let real = "-----BEGIN PUBLIC KEY-----\nMCowBQYDK2VwAyEAGb9ECWmEzf6FQbrBZ9w7lshQhqowtrbLDFw4rXAxZuE=\n-----END PUBLIC KEY-----\n";
        assert_eq!(pem(real), Ok(()));
    }

    #[test]
    fn truncated_and_indefinite_der_is_refused() {
        assert_eq!(walk(&[0x30, 0x05, 0x05, 0x00], 0), Err(Der::Malformed));
        assert_eq!(
            walk(&[0x30, 0x80, 0x05, 0x00, 0x00, 0x00], 0),
            Err(Der::Malformed)
        );
        assert_eq!(walk(&[0x1f, 0x01, 0x00], 0), Err(Der::Malformed));
        // Bytes in an OCTET STRING that only look like DER are the library's business.
        assert_eq!(walk(&[0x04, 0x03, 0x30, 0x09, 0x00], 0), Ok(()));
        assert_eq!(
            pem("not pem at all"),
            Ok(()),
            "the library reports what is not PEM"
        );
    }

    #[test]
    fn jwk_members_have_their_sizes() {
        let jwk = |text: &str| serde_json::from_str::<Jwk>(text).unwrap();
        assert!(matches!(
            public_jwk(&jwk(r#"{"kty":"OKP","crv":"Ed25519","x":"AAAA"}"#)),
            Err(ShapeProblem::Member { found: 3, .. })
        ));
        assert_eq!(
            public_jwk(&jwk(
                r#"{"kty":"OKP","crv":"Ed25519","x":"11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo"}"#
            )),
            Ok(())
        );
        assert!(public_jwk(&jwk(r#"{"kty":"EC","crv":"P-256","x":"AAAA","y":"AAAA"}"#)).is_err());
        assert!(public_jwk(&jwk(r#"{"kty":"RSA","n":"","e":"AQAB"}"#)).is_err());
        assert_eq!(
            public_jwk(&jwk(r#"{"kty":"RSA","n":"AQAB","e":"AQAB"}"#)),
            Ok(())
        );
    }

    #[test]
    fn text_and_key_counts_are_bounded() {
        assert!(text(&"x".repeat(MAX_KEY_TEXT_BYTES + 1)).is_err());
        assert!(text(&"x".repeat(MAX_KEY_TEXT_BYTES)).is_ok());
        assert!(matches!(
            jwks(MAX_JWKS_KEYS + 1),
            Err(ShapeProblem::TooManyKeys { .. })
        ));
        assert_eq!(jwks(MAX_JWKS_KEYS), Ok(()));
    }
}
