//! The `authpick` binary: `authpick_cli::run` with the process's streams, clock and terminal.

use std::io::IsTerminal;
use std::process::ExitCode;
use std::time::{SystemTime, UNIX_EPOCH};

fn main() -> ExitCode {
    let now = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() as i64);
    let colour = std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none();
    let (mut stdin, mut out, mut err) = (std::io::stdin(), std::io::stdout(), std::io::stderr());
    let exit = authpick_cli::run(
        std::env::args_os(),
        &mut authpick_cli::Io {
            stdin: &mut stdin,
            out: &mut out,
            err: &mut err,
            now,
            colour,
        },
    );
    ExitCode::from(exit as u8)
}
