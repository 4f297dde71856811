//! The inspector's "Verify the signature" form as a model: which kind of key the user verifies
//! with, what they typed, the key that follows from it, and how the form follows a new token
//! (it offers the kind of key the token's algorithm needs, and keeps the user's own choice for
//! the same algorithm).

use crate::token::jose::alg::Alg;
use crate::token::jose::jwe::KeyAlg;
use crate::token::jose::key::{secret_bytes, KeyInput, SecretEncoding};
use crate::token::service::verification::Reported;

/// Which kind of key the user verifies with.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum KeyMode {
    /// A shared secret: HMAC's, or a JWE's key-wrapping secret or password.
    #[default]
    Secret,
    /// A public key (PEM, a JWK or a JWKS), or a JWE recipient's private key.
    Public,
}

/// The kind of key a token with this `alg` is verified with here; `None` when this page cannot
/// verify it (unsigned, unknown, or not implemented), so the form keeps what it had.
pub fn mode_for(alg: &str) -> Option<KeyMode> {
    // A JWE's key management algorithm: a shared secret or password, or a private key.
    if let Some(alg) = KeyAlg::from_name(alg) {
        return Some(if alg.takes_secret() {
            KeyMode::Secret
        } else {
            KeyMode::Public
        });
    }
    let alg = Alg::from_name(alg).filter(|a| a.is_supported())?;
    Some(if alg.is_hmac() {
        KeyMode::Secret
    } else {
        KeyMode::Public
    })
}

/// What the form holds. Both fields keep their text while the other mode is shown.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct KeyForm {
    /// Which field is shown, and used.
    pub mode: KeyMode,
    /// The secret as typed.
    pub secret: String,
    /// How the secret is written.
    pub encoding: SecretEncoding,
    /// The key as pasted: a public key, or for a JWE the recipient's private key.
    pub public: String,
}

impl Default for KeyForm {
    fn default() -> Self {
        KeyForm {
            mode: KeyMode::Secret,
            secret: String::new(),
            encoding: SecretEncoding::Text,
            public: String::new(),
        }
    }
}

impl KeyForm {
    /// The form for a token opened together with the key that verifies it (an example, or the
    /// workbench's result): a key left from the previous token would only mislead.
    pub fn opened(&self, key: Option<KeyInput>) -> KeyForm {
        let mut form = KeyForm {
            mode: self.mode,
            encoding: self.encoding,
            ..KeyForm::default()
        };
        match key {
            Some(KeyInput::Secret { text, encoding }) => {
                form.mode = KeyMode::Secret;
                form.encoding = encoding;
                form.secret = text;
            }
            Some(KeyInput::Public(text)) => {
                form.mode = KeyMode::Public;
                form.public = text;
            }
            None => {}
        }
        form
    }

    /// The pasted token changed from one with `before` as its `alg` to one with `after`: offer
    /// the kind of key `after` needs. For the same algorithm the user's choice stays.
    pub fn follow_token(&mut self, before: Option<&str>, after: Option<&str>) {
        if before == after {
            return;
        }
        if let Some(mode) = after.and_then(mode_for) {
            self.mode = mode;
        }
    }

    /// The key to verify with, once something is typed in the field shown.
    pub fn key(&self) -> Option<KeyInput> {
        match self.mode {
            KeyMode::Secret if !self.secret.is_empty() => Some(KeyInput::Secret {
                text: self.secret.clone(),
                encoding: self.encoding,
            }),
            KeyMode::Public if !self.public.trim().is_empty() => {
                Some(KeyInput::Public(self.public.clone()))
            }
            _ => None,
        }
    }

    /// The secret's length in bytes, when verifying with a secret that reads in its encoding
    /// (for the finding about secrets shorter than the hash).
    pub fn secret_len(&self) -> Option<usize> {
        (self.mode == KeyMode::Secret)
            .then(|| secret_bytes(&self.secret, self.encoding).ok())
            .flatten()
            .map(|b| b.len())
    }
}

/// A result (a verification, or a decryption) with the token and key it is about. It counts
/// only while both are still the ones on the page, so a late answer never describes another
/// token or key.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Checked<R = Option<Reported>> {
    /// The token it is about.
    pub token: String,
    /// The key it is about.
    pub key: KeyInput,
    /// What the worker found.
    pub result: R,
}

impl<R> Checked<R> {
    /// The result, if it is about this token and this key.
    pub fn about(&self, token: Option<&str>, key: Option<&KeyInput>) -> Option<&R> {
        (token == Some(self.token.as_str()) && key == Some(&self.key)).then_some(&self.result)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_kind_of_key_follows_the_algorithm() {
        assert_eq!(mode_for("HS384"), Some(KeyMode::Secret));
        assert_eq!(mode_for("ES256"), Some(KeyMode::Public));
        assert_eq!(mode_for("Ed25519"), Some(KeyMode::Public));
        assert_eq!(mode_for("ML-DSA-65"), Some(KeyMode::Public));
        assert_eq!(mode_for("ES256K"), None, "not verified here");
        assert_eq!(mode_for("none"), None);
        assert_eq!(mode_for("hs256"), None);
        // A JWE: its key wrap secret or password, or the recipient's private key.
        assert_eq!(mode_for("A128KW"), Some(KeyMode::Secret));
        assert_eq!(mode_for("PBES2-HS256+A128KW"), Some(KeyMode::Secret));
        assert_eq!(mode_for("ECDH-ES"), Some(KeyMode::Public));
    }

    #[test]
    fn an_hmac_token_after_a_public_key_one_offers_a_secret() {
        let mut f = KeyForm {
            mode: KeyMode::Public,
            ..KeyForm::default()
        };
        f.follow_token(Some("ES256"), Some("HS384"));
        assert_eq!(f.mode, KeyMode::Secret);
        f.follow_token(Some("HS384"), Some("PS256"));
        assert_eq!(f.mode, KeyMode::Public);
    }

    #[test]
    fn a_new_token_offers_its_kind_of_key_and_the_users_choice_stays() {
        let mut f = KeyForm::default();
        f.follow_token(None, Some("RS256"));
        assert_eq!(f.mode, KeyMode::Public);
        // The user switches to a secret for the same token, then edits its claims.
        f.mode = KeyMode::Secret;
        f.follow_token(Some("RS256"), Some("RS256"));
        assert_eq!(f.mode, KeyMode::Secret, "the user's choice stays");
        f.follow_token(Some("RS256"), Some("HS256"));
        assert_eq!(f.mode, KeyMode::Secret);
        f.follow_token(Some("HS256"), Some("ES256K"));
        assert_eq!(
            f.mode,
            KeyMode::Secret,
            "an algorithm it cannot verify changes nothing"
        );
        f.follow_token(Some("ES256K"), None);
        assert_eq!(f.mode, KeyMode::Secret);
    }

    #[test]
    fn the_key_is_what_the_shown_field_holds() {
        let mut f = KeyForm::default();
        assert_eq!(f.key(), None);
        f.secret = "s3cret".into();
        f.public = "  ".into();
        assert_eq!(
            f.key(),
            Some(KeyInput::Secret {
                text: "s3cret".into(),
                encoding: SecretEncoding::Text
            })
        );
        assert_eq!(f.secret_len(), Some(6));
        f.mode = KeyMode::Public;
        assert_eq!(f.key(), None, "white space is not a key");
        assert_eq!(f.secret_len(), None);
        f.public = "{}".into();
        assert_eq!(f.key(), Some(KeyInput::Public("{}".into())));
        f.mode = KeyMode::Secret;
        f.encoding = SecretEncoding::Base64Url;
        f.secret = "a+b".into();
        assert_eq!(
            f.secret_len(),
            None,
            "a secret that does not read has no length"
        );
    }

    #[test]
    fn a_result_counts_only_for_its_own_token_and_key() {
        use crate::token::service::verification::{KeyUsed, Verification};
        let key = KeyInput::Public("pem".into());
        let checked = Checked {
            token: "a.b.c".into(),
            key: key.clone(),
            result: Some(Reported::from(&Verification::Valid { key: KeyUsed::Jwk })),
        };
        assert!(checked
            .about(Some("a.b.c"), Some(&key))
            .is_some_and(Option::is_some));
        assert_eq!(
            checked.about(Some("a.b.d"), Some(&key)),
            None,
            "another token"
        );
        assert_eq!(
            checked.about(Some("a.b.c"), Some(&KeyInput::Public("other".into()))),
            None
        );
        assert_eq!(
            checked.about(Some("a.b.c"), None),
            None,
            "the key was cleared"
        );
        assert_eq!(checked.about(None, Some(&key)), None);
    }

    #[test]
    fn opening_a_token_with_its_key_replaces_the_old_key() {
        let mut f = KeyForm {
            mode: KeyMode::Secret,
            secret: "old".into(),
            encoding: SecretEncoding::Base64,
            public: "old pem".into(),
        };
        let opened = f.opened(Some(KeyInput::Public("pem".into())));
        assert_eq!(
            opened,
            KeyForm {
                mode: KeyMode::Public,
                secret: String::new(),
                encoding: SecretEncoding::Base64,
                public: "pem".into()
            }
        );
        f.mode = KeyMode::Public;
        let bare = f.opened(None);
        assert_eq!(
            (bare.mode, bare.secret.as_str(), bare.public.as_str()),
            (KeyMode::Public, "", "")
        );
    }
}
