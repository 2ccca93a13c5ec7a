//! The model against nine real QEMU 10.0.2 migrations recorded on these machines (TCG,
//! loopback, a 384 MiB guest whose dirtier writes uniformly random 4 KiB pages of a
//! 192 MiB working set). The recordings are committed copies of
//! `shared/traces/qemu/` in `tests/data/qemu/` (see the README there).
//!
//! Each run is turned into the `Params` that describe its recorded setup; nothing is fitted
//! to the run's outcome except where a test says so (the save/restore storage speeds).
//! Setup values taken from the recordings, once, for every run:
//! - memory = QEMU's `ram.total`; zero-page share = the idle run's `ram.duplicate` pages
//!   over all pages (a freshly booted guest's zero pages: ≈ 32%);
//! - switchover: QEMU's `downtime` against `ram.downtime-bytes` over the completed live
//!   runs that report both is a straight line: a fixed ≈ 3 ms (final sync, vCPU stop,
//!   device save) plus the last copy at the link's speed (loopback, ≈ 1.9 GB/s: the
//!   stop-and-copy is not capped). The slope gives the link, the intercept the part of
//!   the model's switchover time that QEMU's `downtime` field covers (the destination's
//!   load and start come after it); device state = what the stream carried besides RAM
//!   pages (`ram.transferred` − 4104 × `ram.normal` − 9 × `ram.duplicate`, ≈ 79 kB);
//! - max-bandwidth 64 MiB/s, downtime limit, dirty rate (pages/s × 4096), auto-converge
//!   and the time limit (the harness's cancel) as the run states them.
//!
//! Tolerances follow the physics and the measurement, not the model's result:
//! - the README reports run-to-run variation of up to about 3% in time and bytes;
//! - QEMU checks for switchover after each 100 ms rate-limit window, so where a pass ends
//!   (and what the last copy carries) moves by up to one window's bytes;
//! - TCG: one emulated vCPU shares two host cores with both QEMU processes.
//!
//! Hence bytes and times within 15% (converging live runs: time within 10%, bytes within
//! 5%), passes within ±1, converged exactly; downtime within
//! 5 ms plus one window's bytes at link speed for each run, and over the six runs that
//! report a live switchover a mean error within ±2 ms and an rms error of at most 4 ms
//! (QEMU reports whole ms).
//!
//! `cargo test -p migration-model --test qemu_traces -- --nocapture` prints the table
//! that `model/VALIDATION.md` shows.

mod common;
use common::RECORDINGS as ALL;
use migration_model::params::MIB;
use migration_model::{
    simulate, DirtyModel, EventKind, MigrationType, Outcome, Params, PhaseKind, StopPolicy, Trace,
};
use serde_json::Value;
use std::fmt::Write as _;

/// `runs.jsonl`: one object per run (parameters, final counters, derived times).
const RUNS_JSONL: &str = include_str!("data/qemu/runs.jsonl");
/// `summary.md`: the README's results table, used to check the copy is intact.
const SUMMARY_MD: &str = include_str!("data/qemu/summary.md");

/// The time series of each run (`runs/<name>.jsonl`).
const SERIES: [(&str, &str); 9] = [
    ("idle", include_str!("data/qemu/runs/idle.jsonl")),
    ("moderate", include_str!("data/qemu/runs/moderate.jsonl")),
    (
        "heavy_converging",
        include_str!("data/qemu/runs/heavy_converging.jsonl"),
    ),
    (
        "nonconverging",
        include_str!("data/qemu/runs/nonconverging.jsonl"),
    ),
    (
        "nonconverging_autoconverge",
        include_str!("data/qemu/runs/nonconverging_autoconverge.jsonl"),
    ),
    (
        "nonconverging_postcopy",
        include_str!("data/qemu/runs/nonconverging_postcopy.jsonl"),
    ),
    (
        "moderate_dtl50",
        include_str!("data/qemu/runs/moderate_dtl50.jsonl"),
    ),
    ("paused", include_str!("data/qemu/runs/paused.jsonl")),
    (
        "save_restore",
        include_str!("data/qemu/runs/save_restore.jsonl"),
    ),
];

/// Relative tolerance on bytes and times (see the module comment).
const REL_TOL: f64 = 0.15;
/// Converging live runs, time: issue 23's bound, 10%.
const CONVERGING_TIME_TOL: f64 = 0.10;
/// Converging live runs, bytes: the README's run-to-run variation (about 3%) plus one
/// rate-limit window's bytes (6.4 MiB of some 300), 5%.
const CONVERGING_BYTES_TOL: f64 = 0.05;
/// Passes (QEMU `dirty-sync-count`) within this many of the model's.
const PASSES_TOL: i64 = 1;
/// Downtime per run within this plus one rate-limit window's bytes at link speed.
const DOWNTIME_TOL_S: f64 = 0.005;
/// Over the runs with a live switchover: mean error and rms error bounds.
const DOWNTIME_MEAN_TOL_S: f64 = 0.002;
const DOWNTIME_RMS_TOL_S: f64 = 0.004;
/// QEMU's rate-limit window (`BUFFER_DELAY`).
const WINDOW_S: f64 = 0.1;
/// Auto-converge's time and bytes: issue 11's target, 20%.
const AUTOCONVERGE_TOL: f64 = 0.20;
/// The sub-second save varied 0.40 s against 0.47 s between repeats (README): 20%.
const SAVE_TOL: f64 = 0.20;

// ---------------------------------------------------------------------------------------
// The recordings
// ---------------------------------------------------------------------------------------

/// One run's summary object with typed accessors.
struct Run(Value);

impl Run {
    fn name(&self) -> &str {
        self.0["name"].as_str().expect("every run has a name")
    }
    fn f(&self, key: &str) -> f64 {
        self.0[key]
            .as_f64()
            .unwrap_or_else(|| panic!("{}: no number {key}", self.name()))
    }
    fn opt(&self, key: &str) -> Option<f64> {
        self.0[key].as_f64()
    }
    fn has_cap(&self, cap: &str) -> bool {
        self.0["capabilities"]
            .as_array()
            .is_some_and(|a| a.iter().any(|c| c == cap))
    }
    /// `max_bandwidth_mib_s` in bytes/s, `None` for "unlimited".
    fn max_bandwidth(&self) -> Option<f64> {
        self.0["max_bandwidth_mib_s"]
            .as_f64()
            .map(|m| m * MIB as f64)
    }
    /// The time-series lines of this run.
    fn series(&self) -> Vec<Value> {
        let (_, text) = SERIES
            .iter()
            .find(|(n, _)| *n == self.name())
            .unwrap_or_else(|| panic!("no series for {}", self.name()));
        text.lines()
            .map(|l| serde_json::from_str(l).expect("series line is JSON"))
            .collect()
    }
    /// Host-clock times (`rel`, s after `migrate`) of the source's MIGRATION_PASS events.
    fn pass_times(&self) -> Vec<(u64, f64)> {
        self.series()
            .iter()
            .filter(|v| v["kind"] == "event" && v["event"] == "MIGRATION_PASS")
            .map(|v| {
                (
                    v["pass"].as_u64().expect("pass number"),
                    v["rel"].as_f64().expect("rel"),
                )
            })
            .collect()
    }
    /// (time, %) at each change of `cpu-throttle-percentage`, as sampled.
    fn throttle_changes(&self) -> Vec<(f64, f64)> {
        let mut out: Vec<(f64, f64)> = Vec::new();
        for v in self.series().iter().filter(|v| v["kind"] == "sample") {
            if let Some(pct) = v["cpu-throttle-percentage"].as_f64() {
                if out.last().is_none_or(|&(_, last)| last != pct) {
                    out.push((v["rel"].as_f64().expect("rel"), pct));
                }
            }
        }
        out
    }
}

fn runs() -> Vec<Run> {
    RUNS_JSONL
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| Run(serde_json::from_str(l).expect("runs.jsonl line is JSON")))
        .collect()
}

fn run(name: &str) -> Run {
    runs()
        .into_iter()
        .find(|r| r.name() == name)
        .unwrap_or_else(|| panic!("no run {name}"))
}

/// Setup values measured once for all runs (see the module comment).
struct Setup {
    memory_bytes: u64,
    zero_page_share: f64,
    link_bytes_per_s: f64,
    /// QEMU `downtime` at no bytes: the source's fixed switchover cost.
    switchover_source_s: f64,
    device_state_bytes: u64,
    /// vCPU seconds the dirtier needs per write: what it achieved at QEMU's 99% throttle
    /// (its vCPU runs 1% of the time) in `nonconverging_autoconverge`, from the guest's
    /// own cumulative write counter: `u = (1 − p)·D / r₉₉` for a writer wanting `D`
    /// writes/s, so per write `(1 − p) / r₉₉`.
    writer_cpu_s_per_write: f64,
}

/// The dirtier's achieved write rate while QEMU throttled it at its highest throttle, and
/// that throttle (0..1): writes counted by the guest between the sync that set the
/// throttle and the source's STOP, less those made at full rate before the sync.
fn rate_at_max_throttle(r: &Run) -> (f64, f64) {
    let series = r.series();
    let rel = |v: &Value| v["rel"].as_f64().expect("rel");
    let max_pct = r.f("max_throttle_pct");
    // The sample that first shows the highest throttle, and the sync (pass event) before it.
    let shown = series
        .iter()
        .find(|v| v["kind"] == "sample" && v["cpu-throttle-percentage"].as_f64() == Some(max_pct))
        .map(rel)
        .expect("a sample at the highest throttle");
    let set_at = r
        .pass_times()
        .iter()
        .map(|&(_, at)| at)
        .filter(|&at| at <= shown)
        .fold(f64::NAN, f64::max);
    let stop = series
        .iter()
        .find(|v| v["kind"] == "event" && v["event"] == "STOP" && v["vm"] == "src")
        .map(rel)
        .expect("the source stopped");
    let counts: Vec<(f64, f64)> = series
        .iter()
        .filter(|v| v["kind"] == "dirty" && v["vm"] == "src")
        .map(|v| (rel(v), v["pages"].as_f64().expect("pages")))
        .collect();
    let before = counts
        .iter()
        .rfind(|(at, _)| *at <= set_at)
        .copied()
        .expect("a count before the throttle");
    let last = counts
        .iter()
        .rfind(|(at, _)| *at <= stop)
        .copied()
        .expect("a count before the stop");
    let wanted = r.f("dirty_rate_pages_s");
    let at_max = last.1 - before.1 - wanted * (set_at - before.0);
    (at_max / (last.0 - set_at), max_pct / 100.0)
}

fn setup() -> Setup {
    let all = runs();
    let idle = all.iter().find(|r| r.name() == "idle").expect("idle run");
    let total = idle.f("ram.total");
    let pages = total / 4096.0;
    let live: Vec<&Run> = all
        .iter()
        .filter(|r| r.0["mode"] == "live" && r.0["status"] == "completed")
        .collect();
    // Least squares of downtime (s) on the bytes of the last copy.
    let points: Vec<(f64, f64)> = live
        .iter()
        .filter_map(|r| {
            let (bytes, ms) = (r.opt("ram.downtime-bytes")?, r.opt("downtime")?);
            (bytes > 0.0).then_some((bytes, ms / 1000.0))
        })
        .collect();
    assert!(points.len() >= 3, "too few runs to measure the link");
    let n = points.len() as f64;
    let (mx, my) = (
        points.iter().map(|p| p.0).sum::<f64>() / n,
        points.iter().map(|p| p.1).sum::<f64>() / n,
    );
    let sxy: f64 = points.iter().map(|p| (p.0 - mx) * (p.1 - my)).sum();
    let sxx: f64 = points.iter().map(|p| (p.0 - mx).powi(2)).sum();
    let slope = sxy / sxx;
    let mut device: Vec<f64> = live
        .iter()
        .map(|r| r.f("ram.transferred") - 4104.0 * r.f("ram.normal") - 9.0 * r.f("ram.duplicate"))
        .collect();
    device.sort_by(f64::total_cmp);
    let ac = all
        .iter()
        .find(|r| r.name() == "nonconverging_autoconverge")
        .expect("auto-converge run");
    let (r99, p_max) = rate_at_max_throttle(ac);
    Setup {
        memory_bytes: total as u64,
        zero_page_share: idle.f("ram.duplicate") / pages,
        link_bytes_per_s: 1.0 / slope,
        switchover_source_s: my - slope * mx,
        device_state_bytes: device[device.len() / 2].round() as u64,
        writer_cpu_s_per_write: (1.0 - p_max) / r99,
    }
}

// ---------------------------------------------------------------------------------------
// Runs → Params
// ---------------------------------------------------------------------------------------

/// The `Params` that describe a run's recorded setup.
fn params_for(r: &Run) -> Params {
    let s = setup();
    let mut p = Params {
        migration_type: MigrationType::Live,
        policy: StopPolicy::Qemu,
        memory_bytes: s.memory_bytes,
        zero_page_share: s.zero_page_share,
        page_size_bytes: 4096,
        bandwidth_bytes_per_s: s.link_bytes_per_s,
        max_bandwidth_bytes_per_s: r.max_bandwidth(),
        dirty_rate_bytes_per_s: r.f("dirty_rate_pages_s") * 4096.0,
        dirty_model: DirtyModel::Uniform,
        working_set_bytes: Some(r.f("dirtier_mib") as u64 * MIB),
        hot_set_share: 0.0,
        hot_write_share: 0.0,
        downtime_limit_s: r.f("downtime_limit_ms") / 1000.0,
        // QEMU's `downtime` field covers the source's part of the switchover (measured
        // above), not the destination's load and start.
        device_state_bytes: s.device_state_bytes,
        resume_time_s: s.switchover_source_s,
        disk_bytes: 0,
        shared_storage: true,
        shutdown_time_s: 0.0,
        boot_time_s: 0.0,
        // Loopback.
        rtt_s: 50e-6,
        time_limit_s: r.f("cancel_after_s"),
        auto_converge: r.has_cap("auto-converge"),
        // The dirtier's vCPU need scales with its write rate (see `Setup`).
        writer_cpu_share: (s.writer_cpu_s_per_write * r.f("dirty_rate_pages_s")).clamp(1e-6, 1.0),
        suspend_after_s: None,
        hybrid_precopy_rounds: 1,
        holds: Vec::new(),
        faults: Vec::new(),
        seed: 1,
        ..Params::default()
    };
    match r.name() {
        // QEMU switched to post-copy after the first full pass: hybrid, 1 pre-copy round.
        "nonconverging_postcopy" => p.migration_type = MigrationType::Hybrid,
        // `stop`, then `migrate`: libvirt's migrate without --live, which the model
        // expresses as a live migration paused from the start.
        "paused" => p.suspend_after_s = Some(0.0),
        // `stop`, migrate to a file, fresh QEMU, restore, `cont`: a suspended migration on
        // one host. Storage speeds are those the run achieved (file size / save time and
        // / restore time), so this checks the composition, not a prediction of speed.
        // The fresh QEMU's start is the closest the model has to a resume overhead.
        "save_restore" => {
            let file = r.f("file_bytes");
            p.migration_type = MigrationType::Suspended;
            p.storage_write_bytes_per_s = file / r.f("save_s");
            p.storage_read_bytes_per_s = file / r.f("restore_s");
            p.bandwidth_bytes_per_s = 1e11;
            p.max_bandwidth_bytes_per_s = None;
            p.resume_time_s = r.f("restore_qemu_start_s");
        }
        _ => {}
    }
    p
}

// ---------------------------------------------------------------------------------------
// What the model says, in QEMU's terms
// ---------------------------------------------------------------------------------------

/// Time the VM paused at the source (stop-and-copy or post-copy switchover), if it did.
fn pause_time(t: &Trace) -> Option<f64> {
    t.events
        .iter()
        .find(|e| e.kind == EventKind::Pause)
        .map(|e| e.t_s)
        .or_else(|| {
            t.phases
                .iter()
                .find(|p| matches!(p.kind, PhaseKind::StopAndCopy | PhaseKind::Switchover))
                .map(|p| p.start_s)
        })
}

/// Pre-copy rounds that started before `until` (each round starts at a bitmap sync).
fn precopy_rounds_started(t: &Trace, until: f64) -> u64 {
    let mut rounds: Vec<u32> = t
        .phases
        .iter()
        .filter(|p| p.start_s < until)
        .filter_map(|p| match p.kind {
            PhaseKind::PreCopy { round } => Some(round),
            _ => None,
        })
        .collect();
    rounds.dedup();
    rounds.len() as u64
}

/// The model's count of QEMU bitmap syncs (`dirty-sync-count`) up to `until`: one per
/// pre-copy round started (the setup sync starts round 0), plus, when the VM switched
/// over, the sync that found the rest below the threshold and the one in
/// `ram_save_complete` (or, for post-copy, the one that builds the discard bitmap).
fn model_syncs(t: &Trace, until: f64) -> u64 {
    let switched = pause_time(t).is_some_and(|p| p <= until);
    precopy_rounds_started(t, until) + if switched { 2 } else { 0 }
}

fn throttle_changes(t: &Trace) -> Vec<(f64, f64)> {
    t.events
        .iter()
        .filter_map(|e| match e.kind {
            EventKind::ThrottleChange { throttle } => Some((e.t_s, throttle)),
            _ => None,
        })
        .collect()
}

// ---------------------------------------------------------------------------------------
// Checks and the table
// ---------------------------------------------------------------------------------------

/// One compared quantity.
struct Check {
    quantity: &'static str,
    qemu: String,
    model: String,
    rule: String,
    ok: bool,
}

fn rel(quantity: &'static str, unit: Unit, qemu: f64, model: f64, tol: f64) -> Check {
    let err = (model - qemu) / qemu;
    Check {
        quantity,
        qemu: unit.fmt(qemu),
        model: format!("{} ({:+.1}%)", unit.fmt(model), err * 100.0),
        rule: format!("±{:.0}%", tol * 100.0),
        ok: model.is_finite() && err.abs() <= tol,
    }
}

fn count(quantity: &'static str, qemu: i64, model: i64, tol: i64) -> Check {
    Check {
        quantity,
        qemu: qemu.to_string(),
        model: format!("{model} ({:+})", model - qemu),
        rule: format!("±{tol}"),
        ok: (model - qemu).abs() <= tol,
    }
}

fn same<T: PartialEq + std::fmt::Debug>(quantity: &'static str, qemu: T, model: T) -> Check {
    Check {
        quantity,
        qemu: format!("{qemu:?}"),
        model: format!("{model:?}"),
        rule: "equal".into(),
        ok: qemu == model,
    }
}

/// Downtime within 5 ms plus one rate-limit window's bytes at link speed.
fn downtime(r: &Run, quantity: &'static str, qemu_s: f64, model_s: f64) -> Check {
    let s = setup();
    let window = r.max_bandwidth().unwrap_or(s.link_bytes_per_s) * WINDOW_S / s.link_bytes_per_s;
    let tol = DOWNTIME_TOL_S + window;
    Check {
        quantity,
        qemu: Unit::Ms.fmt(qemu_s),
        model: format!(
            "{} ({:+.1} ms)",
            Unit::Ms.fmt(model_s),
            (model_s - qemu_s) * 1e3
        ),
        rule: format!("±{:.1} ms", tol * 1e3),
        ok: model_s.is_finite() && (model_s - qemu_s).abs() <= tol,
    }
}

#[derive(Clone, Copy)]
enum Unit {
    MiB,
    S,
    Ms,
}

impl Unit {
    fn fmt(self, v: f64) -> String {
        match self {
            Unit::MiB => format!("{:.0} MiB", v / MIB as f64),
            Unit::S => format!("{v:.2} s"),
            Unit::Ms => format!("{:.1} ms", v * 1000.0),
        }
    }
}

/// A live pre-copy run that QEMU completed (idle, moderate, heavy, dtl50).
fn completed_live_checks(r: &Run, t: &Trace) -> Vec<Check> {
    let m = &t.metrics;
    let first_pass_end = r
        .pass_times()
        .iter()
        .find(|(n, _)| *n == 2)
        .map(|&(_, at)| at)
        .expect("a second pass");
    vec![
        same("outcome", Outcome::Completed, m.outcome),
        same("converged", true, m.converged),
        count(
            PASSES,
            r.f("ram.dirty-sync-count") as i64,
            model_syncs(t, f64::INFINITY) as i64,
            PASSES_TOL,
        ),
        rel(
            "bytes transferred",
            Unit::MiB,
            r.f("ram.transferred"),
            m.bytes_sent,
            CONVERGING_BYTES_TOL,
        ),
        rel(
            "total time",
            Unit::S,
            r.f("total-time") / 1000.0,
            m.total_time_s,
            CONVERGING_TIME_TOL,
        ),
        rel(
            "first pass time",
            Unit::S,
            first_pass_end,
            t.rounds.first().map_or(f64::NAN, |r| r.end_s()),
            CONVERGING_TIME_TOL,
        ),
        downtime(r, "downtime", r.f("downtime") / 1000.0, m.downtime_s),
    ]
}

fn nonconverging_checks(r: &Run, t: &Trace) -> Vec<Check> {
    let m = &t.metrics;
    let cancel = r.f("cancelled_after_s");
    vec![
        same("outcome", Outcome::NotConverged, m.outcome),
        same("converged", false, m.converged),
        same(
            "VM paused before the cancel",
            false,
            pause_time(t).is_some_and(|p| p <= cancel),
        ),
        count(
            PASSES_BY_CANCEL,
            r.f("ram.dirty-sync-count") as i64,
            model_syncs(t, cancel) as i64,
            PASSES_TOL,
        ),
        rel(
            "bytes by the cancel",
            Unit::MiB,
            r.f("ram.transferred"),
            t.bytes_sent_at(cancel),
            REL_TOL,
        ),
    ]
}

/// Auto-converge's schedule: QEMU's constants (initial 20%, +10%, max 99%) and when it
/// starts (the sync at which the dirty-rate counter first reaches 2).
fn autoconverge_schedule_checks(r: &Run, t: &Trace) -> Vec<Check> {
    let q = r.throttle_changes();
    let mdl = throttle_changes(t);
    let steps_ok = mdl.first().is_some_and(|&(_, p)| (p - 0.20).abs() < 1e-9)
        && mdl.windows(2).all(|w| {
            let want = (w[0].1 + 0.10).min(0.99);
            (w[1].1 - want).abs() < 1e-9
        });
    let fmt_steps = |v: &[(f64, f64)], scale: f64| {
        v.iter()
            .map(|(_, p)| format!("{:.0}", p * scale))
            .collect::<Vec<_>>()
            .join(",")
    };
    vec![
        same("outcome", Outcome::Completed, t.metrics.outcome),
        Check {
            quantity: "throttle steps %",
            qemu: fmt_steps(&q, 1.0),
            model: fmt_steps(&mdl, 100.0),
            rule: "20, then +10, max 99".into(),
            ok: steps_ok,
        },
        rel(
            "first throttle at",
            Unit::S,
            q.first().expect("QEMU throttled").0,
            mdl.first().map_or(f64::NAN, |&(at, _)| at),
            REL_TOL,
        ),
    ]
}

/// Auto-converge's totals against the paced dirtier, whose vCPU need (`Setup`) keeps it
/// at full rate until 99%. Time and bytes within [`AUTOCONVERGE_TOL`]: the throttle rises
/// every second sync, so the time to reach 99% is the length of 16 passes, and each pass
/// boundary carries up to one threshold (G1) more or less than the model's.
fn autoconverge_totals_checks(r: &Run, t: &Trace) -> Vec<Check> {
    let m = &t.metrics;
    let max_model = throttle_changes(t).last().map_or(0.0, |&(_, p)| p);
    vec![
        Check {
            quantity: "max throttle %",
            qemu: format!("{:.0}", r.f("max_throttle_pct")),
            model: format!("{:.0}", max_model * 100.0),
            rule: "equal".into(),
            ok: (max_model * 100.0 - r.f("max_throttle_pct")).abs() < 0.5,
        },
        count(
            PASSES,
            r.f("ram.dirty-sync-count") as i64,
            model_syncs(t, f64::INFINITY) as i64,
            PASSES_TOL,
        ),
        rel(
            "bytes transferred",
            Unit::MiB,
            r.f("ram.transferred"),
            m.bytes_sent,
            AUTOCONVERGE_TOL,
        ),
        rel(
            "total time",
            Unit::S,
            r.f("total-time") / 1000.0,
            m.total_time_s,
            AUTOCONVERGE_TOL,
        ),
    ]
}

/// Post-copy targets (issue 11): switch within 0.1 s plus the downtime limit (QEMU's
/// pass ends where the rest fits the threshold, which depends on where the zero pages
/// lie), total time 15%, total bytes 5%, bytes after the switch 10%, demand faults
/// within a factor of 2, the vCPU blocked nearly all of the post-copy phase.
const POSTCOPY_SWITCH_SLACK_S: f64 = 0.1;
const POSTCOPY_BYTES_TOL: f64 = 0.05;
const POSTCOPY_PUSH_TOL: f64 = 0.10;
const POSTCOPY_FAULTS_FACTOR: f64 = 2.0;
/// QEMU's guests made 0.3–0.7% of their writes during post-copy.
const POSTCOPY_BLOCKED_AT_LEAST: f64 = 0.9;

fn postcopy_checks(r: &Run, t: &Trace) -> Vec<Check> {
    let m = &t.metrics;
    let switch = pause_time(t);
    let after_switch = switch.map_or(f64::NAN, |s| m.bytes_sent - t.bytes_sent_at(s));
    let qemu_switch = r.f("postcopy_switch_s");
    let slack = POSTCOPY_SWITCH_SLACK_S + r.f("downtime_limit_ms") / 1000.0;
    let model_switch = switch.unwrap_or(f64::NAN);
    let (q, md) = (
        r.f("ram.postcopy-requests").max(1.0),
        m.postcopy_faults.max(1.0),
    );
    vec![
        same("outcome", Outcome::Completed, m.outcome),
        Check {
            quantity: "post-copy switch at",
            qemu: Unit::S.fmt(qemu_switch),
            model: format!(
                "{} ({:+.2} s)",
                Unit::S.fmt(model_switch),
                model_switch - qemu_switch
            ),
            rule: format!("±{slack:.1} s"),
            ok: (model_switch - qemu_switch).abs() <= slack,
        },
        count(
            PASSES,
            r.f("ram.dirty-sync-count") as i64,
            model_syncs(t, f64::INFINITY) as i64,
            PASSES_TOL,
        ),
        rel(
            "bytes transferred",
            Unit::MiB,
            r.f("ram.transferred"),
            m.bytes_sent,
            POSTCOPY_BYTES_TOL,
        ),
        rel(
            "bytes after the switch",
            Unit::MiB,
            r.f("ram.postcopy-bytes"),
            after_switch,
            POSTCOPY_PUSH_TOL,
        ),
        rel(
            "total time",
            Unit::S,
            r.f("total-time") / 1000.0,
            m.total_time_s,
            REL_TOL,
        ),
        downtime(r, "downtime", r.f("downtime") / 1000.0, m.downtime_s),
        Check {
            quantity: "post-copy page faults",
            qemu: format!("{:.0}", r.f("ram.postcopy-requests")),
            model: format!("{:.0}", m.postcopy_faults),
            rule: format!("×/÷{POSTCOPY_FAULTS_FACTOR}"),
            ok: (md / q).max(q / md) <= POSTCOPY_FAULTS_FACTOR,
        },
        Check {
            quantity: "vCPU blocked share in post-copy",
            qemu: "0.993–0.997 (0.3–0.7% of writes made)".into(),
            model: format!("{:.3}", m.postcopy_vcpu_blocked_share),
            rule: format!("≥ {POSTCOPY_BLOCKED_AT_LEAST}"),
            ok: m.postcopy_vcpu_blocked_share >= POSTCOPY_BLOCKED_AT_LEAST
                && m.postcopy_vcpu_blocked_share <= 1.0,
        },
    ]
}

/// Tolerances for a paused migration (issue 11): outage and time 15%, bytes 5%.
const PAUSED_BYTES_TOL: f64 = 0.05;

fn paused_checks(r: &Run, t: &Trace) -> Vec<Check> {
    let m = &t.metrics;
    // QEMU's setup sync starts the one pass; the model's paused stream has no pre-copy
    // phase, so count it here.
    let pass = u64::from(t.rounds.iter().any(|r| r.index == 0 && r.bytes_sent > 0.0));
    vec![
        same("outcome", Outcome::Completed, m.outcome),
        count(
            PASSES,
            r.f("ram.dirty-sync-count") as i64,
            (model_syncs(t, f64::INFINITY) + pass) as i64,
            PASSES_TOL,
        ),
        rel(
            "bytes transferred",
            Unit::MiB,
            r.f("ram.transferred"),
            m.bytes_sent,
            PAUSED_BYTES_TOL,
        ),
        rel(
            "total time",
            Unit::S,
            r.f("total-time") / 1000.0,
            m.total_time_s,
            REL_TOL,
        ),
        // The VM was stopped before `migrate`: the outage is the whole migration, which
        // the model's downtime must say (QEMU's own `downtime` field does not).
        rel(
            "outage (stop→cont)",
            Unit::S,
            r.f("stop_to_cont_s"),
            m.downtime_s,
            REL_TOL,
        ),
        // QEMU's `downtime` field covers the last step and the source's fixed cost.
        downtime(
            r,
            "QEMU's downtime field (the final step)",
            r.f("downtime") / 1000.0,
            final_step_s(t) + setup().switchover_source_s,
        ),
    ]
}

/// The model's last step of a paused migration: the rest that fitted the threshold and
/// the device state at link speed (the part QEMU's `downtime` field counts).
fn final_step_s(t: &Trace) -> f64 {
    t.rounds
        .iter()
        .rfind(|r| r.is_final)
        .map_or(f64::NAN, |r| r.duration_s)
}

fn save_restore_checks(r: &Run, t: &Trace, p: &Params) -> Vec<Check> {
    let m = &t.metrics;
    let suspend = t
        .phases
        .iter()
        .filter(|ph| ph.kind == PhaseKind::Suspend)
        .map(|ph| ph.end_s - ph.start_s)
        .sum::<f64>();
    // The model writes its state file at the storage write speed during the suspend.
    let file = suspend * p.storage_write_bytes_per_s;
    vec![
        same("outcome", Outcome::Completed, m.outcome),
        rel("state file", Unit::MiB, r.f("file_bytes"), file, REL_TOL),
        rel("save time", Unit::S, r.f("save_s"), suspend, SAVE_TOL),
        rel(
            "outage (stop→cont)",
            Unit::S,
            r.f("stop_to_cont_s"),
            m.downtime_s,
            SAVE_TOL,
        ),
    ]
}

/// The checks of one run, by name.
fn checks(name: &str) -> Vec<Check> {
    let r = run(name);
    let p = params_for(&r);
    let t = simulate(&p).unwrap_or_else(|e| panic!("{name}: params rejected: {e}"));
    match name {
        "idle" | "moderate" | "heavy_converging" | "moderate_dtl50" => {
            completed_live_checks(&r, &t)
        }
        "nonconverging" => nonconverging_checks(&r, &t),
        "nonconverging_autoconverge" => {
            let mut c = autoconverge_schedule_checks(&r, &t);
            c.extend(autoconverge_totals_checks(&r, &t));
            c
        }
        "nonconverging_postcopy" => postcopy_checks(&r, &t),
        "paused" => paused_checks(&r, &t),
        "save_restore" => save_restore_checks(&r, &t, &p),
        other => panic!("no checks for {other}"),
    }
}

/// Checks that fail because of a known model gap, each with its test marked `#[ignore]`
/// and explained in `VALIDATION.md`.
const KNOWN_GAPS: [(&str, &str, &str); 0] = [];

const PASSES: &str = "passes (dirty-sync-count)";
const PASSES_BY_CANCEL: &str = "passes by the cancel";

fn gap(run: &str, quantity: &str) -> Option<&'static str> {
    KNOWN_GAPS
        .iter()
        .find(|(r, q, _)| *r == run && *q == quantity)
        .map(|(_, _, g)| *g)
}

fn table(names: &[&str]) -> String {
    let mut s = String::new();
    let _ = writeln!(s, "| run | quantity | QEMU | model | tolerance | ok |");
    let _ = writeln!(s, "|---|---|---|---|---|---|");
    for name in names {
        for c in checks(name) {
            let verdict = match (c.ok, gap(name, c.quantity)) {
                (true, _) => "yes".to_string(),
                (false, Some(g)) => format!("**NO** (known gap {g})"),
                (false, None) => "**NO**".to_string(),
            };
            let _ = writeln!(
                s,
                "| {name} | {} | {} | {} | {} | {verdict} |",
                c.quantity, c.qemu, c.model, c.rule
            );
        }
    }
    s
}

/// Which checks of a run a test asserts.
enum Select<'a> {
    /// Every check except the run's known gaps (those have their own ignored test).
    AllButGaps,
    Only(&'a [&'a str]),
}

fn assert_checks(name: &str, select: Select) {
    let failed: Vec<String> = checks(name)
        .into_iter()
        .filter(|c| match &select {
            Select::AllButGaps => gap(name, c.quantity).is_none(),
            Select::Only(q) => q.contains(&c.quantity),
        })
        .filter(|c| !c.ok)
        .map(|c| {
            format!(
                "{}: QEMU {} vs model {} (tolerance {})",
                c.quantity, c.qemu, c.model, c.rule
            )
        })
        .collect();
    assert!(
        failed.is_empty(),
        "{name} disagrees with QEMU:\n  {}",
        failed.join("\n  ")
    );
}

// ---------------------------------------------------------------------------------------
// Tests
// ---------------------------------------------------------------------------------------

/// The committed copy is intact: nine runs, and their counters match the README's table.
#[test]
fn recorded_data_matches_the_summary_table() {
    let all = runs();
    assert_eq!(all.len(), 9);
    let rows: Vec<Vec<String>> = SUMMARY_MD
        .lines()
        .filter(|l| l.starts_with("| ") && !l.starts_with("| run"))
        .map(|l| l.split('|').map(|c| c.trim().to_string()).collect())
        .collect();
    assert_eq!(rows.len(), 9);
    for r in &all {
        let row = rows
            .iter()
            .find(|row| row[1] == r.name())
            .unwrap_or_else(|| panic!("{} not in summary.md", r.name()));
        // Columns: run, mode, caps, target, during, rate mean, max-bw, dt-limit, status,
        // total ms, downtime ms, stop->resume, transferred MiB, sync count, ...
        let mib: f64 = row[13].parse().expect("transferred MiB");
        assert!(
            (r.f("ram.transferred") / MIB as f64 - mib).abs() <= 0.5,
            "{}",
            r.name()
        );
        let syncs: f64 = row[14].parse().expect("sync count");
        assert_eq!(r.f("ram.dirty-sync-count"), syncs, "{}", r.name());
        assert_eq!(r.f("passes"), syncs, "{}", r.name());
        assert!(r.series().len() > 10, "{} series", r.name());
    }
    let s = setup();
    assert!(
        (0.30..0.34).contains(&s.zero_page_share),
        "{}",
        s.zero_page_share
    );
    assert!(
        (1.7e9..2.2e9).contains(&s.link_bytes_per_s),
        "{}",
        s.link_bytes_per_s
    );
    assert!(
        (0.002..0.004).contains(&s.switchover_source_s),
        "{}",
        s.switchover_source_s
    );
    assert!(
        (78_000..81_000).contains(&s.device_state_bytes),
        "{}",
        s.device_state_bytes
    );
}

/// Every run's params are valid, and the whole comparison prints as the table in
/// `VALIDATION.md` (run with `--nocapture`). The per-run tests below assert.
#[test]
fn model_vs_qemu_table() {
    for name in ALL {
        params_for(&run(name))
            .validate()
            .unwrap_or_else(|e| panic!("{name}: {e}"));
    }
    let s = setup();
    println!(
        "\nSetup: memory {} bytes, zero-page share {:.4}, link {:.3} GB/s, source \
         switchover {:.2} ms, device state {} bytes\n\n{}",
        s.memory_bytes,
        s.zero_page_share,
        s.link_bytes_per_s / 1e9,
        s.switchover_source_s * 1e3,
        s.device_state_bytes,
        table(&ALL)
    );
}

#[test]
fn idle() {
    assert_checks("idle", Select::AllButGaps);
}

#[test]
fn moderate() {
    assert_checks("moderate", Select::AllButGaps);
}

#[test]
fn heavy_converging() {
    assert_checks("heavy_converging", Select::AllButGaps);
}

/// QEMU's in-pass switchover check (G1, closed): 7 passes.
#[test]
fn heavy_converging_passes() {
    assert_checks("heavy_converging", Select::Only(&[PASSES]));
}

#[test]
fn moderate_dtl50() {
    assert_checks("moderate_dtl50", Select::AllButGaps);
}

#[test]
fn nonconverging() {
    assert_checks("nonconverging", Select::AllButGaps);
}

/// QEMU's in-pass switchover check (G1, closed): 12 passes in 25 s.
#[test]
fn nonconverging_passes() {
    assert_checks("nonconverging", Select::Only(&[PASSES_BY_CANCEL]));
}

/// Auto-converge's schedule and constants, which do not depend on how the writer reacts.
#[test]
fn nonconverging_autoconverge_schedule() {
    assert_checks("nonconverging_autoconverge", Select::AllButGaps);
}

/// A writer that needs a few percent of its vCPU keeps its rate until 99%, as QEMU's
/// paced dirtier did: the model reaches 99% too, with QEMU's time, bytes and passes.
#[test]
fn nonconverging_autoconverge_totals() {
    assert_checks(
        "nonconverging_autoconverge",
        Select::Only(&["max throttle %", PASSES, "bytes transferred", "total time"]),
    );
}

#[test]
fn nonconverging_postcopy() {
    assert_checks("nonconverging_postcopy", Select::AllButGaps);
}

#[test]
fn paused() {
    assert_checks("paused", Select::AllButGaps);
}

#[test]
fn save_restore() {
    assert_checks("save_restore", Select::AllButGaps);
}

/// The runs whose QEMU `downtime` is a live switchover (the paused and save/restore runs
/// were down for the whole transfer; the cancelled run never switched over).
const SWITCHOVER_RUNS: [&str; 6] = [
    "idle",
    "moderate",
    "heavy_converging",
    "nonconverging_autoconverge",
    "nonconverging_postcopy",
    "moderate_dtl50",
];

/// (QEMU, model) downtime of each switchover run, seconds.
fn downtimes() -> Vec<(&'static str, f64, f64)> {
    SWITCHOVER_RUNS
        .iter()
        .map(|&name| {
            let r = run(name);
            let t = simulate(&params_for(&r)).expect("valid");
            (name, r.f("downtime") / 1000.0, t.metrics.downtime_s)
        })
        .collect()
}

/// Over the switchover runs, the model's downtime is unbiased and close: mean error
/// within ±2 ms, rms error at most 4 ms. Prints the per-run table for VALIDATION.md.
#[test]
fn downtime_mean_and_rms_error() {
    let d = downtimes();
    let n = d.len() as f64;
    let errs: Vec<f64> = d.iter().map(|&(_, q, m)| m - q).collect();
    let mean = errs.iter().sum::<f64>() / n;
    let rms = (errs.iter().map(|e| e * e).sum::<f64>() / n).sqrt();
    println!("\n| run | QEMU downtime | model | error |\n|---|---|---|---|");
    for &(name, q, m) in &d {
        println!(
            "| {name} | {:.1} ms | {:.1} ms | {:+.1} ms |",
            q * 1e3,
            m * 1e3,
            (m - q) * 1e3
        );
    }
    println!(
        "| mean error | | | {:+.2} ms |\n| rms error | | | {:.2} ms |",
        mean * 1e3,
        rms * 1e3
    );
    assert!(mean.abs() <= DOWNTIME_MEAN_TOL_S, "mean error {mean}");
    assert!(rms <= DOWNTIME_RMS_TOL_S, "rms error {rms}");
}

/// With the model's own defaults (4.5 ms and 79 kB of switchover), no converging live
/// run of the recorded setup is down for less than 1 ms.
#[test]
fn default_switchover_is_never_free() {
    for name in SWITCHOVER_RUNS {
        let mut p = params_for(&run(name));
        p.resume_time_s = Params::default().resume_time_s;
        p.device_state_bytes = Params::default().device_state_bytes;
        let t = simulate(&p).expect("valid");
        assert!(
            t.metrics.downtime_s >= 0.001,
            "{name}: {}",
            t.metrics.downtime_s
        );
    }
}
