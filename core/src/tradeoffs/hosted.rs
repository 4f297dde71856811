//! What a hosted in-memory store costs a month, worked out the way a vendor bills it: a price
//! per million operations and a price per gigabyte-hour of data kept, with the vendor's
//! metered minimum. The two tariffs are Amazon ElastiCache Serverless's published ones for
//! Valkey and for Redis OSS; their prices are assumptions the page lets the user change, and
//! `StoreBill::basis` spells the arithmetic out so a reviewer can redo it.

use super::calculator::{Assumed, DAYS_PER_MONTH};
use crate::format;

/// One vendor tariff: which assumptions hold its prices, and its metered minimum.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Tariff {
    pub name: &'static str,
    /// The assumption holding the price of a million ECPUs, in dollars.
    pub per_million_ops: &'static str,
    /// The assumption holding the price of a gigabyte kept for an hour, in dollars.
    pub per_gb_hour: &'static str,
    /// The least data the vendor bills for, in gigabytes, however little is kept.
    pub minimum_gb: f64,
}

/// The cheaper tariff first, so a bill's range reads low to high.
pub const TARIFFS: [Tariff; 2] = [
    Tariff {
        name: "ElastiCache Serverless for Valkey",
        per_million_ops: "valkey-ops",
        per_gb_hour: "valkey-gb",
        minimum_gb: 0.1,
    },
    Tariff {
        name: "ElastiCache Serverless for Redis OSS",
        per_million_ops: "redis-ops",
        per_gb_hour: "redis-gb",
        minimum_gb: 1.0,
    },
];

/// Sources of the tariffs: the price list, and the page that defines what an ECPU counts.
pub const SOURCES: [&str; 2] = ["aws-elasticache-pricing", "aws-elasticache-dimensions"];

/// What the hosted-store column leaves out, said under the worked figures.
pub const SCOPE: &str = "Prices are ElastiCache Serverless's published on-demand rates in US East \
    (N. Virginia); other regions, vendors and provisioned nodes differ, so put your own prices \
    in the assumptions. A relational database you already run adds lookups but no separate bill.";

/// ElastiCache bills one ECPU per kilobyte a simple read or write moves, and at least one.
const BYTES_PER_ECPU: f64 = 1024.0;

const HOURS_PER_MONTH: f64 = DAYS_PER_MONTH * 24.0;

/// What one tariff charges for the month.
#[derive(Clone, Debug, PartialEq)]
pub struct Charge {
    pub tariff: &'static Tariff,
    /// The prices used, in dollars: per million ECPUs, and per GB-hour.
    pub per_million_ops: f64,
    pub per_gb_hour: f64,
    pub operations: f64,
    pub storage: f64,
    /// The gigabytes billed: what is kept, or the tariff's minimum.
    pub billed_gb: f64,
}

impl Charge {
    /// The sum of the two parts as shown, so the page's figures add up to the cent.
    pub fn total(&self) -> f64 {
        self.operations + self.storage
    }
}

/// Rounded to the cent, as the page shows it.
fn cents(dollars: f64) -> f64 {
    (dollars * 100.0).round() / 100.0
}

/// A month of a hosted store for one approach, under every tariff.
#[derive(Clone, Debug, PartialEq)]
pub struct StoreBill {
    pub ops_per_day: f64,
    pub records: f64,
    pub record_bytes: f64,
    /// ECPUs one operation costs: one per kilobyte moved, at least one.
    pub ecpus_per_op: f64,
    pub charges: Vec<Charge>,
}

impl StoreBill {
    /// The month's bill for `ops_per_day` operations on `records` records of `record_bytes`.
    pub fn new(ops_per_day: f64, records: f64, assumed: &Assumed) -> StoreBill {
        let record_bytes = assumed.get("record-bytes").max(0.0);
        let ecpus_per_op = (record_bytes / BYTES_PER_ECPU).max(1.0);
        let kept_gb = records.max(0.0) * record_bytes / 1e9;
        let charges = TARIFFS
            .iter()
            .map(|tariff| {
                let billed_gb = kept_gb.max(tariff.minimum_gb);
                let per_million_ops = assumed.get(tariff.per_million_ops);
                let per_gb_hour = assumed.get(tariff.per_gb_hour);
                Charge {
                    tariff,
                    per_million_ops,
                    per_gb_hour,
                    operations: cents(
                        ops_per_day * DAYS_PER_MONTH * ecpus_per_op / 1e6 * per_million_ops,
                    ),
                    storage: cents(billed_gb * HOURS_PER_MONTH * per_gb_hour),
                    billed_gb,
                }
            })
            .collect();
        StoreBill {
            ops_per_day,
            records,
            record_bytes,
            ecpus_per_op,
            charges,
        }
    }

    /// The cheapest and the dearest tariff's totals.
    pub fn range(&self) -> (f64, f64) {
        self.charges
            .iter()
            .map(Charge::total)
            .fold((f64::INFINITY, 0.0), |(lo, hi), t| (lo.min(t), hi.max(t)))
    }

    /// The arithmetic in sentences, in the order a reviewer would redo it.
    pub fn basis(&self) -> Vec<String> {
        let ecpus = self.ops_per_day * DAYS_PER_MONTH * self.ecpus_per_op;
        let mut lines = vec![
            format!(
                "{} store operations a day, about {} a second on average; each moves one \
                 {}-byte record, which ElastiCache bills as {} ECPU: {} ECPUs in a {}-day month.",
                format::count(self.ops_per_day),
                format::count(self.ops_per_day / 86_400.0),
                format::count(self.record_bytes),
                format::one_decimal(self.ecpus_per_op),
                format::count(ecpus),
                format::count(DAYS_PER_MONTH),
            ),
            format!(
                "{} records of {} bytes keep {} in the store.",
                format::count(self.records),
                format::count(self.record_bytes),
                format::bytes(self.records * self.record_bytes),
            ),
        ];
        lines.extend(self.charges.iter().map(|c| {
            format!(
                "{}: {} million ECPUs × {} = {}, plus {} GB billed × {} hours × {} = {}; \
                 {} a month.",
                c.tariff.name,
                format::count(ecpus / 1e6),
                format::money(c.per_million_ops),
                format::money(c.operations),
                format::plain(c.billed_gb),
                format::count(HOURS_PER_MONTH),
                format::money(c.per_gb_hour),
                format::money(c.storage),
                format::money(c.total()),
            )
        }));
        lines
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fifty_million_requests_a_day_worked_by_hand() {
        // The case the issue reported at $2,500–$10,000: one 300-byte session read per request.
        let bill = StoreBill::new(50_000_000.0, 10_000.0, &Assumed::default());
        assert_eq!(bill.ecpus_per_op, 1.0);
        // 1,500 million ECPUs × $0.0023 = $3.45; 0.1 GB minimum × 720 h × $0.084 = $6.048,
        // billed as $6.05.
        let valkey = &bill.charges[0];
        assert!((valkey.operations - 3.45).abs() < 1e-9);
        assert!((valkey.storage - 6.05).abs() < 1e-9);
        // 1,500 × $0.0034 = $5.10; 1 GB minimum × 720 h × $0.125 = $90.
        let redis = &bill.charges[1];
        assert!((redis.operations - 5.1).abs() < 1e-9);
        assert!((redis.storage - 90.0).abs() < 1e-9);
        let (low, high) = bill.range();
        assert!((low - 9.5).abs() < 1e-9 && (high - 95.1).abs() < 1e-9);
    }

    #[test]
    fn memory_beyond_the_minimum_is_billed_and_large_records_cost_more_ecpus() {
        let mut assumed = Assumed::default();
        assumed.set("record-bytes", 2048.0);
        // 10 million records of 2 KB keep 20.48 GB, above both minimums.
        let bill = StoreBill::new(1_000_000.0, 10_000_000.0, &assumed);
        assert_eq!(bill.ecpus_per_op, 2.0);
        assert!((bill.charges[1].billed_gb - 20.48).abs() < 1e-9);
        // 20.48 GB × 720 h × $0.125 = $1,843.20.
        assert!((bill.charges[1].storage - 1843.2).abs() < 1e-9);
        // 30 million operations × 2 ECPUs × $0.0034 per million = $0.204, billed as $0.20.
        assert!((bill.charges[1].operations - 0.2).abs() < 1e-9);
    }

    #[test]
    fn the_basis_adds_up_to_the_figure_in_the_table() {
        let bill = StoreBill::new(50_000_000.0, 10_000.0, &Assumed::default());
        let lines = bill.basis();
        assert!(lines[0].starts_with("50,000,000 store operations a day, about 579 a second"));
        assert!(lines[0].contains("1.5 billion ECPUs in a 30-day month"));
        assert_eq!(
            lines[2],
            "ElastiCache Serverless for Valkey: 1,500 million ECPUs × $0.0023 = $3.45, plus \
             0.1 GB billed × 720 hours × $0.084 = $6.05; $9.50 a month."
        );
        assert!(lines[3].ends_with("$95.10 a month."), "{}", lines[3]);
        assert_eq!(format::money(bill.range().1), "$95.10");
    }
}
