//! What QEMU was doing at a moment of a recording, where the guest was, and how the
//! migration ended: read from QEMU's statuses and events, never from the model. The
//! app's picture of a recording (`src/features/replay/picture.rs`), the one-sentence headline
//! and `migsim replay --format json`'s `real.outcome` all come from here.
//!
//! The guest's place (docs/replay.md, "Playing the recording"):
//! - with the source's STOP and the destination's RESUME recorded, it is down between
//!   them and at the destination after the RESUME;
//! - without them (one monitor, as a shell loop records), QEMU's status says it: in
//!   `postcopy-active` the guest runs at the destination with pages missing there; once
//!   `completed` it runs at the destination (a guest paused before `migrate` waits
//!   there, paused, for a `cont`; a save to a file stays stopped: nothing resumed it);
//!   in `device`, or after the source's STOP, it is stopped at the source;
//! - a VM paused before `migrate` (or saved to a file) is stopped at the source until it
//!   runs elsewhere;
//! - `cancelled`, `cancelling` or `failed` before post-copy leave it running at the
//!   source; `failed` after the switch to post-copy loses it (QEMU: "If the migration
//!   fails during postcopy the VM will fail").

use super::compare;
use super::infer::{self, RunKind};
use super::recording::{QmpEventKind, Recording, Vm};
use crate::{Host, VmState};
use serde::Serialize;

/// How the recorded migration ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum RealOutcome {
    /// QEMU said `completed`: the guest runs at the destination.
    Completed,
    /// `cancelled` (or `cancelling`, which QEMU always takes to `cancelled`).
    Cancelled,
    Failed,
    /// The recording stops before QEMU said how the migration ended.
    Unfinished,
}

impl RealOutcome {
    /// The word `real.outcome` carries: `completed`, `cancelled`, `failed`, `unfinished`.
    pub fn as_str(self) -> &'static str {
        match self {
            RealOutcome::Completed => "completed",
            RealOutcome::Cancelled => "cancelled",
            RealOutcome::Failed => "failed",
            RealOutcome::Unfinished => "unfinished",
        }
    }
}

/// Events from the source's monitor (or from the only monitor, which is the source's).
fn from_source(vm: Vm) -> bool {
    vm != Vm::Destination
}

/// How the migration ended: the source's first `completed`/`cancelled`/`failed`
/// (`MIGRATION` event or reply, whichever is earlier), else `cancelling` as the last word.
pub fn outcome(rec: &Recording) -> RealOutcome {
    let word = |s: &str| match s {
        "completed" => Some(RealOutcome::Completed),
        "cancelled" | "cancelling" => Some(RealOutcome::Cancelled),
        "failed" => Some(RealOutcome::Failed),
        _ => None,
    };
    let event = rec.events.iter().find_map(|e| match &e.kind {
        QmpEventKind::Migration(s) if from_source(e.vm) && s != "cancelling" => {
            word(s).map(|o| (e.t_s, o))
        }
        _ => None,
    });
    let reply = rec
        .samples
        .iter()
        .find_map(|s| {
            word(&s.status)
                .filter(|_| s.is_terminal())
                .map(|o| (s.t_s, o))
        })
        .or_else(|| {
            let last = rec.samples.last()?;
            word(&last.status).map(|o| (last.t_s, o))
        });
    match (event, reply) {
        (Some((te, a)), Some((ts, b))) => {
            if te <= ts {
                a
            } else {
                b
            }
        }
        (Some((_, o)), None) | (None, Some((_, o))) => o,
        (None, None) => RealOutcome::Unfinished,
    }
}

/// QEMU's status at t: the later of the last reply and the source's last `MIGRATION`
/// event at or before t; `setup` before either.
pub fn status_at(rec: &Recording, t: f64) -> &str {
    // Only the last reply may end the migration, and its time may be earlier than its
    // place in the file (`Sample::time_s`).
    let sampled = match rec.samples.last() {
        Some(last) if last.is_terminal() && last.time_s() <= t => Some(last),
        _ => rec
            .samples
            .partition_point(|s| s.t_s <= t)
            .checked_sub(1)
            .map(|i| &rec.samples[i]),
    };
    let event = rec
        .events
        .iter()
        .filter(|e| from_source(e.vm) && e.t_s <= t)
        .filter_map(|e| match &e.kind {
            QmpEventKind::Migration(s) => Some((e.t_s, s.as_str())),
            _ => None,
        })
        .next_back();
    match (sampled, event) {
        (Some(s), Some((te, _))) if s.time_s() >= te => s.status.as_str(),
        (_, Some((_, e))) => e,
        (Some(s), None) => s.status.as_str(),
        (None, None) => "setup",
    }
}

/// The recording's last moment: the migration's end, or the destination's RESUME when
/// that came later (the picture of a recording ends here).
pub fn last_moment(rec: &Recording) -> f64 {
    let end = compare::end_time(rec);
    compare::outage_span(rec).map_or(end, |(_, resume)| end.max(resume))
}

/// QEMU had switched to post-copy by t (a reply or an event said `postcopy-…`).
fn postcopy_by(rec: &Recording, t: f64) -> bool {
    let is_post = |s: &str| s.starts_with("postcopy");
    rec.samples
        .iter()
        .take_while(|s| s.t_s <= t)
        .any(|s| is_post(&s.status))
        || rec
            .events
            .iter()
            .any(|e| e.t_s <= t && matches!(&e.kind, QmpEventKind::Migration(s) if is_post(s)))
}

/// The guest at the destination in a post-copy status, else `None`.
fn postcopy_state(status: &str) -> Option<VmState> {
    match status {
        "postcopy-active" => Some(VmState::Degraded),
        // The link broke or is being recovered: the guest waits on its missing pages.
        "postcopy-paused" | "postcopy-recover-setup" | "postcopy-recover" => Some(VmState::Paused),
        _ => None,
    }
}

/// Where the guest was and what it was doing at t, as the recording tells.
pub fn vm_at(rec: &Recording, t: f64) -> (Host, VmState) {
    let status = status_at(rec, t);
    if matches!(status, "cancelled" | "cancelling" | "failed") {
        return if status == "failed" && postcopy_by(rec, t) {
            (Host::Nowhere, VmState::Lost)
        } else {
            (Host::Source, VmState::Running)
        };
    }
    // QEMU throttles the source's vCPUs; the destination's run free.
    let running = if rec.throttle_at(t).is_some_and(|p| p > 0.0) {
        VmState::Throttled
    } else {
        VmState::Running
    };
    if let Some((stop, resume)) = compare::outage_span(rec) {
        return if t >= resume {
            (
                Host::Destination,
                postcopy_state(status).unwrap_or(VmState::Running),
            )
        } else if t >= stop {
            (Host::Source, VmState::Paused)
        } else {
            (Host::Source, running)
        };
    }
    let kind = infer::run_kind(rec);
    if let Some(state) = postcopy_state(status) {
        return (Host::Destination, state);
    }
    let stopped = matches!(kind, RunKind::Paused | RunKind::Save)
        || status == "device"
        || rec
            .events
            .iter()
            .any(|e| from_source(e.vm) && e.kind == QmpEventKind::Stop && e.t_s <= t);
    match (status, kind) {
        // Nothing resumed it: the state is in the file.
        ("completed", RunKind::Save) => (Host::Source, VmState::Paused),
        // QEMU does not start a guest that was stopped before `migrate`: `cont` on the
        // destination does, and only the destination's RESUME would tell when.
        ("completed", RunKind::Paused) => (Host::Destination, VmState::Paused),
        ("completed", _) => (Host::Destination, VmState::Running),
        _ if stopped => (Host::Source, VmState::Paused),
        _ => (Host::Source, running),
    }
}
