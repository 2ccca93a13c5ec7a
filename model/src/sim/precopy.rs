//! Live pre-copy (Clark et al. NSDI 2005; QEMU; Xen) and the pre-copy part of hybrid.
//!
//! Round 0 sends all memory (zero pages as markers); round i sends the pages dirtied
//! during round i − 1; after each round (a bitmap sync) the stop policy decides. Then
//! stop-and-copy sends what is dirty plus device state at full link speed (QEMU lifts
//! `max-bandwidth` for it: the traces' downtimes are a few ms at a 64 MiB/s cap), and the
//! VM resumes at the destination. With the linear model and no overheads this is exactly
//! MODEL.md's closed form: `V_i = M·λ^i`, `T_i = V_i / R`.

use super::faults::Failure;
use super::link::Pace;
use super::policy::{self, AutoConverge, Decision, RoundEnd};
use super::workload::Workload;
use super::{
    fmt_bytes, fmt_rate, fmt_s, full_pass_bytes, postcopy, Builder, RoundSpec, MAX_ROUNDS,
};
use crate::params::{MigrationType, StopPolicy};
use crate::trace::{EventKind, Host, Outcome, PhaseKind, VmState};

fn running(throttle: f64) -> VmState {
    if throttle > 0.0 {
        VmState::Throttled
    } else {
        VmState::Running
    }
}

enum Cut {
    TimeLimit,
    Timeout,
    Failure(Failure),
}

pub(crate) fn run(b: &mut Builder) -> Outcome {
    let p = b.p;
    let wl = Workload::from_params(p);
    let memory = p.memory_bytes as f64;
    let hybrid = p.migration_type == MigrationType::Hybrid;
    let timeout = if hybrid {
        f64::INFINITY
    } else {
        p.suspend_after_s.unwrap_or(f64::INFINITY)
    };
    let mut ac = AutoConverge::default();
    let mut throttle = 0.0;
    let mut to_send = full_pass_bytes(p);
    let mut to_send_pages = (memory / wl.page_bytes).ceil();
    let mut sent_total = 0.0;
    let mut index: u32 = 0;
    loop {
        let t0 = b.t;
        let end = b.link.time_to_send(t0, to_send, Pace::Capped);
        // The earliest of: time limit, libvirt --timeout, a failure.
        let mut cut: Option<(f64, Cut)> = None;
        let mut consider = |t: f64, c: Cut| {
            if t < end && cut.as_ref().is_none_or(|(ct, _)| t < *ct) {
                cut = Some((t.max(t0), c));
            }
        };
        consider(p.time_limit_s, Cut::TimeLimit);
        consider(timeout, Cut::Timeout);
        if let Some((t, f)) = b.failures.first_in(t0, end, |_| true) {
            consider(t, Cut::Failure(f));
        }
        let note_round = |b: &mut Builder| {
            let note = if index == 0 {
                format!(
                    "Round 0 sends all {} of memory while the VM runs",
                    fmt_bytes(memory)
                )
            } else {
                format!(
                    "Round {index} sends the {} written during round {}",
                    fmt_bytes(to_send),
                    index - 1
                )
            };
            b.event(t0, EventKind::RoundStart { round: index }, note);
        };
        if let Some((c, why)) = cut {
            // A partial round: what was sent and dirtied up to the cut.
            let sent = b.link.bytes_between(t0, c, Pace::Capped);
            let d = wl.dirty(c - t0, throttle);
            let dirty_bytes = wl.bytes(&d);
            if c > t0 {
                note_round(b);
                let pages = if to_send > 0.0 {
                    to_send_pages * sent / to_send
                } else {
                    0.0
                };
                b.round(RoundSpec {
                    index,
                    start_s: t0,
                    end_s: c,
                    bytes_sent: sent,
                    pages_sent: pages,
                    dirty_pages_at_end: d.total_pages(),
                    dirty_bytes_at_end: dirty_bytes,
                    pending_bytes_at_start: (to_send_pages * wl.page_bytes).min(memory),
                    throttle,
                    ..RoundSpec::default()
                });
                b.phase(
                    PhaseKind::PreCopy { round: index },
                    c,
                    Host::Source,
                    running(throttle),
                );
            }
            return match why {
                // The cut round counts, as it does in `metrics.precopy_rounds`.
                Cut::TimeLimit => not_converged(b, dirty_bytes.max(to_send - sent), index + 1),
                Cut::Timeout => {
                    let remaining = ((to_send - sent).max(0.0) + dirty_bytes).min(memory);
                    b.event(
                        c,
                        EventKind::SuspendTimeout,
                        format!(
                            "libvirt --timeout: after {} the VM is paused and the migration \
                             finishes with it stopped",
                            fmt_s(c)
                        ),
                    );
                    b.converged = false;
                    b.stop_reason = format!(
                        "Pre-copy had not converged after {}: libvirt's --timeout paused the \
                         VM and sent the remaining {} with it stopped",
                        fmt_s(c),
                        fmt_bytes(remaining)
                    );
                    let pages = remaining / wl.page_bytes;
                    super::suspended::finish_paused(b, remaining, pages, index + 1)
                }
                Cut::Failure(f) => precopy_failure(b, c, f, running(throttle)),
            };
        }
        // A full round.
        note_round(b);
        let d = wl.dirty(end - t0, throttle);
        let dirty_bytes = wl.bytes(&d);
        b.round(RoundSpec {
            index,
            start_s: t0,
            end_s: end,
            bytes_sent: to_send,
            pages_sent: to_send_pages,
            dirty_pages_at_end: d.total_pages(),
            dirty_bytes_at_end: dirty_bytes,
            pending_bytes_at_start: (to_send_pages * wl.page_bytes).min(memory),
            throttle,
            ..RoundSpec::default()
        });
        b.phase(
            PhaseKind::PreCopy { round: index },
            end,
            Host::Source,
            running(throttle),
        );
        sent_total += to_send;
        let rate = b.link.rate_at(end, Pace::Capped);
        let round_end = RoundEnd {
            rounds_done: index + 1,
            dirty_bytes,
            dirty_pages: d.total_pages(),
            rate_bytes_per_s: rate,
            sent_bytes: sent_total,
            memory_bytes: memory,
            downtime_limit_s: p.downtime_limit_s,
        };
        if let Decision::Stop { converged, reason } = policy::decide(p.policy, &round_end) {
            b.converged = converged;
            b.stop_reason = reason;
            return stop_and_copy(b, dirty_bytes, d.total_pages(), index + 1, Pace::LinkSpeed);
        }
        if hybrid && index + 1 >= p.hybrid_precopy_rounds {
            b.converged = false;
            b.stop_reason = format!(
                "After {} pre-copy round{} the hybrid migration switches to post-copy with \
                 {} still dirty",
                index + 1,
                if index == 0 { "" } else { "s" },
                fmt_bytes(dirty_bytes)
            );
            return postcopy::switch(b, &wl, dirty_bytes, d, index + 1);
        }
        // Throttles act from the next round on.
        let new_throttle = match p.policy {
            StopPolicy::Qemu if p.auto_converge => ac.sync(end, to_send, dirty_bytes),
            StopPolicy::Vmotion => policy::sdps(
                throttle,
                wl.writes_per_s * wl.page_bytes,
                wl.cpu_share,
                rate,
            ),
            _ => None,
        };
        if let Some(th) = new_throttle {
            let note = if p.policy == StopPolicy::Vmotion {
                format!(
                    "The guest writes faster than the {} send rate: SDPS stuns the vCPUs \
                     {:.0}% of the time",
                    fmt_rate(rate),
                    th * 100.0
                )
            } else {
                format!(
                    "Writes outpace sending at two syncs in a row: auto-converge throttles \
                     the vCPU to {:.0}%",
                    th * 100.0
                )
            };
            b.event(end, EventKind::ThrottleChange { throttle: th }, note);
            throttle = th;
        }
        to_send = dirty_bytes;
        to_send_pages = d.total_pages();
        index += 1;
        if index >= MAX_ROUNDS {
            return not_converged(b, dirty_bytes, index);
        }
    }
}

/// Pre-copy stopped by the time limit (or the round guard): the real system would keep
/// iterating; the VM runs on at the source.
fn not_converged(b: &mut Builder, pending: f64, rounds: u32) -> Outcome {
    let p = b.p;
    let t = b.t;
    let why = match p.policy {
        StopPolicy::Qemu if p.auto_converge => "even with auto-converge",
        StopPolicy::Qemu => "QEMU has no round limit and keeps iterating until cancelled",
        _ => "the policy had not stopped yet",
    };
    let stopped = if rounds >= MAX_ROUNDS {
        format!("the simulation stops after {MAX_ROUNDS} rounds")
    } else {
        "the time limit is reached".to_string()
    };
    let note = format!(
        "Not converged after {} ({rounds} rounds, about {} still dirty) and {stopped}: \
         {why}; the VM keeps running on the source",
        fmt_s(t),
        fmt_bytes(pending)
    );
    b.event(t, EventKind::TimeLimit, note.clone());
    b.converged = false;
    b.stop_reason = note;
    Outcome::NotConverged
}

/// A failure during pre-copy rounds: the source still runs the VM.
fn precopy_failure(b: &mut Builder, c: f64, f: Failure, state: VmState) -> Outcome {
    match f {
        Failure::Source => b.lost(
            c,
            f,
            "The source host died while it ran the VM: the VM is lost (the destination \
             holds only a partial copy)"
                .into(),
        ),
        Failure::Link | Failure::Destination => b.rollback(
            c,
            f,
            if state == VmState::Paused {
                VmState::Paused
            } else {
                VmState::Running
            },
            format!(
                "The {} ends the migration: it is abandoned and the VM keeps running on \
                 the source",
                f.kind().label()
            ),
        ),
    }
}

/// Stop-and-copy: the VM pauses at the source, the dirty pages and device state go over
/// the link (uncapped, or at the streaming rate after libvirt's --timeout pause, as a
/// paused VM's memory is still sent under `max-bandwidth`), then the destination resumes.
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
        format!(
            "The VM pauses at the source; the last {} and {} of device state go at {}",
            fmt_bytes(dirty_bytes),
            fmt_bytes(device),
            fmt_rate(b.link.rate_at(t0, pace))
        ),
    );
    if let Some((c, f)) = b.failures.first_in(t0, end, |_| true) {
        let sent = b.link.bytes_between(t0, c, pace);
        b.round(RoundSpec {
            index,
            start_s: t0,
            end_s: c,
            bytes_sent: sent,
            pages_sent: dirty_pages * (sent / bytes).min(1.0),
            is_final: true,
            pace,
            ..RoundSpec::default()
        });
        b.phase(PhaseKind::StopAndCopy, c, Host::Source, VmState::Paused);
        return match f {
            Failure::Source => b.lost(
                c,
                f,
                "The source host died during stop-and-copy: the VM is lost".into(),
            ),
            _ => b.rollback(
                c,
                f,
                VmState::Paused,
                format!(
                    "The {} interrupts stop-and-copy: the migration fails and the paused VM \
                     resumes on the source once libvirt notices",
                    f.kind().label()
                ),
            ),
        };
    }
    b.round(RoundSpec {
        index,
        start_s: t0,
        end_s: end,
        bytes_sent: bytes,
        pages_sent: dirty_pages,
        is_final: true,
        pace,
        ..RoundSpec::default()
    });
    b.phase(PhaseKind::StopAndCopy, end, Host::Source, VmState::Paused);
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
            "The destination host died before it committed: the source, which still holds \
             the paused VM, resumes it"
                .into(),
        );
    }
    let t = b.t;
    b.event(
        t,
        EventKind::Switchover,
        "The VM runs at the destination".to_string(),
    );
    b.event(
        t,
        EventKind::Commit,
        "The destination commits; the source frees its copy".to_string(),
    );
    Outcome::Completed
}
