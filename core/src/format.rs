//! Numbers in words, for the calculator's tables and charts and the inspector's size figures.
//! Integer arithmetic only: printing an `f64` with `{}` would bring float formatting into the
//! WebAssembly modules.

/// "1,234,567"; from a billion on, "1.2 billion".
pub fn count(x: f64) -> String {
    if !x.is_finite() {
        return "—".to_string();
    }
    if x >= 1e9 {
        return format!("{} billion", one_decimal(x / 1e9));
    }
    grouped(&(x.round() as u64).to_string())
}

/// "1234567" → "1,234,567": commas between groups of three digits.
fn grouped(digits: &str) -> String {
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// "48 B", "1.4 GB" (decimal units, as bandwidth is billed).
pub fn bytes(x: f64) -> String {
    const UNITS: [&str; 6] = ["B", "KB", "MB", "GB", "TB", "PB"];
    if !x.is_finite() {
        return "—".to_string();
    }
    let mut v = x;
    let mut unit = 0;
    while v >= 1000.0 && unit < UNITS.len() - 1 {
        v /= 1000.0;
        unit += 1;
    }
    if unit == 0 {
        // Whole bytes as an integer: `f64`'s Display would bring float formatting along.
        format!("{} B", v.round() as u64)
    } else {
        format!("{} {}", one_decimal(v), UNITS[unit])
    }
}

/// Latency: "63 µs" below a millisecond, "1.2 ms" above.
pub fn latency(ms: f64) -> String {
    if !ms.is_finite() {
        "—".to_string()
    } else if ms < 1.0 {
        format!("{} µs", (ms * 1000.0).round().max(0.0) as u64)
    } else {
        format!("{} ms", one_decimal(ms))
    }
}

/// CPU time per day: "63 s", "4.2 h" of one core.
pub fn cpu(seconds: f64) -> String {
    if !seconds.is_finite() {
        "—".to_string()
    } else if seconds < 120.0 {
        format!("{} s", one_decimal(seconds))
    } else if seconds < 7200.0 {
        format!("{} min", one_decimal(seconds / 60.0))
    } else {
        format!("{} h", one_decimal(seconds / 3600.0))
    }
}

/// "$9.50–$95.10".
pub fn dollars(low: f64, high: f64) -> String {
    format!("{}–{}", money(low), money(high))
}

/// One decimal at most ("2.5", "3"). Integer arithmetic only: printing an `f64` with `{}`
/// would pull the float-formatting machinery into the WebAssembly module.
pub fn one_decimal(x: f64) -> String {
    if !x.is_finite() {
        return "—".to_string();
    }
    let tenths = (x.abs() * 10.0).round() as u64;
    let sign = if x < 0.0 && tenths > 0 { "-" } else { "" };
    match tenths % 10 {
        0 => format!("{sign}{}", tenths / 10),
        d => format!("{sign}{}.{d}", tenths / 10),
    }
}

/// A number as the calculator's fields show it: "1,500,000", "0.5", "0.0023" (digits grouped,
/// four decimals at most); the fields read the commas back.
pub fn typed(x: f64) -> String {
    let text = plain(x);
    let (whole, frac) = text
        .split_once('.')
        .map_or((text.as_str(), None), |(w, f)| (w, Some(f)));
    let (sign, digits) = whole.strip_prefix('-').map_or(("", whole), |d| ("-", d));
    let mut out = format!("{sign}{}", grouped(digits));
    if let Some(f) = frac {
        out.push('.');
        out.push_str(f);
    }
    out
}

/// A number as a person would type it: "1500000", "0.5", "0.0023" (four decimals at most,
/// enough for a price per million operations).
pub fn plain(x: f64) -> String {
    if !x.is_finite() {
        return "0".to_string();
    }
    let units = (x.abs() * 10_000.0).round() as u64;
    let sign = if x < 0.0 && units > 0 { "-" } else { "" };
    let (whole, frac) = (units / 10_000, units % 10_000);
    if frac == 0 {
        format!("{sign}{whole}")
    } else {
        let digits = format!("{frac:04}");
        format!("{sign}{whole}.{}", digits.trim_end_matches('0'))
    }
}

/// Dollars with cents, or with the digits a unit price needs: "$9.50", "$1,234.00", "$0.0023".
pub fn money(x: f64) -> String {
    let text = typed(x);
    let decimals = text.split_once('.').map_or(0, |(_, f)| f.len());
    let pad = "00".get(decimals.min(2)..).unwrap_or("");
    let point = if decimals == 0 { "." } else { "" };
    format!("${text}{point}{pad}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typed_groups_digits_and_keeps_decimals() {
        assert_eq!(typed(50_000_000.0), "50,000,000");
        assert_eq!(typed(402.0), "402");
        assert_eq!(typed(1234.5), "1,234.5");
        assert_eq!(typed(-1500.0), "-1,500");
        assert_eq!(typed(0.125), "0.125");
    }

    #[test]
    fn formats_read_naturally() {
        assert_eq!(count(1_160_000.0), "1,160,000");
        assert_eq!(count(999.4), "999");
        assert_eq!(count(2.5e9), "2.5 billion");
        assert_eq!(bytes(48.0), "48 B");
        assert_eq!(bytes(1_440_000_000.0), "1.4 GB");
        assert_eq!(bytes(489_000.0), "489 KB");
        assert_eq!(latency(0.063), "63 µs");
        assert_eq!(latency(0.51), "510 µs");
        assert_eq!(latency(12.34), "12.3 ms");
        assert_eq!(cpu(63.0), "63 s");
        assert_eq!(cpu(12_600.0), "3.5 h");
        assert_eq!(dollars(9.5, 95.1), "$9.50–$95.10");
        assert_eq!(money(9.5), "$9.50");
        assert_eq!(money(1234.0), "$1,234.00");
        assert_eq!(money(0.0023), "$0.0023");
        assert_eq!(money(0.125), "$0.125");
        assert_eq!(money(95.1), "$95.10");
        assert_eq!(count(f64::NAN), "—");
        assert_eq!(plain(1_500_000.0), "1500000");
        assert_eq!(plain(0.5), "0.5");
        assert_eq!(plain(0.125), "0.125");
        assert_eq!(plain(0.01), "0.01");
        assert_eq!(plain(0.0023), "0.0023");
        assert_eq!(one_decimal(2.45), "2.5");
        assert_eq!(one_decimal(3.0), "3");
    }
}
