//! Signature verification with a key the user supplies: an HMAC secret (text, base64 or
//! base64url), or a public key as PEM (SubjectPublicKeyInfo, PKCS#1 or an X.509 certificate),
//! a JWK, or a JWKS from which the key is chosen by `kid`. Key material or locations carried by
//! the token itself (`jwk`, `jku`, `x5u`, `x5c`) are never used. The algorithm is the one the
//! token names, and the key must be of its kind: an HMAC token checked against a public key is
//! tried the way attackers forge it (key confusion), never accepted.

use authpick_core::token::jose::alg::{is_unsigned, Alg, KeyKind};
use authpick_core::token::jose::base64url;
use authpick_core::token::jose::decode::{Decoded, Form};
use authpick_core::token::jose::key::{secret_bytes, KeyInput};
use authpick_core::token::jose::pem_armour;
use authpick_core::token::service::verification::{
    Hint, KeyProblem, KeyUsed, Mismatch, Unverifiable, Verification,
};
use jsonwebtoken::jwk::AlgorithmParameters;
use jsonwebtoken::DecodingKey;
use rsa::traits::PublicKeyParts;
use rsa::RsaPublicKey;
use serde_json::Value;

use super::alg::is_verified_here;
use super::diagnose;
use super::key_shape;
use super::public_key::{self, CheckError, JwkError, JwkKey, JwkRead, PemError, PublicKey};

/// Verifies `token` (already decoded as `d`) with `key`.
pub fn verify(token: &str, d: &Decoded, key: &KeyInput) -> Verification {
    match job(token, d) {
        Ok(job) => job.with(key),
        Err(why) => Verification::NotVerifiable(why),
    }
}

/// What one verification checks: the signing input, the signature and the pinned algorithm.
struct Job<'a> {
    alg: Alg,
    kid: Option<&'a str>,
    message: &'a str,
    signature: &'a str,
}

fn job<'a>(token: &'a str, d: &'a Decoded) -> Result<Job<'a>, Unverifiable> {
    if d.form == Form::Jwe {
        return Err(Unverifiable::Encrypted);
    }
    let header = d
        .header
        .as_ref()
        .map_err(|_| Unverifiable::HeaderUnreadable)?;
    let name = header
        .get("alg")
        .and_then(Value::as_str)
        .ok_or(Unverifiable::NoAlg)?;
    if is_unsigned(name) {
        return Err(Unverifiable::Unsigned);
    }
    let alg = Alg::from_name(name).ok_or_else(|| Unverifiable::UnknownAlg(name.to_string()))?;
    if !is_verified_here(alg) {
        return Err(Unverifiable::NotImplemented(alg));
    }
    let (message, signature) = token
        .rsplit_once('.')
        .ok_or(Unverifiable::NoSignaturePart)?;
    Ok(Job {
        alg,
        kid: header.get("kid").and_then(Value::as_str),
        message,
        signature,
    })
}

impl Job<'_> {
    fn with(&self, key: &KeyInput) -> Verification {
        match key {
            KeyInput::Secret { text, encoding } => {
                if !self.alg.is_hmac() {
                    return Verification::Mismatch(Mismatch::SecretForPublicKey { alg: self.alg });
                }
                match secret_bytes(text, *encoding) {
                    Ok(bytes) => {
                        let result = self.check(
                            &PublicKey::Library(DecodingKey::from_secret(&bytes)),
                            KeyUsed::Secret { bytes: bytes.len() },
                        );
                        // What people usually get wrong: the encoding, white space.
                        with_hint(result, || {
                            diagnose::secret(text, *encoding, |b| self.verifies_with_secret(b))
                        })
                    }
                    Err(error) => Verification::BadKey(KeyProblem::Secret {
                        error,
                        // Text pasted with the base64 choice still set, or the reverse.
                        verifies_as: match diagnose::secret(text, *encoding, |b| {
                            self.verifies_with_secret(b)
                        }) {
                            Some(Hint::SecretEncoding(e)) => Some(e),
                            _ => None,
                        },
                    }),
                }
            }
            KeyInput::Public(text) if self.alg.is_hmac() => self.confusion(text),
            KeyInput::Public(text) => self.public(text.trim()),
        }
    }

    /// Verifies with `key`, described in the result as `used`.
    fn check(&self, key: &PublicKey, used: KeyUsed) -> Verification {
        match key.verifies(self.alg, self.message.as_bytes(), self.signature) {
            Ok(true) => Verification::Valid { key: used },
            Ok(false) => Verification::Invalid {
                key: used,
                hint: None,
            },
            Err(CheckError::SignatureNotBase64) => {
                Verification::NotVerifiable(Unverifiable::SignatureNotBase64)
            }
            Err(CheckError::Refused(detail)) => Verification::Mismatch(Mismatch::Refused {
                alg: self.alg,
                detail,
            }),
        }
    }

    fn verifies_with_secret(&self, bytes: &[u8]) -> bool {
        PublicKey::Library(DecodingKey::from_secret(bytes))
            .verifies(self.alg, self.message.as_bytes(), self.signature)
            .unwrap_or(false)
    }

    /// For a public key that does not verify: with RSA, whether it made the signature over
    /// other content or not at all; with other algorithms the two cannot be told apart.
    fn public_key_hint(&self, rsa_key: Option<RsaPublicKey>) -> Option<Hint> {
        if !matches!(self.alg.key(), KeyKind::Rsa) {
            return Some(Hint::WrongKeyOrChanged);
        }
        let signature = base64url::decode(self.signature).ok()?.0;
        diagnose::rsa(self.alg, &rsa_key?, &signature)
    }

    /// Key confusion: the public key's text as the HMAC secret, as attackers try it.
    fn confusion(&self, text: &str) -> Verification {
        let trailing = format!("{}\n", text.trim_end());
        let forged = [text, text.trim(), text.trim_end(), trailing.as_str()]
            .into_iter()
            .any(|candidate| self.verifies_with_secret(candidate.as_bytes()));
        if forged {
            Verification::KeyConfusion
        } else {
            Verification::Mismatch(Mismatch::PublicKeyForHmac { alg: self.alg })
        }
    }

    fn public(&self, text: &str) -> Verification {
        if text.is_empty() {
            return Verification::BadKey(KeyProblem::Empty);
        }
        if let Err(p) = key_shape::text(text) {
            return Verification::BadKey(KeyProblem::Shape(p));
        }
        if text.trim_start_matches('"').starts_with("-----BEGIN") {
            return self.pem(text);
        }
        if !text.starts_with('{') {
            return Verification::BadKey(KeyProblem::NeitherPemNorJson);
        }
        let value: Value = match serde_json::from_str(text) {
            Ok(v) => v,
            Err(e) => return Verification::BadKey(KeyProblem::NotJson(e.to_string())),
        };
        if let Some(keys) = value.get("keys") {
            return match jwks(keys) {
                Ok(set) => self.jwks(&set),
                Err(p) => Verification::BadKey(p),
            };
        }
        match public_key::read_jwk(value) {
            Ok(jwk) => self.jwk(&jwk, KeyUsed::Jwk),
            Err(JwkError::Invalid(e)) => Verification::BadKey(KeyProblem::BadJwk(e)),
            Err(e) => self.unusable(e, KeyUsed::Jwk),
        }
    }

    fn pem(&self, pasted: &str) -> Verification {
        // Armour damaged in copying is repaired first, and the result says so.
        let (text, label, repaired) = match pem_armour::read(pasted) {
            Some(a) => (a.text, a.label.to_ascii_lowercase(), a.damage),
            None => {
                let first = pasted.lines().next().unwrap_or("");
                let label = first
                    .trim_start_matches("-----BEGIN ")
                    .trim_end_matches('-');
                (pasted.to_owned(), label.to_ascii_lowercase(), None)
            }
        };
        let text = text.as_str();
        if label.contains("private key") {
            return Verification::BadKey(KeyProblem::PrivateKey);
        }
        if let Err(p) = key_shape::pem(text) {
            return Verification::BadKey(KeyProblem::Shape(p));
        }
        let used = |kind| KeyUsed::Pem {
            label: label.clone(),
            kind,
            repaired,
        };
        let wanted = self.alg.key();
        // The kind first: a key of another type or curve is named, not tried.
        if let Some(found) = public_key::pem_kind(text, &label).filter(|k| *k != wanted) {
            return Verification::Mismatch(Mismatch::KeyKind {
                key: used(found),
                found: Some(found),
                alg: self.alg,
            });
        }
        match public_key::from_pem(text, &label) {
            Ok((kind, key)) => {
                let result = self.check(&key, used(kind));
                with_hint(result, || self.public_key_hint(rsa_from_pem(text)))
            }
            Err(PemError::UnknownKind) => Verification::Mismatch(Mismatch::KeyKind {
                key: used(wanted),
                found: None,
                alg: self.alg,
            }),
            Err(PemError::Unreadable(e)) => Verification::BadKey(KeyProblem::UnreadablePem(e)),
        }
    }

    fn jwk(&self, jwk: &JwkRead, used: KeyUsed) -> Verification {
        if jwk.kind != Some(self.alg.key()) {
            return Verification::Mismatch(Mismatch::KeyKind {
                key: used,
                found: jwk.kind,
                alg: self.alg,
            });
        }
        match jwk.key() {
            Ok(key) => {
                let result = self.check(&key, used);
                with_hint(result, || self.public_key_hint(rsa_from_jwk(jwk)))
            }
            Err(e) => self.unusable(e, used),
        }
    }

    fn unusable(&self, e: JwkError, key: KeyUsed) -> Verification {
        match e {
            JwkError::Invalid(e) => Verification::BadKey(KeyProblem::BadJwk(e)),
            JwkError::Shape(p) => Verification::BadKey(KeyProblem::Shape(p)),
            JwkError::Unusable(detail) => {
                Verification::BadKey(KeyProblem::UnusableJwk { key, detail })
            }
        }
    }

    fn fits(&self, jwk: &JwkRead) -> bool {
        jwk.kind == Some(self.alg.key())
    }

    fn jwks(&self, set: &[JwkRead]) -> Verification {
        if set.is_empty() {
            return Verification::BadKey(KeyProblem::EmptyJwks);
        }
        if let Some(kid) = self.kid {
            return match set.iter().find(|k| k.kid.as_deref() == Some(kid)) {
                Some(jwk) => match self.jwk(jwk, KeyUsed::JwksKid(kid.to_string())) {
                    // The named key fails: does another one verify (a stale kid or JWKS)?
                    Verification::Invalid { key, hint } => Verification::Invalid {
                        key,
                        hint: self.other_key(set, Some(kid)).map(Hint::OtherKey).or(hint),
                    },
                    other => other,
                },
                None => Verification::BadKey(KeyProblem::UnknownKid {
                    kid: kid.to_string(),
                    available: set.iter().filter_map(|k| k.kid.clone()).collect(),
                    verified_by: self.other_key(set, None),
                }),
            };
        }
        // No kid: try every key that fits the algorithm and say which one matched. A key that
        // cannot be used at all is only the answer when no key could be tried.
        let mut tried = 0;
        let mut unusable = None;
        for (i, jwk) in set.iter().enumerate() {
            if !self.fits(jwk) {
                continue;
            }
            match self.jwk(jwk, position(jwk, i)) {
                valid @ Verification::Valid { .. } => return valid,
                Verification::Invalid { .. } => tried += 1,
                other => {
                    unusable.get_or_insert(other);
                }
            }
        }
        match (tried, unusable) {
            (0, Some(problem)) => problem,
            (0, None) => Verification::Mismatch(Mismatch::NoFittingJwk { alg: self.alg }),
            _ => Verification::Invalid {
                key: KeyUsed::EveryFittingJwk { tried },
                hint: None,
            },
        }
    }
}

impl Job<'_> {
    /// The key of `set` other than the one named `skip` that verifies the token, if any.
    fn other_key(&self, set: &[JwkRead], skip: Option<&str>) -> Option<KeyUsed> {
        set.iter().enumerate().find_map(|(i, jwk)| {
            if (skip.is_some() && jwk.kid.as_deref() == skip) || !self.fits(jwk) {
                return None;
            }
            let used = position(jwk, i);
            let key = jwk.key().ok()?;
            self.check(&key, used.clone()).is_valid().then_some(used)
        })
    }
}

/// How a key of a JWKS is named: by its kid, or by its place counted from 1.
fn position(jwk: &JwkRead, i: usize) -> KeyUsed {
    match &jwk.kid {
        Some(kid) => KeyUsed::JwksKid(kid.clone()),
        None => KeyUsed::JwksPosition(i + 1),
    }
}

/// A JWKS's `keys`, each read far enough to know its kind. A JWKS with more keys than any real
/// one is refused before any is read.
fn jwks(keys: &Value) -> Result<Vec<JwkRead>, KeyProblem> {
    let Value::Array(keys) = keys else {
        return Err(KeyProblem::BadJwks("`keys` is not an array".into()));
    };
    key_shape::jwks(keys.len()).map_err(KeyProblem::Shape)?;
    keys.iter()
        .enumerate()
        .map(|(i, k)| {
            public_key::read_jwk(k.clone()).map_err(|e| match e {
                JwkError::Invalid(e) => KeyProblem::BadJwks(format!("key {}: {e}", i + 1)),
                JwkError::Shape(p) => KeyProblem::Shape(p),
                JwkError::Unusable(e) => KeyProblem::BadJwks(format!("key {}: {e}", i + 1)),
            })
        })
        .collect()
}

/// Adds the hint `find` makes to an invalid result that has none.
fn with_hint(result: Verification, find: impl FnOnce() -> Option<Hint>) -> Verification {
    match result {
        Verification::Invalid { key, hint: None } => Verification::Invalid { key, hint: find() },
        other => other,
    }
}

/// An RSA public key from a JWK's `n` and `e`.
fn rsa_from_jwk(jwk: &JwkRead) -> Option<RsaPublicKey> {
    let JwkKey::Library(jwk) = &jwk.key else {
        return None;
    };
    let AlgorithmParameters::RSA(p) = &jwk.algorithm else {
        return None;
    };
    let n = base64url::decode(&p.n).ok()?.0;
    let e = base64url::decode(&p.e).ok()?.0;
    rsa_key(&n, &e)
}

/// An RSA public key from SubjectPublicKeyInfo or PKCS#1 PEM (not a certificate).
fn rsa_from_pem(text: &str) -> Option<RsaPublicKey> {
    use rsa::pkcs1::DecodeRsaPublicKey;
    use rsa::pkcs8::DecodePublicKey;
    RsaPublicKey::from_public_key_pem(text)
        .or_else(|_| RsaPublicKey::from_pkcs1_pem(text))
        .ok()
        .and_then(|k| rsa_key(&k.n().to_bytes_be(), &k.e().to_bytes_be()))
}

/// The library's limit is 4096 bits; key_shape has already bounded the sizes the verifier
/// reads, so larger keys are examined too.
fn rsa_key(n: &[u8], e: &[u8]) -> Option<RsaPublicKey> {
    RsaPublicKey::new_with_max_size(
        rsa::BigUint::from_bytes_be(n),
        rsa::BigUint::from_bytes_be(e),
        16_384,
    )
    .ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use authpick_core::token::jose::base64url;
    use authpick_core::token::jose::decode::decode;
    use authpick_core::token::jose::key::{SecretEncoding, ShapeProblem};

    /// RFC 7515 Appendix A.1: HS256 with the published JWK `k`.
    const A1_TOKEN: &str = "eyJ0eXAiOiJKV1QiLA0KICJhbGciOiJIUzI1NiJ9.eyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MTkzODAsDQogImh0dHA6Ly9leGFtcGxlLmNvbS9pc19yb290Ijp0cnVlfQ.dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";
    const A1_KEY: &str =
        "AyM1SysPpbyDfgZld3umj1qzKObwVMkoqQ-EstJQLr_T-1qS0gZH75aKtMN3Yj0iPS4hcgUuTwjAzZr1Z9CAow";

    fn run(token: &str, key: KeyInput) -> Verification {
        verify(token, &decode(token).unwrap(), &key)
    }

    fn with_header(header: &str) -> String {
        format!(
            "{}.{}.c2ln",
            base64url::encode(header.as_bytes()),
            base64url::encode(b"{}")
        )
    }

    #[test]
    fn rfc_7515_a1_verifies_and_fails_when_one_byte_changes() {
        let key = KeyInput::Secret {
            text: A1_KEY.into(),
            encoding: SecretEncoding::Base64Url,
        };
        assert!(run(A1_TOKEN, key.clone()).is_valid());
        let mut tampered = A1_TOKEN.to_string();
        // Change one character of the payload.
        tampered.replace_range(60..61, if &A1_TOKEN[60..61] == "A" { "B" } else { "A" });
        assert!(matches!(run(&tampered, key), Verification::Invalid { .. }));
    }

    #[test]
    fn secrets_in_every_encoding() {
        let token = jsonwebtoken::encode(
            &jsonwebtoken::Header::new(jsonwebtoken::Algorithm::HS256),
            &serde_json::json!({"sub": "42"}),
            &jsonwebtoken::EncodingKey::from_secret(b"hello world"),
        )
        .unwrap();
        for (text, encoding) in [
            ("hello world", SecretEncoding::Text),
            ("aGVsbG8gd29ybGQ=", SecretEncoding::Base64),
            ("aGVsbG8gd29ybGQ", SecretEncoding::Base64Url),
        ] {
            let out = run(
                &token,
                KeyInput::Secret {
                    text: text.into(),
                    encoding,
                },
            );
            assert_eq!(
                out,
                Verification::Valid {
                    key: KeyUsed::Secret { bytes: 11 }
                },
                "{text}"
            );
        }
        let bad = run(
            &token,
            KeyInput::Secret {
                text: "a+b".into(),
                encoding: SecretEncoding::Base64Url,
            },
        );
        assert!(
            matches!(bad, Verification::BadKey(KeyProblem::Secret { .. })),
            "{bad:?}"
        );
    }

    #[test]
    fn what_cannot_be_verified_here_says_why() {
        let key = || KeyInput::Public("{}".into());
        for (header, why) in [
            (
                r#"{"alg":"ES256K"}"#,
                Unverifiable::NotImplemented(Alg::Es256k),
            ),
            (
                r#"{"alg":"Ed448"}"#,
                Unverifiable::NotImplemented(Alg::Ed448),
            ),
            (r#"{"alg":"none"}"#, Unverifiable::Unsigned),
            (r#"{"alg":"NONE"}"#, Unverifiable::Unsigned),
            (r#"{"alg":"XY1"}"#, Unverifiable::UnknownAlg("XY1".into())),
            (r#"{"typ":"JWT"}"#, Unverifiable::NoAlg),
        ] {
            assert_eq!(
                run(&with_header(header), key()),
                Verification::NotVerifiable(why),
                "{header}"
            );
        }
        let jwe = format!(
            "{}.a.b.c.d",
            base64url::encode(br#"{"alg":"RSA-OAEP","enc":"A128GCM"}"#)
        );
        assert_eq!(
            run(&jwe, key()),
            Verification::NotVerifiable(Unverifiable::Encrypted)
        );
    }

    #[test]
    fn a_secret_for_an_rsa_token_is_a_specific_mismatch() {
        let out = run(
            &with_header(r#"{"alg":"RS256"}"#),
            KeyInput::Secret {
                text: "x".into(),
                encoding: SecretEncoding::Text,
            },
        );
        assert_eq!(
            out,
            Verification::Mismatch(Mismatch::SecretForPublicKey { alg: Alg::Rs256 })
        );
    }

    #[test]
    fn key_confusion_is_detected() {
        let pem = "-----BEGIN PUBLIC KEY-----\nMCowBQYDK2VwAyEAGb9ECWmEzf6FQbrBZ9w7lshQhqowtrbLDFw4rXAxZuE=\n-----END PUBLIC KEY-----\n";
        let forged = jsonwebtoken::encode(
            &jsonwebtoken::Header::new(jsonwebtoken::Algorithm::HS256),
            &serde_json::json!({"sub": "admin"}),
            &jsonwebtoken::EncodingKey::from_secret(pem.as_bytes()),
        )
        .unwrap();
        assert_eq!(
            run(&forged, KeyInput::Public(pem.into())),
            Verification::KeyConfusion
        );
        let honest = jsonwebtoken::encode(
            &jsonwebtoken::Header::new(jsonwebtoken::Algorithm::HS256),
            &serde_json::json!({"sub": "admin"}),
            &jsonwebtoken::EncodingKey::from_secret(b"another secret"),
        )
        .unwrap();
        assert_eq!(
            run(&honest, KeyInput::Public(pem.into())),
            Verification::Mismatch(Mismatch::PublicKeyForHmac { alg: Alg::Hs256 })
        );
    }

    #[test]
    fn malformed_keys_say_why() {
        let t = with_header(r#"{"alg":"RS256"}"#);
        let problem = |key: &str| match run(&t, KeyInput::Public(key.into())) {
            Verification::BadKey(p) => p,
            other => panic!("{key}: {other:?}"),
        };
        assert_eq!(problem(""), KeyProblem::Empty);
        assert_eq!(problem("ssh-rsa AAAA"), KeyProblem::NeitherPemNorJson);
        assert!(matches!(problem("{not json"), KeyProblem::NotJson(_)));
        assert_eq!(
            problem("-----BEGIN PRIVATE KEY-----\nAA\n-----END PRIVATE KEY-----"),
            KeyProblem::PrivateKey
        );
        // Damaged DER never reaches the library; well-formed DER that is no key does.
        assert_eq!(
            problem("-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----"),
            KeyProblem::Shape(ShapeProblem::Der)
        );
        assert!(matches!(
            problem("-----BEGIN PUBLIC KEY-----\nBQA=\n-----END PUBLIC KEY-----"),
            KeyProblem::UnreadablePem(_)
        ));
        assert_eq!(problem(r#"{"keys":[]}"#), KeyProblem::EmptyJwks);
    }

    /// Keys that crashed the worker inside the library: an Ed25519 `x` shorter than 32 bytes
    /// (a slice index in jsonwebtoken 11.1) and DER nested 2,000 deep (the ASN.1 reader's stack).
    #[test]
    fn keys_no_real_key_resembles_are_refused_before_the_library() {
        let ed = with_header(r#"{"alg":"EdDSA"}"#);
        for x in ["AAAA", "", "AA"] {
            let key = format!(r#"{{"kty":"OKP","crv":"Ed25519","x":"{x}"}}"#);
            let out = run(&ed, KeyInput::Public(key.clone()));
            assert!(
                matches!(
                    out,
                    Verification::BadKey(KeyProblem::Shape(ShapeProblem::Member { .. }))
                ),
                "{key}: {out:?}"
            );
            let set = format!(r#"{{"keys":[{key}]}}"#);
            assert!(matches!(
                run(&ed, KeyInput::Public(set)),
                Verification::BadKey(_)
            ));
        }
        // The keys RustCrypto reads directly: each member at its exact size, named when not.
        for (alg, key, member, expected) in [
            (
                "ES256",
                r#"{"kty":"EC","crv":"P-256","x":"AA","y":"AA"}"#,
                "x",
                "32 bytes for this curve",
            ),
            (
                "ES384",
                r#"{"kty":"EC","crv":"P-384","x":"AA","y":"AA"}"#,
                "x",
                "48 bytes for this curve",
            ),
            (
                "ES512",
                r#"{"kty":"EC","crv":"P-521","x":"AA","y":"AA"}"#,
                "x",
                "66 bytes for this curve",
            ),
            (
                "ML-DSA-44",
                r#"{"kty":"AKP","alg":"ML-DSA-44","pub":"AA"}"#,
                "pub",
                "1,312 bytes for ML-DSA-44",
            ),
        ] {
            let token = with_header(&format!(r#"{{"alg":"{alg}"}}"#));
            assert_eq!(
                run(&token, KeyInput::Public(key.into())),
                Verification::BadKey(KeyProblem::Shape(ShapeProblem::Member {
                    name: member.into(),
                    expected,
                    found: 1
                })),
                "{alg}"
            );
        }
        let der = crate::key_shape::nested(2_000);
        let deep = authpick_core::token::service::draft::pem("PUBLIC KEY", &der);
        let rs = with_header(r#"{"alg":"RS256"}"#);
        assert_eq!(
            run(&rs, KeyInput::Public(deep)),
            Verification::BadKey(KeyProblem::Shape(ShapeProblem::Der))
        );
        let many = format!(
            r#"{{"keys":[{}]}}"#,
            vec![r#"{"kty":"RSA","n":"AQAB","e":"AQAB"}"#; 101].join(",")
        );
        assert!(matches!(
            run(&rs, KeyInput::Public(many)),
            Verification::BadKey(KeyProblem::Shape(ShapeProblem::TooManyKeys { count: 101 }))
        ));
    }

    /// A token whose header embeds the public key that really signed it: the page never trusts
    /// that key, so checked against an unrelated key it never verifies, and the same token
    /// verifies only with the signing key given by the user.
    #[test]
    fn a_key_from_the_token_is_never_used() {
        use crate::sign::sign;
        use authpick_core::token::service::draft::Draft;
        // RFC 8037 A.1's Ed25519 key pair: the private half signs, the public one is embedded.
        let private = r#"{"kty":"OKP","crv":"Ed25519","d":"nWGxne_9WmC6hEr0kuwsxERJxWl7MmkZcDusAxyuf2A","x":"11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo"}"#;
        let embedded =
            r#"{"kty":"OKP","crv":"Ed25519","x":"11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo"}"#;
        let token = sign(&Draft {
            alg: "Ed25519".into(),
            header: format!(r#"{{"typ":"JWT","jwk":{embedded}}}"#),
            payload: r#"{"sub":"admin"}"#.into(),
            key: private.into(),
            secret_encoding: SecretEncoding::Text,
        })
        .expect("signed");
        assert!(
            run(&token, KeyInput::Public(embedded.into())).is_valid(),
            "the embedded key did sign it"
        );
        // An unrelated Ed25519 key (RFC 8032 §7.1, test 2), alone and in a JWKS.
        let other =
            r#"{"kty":"OKP","crv":"Ed25519","x":"PUAXw-hDiVqStwqnTRt-vJyYLM8uxJaMwM1V8Sr0Zgw"}"#;
        for key in [other.to_string(), format!(r#"{{"keys":[{other}]}}"#)] {
            let out = run(&token, KeyInput::Public(key.clone()));
            assert!(
                matches!(out, Verification::Invalid { .. }),
                "{key}: {out:?}"
            );
        }
        let rsa_only = r#"{"keys":[{"kty":"RSA","n":"AQAB","e":"AQAB"}]}"#;
        assert_eq!(
            run(&token, KeyInput::Public(rsa_only.into())),
            Verification::Mismatch(Mismatch::NoFittingJwk { alg: Alg::Ed25519 })
        );
    }
}
