//! What would make a pre-copy run that does not converge work: each way out is a run of
//! the model with one thing changed, so the advice holds for these numbers (issue 23).
//! Used by the app's hint under the dirty-rate slider and by anyone asking "now what?".

use crate::params::limits;
use crate::show;
use crate::{simulate, MigrationType, Outcome, Params, StopPolicy, Trace};

/// One change that makes the migration complete, and what its run reports.
#[derive(Clone, Debug, PartialEq)]
pub struct WayOut {
    /// The change, for people: "auto-converge", "a 2 Gbit/s link".
    pub change: String,
    /// What the changed run does: "done in 45.1 s, 254 ms down".
    pub result: String,
    /// Which change it is, for a catalogue that words it in another language:
    /// `auto-converge`, `link`, `downtime-limit` or `postcopy`.
    pub kind: &'static str,
    /// The quantities in `change` and `result`, written as they are there: `rate` (a
    /// link's), `limit`, `total`, `down`, and for post-copy `degraded` and `memory`.
    pub values: Vec<(&'static str, String)>,
    /// The parameters with the change made.
    pub params: Params,
}

/// Whether pre-copy failed to converge in `t`: it ran out of time, or its stop rule
/// gave up and stopped the VM with the rest (Xen's limits, libvirt's --timeout).
pub fn precopy_fails(p: &Params, t: &Trace) -> bool {
    p.migration_type == MigrationType::Live
        && !t.metrics.converged
        && matches!(
            t.metrics.outcome,
            Outcome::NotConverged | Outcome::Completed
        )
}

/// The ways out that work here, each checked by a run: auto-converge (QEMU), a faster
/// link (2×, 4× or 10×, the first that converges), a longer downtime limit (10×, 100×
/// up to the model's 60 s), and post-copy. Empty when the run converges.
pub fn ways_out(p: &Params) -> Vec<WayOut> {
    let Ok(base) = simulate(p) else {
        return Vec::new();
    };
    if !precopy_fails(p, &base) {
        return Vec::new();
    }
    let converges = |q: &Params| {
        simulate(q)
            .ok()
            .filter(|t| t.metrics.converged && t.metrics.outcome == Outcome::Completed)
    };
    // A completed live run's result, and the durations it names.
    let live = |t: &Trace| {
        let (total, down) = (
            show::duration(t.metrics.total_time_s),
            show::duration(t.metrics.downtime_s),
        );
        (
            format!("done in {total}, {down} down"),
            vec![("total", total), ("down", down)],
        )
    };
    let mut out = Vec::new();
    if p.policy == StopPolicy::Qemu && !p.auto_converge {
        let q = Params {
            auto_converge: true,
            ..p.clone()
        };
        if let Some(t) = converges(&q) {
            let (result, values) = live(&t);
            out.push(WayOut {
                change: "auto-converge".into(),
                result,
                kind: "auto-converge",
                values,
                params: q,
            });
        }
    }
    let (_, bw_max) = limits::RATE_BYTES_PER_S;
    if let Some((bw, t)) = [2.0, 4.0, 10.0]
        .iter()
        .map(|k| p.bandwidth_bytes_per_s * k)
        .filter(|bw| *bw <= bw_max)
        .find_map(|bw| {
            let q = Params {
                bandwidth_bytes_per_s: bw,
                max_bandwidth_bytes_per_s: p
                    .max_bandwidth_bytes_per_s
                    .map(|c| c * bw / p.bandwidth_bytes_per_s),
                ..p.clone()
            };
            converges(&q).map(|t| (q, t))
        })
    {
        let rate = show::byte_rate(bw.bandwidth_bytes_per_s);
        let (result, mut values) = live(&t);
        values.push(("rate", rate.clone()));
        out.push(WayOut {
            change: format!("a {rate} link"),
            result,
            kind: "link",
            values,
            params: bw,
        });
    }
    let (_, dl_max) = limits::DOWNTIME_LIMIT_S;
    let mut limits_to_try: Vec<f64> = [10.0, 100.0, 1000.0]
        .iter()
        .map(|k| (p.downtime_limit_s * k).min(dl_max))
        .filter(|dl| *dl > p.downtime_limit_s)
        .collect();
    limits_to_try.dedup();
    if let Some((dl, t)) = limits_to_try.into_iter().find_map(|dl| {
        let q = Params {
            downtime_limit_s: dl,
            ..p.clone()
        };
        converges(&q).map(|t| (q, t))
    }) {
        let limit = show::duration(dl.downtime_limit_s);
        let (result, mut values) = live(&t);
        values.push(("limit", limit.clone()));
        out.push(WayOut {
            change: format!("a downtime limit of {limit}"),
            result,
            kind: "downtime-limit",
            values,
            params: dl,
        });
    }
    let q = Params {
        migration_type: MigrationType::PostCopy,
        ..p.clone()
    };
    if let Some(t) = simulate(&q)
        .ok()
        .filter(|t| t.metrics.outcome == Outcome::Completed)
    {
        let (down, degraded, memory) = (
            show::duration(t.metrics.downtime_s),
            show::duration(t.metrics.degraded_time_s),
            show::bytes(p.memory_bytes as f64),
        );
        out.push(WayOut {
            change: "post-copy".into(),
            result: format!(
                "{down} down, then degraded for {degraded} while the {memory} of memory arrives"
            ),
            kind: "postcopy",
            values: vec![("down", down), ("degraded", degraded), ("memory", memory)],
            params: q,
        });
    }
    out
}
