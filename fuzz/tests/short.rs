//! The short pass the test command runs: every target for a few thousand inputs without a
//! panic, and large inputs of every seed's shape: 16 KB (a deeply nested PEM still under the key
//! size limit, which overflowed the ASN.1 reader's stack) and 256 KB handled within seconds even
//! in a debug build (the quadratic cases of the past took minutes there), so an entry point
//! that stops being linear fails here. `scripts/fuzz.sh` runs the long pass.

use std::time::Duration;

use authpick_fuzz::{quietly, run, scaled, targets};

#[test]
fn no_entry_point_panics_on_mutated_input() {
    for target in targets() {
        let report = quietly(|| run(&target, 1_500, 11));
        assert_eq!(
            report.panics, 0,
            "{}: {:?}",
            target.name, report.first_panic
        );
        assert_eq!(report.inputs, 1_500);
    }
}

#[test]
fn large_inputs_of_every_shape_take_seconds_at_most() {
    let budget = Duration::from_secs(3);
    for bytes in [16 << 10, 256 << 10] {
        for target in targets() {
            // Every seed grown, so the deep PEMs and the large JWKS are among them.
            let tries = target.seeds.len();
            let took =
                quietly(|| scaled(&target, bytes, tries, 0)).unwrap_or_else(|why| panic!("{why}"));
            assert!(
                took < budget,
                "{}: {took:?} for {} KB",
                target.name,
                bytes >> 10
            );
        }
    }
}

/// Eight times the input may take about eight times as long, not sixty-four: an entry point
/// whose cost grows with the square of its input fails here long before it freezes a tab.
#[test]
fn time_grows_in_step_with_the_input() {
    for target in targets() {
        let time = |bytes: usize| {
            quietly(|| scaled(&target, bytes, 3, 0))
                .unwrap_or_else(|why| panic!("{why}"))
                .as_secs_f64()
        };
        let (small, large) = (time(32 << 10), time(256 << 10));
        // Below a few milliseconds, timer noise says more than the input does.
        if large > 0.005 {
            assert!(
                large < 24.0 * small,
                "{}: {:.1} ms for 32 KB, {:.1} ms for 256 KB",
                target.name,
                small * 1e3,
                large * 1e3
            );
        }
    }
}
