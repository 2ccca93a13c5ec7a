//! Per-round chart for live and hybrid migrations: bytes sent in each round (bars) and
//! the dirty set left after it (line), on a log axis, with the policy's stop threshold
//! drawn, so convergence (the line crosses the threshold) and non-convergence (it levels
//! off above it) show at a glance; the vCPU throttle on a second axis when
//! auto-converge or SDPS acts. Hover, or focus and arrow keys, read out one round.

use crate::charts::scale::{log_bounds, Scale, Unit};
use crate::charts::svg::{self, n, Frame, Side, FONT, FONT_FAMILY, INK};
use crate::charts::{cursor_key, pointer_x};
use crate::format;
use migration_model::sim::policy::{self, XEN_TARGET_DIRTY_PAGES};
use migration_model::{MigrationType, Params, Round, StopPolicy, Trace};
use std::rc::Rc;
use web_sys::{KeyboardEvent, PointerEvent};
use yew::prelude::*;

/// Bars of rounds sent while the VM runs (the timeline's pre-copy colour).
const SENT: &str = "#2b8cc4";
/// The stop-and-copy or switchover pass (the timeline's down colour).
const FINAL: &str = "#d55e00";
/// The dirty set left after a round.
const DIRTY: &str = "#0f172a";
/// The stop threshold.
const THRESHOLD: &str = "#b91c1c";
/// The vCPU throttle.
const THROTTLE: &str = "#6d28d9";

#[derive(Properties, PartialEq)]
pub struct RoundChartProps {
    pub trace: Rc<Trace>,
    /// Parameters of the trace (policy, downtime limit).
    pub params: Rc<Params>,
    /// Playhead: its round is outlined.
    pub t_s: f64,
    pub width: f64,
    pub height: f64,
}

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
fn nice_step(n: usize) -> usize {
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
fn bars_path(rects: &[(f64, f64, f64, f64)]) -> String {
    rects
        .iter()
        .map(|&(x, y, w, h)| format!("M{} {}h{}v{}h-{}Z", n(x), n(y), n(w), n(h), n(w)))
        .collect()
}

#[component]
pub fn RoundChart(props: &RoundChartProps) -> Html {
    let cursor = use_state(|| None::<usize>);
    let svg_ref = use_node_ref();
    let bars = use_memo((props.trace.clone(), props.params.clone()), |(t, p)| {
        bars(t, p)
    });
    if bars.is_empty() {
        return html! {
            <p class="chart-empty" data-testid="round-chart-empty">
                { format!(
                    "{} migration has no pre-copy rounds: the per-round chart is for live and hybrid migrations.",
                    props.trace.migration_type.label()
                ) }
            </p>
        };
    }
    let p = &props.params;
    let throttled = bars.iter().any(|b| b.round.throttle > 0.0);
    let f = Frame {
        width: props.width,
        height: props.height,
        left: 92.0,
        right: if throttled { 74.0 } else { 16.0 },
        // Legend rows: bars and line, threshold, throttle.
        top: if throttled { 82.0 } else { 62.0 },
        bottom: 50.0,
    };
    let count = bars.len();
    let slot = f.plot_width() / count as f64;
    let bar_w = (slot * 0.7).max(1.0);
    let x_of = |i: usize| f.x0() + slot * (i as f64 + 0.5);

    // y: every positive byte count shown.
    let mut lo = f64::INFINITY;
    let mut hi = 0.0f64;
    for b in bars.iter() {
        for v in [
            b.round.bytes_sent,
            if b.round.is_final {
                0.0
            } else {
                b.round.pending_bytes_at_end
            },
            b.threshold.unwrap_or(0.0),
        ] {
            if v > 0.0 {
                lo = lo.min(v);
                hi = hi.max(v);
            }
        }
    }
    let (ylo, yhi) = log_bounds(lo, hi, Unit::Bytes);
    let ys = Scale::log(ylo, yhi, f.y0(), f.y1());
    let ts = Scale::linear(0.0, 1.0, f.y0(), f.y1());

    let mut sent = Vec::new();
    let mut fin = Vec::new();
    for (i, b) in bars.iter().enumerate() {
        if b.round.bytes_sent <= 0.0 {
            continue;
        }
        let y = ys.map(b.round.bytes_sent);
        let r = (x_of(i) - bar_w / 2.0, y, bar_w, (f.y0() - y).max(1.0));
        if b.round.is_final {
            fin.push(r);
        } else {
            sent.push(r);
        }
    }
    let dirty: Vec<(f64, f64)> = bars
        .iter()
        .enumerate()
        .filter(|(_, b)| {
            !b.round.is_final && b.threshold.is_some() && b.round.pending_bytes_at_end > 0.0
        })
        .map(|(i, b)| (x_of(i), ys.map(b.round.pending_bytes_at_end)))
        .collect();
    // The threshold as steps over the pre-copy rounds (it follows the measured rate).
    let thr_steps: Vec<(f64, f64)> = bars
        .iter()
        .enumerate()
        .filter_map(|(i, b)| b.threshold.map(|t| (i, t)))
        .flat_map(|(i, t)| {
            let y = ys.map(t);
            [(x_of(i) - slot / 2.0, y), (x_of(i) + slot / 2.0, y)]
        })
        .collect();
    let last_pre = bars.iter().rev().find(|b| b.threshold.is_some());
    let thr_label = last_pre.map_or(String::new(), |b| threshold(p, b.round.rate_bytes_per_s).1);
    let throttle_steps: Vec<(f64, f64)> = if throttled {
        bars.iter()
            .enumerate()
            .filter(|(_, b)| b.threshold.is_some())
            .flat_map(|(i, b)| {
                let y = ts.map(b.round.throttle);
                [(x_of(i) - slot / 2.0, y), (x_of(i) + slot / 2.0, y)]
            })
            .collect()
    } else {
        Vec::new()
    };

    // Tick labels under the bars: all of them when they fit, else every k-th and the
    // last (the stop-and-copy).
    let label_w = svg::label_width(&count.to_string()).max(svg::label_width("stop")) + 10.0;
    let every = nice_step((count as f64 * label_w / f.plot_width()).ceil().max(1.0) as usize);
    // The last label is shown unless it would touch the one before it.
    let show =
        |i: usize| i + 1 == count || i.is_multiple_of(every) && count - 1 - i >= every.div_ceil(2);
    let labels = bars.iter().enumerate().filter(|&(i, _)| show(i)).map(|(i, b)| {
        // The last label stays inside the chart.
        let x = x_of(i);
        let anchor = if x + svg::label_width(&b.label) / 2.0 > f.width - 2.0 {
            "end"
        } else {
            "middle"
        };
        html! {
            <text x={n(x)} y={n(f.y0() + 8.0 + FONT)} text-anchor={anchor} font-size={n(FONT)} fill={INK}>{ b.label.clone() }</text>
        }
    });

    let playing = props.trace.round_at(props.t_s).and_then(|r| {
        bars.iter()
            .position(|b| b.round.start_s == r.start_s && b.round.index == r.index)
    });
    let highlight = playing.map(|i| {
        html! {
            <rect class="now" x={n(x_of(i) - slot / 2.0)} y={n(f.y1())} width={n(slot)} height={n(f.y0() - f.y1())}
                fill="#fde68a" fill-opacity="0.55" />
        }
    });
    // The round under way at t: what it has sent so far, at the rate the link achieves
    // now, and the dirty set now (it grows while the guest writes faster than the link
    // sends).
    let now = playing.map(|i| {
        let r = &bars[i].round;
        let t = props.t_s;
        let so_far = r.bytes_sent_by(t);
        let dirty_now = props.trace.dirty_bytes_at(p, t);
        let x = x_of(i);
        let mark = html! { <g class="now-marks" data-testid="round-chart-now">
            if so_far > 0.0 {
                <rect x={n(x - bar_w / 2.0)} y={n(ys.map(so_far.max(ylo)))} width={n(bar_w)}
                    height={n((f.y0() - ys.map(so_far.max(ylo))).max(1.0))} fill="none" stroke={INK} stroke-width="2" stroke-dasharray="4 3" />
            }
            if let Some(d) = dirty_now.filter(|&d| d > 0.0) {
                <circle cx={n(x)} cy={n(ys.map(d.clamp(ylo, yhi)))} r="6" fill={DIRTY} stroke={INK} stroke-width="1.5" />
            }
        </g> };
        let text = format!(
            "Now: {} sending {}, {} of it sent{}. ",
            bars[i].name.to_lowercase(),
            format::bit_rate(r.rate_at(t)),
            format::bytes(so_far),
            dirty_now.map_or(String::new(), |d| format!(", {} dirty", format::bytes(d)))
        );
        (mark, text)
    });
    let (now_mark, now_text) = now.map_or((None, String::new()), |(m, t)| (Some(m), t));

    // Readout cursor.
    let onpointermove = {
        let cursor = cursor.clone();
        let svg_ref = svg_ref.clone();
        let (w, x0, slot) = (f.width, f.x0(), slot);
        Callback::from(move |e: PointerEvent| {
            let Some(px) = pointer_x(&svg_ref, &e, w) else {
                return;
            };
            let i = ((px - x0) / slot).floor();
            if i >= 0.0 && (i as usize) < count {
                cursor.set(Some(i as usize));
            }
        })
    };
    let onpointerleave = {
        let cursor = cursor.clone();
        Callback::from(move |_: PointerEvent| cursor.set(None))
    };
    let onkeydown = {
        let cursor = cursor.clone();
        Callback::from(move |e: KeyboardEvent| {
            let at = (*cursor).unwrap_or(0);
            if let Some(i) = cursor_key(&e.key(), e.shift_key(), at, count) {
                e.prevent_default();
                cursor.set(Some(i));
            }
        })
    };
    let onfocus = {
        let cursor = cursor.clone();
        Callback::from(move |_: FocusEvent| {
            if cursor.is_none() {
                cursor.set(Some(0));
            }
        })
    };
    let onblur = {
        let cursor = cursor.clone();
        Callback::from(move |_: FocusEvent| cursor.set(None))
    };
    let cursor_i = (*cursor).filter(|&i| i < count);
    let cursor_mark = cursor_i.map(|i| {
        html! {
            <rect x={n(x_of(i) - slot / 2.0)} y={n(f.y1())} width={n(slot)} height={n(f.y0() - f.y1())}
                fill="none" stroke={INK} stroke-width="2" />
        }
    });
    let readout = match cursor_i {
        Some(i) => {
            let b = &bars[i];
            let r = &b.round;
            let mut s = format!(
                "{}: sent {} in {}",
                b.name,
                format::bytes(r.bytes_sent),
                format::duration(r.duration_s)
            );
            if b.threshold.is_some() {
                s += &format!("; {} dirty after it", format::bytes(r.pending_bytes_at_end));
                if let Some(t) = b.threshold {
                    s += &format!(
                        " (threshold {} = {})",
                        format::bytes(t),
                        threshold(p, r.rate_bytes_per_s).2
                    );
                }
            }
            if r.throttle > 0.0 {
                s += &format!("; vCPU throttle {}", format::percent(r.throttle));
            }
            s
        }
        None => {
            let m = &props.trace.metrics;
            format!(
                "{now_text}{} pre-copy rounds, {}. {}",
                m.precopy_rounds,
                if m.converged {
                    "converged"
                } else {
                    "not converged"
                },
                props.trace.stop_reason
            )
        }
    };

    // Legend rows at the top.
    let mut lx = 8.0;
    let mut legend = vec![html! { <g>
        <rect x={n(lx)} y="8" width="14" height="14" fill={SENT} />
        <text x={n(lx + 20.0)} y="20" font-size={n(FONT)} fill={INK}>{ "sent" }</text>
    </g> }];
    lx += 70.0;
    legend.push(html! { <g>
        <rect x={n(lx)} y="8" width="14" height="14" fill={FINAL} />
        <text x={n(lx + 20.0)} y="20" font-size={n(FONT)} fill={INK}>{ if props.trace.migration_type == MigrationType::Hybrid { "switchover" } else { "stop-and-copy" } }</text>
    </g> });
    lx += 140.0;
    legend.push(html! { <g>
        <line x1={n(lx)} x2={n(lx + 24.0)} y1="15" y2="15" stroke={DIRTY} stroke-width="2.5" />
        <circle cx={n(lx + 12.0)} cy="15" r="4" fill="#ffffff" stroke={DIRTY} stroke-width="2" />
        <text x={n(lx + 30.0)} y="20" font-size={n(FONT)} fill={INK}>{ "dirty left" }</text>
    </g> });
    legend.push(html! { <g>
        <line x1="8" x2="32" y1="37" y2="37" stroke={THRESHOLD} stroke-width="2.5" stroke-dasharray="6 4" />
        <text x="38" y="42" font-size={n(FONT)} fill={INK}>{ thr_label.clone() }</text>
    </g> });
    if throttled {
        legend.push(html! { <g>
            <line x1="8" x2="32" y1="57" y2="57" stroke={THROTTLE} stroke-width="2.5" />
            <text x="38" y="62" font-size={n(FONT)} fill={INK}>{ "vCPU throttle (right axis)" }</text>
        </g> });
    }
    html! {
        <figure class="chart-figure round-chart" data-testid="round-chart" data-rounds={count.to_string()}>
            <svg ref={svg_ref} xmlns="http://www.w3.org/2000/svg" class="chart" viewBox={format!("0 0 {} {}", n(props.width), n(props.height))}
                width={n(props.width)} height={n(props.height)} font-family={FONT_FAMILY}
                tabindex="0" role="img" aria-labelledby="round-chart-title round-chart-desc"
                {onpointermove} {onpointerleave} {onkeydown} {onfocus} {onblur}>
                <title id="round-chart-title">{ "Bytes per round and dirty set left" }</title>
                <desc id="round-chart-desc">{ format!(
                    "Bytes sent in each of {count} rounds and the dirty set left after each, log scale; \
                     dashed: {thr_label}. Use the arrow keys to read out a round."
                ) }</desc>
                <rect x="0" y="0" width={n(props.width)} height={n(props.height)} fill="#ffffff" />
                { for legend }
                { for highlight }
                { svg::y_axis(&f, &ys, Unit::Bytes, "Bytes (log)", Side::Left, 6) }
                if throttled {
                    { svg::y_axis(&f, &ts, Unit::Share, "Throttle", Side::Right, 5) }
                }
                <line x1={n(f.x0())} x2={n(f.x1())} y1={n(f.y0())} y2={n(f.y0())} stroke={INK} stroke-width="1.5" />
                { for labels }
                <text x={n((f.x0() + f.x1()) / 2.0)} y={n(f.height - 6.0)} text-anchor="middle" font-size="16" font-weight="600" fill={INK}>{ "Round" }</text>
                <path d={bars_path(&sent)} fill={SENT} />
                <path d={bars_path(&fin)} fill={FINAL} />
                { svg::polyline(&thr_steps, THRESHOLD, 2.5, Some("6 4")) }
                { svg::polyline(&throttle_steps, THROTTLE, 2.5, None) }
                { svg::polyline(&dirty, DIRTY, 2.5, None) }
                if dirty.len() <= 60 {
                    { for dirty.iter().map(|&(x, y)| html! {
                        <circle cx={n(x)} cy={n(y)} r="4" fill="#ffffff" stroke={DIRTY} stroke-width="2" />
                    }) }
                }
                { for now_mark }
                { for cursor_mark }
            </svg>
            <figcaption class="readout" aria-live="polite" data-testid="round-chart-readout">{ readout }</figcaption>
        </figure>
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
}
