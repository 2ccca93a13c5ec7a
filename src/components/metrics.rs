//! The metrics panel: numbers from the model at the playhead and for the whole run.

use crate::format;
use migration_model::{MigrationType, Outcome, Trace};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct MetricsProps {
    pub trace: Rc<Trace>,
    pub t_s: f64,
}

pub fn outcome_label(o: Outcome) -> &'static str {
    match o {
        Outcome::Completed => "completed",
        Outcome::RolledBack => "rolled back",
        Outcome::NotConverged => "did not converge",
        Outcome::Paused => "paused (recoverable)",
        Outcome::Lost => "VM lost",
        Outcome::OnHold => "on hold",
    }
}

#[component]
pub fn Metrics(props: &MetricsProps) -> Html {
    let tr = &props.trace;
    let m = &tr.metrics;
    let t = props.t_s.clamp(0.0, tr.end_s());
    let mem = tr.memory_bytes as f64;
    let sent = tr.bytes_sent_at(t);
    let is_precopy = matches!(
        tr.migration_type,
        MigrationType::Live | MigrationType::Hybrid
    );
    let round = tr.round_at(t);
    let dirty_now = tr
        .rounds
        .iter()
        .take_while(|r| r.end_s() <= t)
        .last()
        .map(|r| r.dirty_bytes_at_end);
    let row = |name: &'static str, id: &'static str, now: String, total: String| {
        html! {
            <tr data-testid={format!("metric-{id}")}>
                <th scope="row">{ name }</th>
                <td class="now">{ now }</td>
                <td class="total">{ total }</td>
            </tr>
        }
    };
    html! {
        <section class="metrics" aria-labelledby="metrics-title">
            <h2 id="metrics-title">{ "Metrics" }</h2>
            <table>
                <thead><tr><th scope="col"><span class="visually-hidden">{ "Metric" }</span></th><th scope="col">{ "now" }</th><th scope="col">{ "whole run" }</th></tr></thead>
                <tbody>
                    { row("Time", "time", format::duration(t), format::duration(m.total_time_s)) }
                    { row("Downtime", "downtime", format::duration(tr.downtime_at(t)), format::duration(m.downtime_s)) }
                    { row("Data sent", "sent",
                        format!("{} ({:.2}×)", format::bytes(sent), sent / mem),
                        format!("{} ({:.2}×)", format::bytes(m.bytes_sent), m.bytes_sent_x_memory)) }
                    if is_precopy {
                        { row("Round", "round",
                            round.map_or("–".into(), |r| if r.is_final { "stop-and-copy".into() } else { r.index.to_string() }),
                            format!("{} pre-copy", m.precopy_rounds)) }
                        { row("Dirty set", "dirty",
                            dirty_now.map_or("–".into(), format::bytes),
                            if m.converged { "converged".into() } else { "not converged".into() }) }
                    }
                    if m.degraded_time_s > 0.0 {
                        { row("Degraded", "degraded", "".into(), format::duration(m.degraded_time_s)) }
                    }
                    { row("Outcome", "outcome", if t >= tr.end_s() { outcome_label(m.outcome).into() } else { "in progress".into() }, outcome_label(m.outcome).into()) }
                </tbody>
            </table>
        </section>
    }
}
