//! A run in slices (docs/model.md, "A run in slices"): stepping a `Simulation` gives
//! exactly `simulate`'s trace, and a long run pauses every `ROUNDS_PER_SLICE` passes.

use migration_model::sim::ROUNDS_PER_SLICE;
use migration_model::{simulate, MigrationType, Params, Simulation, StopPolicy};

/// Steps a run to its end; the trace and how many steps it took.
fn stepped(p: &Params) -> (migration_model::Trace, u32) {
    let mut sim = Simulation::new(p).expect("valid");
    let mut steps = 1;
    loop {
        match sim.step() {
            Ok(trace) => return (trace, steps),
            Err(rest) => {
                sim = rest;
                steps += 1;
            }
        }
    }
}

#[test]
fn a_long_run_in_slices_is_the_same_run() {
    // Writes faster than the link sends: pre-copy never converges, 100,000 passes.
    let p = Params {
        dirty_rate_bytes_per_s: 250e6,
        time_limit_s: 1e7,
        ..Params::default()
    };
    let (trace, steps) = stepped(&p);
    assert_eq!(trace, simulate(&p).expect("valid"));
    let passes = trace.rounds.len() as u32;
    assert!(passes > 50_000, "{passes} passes");
    assert_eq!(steps, passes / ROUNDS_PER_SLICE + 1, "one pause per slice");
}

#[test]
fn a_short_run_is_one_step_for_every_type_and_policy() {
    for ty in MigrationType::ALL {
        for policy in [StopPolicy::Qemu, StopPolicy::Textbook] {
            let p = Params {
                migration_type: ty,
                policy,
                ..Params::default()
            };
            let (trace, steps) = stepped(&p);
            assert_eq!(trace, simulate(&p).expect("valid"), "{ty:?} {policy:?}");
            assert_eq!(steps, 1, "{ty:?} {policy:?}");
        }
    }
}

#[test]
fn invalid_parameters_are_refused_before_any_step() {
    let p = Params {
        bandwidth_bytes_per_s: -1.0,
        ..Params::default()
    };
    assert_eq!(Simulation::new(&p).err(), simulate(&p).err());
}
