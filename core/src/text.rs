//! Small text helpers shared by the core's messages. ASCII case mapping only: the texts are
//! the project's own English, and Unicode case tables would add weight to the WebAssembly.

/// "hybrid" → "Hybrid".
pub fn capitalise(s: &str) -> String {
    let mut chars = s.chars();
    chars.next().map_or_else(String::new, |c| {
        std::iter::once(c.to_ascii_uppercase())
            .chain(chars)
            .collect()
    })
}

/// "1 answer", "3 answers": a count with its noun, plural in the regular English way.
pub fn counted(n: usize, noun: &str) -> String {
    if n == 1 {
        format!("1 {noun}")
    } else {
        format!("{n} {noun}s")
    }
}

/// "a", "a and b", "a, b and c": a list in running text.
pub fn and_list<S: AsRef<str>>(items: &[S]) -> String {
    match items {
        [] => String::new(),
        [one] => one.as_ref().to_string(),
        [init @ .., last] => {
            let init: Vec<&str> = init.iter().map(AsRef::as_ref).collect();
            format!("{} and {}", init.join(", "), last.as_ref())
        }
    }
}

/// Lower-cases the first letter unless the first word is an acronym or a name ("JWT",
/// "OAuth"), for a sentence that continues after "because".
pub fn lower_first(s: &str) -> String {
    let first_word = s.split_whitespace().next().unwrap_or("");
    if first_word.chars().skip(1).any(char::is_uppercase) {
        return s.to_string();
    }
    let mut chars = s.chars();
    chars.next().map_or_else(String::new, |c| {
        std::iter::once(c.to_ascii_lowercase())
            .chain(chars)
            .collect()
    })
}

#[cfg(test)]
mod tests {
    #[test]
    fn counts_with_the_noun() {
        assert_eq!(super::counted(1, "answer"), "1 answer");
        assert_eq!(super::counted(0, "answer"), "0 answers");
        assert_eq!(super::counted(12, "answer"), "12 answers");
    }

    #[test]
    fn lists_in_running_text() {
        assert_eq!(super::and_list::<&str>(&[]), "");
        assert_eq!(super::and_list(&["a"]), "a");
        assert_eq!(super::and_list(&["a", "b"]), "a and b");
        assert_eq!(super::and_list(&["a", "b", "c"]), "a, b and c");
    }

    #[test]
    fn lowers_the_first_letter_but_not_of_a_name() {
        assert_eq!(
            super::lower_first("Server-rendered pages"),
            "server-rendered pages"
        );
        assert_eq!(super::lower_first("JWTs expire"), "JWTs expire");
        assert_eq!(super::lower_first("OAuth clients"), "OAuth clients");
        assert_eq!(super::lower_first(""), "");
    }

    #[test]
    fn capitalises_the_first_letter_only() {
        assert_eq!(super::capitalise("hybrid cookie"), "Hybrid cookie");
        assert_eq!(super::capitalise(""), "");
        assert_eq!(super::capitalise("éclair"), "éclair", "ASCII only");
    }
}
