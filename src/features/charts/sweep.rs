//! Sweep chart: downtime, total time or data sent against the dirty rate or the
//! bandwidth, every migration type on one chart (or, in a comparison by another
//! parameter, one line per row, named as the row), the λ = 1 boundary marked and the
//! current parameters as points. It recomputes on every change of the parameters (a
//! sweep of the shown axis does not depend on that axis's current value, so dragging
//! that slider only moves the points). Hover, or focus and arrow keys, read out the
//! exact values at one value of the axis.

use crate::app::run::TypeRuns;
use crate::components::tabs::segmented;
use crate::draw::charts::svg::{self, attr_num, Side, FONT, FONT_FAMILY, INK, MUTED};
use crate::draw::charts::sweep_plot::{axis_unit, metric_unit, nearest, SweepPlot, Y_TICKS};
use crate::draw::charts::{series_style, use_cursor};
use crate::i18n::{t, t0, use_lang, Lang};
use crate::picture::format::in_lang;
use crate::picture::labels::outcome_id;
use migration_model::sweep::{self, log_space, Axis, Metric, Sweep};
use migration_model::{MigrationType, Params, Trace};
use std::rc::Rc;
use yew::prelude::*;

/// Points per type: 200 gives a smooth line over four decades.
pub const SWEEP_POINTS: usize = 200;

/// Runs a sweep may make: [`SWEEP_POINTS`] for each of the five types. A comparison's
/// rows share the same budget (six rows: 166 points each), so no sweep takes longer
/// than the chart by type (docs/architecture.md, bounded work).
const SWEEP_RUNS: usize = SWEEP_POINTS * MigrationType::ALL.len();

/// One line of the chart: a type, or a row of a comparison by another parameter.
#[derive(Clone, Debug, PartialEq)]
pub struct SweepRow {
    /// Its name in the legend and the readout ("Live", "Xen (classic)", "no change").
    pub name: String,
    /// Its parameters; the sweep sets the axis's value.
    pub params: Params,
    /// Its run at the current parameters (the "you are here" point), if it runs.
    pub run: Option<Rc<Trace>>,
}

#[derive(Properties, PartialEq)]
pub struct SweepChartProps {
    /// Parameters of the run shown (valid); the sweep varies one of them.
    pub params: crate::app::run::Ptr<Params>,
    /// Every type run with `params`: the points that mark "you are here".
    pub current: TypeRuns,
    /// Prefix for ids, so two charts can share a page.
    pub id: AttrValue,
    /// Size of the chart in px (it is drawn at this size and scales with its box).
    pub width: f64,
    pub height: f64,
    /// Values per type.
    #[prop_or(SWEEP_POINTS)]
    pub points: usize,
    /// Axis shown first.
    #[prop_or(Axis::DirtyRate)]
    pub axis: Axis,
    /// A comparison's rows, one line each, in place of every type (`current`).
    #[prop_or_default]
    pub rows: Option<crate::app::run::Ptr<[SweepRow]>>,
}

/// A type's line name in `lang` (`chart-line-live`: "Live"; in English the short name
/// `draw::charts::short_label` gives).
pub fn type_line_name(lang: Lang, ty: MigrationType) -> String {
    t0(lang, &format!("chart-line-{}", ty.key()))
}

/// The chart's lines: the rows given, or every type with `current`'s runs; and which one
/// is the run shown (the current type, by type).
fn lines(lang: Lang, props: &SweepChartProps) -> (Vec<SweepRow>, Option<usize>) {
    if let Some(rows) = &props.rows {
        return (rows.to_vec(), None);
    }
    let p = &props.params;
    let rows = props
        .current
        .iter()
        .map(|r| SweepRow {
            name: type_line_name(lang, r.migration_type),
            params: Params {
                migration_type: r.migration_type,
                ..(**p).clone()
            },
            run: r.trace.as_ref().ok().cloned(),
        })
        .collect::<Vec<_>>();
    let selected = rows
        .iter()
        .position(|r| r.params.migration_type == p.migration_type);
    (rows, selected)
}

/// The axes whose sweep would draw every line alike: setting the axis's value makes the
/// lines' parameters equal (the rows differ only in that value, `by=bw` for the
/// bandwidth). Never every line of one, or of no line.
pub fn flat_axes(lines: &[SweepRow]) -> Vec<Axis> {
    if lines.len() < 2 {
        return Vec::new();
    }
    Axis::ALL
        .into_iter()
        .filter(|&axis| {
            let zeroed = |l: &SweepRow| {
                let mut p = l.params.clone();
                axis.set(&mut p, 0.0);
                p
            };
            let first = zeroed(&lines[0]);
            lines[1..].iter().all(|l| zeroed(l) == first)
        })
        .collect()
}

/// The axis drawn: the one asked for unless its lines would coincide, then another
/// whose lines differ (if every axis would, the one asked for, with a note).
fn shown_axis(want: Axis, flat: &[Axis]) -> Axis {
    if !flat.contains(&want) {
        return want;
    }
    Axis::ALL
        .into_iter()
        .find(|a| !flat.contains(a))
        .unwrap_or(want)
}

/// One plain line on an axis left out (or drawn with lines that coincide): why.
fn flat_note(lang: Lang, flat: &[Axis]) -> Option<String> {
    match flat {
        [] => None,
        [a] => Some(t(
            lang,
            "chart-sweep-flat",
            &[("axis", axis_name(lang, *a).into())],
        )),
        _ => Some(t0(lang, "chart-sweep-flat-all")),
    }
}

/// An axis's name in lower case, as a sentence says it ("dirty rate").
fn axis_name(lang: Lang, a: Axis) -> String {
    t0(lang, &format!("chart-axis-{}", a.key())).to_lowercase()
}

/// A metric's name ("Downtime").
fn metric_name(lang: Lang, m: Metric) -> String {
    t0(lang, &format!("chart-metric-{}", m.key()))
}

/// The sweep for one axis with its cost, keyed so that the axis's own value does not
/// count: dragging the swept slider only moves the points.
#[derive(Clone, Debug, PartialEq)]
struct SweepKey {
    bases: Vec<Params>,
    axis: Axis,
    /// Values per line.
    points: usize,
}

impl SweepKey {
    /// Each line's parameters, `points` values each at most, within [`SWEEP_RUNS`].
    fn new(lines: &[SweepRow], axis: Axis, points: usize) -> Self {
        let bases = lines
            .iter()
            .map(|l| {
                let mut base = l.params.clone();
                axis.set(&mut base, 0.0);
                base
            })
            .collect::<Vec<_>>();
        let points = points.min(SWEEP_RUNS / bases.len().max(1));
        SweepKey {
            bases,
            axis,
            points,
        }
    }
}

struct Computed {
    sweep: Option<Sweep>,
    /// Milliseconds the sweep took in the browser (for the benchmark and the tests).
    ms: Option<f64>,
}

fn now_ms() -> Option<f64> {
    #[cfg(target_arch = "wasm32")]
    {
        crate::app::page::window()
            .and_then(|w| w.performance())
            .map(|p| p.now())
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        None
    }
}

fn compute(key: &SweepKey) -> Computed {
    // The key zeroed the swept value; every point sets its own.
    let (lo, hi) = key.axis.default_range();
    let xs = log_space(lo, hi, key.points);
    let start = now_ms();
    let sweep = sweep::sweep_each(&key.bases, key.axis, &xs).ok();
    let ms = start.zip(now_ms()).map(|(a, b)| b - a);
    Computed { sweep, ms }
}

/// One value for the readout: the metric, or why there is none.
fn value_text(lang: Lang, metric: Metric, m: &migration_model::Metrics) -> String {
    if m.outcome == migration_model::Outcome::Completed {
        in_lang(lang, metric_unit(metric).exact(metric.of(m)))
    } else {
        t0(lang, outcome_id(m.outcome))
    }
}

/// What the parts of a sweep chart read: the plot's geometry, what it shows, the
/// parameters of the run shown and the prefix of its ids.
struct Chart<'a> {
    lang: Lang,
    plot: &'a SweepPlot,
    metric: Metric,
    axis: Axis,
    params: &'a Params,
    id: &'a str,
    lines: &'a [SweepRow],
    /// The line of the run shown, circled.
    selected: Option<usize>,
}

impl Chart<'_> {
    fn name(&self, i: usize) -> &str {
        self.lines.get(i).map_or("", |l| l.name.as_str())
    }

    /// Every line, its markers and the lanes where it never completes.
    fn series(&self, sweep: Option<&Sweep>) -> Html {
        let plot = self.plot;
        let mut lines = Vec::new();
        let mut incomplete = Vec::new();
        let mut markers = Vec::new();
        for line in sweep
            .map(|s| plot.lines(s, self.metric))
            .unwrap_or_default()
        {
            let i = line.series;
            let st = series_style(i);
            let y = plot.lane_y(i);
            lines.extend(
                line.segments
                    .iter()
                    .map(|seg| svg::polyline(seg, st.colour, 3.0, st.dash)),
            );
            markers.extend(
                line.markers
                    .iter()
                    .map(|&(x, y)| svg::marker(st.shape, x, y, 5.0, "#ffffff", st.colour)),
            );
            incomplete.extend(line.never.iter().map(|&(a, b)| {
                html! {
                    <g class="incomplete">
                        <line x1={attr_num(a)} x2={attr_num(b.max(a + 2.0))} y1={attr_num(y)} y2={attr_num(y)} stroke={st.colour}
                            stroke-width="4" stroke-dasharray="2 5" stroke-linecap="round" />
                        <title>{ t(self.lang, "chart-sweep-incomplete", &[("name", self.name(i).into())]) }</title>
                    </g>
                }
            }));
        }
        html! { <>{ for lines }{ for markers }{ for incomplete }</> }
    }

    /// The λ = 1 boundary, where it falls inside the axis.
    fn lambda_one(&self) -> Option<Html> {
        let (f, xs) = (&self.plot.frame, self.plot.xs);
        let x1 = self
            .axis
            .lambda_one(self.params)
            .filter(|&x| xs.contains(x))?;
        let x = xs.map(x1);
        Some(html! {
            <g class="lambda-one" data-testid={format!("{}-lambda", self.id)}>
                <line x1={attr_num(x)} x2={attr_num(x)} y1={attr_num(f.y1() - 6.0)} y2={attr_num(f.y0())} stroke={INK} stroke-width="2" stroke-dasharray="7 5" />
                <text x={attr_num(x + 5.0)} y={attr_num(f.y1() + 16.0)} font-size={attr_num(FONT)} font-weight="700" fill={INK}>{ "λ = 1" }</text>
            </g>
        })
    }

    /// The current parameters: every line's point at the axis's current value, the
    /// shown run's circled.
    fn current_marks(&self) -> Html {
        let (p, axis_v, metric_v) = (self.params, self.axis, self.metric);
        let cur_x = axis_v.get(p);
        let cx = self.plot.xs.map(cur_x);
        let runs = self.lines.iter().enumerate();
        let marks = runs.filter_map(|(i, l)| l.run.as_ref().map(|r| (i, r))).map(|(i, run)| {
            let st = series_style(i);
            let y = self.plot.y_of(i, metric_v, &run.metrics);
            let is_cur = self.selected == Some(i);
            let label = t(
                self.lang,
                "chart-sweep-current",
                &[
                    ("name", self.name(i).into()),
                    ("axis", axis_name(self.lang, axis_v).into()),
                    ("x", in_lang(self.lang, axis_unit(axis_v).exact(cur_x)).into()),
                    ("value", value_text(self.lang, metric_v, &run.metrics).into()),
                ],
            );
            html! {
                <g class={classes!("current-point", is_cur.then_some("selected"))}
                    data-testid={is_cur.then(|| format!("{}-current", self.id))}
                    data-x={attr_num(cx)} data-y={attr_num(y)}>
                    if is_cur {
                        <circle cx={attr_num(cx)} cy={attr_num(y)} r="11" fill="none" stroke={INK} stroke-width="2.5" />
                    }
                    { svg::marker(st.shape, cx, y, if is_cur { 7.0 } else { 5.5 }, st.colour, "#ffffff") }
                    <title>{ label }</title>
                </g>
            }
        });
        html! { <>{ for marks }</> }
    }

    /// The readout cursor's line and every type's point on it.
    fn crosshair(&self, s: &Sweep, i: usize) -> Html {
        let f = &self.plot.frame;
        let x = self.plot.xs.map(s.xs[i]);
        let dots = s.series.iter().enumerate().map(|(k, series)| {
            let st = series_style(k);
            let y = self.plot.y_of(k, self.metric, &series.points[i].metrics);
            svg::marker(st.shape, x, y, 5.0, st.colour, INK)
        });
        html! {
            <g class="crosshair" data-testid={format!("{}-crosshair", self.id)}>
                <line x1={attr_num(x)} x2={attr_num(x)} y1={attr_num(f.y1() - 24.0)} y2={attr_num(f.y0())} stroke={MUTED} stroke-width="1.5" />
                { for dots }
            </g>
        }
    }

    /// The readout: its head and every line's value (by index), at the cursor or else
    /// at the current parameters.
    fn readout(
        &self,
        cursor: Option<usize>,
        sweep: Option<&Sweep>,
    ) -> (String, Vec<(usize, String)>) {
        let (axis_v, metric_v) = (self.axis, self.metric);
        let lambda_at = |x: f64| {
            let mut q = self.params.clone();
            axis_v.set(&mut q, x);
            migration_model::Trace::lambda(&q)
        };
        let (rx, entries): (f64, Vec<(usize, String)>) = match cursor.zip(sweep) {
            Some((i, s)) => (
                s.xs[i],
                s.series
                    .iter()
                    .enumerate()
                    .map(|(k, se)| (k, value_text(self.lang, metric_v, &se.points[i].metrics)))
                    .collect(),
            ),
            None => (
                axis_v.get(self.params),
                self.lines
                    .iter()
                    .enumerate()
                    .filter_map(|(k, l)| {
                        l.run
                            .as_ref()
                            .map(|t| (k, value_text(self.lang, metric_v, &t.metrics)))
                    })
                    .collect(),
            ),
        };
        let head = t(
            self.lang,
            if cursor.is_some() {
                "chart-sweep-at"
            } else {
                "chart-sweep-now"
            },
            &[
                ("axis", axis_name(self.lang, axis_v).into()),
                ("x", in_lang(self.lang, axis_unit(axis_v).exact(rx)).into()),
                (
                    "lambda",
                    in_lang(self.lang, format!("{:.2}", lambda_at(rx))).into(),
                ),
            ],
        );
        (head, entries)
    }

    /// The chart's title and description (for screen readers), and its axes' titles.
    fn titles(&self) -> (String, String, String, String) {
        let (lang, metric_v, axis_v) = (self.lang, self.metric, self.axis);
        let (xlo, xhi) = axis_v.default_range();
        let (metric, axis) = (metric_name(lang, metric_v), axis_name(lang, axis_v));
        let title = t(
            lang,
            "chart-sweep-title",
            &[
                ("metric", metric.as_str().into()),
                ("axis", axis.as_str().into()),
            ],
        );
        let subject = if self.selected.is_some() {
            "types"
        } else {
            "runs"
        };
        let desc = t(
            lang,
            "chart-sweep-desc",
            &[
                ("metric", metric.as_str().into()),
                ("subject", subject.into()),
                ("axis", axis.into()),
                ("from", in_lang(lang, axis_unit(axis_v).exact(xlo)).into()),
                ("to", in_lang(lang, axis_unit(axis_v).exact(xhi)).into()),
            ],
        );
        let y_title = match metric_v {
            Metric::BytesSent => t0(lang, "chart-sweep-y-bytes"),
            _ => t(lang, "chart-sweep-y-time", &[("metric", metric.into())]),
        };
        let x_title = t0(lang, &format!("chart-sweep-x-{}", axis_v.key()));
        (title, desc, y_title, x_title)
    }

    /// The metric and axis switches.
    fn switches(
        &self,
        metric: UseStateHandle<Metric>,
        axis: UseStateHandle<Axis>,
        flat: &[Axis],
    ) -> Html {
        let (id, lang) = (self.id, self.lang);
        let metric_buttons = segmented(
            t0(lang, "chart-sweep-metric"),
            "",
            Metric::ALL
                .iter()
                .map(|&m| (m, metric_name(lang, m), format!("{id}-metric-{}", m.key())))
                .collect(),
            self.metric,
            &Callback::from(move |m| metric.set(m)),
        );
        let axis_buttons = segmented(
            t0(lang, "chart-sweep-axis"),
            "",
            Axis::ALL
                .iter()
                .filter(|a| flat.len() == Axis::ALL.len() || !flat.contains(a))
                .map(|&a| {
                    let text = t0(lang, &format!("chart-sweep-vs-{}", a.key()));
                    (a, text, format!("{id}-axis-{}", a.key()))
                })
                .collect(),
            self.axis,
            &Callback::from(move |a| axis.set(a)),
        );
        html! {
            <div class="chart-controls">
                { metric_buttons }
                { axis_buttons }
            </div>
        }
    }

    /// The key: every line and its marker, named.
    fn legend(&self) -> Html {
        let items = self.plot.legend.iter().map(|&(i, x, y)| {
            let st = series_style(i);
            html! {
                <g>
                    <line x1={attr_num(x)} x2={attr_num(x + 30.0)} y1={attr_num(y - 5.0)} y2={attr_num(y - 5.0)} stroke={st.colour} stroke-width="3" stroke-dasharray={st.dash} />
                    { svg::marker(st.shape, x + 15.0, y - 5.0, 5.0, "#ffffff", st.colour) }
                    <text x={attr_num(x + 36.0)} y={attr_num(y)} font-size={attr_num(FONT)} fill={INK} data-testid={format!("{}-legend", self.id)}>{ self.name(i).to_string() }</text>
                </g>
            }
        });
        html! { <>{ for items }</> }
    }

    /// The key's "never completes" lane (after the axes).
    fn never_key(&self) -> Html {
        let never = self.plot.never;
        html! {
                <g class="legend-incomplete">
                    <line x1={attr_num(never.0)} x2={attr_num(never.0 + 30.0)} y1={attr_num(never.1 - 5.0)} y2={attr_num(never.1 - 5.0)} stroke={MUTED}
                        stroke-width="4" stroke-dasharray="2 5" stroke-linecap="round" />
                    <text x={attr_num(never.0 + 36.0)} y={attr_num(never.1)} font-size={attr_num(FONT)} fill={INK}>{ t0(self.lang, "chart-sweep-never") }</text>
                </g>
        }
    }
}

/// The readout's values, each after its line's marker and name.
fn readout_items(entries: &[(usize, String)], lines: &[SweepRow]) -> Html {
    html! {
        { for entries.iter().map(|(i, v)| {
            let st = series_style(*i);
            let name = lines.get(*i).map_or("", |l| l.name.as_str());
            html! {
                <span class="readout-item">
                    <svg class="key" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
                        { svg::marker(st.shape, 8.0, 8.0, 5.5, st.colour, st.colour) }
                    </svg>
                    { format!("{name} {v}") }
                </span>
            }
        }) }
    }
}

#[component]
pub fn SweepChart(props: &SweepChartProps) -> Html {
    let lang = use_lang();
    let metric = use_state(|| Metric::Downtime);
    let axis = use_state(|| props.axis);
    let p = &props.params;
    let (lines, selected) = lines(lang, props);
    let flat = flat_axes(&lines);
    let (metric_v, axis_v) = (*metric, shown_axis(*axis, &flat));
    let computed = use_memo(SweepKey::new(&lines, axis_v, props.points), compute);
    let sweep = computed.sweep.as_ref();
    let names: Vec<String> = lines.iter().map(|l| l.name.clone()).collect();
    let plot = SweepPlot::new(
        (props.width, props.height),
        (axis_v, metric_v),
        &names,
        sweep,
        lines.iter().filter_map(|l| l.run.as_ref()),
    );
    let (f, xs, ys) = (&plot.frame, plot.xs, plot.ys);
    let chart = Chart {
        lang,
        plot: &plot,
        metric: metric_v,
        axis: axis_v,
        params: p,
        id: &props.id,
        lines: &lines,
        selected,
    };

    // Readout cursor: an index into the sweep's values.
    let cur_x = axis_v.get(p);
    let swept_xs: Rc<[f64]> = sweep.map_or_else(|| Rc::from([]), |s| s.xs.clone().into());
    let count = swept_xs.len();
    let svg_ref = use_node_ref();
    let index_at: Rc<dyn Fn(f64) -> Option<usize>> = {
        let swept_xs = swept_xs.clone();
        let (x0, x1) = (f.x0(), f.x1());
        Rc::new(move |px| {
            (px >= x0 - 10.0 && px <= x1 + 10.0).then(|| nearest(&swept_xs, xs.invert(px)))
        })
    };
    let home = nearest(&swept_xs, cur_x.max(1.0));
    let cursor = use_cursor(svg_ref.clone(), count, f.width, index_at, home);
    let (readout_head, entries) = chart.readout(cursor.at, sweep);
    let (title, desc, y_title, x_title) = chart.titles();
    let cx = xs.map(cur_x);
    let title_id = format!("{}-title", props.id);
    let desc_id = format!("{}-desc", props.id);
    html! {
        <figure class="chart-figure sweep-chart" data-testid={props.id.clone()}
            data-sweep-ms={computed.ms.map(|ms| format!("{ms:.2}"))}
            data-sweep-points={(count * lines.len()).to_string()}>
            { chart.switches(metric, axis, &flat) }
            if let Some(note) = flat_note(lang, &flat) {
                <p class="sweep-note" data-testid={format!("{}-note", props.id)}>{ note }</p>
            }
            <svg ref={svg_ref} xmlns="http://www.w3.org/2000/svg" class="chart" viewBox={format!("0 0 {} {}", attr_num(f.width), attr_num(f.height))}
                width={attr_num(f.width)} height={attr_num(f.height)}
                font-family={FONT_FAMILY} tabindex="0" role="img"
                aria-labelledby={format!("{title_id} {desc_id}")}
                onpointermove={cursor.onpointermove} onpointerleave={cursor.onpointerleave}
                onkeydown={cursor.onkeydown} onfocus={cursor.onfocus} onblur={cursor.onblur}>
                <title id={title_id}>{ title }</title>
                <desc id={desc_id}>{ desc }</desc>
                <rect x="0" y="0" width={attr_num(f.width)} height={attr_num(f.height)} fill="#ffffff" />
                { chart.legend() }
                { svg::y_axis(lang, f, &ys, metric_unit(metric_v), &y_title, Side::Left, Y_TICKS) }
                { svg::x_axis(lang, f, &xs, axis_unit(axis_v), &x_title, 6) }
                { chart.never_key() }
                { chart.series(sweep) }
                { for chart.lambda_one() }
                <line x1={attr_num(cx)} x2={attr_num(cx)} y1={attr_num(f.y1() - 24.0)} y2={attr_num(f.y0())} stroke={INK} stroke-width="1.5" stroke-dasharray="2 3" />
                { chart.current_marks() }
                { for cursor.at.zip(sweep).map(|(i, s)| chart.crosshair(s, i)) }
            </svg>
            <figcaption class="readout" aria-live="polite" data-testid={format!("{}-readout", props.id)}>
                <span class="readout-head">{ readout_head }</span>
                { readout_items(&entries, &lines) }
            </figcaption>
        </figure>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(f: impl Fn(&mut Params)) -> SweepRow {
        let mut params = Params::default();
        f(&mut params);
        SweepRow {
            name: String::new(),
            params,
            run: None,
        }
    }

    #[test]
    fn an_axis_the_rows_differ_in_is_left_out_and_the_other_is_drawn() {
        let bw = [
            row(|p| p.bandwidth_bytes_per_s = 1.25e8),
            row(|p| p.bandwidth_bytes_per_s = 1.25e9),
        ];
        assert_eq!(flat_axes(&bw), [Axis::Bandwidth]);
        assert_eq!(
            shown_axis(Axis::Bandwidth, &flat_axes(&bw)),
            Axis::DirtyRate
        );
        assert!(flat_note(Lang::En, &flat_axes(&bw))
            .unwrap()
            .contains("bandwidth"));
        let dirty = [
            row(|p| p.dirty_rate_bytes_per_s = 1e7),
            row(|p| p.dirty_rate_bytes_per_s = 1e8),
        ];
        assert_eq!(flat_axes(&dirty), [Axis::DirtyRate]);
        assert_eq!(
            shown_axis(Axis::DirtyRate, &flat_axes(&dirty)),
            Axis::Bandwidth
        );
        // Rows that differ in anything else keep both axes.
        let policy = [
            row(|_| {}),
            row(|p| p.policy = migration_model::StopPolicy::Xen),
        ];
        assert!(flat_axes(&policy).is_empty());
        assert_eq!(shown_axis(Axis::Bandwidth, &[]), Axis::Bandwidth);
        assert_eq!(flat_note(Lang::En, &[]), None);
        // One line, or lines that set both axes alike: the axis asked for, with a note.
        assert!(flat_axes(&bw[..1]).is_empty());
        assert_eq!(shown_axis(Axis::DirtyRate, &Axis::ALL), Axis::DirtyRate);
        assert!(flat_note(Lang::En, &Axis::ALL)
            .unwrap()
            .contains("coincide"));
    }

    #[test]
    fn a_types_line_is_named_in_the_language_and_in_english_by_its_short_name() {
        for ty in MigrationType::ALL {
            let en = type_line_name(Lang::En, ty);
            assert_eq!(en, crate::draw::charts::short_label(ty));
            for lang in [Lang::Es, Lang::ZhCn] {
                assert_ne!(type_line_name(lang, ty), en, "{ty:?} in {lang:?}");
            }
        }
    }
}
