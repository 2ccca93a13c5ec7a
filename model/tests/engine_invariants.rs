//! Invariants over extreme and pseudo-random valid parameters: no panic, no NaN,
//! contiguous phases, consistent metrics, bounded work.

use migration_model::params::{GIB, MIB};
use migration_model::{
    simulate, DirtyModel, Fault, FaultKind, Hold, HoldReason, Host, MigrationType, Outcome, Params,
    PhaseKind, StopPolicy, Trace, VmState,
};

/// SplitMix64, for a reproducible spread of parameters.
struct Mix(u64);
impl Mix {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    fn unit(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }
    /// Log-uniform in [lo, hi].
    fn log(&mut self, lo: f64, hi: f64) -> f64 {
        (lo.ln() + self.unit() * (hi.ln() - lo.ln())).exp()
    }
    fn pick<T: Copy>(&mut self, xs: &[T]) -> T {
        xs[(self.next() % xs.len() as u64) as usize]
    }
}

fn check(p: &Params) -> Trace {
    p.validate().expect("test params are valid");
    let t = simulate(p).expect("valid");
    let m = &t.metrics;
    for x in [
        m.total_time_s,
        m.downtime_s,
        m.degraded_time_s,
        m.bytes_sent,
        m.postcopy_faults,
    ] {
        assert!(x.is_finite() && x >= 0.0, "{x} in {p:?}");
    }
    assert!(!t.phases.is_empty());
    assert_eq!(t.phases[0].start_s, 0.0);
    for w in t.phases.windows(2) {
        assert_eq!(w[0].end_s, w[1].start_s, "contiguous");
    }
    for ph in &t.phases {
        assert!(ph.end_s > ph.start_s, "no empty phase: {ph:?}");
    }
    assert_eq!(t.phases.last().expect("phases").end_s, m.total_time_s);
    let down = t.downtime_at(m.total_time_s);
    assert!((down - m.downtime_s).abs() <= 1e-9 * m.total_time_s.max(1.0));
    assert!(m.downtime_s <= m.total_time_s * (1.0 + 1e-12));
    let sent = t.bytes_sent_at(m.total_time_s);
    assert!((sent - m.bytes_sent).abs() <= 1e-9 * m.bytes_sent.max(1.0));
    for r in &t.rounds {
        assert!(r.start_s.is_finite() && r.duration_s >= 0.0 && r.bytes_sent >= 0.0);
        assert!(r.dirty_bytes_at_end.is_finite() && r.rate_bytes_per_s.is_finite());
        assert!(r.end_s() <= m.total_time_s * (1.0 + 1e-12) + 1e-12);
    }
    for e in &t.events {
        assert!(e.t_s.is_finite() && !e.note.is_empty());
    }
    assert!(t.rounds.len() <= 100_010);
    if m.outcome == Outcome::Completed {
        assert_eq!(t.final_state(), (Host::Destination, VmState::Running));
        // The trace ends at the instant the VM runs at the destination: after its last
        // phase there (resume, restore, boot, post-copy), or, when resuming takes no
        // time, right at the end of the last copy.
        let last = t.phases.last().expect("phases");
        let final_pass_ends_trace = t
            .rounds
            .iter()
            .any(|r| r.is_final && r.end_s() == m.total_time_s);
        assert!(
            last.host == Host::Destination || (p.resume_time_s == 0.0 && final_pass_ends_trace),
            "{last:?}"
        );
        if matches!(p.migration_type, MigrationType::Live) && p.faults.is_empty() {
            assert!(m.bytes_sent >= p.memory_bytes as f64 * (1.0 - p.zero_page_share) - 1.0);
        }
    }
    if m.outcome == Outcome::Lost {
        assert_eq!(t.phases.last().expect("phases").kind, PhaseKind::Lost);
    }
    assert!(!t.stop_reason.is_empty());
    assert_eq!(simulate(p).expect("valid"), t, "deterministic");
    t
}

#[test]
fn extremes() {
    let mut n = 0;
    for ty in MigrationType::ALL {
        for policy in StopPolicy::ALL {
            for &(mem, link, dirty) in &[
                (64 * MIB, 1e11, 0.0),
                (64 * MIB, 1e6, 1e11),
                (16 * 1024 * GIB, 1e6, 1e11),
                (16 * 1024 * GIB, 1e11, 1e11),
                (GIB, 1e6, 0.0),
            ] {
                for &page in &[4096u64, 2 * MIB, GIB] {
                    for model in [DirtyModel::Linear, DirtyModel::Uniform] {
                        let p = Params {
                            migration_type: ty,
                            policy,
                            memory_bytes: mem,
                            bandwidth_bytes_per_s: link,
                            dirty_rate_bytes_per_s: dirty,
                            page_size_bytes: page,
                            dirty_model: model,
                            downtime_limit_s: 0.001,
                            time_limit_s: 1.0,
                            auto_converge: true,
                            hot_set_share: 0.5,
                            hot_write_share: 1.0,
                            zero_page_share: 0.99,
                            ..Params::default()
                        };
                        check(&p);
                        let long = Params {
                            time_limit_s: 1e7,
                            downtime_limit_s: 60.0,
                            ..p
                        };
                        check(&long);
                        n += 2;
                    }
                }
            }
        }
    }
    assert!(n > 0);
}

#[test]
fn many_faults_and_holds_at_odd_times() {
    let mut rng = Mix(7);
    for _ in 0..300 {
        let mut p = Params {
            migration_type: rng.pick(&MigrationType::ALL),
            policy: rng.pick(&StopPolicy::ALL),
            memory_bytes: rng.log(64.0 * MIB as f64, 64.0 * GIB as f64) as u64,
            bandwidth_bytes_per_s: rng.log(1e6, 1e10),
            max_bandwidth_bytes_per_s: if rng.unit() < 0.5 {
                Some(rng.log(1e6, 1e10))
            } else {
                None
            },
            dirty_rate_bytes_per_s: rng.log(1e3, 1e10),
            dirty_model: rng.pick(&[DirtyModel::Linear, DirtyModel::Uniform]),
            page_size_bytes: rng.pick(&[4096, 2 * MIB]),
            downtime_limit_s: rng.log(0.001, 60.0),
            device_state_bytes: rng.log(1.0, GIB as f64) as u64,
            resume_time_s: rng.unit(),
            rtt_s: rng.log(1e-5, 1.0),
            disk_bytes: rng.log(1.0, 1e13) as u64,
            shared_storage: rng.unit() < 0.5,
            time_limit_s: rng.log(1.0, 1e5),
            auto_converge: rng.unit() < 0.5,
            suspend_after_s: if rng.unit() < 0.3 {
                Some(rng.log(1.0, 1e4))
            } else {
                None
            },
            hybrid_precopy_rounds: 1 + (rng.next() % 10) as u32,
            ..Params::default()
        };
        for _ in 0..(rng.next() % 17) {
            p.holds.push(Hold {
                start_after_suspend_s: rng.log(1e-3, 1e4),
                duration_s: rng.log(1e-3, 1e5),
                reason: rng.pick(&HoldReason::ALL),
            });
        }
        for _ in 0..(rng.next() % 17) {
            let kind = match rng.next() % 5 {
                0 => FaultKind::BandwidthDrop {
                    to_bytes_per_s: rng.log(1e3, 1e11),
                    duration_s: rng.log(1e-3, 1e5),
                },
                1 => FaultKind::LatencySpike {
                    extra_rtt_s: rng.log(1e-4, 10.0),
                    duration_s: rng.log(1e-3, 1e5),
                },
                2 => FaultKind::LinkFailure,
                3 => FaultKind::SourceHostFailure,
                _ => FaultKind::DestinationHostFailure,
            };
            p.faults.push(Fault {
                at_s: rng.log(1e-3, 1e5),
                kind,
            });
        }
        check(&p);
    }
}

/// The stop reason of a run cut by the time limit counts the rounds as the metrics do.
#[test]
fn time_limit_stop_reason_counts_rounds_like_the_metrics() {
    let p = migration_model::Params {
        dirty_rate_bytes_per_s: 150e6,
        time_limit_s: 200.0,
        ..Default::default()
    };
    let t = migration_model::simulate(&p).expect("valid");
    assert_eq!(t.metrics.outcome, migration_model::Outcome::NotConverged);
    let said = format!("({} rounds", t.metrics.precopy_rounds);
    assert!(
        t.stop_reason.to_string().contains(&said),
        "{} vs {said}",
        t.stop_reason
    );
}
