//! Per-round chart for live and hybrid migrations: bytes sent in each round (bars) and
//! the dirty set left after it (line), on a log axis, with the policy's stop threshold
//! drawn, so convergence (the line crosses the threshold) and non-convergence (it levels
//! off above it) show at a glance; the vCPU throttle on a second axis when
//! auto-converge or SDPS acts. Hover, or focus and arrow keys, read out one round.

use crate::draw::charts::round_plot::{bars, bars_path, threshold, Bar, RoundPlot};
use crate::draw::charts::scale::Unit;
use crate::draw::charts::svg::{self, attr_num, Side, FONT, FONT_FAMILY, INK};
use crate::draw::charts::use_cursor;
use crate::i18n::{t as tr, t0, use_lang, Lang};
use crate::picture::format;
use migration_model::sim::policy::XEN_TARGET_DIRTY_PAGES;
use migration_model::StopPolicy;
use migration_model::{MigrationType, Params, Trace};
use std::rc::Rc;
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
    pub trace: crate::app::run::Ptr<Trace>,
    /// Parameters of the trace (policy, downtime limit).
    pub params: crate::app::run::Ptr<Params>,
    /// Playhead: its round is outlined.
    pub t_s: f64,
    pub width: f64,
    pub height: f64,
}

#[component]
pub fn RoundChart(props: &RoundChartProps) -> Html {
    let lang = use_lang();
    let svg_ref = use_node_ref();
    let bars = use_memo(
        (props.trace.clone(), props.params.clone(), lang),
        |(t, p, lang)| bars_in(*lang, t, p),
    );
    if bars.is_empty() {
        return html! {
            <p class="chart-empty" data-testid="round-chart-empty">
                { tr(lang, "chart-round-none", &[(
                    "type",
                    t0(lang, &format!("migration-type-{}", props.trace.migration_type.key())).into(),
                )]) }
            </p>
        };
    }
    let p = &props.params;
    let plot = RoundPlot::new(&bars, props.width, props.height);
    let (f, ys, ts) = (&plot.frame, plot.ys, plot.ts);
    let (count, slot, bar_w, throttled) = (bars.len(), plot.slot, plot.bar_w, plot.throttled);
    let x_of = |i: usize| plot.x_of(i);
    let (ylo, yhi) = (ys.min, ys.max);
    let (sent, fin, dirty) = (&plot.sent, &plot.fin, &plot.dirty);
    let (thr_steps, throttle_steps) = (&plot.threshold_steps, &plot.throttle_steps);
    let last_pre = bars.iter().rev().find(|b| b.threshold.is_some());
    let thr_label = last_pre.map_or(String::new(), |b| {
        threshold_words(lang, p, b.round.rate_bytes_per_s).0
    });
    let labels = plot.labels.iter().map(|&(i, anchor)| {
        html! {
            <text x={attr_num(x_of(i))} y={attr_num(f.y0() + 8.0 + FONT)} text-anchor={anchor} font-size={attr_num(FONT)} fill={INK}>{ bars[i].label.clone() }</text>
        }
    });

    let playing = props.trace.round_at(props.t_s).and_then(|r| {
        bars.iter()
            .position(|b| b.round.start_s == r.start_s && b.round.index == r.index)
    });
    let highlight = playing.map(|i| {
        html! {
            <rect class="now" x={attr_num(x_of(i) - slot / 2.0)} y={attr_num(f.y1())} width={attr_num(slot)} height={attr_num(f.y0() - f.y1())}
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
                <rect x={attr_num(x - bar_w / 2.0)} y={attr_num(ys.map(so_far.max(ylo)))} width={attr_num(bar_w)}
                    height={attr_num((f.y0() - ys.map(so_far.max(ylo))).max(1.0))} fill="none" stroke={INK} stroke-width="2" stroke-dasharray="4 3" />
            }
            if let Some(d) = dirty_now.filter(|&d| d > 0.0) {
                <circle cx={attr_num(x)} cy={attr_num(ys.map(d.clamp(ylo, yhi)))} r="6" fill={DIRTY} stroke={INK} stroke-width="1.5" />
            }
        </g> };
        let args = [
            ("round", bars[i].name.to_ascii_lowercase().into()),
            ("rate", format::bit_rate(r.rate_at(t)).into()),
            ("sent", format::bytes(so_far).into()),
            ("dirty", dirty_now.map_or(String::new(), format::bytes).into()),
        ];
        let id = if dirty_now.is_some() {
            "chart-round-now-dirty"
        } else {
            "chart-round-now"
        };
        let text = format::in_lang(lang, tr(lang, id, &args)) + " ";
        (mark, text)
    });
    let (now_mark, now_text) = now.map_or((None, String::new()), |(m, t)| (Some(m), t));

    // Readout cursor.
    let index_at: Rc<dyn Fn(f64) -> Option<usize>> = {
        let (x0, slot) = (f.x0(), slot);
        Rc::new(move |px| {
            let i = ((px - x0) / slot).floor();
            (i >= 0.0 && (i as usize) < count).then_some(i as usize)
        })
    };
    let cursor = use_cursor(svg_ref.clone(), count, f.width, index_at, 0);
    let cursor_i = cursor.at;
    let cursor_mark = cursor_i.map(|i| {
        html! {
            <rect x={attr_num(x_of(i) - slot / 2.0)} y={attr_num(f.y1())} width={attr_num(slot)} height={attr_num(f.y0() - f.y1())}
                fill="none" stroke={INK} stroke-width="2" />
        }
    });
    let readout = match cursor_i {
        Some(i) => format::in_lang(lang, round_words(lang, &bars[i], p)),
        None => {
            let m = &props.trace.metrics;
            let args = [
                ("n", m.precopy_rounds.into()),
                ("converged", if m.converged { "yes" } else { "no" }.into()),
                (
                    "why",
                    crate::i18n::say(lang, &props.trace.stop_reason).into(),
                ),
            ];
            now_text + &tr(lang, "chart-round-summary", &args)
        }
    };

    // Legend rows at the top.
    let mut lx = 8.0;
    let mut legend = vec![html! { <g>
        <rect x={attr_num(lx)} y="8" width="14" height="14" fill={SENT} />
        <text x={attr_num(lx + 20.0)} y="20" font-size={attr_num(FONT)} fill={INK}>{ t0(lang, "chart-round-legend-sent") }</text>
    </g> }];
    lx += 70.0;
    legend.push(html! { <g>
        <rect x={attr_num(lx)} y="8" width="14" height="14" fill={FINAL} />
        <text x={attr_num(lx + 20.0)} y="20" font-size={attr_num(FONT)} fill={INK}>{ t0(lang, if props.trace.migration_type == MigrationType::Hybrid { "chart-round-legend-switchover" } else { "metrics-stop-and-copy" }) }</text>
    </g> });
    lx += 140.0;
    legend.push(html! { <g>
        <line x1={attr_num(lx)} x2={attr_num(lx + 24.0)} y1="15" y2="15" stroke={DIRTY} stroke-width="2.5" />
        <circle cx={attr_num(lx + 12.0)} cy="15" r="4" fill="#ffffff" stroke={DIRTY} stroke-width="2" />
        <text x={attr_num(lx + 30.0)} y="20" font-size={attr_num(FONT)} fill={INK}>{ t0(lang, "chart-round-legend-dirty") }</text>
    </g> });
    legend.push(html! { <g>
        <line x1="8" x2="32" y1="37" y2="37" stroke={THRESHOLD} stroke-width="2.5" stroke-dasharray="6 4" />
        <text x="38" y="42" font-size={attr_num(FONT)} fill={INK}>{ thr_label.clone() }</text>
    </g> });
    if throttled {
        legend.push(html! { <g>
            <line x1="8" x2="32" y1="57" y2="57" stroke={THROTTLE} stroke-width="2.5" />
            <text x="38" y="62" font-size={attr_num(FONT)} fill={INK}>{ t0(lang, "chart-round-legend-throttle") }</text>
        </g> });
    }
    html! {
        <figure class="chart-figure round-chart" data-testid="round-chart" data-rounds={count.to_string()}>
            <svg ref={svg_ref} xmlns="http://www.w3.org/2000/svg" class="chart" viewBox={format!("0 0 {} {}", attr_num(props.width), attr_num(props.height))}
                width={attr_num(props.width)} height={attr_num(props.height)} font-family={FONT_FAMILY}
                tabindex="0" role="img" aria-labelledby="round-chart-title round-chart-desc"
                onpointermove={cursor.onpointermove} onpointerleave={cursor.onpointerleave}
                onkeydown={cursor.onkeydown} onfocus={cursor.onfocus} onblur={cursor.onblur}>
                <title id="round-chart-title">{ t0(lang, "chart-round-title") }</title>
                <desc id="round-chart-desc">{ tr(lang, "chart-round-desc", &[("n", count.into()), ("threshold", thr_label.as_str().into())]) }</desc>
                <rect x="0" y="0" width={attr_num(props.width)} height={attr_num(props.height)} fill="#ffffff" />
                { for legend }
                { for highlight }
                { svg::y_axis(lang, f, &ys, Unit::Bytes, &t0(lang, "chart-round-axis-bytes"), Side::Left, 6) }
                if throttled {
                    { svg::y_axis(lang, f, &ts, Unit::Share, &t0(lang, "chart-round-axis-throttle"), Side::Right, 5) }
                }
                <line x1={attr_num(f.x0())} x2={attr_num(f.x1())} y1={attr_num(f.y0())} y2={attr_num(f.y0())} stroke={INK} stroke-width="1.5" />
                { for labels }
                <text x={attr_num((f.x0() + f.x1()) / 2.0)} y={attr_num(f.height - 6.0)} text-anchor="middle" font-size="16" font-weight="600" fill={INK}>{ t0(lang, "chart-round-axis-round") }</text>
                <path d={bars_path(sent)} fill={SENT} />
                <path d={bars_path(fin)} fill={FINAL} />
                { svg::polyline(thr_steps, THRESHOLD, 2.5, Some("6 4")) }
                { svg::polyline(throttle_steps, THROTTLE, 2.5, None) }
                { svg::polyline(dirty, DIRTY, 2.5, None) }
                if dirty.len() <= 60 {
                    { for dirty.iter().map(|&(x, y)| html! {
                        <circle cx={attr_num(x)} cy={attr_num(y)} r="4" fill="#ffffff" stroke={DIRTY} stroke-width="2" />
                    }) }
                }
                { for now_mark }
                { for cursor_mark }
            </svg>
            <figcaption class="readout" aria-live="polite" data-testid="round-chart-readout">{ readout }</figcaption>
        </figure>
    }
}

/// One round read out: what it sent and in how long, the dirty set after it against the
/// threshold, and the vCPU throttle.
fn round_words(lang: Lang, b: &Bar, p: &Params) -> String {
    let r = &b.round;
    let mut s = tr(
        lang,
        "chart-round-sent",
        &[
            ("round", b.name.as_str().into()),
            ("sent", format::bytes(r.bytes_sent).into()),
            ("time", format::duration(r.duration_s).into()),
        ],
    );
    if let Some(t) = b.threshold {
        let (left, rule) = (
            format::bytes(r.pending_bytes_at_end),
            threshold_words(lang, p, r.rate_bytes_per_s).1,
        );
        let args = [
            ("left", left.into()),
            ("threshold", format::bytes(t).into()),
            ("rule", rule.into()),
        ];
        s += &tr(lang, "chart-round-left", &args);
    }
    if r.throttle > 0.0 {
        s += &tr(
            lang,
            "chart-round-throttle",
            &[("share", format::percent(r.throttle).into())],
        );
    }
    s
}

/// The bars of `trace` with their words in `lang`: a round's name ("Round 3", "Ronda 3"),
/// and the stop-and-copy's, switchover's and post-copy push's names and short labels
/// (`chart-round-name-*`, `chart-round-bar-*`; English is `round_plot::bars`'s).
pub fn bars_in(lang: Lang, trace: &Trace, p: &Params) -> Vec<Bar> {
    let mut out = bars(trace, p);
    for b in &mut out {
        if b.label.parse::<u32>().is_ok() {
            b.name = tr(lang, "chart-round-name", &[("n", b.round.index.into())]);
        } else {
            b.name = t0(lang, &format!("chart-round-name-{}", b.label));
            b.label = t0(lang, &format!("chart-round-bar-{}", b.label));
        }
    }
    out
}

/// The threshold's legend ("QEMU: stop at ≤ 38.1 MiB") and how it is computed
/// ("50 pages × 4 KiB", "1 Gbit/s × 300 ms") in `lang` and its notation (English is
/// `round_plot::threshold`'s).
pub fn threshold_words(lang: Lang, p: &Params, rate: f64) -> (String, String) {
    let (bytes, _, rule) = threshold(p, rate);
    let pages = || format!("{XEN_TARGET_DIRTY_PAGES:.0}");
    let (legend, rule) = match p.policy {
        StopPolicy::Xen | StopPolicy::Xen5 => (
            tr(
                lang,
                "chart-round-threshold-xen",
                &[("pages", pages().into())],
            ),
            tr(
                lang,
                "chart-round-rule-xen",
                &[
                    ("pages", pages().into()),
                    ("page", format::bytes(p.page_size_bytes as f64).into()),
                ],
            ),
        ),
        policy => (
            tr(
                lang,
                "chart-round-threshold-at",
                &[
                    ("who", policy.key().into()),
                    ("bytes", format::bytes(bytes).into()),
                ],
            ),
            rule,
        ),
    };
    (format::in_lang(lang, legend), format::in_lang(lang, rule))
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use migration_model::simulate;

    #[test]
    fn the_bars_and_the_threshold_speak_the_language_and_english_is_the_plots() {
        let _ = migration_model::i18n::take_misses();
        for policy in StopPolicy::ALL {
            for ty in [MigrationType::Live, MigrationType::Hybrid] {
                let p = Params {
                    policy,
                    migration_type: ty,
                    ..Params::default()
                };
                let t = simulate(&p).unwrap();
                let (en, plot) = (bars_in(Lang::En, &t, &p), bars(&t, &p));
                assert_eq!(en, plot, "{policy:?} {ty:?}");
                let (_, legend, rule) = threshold(&p, 1.25e8);
                assert_eq!(threshold_words(Lang::En, &p, 1.25e8), (legend, rule));
                for lang in [Lang::Es, Lang::ZhCn] {
                    for (b, e) in bars_in(lang, &t, &p).iter().zip(&en) {
                        assert_ne!(b.name, e.name, "{policy:?} {ty:?} in {lang:?}");
                    }
                    let (l, _) = threshold_words(lang, &p, 1.25e8);
                    assert_ne!(l, threshold_words(Lang::En, &p, 1.25e8).0, "{policy:?}");
                }
            }
        }
        let p = Params::default();
        let (legend, rule) = threshold_words(Lang::Es, &p, 1.25e8 * 1.5);
        let chars: Vec<char> = legend.chars().collect();
        let point = chars
            .windows(3)
            .any(|w| w[0].is_ascii_digit() && w[1] == '.' && w[2].is_ascii_digit());
        assert!(!point, "{legend}");
        assert!(rule.contains("1,5 Gbit/s"), "{rule}");
        assert_eq!(migration_model::i18n::take_misses(), Vec::<String>::new());
    }
}
