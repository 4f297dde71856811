//! The text outputs, for people: the verdict first, as the page words it, then the findings
//! and the checks. Colours only on a terminal, and never when NO_COLOR is set.

use std::fmt::Write as _;

use authpick_core::token::checks::findings::Severity;
use authpick_core::token::checks::verdict::Decision;
use authpick_core::token::jose::extract::Location;

use crate::inspect::Report;

/// Whether to colour: on a terminal, unless NO_COLOR says otherwise (https://no-color.org).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Paint(pub bool);

impl Paint {
    fn wrap(self, code: &str, text: &str) -> String {
        if self.0 {
            format!("\x1b[{code}m{text}\x1b[0m")
        } else {
            text.to_string()
        }
    }
    fn red(self, t: &str) -> String {
        self.wrap("1;31", t)
    }
    fn green(self, t: &str) -> String {
        self.wrap("1;32", t)
    }
    fn yellow(self, t: &str) -> String {
        self.wrap("1;33", t)
    }
    fn bold(self, t: &str) -> String {
        self.wrap("1", t)
    }
}

/// The inspector's report as text.
pub fn inspection(r: &Report, paint: Paint) -> String {
    let mut out = String::new();
    if let Some(why) = &r.unreadable {
        let _ = writeln!(out, "{}", paint.red(&format!("✗ {why}")));
        return out;
    }
    if let Some(v) = &r.verdict {
        let headline = match v.decided {
            Decision::Accept => paint.green(&v.headline),
            Decision::Reject => paint.red(&v.headline),
            _ => paint.yellow(&v.headline),
        };
        let _ = writeln!(out, "{headline}");
        if !v.detail.is_empty() {
            let _ = writeln!(out, "{}", v.detail);
        }
        let _ = writeln!(out, "{}", v.signature);
    }
    let _ = writeln!(out, "Judged at {}.", r.at_utc);
    if let Some(found) = r
        .found
        .as_ref()
        .filter(|f| **f != Location::Bare.to_string())
    {
        let _ = writeln!(out, "Token found {found}.");
    }
    if let Some(k) = &r.kind {
        let _ = writeln!(out, "{}", k.because);
    }
    if !r.checks.is_empty() {
        let _ = writeln!(out, "\n{}", paint.bold("Checks"));
        for c in &r.checks {
            let _ = writeln!(out, "  {}", c.text);
        }
    }
    let _ = writeln!(
        out,
        "\n{}",
        paint.bold(&format!("Findings ({})", r.findings.len()))
    );
    if r.findings.is_empty() {
        let _ = writeln!(out, "  None.");
    }
    for f in &r.findings {
        let label = format!("{:<8}", f.severity.to_uppercase());
        let label = match f.level {
            Severity::Critical | Severity::High => paint.red(&label),
            Severity::Medium => paint.yellow(&label),
            _ => label,
        };
        let _ = writeln!(out, "  {label} {} [{}]", f.title, f.id);
        let _ = writeln!(out, "           {}", f.explanation);
        let _ = writeln!(out, "           What to do: {}", f.fix);
        for s in &f.sources {
            match s.url {
                Some(url) => writeln!(out, "           Source: {} <{url}>", s.label),
                None => writeln!(out, "           Source: {}", s.label),
            }
            .ok();
        }
    }
    out
}
