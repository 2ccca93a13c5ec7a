//! Chart scales: a value in model units to a position in the plot and back, and ticks
//! that land on round numbers in the unit people read (bits for links, binary units for
//! memory, minutes and hours for long times). Pure, tested natively.

use crate::picture::format;

/// What a value measures; decides where ticks go and how they read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unit {
    /// Bytes, ticks at 1, 10, 100 × KiB/MiB/GiB/TiB.
    Bytes,
    /// Bytes/s shown as a link speed: ticks at round bit rates (10 Mbit/s, 1 Gbit/s).
    BitRate,
    /// Bytes/s shown as a write rate: ticks at round byte rates (10 MB/s, 1 GB/s).
    ByteRate,
    /// Seconds: ticks at 1 ms, 10 ms, 100 ms, 1 s, 10 s, 1 min, 10 min, 1 h, 10 h.
    Seconds,
    /// A share 0 ..= 1 shown as a percentage.
    Share,
    /// A plain count (round numbers).
    Count,
}

impl Unit {
    /// A tick label: short and round ("10 ms", "1 min", "1 GiB", "10 Gbit/s").
    pub fn tick(self, v: f64) -> String {
        match self {
            Unit::Bytes => format::bytes(v),
            Unit::BitRate => format::bit_rate(v),
            Unit::ByteRate => format::byte_rate(v),
            Unit::Seconds => short_duration(v),
            Unit::Share => format!("{:.0} %", v * 100.0),
            Unit::Count => format!("{v:.0}"),
        }
    }

    /// An exact value for a readout, with its unit.
    pub fn exact(self, v: f64) -> String {
        match self {
            Unit::Seconds => format::duration(v),
            Unit::Share => format::percent(v),
            _ => self.tick(v),
        }
    }

    /// Candidate ticks on a log scale, ascending, covering every magnitude a migration
    /// can reach.
    fn log_candidates(self) -> Vec<f64> {
        match self {
            Unit::Bytes => (0..6)
                .flat_map(|k| [1.0, 10.0, 100.0].map(|m| m * 1024f64.powi(k)))
                .collect(),
            // 1 kbit/s .. 1 Tbit/s, in bytes/s.
            Unit::BitRate => (3..=12).map(|k| 10f64.powi(k) / 8.0).collect(),
            Unit::ByteRate | Unit::Count | Unit::Share => {
                (-3..=13).map(|k| 10f64.powi(k)).collect()
            }
            Unit::Seconds => vec![
                1e-6,
                1e-5,
                1e-4,
                1e-3,
                1e-2,
                0.1,
                1.0,
                10.0,
                60.0,
                600.0,
                3600.0,
                36_000.0,
                360_000.0,
                3_600_000.0,
            ],
        }
    }
}

/// A duration for a tick: one round unit, no seconds after minutes ("1 min", "10 h").
pub fn short_duration(s: f64) -> String {
    let trim = |v: f64| {
        let t = format!("{v:.1}");
        t.trim_end_matches('0').trim_end_matches('.').to_string()
    };
    if s <= 0.0 {
        "0 s".into()
    } else if s < 1e-3 {
        format!("{} µs", trim(s * 1e6))
    } else if s < 1.0 {
        format!("{} ms", trim(s * 1e3))
    } else if s < 60.0 {
        format!("{} s", trim(s))
    } else if s < 3600.0 {
        format!("{} min", trim(s / 60.0))
    } else {
        format!("{} h", trim(s / 3600.0))
    }
}

/// A map from values to positions between `from` and `to` (pixels; `to < from` for a
/// y axis that grows upwards).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Scale {
    pub kind: Kind,
    pub min: f64,
    pub max: f64,
    pub from: f64,
    pub to: f64,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Linear,
    /// Logarithmic; `min` and `max` must be > 0. Values ≤ 0 map to `from`.
    Log,
}

impl Scale {
    pub fn linear(min: f64, max: f64, from: f64, to: f64) -> Self {
        Scale {
            kind: Kind::Linear,
            min,
            max: if max > min { max } else { min + 1.0 },
            from,
            to,
        }
    }

    pub fn log(min: f64, max: f64, from: f64, to: f64) -> Self {
        let min = if min > 0.0 && min.is_finite() {
            min
        } else {
            1e-9
        };
        Scale {
            kind: Kind::Log,
            min,
            max: if max > min { max } else { min * 10.0 },
            from,
            to,
        }
    }

    /// Share of the way from `min` to `max` (not clamped).
    fn unit(&self, v: f64) -> f64 {
        match self.kind {
            Kind::Linear => (v - self.min) / (self.max - self.min),
            Kind::Log => {
                if v <= 0.0 {
                    return 0.0;
                }
                (v / self.min).ln() / (self.max / self.min).ln()
            }
        }
    }

    /// The position of `v`, clamped to the plot.
    pub fn map(&self, v: f64) -> f64 {
        let f = self.unit(v);
        let f = if f.is_finite() {
            f.clamp(0.0, 1.0)
        } else {
            0.0
        };
        self.from + (self.to - self.from) * f
    }

    /// The value at position `px` (the inverse of [`Scale::map`] inside the plot).
    pub fn invert(&self, px: f64) -> f64 {
        let f = ((px - self.from) / (self.to - self.from)).clamp(0.0, 1.0);
        match self.kind {
            Kind::Linear => self.min + (self.max - self.min) * f,
            Kind::Log => self.min * (self.max / self.min).powf(f),
        }
    }

    /// True when `v` lies inside the scale's range.
    pub fn contains(&self, v: f64) -> bool {
        let eps = 1e-9 * self.max.abs().max(1e-300);
        v >= self.min - eps && v <= self.max + eps
    }

    /// Round values inside the range for ticks, at most `max_ticks` of them (thinned
    /// evenly when there are more).
    pub fn ticks(&self, unit: Unit, max_ticks: usize) -> Vec<f64> {
        let all: Vec<f64> = match self.kind {
            Kind::Log => unit
                .log_candidates()
                .into_iter()
                .filter(|&v| self.contains(v))
                .collect(),
            Kind::Linear if unit == Unit::Seconds => time_ticks(self.min, self.max, max_ticks),
            Kind::Linear => linear_ticks(self.min, self.max, max_ticks.max(2)),
        };
        thin(all, max_ticks.max(2))
    }
}

/// Keeps every k-th tick so that at most `max` remain.
fn thin(v: Vec<f64>, max: usize) -> Vec<f64> {
    if v.len() <= max {
        return v;
    }
    let step = v.len().div_ceil(max);
    v.into_iter().step_by(step).collect()
}

/// 1-2-2.5-5 steps from `min` to `max`, at most `n` ticks.
fn linear_ticks(min: f64, max: f64, n: usize) -> Vec<f64> {
    let span = max - min;
    if span.is_nan() || span <= 0.0 || !span.is_finite() {
        return vec![min];
    }
    let intervals = (n.max(2) - 1) as f64;
    let mag = 10f64.powf((span / intervals).log10().floor());
    let step = [1.0, 2.0, 2.5, 5.0, 10.0]
        .into_iter()
        .map(|m| m * mag)
        .find(|&s| span / s <= intervals + 1e-9)
        .unwrap_or(10.0 * mag);
    let first = (min / step).ceil() * step;
    let mut out = Vec::new();
    let mut v = first;
    while v <= max + step * 1e-9 {
        // Snap -0.0 and float noise to the grid.
        out.push((v / step).round() * step + 0.0);
        v += step;
    }
    out
}

/// Ticks on a linear time axis at steps people count in: 1-2-5 × ms and s, then 15 s,
/// 30 s, 1, 2, 5, 10, 15, 30 min, 1, 2, 3, 6, 12 h, days.
fn time_ticks(min: f64, max: f64, n: usize) -> Vec<f64> {
    const STEPS: [f64; 27] = [
        1e-3, 2e-3, 5e-3, 0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1.0, 2.0, 5.0, 10.0, 15.0, 30.0, 60.0,
        120.0, 300.0, 600.0, 900.0, 1800.0, 3600.0, 7200.0, 10_800.0, 21_600.0, 43_200.0, 86_400.0,
    ];
    let span = max - min;
    if span.is_nan() || span <= 0.0 || !span.is_finite() {
        return vec![min];
    }
    let n = n.max(2) as f64;
    let step = STEPS
        .into_iter()
        .find(|&s| span / s <= n)
        .unwrap_or_else(|| (span / n / 86_400.0).ceil() * 86_400.0);
    let mut out = Vec::new();
    let mut k = (min / step).ceil();
    while k * step <= max + step * 1e-9 {
        out.push(k * step);
        k += 1.0;
    }
    out
}

/// A log range with room: from the decade (or the unit's round value) at or below `lo`
/// to the one at or above `hi`, so lines never touch the frame.
pub fn log_bounds(lo: f64, hi: f64, unit: Unit) -> (f64, f64) {
    let lo = if lo > 0.0 && lo.is_finite() { lo } else { 1e-3 };
    let hi = if hi > lo && hi.is_finite() {
        hi
    } else {
        lo * 10.0
    };
    let c = unit.log_candidates();
    let below = c.iter().rev().find(|&&v| v <= lo).copied().unwrap_or(lo);
    let above = c.iter().find(|&&v| v >= hi).copied().unwrap_or(hi);
    if above > below {
        (below, above)
    } else {
        (below, below * 10.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn log_scale_maps_decades_evenly_and_inverts() {
        let s = Scale::log(1e6, 1e10, 0.0, 400.0);
        assert_eq!(s.map(1e6), 0.0);
        assert!((s.map(1e8) - 200.0).abs() < 1e-9);
        assert_eq!(s.map(1e12), 400.0, "clamped");
        assert_eq!(s.map(0.0), 0.0, "zero sits at the bottom");
        assert!((s.invert(100.0) / 1e7 - 1.0).abs() < 1e-12);
        // A y axis grows upwards.
        let y = Scale::log(1.0, 100.0, 300.0, 0.0);
        assert_eq!(y.map(100.0), 0.0);
        assert_eq!(y.map(1.0), 300.0);
    }

    #[test]
    fn ticks_land_on_round_values_in_the_unit_people_read() {
        let bw = Scale::log(1.25e6, 1.25e10, 0.0, 1.0);
        let labels: Vec<String> = bw
            .ticks(Unit::BitRate, 8)
            .into_iter()
            .map(|v| Unit::BitRate.tick(v))
            .collect();
        assert_eq!(
            labels,
            [
                "10 Mbit/s",
                "100 Mbit/s",
                "1 Gbit/s",
                "10 Gbit/s",
                "100 Gbit/s"
            ]
        );
        let t = Scale::log(1e-3, 3600.0, 0.0, 1.0);
        let labels: Vec<String> = t
            .ticks(Unit::Seconds, 10)
            .into_iter()
            .map(short_duration)
            .collect();
        assert_eq!(
            labels,
            ["1 ms", "10 ms", "100 ms", "1 s", "10 s", "1 min", "10 min", "1 h"]
        );
        let b = Scale::log(1024.0 * 1024.0, 1024f64.powi(4), 0.0, 1.0);
        let labels: Vec<String> = b
            .ticks(Unit::Bytes, 4)
            .into_iter()
            .map(|v| Unit::Bytes.tick(v))
            .collect();
        assert_eq!(
            labels,
            ["1 MiB", "100 MiB", "10 GiB", "1 TiB"],
            "thinned evenly"
        );
    }

    #[test]
    fn linear_ticks_step_by_one_two_five() {
        let s = Scale::linear(0.0, 1.0, 0.0, 1.0);
        let labels: Vec<String> = s
            .ticks(Unit::Share, 5)
            .into_iter()
            .map(|v| Unit::Share.tick(v))
            .collect();
        assert_eq!(labels, ["0 %", "25 %", "50 %", "75 %", "100 %"]);
        let r = Scale::linear(0.0, 23.0, 0.0, 1.0);
        assert_eq!(r.ticks(Unit::Count, 6), vec![0.0, 5.0, 10.0, 15.0, 20.0]);
    }

    #[test]
    fn linear_time_ticks_count_in_minutes_and_hours() {
        let t = Scale::linear(0.0, 3616.0, 0.0, 1.0);
        let labels: Vec<String> = t
            .ticks(Unit::Seconds, 6)
            .into_iter()
            .map(short_duration)
            .collect();
        assert_eq!(labels, ["0 s", "15 min", "30 min", "45 min", "1 h"]);
        let t = Scale::linear(0.0, 170.8, 0.0, 1.0);
        assert_eq!(
            t.ticks(Unit::Seconds, 6),
            vec![0.0, 30.0, 60.0, 90.0, 120.0, 150.0]
        );
    }

    #[test]
    fn log_bounds_round_out_to_the_units_values() {
        assert_eq!(log_bounds(0.254, 170.8, Unit::Seconds), (0.1, 600.0));
        assert_eq!(log_bounds(5.0, 5.0, Unit::Seconds), (1.0, 60.0));
        assert_eq!(log_bounds(0.0, 1.0, Unit::Seconds), (1e-3, 1.0));
    }

    #[test]
    fn short_durations_read_as_one_round_unit() {
        assert_eq!(short_duration(0.01), "10 ms");
        assert_eq!(short_duration(60.0), "1 min");
        assert_eq!(short_duration(36_000.0), "10 h");
        assert_eq!(short_duration(2.5e-4), "250 µs");
    }
}
