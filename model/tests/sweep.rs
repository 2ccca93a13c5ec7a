//! Sweeps: every point is exactly the single run with that value; the axes, the λ = 1
//! boundary and the spacing of values behave.

use migration_model::params::GIB;
use migration_model::sweep::{self, log_space, point_params, Axis, Metric};
use migration_model::{presets, simulate, MigrationType, Outcome, Params};

#[test]
fn every_sweep_point_equals_a_single_run_with_that_value() {
    let mut bases = vec![Params::default()];
    bases.extend(presets::all().iter().map(|p| p.params()));
    for base in &bases {
        for axis in Axis::ALL {
            let (lo, hi) = axis.default_range();
            let xs = log_space(lo, hi, 17);
            let s = sweep::sweep(base, axis, &xs, &MigrationType::ALL).expect("valid");
            assert_eq!(s.series.len(), MigrationType::ALL.len());
            for series in &s.series {
                assert_eq!(series.points.len(), xs.len());
                for (pt, &x) in series.points.iter().zip(&xs) {
                    assert_eq!(pt.x, x);
                    let single = simulate(&point_params(base, axis, series.migration_type, x))
                        .expect("valid");
                    assert_eq!(pt.metrics, single.metrics, "{axis:?} {x}");
                }
            }
        }
    }
}

#[test]
fn a_sweep_of_a_comparisons_rows_is_each_row_run_at_each_value() {
    let v = migration_model::vary::vary(&Params::default(), "policy", &["qemu", "xen", "simgrid"])
        .unwrap();
    let bases: Vec<Params> = v.variants.iter().map(|x| x.params.clone()).collect();
    for axis in Axis::ALL {
        let (lo, hi) = axis.default_range();
        let xs = log_space(lo, hi, 9);
        let s = sweep::sweep_each(&bases, axis, &xs).expect("valid");
        assert_eq!(s.series.len(), 3);
        for (series, base) in s.series.iter().zip(&bases) {
            for (pt, &x) in series.points.iter().zip(&xs) {
                let mut p = base.clone();
                axis.set(&mut p, x);
                assert_eq!(pt.metrics, simulate(&p).unwrap().metrics, "{axis:?} {x}");
            }
        }
        // The stop rules differ somewhere on the axis.
        assert_ne!(s.series[0].points, s.series[1].points, "{axis:?}");
    }
}

#[test]
fn the_current_value_is_a_point_like_any_other() {
    // A sweep through the current dirty rate gives the current run's metrics.
    let base = Params::default();
    let xs = [base.dirty_rate_bytes_per_s];
    let s = sweep::sweep(&base, Axis::DirtyRate, &xs, &[MigrationType::Live]).unwrap();
    assert_eq!(
        s.series[0].points[0].metrics,
        simulate(&base).unwrap().metrics
    );
}

#[test]
fn log_space_hits_both_ends_and_is_geometric() {
    let xs = log_space(1e6, 1e10, 5);
    assert_eq!(xs.first(), Some(&1e6));
    assert_eq!(xs.last(), Some(&1e10));
    for w in xs.windows(2) {
        assert!((w[1] / w[0] - 10.0).abs() < 1e-9);
    }
    assert_eq!(log_space(1.0, 2.0, 1), vec![1.0]);
    assert!(log_space(1.0, 2.0, 0).is_empty());
}

#[test]
fn an_invalid_value_names_the_field() {
    let err = sweep::sweep(
        &Params::default(),
        Axis::Bandwidth,
        &[1.0],
        &[MigrationType::Live],
    )
    .unwrap_err();
    assert_eq!(err.field, "bandwidth_bytes_per_s");
}

#[test]
fn lambda_one_sits_where_writes_equal_the_streaming_rate() {
    let mut p = Params::default();
    assert_eq!(Axis::DirtyRate.lambda_one(&p), Some(125e6));
    assert_eq!(Axis::Bandwidth.lambda_one(&p), Some(100e6));
    p.max_bandwidth_bytes_per_s = Some(50e6);
    assert_eq!(Axis::DirtyRate.lambda_one(&p), Some(50e6));
    // The cap is below the writes: no link speed brings λ down to 1.
    assert_eq!(Axis::Bandwidth.lambda_one(&p), None);
    // The boundary is real: just below it live converges, just above it it does not.
    let p = Params {
        memory_bytes: GIB,
        ..Params::default()
    };
    let x1 = Axis::DirtyRate.lambda_one(&p).unwrap();
    let s = sweep::sweep(
        &p,
        Axis::DirtyRate,
        &[0.9 * x1, 1.1 * x1],
        &[MigrationType::Live],
    )
    .unwrap();
    assert_eq!(s.series[0].points[0].metrics.outcome, Outcome::Completed);
    assert_eq!(s.series[0].points[1].metrics.outcome, Outcome::NotConverged);
    assert!(!s.series[0].points[1].completed());
}

#[test]
fn metrics_read_the_run() {
    let t = simulate(&Params::default()).unwrap();
    assert_eq!(Metric::Downtime.of(&t.metrics), t.metrics.downtime_s);
    assert_eq!(Metric::TotalTime.of(&t.metrics), t.metrics.total_time_s);
    assert_eq!(Metric::BytesSent.of(&t.metrics), t.metrics.bytes_sent);
    for axis in Axis::ALL {
        let (lo, hi) = axis.default_range();
        assert!(lo < hi);
        let mut p = Params::default();
        axis.set(&mut p, lo);
        assert_eq!(axis.get(&p), lo);
        axis.set(&mut p, hi);
        assert!(p.validate().is_ok());
    }
}

/// Not a benchmark (criterion has those, and a timed test is flaky on a loaded machine),
/// but a guard against a sweep getting slow: a run costs O(rounds), so a chart-sized sweep
/// (3 types × 200 points of the lecture default) must stay within a few dozen rounds a
/// run on average.
#[test]
fn a_chart_sized_sweep_is_cheap() {
    let base = Params::default();
    let (lo, hi) = Axis::DirtyRate.default_range();
    let xs = log_space(lo, hi, 200);
    let types = [
        MigrationType::Live,
        MigrationType::PostCopy,
        MigrationType::Hybrid,
    ];
    let s = sweep::sweep(&base, Axis::DirtyRate, &xs, &types).unwrap();
    assert_eq!(s.series.len(), 3);
    let mut rounds = 0;
    for ty in types {
        for &x in &xs {
            let mut p = base.clone();
            p.migration_type = ty;
            Axis::DirtyRate.set(&mut p, x);
            rounds += migration_model::simulate(&p).unwrap().rounds.len();
        }
    }
    let per_run = rounds as f64 / (types.len() * xs.len()) as f64;
    println!("{rounds} rounds, {per_run:.1} a run");
    assert!(per_run < 50.0, "{per_run} rounds a run");
}
