//! Findings about the rules of the token's kind (`token_type`): the claims it must and must not
//! carry, its explicit type, and the rules only that kind has (a DPoP proof's public key, a
//! logout token's event, a client assertion's single audience). Claims the general checks
//! already report (`exp`, `iss`, `aud`) are not reported twice.

use serde_json::Value;

use super::{Finding, Kind};
use crate::text::capitalise;
use crate::token::checks::token_type::{
    is_generic_typ, Identified, Profile, Signal, TokenType, BACKCHANNEL_LOGOUT_EVENT,
};
use crate::token::jose::alg::{is_unsigned, Alg};
use crate::token::jose::decode::JsonObject;

/// JWK members that only a private (or secret) key has (RFC 7518 §6.2.2, §6.3.2, §6.4.1).
const PRIVATE_MEMBERS: &[&str] = &["d", "p", "q", "dp", "dq", "qi", "oth", "k", "priv"];

pub(super) fn check(
    a: &Identified,
    h: Option<&JsonObject>,
    p: Option<&JsonObject>,
    out: &mut Vec<Finding>,
) {
    let profile = a.profile();
    if let Some(h) = h {
        private_key(h, out);
        typ(a, h, out);
    }
    let Some(kind) = rules_of(a.kind) else {
        return;
    };
    let name = profile.name;
    let push = |out: &mut Vec<Finding>, title: String, why: &str| {
        out.push(Finding::new(kind, title, why.to_string()))
    };
    // RFC 9068's claims are required of tokens that declare its profile (at+jwt); an access
    // token known by its provider's claims follows its provider's rules, not RFC 9068's.
    let declared = matches!(a.evidence.first(), Some(Signal::Typ(_)));
    let applies = a.kind != TokenType::Access || declared;
    if let Some(p) = p.filter(|_| applies) {
        let missing: Vec<&str> = profile
            .required
            .iter()
            .copied()
            .filter(|c| p.get(c).is_none() && !reported_elsewhere(profile, c))
            .collect();
        if !missing.is_empty() {
            let why = format!(
                "{} requires {}; a verifier that follows it rejects the token without {}.",
                profile.source.label,
                if missing.len() == 1 { "it" } else { "them" },
                if missing.len() == 1 { "it" } else { "them" },
            );
            push(
                out,
                format!(
                    "{} must carry {}",
                    capitalise(name),
                    crate::text::and_list(&missing)
                ),
                &why,
            );
        }
        for f in profile.forbidden.iter().filter(|f| p.get(f).is_some()) {
            push(
                out,
                format!("{} must not carry {f}", capitalise(name)),
                forbidden_why(a.kind),
            );
        }
    }
    match a.kind {
        TokenType::DpopProof => dpop(h, p, |t, w| push(out, t, w)),
        TokenType::Logout => logout(p, |t, w| push(out, t, w)),
        TokenType::DbscProof => dbsc(h, |t, w| push(out, t, w)),
        TokenType::ClientAssertion => client_assertion(p, |t, w| push(out, t, w)),
        TokenType::SecurityEvent => security_event(p, |t, w| push(out, t, w)),
        TokenType::ServiceAccount => service_account(p, |t, w| push(out, t, w)),
        _ => {}
    }
}

/// The kind of finding for breaking the rules of a token kind.
fn rules_of(t: TokenType) -> Option<Kind> {
    Some(match t {
        TokenType::Access => Kind::AccessTokenRules,
        TokenType::Id => Kind::IdTokenRules,
        TokenType::DpopProof => Kind::DpopRules,
        TokenType::Logout => Kind::LogoutRules,
        TokenType::DbscProof => Kind::DbscRules,
        TokenType::ClientAssertion => Kind::ClientAssertionRules,
        TokenType::SecurityEvent => Kind::SecurityEventRules,
        TokenType::Credential => Kind::CredentialRules,
        TokenType::KeyBinding => Kind::KeyBindingRules,
        TokenType::EntityStatement => Kind::EntityStatementRules,
        TokenType::ServiceAccount => Kind::ServiceAccountRules,
        TokenType::Workload => Kind::WorkloadRules,
        TokenType::Other | TokenType::Unknown => return None,
    })
}

/// Whether the general checks already report this missing claim for the kind.
fn reported_elsewhere(profile: &Profile, claim: &str) -> bool {
    match claim {
        "exp" => profile.expires,
        "iss" | "aud" => profile.addressed,
        _ => false,
    }
}

fn forbidden_why(t: TokenType) -> &'static str {
    match t {
        TokenType::Logout => {
            "nonce is what tells an ID token apart: a logout token that carries one could be \
             accepted as an ID token."
        }
        _ => "The specification forbids it.",
    }
}

/// A header `jwk` with private members: whoever sees the token has the key.
fn private_key(h: &JsonObject, out: &mut Vec<Finding>) {
    let Some(Value::Object(jwk)) = h.get("jwk") else {
        return;
    };
    let private: Vec<&str> = PRIVATE_MEMBERS
        .iter()
        .copied()
        .filter(|m| jwk.contains_key(*m))
        .collect();
    if !private.is_empty() {
        out.push(Finding::new(
            Kind::PrivateKeyInHeader,
            format!(
                "The header's jwk holds a private key ({})",
                crate::text::and_list(&private)
            ),
            "A header is readable by everyone who sees the token, so this key is public now: \
             anyone can sign with it.",
        ));
    }
}

/// The explicit type: missing, generic (`JWT`), or right for the kind.
fn typ(a: &Identified, h: &JsonObject, out: &mut Vec<Finding>) {
    let typ = h.get("typ").and_then(Value::as_str);
    let explicit = typ.is_some_and(|t| !is_generic_typ(t));
    if explicit
        || matches!(
            a.kind,
            TokenType::Id | TokenType::ServiceAccount | TokenType::Workload
        )
    {
        // Their specifications define no typ of their own (OpenID Connect Core, Kubernetes,
        // SPIFFE's JWT-SVID, which allows JWT or JOSE).
        return;
    }
    let profile = a.profile();
    let wanted = profile.typ;
    // A DPoP or DBSC proof without its typ is rejected, not merely less safe.
    if let (Some(w), TokenType::DpopProof | TokenType::DbscProof) = (wanted, a.kind) {
        if let Some(kind) = rules_of(a.kind) {
            out.push(Finding::new(
                kind,
                format!("{} must say typ {w}", capitalise(profile.name)),
                format!("Servers check typ before anything else and reject a proof without {w}."),
            ));
        }
        return;
    }
    let should = wanted
        .map(|w| format!(": {} should say {w}", profile.name))
        .unwrap_or_default();
    match typ {
        None => out.push(Finding::new(
            Kind::TypMissing,
            format!("No explicit type (typ){should}"),
            "Without typ a token meant for one purpose can be replayed where another kind is \
             expected.",
        )),
        Some(t) => out.push(Finding::new(
            Kind::TypGeneric,
            format!("typ “{t}” does not say what kind of token this is{should}"),
            "JWT only says that this is a JWT, which every token here is; the revision of RFC \
             8725 says it is not explicit typing. A type per kind (at+jwt, dpop+jwt…) lets a \
             verifier refuse a token of the wrong kind.",
        )),
    }
}

fn dpop(h: Option<&JsonObject>, p: Option<&JsonObject>, mut push: impl FnMut(String, &str)) {
    if let Some(h) = h {
        let alg = h.get("alg").and_then(Value::as_str).unwrap_or("");
        if is_unsigned(alg) || Alg::from_name(alg).is_some_and(Alg::is_hmac) {
            push(
                format!("A DPoP proof must be signed with a public-key algorithm, not {alg}"),
                "The proof shows possession of a private key; a shared secret or no signature \
                 proves nothing.",
            );
        }
        if !matches!(h.get("jwk"), Some(Value::Object(_))) {
            push(
                "A DPoP proof must carry its public key in jwk".to_string(),
                "The server verifies the proof with that key and binds the access token to it.",
            );
        }
    }
    if let Some(htu) = p.and_then(|p| p.get("htu")).and_then(Value::as_str) {
        if htu.contains(['?', '#']) {
            push(
                "htu must not include a query or fragment".to_string(),
                "htu is the request's URL without query and fragment; servers compare it that \
                 way and reject a proof that does not match.",
            );
        }
    }
}

fn logout(p: Option<&JsonObject>, mut push: impl FnMut(String, &str)) {
    let Some(p) = p else { return };
    if let Some(events) = p.get("events") {
        if !matches!(events.get(BACKCHANNEL_LOGOUT_EVENT), Some(Value::Object(_))) {
            push(
                "events must hold the back-channel logout event".to_string(),
                "A logout token's events claim has the member \
                 http://schemas.openid.net/event/backchannel-logout, whose value is an object \
                 (usually {}).",
            );
        }
    }
    if p.get("sub").is_none() && p.get("sid").is_none() {
        push(
            "A logout token must carry sub, sid or both".to_string(),
            "Without either the client cannot tell which user's or which session's sign-in \
             to end.",
        );
    }
}

fn dbsc(h: Option<&JsonObject>, mut push: impl FnMut(String, &str)) {
    let Some(h) = h else { return };
    let alg = h.get("alg").and_then(Value::as_str).unwrap_or("");
    if is_unsigned(alg) {
        if h.get("jwk").is_some() {
            push(
                "An unsigned DBSC proof must not carry jwk".to_string(),
                "alg none is for a registration without a key; a key in the header of an \
                 unsigned proof is bound to nothing.",
            );
        }
    } else if !matches!(alg, "RS256" | "ES256") {
        push(
            format!("A DBSC proof is signed with RS256 or ES256, not {alg}"),
            "Browsers sign DBSC proofs with one of these two algorithms only.",
        );
    }
}

fn client_assertion(p: Option<&JsonObject>, mut push: impl FnMut(String, &str)) {
    let Some(p) = p else { return };
    let (iss, sub) = (p.get("iss"), p.get("sub"));
    if let (Some(i), Some(s)) = (iss, sub) {
        if i != s {
            push(
                "iss and sub must both be the client ID".to_string(),
                "A client authenticating itself is both the issuer and the subject of its \
                 assertion.",
            );
        }
    }
    if let Some(Value::Array(aud)) = p.get("aud") {
        if aud.len() > 1 {
            push(
                format!("aud names {} audiences", aud.len()),
                "The update of RFC 7523 requires the authorization server's issuer identifier \
                 as the only audience, so that an assertion for one server cannot be used at \
                 another.",
            );
        }
    }
}

fn security_event(p: Option<&JsonObject>, mut push: impl FnMut(String, &str)) {
    let Some(p) = p else { return };
    if let Some(events) = p.get("events") {
        let well_formed = events
            .as_object()
            .is_some_and(|e| !e.is_empty() && e.values().all(Value::is_object));
        if !well_formed {
            push(
                "events must map each event type to an object".to_string(),
                "A SET's events claim is a JSON object whose members are event types with an \
                 object each.",
            );
        }
    }
    if p.get("exp").is_some() {
        push(
            "A security event token should not carry exp".to_string(),
            "A SET reports something that already happened; with exp it looks more like an \
             access or ID token and can be confused with one.",
        );
    }
}

/// A legacy service-account token, kept in a Secret: it never expires and names no audience,
/// so whoever copies it keeps the service account's access until the Secret is deleted.
fn service_account(p: Option<&JsonObject>, mut push: impl FnMut(String, &str)) {
    if p.is_some_and(|p| p.get("kubernetes.io/serviceaccount/namespace").is_some()) {
        push(
            "A legacy service-account token, from a Secret".to_string(),
            "It never expires and names no audience: a copy works against the API server until \
             the Secret is deleted. Bound tokens (projected into the pod) expire, name their \
             audience and die with their pod.",
        );
    }
}

#[cfg(test)]
mod tests {
    use super::super::test_support::*;

    const EC_JWK: &str = r#"{"kty":"EC","crv":"P-256","x":"f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU","y":"x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0"}"#;

    fn dpop_header(extra: &str) -> String {
        format!(r#"{{"typ":"dpop+jwt","alg":"ES256","jwk":{EC_JWK}{extra}}}"#)
    }

    const DPOP_PAYLOAD: &str = r#"{"jti":"e1j3V_bKic8-LAEB","htm":"POST","htu":"https://server.example.com/token","iat":1800000000}"#;

    #[test]
    fn a_well_formed_dpop_proof_is_not_an_embedded_key_or_a_token_without_expiry() {
        let got = ids(&run(&dpop_header(""), DPOP_PAYLOAD, &[1; 64]));
        assert_eq!(got, ["size"], "RFC 9449 §4.2's example");
    }

    #[test]
    fn a_dpop_proof_breaks_its_rules() {
        let f = run(
            r#"{"typ":"dpop+jwt","alg":"HS256"}"#,
            r#"{"htm":"POST","htu":"https://s.example/token?x=1","iat":1800000000}"#,
            b"s",
        );
        let titles: Vec<&str> = f
            .iter()
            .filter(|x| x.id() == "dpop-rules")
            .map(|x| x.title.as_str())
            .collect();
        assert_eq!(
            titles,
            [
                "A DPoP proof must carry jti",
                "A DPoP proof must be signed with a public-key algorithm, not HS256",
                "A DPoP proof must carry its public key in jwk",
                "htu must not include a query or fragment",
            ]
        );
        let f = run(
            &dpop_header(""),
            r#"{"htm":"POST","htu":"https://s.example/token","iat":1800000000}"#,
            b"s",
        );
        assert!(f.iter().any(|x| x.title == "A DPoP proof must carry jti"));
        // Found by its claims, a proof without its typ is rejected.
        let f = run(
            &format!(r#"{{"alg":"ES256","jwk":{EC_JWK}}}"#),
            DPOP_PAYLOAD,
            &[1; 64],
        );
        assert!(f
            .iter()
            .any(|x| x.id() == "dpop-rules" && x.title == "A DPoP proof must say typ dpop+jwt"));
        assert!(!ids(&f).contains(&"embedded-key"));
    }

    #[test]
    fn a_private_key_in_the_header_is_critical_in_any_token() {
        let with_d = EC_JWK.replace(r#""kty""#, r#""d":"secret","kty""#);
        for header in [
            format!(r#"{{"typ":"dpop+jwt","alg":"ES256","jwk":{with_d}}}"#),
            format!(r#"{{"alg":"ES256","jwk":{with_d}}}"#),
        ] {
            let f = run(&header, DPOP_PAYLOAD, &[1; 64]);
            assert!(
                f.iter().any(|x| x.id() == "private-key-in-header"
                    && x.title == "The header's jwk holds a private key (d)"),
                "{header}"
            );
        }
    }

    #[test]
    fn a_logout_token() {
        let good = r#"{"iss":"https://op.example","aud":"rp","iat":1800000000,"exp":1800000120,"jti":"j","sid":"s","events":{"http://schemas.openid.net/event/backchannel-logout":{}}}"#;
        let got = ids(&run(
            r#"{"alg":"RS256","typ":"logout+jwt"}"#,
            good,
            &[1; 256],
        ));
        assert!(
            got.iter()
                .all(|id| *id != "logout-rules" && *id != "id-token"),
            "{got:?}"
        );
        let bad = r#"{"iss":"https://op.example","aud":"rp","iat":1800000000,"exp":1800000120,"nonce":"n","events":{"http://schemas.openid.net/event/backchannel-logout":{}}}"#;
        let f = run(r#"{"alg":"RS256"}"#, bad, &[1; 256]);
        let titles: Vec<&str> = f
            .iter()
            .filter(|x| x.id() == "logout-rules")
            .map(|x| x.title.as_str())
            .collect();
        assert_eq!(
            titles,
            [
                "A logout token must carry jti",
                "A logout token must not carry nonce",
                "A logout token must carry sub, sid or both",
            ]
        );
        assert!(f
            .iter()
            .any(|x| x.id() == "typ-missing" && x.title.ends_with("should say logout+jwt")));
        assert!(!ids(&f).contains(&"id-token"), "nonce does not make it one");
        let f = run(
            r#"{"alg":"RS256","typ":"logout+jwt"}"#,
            r#"{"iss":"i","aud":"a","iat":1800000000,"exp":1800000100,"jti":"j","sub":"u","events":{"x":{}}}"#,
            &[1; 256],
        );
        assert!(f
            .iter()
            .any(|x| x.title == "events must hold the back-channel logout event"));
    }

    #[test]
    fn an_access_token_per_rfc_9068() {
        let f = run(
            r#"{"alg":"ES256","typ":"at+jwt"}"#,
            r#"{"iss":"i","aud":"a","sub":"u","iat":1800000000,"exp":1800000600}"#,
            &[1; 64],
        );
        assert!(f.iter().any(|x| x.id() == "access-token-rules"
            && x.title == "An access token must carry client_id and jti"));
        let full = r#"{"iss":"i","aud":"a","sub":"u","client_id":"c","jti":"j","iat":1800000000,"exp":1800000600}"#;
        assert_eq!(
            ids(&run(r#"{"alg":"ES256","typ":"at+jwt"}"#, full, &[1; 64])),
            ["size"]
        );
        // exp is reported once, by its own finding.
        let f = run(
            r#"{"alg":"ES256","typ":"at+jwt"}"#,
            r#"{"iss":"i","aud":"a","sub":"u","client_id":"c","jti":"j","iat":1800000000}"#,
            &[1; 64],
        );
        assert!(ids(&f).contains(&"exp-missing"));
        assert!(!ids(&f).contains(&"access-token-rules"));
    }

    #[test]
    fn an_id_token_carries_personal_data_without_a_finding() {
        let f = run(
            r#"{"alg":"RS256","typ":"JWT","kid":"k"}"#,
            r#"{"iss":"https://op.example","aud":"client","sub":"u","iat":1800000000,"exp":1800036000,"nonce":"n","auth_time":1800000000,"email":"a@b.example"}"#,
            &[1; 256],
        );
        let got = ids(&f);
        for absent in [
            "personal-data",
            "long-lived",
            "typ-generic",
            "id-token-rules",
            "id-token",
            "size",
        ] {
            assert!(!got.contains(&absent), "{absent} in {got:?}");
        }
        let f = run(
            r#"{"alg":"RS256"}"#,
            r#"{"at_hash":"h","exp":1800000600}"#,
            &[1; 256],
        );
        assert!(f.iter().any(|x| x.id() == "id-token-rules"
            && x.title == "An OpenID Connect ID token must carry sub and iat"));
    }

    #[test]
    fn client_assertions_dbsc_proofs_and_sets() {
        let f = run(
            r#"{"alg":"ES256","typ":"client-authentication+jwt"}"#,
            r#"{"iss":"c1","sub":"c2","aud":["https://as.example","https://other.example"],"exp":1800000060}"#,
            &[1; 64],
        );
        let titles: Vec<&str> = f
            .iter()
            .filter(|x| x.id() == "client-assertion-rules")
            .map(|x| x.title.as_str())
            .collect();
        assert_eq!(
            titles,
            [
                "iss and sub must both be the client ID",
                "aud names 2 audiences"
            ]
        );
        let got = ids(&run(
            &format!(r#"{{"alg":"ES256","typ":"dbsc+jwt","jwk":{EC_JWK}}}"#),
            r#"{"jti":"challenge"}"#,
            &[1; 64],
        ));
        assert!(got.is_empty(), "a registration proof: {got:?}");
        let f = run(r#"{"alg":"PS256","typ":"dbsc+jwt"}"#, "{}", &[1; 256]);
        let titles: Vec<&str> = f
            .iter()
            .filter(|x| x.id() == "dbsc-rules")
            .map(|x| x.title.as_str())
            .collect();
        assert_eq!(
            titles,
            [
                "A DBSC proof must carry jti",
                "A DBSC proof is signed with RS256 or ES256, not PS256"
            ]
        );
        let f = run(
            r#"{"alg":"ES256","typ":"secevent+jwt"}"#,
            r#"{"iss":"i","iat":1800000000,"jti":"j","exp":1800000600,"events":{"e":"not an object"}}"#,
            &[1; 64],
        );
        let titles: Vec<&str> = f
            .iter()
            .filter(|x| x.id() == "security-event-rules")
            .map(|x| x.title.as_str())
            .collect();
        assert_eq!(
            titles,
            [
                "events must map each event type to an object",
                "A security event token should not carry exp"
            ]
        );
        assert!(
            !ids(&f).contains(&"aud-missing"),
            "aud is optional in a SET"
        );
    }

    #[test]
    fn generic_typ_is_not_explicit_typing() {
        let f = run(r#"{"alg":"ES256","typ":"JWT"}"#, GOOD_PAYLOAD, &[1; 64]);
        assert!(f
            .iter()
            .any(|x| x.id() == "typ-generic" && x.title.starts_with("typ “JWT” does not say")));
        assert!(ids(&run(r#"{"alg":"ES256"}"#, GOOD_PAYLOAD, &[1; 64])).contains(&"typ-missing"));
        let other = ids(&run(
            r#"{"alg":"ES256","typ":"vc+sd-jwt"}"#,
            GOOD_PAYLOAD,
            &[1; 64],
        ));
        assert!(!other.iter().any(|id| id.starts_with("typ-")), "{other:?}");
    }
}
