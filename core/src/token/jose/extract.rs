//! Finding the token in what was pasted: a bare token, `Bearer <token>`, a whole
//! `Authorization:` header line, a `Cookie:` header, or a URL carrying a token, with any
//! surrounding white space. Oversized input is refused before any work is done on it.

use std::fmt;

/// Input above this size is refused: no real token is near it, and parsing it would only
/// slow the page down.
pub const MAX_INPUT_BYTES: usize = 64 * 1024;

/// Where the token was found.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Location {
    /// The input is the token itself, give or take white space and line breaks.
    Bare,
    /// After `Bearer`, as an `Authorization` header's value.
    Bearer,
    /// In a whole `Authorization:` header line.
    AuthorizationHeader,
    /// In a `Cookie:` or `Set-Cookie:` header.
    Cookie {
        /// The cookie's name.
        name: String,
    },
    /// In a URL's query or fragment.
    Url {
        /// The parameter's name.
        param: String,
    },
    /// The issuer-signed JWT of an SD-JWT (RFC 9901 §4), which the inspector shows and
    /// verifies; its Disclosures and Key Binding JWT are read by `sd_jwt`.
    SdJwt {
        /// How many Disclosures follow it.
        disclosures: usize,
        /// Whether a Key Binding JWT ends it.
        key_binding: bool,
    },
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Location::Bare => f.write_str("the token as pasted"),
            Location::Bearer => f.write_str("after “Bearer”"),
            Location::AuthorizationHeader => f.write_str("in the Authorization header"),
            Location::Cookie { name } => write!(f, "in the cookie “{name}”"),
            Location::Url { param } => write!(f, "in the URL parameter “{param}”"),
            Location::SdJwt {
                disclosures,
                key_binding,
            } => write!(
                f,
                "at the start of an SD-JWT, its issuer-signed JWT, followed by {disclosures} \
                 Disclosure{}{}",
                if *disclosures == 1 { "" } else { "s" },
                if *key_binding {
                    " and a Key Binding JWT"
                } else {
                    ""
                }
            ),
        }
    }
}

/// A token found in the input.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Found {
    /// The token, without what surrounded it.
    pub token: String,
    /// Where it was found.
    pub location: Location,
}

/// Why nothing could be taken from the input.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ExtractError {
    /// Nothing but white space.
    Empty,
    /// Larger than `MAX_INPUT_BYTES`.
    TooLarge {
        /// The input's size in bytes.
        bytes: usize,
    },
    /// Nothing in it looks like a token.
    NoToken,
}

impl fmt::Display for ExtractError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ExtractError::Empty => f.write_str("Paste a token to inspect it."),
            ExtractError::TooLarge { bytes } => write!(
                f,
                "This is {} KB; tokens are far smaller, so Authpick does not process input over {} KB.",
                // Rounded up: one byte over the limit must not read as the limit itself.
                bytes.div_ceil(1024),
                MAX_INPUT_BYTES / 1024
            ),
            ExtractError::NoToken => f.write_str(
                "No token found: a JWT has three (or, encrypted, five) base64url parts separated \
                 by dots.",
            ),
        }
    }
}

/// Characters a compact JWS or JWE can contain.
fn token_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.' | '=')
}

/// Whether `s` looks like a compact token: 3 or 5 parts, the first one non-empty.
fn looks_like_token(s: &str) -> bool {
    let parts = s.split('.').count();
    !s.is_empty() && s.chars().all(token_char) && (parts == 3 || parts == 5) && !s.starts_with('.')
}

/// The token in `input` and where it was found, or why there is none.
pub fn extract(input: &str) -> Result<Found, ExtractError> {
    if input.len() > MAX_INPUT_BYTES {
        return Err(ExtractError::TooLarge { bytes: input.len() });
    }
    let text = input.trim();
    if text.is_empty() {
        return Err(ExtractError::Empty);
    }
    let lower = text.to_ascii_lowercase();
    if let Some(rest) = lower.strip_prefix("authorization:") {
        let value = text[text.len() - rest.len()..].trim();
        return bearer(value).map(|token| Found {
            token,
            location: Location::AuthorizationHeader,
        });
    }
    if lower.starts_with("bearer ") || lower.starts_with("bearer\t") {
        return bearer(text).map(|token| Found {
            token,
            location: Location::Bearer,
        });
    }
    if let Some(rest) = lower
        .strip_prefix("cookie:")
        .or_else(|| lower.strip_prefix("set-cookie:"))
    {
        let value = &text[text.len() - rest.len()..];
        return from_pairs(value, &[';']).map(|(name, token)| Found {
            token,
            location: Location::Cookie { name },
        });
    }
    // A token broken over several lines (as e-mail and terminals do) is joined back.
    let joined: String = text.split_whitespace().collect();
    if let Some(sd) = crate::token::protocols::sd_jwt::split(&joined)
        .filter(|sd| looks_like_token(&sd.issuer_jwt))
    {
        return Ok(Found {
            location: Location::SdJwt {
                disclosures: sd.disclosures.len(),
                key_binding: sd.key_binding.is_some(),
            },
            token: sd.issuer_jwt,
        });
    }
    if looks_like_token(&joined) {
        return Ok(Found {
            token: joined,
            location: Location::Bare,
        });
    }
    // Something that starts like a token but is broken (a stray character, a missing part):
    // hand it to the decoder, whose errors say which part and which character.
    if joined.starts_with("eyJ") && joined.contains('.') && !joined.contains(['?', '#', '=']) {
        return Ok(Found {
            token: joined,
            location: Location::Bare,
        });
    }
    if let Some(q) = text.find(['?', '#']) {
        // Query and fragment alike: implicit-flow tokens arrive in the fragment.
        return from_pairs(&text[q + 1..], &['&', '#', '?']).map(|(param, token)| Found {
            token,
            location: Location::Url { param },
        });
    }
    Err(ExtractError::NoToken)
}

fn bearer(value: &str) -> Result<String, ExtractError> {
    let mut words = value.split_whitespace();
    let first = words.next().unwrap_or("");
    let candidate = if first.eq_ignore_ascii_case("bearer") || first.eq_ignore_ascii_case("dpop") {
        words.collect::<String>()
    } else {
        value.split_whitespace().collect()
    };
    looks_like_token(&candidate)
        .then_some(candidate)
        .ok_or(ExtractError::NoToken)
}

/// The first `name=value` pair (split on any of `seps`) whose value is a token.
fn from_pairs(text: &str, seps: &[char]) -> Result<(String, String), ExtractError> {
    text.split(seps)
        .filter_map(|pair| pair.split_once('='))
        .map(|(k, v)| {
            (
                k.trim().to_string(),
                crate::query::unescape(v.trim()).unwrap_or_default(),
            )
        })
        .find(|(_, v)| looks_like_token(v))
        .ok_or(ExtractError::NoToken)
}

#[cfg(test)]
mod tests {
    use super::*;

    const T: &str = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiI0MiJ9.c2lnbmF0dXJl";

    #[test]
    fn finds_the_token_wherever_it_was_pasted() {
        let cases = [
            (format!("  {T}\n"), Location::Bare),
            (
                "eyJhbGciOiJIUzI1NiJ9.\neyJzdWIiOiI0MiJ9.\nc2lnbmF0dXJl".to_string(),
                Location::Bare,
            ),
            (format!("Bearer {T}"), Location::Bearer),
            (format!("bearer   {T}"), Location::Bearer),
            (
                format!("Authorization: Bearer {T}"),
                Location::AuthorizationHeader,
            ),
            (
                format!("authorization:DPoP {T}"),
                Location::AuthorizationHeader,
            ),
            (
                format!("Cookie: theme=dark; session={T}; x=1"),
                Location::Cookie {
                    name: "session".into(),
                },
            ),
            (
                format!("https://app.example/cb#access_token={T}&token_type=Bearer"),
                Location::Url {
                    param: "access_token".into(),
                },
            ),
            (
                format!("https://app.example/?id_token={T}"),
                Location::Url {
                    param: "id_token".into(),
                },
            ),
        ];
        for (input, location) in cases {
            let found = extract(&input).unwrap_or_else(|e| panic!("{input}: {e}"));
            assert_eq!(found.token, T, "{input}");
            assert_eq!(found.location, location, "{input}");
        }
    }

    #[test]
    fn five_part_tokens_are_found_too() {
        let jwe = "eyJhbGciOiJSU0EtT0FFUCJ9.a2V5.aXY.Y2lwaGVy.dGFn";
        assert_eq!(extract(jwe).unwrap().token, jwe);
        // An SD-JWT: its issuer-signed JWT is the token; the rest is read by `sd_jwt`.
        let sd = extract("eyJh.eyJi.c2ln~WyJhIiwiYiJd~WyJjIiwiZCJd~\n").unwrap();
        assert_eq!(sd.token, "eyJh.eyJi.c2ln");
        assert_eq!(
            sd.location,
            Location::SdJwt {
                disclosures: 2,
                key_binding: false
            }
        );
        assert!(sd
            .location
            .to_string()
            .ends_with("followed by 2 Disclosures"));
    }

    #[test]
    fn refuses_with_a_reason() {
        assert_eq!(extract("   "), Err(ExtractError::Empty));
        assert_eq!(extract("hello world"), Err(ExtractError::NoToken));
        assert_eq!(extract("a.b"), Err(ExtractError::NoToken));
        // A broken token still goes to the decoder, which says what is wrong with it.
        assert_eq!(
            extract("eyJhbGciOiJIUzI1NiJ9.e*30.x").map(|f| f.location),
            Ok(Location::Bare)
        );
        assert_eq!(
            extract("eyJhbGciOiJIUzI1NiJ9.e30").map(|f| f.location),
            Ok(Location::Bare)
        );
        assert_eq!(extract("Cookie: a=1; b=2"), Err(ExtractError::NoToken));
        let big = "a".repeat(MAX_INPUT_BYTES + 1);
        assert_eq!(
            extract(&big),
            Err(ExtractError::TooLarge {
                bytes: MAX_INPUT_BYTES + 1
            })
        );
        assert!(ExtractError::TooLarge { bytes: 70_000 }
            .to_string()
            .contains("over 64 KB"));
        assert!(ExtractError::TooLarge {
            bytes: MAX_INPUT_BYTES + 1
        }
        .to_string()
        .starts_with("This is 65 KB"));
    }

    #[test]
    fn where_it_was_found_reads_as_a_phrase() {
        assert_eq!(
            Location::Cookie { name: "sid".into() }.to_string(),
            "in the cookie “sid”"
        );
    }
}
