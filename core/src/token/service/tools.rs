//! The token tools' requests to the crypto worker (a certificate chain to check), carried
//! inside `Request::Tool` and `Reply::Tool` as JSON text. The inspector's page never reads
//! these: nested as text, their serde code is linked into the tools page and the worker only,
//! and the inspector's first visit carries one more string variant each way.

use serde::{Deserialize, Serialize};

use super::dispatch::Failure;
use super::messages::{Envelope, Reply, Request};
use crate::token::checks::chain::input::Inputs;
use crate::token::checks::chain::Facts;
use crate::token::kit::{Case, Signature};
use crate::token::service::verification::Reported;

/// What a tools page asks the worker.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum ToolRequest {
    /// Read a certificate chain's facts (`checks::chain`): the chain, the anchors and the
    /// token, read by `chain::input::read`.
    Chain(Inputs),
    /// Verify a token's signature with a public key (PEM, JWK or JWKS), as the inspector does
    /// (the token tools' Status List Token). The key is text, not a `KeyInput`, so that the
    /// worker reads no second copy of that type's derived reader.
    Verify {
        /// The token, as found in what was pasted.
        token: String,
        /// The public key as pasted.
        key: String,
    },
    /// Sign the test kit's tokens (`kit`): each case's signing input and how it is signed,
    /// with the user's key for the issuer's algorithm.
    Kit {
        /// Each case's signing input and signature, in order.
        items: Vec<(String, Signature)>,
        /// The issuer's algorithm, by name.
        alg: String,
        /// The user's secret (as text) or private key (PEM or JWK).
        signing: String,
        /// The user's public key as PEM, for the key-confusion token.
        public_pem: Option<String>,
    },
}

/// The worker's answer to a `ToolRequest`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum ToolReply {
    /// The chain's facts, for `chain::judge` on the page, or why they could not be read.
    Chain(Result<Facts, String>),
    /// Each kit token, in the order asked, or why it could not be made.
    Kit(Vec<Result<String, String>>),
    /// The verification, as the inspector reports it; `None` when the token does not decode.
    Verified(Option<Reported>),
}

/// Why the tools page cannot check, when its worker fails: the tools' own words, since
/// `Failure`'s speak of the inspector's verifying and signing.
pub fn failure_text(failure: Failure) -> &'static str {
    match failure {
        Failure::NoScript => {
            "This page was built without its checker, so certificate chains cannot be checked \
             here; `authpick chain` does the same on the command line."
        }
        Failure::NotStarted => {
            "The browser did not start the checker (Web Workers may be disabled), so \
             certificate chains cannot be checked here; `authpick chain` does the same on the \
             command line."
        }
        Failure::Stopped => {
            "The checker stopped or could not load, so certificate chains cannot be checked \
             here; reload the page to try again, or use `authpick chain` on the command line."
        }
    }
}

/// A worker's message as the tools page reads it: a tool's reply (`Reply::Tool`) and nothing
/// else, which the dispatcher then treats as unreadable.
pub fn read_reply(message: &str) -> Result<Envelope<Reply>, String> {
    #[derive(Deserialize)]
    enum Body {
        Tool(String),
    }
    #[derive(Deserialize)]
    struct Message {
        id: u32,
        body: Body,
        #[serde(default)]
        ms: f64,
    }
    let m: Message = serde_json::from_str(message)
        .map_err(|e| format!("The worker's reply is unreadable: {e}."))?;
    let Body::Tool(text) = m.body;
    Ok(Envelope {
        id: m.id,
        body: Reply::Tool(text),
        ms: m.ms,
    })
}

impl ToolRequest {
    /// The request that signs `cases` with the user's key, for the algorithm the cases name.
    pub fn kit(cases: &[Case], signing: &str, public_pem: Option<&str>) -> Self {
        let alg = cases
            .first()
            .and_then(|c| c.header.get("alg"))
            .and_then(|a| a.as_str())
            .unwrap_or_default();
        ToolRequest::Kit {
            items: cases
                .iter()
                .map(|c| (c.signing_input(), c.signature.clone()))
                .collect(),
            alg: alg.to_string(),
            signing: signing.to_string(),
            public_pem: public_pem.map(str::to_string),
        }
    }

    /// The request as the worker receives it.
    pub fn wrap(&self) -> Request {
        Request::Tool(serde_json::to_string(self).unwrap_or_default())
    }

    /// A request read back, or why it cannot be.
    pub fn read(text: &str) -> Result<ToolRequest, String> {
        serde_json::from_str(text).map_err(|e| e.to_string())
    }
}

impl ToolReply {
    /// The reply as the worker writes it.
    pub fn text(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    /// A reply read back, or why it cannot be.
    pub fn read(text: &str) -> Result<ToolReply, String> {
        serde_json::from_str(text).map_err(|e| format!("The worker's reply is unreadable: {e}."))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::token::checks::chain::input::{ChainFrom, TokenSignature};
    use crate::token::checks::chain::{BasicConstraints, CertFacts, End, Signed};
    use crate::token::service::messages::{
        read_reply, read_request, reply_message, request_message, Reply,
    };

    #[test]
    fn a_tool_request_and_its_reply_cross_intact() {
        let request = ToolRequest::Chain(Inputs {
            chain: vec![vec![1, 2], vec![3]],
            from: ChainFrom::Header,
            anchors: vec![vec![4]],
            token: Some(TokenSignature {
                alg: "ES256".into(),
                signing_input: "a.b".into(),
                signature: "c".into(),
                issued_at: Some(5),
            }),
        });
        let read = read_request(&request_message(3, request.wrap())).expect("readable");
        let Request::Tool(text) = read.body else {
            panic!("not a tool request")
        };
        assert_eq!(ToolRequest::read(&text), Ok(request));

        let reply = ToolReply::Chain(Ok(Facts {
            certs: vec![CertFacts {
                subject: "CN=a".into(),
                issuer: "CN=b".into(),
                self_issued: false,
                not_before: 1,
                not_after: 2,
                basic_constraints: Some(BasicConstraints {
                    ca: true,
                    path_len: Some(0),
                }),
                key_usage: None,
                unknown_critical: vec!["2.5.29.30".into()],
            }],
            links: vec![Signed::Unchecked("why".into())],
            end: End::IssuedBy {
                anchor: "CN=b".into(),
                signed: Signed::Verifies,
            },
            token: Some(Signed::NameMismatch),
        }));
        let read = read_reply(&reply_message(3, Reply::Tool(reply.text()), 1.0)).expect("readable");
        let Reply::Tool(text) = read.body else {
            panic!("not a tool reply")
        };
        assert_eq!(ToolReply::read(&text), Ok(reply));
        assert!(ToolReply::read("{")
            .unwrap_err()
            .starts_with("The worker's reply is unreadable"));
    }
}
