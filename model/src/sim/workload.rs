//! How page writes become dirty pages (`docs/model.md`, "How pages get dirty").
//!
//! Writes are 4 KiB page writes at `dirty_rate_bytes_per_s`; a write dirties the whole
//! tracking page that contains it, so with 2 MiB tracking one 4 KiB write makes 2 MiB
//! to resend. Two models:
//! - **Linear** (Liu et al., SimGrid): `D·t` written bytes dirty `D·t·(page/4 KiB)`
//!   bytes, capped at the working set (SimGrid also caps at 90% of memory).
//! - **Uniform**: `w` uniformly random writes over `N` tracking pages dirty
//!   `N(1 − (1 − 1/N)^w)` distinct pages (occupancy); a hot set of `h·N` pages taking a
//!   share `q` of the writes is summed with the cold rest.
//!
//! Everything is an expected value, O(1) per call.

use crate::params::{Change, ChangeKind, DirtyModel, Params, Steps, StopPolicy, BASE_PAGE_BYTES};

/// SimGrid `VmLiveMigration`: the dirty-page volume is capped at 90% of RAM
/// (`dp_cap = ramsize * 0.9`).
pub const SIMGRID_DIRTY_CAP_SHARE: f64 = 0.9;

/// Expected number of distinct pages hit by `w` uniformly random writes over `n` pages:
/// `n(1 − (1 − 1/n)^w)`. Computed as `−n·expm1(w·ln1p(−1/n))`, accurate for huge `n`
/// and tiny `w/n`. Returns 0 for `w ≤ 0` or `n ≤ 0`, and never more than `n`.
pub fn occupancy(n: f64, w: f64) -> f64 {
    if !super::gt(n, 0.0) || !super::gt(w, 0.0) {
        return 0.0;
    }
    if n <= 1.0 {
        // A single (or partial) page: dirty as soon as it is written.
        return n * -(-w).exp_m1();
    }
    let x = w * (-1.0 / n).ln_1p();
    let d = -n * x.exp_m1();
    if d.is_finite() {
        d.clamp(0.0, n)
    } else {
        n
    }
}

/// Share of its unthrottled write rate a writer keeps under a vCPU throttle `throttle`
/// when it needs a share `cpu_share` of its vCPU: `min(1, (1 − p)/u)`.
///
/// QEMU's throttle (`system/cpu-throttle.c`, `cpu_throttle_thread`) lets the vCPU run a
/// 10 ms slice and then sleeps it `p/(1 − p) × 10 ms`, so the vCPU runs a share `1 − p`
/// of the time. A writer that needs only `u` of a vCPU to keep its rate (a paced or
/// I/O-bound one) is not slowed while `1 − p ≥ u`; below that it gets `(1 − p)/u` of its
/// rate. With `u = 1` this is the textbook `1 − p`.
pub fn throttled_share(throttle: f64, cpu_share: f64) -> f64 {
    let run = (1.0 - throttle).clamp(0.0, 1.0);
    if cpu_share > 0.0 {
        (run / cpu_share).min(1.0)
    } else {
        1.0
    }
}

/// A set of tracking pages that receives a fixed share of the writes.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct PageSet {
    /// Tracking pages in the set.
    pub pages: f64,
    /// Share of all writes that land in this set.
    pub write_share: f64,
}

/// The dirty pages found at a bitmap sync, per page set (hot first, then cold).
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Dirty {
    pub pages: [f64; 2],
}

impl Dirty {
    pub fn total_pages(&self) -> f64 {
        self.pages[0] + self.pages[1]
    }
}

/// The guest's writing behaviour, precomputed from the parameters.
#[derive(Clone, Debug, PartialEq)]
pub struct Workload {
    /// 4 KiB page writes per second at no throttle (until a timed change, if any).
    pub writes_per_s: f64,
    /// The write rate before any timed change, bytes/s (`dirty_rate_bytes_per_s`).
    base_bytes_per_s: f64,
    /// Timed changes of the write rate (`Params::changes`; empty for most runs).
    changes: Vec<Change>,
    /// Tracking page size in bytes (never above memory).
    pub page_bytes: f64,
    /// Memory in bytes.
    pub memory_bytes: f64,
    pub model: DirtyModel,
    /// Page sets the writes fall into (one or two; empty sets have 0 pages).
    pub sets: [PageSet; 2],
    /// Linear model: most bytes that can be dirty at once.
    pub cap_bytes: f64,
    /// Share of its vCPU the writer needs (see [`throttled_share`]).
    pub cpu_share: f64,
}

impl Workload {
    pub fn from_params(p: &Params) -> Self {
        let memory = p.memory_bytes as f64;
        let page = (p.page_size_bytes as f64).min(memory);
        let ws_bytes = p.working_set() as f64;
        let ws_pages = (ws_bytes / page).ceil().clamp(1.0, (memory / page).ceil());
        let h = p.hot_set_share;
        // hot_set_share 0 (or 1) means one uniform set; otherwise hot then cold.
        let sets = if h > 0.0 && h < 1.0 {
            let hot = (ws_pages * h).max(1.0).min(ws_pages);
            [
                PageSet {
                    pages: hot,
                    write_share: p.hot_write_share,
                },
                PageSet {
                    pages: ws_pages - hot,
                    write_share: 1.0 - p.hot_write_share,
                },
            ]
        } else {
            [
                PageSet {
                    pages: ws_pages,
                    write_share: 1.0,
                },
                PageSet {
                    pages: 0.0,
                    write_share: 0.0,
                },
            ]
        };
        let mut cap_bytes = (ws_pages * page).min(memory);
        if p.policy == StopPolicy::Simgrid {
            cap_bytes = cap_bytes.min(SIMGRID_DIRTY_CAP_SHARE * memory);
        }
        Workload {
            writes_per_s: p.dirty_rate_bytes_per_s / BASE_PAGE_BYTES as f64,
            base_bytes_per_s: p.dirty_rate_bytes_per_s,
            changes: p
                .changes
                .iter()
                .filter(|c| matches!(c.kind, ChangeKind::DirtyRate { .. }))
                .copied()
                .collect(),
            page_bytes: page,
            memory_bytes: memory,
            model: p.dirty_model,
            sets,
            cap_bytes,
            cpu_share: p.writer_cpu_share,
        }
    }

    /// Writes per second at throttle `p` (the vCPU runs a fraction `1 − p` of the time):
    /// `D·min(1, (1 − p)/u)`.
    pub fn writes_per_s_at(&self, throttle: f64) -> f64 {
        self.writes_per_s * throttled_share(throttle, self.cpu_share)
    }

    /// The unthrottled write rate over time, bytes/s of 4 KiB writes.
    fn steps(&self) -> Steps<'_> {
        Steps {
            base: self.base_bytes_per_s,
            changes: &self.changes,
            param: ChangeKind::DirtyRate { bytes_per_s: 0.0 },
        }
    }

    /// 4 KiB writes per second at time `t`, unthrottled.
    pub fn writes_per_s_when(&self, t: f64) -> f64 {
        if self.changes.is_empty() {
            return self.writes_per_s;
        }
        self.steps().at(t) / BASE_PAGE_BYTES as f64
    }

    /// 4 KiB page writes made between `t0` and `t1` at throttle `throttle`: the write
    /// rate integrated over its timed changes (exact within a round that spans one; a
    /// span before any change gives exactly what the constant rate does).
    pub fn writes_between(&self, t0: f64, t1: f64, throttle: f64) -> f64 {
        if self.changes.is_empty() {
            return self.writes_per_s_at(throttle) * (t1 - t0).max(0.0);
        }
        let share = throttled_share(throttle, self.cpu_share);
        self.steps()
            .integral_of(t0, t1, |r| r / BASE_PAGE_BYTES as f64 * share)
    }

    /// The mean unthrottled 4 KiB write rate over `[t0, t1)` (the rate itself where it
    /// does not change).
    pub fn mean_writes_per_s(&self, t0: f64, t1: f64) -> f64 {
        if self.changes.is_empty() || !super::gt(t1, t0) {
            return self.writes_per_s_when(t0);
        }
        self.writes_between(t0, t1, 0.0) / (t1 - t0)
    }

    /// Pages dirtied during `dur_s` seconds at throttle `throttle` at the write rate
    /// before any timed change: the dirty set a bitmap sync finds after an interval that
    /// started with a clean bitmap.
    pub fn dirty(&self, dur_s: f64, throttle: f64) -> Dirty {
        self.dirty_by_writes(self.writes_per_s_at(throttle) * dur_s.max(0.0))
    }

    /// Pages dirtied between `t0` and `t1` at throttle `throttle`, following the write
    /// rate's timed changes.
    pub fn dirty_between(&self, t0: f64, t1: f64, throttle: f64) -> Dirty {
        self.dirty_by_writes(self.writes_between(t0, t1, throttle))
    }

    /// Pages dirtied by `w` 4 KiB writes.
    fn dirty_by_writes(&self, w: f64) -> Dirty {
        if !super::gt(w, 0.0) {
            return Dirty::default();
        }
        match self.model {
            DirtyModel::Linear => {
                // Each 4 KiB write dirties one whole tracking page (Liu et al. with
                // the huge-page amplification), capped at the working set.
                let bytes = (w * self.page_bytes).min(self.cap_bytes);
                Dirty {
                    pages: [bytes / self.page_bytes, 0.0],
                }
            }
            DirtyModel::Uniform => {
                let mut pages = [0.0; 2];
                for (d, s) in pages.iter_mut().zip(self.sets.iter()) {
                    *d = occupancy(s.pages, w * s.write_share);
                }
                Dirty { pages }
            }
        }
    }

    /// Bytes of a dirty set.
    pub fn bytes(&self, d: &Dirty) -> f64 {
        (d.total_pages() * self.page_bytes).min(self.memory_bytes)
    }

    /// The page sets as seen by an access pattern (post-copy faults): for the linear
    /// model, writes are spread over the working set (capped like the dirty set).
    pub fn access_sets(&self) -> [PageSet; 2] {
        match self.model {
            DirtyModel::Uniform => self.sets,
            DirtyModel::Linear => [
                PageSet {
                    pages: (self.cap_bytes / self.page_bytes).max(1.0),
                    write_share: 1.0,
                },
                PageSet {
                    pages: 0.0,
                    write_share: 0.0,
                },
            ],
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_paced_writer_keeps_its_rate_until_the_throttle_leaves_too_little_cpu() {
        // CPU-bound: the textbook 1 − p.
        assert!((throttled_share(0.2, 1.0) - 0.8).abs() < 1e-12);
        assert!((throttled_share(0.99, 1.0) - 0.01).abs() < 1e-12);
        // Needs 5% of the vCPU: untouched through 95%, a fifth of its rate at 99%.
        assert_eq!(throttled_share(0.9, 0.05), 1.0);
        assert!((throttled_share(0.95, 0.05) - 1.0).abs() < 1e-9);
        assert!((throttled_share(0.99, 0.05) - 0.2).abs() < 1e-9);
        assert_eq!(throttled_share(0.0, 0.05), 1.0);
    }

    #[test]
    fn occupancy_limits() {
        let n = 1e6;
        let e = 1.0 - (-1.0f64).exp();
        assert!((occupancy(n, n) / (n * e) - 1.0).abs() < 1e-5);
        assert_eq!(occupancy(n, 0.0), 0.0);
        assert!((occupancy(n, 1e12) - n).abs() < 1e-6);
        // Few writes over many pages hit distinct pages.
        assert!((occupancy(1e12, 1000.0) - 1000.0).abs() < 1e-3);
    }
}
