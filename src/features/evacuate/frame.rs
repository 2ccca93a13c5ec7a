//! What the evacuation view shows at a moment, as data (pure): each VM's state, how much
//! of its memory is still only on the source host, its share of the link; and, once per
//! evacuation, each VM's bar on the time axis and the times worth stopping at.

use migration_model::evacuate::{Evacuation, Vm, VmRun};
use migration_model::trace::PhaseKind;

/// What a VM is doing: a span of its bar, or its state at a moment.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    /// Not started: every slot is taken.
    Waiting,
    /// Its pages cross while it runs (pre-copy, post-copy, a disk copy…).
    Copying,
    /// Paused or off: the downtime.
    Down,
    /// Its migration completed: it runs at the destination.
    Left,
    /// Its migration ended without moving it (did not converge, rolled back…).
    Stayed,
}

impl Status {
    /// For people, as the legend and the tiles say it.
    pub fn label(self) -> &'static str {
        match self {
            Status::Waiting => "waiting",
            Status::Copying => "copying",
            Status::Down => "down",
            Status::Left => "left",
            Status::Stayed => "did not leave",
        }
    }

    /// Its name for people in `lang` (`evac-view-status-waiting`, …; English is [`Self::label`]).
    pub fn label_in(self, lang: crate::i18n::Lang) -> String {
        crate::i18n::t0(lang, &format!("evac-view-status-{}", self.key()))
    }

    /// The class the style sheet colours it by.
    pub fn key(self) -> &'static str {
        match self {
            Status::Waiting => "waiting",
            Status::Copying => "copying",
            Status::Down => "down",
            Status::Left => "left",
            Status::Stayed => "stayed",
        }
    }
}

/// A stretch of one VM's bar, seconds from the evacuation's start.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Span {
    pub from_s: f64,
    pub to_s: f64,
    pub status: Status,
}

/// One VM at a moment.
#[derive(Clone, Debug, PartialEq)]
pub struct VmAt {
    pub status: Status,
    /// The share of its memory still to cross, 0 ..= 1: in pre-copy the pages the pass
    /// has not reached and those dirtied again (the model's dirty set); in stop-and-copy
    /// what the last round has left; else what is left of its bytes. 1 while it waits
    /// or when it stayed, 0 once it left.
    pub on_host: f64,
    /// Its share of the link now, bytes/s (0 unless it is migrating).
    pub share_bytes_per_s: f64,
    /// Bytes it has sent so far.
    pub sent_bytes: f64,
}

/// Its status within its run at `local` seconds from its start (before its end).
fn running_status(run: &VmRun, local: f64) -> Status {
    match run.trace.phase_at(local) {
        Some(p) if p.is_down() => Status::Down,
        _ => Status::Copying,
    }
}

/// One VM at `t_s` seconds from the evacuation's start.
pub fn vm_at(run: &VmRun, vm: &Vm, t_s: f64) -> VmAt {
    let local = t_s - run.start_s;
    let m = &run.trace.metrics;
    if local < 0.0 {
        return VmAt {
            status: Status::Waiting,
            on_host: 1.0,
            share_bytes_per_s: 0.0,
            sent_bytes: 0.0,
        };
    }
    if t_s >= run.end_s {
        let left = run.left();
        return VmAt {
            status: if left { Status::Left } else { Status::Stayed },
            on_host: if left { 0.0 } else { 1.0 },
            share_bytes_per_s: 0.0,
            sent_bytes: m.bytes_sent,
        };
    }
    let memory = (vm.params.memory_bytes as f64).max(1.0);
    let sent = run.trace.bytes_sent_at(local);
    let on_host = match run.trace.phase_at(local).map(|p| &p.kind) {
        // What the pass has not reached yet and what the guest dirtied again: the
        // pages still to cross.
        Some(PhaseKind::PreCopy { .. }) => {
            let never = run.trace.round_at(local).map_or(0.0, |r| {
                (r.unsent_bytes_at_start - r.bytes_sent_by(local)).max(0.0)
            });
            run.trace
                .dirty_bytes_at(&vm.params, local)
                .map_or(1.0, |d| (never + d) / memory)
        }
        Some(PhaseKind::StopAndCopy) => run
            .trace
            .round_at(local)
            .map_or(0.0, |r| (r.bytes_sent - r.bytes_sent_by(local)) / memory),
        _ if m.bytes_sent > 0.0 => 1.0 - sent / m.bytes_sent,
        _ => 1.0,
    };
    let share = run
        .shares
        .iter()
        .take_while(|s| s.from_s <= local)
        .last()
        .map_or(0.0, |s| s.bytes_per_s);
    VmAt {
        status: running_status(run, local),
        on_host: on_host.clamp(0.0, 1.0),
        share_bytes_per_s: share,
        sent_bytes: sent,
    }
}

/// Every VM at `t_s`, in the order given.
pub fn at(e: &Evacuation, vms: &[Vm], t_s: f64) -> Vec<VmAt> {
    e.vms
        .iter()
        .zip(vms)
        .map(|(run, vm)| vm_at(run, vm, t_s))
        .collect()
}

/// Each VM's bar from 0 to the evacuation's end: waiting, then its phases (neighbouring
/// phases of one status share a span, so a run of 100,000 rounds is a few spans), then
/// left or stayed.
pub fn bars(e: &Evacuation, vms: &[Vm]) -> Vec<Vec<Span>> {
    let end = e.evacuation_time_s;
    e.vms
        .iter()
        .zip(vms)
        .map(|(run, _)| {
            let mut spans: Vec<Span> = Vec::new();
            let mut push = |from_s: f64, to_s: f64, status: Status| {
                if to_s <= from_s {
                    return;
                }
                match spans.last_mut() {
                    Some(last) if last.status == status => last.to_s = to_s,
                    _ => spans.push(Span {
                        from_s,
                        to_s,
                        status,
                    }),
                }
            };
            push(0.0, run.start_s, Status::Waiting);
            let total = run.end_s - run.start_s;
            for p in run.trace.phases.iter().take_while(|p| p.start_s < total) {
                let status = if p.is_down() {
                    Status::Down
                } else {
                    Status::Copying
                };
                push(
                    run.start_s + p.start_s,
                    run.start_s + p.end_s.min(total),
                    status,
                );
            }
            let after = if run.left() {
                Status::Left
            } else {
                Status::Stayed
            };
            push(run.end_s, end.max(run.end_s), after);
            spans
        })
        .collect()
}

/// The times worth stopping at: each VM's start and end and the start of each pause.
pub fn stops(e: &Evacuation) -> Vec<f64> {
    let mut v: Vec<f64> = vec![0.0];
    for run in &e.vms {
        v.push(run.start_s);
        v.push(run.end_s);
        let total = run.end_s - run.start_s;
        v.extend(
            run.trace
                .phases
                .iter()
                .filter(|p| p.is_down() && p.start_s < total)
                .map(|p| run.start_s + p.start_s),
        );
    }
    v.retain(|t| t.is_finite());
    v.sort_unstable_by(f64::total_cmp);
    v.dedup_by(|a, b| (*a - *b).abs() <= 1e-9 * b.abs().max(1.0));
    v
}

/// How many migrations run at `t_s`.
pub fn running_at(e: &Evacuation, t_s: f64) -> usize {
    e.vms
        .iter()
        .filter(|v| v.start_s <= t_s && t_s < v.end_s)
        .count()
}
