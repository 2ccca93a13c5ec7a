//! The page map's view of one trace (`super::page_map`): each phase's cells at t, from
//! the trace's rounds and phases and the cells' seeded ranks. See the module above for
//! the rules.

use super::*;

/// How deep the "picture at the start of this phase" look-back may go (rollback after
/// stop-and-copy, lost after post-copy paused, ...): a bound, so a malformed trace
/// cannot make the map cost more than a few passes.
const MAX_LOOKBACK: u8 = 4;

pub(super) struct View<'a> {
    trace: &'a Trace,
    params: &'a Params,
    n: usize,
    /// Each cell's place in the dirtying order (a seeded permutation of `0..n`).
    pub(super) rank: Vec<usize>,
    /// The inverse: the cells in dirtying order.
    perm: Vec<usize>,
    /// Cells with rank ≥ `nonzero` are zero pages.
    nonzero: usize,
    /// Width of the in-flight band, in cells.
    band: usize,
    /// Rounds before the post-copy switchover (pre-copy and stop-and-copy passes).
    pre_rounds: &'a [Round],
}

impl<'a> View<'a> {
    pub(super) fn new(trace: &'a Trace, params: &'a Params, n: usize) -> View<'a> {
        // Fisher–Yates over the cell indices; rank[perm[k]] = k.
        let mut rng = SplitMix64(params.seed ^ 0x5EED_5EED_9A6E_3A75);
        let mut perm: Vec<usize> = (0..n).collect();
        for i in (1..n).rev() {
            let j = rng.below(i + 1);
            perm.swap(i, j);
        }
        let mut rank = vec![0; n];
        for (k, &c) in perm.iter().enumerate() {
            rank[c] = k;
        }
        let nonzero = n - cells_of(params.zero_page_share, n);
        let switchover = trace
            .phases
            .iter()
            .find(|p| matches!(p.kind, PhaseKind::Switchover | PhaseKind::PostCopy))
            .map_or(f64::INFINITY, |p| p.start_s);
        let pre = trace.rounds.partition_point(|r| r.start_s < switchover);
        View {
            trace,
            params,
            n,
            rank,
            perm,
            nonzero,
            band: (n / 256).max(1),
            pre_rounds: &trace.rounds[..pre],
        }
    }

    /// The VM switches over to post-copy (or hybrid's post-copy part) in this run.
    fn postcopy_follows(&self) -> bool {
        self.trace
            .phases
            .iter()
            .any(|p| p.kind == PhaseKind::Switchover)
    }

    fn memory(&self) -> f64 {
        (self.trace.memory_bytes.max(1)) as f64
    }

    /// Cells dirty at the end of a round (the trace's dirty fraction, in cells).
    fn dirty_cells(&self, r: &Round) -> usize {
        let bytes = if r.dirty_bytes_at_end > 0.0 {
            r.dirty_bytes_at_end
        } else {
            r.dirty_pages_at_end * self.trace.page_size_bytes as f64
        };
        cells_of(bytes / self.memory(), self.n)
    }

    /// Before the migration: nothing copied, zero pages shown as such.
    fn untouched(&self) -> Vec<CellState> {
        self.rank
            .iter()
            .map(|&k| {
                if k >= self.nonzero {
                    CellState::Zero
                } else {
                    CellState::NotCopied
                }
            })
            .collect()
    }

    fn all(&self, s: CellState) -> Vec<CellState> {
        vec![s; self.n]
    }

    pub(super) fn at(&self, t: f64) -> Vec<CellState> {
        let phases = &self.trace.phases;
        let Some(last) = phases.last() else {
            return self.untouched();
        };
        if t < phases[0].start_s {
            return self.untouched();
        }
        if t >= last.end_s {
            if self.trace.metrics.outcome == Outcome::Completed {
                return self.all(CellState::Present);
            }
            return self.phase_state(phases.len() - 1, last.end_s, 0);
        }
        // The phase in force, the earlier one at a boundary: at a round's end the map
        // shows that round's end state, which is what the trace's dirty fraction describes.
        let k = phases
            .partition_point(|p| p.end_s < t)
            .min(phases.len() - 1);
        self.phase_state(k, t, 0)
    }

    /// The picture at the start of phase `k`: the end of the phase before it.
    fn before_phase(&self, k: usize, depth: u8) -> Vec<CellState> {
        if k == 0 || depth >= MAX_LOOKBACK {
            return self.untouched();
        }
        let prev = &self.trace.phases[k - 1];
        self.phase_state(k - 1, prev.end_s, depth + 1)
    }

    fn phase_state(&self, k: usize, t: f64, depth: u8) -> Vec<CellState> {
        let phase = &self.trace.phases[k];
        let t = t.clamp(phase.start_s, phase.end_s.max(phase.start_s));
        let p = progress(t, phase.start_s, phase.end_s - phase.start_s);
        match phase.kind {
            PhaseKind::PreCopy { .. } | PhaseKind::StopAndCopy => self.precopy(t),
            // Post-copy switchover: the VM's state crosses first; the pages stay where
            // pre-copy left them (at the source, or copied) until the VM runs at the
            // destination and they are pushed or fetched.
            PhaseKind::Switchover => self.precopy_end(),
            PhaseKind::PostCopy => self.postcopy(t),
            // QEMU postcopy-paused: the push stops; whatever was on the wire is lost.
            PhaseKind::PostCopyPaused => replace(self.postcopy(t), |s| match s {
                CellState::InFlight => CellState::Missing,
                s => s,
            }),
            // Cold: the guest's memory goes as it shuts down (it is not kept), cold
            // memory first, the working set last.
            PhaseKind::Shutdown => {
                let gone = self.n - cells_of(1.0 - p, self.n);
                self.by_rank(|k| {
                    if k >= self.n - gone {
                        CellState::Discarded
                    } else if k >= self.nonzero {
                        CellState::Zero
                    } else {
                        CellState::NotCopied
                    }
                })
            }
            PhaseKind::DiskCopy => self.all(CellState::Discarded),
            // The booted guest fills its memory afresh, working set first.
            PhaseKind::Boot => {
                let up = cells_of(p, self.n);
                self.by_rank(|k| {
                    if k < up {
                        CellState::Present
                    } else {
                        CellState::Discarded
                    }
                })
            }
            // The suspend writes memory to the state file in address order.
            PhaseKind::Suspend => {
                let sweep = Sweep::new(self.n, p, self.band);
                let before = self.untouched();
                (0..self.n)
                    .map(|c| match sweep.at(c) {
                        SweepPos::Done => CellState::InStateFile,
                        SweepPos::InFlight => CellState::InFlight,
                        SweepPos::Pending => before[c],
                    })
                    .collect()
            }
            PhaseKind::Transfer | PhaseKind::Hold { .. } => self.all(CellState::InStateFile),
            PhaseKind::Restore => {
                let sweep = Sweep::new(self.n, p, 0);
                (0..self.n)
                    .map(|c| match sweep.at(c) {
                        SweepPos::Done => CellState::Present,
                        _ => CellState::InStateFile,
                    })
                    .collect()
            }
            // After a post-copy switchover the destination starts with only what pre-copy
            // brought (the rest is missing there, nothing pushed yet); after
            // stop-and-copy it has every page.
            PhaseKind::Resume if self.postcopy_follows() => self.postcopy(phase.start_s),
            PhaseKind::Resume => self.all(CellState::Present),
            // The destination's partial copy is thrown away (what was on the wire with it);
            // the VM carries on from the source's memory, which never stopped being current.
            PhaseKind::Rollback => replace(self.before_phase(k, depth), |s| match s {
                CellState::CopiedClean
                | CellState::Dirtied
                | CellState::InFlight
                | CellState::Present
                | CellState::FetchedOnFault
                | CellState::InStateFile => CellState::Discarded,
                s => s,
            }),
            // The destination's copy is dropped: the source holds the only one.
            PhaseKind::RunningOnSource => self.untouched(),
            PhaseKind::Lost => self.lost(k, depth),
        }
    }

    fn by_rank(&self, f: impl Fn(usize) -> CellState) -> Vec<CellState> {
        self.rank.iter().map(|&k| f(k)).collect()
    }

    /// Pre-copy rounds and the stop-and-copy pass, at `t`.
    fn precopy(&self, t: f64) -> Vec<CellState> {
        let rounds = self.pre_rounds;
        let i = rounds.partition_point(|r| r.end_s() < t);
        if i < rounds.len() && rounds[i].start_s <= t {
            let r = &rounds[i];
            self.round_state(i, progress(t, r.start_s, r.duration_s), r.progress_at(t))
        } else if i > 0 {
            // Between rounds or after the last one: the end of the last round.
            self.round_state(i - 1, 1.0, 1.0)
        } else {
            self.untouched()
        }
    }

    /// The picture when pre-copy ended: the end of its last round before the stop-and-copy
    /// pass or the post-copy switchover.
    fn precopy_end(&self) -> Vec<CellState> {
        match self.pre_rounds.iter().rposition(|r| !r.is_final) {
            Some(i) => self.round_state(i, 1.0, 1.0),
            None => self.untouched(),
        }
    }

    /// Share of its due bytes that each round `0..=i` sent: 1 for a round that sent its
    /// whole set, less for one cut short (a fault, the time limit, libvirt's timeout).
    /// Round 0 is due memory minus zero pages; round j the pages dirty at the end of round
    /// j−1 plus whatever round j−1 left unsent.
    fn sent_shares(&self, i: usize) -> Vec<f64> {
        let mut due = self.memory() * (1.0 - self.params.zero_page_share);
        let mut shares = Vec::with_capacity(i + 1);
        for (j, r) in self.pre_rounds[..=i].iter().enumerate() {
            if j > 0 {
                let prev = &self.pre_rounds[j - 1];
                due = (due - prev.bytes_sent).max(0.0) + prev.dirty_bytes_at_end;
            }
            let share = if due > 0.0 { r.bytes_sent / due } else { 1.0 };
            // Rounding in the engine's byte counts is not a cut-short round.
            shares.push(if share >= 0.999 { 1.0 } else { share.max(0.0) });
        }
        shares
    }

    /// Cells whose rank is below `limit` (exactly `limit` of them: ranks are a permutation).
    fn by_rank_below(&self, limit: usize) -> Vec<bool> {
        self.rank.iter().map(|&k| k < limit).collect()
    }

    /// Round `i`'s send set: every non-zero cell in round 0, else the cells dirty at the end
    /// of round i−1 (Clark et al.: round i sends the pages dirtied during round i−1), plus
    /// what round i−1 left unsent if it was cut short.
    fn send_set(&self, i: usize, shares: &[f64]) -> Vec<bool> {
        let plain = |j: usize| {
            if j == 0 {
                self.nonzero
            } else {
                self.dirty_cells(&self.pre_rounds[j - 1])
            }
        };
        let mut set = self.by_rank_below(plain(i));
        if i > 0 && shares[i - 1] < 1.0 {
            // The previous round's own set is taken without its carry-over: rounds cut short
            // end pre-copy, so two in a row do not occur, and the bound keeps this O(cells).
            let prev = plain(i - 1);
            let cut = (shares[i - 1] * prev as f64).floor() as usize;
            let mut pos = 0;
            for (c, &k) in self.rank.iter().enumerate() {
                if k < prev {
                    if pos >= cut {
                        set[c] = true;
                    }
                    pos += 1;
                }
            }
        }
        set
    }

    /// Round `i` when a share `x` of its duration has passed and a share `sent` of its
    /// bytes has gone (the two differ when the link's rate changed during the round).
    fn round_state(&self, i: usize, x: f64, sent: f64) -> Vec<CellState> {
        let rounds = self.pre_rounds;
        let r = &rounds[i];
        let first_pass = i == 0;
        let shares = self.sent_shares(i);
        let set = self.send_set(i, &shares);
        let size = set.iter().filter(|&&b| b).count();
        // Cells the guest has dirtied since this round began; none while paused.
        let dirty = if r.is_final {
            0
        } else {
            let end = self.dirty_cells(r);
            ((end as f64 * self.dirtied_share(r, x)).round() as usize).min(end)
        };
        // Zero pages stop being zero once written.
        let ever_dirty = rounds[..i]
            .iter()
            .map(|r| self.dirty_cells(r))
            .fold(dirty, usize::max);
        let sweep = Sweep::new(size, sent * shares[i], self.band);
        let mut pos = 0;
        self.rank
            .iter()
            .zip(&set)
            .map(|(&k, &in_set)| {
                if in_set {
                    let at = sweep.at(pos);
                    pos += 1;
                    match at {
                        SweepPos::Done if k < dirty => CellState::Dirtied,
                        SweepPos::Done => CellState::CopiedClean,
                        SweepPos::InFlight => CellState::InFlight,
                        SweepPos::Pending if first_pass => CellState::NotCopied,
                        SweepPos::Pending => CellState::Dirtied,
                    }
                } else if k < dirty {
                    CellState::Dirtied
                } else if k >= self.nonzero && k >= ever_dirty {
                    CellState::Zero
                } else {
                    CellState::CopiedClean
                }
            })
            .collect()
    }

    /// Share of round `r`'s end-of-round dirty set already dirty after a share `x` of the
    /// round, following the dirty model: linear (`D·t`, capped at the working set) or
    /// occupancy of random writes over the working set (`N(1 − e^(−w/N))` per hot/cold
    /// set), at the write rate in force (a timed change steps it). The round's end value
    /// comes from the trace; only the curve's shape is used.
    fn dirtied_share(&self, r: &Round, x: f64) -> f64 {
        let p = self.params;
        let writes_bytes = p.dirty_rate_bytes_per_s
            * crate::sim::workload::throttled_share(r.throttle, p.writer_cpu_share)
            * r.duration_s;
        // A timed change of the write rate: the writes made by that point of the round.
        let by = |x: f64| {
            if p.changes.is_empty() {
                return writes_bytes * x;
            }
            let wl = crate::sim::workload::Workload::from_params(p);
            let t = r.start_s + r.duration_s * x;
            wl.writes_between(r.start_s, t, r.throttle) * BASE_PAGE_BYTES as f64
        };
        let end = self.dirtied_bytes(by(1.0));
        if end > 0.0 && end.is_finite() {
            (self.dirtied_bytes(by(x)) / end).clamp(0.0, 1.0)
        } else {
            x
        }
    }

    /// Expected distinct bytes dirtied by `writes_bytes` of 4 KiB page writes.
    fn dirtied_bytes(&self, writes_bytes: f64) -> f64 {
        let params = self.params;
        let page = params.page_size_bytes.max(BASE_PAGE_BYTES) as f64;
        let mut ws = params.working_set() as f64;
        if params.policy == StopPolicy::Simgrid {
            // SimGrid caps the writable working set at 90% of memory.
            ws = ws.min(0.9 * params.memory_bytes as f64);
        }
        // Each 4 KiB write dirties a whole tracking page.
        let writes = writes_bytes / BASE_PAGE_BYTES as f64;
        match params.dirty_model {
            DirtyModel::Linear => (writes * page).min(ws),
            DirtyModel::Uniform => {
                let pages = (ws / page).max(1.0);
                let (h, q) = if params.hot_set_share > 0.0 {
                    (params.hot_set_share, params.hot_write_share)
                } else {
                    (1.0, 1.0)
                };
                let occupancy = |n: f64, w: f64| {
                    if n > 0.0 {
                        n * (1.0 - exp_neg(w / n))
                    } else {
                        0.0
                    }
                };
                (occupancy(pages * h, writes * q)
                    + occupancy(pages * (1.0 - h), writes * (1.0 - q)))
                    * page
            }
        }
    }

    /// Post-copy at `t`: pages not yet at the destination are missing; the background
    /// push brings them in address order; the guest's faults fetch the hottest first.
    fn postcopy(&self, t: f64) -> Vec<CellState> {
        // Missing: what pre-copy had not brought over (hybrid), or every non-zero page
        // (pure post-copy: nothing was sent before the switchover).
        let before = self.precopy_end();
        let is_missing: Vec<bool> = before
            .iter()
            .map(|s| {
                matches!(
                    s,
                    CellState::NotCopied | CellState::Dirtied | CellState::InFlight
                )
            })
            .collect();
        let missing = is_missing.iter().filter(|&&m| m).count();
        let page = self.trace.page_size_bytes as f64;
        let faults = cells_of(
            self.trace.metrics.postcopy_faults * page / self.memory(),
            self.n,
        )
        .min(missing);
        let p = self.push_progress(t, missing);
        // Faults come early: the resumed guest touches its hot pages at once, and fewer
        // pages are left to fault on as the push advances: 1 − (1 − p)².
        let faulted =
            ((faults as f64 * (1.0 - (1.0 - p) * (1.0 - p))).round() as usize).min(faults);
        // The guest faults on its hottest missing pages: the lowest ranks, in rank order.
        let mut fault_order = vec![usize::MAX; self.n];
        let mut found = 0;
        for &c in &self.perm {
            if found == faults {
                break;
            }
            if is_missing[c] {
                fault_order[c] = found;
                found += 1;
            }
        }
        let sweep = Sweep::new(missing - faults, p, self.band);
        let mut pos = 0;
        (0..self.n)
            .map(|c| {
                if !is_missing[c] {
                    // A zero page needs no transfer: the destination maps a zero page.
                    if before[c] == CellState::Zero {
                        CellState::Zero
                    } else {
                        CellState::Present
                    }
                } else if fault_order[c] < faults {
                    if fault_order[c] < faulted {
                        CellState::FetchedOnFault
                    } else {
                        CellState::Missing
                    }
                } else {
                    let at = sweep.at(pos);
                    pos += 1;
                    match at {
                        SweepPos::Done => CellState::Present,
                        SweepPos::InFlight => CellState::InFlight,
                        SweepPos::Pending => CellState::Missing,
                    }
                }
            })
            .collect()
    }

    /// How far the background push has got at `t`, 0 ..= 1, from the bytes of the trace's
    /// post-copy push rounds (nothing moves while paused). A trace without push rounds
    /// falls back to post-copy running time.
    fn push_progress(&self, t: f64, missing_cells: usize) -> f64 {
        let completed = self.trace.metrics.outcome == Outcome::Completed;
        let push = self.trace.rounds[self.pre_rounds.len()..]
            .iter()
            .filter(|r| !r.is_final);
        let (mut pushed, mut total) = (0.0, 0.0);
        for r in push {
            total += r.bytes_sent;
            pushed += r.bytes_sent_by(t);
        }
        let estimate = missing_cells as f64 / self.n.max(1) as f64 * self.memory();
        if total > 0.0 {
            // A push cut short (link or host failure) had more to send than it did.
            let due = if completed {
                total
            } else {
                total.max(estimate)
            };
            return progress(pushed, 0.0, due);
        }
        let (mut elapsed, mut running) = (0.0, 0.0);
        for ph in &self.trace.phases {
            if ph.kind == PhaseKind::PostCopy {
                running += ph.end_s - ph.start_s;
                elapsed += (t.min(ph.end_s) - ph.start_s).max(0.0);
            }
        }
        if !completed {
            let rate = self.params.stream_rate_bytes_per_s();
            let needed = if rate > 0.0 {
                estimate / rate
            } else {
                f64::INFINITY
            };
            running = running.max(needed);
        }
        progress(elapsed, 0.0, running)
    }

    /// The VM is lost: the picture when it happened, with the failed host's pages gone.
    fn lost(&self, k: usize, depth: u8) -> Vec<CellState> {
        let failed = self.trace.host_failure_before(self.trace.phases[k].start_s);
        let before = self.before_phase(k, depth);
        match failed {
            // Pages only the source held die with it.
            Some(FaultKind::SourceHostFailure) => replace(before, |s| match s {
                CellState::NotCopied
                | CellState::Zero
                | CellState::Dirtied
                | CellState::InFlight
                | CellState::Missing
                | CellState::InStateFile => CellState::Discarded,
                s => s,
            }),
            // Pages at the destination die with it.
            Some(FaultKind::DestinationHostFailure) => replace(before, |s| match s {
                CellState::CopiedClean
                | CellState::Present
                | CellState::FetchedOnFault
                | CellState::InFlight => CellState::Discarded,
                s => s,
            }),
            _ => self.all(CellState::Discarded),
        }
    }
}

fn replace(mut cells: Vec<CellState>, f: impl Fn(CellState) -> CellState) -> Vec<CellState> {
    for c in &mut cells {
        *c = f(*c);
    }
    cells
}
