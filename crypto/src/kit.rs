//! The test kit's tokens, signed (`authpick_core::token::kit` decides what each one is): with
//! the user's key, with the published attacker keys (the examples' P-256 key, the core's
//! `OTHER_SECRET`), with the user's public key as an HMAC secret, or with no valid signature at
//! all. Raw HMAC for the secrets a naive verifier would look up (an empty one among them, which
//! the workbench rightly refuses to sign with).

use authpick_core::token::jose::alg::Alg;
use authpick_core::token::jose::base64url;
use authpick_core::token::jose::key::SecretEncoding;
use authpick_core::token::kit::{Case, Made, Signature, OTHER_SECRET};
use hmac::{Hmac, Mac};
use sha2::Sha256;

use super::sign::sign_input;

/// The user's key for the kit: what signs their tokens, and the public key that verifies them
/// (for the key-confusion token; `None` for HMAC).
pub struct KitKey<'a> {
    /// The algorithm the issuer signs with.
    pub alg: Alg,
    /// A secret or a private key, as the workbench reads it.
    pub signing: &'a str,
    /// How a secret is written.
    pub encoding: SecretEncoding,
    /// The public key as PEM, as a verifier holds it.
    pub public_pem: Option<&'a str>,
}

/// Every case's token.
pub fn make(cases: Vec<Case>, key: &KitKey) -> Vec<Made> {
    cases
        .into_iter()
        .map(|case| {
            let token = token(&case, key);
            Made { case, token }
        })
        .collect()
}

fn token(case: &Case, key: &KitKey) -> Result<String, String> {
    sign_case(&case.signing_input(), &case.signature, key)
}

/// The token for a case's signing input, signed as `signature` says: what the worker does for
/// the tools page, which builds the cases itself.
pub fn sign_case(input: &str, signature: &Signature, key: &KitKey) -> Result<String, String> {
    let user =
        || sign_input(key.alg.name(), key.signing, key.encoding, input).map_err(|e| e.to_string());
    match signature {
        Signature::Empty => Ok(format!("{input}.")),
        Signature::UserKey => user(),
        Signature::Altered => {
            let signed = user()?;
            let (head, sig) = signed.rsplit_once('.').unwrap_or((&signed, ""));
            let mut bytes = base64url::decode(sig).map_err(|e| e.to_string())?.0;
            let middle = bytes.len() / 2;
            if let Some(b) = bytes.get_mut(middle) {
                *b ^= 0x01;
            }
            Ok(format!("{head}.{}", base64url::encode(&bytes)))
        }
        Signature::OtherSecret => {
            sign_input(key.alg.name(), OTHER_SECRET, SecretEncoding::Text, input)
                .map_err(|e| e.to_string())
        }
        Signature::AttackerP256 => sign_input(
            "ES256",
            super::examples::PRIVATE,
            SecretEncoding::Text,
            input,
        )
        .map_err(|e| e.to_string()),
        Signature::PublicKeyAsSecret => match key.public_pem {
            Some(pem) => hs256(input, pem.as_bytes()),
            None => Err("Give the public key that verifies your tokens to make this one.".into()),
        },
        Signature::Secret(secret) => hs256(input, secret.as_bytes()),
        Signature::Zero(n) => Ok(format!("{input}.{}", base64url::encode(&vec![0; *n]))),
    }
}

/// `input.signature` with HMAC-SHA-256 under `secret`, whatever its length (RFC 2104 §2 takes
/// a key of any length, the empty one included).
fn hs256(input: &str, secret: &[u8]) -> Result<String, String> {
    let mut mac = <Hmac<Sha256> as Mac>::new_from_slice(secret)
        .map_err(|_| "HMAC refused the secret.".to_string())?;
    mac.update(input.as_bytes());
    Ok(format!(
        "{input}.{}",
        base64url::encode(&mac.finalize().into_bytes())
    ))
}
