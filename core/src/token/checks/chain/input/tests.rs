use super::*;
use crate::token::jose::base64url::encode;

fn token(header: &str, payload: &str) -> String {
    format!(
        "{}.{}.c2ln",
        encode(header.as_bytes()),
        encode(payload.as_bytes())
    )
}

fn pem(body: &str) -> String {
    format!("-----BEGIN CERTIFICATE-----\n{body}\n-----END CERTIFICATE-----\n")
}

#[test]
fn the_tokens_x5c_is_the_chain_in_standard_base64() {
    let t = token(
        r#"{"alg":"ES256","x5c":["AQID","+/8="]}"#,
        r#"{"iat":1790000000,"nbf":1}"#,
    );
    let i = read(&t, "", &pem("BAUG")).expect("reads");
    assert_eq!(i.chain, vec![vec![1, 2, 3], vec![0xfb, 0xff]]);
    assert_eq!(i.from, ChainFrom::Header);
    assert_eq!(i.anchors, vec![vec![4, 5, 6]]);
    let s = i.token.expect("a token");
    assert_eq!(s.alg, "ES256");
    assert_eq!(s.signature, "c2ln");
    assert_eq!(s.issued_at, Some(1_790_000_000), "iat before nbf");
    assert_eq!(s.signing_input, t.rsplit_once('.').unwrap().0);
}

#[test]
fn base64url_in_x5c_is_refused_with_its_number() {
    let t = token(r#"{"alg":"ES256","x5c":["AQID","-_8"]}"#, "{}");
    assert_eq!(read(&t, "", &pem("BAUG")), Err(InputError::X5cEntry(2)));
    let t = token(r#"{"alg":"ES256","x5c":"AQID"}"#, "{}");
    assert_eq!(read(&t, "", &pem("BAUG")), Err(InputError::X5cNotList));
}

#[test]
fn a_pasted_chain_serves_a_token_without_x5c_or_no_token_at_all() {
    let chain = format!("{}\n{}", pem("AQID"), pem("BAUG"));
    let t = token(r#"{"alg":"ES256"}"#, r#"{"nbf":5}"#);
    let i = read(&t, &chain, &pem("BwgJ")).expect("reads");
    assert_eq!(i.chain, vec![vec![1, 2, 3], vec![4, 5, 6]]);
    assert_eq!(i.from, ChainFrom::Pasted);
    assert_eq!(i.token.unwrap().issued_at, Some(5));
    let i = read("  ", &chain, &pem("BwgJ")).expect("reads");
    assert_eq!(i.token, None);
}

#[test]
fn a_chain_copied_out_of_json_is_read() {
    let chain = format!("\"{}{}\"", pem("AQID"), pem("BAUG")).replace('\n', "\\n");
    let i = read("", &chain, &pem("BwgJ")).expect("reads");
    assert_eq!(i.chain.len(), 2);
}

#[test]
fn what_cannot_be_checked_says_why() {
    let with_x5c = token(r#"{"alg":"ES256","x5c":["AQID"]}"#, "{}");
    let without = token(r#"{"alg":"ES256"}"#, "{}");
    let cases = [
        (
            read(&with_x5c, &pem("AQID"), &pem("AQID")),
            InputError::TwoChains,
        ),
        (read(&without, "", &pem("AQID")), InputError::NoChain),
        (read("", "", &pem("AQID")), InputError::NoChain),
        (read(&with_x5c, "", ""), InputError::NoAnchor),
        (
            read(&with_x5c, "", "my root"),
            InputError::NotPem(Field::Anchors),
        ),
        (
            read(
                &with_x5c,
                "",
                "-----BEGIN PUBLIC KEY-----\nAQID\n-----END PUBLIC KEY-----",
            ),
            InputError::NotCertificate {
                field: Field::Anchors,
                label: "PUBLIC KEY".into(),
            },
        ),
        (
            read("", &pem("AQ!D"), &pem("AQID")),
            InputError::PemBody(Field::Chain),
        ),
        (
            read("", &pem("AQID").repeat(MAX_CERTS + 1), &pem("AQID")),
            InputError::TooMany(Field::Chain),
        ),
        (
            read("", &"a".repeat(MAX_KEY_TEXT_BYTES + 1), &pem("AQID")),
            InputError::TooLarge(Field::Chain),
        ),
    ];
    for (got, want) in cases {
        assert_eq!(got, Err(want.clone()));
        assert!(want.to_string().ends_with('.'), "{want}");
    }
    assert!(matches!(
        read("not a token", "", &pem("AQID")),
        Err(InputError::NoToken(_))
    ));
    assert!(matches!(
        read("a.b.c.d.e", "", &pem("AQID")),
        Err(InputError::NotSigned(_))
    ));
}
