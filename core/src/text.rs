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

#[cfg(test)]
mod tests {
    #[test]
    fn capitalises_the_first_letter_only() {
        assert_eq!(super::capitalise("hybrid cookie"), "Hybrid cookie");
        assert_eq!(super::capitalise(""), "");
        assert_eq!(super::capitalise("éclair"), "éclair", "ASCII only");
    }
}
