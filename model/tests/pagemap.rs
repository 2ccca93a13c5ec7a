//! The page map agrees with the trace, is deterministic, costs no replay, and never panics.
//!
//! Hand-built traces (closed-form pre-copy, post-copy, cold, suspended, faults) pin the map
//! to known numbers independently of the engine.

use migration_model::params::GIB;
use migration_model::{
    page_map, CellState, DirtyModel, Event, EventKind, FaultKind, HoldReason, Host, Metrics,
    MigrationType, Outcome, Phase, PhaseKind, Round, Trace, VmState,
};
use migration_model::{PageMap, Params};
use std::collections::HashSet;

const CELLS: usize = 4096;

fn phase(kind: PhaseKind, start_s: f64, end_s: f64, host: Host, vm_state: VmState) -> Phase {
    Phase {
        kind,
        start_s,
        end_s,
        host,
        vm_state,
    }
}

fn metrics(total_time_s: f64, outcome: Outcome) -> Metrics {
    Metrics {
        total_time_s,
        downtime_s: 0.0,
        degraded_time_s: 0.0,
        bytes_sent: 0.0,
        bytes_sent_x_memory: 0.0,
        precopy_rounds: 0,
        converged: outcome == Outcome::Completed,
        outcome,
        postcopy_faults: 0.0,
        postcopy_vcpu_blocked_share: 0.0,
    }
}

fn empty_trace(p: &Params) -> Trace {
    Trace {
        migration_type: p.migration_type,
        policy: p.policy,
        memory_bytes: p.memory_bytes,
        page_size_bytes: p.page_size_bytes,
        phases: Vec::new(),
        rounds: Vec::new(),
        events: Vec::new(),
        metrics: metrics(0.0, Outcome::Completed),
        stop_reason: Default::default(),
    }
}

/// Expected distinct bytes dirtied by `writes_bytes` of page writes (`docs/model.md`, "How pages get dirty").
fn dirtied(p: &Params, writes_bytes: f64) -> f64 {
    let ws = p.working_set() as f64;
    match p.dirty_model {
        DirtyModel::Linear => writes_bytes.min(ws),
        DirtyModel::Uniform => {
            let page = p.page_size_bytes as f64;
            let n = ws / page;
            let w = writes_bytes / 4096.0;
            let (h, q) = if p.hot_set_share > 0.0 {
                (p.hot_set_share, p.hot_write_share)
            } else {
                (1.0, 1.0)
            };
            let occ = |n: f64, w: f64| {
                if n > 0.0 {
                    n * (1.0 - (-w / n).exp())
                } else {
                    0.0
                }
            };
            (occ(n * h, w * q) + occ(n * (1.0 - h), w * (1.0 - q))) * page
        }
    }
}

/// A pre-copy trace under QEMU's rule (switch over when the rest fits bandwidth ×
/// downtime limit), round 0 = memory minus zero pages; at most `max_rounds` rounds.
/// Ends with stop-and-copy and resume (completed), or with `tail` after the last round.
fn precopy_rounds(p: &Params, t0: f64, max_rounds: u32) -> (Vec<Round>, Vec<Phase>, f64) {
    let m = p.memory_bytes as f64;
    let r = p.stream_rate_bytes_per_s();
    let mut to_send = m - p.zero_bytes();
    let mut t = t0;
    let mut rounds = Vec::new();
    let mut phases = Vec::new();
    for i in 0..max_rounds {
        let dur = to_send / r;
        let dirty = dirtied(p, p.dirty_rate_bytes_per_s * dur);
        rounds.push(Round {
            index: i,
            start_s: t,
            duration_s: dur,
            bytes_sent: to_send,
            pages_sent: to_send / p.page_size_bytes as f64,
            dirty_pages_at_end: dirty / p.page_size_bytes as f64,
            dirty_bytes_at_end: dirty,
            pending_bytes_at_start: if i == 0 { m } else { to_send },
            unsent_bytes_at_start: if i == 0 { m } else { 0.0 },
            pending_bytes_at_end: dirty,
            throttle: 0.0,
            rate_bytes_per_s: r,
            rate_changes: Vec::new(),
            is_final: false,
            sent_before_bytes: rounds.iter().map(|r: &Round| r.bytes_sent).sum(),
        });
        phases.push(phase(
            PhaseKind::PreCopy { round: i },
            t,
            t + dur,
            Host::Source,
            VmState::Running,
        ));
        t += dur;
        to_send = dirty;
        if dirty <= r * p.downtime_limit_s {
            break;
        }
    }
    (rounds, phases, t)
}

fn live_trace(p: &Params) -> Trace {
    let (mut rounds, mut phases, t) = precopy_rounds(p, 0.0, 1000);
    let last = rounds.last().expect("a round").clone();
    let dur = last.dirty_bytes_at_end / p.bandwidth_bytes_per_s;
    rounds.push(Round {
        index: last.index + 1,
        start_s: t,
        duration_s: dur,
        bytes_sent: last.dirty_bytes_at_end,
        pages_sent: last.dirty_pages_at_end,
        dirty_pages_at_end: 0.0,
        dirty_bytes_at_end: 0.0,
        pending_bytes_at_start: last.dirty_bytes_at_end,
        unsent_bytes_at_start: 0.0,
        pending_bytes_at_end: 0.0,
        throttle: 0.0,
        rate_bytes_per_s: p.bandwidth_bytes_per_s,
        rate_changes: Vec::new(),
        is_final: true,
        sent_before_bytes: rounds.iter().map(|r: &Round| r.bytes_sent).sum(),
    });
    phases.push(phase(
        PhaseKind::StopAndCopy,
        t,
        t + dur,
        Host::Source,
        VmState::Paused,
    ));
    phases.push(phase(
        PhaseKind::Resume,
        t + dur,
        t + dur + 0.05,
        Host::Destination,
        VmState::Running,
    ));
    let mut trace = empty_trace(p);
    trace.metrics = metrics(t + dur + 0.05, Outcome::Completed);
    trace.rounds = rounds;
    trace.phases = phases;
    trace
}

/// Post-copy (or hybrid with `precopy` rounds): switchover, then a push of `push_s`.
fn postcopy_trace(p: &Params, precopy: u32, faults_pages: f64, outcome: Outcome) -> Trace {
    let (rounds, mut phases, t) = if precopy > 0 {
        precopy_rounds(p, 0.0, precopy)
    } else {
        (Vec::new(), Vec::new(), 0.0)
    };
    phases.push(phase(
        PhaseKind::Switchover,
        t,
        t + 0.01,
        Host::Source,
        VmState::Paused,
    ));
    let push_s = (p.memory_bytes as f64) / p.stream_rate_bytes_per_s();
    let mut trace = empty_trace(p);
    match outcome {
        Outcome::Completed => phases.push(phase(
            PhaseKind::PostCopy,
            t + 0.01,
            t + 0.01 + push_s,
            Host::Destination,
            VmState::Degraded,
        )),
        Outcome::Paused => {
            phases.push(phase(
                PhaseKind::PostCopy,
                t + 0.01,
                t + 0.01 + push_s / 2.0,
                Host::Destination,
                VmState::Degraded,
            ));
            phases.push(phase(
                PhaseKind::PostCopyPaused,
                t + 0.01 + push_s / 2.0,
                t + 0.01 + push_s,
                Host::Destination,
                VmState::Paused,
            ));
        }
        _ => {
            let fail = t + 0.01 + push_s / 2.0;
            phases.push(phase(
                PhaseKind::PostCopy,
                t + 0.01,
                fail,
                Host::Destination,
                VmState::Degraded,
            ));
            phases.push(phase(
                PhaseKind::Lost,
                fail,
                fail + 1.0,
                Host::Nowhere,
                VmState::Lost,
            ));
            trace.events.push(Event {
                t_s: fail,
                kind: EventKind::Fault {
                    fault: FaultKind::SourceHostFailure,
                },
                note: "the source host dies".into(),
            });
        }
    }
    let end = phases.last().expect("phases").end_s;
    trace.metrics = metrics(end, outcome);
    trace.metrics.postcopy_faults = faults_pages;
    trace.rounds = rounds;
    trace.phases = phases;
    trace
}

fn cold_trace(p: &Params) -> Trace {
    let mut trace = empty_trace(p);
    trace.phases = vec![
        phase(PhaseKind::Shutdown, 0.0, 20.0, Host::Source, VmState::Off),
        phase(PhaseKind::DiskCopy, 20.0, 30.0, Host::Source, VmState::Off),
        phase(PhaseKind::Boot, 30.0, 70.0, Host::Destination, VmState::Off),
    ];
    trace.metrics = metrics(70.0, Outcome::Completed);
    trace
}

fn suspended_trace(p: &Params) -> Trace {
    let mut trace = empty_trace(p);
    trace.phases = vec![
        phase(
            PhaseKind::Suspend,
            0.0,
            8.0,
            Host::Source,
            VmState::Suspended,
        ),
        phase(
            PhaseKind::Transfer,
            8.0,
            40.0,
            Host::Source,
            VmState::Suspended,
        ),
        phase(
            PhaseKind::Hold {
                reason: HoldReason::ComplianceReview,
            },
            40.0,
            100.0,
            Host::Source,
            VmState::Suspended,
        ),
        phase(
            PhaseKind::Restore,
            100.0,
            108.0,
            Host::Destination,
            VmState::Suspended,
        ),
        phase(
            PhaseKind::Resume,
            108.0,
            108.1,
            Host::Destination,
            VmState::Running,
        ),
    ];
    trace.metrics = metrics(108.1, Outcome::Completed);
    trace
}

/// Pre-copy cut short by a link failure halfway through round 0: rollback, then on the
/// source.
fn rollback_trace(p: &Params) -> Trace {
    let (mut rounds, _, _) = precopy_rounds(p, 0.0, 1);
    let r = &mut rounds[0];
    r.duration_s /= 2.0;
    r.bytes_sent /= 2.0;
    r.dirty_bytes_at_end = dirtied(p, p.dirty_rate_bytes_per_s * r.duration_s);
    r.dirty_pages_at_end = r.dirty_bytes_at_end / p.page_size_bytes as f64;
    let cut = r.duration_s;
    let phases = vec![
        phase(
            PhaseKind::PreCopy { round: 0 },
            0.0,
            cut,
            Host::Source,
            VmState::Running,
        ),
        phase(
            PhaseKind::Rollback,
            cut,
            cut + 1.0,
            Host::Source,
            VmState::Running,
        ),
        phase(
            PhaseKind::RunningOnSource,
            cut + 1.0,
            cut + 10.0,
            Host::Source,
            VmState::Running,
        ),
    ];
    let mut trace = empty_trace(p);
    trace.metrics = metrics(cut + 10.0, Outcome::RolledBack);
    trace.rounds = rounds;
    trace.phases = phases;
    trace
}

fn lecture_vm() -> Params {
    Params::default()
}

fn uniform_hot_set() -> Params {
    Params {
        dirty_model: DirtyModel::Uniform,
        working_set_bytes: Some(GIB),
        hot_set_share: 0.1,
        hot_write_share: 0.9,
        dirty_rate_bytes_per_s: 200e6,
        seed: 7,
        ..Params::default()
    }
}

fn dirty_share_error(trace: &Trace, params: &Params, cells: usize) -> f64 {
    let mut worst: f64 = 0.0;
    for r in &trace.rounds {
        let want = r.dirty_bytes_at_end / trace.memory_bytes as f64;
        let map = page_map(trace, params, r.end_s(), cells);
        let got = map.share(CellState::Dirtied);
        worst = worst.max((got - want).abs());
    }
    worst
}

fn scenarios() -> Vec<(&'static str, Params)> {
    vec![
        ("linear, lecture VM", lecture_vm()),
        (
            "linear, λ = 0.5, zero pages",
            Params {
                dirty_rate_bytes_per_s: 62.5e6,
                zero_page_share: 0.25,
                seed: 3,
                ..Params::default()
            },
        ),
        (
            "linear, working set 512 MiB",
            Params {
                working_set_bytes: Some(GIB / 2),
                dirty_rate_bytes_per_s: 150e6,
                ..Params::default()
            },
        ),
        (
            "uniform over all memory",
            Params {
                dirty_model: DirtyModel::Uniform,
                seed: 11,
                ..Params::default()
            },
        ),
        ("uniform, hot set", uniform_hot_set()),
        (
            "uniform, 2 MiB tracking, small VM",
            Params {
                dirty_model: DirtyModel::Uniform,
                memory_bytes: 64 << 20,
                page_size_bytes: 2 << 20,
                dirty_rate_bytes_per_s: 5e6,
                ..Params::default()
            },
        ),
    ]
}

#[test]
fn dirty_share_matches_trace_at_every_round_end() {
    for (name, params) in scenarios() {
        let trace = live_trace(&params);
        assert!(trace.rounds.len() > 2, "{name}: want several rounds");
        for cells in [1024, CELLS] {
            let err = dirty_share_error(&trace, &params, cells);
            assert!(err <= 0.02, "{name}, {cells} cells: off by {err}");
            // Stratified by rank, not sampled: within half a cell.
            assert!(err <= 0.5 / cells as f64 + 1e-12, "{name}: off by {err}");
        }
    }
}

#[test]
fn hot_set_is_dirtied_first() {
    let params = uniform_hot_set();
    let trace = live_trace(&params);
    // With 90% of writes on 10% of the working set, later rounds' dirty sets are mostly
    // the hot set and stay put: the same cells are dirty at each round end.
    let n = trace.rounds.len();
    let a = page_map(&trace, &params, trace.rounds[n - 3].end_s(), CELLS);
    let b = page_map(&trace, &params, trace.rounds[n - 2].end_s(), CELLS);
    let small = |m: &PageMap| -> HashSet<usize> {
        (0..m.cells.len())
            .filter(|&i| m.cells[i] == CellState::Dirtied)
            .collect()
    };
    let (sa, sb) = (small(&a), small(&b));
    let (lo, hi) = if sa.len() <= sb.len() {
        (sa, sb)
    } else {
        (sb, sa)
    };
    assert!(lo.is_subset(&hi), "dirty sets are nested");
}

#[test]
fn same_seed_same_map_other_seed_other_map() {
    let params = lecture_vm();
    let trace = live_trace(&params);
    let t = trace.rounds[1].start_s + trace.rounds[1].duration_s / 2.0;
    let a = page_map(&trace, &params, t, CELLS);
    let b = page_map(&trace, &params, t, CELLS);
    assert_eq!(a, b);
    let other = Params {
        seed: params.seed + 1,
        ..params.clone()
    };
    let c = page_map(&trace, &other, t, CELLS);
    assert_ne!(a.cells, c.cells);
    // At a round end the seed moves cells, not shares.
    let end = trace.rounds[1].end_s();
    let a = page_map(&trace, &params, end, CELLS);
    let c = page_map(&trace, &other, end, CELLS);
    assert_ne!(a.cells, c.cells);
    for s in CellState::ALL {
        assert_eq!(a.count(s), c.count(s), "{s:?}");
    }
}

#[test]
fn scrubbing_backwards_equals_a_fresh_map() {
    let params = uniform_hot_set();
    let trace = live_trace(&params);
    let end = trace.end_s();
    let times: Vec<f64> = (0..=40).map(|i| end * f64::from(i) / 40.0).collect();
    let fresh: Vec<PageMap> = times
        .iter()
        .map(|&t| page_map(&trace, &params, t, 1024))
        .collect();
    for (i, &t) in times.iter().enumerate().rev() {
        assert_eq!(page_map(&trace, &params, t, 1024), fresh[i], "t = {t}");
    }
}

#[test]
fn live_migration_states_in_order() {
    let params = Params {
        zero_page_share: 0.2,
        ..lecture_vm()
    };
    let trace = live_trace(&params);
    let r0 = &trace.rounds[0];
    let before = page_map(&trace, &params, -5.0, CELLS);
    assert_eq!(before.count(CellState::Dirtied), 0);
    assert!((before.share(CellState::Zero) - 0.2).abs() < 1e-3);
    assert!((before.share(CellState::NotCopied) - 0.8).abs() < 1e-3);

    let mid = page_map(&trace, &params, r0.start_s + r0.duration_s / 2.0, CELLS);
    for s in [
        CellState::NotCopied,
        CellState::CopiedClean,
        CellState::InFlight,
        CellState::Dirtied,
        CellState::Zero,
    ] {
        assert!(mid.count(s) > 0, "{s:?} in round 0");
    }
    // Round 0 sends in address order: the first half of the non-zero cells has gone.
    let sent = mid
        .cells
        .iter()
        .filter(|c| matches!(c, CellState::CopiedClean | CellState::Dirtied))
        .count() as f64;
    assert!((sent / (0.8 * CELLS as f64) - 0.5).abs() < 0.01);

    let fin = trace.rounds.last().expect("final pass");
    assert!(fin.is_final);
    let paused = page_map(&trace, &params, fin.start_s + fin.duration_s / 2.0, CELLS);
    assert_eq!(paused.count(CellState::NotCopied), 0);
    let end_of_copy = page_map(&trace, &params, fin.end_s(), CELLS);
    assert_eq!(end_of_copy.count(CellState::Dirtied), 0);
    assert_eq!(end_of_copy.count(CellState::InFlight), 0);
    let after = page_map(&trace, &params, trace.end_s() + 1.0, CELLS);
    assert_eq!(after.count(CellState::Present), CELLS);
}

#[test]
fn postcopy_missing_present_and_faults() {
    let params = Params {
        migration_type: MigrationType::PostCopy,
        ..lecture_vm()
    };
    let pages = params.memory_bytes as f64 / 4096.0;
    let trace = postcopy_trace(&params, 0, 0.05 * pages, Outcome::Completed);
    let pc = &trace.phases[1];
    assert_eq!(pc.kind, PhaseKind::PostCopy);
    let start = page_map(&trace, &params, pc.start_s + 1e-6, CELLS);
    assert!(start.share(CellState::Missing) > 0.99);
    let mid = page_map(&trace, &params, (pc.start_s + pc.end_s) / 2.0, CELLS);
    for s in [
        CellState::Missing,
        CellState::Present,
        CellState::FetchedOnFault,
        CellState::InFlight,
    ] {
        assert!(mid.count(s) > 0, "{s:?} mid post-copy");
    }
    // Just before the end: at the end the completed migration shows every page present.
    let end = page_map(&trace, &params, pc.end_s - 1e-6, CELLS);
    assert!(
        end.count(CellState::Missing) + end.count(CellState::InFlight) <= CELLS / 100,
        "{:?}",
        CellState::ALL.map(|s| end.count(s))
    );
    // All the trace's faults are shown by the end of the push.
    assert!((end.share(CellState::FetchedOnFault) - 0.05).abs() < 1e-3);
    let after = page_map(&trace, &params, pc.end_s + 10.0, CELLS);
    assert_eq!(after.count(CellState::Present), CELLS);
}

#[test]
fn hybrid_misses_only_what_precopy_left_dirty() {
    let params = Params {
        migration_type: MigrationType::Hybrid,
        hybrid_precopy_rounds: 2,
        ..uniform_hot_set()
    };
    let trace = postcopy_trace(&params, 2, 100.0, Outcome::Completed);
    let left = trace.rounds[1].dirty_bytes_at_end / params.memory_bytes as f64;
    let pc = trace
        .phases
        .iter()
        .find(|p| p.kind == PhaseKind::PostCopy)
        .expect("post-copy phase");
    let start = page_map(&trace, &params, pc.start_s + 1e-6, CELLS);
    assert!((start.share(CellState::Missing) - left).abs() < 0.002);
    assert_eq!(
        start.count(CellState::Present) + start.count(CellState::Missing),
        CELLS
    );
}

#[test]
fn postcopy_pause_and_loss() {
    let params = Params {
        migration_type: MigrationType::PostCopy,
        ..lecture_vm()
    };
    let trace = postcopy_trace(&params, 0, 1000.0, Outcome::Paused);
    let paused = trace.phases.last().expect("paused phase");
    let a = page_map(&trace, &params, paused.start_s + 1.0, CELLS);
    let b = page_map(&trace, &params, paused.end_s + 100.0, CELLS);
    assert_eq!(
        a,
        PageMap {
            t_s: a.t_s,
            ..b.clone()
        },
        "frozen while paused"
    );
    assert_eq!(a.count(CellState::InFlight), 0);
    assert!(a.count(CellState::Missing) > 0);

    let trace = postcopy_trace(&params, 0, 1000.0, Outcome::Lost);
    let lost = trace.phases.last().expect("lost phase");
    let m = page_map(&trace, &params, lost.start_s + 0.5, CELLS);
    // The source died: the pages it alone held are gone, those pushed survive.
    assert_eq!(m.count(CellState::Missing), 0);
    assert!(m.count(CellState::Discarded) > 0);
    assert!(m.count(CellState::Present) > 0);
}

#[test]
fn cold_discards_memory_then_boots_fresh() {
    let params = Params {
        migration_type: MigrationType::Cold,
        ..lecture_vm()
    };
    let trace = cold_trace(&params);
    let shutting = page_map(&trace, &params, 10.0, CELLS);
    assert!((shutting.share(CellState::Discarded) - 0.5).abs() < 0.01);
    let copying = page_map(&trace, &params, 25.0, CELLS);
    assert_eq!(copying.count(CellState::Discarded), CELLS);
    let booting = page_map(&trace, &params, 50.0, CELLS);
    assert!((booting.share(CellState::Present) - 0.5).abs() < 0.01);
    let done = page_map(&trace, &params, 70.0, CELLS);
    assert_eq!(done.count(CellState::Present), CELLS);
}

#[test]
fn suspended_goes_through_the_state_file() {
    let params = Params {
        migration_type: MigrationType::Suspended,
        ..lecture_vm()
    };
    let trace = suspended_trace(&params);
    let writing = page_map(&trace, &params, 4.0, CELLS);
    assert!((writing.share(CellState::InStateFile) - 0.5).abs() < 0.01);
    assert!(writing.count(CellState::InFlight) > 0);
    assert!(writing.count(CellState::NotCopied) > 0);
    for t in [20.0, 70.0] {
        let m = page_map(&trace, &params, t, CELLS);
        assert_eq!(m.count(CellState::InStateFile), CELLS, "t = {t}");
    }
    let restoring = page_map(&trace, &params, 104.0, CELLS);
    assert!((restoring.share(CellState::Present) - 0.5).abs() < 0.01);
    let done = page_map(&trace, &params, 200.0, CELLS);
    assert_eq!(done.count(CellState::Present), CELLS);
}

#[test]
fn rollback_discards_the_partial_copy() {
    let params = lecture_vm();
    let trace = rollback_trace(&params);
    let r0 = &trace.rounds[0];
    let cut = page_map(&trace, &params, r0.end_s(), CELLS);
    // Round 0 sent half of memory before the link failed; the rest was never copied.
    let stale = cut.share(CellState::NotCopied);
    assert!((stale - 0.5).abs() < 0.01, "not copied: {stale}");
    let during = page_map(&trace, &params, r0.end_s() + 0.5, CELLS);
    assert_eq!(during.count(CellState::InFlight), 0);
    assert_eq!(during.count(CellState::CopiedClean), 0);
    assert!((during.share(CellState::Discarded) - 0.5).abs() < 0.01);
    assert_eq!(
        during.count(CellState::NotCopied),
        cut.count(CellState::NotCopied)
    );
    let after = page_map(&trace, &params, trace.end_s() + 1.0, CELLS);
    assert_eq!(after.count(CellState::NotCopied), CELLS);
}

#[test]
fn every_state_is_reachable() {
    let mut seen = HashSet::new();
    let zero = Params {
        zero_page_share: 0.2,
        ..lecture_vm()
    };
    let pc = Params {
        migration_type: MigrationType::PostCopy,
        ..lecture_vm()
    };
    let traces = vec![
        (live_trace(&zero), zero.clone()),
        (
            postcopy_trace(&pc, 0, 0.05 * 1024.0 * 1024.0, Outcome::Completed),
            pc.clone(),
        ),
        (cold_trace(&lecture_vm()), lecture_vm()),
        (suspended_trace(&lecture_vm()), lecture_vm()),
    ];
    for (trace, params) in &traces {
        let end = trace.end_s();
        for i in 0..=200 {
            let t = end * f64::from(i) / 200.0;
            seen.extend(page_map(trace, params, t, 1024).cells);
        }
    }
    for s in CellState::ALL {
        assert!(seen.contains(&s), "{s:?} never shown");
    }
}

#[test]
fn odd_times_and_cell_counts_do_not_panic() {
    let params = uniform_hot_set();
    let traces = vec![
        live_trace(&params),
        postcopy_trace(&params, 1, 50.0, Outcome::Lost),
        cold_trace(&params),
        suspended_trace(&params),
        rollback_trace(&params),
        empty_trace(&params),
    ];
    for trace in &traces {
        for t in [
            f64::NAN,
            f64::NEG_INFINITY,
            -1.0,
            0.0,
            trace.end_s() / 3.0,
            trace.end_s(),
            1e12,
            f64::INFINITY,
        ] {
            for cells in [0, 1, 2, 100_000] {
                let m = page_map(trace, &params, t, cells);
                assert_eq!(m.cells.len(), cells);
                assert!(!m.t_s.is_nan());
            }
        }
    }
}

// ---- against the engine ----

use migration_model::{simulate, Fault, StopPolicy};

/// Scenarios across types, policies, dirty models and faults, run by the engine.
fn engine_scenarios() -> Vec<(String, Params)> {
    let mut out: Vec<(String, Params)> = scenarios()
        .into_iter()
        .map(|(n, p)| (n.to_string(), p))
        .collect();
    for policy in StopPolicy::ALL {
        for model in [DirtyModel::Linear, DirtyModel::Uniform] {
            out.push((
                format!("{policy:?}, {model:?}, hot set, zero pages"),
                Params {
                    policy,
                    dirty_model: model,
                    working_set_bytes: Some(2 * GIB),
                    hot_set_share: 0.2,
                    hot_write_share: 0.8,
                    zero_page_share: 0.1,
                    dirty_rate_bytes_per_s: 110e6,
                    seed: 5,
                    ..Params::default()
                },
            ));
        }
    }
    let fault = |at_s, kind| vec![Fault { at_s, kind }];
    out.extend([
        (
            "auto-converge, λ = 1.2".into(),
            Params {
                dirty_rate_bytes_per_s: 150e6,
                auto_converge: true,
                ..Params::default()
            },
        ),
        (
            "not converging, time limit".into(),
            Params {
                dirty_rate_bytes_per_s: 150e6,
                time_limit_s: 100.0,
                ..Params::default()
            },
        ),
        (
            "libvirt --timeout".into(),
            Params {
                suspend_after_s: Some(60.0),
                ..Params::default()
            },
        ),
        (
            "bandwidth drop".into(),
            Params {
                faults: fault(
                    40.0,
                    FaultKind::BandwidthDrop {
                        to_bytes_per_s: 20e6,
                        duration_s: 30.0,
                    },
                ),
                ..Params::default()
            },
        ),
        (
            "link failure in pre-copy".into(),
            Params {
                faults: fault(100.0, FaultKind::LinkFailure),
                ..Params::default()
            },
        ),
        (
            "link failure in round 0".into(),
            Params {
                faults: fault(10.0, FaultKind::LinkFailure),
                ..Params::default()
            },
        ),
        (
            "post-copy".into(),
            Params {
                migration_type: MigrationType::PostCopy,
                dirty_model: DirtyModel::Uniform,
                working_set_bytes: Some(GIB),
                ..Params::default()
            },
        ),
        (
            "post-copy, source fails".into(),
            Params {
                migration_type: MigrationType::PostCopy,
                faults: fault(10.0, FaultKind::SourceHostFailure),
                ..Params::default()
            },
        ),
        (
            "post-copy, destination fails".into(),
            Params {
                migration_type: MigrationType::PostCopy,
                faults: fault(10.0, FaultKind::DestinationHostFailure),
                ..Params::default()
            },
        ),
        (
            "post-copy, link fails".into(),
            Params {
                migration_type: MigrationType::PostCopy,
                faults: fault(10.0, FaultKind::LinkFailure),
                ..Params::default()
            },
        ),
        (
            "hybrid".into(),
            Params {
                migration_type: MigrationType::Hybrid,
                hybrid_precopy_rounds: 3,
                ..uniform_hot_set()
            },
        ),
        (
            "cold, disks copied".into(),
            Params {
                migration_type: MigrationType::Cold,
                shared_storage: false,
                ..Params::default()
            },
        ),
        (
            "cold, link fails".into(),
            Params {
                migration_type: MigrationType::Cold,
                shared_storage: false,
                faults: fault(60.0, FaultKind::LinkFailure),
                ..Params::default()
            },
        ),
        (
            "suspended, held".into(),
            Params {
                migration_type: MigrationType::Suspended,
                holds: vec![migration_model::Hold {
                    start_after_suspend_s: 5.0,
                    duration_s: 60.0,
                    reason: HoldReason::Budget,
                }],
                ..Params::default()
            },
        ),
        (
            "suspended, destination fails".into(),
            Params {
                migration_type: MigrationType::Suspended,
                shared_storage: false,
                faults: fault(30.0, FaultKind::DestinationHostFailure),
                ..Params::default()
            },
        ),
    ]);
    out
}

/// Rounds that sent all they were due (the same bookkeeping as the engine: round 0 is due
/// memory minus zero pages, round j what round j−1 left dirty plus what it left unsent).
fn complete_rounds(trace: &Trace, params: &Params) -> Vec<bool> {
    let mut due = trace.memory_bytes as f64 * (1.0 - params.zero_page_share);
    let mut out = Vec::new();
    for (j, r) in trace.rounds.iter().enumerate() {
        if j > 0 {
            let prev = &trace.rounds[j - 1];
            due = (due - prev.bytes_sent).max(0.0) + prev.dirty_bytes_at_end;
        }
        out.push(due <= 0.0 || r.bytes_sent >= 0.999 * due);
    }
    out
}

#[test]
fn simulated_dirty_share_matches_at_every_round_end() {
    let mut checked = 0;
    for (name, params) in engine_scenarios() {
        let trace = simulate(&params).expect("valid scenario");
        let complete = complete_rounds(&trace, &params);
        for (r, complete) in trace.rounds.iter().zip(complete) {
            let want = r.dirty_bytes_at_end / trace.memory_bytes as f64;
            let map = page_map(&trace, &params, r.end_s(), CELLS);
            let got = map.share(CellState::Dirtied);
            if complete {
                assert!(
                    (got - want).abs() <= 0.02,
                    "{name}, round {}: map {got}, trace {want}",
                    r.index
                );
                checked += 1;
            } else {
                // A round cut short leaves part of its set unsent: still stale (dirtied,
                // or never copied in round 0).
                let stale = got + map.share(CellState::NotCopied);
                assert!(
                    stale >= want - 0.02,
                    "{name}, round {}: {stale} < {want}",
                    r.index
                );
            }
        }
    }
    assert!(checked > 200, "checked {checked} round ends");
}

#[test]
fn simulated_postcopy_shows_the_trace_faults() {
    let params = Params {
        migration_type: MigrationType::PostCopy,
        dirty_model: DirtyModel::Uniform,
        working_set_bytes: Some(GIB),
        dirty_rate_bytes_per_s: 400e6,
        ..Params::default()
    };
    let trace = simulate(&params).expect("valid");
    let pc = trace
        .phases
        .iter()
        .find(|p| p.kind == PhaseKind::PostCopy)
        .expect("a post-copy phase");
    let end = page_map(&trace, &params, pc.end_s - 1e-9, CELLS);
    let want =
        trace.metrics.postcopy_faults * trace.page_size_bytes as f64 / trace.memory_bytes as f64;
    assert!(want > 0.0);
    assert!(
        (end.share(CellState::FetchedOnFault) - want).abs() <= 0.5 / CELLS as f64 + 1e-9,
        "fetched {} vs {want}",
        end.share(CellState::FetchedOnFault)
    );
}

#[test]
fn simulated_every_state_is_reachable_and_nothing_panics() {
    let mut seen = HashSet::new();
    for (name, params) in engine_scenarios() {
        let trace = simulate(&params).expect("valid scenario");
        let end = trace.end_s();
        let mut times: Vec<f64> = (0..=100).map(|i| end * f64::from(i) / 100.0).collect();
        times.extend(trace.phases.iter().flat_map(|p| [p.start_s, p.end_s]));
        times.extend([-1.0, f64::NAN, end + 1.0, f64::INFINITY]);
        for t in times {
            let m = page_map(&trace, &params, t, 1024);
            assert_eq!(m.cells.len(), 1024, "{name}");
            seen.extend(m.cells);
        }
        if trace.metrics.outcome == Outcome::Completed {
            let after = page_map(&trace, &params, end, 1024);
            assert_eq!(after.count(CellState::Present), 1024, "{name}");
        }
    }
    for s in CellState::ALL {
        assert!(seen.contains(&s), "{s:?} never shown");
    }
}

#[test]
fn simulated_host_failures_discard_that_hosts_pages() {
    for (kind, survivor) in [
        (FaultKind::SourceHostFailure, CellState::Present),
        (FaultKind::DestinationHostFailure, CellState::Missing),
    ] {
        let params = Params {
            migration_type: MigrationType::PostCopy,
            faults: vec![Fault { at_s: 10.0, kind }],
            ..Params::default()
        };
        let trace = simulate(&params).expect("valid");
        assert_eq!(trace.metrics.outcome, Outcome::Lost);
        let m = page_map(&trace, &params, trace.end_s(), CELLS);
        assert!(m.count(CellState::Discarded) > 0, "{kind:?}");
        assert!(m.count(survivor) > 0, "{kind:?}: {survivor:?} survive");
    }
}

/// Issue 22: a post-copy switchover is drawn as it happens: the VM's state crosses
/// first, and no page is shown at the destination before pages are sent (1 ms: the
/// state crossing; 3 ms: the resume). Once post-copy runs, pages arrive.
#[test]
fn post_copy_shows_no_page_at_the_destination_before_pages_are_sent() {
    use migration_model::{simulate, CellState, MigrationType, Params};
    let p = Params {
        migration_type: MigrationType::PostCopy,
        ..Params::default()
    };
    let t = simulate(&p).expect("valid");
    for at in [0.001, 0.003] {
        let m = migration_model::page_map(&t, &p, at, 768);
        let at_dest = m
            .cells
            .iter()
            .filter(|c| matches!(c, CellState::Present | CellState::FetchedOnFault))
            .count();
        assert_eq!(at_dest, 0, "{at_dest} cells at the destination at {at} s");
        // Crossing: the pages are at the source; resumed: missing at the destination.
        let waiting = if at < 0.002 {
            CellState::NotCopied
        } else {
            CellState::Missing
        };
        assert!(m.cells.contains(&waiting), "at {at} s");
    }
    let later = migration_model::page_map(&t, &p, t.end_s() / 2.0, 768);
    assert!(later.cells.contains(&CellState::Present));
}
