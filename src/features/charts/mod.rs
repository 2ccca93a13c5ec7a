//! The side column's second panel in the main view: the per-round chart of the run
//! shown and a sweep chart, reached by a "Parameters | Charts" switch so the main
//! layout keeps its size.

pub mod round;
pub mod sweep;

use crate::app::run::TypeRuns;
use migration_model::{Params, Trace};
use round::RoundChart;
use sweep::SweepChart;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ChartsPanelProps {
    pub trace: crate::app::run::Ptr<Trace>,
    pub params: crate::app::run::Ptr<Params>,
    /// Every type with these parameters (the sweep's "you are here" points).
    pub runs: TypeRuns,
    pub t_s: f64,
}

#[component]
pub fn ChartsPanel(props: &ChartsPanelProps) -> Html {
    let lang = crate::i18n::use_lang();
    html! {
        <section class="charts-panel" aria-labelledby="charts-title" data-testid="charts-panel">
            <h2 id="charts-title">{ crate::i18n::t0(lang, "chart-per-round") }</h2>
            <RoundChart trace={props.trace.clone()} params={props.params.clone()} t_s={props.t_s}
                width={336.0} height={330.0} />
            <h2>{ crate::i18n::t0(lang, "chart-sweep") }</h2>
            <SweepChart id="side-sweep" params={props.params.clone()} current={props.runs.clone()} width={336.0} height={390.0} />
        </section>
    }
}
