//! Authpick's cryptography: verifying a token's signature with the user's key (`verify`),
//! signing the workbench's drafts (`sign`, with private JWKs read by `private_jwk`), the
//! search for a well-known HMAC secret (`secrets`), the example tokens (`examples`), and the
//! crypto worker's answers to the page's requests (`service`). When a signature fails,
//! `diagnose` tries what people usually get wrong. The algorithms are
//! jsonwebtoken's (RustCrypto), `alg` maps the core's vocabulary onto it; for ES512 and ML-DSA,
//! which it lacks, `public_key` uses RustCrypto's `p521` and `ml-dsa` directly, and `spki`
//! reads which kind of key a PEM holds. `jwe` decrypts JWEs with RustCrypto's AES key wrap,
//! AES-GCM, AES-CBC, HMAC, PBKDF2, RSA and ECDH; `sd_jwt` checks an SD-JWT's Disclosures and
//! Key Binding JWT; `chain` checks an `x5c` certificate chain against the user's anchor.
//! `local` runs the whole inspector in-process, for the command line.
//!
//! Only `authpick-worker` and the native command line (`authpick-cli`) depend on this crate: the
//! pages cannot (`cargo xtask layers`), so the cryptography never weighs on a page's first visit.

pub mod alg;
pub mod chain;
pub mod diagnose;
pub mod examples;
pub mod jwe;
pub mod key_shape;
pub mod kit;
pub mod local;
pub mod private_jwk;
pub mod public_key;
pub mod sd_jwt;
pub mod secrets;
pub mod service;
pub mod sign;
pub mod signing_key;
pub mod spki;
pub mod token_hash;
pub mod verify;
