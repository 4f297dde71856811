//! The command line's arguments (clap). Secrets and tokens that grant access are read from
//! files or standard input only: a value on the command line ends up in the shell's history
//! and in every process listing.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

/// Authpick on the command line: the inspector's checks and the guide's decision record.
#[derive(Debug, Parser)]
#[command(name = "authpick", version, about, long_about = None)]
pub struct Cli {
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Inspect a token: the verdict, then the findings, as the inspector page gives them.
    ///
    /// Exit status: 0 accepted, or nothing at or above --fail-on when the signature could not
    /// be judged (no key given); 1 a finding at or above --fail-on; 2 rejected, or no token
    /// could be read; 3 a usage error (a missing file, a bad option).
    Inspect(InspectArgs),
    /// The guide's recommendation for a set of answers, or its decision record.
    ///
    /// Exit status: 0 done; 3 a usage error (a link or answers that cannot be read).
    Guide(GuideArgs),
    /// A test kit for your own verifier: from one of your tokens and your signing key, the
    /// tokens a correct verifier must reject (each with the rule it tests and its source) and
    /// the one it must accept, as JSON or as a shell script of curl commands. Use it only
    /// against systems you are allowed to test; nothing is sent by this command.
    ///
    /// Exit status: 0 written; 3 a usage error (no token, no key, an address that is unsafe
    /// to put in a script).
    Kit(KitArgs),
    /// A token's status in its Token Status List (draft-ietf-oauth-status-list-17), read from a
    /// Status List Token you fetched (this command fetches nothing; without --list it prints
    /// the command that does). The list token's signature is not verified here: check it with
    /// `authpick inspect`.
    ///
    /// Exit status: 0 VALID; 2 any other status, an index past the end, or a list token that
    /// breaks the draft's rules; 3 a usage error (no token, no status claim, an unreadable list).
    Status(StatusArgs),
    /// Two tokens compared: every header parameter and claim that differs, and the findings
    /// only one of them draws, without a key.
    ///
    /// Exit status: 0 the same header, claims and findings; 1 they differ; 3 a usage error.
    Compare(CompareArgs),
    /// A certificate chain checked against the trust anchor you choose: the token's x5c header
    /// (or a chain you pass), each certificate's signature, validity now and when the token was
    /// issued, basic constraints, path length and key usage (RFC 5280 §6.1), and the token's
    /// signature by the first certificate's key (RFC 7515 §4.1.6).
    ///
    /// Exit status: 0 trusted; 2 not trusted; 3 a usage error (no chain, no anchor, a
    /// certificate that cannot be read).
    Chain(ChainArgs),
}

/// `authpick chain`.
#[derive(Debug, Args)]
pub struct ChainArgs {
    /// The token (or a header or URL carrying one); `-` reads standard input. Leave it out to
    /// check a chain given with --chain alone.
    pub token: Option<String>,
    /// The certificates you trust, as PEM.
    #[arg(long, value_name = "FILE")]
    pub anchor: PathBuf,
    /// The chain as PEM, the certificate with the token's key first, for a token without x5c.
    #[arg(long, value_name = "FILE")]
    pub chain: Option<PathBuf>,
    /// Check validity at this moment instead of now.
    #[arg(long, value_name = "TIME")]
    pub at: Option<String>,
}

/// `authpick status`.
#[derive(Debug, Args)]
pub struct StatusArgs {
    /// The token with a `status` claim (or a header or URL carrying one); `-` or nothing reads
    /// standard input.
    pub token: Option<String>,
    /// The Status List Token, as the command this prints without it fetches.
    #[arg(long, value_name = "FILE")]
    pub list: Option<PathBuf>,
    /// Judge the list token's `exp` at this moment instead of now.
    #[arg(long, value_name = "TIME")]
    pub at: Option<String>,
}

/// `authpick compare`.
#[derive(Debug, Args)]
pub struct CompareArgs {
    /// The first token (or a header or URL carrying one), read from this file; `-` reads
    /// standard input.
    #[arg(value_name = "FIRST")]
    pub first: PathBuf,
    /// The second token, read from this file.
    #[arg(value_name = "SECOND")]
    pub second: PathBuf,
    /// Judge time claims at this moment instead of now.
    #[arg(long, value_name = "TIME")]
    pub at: Option<String>,
}

/// `authpick kit`.
#[derive(Debug, Args)]
pub struct KitArgs {
    /// One of your tokens (or a header or URL carrying one); `-` or nothing reads standard
    /// input. Its header and claims are the kit's starting point.
    pub token: Option<String>,
    /// Read the token from this file instead.
    #[arg(long, value_name = "FILE", conflicts_with = "token")]
    pub token_file: Option<PathBuf>,
    /// The private key that signs your tokens: PEM (PKCS#8 or PKCS#1) or a private JWK.
    #[arg(
        long,
        value_name = "FILE",
        conflicts_with = "secret_file",
        required_unless_present = "secret_file"
    )]
    pub signing_key: Option<PathBuf>,
    /// The HMAC secret that signs your tokens, read from this file.
    #[arg(long, value_name = "FILE")]
    pub secret_file: Option<PathBuf>,
    /// How the secret's file is written.
    #[arg(long, value_enum, default_value_t = Encoding::Text, requires = "secret_file")]
    pub secret_encoding: Encoding,
    /// The public key (PEM) your verifier holds, for the key-confusion token (HS256 signed
    /// with it as the secret).
    #[arg(long, value_name = "FILE")]
    pub public_key: Option<PathBuf>,
    /// The algorithm your issuer signs with (default: the token's `alg`).
    #[arg(long, value_name = "ALG")]
    pub alg: Option<String>,
    /// json (schema `authpick-kit/1`) or sh (curl commands against --url).
    #[arg(long, value_enum, default_value_t = KitFormat::Json)]
    pub format: KitFormat,
    /// For sh: the address each token is sent to.
    #[arg(long, value_name = "URL", required_if_eq("format", "sh"))]
    pub url: Option<String>,
    /// For sh: the header that carries the token (`Authorization` sends `Bearer <token>`).
    #[arg(long, value_name = "NAME", default_value = "Authorization")]
    pub header: String,
    /// Make the kit as of this moment instead of now: seconds since 1970, or a UTC date and
    /// time (2026-12-06T09:30:00Z).
    #[arg(long, value_name = "TIME")]
    pub at: Option<String>,
}

/// The kit's output.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum KitFormat {
    /// Each token with its expected outcome, rule and source.
    Json,
    /// A shell script of curl commands.
    Sh,
}

/// `authpick inspect`.
#[derive(Debug, Args)]
pub struct InspectArgs {
    /// The token, a `Bearer`/`Authorization:` header, a `Cookie:` header or a URL carrying one;
    /// `-` or nothing reads standard input.
    pub token: Option<String>,
    /// Read the token (or header, or URL) from this file instead.
    #[arg(long, value_name = "FILE", conflicts_with = "token")]
    pub token_file: Option<PathBuf>,
    /// The public key to verify with: PEM (SPKI, PKCS#1, a certificate), a JWK or a JWKS
    /// (chosen by `kid`); `-` reads standard input.
    #[arg(long, value_name = "FILE", conflicts_with = "secret_file")]
    pub key: Option<PathBuf>,
    /// The HMAC secret to verify with, read from this file (never given on the command line:
    /// it would end up in the shell's history and process lists); `-` reads standard input.
    /// One trailing line break is dropped.
    #[arg(long, value_name = "FILE")]
    pub secret_file: Option<PathBuf>,
    /// How the secret's file is written.
    #[arg(long, value_enum, default_value_t = Encoding::Text, requires = "secret_file")]
    pub secret_encoding: Encoding,
    /// An access token to check an ID token's `at_hash` or a DPoP proof's `ath` and `cnf.jkt`
    /// against, read from this file (it grants access, so never on the command line).
    #[arg(long, value_name = "FILE")]
    pub access_token: Option<PathBuf>,
    /// An authorization code to check an ID token's `c_hash` against, read from this file.
    #[arg(long, value_name = "FILE")]
    pub code: Option<PathBuf>,
    /// The nonce your app sent, to check an ID token's `nonce` against.
    #[arg(long)]
    pub nonce: Option<String>,
    /// The HTTP method a DPoP proof was sent with (`htm`).
    #[arg(long)]
    pub method: Option<String>,
    /// The URL a DPoP proof was sent to (`htu`).
    #[arg(long)]
    pub url: Option<String>,
    /// Judge time claims at this moment instead of now: seconds since 1970, or a UTC date and
    /// time (2026-12-06T09:30:00Z).
    #[arg(long, value_name = "TIME")]
    pub at: Option<String>,
    /// The output: text (the verdict first, colours only on a terminal), json (schema
    /// `authpick-inspect/1`, cli/schema/inspect-v1.json) or sarif (SARIF 2.1.0).
    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub format: Format,
    /// Exit with 1 when a finding is at least this severe.
    #[arg(long, value_enum, default_value_t = FailOn::High)]
    pub fail_on: FailOn,
}

/// `authpick guide`.
#[derive(Debug, Args)]
pub struct GuideArgs {
    /// A guide link as the page copies it (`https://…/guide?v=1&view=result&clients=web…`).
    #[arg(long, value_name = "URL", conflicts_with = "answers", required_unless_present_any = ["answers", "explain"])]
    pub link: Option<String>,
    /// The answers in the link's own form: `clients=web,mobile&revoke=instant` (see --explain).
    #[arg(long, value_name = "ANSWERS")]
    pub answers: Option<String>,
    /// List every question and the ids of its answers, for --answers.
    #[arg(long)]
    pub explain: bool,
    /// The output: text, md (the decision record the page downloads, byte for byte) or json
    /// (schema `authpick-guide/1`, cli/schema/guide-v1.json).
    #[arg(long, value_enum, default_value_t = GuideFormat::Text)]
    pub format: GuideFormat,
    /// The record's date, YYYY-MM-DD (default: today, in UTC).
    #[arg(long, value_name = "DATE")]
    pub date: Option<String>,
    /// Where your Authpick is served (`https://auth.example.com`), for the record's link back
    /// when the answers came without a link; without it the link is the path alone.
    #[arg(long, value_name = "URL", default_value = "")]
    pub site: String,
    /// Who decides (the record's `decision-makers`), names separated by commas.
    #[arg(long, value_name = "NAMES", default_value = "")]
    pub decision_makers: String,
    /// Whose opinion was sought (`consulted`).
    #[arg(long, value_name = "NAMES", default_value = "")]
    pub consulted: String,
    /// Who is kept informed (`informed`).
    #[arg(long, value_name = "NAMES", default_value = "")]
    pub informed: String,
}

/// How a secret's file is written.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum Encoding {
    /// The bytes of the text itself.
    Text,
    /// Standard base64.
    Base64,
    /// base64url, as in a JWK's `k`.
    Base64url,
    /// Hexadecimal.
    Hex,
}

/// The inspector's output.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// For people.
    Text,
    /// For programs.
    Json,
    /// For code-scanning dashboards.
    Sarif,
}

/// The guide's output.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum GuideFormat {
    /// For people.
    Text,
    /// The MADR decision record.
    Md,
    /// For programs.
    Json,
}

/// The least severe finding that fails the run.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum FailOn {
    /// Only critical findings.
    Critical,
    /// High or critical (the default).
    High,
    /// Medium or worse.
    Medium,
    /// Low or worse.
    Low,
    /// Any finding, notes included.
    Info,
    /// Never on findings; only a rejected or unreadable token fails.
    Never,
}
