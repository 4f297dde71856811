//! The glossary: the terms the app uses, and the annotator that finds them in any text so the
//! view can link each one to its definition.

mod terms;

pub use terms::{MENTIONS, TERMS};

/// A glossary entry.
#[derive(Debug)]
pub struct Term {
    /// Anchor on the glossary page.
    pub id: &'static str,
    /// The term as the glossary page heads its entry ("Access token").
    pub term: &'static str,
    /// The definition, in the project's own words.
    pub definition: &'static str,
    /// Ids of the knowledge base's sources that back the definition.
    pub sources: &'static [&'static str],
}

/// The forms of a glossary entry that are linked in other texts.
#[derive(Debug)]
pub struct Mention {
    /// The entry's `Term::id`.
    pub id: &'static str,
    /// Forms linked in other texts, matched ignoring ASCII case on word boundaries.
    pub matches: &'static [&'static str],
}

/// A piece of annotated text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Segment<'a> {
    /// Plain text, shown as it is.
    Text(&'a str),
    /// A mention of a glossary term, to be linked to its entry.
    Term {
        /// The words as they appear in the text, in their original case.
        text: &'a str,
        /// The entry's `Term::id`: its anchor on the glossary page.
        id: &'static str,
    },
    /// Inline code: what the knowledge base writes between backticks (`none`, `__Host-`),
    /// without the backticks.
    Code(&'a str),
}

/// Splits `text` so that what sits between backticks becomes a `Code` segment and the first
/// mention of each glossary term elsewhere becomes a `Term` segment. Matching ignores ASCII
/// case and respects word boundaries; the earliest, then longest, match wins where two
/// overlap. An unpaired backtick stays as text.
pub fn annotate(text: &str) -> Vec<Segment<'_>> {
    let mut out = Vec::new();
    let mut linked: Vec<&'static str> = Vec::new();
    let mut rest = text;
    loop {
        let code = rest
            .find('`')
            .and_then(|open| Some((open, open + 1 + rest[open + 1..].find('`')?)));
        let (plain, tail) = match code {
            Some((open, _)) => (&rest[..open], Some(&rest[open..])),
            None => (rest, None),
        };
        for seg in annotate_with(plain, MENTIONS) {
            match seg {
                Segment::Term { id, text } if linked.contains(&id) => out.push(Segment::Text(text)),
                Segment::Term { id, .. } => {
                    linked.push(id);
                    out.push(seg)
                }
                other => out.push(other),
            }
        }
        match (code, tail) {
            (Some((open, close)), Some(_)) => {
                out.push(Segment::Code(&rest[open + 1..close]));
                rest = &rest[close + 1..];
            }
            _ => break,
        }
    }
    out
}

fn annotate_with<'a>(text: &'a str, terms: &'static [Mention]) -> Vec<Segment<'a>> {
    let lower = text.to_ascii_lowercase();
    let mut found: Vec<(usize, usize, &'static str)> = Vec::new();
    for t in terms {
        let first = t
            .matches
            .iter()
            .filter_map(|m| find_word(&lower, &m.to_ascii_lowercase()).map(|at| (at, at + m.len())))
            .min_by_key(|(start, end)| (*start, usize::MAX - end));
        if let Some((start, end)) = first {
            found.push((start, end, t.id));
        }
    }
    // Earliest first, then the longest.
    crate::order::by_key(&mut found, |(start, end, _)| {
        (*start as i64, -(*end as i64))
    });
    let mut out = Vec::new();
    let mut at = 0;
    for (start, end, id) in found {
        if start < at {
            continue;
        }
        if start > at {
            out.push(Segment::Text(&text[at..start]));
        }
        out.push(Segment::Term {
            text: &text[start..end],
            id,
        });
        at = end;
    }
    if at < text.len() {
        out.push(Segment::Text(&text[at..]));
    }
    out
}

/// The first position of `needle` in `haystack` with no letter or digit on either side.
fn find_word(haystack: &str, needle: &str) -> Option<usize> {
    // An empty needle would match everywhere and never advance.
    if needle.is_empty() {
        return None;
    }
    let bytes = haystack.as_bytes();
    let is_word = |b: u8| b.is_ascii_alphanumeric();
    let mut from = 0;
    while let Some(pos) = haystack.get(from..)?.find(needle) {
        let start = from + pos;
        let end = start + needle.len();
        let before = start == 0 || !is_word(bytes[start - 1]);
        let after = end == bytes.len() || !is_word(bytes[end]);
        if before && after {
            return Some(start);
        }
        from = start + 1;
        while !haystack.is_char_boundary(from) {
            from += 1;
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn terms_in(text: &str) -> Vec<(&str, &str)> {
        annotate(text)
            .into_iter()
            .filter_map(|s| match s {
                Segment::Term { text, id } => Some((text, id)),
                Segment::Text(_) | Segment::Code(_) => None,
            })
            .collect()
    }

    #[test]
    fn backticks_make_code_and_are_never_linked() {
        let t =
            "Never accept `none`; keep a `jti` denylist, and a JWT is not `JWT` code. A ` alone.";
        let segs = annotate(t);
        assert!(segs.contains(&Segment::Code("none")) && segs.contains(&Segment::Code("jti")));
        assert!(
            segs.contains(&Segment::Code("JWT")),
            "code is never a glossary link"
        );
        assert_eq!(
            terms_in(t),
            vec![("denylist", "denylist"), ("JWT", "jwt")],
            "terms outside code are linked once"
        );
        assert_eq!(segs.last(), Some(&Segment::Text(" code. A ` alone.")));
        let rebuilt: String = segs
            .iter()
            .map(|s| match s {
                Segment::Text(x) | Segment::Term { text: x, .. } => x.to_string(),
                Segment::Code(c) => format!("`{c}`"),
            })
            .collect();
        assert_eq!(rebuilt, t);
    }

    #[test]
    fn links_the_first_mention_of_each_term() {
        let t =
            "Rotate the refresh token; a refresh token reused means reuse detection fires. CSRF!";
        assert_eq!(
            terms_in(t),
            vec![
                ("refresh token", "refresh-token"),
                ("reuse detection", "reuse-detection"),
                ("CSRF", "csrf")
            ]
        );
        let rebuilt: String = annotate(t)
            .into_iter()
            .map(|s| match s {
                Segment::Text(x) | Segment::Term { text: x, .. } | Segment::Code(x) => x,
            })
            .collect();
        assert_eq!(rebuilt, t, "annotation never changes the text");
    }

    #[test]
    fn respects_word_boundaries_and_prefers_the_longest_match() {
        assert_eq!(terms_in("kids and skidding"), vec![]);
        assert_eq!(
            terms_in("a rotating refresh token"),
            vec![("rotating refresh token", "refresh-rotation")]
        );
        assert_eq!(terms_in("JWTs are signed"), vec![("JWTs", "jwt")]);
    }

    #[test]
    fn an_empty_match_finds_nothing() {
        assert_eq!(find_word("any text", ""), None);
        assert!(MENTIONS
            .iter()
            .all(|t| t.matches.iter().all(|m| !m.is_empty())));
    }

    #[test]
    fn handles_text_that_is_not_ascii() {
        let t = "Über «XSS» — ok";
        assert_eq!(terms_in(t), vec![("XSS", "xss")]);
    }

    #[test]
    fn every_term_is_complete_and_ids_are_unique() {
        let mut ids = std::collections::BTreeSet::new();
        assert_eq!(TERMS.len(), MENTIONS.len(), "one mention list per entry");
        for (t, m) in TERMS.iter().zip(MENTIONS) {
            assert!(ids.insert(t.id), "duplicate {}", t.id);
            assert_eq!(t.id, m.id, "MENTIONS follows TERMS' order");
            assert!(
                !t.definition.is_empty() && !m.matches.is_empty() && !t.sources.is_empty(),
                "{}",
                t.id
            );
            for s in t.sources {
                assert!(
                    crate::guide::KNOWLEDGE.source(s).is_some(),
                    "{}: unknown source {s}",
                    t.id
                );
            }
        }
        let required = [
            "session-fixation",
            "csrf",
            "xss",
            "refresh-rotation",
            "reuse-detection",
            "bff",
            "jwks",
            "kid",
            "dpop",
            "mtls",
        ];
        for r in required {
            assert!(ids.contains(r), "missing {r}");
        }
    }
}
