//! The ways out of a pre-copy that does not converge (issue 23): offered exactly while
//! the run fails, each one a change whose own run completes.

use migration_model::advice::{precopy_fails, ways_out};
use migration_model::{simulate, MigrationType, Outcome, Params, StopPolicy};

fn vm(dirty: f64, policy: StopPolicy) -> Params {
    Params {
        dirty_rate_bytes_per_s: dirty,
        policy,
        ..Params::default()
    }
}

#[test]
fn every_offered_way_out_completes_and_none_is_offered_when_it_converges() {
    for policy in [
        StopPolicy::Qemu,
        StopPolicy::Xen,
        StopPolicy::Textbook,
        StopPolicy::Vmotion,
    ] {
        // λ = 1.2, and λ = 0.96, which converges in the closed form only after the
        // 600 s time limit: both fail, so both get advice.
        for dirty in [150e6, 120e6] {
            let p = vm(dirty, policy);
            let t = simulate(&p).expect("valid");
            let ways = ways_out(&p);
            if !precopy_fails(&p, &t) {
                assert!(
                    ways.is_empty(),
                    "{policy:?} {dirty}: advice for a run that works"
                );
                continue;
            }
            assert!(!ways.is_empty(), "{policy:?} {dirty}: no way out");
            for w in &ways {
                let r = simulate(&w.params).expect("valid");
                assert_eq!(
                    r.metrics.outcome,
                    Outcome::Completed,
                    "{policy:?} {dirty}: {}",
                    w.change
                );
                if w.params.migration_type == MigrationType::Live {
                    assert!(r.metrics.converged, "{policy:?} {dirty}: {}", w.change);
                }
                assert_ne!(w.params, p, "{}: changes nothing", w.change);
            }
        }
    }
    // A run that converges gets none.
    let p = vm(50e6, StopPolicy::Qemu);
    assert!(simulate(&p).expect("valid").metrics.converged);
    assert!(ways_out(&p).is_empty());
}

#[test]
fn the_advice_names_what_works_for_these_numbers() {
    let p = vm(150e6, StopPolicy::Qemu);
    let changes: Vec<String> = ways_out(&p).into_iter().map(|w| w.change).collect();
    // Auto-converge brings λ = 1.2 home; so does a 2 Gbit/s link (λ = 0.6); post-copy
    // always completes.
    assert!(
        changes.contains(&"auto-converge".to_string()),
        "{changes:?}"
    );
    assert!(
        changes.iter().any(|c| c.starts_with("a 250 MB/s link")),
        "{changes:?}"
    );
    assert!(changes.contains(&"post-copy".to_string()), "{changes:?}");
}
