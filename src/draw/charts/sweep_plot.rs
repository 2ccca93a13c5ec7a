//! The sweep chart's geometry (`features::charts::sweep` draws it): where the plot sits
//! under its legend, the log scales, each series' line (a type, or a comparison's row)
//! split where it stops completing, the lanes that mark where it never completes, and
//! the nearest swept value to a pointer. Series are known by their index in the sweep.
//! Pure: tested natively.

use super::scale::{log_bounds, Scale, Unit};
use super::svg::{PlotArea, FONT, TITLE_FONT};
use migration_model::sweep::{Axis, Metric, Sweep};
use migration_model::{Outcome, Trace};
use std::rc::Rc;

/// Where each legend entry goes: (series, x, y).
pub type LegendPlaces = Vec<(usize, f64, f64)>;

/// Legend entries for the series `names` laid out in rows that fit `width`: (x, y) per
/// series, then the place of the "never completes" entry, then the height used.
pub fn legend_layout(width: f64, x0: f64, names: &[String]) -> (LegendPlaces, (f64, f64), f64) {
    let mut out = Vec::new();
    let (mut x, mut y) = (x0, 18.0);
    let mut place = |chars: usize| {
        // Sample line (30 px) + gap + text at ~0.56 em per character + spacing.
        let w = 36.0 + chars as f64 * FONT * 0.56 + 16.0;
        if x + w > width && x > x0 {
            x = x0;
            y += 22.0;
        }
        let at = (x, y);
        x += w;
        at
    };
    for (i, name) in names.iter().enumerate() {
        let (px, py) = place(name.chars().count());
        out.push((i, px, py));
    }
    let never = place("never completes".len());
    (out, never, y + 14.0)
}

pub fn metric_unit(m: Metric) -> Unit {
    match m {
        Metric::Downtime | Metric::TotalTime => Unit::Seconds,
        Metric::BytesSent => Unit::Bytes,
    }
}

pub fn axis_unit(a: Axis) -> Unit {
    match a {
        Axis::DirtyRate => Unit::ByteRate,
        Axis::Bandwidth => Unit::BitRate,
    }
}

/// The chart's frame and scales for one metric against one axis.
pub struct SweepPlot {
    pub frame: PlotArea,
    pub xs: Scale,
    pub ys: Scale,
    pub legend: LegendPlaces,
    /// Where the "never completes" legend entry goes.
    pub never: (f64, f64),
}

impl SweepPlot {
    /// The y range covers every completed value of the sweep and of the current runs;
    /// `names` are the series' names, in the sweep's order.
    pub fn new<'a>(
        (width, height): (f64, f64),
        (axis, metric): (Axis, Metric),
        names: &[String],
        sweep: Option<&Sweep>,
        current: impl Iterator<Item = &'a Rc<Trace>>,
    ) -> SweepPlot {
        let (legend, never, legend_h) = legend_layout(width - 8.0, 8.0, names);
        let mut frame = PlotArea {
            width,
            height,
            left: 74.0,
            right: 34.0,
            top: legend_h + 34.0,
            bottom: 50.0,
        };
        let swept = sweep
            .into_iter()
            .flat_map(|s| s.series.iter().flat_map(|s| s.points.iter()))
            .filter(|pt| pt.completed())
            .map(|pt| metric.of(&pt.metrics));
        let now = current
            .filter(|t| t.metrics.outcome == Outcome::Completed)
            .map(|t| metric.of(&t.metrics));
        let (lo, hi) = swept
            .chain(now)
            .filter(|v| *v > 0.0 && v.is_finite())
            .fold((f64::INFINITY, 0.0f64), |(lo, hi), v| {
                (lo.min(v), hi.max(v))
            });
        let (ylo, yhi) = log_bounds(lo, hi, metric_unit(metric));
        let ys = Scale::log(ylo, yhi, frame.y0(), frame.y1());
        frame.left = y_labels_left(&ys, metric_unit(metric));
        let (xlo, xhi) = axis.default_range();
        let xs = Scale::log(xlo, xhi, frame.x0(), frame.x1());
        SweepPlot {
            frame,
            xs,
            ys,
            legend,
            never,
        }
    }

    /// The lane just above the plot where series `i`'s "never completes" span is drawn.
    pub fn lane_y(&self, i: usize) -> f64 {
        self.frame.y1() - 8.0 - 5.0 * i as f64
    }

    /// Where series `i`'s value (or its lane, when it does not complete) is drawn.
    pub fn y_of(&self, i: usize, metric: Metric, m: &migration_model::Metrics) -> f64 {
        if m.outcome == Outcome::Completed {
            self.ys.map(metric.of(m))
        } else {
            self.lane_y(i)
        }
    }

    /// Each series' line in drawing units.
    pub fn lines(&self, sweep: &Sweep, metric: Metric) -> Vec<TypeLine> {
        sweep
            .series
            .iter()
            .enumerate()
            .map(|(ti, series)| {
                let mut line = TypeLine {
                    series: ti,
                    segments: Vec::new(),
                    never: Vec::new(),
                    markers: Vec::new(),
                };
                let mut seg: Vec<(f64, f64)> = Vec::new();
                let mut bad: Option<(f64, f64)> = None;
                for (i, pt) in series.points.iter().enumerate() {
                    let x = self.xs.map(pt.x);
                    if pt.completed() {
                        line.never.extend(bad.take());
                        let y = self.ys.map(metric.of(&pt.metrics));
                        seg.push((x, y));
                        // A marker every 25 points, staggered by type so they do not sit
                        // on top of each other where lines meet.
                        if (i + ti * 5) % 25 == 0 {
                            line.markers.push((x, y));
                        }
                    } else {
                        if seg.len() > 1 {
                            line.segments.push(std::mem::take(&mut seg));
                        }
                        seg.clear();
                        bad = Some(bad.map_or((x, x), |(a, _)| (a, x)));
                    }
                }
                line.never.extend(bad);
                if seg.len() > 1 {
                    line.segments.push(seg);
                }
                line
            })
            .collect()
    }
}

/// Ticks the y axis shows (`svg::y_axis`'s `max_ticks`).
pub const Y_TICKS: usize = 7;

/// The plot's left edge: the rotated axis title (its glyphs reach about
/// [`TITLE_FONT`] + 6 px from the edge), a gap, the widest tick label and the tick. The
/// labels are measured generously (0.62 em a character: the digits of the fonts a
/// browser falls back to are wider than `svg::label_width`'s 0.55 em), so "100 ms"
/// never runs into the title.
pub fn y_labels_left(ys: &Scale, unit: Unit) -> f64 {
    let widest = ys
        .ticks(unit, Y_TICKS)
        .into_iter()
        .map(|v| unit.tick(v).chars().count() as f64 * FONT * 0.62)
        .fold(0.0, f64::max);
    (TITLE_FONT + 6.0 + 6.0 + widest + 9.0).ceil().max(60.0)
}

/// One series' line: the stretches where it completes, the x spans where it does not,
/// and its markers.
#[derive(Clone, Debug, PartialEq)]
pub struct TypeLine {
    /// The series' index in the sweep.
    pub series: usize,
    pub segments: Vec<Vec<(f64, f64)>>,
    pub never: Vec<(f64, f64)>,
    pub markers: Vec<(f64, f64)>,
}

/// The index of the swept value nearest `v` on the log axis (0 for an empty sweep).
pub fn nearest(xs: &[f64], v: f64) -> usize {
    xs.iter()
        .enumerate()
        .min_by(|a, b| {
            let da = (a.1.ln() - v.ln()).abs();
            let db = (b.1.ln() - v.ln()).abs();
            da.total_cmp(&db)
        })
        .map_or(0, |(i, _)| i)
}

#[cfg(test)]
mod tests {
    use super::*;
    use migration_model::sweep::{log_space, sweep};
    use migration_model::{simulate, MigrationType, Params};

    fn names() -> Vec<String> {
        MigrationType::ALL
            .iter()
            .map(|&t| super::super::short_label(t).to_string())
            .collect()
    }

    fn swept(axis: Axis) -> (Params, Sweep) {
        let p = Params::default();
        let (lo, hi) = axis.default_range();
        let s = sweep(&p, axis, &log_space(lo, hi, 60), &MigrationType::ALL).unwrap();
        (p, s)
    }

    #[test]
    fn every_line_stays_in_the_plot_and_runs_left_to_right() {
        for axis in Axis::ALL {
            for metric in Metric::ALL {
                let (p, s) = swept(axis);
                let now = simulate(&p).map(Rc::new).unwrap();
                let plot = SweepPlot::new(
                    (760.0, 420.0),
                    (axis, metric),
                    &names(),
                    Some(&s),
                    [&now].into_iter(),
                );
                let f = &plot.frame;
                let lines = plot.lines(&s, metric);
                assert_eq!(lines.len(), MigrationType::ALL.len());
                for l in &lines {
                    for seg in &l.segments {
                        assert!(seg.len() > 1);
                        assert!(
                            seg.windows(2).all(|w| w[1].0 > w[0].0),
                            "{axis:?} {metric:?}"
                        );
                        for &(x, y) in seg {
                            assert!(x >= f.x0() - 0.5 && x <= f.x1() + 0.5);
                            assert!(y <= f.y0() + 0.5 && y >= f.y1() - 0.5, "{y} outside");
                        }
                    }
                    for &(a, b) in &l.never {
                        assert!(a <= b);
                    }
                }
            }
        }
    }

    #[test]
    fn live_stops_completing_past_lambda_one_and_its_lane_marks_it() {
        let (p, s) = swept(Axis::DirtyRate);
        let plot = SweepPlot::new(
            (760.0, 420.0),
            (Axis::DirtyRate, Metric::Downtime),
            &names(),
            Some(&s),
            std::iter::empty(),
        );
        let live = plot
            .lines(&s, Metric::Downtime)
            .into_iter()
            .find(|l| s.series[l.series].migration_type == MigrationType::Live)
            .unwrap();
        let lambda_one = Axis::DirtyRate.lambda_one(&p).unwrap();
        let x1 = plot.xs.map(lambda_one);
        // Non-convergence under QEMU's policy is a time limit or a cancel: some span
        // right of λ = 1 does not complete, and none left of it.
        assert!(!live.never.is_empty(), "a span where live never completes");
        assert!(
            live.never.iter().all(|&(a, _)| a >= x1 - 20.0),
            "{:?} vs {x1}",
            live.never
        );
        // Cold always completes.
        let cold = plot.lines(&s, Metric::Downtime).remove(0);
        assert_eq!(s.series[cold.series].migration_type, MigrationType::Cold);
        assert!(cold.never.is_empty());
        // The lanes are distinct, above the plot.
        let lanes: Vec<f64> = (0..MigrationType::ALL.len())
            .map(|i| plot.lane_y(i))
            .collect();
        assert!(lanes.iter().all(|&y| y < plot.frame.y1()));
        assert!(lanes.windows(2).all(|w| w[0] != w[1]));
    }

    #[test]
    fn the_nearest_swept_value_is_found_on_the_log_axis() {
        let xs = [1.0, 10.0, 100.0, 1000.0];
        assert_eq!(nearest(&xs, 2.0), 0);
        assert_eq!(nearest(&xs, 4.0), 1, "log distance: 4 is nearer 10 than 1");
        assert_eq!(nearest(&xs, 5000.0), 3);
        assert_eq!(nearest(&[], 5.0), 0);
    }

    #[test]
    fn the_legend_wraps_to_fit() {
        let (wide, _, h1) = legend_layout(1200.0, 8.0, &names());
        let (narrow, _, h2) = legend_layout(300.0, 8.0, &names());
        assert!(
            wide.iter().all(|&(_, _, y)| y == wide[0].2),
            "one row when wide"
        );
        assert!(h2 > h1, "more rows when narrow");
        assert!(narrow.iter().all(|&(_, x, _)| x < 300.0));
    }
}
