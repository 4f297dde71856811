use super::*;
use crate::token::checks::chain::{BasicConstraints, KeyUsage};

const NOW: i64 = 1_796_000_000;
const ISSUED: i64 = 1_790_000_000;

fn cert(subject: &str, issuer: &str, ca: Option<bool>) -> CertFacts {
    CertFacts {
        subject: subject.into(),
        issuer: issuer.into(),
        self_issued: subject == issuer,
        not_before: 1_700_000_000,
        not_after: 1_900_000_000,
        basic_constraints: ca.map(|ca| BasicConstraints { ca, path_len: None }),
        key_usage: None,
        unknown_critical: Vec::new(),
    }
}

/// A leaf, an intermediate, and the anchor that signed the intermediate.
fn good() -> Facts {
    Facts {
        certs: vec![
            cert("CN=Leaf", "CN=Intermediate", None),
            cert("CN=Intermediate", "CN=Root", Some(true)),
        ],
        links: vec![Signed::Verifies],
        end: End::IssuedBy {
            anchor: "CN=Root".into(),
            signed: Signed::Verifies,
        },
        token: Some(Signed::Verifies),
    }
}

fn failed(r: &Report) -> Vec<Rule> {
    r.lines.iter().filter(|l| !l.ok).map(|l| l.rule).collect()
}

#[test]
fn a_good_chain_is_trusted_and_says_so() {
    let r = judge(&good(), ChainFrom::Header, Some(ISSUED), NOW);
    assert!(r.trusted, "{r:#?}");
    assert_eq!(
        r.headline,
        "Trusted. The token's chain leads to your anchor “CN=Root”, and its first \
         certificate's key signed this token."
    );
    assert!(r.lines.iter().all(|l| l.ok));
    assert_eq!(r.certs[0].role, "Certificate 1 (the token's key)");
    assert_eq!(r.certs.len(), 2);
}

#[test]
fn each_broken_rule_fails_the_chain_with_its_rule() {
    type Case = (&'static str, fn(&mut Facts), Rule);
    let cases: Vec<Case> = vec![
        (
            "token by another key",
            |f| f.token = Some(Signed::Fails),
            Rule::TokenKey,
        ),
        (
            "link fails",
            |f| f.links[0] = Signed::Fails,
            Rule::Signature,
        ),
        (
            "out of order",
            |f| f.links[0] = Signed::NameMismatch,
            Rule::Signature,
        ),
        (
            "no anchor",
            |f| {
                f.end = End::NoAnchor {
                    issuer: "CN=Evil".into(),
                }
            },
            Rule::Anchor,
        ),
        (
            "an anchor's name, another key",
            |f| {
                f.end = End::IssuedBy {
                    anchor: "CN=Root".into(),
                    signed: Signed::Fails,
                }
            },
            Rule::Anchor,
        ),
        (
            "expired",
            |f| f.certs[1].not_after = NOW - 1,
            Rule::Validity,
        ),
        (
            "not yet valid",
            |f| f.certs[0].not_before = ISSUED + 1,
            Rule::Validity,
        ),
        (
            "not a CA",
            |f| {
                f.certs[1].basic_constraints = Some(BasicConstraints {
                    ca: false,
                    path_len: None,
                })
            },
            Rule::BasicConstraints,
        ),
        (
            "no basic constraints",
            |f| f.certs[1].basic_constraints = None,
            Rule::BasicConstraints,
        ),
        (
            "no keyCertSign",
            |f| {
                f.certs[1].key_usage = Some(KeyUsage {
                    digital_signature: true,
                    key_cert_sign: false,
                })
            },
            Rule::KeyUsage,
        ),
        (
            "leaf without digitalSignature",
            |f| {
                f.certs[0].key_usage = Some(KeyUsage {
                    digital_signature: false,
                    key_cert_sign: false,
                })
            },
            Rule::KeyUsage,
        ),
        (
            "unknown critical extension",
            |f| f.certs[0].unknown_critical = vec!["2.5.29.30".into()],
            Rule::CriticalExtension,
        ),
    ];
    for (what, break_it, rule) in cases {
        let mut f = good();
        break_it(&mut f);
        let r = judge(&f, ChainFrom::Header, Some(ISSUED), NOW);
        assert!(!r.trusted, "{what}");
        assert_eq!(failed(&r), vec![rule], "{what}");
        assert!(r.headline.starts_with("Not trusted."), "{what}");
        assert!(!r.lines[0].ok, "{what}: failures come first");
    }
}

#[test]
fn validity_is_checked_now_and_when_the_token_was_issued() {
    let mut f = good();
    // Valid when the token was issued, expired since.
    f.certs[0].not_after = NOW - 10;
    let r = judge(&f, ChainFrom::Header, Some(ISSUED), NOW);
    let texts: Vec<&str> = r
        .lines
        .iter()
        .filter(|l| !l.ok)
        .map(|l| l.text.as_str())
        .collect();
    assert_eq!(texts.len(), 1, "{texts:?}");
    assert!(
        texts[0].ends_with("it is outside its validity period now."),
        "{texts:?}"
    );
    // Expired before the token was issued: both times fail.
    f.certs[0].not_after = ISSUED - 10;
    let r = judge(&f, ChainFrom::Header, Some(ISSUED), NOW);
    assert_eq!(failed(&r), vec![Rule::Validity, Rule::Validity]);
}

#[test]
fn a_path_length_counts_the_intermediates_below_that_are_not_self_issued() {
    let mut f = good();
    f.certs.push(cert("CN=Policy CA", "CN=Root", Some(true)));
    f.certs[1].issuer = "CN=Policy CA".into();
    f.links.push(Signed::Verifies);
    // Certificate 3 allows no intermediate below it, and certificate 2 is one.
    f.certs[2].basic_constraints = Some(BasicConstraints {
        ca: true,
        path_len: Some(0),
    });
    let r = judge(&f, ChainFrom::Header, None, NOW);
    assert_eq!(failed(&r), vec![Rule::PathLength]);
    // A self-issued intermediate (a key rollover) does not count.
    f.certs[1].subject = "CN=Policy CA".into();
    f.certs[1].self_issued = true;
    let r = judge(&f, ChainFrom::Header, None, NOW);
    assert!(r.trusted, "{:#?}", r.lines);
}

#[test]
fn a_chain_that_ends_at_the_anchor_itself_is_trusted() {
    let mut f = good();
    f.certs.push(cert("CN=Root", "CN=Root", Some(true)));
    f.links.push(Signed::Verifies);
    f.end = End::IsAnchor {
        anchor: "CN=Root".into(),
    };
    f.token = None;
    let r = judge(&f, ChainFrom::Pasted, None, NOW);
    assert!(r.trusted);
    assert_eq!(r.certs[2].role, "Certificate 3, your anchor");
    assert!(r.headline.starts_with("Trusted. The pasted chain leads"));
    assert!(
        !r.headline.contains("signed this token"),
        "no token was given"
    );
}

#[test]
fn the_anchor_at_the_end_of_the_chain_is_trusted_as_given() {
    let mut f = good();
    let mut root = cert("CN=Root", "CN=Root", Some(false));
    root.not_after = NOW - 1;
    f.certs.push(root);
    f.links.push(Signed::Verifies);
    f.end = End::IsAnchor {
        anchor: "CN=Root".into(),
    };
    let r = judge(&f, ChainFrom::Header, Some(ISSUED), NOW);
    assert!(r.trusted, "{:#?}", r.lines);
    // Not at the end of the chain it is a certificate like the others.
    f.end = End::IssuedBy {
        anchor: "CN=Root".into(),
        signed: Signed::Verifies,
    };
    let r = judge(&f, ChainFrom::Header, Some(ISSUED), NOW);
    assert_eq!(failed(&r), vec![Rule::Validity, Rule::BasicConstraints]);
}

#[test]
fn every_rule_cites_its_section() {
    use crate::token::cite::link_problem;
    for rule in [
        Rule::TokenKey,
        Rule::Signature,
        Rule::Anchor,
        Rule::Validity,
        Rule::BasicConstraints,
        Rule::PathLength,
        Rule::KeyUsage,
        Rule::CriticalExtension,
    ] {
        assert_eq!(link_problem(&rule.cite()), None, "{rule:?}");
    }
}
