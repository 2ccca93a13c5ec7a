//! A rough sanity check against the real QEMU 10 runs in shared/traces/qemu (384 MiB
//! guest, 192 MiB uniformly written working set, ~31,700 zero pages, 64 MiB/s cap,
//! ~1.3 GB/s loopback). Nothing here is fitted: the bounds are wide (±12%) and only
//! catch a model that has drifted out of the right ballpark. The formal comparison
//! lives in its own test file.

use migration_model::params::MIB;
use migration_model::{simulate, DirtyModel, MigrationType, Outcome, Params, Trace};

fn run(pages_per_s: f64, f: impl Fn(&mut Params)) -> Trace {
    let mut p = Params {
        memory_bytes: 384 * MIB,
        working_set_bytes: Some(192 * MIB),
        dirty_model: DirtyModel::Uniform,
        zero_page_share: 31_679.0 / 98_304.0,
        max_bandwidth_bytes_per_s: Some(64.0 * MIB as f64),
        bandwidth_bytes_per_s: 1.3e9,
        dirty_rate_bytes_per_s: pages_per_s * 4096.0,
        rtt_s: 5e-5,
        time_limit_s: 120.0,
        ..Params::default()
    };
    f(&mut p);
    simulate(&p).expect("valid")
}

fn near(got: f64, real: f64, what: &str) {
    assert!(
        (got / real - 1.0).abs() < 0.12,
        "{what}: model {got}, QEMU {real}"
    );
}

const MIB_F: f64 = MIB as f64;

#[test]
fn converging_runs() {
    // (name, pages/s, downtime limit, QEMU MiB transferred, QEMU total s)
    for (name, rate, dtl, mib, secs) in [
        ("idle", 0.0, 0.3, 262.0, 3.908),
        ("moderate", 2048.0, 0.3, 303.4, 4.417),
        ("heavy_converging", 6144.0, 0.3, 368.6, 5.415),
        ("moderate_dtl50", 2048.0, 0.05, 296.9, 4.508),
    ] {
        let t = run(rate, |p| p.downtime_limit_s = dtl);
        assert_eq!(t.metrics.outcome, Outcome::Completed, "{name}");
        near(t.metrics.bytes_sent / MIB_F, mib, name);
        near(t.metrics.total_time_s, secs, name);
        // Measured downtimes were 1–18 ms: the last copy runs at link speed.
        assert!(t.metrics.downtime_s < 0.02, "{name}");
    }
}

#[test]
fn nonconverging_and_postcopy_runs() {
    // Cancelled after 25 s having sent 1628 MiB, still active.
    let t = run(32768.0, |p| p.time_limit_s = 25.0);
    assert_eq!(t.metrics.outcome, Outcome::NotConverged);
    near(t.metrics.bytes_sent / MIB_F, 1628.0, "nonconverging");
    // Post-copy started after the first pass (4.10 s), 449 MiB in all, done at 6.52 s.
    let t = run(32768.0, |p| {
        p.migration_type = MigrationType::Hybrid;
        p.hybrid_precopy_rounds = 1;
    });
    assert_eq!(t.metrics.outcome, Outcome::Completed);
    near(t.rounds[0].end_s(), 4.10, "postcopy switch");
    near(t.metrics.bytes_sent / MIB_F, 449.1, "postcopy bytes");
    near(t.metrics.total_time_s, 6.517, "postcopy total");
    // QEMU counted 46 page requests; the model's fault latency (RTT + page + the wait
    // behind half a 4 MiB window of queued stream) gives the same order, not the same
    // number.
    assert!(
        t.metrics.postcopy_faults > 46.0 / 4.0 && t.metrics.postcopy_faults < 46.0 * 4.0,
        "{}",
        t.metrics.postcopy_faults
    );
}
