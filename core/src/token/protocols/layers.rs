//! A nested JWT's two layers (RFC 7519 §5.2): when the user opens the token a JWE held, the
//! encrypted token, the key that decrypted it and what that proved are kept beside the inner
//! token, so the page shows which key served which layer and can go back. The layer counts
//! only while the inner token is the one on the page.

use crate::token::jose::jwe::Decrypted;
use crate::token::jose::key::KeyInput;

/// The encrypted token an inner token came out of.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Outer {
    /// The JWE, and the key that decrypted it (to go back to both).
    pub token: String,
    /// The key that decrypted the JWE.
    pub key: KeyInput,
    /// The inner token it held.
    pub inner: String,
    /// Which key decrypted it and what that proves, as the decryption said.
    pub opened: String,
}

impl Outer {
    /// The layer of `token` and `key` that `decrypted`, if it held a nested token.
    pub fn of(token: &str, key: &KeyInput, decrypted: &Decrypted) -> Option<Outer> {
        Some(Outer {
            token: token.to_string(),
            key: key.clone(),
            inner: decrypted.nested.clone()?,
            opened: decrypted.message.clone(),
        })
    }

    /// Whether `shown` (the token on the page) is this layer's inner token.
    pub fn holds(&self, shown: Option<&str>) -> bool {
        shown == Some(self.inner.as_str())
    }

    /// The banner above the inner token.
    pub fn sentence(&self) -> String {
        format!(
            "Inner token of a nested JWT. The outer, encrypted token: {} This token's own \
             signature is verified below, with the signer's key.",
            self.opened.trim_start_matches("✓ ")
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn decrypted(nested: Option<&str>) -> Decrypted {
        Decrypted {
            message: "✓ Decrypted with the JWK. That shows its content, not who made it.".into(),
            heading: "A nested token".into(),
            body: nested.unwrap_or("{}").into(),
            nested: nested.map(str::to_string),
        }
    }

    #[test]
    fn a_layer_is_kept_only_for_its_inner_token() {
        let key = KeyInput::Public("{}".into());
        assert_eq!(Outer::of("a.b.c.d.e", &key, &decrypted(None)), None);
        let outer = Outer::of("a.b.c.d.e", &key, &decrypted(Some("x.y.z"))).unwrap();
        assert!(outer.holds(Some("x.y.z")));
        assert!(!outer.holds(Some("other.y.z")));
        assert!(!outer.holds(None));
        assert_eq!((outer.token.as_str(), &outer.key), ("a.b.c.d.e", &key));
        assert!(outer
            .sentence()
            .contains("The outer, encrypted token: Decrypted with the JWK."));
    }
}
