//! An SD-JWT checked as the page shows it (`authpick_core::token::protocols::sd_jwt::report`), with this
//! crate's hash for the Disclosures and `sd_hash` and its verifier for the Key Binding JWT.

use authpick_core::token::jose::decode::decode;
use authpick_core::token::jose::key::KeyInput;
use authpick_core::token::protocols::bound_token::HashOf;
use authpick_core::token::protocols::sd_jwt::{report as report_with, Report};
use authpick_core::token::service::verification::Reported;

use super::token_hash::token_hash;
use super::verify::verify;

pub fn report(text: &str) -> Option<Report> {
    report_with(
        text,
        |digest, t| {
            let hash = HashOf {
                digest,
                left_half: false,
            };
            token_hash(hash, t)
        },
        |token, jwk| {
            let d = decode(token).ok()?;
            Some(Reported::from(&verify(
                token,
                &d,
                &KeyInput::Public(jwk.to_string()),
            )))
        },
    )
}
