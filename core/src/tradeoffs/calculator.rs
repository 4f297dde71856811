//! Cost and latency of each approach at a given load: the arithmetic behind the calculator.
//!
//! Every figure that is not the user's own input is an `Assumption` with a source, shown and
//! editable in the page. The numbers are orders of magnitude for comparing approaches, not a
//! capacity plan.

use super::hosted::StoreBill;
use crate::names;
use crate::token::checks::size::SESSION_COOKIE_BYTES;
use crate::token::jose::alg::Alg;

/// Where sessions (and revocation records) would live.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Store {
    /// An in-memory store such as Redis or Valkey, which a hosted tariff can bill.
    Redis,
    /// A relational database, looked up by primary key.
    Relational,
    /// No server-side store, which rules out sessions and the hybrid.
    None,
}

impl Store {
    /// Every store, in the order the select lists them.
    pub const ALL: [Store; 3] = [Store::Redis, Store::Relational, Store::None];

    /// The store's value in the calculator's link and its select option.
    pub fn id(self) -> &'static str {
        match self {
            Store::Redis => "redis",
            Store::Relational => "sql",
            Store::None => "none",
        }
    }

    /// The store as the select shows it.
    pub fn label(self) -> &'static str {
        match self {
            Store::Redis => "Redis (or another in-memory store)",
            Store::Relational => "A relational database",
            Store::None => "None: no server-side store",
        }
    }

    /// The store an `id` names, if any.
    pub fn from_id(id: &str) -> Option<Store> {
        Store::ALL.into_iter().find(|s| s.id() == id)
    }
}

/// Source of the verification times below.
pub const VERIFY_SOURCE: &str = "openssl-speed";

/// A signing algorithm with a key size, and the cost of verifying one signature.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Algorithm {
    /// The algorithm's value in the calculator's link and its select option.
    pub id: &'static str,
    /// Its name as the page shows it, key size included: "RS256 (RSA-2048)".
    pub name: &'static str,
    /// The JOSE algorithm, which knows its signature's length.
    pub alg: Alg,
    /// The RSA modulus in bits, which sets an RSA signature's length.
    pub rsa_bits: Option<u32>,
    /// One verification on one core, in microseconds; `None` where our sources have no figure.
    pub verify_us: Option<f64>,
}

impl Algorithm {
    /// The signature's length in bytes: the algorithm's, or the RSA modulus's.
    pub fn signature_bytes(&self) -> u32 {
        match self.alg.signature_len() {
            Some(n) => n as u32,
            None => self.rsa_bits.unwrap_or(2048) / 8,
        }
    }
}

/// Verification times: OpenSSL 3.0 on one core (source `openssl-speed`). RSA-4096 is estimated
/// at four times RSA-2048 (verification cost grows with the square of the modulus).
pub const ALGORITHMS: &[Algorithm] = &[
    Algorithm {
        id: "hs256",
        name: "HS256 (HMAC)",
        alg: Alg::Hs256,
        rsa_bits: None,
        verify_us: Some(1.0),
    },
    Algorithm {
        id: "es256",
        name: "ES256 (P-256)",
        alg: Alg::Es256,
        rsa_bits: None,
        verify_us: Some(63.0),
    },
    Algorithm {
        id: "ed25519",
        name: "Ed25519",
        alg: Alg::Ed25519,
        rsa_bits: None,
        verify_us: Some(114.0),
    },
    Algorithm {
        id: "rs256",
        name: "RS256 (RSA-2048)",
        alg: Alg::Rs256,
        rsa_bits: Some(2048),
        verify_us: Some(18.0),
    },
    Algorithm {
        id: "ps256",
        name: "PS256 (RSA-2048)",
        alg: Alg::Ps256,
        rsa_bits: Some(2048),
        verify_us: Some(18.0),
    },
    Algorithm {
        id: "rs256-4096",
        name: "RS256 (RSA-4096)",
        alg: Alg::Rs256,
        rsa_bits: Some(4096),
        verify_us: Some(72.0),
    },
    Algorithm {
        id: "ml-dsa-44",
        name: "ML-DSA-44 (post-quantum)",
        alg: Alg::MlDsa44,
        rsa_bits: None,
        verify_us: None,
    },
    Algorithm {
        id: "ml-dsa-65",
        name: "ML-DSA-65 (post-quantum)",
        alg: Alg::MlDsa65,
        rsa_bits: None,
        verify_us: None,
    },
    Algorithm {
        id: "ml-dsa-87",
        name: "ML-DSA-87 (post-quantum)",
        alg: Alg::MlDsa87,
        rsa_bits: None,
        verify_us: None,
    },
];

/// The algorithm with this id. Links made before RFC 9864 renamed it say `eddsa` for Ed25519.
pub fn algorithm(id: &str) -> Option<&'static Algorithm> {
    let id = if id == "eddsa" { "ed25519" } else { id };
    ALGORITHMS.iter().find(|a| a.id == id)
}

/// The user's situation.
#[derive(Clone, Debug, PartialEq)]
pub struct Inputs {
    /// Authenticated requests a day, all users together.
    pub requests_per_day: f64,
    /// Users active on a given day; an approach that keeps records keeps one for each.
    pub active_users: f64,
    /// Where sessions and refresh-token records would live.
    pub store: Store,
    /// The algorithm that signs the tokens.
    pub algorithm: &'static Algorithm,
    /// Length of the encoded header and payload (`xxxxx.yyyyy`), in characters.
    pub token_body_chars: f64,
    /// Network round trip from the application to the store, in milliseconds.
    pub store_round_trip_ms: f64,
}

/// One editable assumption with its source.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Assumption {
    /// The assumption's key in `Assumed`, in the calculator's link and in the page's field.
    pub id: &'static str,
    /// What it is, as the field's label says.
    pub label: &'static str,
    /// The unit of `value`, shown as the field's hint.
    pub unit: &'static str,
    /// The default, which the user may change.
    pub value: f64,
    /// The id of the knowledge base's source that backs the default.
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
        value: SESSION_COOKIE_BYTES as f64,
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
        id: "record-bytes",
        label: "Session or refresh-token record in the store",
        unit: "bytes, with the store's overhead",
        value: 300.0,
        source: "estimate",
    },
    Assumption {
        id: "valkey-ops",
        label: "ElastiCache Serverless for Valkey, per million ECPUs",
        unit: "dollars (US East)",
        value: 0.0023,
        source: "aws-elasticache-pricing",
    },
    Assumption {
        id: "valkey-gb",
        label: "ElastiCache Serverless for Valkey, per GB-hour stored",
        unit: "dollars (US East)",
        value: 0.084,
        source: "aws-elasticache-pricing",
    },
    Assumption {
        id: "redis-ops",
        label: "ElastiCache Serverless for Redis OSS, per million ECPUs",
        unit: "dollars (US East)",
        value: 0.0034,
        source: "aws-elasticache-pricing",
    },
    Assumption {
        id: "redis-gb",
        label: "ElastiCache Serverless for Redis OSS, per GB-hour stored",
        unit: "dollars (US East)",
        value: 0.125,
        source: "aws-elasticache-pricing",
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
    /// The value for `id`: the one set, else the default; 0 for an id no assumption has.
    pub fn get(&self, id: &str) -> f64 {
        self.0
            .iter()
            .find(|(k, _)| *k == id)
            .map(|(_, v)| *v)
            .or_else(|| ASSUMPTIONS.iter().find(|a| a.id == id).map(|a| a.value))
            .unwrap_or(0.0)
    }

    /// Sets the value for `id`, adding it when it is missing.
    pub fn set(&mut self, id: &'static str, value: f64) {
        match self.0.iter_mut().find(|(k, _)| *k == id) {
            Some(slot) => slot.1 = value,
            None => self.0.push((id, value)),
        }
    }
}

/// The ways of staying signed in that the trade-off pages compare.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scheme {
    /// A session ID in a cookie, looked up in the store on every request.
    Session,
    /// A self-contained JWT verified locally, with no refresh token; only a denylist recalls it.
    PureJwt,
    /// A short-lived JWT verified locally, renewed with a refresh token the store keeps.
    AccessRefresh,
    /// A short-lived JWT plus a session record the edge checks on every request.
    Hybrid,
}

impl Scheme {
    /// Every scheme, in the order the tables and charts show them.
    pub const ALL: [Scheme; 4] = [
        Scheme::Session,
        Scheme::PureJwt,
        Scheme::AccessRefresh,
        Scheme::Hybrid,
    ];

    /// The guide's approach this scheme is, if it is one (a JWT alone is not).
    pub fn approach(self) -> Option<&'static str> {
        match self {
            Scheme::Session => Some("session"),
            Scheme::PureJwt => None,
            Scheme::AccessRefresh => Some("access-refresh"),
            Scheme::Hybrid => Some("hybrid"),
        }
    }

    /// The scheme's name as the tables and charts show it: the guide's name for the same
    /// approach (`crate::names`), so the pages and the guide speak alike.
    pub fn name(self) -> &'static str {
        match self {
            Scheme::Session => names::SESSION,
            Scheme::PureJwt => names::JWT_ALONE,
            Scheme::AccessRefresh => names::ACCESS_REFRESH,
            Scheme::Hybrid => names::HYBRID,
        }
    }
}

/// What one approach costs.
#[derive(Clone, Debug, PartialEq)]
pub struct Figures {
    /// The approach these figures are for.
    pub scheme: Scheme,
    /// `None` when the approach needs a store and there is none.
    pub latency_ms: Option<f64>,
    /// What the credential adds to each request, in bytes: the cookie or the whole JWT.
    pub bytes_per_request: f64,
    /// That credential across a day's requests, in bytes.
    pub bytes_per_day: f64,
    /// The same over a 30-day month, in bytes.
    pub bytes_per_month: f64,
    /// `None` when the algorithm's verification time is unknown.
    pub cpu_seconds_per_day: Option<f64>,
    /// Store reads and writes a day; 0 when the approach needs a store and there is none.
    pub store_ops_per_day: f64,
    /// A month of a hosted store, when the approach keeps records in Redis or Valkey.
    pub store_bill: Option<StoreBill>,
    /// A short remark for the table: how the approach checks a request, or why it cannot here.
    pub note: &'static str,
}

/// The month every monthly figure counts: bandwidth and the hosted store alike.
pub(super) const DAYS_PER_MONTH: f64 = 30.0;

/// Length of a compact JWT: encoded header and payload, a dot, the base64url signature.
pub fn jwt_bytes(body_chars: f64, algorithm: &Algorithm) -> f64 {
    body_chars + 1.0 + base64url_len(algorithm.signature_bytes()) as f64
}

pub(super) fn base64url_len(bytes: u32) -> u32 {
    (bytes * 4).div_ceil(3)
}

/// The figures for every approach.
pub fn calculate(inputs: &Inputs, assumed: &Assumed) -> Vec<Figures> {
    Scheme::ALL
        .iter()
        .map(|a| figures(*a, inputs, assumed))
        .collect()
}

fn figures(scheme: Scheme, i: &Inputs, assumed: &Assumed) -> Figures {
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
    let (latency_ms, bytes, cpu, ops, note) = match scheme {
        Scheme::Session => (
            lookup_ms,
            cookie,
            Some(0.0),
            i.requests_per_day,
            "One store lookup per request; no cryptography.",
        ),
        Scheme::PureJwt => (
            verify_ms,
            jwt,
            verify_cpu(i.requests_per_day),
            0.0,
            "Verified locally; cannot be revoked before it expires.",
        ),
        Scheme::AccessRefresh => (
            verify_ms,
            jwt,
            verify_cpu(i.requests_per_day),
            refresh_ops,
            "Verified locally; the store sees only refreshes.",
        ),
        Scheme::Hybrid => (
            lookup_ms.zip(verify_ms).map(|(l, v)| l + v),
            jwt,
            verify_cpu(i.requests_per_day),
            i.requests_per_day + refresh_ops,
            "Verified locally; the edge checks the session record on every request.",
        ),
    };
    let needs_store = matches!(scheme, Scheme::Session | Scheme::Hybrid);
    let (latency_ms, note) = if needs_store && i.store == Store::None {
        (None, "Needs a server-side store, and you chose none.")
    } else {
        (latency_ms, note)
    };
    // Every approach that keeps records keeps one per active user: a session or a refresh token.
    let store_bill = (i.store == Store::Redis && ops > 0.0)
        .then(|| StoreBill::new(ops, i.active_users, assumed));
    let bytes_per_day = bytes * i.requests_per_day;
    Figures {
        scheme,
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
        store_bill,
        note,
    }
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

    fn get(all: &[Figures], a: Scheme) -> &Figures {
        all.iter().find(|f| f.scheme == a).unwrap()
    }

    #[test]
    fn token_sizes_match_the_published_figures() {
        // Knowledge digest: a 402-character header and payload gives these token sizes.
        for (alg, want) in [
            ("hs256", 446.0),
            ("es256", 489.0),
            ("ed25519", 489.0),
            ("rs256", 745.0),
            ("rs256-4096", 1086.0),
            ("ml-dsa-44", 3630.0),
            ("ml-dsa-65", 4815.0),
            ("ml-dsa-87", 6573.0),
        ] {
            assert_eq!(jwt_bytes(402.0, algorithm(alg).unwrap()), want, "{alg}");
        }
        assert_eq!(
            algorithm("eddsa").map(|a| a.id),
            Some("ed25519"),
            "old links"
        );
    }

    #[test]
    fn a_million_requests_a_day_worked_by_hand() {
        let all = calculate(&inputs(Store::Redis, "es256"), &Assumed::default());
        let session = get(&all, Scheme::Session);
        // 0.5 ms round trip + 0.01 ms of Redis work.
        assert!((session.latency_ms.unwrap() - 0.51).abs() < 1e-9);
        assert_eq!(session.bytes_per_request, 54.0);
        assert_eq!(session.bytes_per_day, 54_000_000.0);
        assert_eq!(session.bytes_per_month, 1_620_000_000.0);
        assert_eq!(session.store_ops_per_day, 1_000_000.0);
        // 30 million ECPUs: $0.07 and $0.10, plus the minimum storage of each tariff.
        assert_eq!(
            session.store_bill.as_ref().map(StoreBill::range),
            Some((6.12, 90.1))
        );

        let jwt = get(&all, Scheme::PureJwt);
        assert!((jwt.latency_ms.unwrap() - 0.063).abs() < 1e-9);
        assert_eq!(jwt.bytes_per_request, 489.0);
        // 63 µs × 1,000,000 = 63 s of one core a day.
        assert!((jwt.cpu_seconds_per_day.unwrap() - 63.0).abs() < 1e-9);
        assert_eq!(jwt.store_ops_per_day, 0.0);
        assert_eq!(jwt.store_bill, None);

        // 10,000 users × 2 h × 60 / 15 min = 80,000 refreshes, two operations each.
        let ar = get(&all, Scheme::AccessRefresh);
        assert_eq!(ar.store_ops_per_day, 160_000.0);
        let refresh = ar.store_bill.as_ref().unwrap();
        assert_eq!(refresh.records, 10_000.0, "one refresh token per user");
        assert_eq!(refresh.range(), (6.06, 90.02), "the minimums dominate");

        let hybrid = get(&all, Scheme::Hybrid);
        assert!((hybrid.latency_ms.unwrap() - 0.573).abs() < 1e-9);
        assert_eq!(hybrid.store_ops_per_day, 1_160_000.0);
        // 34.8 million ECPUs: $0.08 and $0.12 on top of the minimums.
        let (low, high) = hybrid.store_bill.as_ref().unwrap().range();
        assert!((low - 6.13).abs() < 1e-9 && (high - 90.12).abs() < 1e-9);
    }

    #[test]
    fn without_a_store_sessions_and_the_hybrid_are_not_possible() {
        let all = calculate(&inputs(Store::None, "hs256"), &Assumed::default());
        for a in [Scheme::Session, Scheme::Hybrid] {
            assert_eq!(get(&all, a).latency_ms, None);
            assert!(get(&all, a).note.contains("Needs a server-side store"));
        }
        assert!(get(&all, Scheme::PureJwt).latency_ms.is_some());
    }

    #[test]
    fn a_relational_store_costs_a_lookup_but_no_separate_bill() {
        let all = calculate(&inputs(Store::Relational, "rs256"), &Assumed::default());
        let session = get(&all, Scheme::Session);
        assert!((session.latency_ms.unwrap() - 0.64).abs() < 1e-9);
        assert_eq!(session.store_bill, None);
    }

    #[test]
    fn unknown_verification_time_gives_no_cpu_figure() {
        let all = calculate(&inputs(Store::Redis, "ml-dsa-65"), &Assumed::default());
        assert_eq!(get(&all, Scheme::PureJwt).cpu_seconds_per_day, None);
        assert_eq!(get(&all, Scheme::PureJwt).bytes_per_request, 4815.0);
    }

    #[test]
    fn the_session_cookie_weighs_what_the_inspector_says() {
        assert_eq!(
            Assumed::default().get("cookie-bytes"),
            SESSION_COOKIE_BYTES as f64
        );
    }

    #[test]
    fn assumptions_can_be_changed() {
        let mut assumed = Assumed::default();
        assumed.set("cookie-bytes", 64.0);
        let all = calculate(&inputs(Store::Redis, "hs256"), &assumed);
        assert_eq!(get(&all, Scheme::Session).bytes_per_request, 64.0);
    }
}
