//! The timeline of the whole run: phases coloured, round boundaries, faults and cutover
//! marked, the playhead. Click or drag to scrub; arrow keys step between events.

use crate::features::replay::picture;
use crate::i18n::{t, t0, use_lang, Lang};
use crate::picture::format;
use crate::picture::labels::{fault_label, phase_label, phase_name, phase_style};
use migration_model::{ChangeKind, EventKind, PhaseKind, Trace};
use web_sys::{Element, KeyboardEvent, PointerEvent};
use yew::prelude::*;

/// Horizontal positions are percentages of the timeline's width (no stretched text).
const W: f64 = 100.0;
const BAR_Y: f64 = 18.0;
const BAR_H: f64 = 28.0;
const DOWN_Y: f64 = 49.0;

/// QEMU's colour in the recording's charts (components::replay_view).
const REAL: &str = "#c2410c";
/// The strip under the bar where a recording's passes go.
const REAL_Y: f64 = 62.0;
const REAL_H: f64 = 14.0;

#[derive(Properties, PartialEq)]
pub struct TimelineProps {
    pub trace: crate::app::run::Ptr<Trace>,
    pub t_s: f64,
    /// Scrub to a time, seconds.
    pub onseek: Callback<f64>,
    /// Step to the next (`true`) or previous (`false`) event.
    pub onstep: Callback<bool>,
    /// A span a lesson points at (a round, the downtime), seconds.
    #[prop_or_default]
    pub highlight: Option<(f64, f64)>,
    /// An open recording: its passes and outage, under the model's bar on the same
    /// time axis.
    #[prop_or_default]
    pub real: Option<crate::features::replay::recording::Shared>,
}

#[component]
pub fn Timeline(props: &TimelineProps) -> Html {
    let lang = use_lang();
    let written = |s: f64| format::in_lang(lang, format::duration(s));
    let trace = &props.trace;
    let end = props
        .real
        .as_ref()
        .map_or(trace.end_s(), |r| picture::end_s(r).max(trace.end_s()))
        .max(1e-9);
    let x = |t: f64| (t / end).clamp(0.0, 1.0) * W;
    let dragging = use_mut_ref(|| false);
    let svg = use_node_ref();

    let seek_from = {
        let onseek = props.onseek.clone();
        let svg = svg.clone();
        move |e: &PointerEvent| {
            if let Some(f) = crate::draw::charts::pointer_x(&svg, e, 1.0) {
                onseek.emit(f.clamp(0.0, 1.0) * end);
            }
        }
    };
    let onpointerdown = {
        let dragging = dragging.clone();
        let seek_from = seek_from.clone();
        let svg = svg.clone();
        Callback::from(move |e: PointerEvent| {
            *dragging.borrow_mut() = true;
            if let Some(el) = svg.cast::<Element>() {
                let _ = el.set_pointer_capture(e.pointer_id());
            }
            seek_from(&e);
        })
    };
    let onpointermove = {
        let dragging = dragging.clone();
        Callback::from(move |e: PointerEvent| {
            if *dragging.borrow() {
                seek_from(&e);
            }
        })
    };
    let onpointerup = {
        let dragging = dragging.clone();
        Callback::from(move |_: PointerEvent| *dragging.borrow_mut() = false)
    };
    let onkeydown = key_seek(props.onstep.clone(), props.onseek.clone(), end);

    let real = props.real.as_ref().map(|r| {
        let real_end = picture::end_s(r);
        let ticks = crate::draw::charts::spaced(r.pass_starts.iter().copied(), end, MAX_MARKS);
        let ticks = ticks.into_iter().map(|t| {
            html! { <line x1={pc(x(t))} x2={pc(x(t))} y1={REAL_Y.to_string()} y2={(REAL_Y + REAL_H).to_string()} stroke={REAL} stroke-width="2" /> }
        });
        let down = r.outage.map(|(a, b)| {
            html! { <rect x={pc(x(a))} y={(REAL_Y + REAL_H - 4.0).to_string()} width={pc((x(b) - x(a)).max(0.3))} height="4" fill="#b91c1c" /> }
        });
        html! {
            <g class="real-passes" data-testid="timeline-real">
                <title>{ t(lang, "timeline-real", &[("passes", r.pass_starts.len().to_string().into()), ("duration", written(real_end).into())]) }</title>
                <rect x="0" y={REAL_Y.to_string()} width={pc(x(real_end))} height={REAL_H.to_string()} fill="#fde7d9" />
                { for ticks }
                { for down }
            </g>
        }
    });
    let height = if props.real.is_some() {
        REAL_Y + REAL_H + 2.0
    } else {
        58.0
    };
    let px = x(props.t_s);
    let valuetext = t(
        lang,
        "timeline-value",
        &[
            ("t", written(props.t_s).into()),
            ("end", written(end).into()),
        ],
    );
    html! {
        <div class="timeline">
            <svg
                ref={svg}
                width="100%"
                height={height.to_string()}
                role="slider"
                tabindex="0"
                aria-label={t0(lang, "timeline")}
                aria-valuemin="0"
                aria-valuemax={format!("{end:.3}")}
                aria-valuenow={format!("{:.3}", props.t_s)}
                aria-valuetext={valuetext}
                data-testid="timeline"
                {onpointerdown}
                {onpointermove}
                onpointerup={onpointerup.clone()}
                onpointercancel={onpointerup}
                {onkeydown}
            >
                <rect x="0" y={BAR_Y.to_string()} width="100%" height={BAR_H.to_string()} fill="#e2e8f0" />
                <RunMarks trace={trace.clone()} {end} {lang} />
                { for real }
                if let Some((a, b)) = props.highlight {
                    <rect class="timeline-highlight" data-testid="timeline-highlight"
                        x={pc(x(a))} y={(BAR_Y - 5.0).to_string()} width={pc((x(b) - x(a)).max(0.6))}
                        height={(BAR_H + 17.0).to_string()} fill="none" stroke-width="3" />
                }
                <line class="playhead" x1={pc(px)} x2={pc(px)} y1="12" y2={(height - 1.0).to_string()} stroke={INK} stroke-width="3" />
            </svg>
            <div class="timeline-axis" aria-hidden="true">
                <span>{ "0 s" }</span>
                <span class="down-key">
                    { t0(lang, "timeline-down-key") }
                    if props.real.is_some() {
                        <span class="real-key">{ t0(lang, "timeline-real-key") }</span>
                    }
                </span>
                <span>{ written(end) }</span>
            </div>
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct RunMarksProps {
    trace: crate::app::run::Ptr<Trace>,
    end: f64,
    lang: Lang,
}

/// The run's bars, ticks and event marks: a component of their own, so a frame that
/// moves the playhead does not build them again, nor Yew compare them (the props are a
/// pointer and a number). A run of more than [`MAX_MARKS`] phases draws its bars in a
/// task after the one that renders the page around them, and the ticks and event marks
/// ([`RunTicks`]) in the task after that, so no one task builds them all
/// (docs/architecture.md, "Bounded work").
#[component]
fn RunMarks(props: &RunMarksProps) -> Html {
    let (trace, end, lang) = (&props.trace, props.end, props.lang);
    let long = trace.phases.len() > MAX_MARKS;
    if !crate::app::tasks::use_after_a_task(trace.clone(), long) {
        return Html::default();
    }
    let bars = crate::app::run::Ptr::new(Bars::of(trace, end, lang));
    let phases = bars.phases.iter().map(|p| {
        html! {
            <rect x={pc(p.x)} y={BAR_Y.to_string()} width={pc(p.w)} height={BAR_H.to_string()} fill={p.colour}>
                <title>{ p.title.clone() }</title>
            </rect>
        }
    });
    html! {
        <>
            { for phases }
            <RunTicks trace={trace.clone()} {bars} {end} {lang} />
        </>
    }
}

#[derive(Properties, PartialEq)]
struct RunTicksProps {
    trace: crate::app::run::Ptr<Trace>,
    /// What [`RunMarks`] computed for the same run, shared rather than computed again.
    bars: crate::app::run::Ptr<Bars>,
    end: f64,
    lang: Lang,
}

/// The round ticks, the VM-down bars and the event marks and labels over the bars
/// [`RunMarks`] draws: for a long run, a task after them.
#[component]
fn RunTicks(props: &RunTicksProps) -> Html {
    let (trace, bars, end, lang) = (&props.trace, &props.bars, props.end, props.lang);
    let long = trace.phases.len() > MAX_MARKS;
    if !crate::app::tasks::use_after_a_task(trace.clone(), long) {
        return Html::default();
    }
    let x = |t: f64| (t / end).clamp(0.0, 1.0) * W;
    let down = bars.down.iter().map(|&(x0, w)| {
        html! { <rect x={pc(x0)} y={DOWN_Y.to_string()} width={pc(w)} height="7" fill={DOWN} /> }
    });
    let ticks = bars.ticks.iter().map(|&xr| {
        html! { <line x1={pc(xr)} x2={pc(xr)} y1={(BAR_Y - 4.0).to_string()} y2={(BAR_Y + BAR_H).to_string()} stroke={INK} stroke-width="1" /> }
    });
    let markers = event_markers(trace, end, lang);
    let labelled = event_labels(trace, lang);
    let count = labelled.len();
    let labels = labelled.into_iter().enumerate().map(|(i, (t, text))| {
        let xl = x(t);
        // Left of the mark when another label follows (or near the end), else right
        // of it: two labels never run into each other.
        let (anchor, dx) = if i + 1 < count || xl > 75.0 {
            ("end", "-11")
        } else {
            ("start", "11")
        };
        html! {
            <text class="event-label" x={pc(xl)} dx={dx} y="13" text-anchor={anchor} font-size="13" font-weight="600" fill="#b91c1c">
                { text }
            </text>
        }
    });
    html! {
        <>
            { for ticks }
            { for down }
            { markers }
            { for labels }
        </>
    }
}

/// The VM-down bars' colour, and the ticks' and playhead's.
const DOWN: &str = "#b91c1c";
const INK: &str = "#0f172a";

/// One phase on the bar, in percent of the timeline's width.
#[derive(Clone, Debug, PartialEq)]
pub struct PhaseBar {
    pub x: f64,
    pub w: f64,
    pub colour: &'static str,
    /// "pre-copy round 2: 34.1 s – 61.4 s".
    pub title: String,
}

/// What the timeline draws of a run, in percent of its width over `0 ..= end`: the
/// phases, the VM-down bars under them, the round boundaries. The component draws these;
/// the SVG export writes the same (`svg`).
#[derive(Clone, Debug, PartialEq)]
pub struct Bars {
    pub phases: Vec<PhaseBar>,
    /// (x, width) where the VM is down.
    pub down: Vec<(f64, f64)>,
    /// Where each round after the first starts.
    pub ticks: Vec<f64>,
}

/// At most this many phase bars and round ticks: a longer run's neighbouring phases of
/// one kind share a bar ("pre-copy rounds 300–80,114"), so drawing stays bounded however
/// many rounds the run has (docs/architecture.md, bounded work).
pub const MAX_MARKS: usize = 300;

impl Bars {
    /// The bars of `trace` over `0 ..= end`, their tooltips in `lang`.
    pub fn of(trace: &Trace, end: f64, lang: Lang) -> Bars {
        let end = end.max(1e-9);
        let x = |t: f64| (t / end).clamp(0.0, 1.0) * W;
        // Keep short phases (a 100 ms stop-and-copy in a 3-minute run) visible.
        let span = |a: f64, b: f64| (x(a), (x(b) - x(a)).max(0.3));
        let phases = group_phases(&trace.phases, end)
            .into_iter()
            .map(|g| {
                let (first, last) = (&trace.phases[g.start], &trace.phases[g.end - 1]);
                let (x, w) = span(first.start_s, last.end_s);
                PhaseBar {
                    x,
                    w,
                    colour: phase_style(&first.kind).0,
                    title: group_title(&trace.phases[g], lang),
                }
            })
            .collect();
        let down = trace
            .phases
            .iter()
            .filter(|p| p.is_down())
            .map(|p| span(p.start_s, p.end_s))
            .collect();
        // Round starts, no two closer than the width shared out among MAX_MARKS.
        let mut ticks: Vec<f64> = Vec::new();
        for r in trace.rounds.iter().skip(1) {
            let xr = x(r.start_s);
            let crowded = trace.rounds.len() > MAX_MARKS
                && ticks
                    .last()
                    .is_some_and(|&last| xr - last < W / MAX_MARKS as f64);
            if !crowded {
                ticks.push(xr);
            }
        }
        Bars {
            phases,
            down,
            ticks,
        }
    }
}

/// The phases drawn as one bar each: every phase when there are at most [`MAX_MARKS`];
/// beyond, neighbours of the same kind join until their bar is W / MAX_MARKS wide.
fn group_phases(phases: &[migration_model::Phase], end: f64) -> Vec<std::ops::Range<usize>> {
    if phases.len() <= MAX_MARKS {
        return (0..phases.len()).map(|i| i..i + 1).collect();
    }
    let min_span = end / MAX_MARKS as f64;
    let mut groups: Vec<std::ops::Range<usize>> = Vec::new();
    for (i, p) in phases.iter().enumerate() {
        let joins = groups.last().is_some_and(|g| {
            let first = &phases[g.start];
            first.kind.legend_label() == p.kind.legend_label()
                && phases[g.end - 1].end_s - first.start_s < min_span
        });
        match groups.last_mut() {
            Some(g) if joins => g.end = i + 1,
            _ => groups.push(i..i + 1),
        }
    }
    groups
}

/// A bar's tooltip: "pre-copy round 2: 34.1 s – 61.4 s", or for phases sharing a bar
/// "pre-copy rounds 300–412: 2 h 5 min – 2 h 21 min, each 8.6 s on average".
fn group_title(group: &[migration_model::Phase], lang: Lang) -> String {
    let (first, last) = (&group[0], &group[group.len() - 1]);
    let span = format!(
        "{} – {}",
        format::duration(first.start_s),
        format::duration(last.end_s)
    );
    let title = if group.len() == 1 {
        let phase = phase_label(lang, &first.kind);
        t(
            lang,
            "timeline-bar",
            &[("phase", phase.into()), ("span", span.into())],
        )
    } else {
        let each = (last.end_s - first.start_s) / group.len() as f64;
        let name = match (&first.kind, &last.kind) {
            (PhaseKind::PreCopy { round: a }, PhaseKind::PreCopy { round: b }) => t(
                lang,
                "timeline-rounds",
                &[
                    ("first", a.to_string().into()),
                    ("last", b.to_string().into()),
                ],
            ),
            _ => format!("{} × {}", group.len(), phase_name(lang, &first.kind)),
        };
        let args = [
            ("name", name.into()),
            ("span", span.into()),
            ("each", format::duration(each).into()),
        ];
        t(lang, "timeline-bars", &args)
    };
    format::in_lang(lang, title)
}

/// The timeline at `t_s` as SVG elements (for the SVG export): the same bars, ticks and
/// down bars as on screen, and the playhead, on a 58-unit-high strip.
pub fn svg(lang: Lang, trace: &Trace, t_s: f64) -> String {
    let end = trace.end_s().max(1e-9);
    let b = Bars::of(trace, end, lang);
    let mut out =
        format!("<rect x=\"0\" y=\"{BAR_Y}\" width=\"100%\" height=\"{BAR_H}\" fill=\"#e2e8f0\"/>");
    for p in &b.phases {
        out += &format!(
            "<rect x=\"{}\" y=\"{BAR_Y}\" width=\"{}\" height=\"{BAR_H}\" fill=\"{}\"><title>{}</title></rect>",
            pc(p.x),
            pc(p.w),
            p.colour,
            crate::draw::markup::escape(&p.title)
        );
    }
    for &x in &b.ticks {
        out += &format!(
            "<line x1=\"{0}\" x2=\"{0}\" y1=\"{1}\" y2=\"{2}\" stroke=\"{INK}\" stroke-width=\"1\"/>",
            pc(x),
            BAR_Y - 4.0,
            BAR_Y + BAR_H
        );
    }
    for &(x, w) in &b.down {
        out += &format!(
            "<rect x=\"{}\" y=\"{DOWN_Y}\" width=\"{}\" height=\"7\" fill=\"{DOWN}\"/>",
            pc(x),
            pc(w)
        );
    }
    let px = pc((t_s / end).clamp(0.0, 1.0) * W);
    out += &format!(
        "<line x1=\"{px}\" x2=\"{px}\" y1=\"12\" y2=\"57\" stroke=\"{INK}\" stroke-width=\"3\"/>"
    );
    out
}

/// The faults and the rollback, named on the timeline (not only in a tooltip): a lecture
/// points at them. Events close together share one label.
pub fn event_labels(trace: &Trace, lang: Lang) -> Vec<(f64, String)> {
    let end = trace.end_s().max(1e-9);
    let mut out: Vec<(f64, String)> = Vec::new();
    for e in &trace.events {
        let text = match &e.kind {
            EventKind::Fault { fault } => fault_label(lang, fault),
            EventKind::Change { change } => match change {
                ChangeKind::Bandwidth { .. } => t0(lang, "event-bandwidth-change"),
                ChangeKind::DirtyRate { .. } => t0(lang, "event-dirty-rate-change"),
            },
            EventKind::Rollback => t0(lang, "event-rollback"),
            EventKind::VmLost => t0(lang, "event-vm-lost"),
            _ => continue,
        };
        match out.last_mut() {
            Some((t, label)) if (e.t_s - *t) / end < 0.12 => {
                label.push_str(" · ");
                label.push_str(&text);
            }
            _ => out.push((e.t_s, text)),
        }
    }
    out
}

fn pc(v: f64) -> String {
    format!("{v:.4}%")
}

/// The timeline's keys: arrows step from event to event, Home and End seek to the ends.
fn key_seek(onstep: Callback<bool>, onseek: Callback<f64>, end: f64) -> Callback<KeyboardEvent> {
    Callback::from(move |e: KeyboardEvent| match e.key().as_str() {
        "ArrowRight" | "ArrowUp" => {
            e.prevent_default();
            onstep.emit(true);
        }
        "ArrowLeft" | "ArrowDown" => {
            e.prevent_default();
            onstep.emit(false);
        }
        "Home" => {
            e.prevent_default();
            onseek.emit(0.0);
        }
        "End" => {
            e.prevent_default();
            onseek.emit(end);
        }
        _ => {}
    })
}

/// A glyph over the bar at each fault, switchover, rollback, loss, hold and time limit.
fn event_markers(trace: &Trace, end: f64, lang: Lang) -> Html {
    let x = |t: f64| (t / end).clamp(0.0, 1.0) * W;
    let markers: Html = trace
        .events
        .iter()
        .filter_map(|e| {
            let (glyph, colour) = match &e.kind {
                EventKind::Fault { .. } => ("⚡", "#b91c1c"),
                EventKind::Change { .. } => ("◆", "#b45309"),
                EventKind::Switchover => ("▼", "#007a5a"),
                EventKind::Rollback => ("↺", "#b91c1c"),
                EventKind::VmLost => ("✖", "#111827"),
                EventKind::HoldStart { .. } => ("❚❚", "#b45309"),
                EventKind::TimeLimit => ("■", "#475569"),
                _ => return None,
            };
            Some(html! {
                <text x={pc(x(e.t_s))} y="14" text-anchor="middle" font-size="16" fill={colour}>
                    <title>{ format::in_lang(lang, format!("{}: {}", format::duration(e.t_s), crate::i18n::say(lang, &e.note))) }</title>
                    { glyph }
                </text>
            })
        })
        .collect();
    markers
}

#[cfg(test)]
mod tests {
    use super::*;
    use migration_model::simulate;

    #[test]
    fn the_exported_timeline_draws_what_the_screen_does() {
        let p = migration_model::Params::default();
        let tr = simulate(&p).expect("runs");
        let b = Bars::of(&tr, tr.end_s(), Lang::En);
        assert_eq!(b.phases.len(), tr.phases.len());
        assert_eq!(b.ticks.len(), tr.rounds.len() - 1);
        assert!(!b.down.is_empty(), "the stop-and-copy is down time");
        assert!(b.phases.iter().all(|p| p.x >= 0.0 && p.x + p.w <= W + 0.31));
        let svg = svg(Lang::En, &tr, tr.end_s() / 2.0);
        assert_eq!(svg.matches("<title>").count(), tr.phases.len());
        assert_eq!(
            svg.matches("<line").count(),
            b.ticks.len() + 1,
            "ticks and the playhead"
        );
        assert!(svg.contains("x1=\"50.0000%\""), "the playhead half way");
    }

    #[test]
    fn the_ecommerce_timeline_names_the_spike_and_the_rollback() {
        let p = migration_model::presets::find("ecommerce-rollback")
            .expect("preset")
            .params();
        let tr = simulate(&p).expect("runs");
        let labels = event_labels(&tr, Lang::En);
        let texts: Vec<&str> = labels.iter().map(|(_, l)| l.as_str()).collect();
        assert!(
            texts.iter().any(|l| l.contains("latency spike")),
            "{texts:?}"
        );
        assert!(texts.iter().any(|l| l.contains("rollback")), "{texts:?}");
        assert!((labels[0].0 - 40.0).abs() < 1e-9);
    }
}
