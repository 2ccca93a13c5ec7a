//! The metrics panel: numbers from the model at the playhead and for the whole run.

use crate::i18n::{t, t0, use_lang};
use crate::picture::format;
use crate::picture::labels::{convergence_id, outcome_id};
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
    let lang = use_lang();
    let w = |id: &str| t0(lang, id);
    let tr = &props.trace;
    let m = &tr.metrics;
    let now = props.t_s.clamp(0.0, tr.end_s());
    let mem = tr.memory_bytes as f64;
    let sent = tr.bytes_sent_at(now);
    let is_precopy = matches!(
        tr.migration_type,
        MigrationType::Live | MigrationType::Hybrid
    );
    let round = tr.round_at(now);
    // The dirty set now: it grows inside a round while the guest writes faster than
    // the link sends (a latency spike), shrinks while the round catches up.
    let dirty_now = tr.dirty_bytes_at(&props.params, now);
    let rate_now = tr.send_rate_at(now);
    let average = if m.total_time_s > 0.0 {
        m.bytes_sent / m.total_time_s
    } else {
        0.0
    };
    // Every value in the page's notation ("1,5 s" in Spanish).
    let row = |id: &'static str, at: String, total: String| {
        html! {
            <tr data-testid={format!("metric-{id}")}>
                <th scope="row">{ w(&format!("metrics-{id}")) }</th>
                <td class="now">{ format::in_lang(lang, at) }</td>
                <td class="total">{ format::in_lang(lang, total) }</td>
            </tr>
        }
    };
    let outcome = w(outcome_id(m.outcome));
    let blocked = || {
        let args = [
            (
                "share",
                format::percent(m.postcopy_vcpu_blocked_share).into(),
            ),
            ("faults", m.postcopy_faults.round().into()),
        ];
        t(lang, "metrics-blocked-value", &args)
    };
    html! {
        <section class="metrics" aria-labelledby="metrics-title">
            <h2 id="metrics-title">{ w("metrics-title") }</h2>
            <table>
                <thead><tr><th scope="col"><span class="visually-hidden">{ w("metrics-metric") }</span></th><th scope="col">{ w("metrics-now") }</th><th scope="col">{ w("metrics-whole-run") }</th></tr></thead>
                <tbody>
                    { row("time", format::duration(now), format::duration(m.total_time_s)) }
                    { row("downtime", format::duration(tr.downtime_at(now)), format::duration(m.downtime_s)) }
                    { row("sent",
                        format!("{} ({:.2}×)", format::bytes(sent), sent / mem),
                        format!("{} ({:.2}×)", format::bytes(m.bytes_sent), m.bytes_sent_x_memory)) }
                    { row("rate",
                        if rate_now > 0.0 { format::bit_rate(rate_now) } else { w("metrics-idle") },
                        t(lang, "metrics-average", &[("rate", format::bit_rate(average).into())])) }
                    if is_precopy {
                        { row("round",
                            round.map_or("–".into(), |r| if r.is_final { w("metrics-stop-and-copy") } else { r.index.to_string() }),
                            t(lang, "metrics-precopy-rounds", &[("n", m.precopy_rounds.into())])) }
                        { row("dirty",
                            dirty_now.map_or("–".into(), format::bytes),
                            w(convergence_id(tr))) }
                    }
                    if m.degraded_time_s > 0.0 {
                        { row("degraded", "".into(), format::duration(m.degraded_time_s)) }
                    }
                    if tr.phases.iter().any(|ph| ph.kind == PhaseKind::PostCopy) {
                        { row("blocked", "".into(), blocked()) }
                    }
                    { row("outcome", if now >= tr.end_s() { outcome.clone() } else { w("metrics-in-progress") }, outcome.clone()) }
                </tbody>
            </table>
        </section>
    }
}
