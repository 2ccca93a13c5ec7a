//! The recorded run beside the model's: QEMU's own counters on one side, the model run
//! with the inferred flags on the other, summed up and pass by pass.

use super::features::{self, NotModelled};
use super::infer::{self, Flag, RunKind};
use super::moment;
use super::recording::{QmpEventKind, Recording, Vm};
use crate::{simulate, Outcome, Params, Trace};
use serde::Serialize;

/// The whole run, in the same keys for QEMU and the model.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Summary {
    pub total_time_s: f64,
    /// QEMU's `downtime` (absent for a run that never switched over).
    pub downtime_s: Option<f64>,
    pub bytes_sent: f64,
    /// QEMU's `dirty-sync-count`; the model's rounds (pre-copy and the final copy).
    pub passes: u32,
    /// The migration completed (QEMU's status `completed`, the model's outcome).
    pub converged: bool,
    /// How it ended. QEMU: `completed`, `cancelled`, `failed`, or `unfinished` when the
    /// recording stops first. The model: its outcome (`completed`, `not_converged`,
    /// `rolled_back`, `paused`, `lost`, `on_hold`).
    pub outcome: String,
    /// From the source's STOP to the destination's RESUME, where the events allow; the
    /// model's downtime is the guest's outage.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub guest_outage_s: Option<f64>,
    /// QEMU's side only: features the recorded run used that the model does not have
    /// (XBZRLE, multifd, compression), with what shows it. Left out when none.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub not_modelled: Vec<NotModelled>,
}

/// One pass (QEMU: from one dirty-bitmap sync to the next; the model: a round).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Pass {
    pub start_s: f64,
    pub duration_s: f64,
    pub bytes_sent: f64,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct PassPair {
    pub real: Option<Pass>,
    pub model: Option<Pass>,
}

/// `migsim replay --format json`'s schema.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Comparison {
    /// The `migsim` flags the model ran with.
    pub params: Vec<String>,
    pub real: Summary,
    pub model: Summary,
    pub passes: Vec<PassPair>,
}

/// A replay: the recording's inferred flags, the model's run, and both sides.
#[derive(Clone, Debug)]
pub struct Replay {
    pub flags: Vec<Flag>,
    pub params: Params,
    pub trace: Trace,
    pub comparison: Comparison,
}

/// Infers the parameters, runs the model and compares. Errs (naming the flag) when an
/// inferred value is outside the model's range.
pub fn replay(rec: &Recording) -> Result<Replay, String> {
    let flags = infer::infer(rec);
    let params = infer::params_from_flags(&flags).map_err(|e| e.to_string())?;
    replay_with(rec, flags, params)
}

/// As [`replay`], with parameters the user corrected (`flags` describe them).
pub fn replay_with(rec: &Recording, flags: Vec<Flag>, params: Params) -> Result<Replay, String> {
    let trace = simulate(&params).map_err(|e| e.to_string())?;
    let comparison = compare(rec, infer::argv(&flags), &trace);
    Ok(Replay {
        flags,
        params,
        trace,
        comparison,
    })
}

/// The recording beside a model run already made (`params`: the flags it was run with).
pub fn compare(rec: &Recording, params: Vec<String>, trace: &Trace) -> Comparison {
    let real_passes = real_passes(rec);
    let model_passes = model_passes(trace);
    let n = real_passes.len().max(model_passes.len());
    let passes = (0..n)
        .map(|i| PassPair {
            real: real_passes.get(i).cloned(),
            model: model_passes.get(i).cloned(),
        })
        .collect();
    Comparison {
        params,
        real: real_summary(rec),
        model: model_summary(trace),
        passes,
    }
}

/// QEMU's own counters at the end of the recording: `total-time`, `downtime`,
/// `ram.transferred`, `dirty-sync-count` from the last sample that has them (after a
/// cancel QEMU clears them, so that is the last `active` one).
pub fn real_summary(rec: &Recording) -> Summary {
    let last = infer::last_counters(rec);
    let end = rec.samples.last();
    Summary {
        total_time_s: last.and_then(|s| s.total_time_ms).unwrap_or(0.0) / 1000.0,
        downtime_s: last.and_then(|s| s.downtime_ms).map(|ms| ms / 1000.0),
        bytes_sent: last.and_then(|s| s.transferred).unwrap_or(0.0),
        passes: last
            .and_then(|s| s.dirty_sync_count)
            .map(|n| n as u32)
            .unwrap_or_else(|| pass_starts(rec).len() as u32),
        converged: end.is_some_and(|s| s.status == "completed"),
        outcome: moment::outcome(rec).as_str().to_string(),
        guest_outage_s: guest_outage(rec),
        not_modelled: features::not_modelled(rec),
    }
}

/// The source's STOP to the destination's RESUME that follows it, on QEMU's event clock
/// (both recorded only by a harness that listens to both QEMUs), rounded to the ms.
pub fn guest_outage(rec: &Recording) -> Option<f64> {
    let (stop, resume) = outage_span(rec)?;
    Some(((resume - stop) * 1000.0).round() / 1000.0)
}

/// When the guest's outage began and ended (the source's STOP, the destination's
/// RESUME after it), on QEMU's event clock.
pub fn outage_span(rec: &Recording) -> Option<(f64, f64)> {
    let resume = rec
        .events
        .iter()
        .find(|e| e.vm == Vm::Destination && e.kind == QmpEventKind::Resume)?;
    let stop = rec
        .events
        .iter()
        .rfind(|e| e.vm == Vm::Source && e.kind == QmpEventKind::Stop && e.t_s <= resume.t_s)?;
    Some((stop.t_s, resume.t_s))
}

fn model_summary(t: &Trace) -> Summary {
    let m = &t.metrics;
    Summary {
        total_time_s: m.total_time_s,
        downtime_s: Some(m.downtime_s),
        bytes_sent: m.bytes_sent,
        passes: t.rounds.len() as u32,
        converged: m.outcome == Outcome::Completed,
        outcome: outcome_name(m.outcome).to_string(),
        guest_outage_s: Some(m.downtime_s),
        not_modelled: Vec::new(),
    }
}

/// The model's outcome as `migsim --format json` writes it.
fn outcome_name(o: Outcome) -> &'static str {
    match o {
        Outcome::Completed => "completed",
        Outcome::RolledBack => "rolled_back",
        Outcome::NotConverged => "not_converged",
        Outcome::Paused => "paused",
        Outcome::Lost => "lost",
        Outcome::OnHold => "on_hold",
    }
}

fn model_passes(t: &Trace) -> Vec<Pass> {
    t.rounds
        .iter()
        .map(|r| Pass {
            start_s: r.start_s,
            duration_s: r.duration_s,
            bytes_sent: r.bytes_sent,
        })
        .collect()
}

/// When each pass started: one start per dirty-bitmap sync, so that there are as many
/// passes as QEMU's `dirty-sync-count` says. The source's MIGRATION_PASS events when
/// they are all there; else from the replies: the first pass at 0, and the syncs a
/// reply's count rose by spread evenly over the time since the reply before, the last at
/// the reply (as late as the sampling, up to ~100 ms). A completed run's last sync is
/// QEMU's final one, at the source's stop: its `downtime` before the end.
pub fn pass_starts(rec: &Recording) -> Vec<f64> {
    let from_events: Vec<f64> = rec
        .events
        .iter()
        .filter(|e| e.vm != Vm::Destination && matches!(e.kind, QmpEventKind::Pass(_)))
        .map(|e| e.t_s)
        .collect();
    let syncs = infer::last_counters(rec).and_then(|s| s.dirty_sync_count);
    if !from_events.is_empty() && syncs.is_none_or(|n| n as usize == from_events.len()) {
        return from_events;
    }
    let end = end_time(rec);
    let mut starts: Vec<f64> = Vec::new();
    let mut seen = 0usize;
    let mut before = 0.0f64;
    for s in &rec.samples {
        let Some(n) = s.dirty_sync_count.map(|n| n as usize) else {
            continue;
        };
        let t = if s.is_terminal() {
            s.t_s.min(end)
        } else {
            s.t_s
        };
        if n > seen {
            if seen == 0 {
                starts.push(0.0);
                seen = 1;
            }
            let last = if s.is_terminal() {
                final_sync(rec, end).unwrap_or(t)
            } else {
                t
            }
            .clamp(before, t.max(before));
            let k = n - seen;
            starts.extend((1..=k).map(|j| before + (last - before) * j as f64 / k as f64));
            seen = n;
        }
        before = before.max(t);
    }
    starts
}

/// When QEMU's final sync came in a completed run that did not switch to post-copy:
/// the source's STOP, or else QEMU's `downtime` (from the stop to completion) before the
/// end.
fn final_sync(rec: &Recording, end: f64) -> Option<f64> {
    if matches!(infer::run_kind(rec), RunKind::PostCopy { .. }) {
        return None;
    }
    let last = infer::last_counters(rec).filter(|s| s.status == "completed")?;
    source_stop(rec).or_else(|| Some(end - last.downtime_ms? / 1000.0))
}

/// The source's last STOP event after `migrate`.
fn source_stop(rec: &Recording) -> Option<f64> {
    rec.events
        .iter()
        .rfind(|e| e.vm != Vm::Destination && e.kind == QmpEventKind::Stop && e.t_s > 0.0)
        .map(|e| e.t_s)
}

/// `ram.transferred` over time as (t, bytes) points, with the bytes at the source's stop
/// (the final total less `ram.downtime-bytes`) so the stop-and-copy pass gets its bytes.
pub fn transferred_points(rec: &Recording) -> Vec<(f64, f64)> {
    let end = end_time(rec);
    let mut pts: Vec<(f64, f64)> = vec![(0.0, 0.0)];
    pts.extend(
        rec.samples
            .iter()
            .filter_map(|s| {
                // A final reply read after QEMU finished counts at the end.
                let t = if s.is_terminal() {
                    s.t_s.min(end)
                } else {
                    s.t_s
                };
                Some((t, s.transferred?))
            })
            .filter(|(t, _)| *t >= 0.0),
    );
    let last = infer::last_counters(rec);
    let stop = match source_stop(rec) {
        Some(t) => Some(t),
        None => final_sync(rec, end),
    };
    if let (Some(last), Some(stop)) = (last, stop) {
        if let (Some(total), Some(down)) = (last.transferred, last.downtime_bytes) {
            if stop > 0.0 && stop < last.t_s.min(end) && infer::run_kind(rec) == RunKind::Live {
                pts.push((stop, total - down));
            }
        }
    }
    pts.sort_by(|a, b| a.0.total_cmp(&b.0));
    pts
}

/// Linear interpolation in sorted (t, v) points, flat outside them.
pub fn interpolate(pts: &[(f64, f64)], t: f64) -> f64 {
    let i = pts.partition_point(|p| p.0 <= t);
    match (i.checked_sub(1).map(|j| pts[j]), pts.get(i)) {
        (Some(a), Some(b)) if b.0 > a.0 => a.1 + (b.1 - a.1) * (t - a.0) / (b.0 - a.0),
        (Some(a), _) => a.1,
        (None, Some(b)) => b.1,
        (None, None) => 0.0,
    }
}

/// QEMU's passes: each from its sync to the next, the last to the end of the run; bytes
/// from `ram.transferred`, interpolated between samples.
pub fn real_passes(rec: &Recording) -> Vec<Pass> {
    let starts = pass_starts(rec);
    let pts = transferred_points(rec);
    let end = end_time(rec);
    starts
        .iter()
        .enumerate()
        .map(|(i, &start)| {
            let stop = starts.get(i + 1).copied().unwrap_or(end).max(start);
            // Setup's few bytes belong to the first pass.
            let from = if i == 0 {
                0.0
            } else {
                interpolate(&pts, start)
            };
            Pass {
                start_s: start,
                duration_s: stop - start,
                bytes_sent: interpolate(&pts, stop) - from,
            }
        })
        .collect()
}

/// When the migration ended: the source's `completed`/`cancelled`/`failed` event, else
/// the reply that said so (a `completed` one at QEMU's `total-time`, which stops when the
/// migration does, as the loop reads it up to ~100 ms late), else the last reply with
/// counters.
pub fn end_time(rec: &Recording) -> f64 {
    let ended = rec.events.iter().find(|e| {
        e.vm != Vm::Destination
            && matches!(&e.kind, QmpEventKind::Migration(s) if matches!(s.as_str(), "completed" | "cancelled" | "failed"))
    });
    let last = infer::last_counters(rec).map_or(0.0, |s| s.time_s());
    let said = rec
        .samples
        .last()
        .filter(|s| s.is_terminal())
        .map_or(last, |s| s.time_s().max(last));
    ended.map_or(said, |e| e.t_s)
}
