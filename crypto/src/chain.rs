//! A certificate chain's facts for the core's judgement (`authpick_core::token::checks::chain`):
//! each certificate read by RustCrypto's `x509-cert`, each signature checked with the keys the
//! verifier already reads (`public_key`), over the certificate's own to-be-signed bytes. The
//! chain's order is the token's (RFC 7515 §4.1.6: each certificate certifies the one before),
//! so there is no path to build: only the link from the last certificate to an anchor is
//! looked for among the anchors the user pasted.

use authpick_core::token::checks::chain::input::Inputs;
use authpick_core::token::checks::chain::judge::{judge, Report};
use authpick_core::token::checks::chain::{
    BasicConstraints, CertFacts, End, Facts, KeyUsage, Signed,
};
use authpick_core::token::jose::alg::{Alg, KeyKind};
use authpick_core::token::jose::base64url;
use const_oid::db::{rfc4519, rfc5280, rfc5912, rfc8410};
use const_oid::ObjectIdentifier as Oid;
use der::asn1::{AnyRef, UintRef};
use der::{Decode, Encode, Reader, SliceReader, Tag, Tagged};
use x509_cert::ext::pkix;
use x509_cert::Certificate;

use super::public_key::from_spki;

/// Checks the chain in `inputs` at `now`: the facts, judged.
pub fn check(inputs: &Inputs, now: i64) -> Result<Report, String> {
    let facts = facts(inputs)?;
    let issued_at = inputs.token.as_ref().and_then(|t| t.issued_at);
    Ok(judge(&facts, inputs.from, issued_at, now))
}

/// One certificate, read, with the bytes its checks need as they are on the wire.
struct Read<'a> {
    der: &'a [u8],
    /// What the issuer's signature covers.
    tbs: &'a [u8],
    cert: Certificate,
    spki: &'a [u8],
    subject: &'a [u8],
    issuer: &'a [u8],
}

fn read<'a>(der: &'a [u8], what: &str) -> Result<Read<'a>, String> {
    let cert = Certificate::from_der(der)
        .map_err(|e| format!("{what} is not an X.509 certificate in DER: {e}."))?;
    let fields = super::spki::certificate_fields(der)
        .ok_or_else(|| format!("{what} is not an X.509 certificate in DER."))?;
    Ok(Read {
        der,
        tbs: fields.tbs,
        spki: fields.spki,
        subject: fields.subject,
        issuer: fields.issuer,
        cert,
    })
}

/// The facts of `inputs`, or which certificate could not be read.
pub fn facts(inputs: &Inputs) -> Result<Facts, String> {
    let chain = inputs
        .chain
        .iter()
        .enumerate()
        .map(|(i, der)| read(der, &format!("Certificate {}", i + 1)))
        .collect::<Result<Vec<_>, _>>()?;
    let anchors = inputs
        .anchors
        .iter()
        .enumerate()
        .map(|(i, der)| read(der, &format!("Anchor {}", i + 1)))
        .collect::<Result<Vec<_>, _>>()?;
    let Some(last) = chain.last() else {
        return Err("The chain holds no certificate.".into());
    };
    let links = chain
        .windows(2)
        .map(|pair| {
            if pair[0].issuer == pair[1].subject {
                signed_by(&pair[0], pair[1].spki)
            } else {
                Signed::NameMismatch
            }
        })
        .collect();
    let end = end(last, &anchors);
    let token = inputs.token.as_ref().map(|t| {
        let Some(alg) = Alg::from_name(&t.alg) else {
            return Signed::Unchecked(format!("its alg “{}” is not one this page verifies", t.alg));
        };
        verifies(alg, chain[0].spki, t.signing_input.as_bytes(), &t.signature)
    });
    Ok(Facts {
        certs: chain.iter().map(cert_facts).collect(),
        links,
        end,
        token,
    })
}

fn end(last: &Read, anchors: &[Read]) -> End {
    let name = |r: &Read| dn(&r.cert.tbs_certificate.subject);
    if let Some(a) = anchors
        .iter()
        .find(|a| a.der == last.der || (a.subject == last.subject && a.spki == last.spki))
    {
        return End::IsAnchor { anchor: name(a) };
    }
    let named: Vec<&Read> = anchors
        .iter()
        .filter(|a| a.subject == last.issuer)
        .collect();
    let Some(first) = named.first() else {
        return End::NoAnchor {
            issuer: dn(&last.cert.tbs_certificate.issuer),
        };
    };
    let verifying = named
        .iter()
        .find(|a| signed_by(last, a.spki) == Signed::Verifies);
    match verifying {
        Some(a) => End::IssuedBy {
            anchor: name(a),
            signed: Signed::Verifies,
        },
        None => End::IssuedBy {
            anchor: name(first),
            signed: signed_by(last, first.spki),
        },
    }
}

/// Whether `child`'s signature was made by the key in `issuer_spki`.
fn signed_by(child: &Read, issuer_spki: &[u8]) -> Signed {
    let oid = child.cert.signature_algorithm.oid;
    let Some(signature) = child.cert.signature.as_bytes() else {
        return Signed::Fails;
    };
    let kind = super::spki::kind(issuer_spki);
    let hash = match oid {
        rfc5912::ECDSA_WITH_SHA_256 => Some(Hash::Sha256),
        rfc5912::ECDSA_WITH_SHA_384 => Some(Hash::Sha384),
        rfc5912::ECDSA_WITH_SHA_512 => Some(Hash::Sha512),
        _ => None,
    };
    if let (Some(hash), Some(kind @ (KeyKind::P256 | KeyKind::P384 | KeyKind::P521))) = (hash, kind)
    {
        return ecdsa(kind, hash, issuer_spki, child.tbs, signature);
    }
    let alg = match (oid, kind) {
        (rfc5912::SHA_256_WITH_RSA_ENCRYPTION, Some(KeyKind::Rsa)) => Alg::Rs256,
        (rfc5912::SHA_384_WITH_RSA_ENCRYPTION, Some(KeyKind::Rsa)) => Alg::Rs384,
        (rfc5912::SHA_512_WITH_RSA_ENCRYPTION, Some(KeyKind::Rsa)) => Alg::Rs512,
        (rfc8410::ID_ED_25519, Some(KeyKind::Ed25519)) => Alg::EdDsa,
        _ => {
            return Signed::Unchecked(format!(
                "it is signed with {}{}, which is not checked here",
                oid_name(oid),
                kind.map(|k| format!(" by {}", k.a_key()))
                    .unwrap_or_default()
            ))
        }
    };
    verifies(alg, issuer_spki, child.tbs, &base64url::encode(signature))
}

#[derive(Clone, Copy)]
enum Hash {
    Sha256,
    Sha384,
    Sha512,
}

/// An ECDSA signature of a certificate. X.509 pairs any of the SHA-2 hashes with any curve
/// (RFC 5758 §3.2): Apple's test CA signs with SHA-384 and a P-256 key. So the digest is taken
/// here and the curve verifies it as a prehash, which is what ECDSA signs (FIPS 186-5 §6.4),
/// truncated to the curve's size by the library when longer.
fn ecdsa(kind: KeyKind, hash: Hash, spki: &[u8], tbs: &[u8], der: &[u8]) -> Signed {
    use sha2::Digest;
    let digest = match hash {
        Hash::Sha256 => sha2::Sha256::digest(tbs).to_vec(),
        Hash::Sha384 => sha2::Sha384::digest(tbs).to_vec(),
        Hash::Sha512 => sha2::Sha512::digest(tbs).to_vec(),
    };
    let Some(point) = super::spki::key_bytes(spki) else {
        return Signed::Unchecked("its key cannot be read".into());
    };
    // X.509 writes ECDSA signatures as DER (RFC 3279 §2.2.3); the libraries read R and S side
    // by side, each the curve's size.
    let half = match kind {
        KeyKind::P256 => 32,
        KeyKind::P384 => 48,
        _ => 66,
    };
    let Some(raw) = ecdsa_raw(der, half) else {
        return Signed::Fails;
    };
    let verified = match kind {
        KeyKind::P256 => {
            use p256::ecdsa::signature::hazmat::PrehashVerifier;
            let key = p256::ecdsa::VerifyingKey::from_sec1_bytes(point);
            let sig = p256::ecdsa::Signature::from_slice(&raw);
            match (key, sig) {
                (Ok(k), Ok(s)) => Some(k.verify_prehash(&digest, &s).is_ok()),
                (Err(_), _) => None,
                (_, Err(_)) => Some(false),
            }
        }
        KeyKind::P384 => {
            use p384::ecdsa::signature::hazmat::PrehashVerifier;
            let key = p384::ecdsa::VerifyingKey::from_sec1_bytes(point);
            let sig = p384::ecdsa::Signature::from_slice(&raw);
            match (key, sig) {
                (Ok(k), Ok(s)) => Some(k.verify_prehash(&digest, &s).is_ok()),
                (Err(_), _) => None,
                (_, Err(_)) => Some(false),
            }
        }
        _ => {
            use p521::ecdsa::signature::hazmat::PrehashVerifier;
            let key = p521::ecdsa::VerifyingKey::from_sec1_bytes(point);
            let sig = p521::ecdsa::Signature::from_slice(&raw);
            match (key, sig) {
                (Ok(k), Ok(s)) => Some(k.verify_prehash(&digest, &s).is_ok()),
                (Err(_), _) => None,
                (_, Err(_)) => Some(false),
            }
        }
    };
    match verified {
        Some(true) => Signed::Verifies,
        Some(false) => Signed::Fails,
        None => Signed::Unchecked(format!("its key is not a point on {}", kind.name())),
    }
}

/// Whether `signature` (base64url) over `message` verifies with the key in `spki` under `alg`.
fn verifies(alg: Alg, spki: &[u8], message: &[u8], signature: &str) -> Signed {
    let kind = super::spki::kind(spki);
    if kind != Some(alg.key()) {
        return Signed::Unchecked(format!(
            "the certificate holds {}, and {} needs {}",
            kind.map_or("a key of a kind this page does not know", |k| k.a_key()),
            alg.name(),
            alg.key().a_key()
        ));
    }
    let key = match from_spki(alg.key(), spki) {
        Ok(key) => key,
        Err(_) => return Signed::Unchecked("its key cannot be read".into()),
    };
    match key.verifies(alg, message, signature) {
        Ok(true) => Signed::Verifies,
        Ok(false) | Err(_) => Signed::Fails,
    }
}

/// An ECDSA-Sig-Value (RFC 3279 §2.2.3) as R and S of `half` bytes each.
fn ecdsa_raw(der: &[u8], half: usize) -> Option<Vec<u8>> {
    let outer = AnyRef::from_der(der).ok()?;
    if outer.tag() != Tag::Sequence {
        return None;
    }
    let mut fields = SliceReader::new(outer.value()).ok()?;
    let mut raw = Vec::with_capacity(half * 2);
    for _ in 0..2 {
        let n = UintRef::decode(&mut fields).ok()?;
        let bytes = n.as_bytes();
        if bytes.len() > half {
            return None;
        }
        raw.extend(std::iter::repeat_n(0, half - bytes.len()));
        raw.extend_from_slice(bytes);
    }
    fields.is_finished().then_some(raw)
}

/// An OID by the name people know it by, for the algorithms and extensions a message may
/// name; others by their dotted form. A table of our own: `const-oid`'s database of every
/// name would weigh more than the whole check.
fn oid_name(oid: Oid) -> String {
    let known = [
        (rfc5912::SHA_1_WITH_RSA_ENCRYPTION, "sha1WithRSAEncryption"),
        (rfc5912::ID_RSASSA_PSS, "RSASSA-PSS"),
        (rfc5912::ECDSA_WITH_SHA_224, "ecdsa-with-SHA224"),
        (rfc5912::ECDSA_WITH_SHA_256, "ecdsa-with-SHA256"),
        (rfc5912::ECDSA_WITH_SHA_384, "ecdsa-with-SHA384"),
        (rfc5912::ECDSA_WITH_SHA_512, "ecdsa-with-SHA512"),
        (
            rfc5912::SHA_256_WITH_RSA_ENCRYPTION,
            "sha256WithRSAEncryption",
        ),
        (rfc8410::ID_ED_448, "Ed448"),
        (rfc5280::ID_CE_NAME_CONSTRAINTS, "name constraints"),
        (rfc5280::ID_CE_CERTIFICATE_POLICIES, "certificate policies"),
        (rfc5280::ID_CE_POLICY_CONSTRAINTS, "policy constraints"),
        (rfc5280::ID_CE_POLICY_MAPPINGS, "policy mappings"),
        (rfc5280::ID_CE_INHIBIT_ANY_POLICY, "inhibit anyPolicy"),
        (rfc5280::ID_CE_BASIC_CONSTRAINTS, "basic constraints"),
        (rfc5280::ID_CE_KEY_USAGE, "key usage"),
    ];
    known
        .iter()
        .find(|(o, _)| *o == oid)
        .map_or_else(|| oid.to_string(), |(_, name)| (*name).to_string())
}

/// A distinguished name as RFC 4514 §2 writes it: the last RDN first, each attribute as
/// TYPE=value, with the usual short names (§3) and the dotted OID for others. `x509-cert`'s
/// own writer looks the short names up in `const-oid`'s database of every name (see above).
fn dn(name: &x509_cert::name::Name) -> String {
    let short = [
        (rfc4519::CN, "CN"),
        (rfc4519::O, "O"),
        (rfc4519::OU, "OU"),
        (rfc4519::C, "C"),
        (rfc4519::L, "L"),
        (rfc4519::ST, "ST"),
        (rfc4519::STREET, "STREET"),
        (rfc4519::DC, "DC"),
        (rfc4519::UID, "UID"),
        (rfc4519::SERIAL_NUMBER, "serialNumber"),
    ];
    let rdns: Vec<String> = name
        .0
        .iter()
        .rev()
        .map(|rdn| {
            let parts: Vec<String> = rdn
                .0
                .iter()
                .map(|atv| {
                    let kind = short
                        .iter()
                        .find(|(o, _)| *o == atv.oid)
                        .map_or_else(|| atv.oid.to_string(), |(_, s)| (*s).to_string());
                    format!("{kind}={}", value(&atv.value))
                })
                .collect();
            parts.join("+")
        })
        .collect();
    rdns.join(",")
}

/// An attribute's value: its text, escaped as RFC 4514 §2.4 asks, or `#` and the hex of its
/// DER when it is not a string.
fn value(v: &der::Any) -> String {
    let text = match v.tag() {
        Tag::PrintableString | Tag::Utf8String | Tag::Ia5String | Tag::TeletexString => {
            std::str::from_utf8(v.value()).ok()
        }
        _ => None,
    };
    let Some(text) = text else {
        let der = v.to_der().unwrap_or_default();
        return std::iter::once("#".to_string())
            .chain(der.iter().map(|b| format!("{b:02x}")))
            .collect();
    };
    let last = text.chars().count().saturating_sub(1);
    text.chars()
        .enumerate()
        .map(|(i, c)| {
            let escape = matches!(c, '"' | '+' | ',' | ';' | '<' | '>' | '\\')
                || (i == 0 && matches!(c, '#' | ' '))
                || (i == last && c == ' ');
            if escape {
                format!("\\{c}")
            } else {
                c.to_string()
            }
        })
        .collect()
}

/// Extensions read, or harmless to leave unread: anything else that is critical fails the
/// certificate (RFC 5280 §4.2). Extended key usage names no purpose for signing tokens, so it is
/// recognised and not enforced.
const RECOGNISED: [Oid; 6] = [
    rfc5280::ID_CE_BASIC_CONSTRAINTS,
    rfc5280::ID_CE_KEY_USAGE,
    rfc5280::ID_CE_SUBJECT_ALT_NAME,
    rfc5280::ID_CE_SUBJECT_KEY_IDENTIFIER,
    rfc5280::ID_CE_AUTHORITY_KEY_IDENTIFIER,
    rfc5280::ID_CE_EXT_KEY_USAGE,
];

fn cert_facts(r: &Read) -> CertFacts {
    let t = &r.cert.tbs_certificate;
    let seconds = |time: x509_cert::time::Time| {
        i64::try_from(time.to_unix_duration().as_secs()).unwrap_or(i64::MAX)
    };
    let mut facts = CertFacts {
        subject: dn(&t.subject),
        issuer: dn(&t.issuer),
        self_issued: r.subject == r.issuer,
        not_before: seconds(t.validity.not_before),
        not_after: seconds(t.validity.not_after),
        basic_constraints: None,
        key_usage: None,
        unknown_critical: Vec::new(),
    };
    for ext in t.extensions.iter().flatten() {
        let value = ext.extn_value.as_bytes();
        match ext.extn_id {
            // An extension that does not decode is not processed: if critical, it fails.
            rfc5280::ID_CE_BASIC_CONSTRAINTS => match pkix::BasicConstraints::from_der(value) {
                Ok(b) => {
                    facts.basic_constraints = Some(BasicConstraints {
                        ca: b.ca,
                        path_len: b.path_len_constraint,
                    })
                }
                Err(_) => unreadable(&mut facts, ext),
            },
            rfc5280::ID_CE_KEY_USAGE => match pkix::KeyUsage::from_der(value) {
                Ok(k) => {
                    facts.key_usage = Some(KeyUsage {
                        digital_signature: k.digital_signature(),
                        key_cert_sign: k.key_cert_sign(),
                    })
                }
                Err(_) => unreadable(&mut facts, ext),
            },
            id if ext.critical && !RECOGNISED.contains(&id) => {
                facts.unknown_critical.push(oid_name(id))
            }
            _ => {}
        }
    }
    facts
}

fn unreadable(facts: &mut CertFacts, ext: &x509_cert::ext::Extension) {
    if ext.critical {
        facts
            .unknown_critical
            .push(format!("{}, which does not decode", oid_name(ext.extn_id)));
    }
}
