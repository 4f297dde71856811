//! Reading what the user points at: a file, or standard input for `-`. Each read is bounded
//! (the page's own limits, so the command line accepts what the page accepts) and fails with a
//! sentence that names the file, never a panic.

use std::fmt;
use std::io::Read;
use std::path::{Path, PathBuf};

/// Why an input could not be read.
#[derive(Debug, PartialEq, Eq)]
pub enum ReadError {
    /// The file does not exist or cannot be opened.
    Missing {
        /// What the input was for ("the key").
        what: &'static str,
        /// The path given.
        path: PathBuf,
        /// The system's reason.
        reason: String,
    },
    /// Larger than the page accepts.
    TooLarge {
        /// What the input was for.
        what: &'static str,
        /// The limit, in bytes.
        limit: usize,
    },
    /// Not UTF-8 text.
    NotText {
        /// What the input was for.
        what: &'static str,
    },
    /// Standard input was asked for twice (`--key -` and `--secret-file -`, say).
    StdinTwice,
}

impl fmt::Display for ReadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ReadError::Missing { what, path, reason } => {
                write!(f, "cannot read {what} from {}: {reason}", path.display())
            }
            ReadError::TooLarge { what, limit } => write!(
                f,
                "{what} is over {} KB, more than Authpick reads",
                limit / 1024
            ),
            ReadError::NotText { what } => write!(f, "{what} is not UTF-8 text"),
            ReadError::StdinTwice => {
                f.write_str("standard input (-) can be read for one input only")
            }
        }
    }
}

/// Where inputs come from: the file system, and standard input at most once.
pub struct Sources<'a> {
    stdin: Option<&'a mut dyn Read>,
}

impl<'a> Sources<'a> {
    /// Inputs read from the file system and, for `-`, from `stdin`.
    pub fn new(stdin: &'a mut dyn Read) -> Self {
        Sources { stdin: Some(stdin) }
    }

    /// The text of `path` (`-`: standard input), at most `limit` bytes.
    pub fn read(
        &mut self,
        what: &'static str,
        path: &Path,
        limit: usize,
    ) -> Result<String, ReadError> {
        let bytes = if path.as_os_str() == "-" {
            let stdin = self.stdin.take().ok_or(ReadError::StdinTwice)?;
            bounded(stdin, what, limit)?
        } else {
            let file = std::fs::File::open(path).map_err(|e| ReadError::Missing {
                what,
                path: path.to_path_buf(),
                reason: reason(&e),
            })?;
            bounded(&mut { file }, what, limit)?
        };
        String::from_utf8(bytes).map_err(|_| ReadError::NotText { what })
    }
}

/// At most `limit` bytes of `r`; an error past it, read no further.
fn bounded(r: &mut dyn Read, what: &'static str, limit: usize) -> Result<Vec<u8>, ReadError> {
    let mut bytes = Vec::new();
    r.take(limit as u64 + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| ReadError::Missing {
            what,
            path: PathBuf::from("-"),
            reason: reason(&e),
        })?;
    if bytes.len() > limit {
        return Err(ReadError::TooLarge { what, limit });
    }
    Ok(bytes)
}

/// The system's reason in lower case, without Rust's "(os error 2)".
fn reason(e: &std::io::Error) -> String {
    let text = e.to_string();
    let text = text.split(" (os error").next().unwrap_or(&text).to_string();
    let mut chars = text.chars();
    chars
        .next()
        .map(|c| c.to_lowercase().chain(chars).collect())
        .unwrap_or_default()
}

/// A secret as its file holds it: one trailing line break (which editors add) dropped.
pub fn secret_text(file: &str) -> &str {
    file.strip_suffix("\r\n")
        .or_else(|| file.strip_suffix('\n'))
        .unwrap_or(file)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn standard_input_is_read_once_and_bounded() {
        let mut input: &[u8] = b"abc";
        let mut s = Sources::new(&mut input);
        assert_eq!(s.read("the token", Path::new("-"), 10), Ok("abc".into()));
        assert_eq!(
            s.read("the key", Path::new("-"), 10),
            Err(ReadError::StdinTwice)
        );
        let mut big: &[u8] = &[b'a'; 11];
        let e = Sources::new(&mut big)
            .read("the token", Path::new("-"), 10)
            .unwrap_err();
        assert_eq!(
            e,
            ReadError::TooLarge {
                what: "the token",
                limit: 10
            }
        );
        let mut bad: &[u8] = &[0xff, 0xfe];
        assert_eq!(
            Sources::new(&mut bad).read("the key", Path::new("-"), 10),
            Err(ReadError::NotText { what: "the key" })
        );
    }

    #[test]
    fn a_missing_file_is_named_in_a_sentence() {
        let mut none: &[u8] = b"";
        let e = Sources::new(&mut none)
            .read("the key", Path::new("/no/such/key.pem"), 10)
            .unwrap_err();
        assert_eq!(
            e.to_string(),
            "cannot read the key from /no/such/key.pem: no such file or directory"
        );
    }

    #[test]
    fn one_trailing_line_break_is_not_part_of_a_secret() {
        assert_eq!(secret_text("s3cret\n"), "s3cret");
        assert_eq!(secret_text("s3cret\r\n"), "s3cret");
        assert_eq!(secret_text("s3cret\n\n"), "s3cret\n");
        assert_eq!(secret_text(" s3cret "), " s3cret ");
    }
}
