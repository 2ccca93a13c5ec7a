//! The simulation engine: one module per migration type, a stop policy, a dirty model.
//!
//! Conventions every module keeps (checked by the `engine_*` tests):
//! - phases are contiguous and ordered, the first starts at 0, zero-length phases are
//!   left out, and the last ends at `metrics.total_time_s`;
//! - every byte on the wire belongs to a [`Round`] (pre-copy rounds, the stop-and-copy
//!   pass, the post-copy switchover and push, the cold/suspended transfers), so
//!   `metrics.bytes_sent == trace.bytes_sent_at(end)`;
//! - downtime is the length of the phases in which the VM is not up (excluding `Lost`),
//!   exactly what [`Trace::downtime_at`] computes;
//! - a completed migration's trace ends when the VM runs at the destination (after the
//!   resume), which [`Trace::final_state`] reports as `(Destination, Running)`.

mod cold;
pub mod faults;
pub mod link;
pub mod policy;
mod postcopy;
mod precopy;
mod suspended;
mod switchover;
pub mod workload;

use crate::params::{ChangeKind, FaultKind, MigrationType, ParamError, Params, BASE_PAGE_BYTES};
use crate::say::{fault_word, type_word, Say};
use crate::show;
use crate::trace::{
    Event, EventKind, Host, Metrics, Note, Outcome, Phase, PhaseKind, Round, Trace, VmState,
};
use faults::{Failure, Failures};
use link::{Link, Pace};
use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll, Waker};
use workload::Workload;

pub use faults::FAILURE_TAIL_S;
pub use link::TCP_WINDOW_BYTES;

/// Bytes on the wire for one zero page: QEMU sends an 8-byte page header plus a 1-byte
/// fill value (`RAM_SAVE_FLAG_ZERO`). The QEMU traces agree: `ram.transferred` −
/// `ram.normal`×4096 ≈ 9 bytes per page sent. Headers of normal pages (0.2%) are left
/// out so the closed form holds exactly.
pub const ZERO_PAGE_MARKER_BYTES: f64 = 9.0;

/// Configuration (domain XML / .vmx) copied by cold and suspended migrations.
pub const CONFIG_BYTES: f64 = 64.0 * 1024.0;

/// Most pre-copy rounds simulated, whatever the policy (a guard; real policies stop
/// far earlier or hit the time limit).
pub const MAX_ROUNDS: u32 = 100_000;

/// Runs a scenario. Costs O(rounds), never O(pages). Deterministic: the same parameters
/// give the same trace, bit for bit.
pub fn simulate(params: &Params) -> Result<Trace, ParamError> {
    let mut run = Simulation::new(params)?;
    loop {
        match run.step() {
            Ok(trace) => return Ok(trace),
            Err(rest) => run = rest,
        }
    }
}

/// Pre-copy passes run between two of a [`Simulation`]'s pauses: a few milliseconds of
/// work (docs/model.md, "A run in slices").
pub const ROUNDS_PER_SLICE: u32 = 2048;

/// A run done in slices, so a page can answer between them (docs/model.md, "A run in
/// slices"): [`Simulation::step`] runs up to [`ROUNDS_PER_SLICE`] pre-copy passes. The
/// slices change nothing in the run: [`simulate`] is this run stepped to its end.
pub struct Simulation {
    run: Pin<Box<dyn Future<Output = Trace>>>,
}

impl std::fmt::Debug for Simulation {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Simulation")
    }
}

impl Simulation {
    /// A run of `params`, not started; the error when they cannot run.
    pub fn new(params: &Params) -> Result<Self, ParamError> {
        params.validate()?;
        let params = params.clone();
        Ok(Simulation {
            run: Box::pin(async move { run(&params).await }),
        })
    }

    /// Runs the next slice: the trace when the run is complete, else the rest of it.
    pub fn step(mut self) -> Result<Trace, Self> {
        let mut cx = Context::from_waker(Waker::noop());
        match self.run.as_mut().poll(&mut cx) {
            Poll::Ready(trace) => Ok(trace),
            Poll::Pending => Err(self),
        }
    }
}

/// The engine: each migration type's run. Only pre-copy's passes pause ([`Pause`]).
async fn run(params: &Params) -> Trace {
    let mut b = Builder::new(params);
    let outcome = match params.migration_type {
        MigrationType::Cold => cold::run(&mut b),
        MigrationType::Suspended => suspended::run(&mut b),
        // libvirt's migrate without --live (or --timeout reached at once).
        MigrationType::Live if params.suspend_after_s == Some(0.0) => {
            suspended::stream(&mut b, false)
        }
        MigrationType::Live | MigrationType::Hybrid => precopy::run(&mut b).await,
        MigrationType::PostCopy => postcopy::run_pure(&mut b),
    };
    b.finish(outcome)
}

/// The end of a slice: pending once, so [`Simulation::step`] returns, then done.
#[derive(Default)]
pub(crate) struct Pause(bool);

impl Future for Pause {
    type Output = ();
    fn poll(mut self: Pin<&mut Self>, _: &mut Context<'_>) -> Poll<()> {
        if self.0 {
            Poll::Ready(())
        } else {
            self.0 = true;
            Poll::Pending
        }
    }
}

/// Bytes of round 0 (or of a state file): non-zero memory in full, zero pages as
/// markers.
pub(crate) fn full_pass_bytes(p: &Params) -> f64 {
    let memory = p.memory_bytes as f64;
    let zero = p.zero_bytes();
    (memory - zero) + zero / BASE_PAGE_BYTES as f64 * ZERO_PAGE_MARKER_BYTES
}

/// A round as a migration type records it (see [`Round`] for the fields).
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct RoundSpec {
    pub index: u32,
    pub start_s: f64,
    pub end_s: f64,
    pub bytes_sent: f64,
    pub pages_sent: f64,
    pub dirty_pages_at_end: f64,
    pub dirty_bytes_at_end: f64,
    pub pending_bytes_at_start: f64,
    pub pending_bytes_at_end: f64,
    pub unsent_bytes_at_start: f64,
    pub throttle: f64,
    pub is_final: bool,
    /// How fast its bytes went, for the rate changes within it.
    pub pace: Pace,
}

/// Collects phases, rounds and events while a migration type runs.
pub(crate) struct Builder<'a> {
    pub p: &'a Params,
    pub link: Link,
    pub failures: Failures,
    pub phases: Vec<Phase>,
    pub rounds: Vec<Round>,
    pub events: Vec<Event>,
    pub converged: bool,
    pub postcopy_faults: f64,
    pub postcopy_vcpu_blocked_share: f64,
    pub stop_reason: Note,
    /// End of the trace so far.
    pub t: f64,
}

impl<'a> Builder<'a> {
    fn new(p: &'a Params) -> Self {
        let mut b = Builder {
            p,
            link: Link::from_params(p),
            failures: Failures::from_params(p),
            // Most runs have a few dozen rounds: grow once, not five times.
            phases: Vec::with_capacity(32),
            rounds: Vec::with_capacity(32),
            events: Vec::with_capacity(48),
            converged: false,
            postcopy_faults: 0.0,
            postcopy_vcpu_blocked_share: 0.0,
            stop_reason: Note::default(),
            t: 0.0,
        };
        b.event(
            0.0,
            EventKind::MigrationStart,
            Say::new("note-start")
                .word("type", type_word(p.migration_type))
                .text("memory", show::bytes(p.memory_bytes as f64)),
        );
        b
    }

    /// Appends a phase from the current end to `end`; zero-length phases are skipped.
    pub fn phase(&mut self, kind: PhaseKind, end: f64, host: Host, vm_state: VmState) {
        let end = if end.is_finite() { end } else { self.t };
        if end > self.t {
            self.phases.push(Phase {
                kind,
                start_s: self.t,
                end_s: end,
                host,
                vm_state,
            });
            self.t = end;
        }
    }

    pub fn event(&mut self, t_s: f64, kind: EventKind, note: impl Into<Note>) {
        self.events.push(Event {
            t_s,
            kind,
            note: note.into(),
        });
    }

    /// Records a round; rounds that send nothing in no time are left out. Its rate
    /// changes follow the link at the round's pace (scaled so that they carry exactly
    /// the round's bytes).
    pub fn round(&mut self, r: RoundSpec) {
        let duration_s = (r.end_s - r.start_s).max(0.0);
        // Empty rounds are left out, except the final pass, which a completed pre-copy
        // always has (even when nothing was left to copy).
        if duration_s <= 0.0 && r.bytes_sent <= 0.0 && !r.is_final {
            return;
        }
        let mut rate_changes = self.link.rate_changes(r.start_s, r.end_s, r.pace);
        let on_link = self.link.bytes_between(r.start_s, r.end_s, r.pace);
        if on_link > 0.0 && r.bytes_sent > 0.0 {
            let scale = r.bytes_sent / on_link;
            for c in &mut rate_changes {
                c.bytes_per_s *= scale;
            }
        } else {
            rate_changes.clear();
        }
        let sent_before_bytes = self
            .rounds
            .last()
            .map_or(0.0, |l| l.sent_before_bytes + l.bytes_sent);
        self.rounds.push(Round {
            index: r.index,
            start_s: r.start_s,
            duration_s,
            bytes_sent: r.bytes_sent,
            pages_sent: r.pages_sent,
            dirty_pages_at_end: r.dirty_pages_at_end,
            dirty_bytes_at_end: r.dirty_bytes_at_end,
            pending_bytes_at_start: r.pending_bytes_at_start,
            pending_bytes_at_end: r.pending_bytes_at_end,
            unsent_bytes_at_start: r.unsent_bytes_at_start,
            throttle: r.throttle,
            rate_bytes_per_s: if duration_s > 0.0 {
                r.bytes_sent / duration_s
            } else {
                0.0
            },
            rate_changes,
            is_final: r.is_final,
            sent_before_bytes,
        });
    }

    /// The VM runs at the destination and the destination commits, now: the end of a
    /// completed migration.
    pub fn arrive(&mut self, running_note: &'static str, commit_note: &'static str) -> Outcome {
        let t = self.t;
        self.event(t, EventKind::Switchover, Say::new(running_note));
        self.event(t, EventKind::Commit, Say::new(commit_note));
        Outcome::Completed
    }

    /// A failure event with its note: the fault and when.
    pub fn fault_event(&mut self, t: f64, kind: FaultKind, note: impl Into<Note>) {
        self.event(t, EventKind::Fault { fault: kind }, note);
    }

    /// The fault event of `failure` at `c`: "link failure at 40 s".
    pub fn failure_at(&mut self, c: f64, failure: Failure) {
        let kind = failure.kind();
        let note = Say::new("note-failure-at")
            .word("fault", fault_word(&kind))
            .text("t", show::duration(c));
        self.fault_event(c, kind, note);
    }

    /// Appends a phase to `end` unless a failure for which `matters` is true comes
    /// first; then the phase stops at the failure, which is returned.
    pub fn phase_or_failure(
        &mut self,
        kind: PhaseKind,
        end: f64,
        host: Host,
        vm_state: VmState,
        matters: impl Fn(Failure) -> bool,
    ) -> Option<(f64, Failure)> {
        let hit = self.failures.first_in(self.t, end, matters);
        self.phase(kind, hit.map_or(end, |h| h.0), host, vm_state);
        hit
    }

    /// The migration fails at `c` and the VM stays on (or goes back to) the source:
    /// a `Rollback` phase in `state` lasts until libvirt has noticed and cleaned up.
    pub fn rollback(&mut self, c: f64, failure: Failure, state: VmState, note: Say) -> Outcome {
        self.failure_at(c, failure);
        self.event(c, EventKind::Rollback, note.clone());
        self.stop_reason = note.into();
        self.converged = false;
        self.phase(PhaseKind::Rollback, c + FAILURE_TAIL_S, Host::Source, state);
        Outcome::RolledBack
    }

    /// A host failure at `c` takes the only runnable copy of the VM with it.
    pub fn lost(&mut self, c: f64, failure: Failure, note: Say) -> Outcome {
        self.failure_at(c, failure);
        self.event(c, EventKind::VmLost, note.clone());
        self.stop_reason = note.into();
        self.converged = false;
        self.phase(
            PhaseKind::Lost,
            c + FAILURE_TAIL_S,
            Host::Nowhere,
            VmState::Lost,
        );
        Outcome::Lost
    }

    /// An event for each timed change that took effect by `end`, saying what it set.
    fn change_events(&mut self, end: f64) {
        for c in self.p.changes.iter().filter(|c| c.at_s <= end) {
            // Link rates in bits, write rates in bytes (show.rs: the ladder of units).
            let (before, rate, now, was) = match c.kind {
                ChangeKind::Bandwidth { bytes_per_s } => (
                    self.p.bandwidth_steps().before(c.at_s),
                    show::bit_rate(bytes_per_s),
                    "note-bandwidth-becomes",
                    "note-bandwidth-becomes-was",
                ),
                ChangeKind::DirtyRate { bytes_per_s } => (
                    self.p.dirty_rate_steps().before(c.at_s),
                    show::byte_rate(bytes_per_s),
                    "note-writes-become",
                    "note-writes-become-was",
                ),
            };
            let note = if c.at_s > 0.0 {
                let before = match c.kind {
                    ChangeKind::Bandwidth { .. } => show::bit_rate(before),
                    ChangeKind::DirtyRate { .. } => show::byte_rate(before),
                };
                Say::new(was).text("rate", rate).text("before", before)
            } else {
                Say::new(now).text("rate", rate)
            };
            self.event(c.at_s, EventKind::Change { change: c.kind }, note);
        }
    }

    fn finish(mut self, outcome: Outcome) -> Trace {
        let end = self.t;
        // Rate faults (drops, spikes) that happened while the trace ran get an event.
        for f in &self.p.faults {
            let note = match f.kind {
                FaultKind::BandwidthDrop {
                    to_bytes_per_s,
                    duration_s,
                } => Say::new("note-link-drops")
                    .text("rate", show::byte_rate(to_bytes_per_s))
                    .text("duration", show::duration(duration_s)),
                FaultKind::LatencySpike {
                    extra_rtt_s,
                    duration_s,
                } => Say::new("note-latency-spike")
                    .text("extra", show::duration(extra_rtt_s))
                    .text("duration", show::duration(duration_s)),
                _ => {
                    let handled = self.events.iter().any(|e| {
                        matches!(&e.kind, EventKind::Fault { fault } if *fault == f.kind)
                            && e.t_s == f.at_s
                    });
                    if handled || f.at_s > end {
                        continue;
                    }
                    Say::new("note-fault-no-change").word("fault", fault_word(&f.kind))
                }
            };
            if f.at_s <= end {
                self.event(f.at_s, EventKind::Fault { fault: f.kind }, note);
            }
        }
        self.change_events(end);
        // Most runs push their events in time order; a fault that did not change the run is
        // appended here. The check costs one pass; the stable sort only runs when needed.
        if !self
            .events
            .is_sorted_by(|a, b| a.t_s.total_cmp(&b.t_s).is_le())
        {
            self.events.sort_by(|a, b| a.t_s.total_cmp(&b.t_s));
        }
        let memory = self.p.memory_bytes as f64;
        let downtime_s: f64 = self
            .phases
            .iter()
            .filter(|p| p.is_down())
            .map(|p| p.end_s - p.start_s)
            .fold(0.0, |a, x| a + x);
        let degraded_time_s: f64 = self
            .phases
            .iter()
            .filter(|p| matches!(p.vm_state, VmState::Throttled | VmState::Degraded))
            .map(|p| p.end_s - p.start_s)
            .fold(0.0, |a, x| a + x);
        let bytes_sent: f64 = self.rounds.iter().fold(0.0, |a, r| a + r.bytes_sent);
        let precopy_rounds = self
            .phases
            .iter()
            .filter(|p| matches!(p.kind, PhaseKind::PreCopy { .. }))
            .count() as u32;
        Trace {
            migration_type: self.p.migration_type,
            policy: self.p.policy,
            memory_bytes: self.p.memory_bytes,
            page_size_bytes: self.p.page_size_bytes,
            phases: self.phases,
            rounds: self.rounds,
            events: self.events,
            metrics: Metrics {
                total_time_s: end,
                downtime_s,
                degraded_time_s,
                bytes_sent,
                bytes_sent_x_memory: bytes_sent / memory,
                precopy_rounds,
                converged: self.converged,
                outcome,
                postcopy_faults: self.postcopy_faults,
                postcopy_vcpu_blocked_share: self.postcopy_vcpu_blocked_share,
            },
            stop_reason: self.stop_reason,
        }
    }
}

/// [`Trace::dirty_bytes_at`]: the dirty set at `t` during pre-copy.
pub(crate) fn dirty_bytes_at(trace: &Trace, params: &Params, t: f64) -> Option<f64> {
    if !matches!(
        trace.migration_type,
        MigrationType::Live | MigrationType::Hybrid
    ) || !t.is_finite()
    {
        return None;
    }
    if t >= trace.end_s() && trace.metrics.outcome == Outcome::Completed {
        return None;
    }
    let phase = trace.phase_at(t)?;
    match phase.kind {
        PhaseKind::PreCopy { .. } => {}
        PhaseKind::StopAndCopy => return Some(0.0),
        _ => return None,
    }
    let round = trace.round_at(t).or_else(|| {
        // Between rounds (an instant): the last one that ended.
        let i = trace.rounds.partition_point(|r| r.end_s() <= t);
        i.checked_sub(1).map(|i| &trace.rounds[i])
    })?;
    if round.is_final {
        return Some(0.0);
    }
    let wl = Workload::from_params(params);
    let memory = wl.memory_bytes;
    // The pass sends what the first pass has not reached before the dirty pages.
    let sent = (round.pages_sent * round.progress_at(t) * wl.page_bytes).max(0.0);
    let never = round.unsent_bytes_at_start.clamp(0.0, memory);
    let never_left = (never - sent).max(0.0);
    let dirty_left = (round.pending_bytes_at_start - never - (sent - never).max(0.0)).max(0.0);
    let dirtied = wl.bytes(&wl.dirty_between(round.start_s, t.min(round.end_s()), round.throttle));
    Some(precopy::dirty_after(&wl, never_left, dirty_left, dirtied))
}

/// `a > b`, spelled as a function so that `!gt(a, b)` reads as "not greater (or NaN)".
pub(crate) fn gt(a: f64, b: f64) -> bool {
    a > b
}
