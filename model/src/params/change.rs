//! Timed parameter changes: from a moment on, the link's bandwidth or the guest's write
//! rate takes a new value (`docs/model.md`, "A parameter that changes at a moment").
//!
//! A change is a step: the rate in force at `t` is the last change of that parameter at
//! or before `t` (the one listed later when two fall at the same moment), else the
//! parameter's own value. The engine integrates these steps exactly (the link's
//! segments in `sim::link`, the writes in `sim::workload`), so a round that spans a
//! change sends and dirties at the old rate before it and the new one after it.

use serde::{Deserialize, Serialize};

/// Which parameter a change sets, and its new value.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "param", rename_all = "snake_case")]
pub enum ChangeKind {
    /// The link's bandwidth becomes `bytes_per_s` (link key `bw`).
    Bandwidth { bytes_per_s: f64 },
    /// The guest writes `bytes_per_s` of 4 KiB pages (link key `dirty`).
    DirtyRate { bytes_per_s: f64 },
}

impl ChangeKind {
    /// The link key of the parameter it changes: `bw` or `dirty`.
    pub fn key(&self) -> &'static str {
        match self {
            ChangeKind::Bandwidth { .. } => "bw",
            ChangeKind::DirtyRate { .. } => "dirty",
        }
    }

    /// The new rate, bytes/s.
    pub fn bytes_per_s(&self) -> f64 {
        match *self {
            ChangeKind::Bandwidth { bytes_per_s } | ChangeKind::DirtyRate { bytes_per_s } => {
                bytes_per_s
            }
        }
    }

    /// The same parameter as `other`.
    fn same_param(&self, other: &ChangeKind) -> bool {
        self.key() == other.key()
    }
}

/// A parameter change at a moment after the migration starts.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct Change {
    /// Seconds after the migration starts; 0 ..= 1e7.
    pub at_s: f64,
    #[serde(flatten)]
    pub kind: ChangeKind,
}

/// A rate that steps at the changes of one parameter: `base` until the first, then each
/// change's value. Borrowed, so asking costs no allocation.
#[derive(Clone, Copy, Debug)]
pub struct Steps<'a> {
    pub base: f64,
    pub changes: &'a [Change],
    /// Which parameter's changes count (only its variant matters, not its value).
    pub param: ChangeKind,
}

impl Steps<'_> {
    fn of_param(&self) -> impl Iterator<Item = &Change> {
        self.changes
            .iter()
            .filter(|c| c.kind.same_param(&self.param))
    }

    /// Whether the rate ever changes.
    pub fn is_constant(&self) -> bool {
        self.of_param().next().is_none()
    }

    /// The rate in force at `t`.
    pub fn at(&self, t: f64) -> f64 {
        self.last_where(|a| a <= t)
    }

    /// The rate in force just before `t` (what a change at `t` replaces).
    pub fn before(&self, t: f64) -> f64 {
        self.last_where(|a| a < t)
    }

    /// The value of the latest change whose moment `counts`, else the base.
    fn last_where(&self, counts: impl Fn(f64) -> bool) -> f64 {
        let mut best: Option<&Change> = None;
        for c in self.of_param().filter(|c| counts(c.at_s)) {
            if best.is_none_or(|b| c.at_s >= b.at_s) {
                best = Some(c);
            }
        }
        best.map_or(self.base, |c| c.kind.bytes_per_s())
    }

    /// The first change strictly after `t` (infinite when none).
    pub fn next_after(&self, t: f64) -> f64 {
        self.of_param()
            .map(|c| c.at_s)
            .filter(|&a| a > t)
            .fold(f64::INFINITY, f64::min)
    }

    /// The rate integrated over `[t0, t1)`: bytes at these rates.
    pub fn integral(&self, t0: f64, t1: f64) -> f64 {
        self.integral_of(t0, t1, |r| r)
    }

    /// `Σ f(rate) × length` over the stretches of constant rate in `[t0, t1)`: O(changes²)
    /// at most, with at most 16 changes. A stretch is `f(rate) × length`, so a span
    /// before any change gives exactly what a constant rate does.
    pub fn integral_of(&self, t0: f64, t1: f64, f: impl Fn(f64) -> f64) -> f64 {
        if t1 <= t0 || (t1 - t0).is_nan() {
            return 0.0;
        }
        let mut t = t0;
        let mut sum = 0.0;
        while t < t1 {
            let end = self.next_after(t).min(t1);
            sum += f(self.at(t)) * (end - t);
            t = end;
        }
        sum
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bw(at_s: f64, v: f64) -> Change {
        Change {
            at_s,
            kind: ChangeKind::Bandwidth { bytes_per_s: v },
        }
    }

    #[test]
    fn steps_follow_the_changes_of_their_parameter_only() {
        let changes = [
            bw(10.0, 50.0),
            Change {
                at_s: 5.0,
                kind: ChangeKind::DirtyRate { bytes_per_s: 7.0 },
            },
            bw(20.0, 30.0),
            bw(20.0, 40.0),
        ];
        let s = Steps {
            base: 100.0,
            changes: &changes,
            param: ChangeKind::Bandwidth { bytes_per_s: 0.0 },
        };
        assert_eq!(s.at(9.99), 100.0);
        assert_eq!(s.at(10.0), 50.0);
        // Two at the same moment: the one listed later holds.
        assert_eq!(s.at(25.0), 40.0);
        // 5 s at 100, 10 s at 50, 5 s at 40.
        assert_eq!(s.integral(5.0, 25.0), 500.0 + 500.0 + 200.0);
        assert_eq!(s.integral(3.0, 3.0), 0.0);
        assert_eq!(s.next_after(10.0), 20.0);
    }
}
