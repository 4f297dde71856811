//! A citation: the reference as a reader sees it ("RFC 7519 §4.1.4") and, where the source is
//! online, a deep link to that section. Findings and the claims table both cite with it, and
//! one test holds every RFC label to a link that opens the section it names.

/// A citation: the reference as written and, where the source is online, a deep link to it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Cite {
    /// The reference as a reader sees it: "RFC 7519 §4.1.4".
    pub label: &'static str,
    /// A deep link to the section, where the source is online.
    pub url: Option<&'static str>,
}

/// A citation with its link.
pub const fn cite(label: &'static str, url: &'static str) -> Cite {
    Cite {
        label,
        url: Some(url),
    }
}

/// A citation of a source that is not online, or not linked.
pub const fn unlinked(label: &'static str) -> Cite {
    Cite { label, url: None }
}

/// Why a citation's link does not match its label, for the tests of every table that cites.
/// "RFC 8725 §3.10" must link to section 3.10 of RFC 8725 at the RFC Editor, "RFC 6265bis §5.6"
/// to that section of the draft; a label without a section links to the whole document.
pub fn link_problem(c: &Cite) -> Option<String> {
    let rest = c.label.strip_prefix("RFC ")?;
    let (number, section) = match rest.split_once(" §") {
        // A note after the section, "RFC 9449 §6.1 (jkt)", is not part of it.
        Some((n, s)) => (n, s.split(" (").next()),
        None => (rest, None),
    };
    let url = c.url.unwrap_or_default();
    let document = if number.ends_with("bis") {
        url.contains(&format!("rfc{number}"))
    } else {
        url.starts_with(&format!("https://www.rfc-editor.org/rfc/rfc{number}"))
    };
    let anchor = match section {
        Some(s) => url.ends_with(&format!("#section-{s}")),
        None => !url.contains('#'),
    };
    (!document || !anchor).then(|| format!("{} does not link to its section: {url}", c.label))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_label_must_match_its_link() {
        let ok = cite(
            "RFC 7519 §4.1.4",
            "https://www.rfc-editor.org/rfc/rfc7519#section-4.1.4",
        );
        assert_eq!(link_problem(&ok), None);
        let wrong_section = cite(
            "RFC 7519 §4.1.4",
            "https://www.rfc-editor.org/rfc/rfc7519#section-4.1.5",
        );
        assert!(link_problem(&wrong_section).is_some());
        let wrong_rfc = cite(
            "RFC 7519 §4.1.4",
            "https://www.rfc-editor.org/rfc/rfc7515#section-4.1.4",
        );
        assert!(link_problem(&wrong_rfc).is_some());
        assert!(link_problem(&unlinked("RFC 7519")).is_some());
        assert_eq!(link_problem(&unlinked("Source articles")), None);
    }
}
