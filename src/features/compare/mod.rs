//! The compare view: the current parameters run through every migration type at once,
//! or, by another parameter (`by=policy&values=qemu,xen,…`), once per value of it.
//! Small timelines on one time axis show how long each takes and when the VM is down;
//! a table gives downtime, total time, data sent, rounds, outcome and why each run
//! stopped, with the best and worst of each ranked column marked in words; choosing a
//! row opens that run in the main view. A sweep chart and the three sliders that matter
//! most sit beside them; "Compare by" picks the parameter and its values.

pub mod grids;
pub mod picker;
pub mod rows;
pub mod timeline;

use crate::app::run::Ptr;
use crate::app::run::TypeRuns;
use crate::components::presets::PresetPicker;
use crate::components::slider::ParamSlider;
use crate::controls::sliders;
use crate::features::charts::sweep::{SweepChart, SweepRow};
use crate::i18n::{t, t0, use_lang, Lang};
use crate::links::CompareBy;
use crate::picture::format;
use crate::picture::labels::{downtime_label, outcome_id};
use grids::CompareGrids;
use migration_model::{MigrationType, Outcome, ParamError, Params, Trace};
use picker::ComparePicker;
use rows::{fork_moments, why_text, Row};
use timeline::timelines;
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
    /// The rows when not every type: one parameter's values.
    pub by: Option<CompareBy>,
    /// Picks the rows (`None`: every type).
    pub onby: Callback<Option<CompareBy>>,
    /// Opens a row of a comparison by another parameter in the main view.
    pub onrun: Callback<Params>,
    /// Opens a row's run in the main view at a moment (its grid, clicked).
    pub onrun_at: Callback<(Params, f64)>,
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

/// The downtime cell in `lang`: the duration in the language's notation, or that there
/// was none because the VM never left (`downtime_label`'s words, `compare-not-moved`).
fn downtime_text(lang: Lang, t: &Trace) -> String {
    let text = format::duration(t.metrics.downtime_s);
    if downtime_label(t, text.clone()) == text {
        format::in_lang(lang, text)
    } else {
        t0(lang, "compare-not-moved")
    }
}

/// Pre-copy rounds, for the types that iterate.
pub fn rounds_text(t: &Trace) -> String {
    match t.migration_type {
        MigrationType::Live | MigrationType::Hybrid => t.metrics.precopy_rounds.to_string(),
        _ => "–".into(),
    }
}

fn badge(lang: Lang, b: Option<Badge>) -> Html {
    match b {
        // A symbol with its word for screen readers and on hover: the colour is extra.
        Some(Badge::Best) => html! {
            <span class="badge best" data-badge="best" role="img" aria-label={t0(lang, "compare-best")}
                title={t0(lang, "compare-best-title")}>{ "★" }</span>
        },
        Some(Badge::Worst) => html! {
            <span class="badge worst" data-badge="worst" role="img" aria-label={t0(lang, "compare-worst")}
                title={t0(lang, "compare-worst-title")}>{ "▼" }</span>
        },
        None => Html::default(),
    }
}

const TL_WIDTH: f64 = 700.0;
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

/// The rows: every type, or one per value of `by` (computed once per run and choice).
#[hook]
fn use_rows(props: &CompareProps) -> std::rc::Rc<Vec<Row>> {
    use_memo(
        (props.params.clone(), props.runs.clone(), props.by.clone()),
        |(params, runs, by)| match by {
            Some(by) => rows::by_value(params, by),
            None => rows::by_type(params, runs),
        },
    )
}

/// The sweep's lines in a comparison by another parameter: one per row that runs, named
/// as the row; `None` by type (the chart draws every type).
fn sweep_rows(lang: Lang, rows: &Ptr<Vec<Row>>) -> Option<Ptr<[SweepRow]>> {
    if rows.iter().any(|r| r.migration_type.is_some()) {
        return None;
    }
    let lines: std::rc::Rc<[SweepRow]> = rows
        .iter()
        .filter_map(|r| {
            let (p, t) = r.run.as_ref().ok()?;
            Some(SweepRow {
                name: r.name(lang),
                params: (**p).clone(),
                run: Some(t.clone()),
            })
        })
        .collect();
    Some(Ptr::from(lines))
}

/// A parameter's name for people in the picker and the table's first column
/// (`compare-key-policy`: "Stop policy"), else the key itself.
pub fn key_name(lang: Lang, key: &str) -> String {
    if crate::links::compare::PICKER.iter().any(|(k, _)| *k == key) {
        t0(lang, &format!("compare-key-{key}"))
    } else {
        key.to_string()
    }
}

/// One row of the table: the run's figures and why it stopped, or why it cannot run.
fn table_row(lang: Lang, props: &CompareProps, row: &Row, badges: [Option<Badge>; 3]) -> Html {
    // By type (today's view, which fits 1280×720 beside the sweep) the outcome says why
    // on hover; by another parameter the reason has a column of its own.
    let why_column = props.by.is_some();
    let open = match (row.migration_type, &row.run) {
        (Some(ty), _) => props.onopen.reform(move |_: MouseEvent| ty),
        (None, Ok((p, _))) => {
            let p = p.clone();
            props.onrun.reform(move |_: MouseEvent| (*p).clone())
        }
        (None, Err(_)) => Callback::noop(),
    };
    let is_cur = match (row.migration_type, &row.run) {
        (Some(ty), _) => ty == props.params.migration_type,
        (None, Ok((p, _))) => **p == *props.params,
        _ => false,
    };
    let col = |id: &str| t0(lang, id);
    let cells = match row.trace() {
        Some(tr) => {
            let m = &tr.metrics;
            let done = m.outcome == Outcome::Completed;
            html! { <>
                <td class="downtime" data-label={col("compare-col-downtime")}><span class="value">{ downtime_text(lang, tr) }</span>{ badge(lang, badges[0]) }</td>
                <td class="total" data-label={col("compare-col-total")}><span class="value">{ format::in_lang(lang, format::duration(m.total_time_s)) }</span>{ badge(lang, badges[1]) }</td>
                <td class="sent" data-label={col("compare-col-sent")}><span class="value">{ format::in_lang(lang, sent_text(tr)) }</span>{ badge(lang, badges[2]) }</td>
                <td class="rounds" data-label={col("compare-col-rounds")}><span class="value">{ rounds_text(tr) }</span></td>
                <td class={classes!("outcome", (!done).then_some("not-done"))} data-label={col("compare-col-outcome")} title={why_text(lang, tr)}><span class="value">{ col(outcome_id(m.outcome)) }</span></td>
                if why_column {
                    <td class="why" data-label={col("compare-col-why")} data-testid="compare-why">{ why_text(lang, tr) }</td>
                }
            </> }
        }
        None => html! {
            <td colspan={if why_column { "6" } else { "5" }} class="why cannot" data-testid="compare-why">
                { t(lang, "compare-cannot-run", &[("why", row.run.as_ref().err().cloned().unwrap_or_default().into())]) }
            </td>
        },
    };
    let name = row.name(lang);
    html! {
        <tr class={classes!("compare-row", is_cur.then_some("current"))} data-testid={format!("compare-row-{}", row.value)}
            data-value={row.value.clone()} aria-current={is_cur.then_some("true")} onclick={open.clone()}>
            <th scope="row">
                <button type="button" class="open-type" data-testid={format!("compare-open-{}", row.value)}
                    title={t(lang, "compare-open", &[("name", name.as_str().into())])} onclick={open}>
                    { name.clone() }
                </button>
            </th>
            { cells }
        </tr>
    }
}

#[component]
pub fn CompareView(props: &CompareProps) -> Html {
    let lang = use_lang();
    let all = use_rows(props);
    let all_ptr = Ptr::from(all.clone());
    let swept = use_memo((lang, all_ptr.clone()), |(lang, rows)| {
        sweep_rows(*lang, rows)
    });
    let forks = fork_moments(&all);
    let runs: Vec<(&Row, &Trace)> = all
        .iter()
        .filter_map(|r| r.trace().map(|t| (r, t)))
        .collect();
    let done = |t: &Trace| t.metrics.outcome == Outcome::Completed;
    let col = |f: fn(&Trace) -> (f64, String)| -> Vec<Option<Badge>> {
        rank(
            &all.iter()
                .map(|r| r.trace().filter(|t| done(t)).map(f))
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
    let (tl_box, sweep_box) = (use_node_ref(), use_node_ref());
    let tl_width = fitted(use_box_width(tl_box.clone()), TL_WIDTH);
    let sweep_width = fitted(use_box_width(sweep_box.clone()), SWEEP_WIDTH);
    let rows = all
        .iter()
        .enumerate()
        .map(|(i, r)| table_row(lang, props, r, [down_rank[i], total_rank[i], sent_rank[i]]));
    let by_name = props
        .by
        .as_ref()
        .map_or_else(|| t0(lang, "compare-col-type"), |c| key_name(lang, c.by));
    let (what, tl_heading) = match &props.by {
        None => (
            t0(lang, "compare-every-type"),
            t0(lang, "compare-every-type-axis"),
        ),
        Some(c) => {
            let key = key_name(lang, c.by).to_lowercase();
            (
                t(lang, "compare-per-value", &[("key", key.as_str().into())]),
                t(lang, "compare-per-value-axis", &[("key", key.into())]),
            )
        }
    };
    let col = |id: &str| t0(lang, id);

    // The three sliders that move every row at once (the parameters panel's, short).
    let slider = |id: &str| {
        html! {
            <ParamSlider spec={sliders::by_id(id)} params={props.edit.clone()} error={props.error.clone()}
                short=true onchange={props.onchange.clone()} />
        }
    };
    html! {
        <main class={classes!("compare", props.by.is_some().then_some("by-value"))} data-testid="compare-view" aria-labelledby="compare-title">
            <h2 id="compare-title" class="visually-hidden">{ t(lang, "compare-title", &[("what", what.as_str().into())]) }</h2>
            <div class="compare-bar">
                <PresetPicker selected={props.preset} params={props.edit.clone()} onpick={props.onpreset.clone()} />
                { slider("bandwidth") }
                { slider("dirty-rate") }
                { slider("memory") }
            </div>
            <div class="compare-grid">
                <div class="compare-left">
                    <section class="panel" aria-labelledby="compare-tl-heading">
                        <h2 id="compare-tl-heading" class="visually-hidden">{ tl_heading }</h2>
                        <ComparePicker by={props.by.clone()} params={props.params.clone()} onby={props.onby.clone()} />
                        <div class="chart-box" ref={tl_box}>{ timelines(lang, &runs, &forks, &what, tl_width) }</div>
                    </section>
                    <section class="panel" aria-labelledby="compare-table-heading">
                        <h2 id="compare-table-heading">{ col("compare-side-by-side") }
                            <span class="hint">
                                { " — " }<span class="badge best" aria-hidden="true">{ "★" }</span>{ " " }{ col("compare-hint-best") }{ " " }
                                <span class="badge worst" aria-hidden="true">{ "▼" }</span>
                                { " " }{ col("compare-hint-worst") }
                            </span>
                        </h2>
                        <table class="compare-table" data-testid="compare-table" data-by={props.by.as_ref().map_or("type", |c| c.by)}>
                            <thead>
                                <tr>
                                    <th scope="col">{ by_name }</th>
                                    <th scope="col">{ col("compare-col-downtime") }</th>
                                    <th scope="col">{ col("compare-col-total") }</th>
                                    <th scope="col">{ col("compare-col-sent") }</th>
                                    <th scope="col">{ col("compare-col-rounds") }</th>
                                    <th scope="col">{ col("compare-col-outcome") }</th>
                                    if props.by.is_some() {
                                        <th scope="col">{ col("compare-col-why") }</th>
                                    }
                                </tr>
                            </thead>
                            <tbody>{ for rows }</tbody>
                        </table>
                    </section>
                    <CompareGrids rows={all_ptr} onopen={props.onrun_at.clone()} />
                </div>
                <section class="panel compare-right" aria-labelledby="compare-sweep-heading">
                    <h2 id="compare-sweep-heading">{ col("compare-sweep-heading") }</h2>
                    <div class="chart-box" ref={sweep_box}>
                        <SweepChart id="sweep" params={props.params.clone()} current={props.runs.clone()} width={sweep_width} height={336.0}
                            rows={(*swept).clone()} />
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
