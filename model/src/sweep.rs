//! Sweeps: one parameter (the dirty rate or the bandwidth) over a range of values, every
//! chosen migration type at each value, for the charts that show where each type wins.
//!
//! A sweep point is exactly [`simulate`] of the base parameters with that type and that
//! value (the same function, the same inputs), so a chart never disagrees with the run
//! it stands for. A point costs O(rounds), a sweep O(points × types × rounds).

use crate::params::{limits, MigrationType, ParamError, Params};
use crate::sim::simulate;
use crate::trace::{Metrics, Outcome, Trace};
use serde::{Deserialize, Serialize};

/// The parameter a sweep varies.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Axis {
    /// `dirty_rate_bytes_per_s`: how fast the guest writes.
    DirtyRate,
    /// `bandwidth_bytes_per_s`: the link.
    Bandwidth,
}

impl Axis {
    pub const ALL: [Axis; 2] = [Axis::DirtyRate, Axis::Bandwidth];

    /// Short name for links and test ids.
    pub fn key(self) -> &'static str {
        match self {
            Axis::DirtyRate => "dirty-rate",
            Axis::Bandwidth => "bandwidth",
        }
    }

    /// Name for people.
    pub fn label(self) -> &'static str {
        match self {
            Axis::DirtyRate => "Dirty rate",
            Axis::Bandwidth => "Bandwidth",
        }
    }

    /// The axis's value in `p`, bytes/s.
    pub fn get(self, p: &Params) -> f64 {
        match self {
            Axis::DirtyRate => p.dirty_rate_bytes_per_s,
            Axis::Bandwidth => p.bandwidth_bytes_per_s,
        }
    }

    /// Sets the axis's value in `p`, bytes/s.
    pub fn set(self, p: &mut Params, v: f64) {
        match self {
            Axis::DirtyRate => p.dirty_rate_bytes_per_s = v,
            Axis::Bandwidth => p.bandwidth_bytes_per_s = v,
        }
    }

    /// The range the charts show, bytes/s: the app's slider ranges (1 MB/s to 10 GB/s
    /// of writes; 10 Mbit/s to 100 Gbit/s of link), both inside the accepted limits.
    pub fn default_range(self) -> (f64, f64) {
        let (lo, hi): (f64, f64) = match self {
            Axis::DirtyRate => (1e6, 1e10),
            Axis::Bandwidth => (1.25e6, 1.25e10),
        };
        let (min, max) = match self {
            Axis::DirtyRate => limits::DIRTY_RATE_BYTES_PER_S,
            Axis::Bandwidth => limits::RATE_BYTES_PER_S,
        };
        (lo.max(min), hi.min(max))
    }

    /// The value of this axis at which λ = D / R = 1 for `p` (R being the streaming
    /// rate, under `max_bandwidth` when set), or `None` when no value gives λ = 1 (a
    /// bandwidth sweep whose migration cap is below the dirty rate stays at λ > 1).
    pub fn lambda_one(self, p: &Params) -> Option<f64> {
        match self {
            // λ = 1 where the writes equal the streaming rate.
            Axis::DirtyRate => Some(p.stream_rate_bytes_per_s()),
            // λ = D / min(R, cap) = 1 needs R = D, and a cap at or above D.
            Axis::Bandwidth => {
                let d = p.dirty_rate_bytes_per_s;
                let cap_ok = p.max_bandwidth_bytes_per_s.is_none_or(|c| c >= d);
                (d > 0.0 && cap_ok).then_some(d)
            }
        }
    }
}

/// What a sweep chart plots.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Metric {
    /// Time the VM ran nowhere, seconds.
    Downtime,
    /// From the start to the end of the migration, seconds.
    TotalTime,
    /// Bytes on the wire.
    BytesSent,
}

impl Metric {
    pub const ALL: [Metric; 3] = [Metric::Downtime, Metric::TotalTime, Metric::BytesSent];

    pub fn key(self) -> &'static str {
        match self {
            Metric::Downtime => "downtime",
            Metric::TotalTime => "total-time",
            Metric::BytesSent => "bytes-sent",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Metric::Downtime => "Downtime",
            Metric::TotalTime => "Total time",
            Metric::BytesSent => "Data sent",
        }
    }

    /// The metric's value, seconds or bytes.
    pub fn of(self, m: &Metrics) -> f64 {
        match self {
            Metric::Downtime => m.downtime_s,
            Metric::TotalTime => m.total_time_s,
            Metric::BytesSent => m.bytes_sent,
        }
    }
}

/// One run of a sweep.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Point {
    /// The axis's value, bytes/s.
    pub x: f64,
    /// The run's metrics: equal to `simulate(&point_params(..)).metrics`.
    pub metrics: Metrics,
}

impl Point {
    /// True when the VM ended up running at the destination; the other outcomes
    /// (not converged, rolled back, lost…) have no meaningful downtime or total time.
    pub fn completed(&self) -> bool {
        self.metrics.outcome == Outcome::Completed
    }
}

/// One migration type across the sweep.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Series {
    pub migration_type: MigrationType,
    /// One point per value of the sweep, in the same order.
    pub points: Vec<Point>,
}

/// Every chosen type at every value of one axis.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Sweep {
    pub axis: Axis,
    /// The axis's values, bytes/s, in the order given.
    pub xs: Vec<f64>,
    pub series: Vec<Series>,
}

/// `n` values spaced evenly on a log scale from `lo` to `hi` (both included, exactly).
/// `n = 1` gives `[lo]`; `n = 0` gives nothing. Needs `0 < lo ≤ hi`.
pub fn log_space(lo: f64, hi: f64, n: usize) -> Vec<f64> {
    match n {
        0 => Vec::new(),
        1 => vec![lo],
        _ => {
            let ratio = (hi / lo).ln();
            (0..n)
                .map(|i| {
                    if i + 1 == n {
                        hi
                    } else {
                        lo * (ratio * i as f64 / (n - 1) as f64).exp()
                    }
                })
                .collect()
        }
    }
}

/// The parameters of one sweep point: `base` with the type and the axis's value set.
pub fn point_params(base: &Params, axis: Axis, migration_type: MigrationType, x: f64) -> Params {
    let mut p = base.clone();
    p.migration_type = migration_type;
    axis.set(&mut p, x);
    p
}

/// Runs `base` at every value `xs` of `axis` for every type in `types`. The first
/// invalid combination is reported (a value outside the axis's accepted range, or
/// invalid base parameters).
pub fn sweep(
    base: &Params,
    axis: Axis,
    xs: &[f64],
    types: &[MigrationType],
) -> Result<Sweep, ParamError> {
    let bases: Vec<Params> = types
        .iter()
        .map(|&migration_type| Params {
            migration_type,
            ..base.clone()
        })
        .collect();
    sweep_each(&bases, axis, xs)
}

/// Runs each of `bases` (a comparison's rows: one run per value of another parameter)
/// at every value `xs` of `axis`: one series per base, in order, its type the base's.
/// The first invalid combination is reported.
pub fn sweep_each(bases: &[Params], axis: Axis, xs: &[f64]) -> Result<Sweep, ParamError> {
    let mut series = Vec::with_capacity(bases.len());
    for base in bases {
        // One working copy per series, changed in place: no clone per point.
        let mut p = base.clone();
        let mut points = Vec::with_capacity(xs.len());
        for &x in xs {
            axis.set(&mut p, x);
            let trace: Trace = simulate(&p)?;
            points.push(Point {
                x,
                metrics: trace.metrics,
            });
        }
        series.push(Series {
            migration_type: base.migration_type,
            points,
        });
    }
    Ok(Sweep {
        axis,
        xs: xs.to_vec(),
        series,
    })
}
