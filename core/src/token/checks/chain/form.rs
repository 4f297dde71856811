//! The chain page's form as the page shows it: nothing yet, what to paste next, a problem
//! beside the field it belongs to, or inputs ready for the worker. The page renders this and
//! forwards; which message goes where is decided here.

use super::input::{read, Field, InputError, Inputs};

/// A field of the chain page's form.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FormField {
    /// The token.
    Token,
    /// The pasted chain.
    Chain,
    /// The trust anchors.
    Anchors,
}

/// What the form shows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Shown {
    /// Nothing has been pasted.
    Nothing,
    /// What to paste next: not an error.
    Next(String),
    /// What is wrong, and with which field.
    Problem {
        /// The field the problem is in.
        field: FormField,
        /// What is wrong, in a sentence.
        message: String,
    },
    /// Ready to check.
    Check(Inputs),
}

/// The form for these three texts.
pub fn shown(token: &str, chain: &str, anchors: &str) -> Shown {
    let empty = |s: &str| s.trim().is_empty();
    if empty(token) && empty(chain) && empty(anchors) {
        return Shown::Nothing;
    }
    match read(token, chain, anchors) {
        Ok(inputs) => Shown::Check(inputs),
        Err(e @ (InputError::NoAnchor | InputError::NoChain)) => Shown::Next(e.to_string()),
        Err(e) => {
            let field = match &e {
                InputError::NoToken(_)
                | InputError::NotSigned(_)
                | InputError::X5cNotList
                | InputError::X5cEntry(_) => FormField::Token,
                InputError::TwoChains => FormField::Chain,
                InputError::NotCertificate { field, .. }
                | InputError::PemBody(field)
                | InputError::NotPem(field)
                | InputError::TooMany(field)
                | InputError::TooLarge(field) => match field {
                    Field::Chain => FormField::Chain,
                    Field::Anchors => FormField::Anchors,
                },
                InputError::NoAnchor | InputError::NoChain => FormField::Anchors,
            };
            Shown::Problem {
                field,
                message: e.to_string(),
            }
        }
    }
}

impl Shown {
    /// The problem's message, if it belongs to `field`.
    pub fn problem_in(&self, field: FormField) -> Option<String> {
        match self {
            Shown::Problem { field: f, message } if *f == field => Some(message.clone()),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::token::jose::base64url::encode;

    const PEM: &str = "-----BEGIN CERTIFICATE-----\nAQID\n-----END CERTIFICATE-----\n";

    fn token(header: &str) -> String {
        format!("{}.{}.c2ln", encode(header.as_bytes()), encode(b"{}"))
    }

    #[test]
    fn the_form_says_what_comes_next_before_it_says_what_is_wrong() {
        assert_eq!(shown(" ", "", "\n"), Shown::Nothing);
        let with_x5c = token(r#"{"alg":"ES256","x5c":["AQID"]}"#);
        // A token with its chain, no anchor yet: what to paste next, not an error.
        assert!(
            matches!(shown(&with_x5c, "", ""), Shown::Next(m) if m.starts_with("Paste the certificate you trust"))
        );
        // A token without x5c: paste its chain.
        let without = token(r#"{"alg":"ES256"}"#);
        assert!(matches!(shown(&without, "", PEM), Shown::Next(m) if m.contains("no x5c")));
        assert!(matches!(shown(&with_x5c, "", PEM), Shown::Check(_)));
    }

    #[test]
    fn each_problem_is_shown_beside_its_field() {
        let with_x5c = token(r#"{"alg":"ES256","x5c":["AQID"]}"#);
        let bad_x5c = token(r#"{"alg":"ES256","x5c":"AQID"}"#);
        let cases = [
            (shown("hello", "", PEM), FormField::Token),
            (shown(&bad_x5c, "", PEM), FormField::Token),
            (shown(&with_x5c, PEM, PEM), FormField::Chain),
            (shown("", "not pem", PEM), FormField::Chain),
            (shown(&with_x5c, "", "my root"), FormField::Anchors),
        ];
        for (s, field) in cases {
            assert!(s.problem_in(field).is_some(), "{s:?} in {field:?}");
            for other in [FormField::Token, FormField::Chain, FormField::Anchors] {
                if other != field {
                    assert_eq!(s.problem_in(other), None);
                }
            }
        }
    }
}
