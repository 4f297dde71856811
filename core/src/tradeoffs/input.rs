//! Reading what people type into the calculator: a number as they write it ("1,500,000",
//! "2.5"), and a pasted token or its claims, measured as the encoded header and payload. Every
//! refusal says why in a sentence.

use std::fmt;

use super::calculator::{base64url_len, Algorithm};

/// Why pasted claims or a pasted token could not be measured.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ClaimsError {
    /// Nothing was pasted, or only white space.
    Empty,
    /// Neither a JWT (bare, or where the inspector's reader finds one) nor a JSON object.
    NotClaims,
    /// JSON whose braces, brackets or strings are not all closed.
    Unbalanced,
}

impl fmt::Display for ClaimsError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            ClaimsError::Empty => "Paste a token or its claims as JSON.",
            ClaimsError::NotClaims => {
                "This is neither a JWT (three parts separated by dots) nor a JSON object such as \
                 {\"sub\":\"42\"}."
            }
            ClaimsError::Unbalanced => {
                "The JSON is incomplete: a brace, bracket or quote is not closed."
            }
        })
    }
}

/// The length of the encoded header and payload for pasted text: a compact JWT is measured as
/// it is; claims given as JSON are measured as they would be encoded, minified, with a minimal
/// header for `algorithm`. The text is only measured, never kept or sent.
pub fn body_chars_from(text: &str, algorithm: &Algorithm) -> Result<f64, ClaimsError> {
    let text = text.trim();
    if text.is_empty() {
        return Err(ClaimsError::Empty);
    }
    // What the inspector accepts (`Bearer …`, a header line, a cookie, a URL) is read by the
    // inspector's own reader, and the token it finds is measured.
    let found = if text.starts_with('{') {
        None
    } else {
        crate::token::jose::extract::extract(text).ok()
    };
    let text = found.as_ref().map_or(text, |f| f.token.as_str());
    let parts: Vec<&str> = text.split('.').collect();
    let b64 = |p: &str| {
        !p.is_empty()
            && p.bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
    };
    if parts.len() == 3 && b64(parts[0]) && b64(parts[1]) {
        return Ok((parts[0].len() + 1 + parts[1].len()) as f64);
    }
    if !text.starts_with('{') {
        return Err(ClaimsError::NotClaims);
    }
    let payload = minified_len(text)?;
    let alg = algorithm.alg.name();
    let header = format!("{{\"alg\":\"{alg}\",\"typ\":\"JWT\"}}").len();
    Ok((base64url_len(header as u32) + 1 + base64url_len(payload as u32)) as f64)
}

/// Bytes of the JSON with insignificant white space removed; checks that braces, brackets and
/// strings are closed (a measure, not a full JSON validation).
fn minified_len(json: &str) -> Result<usize, ClaimsError> {
    let mut len = 0;
    let mut depth: i32 = 0;
    let (mut in_string, mut escaped) = (false, false);
    for b in json.bytes() {
        if in_string {
            len += 1;
            match (escaped, b) {
                (true, _) => escaped = false,
                (false, b'\\') => escaped = true,
                (false, b'"') => in_string = false,
                _ => {}
            }
            continue;
        }
        match b {
            b' ' | b'\n' | b'\r' | b'\t' => continue,
            b'"' => in_string = true,
            b'{' | b'[' => depth += 1,
            b'}' | b']' => depth -= 1,
            _ => {}
        }
        if depth < 0 {
            return Err(ClaimsError::Unbalanced);
        }
        len += 1;
    }
    if in_string || depth != 0 {
        return Err(ClaimsError::Unbalanced);
    }
    Ok(len)
}

/// Why a typed number was refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NumberError {
    /// Nothing was typed but spaces, commas or underscores.
    Empty,
    /// Not a decimal number, once the thousands separators are taken out.
    NotANumber,
    /// Below zero.
    Negative,
    /// Above 10¹⁵, beyond any load or price that means something here.
    TooLarge,
}

impl fmt::Display for NumberError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            NumberError::Empty => "Enter a number.",
            NumberError::NotANumber => "This is not a number. Use digits, for example 1500000.",
            NumberError::Negative => "Enter 0 or more.",
            NumberError::TooLarge => "That is too large to be meaningful here.",
        })
    }
}

/// Reads a non-negative number as people type it ("1,500,000", "2.5", " 40 ").
pub fn parse_amount(text: &str) -> Result<f64, NumberError> {
    let cleaned: String = text
        .trim()
        .chars()
        .filter(|c| *c != ',' && *c != '_' && *c != ' ')
        .collect();
    if cleaned.is_empty() {
        return Err(NumberError::Empty);
    }
    let value = decimal(&cleaned).ok_or(NumberError::NotANumber)?;
    if !value.is_finite() {
        return Err(NumberError::NotANumber);
    }
    if value < 0.0 {
        return Err(NumberError::Negative);
    }
    if value > 1e15 {
        return Err(NumberError::TooLarge);
    }
    Ok(value)
}

/// A decimal number ("12", "2.5", ".5", "1e6"), without `f64::from_str`: the pages read only
/// short amounts, and the standard parser, with its power-of-five tables, weighs about 13 KB
/// Brotli of a page's module. The digits
/// are gathered as an integer and divided (or multiplied) by an exact power of ten once, so
/// amounts of up to 15 significant digits read exactly as the standard parser reads them.
fn decimal(text: &str) -> Option<f64> {
    let (negative, text) = match text.as_bytes().first() {
        Some(b'-') => (true, &text[1..]),
        Some(b'+') => (false, &text[1..]),
        _ => (false, text),
    };
    let (number, exponent) = match text.find(['e', 'E']) {
        Some(i) => (&text[..i], text[i + 1..].parse::<i32>().ok()?),
        None => (text, 0),
    };
    let (whole, fraction) = number.split_once('.').unwrap_or((number, ""));
    if whole.is_empty() && fraction.is_empty() {
        return None;
    }
    let mut mantissa = 0.0f64;
    for b in whole.bytes().chain(fraction.bytes()) {
        if !b.is_ascii_digit() {
            return None;
        }
        mantissa = mantissa * 10.0 + f64::from(b - b'0');
    }
    let power = exponent.checked_sub(i32::try_from(fraction.len()).ok()?)?;
    let value = if power >= 0 {
        mantissa * 10f64.powi(power)
    } else {
        mantissa / 10f64.powi(power.checked_neg()?)
    };
    Some(if negative { -value } else { value })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tradeoffs::calculator::algorithm;

    #[test]
    fn decimals_read_as_the_standard_parser_reads_them() {
        for text in [
            "0",
            "12",
            "2.5",
            ".5",
            "5.",
            "1.15",
            "0.1",
            "123456.789",
            "1e6",
            "2.5E3",
            "1e-7",
            "+4",
            "-3",
            "999999999999999",
            "0.000001",
            "31.536",
        ] {
            assert_eq!(decimal(text), text.parse::<f64>().ok(), "{text}");
        }
        for text in [
            "", ".", "e5", "1e", "1.2.3", "1,5", "abc", "NaN", "inf", "--1", "1e+",
        ] {
            assert_eq!(decimal(text), None, "{text}");
        }
    }

    #[test]
    fn pasted_tokens_and_claims_are_measured() {
        let es = algorithm("es256").unwrap();
        // A compact JWT: the first two parts and the dot between them.
        assert_eq!(body_chars_from(" aaaa.bbbbbb.sig\n", es), Ok(11.0));
        // {"alg":"ES256","typ":"JWT"} is 27 bytes → 36 characters; {"sub":"42"} is 12 → 16.
        assert_eq!(
            body_chars_from("{ \"sub\": \"42\" }", es),
            Ok(36.0 + 1.0 + 16.0)
        );
        assert_eq!(
            body_chars_from("{\"a\":\"x y\"}", es),
            Ok(36.0 + 1.0 + 15.0),
            "11 bytes encode to 15 characters; spaces in strings count"
        );
        assert_eq!(body_chars_from("", es), Err(ClaimsError::Empty));
        assert_eq!(body_chars_from("hello", es), Err(ClaimsError::NotClaims));
        assert_eq!(
            body_chars_from("{\"a\": [1, 2}", es),
            Err(ClaimsError::Unbalanced)
        );
        assert_eq!(
            body_chars_from("{\"a\": \"open}", es),
            Err(ClaimsError::Unbalanced)
        );
        assert!(ClaimsError::NotClaims.to_string().contains("JWT"));
        // What the inspector takes, this takes: a bearer header, a whole header line.
        assert_eq!(body_chars_from("Bearer aaaa.bbbbbb.sig", es), Ok(11.0));
        assert_eq!(
            body_chars_from("Authorization: Bearer aaaa.bbbbbb.sig", es),
            Ok(11.0)
        );
        assert_eq!(body_chars_from("bearer  aaaa.bbbbbb.sig ", es), Ok(11.0));
        assert_eq!(
            body_chars_from("Cookie: theme=dark; at=aaaa.bbbbbb.sig", es),
            Ok(11.0),
            "a cookie header, as the inspector reads it"
        );
        assert_eq!(
            body_chars_from("Bé", es),
            Err(ClaimsError::NotClaims),
            "no panic on a char boundary"
        );
    }

    #[test]
    fn typed_numbers_are_read_or_refused_with_a_reason() {
        assert_eq!(parse_amount(" 1,500,000 "), Ok(1_500_000.0));
        assert_eq!(parse_amount("2.5"), Ok(2.5));
        assert_eq!(parse_amount(""), Err(NumberError::Empty));
        assert_eq!(parse_amount("abc"), Err(NumberError::NotANumber));
        assert_eq!(parse_amount("NaN"), Err(NumberError::NotANumber));
        assert_eq!(parse_amount("inf"), Err(NumberError::NotANumber));
        assert_eq!(parse_amount("-3"), Err(NumberError::Negative));
        assert_eq!(parse_amount("1e300"), Err(NumberError::TooLarge));
        assert!(NumberError::Negative.to_string().contains("0 or more"));
    }
}
