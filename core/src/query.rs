//! Reading URL query strings: splitting into key/value pairs and percent-decoding them.
//! Shared by every page whose state lives in its link.

/// One `key=value` part of a query, decoded, or the raw part when its encoding is broken.
pub type Part<'a> = Result<(String, String), &'a str>;

/// The parts of a query string (with or without the leading `?`), in order; empty parts are
/// skipped and a part without `=` has an empty value.
pub fn parts(query: &str) -> impl Iterator<Item = Part<'_>> {
    query
        .trim_start_matches('?')
        .split('&')
        .filter(|p| !p.is_empty())
        .map(|part| {
            let (key, value) = part.split_once('=').unwrap_or((part, ""));
            match (unescape(key), unescape(value)) {
                (Some(k), Some(v)) => Ok((k, v)),
                _ => Err(part),
            }
        })
}

/// Percent-decoding of a query component (`+` is a space); `None` when malformed.
pub fn unescape(s: &str) -> Option<String> {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'%' => {
                out.push(percent_byte(&bytes[i + 1..])?);
                i += 3;
            }
            b'+' => {
                out.push(b' ');
                i += 1;
            }
            b => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8(out).ok()
}

/// The byte a percent-encoding gives: the two hexadecimal digits that follow a `%` (RFC 3986
/// §2.1), and nothing else: no sign, no single digit. The one decoder of percent-encodings, for
/// links and for URLs a DPoP proof is checked against.
pub fn percent_byte(after: &[u8]) -> Option<u8> {
    let digit = |b: u8| (b as char).to_digit(16);
    match after {
        [hi, lo, ..] => Some((digit(*hi)? * 16 + digit(*lo)?) as u8),
        _ => None,
    }
}

/// Percent-encoding of a query component: everything but letters, digits and `-._~,` is
/// escaped, so text typed in a field comes back from the link exactly as it was.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~,".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_and_decodes() {
        let got: Vec<_> = parts("?a=1&&b=x%2Cy&c&d=%ZZ").collect();
        assert_eq!(
            got,
            vec![
                Ok(("a".into(), "1".into())),
                Ok(("b".into(), "x,y".into())),
                Ok(("c".into(), String::new())),
                Err("d=%ZZ"),
            ]
        );
        assert_eq!(unescape("%C3%A9+x"), Some("é x".into()));
        assert_eq!(unescape("%FF"), None, "not UTF-8");
        assert_eq!(unescape("%4"), None, "truncated escape");
        assert_eq!(unescape("%+1"), None, "a sign is not a digit");
        assert_eq!(unescape("%-1"), None);
        assert_eq!(unescape("%2g"), None);
        assert_eq!(unescape("%2f%2F"), Some("//".into()));
    }

    #[test]
    fn escaped_text_reads_back_as_typed() {
        for text in ["1,500,000", "2.5 ms", "a&b=c", "é + 100%", ""] {
            assert_eq!(unescape(&escape(text)).as_deref(), Some(text), "{text}");
        }
        assert_eq!(escape("1,000 x"), "1,000%20x");
    }
}
