//! What a view asks of a trace at a time t: the rate the link achieves, the bytes sent,
//! the dirty set. A rate change inside a round (a latency spike, a bandwidth drop) must
//! show at t, not only as the round's average (`docs/model.md`, "The trace").

use migration_model::params::GIB;
use migration_model::sim::TCP_WINDOW_BYTES;
use migration_model::{
    presets, simulate, DirtyModel, Fault, FaultKind, MigrationType, Outcome, Params, PhaseKind,
    StopPolicy, Trace,
};

fn ecommerce() -> (Params, Trace) {
    let p = presets::find("ecommerce-rollback")
        .expect("the e-commerce preset")
        .params();
    let t = simulate(&p).expect("valid");
    (p, t)
}

/// The preset's story, from the trace: round 1 runs at the link's rate until the spike,
/// then at the TCP window per round trip, and the dirty set grows until the link fails.
#[test]
fn ecommerce_spike_shows_at_t() {
    let (p, t) = ecommerce();
    let (spike_at, extra_rtt, fail_at) = (40.0, 1.0, 65.0);
    assert_eq!(p.faults[0].at_s, spike_at, "the preset's spike time");
    assert_eq!(t.metrics.outcome, Outcome::RolledBack);
    let r1 = t
        .round_at(spike_at + 1.0)
        .expect("a round during the spike");
    assert!(r1.start_s < spike_at, "the spike hits a round under way");
    assert_eq!(r1.end_s(), fail_at, "the link failure ends it");
    // Before the spike: the link (no cap in this preset); during it: W / RTT.
    let before = t.send_rate_at(spike_at - 0.5);
    let during = t.send_rate_at(spike_at + 5.0);
    assert!((before - p.bandwidth_bytes_per_s).abs() < 1.0, "{before}");
    let window_rate = TCP_WINDOW_BYTES / (p.rtt_s + extra_rtt);
    assert!(
        (during - window_rate).abs() < 1.0,
        "{during} vs {window_rate}"
    );
    assert!(during < 5e6, "about 4 MB/s: {during}");
    // The round's average hides it: between the two.
    assert!(r1.rate_bytes_per_s > during && r1.rate_bytes_per_s < before);
    // Bytes follow the rates: 1 s after the spike, one second of the window rate more.
    let d = t.bytes_sent_at(spike_at + 1.0) - t.bytes_sent_at(spike_at);
    assert!((d - window_rate).abs() < 1.0, "{d}");
    // The dirty set falls while round 1 sends at 125 MB/s against 60 MB/s of writes, and
    // grows from the spike on, while writes outpace the 4 MB/s.
    let dirty = |s: f64| t.dirty_bytes_at(&p, s).expect("during pre-copy");
    assert!(dirty(r1.start_s + 1.0) > dirty(spike_at - 0.1));
    let mut last = dirty(spike_at);
    for s in [42.0, 45.0, 50.0, 55.0, 60.0, 64.9] {
        let now = dirty(s);
        assert!(
            now > last,
            "the dirty set grows during the spike: {s} s: {now} ≤ {last}"
        );
        last = now;
    }
    // At the rate of writes minus sending (the linear model, far from its cap).
    let growth = (dirty(50.0) - dirty(45.0)) / 5.0;
    let want = p.dirty_rate_bytes_per_s - window_rate;
    assert!((growth / want - 1.0).abs() < 0.02, "{growth} vs {want}");
    // After the rollback there is no pre-copy dirty set.
    assert_eq!(t.dirty_bytes_at(&p, fail_at + 1.0), None);
}

/// Rates integrate to each round's bytes, and `bytes_sent_at` is continuous and
/// non-decreasing across rate changes, for drops and spikes on every type.
#[test]
fn rate_changes_integrate_to_the_bytes() {
    let faults = vec![
        Fault {
            at_s: 5.0,
            kind: FaultKind::BandwidthDrop {
                to_bytes_per_s: 20e6,
                duration_s: 10.0,
            },
        },
        Fault {
            at_s: 30.0,
            kind: FaultKind::LatencySpike {
                extra_rtt_s: 0.3,
                duration_s: 4.0,
            },
        },
    ];
    for ty in MigrationType::ALL {
        let p = Params {
            migration_type: ty,
            memory_bytes: 2 * GIB,
            disk_bytes: 4 * GIB,
            shared_storage: false,
            faults: faults.clone(),
            ..Params::default()
        };
        let t = simulate(&p).expect("valid");
        let mut changed = 0;
        for r in &t.rounds {
            if r.rate_changes.is_empty() {
                continue;
            }
            changed += 1;
            assert_eq!(r.rate_changes[0].at_s, r.start_s, "{ty:?}");
            assert!(r.rate_changes.windows(2).all(|w| w[0].at_s < w[1].at_s));
            let by_end = {
                let mut b = 0.0;
                for (i, c) in r.rate_changes.iter().enumerate() {
                    let next = r.rate_changes.get(i + 1).map_or(r.end_s(), |n| n.at_s);
                    b += (next - c.at_s) * c.bytes_per_s;
                }
                b
            };
            assert!(
                (by_end / r.bytes_sent - 1.0).abs() < 1e-9,
                "{ty:?} round {}: {by_end} vs {}",
                r.index,
                r.bytes_sent
            );
        }
        assert!(changed > 0, "{ty:?}: the drop falls inside a round");
        let end = t.end_s();
        let mut prev = 0.0;
        for k in 0..=2000 {
            let s = end * k as f64 / 2000.0;
            let b = t.bytes_sent_at(s);
            assert!(b + 1e-6 >= prev, "{ty:?} at {s}: {b} < {prev}");
            prev = b;
        }
        assert!((t.bytes_sent_at(end) - t.metrics.bytes_sent).abs() < 1e-3 * end.max(1.0));
    }
}

/// In a round at a constant rate the dirty set is what the round has not sent yet plus
/// what the guest dirtied since it began: it starts at the round's set and ends at what
/// the next round must send.
#[test]
fn dirty_set_joins_the_round_ends() {
    let p = Params {
        policy: StopPolicy::Xen,
        dirty_model: DirtyModel::Uniform,
        working_set_bytes: Some(GIB),
        dirty_rate_bytes_per_s: 40e6,
        ..Params::default()
    };
    let t = simulate(&p).expect("valid");
    let pre: Vec<_> = t.rounds.iter().filter(|r| !r.is_final).collect();
    assert!(pre.len() >= 3);
    for w in pre.windows(2) {
        let (a, b) = (w[0], w[1]);
        let at_end = t.dirty_bytes_at(&p, a.end_s() - 1e-9).expect("pre-copy");
        assert!(
            (at_end / b.pending_bytes_at_start - 1.0).abs() < 1e-3,
            "round {}: {at_end} vs next round's {}",
            a.index,
            b.pending_bytes_at_start
        );
        let at_start = t.dirty_bytes_at(&p, b.start_s + 1e-9).expect("pre-copy");
        assert!((at_start / b.pending_bytes_at_start - 1.0).abs() < 1e-3);
    }
    let stop = t
        .phases
        .iter()
        .find(|ph| ph.kind == PhaseKind::StopAndCopy)
        .expect("stop-and-copy");
    assert_eq!(
        t.dirty_bytes_at(&p, 0.5 * (stop.start_s + stop.end_s)),
        Some(0.0)
    );
    assert_eq!(t.dirty_bytes_at(&p, t.end_s() + 1.0), None);
}

/// `bytes_sent_at` finds the round under way by binary search and takes the earlier
/// rounds' bytes from `sent_before_bytes`: at every moment it equals the plain sum over
/// all rounds, for every type, with rate changes and with a run that fails part way.
#[test]
fn bytes_sent_at_is_the_sum_over_every_round() {
    let faults = |fail: bool| {
        let mut f = vec![Fault {
            at_s: 5.0,
            kind: FaultKind::BandwidthDrop {
                to_bytes_per_s: 20e6,
                duration_s: 10.0,
            },
        }];
        if fail {
            f.push(Fault {
                at_s: 25.0,
                kind: FaultKind::LinkFailure,
            });
        }
        f
    };
    for ty in MigrationType::ALL {
        for fail in [false, true] {
            let p = Params {
                migration_type: ty,
                memory_bytes: 2 * GIB,
                faults: faults(fail),
                ..Params::default()
            };
            let t = simulate(&p).expect("valid");
            let mut before = 0.0;
            for r in &t.rounds {
                assert_eq!(r.sent_before_bytes, before, "{ty:?} round {}", r.index);
                before += r.bytes_sent;
            }
            let end = t.end_s();
            for k in 0..=997 {
                let s = end * 1.01 * k as f64 / 997.0;
                let sum: f64 = t.rounds.iter().map(|r| r.bytes_sent_by(s)).sum();
                let b = t.bytes_sent_at(s);
                assert!(
                    (b - sum).abs() <= 1e-9 * sum.max(1.0),
                    "{ty:?} fail={fail} at {s}: {b} vs {sum}"
                );
            }
        }
    }
}
