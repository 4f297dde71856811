//! Findings about an SD-JWT's issuer-signed JWT that need no Disclosure: the hash its digests
//! use (`_sd_alg`) and what its `typ` says (an SD-JWT VC). What the Disclosures themselves
//! show needs their digests, which the crypto worker computes (`token::protocols::sd_jwt`).

use serde_json::Value;

use super::{Finding, Kind};
use crate::token::jose::decode::JsonObject;
use crate::token::protocols::sd_jwt::{hash_alg, HashAlg};

/// Whether the payload is an SD-JWT's: it carries digests or names their hash.
fn is_sd_jwt(p: &JsonObject) -> bool {
    p.get("_sd").is_some() || p.get("_sd_alg").is_some()
}

pub(super) fn check(h: Option<&JsonObject>, p: Option<&JsonObject>, out: &mut Vec<Finding>) {
    let typ = h.and_then(|h| h.get("typ")).and_then(Value::as_str);
    match typ {
        Some("dc+sd-jwt") => out.push(Finding::new(
            Kind::SdJwtVc,
            "An SD-JWT VC (typ dc+sd-jwt)",
            "A verifiable credential in SD-JWT form: vct names its type, and a verifier checks \
             the issuer's signature and key, each Disclosure's digest, and, when the holder \
             must prove possession, the Key Binding JWT signed with the key in cnf.",
        )),
        Some("vc+sd-jwt") => out.push(Finding::new(
            Kind::SdJwtVcOldTyp,
            "typ vc+sd-jwt is the SD-JWT VC drafts' old name",
            "SD-JWT VC now registers dc+sd-jwt; verifiers that follow the current draft may \
             refuse vc+sd-jwt.",
        )),
        _ => {}
    }
    let Some(p) = p.filter(|p| is_sd_jwt(p)) else {
        return;
    };
    match hash_alg(&p.map) {
        HashAlg::Default => out.push(Finding::new(
            Kind::SdAlgMissing,
            "No _sd_alg: the digests are SHA-256",
            "An SD-JWT without _sd_alg uses SHA-256 for its Disclosures' digests; naming it \
             leaves no doubt.",
        )),
        HashAlg::Unknown(name) => out.push(Finding::new(
            Kind::SdAlgUnknown,
            format!("_sd_alg {name} is not a hash this page knows"),
            "The Disclosures' digests cannot be checked: the names are those of the IANA Named \
             Information Hash Algorithm registry (sha-256, sha-384, sha-512), in lower case.",
        )),
        HashAlg::Named(_) => {}
    }
}

#[cfg(test)]
mod tests {
    use super::super::test_support::*;

    #[test]
    fn the_hash_and_the_typ_are_explained() {
        let f = run(
            r#"{"alg":"ES256","typ":"dc+sd-jwt"}"#,
            r#"{"_sd":["x"],"vct":"v"}"#,
            &[1; 64],
        );
        assert!(ids(&f).contains(&"sd-jwt-vc"));
        assert!(ids(&f).contains(&"sd-alg-missing"));
        let f = run(
            r#"{"alg":"ES256","typ":"vc+sd-jwt"}"#,
            r#"{"_sd_alg":"SHA-256"}"#,
            &[1; 64],
        );
        assert!(ids(&f).contains(&"sd-jwt-vc-old-typ"));
        assert!(f
            .iter()
            .any(|x| x.id() == "sd-alg-unknown" && x.title.contains("SHA-256")));
        let f = run(
            r#"{"alg":"ES256"}"#,
            r#"{"_sd_alg":"sha-256","_sd":[]}"#,
            &[1; 64],
        );
        assert!(!ids(&f).iter().any(|i| i.starts_with("sd-")));
        let plain = run(r#"{"alg":"ES256"}"#, r#"{"sub":"x"}"#, &[1; 64]);
        assert!(!ids(&plain).iter().any(|i| i.starts_with("sd-")));
    }
}
