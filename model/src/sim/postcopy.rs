//! Post-copy and the post-copy half of hybrid (docs/model.md "Post-copy and hybrid";
//! Hines & Gopalan, VEE 2009; QEMU postcopy-ram).
//!
//! Switch over first: the VM pauses at the source, its CPU and device state cross
//! (`device_state / R + RTT`), and it resumes at the destination. The missing pages are
//! then pushed in the background at the streaming rate (`max-postcopy-bandwidth`, here
//! the same cap as pre-copy) until the rest fits rate × downtime-limit, when QEMU
//! completes and sends that rest at link speed, while every guest access to a missing page is a demand
//! fault: the vCPU blocks for a round trip, the page, and the wait behind the pushed
//! pages already queued on the same connection (a full 4 MiB socket buffer at the push's
//! rate) (QEMU's default single channel; the
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
use super::switchover::failure_on_source;
use super::workload::{Dirty, Workload};
use super::{full_pass_bytes, Builder, RoundSpec};
use crate::say::{self, fault_word, Say};
use crate::show;
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
    b.stop_reason = Say::new("stop-postcopy").into();
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
    if let Some(outcome) = send_cpu_state(b, index) {
        return outcome;
    }
    // From here the VM's memory is split between the hosts.
    let resume_end = b.t + b.p.resume_time_s;
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
        Say::new("note-postcopy-switchover").text("left", show::bytes(stream_bytes)),
    );
    push_and_fault(b, wl, stream_bytes, missing, index)
}

/// The switchover phase from `b.t`: the VM paused at the source while its CPU and
/// device state cross. `Some` outcome when a failure hits first (the source resumes the
/// VM, or loses it).
fn send_cpu_state(b: &mut Builder, index: u32) -> Option<Outcome> {
    let t0 = b.t;
    let device = b.p.device_state_bytes as f64;
    let sw_end = b.link.time_to_send(t0, device, Pace::LinkSpeed) + b.link.rtt_at(t0);
    b.event(
        t0,
        EventKind::Pause,
        Say::new("note-postcopy-pause").text("device", show::bytes(device)),
    );
    // Until the device state is across, the source can still resume the VM.
    let hit = b.failures.first_in(t0, sw_end, |_| true);
    let stop = hit.map_or(sw_end, |h| h.0);
    let sent = if hit.is_some() {
        b.link.bytes_between(t0, stop, Pace::LinkSpeed).min(device)
    } else {
        device
    };
    b.round(RoundSpec {
        index,
        start_s: t0,
        end_s: stop,
        bytes_sent: sent,
        is_final: true,
        pace: Pace::LinkSpeed,
        ..RoundSpec::default()
    });
    b.phase(PhaseKind::Switchover, stop, Host::Source, VmState::Paused);
    let (c, f) = hit?;
    let note = Say::new("stop-postcopy-switch-fault").word("fault", fault_word(&f.kind()));
    Some(failure_on_source(
        b,
        c,
        f,
        VmState::Paused,
        "stop-postcopy-switch-lost",
        note,
    ))
}

/// The post-copy phase from `b.t` (the VM running at the destination): the background
/// push of `stream_bytes` and the demand faults on the `missing` pages, until every page
/// is across or a failure splits the VM.
fn push_and_fault(
    b: &mut Builder,
    wl: &Workload,
    stream_bytes: f64,
    missing: Dirty,
    index: u32,
) -> Outcome {
    let t1 = b.t;
    // Background push: fault pages replace pushed pages in the same stream, so the
    // stream ends when all its bytes are out, whatever the faults. It goes at the cap
    // until the rest fits rate × downtime-limit; QEMU then completes the migration and
    // sends that rest at link speed (`migration_completion`).
    let push = Push::new(b, t1, stream_bytes);
    let hit = b.failures.first_in(t1, push.end, |_| true);
    let stop = hit.map_or(push.end, |h| h.0);
    let (faults, stall_s) = demand_faults(b, wl, &push, stop, missing);
    b.postcopy_faults = faults;
    let share = if stop > t1 {
        (stall_s / (stop - t1)).clamp(0.0, 1.0)
    } else {
        0.0
    };
    b.postcopy_vcpu_blocked_share = share;
    for (k, (from, to, pace, bytes)) in push.legs(b, stop).into_iter().enumerate() {
        let pages = if stream_bytes > 0.0 {
            missing.total_pages() * bytes / stream_bytes
        } else {
            0.0
        };
        b.round(RoundSpec {
            index: index + 1 + k as u32,
            start_s: from,
            end_s: to,
            bytes_sent: bytes,
            pages_sent: pages,
            pending_bytes_at_start: stream_bytes - push.bytes_between(b, t1, from),
            pace,
            ..RoundSpec::default()
        });
    }
    b.phase(
        PhaseKind::PostCopy,
        stop,
        Host::Destination,
        VmState::Degraded,
    );
    if let Some((c, f)) = hit {
        return split_failure(b, c, f);
    }
    b.event(
        stop,
        EventKind::Commit,
        Say::new("note-postcopy-done")
            .text("faults", format!("{faults:.0}"))
            .text("percent", say::percent(share)),
    );
    Outcome::Completed
}

/// A failure at `c` after the switchover, while the VM's memory is split between the
/// hosts: a link failure pauses it at the destination (QEMU's postcopy-paused, which can
/// recover); a host failure loses it.
fn split_failure(b: &mut Builder, c: f64, f: Failure) -> Outcome {
    match f {
        Failure::Link => {
            let note = Say::new("stop-postcopy-link-paused");
            b.failure_at(c, f);
            b.event(c, EventKind::Pause, note.clone());
            b.stop_reason = note.into();
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
            Say::new("stop-postcopy-split-lost").word("fault", fault_word(&f.kind())),
        ),
    }
}

/// The post-copy push from `t1`: `head` bytes at the cap, then the `tail` that fitted
/// rate × downtime-limit at link speed.
struct Push {
    t1: f64,
    head: f64,
    head_end: f64,
    tail: f64,
    end: f64,
}

impl Push {
    fn new(b: &Builder, t1: f64, bytes: f64) -> Self {
        let bytes = bytes.max(0.0);
        let threshold = b.link.rate_at(t1, Pace::Capped) * b.p.downtime_limit_s;
        let tail = bytes.min(threshold);
        let head = bytes - tail;
        let head_end = b.link.time_to_send(t1, head, Pace::Capped);
        let end = b.link.time_to_send(head_end, tail, Pace::LinkSpeed);
        Push {
            t1,
            head,
            head_end,
            tail,
            end,
        }
    }

    /// Bytes pushed between `ta` and `tb`.
    fn bytes_between(&self, b: &Builder, ta: f64, tb: f64) -> f64 {
        let head = b
            .link
            .bytes_between(ta, tb.min(self.head_end), Pace::Capped);
        let tail = b
            .link
            .bytes_between(ta.max(self.head_end), tb.min(self.end), Pace::LinkSpeed);
        head.min(self.head) + tail.min(self.tail)
    }

    /// The legs up to `stop` as (start, end, pace, bytes); empty legs left out.
    fn legs(&self, b: &Builder, stop: f64) -> Vec<(f64, f64, Pace, f64)> {
        [
            (self.head, self.t1, self.head_end, Pace::Capped),
            (self.tail, self.head_end, self.end, Pace::LinkSpeed),
        ]
        .into_iter()
        .filter(|&(all, from, _, _)| all > 0.0 && stop > from)
        .map(|(all, from, end, pace)| {
            let to = stop.min(end);
            let bytes = if to >= end {
                all
            } else {
                self.bytes_between(b, from, to)
            };
            (from, to, pace, bytes)
        })
        .collect()
    }

    /// How long a demand fault at `t` waits behind the pushed pages already queued: a
    /// full socket send buffer (`TCP_WINDOW_BYTES`) draining at the push's rate.
    fn queue_wait_s(&self, b: &Builder, t: f64) -> f64 {
        let pace = if t < self.head_end {
            Pace::Capped
        } else {
            Pace::LinkSpeed
        };
        TCP_WINDOW_BYTES / b.link.rate_at(t, pace)
    }
}

/// Expected demand faults (and vCPU time spent blocked on them) while `push` runs until
/// `t_stop`, starting with `missing` pages of each access set.
fn demand_faults(
    b: &Builder,
    wl: &Workload,
    push: &Push,
    t_stop: f64,
    missing: Dirty,
) -> (f64, f64) {
    let t1 = push.t1;
    if !super::gt(t_stop, t1) || !super::gt(wl.writes_between(t1, t_stop, 0.0), 0.0) {
        return (0.0, 0.0);
    }
    let sets = wl.access_sets();
    let page = wl.page_bytes;
    let mut m = missing.pages;
    for (mk, s) in m.iter_mut().zip(sets.iter()) {
        *mk = mk.clamp(0.0, s.pages);
    }
    let mut remaining = push.head + push.tail;
    let (mut faults, mut stall) = (0.0, 0.0);
    let dt = (t_stop - t1) / FAULT_SLICES as f64;
    for i in 0..FAULT_SLICES {
        let ta = t1 + dt * i as f64;
        let tb = ta + dt;
        let stream = push.bytes_between(b, ta, tb);
        // Fault latency: round trip + the page at link speed + the wait behind the
        // pushed pages already queued on the same connection (QEMU's single channel).
        let latency = b.link.rtt_at(ta)
            + page / b.link.rate_at(ta, Pace::LinkSpeed)
            + push.queue_wait_s(b, ta);
        // Faults per second of guest time, per set (at the slice's mean write rate).
        let writes_per_s = wl.mean_writes_per_s(ta, tb);
        let mut rate = [0.0; 2];
        for k in 0..2 {
            if sets[k].pages > 0.0 {
                rate[k] = writes_per_s * sets[k].write_share * m[k] / sets[k].pages;
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
