//! What kind of key a SubjectPublicKeyInfo holds (RFC 5280 §4.1.2.7), alone or inside an X.509
//! certificate, and a PKCS#8 key's algorithm (RFC 5958 §2), read from the algorithm identifier
//! by RustCrypto's `spki`, `pkcs8` and `der` with the OIDs of `const-oid`'s database. The kind
//! decides which library reads the key, and a key of the wrong type or curve for the token is
//! named before any library is asked. The DER has already passed `key_shape`, whose walk
//! bounds its depth before any reader recurses into it.

use authpick_core::token::jose::alg::KeyKind;
use const_oid::db::{rfc5912, rfc8410};
use const_oid::ObjectIdentifier as Oid;
use der::asn1::AnyRef;
use der::{Decode, Reader, SliceReader, Tag, TagNumber, Tagged};
use pkcs8::PrivateKeyInfo;
use spki::{AlgorithmIdentifierRef, SubjectPublicKeyInfoRef};

/// secp256k1 (SEC 2 §2.4.1), which `const-oid`'s RFC 5912 table does not list.
const SECP256K1: Oid = Oid::new_unwrap("1.3.132.0.10");
/// id-ml-dsa-44, -65 and -87 (RFC 9881 §2).
const ML_DSA_44: Oid = Oid::new_unwrap("2.16.840.1.101.3.4.3.17");
const ML_DSA_65: Oid = Oid::new_unwrap("2.16.840.1.101.3.4.3.18");
const ML_DSA_87: Oid = Oid::new_unwrap("2.16.840.1.101.3.4.3.19");

/// The SubjectPublicKeyInfo of `der`: `der` itself if it is one, the certificate's if it is an
/// X.509 certificate.
pub fn of(der: &[u8]) -> Option<&[u8]> {
    if SubjectPublicKeyInfoRef::from_der(der).is_ok() {
        return Some(der);
    }
    let spki = certificate_fields(der)?.spki;
    SubjectPublicKeyInfoRef::from_der(spki).ok()?;
    Some(spki)
}

/// A certificate's fields as they are on the wire: what its signature covers, and the names
/// and key a chain compares byte for byte.
pub struct CertificateFields<'a> {
    /// tbsCertificate, tag and length included: what the issuer signed.
    pub tbs: &'a [u8],
    /// The issuer's Name.
    pub issuer: &'a [u8],
    /// The subject's Name.
    pub subject: &'a [u8],
    /// The SubjectPublicKeyInfo.
    pub spki: &'a [u8],
}

/// The fields of an X.509 certificate (RFC 5280 §4.1: tbsCertificate is the first field; in
/// it, after the optional version, serialNumber, signature, issuer, validity, subject, then
/// subjectPublicKeyInfo), each as its DER, or `None` if `der` is not shaped like one.
pub fn certificate_fields(der: &[u8]) -> Option<CertificateFields<'_>> {
    let certificate = AnyRef::from_der(der).ok()?;
    if certificate.tag() != Tag::Sequence {
        return None;
    }
    let mut fields = SliceReader::new(certificate.value()).ok()?;
    let tbs_bytes = fields.tlv_bytes().ok()?;
    let tbs = AnyRef::from_der(tbs_bytes).ok()?;
    if tbs.tag() != Tag::Sequence {
        return None;
    }
    let mut tbs = SliceReader::new(tbs.value()).ok()?;
    let version = Tag::ContextSpecific {
        constructed: true,
        number: TagNumber::N0,
    };
    if tbs.peek_tag().ok()? == version {
        tbs.tlv_bytes().ok()?;
    }
    // serialNumber, signature.
    for _ in 0..2 {
        tbs.tlv_bytes().ok()?;
    }
    let issuer = tbs.tlv_bytes().ok()?;
    tbs.tlv_bytes().ok()?;
    let subject = tbs.tlv_bytes().ok()?;
    let spki = tbs.tlv_bytes().ok()?;
    Some(CertificateFields {
        tbs: tbs_bytes,
        issuer,
        subject,
        spki,
    })
}

/// The kind of key a SubjectPublicKeyInfo holds, if it is one this page knows.
pub fn kind(spki: &[u8]) -> Option<KeyKind> {
    algorithm_kind(&SubjectPublicKeyInfoRef::from_der(spki).ok()?.algorithm)
}

/// The kind of key a PKCS#8 PrivateKeyInfo or OneAsymmetricKey holds.
pub fn private_kind(der: &[u8]) -> Option<KeyKind> {
    algorithm_kind(&PrivateKeyInfo::from_der(der).ok()?.algorithm)
}

/// The seed of an ML-DSA PKCS#8 key (RFC 9881 §6): the privateKey OCTET STRING holds the
/// seed-only form, `[0] IMPLICIT OCTET STRING (SIZE (32))`, or the both form, a SEQUENCE of the
/// seed's OCTET STRING and the expanded key's. The expanded-only form has no seed.
pub fn ml_dsa_seed(der: &[u8]) -> Option<&[u8]> {
    let info = PrivateKeyInfo::from_der(der).ok()?;
    let form = AnyRef::from_der(info.private_key).ok()?;
    let seed_only = Tag::ContextSpecific {
        constructed: false,
        number: TagNumber::N0,
    };
    let seed = if form.tag() == seed_only {
        form.value()
    } else if form.tag() == Tag::Sequence {
        let mut both = SliceReader::new(form.value()).ok()?;
        let seed = AnyRef::decode(&mut both).ok()?;
        (seed.tag() == Tag::OctetString).then_some(seed.value())?
    } else {
        return None;
    };
    (seed.len() == 32).then_some(seed)
}

/// The kind an AlgorithmIdentifier (RFC 5280 §4.1.1.2) names; for an EC key, its curve
/// parameter (RFC 5480 §2.1.1) decides.
fn algorithm_kind(algorithm: &AlgorithmIdentifierRef<'_>) -> Option<KeyKind> {
    let curve = || algorithm.parameters?.decode_as::<Oid>().ok();
    Some(match algorithm.oid {
        rfc5912::RSA_ENCRYPTION | rfc5912::ID_RSASSA_PSS => KeyKind::Rsa,
        rfc5912::ID_EC_PUBLIC_KEY => match curve()? {
            rfc5912::SECP_256_R_1 => KeyKind::P256,
            rfc5912::SECP_384_R_1 => KeyKind::P384,
            rfc5912::SECP_521_R_1 => KeyKind::P521,
            SECP256K1 => KeyKind::Secp256k1,
            _ => return None,
        },
        rfc8410::ID_ED_25519 => KeyKind::Ed25519,
        rfc8410::ID_ED_448 => KeyKind::Ed448,
        ML_DSA_44 => KeyKind::MlDsa44,
        ML_DSA_65 => KeyKind::MlDsa65,
        ML_DSA_87 => KeyKind::MlDsa87,
        _ => return None,
    })
}

/// The public key's bytes: the BIT STRING's content, which has no unused bits in any key.
pub fn key_bytes(spki: &[u8]) -> Option<&[u8]> {
    SubjectPublicKeyInfoRef::from_der(spki)
        .ok()?
        .subject_public_key
        .as_bytes()
}
#[cfg(test)]
mod tests {
    use super::*;
    use authpick_core::token::jose::base64url;

    fn der(pem: &str) -> Vec<u8> {
        let body: String = pem
            .lines()
            .filter(|l| !l.starts_with("-----"))
            .collect::<String>()
            .replace(['+'], "-")
            .replace(['/'], "_")
            .replace('=', "");
        base64url::decode(&body).unwrap().0
    }

    fn fixtures() -> Vec<serde_json::Value> {
        let v: serde_json::Value =
            serde_json::from_str(include_str!("../../tests/fixtures/jose-fixtures.json")).unwrap();
        v["tokens"].as_array().unwrap().clone()
    }

    #[test]
    fn every_fixture_key_is_named_by_its_algorithm_identifier() {
        for f in fixtures() {
            let Some(spki) = f["spki"].as_str() else {
                continue;
            };
            let alg = f["alg"].as_str().unwrap();
            let expected = authpick_core::token::jose::alg::Alg::from_name(alg)
                .unwrap()
                .key();
            let d = der(spki);
            assert_eq!(of(&d), Some(&d[..]), "{alg}");
            assert_eq!(kind(&d), Some(expected), "{alg}");
            if let Some(cert) = f["certificate"].as_str() {
                let c = der(cert);
                assert_eq!(of(&c).and_then(kind), Some(expected), "{alg} certificate");
                assert_eq!(
                    of(&c),
                    Some(&d[..]),
                    "{alg}: the certificate's key is the SPKI"
                );
            }
        }
    }

    #[test]
    fn ed25519_key_bytes_are_the_bit_string() {
        let d = der("-----BEGIN PUBLIC KEY-----\nMCowBQYDK2VwAyEAGb9ECWmEzf6FQbrBZ9w7lshQhqowtrbLDFw4rXAxZuE=\n-----END PUBLIC KEY-----");
        assert_eq!(kind(&d), Some(KeyKind::Ed25519));
        assert_eq!(key_bytes(&d).map(<[u8]>::len), Some(32));
    }

    #[test]
    fn private_keys_are_named_by_their_algorithm_identifier() {
        let v: serde_json::Value =
            serde_json::from_str(include_str!("../../tests/fixtures/private-keys.json")).unwrap();
        let mut seen = 0;
        for (name, key) in v["keys"].as_object().unwrap() {
            let Some(pkcs8) = key["pkcs8"].as_str() else {
                continue;
            };
            let alg = authpick_core::token::jose::alg::Alg::from_name(key["alg"].as_str().unwrap());
            assert_eq!(private_kind(&der(pkcs8)), alg.map(|a| a.key()), "{name}");
            seen += 1;
        }
        assert!(seen >= 4, "{seen}");
    }

    #[test]
    fn what_is_not_a_key_is_none() {
        for bad in [
            &[][..],
            &[0x30, 0x00],
            &[0x30, 0x03, 0x02, 0x01, 0x00],
            &[0x04, 0x02, 0x30, 0x00],
            &[0x30, 0x05, 0x30, 0x03, 0x06, 0x01, 0x2a],
        ] {
            assert_eq!(of(bad).and_then(kind), None, "{bad:?}");
        }
    }
}
