//! The inspector's "Remember this token" box: what to do with the browser's storage. Only a
//! token that was found is saved, so half-typed input never replaces a remembered one; unticking
//! forgets it. Secrets and keys are never stored, whatever is ticked.

/// What to do with the stored token.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Storing<'a> {
    Save(&'a str),
    /// Leave what is stored (the input holds no token right now).
    Leave,
    Forget,
}

pub fn storing(ticked: bool, token: Option<&str>) -> Storing<'_> {
    match (ticked, token) {
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
        assert_eq!(storing(true, Some("a.b.c")), Storing::Save("a.b.c"));
        assert_eq!(
            storing(true, None),
            Storing::Leave,
            "half-typed input keeps the saved token"
        );
        assert_eq!(storing(false, Some("a.b.c")), Storing::Forget);
        assert_eq!(storing(false, None), Storing::Forget);
    }
}
