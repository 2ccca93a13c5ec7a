//! Timed parameter changes (`Params::changes`, `docs/model.md`, "A parameter that changes
//! at a moment"): the bandwidth or the write rate steps at a moment, exactly within a
//! round, for every migration type and stop rule.

use migration_model::params::{Change, ChangeKind, GIB};
use migration_model::{
    simulate, units, vary, EventKind, MigrationType, Outcome, Params, StopPolicy, Trace,
};

fn run(p: &Params) -> Trace {
    simulate(p).expect("valid parameters")
}

fn with_change(p: &Params, at_s: f64, kind: ChangeKind) -> Params {
    Params {
        changes: vec![Change { at_s, kind }],
        ..p.clone()
    }
}

/// Every type, and under live every stop rule, with and without a fault and throttling.
fn every_scenario() -> Vec<Params> {
    let mut out = Vec::new();
    for t in MigrationType::ALL {
        out.push(Params {
            migration_type: t,
            hybrid_precopy_rounds: 3,
            ..Params::default()
        });
    }
    for policy in StopPolicy::ALL {
        out.push(Params {
            policy,
            dirty_rate_bytes_per_s: 60e6,
            ..Params::default()
        });
    }
    out.push(Params {
        auto_converge: true,
        dirty_rate_bytes_per_s: 150e6,
        ..Params::default()
    });
    out.push(units_params("--suspend-after 60s --dirty-rate 150MB/s"));
    out.push(Params {
        faults: vec![units::fault("latency-spike@30s:1s:10s").unwrap()],
        dirty_rate_bytes_per_s: 60e6,
        ..Params::default()
    });
    out
}

fn units_params(flags: &str) -> Params {
    let mut p = Params::default();
    let words: Vec<&str> = flags.split_whitespace().collect();
    for pair in words.chunks(2) {
        let spec = migration_model::spec::of_flag(pair[0].trim_start_matches('-')).unwrap();
        (spec.read)(&mut p, pair[1]).unwrap();
    }
    p
}

fn kinds(bw: f64, dirty: f64) -> [ChangeKind; 2] {
    [
        ChangeKind::Bandwidth { bytes_per_s: bw },
        ChangeKind::DirtyRate { bytes_per_s: dirty },
    ]
}

#[test]
fn a_change_after_the_end_changes_nothing() {
    for p in every_scenario() {
        let before = run(&p);
        for kind in kinds(12.5e6, 400e6) {
            let after = run(&with_change(&p, before.metrics.total_time_s + 1.0, kind));
            assert_eq!(after, before, "{kind:?} on {p:?}");
        }
    }
}

/// The trace without its change events (the one thing a change at 0 adds).
fn without_change_events(mut t: Trace) -> Trace {
    t.events
        .retain(|e| !matches!(e.kind, EventKind::Change { .. }));
    t
}

#[test]
fn a_change_at_zero_is_the_new_value_from_the_start() {
    for p in every_scenario() {
        for (kind, new) in kinds(62.5e6, 130e6).into_iter().zip([
            Params {
                bandwidth_bytes_per_s: 62.5e6,
                ..p.clone()
            },
            Params {
                dirty_rate_bytes_per_s: 130e6,
                ..p.clone()
            },
        ]) {
            let changed = run(&with_change(&p, 0.0, kind));
            assert!(changed
                .events
                .iter()
                .any(|e| matches!(e.kind, EventKind::Change { .. }) && e.t_s == 0.0));
            assert_eq!(
                without_change_events(changed),
                run(&new),
                "{kind:?} on {p:?}"
            );
        }
    }
}

#[test]
fn bytes_are_conserved_across_a_change() {
    for p in every_scenario() {
        for kind in kinds(20e6, 180e6) {
            let t = run(&with_change(&p, 25.0, kind));
            let m = &t.metrics;
            let rounds: f64 = t.rounds.iter().map(|r| r.bytes_sent).sum();
            assert!((rounds - m.bytes_sent).abs() <= 1e-9 * m.bytes_sent.max(1.0));
            let on_wire = t.bytes_sent_at(m.total_time_s);
            assert!((on_wire - m.bytes_sent).abs() <= 1e-6 * m.bytes_sent.max(1.0));
            for r in t.rounds.iter().filter(|r| !r.rate_changes.is_empty()) {
                assert!((r.bytes_sent_by(r.end_s()) - r.bytes_sent).abs() <= 1e-6 * r.bytes_sent);
            }
            if m.outcome == Outcome::Completed && p.migration_type == MigrationType::Live {
                let pages: f64 = t.rounds.iter().map(|r| r.pages_sent).sum();
                assert!(
                    pages * 4096.0 >= p.memory_bytes as f64 * (1.0 - 1e-9),
                    "{kind:?}"
                );
            }
        }
    }
}

#[test]
fn a_round_spanning_a_change_sends_and_dirties_at_each_rate_in_turn() {
    // Textbook rounds, linear writes: round 0 sends all of memory.
    let p = Params {
        policy: StopPolicy::Textbook,
        ..Params::default()
    };
    let memory = p.memory_bytes as f64;
    let t = run(&with_change(
        &p,
        20.0,
        ChangeKind::Bandwidth {
            bytes_per_s: 62.5e6,
        },
    ));
    let r0 = &t.rounds[0];
    let end = 20.0 + (memory - 125e6 * 20.0) / 62.5e6;
    assert!((r0.end_s() - end).abs() < 1e-9, "{} vs {end}", r0.end_s());
    assert_eq!(r0.rate_changes.len(), 2);
    // The guest wrote 100 MB/s throughout: the dirty set is D × T0, at most memory.
    assert!((r0.dirty_bytes_at_end - (100e6 * end).min(memory)).abs() < 1.0);

    let t = run(&with_change(
        &p,
        20.0,
        ChangeKind::DirtyRate { bytes_per_s: 50e6 },
    ));
    let r0 = &t.rounds[0];
    let t0 = memory / 125e6;
    let dirtied = 100e6 * 20.0 + 50e6 * (t0 - 20.0);
    assert!((r0.duration_s - t0).abs() < 1e-9);
    assert!(
        (r0.dirty_bytes_at_end - dirtied).abs() < 1.0,
        "{}",
        r0.dirty_bytes_at_end
    );
    // Mid-round, the writes follow the old rate before the change, the new after; of
    // what they dirtied, the part the pass has already sent is the dirty set (the rest
    // is still to send anyway: docs/model.md, "How pages get dirty").
    let at = |s: f64| t.dirty_bytes_at(&with_change(&p, 20.0, kinds(0.0, 50e6)[1]), s);
    let sent_share = |s: f64| 125e6 * s / memory;
    let early = at(10.0).unwrap();
    let late = at(30.0).unwrap();
    assert!(
        (early - 100e6 * 10.0 * sent_share(10.0)).abs() < 1.0,
        "{early}"
    );
    let written = 100e6 * 20.0 + 50e6 * 10.0;
    assert!((late - written * sent_share(30.0)).abs() < 1.0, "{late}");
}

#[test]
fn a_bandwidth_drop_lengthens_the_run_and_can_stop_convergence() {
    let p = Params::default();
    let base = run(&p);
    assert_eq!(base.metrics.outcome, Outcome::Completed);
    // A small drop: still converges, later and with more sent.
    let mild = run(&with_change(
        &p,
        40.0,
        ChangeKind::Bandwidth { bytes_per_s: 115e6 },
    ));
    assert_eq!(mild.metrics.outcome, Outcome::Completed);
    assert!(mild.metrics.total_time_s > base.metrics.total_time_s);
    assert!(mild.metrics.bytes_sent > base.metrics.bytes_sent);
    // Below the write rate (λ > 1 from 40 s on): pre-copy no longer converges.
    let drop = run(&with_change(
        &p,
        40.0,
        ChangeKind::Bandwidth {
            bytes_per_s: 12.5e6,
        },
    ));
    assert_eq!(drop.metrics.outcome, Outcome::NotConverged);
    assert!(!drop.metrics.converged);
    // Writing faster does the same from the other side.
    let faster = run(&with_change(
        &p,
        40.0,
        ChangeKind::DirtyRate { bytes_per_s: 200e6 },
    ));
    assert_eq!(faster.metrics.outcome, Outcome::NotConverged);
    // And a faster link from 40 s on finishes sooner.
    let rise = run(&with_change(
        &p,
        40.0,
        ChangeKind::Bandwidth {
            bytes_per_s: 1.25e9,
        },
    ));
    assert!(rise.metrics.total_time_s < base.metrics.total_time_s);
}

#[test]
fn the_notation_reads_back_and_bad_values_are_named() {
    for text in [
        "bw:100Mbit/s@40s",
        "dirty:200MB/s@40s",
        "dirty:25000pages/s@1.5s",
    ] {
        let c = units::change(text).unwrap();
        assert_eq!(units::change(&migration_model::notation::change(&c)), Ok(c));
    }
    assert_eq!(
        migration_model::notation::change(&units::change(" bw:1Gbps@40000ms ").unwrap()),
        "bw:1Gbit/s@40s"
    );
    let err = |s: &str| units::change(s).unwrap_err();
    assert!(err("bw:fast@40s").starts_with("bw 'fast': expected a rate"));
    assert!(err("mem:4GiB@40s").starts_with("'mem' cannot change"));
    assert!(err("bw:1Gbit/s@soon").starts_with("the moment 'soon'"));
    assert!(err("bw=1Gbit/s@4s").starts_with("expected KEY:VALUE@TIME"));
    // Out of range: named by validate, never a panic.
    let p = with_change(
        &Params::default(),
        4.0,
        ChangeKind::Bandwidth { bytes_per_s: 10.0 },
    );
    assert_eq!(simulate(&p).unwrap_err().field, "changes.bw");
}

#[test]
fn vary_by_change_rows_equal_single_runs() {
    let base = Params {
        memory_bytes: 2 * GIB,
        ..Params::default()
    };
    let v = vary::vary(
        &base,
        "change",
        &[
            "none",
            "bw:100Mbit/s@40s",
            "dirty:200MB/s@10s+bw:2Gbit/s@20s",
        ],
    )
    .unwrap();
    assert_eq!(v.variants.len(), 3);
    assert_eq!(v.variants[0].label(), "no change");
    assert_eq!(v.variants[1].label(), "bandwidth 100 Mbit/s from 40 s");
    assert_eq!(v.variants[1].value, "bw:100Mbit/s@40s");
    assert_eq!(
        v.variants[2].label(),
        "writes 200 MB/s from 10 s and bandwidth 2 Gbit/s from 20 s"
    );
    for (x, value) in v.variants.iter().zip(["none", "bw:100Mbit/s@40s"]) {
        let mut p = base.clone();
        if value != "none" {
            p.changes = vec![units::change(value).unwrap()];
        }
        assert_eq!(run(&x.params), run(&p));
    }
    let bad = vary::vary(&base, "change", &["none", "bw:x@1s", "bw:1Gbit/s@1s"]).unwrap();
    assert_eq!(bad.bad.len(), 1);
    assert_eq!(bad.bad[0].value, "bw:x@1s");
}
