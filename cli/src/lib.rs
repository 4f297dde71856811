//! Authpick on the command line: `authpick inspect` runs the inspector page's model with the
//! crypto worker's code in-process, `authpick guide` the guide's engine and decision record.
//! Both are front ends over `authpick-core` and `authpick-crypto`, so a token judged in CI is
//! judged as the page judges it, and a record regenerated here equals the page's.
//!
//! `run` takes its streams as arguments, so the tests drive it without a process; `main.rs`
//! only passes the real ones. Nothing it reads can make it panic: every error is a line on
//! standard error and an exit status (`Exit`).

pub mod args;
pub mod guide;
pub mod inspect;
pub mod read;
pub mod sarif;
pub mod text;

use std::ffi::OsString;
use std::io::Write;
use std::path::{Path, PathBuf};

use clap::error::ErrorKind;
use clap::Parser;

use args::{
    ChainArgs, Cli, Command, CompareArgs, Encoding, FailOn, Format, GuideArgs, GuideFormat,
    InspectArgs, KitArgs, KitFormat, StatusArgs,
};
use authpick_core::guide::record::People;
use authpick_core::guide::{recommend, KNOWLEDGE};
use authpick_core::token::checks::findings::Severity;
use authpick_core::token::jose::extract::MAX_INPUT_BYTES;
use authpick_core::token::jose::key::{SecretEncoding, MAX_KEY_TEXT_BYTES};
use authpick_core::token::jose::time::{parse_instant, utc_date};
use read::Sources;

/// The exit statuses, as `--help` documents them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Exit {
    /// Accepted; or, with no key, nothing at or above `--fail-on`; or the guide's output.
    Ok = 0,
    /// A finding at or above `--fail-on`.
    Findings = 1,
    /// Rejected, or no token could be read.
    Rejected = 2,
    /// A usage error: a bad option, a missing file, unreadable answers.
    Usage = 3,
}

/// What `run` needs from the world besides its arguments.
pub struct Io<'a> {
    /// Standard input, for `-`.
    pub stdin: &'a mut dyn std::io::Read,
    /// Standard output.
    pub out: &'a mut dyn Write,
    /// Standard error.
    pub err: &'a mut dyn Write,
    /// Seconds since 1970 now (the default instant to judge at, and the record's date).
    pub now: i64,
    /// Whether to colour the text output.
    pub colour: bool,
}

/// Runs the command line on `argv` (the program's name first).
pub fn run(argv: impl IntoIterator<Item = OsString>, io: &mut Io) -> Exit {
    let cli = match Cli::try_parse_from(argv) {
        Ok(cli) => cli,
        Err(e) if matches!(e.kind(), ErrorKind::DisplayHelp | ErrorKind::DisplayVersion) => {
            let _ = write!(io.out, "{e}");
            return Exit::Ok;
        }
        Err(e) => {
            // clap's first line says what is wrong; its usage block follows on --help.
            let text = e.to_string();
            let first = text.lines().next().unwrap_or("error: bad arguments");
            let _ = writeln!(io.err, "{first} (see authpick --help)");
            return Exit::Usage;
        }
    };
    let result = match cli.command {
        Command::Inspect(a) => run_inspect(&a, io),
        Command::Guide(a) => run_guide(&a, io),
        Command::Kit(a) => run_kit(&a, io),
        Command::Status(a) => run_status(&a, io),
        Command::Compare(a) => run_compare(&a, io),
        Command::Chain(a) => run_chain(&a, io),
    };
    match result {
        Ok(exit) => exit,
        Err(message) => {
            let _ = writeln!(io.err, "error: {message}");
            Exit::Usage
        }
    }
}

fn encoding(e: Encoding) -> SecretEncoding {
    match e {
        Encoding::Text => SecretEncoding::Text,
        Encoding::Base64 => SecretEncoding::Base64,
        Encoding::Base64url => SecretEncoding::Base64Url,
        Encoding::Hex => SecretEncoding::Hex,
    }
}

fn floor(f: FailOn) -> Option<Severity> {
    match f {
        FailOn::Critical => Some(Severity::Critical),
        FailOn::High => Some(Severity::High),
        FailOn::Medium => Some(Severity::Medium),
        FailOn::Low => Some(Severity::Low),
        FailOn::Info => Some(Severity::Info),
        FailOn::Never => None,
    }
}

fn run_inspect(a: &InspectArgs, io: &mut Io) -> Result<Exit, String> {
    let now = match &a.at {
        Some(t) => parse_instant(t).map_err(|e| e.to_string())?,
        None => io.now,
    };
    let mut sources = Sources::new(&mut *io.stdin);
    let stdin_path = PathBuf::from("-");
    let (input, artifact) = match (&a.token, &a.token_file) {
        (_, Some(file)) => (
            sources
                .read("the token", file, MAX_INPUT_BYTES)
                .map_err(|e| e.to_string())?,
            Some(file.display().to_string()),
        ),
        (Some(t), None) if t != "-" => (t.clone(), None),
        _ => (
            sources
                .read("the token", &stdin_path, MAX_INPUT_BYTES)
                .map_err(|e| e.to_string())?,
            None,
        ),
    };
    let mut read = |what, path: &Option<PathBuf>| -> Result<Option<String>, String> {
        path.as_deref()
            .map(|p: &Path| sources.read(what, p, MAX_KEY_TEXT_BYTES))
            .transpose()
            .map_err(|e| e.to_string())
    };
    let given = inspect::Given {
        key: read("the key", &a.key)?,
        secret: read("the secret", &a.secret_file)?.map(|s| {
            (
                read::secret_text(&s).to_string(),
                encoding(a.secret_encoding),
            )
        }),
        access_token: read("the access token", &a.access_token)?.map(|s| s.trim().to_string()),
        code: read("the code", &a.code)?.map(|s| s.trim().to_string()),
        nonce: a.nonce.clone(),
        method: a.method.clone(),
        url: a.url.clone(),
    };
    let (report, bad_key) = inspect::inspect(&input, now, &given);
    let written = match a.format {
        Format::Text => write!(
            io.out,
            "{}",
            text::inspection(&report, text::Paint(io.colour))
        ),
        Format::Json => writeln!(io.out, "{}", pretty(&report)),
        Format::Sarif => writeln!(
            io.out,
            "{}",
            pretty(&sarif::log(&report, artifact.as_deref()))
        ),
    };
    written.map_err(|e| format!("cannot write the output: {e}"))?;
    if let Some(why) = bad_key {
        return Err(format!("the key could not be read: {why}"));
    }
    Ok(if inspect::rejected(&report) {
        Exit::Rejected
    } else if inspect::fails(&report, floor(a.fail_on)) {
        Exit::Findings
    } else {
        Exit::Ok
    })
}

fn run_kit(a: &KitArgs, io: &mut Io) -> Result<Exit, String> {
    use authpick_core::token::kit::{from_token, to_json, to_script};
    use authpick_crypto::kit::{make, KitKey};
    let now = match &a.at {
        Some(t) => parse_instant(t).map_err(|e| e.to_string())?,
        None => io.now,
    };
    let mut sources = Sources::new(&mut *io.stdin);
    let token = match (&a.token, &a.token_file) {
        (_, Some(file)) => sources.read("the token", file, MAX_INPUT_BYTES),
        (Some(t), None) if t != "-" => Ok(t.clone()),
        _ => sources.read("the token", Path::new("-"), MAX_INPUT_BYTES),
    }
    .map_err(|e| e.to_string())?;
    let mut read = |what, path: &Option<PathBuf>| -> Result<Option<String>, String> {
        path.as_deref()
            .map(|p: &Path| sources.read(what, p, MAX_KEY_TEXT_BYTES))
            .transpose()
            .map_err(|e| e.to_string())
    };
    let secret = read("the secret", &a.secret_file)?;
    let signing = match (read("the signing key", &a.signing_key)?, secret) {
        (Some(key), _) => key,
        (None, Some(s)) => read::secret_text(&s).to_string(),
        (None, None) => return Err("give --signing-key or --secret-file".into()),
    };
    let public = read("the public key", &a.public_key)?;
    let cases = from_token(&token, a.alg.as_deref(), now).map_err(|e| e.to_string())?;
    let alg = cases
        .first()
        .and_then(|c| c.header.get("alg"))
        .and_then(|v| v.as_str())
        .and_then(authpick_core::token::jose::alg::Alg::from_name)
        .ok_or("the kit names no algorithm")?;
    let key = KitKey {
        alg,
        signing: &signing,
        encoding: encoding(a.secret_encoding),
        public_pem: public.as_deref(),
    };
    let made = make(cases, &key);
    for m in &made {
        if let Err(why) = &m.token {
            let _ = writeln!(io.err, "warning: no {} token: {why}", m.case.id);
        }
    }
    if made.first().is_some_and(|m| m.token.is_err()) {
        return Err(
            "the key does not sign this algorithm's tokens, so the kit has no control token".into(),
        );
    }
    let output = match a.format {
        KitFormat::Json => format!("{}\n", to_json(&made)),
        KitFormat::Sh => to_script(&made, a.url.as_deref().unwrap_or(""), &a.header)
            .map_err(|e| e.to_string())?,
    };
    io.out
        .write_all(output.as_bytes())
        .map_err(|e| format!("cannot write the output: {e}"))?;
    Ok(Exit::Ok)
}

fn run_status(a: &StatusArgs, io: &mut Io) -> Result<Exit, String> {
    use authpick_core::token::protocols::status_list::{Check, NOT_VERIFIED};
    let now = match &a.at {
        Some(t) => parse_instant(t).map_err(|e| e.to_string())?,
        None => io.now,
    };
    let mut sources = Sources::new(&mut *io.stdin);
    let token = match &a.token {
        Some(t) if t != "-" => t.clone(),
        _ => sources
            .read("the token", Path::new("-"), MAX_INPUT_BYTES)
            .map_err(|e| e.to_string())?,
    };
    let list = match &a.list {
        Some(p) => sources
            .read("the Status List Token", p, MAX_INPUT_BYTES)
            .map_err(|e| e.to_string())?,
        None => String::new(),
    };
    let check = Check::read(&token, &list, now);
    let reference = match check.reference {
        Some(Ok(r)) => r,
        Some(Err(why)) => return Err(why),
        None => return Err("give a token".into()),
    };
    let mut out = format!(
        "Entry {} of the list at {}.\n",
        reference.idx, reference.uri
    );
    let report = match check.list {
        None => {
            match check.fetch {
                Some(cmd) => out.push_str(&format!(
                    "Fetch it with:\n  {cmd}\nthen pass it with --list.\n"
                )),
                None => out
                    .push_str("The address is not a plain https URL, so no command is offered.\n"),
            }
            io.out
                .write_all(out.as_bytes())
                .map_err(|e| e.to_string())?;
            return Ok(Exit::Ok);
        }
        Some(Err(why)) => return Err(why),
        Some(Ok(r)) => r,
    };
    let valid = match &report.status {
        Some(Ok(s)) => {
            out.push_str(&format!("Status: {}\n", s.describe()));
            s.accepts()
        }
        Some(Err(why)) => {
            out.push_str(&format!("No status: {why}\n"));
            false
        }
        None => false,
    };
    for p in &report.problems {
        out.push_str(&format!("List token: {p}\n"));
    }
    out.push_str(NOT_VERIFIED);
    out.push('\n');
    io.out
        .write_all(out.as_bytes())
        .map_err(|e| e.to_string())?;
    Ok(if valid && report.problems.is_empty() {
        Exit::Ok
    } else {
        Exit::Rejected
    })
}

fn run_chain(a: &ChainArgs, io: &mut Io) -> Result<Exit, String> {
    use authpick_core::token::checks::chain::input::read;
    use authpick_core::token::jose::extract::extract;
    let now = match &a.at {
        Some(t) => parse_instant(t).map_err(|e| e.to_string())?,
        None => io.now,
    };
    let mut sources = Sources::new(&mut *io.stdin);
    let token = match a.token.as_deref() {
        None => String::new(),
        Some("-") => sources
            .read("the token", Path::new("-"), MAX_INPUT_BYTES)
            .map_err(|e| e.to_string())?,
        Some(t) => t.to_string(),
    };
    let token = if token.trim().is_empty() {
        String::new()
    } else {
        extract(&token).map_err(|e| e.to_string())?.token
    };
    let anchors = sources
        .read("the anchors", &a.anchor, MAX_KEY_TEXT_BYTES)
        .map_err(|e| e.to_string())?;
    let chain = match &a.chain {
        Some(p) => sources
            .read("the chain", p, MAX_KEY_TEXT_BYTES)
            .map_err(|e| e.to_string())?,
        None => String::new(),
    };
    let inputs = read(&token, &chain, &anchors).map_err(|e| e.to_string())?;
    let report = authpick_crypto::chain::check(&inputs, now)?;
    let mut out = format!(
        "{}

",
        report.headline
    );
    for c in &report.certs {
        out.push_str(&format!(
            "{}: {}
  issued by {}
  valid {}
",
            c.role, c.subject, c.issuer, c.valid
        ));
    }
    out.push('\n');
    for l in &report.lines {
        let cite = l.rule.cite();
        out.push_str(&format!(
            "{} {} ({})\n",
            if l.ok { "pass" } else { "FAIL" },
            l.text,
            cite.label
        ));
    }
    io.out
        .write_all(out.as_bytes())
        .map_err(|e| e.to_string())?;
    Ok(if report.trusted {
        Exit::Ok
    } else {
        Exit::Rejected
    })
}

fn run_compare(a: &CompareArgs, io: &mut Io) -> Result<Exit, String> {
    use authpick_core::token::checks::compare::{compare, Change, Side};
    let now = match &a.at {
        Some(t) => parse_instant(t).map_err(|e| e.to_string())?,
        None => io.now,
    };
    let mut sources = Sources::new(&mut *io.stdin);
    let mut side = |what: &'static str, path: &PathBuf| -> Result<Side, String> {
        let text = sources
            .read(what, path, MAX_INPUT_BYTES)
            .map_err(|e| e.to_string())?;
        match Side::read(&text, now) {
            Some(Ok(s)) => Ok(s),
            Some(Err(why)) => Err(format!("{what}: {why}")),
            None => Err(format!("{what} is empty")),
        }
    };
    let (first, second) = (
        side("the first token", &a.first)?,
        side("the second token", &a.second)?,
    );
    let c = compare(&first, &second);
    let mut out = format!("{}\n", c.summary());
    for (part, lines) in [("header", &c.header), ("claim", &c.payload)] {
        for l in lines.iter().filter(|l| l.change != Change::Same) {
            out.push_str(&format!(
                "{part} {}: {} | {} ({})\n",
                l.name,
                l.first.as_deref().unwrap_or("—"),
                l.second.as_deref().unwrap_or("—"),
                l.change.describe()
            ));
        }
    }
    if let Some((x, y)) = &c.lifetimes {
        out.push_str(&format!("lifetime: {x} | {y}\n"));
    }
    for (who, list) in [("first", &c.only_first), ("second", &c.only_second)] {
        for f in list.iter() {
            out.push_str(&format!(
                "only the {who}: {} ({})\n",
                f.title,
                f.severity().label()
            ));
        }
    }
    io.out
        .write_all(out.as_bytes())
        .map_err(|e| e.to_string())?;
    let same = c.differences() == 0 && c.only_first.is_empty() && c.only_second.is_empty();
    Ok(if same { Exit::Ok } else { Exit::Findings })
}

fn pretty(v: &impl serde::Serialize) -> String {
    // Writing JSON to a string fails only for maps with non-string keys, which none has.
    serde_json::to_string_pretty(v).unwrap_or_else(|_| "{}".into())
}

fn run_guide(a: &GuideArgs, io: &mut Io) -> Result<Exit, String> {
    if a.explain {
        write!(io.out, "{}", guide::explain(&KNOWLEDGE)).map_err(|e| e.to_string())?;
        return Ok(Exit::Ok);
    }
    let read = match (&a.link, &a.answers) {
        (Some(link), _) => guide::from_link(link),
        (None, Some(answers)) => guide::from_answers(answers, &a.site),
        (None, None) => return Err("give --link or --answers".into()),
    }
    .map_err(|e| e.to_string())?;
    for changed in &read.changed {
        let _ = writeln!(
            io.err,
            "note: an earlier version made this link; since then {changed}"
        );
    }
    for ignored in &read.ignored {
        let _ = writeln!(io.err, "warning: ignored {ignored}");
    }
    let outcome = recommend(&KNOWLEDGE, &read.state.answers);
    let link = guide::result_link(&read);
    let output = match a.format {
        GuideFormat::Text => guide::text(&outcome, &link),
        GuideFormat::Json => format!("{}\n", pretty(&guide::json(&outcome, &link))),
        GuideFormat::Md => {
            let date = a.date.clone().unwrap_or_else(|| utc_date(io.now));
            let people = People {
                decision_makers: &a.decision_makers,
                consulted: &a.consulted,
                informed: &a.informed,
            };
            guide::record(&read, &date, people).map_err(|e| e.to_string())?
        }
    };
    io.out
        .write_all(output.as_bytes())
        .map_err(|e| format!("cannot write the output: {e}"))?;
    Ok(Exit::Ok)
}
