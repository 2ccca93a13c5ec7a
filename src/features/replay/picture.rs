//! The picture playing a recording instead of the model (issue 15's toggle): the grid
//! painted from QEMU's own counters at time t, so a student sees a real migration's
//! passes in the same cells as the model's rounds. Pure, tested natively.
//!
//! The counters say how much, never which pages, so the cells are painted in proportion
//! (docs/replay.md, "Playing the recording"):
//! - the pass in progress is the last `MIGRATION_PASS` (or sync count) at or before t;
//! - `ram.remaining` of the last sample at or before t, as a share of memory, is the
//!   share of cells still to send: in the first pass the cells not yet copied (in grid
//!   order, as the first pass walks memory), in later passes the dirty ones (a fixed
//!   scatter, so a hot set stays where it was);
//! - `ram.duplicate` pages (zero pages, sent as a marker) are that share of the copied
//!   cells in the first pass;
//! - the link carries what `ram.transferred` grew by since the sample before;
//! - where the guest is, QEMU says (`migration_model::replay::vm_at`): down from the
//!   source's STOP to the destination's RESUME and at the destination after it, or, with
//!   no events recorded, at the destination in `postcopy-active` (the cells still to send
//!   missing there) and once `completed`; a cancelled or failed migration leaves it
//!   running at the source and the destination's copy discarded, a failure in post-copy
//!   loses it.

use crate::features::replay::recording::Loaded;
use crate::i18n::{t, t0, Lang};
use crate::picture::frame::{Frame, LinkView, Paint, CELLS};
use migration_model::replay::{self, moment};
use migration_model::{Host, VmState};

/// What QEMU was doing at t, from the recording's counters and events.
#[derive(Clone, Debug, PartialEq)]
pub struct RealMoment {
    pub t_s: f64,
    /// 0-based: the pass in progress (QEMU numbers them from 1).
    pub pass: Option<usize>,
    /// `ram.remaining`, bytes.
    pub remaining: f64,
    /// `ram.transferred`, bytes.
    pub sent: f64,
    /// What the link carried over the last sample interval, bytes/s.
    pub rate: f64,
    /// QEMU's status (`active`, `device`, `postcopy-active`, `completed`, …).
    pub status: String,
    pub vm_host: Host,
    pub vm_state: VmState,
    /// The migration ended without the destination taking over.
    pub abandoned: bool,
    /// `ram.duplicate` × page size: zero pages sent as markers so far, bytes.
    pub zero_bytes: f64,
}

impl RealMoment {
    /// QEMU's state at t, held at the picture's end (`end_s`) once the recording is over.
    pub fn at(l: &Loaded, t: f64) -> RealMoment {
        let t = if t.is_finite() {
            t.clamp(0.0, end_s(l))
        } else {
            0.0
        };
        let upto = l.points.partition_point(|p| p.t_s <= t);
        let now = upto.checked_sub(1).map(|i| l.points[i]);
        let before = upto.checked_sub(2).map(|i| l.points[i]);
        let memory = l.params.memory_bytes as f64;
        let sent = now.and_then(|p| p.sent).unwrap_or(0.0);
        let remaining = now
            .map_or(Some(memory), |p| p.remaining)
            .unwrap_or(0.0)
            .clamp(0.0, memory);
        let rate = match (before, now) {
            (Some(a), Some(b)) if b.t_s > a.t_s => {
                ((b.sent.unwrap_or(0.0) - a.sent.unwrap_or(0.0)) / (b.t_s - a.t_s)).max(0.0)
            }
            _ => 0.0,
        };
        let samples = &l.rec.samples;
        let sampled = samples
            .partition_point(|s| s.t_s <= t)
            .checked_sub(1)
            .map(|i| &samples[i]);
        let zero_bytes =
            sampled.and_then(|s| s.duplicate).unwrap_or(0.0) * l.params.page_size_bytes as f64;
        // QEMU's status and the guest's place, as the recording tells them (the same
        // rules as the headline: `migration_model::replay::moment`).
        let status = moment::status_at(&l.rec, t).to_string();
        let pass = l.pass_starts.partition_point(|&s| s <= t).checked_sub(1);
        let (vm_host, vm_state) = replay::vm_at(&l.rec, t);
        let abandoned = matches!(status.as_str(), "cancelled" | "failed" | "cancelling")
            && vm_state != VmState::Lost; // abandoned, not lost: the source runs on
                                          // Nothing crosses the link once QEMU has finished or given up.
        let rate = if abandoned || matches!(status.as_str(), "completed" | "failed") {
            0.0
        } else {
            rate
        };
        RealMoment {
            t_s: t,
            pass,
            // Nothing is left once QEMU says so, whatever the last sample before it said.
            remaining: if status == "completed" {
                0.0
            } else {
                remaining
            },
            sent,
            rate,
            status,
            vm_host,
            vm_state,
            abandoned,
            zero_bytes,
        }
    }

    /// One sentence for the narration line while the picture plays the recording.
    pub fn sentence(&self) -> String {
        self.sentence_in(Lang::En)
    }

    /// [`Self::sentence`] in `lang`.
    pub fn sentence_in(&self, lang: Lang) -> String {
        use crate::picture::format::{bytes, duration};
        let left = bytes(self.remaining);
        let what = match (self.abandoned, self.vm_host, self.vm_state) {
            (true, _, _) if self.status == "failed" => t0(lang, "replay-now-failed"),
            (true, _, _) => t0(lang, "replay-now-cancelled"),
            (_, _, VmState::Lost) => t(lang, "replay-now-lost", &[("left", left.into())]),
            (_, Host::Destination, VmState::Paused) if self.status.starts_with("postcopy") => t(
                lang,
                "replay-now-postcopy-paused",
                &[
                    ("status", self.status.as_str().into()),
                    ("left", left.into()),
                ],
            ),
            (_, Host::Destination, VmState::Paused) => t0(lang, "replay-now-paused-there"),
            (_, Host::Destination, VmState::Degraded) => {
                t(lang, "replay-now-on-demand", &[("left", left.into())])
            }
            (_, Host::Destination, _) => t0(lang, "replay-now-there"),
            (_, _, VmState::Paused) => t(lang, "replay-now-stopped", &[("left", left.into())]),
            _ => t(lang, "replay-now-source", &[("left", left.into())]),
        };
        let at = duration(self.t_s);
        let sent = bytes(self.sent);
        let line = match self.pass {
            Some(p) => t(
                lang,
                "replay-now-pass",
                &[
                    ("t", at.into()),
                    ("pass", (p + 1).into()),
                    ("what", what.into()),
                    ("sent", sent.into()),
                ],
            ),
            None => t(
                lang,
                "replay-now",
                &[
                    ("t", at.into()),
                    ("what", what.into()),
                    ("sent", sent.into()),
                ],
            ),
        };
        // QEMU's status word has no number: only the figures change notation.
        crate::picture::format::in_lang(lang, line)
    }
}

/// A fixed scatter of the cells (a multiplicative hash, coprime with CELLS): the order in
/// which later passes' dirty cells are taken, so the picture is the same at the same t.
fn scatter(i: usize) -> usize {
    (i * 389 + 17) % CELLS
}

/// When the recording's picture ends: the migration's end, or the guest's RESUME at the
/// destination when that came later.
pub fn end_s(l: &Loaded) -> f64 {
    moment::last_moment(&l.rec)
}

/// The picture of the recording at t.
#[cfg(test)]
fn frame_at(l: &Loaded, t: f64) -> Frame {
    frame(l, &RealMoment::at(l, t))
}

/// The picture of the recording at QEMU's state `m`.
pub fn frame(l: &Loaded, m: &RealMoment) -> Frame {
    let memory = (l.params.memory_bytes as f64).max(1.0);
    let share = |b: f64| ((b / memory).clamp(0.0, 1.0) * CELLS as f64).round() as usize;
    let todo = share(m.remaining);
    let mut source = vec![Paint::Clean; CELLS];
    let mut destination = vec![Paint::Clean; CELLS];
    let on_destination = m.vm_host == Host::Destination;
    if m.vm_state == VmState::Lost {
        // Post-copy failed: what had arrived is at the destination, the rest only at the
        // source, and neither copy can run.
        source.fill(Paint::Empty);
        destination.fill(Paint::Present);
        for i in (0..todo).map(scatter) {
            source[i] = Paint::ToCopy;
            destination[i] = Paint::Missing;
        }
    } else if m.abandoned {
        source.fill(Paint::ToCopy);
        destination.fill(Paint::Discarded);
    } else if on_destination {
        // Arrived pages where the VM runs; the source keeps what post-copy still owes.
        source.fill(Paint::Empty);
        destination.fill(Paint::Present);
        if m.status.starts_with("postcopy") {
            for i in (0..todo).map(scatter) {
                source[i] = Paint::ToCopy;
                destination[i] = Paint::Missing;
            }
        }
    } else if m.pass.unwrap_or(0) == 0 {
        // The first pass walks memory in order: the cells behind it are copied.
        let copied = CELLS - todo;
        let zero = share(m.zero_bytes).min(copied);
        for i in copied..CELLS {
            source[i] = Paint::ToCopy;
            destination[i] = Paint::Empty;
        }
        // Zero pages spread through what was copied.
        let step = if zero > 0 {
            copied as f64 / zero as f64
        } else {
            0.0
        };
        for k in 0..zero {
            let i = (k as f64 * step) as usize;
            source[i] = Paint::Zero;
            destination[i] = Paint::Zero;
        }
        if m.rate > 0.0 && copied < CELLS {
            source[copied] = Paint::InFlight;
        }
    } else {
        // A later pass: what it still has to send was written since it was copied.
        for i in (0..todo).map(scatter) {
            source[i] = Paint::Dirty;
            destination[i] = Paint::Dirty;
        }
        if m.rate > 0.0 && todo > 0 {
            source[scatter(todo - 1)] = Paint::InFlight;
        }
    }
    Frame {
        t_s: m.t_s,
        end_s: end_s(l),
        phase: None,
        vm_host: m.vm_host,
        vm_state: m.vm_state,
        round: m.pass.map(|p| p as u32),
        source,
        destination,
        link: LinkView {
            bandwidth_bytes_per_s: l.params.bandwidth_bytes_per_s,
            rate_bytes_per_s: m.rate,
            broken: false,
            hold: None,
            degraded: None,
        },
        cell_bytes: memory / CELLS as f64,
        disk: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::features::replay::recording::load;

    fn loaded(name: &str) -> Loaded {
        let path = format!(
            "{}/model/tests/data/qemu/runs/{name}.jsonl",
            env!("CARGO_MANIFEST_DIR")
        );
        load(
            crate::i18n::Lang::En,
            name,
            None,
            &std::fs::read_to_string(path).expect("recording"),
        )
        .expect(name)
    }

    fn count(cells: &[Paint], p: Paint) -> usize {
        cells.iter().filter(|&&c| c == p).count()
    }

    #[test]
    fn the_scatter_visits_every_cell_once() {
        let mut seen: Vec<usize> = (0..CELLS).map(scatter).collect();
        seen.sort_unstable();
        assert_eq!(seen, (0..CELLS).collect::<Vec<_>>());
    }

    #[test]
    fn the_first_pass_fills_the_grid_in_proportion_to_qemus_counter() {
        let l = loaded("moderate");
        let mid = l.pass_starts[1] / 2.0;
        let m = RealMoment::at(&l, mid);
        assert_eq!(m.pass, Some(0));
        let f = frame_at(&l, mid);
        let still = count(&f.source, Paint::ToCopy) + count(&f.source, Paint::InFlight);
        let expect = m.remaining / l.params.memory_bytes as f64 * CELLS as f64;
        assert!((still as f64 - expect).abs() <= 1.0, "{still} vs {expect}");
        assert!(still > 0 && still < CELLS);
        assert_eq!(f.vm_state, VmState::Running);
        assert_eq!(f.vm_host, Host::Source);
        assert!(f.link.rate_bytes_per_s > 0.0);
        assert_eq!(f.round, Some(0));
    }

    #[test]
    fn later_passes_paint_the_dirty_set_and_the_end_is_at_the_destination() {
        let l = loaded("moderate");
        let second = l.pass_starts[1] + 0.05;
        let f = frame_at(&l, second);
        assert_eq!(f.round, Some(1));
        assert_eq!(count(&f.source, Paint::ToCopy), 0);
        assert!(count(&f.source, Paint::Dirty) + count(&f.source, Paint::InFlight) > 0);
        let (stop, resume) = l.outage.expect("a live run has STOP and RESUME");
        let down = frame_at(&l, (stop + resume) / 2.0);
        assert_eq!(down.vm_state, VmState::Paused);
        let end = frame_at(&l, l.end_s + 10.0);
        assert_eq!(end.vm_host, Host::Destination);
        assert_eq!(
            end.link.rate_bytes_per_s, 0.0,
            "the link is idle once QEMU completed"
        );
        assert_eq!(count(&end.destination, Paint::Present), CELLS);
        assert!(!RealMoment::at(&l, 1.0).sentence().is_empty());
    }

    #[test]
    fn a_cancelled_run_ends_at_the_source_and_post_copy_runs_degraded() {
        let l = loaded("nonconverging");
        let end = frame_at(&l, end_s(&l));
        assert_eq!(
            (end.vm_host, end.vm_state),
            (Host::Source, VmState::Running)
        );
        assert_eq!(count(&end.destination, Paint::Discarded), CELLS);
        let p = loaded("nonconverging_postcopy");
        let (_, resume) = p.outage.expect("post-copy resumes at the destination");
        let after = RealMoment::at(&p, resume + 0.2);
        assert_eq!(after.status, "postcopy-active");
        let f = frame_at(&p, resume + 0.2);
        assert_eq!(
            (f.vm_host, f.vm_state),
            (Host::Destination, VmState::Degraded)
        );
        assert!(count(&f.destination, Paint::Missing) > 0);
    }

    /// The recording without its QMP events, as a loop polling one monitor records it.
    fn replies_only(name: &str) -> Loaded {
        let path = format!(
            "{}/model/tests/data/qemu/runs/{name}.jsonl",
            env!("CARGO_MANIFEST_DIR")
        );
        let text = std::fs::read_to_string(path).expect("recording");
        let kept: Vec<&str> = text
            .lines()
            .filter(|l| !l.contains("\"kind\": \"event\""))
            .collect();
        let l = load(crate::i18n::Lang::En, name, None, &kept.join("\n")).expect(name);
        assert!(l.rec.events.is_empty() && l.outage.is_none(), "{name}");
        l
    }

    #[test]
    fn without_events_post_copy_still_plays_at_the_destination_and_ends_there() {
        let l = replies_only("nonconverging_postcopy");
        let post: Vec<f64> = l
            .rec
            .samples
            .iter()
            .filter(|s| s.status == "postcopy-active")
            .map(|s| s.t_s)
            .collect();
        assert!(post.len() > 10);
        for &t in &post {
            let m = RealMoment::at(&l, t + 0.01);
            assert_eq!(
                (m.vm_host, m.vm_state),
                (Host::Destination, VmState::Degraded),
                "at {t}"
            );
            let f = frame(&l, &m);
            // Missing where the VM runs, in proportion to QEMU's ram.remaining.
            let missing = count(&f.destination, Paint::Missing);
            let expect = m.remaining / l.params.memory_bytes as f64 * CELLS as f64;
            assert!(
                (missing as f64 - expect).abs() <= 1.0,
                "{missing} vs {expect}"
            );
            assert!(
                m.sentence().contains("the VM runs at the destination"),
                "{}",
                m.sentence()
            );
        }
        let first = RealMoment::at(&l, 1.0);
        assert_eq!(
            (first.vm_host, first.vm_state),
            (Host::Source, VmState::Running)
        );
        let end = frame_at(&l, end_s(&l));
        assert_eq!(
            (end.vm_host, end.vm_state),
            (Host::Destination, VmState::Running)
        );
        assert_eq!(count(&end.destination, Paint::Present), CELLS);
        assert_eq!(end.link.rate_bytes_per_s, 0.0);
    }

    #[test]
    fn without_events_a_completed_run_ends_at_the_destination_and_a_cancelled_one_at_the_source() {
        for name in [
            "idle",
            "moderate",
            "heavy_converging",
            "nonconverging_autoconverge",
        ] {
            let l = replies_only(name);
            let m = RealMoment::at(&l, end_s(&l));
            assert_eq!(m.status, "completed", "{name}");
            assert_eq!(
                (m.vm_host, m.vm_state),
                (Host::Destination, VmState::Running),
                "{name}"
            );
            assert_eq!(m.remaining, 0.0);
            // The final reply's counters, read at QEMU's end.
            let last = l.rec.samples.last().unwrap();
            assert_eq!(Some(m.sent), last.transferred, "{name}");
            assert_eq!(count(&frame(&l, &m).destination, Paint::Present), CELLS);
        }
        let l = replies_only("nonconverging");
        let m = RealMoment::at(&l, end_s(&l));
        assert!(m.abandoned);
        assert_eq!((m.vm_host, m.vm_state), (Host::Source, VmState::Running));
        assert!(m.sentence().contains("cancelled"), "{}", m.sentence());
        // Under auto-converge the source's guest is throttled while QEMU says so.
        let a = replies_only("nonconverging_autoconverge");
        let throttled = a
            .rec
            .samples
            .iter()
            .find(|s| s.throttle_pct.is_some_and(|p| p > 0.0))
            .unwrap();
        let m = RealMoment::at(&a, throttled.t_s);
        assert_eq!((m.vm_host, m.vm_state), (Host::Source, VmState::Throttled));
    }

    #[test]
    fn any_time_gives_a_whole_picture() {
        for name in ["idle", "paused", "save_restore", "moderate_dtl50"] {
            let l = loaded(name);
            for t in [f64::NAN, -1.0, 0.0, l.end_s / 3.0, l.end_s, 1e9] {
                let f = frame_at(&l, t);
                assert_eq!(f.source.len(), CELLS, "{name} at {t}");
                assert_eq!(f.destination.len(), CELLS);
                assert!(f.t_s.is_finite());
            }
        }
    }
}
