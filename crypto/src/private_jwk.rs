//! A private key given as a JWK, turned into the DER that jsonwebtoken signs with: PKCS#1 for
//! RSA, PKCS#8 for EC (P-256, P-384) and Ed25519. jsonwebtoken reads private keys only as PEM
//! or DER, and the workbench promises JWK too; the encodings are small and fixed, so a few
//! lines of DER writing do it without another crate. P-521's `d` and an ML-DSA `AKP` key's
//! `priv` (its seed, RFC 9964 §5) go to RustCrypto directly.

use authpick_core::token::jose::alg::{Alg, KeyKind};
use authpick_core::token::jose::base64url;
use authpick_core::token::jose::key::MAX_RSA_BYTES;
use authpick_core::token::service::draft::JwkProblem;
use jsonwebtoken::EncodingKey;
use serde_json::{Map, Value};

use super::signing_key::SigningKey;

/// Reads a private JWK: the kind of key it holds, and the key.
pub fn from_jwk(text: &str) -> Result<(KeyKind, SigningKey), JwkProblem> {
    let value: Value =
        serde_json::from_str(text).map_err(|e| JwkProblem::NotJson(e.to_string()))?;
    let Value::Object(jwk) = value else {
        return Err(JwkProblem::NotObject);
    };
    if jwk.contains_key("keys") {
        return Err(JwkProblem::KeySet);
    }
    let kty = jwk.get("kty").and_then(Value::as_str).unwrap_or("");
    match kty {
        "RSA" => rsa(&jwk).map(|der| (KeyKind::Rsa, library(EncodingKey::from_rsa_der(&der)))),
        "EC" => {
            let d = member(&jwk, "d")?;
            let (kind, curve_oid, len): (_, &[u8], _) = match jwk.get("crv").and_then(Value::as_str)
            {
                Some("P-256") => (KeyKind::P256, &OID_P256, 32),
                Some("P-384") => (KeyKind::P384, &OID_P384, 48),
                Some("P-521") => (KeyKind::P521, &[], 66),
                other => return Err(JwkProblem::EcCurve(other.map(str::to_string))),
            };
            if d.len() != len {
                return Err(JwkProblem::WrongLength {
                    member: "d".into(),
                    expected: len,
                    found: d.len(),
                });
            }
            if kind != KeyKind::P256 {
                let key = if kind == KeyKind::P384 {
                    SigningKey::p384(&d)
                } else {
                    SigningKey::p521(&d)
                };
                let key = key.ok_or(JwkProblem::WrongLength {
                    member: "d".into(),
                    expected: len,
                    found: d.len(),
                })?;
                return Ok((kind, key));
            }
            let ec_private_key = seq(&[integer(&[1]), octets(&d)]);
            let der = seq(&[
                integer(&[0]),
                seq(&[OID_EC_PUBLIC_KEY.to_vec(), curve_oid.to_vec()]),
                octets(&ec_private_key),
            ]);
            Ok((kind, library(EncodingKey::from_ec_der(&der))))
        }
        "OKP" => {
            if jwk.get("crv").and_then(Value::as_str) != Some("Ed25519") {
                return Err(JwkProblem::OkpCurve);
            }
            let d = member(&jwk, "d")?;
            if d.len() != 32 {
                return Err(JwkProblem::WrongLength {
                    member: "d".into(),
                    expected: 32,
                    found: d.len(),
                });
            }
            let der = seq(&[
                integer(&[0]),
                seq(&[OID_ED25519.to_vec()]),
                octets(&octets(&d)),
            ]);
            Ok((KeyKind::Ed25519, library(EncodingKey::from_ed_der(&der))))
        }
        "AKP" => akp(&jwk),
        "oct" => Err(JwkProblem::Symmetric),
        "" => Err(JwkProblem::NoKty),
        other => Err(JwkProblem::OtherKty(other.to_string())),
    }
}

fn library(key: EncodingKey) -> SigningKey {
    SigningKey::Library(key)
}

/// An ML-DSA key (RFC 9964 §5): `alg` names the parameter set, `priv` is the 32-byte seed and
/// `pub`, if present, must be the public key the seed makes.
fn akp(jwk: &Map<String, Value>) -> Result<(KeyKind, SigningKey), JwkProblem> {
    let alg = jwk.get("alg").and_then(Value::as_str);
    let kind = alg
        .and_then(Alg::from_name)
        .map(Alg::key)
        .filter(|k| matches!(k, KeyKind::MlDsa44 | KeyKind::MlDsa65 | KeyKind::MlDsa87))
        .ok_or_else(|| JwkProblem::AkpAlg(alg.map(str::to_string)))?;
    if jwk.get("priv").is_none() {
        return Err(JwkProblem::NoPrivatePart);
    }
    let seed = member(jwk, "priv")?;
    let (key, public) = SigningKey::ml_dsa(kind, &seed).ok_or(JwkProblem::WrongLength {
        member: "priv".into(),
        expected: 32,
        found: seed.len(),
    })?;
    if jwk.contains_key("pub") && member(jwk, "pub")? != public {
        return Err(JwkProblem::PublicPartMismatch);
    }
    Ok((kind, key))
}

const OID_EC_PUBLIC_KEY: [u8; 9] = [0x06, 0x07, 0x2a, 0x86, 0x48, 0xce, 0x3d, 0x02, 0x01];
const OID_P256: [u8; 10] = [0x06, 0x08, 0x2a, 0x86, 0x48, 0xce, 0x3d, 0x03, 0x01, 0x07];
const OID_P384: [u8; 7] = [0x06, 0x05, 0x2b, 0x81, 0x04, 0x00, 0x22];
const OID_ED25519: [u8; 5] = [0x06, 0x03, 0x2b, 0x65, 0x70];

fn rsa(jwk: &Map<String, Value>) -> Result<Vec<u8>, JwkProblem> {
    let mut fields = vec![integer(&[0])];
    for name in ["n", "e", "d", "p", "q", "dp", "dq", "qi"] {
        let bytes = member(jwk, name)?;
        if bytes.is_empty() || bytes.len() > MAX_RSA_BYTES {
            return Err(JwkProblem::RsaMemberSize {
                member: name.into(),
                found: bytes.len(),
            });
        }
        fields.push(integer(&bytes));
    }
    Ok(seq(&fields))
}

fn member(jwk: &Map<String, Value>, name: &str) -> Result<Vec<u8>, JwkProblem> {
    let text = jwk.get(name).and_then(Value::as_str).ok_or_else(|| {
        if name == "d" || jwk.get("d").is_none() {
            JwkProblem::NoPrivatePart
        } else {
            JwkProblem::MissingRsaMember(name.to_string())
        }
    })?;
    base64url::decode(text)
        .map(|(bytes, _)| bytes)
        .map_err(|problem| JwkProblem::NotBase64 {
            member: name.to_string(),
            problem,
        })
}

fn tlv(tag: u8, content: &[u8]) -> Vec<u8> {
    let mut out = vec![tag];
    let n = content.len();
    if n < 0x80 {
        out.push(n as u8);
    } else {
        let len = n.to_be_bytes();
        let first = len.iter().position(|b| *b != 0).unwrap_or(len.len() - 1);
        out.push(0x80 | (len.len() - first) as u8);
        out.extend_from_slice(&len[first..]);
    }
    out.extend_from_slice(content);
    out
}

fn seq(items: &[Vec<u8>]) -> Vec<u8> {
    tlv(0x30, &items.concat())
}

fn octets(bytes: &[u8]) -> Vec<u8> {
    tlv(0x04, bytes)
}

/// An unsigned big-endian integer, minimally encoded.
fn integer(bytes: &[u8]) -> Vec<u8> {
    let start = bytes.iter().position(|b| *b != 0).unwrap_or(bytes.len());
    let mut content = bytes[start..].to_vec();
    if content.first().is_none_or(|b| b & 0x80 != 0) {
        content.insert(0, 0);
    }
    tlv(0x02, &content)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn der_lengths_and_integers() {
        assert_eq!(tlv(0x04, &[1, 2]), [0x04, 2, 1, 2]);
        assert_eq!(&tlv(0x04, &[0; 200])[..3], [0x04, 0x81, 200]);
        assert_eq!(&tlv(0x04, &[0; 300])[..4], [0x04, 0x82, 1, 44]);
        assert_eq!(integer(&[0, 0, 5]), [0x02, 1, 5]);
        assert_eq!(integer(&[0x80]), [0x02, 2, 0, 0x80], "kept positive");
        assert_eq!(integer(&[]), [0x02, 1, 0]);
    }

    #[test]
    fn unusable_jwks_say_why() {
        let err = |t: &str| from_jwk(t).err().unwrap();
        assert_eq!(err("[]"), JwkProblem::NotObject);
        assert_eq!(err(r#"{"keys":[]}"#), JwkProblem::KeySet);
        assert_eq!(
            err(r#"{"kty":"EC","crv":"P-256","x":"AA","y":"AA"}"#),
            JwkProblem::NoPrivatePart
        );
        assert_eq!(
            err(r#"{"kty":"EC","crv":"secp256k1","d":"AA"}"#),
            JwkProblem::EcCurve(Some("secp256k1".into()))
        );
        assert_eq!(
            err(r#"{"kty":"EC","crv":"P-521","d":"AA"}"#),
            JwkProblem::WrongLength {
                member: "d".into(),
                expected: 66,
                found: 1
            }
        );
        assert_eq!(
            err(r#"{"kty":"AKP","alg":"ML-DSA-44","priv":"AA"}"#),
            JwkProblem::WrongLength {
                member: "priv".into(),
                expected: 32,
                found: 1
            }
        );
        assert_eq!(
            err(r#"{"kty":"AKP","alg":"ES256","priv":"AA"}"#),
            JwkProblem::AkpAlg(Some("ES256".into()))
        );
        assert_eq!(
            err(r#"{"kty":"AKP","alg":"ML-DSA-44","pub":"AA"}"#),
            JwkProblem::NoPrivatePart
        );
        assert_eq!(err(r#"{"kty":"oct","k":"AA"}"#), JwkProblem::Symmetric);
        assert_eq!(
            err(r#"{"kty":"OKP","crv":"Ed25519","d":"AA"}"#),
            JwkProblem::WrongLength {
                member: "d".into(),
                expected: 32,
                found: 1
            }
        );
        assert_eq!(
            err(r#"{"kty":"RSA","n":"AQAB","e":"AQAB","d":"AQ"}"#),
            JwkProblem::MissingRsaMember("p".into())
        );
        assert!(matches!(err("{"), JwkProblem::NotJson(_)));
        assert!(err("{")
            .to_string()
            .starts_with("The key is not valid JSON"));
    }
}
