//! The compare view: the current parameters run through every migration type at once.
//! Small timelines on one time axis show how long each takes and when the VM is down;
//! a table gives downtime, total time, data sent, rounds and outcome with the best and
//! worst of each ranked column marked in words; choosing a row opens that type in the
//! main view. A sweep chart and the three sliders that matter most sit beside them.

use crate::app::run::TypeRuns;
use crate::components::presets::PresetPicker;
use crate::components::slider::ParamSlider;
use crate::controls::sliders;
use crate::draw::charts::scale::{Scale, Unit};
use crate::draw::charts::svg::{self, attr_num, PlotArea, FONT, FONT_FAMILY, INK};
use crate::features::charts::sweep::SweepChart;
use crate::picture::format;
use crate::picture::labels::{downtime_label, outcome_label, phase_style};
use migration_model::{MigrationType, Outcome, ParamError, Params, Trace};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct CompareProps {
    /// Parameters of the run shown (valid): every type runs with them.
    pub params: crate::app::run::Ptr<Params>,
    /// Every type run with `params` (`Run::by_type`).
    pub runs: TypeRuns,
    /// The parameters as set (possibly invalid), for the sliders.
    pub edit: Params,
    pub error: Option<ParamError>,
    /// The scenario last applied.
    pub preset: Option<&'static str>,
    pub onchange: Callback<Params>,
    /// Opens a type in the main view.
    pub onopen: Callback<MigrationType>,
    pub onpreset: Callback<&'static str>,
}

/// A mark on a table cell.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Badge {
    Best,
    Worst,
}

/// Best (smallest) and worst (largest) of a column, lower being better. Only runs that
/// completed take part (a run that never moved the VM has no meaningful downtime);
/// values that read the same (equal text, e.g. "1 h 00 min" twice) tie and share the
/// mark; a column whose values all read the same gets none.
pub fn rank(values: &[Option<(f64, String)>]) -> Vec<Option<Badge>> {
    let present: Vec<f64> = values.iter().flatten().map(|(v, _)| *v).collect();
    let (Some(lo), Some(hi)) = (
        present.iter().copied().reduce(f64::min),
        present.iter().copied().reduce(f64::max),
    ) else {
        return vec![None; values.len()];
    };
    let text_of = |x: f64| {
        values
            .iter()
            .flatten()
            .find(|(v, _)| *v == x)
            .map(|(_, t)| t.as_str())
    };
    let (lo_text, hi_text) = (text_of(lo), text_of(hi));
    if present.len() < 2 || lo_text == hi_text {
        return vec![None; values.len()];
    }
    values
        .iter()
        .map(|v| match v {
            Some((_, t)) if Some(t.as_str()) == lo_text => Some(Badge::Best),
            Some((_, t)) if Some(t.as_str()) == hi_text => Some(Badge::Worst),
            _ => None,
        })
        .collect()
}

/// The data-sent text, exactly as the metrics panel writes it.
pub fn sent_text(t: &Trace) -> String {
    format!(
        "{} ({:.2}×)",
        format::bytes(t.metrics.bytes_sent),
        t.metrics.bytes_sent_x_memory
    )
}

/// Pre-copy rounds, for the types that iterate.
pub fn rounds_text(t: &Trace) -> String {
    match t.migration_type {
        MigrationType::Live | MigrationType::Hybrid => t.metrics.precopy_rounds.to_string(),
        _ => "–".into(),
    }
}

fn badge(b: Option<Badge>) -> Html {
    match b {
        // A symbol with its word for screen readers and on hover: the colour is extra.
        Some(Badge::Best) => html! {
            <span class="badge best" data-badge="best" role="img" aria-label="best" title="best of the column">{ "★" }</span>
        },
        Some(Badge::Worst) => html! {
            <span class="badge worst" data-badge="worst" role="img" aria-label="worst" title="worst of the column">{ "▼" }</span>
        },
        None => Html::default(),
    }
}

const TL_WIDTH: f64 = 700.0;
const ROW_H: f64 = 26.0;
/// The sweep chart's width where there is room.
const SWEEP_WIDTH: f64 = 430.0;

/// A chart's width: drawn at its box's width where that is clearly narrower than `wide`
/// (a phone: its labels keep their 15 px instead of shrinking with the chart), else
/// `wide`, scaled by the style sheet as before (a box a little narrower keeps the
/// chart's proportions: the view fits 1280×720).
fn fitted(measured: f64, wide: f64) -> f64 {
    if measured >= 200.0 && measured < 0.9 * wide {
        measured.floor()
    } else {
        wide
    }
}

/// The width of the element behind `node` in CSS px, kept up to date; 0 until measured.
#[hook]
fn use_box_width(node: NodeRef) -> f64 {
    let width = use_state(|| 0.0);
    let set = width.clone();
    crate::components::stage::use_resize_observer(node, true, move |el| {
        let w = el.client_width() as f64;
        if w > 0.0 {
            set.set(w);
        }
    });
    *width
}

/// All types' phases on one time axis, `width` px wide.
fn timelines(runs: &[(MigrationType, &Trace)], width: f64) -> Html {
    let end = runs
        .iter()
        .map(|(_, t)| t.end_s())
        .fold(0.0f64, f64::max)
        .max(1e-3);
    let f = PlotArea {
        width,
        height: 6.0 + ROW_H * runs.len() as f64 + 48.0,
        left: 142.0,
        right: 22.0,
        top: 6.0,
        bottom: 48.0,
    };
    let xs = Scale::linear(0.0, end, f.x0(), f.x1());
    let rows = runs.iter().enumerate().map(|(i, (ty, t))| {
        let y = f.y1() + ROW_H * i as f64 + 2.0;
        let phases = t.phases.iter().map(|p| {
            let (colour, _) = phase_style(&p.kind);
            let x0 = xs.map(p.start_s);
            let w = (xs.map(p.end_s) - x0).max(1.5);
            html! {
                <rect x={attr_num(x0)} y={attr_num(y)} width={attr_num(w)} height="17" fill={colour}>
                    <title>{ format!("{}: {}: {} – {}", ty.label(), p.kind.label(),
                        format::duration(p.start_s), format::duration(p.end_s)) }</title>
                </rect>
            }
        });
        let down = t
            .phases
            .iter()
            .filter(|p| p.is_down())
            .map(|p| {
                let x0 = xs.map(p.start_s);
                let w = (xs.map(p.end_s) - x0).max(1.5);
                html! { <rect x={attr_num(x0)} y={attr_num(y + 19.0)} width={attr_num(w)} height="5" fill="#b91c1c" /> }
            });
        html! {
            <g class="compare-row" data-testid={format!("compare-timeline-{}", ty.key())}>
                <text x="6" y={attr_num(y + 14.0)} font-size={attr_num(FONT)} font-weight="600" fill={INK}>{ ty.label() }</text>
                { for phases }
                { for down }
            </g>
        }
    });
    html! {
        <svg xmlns="http://www.w3.org/2000/svg" class="chart compare-timelines" data-testid="compare-timelines"
            viewBox={format!("0 0 {} {}", attr_num(f.width), attr_num(f.height))} width={attr_num(f.width)} height={attr_num(f.height)}
            font-family={FONT_FAMILY} role="img" aria-labelledby="compare-tl-title">
            <title id="compare-tl-title">{ format!(
                "Every migration type on one time axis, 0 to {}; red bars: VM down", format::duration(end)
            ) }</title>
            <rect x="0" y="0" width={attr_num(f.width)} height={attr_num(f.height)} fill="#ffffff" />
            { svg::x_axis(&f, &xs, Unit::Seconds, if width < 480.0 { "Time (red bar: VM down)" } else { "Time since the migration started (red bar: VM down)" }, 7) }
            { for rows }
        </svg>
    }
}

#[component]
pub fn CompareView(props: &CompareProps) -> Html {
    let runs: Vec<(MigrationType, &Trace)> = props.runs.ok().map(|(ty, t)| (ty, &**t)).collect();
    let done = |t: &Trace| t.metrics.outcome == Outcome::Completed;
    let col = |f: fn(&Trace) -> (f64, String)| -> Vec<Option<Badge>> {
        rank(
            &runs
                .iter()
                .map(|(_, t)| done(t).then(|| f(t)))
                .collect::<Vec<_>>(),
        )
    };
    let down_rank = col(|t| (t.metrics.downtime_s, format::duration(t.metrics.downtime_s)));
    let total_rank = col(|t| {
        (
            t.metrics.total_time_s,
            format::duration(t.metrics.total_time_s),
        )
    });
    let sent_rank = col(|t| (t.metrics.bytes_sent, sent_text(t)));
    let current = props.params.migration_type;
    let (tl_box, sweep_box) = (use_node_ref(), use_node_ref());
    let tl_width = fitted(use_box_width(tl_box.clone()), TL_WIDTH);
    let sweep_width = fitted(use_box_width(sweep_box.clone()), SWEEP_WIDTH);

    let rows = runs.iter().enumerate().map(|(i, (ty, t))| {
        let ty = *ty;
        let m = &t.metrics;
        let open = props.onopen.reform(move |_: MouseEvent| ty);
        let open_row = props.onopen.reform(move |_: MouseEvent| ty);
        let is_cur = ty == current;
        html! {
            <tr class={classes!("compare-row", is_cur.then_some("current"))} data-testid={format!("compare-row-{}", ty.key())}
                aria-current={is_cur.then_some("true")} onclick={open_row}>
                <th scope="row">
                    <button type="button" class="open-type" data-testid={format!("compare-open-{}", ty.key())}
                        title={format!("Open {} in the main view", ty.label())} onclick={open}>
                        { ty.label() }
                    </button>
                </th>
                <td class="downtime" data-label="Downtime"><span class="value">{ downtime_label(t, format::duration(m.downtime_s)) }</span>{ badge(down_rank[i]) }</td>
                <td class="total" data-label="Total time"><span class="value">{ format::duration(m.total_time_s) }</span>{ badge(total_rank[i]) }</td>
                <td class="sent" data-label="Data sent"><span class="value">{ sent_text(t) }</span>{ badge(sent_rank[i]) }</td>
                <td class="rounds" data-label="Rounds"><span class="value">{ rounds_text(t) }</span></td>
                <td class={classes!("outcome", (!done(t)).then_some("not-done"))} data-label="Outcome"><span class="value">{ outcome_label(m.outcome) }</span></td>
            </tr>
        }
    });

    // The three sliders that move every type at once (the parameters panel's, short).
    let slider = |id: &str| {
        html! {
            <ParamSlider spec={sliders::by_id(id)} params={props.edit.clone()} error={props.error.clone()}
                short=true onchange={props.onchange.clone()} />
        }
    };
    html! {
        <main class="compare" data-testid="compare-view" aria-labelledby="compare-title">
            <h2 id="compare-title" class="visually-hidden">{ "Compare every migration type" }</h2>
            <div class="compare-bar">
                <PresetPicker selected={props.preset} params={props.edit.clone()} onpick={props.onpreset.clone()} />
                { slider("bandwidth") }
                { slider("dirty-rate") }
                { slider("memory") }
            </div>
            <div class="compare-grid">
                <div class="compare-left">
                    <section class="panel" aria-labelledby="compare-tl-heading">
                        <h2 id="compare-tl-heading">{ "Every type, one time axis" }</h2>
                        <div class="chart-box" ref={tl_box}>{ timelines(&runs, tl_width) }</div>
                    </section>
                    <section class="panel" aria-labelledby="compare-table-heading">
                        <h2 id="compare-table-heading">{ "Side by side" }
                            <span class="hint">
                                { " — " }<span class="badge best" aria-hidden="true">{ "★" }</span>{ " best " }
                                <span class="badge worst" aria-hidden="true">{ "▼" }</span>
                                { " worst of completed runs · click a type to open it" }
                            </span>
                        </h2>
                        <table class="compare-table" data-testid="compare-table">
                            <thead>
                                <tr>
                                    <th scope="col">{ "Type" }</th>
                                    <th scope="col">{ "Downtime" }</th>
                                    <th scope="col">{ "Total time" }</th>
                                    <th scope="col">{ "Data sent" }</th>
                                    <th scope="col">{ "Rounds" }</th>
                                    <th scope="col">{ "Outcome" }</th>
                                </tr>
                            </thead>
                            <tbody>{ for rows }</tbody>
                        </table>
                    </section>
                </div>
                <section class="panel compare-right" aria-labelledby="compare-sweep-heading">
                    <h2 id="compare-sweep-heading">{ "Sweep: one parameter varies" }</h2>
                    <div class="chart-box" ref={sweep_box}>
                        <SweepChart id="sweep" params={props.params.clone()} current={props.runs.clone()} width={sweep_width} height={336.0} />
                    </div>
                </section>
            </div>
        </main>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use migration_model::simulate;

    #[test]
    fn ranking_marks_lowest_best_and_highest_worst_among_completed_runs() {
        let v = |x: f64| Some((x, format!("{x:.1}")));
        let r = rank(&[v(3.0), None, v(1.0), v(5.0), v(1.0)]);
        assert_eq!(
            r,
            vec![
                None,
                None,
                Some(Badge::Best),
                Some(Badge::Worst),
                Some(Badge::Best)
            ]
        );
        assert_eq!(rank(&[v(2.0), v(2.0)]), vec![None, None]);
        assert_eq!(rank(&[v(2.0), None]), vec![None, None]);
        assert_eq!(rank(&[]), Vec::<Option<Badge>>::new());
        // Values that read the same tie, even when they differ a little.
        let same = |x: f64| Some((x, "1 h 00 min".to_string()));
        assert_eq!(
            rank(&[v(1.0), same(3616.0), same(3620.0)]),
            vec![Some(Badge::Best), Some(Badge::Worst), Some(Badge::Worst)]
        );
    }

    #[test]
    fn a_chart_is_laid_out_at_a_phone_width_and_scaled_elsewhere() {
        assert_eq!(fitted(0.0, TL_WIDTH), TL_WIDTH, "not measured yet");
        assert_eq!(fitted(340.6, TL_WIDTH), 340.0);
        assert_eq!(fitted(340.6, SWEEP_WIDTH), 340.0);
        assert_eq!(
            fitted(421.0, SWEEP_WIDTH),
            SWEEP_WIDTH,
            "a desktop's column"
        );
        assert_eq!(fitted(900.0, TL_WIDTH), TL_WIDTH);
    }

    #[test]
    fn table_texts_match_the_metrics_panel() {
        // The textbook worked example (docs/model.md): 22 rounds, 4.97× memory.
        let t = simulate(&Params {
            policy: migration_model::StopPolicy::Textbook,
            ..Params::default()
        })
        .unwrap();
        assert_eq!(sent_text(&t), "19.9 GiB (4.97×)");
        assert_eq!(rounds_text(&t), "22");
        let cold = simulate(&Params {
            migration_type: MigrationType::Cold,
            ..Params::default()
        })
        .unwrap();
        assert_eq!(rounds_text(&cold), "–");
    }
}
