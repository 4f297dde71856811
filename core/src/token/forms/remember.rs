//! The inspector's "Remember this token" box: what to do with the browser's storage. Only a
//! token that was found is saved, so half-typed input never replaces a remembered one; unticking
//! forgets it. Secrets and keys are never stored, whatever is ticked.

/// What to do with the stored token.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Storing<'a> {
    /// Store this token.
    Save(&'a str),
    /// Leave what is stored (the input holds no token right now).
    Leave,
    /// Remove the stored token (the box is unticked).
    Forget,
}

/// What to do with the saved token. `decrypted`: the token shown came out of a JWE (a nested
/// JWT's inner token), which is never stored; the encrypted token saved before it stays.
pub fn storing(ticked: bool, token: Option<&str>, decrypted: bool) -> Storing<'_> {
    match (ticked, token) {
        (true, Some(_)) if decrypted => Storing::Leave,
        (true, Some(token)) => Storing::Save(token),
        (true, None) => Storing::Leave,
        (false, _) => Storing::Forget,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_a_found_token_is_saved_and_unticking_forgets() {
        assert_eq!(storing(true, Some("a.b.c"), false), Storing::Save("a.b.c"));
        assert_eq!(
            storing(true, Some("a.b.c"), true),
            Storing::Leave,
            "a decrypted inner token is never saved"
        );
        assert_eq!(
            storing(true, None, false),
            Storing::Leave,
            "half-typed input keeps the saved token"
        );
        assert_eq!(storing(false, Some("a.b.c"), false), Storing::Forget);
        assert_eq!(storing(false, None, true), Storing::Forget);
    }
}
