//! The messages between the inspector's page and its crypto worker: requests (verify or decrypt
//! with a key, search for a well-known secret, sign a draft or an example, make an ML-DSA key pair,
//! hash what a binding covers, check an SD-JWT, describe names) and replies, which travel as JSON
//! text. The types are here so both sides share them; `authpick-crypto` answers them, and
//! `dispatch` decides on the page's side what is sent when and whose reply is whose. Replies carry
//! what the page shows (a verification's case and sentence, a signing error's sentence), not the
//! typed errors, whose decoding would weigh on the page's module.

use crate::token::jose::dialects::Provider;
use crate::token::jose::vendor_claims::{Meaning, Name};
use serde::{Deserialize, Serialize};

use crate::token::jose::jwe::Decrypted;
use crate::token::jose::key::KeyInput;
use crate::token::protocols::bound_token::HashOf;
use crate::token::protocols::sd_jwt::Report as SdJwtReport;
use crate::token::service::draft::Draft;
use crate::token::service::verification::{Reported, SearchResult};

/// What the key form's key is for: a JWE (five parts) is decrypted, anything else verified.
pub fn key_request(token: String, key: KeyInput) -> Request {
    if token.split('.').count() == 5 {
        Request::Decrypt { token, key }
    } else {
        Request::Verify { token, key }
    }
}

/// What the worker sends once it can take requests: messages sent before then would be lost.
pub const READY: &str = "ready";

/// A request from the page to the worker.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Request {
    /// Verify a JWS's signature with the key given.
    Verify {
        /// The token as found on the page.
        token: String,
        /// The key from the verification form.
        key: KeyInput,
    },
    /// Decrypt a JWE with the recipient's key (`jwe`).
    Decrypt {
        /// The token as found on the page.
        token: String,
        /// The key from the form.
        key: KeyInput,
    },
    /// Look for the well-known secret that signed an HMAC token.
    Search {
        /// The token as found on the page.
        token: String,
    },
    /// Sign the workbench's draft.
    Sign(Draft),
    /// Sign an example around `now` (seconds since 1970).
    Example {
        /// The example's id in the catalogue.
        id: String,
        /// The time to sign it at, in seconds since 1970.
        now: i64,
    },
    /// Make a key pair for `alg` from `seed` (base64url random bytes the page drew), for the
    /// kinds WebCrypto does not make (ML-DSA).
    KeyPair {
        /// The algorithm's name, such as `ML-DSA-44`.
        alg: String,
        /// The random seed, base64url.
        seed: String,
    },
    /// Hash `text` as a token binding asks (`bound_token`): base64url of the hash, or of its
    /// left half.
    Hash {
        /// Which hash, and whether of the whole or the left half.
        hash: HashOf,
        /// The text to hash, as pasted.
        text: String,
    },
    /// Check an SD-JWT: its Disclosures against their digests, its Key Binding JWT
    /// (`sd_jwt::report`).
    SdJwt {
        /// The SD-JWT as pasted.
        text: String,
    },
    /// Say what each name means (`vendor_claims::describe`), for a token from `provider`.
    Describe {
        /// The header parameters, then the claims, to describe.
        names: Vec<Name>,
        /// The provider the token comes from, where it is known.
        provider: Option<Provider>,
    },
    /// A token tool's request (`tools::ToolRequest`), as JSON text.
    Tool(String),
}

/// A reply from the worker to the page.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Reply {
    /// `None` when the token does not decode.
    Verified(Option<Reported>),
    /// The plaintext and the key that opened it, or why not (a `DecryptError`'s sentence).
    Decrypted(Result<Decrypted, String>),
    /// `None` when the token is not signed with HMAC, so there is nothing to search for.
    Searched(Option<SearchResult>),
    /// The token, or why the draft cannot be signed (a `SignError`'s sentence).
    Signed(Result<String, String>),
    /// The example's token and the key that verifies it; `None` for an unknown id.
    Example(Option<(String, Option<KeyInput>)>),
    /// The signing key's and the verifying key's PEM, or why not.
    KeyPair(Result<(String, String), String>),
    /// The base64url hash asked for.
    Hashed(String),
    /// What the page shows of the SD-JWT; `None` when it is not one.
    SdJwt(Option<SdJwtReport>),
    /// What each name asked about means, in order.
    Described(Vec<Option<Meaning>>),
    /// A token tool's answer (`tools::ToolReply`), as JSON text.
    Tool(String),
    /// The message was not a request (it is a bug if this is ever seen).
    Unreadable(String),
}

/// A message: the request or reply, and the number that pairs them.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Envelope<T> {
    /// The number that pairs a reply with its request.
    pub id: u32,
    /// The request or reply itself.
    pub body: T,
    /// How long the worker took, in milliseconds (replies only).
    #[serde(default)]
    pub ms: f64,
}

/// A request as the page writes it, for the worker's `read_request`.
pub fn request_message(id: u32, request: Request) -> String {
    encode(&Envelope {
        id,
        body: request,
        ms: 0.0,
    })
}

/// A reply as the worker writes it.
pub fn reply_message(id: u32, body: Reply, ms: f64) -> String {
    encode(&Envelope { id, body, ms })
}

/// A request as the worker reads it, or why it cannot be: read by hand (`request_reader`),
/// from what serde writes.
pub use super::request_reader::read_request;

/// A reply as the page reads it, or why it cannot be: read by hand, for the page's module
/// (`reply_reader`), from what serde writes.
pub use super::reply_reader::read_reply;

fn encode<T: Serialize>(value: &Envelope<T>) -> String {
    // Serialising these plain enums, strings and numbers cannot fail; were it ever to, the
    // other side would report an unreadable message rather than wait forever.
    serde_json::to_string(value).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::token::jose::key::SecretEncoding;

    #[test]
    fn requests_and_replies_cross_intact() {
        let request = Request::Verify {
            token: "a.b.c".into(),
            key: KeyInput::Secret {
                text: "s".into(),
                encoding: SecretEncoding::Base64,
            },
        };
        let read = read_request(&request_message(9, request.clone())).expect("readable");
        assert_eq!((read.id, read.body), (9, request));
        let reply = Reply::Searched(Some(SearchResult::NotFound { total: 3 }));
        let read = read_reply(&reply_message(4, reply.clone(), 2.5)).expect("readable");
        assert_eq!((read.id, read.body, read.ms), (4, reply, 2.5));
    }

    #[test]
    fn a_jwe_is_decrypted_and_a_jws_verified() {
        let key = KeyInput::Public("{}".into());
        assert!(matches!(
            key_request("a.b.c.d.e".into(), key.clone()),
            Request::Decrypt { .. }
        ));
        assert!(matches!(
            key_request("a.b.c".into(), key),
            Request::Verify { .. }
        ));
    }

    #[test]
    fn what_is_not_a_message_says_so() {
        assert!(read_reply("ready").is_err());
        assert!(read_request("{\"id\":1}").is_err());
    }
}
