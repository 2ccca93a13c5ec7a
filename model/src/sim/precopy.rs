//! Live pre-copy and the pre-copy part of hybrid (`docs/model.md`, "Live pre-copy").
//!
//! Round 0 works through all of memory (zero pages as markers). Each round (a *pass*)
//! starts at a dirty-bitmap sync and works through the set that sync found. When it ends
//! depends on the policy:
//! - **whole rounds** (`textbook`, `xen`, `xen5`, `vmotion`, `simgrid`): a round sends its
//!   whole set; the sync at its end finds what the guest dirtied meanwhile, and the
//!   policy decides. With the linear model this is exactly the closed form of Clark et
//!   al. and Liu et al.: `V_i = M·λ^i`, `T_i = V_i / R`.
//! - **`qemu`** (`migration_iteration_run` in QEMU's `migration/migration.c`): QEMU sends
//!   in rate-limit windows of 100 ms; after each one, if what is still pending in the
//!   bitmap (every page 4 KiB there, zero pages included) fits bandwidth × downtime limit,
//!   it syncs the bitmap, adding the pages dirtied since the last sync, and switches over
//!   if the total still fits. Otherwise the next pass starts with the rest of this one
//!   plus the new pages. So passes end part-way, and the last copy is what was pending at
//!   that check. The check time is found in closed form per pass (`qemu_check_time`):
//!   no loop over windows.
//!
//! Then stop-and-copy sends what is pending plus device state at the link's full speed
//! (QEMU lifts `max-bandwidth` for it) and the VM resumes at the destination after the
//! fixed switchover time (`docs/model.md`, "Switchover costs").

use super::faults::Failure;
use super::link::Pace;
use super::policy::{self, AutoConverge, Decision, RoundEnd};
use super::switchover::{failure_on_source, stop_and_copy};
use super::workload::{Dirty, Workload};
use super::{postcopy, Builder, RoundSpec, MAX_ROUNDS, ROUNDS_PER_SLICE, ZERO_PAGE_MARKER_BYTES};
use crate::params::{DirtyModel, MigrationType, StopPolicy, BASE_PAGE_BYTES};
use crate::say::{self, fault_word, Say};
use crate::show;
use crate::trace::{EventKind, Host, Note, Outcome, PhaseKind, VmState};

/// QEMU's rate-limit window (`BUFFER_DELAY` in `migration/migration.c`): the budget of
/// `max-bandwidth` × 100 ms is sent, then the migration thread waits for the window's
/// end and checks whether it can switch over.
pub const QEMU_RATE_WINDOW_S: f64 = 0.1;

fn running(throttle: f64) -> VmState {
    if throttle > 0.0 {
        VmState::Throttled
    } else {
        VmState::Running
    }
}

/// What ends a pass before its natural end.
enum Cut {
    TimeLimit,
    Timeout,
    Failure(Failure),
}

/// The pages a pass works through, in the order QEMU's walk reaches them: first what the
/// first pass has not reached yet (non-zero pages, then the zero pages a freshly booted
/// guest keeps above them, sent as markers), then the pages dirtied since they were sent.
/// Only memory bytes are kept; the wire bytes follow (`docs/model.md`, "QEMU's loop").
#[derive(Clone, Copy, Debug)]
struct PageSet {
    /// Non-zero memory the first pass has not sent yet.
    first_data: f64,
    /// Zero memory the first pass has not sent yet.
    first_zero: f64,
    /// Memory dirtied since it was last sent (inside the working set).
    dirty: f64,
    /// Bytes on the wire for `dirty`: the same, or less where XBZRLE sends deltas.
    dirty_wire: f64,
}

impl PageSet {
    /// Bytes of the never-sent part.
    fn first(&self) -> f64 {
        self.first_data + self.first_zero
    }

    /// Memory bytes as the dirty bitmap counts them: every page at its full size.
    fn mem(&self) -> f64 {
        self.first() + self.dirty
    }

    fn zero_wire(&self) -> f64 {
        self.first_zero / BASE_PAGE_BYTES as f64 * ZERO_PAGE_MARKER_BYTES
    }

    /// Bytes on the wire to send the whole set.
    fn wire(&self) -> f64 {
        self.first_data + self.zero_wire() + self.dirty_wire
    }

    /// Bytes on the wire with every dirty page in full (post-copy sends no deltas).
    fn full_wire(&self) -> f64 {
        self.first_data + self.zero_wire() + self.dirty
    }

    /// Tracking pages in the set.
    fn pages(&self, page_bytes: f64) -> f64 {
        self.mem() / page_bytes
    }

    /// What is left once `sent` wire bytes of the set went, in walk order.
    fn after_sending(&self, sent: f64) -> PageSet {
        let mut left = sent.max(0.0);
        let data = left.min(self.first_data);
        left -= data;
        let zw = self.zero_wire();
        let zero_share = if zw > 0.0 { (left / zw).min(1.0) } else { 1.0 };
        left = (left - zw).max(0.0);
        let dirty_share = if self.dirty_wire > 0.0 {
            (left / self.dirty_wire).min(1.0)
        } else {
            1.0
        };
        PageSet {
            first_data: self.first_data - data,
            first_zero: self.first_zero * (1.0 - zero_share),
            dirty: self.dirty * (1.0 - dirty_share),
            dirty_wire: self.dirty_wire * (1.0 - dirty_share),
        }
    }

    /// Wire bytes to send before what is pending falls to `target` memory bytes (0 when
    /// it already has; the whole set's wire bytes when `target` is below 0).
    fn wire_until_pending(&self, target: f64) -> f64 {
        let mut over = self.mem() - target;
        if over <= 0.0 {
            return 0.0;
        }
        if over <= self.first_data {
            return over;
        }
        over -= self.first_data;
        let zw = self.zero_wire();
        if over <= self.first_zero {
            let share = if self.first_zero > 0.0 {
                over / self.first_zero
            } else {
                1.0
            };
            return self.first_data + zw * share;
        }
        over -= self.first_zero;
        let per_byte = if self.dirty > 0.0 {
            self.dirty_wire / self.dirty
        } else {
            1.0
        };
        self.first_data + zw + over.min(self.dirty) * per_byte
    }
}

/// Pre-copy's running state between bitmap syncs.
struct PreCopy {
    wl: Workload,
    ac: AutoConverge,
    throttle: f64,
    /// Bytes sent by the passes so far.
    sent_total: f64,
    index: u32,
    set: PageSet,
    /// Memory of the working set in the XBZRLE cache (0 without XBZRLE).
    cached: f64,
    /// XBZRLE's cache size and wire bytes per encoded page, when on.
    xbzrle: Option<(f64, f64)>,
}

/// What a pass left at the sync that ended it.
struct Sync {
    /// Bytes the pass sent.
    sent: f64,
    /// What the guest dirtied during the pass.
    dirtied: Dirty,
    /// The set the sync finds: the pass's unsent rest together with `dirtied`.
    next: PageSet,
    /// What the pass had not reached.
    rest: PageSet,
    /// The XBZRLE cache after the pass.
    cached: f64,
}

impl PreCopy {
    fn new(b: &Builder) -> Self {
        let wl = Workload::from_params(b.p);
        let zero = b.p.zero_bytes().min(wl.memory_bytes);
        PreCopy {
            ac: AutoConverge::default(),
            throttle: 0.0,
            sent_total: 0.0,
            index: 0,
            set: PageSet {
                first_data: wl.memory_bytes - zero,
                first_zero: zero,
                dirty: 0.0,
                dirty_wire: 0.0,
            },
            cached: 0.0,
            xbzrle: b
                .p
                .xbzrle_cache_bytes
                .map(|c| (c as f64, b.p.xbzrle_page_bytes)),
            wl,
        }
    }

    /// XBZRLE: the share of dirty pages (spread over the working set) still in the
    /// cache when `cached` bytes of the working set are in it.
    fn hit_share(&self, cached: f64) -> f64 {
        if self.xbzrle.is_some() && self.wl.cap_bytes > 0.0 {
            (cached / self.wl.cap_bytes).clamp(0.0, 1.0)
        } else {
            0.0
        }
    }

    /// Wire bytes per memory byte of dirty pages: 1, or less where XBZRLE sends a hit
    /// as its delta.
    fn dirty_cost(&self, cached: f64) -> f64 {
        let page_wire = self.xbzrle.map_or(BASE_PAGE_BYTES as f64, |x| x.1);
        let hit = self.hit_share(cached);
        hit * page_wire / BASE_PAGE_BYTES as f64 + (1.0 - hit)
    }

    /// Memory bytes of a set as the bitmap counts them.
    fn mem(&self, s: PageSet) -> f64 {
        s.mem().min(self.wl.memory_bytes)
    }

    /// The state when the pass that began at `t0` has sent `sent` bytes by `t`.
    fn sync_at(&self, t0: f64, t: f64, sent: f64) -> Sync {
        let wl = &self.wl;
        let rest = self.set.after_sending(sent);
        let dirtied = wl.dirty_between(t0, t, self.throttle);
        let dirty = dirty_after(wl, rest.first(), rest.dirty, wl.bytes(&dirtied));
        // XBZRLE: a dirty page sent in full (a cache miss) enters the cache, which keeps
        // the most recent pages up to its size (QEMU's `cache_insert`).
        let cached = match self.xbzrle {
            Some((size, _)) => {
                let sent_dirty = (self.set.dirty - rest.dirty).max(0.0);
                let misses = sent_dirty * (1.0 - self.hit_share(self.cached));
                (self.cached + misses).min(size).min(wl.cap_bytes)
            }
            None => 0.0,
        };
        Sync {
            sent,
            dirtied,
            next: PageSet {
                dirty,
                dirty_wire: dirty * self.dirty_cost(cached),
                ..rest
            },
            rest,
            cached,
        }
    }
}

/// Memory dirty at a bitmap sync: what was dirty and not yet resent (`dirty_left`)
/// together with what the guest dirtied since the last sync (`dirtied`, inside the
/// working set). The working set is spread over memory, so its share lying in what the
/// first pass has not reached (`never_sent`) is pending already and counts once; the
/// rest of the working set is the most that can be dirty. The linear model adds what it
/// dirtied up to that bound (Liu et al.); under random writes a dirtied page is dirty
/// already with the chance `dirty_left` / working set. `docs/model.md`, "QEMU's loop".
pub(crate) fn dirty_after(wl: &Workload, never_sent: f64, dirty_left: f64, dirtied: f64) -> f64 {
    let memory = wl.memory_bytes;
    if !super::gt(memory, 0.0) {
        return 0.0;
    }
    let outside = (1.0 - never_sent / memory).clamp(0.0, 1.0);
    let room = (wl.cap_bytes * outside).min(memory - never_sent).max(0.0);
    let fresh = dirtied * outside;
    let dirty = match wl.model {
        DirtyModel::Linear => dirty_left + fresh,
        DirtyModel::Uniform => {
            if super::gt(wl.cap_bytes, 0.0) {
                dirty_left + fresh - dirtied * (dirty_left / wl.cap_bytes).min(1.0)
            } else {
                dirty_left
            }
        }
    };
    dirty.clamp(dirty_left.min(room), room)
}

pub(crate) async fn run(b: &mut Builder<'_>) -> Outcome {
    let mut pc = PreCopy::new(b);
    let mut passes = 0u32;
    loop {
        passes += 1;
        if passes.is_multiple_of(ROUNDS_PER_SLICE) {
            super::Pause::default().await;
        }
        let t0 = b.t;
        let full = b.link.time_to_send(t0, pc.set.wire(), Pace::Capped);
        let natural = match b.p.policy {
            StopPolicy::Qemu => qemu_check_time(b, &pc, t0, full),
            _ => full,
        };
        let sent = if natural >= full {
            pc.set.wire()
        } else {
            b.link.bytes_between(t0, natural, Pace::Capped)
        };
        let cut = first_cut(b, t0, natural);
        if cut.as_ref().is_none_or(|(c, _)| *c > t0) {
            note_pass(b, &pc);
        }
        if let Some((c, why)) = cut {
            let sent = b.link.bytes_between(t0, c, Pace::Capped).min(sent);
            let sync = pc.sync_at(t0, c, sent);
            record_pass(b, &pc, t0, c, &sync);
            return cut_short(b, &pc, c, why, &sync);
        }
        let sync = pc.sync_at(t0, natural, sent);
        record_pass(b, &pc, t0, natural, &sync);
        pc.sent_total += sent;
        if let Some(outcome) = after_sync(b, &mut pc, natural, &sync) {
            return outcome;
        }
        if pc.index >= MAX_ROUNDS {
            let pending = pc.mem(pc.set);
            return not_converged(b, pending, pc.index);
        }
    }
}

/// The `RoundStart` event of the pass about to run; its sentence is written when shown.
fn note_pass(b: &mut Builder, pc: &PreCopy) {
    let bytes = if pc.index == 0 {
        pc.wl.memory_bytes
    } else {
        pc.mem(pc.set)
    };
    let t = b.t;
    b.event(
        t,
        EventKind::RoundStart { round: pc.index },
        Note::Pass {
            round: pc.index,
            bytes,
        },
    );
}

/// QEMU: the first rate-limit window's end after `t0` at which the bitmap's pending
/// bytes fit bandwidth × downtime limit, or `full` when the pass is sent before. The
/// pending bytes fall linearly with the bytes sent, so within a stretch of constant
/// link rate the crossing is one division; a rate change (drop, spike) starts a new
/// stretch with its own threshold. O(rate changes), never O(windows).
fn qemu_check_time(b: &Builder, pc: &PreCopy, t0: f64, full: f64) -> f64 {
    let set = pc.set;
    let dl = b.p.downtime_limit_s;
    if !super::gt(set.wire(), 0.0) || !super::gt(pc.mem(set), 0.0) {
        return full;
    }
    let pending = |t: f64| {
        set.after_sending(b.link.bytes_between(t0, t, Pace::Capped))
            .mem()
    };
    let fits = |t: f64| pending(t) <= b.link.rate_at(t, Pace::Capped) * dl;
    let mut a = t0;
    // Each step moves to a later stretch or window, so this ends; the bound is a guard.
    for _ in 0..10_000 {
        if a >= full {
            return full;
        }
        let thr = b.link.rate_at(a, Pace::Capped) * dl;
        let need = set.wire_until_pending(thr);
        let crossing = b.link.time_to_send(t0, need, Pace::Capped).max(a);
        let stretch_end = b.link.segment_end(a);
        if crossing >= stretch_end {
            a = stretch_end;
            continue;
        }
        let check = next_window(crossing, t0);
        if check >= full {
            return full;
        }
        if check < stretch_end || fits(check) {
            return check;
        }
        a = check;
    }
    full
}

/// The first window boundary at or after `t`, and after `t0` (a pass starts at a check).
fn next_window(t: f64, t0: f64) -> f64 {
    let w = QEMU_RATE_WINDOW_S;
    let first_after_start = ((t0 / w + 1e-9).floor() + 1.0) * w;
    let at_or_after = (t / w - 1e-9).ceil() * w;
    at_or_after.max(first_after_start)
}

/// The earliest of the time limit, libvirt's --timeout and a failure before `end`.
fn first_cut(b: &Builder, t0: f64, end: f64) -> Option<(f64, Cut)> {
    let p = b.p;
    let timeout = if p.migration_type == MigrationType::Hybrid {
        f64::INFINITY
    } else {
        p.suspend_after_s.unwrap_or(f64::INFINITY)
    };
    let mut cut: Option<(f64, Cut)> = None;
    let mut consider = |t: f64, c: Cut| {
        if t < end && cut.as_ref().is_none_or(|(ct, _)| t < *ct) {
            cut = Some((t.max(t0), c));
        }
    };
    consider(p.time_limit_s, Cut::TimeLimit);
    consider(timeout, Cut::Timeout);
    if let Some((t, f)) = b.failures.first_in(t0, end, |_| true) {
        consider(t, Cut::Failure(f));
    }
    cut
}

/// Records the pass from `t0` to `end` as a round and a phase.
fn record_pass(b: &mut Builder, pc: &PreCopy, t0: f64, end: f64, sync: &Sync) {
    if end <= t0 && sync.sent <= 0.0 {
        return;
    }
    let page = pc.wl.page_bytes;
    let pages_sent = pc.set.pages(page) - sync.rest.pages(page);
    b.round(RoundSpec {
        index: pc.index,
        start_s: t0,
        end_s: end,
        bytes_sent: sync.sent,
        pages_sent,
        dirty_pages_at_end: sync.dirtied.total_pages(),
        dirty_bytes_at_end: pc.wl.bytes(&sync.dirtied),
        pending_bytes_at_start: pc.mem(pc.set),
        pending_bytes_at_end: pc.mem(sync.next),
        unsent_bytes_at_start: pc.set.first(),
        throttle: pc.throttle,
        is_final: false,
        pace: Pace::Capped,
    });
    b.phase(
        PhaseKind::PreCopy { round: pc.index },
        end,
        Host::Source,
        running(pc.throttle),
    );
}

/// A pass ended by the time limit, libvirt's --timeout or a failure at `c`.
fn cut_short(b: &mut Builder, pc: &PreCopy, c: f64, why: Cut, sync: &Sync) -> Outcome {
    let pending = pc.mem(sync.next);
    match why {
        // The cut round counts, as it does in `metrics.precopy_rounds`.
        Cut::TimeLimit => not_converged(b, pending, pc.index + 1),
        Cut::Timeout => {
            b.event(
                c,
                EventKind::SuspendTimeout,
                Say::new("note-libvirt-timeout").text("t", show::duration(c)),
            );
            b.converged = false;
            b.stop_reason = Say::new("stop-libvirt-timeout")
                .text("t", show::duration(c))
                .text("pending", show::bytes(pending))
                .into();
            let next = sync.next;
            let pages = next.pages(pc.wl.page_bytes);
            super::suspended::finish_paused(b, next.wire(), pages, pc.index + 1)
        }
        Cut::Failure(f) => precopy_failure(b, c, f, running(pc.throttle)),
    }
}

/// After the bitmap sync at `t` that ended a pass: stop (stop-and-copy or, for hybrid,
/// post-copy) or go on with the next pass, throttled if auto-converge or SDPS says so.
fn after_sync(b: &mut Builder, pc: &mut PreCopy, t: f64, sync: &Sync) -> Option<Outcome> {
    let p = b.p;
    let next = sync.next;
    let rate = b.link.rate_at(t, Pace::Capped);
    let round_end = RoundEnd {
        rounds_done: pc.index + 1,
        dirty_bytes: pc.mem(next),
        dirty_pages: next.pages(pc.wl.page_bytes),
        rate_bytes_per_s: rate,
        sent_bytes: pc.sent_total,
        memory_bytes: pc.wl.memory_bytes,
        downtime_limit_s: p.downtime_limit_s,
    };
    if let Decision::Stop { converged, reason } = policy::decide(p.policy, &round_end) {
        b.converged = converged;
        b.stop_reason = reason.into();
        return Some(stop_and_copy(
            b,
            next.wire(),
            next.pages(pc.wl.page_bytes),
            pc.index + 1,
            Pace::LinkSpeed,
        ));
    }
    if p.migration_type == MigrationType::Hybrid && pc.index + 1 >= p.hybrid_precopy_rounds {
        b.converged = false;
        b.stop_reason = Say::new("stop-hybrid-switch")
            .num("rounds", pc.index + 1)
            .text("dirty", show::bytes(pc.mem(next)))
            .into();
        let missing = missing_pages(&pc.wl, sync);
        return Some(postcopy::switch(
            b,
            &pc.wl,
            next.full_wire(),
            missing,
            pc.index + 1,
        ));
    }
    throttle_after_sync(b, pc, t, sync, rate);
    pc.set = next;
    pc.cached = sync.cached;
    pc.index += 1;
    None
}

/// The pages post-copy must still bring, per access set: the dirty pages (shared out
/// as the guest dirtied them, or by the sets' sizes), plus what the first pass did not
/// reach, spread over memory.
fn missing_pages(wl: &Workload, sync: &Sync) -> Dirty {
    let sets = wl.access_sets();
    let page = wl.page_bytes;
    let all_pages = (wl.memory_bytes / page).max(1.0);
    let dirtied = sync.dirtied.total_pages();
    let set_pages: f64 = sets.iter().map(|s| s.pages).sum();
    let dirty_pages = sync.next.dirty / page;
    let never_pages = sync.next.first() / page;
    let mut missing = Dirty::default();
    for (i, (m, s)) in missing.pages.iter_mut().zip(sets.iter()).enumerate() {
        let share = if super::gt(dirtied, 0.0) {
            sync.dirtied.pages[i] / dirtied
        } else if super::gt(set_pages, 0.0) {
            s.pages / set_pages
        } else {
            0.0
        };
        *m = (dirty_pages * share + never_pages * s.pages / all_pages).min(s.pages);
    }
    missing
}

/// Auto-converge (QEMU) and SDPS (vMotion) look at each sync; a new throttle acts from
/// the next pass on.
fn throttle_after_sync(b: &mut Builder, pc: &mut PreCopy, t: f64, sync: &Sync, rate: f64) {
    let p = b.p;
    let wl = &pc.wl;
    let new_throttle = match p.policy {
        StopPolicy::Qemu if p.auto_converge => pc.ac.sync(t, sync.sent, wl.bytes(&sync.dirtied)),
        StopPolicy::Vmotion => policy::sdps(
            pc.throttle,
            wl.writes_per_s_when(t) * wl.page_bytes,
            wl.cpu_share,
            rate,
        ),
        _ => None,
    };
    let Some(th) = new_throttle else {
        return;
    };
    let note = if p.policy == StopPolicy::Vmotion {
        Say::new("note-sdps")
            .text("rate", show::byte_rate(rate))
            .text("percent", say::percent(th))
    } else {
        Say::new("note-auto-converge").text("percent", say::percent(th))
    };
    b.event(t, EventKind::ThrottleChange { throttle: th }, note);
    pc.throttle = th;
}

/// Pre-copy stopped by the time limit (or the round guard): the real system would keep
/// iterating; the VM runs on at the source.
fn not_converged(b: &mut Builder, pending: f64, rounds: u32) -> Outcome {
    let p = b.p;
    let t = b.t;
    let why = match p.policy {
        StopPolicy::Qemu if p.auto_converge => "auto-converge",
        StopPolicy::Qemu | StopPolicy::Textbook => "no-limit",
        _ => "policy",
    };
    let stopped = if rounds >= MAX_ROUNDS { "cap" } else { "limit" };
    let note = Say::new("stop-not-converged")
        .text("t", show::duration(t))
        .num("rounds", rounds)
        .text("pending", show::bytes(pending))
        .text("stopped", stopped)
        .num("max", MAX_ROUNDS)
        .text("why", why);
    b.event(t, EventKind::TimeLimit, note.clone());
    b.converged = false;
    b.stop_reason = note.into();
    Outcome::NotConverged
}

/// A failure during pre-copy rounds: the source still runs the VM (unthrottled once
/// the migration is abandoned).
fn precopy_failure(b: &mut Builder, c: f64, f: Failure, state: VmState) -> Outcome {
    let state = if state == VmState::Paused {
        VmState::Paused
    } else {
        VmState::Running
    };
    let rollback_note = Say::new("stop-precopy-fault").word("fault", fault_word(&f.kind()));
    failure_on_source(b, c, f, state, "stop-precopy-lost", rollback_note)
}
