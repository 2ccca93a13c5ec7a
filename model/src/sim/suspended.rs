//! Migrations with the VM stopped (docs/model.md "Suspended migration"). The
//! suspended type moves the state one of two ways:
//!
//! - **State file** (libvirt `save`/`restore`; VMware suspended-VM migration; Hyper-V
//!   quick migration): suspend to a state file (at storage write speed, and under
//!   `max-bandwidth`, since QEMU writes the file through its migration stream), move the
//!   file and the disks (unless on shared storage, where only the configuration crosses
//!   the link), restore at storage read speed, resume. Downtime ≈
//!   `M/B_write + transfer + M/B_read` plus every hold.
//! - **Stream** (libvirt `migrate` without `--live`; also `--suspend-after 0s` on a live
//!   migration): the VM is paused from the start and QEMU migrates it as it would a running
//!   one, but nothing is dirtied, so memory goes once: at `max-bandwidth` until the rest
//!   fits `rate × downtime-limit`, then that rest and the device state at link speed
//!   (QEMU's completion step, which is all its `downtime` field counts), and the
//!   destination resumes the VM. Downtime is the whole transfer. A live migration cut by
//!   libvirt's `--timeout` finishes the same way ([`finish_paused`]).
//!
//! Holds: a hold starts `start_after_suspend_s` after the suspend has completed (the
//! pause, for a stream) and lasts `duration_s`. Holds are taken in order of start; one
//! whose start falls inside the transfer splits it; one that would start after the
//! transfer has ended holds the migration before the restore (or resume); one that would
//! start while an earlier hold is still on follows it. So a hold of X seconds always adds
//! exactly X seconds of downtime. The VM stays safe at the source (in its state file, or
//! paused in memory) throughout.

use super::faults::Failure;
use super::link::Pace;
use super::{full_pass_bytes, switchover, Builder, RoundSpec, CONFIG_BYTES, FAILURE_TAIL_S};
use crate::params::{Hold, SuspendTransfer};
use crate::say::{fault_word, hold_word, Say};
use crate::show;
use crate::trace::{EventKind, Host, Outcome, PhaseKind, VmState};

pub(crate) fn run(b: &mut Builder) -> Outcome {
    b.converged = false;
    match b.p.suspend_transfer {
        SuspendTransfer::StateFile => state_file(b),
        SuspendTransfer::Stream => stream(b, true),
    }
}

/// How the VM waits at the source, which decides what a failure does.
#[derive(Clone, Copy, PartialEq)]
enum Waiting {
    /// In a state file on the source's storage: every failure leaves it intact.
    InStateFile,
    /// Paused in the source's memory: a source failure loses it; any other failure
    /// ends the migration and the source resumes it.
    PausedInMemory,
}

impl Waiting {
    fn vm_state(self) -> VmState {
        match self {
            Waiting::InStateFile => VmState::Suspended,
            Waiting::PausedInMemory => VmState::Paused,
        }
    }

    /// Where the VM is safe (a word of `model.ftl`).
    fn where_safe(self) -> &'static str {
        match self {
            Waiting::InStateFile => "word-safe-state-file",
            Waiting::PausedInMemory => "word-safe-paused",
        }
    }

    fn fail(self, b: &mut Builder, c: f64, f: Failure) -> Outcome {
        let note = match (self, f) {
            (Waiting::InStateFile, Failure::Source) => Say::new("stop-suspended-source-died-file"),
            (Waiting::InStateFile, _) => {
                Say::new("stop-suspended-fault-file").word("fault", fault_word(&f.kind()))
            }
            (Waiting::PausedInMemory, Failure::Source) => {
                return b.lost(c, f, Say::new("stop-suspended-lost-paused"))
            }
            (Waiting::PausedInMemory, _) => {
                Say::new("stop-suspended-fault-paused").word("fault", fault_word(&f.kind()))
            }
        };
        b.rollback(c, f, self.vm_state(), note)
    }
}

/// One stretch of a transfer: `bytes` at `pace`, shown as `kind`.
struct Leg {
    bytes: f64,
    /// Pages of memory among the bytes (for the rounds' page counts).
    pages: f64,
    pace: Pace,
    kind: PhaseKind,
    /// An event at the leg's start.
    note: Option<Say>,
}

/// A transfer sent leg by leg, in pieces split by holds; every piece is a round.
struct Transfer {
    legs: Vec<Leg>,
    /// The leg being sent and what of it has gone.
    leg: usize,
    sent_of_leg: f64,
    /// Index of the next round.
    piece: u32,
    waiting: Waiting,
}

impl Transfer {
    /// Nothing is left to send.
    fn done(&self) -> bool {
        self.legs
            .iter()
            .skip(self.leg)
            .enumerate()
            .all(|(i, l)| l.bytes - if i == 0 { self.sent_of_leg } else { 0.0 } <= 0.0)
    }

    /// Sends from `b.t` until `until` or until everything is out; `Some` if a failure
    /// ended the migration.
    fn send_until(&mut self, b: &mut Builder, until: f64) -> Option<Outcome> {
        while self.leg < self.legs.len() && b.t < until {
            let leg = &self.legs[self.leg];
            let left = leg.bytes - self.sent_of_leg;
            if left <= 0.0 {
                self.leg += 1;
                self.sent_of_leg = 0.0;
                continue;
            }
            let t0 = b.t;
            if self.sent_of_leg == 0.0 {
                if let Some(note) = &leg.note {
                    b.event(
                        t0,
                        EventKind::RoundStart { round: self.piece },
                        note.clone(),
                    );
                }
            }
            let pace = leg.pace;
            let done_at = b.link.time_to_send(t0, left, pace);
            let hit = b.failures.first_in(t0, done_at.min(until), |_| true);
            let stop = hit.map_or(done_at.min(until), |h| h.0);
            let finished = hit.is_none() && stop >= done_at;
            let sent = if finished {
                left
            } else {
                b.link.bytes_between(t0, stop, pace).min(left)
            };
            let pages = leg.pages * sent / leg.bytes;
            let kind = leg.kind;
            b.round(RoundSpec {
                index: self.piece,
                start_s: t0,
                end_s: stop,
                bytes_sent: sent,
                pages_sent: pages,
                pending_bytes_at_start: left,
                is_final: true,
                pace,
                ..RoundSpec::default()
            });
            self.piece += 1;
            b.phase(kind, stop, Host::Source, self.waiting.vm_state());
            if let Some((c, f)) = hit {
                return Some(self.waiting.fail(b, c, f));
            }
            if finished {
                self.leg += 1;
                self.sent_of_leg = 0.0;
            } else {
                self.sent_of_leg += sent;
            }
        }
        None
    }
}

/// Takes the holds in order around the transfer (see the module comment); `Some` when
/// the migration ends on hold or by a failure.
fn take_holds(b: &mut Builder, suspended_at: f64, tr: &mut Transfer) -> Option<Outcome> {
    let p = b.p;
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
            if let Some(o) = tr.send_until(b, want) {
                return Some(o);
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
            Say::new("note-hold-start")
                .word("reason", hold_word(h.reason))
                .text("duration", show::duration(h.duration_s))
                .word("safe", tr.waiting.where_safe()),
        );
        let moving = !tr.done();
        if let Some((c, f)) = b.phase_or_failure(
            PhaseKind::Hold { reason: h.reason },
            cut_end,
            Host::Source,
            tr.waiting.vm_state(),
            |f| moving || f == Failure::Destination,
        ) {
            return Some(tr.waiting.fail(b, c, f));
        }
        if cut_end < end {
            let note = Say::new("stop-still-on-hold")
                .word("reason", hold_word(h.reason))
                .text("t", show::duration(cut_end))
                .word("safe", tr.waiting.where_safe());
            b.event(cut_end, EventKind::TimeLimit, note.clone());
            b.stop_reason = note.into();
            return Some(Outcome::OnHold);
        }
        b.event(
            end,
            EventKind::HoldEnd { reason: h.reason },
            Say::new("note-hold-end").word("reason", hold_word(h.reason)),
        );
    }
    tr.send_until(b, f64::INFINITY)
}

/// Suspend to a state file, move it, restore it.
fn state_file(b: &mut Builder) -> Outcome {
    let p = b.p;
    let file = full_pass_bytes(p);
    let cap = p.max_bandwidth_bytes_per_s.unwrap_or(f64::INFINITY);
    let write = p.storage_write_bytes_per_s.min(cap);
    b.event(
        0.0,
        EventKind::Pause,
        Say::new("note-suspend-write")
            .text("file", show::bytes(file))
            .text("rate", show::byte_rate(write)),
    );
    if let Some((c, f)) = b.phase_or_failure(
        PhaseKind::Suspend,
        file / write,
        Host::Source,
        VmState::Suspended,
        |_| true,
    ) {
        if f == Failure::Source {
            return b.lost(c, f, Say::new("stop-suspended-lost-before-file"));
        }
        return Waiting::InStateFile.fail(b, c, f);
    }
    let suspended_at = b.t;
    let bytes = CONFIG_BYTES
        + if p.shared_storage {
            0.0
        } else {
            file + p.disk_bytes as f64
        };
    let note = if p.shared_storage {
        Say::new("note-state-file-shared")
    } else {
        Say::new("note-state-file-moves").text("bytes", show::bytes(bytes))
    };
    let mut tr = Transfer {
        legs: vec![Leg {
            bytes,
            pages: 0.0,
            pace: Pace::AtMost(
                p.storage_read_bytes_per_s
                    .min(p.storage_write_bytes_per_s)
                    .min(cap),
            ),
            kind: PhaseKind::Transfer,
            note: Some(note),
        }],
        leg: 0,
        sent_of_leg: 0.0,
        piece: 0,
        waiting: Waiting::InStateFile,
    };
    if let Some(o) = take_holds(b, suspended_at, &mut tr) {
        return o;
    }
    let dest_only = |f: Failure| f == Failure::Destination;
    let restore_end = b.t + file / p.storage_read_bytes_per_s;
    for (kind, end, state) in [
        (PhaseKind::Restore, restore_end, VmState::Suspended),
        (
            PhaseKind::Resume,
            restore_end + p.resume_time_s,
            VmState::Paused,
        ),
    ] {
        if let Some((c, f)) = b.phase_or_failure(kind, end, Host::Destination, state, dest_only) {
            return Waiting::InStateFile.fail(b, c, f);
        }
    }
    let t = b.t;
    b.event(
        t,
        EventKind::Switchover,
        Say::new("note-resumes-where-left"),
    );
    b.event(t, EventKind::Commit, Say::new("note-commit-state-file"));
    b.stop_reason = Say::new("stop-suspended")
        .text("t", show::duration(t))
        .into();
    Outcome::Completed
}

/// The legs of `ram_bytes` of a paused VM's memory (`pages` pages) plus the device state:
/// at the streaming cap until the rest fits `rate × downtime-limit`, then the rest and
/// the device state at link speed.
fn paused_legs(b: &Builder, ram_bytes: f64, pages: f64) -> Vec<Leg> {
    let p = b.p;
    let t = b.t;
    let rate = b.link.rate_at(t, Pace::Capped);
    let threshold = rate * p.downtime_limit_s;
    let tail = ram_bytes.clamp(0.0, threshold);
    let head = ram_bytes.max(0.0) - tail;
    let device = p.device_state_bytes as f64;
    let share = |x: f64| {
        if ram_bytes > 0.0 {
            pages * x / ram_bytes
        } else {
            0.0
        }
    };
    vec![
        Leg {
            bytes: head,
            pages: share(head),
            pace: Pace::Capped,
            kind: PhaseKind::StopAndCopy,
            note: Some(
                Say::new("note-paused-streams")
                    .text("memory", show::bytes(ram_bytes))
                    .text("rate", show::byte_rate(rate)),
            ),
        },
        Leg {
            bytes: tail + device,
            pages: share(tail),
            pace: Pace::LinkSpeed,
            kind: PhaseKind::StopAndCopy,
            note: Some(
                Say::new("note-paused-rest")
                    .text("rest", show::bytes(tail))
                    .text("rate", show::byte_rate(rate))
                    .text("limit", show::duration(p.downtime_limit_s))
                    .text("device", show::bytes(device)),
            ),
        },
    ]
}

/// Libvirt's paused migrate: the VM pauses at once and its memory (and, for the
/// suspended type, its disks unless shared) streams over the link, then it resumes at
/// the destination.
pub(crate) fn stream(b: &mut Builder, with_disks: bool) -> Outcome {
    let p = b.p;
    b.converged = false;
    let ram = full_pass_bytes(p);
    let pages = (p.memory_bytes as f64 / p.page_size_bytes as f64).ceil();
    b.event(
        0.0,
        EventKind::Pause,
        Say::new("note-paused-first").text("memory", show::bytes(ram)),
    );
    let mut legs = Vec::new();
    if with_disks && !p.shared_storage && p.disk_bytes > 0 {
        legs.push(Leg {
            bytes: p.disk_bytes as f64,
            pages: 0.0,
            pace: Pace::Capped,
            kind: PhaseKind::DiskCopy,
            note: Some(
                Say::new("note-disks-copied-paused")
                    .text("disks", show::bytes(p.disk_bytes as f64)),
            ),
        });
    }
    legs.extend(paused_legs(b, ram, pages));
    let mut tr = Transfer {
        legs,
        leg: 0,
        sent_of_leg: 0.0,
        piece: 0,
        waiting: Waiting::PausedInMemory,
    };
    if let Some(o) = take_holds(b, 0.0, &mut tr) {
        return o;
    }
    let outcome = switchover::resume(b);
    if outcome == Outcome::Completed {
        b.stop_reason = Say::new("stop-paused")
            .text("t", show::duration(b.t))
            .into();
    }
    outcome
}

/// A live migration paused by libvirt's `--timeout`: the `ram_bytes` still to send go
/// as in a paused migration (rounds numbered from `index`), then the VM resumes at the
/// destination.
pub(crate) fn finish_paused(b: &mut Builder, ram_bytes: f64, pages: f64, index: u32) -> Outcome {
    let t = b.t;
    b.event(
        t,
        EventKind::Pause,
        Say::new("note-timeout-pause").text("memory", show::bytes(ram_bytes)),
    );
    let mut tr = Transfer {
        legs: paused_legs(b, ram_bytes, pages),
        leg: 0,
        sent_of_leg: 0.0,
        piece: index,
        waiting: Waiting::PausedInMemory,
    };
    if let Some(o) = tr.send_until(b, f64::INFINITY) {
        return o;
    }
    switchover::resume(b)
}
