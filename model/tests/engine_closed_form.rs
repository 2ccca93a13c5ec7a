//! The textbook closed form for live pre-copy (Clark et al.; Liu et al.; `docs/model.md`,
//! "Stop policies"), which the `textbook` policy follows exactly (linear model, constant
//! link, a free switchover): `V_i = M·λ^i`, `T_i = V_i / R`, stop after `n` rounds where
//! `M·λ^n ≤ R × downtime_limit`, downtime `M·λ^n / R`, total `M(1 − λ^(n+1))/(1 − λ)`.

use migration_model::params::GIB;
use migration_model::{simulate, DirtyModel, Host, MigrationType, Outcome, Params, StopPolicy};

fn live(memory: u64, link: f64, dirty: f64, limit_s: f64) -> Params {
    Params {
        migration_type: MigrationType::Live,
        policy: StopPolicy::Textbook,
        memory_bytes: memory,
        bandwidth_bytes_per_s: link,
        dirty_rate_bytes_per_s: dirty,
        dirty_model: DirtyModel::Linear,
        downtime_limit_s: limit_s,
        zero_page_share: 0.0,
        device_state_bytes: 0,
        resume_time_s: 0.0,
        max_bandwidth_bytes_per_s: None,
        time_limit_s: 1e6,
        ..Params::default()
    }
}

fn close(got: f64, want: f64, what: &str) {
    let err = if want == 0.0 {
        got.abs()
    } else {
        (got / want - 1.0).abs()
    };
    assert!(
        err < 0.005,
        "{what}: got {got}, want {want} ({:.3}% off)",
        err * 100.0
    );
}

/// Checks a run against the closed form computed here, independently of the engine.
fn check(memory: u64, link: f64, dirty: f64, limit_s: f64) -> u32 {
    let p = live(memory, link, dirty, limit_s);
    let t = simulate(&p).expect("valid");
    let m = memory as f64;
    let lambda = dirty / link;
    let v_thd = link * limit_s;
    // n = the first n ≥ 1 with M·λ^n ≤ V_thd (round 0 always runs).
    let mut n = 1u32;
    while m * lambda.powi(n as i32) > v_thd {
        n += 1;
    }
    assert_eq!(
        t.metrics.precopy_rounds, n,
        "rounds for λ={lambda}, limit {limit_s}"
    );
    assert_eq!(t.rounds.len(), n as usize + 1);
    for (i, r) in t.rounds.iter().enumerate() {
        let v = m * lambda.powi(i as i32);
        assert_eq!(r.index, i as u32);
        assert_eq!(r.is_final, i == n as usize, "only the last pass is final");
        close(r.bytes_sent, v, &format!("round {i} bytes"));
        close(r.duration_s, v / link, &format!("round {i} time"));
    }
    let v_mig = m * (1.0 - lambda.powi(n as i32 + 1)) / (1.0 - lambda);
    close(t.metrics.bytes_sent, v_mig, "total bytes");
    close(t.metrics.total_time_s, v_mig / link, "total time");
    close(
        t.metrics.downtime_s,
        m * lambda.powi(n as i32) / link,
        "downtime",
    );
    assert_eq!(t.metrics.outcome, Outcome::Completed);
    assert!(t.metrics.converged);
    assert_eq!(t.final_state().0, Host::Destination);
    n
}

#[test]
fn worked_example_1_gbit() {
    // docs/model.md: 4 GiB, 125 MB/s, 100 MB/s writes, 300 ms → n = 22, final copy 31.7 MB,
    // downtime 0.254 s, 21.35 GB sent (4.97×), 170.8 s.
    let n = check(4 * GIB, 125e6, 100e6, 0.3);
    assert_eq!(n, 22);
    let t = simulate(&live(4 * GIB, 125e6, 100e6, 0.3)).expect("valid");
    let last = t.rounds.last().expect("a final pass");
    assert!((last.bytes_sent / 1e6 - 31.7).abs() < 0.05);
    assert!((t.metrics.downtime_s - 0.254).abs() < 0.0005);
    assert!((t.metrics.bytes_sent / 1e9 - 21.35).abs() < 0.01);
    assert!((t.metrics.bytes_sent_x_memory - 4.97).abs() < 0.005);
    assert!((t.metrics.total_time_s - 170.8).abs() < 0.05);
    assert!((t.rounds[0].duration_s - 34.36).abs() < 0.005);
}

#[test]
fn worked_example_10_gbit() {
    let n = check(4 * GIB, 1.25e9, 100e6, 0.3);
    assert_eq!(n, 1);
    let t = simulate(&live(4 * GIB, 1.25e9, 100e6, 0.3)).expect("valid");
    assert!((t.metrics.downtime_s - 0.275).abs() < 0.0005);
    assert!((t.metrics.total_time_s - 3.71).abs() < 0.005);
}

#[test]
fn several_lambdas_and_limits() {
    for &lambda in &[0.1, 0.3, 0.5, 0.8, 0.9, 0.95] {
        for &limit in &[0.001, 0.03, 0.3, 1.0, 5.0] {
            check(8 * GIB, 1.25e9, lambda * 1.25e9, limit);
        }
    }
}

#[test]
fn lambda_above_one_never_converges_under_qemu() {
    let mut p = live(4 * GIB, 125e6, 150e6, 0.3);
    p.time_limit_s = 600.0;
    let t = simulate(&p).expect("valid");
    assert_eq!(t.metrics.outcome, Outcome::NotConverged);
    assert!(!t.metrics.converged);
    assert!((t.metrics.total_time_s - 600.0).abs() < 1e-9);
    assert_eq!(t.final_state().0, Host::Source);
    assert!(t.rounds.iter().all(|r| !r.is_final));
    assert!(t.metrics.downtime_s == 0.0);
    // Rounds keep climbing until the working set (all memory) caps them.
    assert!(t.rounds[1].bytes_sent > t.rounds[0].bytes_sent * 0.99);
}
