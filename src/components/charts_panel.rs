//! The side column's second panel in the main view: the per-round chart of the run
//! shown and a sweep chart, reached by a "Parameters | Charts" switch so the main
//! layout keeps its size.

use super::round_chart::RoundChart;
use super::sweep_chart::SweepChart;
use crate::run::TypeRuns;
use crate::state::Panel;
use migration_model::{Params, Trace};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct PanelTabsProps {
    pub panel: Panel,
    pub onchange: Callback<Panel>,
}

/// Two buttons that switch the side panel.
#[component]
pub fn PanelTabs(props: &PanelTabsProps) -> Html {
    crate::charts::segmented(
        "Side panel",
        "panel-tabs",
        vec![
            (
                Panel::Parameters,
                "Parameters".into(),
                "panel-parameters".into(),
            ),
            (Panel::Charts, "Charts".into(), "panel-charts".into()),
        ],
        props.panel,
        &props.onchange,
    )
}

#[derive(Properties, PartialEq)]
pub struct ChartsPanelProps {
    pub trace: Rc<Trace>,
    pub params: Rc<Params>,
    /// Every type with these parameters (the sweep's "you are here" points).
    pub runs: TypeRuns,
    pub t_s: f64,
}

#[component]
pub fn ChartsPanel(props: &ChartsPanelProps) -> Html {
    html! {
        <section class="charts-panel" aria-labelledby="charts-title" data-testid="charts-panel">
            <h2 id="charts-title">{ "Per round" }</h2>
            <RoundChart trace={props.trace.clone()} params={props.params.clone()} t_s={props.t_s}
                width={336.0} height={330.0} />
            <h2>{ "Sweep" }</h2>
            <SweepChart id="side-sweep" params={props.params.clone()} current={props.runs.clone()} width={336.0} height={390.0} />
        </section>
    }
}
