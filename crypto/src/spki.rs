//! What kind of key a SubjectPublicKeyInfo holds (RFC 5280 §4.1.2.7), alone or inside an X.509
//! certificate, read from its algorithm identifier. The kind decides which library reads the
//! key, and a key of the wrong type or curve for the token is named before any library is
//! asked. The DER has already passed `key_shape`, so its depth is bounded.

use authpick_core::token::jose::alg::KeyKind;

use super::key_shape::length;

/// The algorithm identifiers' OIDs, as DER content bytes.
const RSA: &[u8] = &[0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x01];
const RSA_PSS: &[u8] = &[0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x0a];
const EC: &[u8] = &[0x2a, 0x86, 0x48, 0xce, 0x3d, 0x02, 0x01];
const P256: &[u8] = &[0x2a, 0x86, 0x48, 0xce, 0x3d, 0x03, 0x01, 0x07];
const P384: &[u8] = &[0x2b, 0x81, 0x04, 0x00, 0x22];
const P521: &[u8] = &[0x2b, 0x81, 0x04, 0x00, 0x23];
const SECP256K1: &[u8] = &[0x2b, 0x81, 0x04, 0x00, 0x0a];
const ED25519: &[u8] = &[0x2b, 0x65, 0x70];
const ED448: &[u8] = &[0x2b, 0x65, 0x71];
/// id-ml-dsa-44, -65, -87 (RFC 9881 §2): 2.16.840.1.101.3.4.3.17 to .19.
const ML_DSA: &[u8] = &[0x60, 0x86, 0x48, 0x01, 0x65, 0x03, 0x04, 0x03];

/// One DER item: its tag, its content and what follows it.
struct Item<'a> {
    tag: u8,
    content: &'a [u8],
    whole: &'a [u8],
    rest: &'a [u8],
}

fn item(bytes: &[u8]) -> Option<Item<'_>> {
    let tag = *bytes.first()?;
    let (len, header) = length(bytes.get(1..)?)?;
    let end = (1 + header).checked_add(len)?;
    Some(Item {
        tag,
        content: bytes.get(1 + header..end)?,
        whole: bytes.get(..end)?,
        rest: bytes.get(end..)?,
    })
}

const SEQUENCE: u8 = 0x30;
const OID: u8 = 0x06;
const BIT_STRING: u8 = 0x03;

/// The SubjectPublicKeyInfo of `der`: `der` itself if it is one, the certificate's if it is an
/// X.509 certificate (RFC 5280 §4.1: the seventh field of tbsCertificate, counting the
/// optional version).
pub fn of(der: &[u8]) -> Option<&[u8]> {
    let outer = item(der)?;
    if outer.tag != SEQUENCE {
        return None;
    }
    let first = item(outer.content)?;
    if first.tag == SEQUENCE && item(first.rest).is_some_and(|i| i.tag == BIT_STRING) {
        return Some(outer.whole);
    }
    // A certificate: first is tbsCertificate.
    let mut field = item(first.content)?;
    if field.tag == 0xa0 {
        field = item(field.rest)?;
    }
    // serialNumber, signature, issuer, validity, subject, then subjectPublicKeyInfo.
    for _ in 0..5 {
        field = item(field.rest)?;
    }
    (field.tag == SEQUENCE).then_some(field.whole)
}

/// The kind of key a SubjectPublicKeyInfo holds, if it is one this page knows.
pub fn kind(spki: &[u8]) -> Option<KeyKind> {
    algorithm_kind(&item(item(spki)?.content)?)
}

/// The kind of key a PKCS#8 PrivateKeyInfo holds (RFC 5958 §2: version, then the algorithm).
pub fn private_kind(der: &[u8]) -> Option<KeyKind> {
    let version = item(item(der)?.content)?;
    if version.tag != 0x02 {
        return None;
    }
    algorithm_kind(&item(version.rest)?)
}

/// The seed of an ML-DSA PKCS#8 key (RFC 9881 §6): the privateKey OCTET STRING holds the
/// seed-only form, `[0] IMPLICIT OCTET STRING (SIZE (32))`, or the both form, a SEQUENCE of the
/// seed's OCTET STRING and the expanded key's. The expanded-only form has no seed.
pub fn ml_dsa_seed(der: &[u8]) -> Option<&[u8]> {
    let version = item(item(der)?.content)?;
    let algorithm = item(version.rest)?;
    let key = item(algorithm.rest)?;
    if key.tag != 0x04 {
        return None;
    }
    let form = item(key.content)?;
    let seed = match form.tag {
        0x80 => form.content,
        SEQUENCE => item(form.content).filter(|s| s.tag == 0x04)?.content,
        _ => return None,
    };
    (seed.len() == 32).then_some(seed)
}

/// The kind an AlgorithmIdentifier (RFC 5280 §4.1.1.2) names.
fn algorithm_kind(algorithm: &Item<'_>) -> Option<KeyKind> {
    if algorithm.tag != SEQUENCE {
        return None;
    }
    let oid = item(algorithm.content)?;
    if oid.tag != OID {
        return None;
    }
    let parameter = || item(oid.rest).filter(|p| p.tag == OID).map(|p| p.content);
    Some(match oid.content {
        RSA | RSA_PSS => KeyKind::Rsa,
        EC => match parameter()? {
            P256 => KeyKind::P256,
            P384 => KeyKind::P384,
            P521 => KeyKind::P521,
            SECP256K1 => KeyKind::Secp256k1,
            _ => return None,
        },
        ED25519 => KeyKind::Ed25519,
        ED448 => KeyKind::Ed448,
        [prefix @ .., last] if prefix == ML_DSA => match last {
            0x11 => KeyKind::MlDsa44,
            0x12 => KeyKind::MlDsa65,
            0x13 => KeyKind::MlDsa87,
            _ => return None,
        },
        _ => return None,
    })
}

/// The public key's bytes: the BIT STRING's content after its unused-bits byte.
pub fn key_bytes(spki: &[u8]) -> Option<&[u8]> {
    let algorithm = item(item(spki)?.content)?;
    let bits = item(algorithm.rest)?;
    (bits.tag == BIT_STRING && bits.content.first() == Some(&0)).then(|| &bits.content[1..])
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
