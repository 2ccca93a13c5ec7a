//! The page map at any time t: a seeded sample of page groups that agrees with the trace.
//! Computing it costs O(cells + rounds): no replay, so scrubbing backwards is instant.
//!
//! # How the sample is drawn
//! Cell `c` stands for the `c`-th `1/cells` of guest memory, in address order (row-major
//! when drawn as a grid). Each cell gets one fixed random *rank*, a seeded permutation of
//! `0..cells`, that orders the cells by how soon the guest writes them:
//! - the dirty set at any moment is the cells whose rank is below `dirty share × cells`.
//!   Sets are nested, as a writable working set is (pages dirtied at 10% of memory are
//!   dirtied again at 20%); the lowest ranks are the hot set, so with a hot set the hot
//!   pages are dirty first, and post-copy's demand faults hit them first too;
//! - zero pages are the highest ranks, so the guest writes them last;
//! - a round sends its set in address order, as QEMU's dirty-bitmap scan does.
//!
//! Because the ranks are a permutation, not independent draws, the dirty share of the
//! cells equals the trace's dirty fraction up to rounding (at most `0.5 / cells`), not
//! up to sampling noise. Everything uses integer arithmetic and IEEE basic operations
//! (no libm), so the picture is the same bit for bit on every platform, wasm32 included.
//!
//! # States per phase
//! | phase | cells |
//! |---|---|
//! | pre-copy round i | round 0 sends every non-zero cell (`NotCopied` → `InFlight` → `CopiedClean`); round i ≥ 1 sends the cells dirty at the end of round i−1 (`Dirtied` → `InFlight` → `CopiedClean`); meanwhile the guest dirties cells along the dirty model's curve |
//! | stop-and-copy | the last dirty set is sent, nothing new is dirtied (VM paused) |
//! | switchover | what pre-copy had not brought over (everything, for pure post-copy) is `Missing` |
//! | post-copy | cells not at the destination are `Missing`; the background push turns them `Present` in address order; the hottest `metrics.postcopy_faults` worth are `FetchedOnFault`, most of them early |
//! | post-copy paused | the post-copy picture frozen at the pause (nothing in flight) |
//! | shutdown, disk copy, boot (cold) | memory is discarded as the guest shuts down (`Discarded`); the booted guest's memory fills in, working set first (`Present`) |
//! | suspend, transfer, hold, restore | `InStateFile` as the suspend writes memory; `Present` as the restore reads it |
//! | resume, after a completed migration | all `Present` |
//! | rollback | the destination's partial copy, as it was when abandoned, is `Discarded`; never-copied cells stay `NotCopied` |
//! | running on source | the destination copy is dropped: as before the migration |
//! | lost | the picture when the VM was lost, with the failed host's pages `Discarded` |

use crate::params::{DirtyModel, FaultKind, Params, StopPolicy, BASE_PAGE_BYTES};
use crate::trace::{Outcome, PhaseKind, Round, Trace};
use serde::{Deserialize, Serialize};
use std::fmt;

/// The state of one cell (a group of pages) at a moment.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CellState {
    /// Not yet copied to the destination (source only).
    NotCopied,
    /// Zero pages: sent as a marker, nothing to copy.
    Zero,
    /// Copied and still clean: the destination copy is current.
    CopiedClean,
    /// Written by the guest since it was copied: must go again.
    Dirtied,
    /// Being sent right now.
    InFlight,
    /// At the destination and the VM runs there (after switchover).
    Present,
    /// The VM runs at the destination but this page has not arrived (post-copy).
    Missing,
    /// Arrived at the destination because the guest faulted on it (post-copy).
    FetchedOnFault,
    /// Memory contents discarded: the guest was shut down (cold), a rollback threw away the
    /// destination's partial copy, or the host holding it died.
    Discarded,
    /// Held in the suspend state file (suspended migration).
    InStateFile,
}

impl CellState {
    pub const ALL: [CellState; 10] = [
        CellState::NotCopied,
        CellState::Zero,
        CellState::CopiedClean,
        CellState::Dirtied,
        CellState::InFlight,
        CellState::Present,
        CellState::Missing,
        CellState::FetchedOnFault,
        CellState::Discarded,
        CellState::InStateFile,
    ];

    /// Name for people (legends).
    pub fn label(self) -> &'static str {
        match self {
            CellState::NotCopied => "not yet copied",
            CellState::Zero => "zero page",
            CellState::CopiedClean => "copied, clean",
            CellState::Dirtied => "dirtied since copied",
            CellState::InFlight => "in flight",
            CellState::Present => "present at destination",
            CellState::Missing => "missing at destination",
            CellState::FetchedOnFault => "fetched on fault",
            CellState::Discarded => "discarded",
            CellState::InStateFile => "in state file",
        }
    }

    /// One character for the text rendering ([`PageMap`]'s `Display`).
    pub fn symbol(self) -> char {
        match self {
            CellState::NotCopied => '.',
            CellState::Zero => '0',
            CellState::CopiedClean => 'c',
            CellState::Dirtied => 'D',
            CellState::InFlight => '>',
            CellState::Present => 'P',
            CellState::Missing => '?',
            CellState::FetchedOnFault => 'F',
            CellState::Discarded => 'x',
            CellState::InStateFile => 'S',
        }
    }
}

/// A page map: `cells` states in a fixed, seeded order (row-major when drawn as a grid).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PageMap {
    pub t_s: f64,
    pub cells: Vec<CellState>,
}

impl PageMap {
    /// How many cells are in `state`.
    pub fn count(&self, state: CellState) -> usize {
        self.cells.iter().filter(|&&c| c == state).count()
    }

    /// The share of cells in `state`, 0.0 ..= 1.0 (0 for an empty map).
    pub fn share(&self, state: CellState) -> f64 {
        if self.cells.is_empty() {
            0.0
        } else {
            self.count(state) as f64 / self.cells.len() as f64
        }
    }
}

/// Rows of 64 cells, one [`CellState::symbol`] each.
impl fmt::Display for PageMap {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for row in self.cells.chunks(64) {
            let line: String = row.iter().map(|c| c.symbol()).collect();
            writeln!(f, "{line}")?;
        }
        Ok(())
    }
}

/// The page map of `trace` at `t_s`, as `cells` page groups. Identical for the same trace,
/// time, cell count and seed. Any `t_s` is accepted: before the start the VM is
/// untouched, after the end the last picture holds, and NaN counts as the start.
pub fn page_map(trace: &crate::Trace, params: &crate::Params, t_s: f64, cells: usize) -> PageMap {
    let t = if t_s.is_nan() { 0.0 } else { t_s };
    let view = View::new(trace, params, cells);
    PageMap {
        t_s: t,
        cells: view.at(t),
    }
}

/// SplitMix64 (Steele, Lea & Flood, OOPSLA 2014): tiny, well mixed, and integer-only, so
/// the same seed gives the same sequence on every platform.
struct SplitMix64(u64);

impl SplitMix64 {
    fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in `0..n` by Lemire's multiply-shift (bias below n / 2^64).
    fn below(&mut self, n: usize) -> usize {
        ((u128::from(self.next_u64()) * n as u128) >> 64) as usize
    }
}

/// `e^(−y)` for `y ≥ 0` from IEEE basic operations only: libm's `exp` may differ in the
/// last bit between native and wasm32, and a page map must not.
fn exp_neg(y: f64) -> f64 {
    if y.is_nan() || y <= 0.0 {
        return 1.0;
    }
    if y > 700.0 {
        return 0.0;
    }
    // y = k·ln 2 + r with 0 ≤ r < ln 2; e^(−y) = 2^(−k) · e^(−r).
    let k = (y / std::f64::consts::LN_2).floor();
    let r = y - k * std::f64::consts::LN_2;
    let mut term = 1.0;
    let mut sum = 1.0;
    for i in 1..=20 {
        term *= -r / f64::from(i);
        sum += term;
    }
    // k ≤ 1010, so 2^(−k) is a normal number built from its exponent bits.
    sum * f64::from_bits((1023 - k as u64) << 52)
}

/// Cells for a share of memory, rounded to the nearest cell.
fn cells_of(share: f64, n: usize) -> usize {
    if share.is_nan() || share <= 0.0 {
        0
    } else if share >= 1.0 {
        n
    } else {
        ((share * n as f64).round() as usize).min(n)
    }
}

/// Position of `t` within `[start, start + duration]`, 0.0 ..= 1.0 (1 for an empty span).
/// Within a rounding error of the end counts as the end: `start + duration` computed by
/// the caller may land one ulp short of the trace's end time.
fn progress(t: f64, start: f64, duration: f64) -> f64 {
    if duration > 0.0 {
        let p = ((t - start) / duration).clamp(0.0, 1.0);
        if p > 1.0 - 1e-9 {
            1.0
        } else {
            p
        }
    } else {
        1.0
    }
}

/// A set of cells sent (or written, or read) in address order with progress `p`: how many
/// are done and how many are in flight just behind the send position.
#[derive(Clone, Copy)]
struct Sweep {
    done: usize,
    in_flight: usize,
}

impl Sweep {
    /// `size` cells, progress `p`; the in-flight band is `band` cells wide. The real
    /// amount in flight is bandwidth × RTT, far less than a cell: the band is drawn so
    /// that the send position is visible.
    fn new(size: usize, p: f64, band: usize) -> Sweep {
        if p >= 1.0 {
            return Sweep {
                done: size,
                in_flight: 0,
            };
        }
        let cut = ((p.max(0.0) * size as f64).floor() as usize).min(size);
        let in_flight = band.min(cut);
        Sweep {
            done: cut - in_flight,
            in_flight,
        }
    }

    /// State of the `pos`-th member (in address order).
    fn at(self, pos: usize) -> SweepPos {
        if pos < self.done {
            SweepPos::Done
        } else if pos < self.done + self.in_flight {
            SweepPos::InFlight
        } else {
            SweepPos::Pending
        }
    }
}

enum SweepPos {
    Done,
    InFlight,
    Pending,
}

mod view;
use view::View;

#[cfg(test)]
mod tests {
    use super::*;

    const PINNED: [usize; 12] = [10, 6, 5, 2, 3, 4, 7, 9, 11, 0, 8, 1];

    #[test]
    fn exp_neg_matches_libm() {
        for &y in &[
            0.0_f64, 1e-9, 0.1, 0.5, 0.693, 1.0, 2.5, 10.0, 50.0, 300.0, 690.0,
        ] {
            let want = (-y).exp();
            let got = exp_neg(y);
            assert!(
                (got - want).abs() <= want * 1e-13,
                "e^-{y}: got {got}, want {want}"
            );
        }
        assert_eq!(exp_neg(1000.0), 0.0);
        assert_eq!(exp_neg(-1.0), 1.0);
        assert_eq!(exp_neg(f64::NAN), 1.0);
    }

    #[test]
    fn splitmix_reference_values() {
        // First outputs for seed 0 from the reference implementation.
        let mut r = SplitMix64(0);
        assert_eq!(r.next_u64(), 0xE220_A839_7B1D_CDAF);
        assert_eq!(r.next_u64(), 0x6E78_9E6A_A1B9_65F4);
    }

    /// The seeded order is integer arithmetic only; pinning it catches an accidental
    /// change of the picture every seed gives (and any platform difference).
    #[test]
    fn ranks_are_pinned_for_a_seed() {
        let params = Params::default();
        let trace = Trace {
            migration_type: params.migration_type,
            policy: params.policy,
            memory_bytes: params.memory_bytes,
            page_size_bytes: params.page_size_bytes,
            phases: Vec::new(),
            rounds: Vec::new(),
            events: Vec::new(),
            metrics: crate::Metrics {
                total_time_s: 0.0,
                downtime_s: 0.0,
                degraded_time_s: 0.0,
                bytes_sent: 0.0,
                bytes_sent_x_memory: 0.0,
                precopy_rounds: 0,
                converged: false,
                outcome: Outcome::Completed,
                postcopy_faults: 0.0,
                postcopy_vcpu_blocked_share: 0.0,
            },
            stop_reason: Default::default(),
        };
        let view = View::new(&trace, &params, 12);
        assert_eq!(view.rank, PINNED);
    }

    #[test]
    fn sweep_has_no_band_at_either_end() {
        let s = Sweep::new(100, 0.0, 4);
        assert_eq!((s.done, s.in_flight), (0, 0));
        let s = Sweep::new(100, 1.0, 4);
        assert_eq!((s.done, s.in_flight), (100, 0));
        let s = Sweep::new(100, 0.5, 4);
        assert_eq!((s.done, s.in_flight), (46, 4));
    }
}
