//! Findings about a JWS's signature bytes, before any key is tried: an empty signature under a
//! real algorithm, and ECDSA signatures of the wrong length or with r or s equal to zero.

use serde_json::Value;

use super::{Finding, Kind};
use crate::token::jose::alg::{is_unsigned, Alg, KeyKind, MIN_RSA_BITS};
use crate::token::jose::decode::{Decoded, JsonObject};

pub(super) fn check(h: &JsonObject, d: &Decoded, out: &mut Vec<Finding>) {
    let alg = h.get("alg").and_then(Value::as_str);
    let Some(Ok(sig)) = &d.signature else {
        return;
    };
    if sig.is_empty() {
        if alg.is_some_and(|a| !is_unsigned(a)) {
            out.push(Finding::new(
                Kind::EmptySignature,
                "The signature is empty although alg claims one",
                "Some libraries accepted an empty (null) signature as valid (CVE-2020-28042).",
            ));
        }
        return;
    }
    match alg.and_then(Alg::from_name) {
        Some(alg) if alg.is_ecdsa() => ecdsa(alg, sig, out),
        Some(alg) if alg.key() == KeyKind::Rsa => rsa(alg, sig, out),
        _ => {}
    }
}

/// An RSA signature is exactly as long as the key's modulus (RFC 8017 §8.2.2): a shorter one
/// comes from a key under 2,048 bits, which RFC 7518 §3.3 forbids, or is no RSA signature.
fn rsa(alg: Alg, sig: &[u8], out: &mut Vec<Finding>) {
    let n = sig.len();
    if n < MIN_RSA_BITS / 8 {
        out.push(Finding::new(
            Kind::RsaShortSignature,
            format!(
                "{} signature of {n} bytes: from a key under 2,048 bits, if any",
                alg.name()
            ),
            format!(
                "An RSA signature is exactly as long as the key's modulus, so {n} bytes mean a \
                 key of at most {} bits, where RFC 7518 requires 2,048 or more; or the signature \
                 was cut short or is not an RSA signature at all.",
                n * 8
            ),
        ));
    }
}

fn ecdsa(alg: Alg, sig: &[u8], out: &mut Vec<Finding>) {
    let Some(len) = alg.signature_len() else {
        return;
    };
    if sig.len() != len {
        out.push(Finding::new(
            Kind::EcdsaLength,
            format!("{} signature is {} bytes, not {len}", alg.name(), sig.len()),
            "A JWS carries ECDSA signatures as r and s side by side at a fixed length; anything \
             else (such as DER encoding) must be rejected.",
        ));
        return;
    }
    let (r, s) = sig.split_at(len / 2);
    if r.iter().all(|b| *b == 0) || s.iter().all(|b| *b == 0) {
        out.push(Finding::new(
            Kind::EcdsaZero,
            "ECDSA signature with r or s equal to zero (“psychic signature”)",
            "Java 15–18 accepted such signatures for any message (CVE-2022-21449): a token like \
             this is forged.",
        ));
    }
}

#[cfg(test)]
mod tests {
    use super::super::test_support::*;

    #[test]
    fn an_empty_signature_with_a_real_alg_is_critical() {
        let f = run(r#"{"alg":"HS256","typ":"JWT"}"#, GOOD_PAYLOAD, b"");
        assert!(ids(&f).contains(&"empty-signature"));
        let f = run(r#"{"alg":"none","typ":"JWT"}"#, GOOD_PAYLOAD, b"");
        assert!(
            !ids(&f).contains(&"empty-signature"),
            "none has no signature to miss"
        );
    }

    #[test]
    fn psychic_and_malformed_ecdsa_signatures() {
        let mut sig = vec![0u8; 64];
        let f = run(r#"{"alg":"ES256","typ":"JWT"}"#, GOOD_PAYLOAD, &sig);
        assert_eq!(f[0].id(), "ecdsa-zero");
        sig[3] = 1;
        sig[40] = 1;
        assert!(
            !ids(&run(r#"{"alg":"ES256","typ":"JWT"}"#, GOOD_PAYLOAD, &sig))
                .contains(&"ecdsa-zero")
        );
        let f = run(r#"{"alg":"ES384","typ":"JWT"}"#, GOOD_PAYLOAD, &[1; 70]);
        assert!(f
            .iter()
            .any(|x| x.id() == "ecdsa-length" && x.title == "ES384 signature is 70 bytes, not 96"));
        let f = run(r#"{"alg":"ES512","typ":"JWT"}"#, GOOD_PAYLOAD, &[1; 132]);
        assert!(!ids(&f).contains(&"ecdsa-length"), "ES512 is 132 bytes");
    }
}
