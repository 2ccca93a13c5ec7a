//! The per-round chart's data and geometry (`components::round_chart` draws it): one bar
//! per round with the stop rule's threshold after it, and where bars, lines and labels
//! go. Pure: tested natively.

use super::scale::{log_bounds, Scale, Unit};
use super::svg::{self, attr_num, PlotArea};
use crate::picture::format;
use migration_model::sim::policy::{self, XEN_TARGET_DIRTY_PAGES};
use migration_model::{MigrationType, Params, Round, StopPolicy, Trace};

/// One bar of the chart.
#[derive(Clone, Debug, PartialEq)]
pub struct Bar {
    /// Tick label: the round's number, "stop" (stop-and-copy), "switch" or "push".
    pub label: String,
    /// What the readout calls it.
    pub name: String,
    pub round: Round,
    /// The stop threshold after this round, bytes (pre-copy rounds only).
    pub threshold: Option<f64>,
}

/// The stop rule's threshold in bytes after a round sent at `rate`, a short name for
/// the legend, and how it is computed (for the readout).
pub fn threshold(p: &Params, rate: f64) -> (f64, String, String) {
    match p.policy {
        StopPolicy::Xen | StopPolicy::Xen5 => {
            let bytes = XEN_TARGET_DIRTY_PAGES * p.page_size_bytes as f64;
            (
                bytes,
                format!("Xen: stop below {XEN_TARGET_DIRTY_PAGES:.0} dirty pages"),
                format!(
                    "{XEN_TARGET_DIRTY_PAGES:.0} pages × {}",
                    format::bytes(p.page_size_bytes as f64)
                ),
            )
        }
        policy => {
            // QEMU and the textbook: bandwidth × downtime-limit; vMotion: × 500 ms;
            // SimGrid: × 30 ms.
            let (goal, who) = match policy {
                StopPolicy::Vmotion => (policy::VMOTION_SWITCHOVER_GOAL_S, "vMotion"),
                StopPolicy::Simgrid => (policy::SIMGRID_MAX_DOWNTIME_S, "SimGrid"),
                StopPolicy::Textbook => (p.downtime_limit_s, "Textbook"),
                _ => (p.downtime_limit_s, "QEMU"),
            };
            let bytes = policy::threshold_bytes(policy, rate, p.downtime_limit_s).unwrap_or(0.0);
            (
                bytes,
                format!("{who}: stop at ≤ {}", format::bytes(bytes)),
                format!("{} × {}", format::bit_rate(rate), format::duration(goal)),
            )
        }
    }
}

/// The bars of a live or hybrid trace (empty for other types).
pub fn bars(trace: &Trace, p: &Params) -> Vec<Bar> {
    let hybrid = trace.migration_type == MigrationType::Hybrid;
    if !matches!(
        trace.migration_type,
        MigrationType::Live | MigrationType::Hybrid
    ) {
        return Vec::new();
    }
    let mut seen_final = false;
    trace
        .rounds
        .iter()
        .map(|r| {
            let (label, name, thr) = if r.is_final {
                seen_final = true;
                if hybrid {
                    (
                        "switch".to_string(),
                        "Switchover (VM paused)".to_string(),
                        None,
                    )
                } else {
                    (
                        "stop".to_string(),
                        "Stop-and-copy (VM paused)".to_string(),
                        None,
                    )
                }
            } else if seen_final {
                (
                    "push".to_string(),
                    "Post-copy push (VM at the destination)".to_string(),
                    None,
                )
            } else {
                (
                    r.index.to_string(),
                    format!("Round {}", r.index),
                    Some(threshold(p, r.rate_bytes_per_s).0),
                )
            };
            Bar {
                label,
                name,
                round: r.clone(),
                threshold: thr,
            }
        })
        .collect()
}

/// The smallest of 1, 2, 5, 10, 20, 50… that is at least `n`: round numbers under the
/// bars.
pub(crate) fn nice_step(n: usize) -> usize {
    let mut m = 1;
    loop {
        for k in [1, 2, 5] {
            if k * m >= n {
                return k * m;
            }
        }
        m *= 10;
    }
}

/// Bars as one path (one element, however many rounds): rectangles from the bottom of
/// the plot up to each value.
pub fn bars_path(rects: &[(f64, f64, f64, f64)]) -> String {
    rects
        .iter()
        .map(|&(x, y, w, h)| {
            format!(
                "M{} {}h{}v{}h-{}Z",
                attr_num(x),
                attr_num(y),
                attr_num(w),
                attr_num(h),
                attr_num(w)
            )
        })
        .collect()
}

/// The chart's geometry: the frame under the legend, a slot per bar, the log byte scale
/// (and the throttle's share scale), the bars as rectangles (x, y, w, h), the dirty-set
/// line, the threshold and throttle as steps over the pre-copy rounds, and which tick
/// labels fit (index, text anchor).
pub struct RoundPlot {
    pub frame: PlotArea,
    pub slot: f64,
    pub bar_w: f64,
    pub throttled: bool,
    pub ys: Scale,
    pub ts: Scale,
    pub sent: Vec<(f64, f64, f64, f64)>,
    pub fin: Vec<(f64, f64, f64, f64)>,
    pub dirty: Vec<(f64, f64)>,
    pub threshold_steps: Vec<(f64, f64)>,
    pub throttle_steps: Vec<(f64, f64)>,
    pub labels: Vec<(usize, &'static str)>,
}

impl RoundPlot {
    pub fn new(bars: &[Bar], width: f64, height: f64) -> RoundPlot {
        let throttled = bars.iter().any(|b| b.round.throttle > 0.0);
        let frame = PlotArea {
            width,
            height,
            left: 92.0,
            right: if throttled { 74.0 } else { 16.0 },
            // Legend rows: bars and line, threshold, throttle.
            top: if throttled { 82.0 } else { 62.0 },
            bottom: 50.0,
        };
        let count = bars.len().max(1);
        let slot = frame.plot_width() / count as f64;
        let bar_w = (slot * 0.7).max(1.0);
        let x_of = |i: usize| frame.x0() + slot * (i as f64 + 0.5);
        // y: every positive byte count shown.
        let (lo, hi) = bars
            .iter()
            .flat_map(|b| {
                let left = if b.round.is_final {
                    0.0
                } else {
                    b.round.pending_bytes_at_end
                };
                [b.round.bytes_sent, left, b.threshold.unwrap_or(0.0)]
            })
            .filter(|v| *v > 0.0)
            .fold((f64::INFINITY, 0.0f64), |(lo, hi), v| {
                (lo.min(v), hi.max(v))
            });
        let (ylo, yhi) = log_bounds(lo, hi, Unit::Bytes);
        let ys = Scale::log(ylo, yhi, frame.y0(), frame.y1());
        let ts = Scale::linear(0.0, 1.0, frame.y0(), frame.y1());
        let (mut sent, mut fin) = (Vec::new(), Vec::new());
        for (i, b) in bars
            .iter()
            .enumerate()
            .filter(|(_, b)| b.round.bytes_sent > 0.0)
        {
            let y = ys.map(b.round.bytes_sent);
            let r = (x_of(i) - bar_w / 2.0, y, bar_w, (frame.y0() - y).max(1.0));
            if b.round.is_final {
                fin.push(r);
            } else {
                sent.push(r);
            }
        }
        let dirty = bars
            .iter()
            .enumerate()
            .filter(|(_, b)| {
                !b.round.is_final && b.threshold.is_some() && b.round.pending_bytes_at_end > 0.0
            })
            .map(|(i, b)| (x_of(i), ys.map(b.round.pending_bytes_at_end)))
            .collect();
        let steps = |value: &dyn Fn(&Bar) -> Option<f64>, scale: &Scale| -> Vec<(f64, f64)> {
            bars.iter()
                .enumerate()
                .filter_map(|(i, b)| value(b).map(|v| (i, scale.map(v))))
                .flat_map(|(i, y)| [(x_of(i) - slot / 2.0, y), (x_of(i) + slot / 2.0, y)])
                .collect()
        };
        // The threshold follows the measured rate, so it is drawn round by round.
        let threshold_steps = steps(&|b| b.threshold, &ys);
        let throttle_steps = if throttled {
            steps(&|b| b.threshold.map(|_| b.round.throttle), &ts)
        } else {
            Vec::new()
        };
        // Tick labels under the bars: all of them when they fit, else every k-th and the
        // last (the stop-and-copy), unless the last would touch the one before it.
        let label_w = svg::label_width(&count.to_string()).max(svg::label_width("stop")) + 10.0;
        let every = nice_step(
            (count as f64 * label_w / frame.plot_width())
                .ceil()
                .max(1.0) as usize,
        );
        let show = |i: usize| {
            i + 1 == bars.len()
                || i.is_multiple_of(every) && bars.len() - 1 - i >= every.div_ceil(2)
        };
        let labels = bars
            .iter()
            .enumerate()
            .filter(|&(i, _)| show(i))
            .map(|(i, b)| {
                // The last label stays inside the chart.
                let anchor = if x_of(i) + svg::label_width(&b.label) / 2.0 > width - 2.0 {
                    "end"
                } else {
                    "middle"
                };
                (i, anchor)
            })
            .collect();
        RoundPlot {
            frame,
            slot,
            bar_w,
            throttled,
            ys,
            ts,
            sent,
            fin,
            dirty,
            threshold_steps,
            throttle_steps,
            labels,
        }
    }

    /// The middle of bar `i`.
    pub fn x_of(&self, i: usize) -> f64 {
        self.frame.x0() + self.slot * (i as f64 + 0.5)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use migration_model::simulate;

    #[test]
    fn live_bars_end_with_the_stop_and_copy_and_carry_the_qemu_threshold() {
        let p = Params::default();
        let t = simulate(&p).unwrap();
        let b = bars(&t, &p);
        assert_eq!(b.len(), t.rounds.len());
        assert_eq!(b.last().unwrap().label, "stop");
        // QEMU: bandwidth × downtime limit = 125 MB/s × 300 ms.
        let thr = b[0].threshold.unwrap();
        assert!((thr - 37.5e6).abs() < 1.0, "{thr}");
        // The last pre-copy round is the first whose dirty set fits the threshold.
        let pre: Vec<&Bar> = b.iter().filter(|b| b.threshold.is_some()).collect();
        let last = pre.last().unwrap();
        assert!(last.round.pending_bytes_at_end <= last.threshold.unwrap());
        assert!(pre[..pre.len() - 1]
            .iter()
            .all(|b| b.round.pending_bytes_at_end > b.threshold.unwrap()));
    }

    #[test]
    fn hybrid_bars_switch_then_push_and_other_types_have_none() {
        let p = Params {
            migration_type: MigrationType::Hybrid,
            ..Params::default()
        };
        let t = simulate(&p).unwrap();
        let labels: Vec<String> = bars(&t, &p).into_iter().map(|b| b.label).collect();
        // One bar per round: round 0, the switch-over pass, then the post-copy push, which
        // runs at the cap and ends at link speed once the rest fits (docs/model.md).
        assert_eq!(labels.len(), t.rounds.len());
        assert_eq!(labels[..2], ["0", "switch"]);
        assert!(labels.len() > 2 && labels[2..].iter().all(|l| l == "push"));
        for ty in [
            MigrationType::Cold,
            MigrationType::Suspended,
            MigrationType::PostCopy,
        ] {
            let p = Params {
                migration_type: ty,
                ..Params::default()
            };
            assert!(bars(&simulate(&p).unwrap(), &p).is_empty());
        }
    }

    #[test]
    fn xen_threshold_is_fifty_pages() {
        let p = Params {
            policy: StopPolicy::Xen,
            ..Params::default()
        };
        let (t, label, _) = threshold(&p, 1e9);
        assert_eq!(t, 50.0 * 4096.0);
        assert!(label.contains("50 dirty pages"), "{label}");
        let v = Params {
            policy: StopPolicy::Vmotion,
            ..Params::default()
        };
        assert_eq!(threshold(&v, 1e8).0, 0.5e8);
    }

    #[test]
    fn round_labels_step_by_round_numbers() {
        assert_eq!(nice_step(1), 1);
        assert_eq!(nice_step(3), 5);
        assert_eq!(nice_step(206), 500);
        assert_eq!(nice_step(11), 20);
    }

    #[test]
    fn bars_are_one_path() {
        assert_eq!(
            bars_path(&[(1.0, 2.0, 3.0, 4.0), (5.0, 6.0, 7.0, 8.0)]),
            "M1 2h3v4h-3ZM5 6h7v8h-7Z"
        );
    }

    #[test]
    fn the_geometry_keeps_every_bar_in_its_slot_and_labels_the_last() {
        for (memory, policy) in [(4.0, StopPolicy::Qemu), (8.0, StopPolicy::Textbook)] {
            let p = Params {
                memory_bytes: (memory * 1073741824.0) as u64,
                policy,
                ..Params::default()
            };
            let t = simulate(&p).unwrap();
            let b = bars(&t, &p);
            let plot = RoundPlot::new(&b, 760.0, 420.0);
            let f = &plot.frame;
            assert_eq!(
                plot.sent.len() + plot.fin.len(),
                b.iter().filter(|b| b.round.bytes_sent > 0.0).count()
            );
            assert_eq!(plot.fin.len(), 1, "one stop-and-copy bar");
            for &(x, y, w, h) in plot.sent.iter().chain(&plot.fin) {
                assert!(x >= f.x0() - 0.01 && x + w <= f.x1() + 0.01);
                assert!(y >= f.y1() - 0.01 && (y + h - f.y0()).abs() < 1.01);
            }
            assert_eq!(
                plot.labels.last().map(|l| l.0),
                Some(b.len() - 1),
                "the stop label"
            );
            assert_eq!(
                plot.threshold_steps.len(),
                2 * b.iter().filter(|b| b.threshold.is_some()).count()
            );
            assert!(
                plot.throttle_steps.is_empty(),
                "no throttle without auto-converge"
            );
        }
    }
}
