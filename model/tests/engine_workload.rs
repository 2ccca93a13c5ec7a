//! The dirty models: occupancy of uniformly random writes, hot/cold sums, linear caps
//! and the huge-page amplification.

use migration_model::params::{GIB, MIB};
use migration_model::sim::workload::{occupancy, Workload};
use migration_model::{DirtyModel, Params, StopPolicy};

#[test]
fn occupancy_formula() {
    // w = N writes dirty N(1 − 1/e) pages (exactly N(1 − (1 − 1/N)^N)).
    for n in [10.0f64, 1e3, 1e6, 4e9] {
        let exact = n * (1.0 - (1.0 - 1.0 / n).powf(n));
        // The naive power loses ~n·1e-16 of relative precision; occupancy() does not.
        let tol = 1e-9_f64.max(n * 1e-15);
        assert!((occupancy(n, n) / exact - 1.0).abs() < tol, "n = {n}");
        let approx = n * (1.0 - (-1.0f64).exp());
        // (1 − 1/N)^N → 1/e with a relative error below 1/N.
        assert!((occupancy(n, n) / approx - 1.0).abs() < 1.0 / n);
    }
    // Small n against the product formula directly.
    let n: f64 = 8.0;
    let w: f64 = 5.0;
    assert!((occupancy(n, w) - n * (1.0 - (7.0f64 / 8.0).powf(w))).abs() < 1e-12);
    // Saturation, zero, monotonicity, never above n.
    assert!((occupancy(1e6, 1e9) - 1e6).abs() < 1e-6);
    assert_eq!(occupancy(1e6, 0.0), 0.0);
    let mut prev = 0.0;
    for i in 1..100 {
        let d = occupancy(5e5, i as f64 * 2e4);
        assert!(d > prev && d <= 5e5);
        prev = d;
    }
}

fn uniform(ws: u64, hot: f64, hot_writes: f64) -> Params {
    Params {
        memory_bytes: 4 * GIB,
        working_set_bytes: Some(ws),
        dirty_model: DirtyModel::Uniform,
        hot_set_share: hot,
        hot_write_share: hot_writes,
        dirty_rate_bytes_per_s: 10_000.0 * 4096.0,
        ..Params::default()
    }
}

#[test]
fn hot_and_cold_sets_sum() {
    let p = uniform(GIB, 0.1, 0.9);
    let wl = Workload::from_params(&p);
    let n = (GIB / 4096) as f64;
    let w = 10_000.0 * 3.0;
    let d = wl.dirty(3.0, 0.0);
    let want = occupancy(0.1 * n, 0.9 * w) + occupancy(0.9 * n, 0.1 * w);
    assert!((d.total_pages() - want).abs() < 1e-6);
    // The hot set plateaus: a long interval dirties all of it, the cold set keeps growing.
    let long = wl.dirty(1e4, 0.0);
    assert!((long.pages[0] - 0.1 * n).abs() < 1.0);
    // A throttle p scales writes by 1 − p.
    let th = wl.dirty(3.0, 0.5);
    let want = occupancy(0.1 * n, 0.45 * w) + occupancy(0.9 * n, 0.05 * w);
    assert!((th.total_pages() - want).abs() < 1e-6);
}

#[test]
fn linear_is_capped_at_the_working_set_and_amplified_by_huge_pages() {
    let mut p = Params {
        dirty_model: DirtyModel::Linear,
        dirty_rate_bytes_per_s: 100e6,
        working_set_bytes: Some(512 * MIB),
        ..Params::default()
    };
    let wl = Workload::from_params(&p);
    assert!((wl.bytes(&wl.dirty(2.0, 0.0)) - 200e6).abs() < 1e-3);
    assert!((wl.bytes(&wl.dirty(100.0, 0.0)) - (512 * MIB) as f64).abs() < 1e-3);
    // 2 MiB tracking: each 4 KiB write dirties 2 MiB (512×).
    p.page_size_bytes = 2 * MIB;
    p.working_set_bytes = None;
    let wl = Workload::from_params(&p);
    let d = wl.bytes(&wl.dirty(0.01, 0.0));
    assert!((d - 100e6 * 0.01 * 512.0).abs() < 1.0);
    // SimGrid caps the dirty volume at 90% of memory.
    p.policy = StopPolicy::Simgrid;
    let wl = Workload::from_params(&p);
    let d = wl.bytes(&wl.dirty(1e3, 0.0));
    assert!((d - 0.9 * p.memory_bytes as f64).abs() < 1.0);
}
