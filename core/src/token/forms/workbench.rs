//! The workbench as a state machine: the algorithm, the header and payload being edited, the
//! key that signs and the one that verifies, and where signing or key generation stands. The
//! page forwards each event here (an algorithm chosen, a key generated, the worker's answer)
//! and renders what follows; the crypto worker signs and the browser generates key pairs.

use crate::token::jose::alg::{Alg, KeyKind};
use crate::token::jose::key::{KeyInput, SecretEncoding};
use crate::token::service::draft::{
    object, parse_minutes, signing_alg, with_alg, with_times, Draft,
};

/// The workbench's state.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Workbench {
    /// The algorithm to sign with.
    pub alg: Alg,
    /// The header as typed: JSON.
    pub header: String,
    /// The payload as typed: JSON.
    pub payload: String,
    /// The secret, or the private key as PEM or JWK.
    pub key: String,
    /// The public key that verifies what `key` signs; for a generated secret, the secret itself.
    /// Empty for pasted keys.
    pub verifying: String,
    /// Minutes until `exp`, as typed.
    pub minutes: String,
    /// The signed token, or why there is none.
    pub result: Option<Result<String, String>>,
    /// Whether a key pair is being generated.
    pub generating: bool,
    /// Whether the worker is signing the draft.
    pub signing: bool,
    /// Whether the workbench is open: it starts closed, a tool for the few who make tokens.
    pub shown: bool,
}

/// What generating a key takes, which the page does with the browser's own means.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Generate {
    /// A random secret of this many bytes.
    Secret {
        /// How many bytes.
        bytes: usize,
    },
    /// A key pair of this kind (WebCrypto).
    KeyPair(KeyKind),
    /// A key pair the crypto worker makes from `bytes` random bytes the page draws, for the
    /// kinds WebCrypto does not make (ML-DSA).
    Seeded {
        /// The kind of key pair.
        kind: KeyKind,
        /// How many random bytes the seed takes.
        bytes: usize,
    },
}

/// An access token as RFC 9068 shapes one (§2.1 `typ`, §2.2 the claims it requires), so that
/// the token the workbench starts from draws no finding of its own once signed.
const START_HEADER: &str = r#"{"typ":"at+jwt"}"#;
const START_CLAIMS: &str = r#"{"iss":"https://login.example.com","sub":"user-4821","aud":"https://api.example.com","client_id":"web-app","jti":"4c1f0a9e"}"#;
const START_MINUTES: i64 = 15;

impl Workbench {
    /// HS256 and an access token's claims, issued `now` and expiring in 15 minutes.
    pub fn new(now: i64) -> Self {
        let alg = Alg::Hs256;
        Workbench {
            alg,
            header: with_alg(START_HEADER, alg.name()).unwrap_or_default(),
            payload: with_times(START_CLAIMS, now, Some(START_MINUTES)).unwrap_or_default(),
            key: String::new(),
            verifying: String::new(),
            minutes: START_MINUTES.to_string(),
            result: None,
            generating: false,
            signing: false,
            shown: false,
        }
    }

    /// The kind of key the algorithm signs with.
    pub fn key_kind(&self) -> KeyKind {
        self.alg.key()
    }

    /// Whether the algorithm signs with a shared secret (HMAC).
    pub fn is_secret(&self) -> bool {
        self.key_kind() == KeyKind::Secret
    }

    /// The user chose an algorithm by name. Returns whether anything changed: a token being
    /// signed was for the old algorithm, so the page cancels it.
    pub fn choose_alg(&mut self, name: &str) -> bool {
        let Some(alg) = signing_alg(name) else {
            return false;
        };
        if alg.key() != self.alg.key() {
            self.key.clear();
            self.verifying.clear();
        }
        self.alg = alg;
        if let Ok(h) = with_alg(&self.header, alg.name()) {
            self.header = h;
        }
        self.signing = false;
        self.result = None;
        true
    }

    /// "Edit in the workbench": a token's header and payload, exactly as decoded (key order and
    /// all), with the token's algorithm when the workbench signs with it. The key stays when
    /// the algorithm needs the same kind of key.
    pub fn edit(&mut self, header: &str, payload: &str) {
        let alg = object(header)
            .ok()
            .and_then(|h| h.get("alg").and_then(|a| a.as_str()).map(str::to_string));
        if let Some(alg) = alg {
            self.choose_alg(&alg);
        }
        self.header = header.to_string();
        self.payload = payload.to_string();
        self.signing = false;
        self.result = None;
        self.shown = true;
    }

    /// "Set iat to now" (`exp` false) or "… and exp to N min from now" (`exp` true, which needs
    /// a valid number of minutes). A payload that is not an object is left for its error.
    pub fn set_times(&mut self, exp: bool, now: i64) {
        let minutes = match (exp, parse_minutes(&self.minutes)) {
            (false, _) => None,
            (true, Ok(m)) => Some(m),
            (true, Err(_)) => return,
        };
        if let Ok(p) = with_times(&self.payload, now, minutes) {
            self.payload = p;
        }
    }

    /// Why the minutes typed cannot set `exp`, if they cannot.
    pub fn minutes_error(&self) -> Option<String> {
        parse_minutes(&self.minutes).err()
    }

    /// The label of the button that sets `iat` and `exp`, with the minutes typed.
    pub fn exp_label(&self) -> String {
        match parse_minutes(&self.minutes) {
            Ok(m) => format!("Set iat to now and exp to {m} min from now"),
            Err(_) => "Set iat to now and exp to … min from now".to_string(),
        }
    }

    /// "Generate": a strong secret for HMAC, else a key pair. Starting a pair drops the old one
    /// at once (so nothing is signed with one half of each) and any signing under way.
    pub fn generate(&mut self) -> Generate {
        let kind = self.key_kind();
        if let Some(bytes) = self.alg.min_secret_bytes() {
            return Generate::Secret { bytes };
        }
        self.key.clear();
        self.verifying.clear();
        self.result = None;
        self.signing = false;
        self.generating = true;
        match kind {
            // FIPS 204 ML-DSA.KeyGen: a 32-byte seed.
            KeyKind::MlDsa44 | KeyKind::MlDsa65 | KeyKind::MlDsa87 => {
                Generate::Seeded { kind, bytes: 32 }
            }
            _ => Generate::KeyPair(kind),
        }
    }

    /// The secret the page generated (as text, so its text is the secret), or why not.
    pub fn secret_generated(&mut self, secret: Result<String, String>) {
        match secret {
            Ok(s) => {
                self.key = s.clone();
                self.verifying = s;
            }
            Err(why) => self.result = Some(Err(why)),
        }
    }

    /// The key pair the browser generated for `kind` (signing and verifying PEM), or why not. A
    /// pair for another kind (the algorithm changed meanwhile) is dropped.
    pub fn pair_generated(&mut self, kind: KeyKind, pair: Result<(String, String), String>) {
        self.generating = false;
        if kind != self.key_kind() {
            return;
        }
        match pair {
            Ok((signing, verifying)) => {
                self.key = signing;
                self.verifying = verifying;
            }
            Err(why) => self.result = Some(Err(why)),
        }
    }

    /// "Sign": the draft to send to the crypto worker.
    pub fn sign(&mut self) -> Draft {
        self.signing = true;
        Draft {
            alg: self.alg.name().to_string(),
            header: self.header.clone(),
            payload: self.payload.clone(),
            key: self.key.clone(),
            secret_encoding: SecretEncoding::Text,
        }
    }

    /// The worker's answer to `sign`: the token, or why it could not be signed.
    pub fn signed(&mut self, result: Result<String, String>) {
        self.signing = false;
        self.result = Some(result);
    }

    /// Signing cannot happen (the worker is unavailable), and why.
    pub fn unavailable(&mut self, why: String) {
        self.signing = false;
        self.result = Some(Err(why));
    }

    /// The worker stopped: a token it was signing will never come, so say why instead of
    /// "Signing…". Otherwise nothing changes; the next Sign says it.
    pub fn worker_stopped(&mut self, why: String) {
        if self.signing {
            self.unavailable(why);
        }
    }

    /// The signed token and the key that verifies it, for "Open in the inspector".
    pub fn to_open(&self) -> Option<(String, Option<KeyInput>)> {
        let Some(Ok(token)) = &self.result else {
            return None;
        };
        let key = if self.is_secret() {
            Some(KeyInput::Secret {
                text: self.key.clone(),
                encoding: SecretEncoding::Text,
            })
        } else {
            (!self.verifying.is_empty()).then(|| KeyInput::Public(self.verifying.clone()))
        };
        Some((token.clone(), key))
    }

    /// The label of the "Generate" button: a secret or a key pair, or that one is on its way.
    pub fn generate_label(&self) -> &'static str {
        if self.is_secret() {
            "Generate a strong secret"
        } else if self.generating {
            "Generating…"
        } else {
            "Generate a key pair"
        }
    }

    /// The short sentence announced after an action; the token itself is not read out.
    pub fn announcement(&self) -> Option<String> {
        if self.signing {
            return Some("Signing…".to_string());
        }
        self.result.as_ref().map(|r| match r {
            Ok(token) => format!("Signed: a token of {} characters.", token.len()),
            Err(e) => e.clone(),
        })
    }

    /// Whether the last attempt to sign or to generate a key failed.
    pub fn failed(&self) -> bool {
        matches!(self.result, Some(Err(_)))
    }

    /// The public key to show beside a generated pair.
    pub fn shows_verifying_key(&self) -> bool {
        !self.is_secret() && !self.verifying.is_empty()
    }

    /// A note under the algorithm, for the deprecated name.
    pub fn alg_note(&self) -> Option<&'static str> {
        (self.alg == Alg::EdDsa)
            .then_some("EdDSA is deprecated by RFC 9864 in favour of the fully specified Ed25519.")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::token::service::draft::{object, JsonProblem, SignError};

    const NOW: i64 = 1_800_000_000;

    #[test]
    fn the_start_token_draws_nothing_worth_fixing_once_signed_with_a_generated_secret() {
        use crate::token::checks::findings::{Conditions, Severity};
        use crate::token::checks::report::{all_findings, inspect, Verdicts};
        use crate::token::service::verification::{KeyUsed, Reported, Verification};
        let now = 1_800_000_000;
        let w = Workbench::new(now);
        let t = crate::token::test_support::token(&w.header, &w.payload);
        let i = inspect(&t, now).unwrap();
        let valid = Reported::from(&Verification::Valid {
            key: KeyUsed::Secret { bytes: 32 },
        });
        let c = Conditions {
            now,
            bearer: false,
            requests_per_day: None,
        };
        let v = Verdicts {
            verification: Some(&valid),
            // "Generate a secret" draws 32 bytes for HS256.
            secret_bytes: Some(32),
            ..Verdicts::default()
        };
        let worth_fixing: Vec<String> = all_findings(&i, &c, v)
            .into_iter()
            .filter(|f| f.severity() < Severity::Info)
            .map(|f| format!("{:?} {}", f.severity(), f.title))
            .collect();
        assert_eq!(worth_fixing, Vec::<String>::new(), "{}", w.payload);
    }

    #[test]
    fn it_starts_with_an_hs256_access_token_for_fifteen_minutes() {
        let w = Workbench::new(NOW);
        assert_eq!(object(&w.header).unwrap()["alg"], "HS256");
        let claims = object(&w.payload).unwrap();
        assert_eq!(
            (claims["iat"].as_i64(), claims["exp"].as_i64()),
            (Some(NOW), Some(NOW + 900))
        );
        assert!(w.is_secret());
        assert_eq!(w.generate_label(), "Generate a strong secret");
    }

    #[test]
    fn choosing_another_family_drops_the_keys_and_sets_alg() {
        let mut w = Workbench::new(NOW);
        w.key = "secret".into();
        w.result = Some(Ok("a.b.c".into()));
        assert!(w.choose_alg("HS512"));
        assert_eq!(w.key, "secret", "the same family keeps its key");
        assert!(w.choose_alg("ES256"));
        assert_eq!((w.key.as_str(), w.result.clone()), ("", None));
        assert_eq!(object(&w.header).unwrap()["alg"], "ES256");
        assert!(!w.choose_alg("ES256K"), "not an algorithm it signs with");
        assert_eq!(w.alg, Alg::Es256);
        assert_eq!(w.alg_note(), None);
        w.choose_alg("EdDSA");
        assert!(w.alg_note().is_some());
    }

    #[test]
    fn times_need_valid_minutes_for_exp() {
        let mut w = Workbench::new(NOW);
        w.minutes = "60".into();
        w.set_times(true, NOW + 10);
        assert_eq!(
            object(&w.payload).unwrap()["exp"].as_i64(),
            Some(NOW + 10 + 3600)
        );
        assert_eq!(w.exp_label(), "Set iat to now and exp to 60 min from now");
        w.minutes = "soon".into();
        let before = w.payload.clone();
        w.set_times(true, NOW + 20);
        assert_eq!(w.payload, before, "no exp from an invalid number");
        assert!(w.minutes_error().is_some());
        w.set_times(false, NOW + 20);
        assert_eq!(object(&w.payload).unwrap()["iat"].as_i64(), Some(NOW + 20));
    }

    #[test]
    fn webcrypto_makes_the_pairs_it_can_and_the_worker_makes_ml_dsa() {
        let mut w = Workbench::new(NOW);
        w.choose_alg("ES512");
        assert_eq!(w.generate(), Generate::KeyPair(KeyKind::P521));
        for (alg, kind) in [
            ("ML-DSA-44", KeyKind::MlDsa44),
            ("ML-DSA-65", KeyKind::MlDsa65),
            ("ML-DSA-87", KeyKind::MlDsa87),
        ] {
            w.choose_alg(alg);
            assert_eq!(w.generate(), Generate::Seeded { kind, bytes: 32 });
        }
    }

    #[test]
    fn a_key_pair_replaces_the_old_one_and_a_late_pair_is_dropped() {
        let mut w = Workbench::new(NOW);
        w.choose_alg("RS256");
        w.key = "old private".into();
        w.verifying = "old public".into();
        w.signing = true;
        assert_eq!(w.generate(), Generate::KeyPair(KeyKind::Rsa));
        assert!(w.key.is_empty() && w.verifying.is_empty() && !w.signing && w.generating);
        assert_eq!(w.generate_label(), "Generating…");
        w.choose_alg("ES256");
        w.pair_generated(
            KeyKind::Rsa,
            Ok(("rsa private".into(), "rsa public".into())),
        );
        assert!(
            w.key.is_empty() && !w.generating,
            "an RSA pair for an ES256 draft is dropped"
        );
        w.generate();
        w.pair_generated(
            KeyKind::P256,
            Ok(("p256 private".into(), "p256 public".into())),
        );
        assert_eq!(w.key, "p256 private");
        assert!(w.shows_verifying_key());
    }

    #[test]
    fn a_secret_is_generated_at_the_algorithms_length() {
        let mut w = Workbench::new(NOW);
        w.choose_alg("HS384");
        assert_eq!(w.generate(), Generate::Secret { bytes: 48 });
        w.secret_generated(Ok("generated".into()));
        assert_eq!(
            (w.key.as_str(), w.verifying.as_str()),
            ("generated", "generated")
        );
        assert!(!w.shows_verifying_key());
    }

    #[test]
    fn signing_and_opening_the_result() {
        let mut w = Workbench::new(NOW);
        w.key = "k".repeat(32);
        let draft = w.sign();
        assert_eq!(
            (draft.alg.as_str(), w.announcement().as_deref()),
            ("HS256", Some("Signing…"))
        );
        w.signed(Ok("h.p.s".into()));
        assert_eq!(
            w.announcement().as_deref(),
            Some("Signed: a token of 5 characters.")
        );
        let (token, key) = w.to_open().expect("a token to open");
        assert_eq!(token, "h.p.s");
        assert_eq!(
            key,
            Some(KeyInput::Secret {
                text: "k".repeat(32),
                encoding: SecretEncoding::Text
            })
        );
        w.sign();
        w.signed(Err(SignError::Header(JsonProblem::NotObject).to_string()));
        assert!(w.failed() && w.to_open().is_none());
        assert_eq!(
            w.announcement().as_deref(),
            Some("The header is not a JSON object: put its members in braces { }.")
        );
        w.unavailable("The verifier stopped.".into());
        assert!(!w.signing && w.failed());
    }

    #[test]
    fn a_worker_that_stops_while_signing_says_so() {
        let mut w = Workbench::new(NOW);
        w.worker_stopped("The verifier stopped.".into());
        assert_eq!(w.result, None, "nothing was being signed");
        w.sign();
        w.worker_stopped("The verifier stopped.".into());
        assert!(!w.signing);
        assert_eq!(w.announcement().as_deref(), Some("The verifier stopped."));
    }

    #[test]
    fn a_pasted_private_key_opens_without_a_public_key() {
        let mut w = Workbench::new(NOW);
        w.choose_alg("ES256");
        w.key = "pasted private key".into();
        w.signed(Ok("h.p.s".into()));
        assert_eq!(w.to_open(), Some(("h.p.s".into(), None)));
    }
}
