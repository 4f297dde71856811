//! NumericDate values as people read them: a UTC date, and the distance from now ("expires in
//! 12 min", "expired 3 h ago"). The caller passes the current time, so the core has no clock.

use serde_json::Value;

/// Beyond this many seconds from 1970 (in the year 5138) a time claim is taken to be in
/// milliseconds, not shown as a date.
pub const MILLISECONDS_FROM: i64 = 100_000_000_000;

/// A claim's value as seconds, if it is a plausible NumericDate: a number (fractions dropped),
/// not text, and not milliseconds.
pub fn numeric_date(value: &Value) -> Option<i64> {
    let t = value
        .as_i64()
        .or_else(|| value.as_f64().filter(|f| f.is_finite()).map(|f| f as i64))?;
    (t.unsigned_abs() < MILLISECONDS_FROM as u64).then_some(t)
}

/// Seconds since 1970-01-01T00:00:00Z as "2026-11-23 17:05:00 UTC".
pub fn utc(seconds: i64) -> String {
    let days = seconds.div_euclid(86_400);
    let secs = seconds.rem_euclid(86_400);
    let (y, m, d) = civil_from_days(days);
    format!(
        "{y:04}-{m:02}-{d:02} {:02}:{:02}:{:02} UTC",
        secs / 3600,
        secs % 3600 / 60,
        secs % 60
    )
}

/// Howard Hinnant's days-to-civil algorithm (proleptic Gregorian calendar).
fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y, m, d)
}

/// A span of seconds in the largest sensible unit: "45 s", "12 min", "3 h", "5 days",
/// "2 years".
pub fn span(seconds: i64) -> String {
    let s = seconds.unsigned_abs();
    match s {
        0..=59 => format!("{s} s"),
        60..=5_399 => format!("{} min", (s + 30) / 60),
        5_400..=172_799 => format!("{} h", (s + 1_800) / 3_600),
        172_800..=63_071_999 => format!("{} days", (s + 43_200) / 86_400),
        _ => format!("{} years", (s + 15_778_800) / 31_557_600),
    }
}

/// The moment relative to now, for a claim: "in 12 min", "3 h ago", "now".
pub fn relative(at: i64, now: i64) -> String {
    let diff = at.saturating_sub(now);
    match diff {
        0 => "now".to_string(),
        d if d > 0 => format!("in {}", span(d)),
        d => format!("{} ago", span(d)),
    }
}

/// Seconds since the epoch as its UTC date, "2026-11-23": the day a record is dated by.
pub fn utc_date(seconds: i64) -> String {
    let (y, m, d) = civil_from_days(seconds.div_euclid(86_400));
    format!("{y:04}-{m:02}-{d:02}")
}

/// Why a typed instant could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct InstantError(pub String);

impl std::fmt::Display for InstantError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "“{}” is not a time: give seconds since 1970 (1800000000) or a UTC date and time \
             (2026-12-06, 2026-12-06T09:30:00Z)",
            self.0
        )
    }
}

/// An instant as people type it for "judge the token at": seconds since 1970, or a UTC date
/// with an optional time (`2026-12-06`, `2026-12-06T09:30`, `2026-12-06 09:30:00Z`). Only UTC:
/// an offset would be a second way to say the same thing, and a wrong one is easy to miss.
pub fn parse_instant(text: &str) -> Result<i64, InstantError> {
    let wrong = || InstantError(text.chars().take(40).collect());
    let t = text.trim();
    if !t.is_empty() && t.len() <= 12 && t.bytes().all(|b| b.is_ascii_digit()) {
        return t.parse().map_err(|_| wrong());
    }
    let t = t
        .strip_suffix('Z')
        .or_else(|| t.strip_suffix(" UTC"))
        .unwrap_or(t);
    let (date, time) = match t.split_once(['T', ' ']) {
        Some((d, tm)) => (d, Some(tm)),
        None => (t, None),
    };
    let number = |s: &str, len: usize| -> Option<i64> {
        (s.len() == len && s.bytes().all(|b| b.is_ascii_digit()))
            .then(|| s.parse().ok())
            .flatten()
    };
    let mut d = date.split('-');
    let (y, m, day) = (
        d.next().and_then(|s| number(s, 4)).ok_or_else(wrong)?,
        d.next().and_then(|s| number(s, 2)).ok_or_else(wrong)?,
        d.next().and_then(|s| number(s, 2)).ok_or_else(wrong)?,
    );
    if d.next().is_some() || !(1..=12).contains(&m) || !(1..=days_in(y, m)).contains(&day) {
        return Err(wrong());
    }
    let mut seconds = days_from_civil(y, m, day) * 86_400;
    if let Some(time) = time {
        let mut parts = time.split(':');
        let h = parts.next().and_then(|s| number(s, 2)).ok_or_else(wrong)?;
        let min = parts.next().and_then(|s| number(s, 2)).ok_or_else(wrong)?;
        let sec = match parts.next() {
            Some(s) => number(s, 2).ok_or_else(wrong)?,
            None => 0,
        };
        if parts.next().is_some() || h > 23 || min > 59 || sec > 59 {
            return Err(wrong());
        }
        seconds += h * 3600 + min * 60 + sec;
    }
    Ok(seconds)
}

fn days_in(y: i64, m: i64) -> i64 {
    match m {
        2 if (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Howard Hinnant's civil-to-days algorithm, the inverse of `civil_from_days`.
fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_in_utc() {
        assert_eq!(utc(0), "1970-01-01 00:00:00 UTC");
        assert_eq!(
            utc(1_300_819_380),
            "2011-03-22 18:43:00 UTC",
            "the exp of RFC 7519's example"
        );
        assert_eq!(utc(951_782_400), "2000-02-29 00:00:00 UTC", "a leap day");
        assert_eq!(utc(-1), "1969-12-31 23:59:59 UTC");
        assert_eq!(utc(253_402_300_799), "9999-12-31 23:59:59 UTC");
    }

    #[test]
    fn spans_and_relative_times() {
        assert_eq!(span(45), "45 s");
        assert_eq!(span(12 * 60), "12 min");
        assert_eq!(span(3 * 3600), "3 h");
        assert_eq!(span(5 * 86_400), "5 days");
        assert_eq!(span(2 * 31_557_600), "2 years");
        assert_eq!(relative(1_000 + 720, 1_000), "in 12 min");
        assert_eq!(relative(1_000, 1_000 + 3 * 3600), "3 h ago");
        assert_eq!(relative(5, 5), "now");
        assert_eq!(
            relative(i64::MIN, i64::MAX),
            relative(i64::MIN, i64::MAX),
            "no overflow panic"
        );
    }

    #[test]
    fn instants_read_as_typed_and_round_trip() {
        assert_eq!(parse_instant("1800000000"), Ok(1_800_000_000));
        assert_eq!(parse_instant("1970-01-01"), Ok(0));
        assert_eq!(parse_instant("2026-12-06T09:30:00Z"), Ok(1_796_549_400));
        assert_eq!(parse_instant("2026-12-06 09:30"), Ok(1_796_549_400));
        assert_eq!(parse_instant("2024-02-29"), Ok(1_709_164_800));
        for t in [0, 951_782_400, 1_796_549_400, 4_102_444_799] {
            assert_eq!(parse_instant(&utc(t)), Ok(t), "{}", utc(t));
            assert_eq!(utc_date(t), utc(t)[..10]);
        }
        for bad in [
            "",
            "tomorrow",
            "2023-02-29",
            "2026-13-01",
            "2026-12-06T24:00",
            "2026-12-06+01:00",
            "99999999999999",
            "2026-1-6",
            "２０２６-12-06",
        ] {
            let e = parse_instant(bad).unwrap_err();
            assert!(e.to_string().contains("is not a time"), "{bad}");
        }
    }
}
