//! The inspector's first line: what a person must know about the token before anything else,
//! in words that cannot be misread. Whether it can be decoded at all, whether it is encrypted
//! or unsigned, what verifying its signature found (or that it was not verified), and whether
//! it has expired or is not valid yet. The page shows this above everything else.

use crate::token::checks::report::Inspection;
use crate::token::jose::alg::is_unsigned;
use crate::token::jose::decode::Form;
use crate::token::jose::jwe::{read_header, KeyAlg};
use crate::token::jose::time::{numeric_date, relative, span};
use crate::token::service::verification::{Reported, ResultKind, Tone};

/// What kind of token this is, as far as verifying it goes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Protection {
    /// It does not decode: the reason, in a sentence.
    Undecodable(String),
    /// A JWE: decrypted, not verified.
    Encrypted,
    /// `alg` is `none` (in some spelling).
    Unsigned(String),
    /// The header names no algorithm.
    NoAlg,
    /// A JWS signed with `alg`.
    Signed(String),
}

/// Where a token stands.
pub fn protection(i: &Inspection) -> Protection {
    let d = match &i.decoded {
        Ok(d) => d,
        Err(e) => return Protection::Undecodable(e.to_string()),
    };
    if let Some(why) = d.broken() {
        return Protection::Undecodable(why);
    }
    if d.form == Form::Jwe {
        return Protection::Encrypted;
    }
    match i.header_alg() {
        None => Protection::NoAlg,
        Some(a) if is_unsigned(&a) => Protection::Unsigned(a),
        Some(a) => Protection::Signed(a),
    }
}

/// The verdict: its tone, its first line, and what follows it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Verdict {
    pub tone: Tone,
    pub headline: String,
    pub detail: String,
}

/// The verdict on a token, given what verifying it found (`None`: no key given yet, or the
/// worker has not answered) and the time.
pub fn verdict(i: &Inspection, verification: Option<&Reported>, now: i64) -> Verdict {
    let (tone, headline, detail) = match protection(i) {
        Protection::Undecodable(why) => (
            Tone::Invalid,
            "✗ Cannot be decoded".to_string(),
            format!("{why} A verifier must reject it."),
        ),
        Protection::Encrypted => (
            Tone::Neutral,
            "Encrypted (JWE)".to_string(),
            "Its payload can only be read with the recipient's key: give it below to decrypt the \
             token here. An encrypted token is decrypted, not verified."
                .to_string(),
        ),
        Protection::Unsigned(alg) => (
            Tone::Invalid,
            "✗ Unsigned".to_string(),
            format!("alg is “{alg}”: anyone can write this token. A verifier must reject it."),
        ),
        Protection::NoAlg => (
            Tone::Invalid,
            "✗ No algorithm".to_string(),
            "The header names no alg, so there is nothing to verify it with. A verifier must \
             reject it."
                .to_string(),
        ),
        Protection::Signed(alg) => signed(&alg, verification),
    };
    let (tone, headline, detail) = match (tone, time(i, now)) {
        (_, Some(Time::Expired(ago))) => (
            Tone::Invalid,
            format!("{headline} · ✗ expired"),
            format!("{detail} It expired {ago}: a verifier must reject it."),
        ),
        (_, Some(Time::NotYetValid(when))) => (
            Tone::Invalid,
            format!("{headline} · ✗ not valid yet"),
            format!(
                "{detail} It is not valid before {when}: a verifier must reject it until then."
            ),
        ),
        (tone, _) => (tone, headline, detail),
    };
    Verdict {
        tone,
        headline,
        detail,
    }
}

fn signed(alg: &str, verification: Option<&Reported>) -> (Tone, String, String) {
    let Some(v) = verification else {
        return (
            Tone::Neutral,
            "Signature not verified".to_string(),
            format!(
                "It is signed with {alg}. Give the key below to check the signature; until then \
                 nothing says who made this token."
            ),
        );
    };
    let tone = v.kind.tone();
    match v.kind {
        ResultKind::Valid => (tone, "✓ Signature valid".into(), v.message.clone()),
        ResultKind::Invalid => (
            tone,
            "✗ Signature invalid".into(),
            format!("{} A verifier must reject this token.", v.message),
        ),
        ResultKind::KeyConfusion => (
            tone,
            "✗ Forged: key confusion".into(),
            format!("{} A verifier must reject it.", v.message),
        ),
        ResultKind::Mismatch | ResultKind::BadKey => (
            Tone::Neutral,
            "Signature not verified".into(),
            format!("The key given cannot check it: {}", v.message),
        ),
        ResultKind::NotVerifiable => (
            Tone::Neutral,
            "Signature not verified".into(),
            v.message.clone(),
        ),
    }
}

enum Time {
    Expired(String),
    NotYetValid(String),
}

fn time(i: &Inspection, now: i64) -> Option<Time> {
    let d = i.decoded.as_ref().ok()?;
    let p = d.payload.as_ref()?.as_ref().ok()?;
    let at = |name: &str| p.get(name).and_then(numeric_date);
    if let Some(exp) = at("exp").filter(|e| *e < now) {
        return Some(Time::Expired(relative(exp, now)));
    }
    // The same minute of clock skew the findings allow.
    if let Some(nbf) = at("nbf").filter(|n| *n > now.saturating_add(60)) {
        return Some(Time::NotYetValid(format!(
            "{} ({} from now)",
            crate::token::jose::time::utc(nbf),
            span(nbf.saturating_sub(now))
        )));
    }
    None
}

/// What the verification panel offers for a token.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Offer {
    /// Key fields, for a token signed with this algorithm.
    Key(String),
    /// No key fields: why there is nothing to verify.
    Nothing(&'static str),
    /// Key fields to decrypt a JWE whose header names this key management algorithm.
    Decrypt(KeyAlg),
    /// A JWE this page cannot decrypt, and why.
    Undecryptable(String),
}

pub fn offer(i: &Inspection) -> Offer {
    match protection(i) {
        Protection::Signed(alg) => Offer::Key(alg),
        Protection::Unsigned(_) => Offer::Nothing(
            "This token is unsigned (alg none): it has no signature to verify, and no key makes \
             it trustworthy.",
        ),
        Protection::Encrypted => {
            let header = i.decoded.as_ref().ok().and_then(|d| d.header.as_ref().ok());
            match header.map(read_header) {
                Some(Ok(h)) => Offer::Decrypt(h.alg),
                Some(Err(why)) => Offer::Undecryptable(why.to_string()),
                None => {
                    Offer::Nothing("The header does not decode, so there is nothing to decrypt.")
                }
            }
        }
        Protection::NoAlg => {
            Offer::Nothing("The header names no algorithm (alg), so there is nothing to verify.")
        }
        Protection::Undecodable(_) => {
            Offer::Nothing("The token does not decode, so there is no signature to verify.")
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::token::checks::report::inspect;
    use crate::token::jose::alg::Alg;
    use crate::token::jose::base64url::encode;
    use crate::token::service::verification::{KeyUsed, Mismatch, Verification};

    const NOW: i64 = 1_800_000_000;

    fn token(header: &str, payload: &str) -> Inspection {
        let t = format!(
            "{}.{}.{}",
            encode(header.as_bytes()),
            encode(payload.as_bytes()),
            encode(&[7; 32])
        );
        inspect(&t, NOW).unwrap()
    }

    fn report(v: Verification) -> Reported {
        Reported::from(&v)
    }

    const FRESH: &str = r#"{"iat":1800000000,"exp":1800000600}"#;

    #[test]
    fn an_unverified_token_is_never_called_valid() {
        let i = token(r#"{"alg":"HS256"}"#, FRESH);
        let v = verdict(&i, None, NOW);
        assert_eq!(
            (v.tone, v.headline.as_str()),
            (Tone::Neutral, "Signature not verified")
        );
        let mismatch = report(Verification::Mismatch(Mismatch::PublicKeyForHmac {
            alg: Alg::Hs256,
        }));
        assert_eq!(
            verdict(&i, Some(&mismatch), NOW).headline,
            "Signature not verified"
        );
    }

    #[test]
    fn valid_and_invalid_signatures_say_so_first() {
        let i = token(r#"{"alg":"HS256"}"#, FRESH);
        let valid = report(Verification::Valid { key: KeyUsed::Jwk });
        assert_eq!(verdict(&i, Some(&valid), NOW).tone, Tone::Valid);
        let invalid = report(Verification::Invalid {
            key: KeyUsed::Jwk,
            hint: None,
        });
        let v = verdict(&i, Some(&invalid), NOW);
        assert_eq!(
            (v.tone, v.headline.as_str()),
            (Tone::Invalid, "✗ Signature invalid")
        );
        assert!(v.detail.ends_with("A verifier must reject this token."));
    }

    #[test]
    fn expiry_spoils_a_valid_signature() {
        let i = token(r#"{"alg":"HS256"}"#, r#"{"exp":1799996400}"#);
        let valid = report(Verification::Valid { key: KeyUsed::Jwk });
        let v = verdict(&i, Some(&valid), NOW);
        assert_eq!(v.tone, Tone::Invalid);
        assert_eq!(v.headline, "✓ Signature valid · ✗ expired");
        assert!(v.detail.contains("It expired 60 min ago"));
        let early = token(r#"{"alg":"HS256"}"#, r#"{"nbf":1800007200}"#);
        assert!(verdict(&early, Some(&valid), NOW)
            .headline
            .ends_with("✗ not valid yet"));
    }

    #[test]
    fn unsigned_encrypted_and_undecodable_tokens() {
        let none = token(r#"{"alg":"none"}"#, FRESH);
        assert_eq!(verdict(&none, None, NOW).headline, "✗ Unsigned");
        assert!(matches!(offer(&none), Offer::Nothing(_)));
        let jwe = inspect(
            &format!(
                "{}.a.b.c.d",
                encode(br#"{"alg":"RSA-OAEP-256","enc":"A256GCM"}"#)
            ),
            NOW,
        )
        .unwrap();
        assert_eq!(verdict(&jwe, None, NOW).headline, "Encrypted (JWE)");
        assert_eq!(offer(&jwe), Offer::Decrypt(KeyAlg::RsaOaep256));
        let unknown = inspect(
            &format!("{}.a.b.c.d", encode(br#"{"alg":"A192KW","enc":"A256GCM"}"#)),
            NOW,
        )
        .unwrap();
        assert!(
            matches!(offer(&unknown), Offer::Undecryptable(t) if t.contains("A192KW is not decrypted here"))
        );
        let two = inspect("eyJhbGciOiJIUzI1NiJ9.e30", NOW).unwrap();
        let v = verdict(&two, None, NOW);
        assert_eq!(
            (v.tone, v.headline.as_str()),
            (Tone::Invalid, "✗ Cannot be decoded")
        );
        let bad_payload =
            inspect(&format!("{}.a*b.c2ln", encode(br#"{"alg":"HS256"}"#)), NOW).unwrap();
        assert!(verdict(&bad_payload, None, NOW)
            .detail
            .starts_with("The payload is not valid base64url"));
        assert_eq!(
            offer(&token(r#"{"alg":"ES256"}"#, FRESH)),
            Offer::Key("ES256".into())
        );
    }

    #[test]
    fn a_text_payload_is_no_reason_to_reject() {
        let t = format!(
            "{}.{}.c2ln",
            encode(br#"{"alg":"EdDSA"}"#),
            encode(b"plain text")
        );
        let i = inspect(&t, NOW).unwrap();
        assert_eq!(protection(&i), Protection::Signed("EdDSA".into()));
    }
}
