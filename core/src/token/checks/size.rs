//! A credential's size on the wire, once: what a session cookie weighs, the browser's cookie
//! limit and the header limit of common proxies, and how a token measures against them. The
//! inspector's size panel, its size finding and the cost calculator's default all use this.

use crate::format::{bytes, count, plain};

/// The session cookie's name the figure assumes: the `__Host-` prefix the checklist asks for.
const SESSION_COOKIE_NAME: &str = "__Host-sid";
/// A session ID of 32 random bytes (256 bits, twice ASVS 7.2.3's minimum), as common frameworks
/// make them.
const SESSION_ID_BYTES: usize = 32;

/// Characters of `n` bytes in base64url without padding.
const fn base64url_len(n: usize) -> usize {
    (n * 4).div_ceil(3)
}

/// A session cookie, name and value: `__Host-sid=` and a 32-byte ID in base64url (43
/// characters), 54 bytes. The source articles put session cookies at 32 to 64 bytes.
pub const SESSION_COOKIE_BYTES: usize =
    SESSION_COOKIE_NAME.len() + 1 + base64url_len(SESSION_ID_BYTES);
/// Browsers keep a cookie's name and value to 4,096 bytes (RFC 6265bis §5.6).
pub const COOKIE_LIMIT: usize = 4096;
/// nginx's default `large_client_header_buffers` holds one header line in 8 KB.
pub const PROXY_HEADER_LIMIT: usize = 8192;
/// What a token travels in as a header line, besides itself.
const BEARER_PREFIX: &str = "Authorization: Bearer ";

/// How a token of `bytes` bytes measures on the wire.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Size {
    /// The token's length in bytes.
    pub bytes: usize,
    /// The token against a session cookie, to the nearest whole number (at least 1).
    pub times_session_cookie: usize,
    /// Whether it fits within the browser's cookie limit.
    pub fits_cookie: bool,
    /// Whether `Authorization: Bearer <token>` fits the proxy header limit.
    pub fits_proxy_header: bool,
    /// Bytes a day at the given request rate, for the token alone.
    pub per_day: f64,
}

/// The size panel's sentences.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SizeText {
    /// "404 bytes", shown strong.
    pub bytes: String,
    /// " on every request: 7× a 54-byte session cookie."
    pub against_cookie: String,
    /// Whether it fits in a cookie, in a sentence.
    pub cookie: String,
    /// Whether it fits the proxy header limit as a Bearer header, in a sentence.
    pub header: String,
    /// The upload a day at the rate given, or how to see it.
    pub bandwidth: String,
}

impl Size {
    /// What the panel says, with the bandwidth at `rate` requests a day when it reads.
    pub fn text(&self, rate: Option<f64>) -> SizeText {
        let fits = |yes: bool| if yes { "fits" } else { "does not fit" };
        SizeText {
            bytes: format!("{} bytes", plain(self.bytes as f64)),
            against_cookie: format!(
                " on every request: {}× a {SESSION_COOKIE_BYTES}-byte session cookie.",
                plain(self.times_session_cookie as f64)
            ),
            cookie: format!(
                "It {} in a cookie (browsers allow {} bytes).",
                fits(self.fits_cookie),
                plain(COOKIE_LIMIT as f64)
            ),
            header: format!(
                "As a Bearer header it {} within the {}-byte header limit of common proxies.",
                fits(self.fits_proxy_header),
                plain(PROXY_HEADER_LIMIT as f64)
            ),
            bandwidth: match rate {
                Some(r) => format!(
                    "{} a day of upload at {} requests a day, for the token alone.",
                    bytes(self.per_day),
                    count(r)
                ),
                None => "Give a number of requests a day below to see the bandwidth.".to_string(),
            },
        }
    }
}

/// How a token of `bytes` bytes measures, at `requests_per_day` (a negative or non-finite
/// rate counts as none).
pub fn size(bytes: usize, requests_per_day: f64) -> Size {
    let rate = if requests_per_day.is_finite() {
        requests_per_day.max(0.0)
    } else {
        0.0
    };
    Size {
        bytes,
        times_session_cookie: (bytes.saturating_add(SESSION_COOKIE_BYTES / 2)
            / SESSION_COOKIE_BYTES)
            .max(1),
        fits_cookie: bytes <= COOKIE_LIMIT,
        fits_proxy_header: bytes.saturating_add(BEARER_PREFIX.len()) <= PROXY_HEADER_LIMIT,
        per_day: bytes as f64 * rate,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn times_a_session_cookie_rounds_to_the_nearest() {
        assert_eq!(SESSION_COOKIE_BYTES, 54, "__Host-sid= and 43 characters");
        assert_eq!(base64url_len(16), 22);
        assert_eq!(size(404, 0.0).times_session_cookie, 7, "404 / 54 = 7.48");
        assert_eq!(size(420, 0.0).times_session_cookie, 8, "420 / 54 = 7.78");
        assert_eq!(size(10, 0.0).times_session_cookie, 1);
    }

    #[test]
    fn limits_count_what_carries_the_token() {
        assert!(size(COOKIE_LIMIT, 0.0).fits_cookie);
        assert!(!size(COOKIE_LIMIT + 1, 0.0).fits_cookie);
        // 8,180 bytes fit a header on their own, but not with "Authorization: Bearer ".
        let s = size(8_180, 0.0);
        assert!(!s.fits_proxy_header);
        assert!(size(PROXY_HEADER_LIMIT - BEARER_PREFIX.len(), 0.0).fits_proxy_header);
        assert!(!size(usize::MAX, 0.0).fits_proxy_header, "no overflow");
    }

    #[test]
    fn the_panel_says_the_same_figures() {
        let t = size(8_180, 1e6).text(Some(1e6));
        assert_eq!(t.bytes, "8180 bytes");
        assert_eq!(
            t.against_cookie,
            " on every request: 151× a 54-byte session cookie."
        );
        assert!(t.cookie.starts_with("It does not fit in a cookie"));
        assert!(t.header.starts_with("As a Bearer header it does not fit"));
        assert_eq!(
            t.bandwidth,
            "8.2 GB a day of upload at 1,000,000 requests a day, for the token alone."
        );
        assert!(size(10, 0.0)
            .text(None)
            .bandwidth
            .starts_with("Give a number"));
    }

    #[test]
    fn bandwidth_follows_the_rate_and_ignores_nonsense() {
        assert_eq!(size(2_000, 1_000_000.0).per_day, 2e9);
        assert_eq!(size(2_000, -5.0).per_day, 0.0);
        assert_eq!(size(2_000, f64::NAN).per_day, 0.0);
    }
}
