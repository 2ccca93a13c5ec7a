//! A page's life (issue 13): what happened to one cell of the picture during the run.
//! Click or tap a cell (or move to it with the arrow keys while the picture has focus)
//! and the stage lists each change of that cell on both hosts: first sent, dirtied by
//! the guest, sent again, arrived, fetched on a fault, or a zero page never sent. It ties
//! the colours to the rounds.
//!
//! A cell stands for a group of pages (`Frame::cell_bytes`), painted as the picture
//! paints it at each moment ([`Frame::at`], a pure function of the trace and t). The
//! story samples that function: every phase and round boundary plus a fine even grid,
//! then narrows each change down by bisection, so a change is placed to within
//! 1/4096 of the gap between two samples. Cost: a few hundred frames, computed once per
//! click (a frame is about 30 µs natively). A run of thousands of rounds is sampled at its
//! first and last rounds and the grid, read a slice at a time ([`Story`]), and listed up
//! to [`MAX_STEPS`] changes.

use crate::i18n::{t, t0, Lang};
use crate::picture::frame::{Frame, Paint, CELLS};
use migration_model::{Params, Trace};

/// One change of the cell's paint on either host.
#[derive(Clone, Debug, PartialEq)]
pub struct LifeStep {
    pub t_s: f64,
    /// The pre-copy round (or post-copy push) under way then, if any.
    pub round: Option<u32>,
    pub source: Paint,
    pub destination: Paint,
}

/// Even samples over the run besides its boundaries.
const GRID: usize = 240;
/// Bisection steps per change found between two samples.
const NARROW: usize = 12;

/// At most this many round and phase boundaries are sampled (the first and the last
/// half of them): a run of 80,000 rounds is read at its start, its end and the grid.
const MAX_BOUNDARIES: usize = 300;
/// The story lists at most this many changes; [`Story::cut_short`] says when it stopped.
pub const MAX_STEPS: usize = 200;

/// The cell's states over the run, one entry per change (the first at t = 0).
/// An out-of-range cell has no story.
pub fn story(trace: &Trace, params: &Params, cell: usize) -> Vec<LifeStep> {
    let mut s = Story::new(trace, cell);
    while !s.advance(trace, params, usize::MAX) {}
    s.steps
}

/// A cell's story worked out a slice at a time, so the page can paint in between:
/// [`Story::advance`] reads at most a given number of pictures ([`Frame::at`] costs
/// O(cells + rounds), so a long run's story takes several slices).
#[derive(Clone, Debug, PartialEq)]
pub struct Story {
    cell: usize,
    times: Vec<f64>,
    /// The next sample time to read.
    next: usize,
    prev: Option<(f64, (Paint, Paint))>,
    eps: f64,
    pub steps: Vec<LifeStep>,
    /// The story stopped at [`MAX_STEPS`] changes.
    pub cut_short: bool,
}

impl Story {
    pub fn new(trace: &Trace, cell: usize) -> Story {
        let end = trace.end_s();
        let mut times: Vec<f64> = if cell < CELLS && end.is_finite() && end >= 0.0 {
            (0..=GRID).map(|i| end * i as f64 / GRID as f64).collect()
        } else {
            Vec::new()
        };
        if !times.is_empty() {
            for ph in boundary_sample(&trace.phases) {
                times.push(ph.start_s);
                times.push(ph.end_s);
            }
            for r in boundary_sample(&trace.rounds) {
                times.push(r.start_s);
                times.push(r.start_s + r.duration_s);
            }
        }
        times.retain(|t| t.is_finite() && *t >= 0.0 && *t <= end);
        times.sort_by(f64::total_cmp);
        times.dedup_by(|a, b| (*a - *b).abs() <= 1e-9 * end.max(1.0));
        Story {
            cell,
            times,
            next: 0,
            prev: None,
            // The round a change belongs to: the one under way just before it (a page sent
            // at the very end of round 0 belongs to round 0, not to the round starting then).
            eps: 1e-6 * end.max(1.0),
            steps: Vec::new(),
            cut_short: false,
        }
    }

    /// Share of the sample times read so far, 0 ..= 1.
    pub fn progress(&self) -> f64 {
        if self.times.is_empty() {
            1.0
        } else {
            self.next as f64 / self.times.len() as f64
        }
    }

    /// Reads on for about `budget` pictures; `true` when the story is complete.
    pub fn advance(&mut self, trace: &Trace, params: &Params, budget: usize) -> bool {
        let cell = self.cell;
        let read = std::cell::Cell::new(0usize);
        let at = |t: f64| {
            read.set(read.get() + 1);
            let f = Frame::at(trace, params, t);
            (f.source[cell], f.destination[cell])
        };
        let eps = self.eps;
        let step = |t: f64, (source, destination): (Paint, Paint)| LifeStep {
            t_s: t,
            round: trace.round_at((t - eps).max(0.0)).map(|r| r.index),
            source,
            destination,
        };
        while self.next < self.times.len() && read.get() < budget {
            if self.steps.len() >= MAX_STEPS {
                self.cut_short = true;
                self.next = self.times.len();
                break;
            }
            let t = self.times[self.next];
            self.next += 1;
            let now = at(t);
            let Some((prev_t, prev)) = self.prev else {
                self.steps.push(step(t, now));
                self.prev = Some((t, now));
                continue;
            };
            // Each change in (prev_t, t], narrowed down in turn: a state passed through
            // between two samples (in flight, then clean) keeps its own entry.
            let (mut from_t, mut from) = (prev_t, prev);
            for _ in 0..4 {
                if from == now {
                    break;
                }
                let (mut lo, mut hi, mut state) = (from_t, t, now);
                for _ in 0..NARROW {
                    let mid = 0.5 * (lo + hi);
                    let s = at(mid);
                    if s == from {
                        lo = mid;
                    } else {
                        hi = mid;
                        state = s;
                    }
                }
                self.steps.push(step(hi, state));
                from_t = hi;
                from = state;
            }
            if from != now {
                self.steps.push(step(t, now));
            }
            self.prev = Some((t, now));
        }
        self.next >= self.times.len()
    }
}

/// Every item when there are at most [`MAX_BOUNDARIES`], else the first and last halves.
fn boundary_sample<T>(items: &[T]) -> impl Iterator<Item = &T> {
    let half = MAX_BOUNDARIES / 2;
    let (head, tail) = if items.len() <= MAX_BOUNDARIES {
        (items, &items[items.len()..])
    } else {
        (&items[..half], &items[items.len() - half..])
    };
    head.iter().chain(tail)
}

/// What a paint means for the page group, in words: message `picture-paint-<name>`.
pub fn said(p: Paint, lang: Lang) -> String {
    t0(
        lang,
        &format!("picture-paint-{}", p.name().to_ascii_lowercase()),
    )
}

/// One line of the story: what changed at this step, given the step before.
pub fn describe(prev: Option<&LifeStep>, s: &LifeStep, lang: Lang) -> String {
    use Paint::*;
    let round = s.round.map_or(String::new(), |r| {
        t(lang, "picture-story-in-round", &[("n", r.into())])
    });
    let paints = |id: &str| {
        t(
            lang,
            id,
            &[
                ("source", said(s.source, lang).into()),
                ("destination", said(s.destination, lang).into()),
            ],
        )
    };
    let Some(p) = prev else {
        return paints("picture-story-start");
    };
    let id = match (p.source, s.source, s.destination) {
        (_, InFlight, _) => "picture-story-wire",
        (ToCopy | Dirty | InFlight, Clean, _) => "picture-story-arrived",
        (ToCopy | InFlight, Dirty, _) => "picture-story-resend",
        (Clean, Dirty, _) => "picture-story-stale",
        (_, Zero, _) => "picture-story-zero",
        (_, StateFile, _) => "picture-story-saved",
        _ => match s.destination {
            Present if p.destination == Missing => "picture-story-pushed",
            Present => "picture-story-present",
            Missing => "picture-story-missing",
            Fetched => "picture-story-fetched",
            Discarded => "picture-story-discarded",
            _ if s.source == Discarded => "picture-story-shutdown",
            _ => return paints("picture-story-other"),
        },
    };
    t(lang, id, &[("round", round.into())])
}

#[cfg(test)]
mod tests {
    use super::*;
    use migration_model::{simulate, MigrationType};

    fn run(p: &Params) -> Trace {
        simulate(p).expect("valid")
    }

    #[test]
    fn a_live_cell_is_sent_in_round_0_and_ends_present_at_the_destination() {
        let p = Params::default();
        let t = run(&p);
        // A cell the guest keeps writing (the linear model's first cells are its
        // working set) and one it never touches behave differently; both start at the
        // source not yet copied and end present at the destination.
        for cell in [0, CELLS / 2, CELLS - 1] {
            let s = story(&t, &p, cell);
            assert!(s.len() >= 2, "cell {cell}: {s:?}");
            assert_eq!(s[0].t_s, 0.0);
            assert_eq!(s[0].source, Paint::ToCopy, "cell {cell}");
            let last = s.last().expect("steps");
            assert_eq!(last.destination, Paint::Present, "cell {cell}: {s:?}");
            // Times only go forward.
            assert!(s.windows(2).all(|w| w[0].t_s <= w[1].t_s), "{s:?}");
            // It leaves "not yet copied" in round 0: round 0 sends all of memory.
            assert_eq!(s[1].round, Some(0), "cell {cell}: {s:?}");
            assert_ne!(s[1].source, Paint::ToCopy, "cell {cell}: {s:?}");
        }
    }

    #[test]
    fn some_cell_is_dirtied_and_sent_again_when_the_guest_writes() {
        let p = Params::default();
        let t = run(&p);
        let again = (0..CELLS).step_by(37).any(|cell| {
            let s = story(&t, &p, cell);
            let dirty = s.iter().position(|x| x.source == Paint::Dirty);
            dirty.is_some_and(|i| {
                s[i..]
                    .iter()
                    .any(|x| matches!(x.source, Paint::InFlight | Paint::Clean))
            })
        });
        assert!(again, "no cell was dirtied and then sent again");
    }

    #[test]
    fn a_change_is_placed_within_its_narrowed_gap() {
        let p = Params::default();
        let t = run(&p);
        let s = story(&t, &p, 100);
        let gap = t.end_s() / GRID as f64;
        for w in s.windows(2) {
            let (a, b) = (&w[0], &w[1]);
            // Just before each change the frame still shows the previous state.
            let before = b.t_s - gap / 1000.0;
            if before > a.t_s {
                let f = Frame::at(&t, &p, before);
                assert_eq!(
                    (f.source[100], f.destination[100]),
                    (a.source, a.destination),
                    "at {before}: {s:?}"
                );
            }
        }
    }

    #[test]
    fn cold_memory_is_discarded_and_a_cell_out_of_range_has_no_story() {
        let p = Params {
            migration_type: MigrationType::Cold,
            ..Params::default()
        };
        let t = run(&p);
        let s = story(&t, &p, 5);
        assert!(
            s.iter()
                .any(|x| x.source == Paint::Discarded || x.destination == Paint::Discarded),
            "{s:?}"
        );
        assert!(story(&t, &p, CELLS).is_empty());
    }
}
