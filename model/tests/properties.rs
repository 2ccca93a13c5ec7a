//! Property tests of the model (issue 3): for any parameters inside their documented
//! ranges `simulate` returns a trace that keeps the model's invariants, and `validate()`
//! rejects every parameter outside its range, naming the field.
//!
//! The generators cover every field of [`Params`] within the ranges written in its doc
//! comments and in `params::limits`: all migration types × stop policies, both dirty models,
//! hot sets, page sizes (4 KiB and 2 MiB mostly, any power of two up to 1 GiB sometimes),
//! zero-page share, caps, auto-converge, libvirt `--timeout`, 0–3 holds and 0–2 faults of
//! every kind. Magnitudes (memory, rates, times) are drawn log-uniformly, with the range
//! ends as explicit cases, so that small and huge VMs are both common.
//!
//! Case counts per run: 10,000 for the main trace property, 3,000 for rejection of invalid
//! parameters, 300 for the page map. `PROPTEST_RNG_SEED=<n>` reproduces a run.

use migration_model::params::{limits, Change, ChangeKind, BASE_PAGE_BYTES, GIB, KIB, MIB};
use migration_model::{
    page_map, simulate, DirtyModel, EventKind, Fault, FaultKind, Hold, HoldReason, Host,
    MigrationType, Outcome, ParamError, Params, StopPolicy, SuspendTransfer, Trace, VmState,
};
use proptest::prelude::*;
use proptest::test_runner::TestCaseError;

const TIB: u64 = 1024 * GIB;

// ---------------------------------------------------------------------------------------
// Generators
// ---------------------------------------------------------------------------------------

/// Log-uniform over `lo ..= hi` (both > 0), with the two ends as explicit cases.
fn log_f64(lo: f64, hi: f64) -> BoxedStrategy<f64> {
    prop_oneof![
        8 => (lo.ln()..=hi.ln()).prop_map(move |e| e.exp().clamp(lo, hi)),
        1 => Just(lo),
        1 => Just(hi),
    ]
    .boxed()
}

/// `0 ..= hi`: zero, or log-uniform from `tiny` to `hi`.
fn zero_or_log_f64(tiny: f64, hi: f64) -> BoxedStrategy<f64> {
    prop_oneof![1 => Just(0.0), 6 => log_f64(tiny, hi)].boxed()
}

/// A share in `0 ..= hi`, with both ends explicit.
fn share(hi: f64) -> BoxedStrategy<f64> {
    prop_oneof![6 => 0.0..=hi, 1 => Just(0.0), 1 => Just(hi)].boxed()
}

/// Log-uniform u64 over `lo ..= hi`, with the ends explicit.
fn log_u64(lo: u64, hi: u64) -> BoxedStrategy<u64> {
    let (l, h) = ((lo.max(1) as f64).ln(), (hi as f64).ln());
    prop_oneof![
        8 => (l..=h).prop_map(move |e| (e.exp() as u64).clamp(lo, hi)),
        1 => Just(lo),
        1 => Just(hi),
    ]
    .boxed()
}

fn arb_type() -> impl Strategy<Value = MigrationType> {
    prop::sample::select(MigrationType::ALL.to_vec())
}

fn arb_policy() -> impl Strategy<Value = StopPolicy> {
    prop::sample::select(StopPolicy::ALL.to_vec())
}

fn arb_reason() -> impl Strategy<Value = HoldReason> {
    prop::sample::select(HoldReason::ALL.to_vec())
}

/// Dirty-tracking granularity: 4 KiB and 2 MiB (the two the app offers), and any power of
/// two up to 1 GiB now and then (valid, so it must not break the model).
fn arb_page_size() -> impl Strategy<Value = u64> {
    prop_oneof![
        4 => Just(BASE_PAGE_BYTES),
        4 => Just(2 * MIB),
        1 => (12u32..=30).prop_map(|e| 1u64 << e),
    ]
}

/// Seconds into a migration: mostly within the first minutes, where a fault or hold changes
/// the run, sometimes anywhere in the documented range.
fn arb_at_s(hi: f64) -> BoxedStrategy<f64> {
    prop_oneof![
        3 => 0.0..=120.0,
        1 => Just(0.0),
        2 => zero_or_log_f64(1e-3, hi),
    ]
    .boxed()
}

fn arb_hold() -> impl Strategy<Value = Hold> {
    (arb_at_s(1e6), zero_or_log_f64(1e-3, 1e7), arb_reason()).prop_map(
        |(start_after_suspend_s, duration_s, reason)| Hold {
            start_after_suspend_s,
            duration_s,
            reason,
        },
    )
}

fn arb_fault_kind() -> impl Strategy<Value = FaultKind> {
    let (_, rate_hi) = limits::RATE_BYTES_PER_S;
    prop_oneof![
        (log_f64(1e3, rate_hi), zero_or_log_f64(1e-3, 1e7)).prop_map(
            |(to_bytes_per_s, duration_s)| FaultKind::BandwidthDrop {
                to_bytes_per_s,
                duration_s,
            }
        ),
        (zero_or_log_f64(1e-6, 10.0), zero_or_log_f64(1e-3, 1e7)).prop_map(
            |(extra_rtt_s, duration_s)| FaultKind::LatencySpike {
                extra_rtt_s,
                duration_s,
            }
        ),
        Just(FaultKind::LinkFailure),
        Just(FaultKind::SourceHostFailure),
        Just(FaultKind::DestinationHostFailure),
    ]
}

fn arb_fault() -> impl Strategy<Value = Fault> {
    (arb_at_s(1e7), arb_fault_kind()).prop_map(|(at_s, kind)| Fault { at_s, kind })
}

/// A timed change of the bandwidth or the write rate, anywhere in their ranges.
fn arb_change() -> impl Strategy<Value = Change> {
    let (lo, hi) = limits::RATE_BYTES_PER_S;
    let kind = prop_oneof![
        log_f64(lo, hi).prop_map(|bytes_per_s| ChangeKind::Bandwidth { bytes_per_s }),
        zero_or_log_f64(1e3, limits::DIRTY_RATE_BYTES_PER_S.1)
            .prop_map(|bytes_per_s| ChangeKind::DirtyRate { bytes_per_s }),
    ];
    (arb_at_s(1e7), kind).prop_map(|(at_s, kind)| Change { at_s, kind })
}

/// Memory and how it gets dirty; the working set depends on the memory size.
#[derive(Clone, Debug)]
struct MemorySide {
    memory_bytes: u64,
    zero_page_share: f64,
    page_size_bytes: u64,
    dirty_rate_bytes_per_s: f64,
    dirty_model: DirtyModel,
    working_set_bytes: Option<u64>,
    hot_set_share: f64,
    hot_write_share: f64,
}

fn arb_memory_side() -> impl Strategy<Value = MemorySide> {
    let (mlo, mhi) = limits::MEMORY_BYTES;
    let memory = prop_oneof![
        6 => log_u64(mlo, mhi),
        // Lecture-sized VMs (64 MiB .. 64 GiB) get extra weight.
        4 => log_u64(mlo, 64 * GIB),
    ];
    memory.prop_flat_map(|memory_bytes| {
        let ws = prop::option::of(prop_oneof![
            4 => log_u64(4 * KIB, memory_bytes),
            1 => 4 * KIB..=memory_bytes,
        ]);
        (
            Just(memory_bytes),
            share(0.99),
            arb_page_size(),
            zero_or_log_f64(1e3, limits::DIRTY_RATE_BYTES_PER_S.1),
            prop::sample::select(vec![DirtyModel::Linear, DirtyModel::Uniform]),
            ws,
            share(1.0),
            share(1.0),
        )
            .prop_map(
                |(
                    memory_bytes,
                    zero_page_share,
                    page_size_bytes,
                    dirty_rate_bytes_per_s,
                    dirty_model,
                    working_set_bytes,
                    hot_set_share,
                    hot_write_share,
                )| MemorySide {
                    memory_bytes,
                    zero_page_share,
                    page_size_bytes,
                    dirty_rate_bytes_per_s,
                    dirty_model,
                    working_set_bytes,
                    hot_set_share,
                    hot_write_share,
                },
            )
    })
}

/// Link, switchover and time limit.
type LinkSide = (f64, Option<f64>, f64, u64, f64, f64, f64);

fn arb_link_side() -> impl Strategy<Value = LinkSide> {
    let (rlo, rhi) = limits::RATE_BYTES_PER_S;
    let (dlo, dhi) = limits::DOWNTIME_LIMIT_S;
    let (tlo, thi) = limits::TIME_LIMIT_S;
    (
        log_f64(rlo, rhi),
        prop::option::of(log_f64(rlo, rhi)),
        log_f64(dlo, dhi),
        prop_oneof![1 => Just(0u64), 3 => log_u64(1, limits::DEVICE_STATE_BYTES.1)],
        zero_or_log_f64(1e-4, 60.0),
        zero_or_log_f64(1e-6, limits::RTT_S.1),
        prop_oneof![3 => log_f64(tlo, thi), 1 => Just(600.0)],
    )
}

/// Disks, storage and guest lifecycle (cold and suspended).
type StorageSide = (u64, bool, f64, f64, f64, f64);

fn arb_storage_side() -> impl Strategy<Value = StorageSide> {
    let (rlo, rhi) = limits::RATE_BYTES_PER_S;
    let (_, short_hi) = limits::SHORT_TIME_S;
    (
        prop_oneof![1 => Just(0u64), 4 => log_u64(1, limits::DISK_BYTES.1)],
        any::<bool>(),
        log_f64(rlo, rhi),
        log_f64(rlo, rhi),
        zero_or_log_f64(1e-3, short_hi),
        zero_or_log_f64(1e-3, short_hi),
    )
}

/// Type, policy and controls.
type Controls = (MigrationType, StopPolicy, bool, Option<f64>, u32, u64);

fn arb_controls() -> impl Strategy<Value = Controls> {
    let (hlo, hhi) = limits::HYBRID_ROUNDS;
    (
        arb_type(),
        arb_policy(),
        any::<bool>(),
        // 0 = paused from the start (libvirt's migrate without --live).
        prop::option::of(prop_oneof![1 => Just(0.0), 2 => 1.0..=120.0, 1 => log_f64(1.0, 1e7)]),
        prop_oneof![3 => hlo..=5u32, 1 => hlo..=hhi],
        any::<u64>(),
    )
}

/// The writer's vCPU need and how a suspended VM's state moves.
fn arb_writer_and_transfer() -> impl Strategy<Value = (f64, SuspendTransfer)> {
    (
        prop_oneof![2 => Just(1.0), 1 => log_f64(1e-6, 1.0), 1 => Just(f64::MIN_POSITIVE)],
        prop::sample::select(SuspendTransfer::ALL.to_vec()),
    )
}

/// Any `Params` that `validate()` must accept.
fn arb_params() -> impl Strategy<Value = Params> {
    (
        (arb_controls(), arb_writer_and_transfer()),
        arb_memory_side(),
        arb_link_side(),
        arb_storage_side(),
        prop::collection::vec(arb_hold(), 0..=3),
        (
            prop::collection::vec(arb_fault(), 0..=2),
            prop::collection::vec(arb_change(), 0..=2),
        ),
    )
        .prop_map(
            |((controls, writer), mem, link, storage, holds, (faults, changes))| {
                let (migration_type, policy, auto_converge, suspend_after_s, hybrid_rounds, seed) =
                    controls;
                let (bw, cap, dtl, device, resume, rtt, time_limit) = link;
                let (disk, shared, sw, sr, shutdown, boot) = storage;
                let (writer_cpu_share, suspend_transfer) = writer;
                Params {
                    migration_type,
                    policy,
                    memory_bytes: mem.memory_bytes,
                    zero_page_share: mem.zero_page_share,
                    page_size_bytes: mem.page_size_bytes,
                    bandwidth_bytes_per_s: bw,
                    max_bandwidth_bytes_per_s: cap,
                    dirty_rate_bytes_per_s: mem.dirty_rate_bytes_per_s,
                    dirty_model: mem.dirty_model,
                    working_set_bytes: mem.working_set_bytes,
                    hot_set_share: mem.hot_set_share,
                    hot_write_share: mem.hot_write_share,
                    downtime_limit_s: dtl,
                    device_state_bytes: device,
                    resume_time_s: resume,
                    disk_bytes: disk,
                    shared_storage: shared,
                    storage_write_bytes_per_s: sw,
                    storage_read_bytes_per_s: sr,
                    shutdown_time_s: shutdown,
                    boot_time_s: boot,
                    rtt_s: rtt,
                    time_limit_s: time_limit,
                    auto_converge,
                    // XBZRLE on a third of the runs, its cache a share of memory and its
                    // encoded page anywhere in 1 ..= 4096 bytes (drawn from the seed).
                    xbzrle_cache_bytes: (seed % 3 == 0)
                        .then(|| (mem.memory_bytes >> (seed % 8)).max(4096)),
                    xbzrle_page_bytes: 1.0 + (seed % 4096) as f64,
                    writer_cpu_share,
                    suspend_after_s,
                    suspend_transfer,
                    hybrid_precopy_rounds: hybrid_rounds,
                    holds,
                    faults,
                    changes,
                    seed,
                    link_shares: Vec::new(),
                }
            },
        )
}

// ---------------------------------------------------------------------------------------
// Invariants of a trace
// ---------------------------------------------------------------------------------------

/// Traces up to this many rounds are also compared as JSON.
const JSON_ROUNDS_MAX: usize = 5_000;

/// Relative tolerance for sums of f64 that should agree (phases, rounds, bytes).
const REL: f64 = 1e-9;

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= REL * a.abs().max(b.abs()).max(1.0)
}

fn is_memory_migration(t: MigrationType) -> bool {
    matches!(
        t,
        MigrationType::Live | MigrationType::PostCopy | MigrationType::Hybrid
    )
}

/// Every invariant of one trace; each `prop_assert!` names the rule it checks.
fn check_trace(p: &Params, t: &Trace) -> Result<(), TestCaseError> {
    let m = &t.metrics;
    let memory = p.memory_bytes as f64;

    // Echo of the scenario.
    prop_assert_eq!(t.migration_type, p.migration_type);
    prop_assert_eq!(t.memory_bytes, p.memory_bytes);
    prop_assert_eq!(t.page_size_bytes, p.page_size_bytes);

    // Every number finite and non-negative.
    for (name, v) in [
        ("total_time_s", m.total_time_s),
        ("downtime_s", m.downtime_s),
        ("degraded_time_s", m.degraded_time_s),
        ("bytes_sent", m.bytes_sent),
        ("bytes_sent_x_memory", m.bytes_sent_x_memory),
        ("postcopy_faults", m.postcopy_faults),
        ("postcopy_vcpu_blocked_share", m.postcopy_vcpu_blocked_share),
    ] {
        prop_assert!(v.is_finite() && v >= 0.0, "metrics.{name} = {v}");
    }
    prop_assert!(
        m.postcopy_vcpu_blocked_share <= 1.0,
        "blocked share {}",
        m.postcopy_vcpu_blocked_share
    );
    prop_assert!(
        close(m.bytes_sent_x_memory, m.bytes_sent / memory),
        "bytes_sent_x_memory {} != bytes_sent / memory {}",
        m.bytes_sent_x_memory,
        m.bytes_sent / memory
    );

    // Downtime is part of the total time; so is degraded time.
    prop_assert!(
        m.downtime_s <= m.total_time_s * (1.0 + REL) + 1e-12,
        "downtime {} > total {}",
        m.downtime_s,
        m.total_time_s
    );
    prop_assert!(
        m.degraded_time_s <= m.total_time_s * (1.0 + REL) + 1e-12,
        "degraded {} > total {}",
        m.degraded_time_s,
        m.total_time_s
    );

    // Phases: non-empty, first at 0, contiguous, in order, non-negative, last ends at total.
    prop_assert!(!t.phases.is_empty(), "no phases");
    prop_assert_eq!(t.phases[0].start_s, 0.0, "first phase starts at 0");
    for (i, ph) in t.phases.iter().enumerate() {
        prop_assert!(
            ph.start_s.is_finite() && ph.end_s.is_finite(),
            "phase {i} {:?} not finite",
            ph
        );
        prop_assert!(ph.end_s >= ph.start_s, "phase {i} negative: {:?}", ph);
        if i > 0 {
            let prev = t.phases[i - 1].end_s;
            prop_assert!(
                close(ph.start_s, prev),
                "phase {i} {:?} starts at {} but the previous ended at {}",
                ph.kind,
                ph.start_s,
                prev
            );
        }
    }
    let last = t.phases.last().expect("non-empty");
    prop_assert!(
        close(last.end_s, m.total_time_s),
        "last phase ends at {} but total_time_s = {}",
        last.end_s,
        m.total_time_s
    );

    // Downtime in the metrics is the phases' downtime (VM neither up nor lost).
    let phase_downtime = t.downtime_at(t.end_s());
    prop_assert!(
        (phase_downtime - m.downtime_s).abs() <= 1e-6 * m.total_time_s.max(1.0),
        "metrics.downtime_s {} != downtime of the phases {}",
        m.downtime_s,
        phase_downtime
    );

    // Rounds: finite, ordered, non-overlapping, inside the trace.
    for (i, r) in t.rounds.iter().enumerate() {
        for (name, v) in [
            ("start_s", r.start_s),
            ("duration_s", r.duration_s),
            ("bytes_sent", r.bytes_sent),
            ("pages_sent", r.pages_sent),
            ("dirty_pages_at_end", r.dirty_pages_at_end),
            ("dirty_bytes_at_end", r.dirty_bytes_at_end),
            ("rate_bytes_per_s", r.rate_bytes_per_s),
        ] {
            prop_assert!(v.is_finite() && v >= 0.0, "round {i}.{name} = {v}");
        }
        prop_assert!(
            (0.0..=0.99 + REL).contains(&r.throttle),
            "round {i} throttle {}",
            r.throttle
        );
        prop_assert!(
            r.end_s() <= m.total_time_s * (1.0 + REL) + 1e-9,
            "round {i} ends at {} after the trace's end {}",
            r.end_s(),
            m.total_time_s
        );
        if i > 0 {
            let prev = &t.rounds[i - 1];
            prop_assert!(
                r.start_s >= prev.end_s() - REL * prev.end_s().max(1.0),
                "round {i} starts at {} before round {} ends at {}",
                r.start_s,
                i - 1,
                prev.end_s()
            );
        }
        // "final" marks a pass sent with the VM paused (stop-and-copy, post-copy switchover);
        // an empty one (nothing left to send) takes no time and is not checked.
        if r.is_final && r.duration_s > 0.0 {
            let mid = r.start_s + r.duration_s / 2.0;
            let during = t.phase_at(mid).expect("phases are non-empty");
            prop_assert!(
                !during.vm_state.is_up(),
                "final round {i} at {mid} s runs while the VM is up: {:?}",
                during
            );
        }
    }

    // Bytes on the wire are the rounds' bytes (when the trace has rounds).
    if !t.rounds.is_empty() {
        let sum: f64 = t.rounds.iter().map(|r| r.bytes_sent).sum();
        prop_assert!(
            (sum - m.bytes_sent).abs() <= 1e-9 * m.bytes_sent.max(1.0),
            "bytes_sent {} != sum of rounds {}",
            m.bytes_sent,
            sum
        );
    }

    // Events in time order, within the trace.
    for w in t.events.windows(2) {
        prop_assert!(
            w[1].t_s >= w[0].t_s - REL * w[0].t_s.max(1.0),
            "events out of order: {:?} then {:?}",
            w[0],
            w[1]
        );
    }
    for e in &t.events {
        prop_assert!(e.t_s.is_finite() && e.t_s >= 0.0, "event time {:?}", e);
    }

    // How the run ends. The engine's convention (sim/mod.rs): a completed migration's
    // trace ends at the instant the VM runs at the destination, so the last phase may still
    // be the stop-and-copy, restore or boot; `Trace::final_state` names the state after the
    // end. That helper derives from the outcome alone, so the trace itself is checked too:
    // a completed run has a switchover (VM starts at the destination) and a commit at the
    // end, and no phase after the switchover is on the source. Any other outcome's last
    // phase is on the host `final_state` reports, in that state or about to resume.
    let final_state = t.final_state();
    if m.outcome == Outcome::Completed {
        prop_assert_eq!(final_state, (Host::Destination, VmState::Running));
        let switchover = t
            .events
            .iter()
            .filter(|e| e.kind == EventKind::Switchover)
            .map(|e| e.t_s)
            .next_back();
        prop_assert!(switchover.is_some(), "completed without a switchover event");
        let switchover = switchover.expect("checked");
        let commit = t.events.iter().find(|e| e.kind == EventKind::Commit);
        prop_assert!(commit.is_some(), "completed without a commit event");
        let commit = commit.expect("checked").t_s;
        prop_assert!(
            close(commit, m.total_time_s),
            "commit at {commit} but the trace ends at {}",
            m.total_time_s
        );
        for ph in t.phases.iter().filter(|ph| ph.start_s >= switchover) {
            prop_assert!(
                ph.host == Host::Destination,
                "after the switchover at {switchover} the VM is on {:?} in {:?}",
                ph.host,
                ph
            );
        }
    } else {
        // Same convention as above: the trace may end at the instant a paused VM resumes
        // (a rollback during stop-and-copy keeps it paused until libvirt gives up), and a
        // VM that runs on after the end may still be throttled in the last phase.
        let state_ok = if final_state.1.is_up() {
            last.vm_state.is_up() || last.vm_state == VmState::Paused
        } else {
            last.vm_state == final_state.1
        };
        prop_assert!(
            last.host == final_state.0 && state_ok,
            "{:?}: last phase {:?} but final_state {:?}",
            m.outcome,
            last,
            final_state
        );
    }

    // A completed migration of memory sends at least memory minus zero pages (round 0, or
    // round 0 plus the post-copy push, covers every non-zero page once). libvirt's
    // `--timeout` finishes through a state file instead, so it is left out.
    let timed_out = t.events.iter().any(|e| e.kind == EventKind::SuspendTimeout);
    if m.outcome == Outcome::Completed && is_memory_migration(p.migration_type) && !timed_out {
        let floor = memory * (1.0 - p.zero_page_share);
        prop_assert!(
            m.bytes_sent >= floor * (1.0 - 1e-9) - 1.0,
            "completed {:?} sent {} < memory minus zero pages {}",
            p.migration_type,
            m.bytes_sent,
            floor
        );
    }

    // QEMU's and the textbook rule: switch over only when what is left fits in bandwidth
    // × downtime-limit, and the stop-and-copy itself is not capped. So a converged
    // pre-copy without faults is down for at most the limit plus device state, a round
    // trip and the resume. A timed bandwidth change may make the link slower after the
    // check than at it: the bound takes the fastest rate for the check and the slowest
    // for the copy.
    if p.migration_type == MigrationType::Live
        && matches!(p.policy, StopPolicy::Qemu | StopPolicy::Textbook)
        && m.outcome == Outcome::Completed
        && m.converged
        && p.faults.is_empty()
        && !timed_out
    {
        let rates = p
            .changes
            .iter()
            .filter_map(|c| match c.kind {
                ChangeKind::Bandwidth { bytes_per_s } => Some(bytes_per_s),
                ChangeKind::DirtyRate { .. } => None,
            })
            .chain([p.bandwidth_bytes_per_s]);
        let (slowest, fastest) = rates.fold((f64::INFINITY, 0.0_f64), |(lo, hi), r| {
            (lo.min(r), hi.max(r))
        });
        let bound = p.downtime_limit_s * fastest / slowest
            + p.device_state_bytes as f64 / slowest
            + p.resume_time_s
            + 2.0 * p.rtt_s;
        prop_assert!(
            m.downtime_s <= bound * (1.0 + 1e-6) + 1e-9,
            "QEMU converged but downtime {} > limit-based bound {}",
            m.downtime_s,
            bound
        );
    }

    // Cold and suspended migrations have no pre-copy to converge.
    if matches!(
        p.migration_type,
        MigrationType::Cold | MigrationType::Suspended
    ) {
        prop_assert!(!m.converged, "{:?} reported converged", p.migration_type);
        prop_assert_eq!(m.precopy_rounds, 0);
    }
    Ok(())
}

/// The first field `validate()` names, or a failure if it accepts the parameters.
fn rejected_field(p: &Params) -> Result<ParamError, TestCaseError> {
    match p.validate() {
        Ok(()) => Err(TestCaseError::fail(format!("accepted invalid {p:?}"))),
        Err(e) => Ok(e),
    }
}

// ---------------------------------------------------------------------------------------
// Invalid parameters: one field pushed out of its range on otherwise valid parameters.
// ---------------------------------------------------------------------------------------

/// A value outside `lo ..= hi` for an f64 field: NaN, ±infinity, negative, below the
/// minimum, above the maximum.
fn bad_f64(lo: f64, hi: f64) -> BoxedStrategy<f64> {
    let mut options: Vec<BoxedStrategy<f64>> = vec![
        Just(f64::NAN).boxed(),
        Just(f64::INFINITY).boxed(),
        Just(f64::NEG_INFINITY).boxed(),
        (hi * (1.0 + 1e-9)..=hi * 1e3 + 1.0)
            .prop_filter("above the maximum", move |v| *v > hi)
            .boxed(),
        Just(-f64::MIN_POSITIVE).boxed(),
    ];
    if lo > 0.0 {
        options.push((0.0..lo).boxed());
        options.push(Just(-lo).boxed());
    } else {
        options.push((-1e6..0.0).prop_filter("negative", |v| *v < 0.0).boxed());
    }
    prop::strategy::Union::new(options).boxed()
}

/// One mutation that makes valid parameters invalid, and the field it must be named by.
#[derive(Clone, Debug)]
enum Mutation {
    MemoryBytes(u64),
    ZeroPageShare(f64),
    PageSize(u64),
    Bandwidth(f64),
    MaxBandwidth(f64),
    DirtyRate(f64),
    /// Working set as a multiplier of memory (> 1) or an absolute value below 4 KiB.
    WorkingSetOverMemory(u64),
    WorkingSetTiny(u64),
    HotSetShare(f64),
    HotWriteShare(f64),
    DowntimeLimit(f64),
    DeviceState(u64),
    ResumeTime(f64),
    DiskBytes(u64),
    StorageWrite(f64),
    StorageRead(f64),
    ShutdownTime(f64),
    BootTime(f64),
    Rtt(f64),
    TimeLimit(f64),
    SuspendAfter(f64),
    WriterCpuShare(f64),
    HybridRounds(u32),
    TooManyHolds,
    HoldStart(f64),
    HoldDuration(f64),
    TooManyFaults,
    FaultAt(f64),
    DropTo(f64),
    DropDuration(f64),
    SpikeExtra(f64),
    SpikeDuration(f64),
}

fn arb_mutation() -> impl Strategy<Value = Mutation> {
    use Mutation::*;
    let (mlo, mhi) = limits::MEMORY_BYTES;
    let (rlo, rhi) = limits::RATE_BYTES_PER_S;
    let (dlo, dhi) = limits::DOWNTIME_LIMIT_S;
    let (slo, shi) = limits::SHORT_TIME_S;
    let (tlo, thi) = limits::TIME_LIMIT_S;
    let (hlo, hhi) = limits::HYBRID_ROUNDS;
    let not_pow2 = (4 * KIB + 1..=GIB).prop_filter("not a power of two", |v| !v.is_power_of_two());
    prop_oneof![
        prop_oneof![0..mlo, mhi + 1..=u64::MAX].prop_map(MemoryBytes),
        bad_f64(0.0, 0.99).prop_map(ZeroPageShare),
        prop_oneof![
            not_pow2,
            Just(3 * MIB),
            0..4 * KIB,
            Just(2 * GIB),
            (GIB + 1..=u64::MAX)
        ]
        .prop_map(PageSize),
        bad_f64(rlo, rhi).prop_map(Bandwidth),
        bad_f64(rlo, rhi).prop_map(MaxBandwidth),
        bad_f64(
            limits::DIRTY_RATE_BYTES_PER_S.0,
            limits::DIRTY_RATE_BYTES_PER_S.1
        )
        .prop_map(DirtyRate),
        (1u64..=u64::MAX / 2).prop_map(WorkingSetOverMemory),
        (0..4 * KIB).prop_map(WorkingSetTiny),
        bad_f64(0.0, 1.0).prop_map(HotSetShare),
        bad_f64(0.0, 1.0).prop_map(HotWriteShare),
        bad_f64(dlo, dhi).prop_map(DowntimeLimit),
        (limits::DEVICE_STATE_BYTES.1 + 1..=u64::MAX).prop_map(DeviceState),
        bad_f64(0.0, 60.0).prop_map(ResumeTime),
        (limits::DISK_BYTES.1 + 1..=u64::MAX).prop_map(DiskBytes),
        bad_f64(rlo, rhi).prop_map(StorageWrite),
        bad_f64(rlo, rhi).prop_map(StorageRead),
        bad_f64(slo, shi).prop_map(ShutdownTime),
        bad_f64(slo, shi).prop_map(BootTime),
        bad_f64(limits::RTT_S.0, limits::RTT_S.1).prop_map(Rtt),
        bad_f64(tlo, thi).prop_map(TimeLimit),
        bad_f64(0.0, 1e7).prop_map(SuspendAfter),
        prop_oneof![bad_f64(0.0, 1.0), Just(0.0)].prop_map(WriterCpuShare),
        prop_oneof![0..hlo, hhi + 1..=u32::MAX].prop_map(HybridRounds),
        Just(TooManyHolds),
        bad_f64(0.0, 1e6).prop_map(HoldStart),
        bad_f64(0.0, 1e7).prop_map(HoldDuration),
        Just(TooManyFaults),
        bad_f64(0.0, 1e7).prop_map(FaultAt),
        bad_f64(1e3, rhi).prop_map(DropTo),
        bad_f64(0.0, 1e7).prop_map(DropDuration),
        bad_f64(0.0, 10.0).prop_map(SpikeExtra),
        bad_f64(0.0, 1e7).prop_map(SpikeDuration),
    ]
}

/// Applies the mutation and returns the field `validate()` must name.
fn apply(p: &mut Params, m: &Mutation) -> &'static str {
    use Mutation::*;
    let hold = Hold {
        start_after_suspend_s: 1.0,
        duration_s: 1.0,
        reason: HoldReason::Budget,
    };
    let fault = |kind| Fault { at_s: 1.0, kind };
    match *m {
        MemoryBytes(v) => {
            p.memory_bytes = v;
            "memory_bytes"
        }
        ZeroPageShare(v) => {
            p.zero_page_share = v;
            "zero_page_share"
        }
        PageSize(v) => {
            p.page_size_bytes = v;
            "page_size_bytes"
        }
        Bandwidth(v) => {
            p.bandwidth_bytes_per_s = v;
            "bandwidth_bytes_per_s"
        }
        MaxBandwidth(v) => {
            p.max_bandwidth_bytes_per_s = Some(v);
            "max_bandwidth_bytes_per_s"
        }
        DirtyRate(v) => {
            p.dirty_rate_bytes_per_s = v;
            "dirty_rate_bytes_per_s"
        }
        WorkingSetOverMemory(extra) => {
            p.working_set_bytes = Some(p.memory_bytes.saturating_add(extra));
            "working_set_bytes"
        }
        WorkingSetTiny(v) => {
            p.working_set_bytes = Some(v);
            "working_set_bytes"
        }
        HotSetShare(v) => {
            p.hot_set_share = v;
            "hot_set_share"
        }
        HotWriteShare(v) => {
            p.hot_write_share = v;
            "hot_write_share"
        }
        DowntimeLimit(v) => {
            p.downtime_limit_s = v;
            "downtime_limit_s"
        }
        DeviceState(v) => {
            p.device_state_bytes = v;
            "device_state_bytes"
        }
        ResumeTime(v) => {
            p.resume_time_s = v;
            "resume_time_s"
        }
        DiskBytes(v) => {
            p.disk_bytes = v;
            "disk_bytes"
        }
        StorageWrite(v) => {
            p.storage_write_bytes_per_s = v;
            "storage_write_bytes_per_s"
        }
        StorageRead(v) => {
            p.storage_read_bytes_per_s = v;
            "storage_read_bytes_per_s"
        }
        ShutdownTime(v) => {
            p.shutdown_time_s = v;
            "shutdown_time_s"
        }
        BootTime(v) => {
            p.boot_time_s = v;
            "boot_time_s"
        }
        Rtt(v) => {
            p.rtt_s = v;
            "rtt_s"
        }
        TimeLimit(v) => {
            p.time_limit_s = v;
            "time_limit_s"
        }
        SuspendAfter(v) => {
            p.suspend_after_s = Some(v);
            "suspend_after_s"
        }
        WriterCpuShare(v) => {
            p.writer_cpu_share = v;
            "writer_cpu_share"
        }
        HybridRounds(v) => {
            p.hybrid_precopy_rounds = v;
            "hybrid_precopy_rounds"
        }
        TooManyHolds => {
            p.holds = vec![hold; 17];
            "holds"
        }
        HoldStart(v) => {
            p.holds.push(Hold {
                start_after_suspend_s: v,
                ..hold
            });
            "holds.start_after_suspend_s"
        }
        HoldDuration(v) => {
            p.holds.push(Hold {
                duration_s: v,
                ..hold
            });
            "holds.duration_s"
        }
        TooManyFaults => {
            p.faults = vec![fault(FaultKind::LinkFailure); 17];
            "faults"
        }
        FaultAt(v) => {
            p.faults.push(Fault {
                at_s: v,
                kind: FaultKind::LinkFailure,
            });
            "faults.at_s"
        }
        DropTo(v) => {
            p.faults.push(fault(FaultKind::BandwidthDrop {
                to_bytes_per_s: v,
                duration_s: 1.0,
            }));
            "faults.to_bytes_per_s"
        }
        DropDuration(v) => {
            p.faults.push(fault(FaultKind::BandwidthDrop {
                to_bytes_per_s: 1e6,
                duration_s: v,
            }));
            "faults.duration_s"
        }
        SpikeExtra(v) => {
            p.faults.push(fault(FaultKind::LatencySpike {
                extra_rtt_s: v,
                duration_s: 1.0,
            }));
            "faults.extra_rtt_s"
        }
        SpikeDuration(v) => {
            p.faults.push(fault(FaultKind::LatencySpike {
                extra_rtt_s: 0.01,
                duration_s: v,
            }));
            "faults.duration_s"
        }
    }
}

// ---------------------------------------------------------------------------------------
// Properties
// ---------------------------------------------------------------------------------------

/// Failures print the minimal input; no regression file is written into the source tree.
fn config(cases: u32) -> ProptestConfig {
    ProptestConfig {
        failure_persistence: None,
        ..ProptestConfig::with_cases(cases)
    }
}

proptest! {
    #![proptest_config(config(10_000))]

    /// No panic for any valid parameters; the trace keeps every invariant; the same
    /// parameters (and so the same seed) give the same trace, equal as a value and as JSON.
    #[test]
    fn valid_params_give_a_consistent_deterministic_trace(p in arb_params()) {
        prop_assert_eq!(p.validate(), Ok(()), "generator produced invalid {:?}", p);
        let t = simulate(&p).map_err(|e| TestCaseError::fail(format!("valid params rejected: {e}")))?;
        check_trace(&p, &t)?;
        let again = simulate(&p).expect("accepted a moment ago");
        prop_assert!(t == again, "two runs of the same params differ");
        // JSON of a trace that hit the engine's round guard is tens of MB; serialising it
        // twice in a debug build costs seconds, and `==` above already compared it.
        if t.rounds.len() <= JSON_ROUNDS_MAX {
            let (a, b) = (
                serde_json::to_string(&t).expect("trace serialises"),
                serde_json::to_string(&again).expect("trace serialises"),
            );
            prop_assert_eq!(a, b);
        }
    }
}

proptest! {
    #![proptest_config(config(3_000))]

    /// `validate()` (and so `simulate`) rejects a field pushed out of its range and names it.
    #[test]
    fn invalid_params_are_rejected_naming_the_field(
        base in arb_params(),
        m in arb_mutation(),
    ) {
        let mut p = base;
        let field = apply(&mut p, &m);
        let e = rejected_field(&p)?;
        prop_assert_eq!(e.field, field, "mutation {:?}", m);
        prop_assert!(e.to_string().contains(field), "message {:?} lacks the field", e.to_string());
        prop_assert!(!e.accepted.is_empty());
        match simulate(&p) {
            Ok(_) => prop_assert!(false, "simulate accepted invalid params ({:?})", m),
            Err(se) => prop_assert_eq!(se.field, field),
        }
    }
}

proptest! {
    #![proptest_config(config(300))]

    /// The page map is a function of (trace, params, t, cells): the same inputs give the
    /// same map, with the requested number of cells.
    #[test]
    fn page_map_is_identical_for_the_same_seed_and_time(
        p in arb_params(),
        frac in 0.0f64..=1.0,
        cells in 1usize..=4096,
    ) {
        let t = simulate(&p).map_err(|e| TestCaseError::fail(e.to_string()))?;
        let at = t.end_s() * frac;
        let a = page_map(&t, &p, at, cells);
        let b = page_map(&simulate(&p).expect("valid"), &p, at, cells);
        prop_assert_eq!(a.cells.len(), cells);
        prop_assert!(a == b, "page maps differ at t = {}", at);
    }
}

/// Every type × policy × auto-converge on the default lecture VM and on a small one, so
/// each combination is run on every CI run whatever the random draw.
#[test]
fn every_type_and_policy_runs_with_the_invariants() {
    let mut n = 0;
    for migration_type in MigrationType::ALL {
        for policy in StopPolicy::ALL {
            for auto_converge in [false, true] {
                for (memory_bytes, dirty) in [(4 * GIB, 100e6), (256 * MIB, 300e6)] {
                    let p = Params {
                        migration_type,
                        policy,
                        auto_converge,
                        memory_bytes,
                        dirty_rate_bytes_per_s: dirty,
                        ..Params::default()
                    };
                    let t = simulate(&p).expect("default-based params are valid");
                    if let Err(e) = check_trace(&p, &t) {
                        panic!("{migration_type:?} {policy:?} ac={auto_converge}: {e}");
                    }
                    n += 1;
                }
            }
        }
    }
    assert_eq!(n, 5 * StopPolicy::ALL.len() * 2 * 2);
}

/// The range ends of the documented limits are themselves valid.
#[test]
fn range_ends_are_accepted() {
    let (mlo, mhi) = limits::MEMORY_BYTES;
    for memory_bytes in [mlo, mhi] {
        for page_size_bytes in [limits::PAGE_SIZE_BYTES.0, limits::PAGE_SIZE_BYTES.1] {
            let p = Params {
                memory_bytes,
                page_size_bytes,
                working_set_bytes: Some(4 * KIB),
                ..Params::default()
            };
            assert_eq!(p.validate(), Ok(()), "{memory_bytes} {page_size_bytes}");
        }
    }
    let p = Params {
        memory_bytes: 16 * TIB,
        zero_page_share: 0.99,
        downtime_limit_s: 60.0,
        time_limit_s: 1e7,
        hybrid_precopy_rounds: 100,
        ..Params::default()
    };
    assert_eq!(p.validate(), Ok(()));
}

/// A live VM on its own, no faults: the fields the page accounting depends on.
fn arb_live_vm() -> impl Strategy<Value = Params> {
    (
        (log_u64(64 * MIB, 64 * GIB), 0.0f64..=1.0, share(0.8)),
        (
            log_f64(10e6, 10e9),
            log_f64(1e5, 20e9),
            log_f64(0.001, 10.0),
        ),
        (
            arb_policy(),
            prop_oneof![Just(DirtyModel::Linear), Just(DirtyModel::Uniform)],
        ),
        (
            prop_oneof![3 => Just(BASE_PAGE_BYTES), 1 => Just(2 * MIB)],
            any::<bool>(),
        ),
    )
        .prop_map(
            |((mem, ws, zero), (bw, dirty, dtl), (policy, model), (page, ac))| {
                let ws_bytes = ((mem as f64 * ws) as u64).max(page);
                Params {
                    migration_type: MigrationType::Live,
                    policy,
                    memory_bytes: mem,
                    working_set_bytes: Some(ws_bytes.min(mem)),
                    zero_page_share: zero,
                    page_size_bytes: page,
                    bandwidth_bytes_per_s: bw,
                    dirty_rate_bytes_per_s: dirty,
                    dirty_model: model,
                    downtime_limit_s: dtl,
                    auto_converge: ac && policy == StopPolicy::Qemu,
                    ..Params::default()
                }
            },
        )
        .prop_filter("valid", |p| p.validate().is_ok())
}

proptest! {
    #![proptest_config(config(2_000))]

    /// Issue 23: the pre-copy page accounting. In a completed run every page crosses at
    /// least once (the pages the passes and the last copy sent add up to memory), no
    /// sync finds more dirty than the working set (what no pass has sent yet aside), and
    /// what is pending never exceeds memory.
    #[test]
    fn every_page_crosses_and_the_dirty_set_stays_in_the_working_set(p in arb_live_vm()) {
        let t = simulate(&p).map_err(|e| TestCaseError::fail(e.to_string()))?;
        let memory = p.memory_bytes as f64;
        let ws = p.working_set() as f64;
        let page = (p.page_size_bytes as f64).min(memory);
        let slack = 1e-9 * memory + 1.0;
        for (i, r) in t.rounds.iter().enumerate() {
            prop_assert!(r.pending_bytes_at_start <= memory + slack, "round {i} starts with more than memory");
            prop_assert!(r.pending_bytes_at_end <= memory + slack, "round {i} ends with more than memory");
            if let Some(next) = t.rounds.get(i + 1).filter(|n| !n.is_final) {
                let dirty = next.pending_bytes_at_start - next.unsent_bytes_at_start;
                prop_assert!(
                    dirty <= ws + page + slack,
                    "round {}: dirty set {dirty} > working set {ws}", i + 1
                );
            }
            prop_assert!(r.dirty_bytes_at_end <= ws + page + slack, "round {i} dirtied more than the working set");
        }
        for k in 1..20 {
            let at = t.end_s() * k as f64 / 20.0;
            if let Some(d) = t.dirty_bytes_at(&p, at) {
                prop_assert!(d <= ws + page + slack, "dirty set {d} at {at} s > working set {ws}");
            }
        }
        if t.metrics.outcome == Outcome::Completed {
            let pages: f64 = t.rounds.iter().map(|r| r.pages_sent).sum();
            prop_assert!(
                pages * page >= memory * (1.0 - 1e-9) - page,
                "only {} of {memory} bytes of memory crossed", pages * page
            );
        }
    }
}
