//! The long fuzzing run (scripts/fuzz.sh): every target for `--inputs` mutated inputs, then the
//! slowest of a few inputs of 1 KB, 100 KB and 1 MB each. Prints a table for README and exits
//! with 1 if anything panicked; the first panicking input of a target is written to
//! target/fuzz-panics/<target>.txt.
//!
//! Usage: cargo run --profile fuzz -p authpick-fuzz -- [--inputs N] [--seed S] [--only NAME]

use std::process::ExitCode;
use std::time::Instant;

use authpick_fuzz::{quietly, run, scaled, targets};

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let value = |flag: &str| {
        args.iter()
            .position(|a| a == flag)
            .and_then(|i| args.get(i + 1))
            .cloned()
    };
    let inputs: usize = value("--inputs")
        .and_then(|v| v.parse().ok())
        .unwrap_or(1_000_000);
    let seed: u64 = value("--seed").and_then(|v| v.parse().ok()).unwrap_or(2026);
    let only = value("--only");
    let mut failed = false;
    println!("| entry point | inputs | panics | slowest input | 1 KB | 100 KB | 1 MB |");
    println!("| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
    for target in targets() {
        if only.as_deref().is_some_and(|o| o != target.name) {
            continue;
        }
        let started = Instant::now();
        let report = quietly(|| run(&target, inputs, seed));
        let sizes: Vec<String> = [1 << 10, 100 << 10, 1 << 20]
            .into_iter()
            .map(|bytes| match quietly(|| scaled(&target, bytes, 5, seed)) {
                Ok(t) => format!("{:.2} ms", t.as_secs_f64() * 1e3),
                Err(why) => {
                    failed = true;
                    eprintln!("{why}");
                    "panic".into()
                }
            })
            .collect();
        println!(
            "| {} | {} | {} | {:.2} ms ({} bytes) | {} |",
            target.name,
            report.inputs,
            report.panics,
            report.slowest.0.as_secs_f64() * 1e3,
            report.slowest.1,
            sizes.join(" | ")
        );
        eprintln!(
            "  {} took {:.0} s",
            target.name,
            started.elapsed().as_secs_f64()
        );
        if let Some((input, message)) = report.first_panic {
            failed = true;
            let dir =
                std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../target/fuzz-panics");
            let _ = std::fs::create_dir_all(&dir);
            let file = dir.join(format!("{}.txt", target.name));
            let _ = std::fs::write(&file, &input);
            eprintln!(
                "  {} panicked: {message} (input in {})",
                target.name,
                file.display()
            );
        }
    }
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}
