//! Every stop policy's rule, with a case reaching each branch, plus QEMU auto-converge
//! and vMotion SDPS. Linear model, no overheads, so expected round counts follow from
//! `V_i = M·λ^i` computed here.

use migration_model::params::{BASE_PAGE_BYTES, GIB};
use migration_model::{
    simulate, DirtyModel, EventKind, MigrationType, Outcome, Params, PhaseKind, StopPolicy, VmState,
};

const M: u64 = 4 * GIB;

fn live(policy: StopPolicy, link: f64, dirty: f64) -> Params {
    Params {
        migration_type: MigrationType::Live,
        policy,
        memory_bytes: M,
        bandwidth_bytes_per_s: link,
        dirty_rate_bytes_per_s: dirty,
        dirty_model: DirtyModel::Linear,
        downtime_limit_s: 0.3,
        time_limit_s: 1e5,
        // A free switchover, so downtimes are the last copy alone.
        device_state_bytes: 0,
        resume_time_s: 0.0,
        ..Params::default()
    }
}

/// Rounds until `M·λ^n ≤ threshold` (round 0 always runs).
fn rounds_until(lambda: f64, threshold: f64) -> u32 {
    let mut n = 1;
    while M as f64 * lambda.powi(n) > threshold {
        n += 1;
    }
    n as u32
}

#[test]
fn textbook_decides_on_the_capped_rate_but_copies_at_link_speed() {
    // 50 MB/s cap on a 1 GB/s link, λ = 0.5 of the cap.
    let mut p = live(StopPolicy::Textbook, 1e9, 25e6);
    p.max_bandwidth_bytes_per_s = Some(50e6);
    let t = simulate(&p).expect("valid");
    let n = rounds_until(0.5, 50e6 * 0.3);
    assert_eq!(t.metrics.precopy_rounds, n);
    let last = t.rounds.last().expect("final pass");
    assert!(last.is_final);
    // The last pass runs at 1 GB/s, not at the 50 MB/s cap.
    assert!((last.rate_bytes_per_s / 1e9 - 1.0).abs() < 1e-9);
    assert!((t.metrics.downtime_s - M as f64 * 0.5f64.powi(n as i32) / 1e9).abs() < 1e-9);
    assert!(t.rounds[..n as usize]
        .iter()
        .all(|r| (r.rate_bytes_per_s - 50e6).abs() < 1e-3));
}

#[test]
fn xen_stops_when_fewer_than_50_pages_were_dirtied() {
    // 100 pages/s: round 0 (3.4 s at 1.25 GB/s) dirties ~344 pages, round 1 (1.1 ms)
    // dirties far fewer than 50.
    for policy in [StopPolicy::Xen, StopPolicy::Xen5] {
        let t = simulate(&live(policy, 1.25e9, 100.0 * BASE_PAGE_BYTES as f64)).expect("valid");
        assert_eq!(t.metrics.precopy_rounds, 2, "{policy:?}");
        assert!(t.metrics.converged);
        assert_eq!(t.metrics.outcome, Outcome::Completed);
        let last_precopy = &t.rounds[1];
        assert!(last_precopy.dirty_pages_at_end < 50.0);
        assert!(t.rounds[0].dirty_pages_at_end >= 50.0);
    }
}

#[test]
fn xen_classic_stops_at_its_iteration_limit() {
    // λ = 0.6 shrinks below 50 pages before 29 rounds: the 50-page rule fires.
    let t = simulate(&live(StopPolicy::Xen, 125e6, 0.6 * 125e6)).expect("valid");
    let pages = (M / BASE_PAGE_BYTES) as f64;
    let mut below = 1;
    while pages * 0.6f64.powi(below) >= 50.0 {
        below += 1;
    }
    assert!(below < 29);
    assert_eq!(t.metrics.precopy_rounds, below as u32);
    assert!(t.metrics.converged);
    // A 64 MiB working set written at λ = 1.5 never shrinks, and 29 rounds of 64 MiB
    // after the 4 GiB first pass stay below 3× memory: the 29-round limit fires.
    let mut p = live(StopPolicy::Xen, 125e6, 1.5 * 125e6);
    p.working_set_bytes = Some(64 << 20);
    let t = simulate(&p).expect("valid");
    assert_eq!(t.metrics.precopy_rounds, 29);
    assert!(!t.metrics.converged);
    assert_eq!(t.metrics.outcome, Outcome::Completed);
    assert!(
        t.stop_reason.to_string().contains("iteration limit"),
        "{}",
        t.stop_reason
    );
    // The stop-and-copy sends whatever is dirty: the whole working set.
    let last = t.rounds.last().expect("final");
    assert!(last.is_final && (last.bytes_sent - (64u64 << 20) as f64).abs() < 1.0);
}

#[test]
fn xen_classic_stops_after_three_times_memory() {
    // λ = 0.99: the total passes 3× memory after k rounds with Σ_{i<k} 0.99^i > 3.
    let t = simulate(&live(StopPolicy::Xen, 125e6, 0.99 * 125e6)).expect("valid");
    let mut k = 0;
    let mut sum = 0.0;
    while sum <= 3.0 {
        sum += 0.99f64.powi(k);
        k += 1;
    }
    assert_eq!(t.metrics.precopy_rounds, k as u32);
    assert!(!t.metrics.converged);
    assert!(
        t.stop_reason.to_string().contains("3×"),
        "{}",
        t.stop_reason
    );
}

#[test]
fn xen_current_stops_after_five_rounds() {
    let t = simulate(&live(StopPolicy::Xen5, 125e6, 0.9 * 125e6)).expect("valid");
    assert_eq!(t.metrics.precopy_rounds, 5);
    assert!(!t.metrics.converged);
    let final_bytes = t.rounds.last().expect("final").bytes_sent;
    assert!((final_bytes / (M as f64 * 0.9f64.powi(5)) - 1.0).abs() < 1e-9);
}

#[test]
fn vmotion_stops_when_the_rest_fits_half_a_second() {
    let t = simulate(&live(StopPolicy::Vmotion, 125e6, 0.7 * 125e6)).expect("valid");
    assert_eq!(t.metrics.precopy_rounds, rounds_until(0.7, 125e6 * 0.5));
    assert!(t.metrics.converged);
    assert!(t.metrics.degraded_time_s == 0.0, "no SDPS below λ = 1");
}

#[test]
fn vmotion_sdps_brings_writes_below_the_send_rate() {
    // λ = 1.2: after round 0, SDPS stuns the vCPUs to 1 − 0.8/1.2 = 1/3.
    let t = simulate(&live(StopPolicy::Vmotion, 125e6, 1.2 * 125e6)).expect("valid");
    assert_eq!(t.metrics.outcome, Outcome::Completed);
    assert!(t.metrics.converged);
    let changes: Vec<f64> = t
        .events
        .iter()
        .filter_map(|e| match e.kind {
            EventKind::ThrottleChange { throttle } => Some(throttle),
            _ => None,
        })
        .collect();
    assert_eq!(changes.len(), 1);
    assert!((changes[0] - 1.0 / 3.0).abs() < 1e-9);
    // Round 1 resends all memory (round 0 dirtied all of it); from then on λ_eff = 0.8.
    let n = 1 + rounds_until(0.8, 125e6 * 0.5);
    assert_eq!(t.metrics.precopy_rounds, n);
    assert!(t.phases.iter().any(|p| p.vm_state == VmState::Throttled));
    assert!(t.metrics.degraded_time_s > 0.0);
}

#[test]
fn simgrid_uses_30_ms_and_caps_dirty_pages_at_90_percent() {
    let t = simulate(&live(StopPolicy::Simgrid, 125e6, 0.5 * 125e6)).expect("valid");
    assert_eq!(t.metrics.precopy_rounds, rounds_until(0.5, 125e6 * 0.03));
    // λ = 1.5: every round after the first resends 90% of memory, forever.
    let mut p = live(StopPolicy::Simgrid, 125e6, 1.5 * 125e6);
    p.time_limit_s = 300.0;
    let t = simulate(&p).expect("valid");
    assert_eq!(t.metrics.outcome, Outcome::NotConverged);
    let full: Vec<_> = t.rounds.iter().filter(|r| r.index >= 1).collect();
    assert!(full.len() >= 2);
    for r in &full[..full.len() - 1] {
        assert!((r.bytes_sent / (0.9 * M as f64) - 1.0).abs() < 1e-9);
    }
    // The textbook rule on the same VM resends all memory (the working set is all of it).
    p.policy = StopPolicy::Textbook;
    let q = simulate(&p).expect("valid");
    assert!((q.rounds[1].bytes_sent / M as f64 - 1.0).abs() < 1e-9);
}

#[test]
fn auto_converge_follows_qemus_schedule_and_brings_lambda_2_home() {
    // λ = 2 on a 4 GiB VM at 1.25 GB/s: rounds last ~3.4 s (> 1 s, so every sync counts)
    // and each round dirties all memory until the throttle bites.
    let mut p = live(StopPolicy::Qemu, 1.25e9, 2.5e9);
    p.auto_converge = true;
    let t = simulate(&p).expect("valid");
    assert_eq!(t.metrics.outcome, Outcome::Completed, "{}", t.stop_reason);
    assert!(t.metrics.converged);
    let changes: Vec<(f64, f64)> = t
        .events
        .iter()
        .filter_map(|e| match e.kind {
            EventKind::ThrottleChange { throttle } => Some((e.t_s, throttle)),
            _ => None,
        })
        .collect();
    assert!(changes.len() >= 3);
    // First throttle at the third sync = end of round 1, at cpu-throttle-initial 20%.
    assert!((changes[0].0 - t.rounds[1].end_s()).abs() < 1e-9);
    assert!((changes[0].1 - 0.2).abs() < 1e-12);
    // Then +10 points every second sync while writes exceed half of what is sent.
    for w in changes.windows(2) {
        assert!((w[1].1 - w[0].1 - 0.1).abs() < 1e-9, "{changes:?}");
        let i0 = t
            .rounds
            .iter()
            .position(|r| r.end_s() == w[0].0)
            .expect("at a round end");
        let i1 = t
            .rounds
            .iter()
            .position(|r| r.end_s() == w[1].0)
            .expect("at a round end");
        if t.rounds[i0 + 1].duration_s > 1.0 && t.rounds[i0 + 2].duration_s > 1.0 {
            assert_eq!(i1 - i0, 2, "{changes:?}");
        }
    }
    // Rounds carry the throttle and the phases are marked throttled.
    assert!(t.rounds.iter().any(|r| r.throttle >= 0.5));
    assert!(t.phases.iter().any(
        |ph| matches!(ph.kind, PhaseKind::PreCopy { .. }) && ph.vm_state == VmState::Throttled
    ));
    // Without auto-converge the same VM never converges.
    p.auto_converge = false;
    p.time_limit_s = 600.0;
    let n = simulate(&p).expect("valid");
    assert_eq!(n.metrics.outcome, Outcome::NotConverged);
}

#[test]
fn auto_converge_only_counts_syncs_a_second_apart() {
    // 256 MiB at 1.25 GB/s: rounds of ~0.2 s, so five rounds make one 1-s period and
    // the first throttle comes much later than the third sync.
    let mut p = live(StopPolicy::Qemu, 1.25e9, 2.5e9);
    p.memory_bytes = 256 << 20;
    p.auto_converge = true;
    p.downtime_limit_s = 0.01;
    let t = simulate(&p).expect("valid");
    let first = t
        .events
        .iter()
        .find(|e| matches!(e.kind, EventKind::ThrottleChange { .. }))
        .expect("throttles");
    assert!(first.t_s > 2.0, "first throttle at {}", first.t_s);
    assert!(first.t_s > t.rounds[1].end_s());
}

/// A writer that needs a share u of its vCPU keeps its rate while 1 − p ≥ u
/// (docs/model.md "Throttled writers"): auto-converge must climb further, and a round's
/// dirtied bytes follow D·min(1, (1 − p)/u).
#[test]
fn a_paced_writer_pushes_auto_converge_to_its_maximum() {
    let mut p = live(StopPolicy::Qemu, 1.25e9, 2.5e9);
    p.auto_converge = true;
    p.time_limit_s = 3600.0;
    let max_throttle =
        |t: &migration_model::Trace| t.rounds.iter().map(|r| r.throttle).fold(0.0, f64::max);
    let cpu_bound = simulate(&p).expect("valid");
    p.writer_cpu_share = 0.05;
    let paced = simulate(&p).expect("valid");
    assert_eq!(
        paced.metrics.outcome,
        Outcome::Completed,
        "{}",
        paced.stop_reason
    );
    assert!(
        max_throttle(&cpu_bound) < 0.9,
        "{}",
        max_throttle(&cpu_bound)
    );
    assert!((max_throttle(&paced) - 0.99).abs() < 1e-9);
    assert!(paced.metrics.total_time_s > cpu_bound.metrics.total_time_s);
    assert!(paced.metrics.bytes_sent > cpu_bound.metrics.bytes_sent);
    // Linear model, no cap hit: a round at throttle p dirties D·min(1, (1 − p)/u)·T.
    for r in paced
        .rounds
        .iter()
        .filter(|r| !r.is_final && r.duration_s > 0.0)
    {
        let share = ((1.0 - r.throttle) / 0.05).min(1.0);
        let want = (2.5e9 * share * r.duration_s).min(p.memory_bytes as f64);
        assert!(
            (r.dirty_bytes_at_end - want).abs() <= 1e-6 * want.max(1.0),
            "throttle {}: {} vs {want}",
            r.throttle,
            r.dirty_bytes_at_end
        );
    }
    // u = 1 is the textbook D(1 − p): the default.
    p.writer_cpu_share = 1.0;
    assert_eq!(simulate(&p).expect("valid"), cpu_bound);
}

/// SDPS stuns just enough to bring the writes to 80% of the send rate, whatever vCPU share
/// the writer needs: a paced writer needs a deeper stun.
#[test]
fn sdps_stuns_a_paced_writer_deeper() {
    use migration_model::sim::policy::sdps;
    let (d, s) = (2e9, 1e9);
    let cpu_bound = sdps(0.0, d, 1.0, s).expect("stuns");
    assert!((cpu_bound - 0.6).abs() < 1e-12);
    let paced = sdps(0.0, d, 0.1, s).expect("stuns");
    assert!((paced - 0.96).abs() < 1e-12);
    // At that stun the paced writer writes 80% of the send rate.
    let rate = d * migration_model::sim::workload::throttled_share(paced, 0.1);
    assert!((rate - 0.8 * s).abs() < 1e-3);
    // Already slow enough: no change.
    assert_eq!(sdps(paced, d, 0.1, s), None);
}
