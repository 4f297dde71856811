//! PEM armour as people paste it: copied out of JSON or an environment variable with its line
//! breaks written as `\n`, joined into one line, or indented. RFC 7468 §3 defines the strict
//! layout every parser reads; parsers differ in what else they tolerate, so a damaged block is
//! rewritten to the strict layout and the page says what it repaired rather than failing.

use std::fmt;

use serde::{Deserialize, Serialize};

/// What was wrong with the armour of a PEM block that was repaired.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Damage {
    /// Line breaks written as the two characters `\n`, as in a JSON string.
    EscapedNewlines,
    /// The block on one line, or its body with spaces for line breaks.
    OneLine,
    /// Lines that start with spaces or tabs, as when copied out of YAML or code.
    Indented,
}

impl fmt::Display for Damage {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Damage::EscapedNewlines => "its line breaks were written as \\n",
            Damage::OneLine => "it was on one line",
            Damage::Indented => "its lines were indented",
        })
    }
}

/// The first PEM block of a pasted text, in the strict layout.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Armour {
    /// The label as written, such as "PUBLIC KEY" or "CERTIFICATE".
    pub label: String,
    /// The block rewritten: armour lines of their own, the body in lines of 64 characters.
    pub text: String,
    /// What was repaired, if the block was not already laid out line by line.
    pub damage: Option<Damage>,
}

/// Reads the first PEM block of `text`, or `None` when there is no BEGIN line with a matching
/// END line (the library then says what is wrong). A block with encapsulated headers
/// (RFC 1421's Proc-Type, DEK-Info) is kept as written: its layout carries meaning.
pub fn read(text: &str) -> Option<Armour> {
    let mut text = text.trim();
    let mut damage = None;
    // A JSON string value, quotes included.
    if let Some(inner) = text.strip_prefix('"').and_then(|t| t.strip_suffix('"')) {
        text = inner.trim();
    }
    let unescaped;
    if text.contains("\\n") {
        unescaped = text.replace("\\r\\n", "\n").replace("\\n", "\n");
        text = &unescaped;
        damage = Some(Damage::EscapedNewlines);
    }
    let start = text.find("-----BEGIN ")?;
    let after_begin = &text[start + "-----BEGIN ".len()..];
    let label_end = after_begin.find("-----")?;
    let label = &after_begin[..label_end];
    let body_and_rest = &after_begin[label_end + "-----".len()..];
    let end_line = format!("-----END {label}-----");
    let body = &body_and_rest[..body_and_rest.find(&end_line)?];
    if body.contains(':') {
        return Some(Armour {
            label: label.to_owned(),
            text: text.to_owned(),
            damage,
        });
    }
    let lines: Vec<&str> = body.lines().filter(|l| !l.trim().is_empty()).collect();
    if damage.is_none() {
        if !body.starts_with('\n') && !body.starts_with("\r\n") {
            damage = Some(Damage::OneLine);
        } else if lines.iter().any(|l| l.starts_with([' ', '\t'])) {
            damage = Some(Damage::Indented);
        } else if lines.iter().any(|l| l.trim().contains([' ', '\t'])) {
            damage = Some(Damage::OneLine);
        }
    }
    let chars: Vec<char> = body.chars().filter(|c| !c.is_whitespace()).collect();
    let mut strict = format!("-----BEGIN {label}-----\n");
    for line in chars.chunks(64) {
        strict.extend(line);
        strict.push('\n');
    }
    strict.push_str(&end_line);
    strict.push('\n');
    Some(Armour {
        label: label.to_owned(),
        text: strict,
        damage,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const BODY: &str = "MCowBQYDK2VwAyEAGb9ECWmEzf6FQbrBZ9w7lshQhqowtrbLDFw4rXAxZuE=";

    fn strict() -> String {
        format!("-----BEGIN PUBLIC KEY-----\n{BODY}\n-----END PUBLIC KEY-----\n")
    }

    #[test]
    fn a_well_formed_block_is_kept_and_not_called_damaged() {
        let a = read(&strict()).unwrap();
        assert_eq!(a.label, "PUBLIC KEY");
        assert_eq!(a.text, strict());
        assert_eq!(a.damage, None);
        // CRLF line ends and a trailing chain are not damage either.
        let crlf = strict().replace('\n', "\r\n") + &strict();
        assert_eq!(read(&crlf).unwrap().damage, None);
    }

    #[test]
    fn each_kind_of_damage_is_repaired_and_named() {
        for (pasted, damage) in [
            (
                format!("\"-----BEGIN PUBLIC KEY-----\\n{BODY}\\n-----END PUBLIC KEY-----\\n\""),
                Damage::EscapedNewlines,
            ),
            (
                format!("-----BEGIN PUBLIC KEY----- {BODY} -----END PUBLIC KEY-----"),
                Damage::OneLine,
            ),
            (
                format!(
                    "-----BEGIN PUBLIC KEY-----\n{} {}\n-----END PUBLIC KEY-----",
                    &BODY[..20],
                    &BODY[20..]
                ),
                Damage::OneLine,
            ),
            (
                format!("  -----BEGIN PUBLIC KEY-----\n    {BODY}\n    -----END PUBLIC KEY-----"),
                Damage::Indented,
            ),
        ] {
            let a = read(&pasted).unwrap();
            assert_eq!(a.damage, Some(damage), "{pasted}");
            assert_eq!(a.text, strict(), "{pasted}");
        }
    }

    #[test]
    fn long_bodies_are_wrapped_at_64() {
        let body = "A".repeat(130);
        let a = read(&format!("-----BEGIN X----- {body} -----END X-----")).unwrap();
        let lengths: Vec<usize> = a.text.lines().map(str::len).collect();
        assert_eq!(lengths, [17, 64, 64, 2, 15]);
    }

    #[test]
    fn no_armour_or_a_missing_end_is_left_to_the_library() {
        assert_eq!(read(BODY), None);
        assert_eq!(read(&format!("-----BEGIN PUBLIC KEY-----\n{BODY}\n")), None);
        assert_eq!(
            read(&format!(
                "-----BEGIN PUBLIC KEY-----\n{BODY}\n-----END CERTIFICATE-----"
            )),
            None
        );
        assert_eq!(read("-----BEGIN "), None);
    }

    #[test]
    fn encapsulated_headers_keep_their_layout() {
        let text = format!(
            "-----BEGIN RSA PRIVATE KEY-----\nProc-Type: 4,ENCRYPTED\n\n{BODY}\n-----END RSA PRIVATE KEY-----"
        );
        assert_eq!(read(&text).unwrap().text, text);
    }
}
