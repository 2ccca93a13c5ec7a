//! What the picture shows at one time t: a pure function of the trace, the parameters
//! and t. Scrubbing is a lookup; the canvas only paints a `Frame`.

use migration_model::{
    page_map, CellState, EventKind, FaultKind, Host, Params, Phase, PhaseKind, Trace, VmState,
};

/// Cells per host grid: 32 × 24 page groups.
pub const GRID_COLS: usize = 32;
pub const GRID_ROWS: usize = 24;
pub const CELLS: usize = GRID_COLS * GRID_ROWS;

/// How one cell of one host's grid is painted.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Paint {
    /// Nothing here (destination before the copy arrives).
    Empty,
    /// Source: still to be copied.
    ToCopy,
    /// Zero page: sent as a marker, costs nothing.
    Zero,
    /// Copied and unchanged since: the destination copy is current.
    Clean,
    /// Written since it was copied: must be sent again (source), stale (destination).
    Dirty,
    /// On the wire now.
    InFlight,
    /// At the destination, where the VM runs.
    Present,
    /// Post-copy: the VM runs at the destination but this page has not arrived.
    Missing,
    /// Post-copy: fetched because the guest faulted on it.
    Fetched,
    /// Cold: memory contents thrown away at shutdown.
    Discarded,
    /// Suspended: in the state file.
    StateFile,
}

impl Paint {
    /// The variant's name, as the canvas tells tests what a lesson spotlights
    /// (`data-spotlight`).
    pub fn name(self) -> &'static str {
        match self {
            Paint::Empty => "Empty",
            Paint::ToCopy => "ToCopy",
            Paint::Zero => "Zero",
            Paint::Clean => "Clean",
            Paint::Dirty => "Dirty",
            Paint::InFlight => "InFlight",
            Paint::Present => "Present",
            Paint::Missing => "Missing",
            Paint::Fetched => "Fetched",
            Paint::Discarded => "Discarded",
            Paint::StateFile => "StateFile",
        }
    }

    /// Legend order and text.
    pub const LEGEND: [(Paint, &'static str); 10] = [
        (Paint::ToCopy, "not yet copied"),
        (Paint::InFlight, "in flight"),
        (Paint::Clean, "copied, clean"),
        (Paint::Dirty, "dirtied since copied"),
        (Paint::Present, "present at destination"),
        (Paint::Missing, "missing at destination"),
        (Paint::Fetched, "fetched on fault"),
        (Paint::Zero, "zero page"),
        (Paint::StateFile, "in state file"),
        (Paint::Discarded, "discarded (shut down or abandoned)"),
    ];

    /// Okabe–Ito colours: distinguishable with the common colour-vision deficiencies.
    pub fn colour(self) -> &'static str {
        match self {
            Paint::Empty => "#f3f4f6",
            Paint::ToCopy => "#9aa1ab",
            Paint::Zero => "#e3e6ea",
            Paint::Clean => "#56b4e9",
            Paint::Dirty => "#d55e00",
            Paint::InFlight => "#f0e442",
            Paint::Present => "#009e73",
            Paint::Missing => "#ffffff",
            Paint::Fetched => "#cc79a7",
            Paint::Discarded => "#3b3f46",
            Paint::StateFile => "#0072b2",
        }
    }
}

/// The link between the hosts at t.
#[derive(Clone, Debug, PartialEq)]
pub struct LinkView {
    /// The link's bandwidth, bytes/s.
    pub bandwidth_bytes_per_s: f64,
    /// What the link carries now, bytes/s (0 when idle).
    pub rate_bytes_per_s: f64,
    /// The link failed at or before t.
    pub broken: bool,
    /// A hold in force, with its reason.
    pub hold: Option<&'static str>,
    /// A bandwidth drop or latency spike in force.
    pub degraded: Option<&'static str>,
}

/// A cold migration's disks at t: what crosses the link while the VM is off.
#[derive(Clone, Debug, PartialEq)]
pub struct DiskView {
    pub total_bytes: f64,
    /// Copied to the destination so far.
    pub copied_bytes: f64,
    /// On shared storage: nothing to copy.
    pub shared: bool,
}

impl DiskView {
    /// A cold migration's disk copy at `t`: linear through the disk-copy phase, as the
    /// model sends it at one rate.
    fn at(trace: &Trace, params: &Params, t: f64) -> Option<DiskView> {
        if trace.migration_type != migration_model::MigrationType::Cold {
            return None;
        }
        let total = params.disk_bytes as f64;
        let copied = trace
            .phases
            .iter()
            .filter(|p| p.kind == PhaseKind::DiskCopy)
            .map(|p| {
                let span = p.end_s - p.start_s;
                if t >= p.end_s || span <= 0.0 {
                    if t >= p.start_s {
                        1.0
                    } else {
                        0.0
                    }
                } else if t <= p.start_s {
                    0.0
                } else {
                    (t - p.start_s) / span
                }
            })
            .fold(0.0, f64::max);
        Some(DiskView {
            total_bytes: total,
            copied_bytes: if params.shared_storage {
                0.0
            } else {
                total * copied
            },
            shared: params.shared_storage,
        })
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Frame {
    pub t_s: f64,
    pub end_s: f64,
    pub phase: Option<Phase>,
    /// Where the VM is (runs, or is held) now.
    pub vm_host: Host,
    pub vm_state: VmState,
    /// The round in progress, if any.
    pub round: Option<u32>,
    pub source: Vec<Paint>,
    pub destination: Vec<Paint>,
    pub link: LinkView,
    /// Memory one cell stands for, bytes.
    pub cell_bytes: f64,
    /// Cold migration: the disks' copy.
    pub disk: Option<DiskView>,
}

impl Frame {
    pub fn at(trace: &Trace, params: &Params, t_s: f64) -> Frame {
        let end_s = trace.end_s();
        let t = if t_s.is_finite() {
            t_s.clamp(0.0, end_s)
        } else {
            0.0
        };
        let phase = trace.phase_at(t).cloned();
        // At the very end the VM is where the outcome leaves it (the last phase may be the
        // stop-and-copy that ends the instant the VM resumes at the destination).
        let (vm_host, vm_state) = if t >= end_s && end_s > 0.0 {
            trace.final_state()
        } else {
            phase
                .as_ref()
                .map_or((Host::Source, VmState::Running), |p| (p.host, p.vm_state))
        };
        let map = page_map(trace, params, t, CELLS);
        let holder = Holder::at(trace, phase.as_ref(), vm_host, vm_state);
        let (source, destination) = map.cells.iter().map(|&c| holder.paint(c)).unzip();
        let round = trace.round_at(t).map(|r| r.index);
        Frame {
            t_s: t,
            end_s,
            link: link_at(trace, params, phase.as_ref(), t),
            phase,
            vm_host,
            vm_state,
            round,
            source,
            destination,
            cell_bytes: trace.memory_bytes as f64 / CELLS as f64,
            disk: DiskView::at(trace, params, t),
        }
    }
}

/// Whose memory the model's cells describe at t. The model has one `Discarded` state
/// for three different losses: a cold guest's memory thrown away at shutdown (the
/// source's), the destination's partial copy abandoned by a rollback, and the memory of
/// a host that died. Which host it paints on depends on which of these happened.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Holder {
    /// The VM runs (or is held) where `vm_on_destination` says; `Discarded` is a shut-down
    /// guest's memory at the source (cold).
    Migrating { vm_on_destination: bool },
    /// A rollback: the destination's copy is thrown away, the source keeps the VM in the
    /// state given (running, suspended to its state file, or off for cold).
    RolledBack(VmState),
    /// The source host died: nothing there survives; what the destination lacks is missing.
    SourceDied,
    /// The destination host died: nothing there survives.
    DestinationDied,
    /// The VM is lost and both copies with it.
    BothGone,
}

impl Holder {
    fn at(trace: &Trace, phase: Option<&Phase>, vm_host: Host, vm_state: VmState) -> Holder {
        match phase.map(|p| p.kind) {
            Some(PhaseKind::Rollback) => Holder::RolledBack(vm_state),
            Some(PhaseKind::Lost) => {
                let start = phase.map_or(0.0, |p| p.start_s);
                match trace.host_failure_before(start) {
                    Some(FaultKind::SourceHostFailure) => Holder::SourceDied,
                    Some(FaultKind::DestinationHostFailure) => Holder::DestinationDied,
                    _ => Holder::BothGone,
                }
            }
            _ => Holder::Migrating {
                vm_on_destination: vm_host == Host::Destination,
            },
        }
    }

    /// One model cell state seen from the source and from the destination.
    fn paint(self, c: CellState) -> (Paint, Paint) {
        match self {
            Holder::Migrating { vm_on_destination } => paint_migrating(c, vm_on_destination),
            Holder::RolledBack(state) => match c {
                // The abandoned copy was the destination's; the source never stopped
                // holding the VM's memory: in RAM (running), in its state file
                // (suspended), or nowhere (cold: discarded at shutdown, as before).
                CellState::Discarded => match state {
                    VmState::Off => (Paint::Discarded, Paint::Empty),
                    VmState::Suspended => (Paint::StateFile, Paint::Discarded),
                    _ => (Paint::ToCopy, Paint::Discarded),
                },
                other => paint_migrating(other, false),
            },
            Holder::SourceDied => (
                Paint::Discarded,
                match c {
                    CellState::CopiedClean => Paint::Clean,
                    CellState::Present => Paint::Present,
                    CellState::FetchedOnFault => Paint::Fetched,
                    CellState::Zero => Paint::Zero,
                    _ => Paint::Missing,
                },
            ),
            Holder::DestinationDied => (
                match c {
                    CellState::NotCopied | CellState::Missing => Paint::ToCopy,
                    CellState::Dirtied => Paint::Dirty,
                    CellState::Zero => Paint::Zero,
                    CellState::InStateFile => Paint::StateFile,
                    // Pushed to the destination and written there: the source's copy
                    // is out of date.
                    _ => Paint::Empty,
                },
                Paint::Discarded,
            ),
            Holder::BothGone => (Paint::Discarded, Paint::Discarded),
        }
    }
}

/// A cell while the migration runs (or after it completed).
fn paint_migrating(c: CellState, vm_on_destination: bool) -> (Paint, Paint) {
    match c {
        CellState::NotCopied => (Paint::ToCopy, Paint::Empty),
        CellState::Zero => (Paint::Zero, Paint::Zero),
        CellState::CopiedClean => (Paint::Clean, Paint::Clean),
        CellState::Dirtied => (Paint::Dirty, Paint::Dirty),
        CellState::InFlight => (Paint::InFlight, Paint::Empty),
        CellState::Present => (
            if vm_on_destination {
                Paint::Empty
            } else {
                Paint::Clean
            },
            Paint::Present,
        ),
        // The source still holds the page post-copy will push or serve on a fault.
        CellState::Missing => (Paint::ToCopy, Paint::Missing),
        CellState::FetchedOnFault => (Paint::Empty, Paint::Fetched),
        // Outside a rollback or a loss, only a cold guest's memory is discarded: at the
        // source, where it was shut down.
        CellState::Discarded => (Paint::Discarded, Paint::Empty),
        CellState::InStateFile => (Paint::StateFile, Paint::Empty),
    }
}

fn link_at(trace: &Trace, params: &Params, phase: Option<&Phase>, t: f64) -> LinkView {
    let mut broken = false;
    let mut degraded = None;
    for e in trace.events.iter().filter(|e| e.t_s <= t) {
        if let EventKind::Fault { fault } = &e.kind {
            match fault {
                FaultKind::LinkFailure => broken = true,
                FaultKind::BandwidthDrop { duration_s, .. } if t < e.t_s + duration_s => {
                    degraded = Some("bandwidth drop")
                }
                FaultKind::LatencySpike { duration_s, .. } if t < e.t_s + duration_s => {
                    degraded = Some("latency spike")
                }
                _ => {}
            }
        }
    }
    let hold = match phase.map(|p| p.kind) {
        Some(PhaseKind::Hold { reason }) => Some(reason.label()),
        _ => None,
    };
    // The rate the link achieves at t (within a round it changes with a bandwidth drop
    // or a latency spike), not the round's average.
    let rate_bytes_per_s = match trace.round_at(t) {
        Some(r) if !broken => r.rate_at(t),
        _ => match phase.map(|p| p.kind) {
            Some(PhaseKind::Transfer) | Some(PhaseKind::DiskCopy) if !broken => params
                .bandwidth_bytes_per_s
                .min(params.storage_read_bytes_per_s)
                .min(params.storage_write_bytes_per_s),
            _ => 0.0,
        },
    };
    LinkView {
        bandwidth_bytes_per_s: params.bandwidth_bytes_per_s,
        rate_bytes_per_s,
        broken,
        hold,
        degraded,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use migration_model::{simulate, MigrationType};

    #[test]
    fn a_paint_is_named_as_written() {
        for p in Paint::LEGEND.iter().map(|l| l.0).chain([Paint::Empty]) {
            assert_eq!(p.name(), format!("{p:?}"));
        }
    }

    #[test]
    fn the_vm_moves_hosts_at_switchover_and_pages_follow() {
        let p = Params::default();
        let tr = simulate(&p).expect("default runs");
        let start = Frame::at(&tr, &p, 0.0);
        assert_eq!(start.vm_host, Host::Source);
        assert!(start.destination.iter().all(|&c| c == Paint::Empty));
        let end = Frame::at(&tr, &p, tr.end_s());
        assert_eq!(end.vm_host, Host::Destination);
        assert_eq!(end.vm_state, VmState::Running);
        assert!(end.destination.iter().all(|&c| c == Paint::Present));
        // Mid round 1: the link carries the round's rate and some pages are dirty again.
        let r1 = &tr.rounds[1];
        let mid = Frame::at(&tr, &p, r1.start_s + r1.duration_s / 2.0);
        assert_eq!(mid.round, Some(1));
        assert!((mid.link.rate_bytes_per_s - r1.rate_bytes_per_s).abs() < 1e-6);
        assert!(mid.source.contains(&Paint::Dirty));
    }

    #[test]
    fn during_the_ecommerce_spike_the_link_shows_the_rate_achieved_then() {
        let p = migration_model::presets::find("ecommerce-rollback")
            .expect("preset")
            .params();
        let tr = simulate(&p).expect("runs");
        let before = Frame::at(&tr, &p, 35.0);
        let during = Frame::at(&tr, &p, 50.0);
        assert_eq!(during.link.degraded, Some("latency spike"));
        // About the TCP window per round trip (4 MiB / ~1 s), far below the link.
        assert!(
            during.link.rate_bytes_per_s < 6e6,
            "{}",
            during.link.rate_bytes_per_s
        );
        assert!(
            during.link.rate_bytes_per_s > 3e6,
            "{}",
            during.link.rate_bytes_per_s
        );
        assert!(
            before.link.rate_bytes_per_s > 50e6,
            "{}",
            before.link.rate_bytes_per_s
        );
        // Writes outpace sending: the dirty cells grow through the spike.
        let dirty = |f: &Frame| f.source.iter().filter(|&&c| c == Paint::Dirty).count();
        let (a, b) = (Frame::at(&tr, &p, 45.0), Frame::at(&tr, &p, 60.0));
        assert!(dirty(&b) > dirty(&a), "{} then {}", dirty(&a), dirty(&b));
    }

    #[test]
    fn a_hold_puts_a_barrier_on_the_link() {
        let p = Params {
            migration_type: MigrationType::Suspended,
            holds: vec![migration_model::Hold {
                start_after_suspend_s: 1.0,
                duration_s: 100.0,
                reason: migration_model::HoldReason::Budget,
            }],
            ..Params::default()
        };
        let tr = simulate(&p).expect("runs");
        let hold = tr
            .phases
            .iter()
            .find(|ph| matches!(ph.kind, PhaseKind::Hold { .. }))
            .expect("a hold phase");
        let f = Frame::at(&tr, &p, (hold.start_s + hold.end_s) / 2.0);
        assert_eq!(f.link.hold, Some("budget"));
        assert_eq!(f.link.rate_bytes_per_s, 0.0);
        assert_eq!(f.vm_state, VmState::Suspended);
    }

    /// Where the VM's memory must be, from its state: the host running it holds every
    /// page (or the other host serves the missing ones), a rollback leaves the source
    /// whole and only the destination's copy discarded, a dead host holds nothing.
    fn check_memory_holder(f: &Frame, what: &str) {
        use Paint::*;
        let cells = f.source.iter().zip(&f.destination);
        let kind = f.phase.as_ref().map(|p| p.kind);
        let rolled_back = matches!(
            kind,
            Some(PhaseKind::Rollback) | Some(PhaseKind::RunningOnSource)
        );
        match (f.vm_host, f.vm_state) {
            (Host::Source, VmState::Running | VmState::Throttled | VmState::Paused) => {
                for (i, (&s, &d)) in cells.enumerate() {
                    assert!(
                        matches!(s, ToCopy | Zero | Clean | Dirty | InFlight),
                        "{what}: VM on the source but source cell {i} is {s:?}"
                    );
                    if rolled_back {
                        assert!(
                            matches!(d, Empty | Zero | Discarded),
                            "{what}: after the rollback destination cell {i} is {d:?}"
                        );
                    }
                }
            }
            (Host::Source, VmState::Suspended) => {
                for (i, (&s, _)) in cells.enumerate() {
                    assert!(
                        matches!(s, StateFile | InFlight | ToCopy | Zero),
                        "{what}: VM suspended at the source but source cell {i} is {s:?}"
                    );
                }
            }
            (Host::Destination, VmState::Running | VmState::Degraded | VmState::Paused) => {
                for (i, (&s, &d)) in cells.enumerate() {
                    let here = matches!(d, Present | Fetched | Zero | Clean);
                    let served = matches!(d, Missing | Empty) && matches!(s, ToCopy | InFlight);
                    assert!(
                        here || served,
                        "{what}: VM at the destination, cell {i} is {s:?} / {d:?}: nobody holds it"
                    );
                }
            }
            (_, VmState::Off) => {
                // Cold: the memory is gone with the shutdown, at the source only.
                assert!(
                    !f.destination.contains(&Discarded),
                    "{what}: a cold guest's memory is discarded at the destination"
                );
            }
            (_, VmState::Lost) => {
                assert!(
                    f.source.iter().all(|&s| s == Discarded || s == Empty)
                        || f.destination.iter().all(|&d| d == Discarded),
                    "{what}: the VM is lost but both hosts still hold pages"
                );
            }
            _ => {}
        }
    }

    #[test]
    fn every_type_fault_and_phase_paints_the_memory_on_the_host_that_holds_it() {
        use migration_model::{Fault, Hold, HoldReason};
        let faults = [
            None,
            Some(FaultKind::LinkFailure),
            Some(FaultKind::SourceHostFailure),
            Some(FaultKind::DestinationHostFailure),
            Some(FaultKind::BandwidthDrop {
                to_bytes_per_s: 1e6,
                duration_s: 20.0,
            }),
            Some(FaultKind::LatencySpike {
                extra_rtt_s: 1.0,
                duration_s: 30.0,
            }),
        ];
        let mut rollbacks = 0;
        for ty in MigrationType::ALL {
            for fault in faults {
                for fault_at_s in [3.0, 20.0, 60.0] {
                    let p = Params {
                        migration_type: ty,
                        faults: fault
                            .map(|kind| Fault {
                                at_s: fault_at_s,
                                kind,
                            })
                            .into_iter()
                            .collect(),
                        holds: if ty == MigrationType::Suspended {
                            vec![Hold {
                                start_after_suspend_s: 2.0,
                                duration_s: 30.0,
                                reason: HoldReason::ComplianceReview,
                            }]
                        } else {
                            vec![]
                        },
                        ..Params::default()
                    };
                    let tr = simulate(&p).expect("runs");
                    for ph in &tr.phases {
                        rollbacks += usize::from(ph.kind == PhaseKind::Rollback);
                        // Inside the phase: at a boundary the map shows the phase before.
                        for share in [0.02, 0.5, 0.98] {
                            let t = ph.start_s + share * (ph.end_s - ph.start_s);
                            let f = Frame::at(&tr, &p, t);
                            let what =
                                format!("{ty:?} {fault:?}@{fault_at_s} {:?} t={t:.2}", ph.kind);
                            check_memory_holder(&f, &what);
                        }
                    }
                    let f = Frame::at(&tr, &p, tr.end_s());
                    check_memory_holder(&f, &format!("{ty:?} {fault:?}@{fault_at_s} end"));
                }
            }
        }
        assert!(
            rollbacks >= 4,
            "the walk must include rollbacks ({rollbacks})"
        );
    }

    #[test]
    fn the_ecommerce_rollback_keeps_the_source_memory_and_discards_the_destination_copy() {
        let preset = migration_model::presets::find("ecommerce-rollback").expect("preset");
        let p = preset.params();
        let tr = simulate(&p).expect("runs");
        let rb = tr
            .phases
            .iter()
            .find(|ph| ph.kind == PhaseKind::Rollback)
            .expect("the story rolls back");
        let f = Frame::at(&tr, &p, (rb.start_s + rb.end_s) / 2.0);
        assert_eq!((f.vm_host, f.vm_state), (Host::Source, VmState::Running));
        assert!(!f.source.contains(&Paint::Discarded));
        assert!(f.destination.contains(&Paint::Discarded));
        assert!(!f.destination.contains(&Paint::Present));
    }

    #[test]
    fn the_finance_story_shows_its_disk_crossing_the_link() {
        let p = migration_model::presets::find("finance-cold")
            .expect("preset")
            .params();
        let tr = simulate(&p).expect("runs");
        let copy = tr
            .phases
            .iter()
            .find(|ph| ph.kind == PhaseKind::DiskCopy)
            .expect("a disk copy");
        let disk = |t: f64| Frame::at(&tr, &p, t).disk.expect("cold shows its disk");
        assert_eq!(disk(0.0).copied_bytes, 0.0);
        let half = disk((copy.start_s + copy.end_s) / 2.0);
        assert!((half.copied_bytes / half.total_bytes - 0.5).abs() < 1e-9);
        assert!(!half.shared);
        assert_eq!(disk(tr.end_s()).copied_bytes, p.disk_bytes as f64);
        let live_trace = simulate(&Params::default()).expect("runs");
        assert!(Frame::at(&live_trace, &Params::default(), 1.0)
            .disk
            .is_none());
    }

    #[test]
    fn scrubbing_is_a_lookup_the_same_t_gives_the_same_frame() {
        let p = Params::default();
        let tr = simulate(&p).expect("runs");
        let a = Frame::at(&tr, &p, 42.0);
        let _ = Frame::at(&tr, &p, 160.0);
        assert_eq!(a, Frame::at(&tr, &p, 42.0));
        let nan = Frame::at(&tr, &p, f64::NAN);
        assert_eq!(nan.t_s, 0.0);
    }
}
