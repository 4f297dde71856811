//! Edits to built HTML that fail loudly: each names a marker that must occur exactly once, so a
//! template change that removes or repeats it stops the build instead of shipping a page that
//! silently lacks its policy, its navigation or its worker.

/// Replaces the one occurrence of `marker` in `text`.
pub fn replace_once(text: &str, marker: &str, with: &str, what: &str) -> Result<String, String> {
    match text.matches(marker).count() {
        1 => Ok(text.replacen(marker, with, 1)),
        0 => Err(format!("{what}: “{marker}” is not in the page")),
        n => Err(format!(
            "{what}: “{marker}” is in the page {n} times, not once"
        )),
    }
}

/// Sets an attribute whose value is the placeholder `marker` (quoted or, as a minifier leaves
/// simple values, unquoted) to `value`, quoted.
pub fn set_attribute(html: &str, marker: &str, value: &str, what: &str) -> Result<String, String> {
    if value.contains('"') {
        return Err(format!("{what}: the value may not contain a double quote"));
    }
    let quoted = format!("\"{marker}\"");
    let target = if html.contains(&quoted) {
        quoted
    } else {
        format!("={marker}")
    };
    let replacement = if target.starts_with('=') {
        format!("=\"{value}\"")
    } else {
        format!("\"{value}\"")
    };
    replace_once(html, &target, &replacement, what)
}

/// Replaces the whole element `<tag …>…</tag>` whose start tag carries `attribute` (a bare
/// attribute such as `data-routes`) with `element`.
pub fn replace_element(
    html: &str,
    tag: &str,
    attribute: &str,
    element: &str,
    what: &str,
) -> Result<String, String> {
    let open = format!("<{tag}");
    let close = format!("</{tag}>");
    let mut found = Vec::new();
    let mut from = 0;
    while let Some(at) = html[from..].find(&open).map(|i| i + from) {
        let end = html[at..]
            .find('>')
            .map(|i| i + at)
            .ok_or_else(|| format!("{what}: an unclosed <{tag}"))?;
        let start_tag = &html[at..end];
        if start_tag
            .split(|c: char| c.is_whitespace() || c == '>')
            .any(|word| word == attribute || word.starts_with(&format!("{attribute}=")))
        {
            let stop = html[end..]
                .find(&close)
                .map(|i| i + end + close.len())
                .ok_or_else(|| format!("{what}: <{tag} {attribute}> is never closed"))?;
            found.push((at, stop));
        }
        from = end;
    }
    match found.as_slice() {
        [(at, stop)] => Ok(format!("{}{element}{}", &html[..*at], &html[*stop..])),
        [] => Err(format!("{what}: no <{tag} {attribute}> in the page")),
        more => Err(format!(
            "{what}: <{tag} {attribute}> is in the page {} times, not once",
            more.len()
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_marker_must_be_there_exactly_once() {
        assert_eq!(replace_once("a X b", "X", "Y", "t"), Ok("a Y b".into()));
        assert!(replace_once("a b", "X", "Y", "t")
            .unwrap_err()
            .contains("not in the page"));
        assert!(replace_once("X X", "X", "Y", "t")
            .unwrap_err()
            .contains("2 times"));
    }

    #[test]
    fn attributes_are_set_quoted_or_not() {
        let minified = r#"<meta http-equiv=Content-Security-Policy content=__CSP__>"#;
        assert_eq!(
            set_attribute(minified, "__CSP__", "default-src 'self'", "csp"),
            Ok(r#"<meta http-equiv=Content-Security-Policy content="default-src 'self'">"#.into())
        );
        let quoted = r#"<meta content="__CSP__">"#;
        assert_eq!(
            set_attribute(quoted, "__CSP__", "x y", "csp"),
            Ok(r#"<meta content="x y">"#.into())
        );
        assert!(set_attribute(quoted, "__CSP__", "a\"b", "csp").is_err());
    }

    #[test]
    fn an_element_is_found_by_its_attribute() {
        let html = r#"<nav aria-label=Main data-routes></nav><nav aria-label=Other></nav>"#;
        assert_eq!(
            replace_element(html, "nav", "data-routes", "<nav>new</nav>", "nav"),
            Ok("<nav>new</nav><nav aria-label=Other></nav>".into())
        );
        let quoted = r#"<nav aria-label="Main" data-routes=""><a>old</a></nav>"#;
        assert_eq!(
            replace_element(quoted, "nav", "data-routes", "<nav/>", "nav"),
            Ok("<nav/>".into())
        );
        assert!(replace_element("<nav></nav>", "nav", "data-routes", "", "nav").is_err());
        let twice = "<nav data-routes></nav><nav data-routes></nav>";
        assert!(replace_element(twice, "nav", "data-routes", "", "nav")
            .unwrap_err()
            .contains("2 times"));
        assert!(
            replace_element("<nav data-routesx></nav>", "nav", "data-routes", "", "nav").is_err()
        );
    }
}
