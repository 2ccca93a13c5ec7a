//! Sweep chart: downtime, total time or data sent against the dirty rate or the
//! bandwidth, every migration type on one chart, the λ = 1 boundary marked and the
//! current parameters as points. It recomputes on every change of the parameters (a
//! sweep of the shown axis does not depend on that axis's current value, so dragging
//! that slider only moves the points). Hover, or focus and arrow keys, read out the
//! exact values at one value of the axis.

use crate::charts::scale::{log_bounds, Scale, Unit};
use crate::charts::svg::{self, n, Frame, Side, FONT, FONT_FAMILY, INK, MUTED};
use crate::charts::{cursor_key, pointer_x, short_label, type_style};
use crate::labels::outcome_label;
use crate::run::TypeRuns;
use migration_model::sweep::{self, log_space, Axis, Metric, Sweep};
use migration_model::{MigrationType, Params};
use std::rc::Rc;
use web_sys::{KeyboardEvent, PointerEvent};
use yew::prelude::*;

/// Points per type: 200 gives a smooth line over four decades.
pub const SWEEP_POINTS: usize = 200;

#[derive(Properties, PartialEq)]
pub struct SweepChartProps {
    /// Parameters of the run shown (valid); the sweep varies one of them.
    pub params: Rc<Params>,
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
}

/// The sweep for one axis with its cost, keyed so that the axis's own value (and the
/// type) do not count: dragging the swept slider only moves the points.
#[derive(Clone, Debug, PartialEq)]
struct SweepKey {
    base: Params,
    axis: Axis,
    points: usize,
}

impl SweepKey {
    fn new(p: &Params, axis: Axis, points: usize) -> Self {
        let mut base = p.clone();
        axis.set(&mut base, 0.0);
        base.migration_type = MigrationType::Live;
        SweepKey { base, axis, points }
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
        crate::page::window()
            .and_then(|w| w.performance())
            .map(|p| p.now())
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        None
    }
}

fn compute(key: &SweepKey) -> Computed {
    let mut base = key.base.clone();
    // The key zeroed the swept value; any valid value will do, every point sets its own.
    let (lo, hi) = key.axis.default_range();
    key.axis.set(&mut base, lo);
    let xs = log_space(lo, hi, key.points);
    let start = now_ms();
    let sweep = sweep::sweep(&base, key.axis, &xs, &MigrationType::ALL).ok();
    let ms = start.zip(now_ms()).map(|(a, b)| b - a);
    Computed { sweep, ms }
}

fn metric_unit(m: Metric) -> Unit {
    match m {
        Metric::Downtime | Metric::TotalTime => Unit::Seconds,
        Metric::BytesSent => Unit::Bytes,
    }
}

fn axis_unit(a: Axis) -> Unit {
    match a {
        Axis::DirtyRate => Unit::ByteRate,
        Axis::Bandwidth => Unit::BitRate,
    }
}

/// One value for the readout: the metric, or why there is none.
fn value_text(metric: Metric, m: &migration_model::Metrics) -> String {
    if m.outcome == migration_model::Outcome::Completed {
        metric_unit(metric).exact(metric.of(m))
    } else {
        outcome_label(m.outcome).to_string()
    }
}

/// Legend entries laid out in rows that fit `width`; returns (x, y) per type and the
/// height used.
/// Where each legend entry goes: (type, x, y).
type LegendPlaces = Vec<(MigrationType, f64, f64)>;

/// Legend entries laid out in rows that fit `width`: (x, y) per type, then the place of
/// the "never completes" entry, then the height used.
fn legend_layout(width: f64, x0: f64) -> (LegendPlaces, (f64, f64), f64) {
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
    for ty in MigrationType::ALL {
        let (px, py) = place(short_label(ty).chars().count());
        out.push((ty, px, py));
    }
    let never = place("never completes".len());
    (out, never, y + 14.0)
}

#[component]
pub fn SweepChart(props: &SweepChartProps) -> Html {
    let metric = use_state(|| Metric::Downtime);
    let axis = use_state(|| props.axis);
    let cursor = use_state(|| None::<usize>);
    let p = &props.params;

    let key = SweepKey::new(p, *axis, props.points);
    let computed = use_memo(key, compute);
    let current = &props.current;

    let metric_v = *metric;
    let axis_v = *axis;
    let unit = metric_unit(metric_v);
    let (legend, never, legend_h) = legend_layout(props.width - 8.0, 8.0);
    let f = Frame {
        width: props.width,
        height: props.height,
        left: 74.0,
        right: 34.0,
        top: legend_h + 34.0,
        bottom: 50.0,
    };
    let (xlo, xhi) = axis_v.default_range();
    let xs = Scale::log(xlo, xhi, f.x0(), f.x1());

    // y range: every completed value, and the current points.
    let mut lo = f64::INFINITY;
    let mut hi = 0.0f64;
    let mut take = |v: f64| {
        if v > 0.0 && v.is_finite() {
            lo = lo.min(v);
            hi = hi.max(v);
        }
    };
    if let Some(s) = &computed.sweep {
        for pt in s.series.iter().flat_map(|s| s.points.iter()) {
            if pt.completed() {
                take(metric_v.of(&pt.metrics));
            }
        }
    }
    for (_, t) in current.ok() {
        if t.metrics.outcome == migration_model::Outcome::Completed {
            take(metric_v.of(&t.metrics));
        }
    }
    let (ylo, yhi) = log_bounds(lo, hi, unit);
    let ys = Scale::log(ylo, yhi, f.y0(), f.y1());
    // Lanes just above the plot, one per type, for ranges where it never completes.
    let lane_y = |i: usize| f.y1() - 8.0 - 5.0 * i as f64;
    let type_index = |ty: MigrationType| {
        MigrationType::ALL
            .iter()
            .position(|&t| t == ty)
            .unwrap_or(0)
    };

    let mut lines = Vec::new();
    let mut incomplete = Vec::new();
    let mut markers = Vec::new();
    if let Some(s) = &computed.sweep {
        for series in &s.series {
            let st = type_style(series.migration_type);
            let ti = type_index(series.migration_type);
            let mut seg: Vec<(f64, f64)> = Vec::new();
            let mut bad: Option<(f64, f64)> = None;
            let flush_bad = |bad: &mut Option<(f64, f64)>, out: &mut Vec<Html>| {
                if let Some((a, b)) = bad.take() {
                    let y = lane_y(ti);
                    out.push(html! {
                        <g class="incomplete">
                            <line x1={n(a)} x2={n(b.max(a + 2.0))} y1={n(y)} y2={n(y)} stroke={st.colour}
                                stroke-width="4" stroke-dasharray="2 5" stroke-linecap="round" />
                            <title>{ format!("{}: does not complete here", short_label(series.migration_type)) }</title>
                        </g>
                    });
                }
            };
            for (i, pt) in series.points.iter().enumerate() {
                let x = xs.map(pt.x);
                if pt.completed() {
                    flush_bad(&mut bad, &mut incomplete);
                    let y = ys.map(metric_v.of(&pt.metrics));
                    seg.push((x, y));
                    // A marker every 25 points, staggered by type so they do not sit on
                    // top of each other where lines meet.
                    if (i + ti * 5) % 25 == 0 {
                        markers.push(svg::marker(st.shape, x, y, 5.0, "#ffffff", st.colour));
                    }
                } else {
                    if seg.len() > 1 {
                        lines.push(svg::polyline(&seg, st.colour, 3.0, st.dash));
                    }
                    seg.clear();
                    bad = Some(bad.map_or((x, x), |(a, _)| (a, x)));
                }
            }
            flush_bad(&mut bad, &mut incomplete);
            if seg.len() > 1 {
                lines.push(svg::polyline(&seg, st.colour, 3.0, st.dash));
            }
        }
    }

    // λ = 1 boundary.
    let lambda = axis_v.lambda_one(p).filter(|&x| xs.contains(x)).map(|x1| {
        let x = xs.map(x1);
        html! {
            <g class="lambda-one" data-testid={format!("{}-lambda", props.id)}>
                <line x1={n(x)} x2={n(x)} y1={n(f.y1() - 6.0)} y2={n(f.y0())} stroke={INK} stroke-width="2" stroke-dasharray="7 5" />
                <text x={n(x + 5.0)} y={n(f.y1() + 16.0)} font-size={n(FONT)} font-weight="700" fill={INK}>{ "λ = 1" }</text>
            </g>
        }
    });

    // The current parameters.
    let cur_x = axis_v.get(p);
    let cx = xs.map(cur_x);
    let current_marks = current.ok().map(|(ty, t)| {
        let st = type_style(ty);
        let done = t.metrics.outcome == migration_model::Outcome::Completed;
        let y = if done { ys.map(metric_v.of(&t.metrics)) } else { lane_y(type_index(ty)) };
        let is_cur = ty == p.migration_type;
        let label = format!(
            "{} at the current {} ({}): {}",
            short_label(ty),
            axis_v.label().to_ascii_lowercase(),
            axis_unit(axis_v).exact(cur_x),
            value_text(metric_v, &t.metrics)
        );
        html! {
            <g class={classes!("current-point", is_cur.then_some("selected"))}
                data-testid={is_cur.then(|| format!("{}-current", props.id))}
                data-x={n(cx)} data-y={n(y)}>
                if is_cur {
                    <circle cx={n(cx)} cy={n(y)} r="11" fill="none" stroke={INK} stroke-width="2.5" />
                }
                { svg::marker(st.shape, cx, y, if is_cur { 7.0 } else { 5.5 }, st.colour, "#ffffff") }
                <title>{ label }</title>
            </g>
        }
    });

    // Readout cursor: an index into the sweep's values.
    let count = computed.sweep.as_ref().map_or(0, |s| s.xs.len());
    let nearest = {
        let xs_vals: Vec<f64> = computed
            .sweep
            .as_ref()
            .map(|s| s.xs.clone())
            .unwrap_or_default();
        move |v: f64| -> usize {
            xs_vals
                .iter()
                .enumerate()
                .min_by(|a, b| {
                    let da = (a.1.ln() - v.ln()).abs();
                    let db = (b.1.ln() - v.ln()).abs();
                    da.total_cmp(&db)
                })
                .map_or(0, |(i, _)| i)
        }
    };
    let svg_ref = use_node_ref();
    let onpointermove = {
        let cursor = cursor.clone();
        let nearest = nearest.clone();
        let svg_ref = svg_ref.clone();
        let (w, x0, x1) = (f.width, f.x0(), f.x1());
        Callback::from(move |e: PointerEvent| {
            let Some(px) = pointer_x(&svg_ref, &e, w) else {
                return;
            };
            if px < x0 - 10.0 || px > x1 + 10.0 {
                return;
            }
            cursor.set(Some(nearest(xs.invert(px))));
        })
    };
    let onpointerleave = {
        let cursor = cursor.clone();
        Callback::from(move |_: PointerEvent| cursor.set(None))
    };
    let onkeydown = {
        let cursor = cursor.clone();
        let nearest = nearest.clone();
        Callback::from(move |e: KeyboardEvent| {
            let at = (*cursor).unwrap_or_else(|| nearest(cur_x.max(1.0)));
            if let Some(i) = cursor_key(&e.key(), e.shift_key(), at, count) {
                e.prevent_default();
                cursor.set(Some(i));
            } else if e.key() == "Escape" {
                cursor.set(None);
            }
        })
    };
    let onfocus = {
        let cursor = cursor.clone();
        let nearest = nearest.clone();
        Callback::from(move |_: FocusEvent| cursor.set(Some(nearest(cur_x.max(1.0)))))
    };
    let onblur = {
        let cursor = cursor.clone();
        Callback::from(move |_: FocusEvent| cursor.set(None))
    };

    let cursor_i = (*cursor).filter(|&i| i < count);
    let crosshair = cursor_i.and_then(|i| {
        let s = computed.sweep.as_ref()?;
        let x = xs.map(s.xs[i]);
        let dots = s.series.iter().map(|series| {
            let pt = &series.points[i];
            let st = type_style(series.migration_type);
            let y = if pt.completed() {
                ys.map(metric_v.of(&pt.metrics))
            } else {
                lane_y(type_index(series.migration_type))
            };
            svg::marker(st.shape, x, y, 5.0, st.colour, INK)
        });
        Some(html! {
            <g class="crosshair" data-testid={format!("{}-crosshair", props.id)}>
                <line x1={n(x)} x2={n(x)} y1={n(f.y1() - 24.0)} y2={n(f.y0())} stroke={MUTED} stroke-width="1.5" />
                { for dots }
            </g>
        })
    });

    // Readout text: at the cursor, or at the current parameters.
    let lambda_at = |x: f64| {
        let mut q = (**p).clone();
        axis_v.set(&mut q, x);
        migration_model::Trace::lambda(&q)
    };
    let (rx, entries): (f64, Vec<(MigrationType, String)>) = match (cursor_i, &computed.sweep) {
        (Some(i), Some(s)) => (
            s.xs[i],
            s.series
                .iter()
                .map(|se| {
                    (
                        se.migration_type,
                        value_text(metric_v, &se.points[i].metrics),
                    )
                })
                .collect(),
        ),
        _ => (
            cur_x,
            current
                .ok()
                .map(|(ty, t)| (ty, value_text(metric_v, &t.metrics)))
                .collect(),
        ),
    };
    let readout_head = format!(
        "{} {} {} (λ = {:.2}):",
        if cursor_i.is_some() { "At" } else { "Now:" },
        axis_v.label().to_ascii_lowercase(),
        axis_unit(axis_v).exact(rx),
        lambda_at(rx)
    );

    let title = format!(
        "{} against {}",
        metric_v.label(),
        axis_v.label().to_ascii_lowercase()
    );
    let desc = format!(
        "{} of every migration type for {} from {} to {} (log scales), the other parameters \
         as set. Dashed lanes at the top: where a type never completes. Use the arrow keys \
         to read out values.",
        metric_v.label(),
        axis_v.label().to_ascii_lowercase(),
        axis_unit(axis_v).exact(xlo),
        axis_unit(axis_v).exact(xhi)
    );
    let metric_buttons = Metric::ALL.iter().map(|&m| {
        let metric = metric.clone();
        let pressed = m == metric_v;
        html! {
            <button type="button" class={classes!("seg", pressed.then_some("selected"))}
                aria-pressed={pressed.to_string()} data-testid={format!("{}-metric-{}", props.id, m.key())}
                onclick={Callback::from(move |_| metric.set(m))}>{ m.label() }</button>
        }
    });
    let axis_buttons = Axis::ALL.iter().map(|&a| {
        let axis = axis.clone();
        let cursor = cursor.clone();
        let pressed = a == axis_v;
        html! {
            <button type="button" class={classes!("seg", pressed.then_some("selected"))}
                aria-pressed={pressed.to_string()} data-testid={format!("{}-axis-{}", props.id, a.key())}
                onclick={Callback::from(move |_| { axis.set(a); cursor.set(None); })}>
                { format!("vs {}", a.label().to_ascii_lowercase()) }
            </button>
        }
    });
    let legend_items = legend.iter().map(|&(ty, x, y)| {
        let st = type_style(ty);
        html! {
            <g>
                <line x1={n(x)} x2={n(x + 30.0)} y1={n(y - 5.0)} y2={n(y - 5.0)} stroke={st.colour} stroke-width="3" stroke-dasharray={st.dash} />
                { svg::marker(st.shape, x + 15.0, y - 5.0, 5.0, "#ffffff", st.colour) }
                <text x={n(x + 36.0)} y={n(y)} font-size={n(FONT)} fill={INK}>{ short_label(ty) }</text>
            </g>
        }
    });
    let y_title = match metric_v {
        Metric::BytesSent => "Data sent, bytes (log)".to_string(),
        m => format!("{}, s (log)", m.label()),
    };
    let x_title = match axis_v {
        Axis::DirtyRate => "Dirty rate, bytes/s (log)",
        Axis::Bandwidth => "Bandwidth, bit/s (log)",
    };
    let title_id = format!("{}-title", props.id);
    let desc_id = format!("{}-desc", props.id);
    html! {
        <figure class="chart-figure sweep-chart" data-testid={props.id.clone()}
            data-sweep-ms={computed.ms.map(|ms| format!("{ms:.2}"))}
            data-sweep-points={(count * MigrationType::ALL.len()).to_string()}>
            <div class="chart-controls">
                <div class="segmented" role="group" aria-label="Metric">{ for metric_buttons }</div>
                <div class="segmented" role="group" aria-label="Axis">{ for axis_buttons }</div>
            </div>
            <svg ref={svg_ref} xmlns="http://www.w3.org/2000/svg" class="chart" viewBox={format!("0 0 {} {}", n(f.width), n(f.height))}
                width={n(f.width)} height={n(f.height)}
                font-family={FONT_FAMILY} tabindex="0" role="img"
                aria-labelledby={format!("{title_id} {desc_id}")}
                {onpointermove} {onpointerleave} {onkeydown} {onfocus} {onblur}>
                <title id={title_id}>{ title.clone() }</title>
                <desc id={desc_id}>{ desc }</desc>
                <rect x="0" y="0" width={n(f.width)} height={n(f.height)} fill="#ffffff" />
                { for legend_items }
                { svg::y_axis(&f, &ys, unit, &y_title, Side::Left, 7) }
                { svg::x_axis(&f, &xs, axis_unit(axis_v), x_title, 6) }
                <g class="legend-incomplete">
                    <line x1={n(never.0)} x2={n(never.0 + 30.0)} y1={n(never.1 - 5.0)} y2={n(never.1 - 5.0)} stroke={MUTED}
                        stroke-width="4" stroke-dasharray="2 5" stroke-linecap="round" />
                    <text x={n(never.0 + 36.0)} y={n(never.1)} font-size={n(FONT)} fill={INK}>{ "never completes" }</text>
                </g>
                { for lines }
                { for markers }
                { for incomplete }
                { for lambda }
                <line x1={n(cx)} x2={n(cx)} y1={n(f.y1() - 24.0)} y2={n(f.y0())} stroke={INK} stroke-width="1.5" stroke-dasharray="2 3" />
                { for current_marks }
                { for crosshair }
            </svg>
            <figcaption class="readout" aria-live="polite" data-testid={format!("{}-readout", props.id)}>
                <span class="readout-head">{ readout_head }</span>
                { for entries.iter().map(|(ty, v)| {
                    let st = type_style(*ty);
                    html! {
                        <span class="readout-item">
                            <svg class="key" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
                                { svg::marker(st.shape, 8.0, 8.0, 5.5, st.colour, st.colour) }
                            </svg>
                            { format!("{} {}", short_label(*ty), v) }
                        </span>
                    }
                }) }
            </figcaption>
        </figure>
    }
}
