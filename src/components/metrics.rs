//! The metrics panel: numbers from the model at the playhead and for the whole run.

use crate::picture::format;
use crate::picture::labels::{convergence_label, outcome_label};
use migration_model::{MigrationType, Params, PhaseKind, Trace};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct MetricsProps {
    pub trace: crate::app::run::Ptr<Trace>,
    /// The run's parameters (the dirty set at t depends on the workload).
    pub params: crate::app::run::Ptr<Params>,
    pub t_s: f64,
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
    // The dirty set now: it grows inside a round while the guest writes faster than
    // the link sends (a latency spike), shrinks while the round catches up.
    let dirty_now = tr.dirty_bytes_at(&props.params, t);
    let rate_now = tr.send_rate_at(t);
    let average = if m.total_time_s > 0.0 {
        m.bytes_sent / m.total_time_s
    } else {
        0.0
    };
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
                    { row("Link", "rate",
                        if rate_now > 0.0 { format::bit_rate(rate_now) } else { "idle".into() },
                        format!("{} avg", format::bit_rate(average))) }
                    if is_precopy {
                        { row("Round", "round",
                            round.map_or("–".into(), |r| if r.is_final { "stop-and-copy".into() } else { r.index.to_string() }),
                            format!("{} pre-copy", m.precopy_rounds)) }
                        { row("Dirty set", "dirty",
                            dirty_now.map_or("–".into(), format::bytes),
                            convergence_label(tr).into()) }
                    }
                    if m.degraded_time_s > 0.0 {
                        { row("Degraded", "degraded", "".into(), format::duration(m.degraded_time_s)) }
                    }
                    if tr.phases.iter().any(|ph| ph.kind == PhaseKind::PostCopy) {
                        { row("vCPU blocked", "blocked", "".into(),
                            format!("{} of post-copy ({:.0} faults)", format::percent(m.postcopy_vcpu_blocked_share), m.postcopy_faults)) }
                    }
                    { row("Outcome", "outcome", if t >= tr.end_s() { outcome_label(m.outcome).into() } else { "in progress".into() }, outcome_label(m.outcome).into()) }
                </tbody>
            </table>
        </section>
    }
}
