//! The end of a migration while the source still holds the runnable VM: stop-and-copy
//! (live, hybrid that converged), the destination's resume and commit (also suspended),
//! and what a failure before the commit does (also post-copy's switchover)
//! (`docs/model.md`, "Switchover costs", "Faults").

use super::faults::Failure;
use super::link::Pace;
use super::{Builder, RoundSpec};
use crate::say::{fault_word, Say};
use crate::show;
use crate::trace::{EventKind, Host, Outcome, PhaseKind, VmState};

/// A failure while the source still holds the only runnable VM (pre-copy rounds,
/// stop-and-copy, a post-copy switchover before the state is across): a source failure
/// loses it, anything else rolls back to the source in `state`.
pub(crate) fn failure_on_source(
    b: &mut Builder,
    c: f64,
    f: Failure,
    state: VmState,
    lost_note: &'static str,
    rollback_note: Say,
) -> Outcome {
    match f {
        Failure::Source => b.lost(c, f, Say::new(lost_note)),
        Failure::Link | Failure::Destination => b.rollback(c, f, state, rollback_note),
    }
}

/// Stop-and-copy: the VM pauses at the source, the dirty pages and device state go over
/// the link (at full speed, or at the streaming rate after libvirt's --timeout pause, as
/// a paused VM's memory is still sent under `max-bandwidth`), then the destination
/// resumes.
pub(crate) fn stop_and_copy(
    b: &mut Builder,
    dirty_bytes: f64,
    dirty_pages: f64,
    index: u32,
    pace: Pace,
) -> Outcome {
    let p = b.p;
    let t0 = b.t;
    let device = p.device_state_bytes as f64;
    let bytes = dirty_bytes + device;
    let end = b.link.time_to_send(t0, bytes, pace);
    b.event(
        t0,
        EventKind::Pause,
        Say::new("note-pause-stop-and-copy")
            .text("dirty", show::bytes(dirty_bytes))
            .text("device", show::bytes(device))
            .text("rate", show::byte_rate(b.link.rate_at(t0, pace))),
    );
    let hit = b.failures.first_in(t0, end, |_| true);
    let stop = hit.map_or(end, |h| h.0);
    let sent = if hit.is_some() {
        b.link.bytes_between(t0, stop, pace).min(bytes)
    } else {
        bytes
    };
    b.round(RoundSpec {
        index,
        start_s: t0,
        end_s: stop,
        bytes_sent: sent,
        pages_sent: dirty_pages * (sent / bytes).min(1.0),
        is_final: true,
        pace,
        ..RoundSpec::default()
    });
    b.phase(PhaseKind::StopAndCopy, stop, Host::Source, VmState::Paused);
    if let Some((c, f)) = hit {
        let note = Say::new("stop-stop-and-copy-fault").word("fault", fault_word(&f.kind()));
        return failure_on_source(b, c, f, VmState::Paused, "stop-stop-and-copy-lost", note);
    }
    resume(b)
}

/// The destination resumes the VM and announces it (RARP); the source may only free its
/// copy after this commit, so a destination failure here still rolls back.
pub(crate) fn resume(b: &mut Builder) -> Outcome {
    let end = b.t + b.p.resume_time_s;
    if let Some((c, f)) = b.phase_or_failure(
        PhaseKind::Resume,
        end,
        Host::Destination,
        VmState::Paused,
        |f| f == Failure::Destination,
    ) {
        return b.rollback(
            c,
            f,
            VmState::Paused,
            Say::new("stop-resume-destination-died"),
        );
    }
    b.arrive("note-runs-at-destination", "note-commit-frees")
}
