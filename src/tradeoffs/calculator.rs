//! Cost and latency of each approach at a given load: the arithmetic behind the calculator.
//!
//! Every figure that is not the user's own input is an `Assumption` with a source, shown and
//! editable in the page. The numbers are orders of magnitude for comparing approaches, not a
//! capacity plan.

use std::fmt;

/// Where sessions (and revocation records) would live.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Store {
    Redis,
    Relational,
    None,
}

impl Store {
    pub const ALL: [Store; 3] = [Store::Redis, Store::Relational, Store::None];

    pub fn id(self) -> &'static str {
        match self {
            Store::Redis => "redis",
            Store::Relational => "sql",
            Store::None => "none",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Store::Redis => "Redis (or another in-memory store)",
            Store::Relational => "A relational database",
            Store::None => "None: no server-side store",
        }
    }

    pub fn from_id(id: &str) -> Option<Store> {
        Store::ALL.into_iter().find(|s| s.id() == id)
    }
}

/// Source of the verification times below.
pub const VERIFY_SOURCE: &str = "openssl-speed";

/// A signing algorithm, with the size of its signature and the cost of verifying one.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Algorithm {
    pub id: &'static str,
    pub name: &'static str,
    pub signature_bytes: u32,
    /// One verification on one core, in microseconds; `None` where our sources have no figure.
    pub verify_us: Option<f64>,
}

/// Verification times: OpenSSL 3.0 on one core (source `openssl-speed`). RSA-4096 is estimated
/// at four times RSA-2048 (verification cost grows with the square of the modulus).
pub const ALGORITHMS: &[Algorithm] = &[
    Algorithm {
        id: "hs256",
        name: "HS256 (HMAC)",
        signature_bytes: 32,
        verify_us: Some(1.0),
    },
    Algorithm {
        id: "es256",
        name: "ES256 (P-256)",
        signature_bytes: 64,
        verify_us: Some(63.0),
    },
    Algorithm {
        id: "eddsa",
        name: "EdDSA (Ed25519)",
        signature_bytes: 64,
        verify_us: Some(114.0),
    },
    Algorithm {
        id: "rs256",
        name: "RS256 (RSA-2048)",
        signature_bytes: 256,
        verify_us: Some(18.0),
    },
    Algorithm {
        id: "ps256",
        name: "PS256 (RSA-2048)",
        signature_bytes: 256,
        verify_us: Some(18.0),
    },
    Algorithm {
        id: "rs256-4096",
        name: "RS256 (RSA-4096)",
        signature_bytes: 512,
        verify_us: Some(72.0),
    },
    Algorithm {
        id: "ml-dsa-44",
        name: "ML-DSA-44 (post-quantum)",
        signature_bytes: 2420,
        verify_us: None,
    },
    Algorithm {
        id: "ml-dsa-65",
        name: "ML-DSA-65 (post-quantum)",
        signature_bytes: 3309,
        verify_us: None,
    },
];

pub fn algorithm(id: &str) -> Option<&'static Algorithm> {
    ALGORITHMS.iter().find(|a| a.id == id)
}

/// The user's situation.
#[derive(Clone, Debug, PartialEq)]
pub struct Inputs {
    pub requests_per_day: f64,
    pub active_users: f64,
    pub store: Store,
    pub algorithm: &'static Algorithm,
    /// Length of the encoded header and payload (`xxxxx.yyyyy`), in characters.
    pub token_body_chars: f64,
    /// Network round trip from the application to the store, in milliseconds.
    pub store_round_trip_ms: f64,
}

/// One editable assumption with its source.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Assumption {
    pub id: &'static str,
    pub label: &'static str,
    pub unit: &'static str,
    pub value: f64,
    pub source: &'static str,
}

/// The assumptions, in display order. Values are defaults; the page lets the user change them.
pub const ASSUMPTIONS: &[Assumption] = &[
    Assumption {
        id: "redis-ms",
        label: "Redis work per lookup",
        unit: "ms",
        value: 0.01,
        source: "redis-latency",
    },
    Assumption {
        id: "sql-ms",
        label: "Database work per primary-key lookup",
        unit: "ms",
        value: 0.14,
        source: "measured-postgres",
    },
    Assumption {
        id: "cookie-bytes",
        label: "Session cookie (name and value)",
        unit: "bytes",
        value: 48.0,
        source: "article-framework",
    },
    Assumption {
        id: "access-ttl",
        label: "Access token lifetime",
        unit: "minutes",
        value: 15.0,
        source: "article-framework",
    },
    Assumption {
        id: "active-hours",
        label: "Hours each active user is active per day",
        unit: "hours",
        value: 2.0,
        source: "estimate",
    },
    Assumption {
        id: "cost-low",
        label: "Hosted Redis, low end, per million operations a day",
        unit: "$ per month",
        value: 50.0,
        source: "article-framework",
    },
    Assumption {
        id: "cost-high",
        label: "Hosted Redis, high end, per million operations a day",
        unit: "$ per month",
        value: 200.0,
        source: "article-framework",
    },
];

/// Values for the assumptions, by id; missing ones take their defaults.
#[derive(Clone, Debug, PartialEq)]
pub struct Assumed(pub Vec<(&'static str, f64)>);

impl Default for Assumed {
    fn default() -> Self {
        Assumed(ASSUMPTIONS.iter().map(|a| (a.id, a.value)).collect())
    }
}

impl Assumed {
    pub fn get(&self, id: &str) -> f64 {
        self.0
            .iter()
            .find(|(k, _)| *k == id)
            .map(|(_, v)| *v)
            .or_else(|| ASSUMPTIONS.iter().find(|a| a.id == id).map(|a| a.value))
            .unwrap_or(0.0)
    }

    pub fn set(&mut self, id: &'static str, value: f64) {
        match self.0.iter_mut().find(|(k, _)| *k == id) {
            Some(slot) => slot.1 = value,
            None => self.0.push((id, value)),
        }
    }
}

/// The approaches the calculator compares.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Approach {
    Session,
    PureJwt,
    AccessRefresh,
    Hybrid,
}

impl Approach {
    pub const ALL: [Approach; 4] = [
        Approach::Session,
        Approach::PureJwt,
        Approach::AccessRefresh,
        Approach::Hybrid,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Approach::Session => "Session cookie",
            Approach::PureJwt => "Pure JWT",
            Approach::AccessRefresh => "Access + refresh JWT",
            Approach::Hybrid => "Hybrid",
        }
    }
}

/// What one approach costs.
#[derive(Clone, Debug, PartialEq)]
pub struct Figures {
    pub approach: Approach,
    /// `None` when the approach needs a store and there is none.
    pub latency_ms: Option<f64>,
    pub bytes_per_request: f64,
    pub bytes_per_day: f64,
    pub bytes_per_month: f64,
    /// `None` when the algorithm's verification time is unknown.
    pub cpu_seconds_per_day: Option<f64>,
    pub store_ops_per_day: f64,
    /// Monthly range in dollars for a hosted store, when the approach uses Redis.
    pub store_cost_per_month: Option<(f64, f64)>,
    pub note: &'static str,
}

const DAYS_PER_MONTH: f64 = 30.0;

/// Length of a compact JWT: encoded header and payload, a dot, the base64url signature.
pub fn jwt_bytes(body_chars: f64, algorithm: &Algorithm) -> f64 {
    body_chars + 1.0 + base64url_len(algorithm.signature_bytes) as f64
}

fn base64url_len(bytes: u32) -> u32 {
    (bytes * 4).div_ceil(3)
}

/// The figures for every approach.
pub fn calculate(inputs: &Inputs, assumed: &Assumed) -> Vec<Figures> {
    Approach::ALL
        .iter()
        .map(|a| figures(*a, inputs, assumed))
        .collect()
}

fn figures(approach: Approach, i: &Inputs, assumed: &Assumed) -> Figures {
    let lookup_ms = match i.store {
        Store::Redis => Some(i.store_round_trip_ms + assumed.get("redis-ms")),
        Store::Relational => Some(i.store_round_trip_ms + assumed.get("sql-ms")),
        Store::None => None,
    };
    let verify_ms = i.algorithm.verify_us.map(|us| us / 1000.0);
    let jwt = jwt_bytes(i.token_body_chars, i.algorithm);
    let cookie = assumed.get("cookie-bytes");
    let ttl = assumed.get("access-ttl").max(f64::MIN_POSITIVE);
    // Each refresh reads the refresh token and writes its rotated successor.
    let refresh_ops = i.active_users * assumed.get("active-hours") * 60.0 / ttl * 2.0;
    let verify_cpu = |requests: f64| i.algorithm.verify_us.map(|us| us * requests / 1e6);
    let (latency_ms, bytes, cpu, ops, note) = match approach {
        Approach::Session => (
            lookup_ms,
            cookie,
            Some(0.0),
            i.requests_per_day,
            "One store lookup per request; no cryptography.",
        ),
        Approach::PureJwt => (
            verify_ms,
            jwt,
            verify_cpu(i.requests_per_day),
            0.0,
            "Verified locally; cannot be revoked before it expires.",
        ),
        Approach::AccessRefresh => (
            verify_ms,
            jwt,
            verify_cpu(i.requests_per_day),
            refresh_ops,
            "Verified locally; the store sees only refreshes.",
        ),
        Approach::Hybrid => (
            lookup_ms.zip(verify_ms).map(|(l, v)| l + v),
            jwt,
            verify_cpu(i.requests_per_day),
            i.requests_per_day + refresh_ops,
            "Verified locally and checked against the store on each request.",
        ),
    };
    let needs_store = matches!(approach, Approach::Session | Approach::Hybrid);
    let (latency_ms, note) = if needs_store && i.store == Store::None {
        (None, "Needs a server-side store, and you chose none.")
    } else {
        (latency_ms, note)
    };
    let store_cost_per_month = (i.store == Store::Redis && ops > 0.0).then(|| {
        // A small hosted instance covers about a million operations a day; scale beyond that.
        let millions = (ops / 1e6).max(1.0);
        (
            assumed.get("cost-low") * millions,
            assumed.get("cost-high") * millions,
        )
    });
    let bytes_per_day = bytes * i.requests_per_day;
    Figures {
        approach,
        latency_ms,
        bytes_per_request: bytes,
        bytes_per_day,
        bytes_per_month: bytes_per_day * DAYS_PER_MONTH,
        cpu_seconds_per_day: cpu,
        store_ops_per_day: if needs_store && i.store == Store::None {
            0.0
        } else {
            ops
        },
        store_cost_per_month,
        note,
    }
}

/// Why pasted claims or a pasted token could not be measured.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ClaimsError {
    Empty,
    NotClaims,
    Unbalanced,
}

impl fmt::Display for ClaimsError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            ClaimsError::Empty => "Paste a token or its claims as JSON.",
            ClaimsError::NotClaims => {
                "This is neither a JWT (three parts separated by dots) nor a JSON object such as \
                 {\"sub\":\"42\"}."
            }
            ClaimsError::Unbalanced => {
                "The JSON is incomplete: a brace, bracket or quote is not closed."
            }
        })
    }
}

/// The length of the encoded header and payload for pasted text: a compact JWT is measured as
/// it is; claims given as JSON are measured as they would be encoded, minified, with a minimal
/// header for `algorithm`. The text is only measured, never kept or sent.
pub fn body_chars_from(text: &str, algorithm: &Algorithm) -> Result<f64, ClaimsError> {
    let text = text.trim();
    if text.is_empty() {
        return Err(ClaimsError::Empty);
    }
    let parts: Vec<&str> = text.split('.').collect();
    let b64 = |p: &str| {
        !p.is_empty()
            && p.bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
    };
    if parts.len() == 3 && b64(parts[0]) && b64(parts[1]) {
        return Ok((parts[0].len() + 1 + parts[1].len()) as f64);
    }
    if !text.starts_with('{') {
        return Err(ClaimsError::NotClaims);
    }
    let payload = minified_len(text)?;
    let alg = algorithm_header_name(algorithm);
    let header = format!("{{\"alg\":\"{alg}\",\"typ\":\"JWT\"}}").len();
    Ok((base64url_len(header as u32) + 1 + base64url_len(payload as u32)) as f64)
}

/// The `alg` value a header would carry for this algorithm.
fn algorithm_header_name(a: &Algorithm) -> &'static str {
    match a.id {
        "hs256" => "HS256",
        "es256" => "ES256",
        "eddsa" => "EdDSA",
        "ps256" => "PS256",
        "ml-dsa-44" => "ML-DSA-44",
        "ml-dsa-65" => "ML-DSA-65",
        _ => "RS256",
    }
}

/// Bytes of the JSON with insignificant white space removed; checks that braces, brackets and
/// strings are closed (a measure, not a full JSON validation).
fn minified_len(json: &str) -> Result<usize, ClaimsError> {
    let mut len = 0;
    let mut depth: i32 = 0;
    let (mut in_string, mut escaped) = (false, false);
    for b in json.bytes() {
        if in_string {
            len += 1;
            match (escaped, b) {
                (true, _) => escaped = false,
                (false, b'\\') => escaped = true,
                (false, b'"') => in_string = false,
                _ => {}
            }
            continue;
        }
        match b {
            b' ' | b'\n' | b'\r' | b'\t' => continue,
            b'"' => in_string = true,
            b'{' | b'[' => depth += 1,
            b'}' | b']' => depth -= 1,
            _ => {}
        }
        if depth < 0 {
            return Err(ClaimsError::Unbalanced);
        }
        len += 1;
    }
    if in_string || depth != 0 {
        return Err(ClaimsError::Unbalanced);
    }
    Ok(len)
}

/// Why a typed number was refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NumberError {
    Empty,
    NotANumber,
    Negative,
    TooLarge,
}

impl fmt::Display for NumberError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            NumberError::Empty => "Enter a number.",
            NumberError::NotANumber => "This is not a number. Use digits, for example 1500000.",
            NumberError::Negative => "Enter 0 or more.",
            NumberError::TooLarge => "That is too large to be meaningful here.",
        })
    }
}

/// Reads a non-negative number as people type it ("1,500,000", "2.5", " 40 ").
pub fn parse_amount(text: &str) -> Result<f64, NumberError> {
    let cleaned: String = text
        .trim()
        .chars()
        .filter(|c| *c != ',' && *c != '_' && *c != ' ')
        .collect();
    if cleaned.is_empty() {
        return Err(NumberError::Empty);
    }
    let value: f64 = cleaned.parse().map_err(|_| NumberError::NotANumber)?;
    if !value.is_finite() {
        return Err(NumberError::NotANumber);
    }
    if value < 0.0 {
        return Err(NumberError::Negative);
    }
    if value > 1e15 {
        return Err(NumberError::TooLarge);
    }
    Ok(value)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn inputs(store: Store, alg: &str) -> Inputs {
        Inputs {
            requests_per_day: 1_000_000.0,
            active_users: 10_000.0,
            store,
            algorithm: algorithm(alg).unwrap(),
            token_body_chars: 402.0,
            store_round_trip_ms: 0.5,
        }
    }

    fn get(all: &[Figures], a: Approach) -> &Figures {
        all.iter().find(|f| f.approach == a).unwrap()
    }

    #[test]
    fn token_sizes_match_the_published_figures() {
        // Knowledge digest: a 402-character header and payload gives these token sizes.
        for (alg, want) in [
            ("hs256", 446.0),
            ("es256", 489.0),
            ("eddsa", 489.0),
            ("rs256", 745.0),
            ("rs256-4096", 1086.0),
            ("ml-dsa-44", 3630.0),
            ("ml-dsa-65", 4815.0),
        ] {
            assert_eq!(jwt_bytes(402.0, algorithm(alg).unwrap()), want, "{alg}");
        }
    }

    #[test]
    fn a_million_requests_a_day_worked_by_hand() {
        let all = calculate(&inputs(Store::Redis, "es256"), &Assumed::default());
        let session = get(&all, Approach::Session);
        // 0.5 ms round trip + 0.01 ms of Redis work.
        assert!((session.latency_ms.unwrap() - 0.51).abs() < 1e-9);
        assert_eq!(session.bytes_per_request, 48.0);
        assert_eq!(session.bytes_per_day, 48_000_000.0);
        assert_eq!(session.bytes_per_month, 1_440_000_000.0);
        assert_eq!(session.store_ops_per_day, 1_000_000.0);
        assert_eq!(session.store_cost_per_month, Some((50.0, 200.0)));

        let jwt = get(&all, Approach::PureJwt);
        assert!((jwt.latency_ms.unwrap() - 0.063).abs() < 1e-9);
        assert_eq!(jwt.bytes_per_request, 489.0);
        // 63 µs × 1,000,000 = 63 s of one core a day.
        assert!((jwt.cpu_seconds_per_day.unwrap() - 63.0).abs() < 1e-9);
        assert_eq!(jwt.store_ops_per_day, 0.0);
        assert_eq!(jwt.store_cost_per_month, None);

        // 10,000 users × 2 h × 60 / 15 min = 80,000 refreshes, two operations each.
        let ar = get(&all, Approach::AccessRefresh);
        assert_eq!(ar.store_ops_per_day, 160_000.0);
        assert_eq!(
            ar.store_cost_per_month,
            Some((50.0, 200.0)),
            "one small instance at least"
        );

        let hybrid = get(&all, Approach::Hybrid);
        assert!((hybrid.latency_ms.unwrap() - 0.573).abs() < 1e-9);
        assert_eq!(hybrid.store_ops_per_day, 1_160_000.0);
        let (low, high) = hybrid.store_cost_per_month.unwrap();
        assert!((low - 58.0).abs() < 1e-9 && (high - 232.0).abs() < 1e-9);
    }

    #[test]
    fn without_a_store_sessions_and_the_hybrid_are_not_possible() {
        let all = calculate(&inputs(Store::None, "hs256"), &Assumed::default());
        for a in [Approach::Session, Approach::Hybrid] {
            assert_eq!(get(&all, a).latency_ms, None);
            assert!(get(&all, a).note.contains("Needs a server-side store"));
        }
        assert!(get(&all, Approach::PureJwt).latency_ms.is_some());
    }

    #[test]
    fn a_relational_store_costs_a_lookup_but_no_separate_bill() {
        let all = calculate(&inputs(Store::Relational, "rs256"), &Assumed::default());
        let session = get(&all, Approach::Session);
        assert!((session.latency_ms.unwrap() - 0.64).abs() < 1e-9);
        assert_eq!(session.store_cost_per_month, None);
    }

    #[test]
    fn unknown_verification_time_gives_no_cpu_figure() {
        let all = calculate(&inputs(Store::Redis, "ml-dsa-65"), &Assumed::default());
        assert_eq!(get(&all, Approach::PureJwt).cpu_seconds_per_day, None);
        assert_eq!(get(&all, Approach::PureJwt).bytes_per_request, 4815.0);
    }

    #[test]
    fn assumptions_can_be_changed() {
        let mut assumed = Assumed::default();
        assumed.set("cookie-bytes", 64.0);
        let all = calculate(&inputs(Store::Redis, "hs256"), &assumed);
        assert_eq!(get(&all, Approach::Session).bytes_per_request, 64.0);
    }

    #[test]
    fn pasted_tokens_and_claims_are_measured() {
        let es = algorithm("es256").unwrap();
        // A compact JWT: the first two parts and the dot between them.
        assert_eq!(body_chars_from(" aaaa.bbbbbb.sig\n", es), Ok(11.0));
        // {"alg":"ES256","typ":"JWT"} is 27 bytes → 36 characters; {"sub":"42"} is 12 → 16.
        assert_eq!(
            body_chars_from("{ \"sub\": \"42\" }", es),
            Ok(36.0 + 1.0 + 16.0)
        );
        assert_eq!(
            body_chars_from("{\"a\":\"x y\"}", es),
            Ok(36.0 + 1.0 + 15.0),
            "11 bytes encode to 15 characters; spaces in strings count"
        );
        assert_eq!(body_chars_from("", es), Err(ClaimsError::Empty));
        assert_eq!(body_chars_from("hello", es), Err(ClaimsError::NotClaims));
        assert_eq!(
            body_chars_from("{\"a\": [1, 2}", es),
            Err(ClaimsError::Unbalanced)
        );
        assert_eq!(
            body_chars_from("{\"a\": \"open}", es),
            Err(ClaimsError::Unbalanced)
        );
        assert!(ClaimsError::NotClaims.to_string().contains("JWT"));
    }

    #[test]
    fn typed_numbers_are_read_or_refused_with_a_reason() {
        assert_eq!(parse_amount(" 1,500,000 "), Ok(1_500_000.0));
        assert_eq!(parse_amount("2.5"), Ok(2.5));
        assert_eq!(parse_amount(""), Err(NumberError::Empty));
        assert_eq!(parse_amount("abc"), Err(NumberError::NotANumber));
        assert_eq!(parse_amount("NaN"), Err(NumberError::NotANumber));
        assert_eq!(parse_amount("inf"), Err(NumberError::NotANumber));
        assert_eq!(parse_amount("-3"), Err(NumberError::Negative));
        assert_eq!(parse_amount("1e300"), Err(NumberError::TooLarge));
        assert!(NumberError::Negative.to_string().contains("0 or more"));
    }
}
