//! A test kit for one's own verifier: from a token's header and claims and the algorithm its
//! issuer signs with, the tokens a correct verifier must reject, each with the rule it tests and
//! its primary source, and the one token it must accept. This module decides what each token
//! is; signing them is the crypto crate's (`authpick_crypto::kit`), with the user's key or the
//! published attacker keys below. Nothing here sends anything: the shell script it writes is
//! for the user to run against a system they are allowed to test.

use serde::{Deserialize, Serialize};
use serde_json::{json, Map, Value};

use crate::token::cite::{cite, Cite};
use crate::token::jose::alg::Alg;
use crate::token::jose::base64url;

/// Said wherever the kit is offered.
pub const ALLOWED_ONLY: &str = "Use these tokens only against systems you are allowed to test.";

/// The secret the "another key" case signs HMAC tokens with: published here, so never anyone's.
pub const OTHER_SECRET: &str = "authpick-kit-another-secret-not-yours-0123456789";

/// What a correct verifier does with a case's token.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Must {
    /// Accept it: the control, signed with the user's key and valid now.
    Accept,
    /// Reject it.
    Reject,
}

impl Must {
    /// "accept" or "reject", as the JSON export writes it.
    pub fn word(self) -> &'static str {
        match self {
            Must::Accept => "accept",
            Must::Reject => "reject",
        }
    }
}

/// How a case's token gets its signature.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Signature {
    /// None at all: the token is `header.payload.` (for `alg: none` and a stripped signature).
    Empty,
    /// The user's key, with the user's algorithm.
    UserKey,
    /// The user's key, then one bit of the signature flipped.
    Altered,
    /// HMAC with `OTHER_SECRET` (the user's algorithm is HMAC).
    OtherSecret,
    /// The published ES256 attacker key (`ATTACKER_P256` in the crypto crate).
    AttackerP256,
    /// HMAC-SHA-256 with the user's public key, as PEM text, as the secret (key confusion).
    PublicKeyAsSecret,
    /// HMAC-SHA-256 with this text as the secret (a `kid` that makes a naive verifier look up
    /// an empty file or a value of the attacker's choosing).
    Secret(String),
    /// `r` and `s` both zero, this many bytes (CVE-2022-21449).
    Zero(usize),
}

/// One token of the kit, before it is signed.
#[derive(Clone, Debug, PartialEq)]
pub struct Case {
    /// A stable name: `alg-none`, `exp-passed`.
    pub id: &'static str,
    /// What the token tries, in a sentence.
    pub tries: &'static str,
    /// What a correct verifier does with it.
    pub must: Must,
    /// The rule, as a primary source states it.
    pub source: Cite,
    /// The header, `alg` included.
    pub header: Map<String, Value>,
    /// The claims.
    pub payload: Map<String, Value>,
    /// How it is signed.
    pub signature: Signature,
}

impl Case {
    /// The JWS signing input: `base64url(header).base64url(payload)`.
    pub fn signing_input(&self) -> String {
        [
            base64url::encode(Value::Object(self.header.clone()).to_string().as_bytes()),
            ".".to_string(),
            base64url::encode(Value::Object(self.payload.clone()).to_string().as_bytes()),
        ]
        .concat()
    }
}

/// A case and the token made for it.
#[derive(Clone, Debug, PartialEq)]
pub struct Made {
    /// The case.
    pub case: Case,
    /// The compact token, or why it could not be made.
    pub token: Result<String, String>,
}

const RFC8725_ALG: Cite = cite(
    "RFC 8725 §3.1",
    "https://www.rfc-editor.org/rfc/rfc8725.html#section-3.1",
);
const RFC7515_VALIDATION: Cite = cite(
    "RFC 7515 §5.2",
    "https://www.rfc-editor.org/rfc/rfc7515.html#section-5.2",
);
const RFC8725_KEYS: Cite = cite(
    "RFC 8725 §2.1",
    "https://www.rfc-editor.org/rfc/rfc8725.html#section-2.1",
);
const CVE_2022_21449: Cite = cite(
    "CVE-2022-21449",
    "https://nvd.nist.gov/vuln/detail/CVE-2022-21449",
);
const OWASP_HEADER_KEYS: Cite = cite(
    "OWASP JWT Cheat Sheet (token sidejacking, header keys)",
    "https://cheatsheetseries.owasp.org/cheatsheets/JSON_Web_Token_for_Java_Cheat_Sheet.html",
);
const RFC7515_JWK: Cite = cite(
    "RFC 7515 §4.1.3",
    "https://www.rfc-editor.org/rfc/rfc7515.html#section-4.1.3",
);
const RFC7515_KID: Cite = cite(
    "RFC 7515 §4.1.4",
    "https://www.rfc-editor.org/rfc/rfc7515.html#section-4.1.4",
);
const RFC7515_CRIT: Cite = cite(
    "RFC 7515 §4.1.11",
    "https://www.rfc-editor.org/rfc/rfc7515.html#section-4.1.11",
);
const RFC7519_EXP: Cite = cite(
    "RFC 7519 §4.1.4",
    "https://www.rfc-editor.org/rfc/rfc7519.html#section-4.1.4",
);
const RFC7519_NBF: Cite = cite(
    "RFC 7519 §4.1.5",
    "https://www.rfc-editor.org/rfc/rfc7519.html#section-4.1.5",
);
const RFC7519_AUD: Cite = cite(
    "RFC 7519 §4.1.3",
    "https://www.rfc-editor.org/rfc/rfc7519.html#section-4.1.3",
);
const RFC8725_ISS: Cite = cite(
    "RFC 8725 §3.8",
    "https://www.rfc-editor.org/rfc/rfc8725.html#section-3.8",
);
const RFC8725_TYP: Cite = cite(
    "RFC 8725 §3.11",
    "https://www.rfc-editor.org/rfc/rfc8725.html#section-3.11",
);

/// The public half of the attacker's P-256 key, as the `jwk` case embeds it: the crypto crate
/// signs with its private half (the example key every page publishes).
pub const ATTACKER_JWK: &str = r#"{"kty":"EC","crv":"P-256","x":"L83Y8RbvDk2Uvv9NrogyPfAnt1rja3cbDkHn5ba2yoY","y":"j1Cdj-ragsRCy7oRKMHHR6zu8LmHX08qVnS6wsSDtJE"}"#;

/// An address no verifier should fetch keys from.
const ATTACKER_URL: &str = "https://attacker.example/.well-known/jwks.json";

/// Why no kit can be made for what was given.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum KitError {
    /// The algorithm is not one the crypto worker signs with.
    Unsupported(String),
    /// No token could be taken from the paste: the reader's message.
    NoToken(String),
    /// The token's header or claims are not JSON objects (a JWE's claims cannot be read).
    Undecodable(String),
    /// Neither the token nor the user names an algorithm to sign with.
    NoAlgorithm,
}

impl std::fmt::Display for KitError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            KitError::Unsupported(alg) => write!(
                f,
                "{alg} is not an algorithm this page signs with, so no kit can be made for it."
            ),
            KitError::NoToken(why) => f.write_str(why),
            KitError::Undecodable(why) => write!(f, "The kit starts from a readable JWS: {why}"),
            KitError::NoAlgorithm => f.write_str(
                "The token names no algorithm its issuer signs with: choose the one your \
                 verifier expects.",
            ),
        }
    }
}

/// The kit for a token with this header and these claims, whose issuer signs with `alg`, at
/// `now`. Every token keeps the claims it does not test; the times are set so that only the
/// case's own rule fails (issued a minute ago, expiring in a quarter of an hour).
pub fn cases(
    header: &Map<String, Value>,
    payload: &Map<String, Value>,
    alg: Alg,
    now: i64,
) -> Result<Vec<Case>, KitError> {
    if !alg.is_supported() {
        return Err(KitError::Unsupported(alg.name().to_string()));
    }
    let mut base_header = header.clone();
    base_header.insert("alg".into(), json!(alg.name()));
    let mut fresh = payload.clone();
    fresh.insert("iat".into(), json!(now - 60));
    fresh.insert("exp".into(), json!(now + 900));
    fresh.remove("nbf");

    let case = |id, tries, must, source, header: Map<String, Value>, payload, signature| Case {
        id,
        tries,
        must,
        source,
        header,
        payload,
        signature,
    };
    let with = |changes: &[(&str, Value)]| {
        let mut h = base_header.clone();
        for (k, v) in changes {
            h.insert((*k).to_string(), v.clone());
        }
        h
    };
    let claims = |changes: &[(&str, Value)]| {
        let mut p = fresh.clone();
        for (k, v) in changes {
            p.insert((*k).to_string(), v.clone());
        }
        p
    };

    let mut out = vec![case(
        "valid",
        "The control: the same token, signed with your key and valid now. A verifier that \
         rejects this one rejects everything, and the rest of the kit proves nothing.",
        Must::Accept,
        RFC7515_VALIDATION,
        base_header.clone(),
        fresh.clone(),
        Signature::UserKey,
    )];
    for (id, spelling) in [
        ("alg-none", "none"),
        ("alg-none-capital", "None"),
        ("alg-none-upper", "NONE"),
        ("alg-none-mixed", "nOnE"),
    ] {
        out.push(case(
            id,
            "An unsigned token (alg none in one of its spellings) with no signature.",
            Must::Reject,
            RFC8725_ALG,
            with(&[("alg", json!(spelling))]),
            fresh.clone(),
            Signature::Empty,
        ));
    }
    out.push(case(
        "signature-stripped",
        "Your algorithm in the header, but the signature removed.",
        Must::Reject,
        RFC7515_VALIDATION,
        base_header.clone(),
        fresh.clone(),
        Signature::Empty,
    ));
    out.push(case(
        "signature-altered",
        "Signed with your key, then one bit of the signature flipped.",
        Must::Reject,
        RFC7515_VALIDATION,
        base_header.clone(),
        fresh.clone(),
        Signature::Altered,
    ));
    if alg.is_hmac() {
        out.push(case(
            "other-key",
            "Signed with another secret (published here, so it is nobody's).",
            Must::Reject,
            RFC7515_VALIDATION,
            base_header.clone(),
            fresh.clone(),
            Signature::OtherSecret,
        ));
    } else {
        out.push(case(
            "key-confusion",
            "HS256 with your public key, as PEM text, as the HMAC secret: a verifier that lets \
             the token choose the algorithm checks it with the public key it holds.",
            Must::Reject,
            RFC8725_KEYS,
            with(&[("alg", json!("HS256"))]),
            fresh.clone(),
            Signature::PublicKeyAsSecret,
        ));
    }
    if alg.is_ecdsa() {
        out.push(case(
            "ecdsa-zero",
            "An ECDSA signature whose r and s are both zero, which Java 15 to 18 accepted for \
             any message.",
            Must::Reject,
            CVE_2022_21449,
            base_header.clone(),
            fresh.clone(),
            Signature::Zero(alg.signature_len().unwrap_or(64)),
        ));
    }
    let attacker: Map<String, Value> = serde_json::from_str(ATTACKER_JWK).unwrap_or_default();
    out.push(case(
        "header-jwk",
        "Signed with the attacker's key, which the header carries as jwk: a verifier must use \
         the keys it was configured with, never one the token brings.",
        Must::Reject,
        RFC7515_JWK,
        with(&[("alg", json!("ES256")), ("jwk", Value::Object(attacker))]),
        fresh.clone(),
        Signature::AttackerP256,
    ));
    out.push(case(
        "header-jku",
        "Signed with the attacker's key, with jku pointing at the attacker's JWKS.",
        Must::Reject,
        OWASP_HEADER_KEYS,
        with(&[
            ("alg", json!("ES256")),
            ("jku", json!(ATTACKER_URL)),
            ("kid", json!("attacker")),
        ]),
        fresh.clone(),
        Signature::AttackerP256,
    ));
    out.push(case(
        "header-x5u",
        "Signed with the attacker's key, with x5u pointing at the attacker's certificate.",
        Must::Reject,
        OWASP_HEADER_KEYS,
        with(&[
            ("alg", json!("ES256")),
            ("x5u", json!("https://attacker.example/cert.pem")),
        ]),
        fresh.clone(),
        Signature::AttackerP256,
    ));
    out.push(case(
        "kid-path-traversal",
        "HS256 with an empty secret and a kid that points at an empty file: a verifier that \
         reads keys from files named by kid would read nothing and check with it.",
        Must::Reject,
        RFC7515_KID,
        with(&[
            ("alg", json!("HS256")),
            ("kid", json!("../../../../../../../dev/null")),
        ]),
        fresh.clone(),
        Signature::Secret(String::new()),
    ));
    out.push(case(
        "kid-injection",
        "HS256 with a kid that, pasted into SQL, selects a secret of the attacker's choosing; \
         the token is signed with that secret.",
        Must::Reject,
        RFC7515_KID,
        with(&[
            ("alg", json!("HS256")),
            ("kid", json!("x' UNION SELECT 'attacker-secret' -- ")),
        ]),
        fresh.clone(),
        Signature::Secret("attacker-secret".into()),
    ));
    out.push(case(
        "exp-passed",
        "Signed with your key, expired an hour ago.",
        Must::Reject,
        RFC7519_EXP,
        base_header.clone(),
        claims(&[("iat", json!(now - 7200)), ("exp", json!(now - 3600))]),
        Signature::UserKey,
    ));
    out.push(case(
        "nbf-ahead",
        "Signed with your key, not valid until an hour from now.",
        Must::Reject,
        RFC7519_NBF,
        base_header.clone(),
        claims(&[("nbf", json!(now + 3600))]),
        Signature::UserKey,
    ));
    out.push(case(
        "wrong-aud",
        "Signed with your key, for another audience.",
        Must::Reject,
        RFC7519_AUD,
        base_header.clone(),
        claims(&[("aud", json!("https://attacker.example"))]),
        Signature::UserKey,
    ));
    out.push(case(
        "wrong-iss",
        "Signed with your key, naming another issuer.",
        Must::Reject,
        RFC8725_ISS,
        base_header.clone(),
        claims(&[("iss", json!("https://attacker.example"))]),
        Signature::UserKey,
    ));
    let other_typ = match header.get("typ").and_then(Value::as_str) {
        Some(t) if t.eq_ignore_ascii_case("dpop+jwt") => "at+jwt",
        _ => "dpop+jwt",
    };
    out.push(case(
        "wrong-typ",
        "Signed with your key, but typed as another kind of token: a verifier that checks typ \
         refuses a token meant for something else.",
        Must::Reject,
        RFC8725_TYP,
        with(&[("typ", json!(other_typ))]),
        fresh.clone(),
        Signature::UserKey,
    ));
    out.push(case(
        "crit-unknown",
        "Signed with your key, with crit naming a header parameter no verifier understands.",
        Must::Reject,
        RFC7515_CRIT,
        with(&[
            ("crit", json!(["x-authpick-unknown"])),
            ("x-authpick-unknown", json!(true)),
        ]),
        fresh,
        Signature::UserKey,
    ));
    Ok(out)
}

/// The kit for a pasted token (any form the inspector reads), signed as `alg` says or, without
/// it, as the token's own `alg`.
pub fn from_token(pasted: &str, alg: Option<&str>, now: i64) -> Result<Vec<Case>, KitError> {
    use crate::token::jose::decode::decode;
    use crate::token::jose::extract::extract;
    let found = extract(pasted).map_err(|e| KitError::NoToken(e.to_string()))?;
    let d = decode(&found.token).map_err(|e| KitError::Undecodable(e.to_string()))?;
    let header = d
        .header
        .clone()
        .map_err(|e| KitError::Undecodable(e.to_string()))?;
    let payload = match d.payload {
        Some(Ok(p)) => p,
        Some(Err(e)) => return Err(KitError::Undecodable(e.to_string())),
        None => {
            return Err(KitError::Undecodable(
                "an encrypted token's claims cannot be read without its key".into(),
            ))
        }
    };
    let name = alg
        .map(str::to_string)
        .or_else(|| {
            header
                .get("alg")
                .and_then(Value::as_str)
                .map(str::to_string)
        })
        .ok_or(KitError::NoAlgorithm)?;
    let alg = Alg::from_name(&name).ok_or(KitError::Unsupported(name))?;
    cases(&header.map, &payload.map, alg, now)
}

/// The cases with the tokens the worker made for them, in order; or why the kit has no
/// control token (the key does not sign for the issuer's algorithm), which makes it useless.
pub fn made(cases: Vec<Case>, tokens: Vec<Result<String, String>>) -> Result<Vec<Made>, String> {
    let made: Vec<Made> = cases
        .into_iter()
        .zip(
            tokens
                .into_iter()
                .chain(std::iter::repeat(Err(String::new()))),
        )
        .map(|(case, token)| Made { case, token })
        .collect();
    match made.first().map(|m| &m.token) {
        Some(Ok(_)) => Ok(made),
        Some(Err(why)) if !why.is_empty() => Err(format!(
            "Your key does not sign this token's algorithm, so the kit has no token to accept: \
             {why}"
        )),
        _ => Err(
            "Your key does not sign this token's algorithm, so the kit has no token to \
                  accept."
                .into(),
        ),
    }
}

/// The kit as JSON: one object per token with its id, the token, what a verifier must do, the
/// rule and its source.
pub fn to_json(made: &[Made]) -> String {
    let items: Vec<Value> = made
        .iter()
        .map(|m| {
            json!({
                "id": m.case.id,
                "token": m.token.as_ref().ok(),
                "error": m.token.as_ref().err(),
                "expected": m.case.must.word(),
                "rule": m.case.tries,
                "source": m.case.source.label,
                "source_url": m.case.source.url,
            })
        })
        .collect();
    serde_json::to_string_pretty(&json!({
        "schema": "authpick-kit/1",
        "note": ALLOWED_ONLY,
        "tokens": items
    }))
    .unwrap_or_default()
}

/// Why no script is written for an address or header name.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ScriptError {
    /// The address is not an http or https URL of plain characters.
    Address,
    /// The header name is not a token of letters, digits and `-`.
    HeaderName,
}

impl std::fmt::Display for ScriptError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            ScriptError::Address => {
                "Give an http or https address without spaces, quotes or backslashes."
            }
            ScriptError::HeaderName => {
                "Give a header name of letters, digits and hyphens, such as Authorization."
            }
        })
    }
}

/// A shell script that sends each token to `url` in the header `name` (as `Bearer <token>` for
/// `Authorization`, the token alone otherwise) and prints the HTTP status beside what a correct
/// verifier must do. The page writes it; only the user runs it.
pub fn to_script(made: &[Made], url: &str, name: &str) -> Result<String, ScriptError> {
    let plain = |c: char| c.is_ascii_graphic() && c != '\'' && c != '\\' && c != '"';
    let scheme = url.starts_with("https://") || url.starts_with("http://");
    if !scheme || !url.chars().all(plain) {
        return Err(ScriptError::Address);
    }
    if name.is_empty() || !name.chars().all(|c| c.is_ascii_alphanumeric() || c == '-') {
        return Err(ScriptError::HeaderName);
    }
    let prefix = if name.eq_ignore_ascii_case("authorization") {
        "Bearer "
    } else {
        ""
    };
    let mut out = String::from(
        "#!/bin/sh\n# Authpick's test kit: each token with what a correct verifier must do.\n# ",
    );
    out.push_str(ALLOWED_ONLY);
    out.push_str("\n# Columns: HTTP status, expected, case.\n");
    for m in made {
        let Ok(token) = &m.token else { continue };
        out.push_str(&format!(
            "printf '%s %s %s\\n' \"$(curl -s -o /dev/null -w '%{{http_code}}' -H '{name}: {prefix}{token}' --url '{url}')\" {} {}\n",
            m.case.must.word(),
            m.case.id
        ));
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    const NOW: i64 = 1_800_000_000;

    fn access() -> (Map<String, Value>, Map<String, Value>) {
        let h = json!({"alg": "RS256", "typ": "at+jwt", "kid": "k1"});
        let p = json!({"iss": "https://id.example", "aud": "api", "sub": "42", "iat": 1, "exp": 2});
        (
            h.as_object().cloned().unwrap(),
            p.as_object().cloned().unwrap(),
        )
    }

    #[test]
    fn one_token_to_accept_and_every_other_to_reject_each_with_its_source() {
        let (h, p) = access();
        let kit = cases(&h, &p, Alg::Rs256, NOW).unwrap();
        assert_eq!(kit[0].id, "valid");
        assert_eq!(kit.iter().filter(|c| c.must == Must::Accept).count(), 1);
        let ids: Vec<&str> = kit.iter().map(|c| c.id).collect();
        for id in [
            "alg-none",
            "alg-none-capital",
            "signature-stripped",
            "signature-altered",
            "key-confusion",
            "header-jwk",
            "header-jku",
            "header-x5u",
            "kid-path-traversal",
            "kid-injection",
            "exp-passed",
            "nbf-ahead",
            "wrong-aud",
            "wrong-iss",
            "wrong-typ",
            "crit-unknown",
        ] {
            assert!(ids.contains(&id), "{id} missing: {ids:?}");
        }
        // No HMAC "other secret" for an RSA issuer, and no zero ECDSA signature.
        assert!(!ids.contains(&"other-key") && !ids.contains(&"ecdsa-zero"));
        for c in &kit {
            assert!(
                c.source.url.is_some_and(|u| u.starts_with("https://")),
                "{}",
                c.id
            );
            assert!(!c.tries.is_empty());
        }
        let mut unique = ids.clone();
        unique.sort_unstable();
        unique.dedup();
        assert_eq!(unique.len(), ids.len(), "ids are unique");
    }

    #[test]
    fn each_case_breaks_only_its_own_rule() {
        let (h, p) = access();
        let kit = cases(&h, &p, Alg::Rs256, NOW).unwrap();
        let get = |id: &str| kit.iter().find(|c| c.id == id).unwrap();
        let valid = get("valid");
        assert_eq!(valid.payload["exp"], json!(NOW + 900));
        assert_eq!(valid.payload["iat"], json!(NOW - 60));
        assert_eq!(valid.header["alg"], json!("RS256"));
        assert_eq!(
            valid.header["kid"],
            json!("k1"),
            "the header keeps its members"
        );
        let exp = get("exp-passed");
        assert!(exp.payload["exp"].as_i64().unwrap() < NOW);
        assert_eq!(exp.payload["aud"], valid.payload["aud"]);
        assert_eq!(get("wrong-aud").payload["exp"], valid.payload["exp"]);
        assert_eq!(get("alg-none-mixed").header["alg"], json!("nOnE"));
        assert_eq!(get("alg-none").signature, Signature::Empty);
        assert_eq!(get("key-confusion").header["alg"], json!("HS256"));
        assert_eq!(get("wrong-typ").header["typ"], json!("dpop+jwt"));
        assert_eq!(
            get("crit-unknown").header["crit"],
            json!(["x-authpick-unknown"])
        );
        assert!(get("header-jwk").header["jwk"].is_object());
    }

    #[test]
    fn hmac_and_ecdsa_issuers_get_their_own_cases() {
        let (h, p) = access();
        let hs = cases(&h, &p, Alg::Hs256, NOW).unwrap();
        assert!(hs.iter().any(|c| c.id == "other-key"));
        assert!(!hs.iter().any(|c| c.id == "key-confusion"));
        let es = cases(&h, &p, Alg::Es384, NOW).unwrap();
        let zero = es.iter().find(|c| c.id == "ecdsa-zero").unwrap();
        assert_eq!(zero.signature, Signature::Zero(96));
        assert_eq!(
            cases(&h, &p, Alg::Ed448, NOW).unwrap_err().to_string(),
            "Ed448 is not an algorithm this page signs with, so no kit can be made for it."
        );
    }

    #[test]
    fn a_pasted_token_gives_its_kit_and_what_is_not_one_says_why() {
        let token = crate::token::test_support::token(
            r#"{"alg":"ES256","typ":"at+jwt"}"#,
            r#"{"iss":"https://id.example","aud":"api","sub":"1"}"#,
        );
        let kit = from_token(&format!("Authorization: Bearer {token}"), None, NOW).unwrap();
        assert_eq!(kit[0].header["alg"], json!("ES256"));
        assert!(kit.iter().any(|c| c.id == "ecdsa-zero"));
        let hs = from_token(&token, Some("HS384"), NOW).unwrap();
        assert_eq!(hs[0].header["alg"], json!("HS384"));
        assert!(matches!(
            from_token("hello", None, NOW),
            Err(KitError::NoToken(_))
        ));
        let none = crate::token::test_support::token(r#"{"typ":"JWT"}"#, r#"{"sub":"1"}"#);
        assert_eq!(from_token(&none, None, NOW), Err(KitError::NoAlgorithm));
        assert_eq!(
            from_token(&token, Some("none"), NOW),
            Err(KitError::Unsupported("none".into()))
        );
    }

    #[test]
    fn the_script_quotes_nothing_it_did_not_check() {
        let (h, p) = access();
        let kit = cases(&h, &p, Alg::Rs256, NOW).unwrap();
        let made: Vec<Made> = kit
            .into_iter()
            .map(|case| Made {
                case,
                token: Ok("aaa.bbb.ccc".into()),
            })
            .collect();
        let s = to_script(&made, "https://api.example.test/me", "Authorization").unwrap();
        assert!(s.contains(ALLOWED_ONLY));
        assert!(s.contains(
            "-H 'Authorization: Bearer aaa.bbb.ccc' --url 'https://api.example.test/me'"
        ));
        assert!(s.contains(" accept valid\n"));
        assert!(s.contains(" reject alg-none\n"));
        let x = to_script(&made, "https://api.example.test/me", "X-Token").unwrap();
        assert!(x.contains("-H 'X-Token: aaa.bbb.ccc'"));
        for bad in [
            "ftp://x",
            "https://x/'; rm -rf ~",
            "https://x y",
            "https://x\\y",
        ] {
            assert_eq!(
                to_script(&made, bad, "Authorization"),
                Err(ScriptError::Address),
                "{bad}"
            );
        }
        assert_eq!(
            to_script(&made, "https://x", "Authorization: x"),
            Err(ScriptError::HeaderName)
        );
        let json = to_json(&made);
        let v: Value = serde_json::from_str(&json).unwrap();
        assert_eq!(v["tokens"][0]["expected"], "accept");
        assert_eq!(v["tokens"][1]["source"], "RFC 8725 §3.1");
        assert_eq!(v["note"], ALLOWED_ONLY);
    }

    #[test]
    fn a_kit_without_its_control_token_is_refused_with_the_reason() {
        let header = serde_json::from_str(r#"{"typ":"JWT"}"#).unwrap();
        let payload = serde_json::from_str(r#"{"sub":"1"}"#).unwrap();
        let cases = super::cases(&header, &payload, Alg::Hs256, 1_800_000_000).unwrap();
        let n = cases.len();
        let ok: Vec<Result<String, String>> = (0..n).map(|i| Ok(format!("t{i}"))).collect();
        let made = super::made(cases.clone(), ok).unwrap();
        assert_eq!(made[1].token, Ok("t1".into()));
        let mut failed: Vec<Result<String, String>> = (0..n).map(|_| Ok("t".into())).collect();
        failed[0] = Err("the key is empty".into());
        let e = super::made(cases.clone(), failed).unwrap_err();
        assert!(e.ends_with(": the key is empty"), "{e}");
        // A worker that answered nothing: no control token either.
        assert!(super::made(cases, Vec::new()).is_err());
    }
}
