//! Post-copy and the post-copy half of hybrid (Hines & Gopalan, VEE 2009; QEMU
//! postcopy-ram).
//!
//! Switch over first: the VM pauses at the source, its CPU and device state cross
//! (`device_state / R + RTT`), and it resumes at the destination. The missing pages are
//! then pushed in the background at the streaming rate (`max-postcopy-bandwidth`, here
//! the same cap as pre-copy), while every guest access to a missing page is a demand
//! fault: the vCPU blocks for a round trip, the page, and the wait behind the background
//! stream already queued on the same connection (QEMU's default single channel; the
//! `postcopy-preempt` capability exists to cut that wait). A blocked vCPU makes no
//! accesses, so faults come at most one per fault latency.
//!
//! The expected number of faults is integrated over a fixed number of time slices
//! (O(1) per migration): in each slice, the guest's accesses (its write rate, as 4 KiB
//! accesses spread like its writes) hit a missing page with the chance that the page
//! is still missing; a faulted page is then present, and the push removes its share of
//! the rest.

use super::faults::Failure;
use super::link::{Pace, TCP_WINDOW_BYTES};
use super::workload::{Dirty, Workload};
use super::{fmt_bytes, fmt_s, full_pass_bytes, Builder, RoundSpec};
use crate::trace::{EventKind, Host, Outcome, PhaseKind, VmState};

/// Time slices for the fault integral.
const FAULT_SLICES: usize = 256;

/// Pure post-copy: nothing is sent before the switchover; every page is missing.
pub(crate) fn run_pure(b: &mut Builder) -> Outcome {
    let wl = Workload::from_params(b.p);
    let sets = wl.access_sets();
    let missing = Dirty {
        pages: [sets[0].pages, sets[1].pages],
    };
    // Nothing iterates, so nothing converges (as for cold and suspended).
    b.converged = false;
    b.stop_reason = "Post-copy switches over first: the VM resumes at the destination and \
                     its memory follows"
        .into();
    switch(b, &wl, full_pass_bytes(b.p), missing, 0)
}

/// Switches to post-copy at `b.t` with `stream_bytes` still to send, of which `missing`
/// are pages of the guest's access sets; `index` numbers the rounds that follow.
pub(crate) fn switch(
    b: &mut Builder,
    wl: &Workload,
    stream_bytes: f64,
    missing: Dirty,
    index: u32,
) -> Outcome {
    let p = b.p;
    let t0 = b.t;
    let device = p.device_state_bytes as f64;
    let sw_end = b.link.time_to_send(t0, device, Pace::LinkSpeed) + b.link.rtt_at(t0);
    b.event(
        t0,
        EventKind::Pause,
        format!(
            "The VM pauses at the source; its CPU and device state ({}) go to the \
             destination",
            fmt_bytes(device)
        ),
    );
    // Until the device state is across, the source can still resume the VM.
    if let Some((c, f)) = b.failures.first_in(t0, sw_end, |_| true) {
        let sent = b.link.bytes_between(t0, c, Pace::LinkSpeed).min(device);
        b.round(RoundSpec {
            index,
            start_s: t0,
            end_s: c,
            bytes_sent: sent,
            is_final: true,
            pace: Pace::LinkSpeed,
            ..RoundSpec::default()
        });
        b.phase(PhaseKind::Switchover, c, Host::Source, VmState::Paused);
        return match f {
            Failure::Source => b.lost(
                c,
                f,
                "The source host died during the switchover: the VM is lost".into(),
            ),
            _ => b.rollback(
                c,
                f,
                VmState::Paused,
                format!(
                    "The {} hits before the destination has the CPU state: the source \
                     resumes the VM",
                    f.kind().label()
                ),
            ),
        };
    }
    b.round(RoundSpec {
        index,
        start_s: t0,
        end_s: sw_end,
        bytes_sent: device,
        is_final: true,
        pace: Pace::LinkSpeed,
        ..RoundSpec::default()
    });
    b.phase(PhaseKind::Switchover, sw_end, Host::Source, VmState::Paused);
    // From here the VM's memory is split between the hosts.
    let split_failure = |b: &mut Builder, c: f64, f: Failure| -> Outcome {
        match f {
            Failure::Link => {
                let note = "The link failed during post-copy: the VM pauses at the \
                            destination (postcopy-paused); it can recover once the link is \
                            back, as both hosts are alive"
                    .to_string();
                b.fault_event(c, f.kind(), format!("link failure at {}", fmt_s(c)));
                b.event(c, EventKind::Pause, note.clone());
                b.stop_reason = note;
                b.converged = false;
                b.phase(
                    PhaseKind::PostCopyPaused,
                    c + super::FAILURE_TAIL_S,
                    Host::Destination,
                    VmState::Paused,
                );
                Outcome::Paused
            }
            _ => b.lost(
                c,
                f,
                format!(
                    "The {} after the post-copy switchover loses the VM: its memory was \
                     split between the two hosts",
                    f.kind().label()
                ),
            ),
        }
    };
    let resume_end = b.t + p.resume_time_s;
    if let Some((c, f)) = b.phase_or_failure(
        PhaseKind::Resume,
        resume_end,
        Host::Destination,
        VmState::Paused,
        |_| true,
    ) {
        return split_failure(b, c, f);
    }
    let t1 = b.t;
    b.event(
        t1,
        EventKind::Switchover,
        format!(
            "The VM runs at the destination; {} of memory is still at the source and \
             arrives by background push and demand faults",
            fmt_bytes(stream_bytes)
        ),
    );
    // Background push: fault pages replace pushed pages in the same stream, so the
    // stream ends when all its bytes are out, whatever the faults.
    let end = b.link.time_to_send(t1, stream_bytes, Pace::Capped);
    let hit = b.failures.first_in(t1, end, |_| true);
    let stop = hit.map_or(end, |h| h.0);
    let (faults, stall_s) = demand_faults(b, wl, t1, stop, stream_bytes, missing);
    b.postcopy_faults = faults;
    let sent = if hit.is_some() {
        b.link
            .bytes_between(t1, stop, Pace::Capped)
            .min(stream_bytes)
    } else {
        stream_bytes
    };
    let pages = missing.total_pages()
        * if stream_bytes > 0.0 {
            sent / stream_bytes
        } else {
            1.0
        };
    b.round(RoundSpec {
        index: index + 1,
        start_s: t1,
        end_s: stop,
        bytes_sent: sent,
        pages_sent: pages,
        ..RoundSpec::default()
    });
    b.phase(
        PhaseKind::PostCopy,
        stop,
        Host::Destination,
        VmState::Degraded,
    );
    if let Some((c, f)) = hit {
        return split_failure(b, c, f);
    }
    let share = if stop > t1 {
        (stall_s / (stop - t1)).min(1.0)
    } else {
        0.0
    };
    b.event(
        stop,
        EventKind::Commit,
        format!(
            "Every page has arrived ({faults:.0} by demand fault; the vCPU waited on faults \
             about {:.0}% of the post-copy time); the source frees its copy",
            share * 100.0
        ),
    );
    Outcome::Completed
}

/// Expected demand faults (and vCPU time spent waiting on them) while `stream_bytes`
/// are pushed from `t1` to `t_stop`, starting with `missing` pages of each access set.
fn demand_faults(
    b: &Builder,
    wl: &Workload,
    t1: f64,
    t_stop: f64,
    stream_bytes: f64,
    missing: Dirty,
) -> (f64, f64) {
    if !super::gt(t_stop, t1) || !super::gt(wl.writes_per_s, 0.0) {
        return (0.0, 0.0);
    }
    let sets = wl.access_sets();
    let page = wl.page_bytes;
    let mut m = missing.pages;
    for (mk, s) in m.iter_mut().zip(sets.iter()) {
        *mk = mk.clamp(0.0, s.pages);
    }
    let mut remaining = stream_bytes;
    let (mut faults, mut stall) = (0.0, 0.0);
    let dt = (t_stop - t1) / FAULT_SLICES as f64;
    for i in 0..FAULT_SLICES {
        let ta = t1 + dt * i as f64;
        let tb = ta + dt;
        let stream = b.link.bytes_between(ta, tb, Pace::Capped);
        // Fault latency: round trip + the page at link speed + the wait behind half a
        // TCP window of background pages already queued at the streaming rate.
        let latency = b.link.rtt_at(ta)
            + page / b.link.rate_at(ta, Pace::LinkSpeed)
            + 0.5 * TCP_WINDOW_BYTES / b.link.rate_at(ta, Pace::Capped);
        // Faults per second of guest time, per set.
        let mut rate = [0.0; 2];
        for k in 0..2 {
            if sets[k].pages > 0.0 {
                rate[k] = wl.writes_per_s * sets[k].write_share * m[k] / sets[k].pages;
            }
        }
        // A vCPU blocked on a fault makes no accesses: guest time runs at
        // 1 / (1 + fault rate × latency) of real time.
        let guest = 1.0 / (1.0 + (rate[0] + rate[1]) * latency);
        let mut fault_bytes = 0.0;
        for k in 0..2 {
            let f = (rate[k] * guest * dt).min(m[k]);
            m[k] -= f;
            faults += f;
            stall += f * latency;
            fault_bytes += f * page;
        }
        let pool = (remaining - fault_bytes).max(0.0);
        let pushed = (stream - fault_bytes).max(0.0);
        let frac = if pool > 0.0 {
            (pushed / pool).min(1.0)
        } else {
            1.0
        };
        for mk in m.iter_mut() {
            *mk *= 1.0 - frac;
        }
        remaining = (remaining - stream).max(0.0);
    }
    (faults, stall)
}
