//! What the inspector page shows, read from the model. Each method answers one part of the
//! page, so the page renders these and decides nothing itself.

use super::Inspector;
use crate::token::checks::findings::Finding;
use crate::token::checks::report::{input_message, summary, Inspection};
use crate::token::checks::size::{size, SizeText};
use crate::token::checks::token_type::TokenType;
use crate::token::checks::verdict::{offer, verdict, Grounds, Offer, Verdict};
use crate::token::forms::key_form::KeyForm;
use crate::token::forms::workbench::Workbench;
use crate::token::jose::decode::JsonObject;
use crate::token::jose::jwe::Decrypted;
use crate::token::jose::vendor_claims::Meaning;
use crate::token::protocols::bound_token::{
    bindings, check_nonce, compare, Binding, Given, HashCheck, Nonce, Unbound,
};
use crate::token::protocols::dpop_request::{check_request, RequestCheck};
use crate::token::protocols::sd_jwt::Report as SdJwtReport;
use crate::token::protocols::thumbprint::{self, JktCheck, Plan};
use crate::token::service::verification::{Reported, SearchResult, SEARCHING};
use crate::tradeoffs::input::parse_amount;

/// The secret search's line under the verification form.
#[derive(Clone, Debug, PartialEq)]
pub struct SearchLine {
    /// The line itself: "checking" while the search runs, then its result.
    pub text: String,
    /// The token is signed with a well-known secret.
    pub found: bool,
    /// The milliseconds the worker spent, once it has answered.
    pub busy_ms: Option<f64>,
}

/// The size panel: the figures, and why the request rate does not read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SizeView {
    /// The figures, at the rate typed (or none, when it does not read).
    pub text: SizeText,
    /// Why the rate typed does not read as a number, if it does not.
    pub rate_error: Option<String>,
}

const EXAMPLE_NOTE: &str =
    "Each example comes with the key that verifies it. Example keys only: they are published here.";

impl Inspector {
    /// The clock as the page last read it, in seconds since 1970.
    pub fn now(&self) -> i64 {
        self.now
    }

    /// The token field's text.
    pub fn input(&self) -> &str {
        &self.input
    }

    /// Whether "Remember" is ticked.
    pub fn remember(&self) -> bool {
        self.remember
    }

    /// The inspection of the token found in the input.
    pub fn inspection(&self) -> Option<&Inspection> {
        self.inspection.as_ref()?.as_ref().ok()
    }

    /// The shown token, its header and its payload as decoded, when it is a JWS whose header
    /// and payload are JSON: what "Edit in the workbench" opens.
    pub fn editable(&self) -> Option<(String, String, String)> {
        let i = self.inspection()?;
        let d = i.decoded.as_ref().ok()?;
        let header = d.header.as_ref().ok()?;
        let payload = d.payload.as_ref()?.as_ref().ok()?;
        Some((i.token.clone(), header.text.clone(), payload.text.clone()))
    }

    /// The token the shown one was edited from in the workbench, to show beside it: only while
    /// the token the workbench signed is the one in view, and differs from the old one.
    pub fn before(&self) -> Option<&str> {
        let (signed, old) = self.before.as_ref()?;
        (self.token() == Some(signed.as_str()) && signed != old).then_some(old.as_str())
    }

    /// The token found in the input.
    pub fn token(&self) -> Option<&str> {
        self.inspection().map(|i| i.token.as_str())
    }

    /// What the page says under the token field: where the token was found (`Ok`), or why the
    /// input is not a token or what it takes (`Err`).
    pub fn input_message(&self) -> Result<String, String> {
        input_message(self.inspection.as_ref())
    }

    /// Whether the input holds something that is not a token.
    pub fn input_problem(&self) -> bool {
        matches!(self.inspection, Some(Err(_)))
    }

    /// The verification form.
    pub fn key_form(&self) -> &KeyForm {
        &self.key_form
    }

    /// What verifying the token on the page with the key in the form found, once the worker
    /// has said.
    pub fn verification(&self) -> Option<&Reported> {
        let key = self.key_form.key();
        self.verified
            .as_ref()?
            .about(self.token(), key.as_ref())?
            .as_ref()
    }

    /// What decrypting the JWE on the page with the key in the form gave, once the worker has
    /// said.
    pub fn decryption(&self) -> Option<&Result<Decrypted, String>> {
        let key = self.key_form.key();
        self.decrypted.as_ref()?.about(self.token(), key.as_ref())
    }

    /// The worker's milliseconds for the last verification or decryption.
    pub fn worker_ms(&self) -> Option<f64> {
        self.worker_ms
    }

    /// The secret search for the token on the page: running, or what it found.
    pub fn search_line(&self) -> Option<SearchLine> {
        let s = self
            .search
            .as_ref()
            .filter(|s| Some(s.token.as_str()) == self.token())?;
        Some(match &s.result {
            None => SearchLine {
                text: SEARCHING.to_string(),
                found: false,
                busy_ms: None,
            },
            Some((r, ms)) => SearchLine {
                text: r.sentence(*ms),
                found: matches!(r, SearchResult::Found(_)),
                busy_ms: Some(*ms),
            },
        })
    }

    /// The well-known secret that signed the token on the page, if the search found one.
    pub fn weak_secret(&self) -> Option<String> {
        let s = self
            .search
            .as_ref()
            .filter(|s| Some(s.token.as_str()) == self.token())?;
        match &s.result {
            Some((SearchResult::Found(secret), _)) => Some(secret.clone()),
            _ => None,
        }
    }

    /// Every finding, most severe first.
    pub fn findings(&self) -> &[Finding] {
        &self.findings
    }

    /// The line above the findings.
    pub fn summary(&self) -> Option<String> {
        let i = self.inspection()?;
        Some(summary(
            &self.findings,
            self.verification(),
            i.is_encrypted(),
        ))
    }

    /// The verdict above everything else, over everything the page knows.
    pub fn verdict(&self) -> Option<Verdict> {
        let i = self.inspection()?;
        let checking = matches!(self.sd_jwt(), Some(None)).then_some("the SD-JWT's Disclosures");
        let still_to_compare = self.kind().map(|k| match k {
            TokenType::Id => "A verifier also compares iss, aud and nonce with what it expects.",
            TokenType::DpopProof => {
                "A verifier also compares htm and htu with the request the proof came with, and \
                 jti with the proofs it has already seen."
            }
            TokenType::KeyBinding => "A verifier also compares aud and nonce with what it expects.",
            TokenType::Credential => "A verifier also compares iss and vct with what it expects.",
            _ => "A verifier also compares iss and aud with what it expects.",
        });
        Some(verdict(
            i,
            Grounds {
                findings: &self.findings,
                verification: self.verification(),
                checking,
                still_to_compare,
            },
        ))
    }

    /// What the verification panel offers for the token.
    pub fn offer(&self) -> Option<Offer> {
        self.inspection().map(offer)
    }

    /// Whether the token is a DPoP proof whose own key the form can take.
    pub fn offers_proof_key(&self) -> bool {
        self.proof_key().is_some()
    }

    /// Above an inner token: the encrypted token it came out of, while it is on the page.
    pub fn layer(&self) -> Option<String> {
        let outer = self.outer.as_ref().filter(|o| o.holds(self.token()))?;
        Some(outer.sentence())
    }

    /// Whether the decrypted JWE on the page holds a token that can be opened.
    pub fn holds_nested(&self) -> bool {
        self.opened_layer().is_some()
    }

    /// For a pasted SD-JWT: `Some(None)` while the worker checks it, then its report.
    pub fn sd_jwt(&self) -> Option<Option<&SdJwtReport>> {
        let text = self.sd_jwt_text()?;
        Some(
            self.sd_jwt
                .as_ref()
                .filter(|(t, _)| *t == text)
                .map(|(_, r)| r),
        )
    }

    fn payload(&self) -> Option<&JsonObject> {
        self.inspection()?
            .decoded
            .as_ref()
            .ok()?
            .payload
            .as_ref()?
            .as_ref()
            .ok()
    }

    fn kind(&self) -> Option<TokenType> {
        Some(self.inspection()?.assumed()?.kind)
    }

    /// What the token can be checked against (an access token, a code), or why not; `None` for
    /// kinds that are bound to nothing.
    pub fn bindings(&self) -> Option<Result<Vec<Binding>, Unbound>> {
        let i = self.inspection()?;
        match bindings(i.assumed()?.kind, i.header_alg().as_deref(), self.payload()) {
            Err(Unbound::NotThisKind) => None,
            other => Some(other),
        }
    }

    /// Whether a field for `given` is asked for.
    pub fn asks(&self, given: Given) -> bool {
        self.bindings()
            .and_then(Result::ok)
            .is_some_and(|b| b.iter().any(|b| b.of == given))
    }

    /// What was typed for `given`.
    pub fn given(&self, given: Given) -> &str {
        match given {
            Given::AccessToken => &self.access,
            Given::Code => &self.code,
        }
    }

    /// The access token pasted beside the token.
    pub fn access_token(&self) -> &str {
        &self.access
    }

    /// Each binding's claim against the hash of what was pasted for it, once the worker has
    /// hashed it.
    pub fn hash_checks(&self) -> Vec<HashCheck> {
        let Some(Ok(bindings)) = self.bindings() else {
            return Vec::new();
        };
        bindings
            .iter()
            .filter_map(|b| {
                let asked = (b.hash, self.given(b.of).trim().to_string());
                let answer = match b.of {
                    Given::AccessToken => &self.hashed,
                    Given::Code => &self.code_hashed,
                };
                let (_, hash) = answer.as_ref().filter(|(a, _)| *a == asked)?;
                Some(compare(b, self.payload(), hash))
            })
            .collect()
    }

    /// The access token's `cnf.jkt` against the proof's key.
    pub fn jkt_check(&self) -> Option<JktCheck> {
        match self.jkt_plan()? {
            Plan::Known(check) => Some(check),
            Plan::Hash { json, jkt } => {
                let (_, h) = self.printed.as_ref().filter(|(j, _)| *j == json)?;
                Some(thumbprint::compare(&thumbprint::Bound::Jkt(jkt), h))
            }
        }
    }

    /// Whether to ask for the nonce the app sent (ID tokens).
    pub fn asks_nonce(&self) -> bool {
        self.kind() == Some(TokenType::Id)
    }

    /// The nonce typed beside an ID token.
    pub fn nonce(&self) -> &str {
        &self.nonce
    }

    /// The ID token's `nonce` against the one typed; `None` for other kinds of token, or when
    /// nothing was typed.
    pub fn nonce_check(&self) -> Option<Nonce> {
        self.asks_nonce()
            .then(|| check_nonce(self.payload(), &self.nonce))
            .flatten()
    }

    /// For a DPoP proof: its claims against the request typed beside it, and the clock.
    pub fn request_checks(&self) -> Option<Vec<RequestCheck>> {
        if self.kind()? != TokenType::DpopProof {
            return None;
        }
        Some(check_request(
            self.payload()?,
            &self.method,
            &self.url,
            self.now,
        ))
    }

    /// The method typed beside a DPoP proof.
    pub fn method(&self) -> &str {
        &self.method
    }

    /// The URL typed beside a DPoP proof.
    pub fn url(&self) -> &str {
        &self.url
    }

    /// The requests a day typed for the size figures.
    pub fn rate(&self) -> &str {
        &self.rate
    }

    /// The size panel, for a token that decodes (a broken one has no size worth weighing).
    pub fn size(&self) -> Option<SizeView> {
        use crate::token::checks::verdict::{protection, Protection};
        let i = self.inspection()?;
        if matches!(protection(i), Protection::Undecodable(_)) {
            return None;
        }
        let rate = parse_amount(&self.rate);
        // An SD-JWT travels with its Disclosures (and Key Binding JWT): all of it is weighed.
        let bytes = self.sd_jwt_text().map_or(i.token.len(), |t| t.len());
        Some(SizeView {
            text: size(bytes, *rate.as_ref().unwrap_or(&0.0)).text(rate.as_ref().ok().copied()),
            rate_error: rate.err().map(|e| e.to_string()),
        })
    }

    /// What each header parameter and claim means, in the order of the rows, once the worker
    /// has described them: header parameters first, then claims.
    pub fn meanings(&self) -> Option<&[Option<Meaning>]> {
        let (token, meanings) = self.described.as_ref()?;
        (Some(token.as_str()) == self.token()).then_some(meanings.as_slice())
    }

    /// The workbench.
    pub fn workbench(&self) -> &Workbench {
        &self.workbench
    }

    /// The sentence under the examples: what the one opened teaches.
    pub fn example_note(&self) -> &str {
        self.example_note.as_deref().unwrap_or(EXAMPLE_NOTE)
    }
}
