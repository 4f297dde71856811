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
    /// The tariff's product name, as the worked figures name it.
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
    /// The tariff charged.
    pub tariff: &'static Tariff,
    /// The prices used, in dollars: per million ECPUs, and per GB-hour.
    pub per_million_ops: f64,
    /// The price of a gigabyte kept for an hour, in dollars.
    pub per_gb_hour: f64,
    /// The month's charge for operations, in dollars, rounded to the cent.
    pub operations: f64,
    /// The month's charge for the data kept, in dollars, rounded to the cent.
    pub storage: f64,
    /// The gigabytes billed: what is kept, or the tariff's minimum.
    pub billed_gb: f64,
    /// Whether less than the minimum is kept, so the minimum is billed.
    pub minimum_applies: bool,
    /// Millions of ECPUs in the month, as the page shows them.
    pub million_ecpus: f64,
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

/// Rounded to the four decimals `format::typed` shows, so each product on the page can be
/// redone from the factors printed beside it.
fn shown(x: f64) -> f64 {
    (x * 10_000.0).round() / 10_000.0
}

/// A month of a hosted store for one approach, under every tariff.
#[derive(Clone, Debug, PartialEq)]
pub struct StoreBill {
    /// Store operations a day, reads and writes together.
    pub ops_per_day: f64,
    /// Records kept at once: one per active user.
    pub records: f64,
    /// Bytes per record, the store's overhead included (the `record-bytes` assumption).
    pub record_bytes: f64,
    /// ECPUs one operation costs: one per kilobyte moved, at least one.
    pub ecpus_per_op: f64,
    /// One charge per tariff, in `TARIFFS` order: the cheaper first.
    pub charges: Vec<Charge>,
}

impl StoreBill {
    /// The month's bill for `ops_per_day` operations on `records` records of `record_bytes`.
    pub fn new(ops_per_day: f64, records: f64, assumed: &Assumed) -> StoreBill {
        let record_bytes = assumed.get("record-bytes").max(0.0);
        let ecpus_per_op = shown((record_bytes / BYTES_PER_ECPU).max(1.0));
        let million_ecpus = shown(ops_per_day * DAYS_PER_MONTH * ecpus_per_op / 1e6);
        let kept_gb = records.max(0.0) * record_bytes / 1e9;
        let charges = TARIFFS
            .iter()
            .map(|tariff| {
                let billed_gb = shown(kept_gb.max(tariff.minimum_gb));
                let per_million_ops = assumed.get(tariff.per_million_ops);
                let per_gb_hour = assumed.get(tariff.per_gb_hour);
                Charge {
                    tariff,
                    per_million_ops,
                    per_gb_hour,
                    operations: cents(million_ecpus * per_million_ops),
                    storage: cents(billed_gb * HOURS_PER_MONTH * per_gb_hour),
                    billed_gb,
                    minimum_applies: kept_gb < tariff.minimum_gb,
                    million_ecpus,
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

    /// The arithmetic in sentences, in the order a reviewer would redo it. Every factor is
    /// printed as it was used, so each product can be checked to the cent.
    pub fn basis(&self) -> Vec<String> {
        let ecpus = self.ops_per_day * DAYS_PER_MONTH * self.ecpus_per_op;
        let unit = if self.ecpus_per_op == 1.0 {
            "ECPU"
        } else {
            "ECPUs"
        };
        let mut lines = vec![
            format!(
                "{} store operations a day, about {} a second on average. Each moves one \
                 {}-byte record, which ElastiCache bills as {} {unit} (one per 1,024 bytes \
                 moved, at least one): {} ECPUs in a {}-day month.",
                format::count(self.ops_per_day),
                format::count(self.ops_per_day / 86_400.0),
                format::count(self.record_bytes),
                format::typed(self.ecpus_per_op),
                format::count(ecpus),
                format::count(DAYS_PER_MONTH),
            ),
            format!(
                "{} records of {} bytes keep {} in the store (1 GB = 10⁹ bytes); a tariff \
                 bills its minimum when less is kept.",
                format::count(self.records),
                format::count(self.record_bytes),
                format::bytes(self.records * self.record_bytes),
            ),
        ];
        lines.extend(self.charges.iter().map(|c| {
            format!(
                "{}: {} million ECPUs × {} = {}, plus {} GB billed{} × {} hours × {} = {}; \
                 {} a month.",
                c.tariff.name,
                format::typed(c.million_ecpus),
                format::money(c.per_million_ops),
                format::money(c.operations),
                format::typed(c.billed_gb),
                if c.minimum_applies {
                    " (the tariff's minimum)"
                } else {
                    ""
                },
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
    fn each_product_can_be_redone_from_the_factors_shown() {
        // 148,500 operations a day: 4.455 million ECPUs, not "4 million", and 4.455 × $0.0034
        // is $0.0151, shown as $0.02.
        let bill = StoreBill::new(148_500.0, 100.0, &Assumed::default());
        let redis = &bill.charges[1];
        assert_eq!(redis.million_ecpus, 4.455);
        assert!((redis.operations - 0.02).abs() < 1e-9);
        assert!(bill.basis()[3].contains("4.455 million ECPUs × $0.0034 = $0.02"));
        // 1,500-byte records: 1.4648 ECPUs each, said as such, with a plural.
        let mut assumed = Assumed::default();
        assumed.set("record-bytes", 1500.0);
        let big = StoreBill::new(1_000_000.0, 100.0, &assumed);
        assert_eq!(big.ecpus_per_op, 1.4648);
        assert!(big.basis()[0].contains("bills as 1.4648 ECPUs (one per 1,024 bytes"));
        assert_eq!(big.charges[0].million_ecpus, 43.944);
        // Above the minimum, the minimum is not mentioned.
        let many = StoreBill::new(1.0, 10_000_000.0, &assumed);
        assert!(!many.charges[1].minimum_applies);
        assert!(!many.basis()[3].contains("minimum"));
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
             0.1 GB billed (the tariff's minimum) × 720 hours × $0.084 = $6.05; $9.50 a month."
        );
        assert!(lines[3].ends_with("$95.10 a month."), "{}", lines[3]);
        assert_eq!(format::money(bill.range().1), "$95.10");
    }
}
