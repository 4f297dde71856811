//! Signing the workbench's draft with a secret or a private key (PEM or JWK). The header keeps
//! the user's members and order; only `alg` is set from the chosen algorithm, so the token says
//! what signed it. The cryptography is jsonwebtoken's, and RustCrypto's for ES512 and ML-DSA
//! (`signing_key`).

use authpick_core::token::jose::alg::KeyKind;
use authpick_core::token::jose::base64url;
use authpick_core::token::jose::key::{secret_bytes, SecretEncoding};
use authpick_core::token::service::draft::{
    object, pem, set_alg, signing_alg, Draft, SignError, SigningKeyProblem,
};
use jsonwebtoken::EncodingKey;
use serde_json::Value;

use super::alg::is_verified_here;
use super::signing_key::SigningKey;
use super::{key_shape, private_jwk, spki};

/// Signs the draft into a compact JWS.
pub fn sign(d: &Draft) -> Result<String, SignError> {
    let alg = signing_alg(&d.alg).ok_or_else(|| SignError::UnknownAlgorithm(d.alg.clone()))?;
    let header = set_alg(object(&d.header).map_err(SignError::Header)?, alg.name());
    let payload = object(&d.payload).map_err(SignError::Payload)?;
    let message = format!(
        "{}.{}",
        base64url::encode(Value::Object(header).to_string().as_bytes()),
        base64url::encode(Value::Object(payload).to_string().as_bytes())
    );
    sign_input(alg.name(), &d.key, d.secret_encoding, &message)
}

/// A key pair for `alg` from `seed` (base64url): the signing key's PKCS#8 PEM and the
/// verifying key's SubjectPublicKeyInfo PEM. Only ML-DSA is made here; the page makes the
/// other kinds with WebCrypto.
pub fn key_pair(alg: &str, seed: &str) -> Result<(String, String), String> {
    let kind = signing_alg(alg)
        .map(|a| a.key())
        .ok_or_else(|| format!("“{alg}” is not an algorithm the workbench signs with."))?;
    let seed = base64url::decode(seed)
        .map_err(|_| "The random seed did not arrive intact.".to_string())?
        .0;
    let (private, public) = super::signing_key::ml_dsa_pair(kind, &seed).ok_or_else(|| {
        format!(
            "{} key pairs are made by the browser, not here.",
            kind.name()
        )
    })?;
    Ok((pem("PRIVATE KEY", &private), pem("PUBLIC KEY", &public)))
}

/// Signs a JWS signing input (`header.payload`, both base64url) as it is, with the key as the
/// workbench reads it: the compact JWS.
pub fn sign_input(
    alg: &str,
    key: &str,
    encoding: SecretEncoding,
    message: &str,
) -> Result<String, SignError> {
    let alg = signing_alg(alg).ok_or_else(|| SignError::UnknownAlgorithm(alg.to_string()))?;
    if !is_verified_here(alg) {
        return Err(SignError::UnknownAlgorithm(alg.name().to_string()));
    }
    let key = encoding_key(alg.key(), key, encoding).map_err(SignError::Key)?;
    let signature = key
        .sign(alg, message.as_bytes())
        .map_err(|detail| SignError::Refused { alg, detail })?;
    Ok(format!("{message}.{signature}"))
}

fn encoding_key(
    needs: KeyKind,
    text: &str,
    encoding: SecretEncoding,
) -> Result<SigningKey, SigningKeyProblem> {
    if needs == KeyKind::Secret {
        let bytes = secret_bytes(text, encoding).map_err(SigningKeyProblem::Secret)?;
        if bytes.is_empty() {
            return Err(SigningKeyProblem::EmptySecret);
        }
        return Ok(SigningKey::Library(EncodingKey::from_secret(&bytes)));
    }
    let text = text.trim();
    if text.is_empty() {
        return Err(SigningKeyProblem::Missing);
    }
    key_shape::text(text).map_err(SigningKeyProblem::Shape)?;
    if text.starts_with('{') {
        let (found, key) = private_jwk::from_jwk(text).map_err(SigningKeyProblem::Jwk)?;
        return if found == needs {
            Ok(key)
        } else {
            Err(SigningKeyProblem::WrongKind { found, needs })
        };
    }
    let label = text.lines().next().unwrap_or("");
    if !label.starts_with("-----BEGIN") {
        return Err(SigningKeyProblem::NeitherPemNorJwk);
    }
    if label.contains("PUBLIC KEY") || label.contains("CERTIFICATE") {
        return Err(SigningKeyProblem::PublicKey);
    }
    if label.contains("EC PRIVATE KEY") {
        return Err(SigningKeyProblem::Sec1);
    }
    key_shape::pem(text).map_err(SigningKeyProblem::Shape)?;
    let unreadable = |detail: String| SigningKeyProblem::UnreadablePem { needs, detail };
    // PKCS#8 names its kind: a key of another kind is named, not tried.
    let der = key_shape::pem_der(text);
    let found = der.as_deref().and_then(spki::private_kind);
    if let Some(found) = found.filter(|k| *k != needs && label.contains("BEGIN PRIVATE KEY")) {
        return Err(SigningKeyProblem::WrongKind { found, needs });
    }
    // jsonwebtoken reads RSA as PKCS#1, P-256 and Ed25519 as the whole PKCS#8; its own PEM
    // reader would bring a second DER parser and a date library into the worker.
    let pkcs8 = label.contains("BEGIN PRIVATE KEY") && found == Some(needs);
    let library = |read: fn(&[u8]) -> EncodingKey, der: Option<&[u8]>| {
        der.map(|der| SigningKey::Library(read(der)))
            .ok_or_else(|| unreadable("Invalid key format".into()))
    };
    match needs {
        KeyKind::Rsa if label.contains("BEGIN RSA PRIVATE KEY") => {
            library(EncodingKey::from_rsa_der, der.as_deref())
        }
        KeyKind::Rsa => library(
            EncodingKey::from_rsa_der,
            der.as_deref()
                .filter(|_| pkcs8)
                .and_then(|der| pkcs8::PrivateKeyInfo::try_from(der).ok())
                .map(|info| info.private_key),
        ),
        KeyKind::P256 => library(EncodingKey::from_ec_der, der.as_deref().filter(|_| pkcs8)),
        KeyKind::P384 => {
            use p384::pkcs8::DecodePrivateKey;
            let der = der.ok_or_else(|| unreadable("its body is not base64".into()))?;
            let secret =
                p384::SecretKey::from_pkcs8_der(&der).map_err(|e| unreadable(e.to_string()))?;
            SigningKey::p384(&secret.to_bytes()).ok_or_else(|| unreadable("not a P-384 key".into()))
        }
        KeyKind::Ed25519 => library(EncodingKey::from_ed_der, der.as_deref().filter(|_| pkcs8)),
        KeyKind::P521 => {
            use p521::pkcs8::DecodePrivateKey;
            let der = der.ok_or_else(|| unreadable("its body is not base64".into()))?;
            let secret =
                p521::SecretKey::from_pkcs8_der(&der).map_err(|e| unreadable(e.to_string()))?;
            SigningKey::p521(&secret.to_bytes()).ok_or_else(|| unreadable("not a P-521 key".into()))
        }
        KeyKind::MlDsa44 | KeyKind::MlDsa65 | KeyKind::MlDsa87 => {
            let der = der.ok_or_else(|| unreadable("its body is not base64".into()))?;
            let seed = spki::ml_dsa_seed(&der).ok_or_else(|| {
                unreadable(
                    "only the seed form of RFC 9881 (§6) is read here; export the key with its \
                     seed"
                        .into(),
                )
            })?;
            SigningKey::ml_dsa(needs, seed)
                .map(|(key, _)| key)
                .ok_or_else(|| unreadable("the seed is not 32 bytes".into()))
        }
        _ => Err(unreadable("this kind of key does not sign here".into())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::verify::verify;
    use authpick_core::token::jose::decode::decode;
    use authpick_core::token::jose::key::{KeyInput, ShapeProblem};
    use authpick_core::token::service::draft::JsonProblem;

    fn draft(alg: &str, key: &str) -> Draft {
        Draft {
            alg: alg.into(),
            header: r#"{"typ":"JWT","kid":"k1"}"#.into(),
            payload: r#"{"sub":"42"}"#.into(),
            key: key.into(),
            secret_encoding: SecretEncoding::Text,
        }
    }

    #[test]
    fn hmac_round_trip_keeps_header_members_and_sets_alg_first() {
        let t = sign(&draft("HS256", "a-long-enough-secret-for-hs256-use!")).unwrap();
        let d = decode(&t).unwrap();
        assert_eq!(
            d.header.as_ref().unwrap().text,
            r#"{"alg":"HS256","typ":"JWT","kid":"k1"}"#
        );
        let key = KeyInput::Secret {
            text: "a-long-enough-secret-for-hs256-use!".into(),
            encoding: SecretEncoding::Text,
        };
        assert!(verify(&t, &d, &key).is_valid());
    }

    #[test]
    fn drafts_that_cannot_be_signed_say_why() {
        let mut d = draft("HS256", "");
        assert_eq!(
            sign(&d),
            Err(SignError::Key(SigningKeyProblem::EmptySecret))
        );
        d.header = "[1]".into();
        assert_eq!(sign(&d), Err(SignError::Header(JsonProblem::NotObject)));
        d.header = "{}".into();
        d.payload = "{\"a\":".into();
        assert!(matches!(
            sign(&d),
            Err(SignError::Payload(JsonProblem::Invalid(_)))
        ));
        assert_eq!(
            sign(&draft("ES256K", "x")),
            Err(SignError::UnknownAlgorithm("ES256K".into()))
        );
        assert_eq!(
            sign(&draft(
                "RS256",
                "-----BEGIN PUBLIC KEY-----\nAA\n-----END PUBLIC KEY-----"
            )),
            Err(SignError::Key(SigningKeyProblem::PublicKey))
        );
        // Damaged DER never reaches the library; well-formed DER that is no key does.
        assert_eq!(
            sign(&draft(
                "ES256",
                "-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----"
            )),
            Err(SignError::Key(SigningKeyProblem::Shape(ShapeProblem::Der)))
        );
        assert!(matches!(
            sign(&draft(
                "ES256",
                "-----BEGIN PRIVATE KEY-----\nBQA=\n-----END PRIVATE KEY-----"
            )),
            Err(SignError::Key(SigningKeyProblem::UnreadablePem {
                needs: KeyKind::P256,
                ..
            }))
        ));
        assert_eq!(
            sign(&draft("ES256", "not a key")),
            Err(SignError::Key(SigningKeyProblem::NeitherPemNorJwk))
        );
        assert_eq!(
            sign(&draft("RS256", "")),
            Err(SignError::Key(SigningKeyProblem::Missing))
        );
    }

    #[test]
    fn deeply_nested_der_never_reaches_the_library() {
        let der = crate::key_shape::nested(2_000);
        let deep = authpick_core::token::service::draft::pem("PRIVATE KEY", &der);
        assert_eq!(
            sign(&draft("RS256", &deep)),
            Err(SignError::Key(SigningKeyProblem::Shape(ShapeProblem::Der)))
        );
    }

    #[test]
    fn a_jwk_of_another_kind_is_named() {
        let ed = r#"{"kty":"OKP","crv":"Ed25519","d":"nWGxne_9WmC6hEr0kuwsxERJxWl7MmkZcDusAxyuf2A","x":"11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo"}"#;
        assert_eq!(
            sign(&draft("ES256", ed)),
            Err(SignError::Key(SigningKeyProblem::WrongKind {
                found: KeyKind::Ed25519,
                needs: KeyKind::P256
            }))
        );
        assert!(sign(&draft("Ed25519", ed)).is_ok());
    }
}
