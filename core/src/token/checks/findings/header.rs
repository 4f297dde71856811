//! Findings about the header: the algorithm, key material or locations the token carries, its
//! `kid` and `crit`, compression, and what an encrypted token is.

use serde_json::Value;

use super::{Finding, Kind};
use crate::token::checks::token_type::{HeaderKey, Profile};
use crate::token::jose::alg::is_unsigned;
use crate::token::jose::decode::{Form, JsonObject};
use crate::token::jose::jwe::{
    pbes2_count, HeaderError, KeyAlg, INFLATED_MAX_BYTES, PBES2_MAX_COUNT,
};

pub(super) fn check(h: &JsonObject, form: Form, profile: &Profile, out: &mut Vec<Finding>) {
    let alg = h.get("alg").and_then(Value::as_str);
    match alg {
        None => out.push(Finding::new(
            Kind::AlgMissing,
            "No algorithm (alg) in the header",
            "Every JWS and JWE names its algorithm; without one a verifier has nothing to pin.",
        )),
        // A DBSC proof may be unsigned; its profile says what that means.
        Some(a) if is_unsigned(a) && !profile.may_be_unsigned => out.push(Finding::new(
            Kind::AlgNone,
            format!("Unsigned token: alg is “{a}”"),
            "Anyone can write such a token. Libraries that accepted alg none (in any spelling) \
             let attackers forge any identity.",
        )),
        Some(_) => {}
    }
    if form == Form::Jws && h.get("zip").is_some() {
        out.push(Finding::new(
            Kind::ZipInJws,
            "Compression (zip) in a signed token",
            "zip applies to encrypted tokens only; in a JWS it is invalid, and compression \
             before encryption or signing invites oracle and decompression-bomb attacks.",
        ));
    }
    // A DPoP or DBSC proof carries its key on purpose: the proof shows possession of it.
    let embedded: Vec<&str> = ["jwk", "jku", "x5u", "x5c"]
        .into_iter()
        .filter(|k| h.get(k).is_some())
        .filter(|k| !(*k == "jwk" && profile.header_key == HeaderKey::Carried))
        .collect();
    if !embedded.is_empty() {
        out.push(Finding::new(
            Kind::EmbeddedKey,
            format!(
                "The header carries key material or a key location: {}",
                embedded.join(", ")
            ),
            "A verifier that fetches or uses a key the token names lets the attacker choose the \
             key (CVE-2018-0114). Authpick never uses them to verify.",
        ));
    }
    if let Some(kid) = h.get("kid").and_then(Value::as_str) {
        if let Some(why) = suspicious_kid(kid) {
            out.push(Finding::new(
                Kind::KidInjection,
                format!("The key ID looks like an injection attempt ({why})"),
                format!(
                    "kid “{kid}” contains characters that matter to file paths, SQL or shells. \
                     Verifiers that build a path or query from kid have been tricked into using \
                     a key the attacker knows."
                ),
            ));
        }
    }
    if let Some(crit) = h.get("crit") {
        crit_check(crit, out);
    }
    match alg {
        Some("EdDSA") => out.push(Finding::new(
            Kind::EddsaPolymorphic,
            "EdDSA is deprecated in favour of Ed25519",
            "RFC 9864 replaces the polymorphic EdDSA identifier with fully specified ones: \
             verifiers should accept Ed25519, issuers should move to it.",
        )),
        Some("RS256" | "RS384" | "RS512") => out.push(Finding::new(
            Kind::RsaPkcs1,
            "Signed with RSASSA-PKCS1-v1_5 (RS*), which issuers are advised to move from",
            "Advice for whoever issues it: the OWASP JSON Web Token cheat sheet (rewritten in \
             2026) lists RS256, RS384 and RS512 as not recommended for new keys, and recommends \
             EdDSA (Ed25519), ECDSA (ES256 and up) or RSASSA-PSS (PS256 and up). A verifier \
             still accepts RS256 from an issuer that signs with it.",
        )),
        _ => {}
    }
    if form == Form::Jwe {
        jwe_check(h, out);
    }
}

/// What a JWE's header alone says: it is encrypted, with what, and whether it asks for work or
/// an algorithm the recipient should refuse.
fn jwe_check(h: &JsonObject, out: &mut Vec<Finding>) {
    let alg = h
        .get("alg")
        .and_then(Value::as_str)
        .and_then(KeyAlg::from_name);
    let sender = if alg.is_some_and(KeyAlg::authenticates_sender) {
        "Only holders of the shared key could have made it."
    } else {
        "Decrypting does not say who made it: anyone with the recipient's public key can \
         encrypt, so a token that must come from its issuer is signed inside (a nested JWT)."
    };
    out.push(Finding::new(
        Kind::Encrypted,
        "Encrypted token (JWE)",
        format!(
            "The payload is encrypted; give the recipient's key under “Decrypt” to read it. \
             {sender}"
        ),
    ));
    if alg == Some(KeyAlg::Rsa1_5) {
        out.push(Finding::new(
            Kind::JweRsa15,
            "RSA1_5 key encryption is deprecated",
            "RSAES-PKCS1-v1_5 lets an attacker who can tell a padding error from other errors \
             decrypt content keys (Bleichenbacher's attack); the draft update of RFC 8725 \
             (draft-ietf-oauth-rfc8725bis) says to avoid it and prefer RSA-OAEP. This page \
             still decrypts it, so you can read the token.",
        ));
    }
    if let Err(HeaderError::P2cTooLarge(p2c)) = pbes2_count(h) {
        if alg == Some(KeyAlg::Pbes2Hs256A128Kw) || h.get("p2s").is_some() {
            out.push(Finding::new(
                Kind::JweP2cTooLarge,
                format!("p2c asks for {p2c} PBKDF2 iterations"),
                format!(
                    "That is above the {PBES2_MAX_COUNT} that the draft update of RFC 8725 \
                     recommends as a limit; a recipient that honours it spends seconds to \
                     hours before it can reject the token. This page refuses to decrypt it."
                ),
            ));
        }
    }
    if h.get("zip").is_some() {
        out.push(Finding::new(
            Kind::JweCompressed,
            "The plaintext was compressed before encryption (zip)",
            format!(
                "The ciphertext's length then depends on the content, which can leak it, and a \
                 small token can inflate hugely: this page inflates at most {} KB.",
                INFLATED_MAX_BYTES / 1000
            ),
        ));
    }
}

/// Header parameters this page processes, so `crit` may name them.
const UNDERSTOOD: [&str; 1] = ["b64"];

fn crit_check(crit: &Value, out: &mut Vec<Finding>) {
    let unknown: Vec<String> = crit
        .as_array()
        .map(|a| {
            a.iter()
                .map(|v| v.as_str().unwrap_or("?").to_string())
                .filter(|n| !UNDERSTOOD.contains(&n.as_str()))
                .collect()
        })
        .unwrap_or_else(|| vec![crit.to_string()]);
    if !unknown.is_empty() {
        out.push(Finding::new(
            Kind::CritUnknown,
            format!(
                "crit requires parameters this page does not understand: {}",
                unknown.join(", ")
            ),
            "A verifier must reject a token whose crit lists a parameter it does not process.",
        ));
    }
}

fn suspicious_kid(kid: &str) -> Option<&'static str> {
    let lower = kid.to_ascii_lowercase();
    if kid.contains("../")
        || kid.contains("..\\")
        || kid.starts_with('/')
        || lower.starts_with("file:")
    {
        Some("path traversal")
    } else if kid.contains('\'')
        || kid.contains('"')
        || lower.contains("--")
        || lower.contains(" or ")
        || lower.contains("union select")
    {
        Some("SQL")
    } else if kid.contains([';', '|', '`', '&', '$', '<', '>', '\n']) {
        Some("shell metacharacters")
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::super::test_support::*;
    use super::super::Severity;

    #[test]
    fn alg_none_in_any_spelling_is_critical() {
        for alg in ["none", "None", "NONE", "nOnE"] {
            let f = run(
                &format!(r#"{{"alg":"{alg}","typ":"JWT"}}"#),
                GOOD_PAYLOAD,
                b"",
            );
            assert_eq!(f[0].id(), "alg-none", "{alg}");
            assert_eq!(f[0].severity(), Severity::Critical);
        }
        assert!(ids(&run(r#"{"typ":"JWT"}"#, GOOD_PAYLOAD, b"s")).contains(&"alg-missing"));
    }

    #[test]
    fn embedded_keys_and_kid_injection_are_flagged() {
        let f = run(
            r#"{"alg":"RS256","typ":"JWT","jku":"https://evil","x5c":["MII"]}"#,
            GOOD_PAYLOAD,
            &[1; 256],
        );
        let e = f.iter().find(|x| x.id() == "embedded-key").unwrap();
        assert!(e.title.ends_with("jku, x5c"));
        for (kid, why) in [
            ("../../dev/null", "path traversal"),
            ("x' UNION SELECT 'a", "SQL"),
            ("k|id", "shell metacharacters"),
        ] {
            let f = run(
                &format!(
                    r#"{{"alg":"HS256","typ":"JWT","kid":{}}}"#,
                    serde_json::to_string(kid).unwrap()
                ),
                GOOD_PAYLOAD,
                b"s",
            );
            let k = f
                .iter()
                .find(|x| x.id() == "kid-injection")
                .unwrap_or_else(|| panic!("{kid}"));
            assert!(k.title.contains(why), "{kid}: {}", k.title);
        }
        assert!(!ids(&run(
            r#"{"alg":"HS256","typ":"JWT","kid":"2024-k1"}"#,
            GOOD_PAYLOAD,
            b"s"
        ))
        .contains(&"kid-injection"));
    }

    #[test]
    fn header_oddities() {
        let f = run(
            r#"{"alg":"HS256","typ":"JWT","zip":"DEF","crit":["exp","b64"]}"#,
            GOOD_PAYLOAD,
            b"s",
        );
        assert!(ids(&f).contains(&"zip-in-jws"));
        assert!(f
            .iter()
            .any(|x| x.id() == "crit-unknown" && x.title.ends_with(": exp")));
        let f = run(r#"{"alg":"EdDSA","typ":"JWT"}"#, GOOD_PAYLOAD, &[1; 64]);
        assert!(ids(&f).contains(&"eddsa-polymorphic"));
    }

    /// The findings for a JWE with this protected header.
    fn jwe(header: &str) -> Vec<super::super::Finding> {
        use crate::token::jose::base64url::encode;
        let t = format!("{}.a2V5.aXY.Y2lwaGVy.dGFn", encode(header.as_bytes()));
        crate::token::checks::findings::findings(
            &t,
            &crate::token::jose::decode::decode(&t).unwrap(),
            &super::super::Conditions {
                now: NOW,
                bearer: false,
                requests_per_day: Some(1e6),
            },
        )
    }

    #[test]
    fn a_jwe_header_says_what_the_recipient_should_refuse() {
        let f = jwe(r#"{"alg":"RSA1_5","enc":"A128GCM"}"#);
        assert_eq!(f[0].id(), "jwe-rsa1-5");
        assert_eq!(f[0].severity(), Severity::Critical);
        let note = f.iter().find(|x| x.id() == "encrypted").unwrap();
        assert!(note.explanation.contains("does not say who made it"));
        let f = jwe(r#"{"alg":"PBES2-HS256+A128KW","enc":"A128GCM","p2s":"c2FsdA","p2c":1200001}"#);
        assert!(f
            .iter()
            .any(|x| x.id() == "jwe-p2c-too-large" && x.title.contains("1200001")));
        let f = jwe(r#"{"alg":"PBES2-HS256+A128KW","enc":"A128GCM","p2s":"c2FsdA","p2c":600000}"#);
        assert!(!ids(&f).contains(&"jwe-p2c-too-large"));
        let note = f.iter().find(|x| x.id() == "encrypted").unwrap();
        assert!(note.explanation.contains("Only holders of the shared key"));
        let f = jwe(r#"{"alg":"dir","enc":"A128GCM","zip":"DEF"}"#);
        assert!(ids(&f).contains(&"jwe-compressed"));
        assert!(!ids(&f).contains(&"zip-in-jws"));
    }
}
