//! When pre-copy stops (`docs/model.md`, "Stop policies"), each rule following its real source, and
//! the two vCPU throttles: QEMU auto-converge and vMotion SDPS.

use crate::params::StopPolicy;
use crate::say::{self, Say};
use crate::show;

/// Xen classic (`tools/libxc/xc_domain_save.c`): `DEF_MAX_ITERS 29 /* limit us to 30
/// times round loop */`: 29 live rounds, then the last (stop-and-copy) iteration.
pub const XEN_MAX_ITERS: u32 = 29;
/// Xen classic `DEF_MAX_FACTOR 3`: stop once more than 3× memory has been sent.
pub const XEN_MAX_FACTOR: f64 = 3.0;
/// Xen (classic and current): stop when fewer than 50 pages are dirty
/// (`sent_this_iter < 50`; `SPP_TARGET_DIRTY_COUNT 50` in `xg_sr_save.c`).
pub const XEN_TARGET_DIRTY_PAGES: f64 = 50.0;
/// Xen current (`xg_sr_save.c` `simple_precopy_policy`): `SPP_MAX_ITERATIONS 5`.
pub const XEN5_MAX_ITERS: u32 = 5;
/// vMotion's switchover goal: the last copy must fit in 500 ms (VMware vSphere
/// vMotion architecture white paper).
pub const VMOTION_SWITCHOVER_GOAL_S: f64 = 0.5;
/// SimGrid `VmLiveMigration`: default maximum downtime 30 ms (`threshold = bw × 0.03`).
pub const SIMGRID_MAX_DOWNTIME_S: f64 = 0.03;

/// QEMU `cpu-throttle-initial` default: 20%.
pub const QEMU_THROTTLE_INITIAL: f64 = 0.20;
/// QEMU `cpu-throttle-increment` default: 10 points.
pub const QEMU_THROTTLE_INCREMENT: f64 = 0.10;
/// QEMU `max-cpu-throttle` default: 99%.
pub const QEMU_THROTTLE_MAX: f64 = 0.99;
/// QEMU `throttle-trigger-threshold` default: throttle when the bytes dirtied in a
/// period exceed 50% of the bytes sent in it.
pub const QEMU_THROTTLE_TRIGGER: f64 = 0.50;
/// QEMU checks the throttle only at bitmap syncs at least 1 s after the last period
/// start (`migration_bitmap_sync`: `end_time > time_last_bitmap_sync + 1000`).
pub const QEMU_THROTTLE_PERIOD_S: f64 = 1.0;
/// QEMU throttles when the "dirty rate high" counter reaches 2
/// (`++rs->dirty_rate_high_cnt >= 2`), then resets it.
pub const QEMU_THROTTLE_HIGH_COUNT: u32 = 2;

/// SDPS (vMotion Stun During Page Send) slows the vCPUs when the guest writes pages
/// faster than vMotion sends them. VMware does not publish its controller; the model
/// checks after every round that missed the switchover goal whether the guest's write
/// rate (4 KiB writes × tracking-page size, at the current stun) is at least the send
/// rate, and if so stuns the vCPUs just enough to bring it to 80% of the send rate (so
/// pre-copy then shrinks by at least a fifth per round). It never eases off during the
/// migration and stops at [`SDPS_MAX`].
pub const SDPS_TARGET_SHARE: f64 = 0.8;
/// Most SDPS can slow the vCPUs: they still run 1% of the time.
pub const SDPS_MAX: f64 = 0.99;

/// The policy's verdict after a round.
#[derive(Clone, Debug, PartialEq)]
pub enum Decision {
    Continue,
    /// Stop iterating and copy what is left with the VM paused.
    Stop {
        /// The policy's convergence rule was met (not a forced stop).
        converged: bool,
        /// One sentence for people.
        reason: Say,
    },
}

/// What a policy sees at a bitmap sync (the end of a pre-copy round).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct RoundEnd {
    /// Pre-copy rounds completed, this one included.
    pub rounds_done: u32,
    /// Bytes dirtied during the round: the next round's work.
    pub dirty_bytes: f64,
    /// The same in tracking pages.
    pub dirty_pages: f64,
    /// Streaming rate now (QEMU measures it over the last ~100 ms), bytes/s.
    pub rate_bytes_per_s: f64,
    /// Pre-copy bytes sent so far.
    pub sent_bytes: f64,
    pub memory_bytes: f64,
    /// The downtime limit in force (QEMU `downtime-limit`).
    pub downtime_limit_s: f64,
}

/// The switchover threshold in bytes for threshold-based policies (QEMU, vMotion,
/// SimGrid); `None` for Xen, which has no downtime target.
pub fn threshold_bytes(policy: StopPolicy, rate: f64, downtime_limit_s: f64) -> Option<f64> {
    match policy {
        StopPolicy::Qemu | StopPolicy::Textbook => Some(rate * downtime_limit_s),
        StopPolicy::Vmotion => Some(rate * VMOTION_SWITCHOVER_GOAL_S),
        StopPolicy::Simgrid => Some(rate * SIMGRID_MAX_DOWNTIME_S),
        StopPolicy::Xen | StopPolicy::Xen5 => None,
    }
}

/// Applies `policy`'s stop rule after a round.
pub fn decide(policy: StopPolicy, r: &RoundEnd) -> Decision {
    // Formatted only into a stop reason: most rounds continue, and this runs every round.
    let pending = || show::bytes(r.dirty_bytes);
    let fits = |goal_s: f64, who: &'static str| -> Decision {
        let thr = r.rate_bytes_per_s * goal_s;
        if r.dirty_bytes <= thr {
            Decision::Stop {
                converged: true,
                reason: Say::new("stop-fits")
                    .text("pending", pending())
                    .text("goal", show::duration(goal_s))
                    .text("rate", show::byte_rate(r.rate_bytes_per_s))
                    .text("who", who),
            }
        } else {
            Decision::Continue
        }
    };
    match policy {
        // Switch over when pending ≤ bandwidth × downtime-limit; no round limit. For QEMU
        // `pending` is what the sync after an in-pass check found (see `precopy.rs`).
        StopPolicy::Qemu => fits(r.downtime_limit_s, "qemu"),
        StopPolicy::Textbook => fits(r.downtime_limit_s, "textbook"),
        StopPolicy::Vmotion => fits(VMOTION_SWITCHOVER_GOAL_S, "vmotion"),
        StopPolicy::Simgrid => fits(SIMGRID_MAX_DOWNTIME_S, "simgrid"),
        StopPolicy::Xen | StopPolicy::Xen5 => {
            let max_iters = if policy == StopPolicy::Xen {
                XEN_MAX_ITERS
            } else {
                XEN5_MAX_ITERS
            };
            if r.dirty_pages < XEN_TARGET_DIRTY_PAGES {
                Decision::Stop {
                    converged: true,
                    reason: Say::new("stop-xen-few-pages").num("pages", say::whole(r.dirty_pages)),
                }
            } else if r.rounds_done >= max_iters {
                Decision::Stop {
                    converged: false,
                    reason: Say::new("stop-xen-iterations")
                        .num("max", max_iters)
                        .text("pending", pending()),
                }
            } else if policy == StopPolicy::Xen && r.sent_bytes > XEN_MAX_FACTOR * r.memory_bytes {
                Decision::Stop {
                    converged: false,
                    reason: Say::new("stop-xen-sent")
                        .text("sent", show::bytes(r.sent_bytes))
                        .text("pending", pending()),
                }
            } else {
                Decision::Continue
            }
        }
    }
}

/// QEMU auto-converge (`migration/ram.c`: `migration_bitmap_sync`,
/// `migration_trigger_throttle`, `mig_throttle_guest_down`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct AutoConverge {
    period_start_s: f64,
    dirty_in_period: f64,
    sent_in_period: f64,
    high_count: u32,
    /// Current throttle, 0 ..= 0.99.
    pub throttle: f64,
}

impl AutoConverge {
    /// A bitmap sync at `t` after a round that sent `sent` bytes and dirtied `dirty`.
    /// Returns the new throttle when it changes.
    pub fn sync(&mut self, t: f64, sent: f64, dirty: f64) -> Option<f64> {
        self.dirty_in_period += dirty;
        self.sent_in_period += sent;
        // Only syncs more than 1 s after the period start count.
        if t - self.period_start_s <= QEMU_THROTTLE_PERIOD_S {
            return None;
        }
        let mut changed = None;
        if self.dirty_in_period > QEMU_THROTTLE_TRIGGER * self.sent_in_period {
            self.high_count += 1;
            if self.high_count >= QEMU_THROTTLE_HIGH_COUNT {
                self.high_count = 0;
                self.throttle = if self.throttle <= 0.0 {
                    QEMU_THROTTLE_INITIAL
                } else {
                    // Whole percent points, as QEMU keeps them.
                    ((self.throttle + QEMU_THROTTLE_INCREMENT).min(QEMU_THROTTLE_MAX) * 100.0)
                        .round()
                        / 100.0
                };
                changed = Some(self.throttle);
            }
        }
        self.period_start_s = t;
        self.dirty_in_period = 0.0;
        self.sent_in_period = 0.0;
        changed
    }
}

/// vMotion SDPS after a round that missed the goal: `write_rate` is the guest's
/// unthrottled write rate in dirtied bytes/s and `cpu_share` the share of its vCPU the
/// writer needs (its rate at stun `p` is `write_rate·min(1, (1 − p)/u)`, see
/// [`super::workload::throttled_share`]). Returns the new throttle when it changes: the
/// stun that brings the write rate to [`SDPS_TARGET_SHARE`] of the send rate.
pub fn sdps(throttle: f64, write_rate: f64, cpu_share: f64, send_rate: f64) -> Option<f64> {
    let now = write_rate * super::workload::throttled_share(throttle, cpu_share);
    if !super::gt(send_rate, 0.0) || now < send_rate {
        return None;
    }
    // D·(1 − p)/u = 0.8·S  ⇒  p = 1 − 0.8·S·u / D.
    let new =
        (1.0 - SDPS_TARGET_SHARE * send_rate * cpu_share / write_rate).clamp(throttle, SDPS_MAX);
    (new > throttle).then_some(new)
}
