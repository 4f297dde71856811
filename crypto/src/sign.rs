//! Signing the workbench's draft with a secret or a private key (PEM or JWK). The header keeps
//! the user's members and order; only `alg` is set from the chosen algorithm, so the token says
//! what signed it. The cryptography is jsonwebtoken's.

use authpick_core::token::alg::KeyKind;
use authpick_core::token::base64url;
use authpick_core::token::draft::{
    object, set_alg, signing_alg, Draft, SignError, SigningKeyProblem,
};
use authpick_core::token::key::{secret_bytes, SecretEncoding};
use jsonwebtoken::{crypto, EncodingKey};
use serde_json::Value;

use super::alg::library;
use super::{key_shape, private_jwk};

/// Signs the draft into a compact JWS.
pub fn sign(d: &Draft) -> Result<String, SignError> {
    let alg = signing_alg(&d.alg).ok_or_else(|| SignError::UnknownAlgorithm(d.alg.clone()))?;
    let lib = library(alg).ok_or_else(|| SignError::UnknownAlgorithm(d.alg.clone()))?;
    let header = set_alg(object(&d.header).map_err(SignError::Header)?, alg.name());
    let payload = object(&d.payload).map_err(SignError::Payload)?;
    let key = encoding_key(alg.key(), &d.key, d.secret_encoding).map_err(SignError::Key)?;
    let message = format!(
        "{}.{}",
        base64url::encode(Value::Object(header).to_string().as_bytes()),
        base64url::encode(Value::Object(payload).to_string().as_bytes())
    );
    let signature =
        crypto::sign(message.as_bytes(), &key, lib).map_err(|e| SignError::Refused {
            alg,
            detail: e.to_string(),
        })?;
    Ok(format!("{message}.{signature}"))
}

fn encoding_key(
    needs: KeyKind,
    text: &str,
    encoding: SecretEncoding,
) -> Result<EncodingKey, SigningKeyProblem> {
    if needs == KeyKind::Secret {
        let bytes = secret_bytes(text, encoding).map_err(SigningKeyProblem::Secret)?;
        if bytes.is_empty() {
            return Err(SigningKeyProblem::EmptySecret);
        }
        return Ok(EncodingKey::from_secret(&bytes));
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
    let read = match needs {
        KeyKind::Rsa => EncodingKey::from_rsa_pem,
        KeyKind::P256 | KeyKind::P384 => EncodingKey::from_ec_pem,
        _ => EncodingKey::from_ed_pem,
    };
    read(text.as_bytes()).map_err(|e| SigningKeyProblem::UnreadablePem {
        needs,
        detail: e.to_string(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::verify::verify;
    use authpick_core::token::decode::decode;
    use authpick_core::token::draft::JsonProblem;
    use authpick_core::token::key::{KeyInput, ShapeProblem};

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
            sign(&draft("ES512", "x")),
            Err(SignError::UnknownAlgorithm("ES512".into()))
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
        let mut der = vec![0x05, 0x00];
        for _ in 0..2_000 {
            let n = der.len();
            let mut out = vec![0x30, 0x82, (n >> 8) as u8, n as u8];
            out.extend(der);
            der = out;
        }
        let deep = authpick_core::token::draft::pem("PRIVATE KEY", &der);
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
