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
        (Paint::Discarded, "discarded (shut down)"),
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
        let on_destination = vm_host == Host::Destination;
        let (source, destination) = map.cells.iter().map(|&c| paint(c, on_destination)).unzip();
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
        }
    }
}

/// One model cell state seen from the source and from the destination.
fn paint(c: CellState, vm_on_destination: bool) -> (Paint, Paint) {
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
    let rate_bytes_per_s = match trace.round_at(t) {
        Some(r) if !broken => r.rate_bytes_per_s,
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
