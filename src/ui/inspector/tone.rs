//! How a tone looks: the one place that maps the core's `Tone` to the page's classes. Every
//! outcome also says itself in words (✓, ✗, "Fails"), so nothing rests on colour alone.

use authpick_core::token::service::verification::Tone;

/// An outcome line: a check, a comparison, a verification.
pub fn outcome(t: Tone) -> &'static str {
    match t {
        Tone::Valid => "outcome outcome-valid",
        Tone::Neutral => "outcome outcome-neutral",
        Tone::Invalid => "outcome outcome-invalid",
    }
}

/// The verdict above everything else.
pub fn verdict(t: Tone) -> &'static str {
    match t {
        Tone::Valid => "verdict verdict-valid",
        Tone::Neutral => "verdict verdict-neutral",
        Tone::Invalid => "verdict verdict-invalid",
    }
}
