//! What a simulation produces: phases, rounds, events and metrics. Data, never pictures.

use crate::i18n::Lang;
use crate::params::{ChangeKind, FaultKind, HoldReason, MigrationType, Params, StopPolicy};
use crate::say::Say;
use serde::{Deserialize, Serialize};
use std::borrow::Cow;

/// Where the VM lives (or would, when it is not running).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Host {
    Source,
    Destination,
    /// Neither host runs it and neither holds a usable copy (lost).
    Nowhere,
}

/// The VM's state during a phase.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum VmState {
    Running,
    /// Running with vCPUs throttled (auto-converge, SDPS).
    Throttled,
    /// Paused: stop-and-copy, or post-copy waiting on a broken link.
    Paused,
    /// Suspended to a state file.
    Suspended,
    /// Shut down.
    Off,
    /// Running at the destination while pages still arrive on demand (post-copy).
    Degraded,
    /// Gone: a host died while it held the only runnable copy.
    Lost,
}

impl VmState {
    /// True when the guest executes (even slowly).
    pub fn is_up(self) -> bool {
        matches!(
            self,
            VmState::Running | VmState::Throttled | VmState::Degraded
        )
    }

    /// The downtime rule, written once: the guest executes nowhere yet a copy is kept to
    /// run again (paused, suspended, off). A lost VM is not down, it is gone: its time
    /// does not count as downtime.
    pub fn is_down(self) -> bool {
        !self.is_up() && self != VmState::Lost
    }

    /// Name for people: "running", "throttled", "paused", ...
    pub fn label(self) -> &'static str {
        match self {
            VmState::Running => "running",
            VmState::Throttled => "throttled",
            VmState::Paused => "paused",
            VmState::Suspended => "suspended",
            VmState::Off => "off",
            VmState::Degraded => "degraded",
            VmState::Lost => "lost",
        }
    }
}

/// What a phase is.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum PhaseKind {
    /// Pre-copy round `round` (0 = the full first pass) while the VM runs.
    PreCopy { round: u32 },
    /// The VM is paused and the last dirty pages plus device state are sent.
    StopAndCopy,
    /// CPU/device state sent and the VM resumed at the destination (post-copy switchover).
    Switchover,
    /// Running at the destination while missing pages arrive (post-copy).
    PostCopy,
    /// Post-copy waiting for a broken link to come back (QEMU postcopy-paused).
    PostCopyPaused,
    /// Guest shutting down (cold).
    Shutdown,
    /// Configuration and disks copied (cold).
    DiskCopy,
    /// Guest booting at the destination (cold).
    Boot,
    /// Memory written to the state file (suspended, or libvirt `--timeout`).
    Suspend,
    /// State file (and disks unless shared) moving to the destination.
    Transfer,
    /// A suspended migration on hold.
    Hold { reason: HoldReason },
    /// State file read at the destination.
    Restore,
    /// Resume and network cutover (RARP/gratuitous ARP) at the destination.
    Resume,
    /// The migration failed and the VM carries on at the source.
    Rollback,
    /// The VM runs on the source after the migration ended without moving it
    /// (rolled back, not converged, cancelled): shown until the end of the trace.
    RunningOnSource,
    /// The VM is lost.
    Lost,
}

impl PhaseKind {
    /// Name for people of one phase: "pre-copy round 3", "stop-and-copy (down)",
    /// "hold: budget". The same words as [`PhaseKind::legend_label`], with the round's
    /// number and the hold's reason.
    pub fn label(&self) -> String {
        match self {
            PhaseKind::PreCopy { round } => format!("pre-copy round {round}"),
            PhaseKind::Hold { reason } => format!("hold: {}", reason.label()),
            other => other.legend_label().to_string(),
        }
    }

    /// Name for people of the kind, one for all its phases (as a legend lists it):
    /// "pre-copy round", "hold".
    pub fn legend_label(&self) -> &'static str {
        match self {
            PhaseKind::PreCopy { .. } => "pre-copy round",
            PhaseKind::StopAndCopy => "stop-and-copy (down)",
            PhaseKind::Switchover => "switchover (down)",
            PhaseKind::PostCopy => "post-copy (degraded)",
            PhaseKind::PostCopyPaused => "post-copy paused",
            PhaseKind::Shutdown => "shutdown",
            PhaseKind::DiskCopy => "disk copy",
            PhaseKind::Boot => "boot",
            PhaseKind::Suspend => "suspend",
            PhaseKind::Transfer => "transfer",
            PhaseKind::Hold { .. } => "hold",
            PhaseKind::Restore => "restore",
            PhaseKind::Resume => "resume + cutover",
            PhaseKind::Rollback => "rollback",
            PhaseKind::RunningOnSource => "running on source",
            PhaseKind::Lost => "VM lost",
        }
    }
}

/// A span of time with one kind, one host and one VM state. Phases are contiguous and
/// ordered: each starts where the previous ended.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Phase {
    #[serde(flatten)]
    pub kind: PhaseKind,
    pub start_s: f64,
    pub end_s: f64,
    /// Which host runs (or holds) the VM.
    pub host: Host,
    pub vm_state: VmState,
}

impl Phase {
    /// The VM is down during this phase ([`VmState::is_down`]): the phase counts as
    /// downtime.
    pub fn is_down(&self) -> bool {
        self.vm_state.is_down()
    }
}

/// A change of a round's send rate, at `at_s` (see [`Round::rate_changes`]).
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct RateChange {
    pub at_s: f64,
    /// The send rate from `at_s` until the next change or the round's end, bytes/s.
    pub bytes_per_s: f64,
}

/// One pre-copy round (or the final stop-and-copy pass, or a post-copy push, or a
/// cold/suspended transfer): a span in which bytes go over the link.
///
/// # What a view can ask at any time t (see also [`Trace`]'s `*_at` queries)
/// - bytes sent so far: [`Round::bytes_sent_by`]; the rate at t: [`Round::rate_at`].
///   A round's rate is constant (`rate_bytes_per_s`) unless the link changed during it
///   (a bandwidth drop or a latency spike: `docs/model.md`, "Faults"); then
///   `rate_changes` lists each rate in force, and those are the rates the link achieved.
/// - the dirty set at t (pages not yet at the destination, or changed since sent):
///   [`Trace::dirty_bytes_at`], which grows inside a round while the guest writes
///   faster than the round sends.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Round {
    /// 0 = the first full pass.
    pub index: u32,
    pub start_s: f64,
    pub duration_s: f64,
    /// Bytes on the wire in this round.
    pub bytes_sent: f64,
    /// Pages (of the tracking granularity) sent in this round.
    pub pages_sent: f64,
    /// Pages the guest dirtied during the round (found at the bitmap sync that ends
    /// it): what the round adds to the work left for the next one. The next round's
    /// work is this plus whatever of this round's own set it did not send
    /// (`pending_bytes_at_start − pages_sent × page`).
    pub dirty_pages_at_end: f64,
    /// The same in bytes.
    pub dirty_bytes_at_end: f64,
    /// Memory bytes the bitmap sync that ends this round finds still to send: the part
    /// of the round's set it did not reach together with what the guest dirtied during
    /// it (a page in both counts once). This is what the stop rule weighs; for whole
    /// rounds it equals `dirty_bytes_at_end`. 0 for rounds that are not pre-copy passes.
    #[serde(default)]
    pub pending_bytes_at_end: f64,
    /// Memory bytes in the set this round works through when it starts (the dirty
    /// bitmap after the sync that starts it: all of memory for round 0, zero pages at
    /// their full size). 0 for rounds that are not pre-copy passes.
    #[serde(default)]
    pub pending_bytes_at_start: f64,
    /// Of `pending_bytes_at_start`, the memory no pass has sent yet (the rest of the
    /// first pass, which QEMU's in-pass check can cut short): a pass sends it before the
    /// dirty pages. 0 for whole rounds after round 0 and for other rounds.
    #[serde(default)]
    pub unsent_bytes_at_start: f64,
    /// vCPU throttle during the round, 0.0 ..= 0.99.
    pub throttle: f64,
    /// Average send rate during the round, bytes/s.
    pub rate_bytes_per_s: f64,
    /// The rates in force during the round, in time order, the first at `start_s`,
    /// when the link's rate changed during it; empty when the rate was constant
    /// (`rate_bytes_per_s` throughout). Their integral over the round is `bytes_sent`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub rate_changes: Vec<RateChange>,
    /// True for the stop-and-copy pass (VM paused).
    #[serde(rename = "final")]
    pub is_final: bool,
    /// Bytes on the wire in every earlier round of the trace (rounds are in time
    /// order), so that [`Trace::bytes_sent_at`] costs a binary search, not a sum over
    /// 100,000 rounds every frame (issue 24).
    #[serde(default)]
    pub sent_before_bytes: f64,
}

impl Round {
    pub fn end_s(&self) -> f64 {
        self.start_s + self.duration_s
    }

    /// Send rate at `t_s`: 0 outside the round, else the rate in force then.
    pub fn rate_at(&self, t_s: f64) -> f64 {
        if !(t_s >= self.start_s && t_s < self.end_s()) {
            return 0.0;
        }
        let i = self.rate_changes.partition_point(|c| c.at_s <= t_s);
        match i.checked_sub(1).and_then(|i| self.rate_changes.get(i)) {
            Some(c) => c.bytes_per_s,
            None => self.rate_bytes_per_s,
        }
    }

    /// Bytes of this round sent by `t_s` (0 before it starts, all after it ends),
    /// following the rate changes.
    pub fn bytes_sent_by(&self, t_s: f64) -> f64 {
        if t_s >= self.end_s() {
            return self.bytes_sent;
        }
        if t_s <= self.start_s || self.duration_s <= 0.0 {
            return 0.0;
        }
        if self.rate_changes.is_empty() {
            return self.bytes_sent * (t_s - self.start_s) / self.duration_s;
        }
        let mut bytes = 0.0;
        for (i, c) in self.rate_changes.iter().enumerate() {
            if c.at_s >= t_s {
                break;
            }
            let next = self
                .rate_changes
                .get(i + 1)
                .map_or(self.end_s(), |n| n.at_s);
            bytes += (next.min(t_s) - c.at_s).max(0.0) * c.bytes_per_s;
        }
        bytes.clamp(0.0, self.bytes_sent)
    }

    /// Share of the round's bytes sent by `t_s`, 0.0 ..= 1.0 (1 for an empty round).
    pub fn progress_at(&self, t_s: f64) -> f64 {
        if self.bytes_sent > 0.0 {
            (self.bytes_sent_by(t_s) / self.bytes_sent).clamp(0.0, 1.0)
        } else if t_s >= self.end_s() || self.duration_s <= 0.0 {
            1.0
        } else {
            ((t_s - self.start_s) / self.duration_s).clamp(0.0, 1.0)
        }
    }
}

/// Something that happens at an instant.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum EventKind {
    MigrationStart,
    RoundStart {
        round: u32,
    },
    ThrottleChange {
        throttle: f64,
    },
    HoldStart {
        reason: HoldReason,
    },
    HoldEnd {
        reason: HoldReason,
    },
    Fault {
        fault: FaultKind,
    },
    /// A timed parameter change takes effect (`Params::changes`).
    Change {
        change: ChangeKind,
    },
    /// The VM stops at the source (stop-and-copy, post-copy switchover, suspend).
    Pause,
    /// The VM starts running at the destination.
    Switchover,
    /// The destination commits; the source copy is freed.
    Commit,
    /// The migration is abandoned and the VM continues at the source.
    Rollback,
    /// libvirt `--timeout`: the live migration is turned into a suspended one.
    SuspendTimeout,
    /// The time limit was reached with the migration unfinished.
    TimeLimit,
    VmLost,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Event {
    pub t_s: f64,
    #[serde(flatten)]
    pub kind: EventKind,
    /// One plain sentence about it, for people.
    pub note: Note,
}

/// A sentence for people: an event's note, or why a run stopped. The engine writes a
/// [`Say`] (a message id and its arguments, [`crate::say`]), so a page shows it in its
/// language; [`Note::Text`] is plain text, as a trace read back from JSON has it, shown
/// as it is. A pre-copy pass's note is written when it is shown: a run of 100,000 passes
/// would otherwise build 100,000 sentences in the run itself, most never read
/// (docs/architecture.md, bounded work). Serialized as the English sentence.
#[derive(Clone, Debug)]
pub enum Note {
    Text(String),
    Say(Say),
    /// The start of pre-copy pass `round`, which sends `bytes` (all of memory in round 0,
    /// else what the bitmap sync that ended the previous pass found dirty).
    Pass {
        round: u32,
        bytes: f64,
    },
}

impl Note {
    pub fn is_empty(&self) -> bool {
        matches!(self, Note::Text(s) if s.is_empty())
    }

    /// The sentence as a message and its arguments; `None` for plain text.
    pub fn say(&self) -> Option<Cow<'_, Say>> {
        use crate::show;
        match self {
            Note::Text(_) => None,
            Note::Say(s) => Some(Cow::Borrowed(s)),
            Note::Pass { round: 0, bytes } => Some(Cow::Owned(
                Say::new("note-pass-first").text("bytes", show::bytes(*bytes)),
            )),
            Note::Pass { round, bytes } => Some(Cow::Owned(
                Say::new("note-pass")
                    .num("round", *round)
                    .text("bytes", show::bytes(*bytes))
                    .num("previous", round - 1),
            )),
        }
    }

    /// The sentence in `lang` (plain text as it is).
    pub fn tr(&self, lang: Lang) -> String {
        match self.say() {
            Some(say) => say.tr(lang),
            None => self.to_string(),
        }
    }
}

impl Default for Note {
    fn default() -> Note {
        Note::Text(String::new())
    }
}

/// English.
impl std::fmt::Display for Note {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Note::Text(s) => f.write_str(s),
            Note::Say(s) => s.fmt(f),
            Note::Pass { .. } => match self.say() {
                Some(s) => s.fmt(f),
                None => Ok(()),
            },
        }
    }
}

/// Two notes are equal when they say the same (a trace read back from JSON has text).
impl PartialEq for Note {
    fn eq(&self, other: &Note) -> bool {
        match (self, other) {
            (Note::Text(a), Note::Text(b)) => a == b,
            _ => self.to_string() == other.to_string(),
        }
    }
}

impl From<Say> for Note {
    fn from(s: Say) -> Note {
        Note::Say(s)
    }
}

impl From<String> for Note {
    fn from(s: String) -> Note {
        Note::Text(s)
    }
}

impl From<&str> for Note {
    fn from(s: &str) -> Note {
        Note::Text(s.to_string())
    }
}

impl Serialize for Note {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Note::Text(t) => s.serialize_str(t),
            other => s.collect_str(other),
        }
    }
}

impl<'de> Deserialize<'de> for Note {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Note, D::Error> {
        String::deserialize(d).map(Note::Text)
    }
}

/// How the migration ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    /// The VM runs at the destination.
    Completed,
    /// The migration failed and the VM runs on at the source.
    RolledBack,
    /// Pre-copy never met its stop rule before the time limit; QEMU would keep going until
    /// cancelled. The VM runs on the source.
    NotConverged,
    /// Post-copy paused on a link failure: both halves live, recoverable.
    Paused,
    /// The VM is gone.
    Lost,
    /// A suspended migration still on hold at the time limit; the VM is safe in its
    /// state file.
    OnHold,
}

impl Outcome {
    /// For people: "completed", "did not converge", … (the app's labels and `migsim`).
    pub fn label(self) -> &'static str {
        match self {
            Outcome::Completed => "completed",
            Outcome::RolledBack => "rolled back",
            Outcome::NotConverged => "did not converge",
            Outcome::Paused => "paused (recoverable)",
            Outcome::Lost => "VM lost",
            Outcome::OnHold => "on hold",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Metrics {
    /// From the start to the end of the trace, seconds.
    pub total_time_s: f64,
    /// Time the VM ran nowhere, seconds.
    pub downtime_s: f64,
    /// Time the VM ran degraded (throttled, post-copy faults), seconds.
    pub degraded_time_s: f64,
    /// Bytes on the wire.
    pub bytes_sent: f64,
    /// `bytes_sent` / memory.
    pub bytes_sent_x_memory: f64,
    /// Pre-copy rounds (not counting the final stop-and-copy pass).
    pub precopy_rounds: u32,
    /// Pre-copy met its policy's convergence rule (false for cold/suspended, and for
    /// policies that forced a stop).
    pub converged: bool,
    pub outcome: Outcome,
    /// Post-copy demand faults (pages requested by the destination).
    pub postcopy_faults: f64,
    /// Share of the post-copy phase the vCPU spent blocked on demand faults, 0 ..= 1
    /// (0 without post-copy).
    #[serde(default)]
    pub postcopy_vcpu_blocked_share: f64,
}

/// Everything the app and the CLI show about one run.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Trace {
    pub migration_type: MigrationType,
    pub policy: StopPolicy,
    pub memory_bytes: u64,
    pub page_size_bytes: u64,
    pub phases: Vec<Phase>,
    pub rounds: Vec<Round>,
    pub events: Vec<Event>,
    pub metrics: Metrics,
    /// Why pre-copy stopped, or why it could not, in one sentence (serialized in English).
    pub stop_reason: Note,
}

impl Trace {
    /// The phase in force at `t_s` (the last one at or after the end).
    pub fn phase_at(&self, t_s: f64) -> Option<&Phase> {
        let i = self.phases.partition_point(|p| p.end_s <= t_s);
        self.phases.get(i).or_else(|| self.phases.last())
    }

    /// The round in progress at `t_s`, if any.
    pub fn round_at(&self, t_s: f64) -> Option<&Round> {
        let i = self.rounds.partition_point(|r| r.end_s() <= t_s);
        self.rounds.get(i).filter(|r| r.start_s <= t_s)
    }

    /// The round with this index. Rounds are recorded in index order, so this is a binary
    /// search (a narration of a run of 100,000 rounds looks rounds up by index); a trace
    /// built by hand out of order still gets its round, by a scan.
    pub fn round(&self, index: u32) -> Option<&Round> {
        let i = self.rounds.partition_point(|r| r.index < index);
        match self.rounds.get(i) {
            Some(r) if r.index == index => Some(r),
            _ => self.rounds.iter().find(|r| r.index == index),
        }
    }

    /// The events up to and including `t_s` (events are in time order).
    pub fn events_until(&self, t_s: f64) -> &[Event] {
        &self.events[..self.events.partition_point(|e| e.t_s <= t_s)]
    }

    /// End time of the trace.
    pub fn end_s(&self) -> f64 {
        self.phases.last().map_or(0.0, |p| p.end_s)
    }

    /// Bytes sent up to `t_s`, following each round's rate changes.
    pub fn bytes_sent_at(&self, t_s: f64) -> f64 {
        // Rounds are in time order: those ended by `t_s` sent all their bytes (the last
        // of them carries the sum of the ones before), the ones under way a part.
        let i = self.rounds.partition_point(|r| r.end_s() <= t_s);
        let done = i.checked_sub(1).map_or(0.0, |j| {
            self.rounds[j].sent_before_bytes + self.rounds[j].bytes_sent
        });
        self.rounds[i..]
            .iter()
            .take_while(|r| r.start_s < t_s)
            .fold(done, |sum, r| sum + r.bytes_sent_by(t_s))
    }

    /// The rate the link achieves for the migration at `t_s`, bytes/s: the rate in force
    /// in the round under way (after a bandwidth drop or during a latency spike, the
    /// reduced rate), 0 when nothing is being sent.
    pub fn send_rate_at(&self, t_s: f64) -> f64 {
        self.round_at(t_s).map_or(0.0, |r| r.rate_at(t_s))
    }

    /// The dirty set at `t_s` during pre-copy, bytes of memory: pages of the round's set
    /// not sent yet, together with the pages the guest has dirtied since the round began
    /// (a page in both counts once). It falls while a round sends faster than the guest
    /// writes and grows while writes outpace sending (a bandwidth drop, a latency spike,
    /// λ > 1). `None` outside pre-copy (before the first round, after the switchover, in
    /// other migration types); 0 during and after stop-and-copy.
    pub fn dirty_bytes_at(&self, params: &Params, t_s: f64) -> Option<f64> {
        crate::sim::dirty_bytes_at(self, params, t_s)
    }

    /// Downtime accumulated up to `t_s`.
    pub fn downtime_at(&self, t_s: f64) -> f64 {
        self.phases
            .iter()
            .filter(|p| p.is_down())
            .map(|p| (t_s.min(p.end_s) - p.start_s).max(0.0))
            .sum()
    }

    /// The latest host failure (source or destination) at or before `t_s`: which host's
    /// memory a loss took with it.
    pub fn host_failure_before(&self, t_s: f64) -> Option<FaultKind> {
        self.events
            .iter()
            .rev()
            .filter(|e| e.t_s <= t_s)
            .find_map(|e| match &e.kind {
                EventKind::Fault {
                    fault: f @ (FaultKind::SourceHostFailure | FaultKind::DestinationHostFailure),
                } => Some(*f),
                _ => None,
            })
    }

    /// Where the VM is, and what it does, once the trace ends. A completed migration
    /// ends with the VM running at the destination (the trace stops at that instant,
    /// after the resume); a rollback leaves a live VM running on the source again (or
    /// still off / suspended there for cold and suspended migrations).
    pub fn final_state(&self) -> (Host, VmState) {
        match self.metrics.outcome {
            Outcome::Completed => (Host::Destination, VmState::Running),
            Outcome::NotConverged => (Host::Source, VmState::Running),
            Outcome::RolledBack => match self.migration_type {
                MigrationType::Cold => (Host::Source, VmState::Off),
                MigrationType::Suspended if self.in_state_file() => {
                    (Host::Source, VmState::Suspended)
                }
                _ => (Host::Source, VmState::Running),
            },
            Outcome::Paused => (Host::Destination, VmState::Paused),
            Outcome::Lost => (Host::Nowhere, VmState::Lost),
            Outcome::OnHold if self.in_state_file() => (Host::Source, VmState::Suspended),
            // A streamed (paused) migration on hold: the VM waits paused in memory.
            Outcome::OnHold => (Host::Source, VmState::Paused),
        }
    }

    /// The VM was saved to a state file (a suspended migration by state file), as
    /// opposed to paused in memory (a streamed one).
    fn in_state_file(&self) -> bool {
        self.phases.iter().any(|p| p.vm_state == VmState::Suspended)
    }

    /// Parameters used, for convenience when a view needs them (not serialised twice).
    pub fn lambda(params: &Params) -> f64 {
        if params.stream_rate_bytes_per_s() > 0.0 {
            params.dirty_rate_bytes_per_s / params.stream_rate_bytes_per_s()
        } else {
            f64::INFINITY
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Note;

    #[test]
    fn a_round_is_found_by_its_index_and_events_by_time() {
        let p = crate::Params::default();
        let t = crate::simulate(&p).unwrap();
        for r in &t.rounds {
            assert_eq!(
                t.round(r.index),
                t.rounds.iter().find(|x| x.index == r.index)
            );
        }
        assert_eq!(t.round(u32::MAX), None);
        let mid = t.end_s() / 2.0;
        let until = t.events_until(mid);
        assert_eq!(
            until.len(),
            t.events.iter().filter(|e| e.t_s <= mid).count()
        );
        assert_eq!(t.events_until(f64::INFINITY).len(), t.events.len());
    }

    #[test]
    fn a_pass_note_is_its_sentence_when_shown_and_serialized() {
        let first = Note::Pass {
            round: 0,
            bytes: 4.0 * 1024.0 * 1024.0 * 1024.0,
        };
        assert_eq!(
            first.to_string(),
            "Round 0 sends all 4 GiB of memory while the VM runs"
        );
        let later = Note::Pass {
            round: 3,
            bytes: 35.8 * 1024.0 * 1024.0,
        };
        let text = "Round 3 sends the 35.8 MiB still dirty at the bitmap sync that ended round 2";
        assert_eq!(later.to_string(), text);
        let json = serde_json::to_string(&later).unwrap();
        assert_eq!(json, format!("\"{text}\""));
        let back: Note = serde_json::from_str(&json).unwrap();
        assert_eq!(back, later);
        assert_ne!(back, first);
        assert!(!later.is_empty() && Note::from("").is_empty());
    }
}
