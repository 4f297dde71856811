//! The inspector's first line: whether a careful verifier would accept the token, reject it,
//! or cannot tell yet, and the reason that decides it, in words that cannot be misread. It is
//! drawn from everything that decides acceptance: whether the token decodes and is signed, the
//! signature with the user's key, the key's strength (a well-known or short secret, an RSA key
//! under 2,048 bits), the time claims, the rules of the token's kind, an SD-JWT's Disclosures,
//! a DPoP proof's request and what the token is bound to. All of that arrives as findings that
//! reject (`Kind::rejects`); the signature's standing is a detail under the verdict. The page
//! shows this above everything else.

use crate::token::checks::findings::{Finding, Kind};
use crate::token::checks::report::Inspection;
use crate::token::jose::alg::is_unsigned;
use crate::token::jose::decode::Form;
use crate::token::jose::jwe::{read_header, KeyAlg};
use crate::token::service::verification::{Reported, Tone};

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

/// What a careful verifier would do with the token.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Decision {
    /// It passes every check this page can make.
    Accept,
    /// Something a verifier must reject it for.
    Reject,
    /// Not yet decided: something is missing (a key, a decryption, the worker's answer).
    Undecided,
}

impl Decision {
    /// A stable id for reports that machines read: "accept", "reject", "undecided".
    pub fn id(self) -> &'static str {
        match self {
            Decision::Accept => "accept",
            Decision::Reject => "reject",
            Decision::Undecided => "undecided",
        }
    }
}

/// The verdict: the decision, its tone, its first line, what decided it, and the signature's
/// standing as a detail under it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Verdict {
    /// What a careful verifier would do.
    pub decision: Decision,
    /// How the page colours it: green only for `Accept`.
    pub tone: Tone,
    /// The first line.
    pub headline: String,
    /// The deciding reason, in a sentence or two.
    pub detail: String,
    /// The signature, in a line of its own under the verdict.
    pub signature: String,
}

/// What the verdict is drawn from besides the token.
#[derive(Clone, Copy, Debug, Default)]
pub struct Grounds<'a> {
    /// Every finding, most severe first (`report::all_findings`): key-free, from verification,
    /// the secret search and the checks beside the token.
    pub findings: &'a [Finding],
    /// What verifying with the user's key found (`None`: no key given, or no answer yet).
    pub verification: Option<&'a Reported>,
    /// What is still being checked (an SD-JWT's Disclosures), which the verdict waits for.
    pub checking: Option<&'static str>,
    /// What a verifier must also compare with what it expects, for this kind of token, as a
    /// sentence.
    pub still_to_compare: Option<&'static str>,
}

/// The verdict on a token: whether a careful verifier would accept it, reject it, or cannot
/// tell yet, with the deciding reason first. Nothing that is forgeable or must be rejected is
/// ever green: a token signed with a well-known secret is rejected even with no key given, and
/// a valid signature is only a detail when anything else must reject the token.
pub fn verdict(i: &Inspection, g: Grounds) -> Verdict {
    let signature = signature_line(i, g.verification);
    let reject = |headline: String, detail: String| Verdict {
        decision: Decision::Reject,
        tone: Tone::Invalid,
        headline,
        detail,
        signature: signature.clone(),
    };
    match protection(i) {
        Protection::Undecodable(why) => {
            return reject(
                "✗ Reject: it cannot be decoded".into(),
                format!("{why} A verifier must reject it."),
            )
        }
        Protection::Unsigned(alg) => {
            return reject(
                "✗ Reject: it is unsigned".into(),
                format!("alg is “{alg}”: anyone can write this token. A verifier must reject it."),
            )
        }
        Protection::NoAlg => {
            return reject(
                "✗ Reject: it names no algorithm".into(),
                "The header names no alg, so there is nothing to verify it with. A verifier \
                 must reject it."
                    .into(),
            )
        }
        Protection::Encrypted | Protection::Signed(_) => {}
    }
    // The first reason to reject, most severe first; the findings are ranked that way.
    let reasons: Vec<&Finding> = g.findings.iter().filter(|f| f.kind.rejects()).collect();
    if let Some(f) = reasons.first() {
        let headline = match f.kind {
            Kind::WeakSecret | Kind::ShortSecret | Kind::RsaKeyTooSmall => {
                "✗ Reject: anyone can forge it"
            }
            Kind::KeyConfusion => "✗ Reject: forged by key confusion",
            Kind::SignatureInvalid => "✗ Reject: the signature is invalid",
            Kind::Expired => "✗ Reject: it has expired",
            Kind::NotYetValid => "✗ Reject: it is not valid yet",
            _ => "✗ Reject",
        };
        let more = match reasons.len() - 1 {
            0 => String::new(),
            1 => " One more reason is among the findings.".into(),
            n => format!(" {n} more reasons are among the findings."),
        };
        return reject(
            headline.into(),
            format!(
                "{}. {} A verifier must reject it.{more}",
                f.title,
                f.explanation.trim_end()
            ),
        );
    }
    let undecided = |headline: &str, detail: String| Verdict {
        decision: Decision::Undecided,
        tone: Tone::Neutral,
        headline: headline.into(),
        detail,
        signature: signature.clone(),
    };
    if protection(i) == Protection::Encrypted {
        return undecided(
            "Encrypted (JWE): decrypt it to judge it",
            "Its payload can only be read with the recipient's key: give it below to decrypt \
             the token here. An encrypted token is decrypted, not verified; a token inside it \
             is judged on its own."
                .into(),
        );
    }
    let verified = g.verification.is_some_and(Reported::is_valid);
    if !verified {
        let detail = match g.verification {
            Some(v) => format!("The key given cannot check it: {}", v.message),
            None => "Nothing found so far is a reason to reject it, but only the issuer's key \
                     can say who made it: give it below."
                .into(),
        };
        return undecided("Cannot tell yet: the signature is not verified", detail);
    }
    if let Some(what) = g.checking {
        return undecided(
            "Cannot tell yet: still checking",
            format!("The signature is valid; {what} is still being checked."),
        );
    }
    let compare = g
        .still_to_compare
        .map(|c| format!(" {c}"))
        .unwrap_or_default();
    Verdict {
        decision: Decision::Accept,
        tone: Tone::Valid,
        headline: "✓ Accept: it passes every check here".into(),
        detail: format!(
            "The signature is valid with your key, and nothing found is a reason to reject \
             it.{compare}"
        ),
        signature,
    }
}

/// The signature's standing, as a detail under the verdict.
fn signature_line(i: &Inspection, verification: Option<&Reported>) -> String {
    match (protection(i), verification) {
        (Protection::Signed(alg), None) => {
            format!("Signature ({alg}): not verified. Give the key below to check it.")
        }
        (Protection::Signed(alg), Some(v)) => format!("Signature ({alg}): {}", v.message),
        (Protection::Encrypted, _) => "Encrypted: decrypted, not verified.".into(),
        (Protection::Unsigned(_) | Protection::NoAlg, _) => "No signature.".into(),
        (Protection::Undecodable(_), _) => "Nothing to verify.".into(),
    }
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

/// What the verification panel offers for the token: key fields to verify or decrypt it with,
/// or why there are none.
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
    use crate::token::checks::findings::Conditions;
    use crate::token::checks::report::{all_findings, inspect, Verdicts};
    use crate::token::jose::alg::Alg;
    use crate::token::jose::base64url::encode;
    use crate::token::service::verification::{KeyUsed, Mismatch, Verification};

    const NOW: i64 = 1_800_000_000;

    fn signed(header: &str, payload: &str, sig: &[u8]) -> Inspection {
        let t = format!(
            "{}.{}.{}",
            encode(header.as_bytes()),
            encode(payload.as_bytes()),
            encode(sig)
        );
        inspect(&t, NOW).unwrap()
    }

    fn token(header: &str, payload: &str) -> Inspection {
        signed(header, payload, &[7; 32])
    }

    fn report(v: Verification) -> Reported {
        Reported::from(&v)
    }

    /// The verdict as the page computes it: over every finding, with what the checks beside
    /// the token found.
    fn judge(i: &Inspection, v: Verdicts) -> Verdict {
        let c = Conditions {
            now: NOW,
            bearer: false,
            requests_per_day: None,
        };
        let findings = all_findings(i, &c, v);
        verdict(
            i,
            Grounds {
                findings: &findings,
                verification: v.verification,
                ..Grounds::default()
            },
        )
    }

    fn with_key(r: &Reported) -> Verdicts<'_> {
        Verdicts {
            verification: Some(r),
            ..Verdicts::default()
        }
    }

    const ACCESS: &str = r#"{"alg":"HS256","typ":"at+jwt"}"#;
    const FRESH: &str = r#"{"iss":"https://id.example","aud":"api","sub":"42","client_id":"app","jti":"t1","iat":1800000000,"exp":1800000600}"#;

    #[test]
    fn an_unverified_token_is_never_called_valid() {
        let i = token(ACCESS, FRESH);
        let v = judge(&i, Verdicts::default());
        assert_eq!(
            (v.decision, v.tone, v.headline.as_str()),
            (
                Decision::Undecided,
                Tone::Neutral,
                "Cannot tell yet: the signature is not verified"
            )
        );
        let mismatch = report(Verification::Mismatch(Mismatch::PublicKeyForHmac {
            alg: Alg::Hs256,
        }));
        assert_eq!(judge(&i, with_key(&mismatch)).decision, Decision::Undecided);
    }

    #[test]
    fn a_valid_signature_with_nothing_against_it_is_accepted() {
        let i = token(ACCESS, FRESH);
        let valid = report(Verification::Valid { key: KeyUsed::Jwk });
        let v = judge(&i, with_key(&valid));
        assert_eq!((v.decision, v.tone), (Decision::Accept, Tone::Valid));
        assert!(
            v.signature.starts_with("Signature (HS256): "),
            "{}",
            v.signature
        );
        let invalid = report(Verification::Invalid {
            key: KeyUsed::Jwk,
            hint: None,
        });
        let v = judge(&i, with_key(&invalid));
        assert_eq!(
            (v.decision, v.headline.as_str()),
            (Decision::Reject, "✗ Reject: the signature is invalid")
        );
        assert!(v.detail.contains("A verifier must reject it."));
    }

    /// A token anyone can forge is never green: not with a valid signature, and not without a
    /// key, once the search has found the secret.
    #[test]
    fn a_forgeable_token_is_rejected_first() {
        let i = token(ACCESS, FRESH);
        let v = judge(
            &i,
            Verdicts {
                weak_secret: Some("your-256-bit-secret"),
                ..Verdicts::default()
            },
        );
        assert_eq!(
            (v.decision, v.headline.as_str()),
            (Decision::Reject, "✗ Reject: anyone can forge it")
        );
        assert!(v.detail.contains("your-256-bit-secret"), "{}", v.detail);
        // Valid with a 4-byte secret: HS256 needs 32.
        let valid = report(Verification::Valid {
            key: KeyUsed::Secret { bytes: 4 },
        });
        let v = judge(
            &i,
            Verdicts {
                verification: Some(&valid),
                secret_bytes: Some(4),
                ..Verdicts::default()
            },
        );
        assert_eq!(v.headline, "✗ Reject: anyone can forge it");
        assert!(v.signature.contains("valid"), "the signature is a detail");
        // A valid RS256 signature of 128 bytes: a 1,024-bit key.
        let rsa = signed(r#"{"alg":"RS256","typ":"at+jwt"}"#, FRESH, &[9; 128]);
        let v = judge(&rsa, with_key(&valid));
        assert_eq!(v.headline, "✗ Reject: anyone can forge it");
        assert!(v.detail.contains("at most 1024 bits"), "{}", v.detail);
    }

    #[test]
    fn expiry_spoils_a_valid_signature() {
        let i = token(
            ACCESS,
            r#"{"iss":"i","aud":"a","sub":"s","client_id":"c","jti":"j","iat":1799990000,"exp":1799996400}"#,
        );
        let valid = report(Verification::Valid { key: KeyUsed::Jwk });
        let v = judge(&i, with_key(&valid));
        assert_eq!(
            (v.decision, v.tone, v.headline.as_str()),
            (Decision::Reject, Tone::Invalid, "✗ Reject: it has expired")
        );
        assert!(v.detail.contains("Expired 60 min ago"), "{}", v.detail);
        let early = token(
            ACCESS,
            r#"{"iss":"i","aud":"a","sub":"s","client_id":"c","jti":"j","iat":1800000000,"exp":1800009000,"nbf":1800007200}"#,
        );
        assert_eq!(
            judge(&early, with_key(&valid)).headline,
            "✗ Reject: it is not valid yet"
        );
    }

    #[test]
    fn checks_beside_the_token_can_reject_it() {
        let i = token(ACCESS, FRESH);
        let valid = report(Verification::Valid { key: KeyUsed::Jwk });
        let sd = ["A Disclosure is used twice.".to_string()];
        let v = judge(
            &i,
            Verdicts {
                verification: Some(&valid),
                sd_jwt: &sd,
                ..Verdicts::default()
            },
        );
        assert_eq!(v.decision, Decision::Reject);
        assert!(v.detail.contains("A Disclosure is used twice."));
        let request = [("iat", "iat is 2019: stale.".to_string())];
        let v = judge(
            &i,
            Verdicts {
                verification: Some(&valid),
                request: &request,
                ..Verdicts::default()
            },
        );
        assert!(
            v.detail.starts_with("The proof's iat fails"),
            "{}",
            v.detail
        );
        // What is still being checked keeps it undecided, never green.
        let c = Conditions {
            now: NOW,
            bearer: false,
            requests_per_day: None,
        };
        let findings = all_findings(&i, &c, with_key(&valid));
        let v = verdict(
            &i,
            Grounds {
                findings: &findings,
                verification: Some(&valid),
                checking: Some("the SD-JWT's Disclosures"),
                still_to_compare: None,
            },
        );
        assert_eq!(v.decision, Decision::Undecided);
    }

    #[test]
    fn unsigned_encrypted_and_undecodable_tokens() {
        let none = token(r#"{"alg":"none"}"#, FRESH);
        assert_eq!(
            judge(&none, Verdicts::default()).headline,
            "✗ Reject: it is unsigned"
        );
        assert!(matches!(offer(&none), Offer::Nothing(_)));
        let jwe = inspect(
            &format!(
                "{}.a.b.c.d",
                encode(br#"{"alg":"RSA-OAEP-256","enc":"A256GCM"}"#)
            ),
            NOW,
        )
        .unwrap();
        let v = judge(&jwe, Verdicts::default());
        assert_eq!(
            (v.decision, v.headline.as_str()),
            (
                Decision::Undecided,
                "Encrypted (JWE): decrypt it to judge it"
            )
        );
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
        let v = judge(&two, Verdicts::default());
        assert_eq!(
            (v.tone, v.headline.as_str()),
            (Tone::Invalid, "✗ Reject: it cannot be decoded")
        );
        let bad_payload =
            inspect(&format!("{}.a*b.c2ln", encode(br#"{"alg":"HS256"}"#)), NOW).unwrap();
        assert!(judge(&bad_payload, Verdicts::default())
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
