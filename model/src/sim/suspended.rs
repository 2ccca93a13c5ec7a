//! Suspended migration (VMware suspended-VM migration; Hyper-V quick migration; libvirt
//! `save`/`restore`): suspend to a state file at storage write speed, move the file and
//! the disks (unless on shared storage, where only the configuration crosses the link),
//! restore at storage read speed, resume. Downtime ≈ `M/B_write + transfer + M/B_read`
//! plus every hold.
//!
//! Holds: a hold starts `start_after_suspend_s` after the suspend has completed and
//! lasts `duration_s`. Holds are taken in order of start; one whose start falls inside
//! the transfer splits it; one that would start after the transfer has ended holds the
//! migration before the restore; one that would start while an earlier hold is still on
//! follows it. So a hold of X seconds always adds exactly X seconds of downtime. The VM
//! stays safe in its state file throughout.

use super::faults::Failure;
use super::link::Pace;
use super::{
    fmt_bytes, fmt_rate, fmt_s, full_pass_bytes, Builder, RoundSpec, CONFIG_BYTES, FAILURE_TAIL_S,
};
use crate::params::Hold;
use crate::trace::{EventKind, Host, Outcome, PhaseKind, VmState};

pub(crate) fn run(b: &mut Builder) -> Outcome {
    let p = b.p;
    b.converged = false;
    let file = full_pass_bytes(p);
    b.event(
        0.0,
        EventKind::Pause,
        format!(
            "The VM suspends: {} of memory is written to a state file at {}",
            fmt_bytes(file),
            fmt_rate(p.storage_write_bytes_per_s)
        ),
    );
    let intact = |b: &mut Builder, c: f64, f: Failure| -> Outcome {
        let note = match f {
            Failure::Source => "The source host died, but the state file and disks on its \
                                storage are intact: the migration is abandoned and the VM \
                                can be restored on the source once the host is back"
                .to_string(),
            _ => format!(
                "The {} ends the migration; the state file on the source is intact and the \
                 VM stays suspended there",
                f.kind().label()
            ),
        };
        b.rollback(c, f, VmState::Suspended, note)
    };
    if let Some((c, f)) = b.phase_or_failure(
        PhaseKind::Suspend,
        file / p.storage_write_bytes_per_s,
        Host::Source,
        VmState::Suspended,
        |_| true,
    ) {
        if f == Failure::Source {
            return b.lost(
                c,
                f,
                "The source host died before the state file was complete: the VM's running \
                 state is lost (its disks survive for a cold boot)"
                    .into(),
            );
        }
        return intact(b, c, f);
    }
    let suspended_at = b.t;
    let mut remaining = CONFIG_BYTES
        + if p.shared_storage {
            0.0
        } else {
            file + p.disk_bytes as f64
        };
    let cap = p.storage_read_bytes_per_s.min(p.storage_write_bytes_per_s);
    b.event(
        suspended_at,
        EventKind::RoundStart { round: 0 },
        if p.shared_storage {
            "The state file stays on shared storage: only the configuration crosses the \
             link"
                .to_string()
        } else {
            format!(
                "The state file and disks ({}) move to the destination",
                fmt_bytes(remaining)
            )
        },
    );
    let mut piece: u32 = 0;
    // Sends the transfer until `until` (or until done); false if a failure ended it.
    let transfer =
        |b: &mut Builder, until: f64, remaining: &mut f64, piece: &mut u32| -> Option<Outcome> {
            if *remaining <= 0.0 {
                return None;
            }
            let t0 = b.t;
            let done_at = b.link.time_to_send(t0, *remaining, Pace::AtMost(cap));
            let stop = done_at.min(until);
            let hit = b.failures.first_in(t0, stop, |_| true);
            let stop = hit.map_or(stop, |h| h.0);
            let sent = if stop >= done_at {
                *remaining
            } else {
                b.link
                    .bytes_between(t0, stop, Pace::AtMost(cap))
                    .min(*remaining)
            };
            b.round(RoundSpec {
                index: *piece,
                start_s: t0,
                end_s: stop,
                bytes_sent: sent,
                is_final: true,
                pace: Pace::AtMost(cap),
                ..RoundSpec::default()
            });
            *piece += 1;
            *remaining -= sent;
            if stop >= done_at {
                *remaining = 0.0;
            }
            b.phase(PhaseKind::Transfer, stop, Host::Source, VmState::Suspended);
            hit.map(|(c, f)| intact(b, c, f))
        };
    let mut holds: Vec<Hold> = p
        .holds
        .iter()
        .copied()
        .filter(|h| h.duration_s > 0.0)
        .collect();
    holds.sort_by(|a, b| a.start_after_suspend_s.total_cmp(&b.start_after_suspend_s));
    for h in holds {
        let want = suspended_at + h.start_after_suspend_s;
        if want > b.t {
            if let Some(o) = transfer(b, want, &mut remaining, &mut piece) {
                return o;
            }
        }
        // The hold starts now (at its time, or at the end of the transfer, or after the
        // previous hold).
        let start = b.t;
        let end = start + h.duration_s;
        let limit = p.time_limit_s;
        let cut_end = if end <= limit {
            end
        } else if start < limit {
            limit
        } else {
            start + h.duration_s.min(FAILURE_TAIL_S)
        };
        b.event(
            start,
            EventKind::HoldStart { reason: h.reason },
            format!(
                "The migration is held ({}) for {}; the VM is safe in its state file but \
                 down",
                h.reason.label(),
                fmt_s(h.duration_s)
            ),
        );
        let moving = remaining > 0.0;
        if let Some((c, f)) = b.phase_or_failure(
            PhaseKind::Hold { reason: h.reason },
            cut_end,
            Host::Source,
            VmState::Suspended,
            |f| moving || f == Failure::Destination,
        ) {
            return intact(b, c, f);
        }
        if cut_end < end {
            let note = format!(
                "Still on hold ({}) when the simulation stops at {}: the VM is safe in its \
                 state file",
                h.reason.label(),
                fmt_s(cut_end)
            );
            b.event(cut_end, EventKind::TimeLimit, note.clone());
            b.stop_reason = note;
            return Outcome::OnHold;
        }
        b.event(
            end,
            EventKind::HoldEnd { reason: h.reason },
            format!("The {} hold ends", h.reason.label()),
        );
    }
    if let Some(o) = transfer(b, f64::INFINITY, &mut remaining, &mut piece) {
        return o;
    }
    let dest_only = |f: Failure| f == Failure::Destination;
    let restore_end = b.t + file / p.storage_read_bytes_per_s;
    if let Some((c, f)) = b.phase_or_failure(
        PhaseKind::Restore,
        restore_end,
        Host::Destination,
        VmState::Suspended,
        dest_only,
    ) {
        return intact(b, c, f);
    }
    let resume_end = b.t + p.resume_time_s;
    if let Some((c, f)) = b.phase_or_failure(
        PhaseKind::Resume,
        resume_end,
        Host::Destination,
        VmState::Paused,
        dest_only,
    ) {
        return intact(b, c, f);
    }
    let t = b.t;
    b.event(
        t,
        EventKind::Switchover,
        "The VM resumes at the destination where it left off".to_string(),
    );
    b.event(
        t,
        EventKind::Commit,
        "The destination commits; the source's state file is removed".to_string(),
    );
    b.stop_reason = format!(
        "Suspended migration: the VM was down for the whole {} (suspend, transfer, holds, \
         restore)",
        fmt_s(t)
    );
    Outcome::Completed
}
