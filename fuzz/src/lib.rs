//! A bounded mutation fuzzer on stable Rust for every entry point that reads what a user types
//! or pastes. Each target starts from seeds (real tokens, keys, links, numbers), mutates them
//! with a seeded generator (so a run can be repeated exactly), and calls the entry point under
//! `catch_unwind`: a panic is counted and its input kept. `run` also times the slowest input,
//! and `scaled` feeds inputs of a given size, which shows whether an entry point stays linear.
//!
//! `tests/short.rs` runs a short pass with every `cargo test`; `scripts/fuzz.sh` a long one.

use std::panic::{catch_unwind, AssertUnwindSafe};
use std::time::{Duration, Instant};

mod targets;

pub use targets::{targets, Target};

/// xorshift64*: small, fast, and the same sequence for the same seed on every machine.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Rng(seed.max(1))
    }

    pub fn next_u64(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    /// A number below `n` (`n` > 0).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n.max(1) as u64) as usize
    }

    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

/// Fragments that matter to the parsers: structure, encodings, limits and numbers at their
/// edges.
const INTERESTING: &[&str] = &[
    ".",
    "..",
    "{",
    "}",
    "[",
    "]",
    "\"",
    ":",
    ",",
    "=",
    "%",
    "%ZZ",
    "+",
    "/",
    "-",
    "_",
    "\\",
    "\\u0000",
    "\n",
    " ",
    "\u{0}",
    "é",
    "\u{1F600}",
    "null",
    "true",
    "[]",
    "{}",
    "0",
    "-1",
    "1e11",
    "100000000000",
    "-200000000000",
    "9223372036854775807",
    "-9223372036854775808",
    "1e400",
    "NaN",
    "eyJ",
    "Bearer ",
    "Authorization: ",
    "Cookie: a=",
    "?token=",
    "-----BEGIN ",
    "-----END ",
    "PRIVATE KEY-----",
    "PUBLIC KEY-----",
    "MII",
    "AAAA",
    "\"alg\":\"none\"",
    "\"kid\":\"../\"",
    "\"crit\":[\"x\"]",
    "\"keys\":[",
    "\"kty\":\"OKP\"",
    "\"kty\":\"RSA\"",
    "\"kty\":\"EC\"",
    "\"crv\":\"P-521\"",
    "&",
    "v=9",
    "b.",
    "unsure",
];

/// One random edit of `input`, or a few; sometimes spliced with another seed.
pub fn mutate(rng: &mut Rng, input: &[u8], seeds: &[String]) -> Vec<u8> {
    let mut out = input.to_vec();
    for _ in 0..1 + rng.below(4) {
        let at = if out.is_empty() {
            0
        } else {
            rng.below(out.len() + 1)
        };
        match rng.below(8) {
            0 if !out.is_empty() => {
                let i = rng.below(out.len());
                out[i] ^= 1 << rng.below(8);
            }
            1 => out.insert(at, rng.next_u64() as u8),
            2 if !out.is_empty() => {
                let end = (at + 1 + rng.below(16)).min(out.len());
                out.drain(at.min(end)..end);
            }
            3 if !out.is_empty() => {
                let start = rng.below(out.len());
                let end = (start + 1 + rng.below(64)).min(out.len());
                let piece = out[start..end].to_vec();
                out.splice(at..at, piece);
            }
            4 | 5 => {
                let piece = rng.pick(INTERESTING).as_bytes().to_vec();
                out.splice(at..at, piece);
            }
            6 => {
                let other = rng.pick(seeds).as_bytes();
                if !other.is_empty() {
                    let cut = rng.below(other.len());
                    out.truncate(at);
                    out.extend_from_slice(&other[cut..]);
                }
            }
            _ => {
                if !out.is_empty() {
                    let i = rng.below(out.len());
                    out[i] = *rng.pick(b"{}[]\".:,=%+/-_ \n0A");
                }
            }
        }
    }
    out
}

/// What a run of one target found.
#[derive(Debug, Default)]
pub struct Report {
    pub inputs: usize,
    pub panics: usize,
    /// The first input that panicked, and the panic's message.
    pub first_panic: Option<(String, String)>,
    /// The slowest input's time and length.
    pub slowest: (Duration, usize),
}

/// Calls `target` on `inputs` inputs mutated from its seeds.
pub fn run(target: &Target, inputs: usize, seed: u64) -> Report {
    let mut rng = Rng::new(seed);
    let mut report = Report::default();
    let mut current: Vec<u8> = Vec::new();
    for n in 0..inputs {
        // Every so often start again from a clean seed, so damage does not pile up forever.
        if n % 16 == 0 || current.len() > 64 * 1024 {
            current = rng.pick(&target.seeds).as_bytes().to_vec();
        }
        current = mutate(&mut rng, &current, &target.seeds);
        let text = String::from_utf8_lossy(&current).into_owned();
        let arg = rng.next_u64();
        let started = Instant::now();
        let outcome = catch_unwind(AssertUnwindSafe(|| (target.run)(&text, arg)));
        let took = started.elapsed();
        report.inputs += 1;
        if took > report.slowest.0 {
            report.slowest = (took, text.len());
        }
        if let Err(panic) = outcome {
            report.panics += 1;
            if report.first_panic.is_none() {
                report.first_panic = Some((text, message(&panic)));
            }
        }
    }
    report
}

/// The slowest time of `tries` inputs of about `bytes` bytes each: seeds grown to that size,
/// every other one mutated.
pub fn scaled(target: &Target, bytes: usize, tries: usize, seed: u64) -> Result<Duration, String> {
    let mut rng = Rng::new(seed);
    let mut slowest = Duration::ZERO;
    for i in 0..tries {
        // Every seed in turn, so each shape of large input is among them.
        let seed_text = target.seeds[(seed as usize + i) % target.seeds.len()].clone();
        let mut big = (target.grow)(&seed_text, bytes);
        // Every other try as grown, so shapes that mutation would break still reach deep code.
        if i % 2 == 1 {
            big = mutate(&mut rng, &big, &target.seeds);
        }
        let text = String::from_utf8_lossy(&big).into_owned();
        let arg = rng.next_u64();
        let started = Instant::now();
        catch_unwind(AssertUnwindSafe(|| (target.run)(&text, arg))).map_err(|p| {
            format!(
                "{} panicked on a {}-byte input: {}",
                target.name,
                text.len(),
                message(&p)
            )
        })?;
        slowest = slowest.max(started.elapsed());
    }
    Ok(slowest)
}

fn message(panic: &Box<dyn std::any::Any + Send>) -> String {
    panic
        .downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| panic.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "(no message)".to_string())
}

/// Runs `f` with panic messages kept off the terminal (the report counts them).
pub fn quietly<T>(f: impl FnOnce() -> T) -> T {
    let hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(|_| {}));
    let out = f();
    std::panic::set_hook(hook);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_generator_repeats_for_a_seed() {
        let a: Vec<u64> = {
            let mut r = Rng::new(7);
            (0..5).map(|_| r.next_u64()).collect()
        };
        let mut r = Rng::new(7);
        assert_eq!(a, (0..5).map(|_| r.next_u64()).collect::<Vec<_>>());
        assert_ne!(a[0], a[1]);
    }

    #[test]
    fn a_panicking_target_is_caught_and_counted() {
        let t = Target {
            name: "panics on a dot",
            seeds: vec!["a.b".into()],
            run: |text, _| {
                if text.contains('.') {
                    panic!("dot");
                }
            },
            grow: targets::repeat,
        };
        let report = quietly(|| run(&t, 50, 1));
        assert_eq!(report.inputs, 50);
        assert!(report.panics > 0);
        assert_eq!(report.first_panic.map(|(_, m)| m), Some("dot".to_string()));
    }
}
