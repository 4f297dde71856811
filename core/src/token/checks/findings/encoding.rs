//! Findings about how the token is written rather than what it says: repeated member names,
//! which parsers read differently, and base64url that is not in its one canonical form.

use super::{Finding, Kind};
use crate::token::jose::decode::{Decoded, JsonObject};

pub(super) fn check(
    d: &Decoded,
    header: Option<&JsonObject>,
    payload: Option<&JsonObject>,
    out: &mut Vec<Finding>,
) {
    for (kind, part, obj) in [
        (Kind::DuplicateHeaderNames, "header", header),
        (Kind::DuplicateClaimNames, "payload", payload),
    ] {
        if let Some(o) = obj.filter(|o| !o.duplicates.is_empty()) {
            out.push(Finding::new(
                kind,
                format!("Repeated names in the {part}: {}", o.duplicates.join(", ")),
                "JSON parsers disagree on which of two equal names wins, so two systems can read \
                 different claims from the same token.",
            ));
        }
    }
    for (part, l) in &d.lenient {
        let what: Vec<&str> = [
            (l.padding, "padding"),
            (l.whitespace, "white space"),
            (l.trailing_bits, "stray trailing bits"),
        ]
        .into_iter()
        .filter_map(|(on, w)| on.then_some(w))
        .collect();
        out.push(Finding::new(
            Kind::NonCanonicalBase64,
            format!("Non-canonical base64url in the {part}: {}", what.join(", ")),
            "Base64url in a JWT has one canonical form. Lenient decoders accept variants, so the \
             same token can have several spellings: a problem for denylists and signature checks \
             on the encoded bytes.",
        ));
    }
}

#[cfg(test)]
mod tests {
    use super::super::test_support::*;
    use super::super::{findings, Conditions, Severity};
    use crate::token::jose::base64url::encode;
    use crate::token::jose::decode::decode;

    #[test]
    fn repeated_names_weigh_more_in_the_header() {
        let f = run(r#"{"alg":"HS256","alg":"none"}"#, GOOD_PAYLOAD, b"s");
        let d = f
            .iter()
            .find(|x| x.id() == "duplicate-header-names")
            .unwrap();
        assert_eq!(d.severity(), Severity::High);
        let f = run(
            r#"{"alg":"HS256","typ":"JWT"}"#,
            r#"{"sub":"a","sub":"b"}"#,
            b"s",
        );
        let d = f
            .iter()
            .find(|x| x.id() == "duplicate-claim-names")
            .unwrap();
        assert_eq!(
            (d.severity(), d.title.as_str()),
            (Severity::Medium, "Repeated names in the payload: sub")
        );
    }

    #[test]
    fn non_canonical_encoding_is_noted() {
        let t = format!(
            "{}=.{}.{}",
            encode(br#"{"alg":"HS256","typ":"JWT"}"#),
            encode(GOOD_PAYLOAD.as_bytes()),
            encode(b"s")
        );
        let f = findings(
            &t,
            &decode(&t).unwrap(),
            &Conditions {
                now: NOW,
                bearer: false,
                requests_per_day: Some(1.0),
            },
        );
        assert!(f
            .iter()
            .any(|x| x.id() == "non-canonical-base64" && x.title.contains("header: padding")));
    }
}
