//! `--format table`: a trace as text for handouts: the scenario, one row per round, the
//! phases, and the metrics in human units.

use migration_model::{DirtyModel, MigrationType, Params, PhaseKind, Trace};
use std::fmt::Write;

/// Up to two decimals, trailing zeros dropped: 21.35, 31.7, 125.
fn num(v: f64) -> String {
    let s = format!("{v:.2}");
    let s = s.trim_end_matches('0').trim_end_matches('.');
    if s == "-0" {
        "0".into()
    } else {
        s.into()
    }
}

/// Bytes with SI prefixes, as `docs/model.md` quotes traffic: "21.35 GB", "31.7 MB".
pub fn bytes(b: f64) -> String {
    const UNITS: [&str; 6] = ["B", "kB", "MB", "GB", "TB", "PB"];
    let mut v = b;
    let mut i = 0;
    while v.abs() >= 999.995 && i + 1 < UNITS.len() {
        v /= 1000.0;
        i += 1;
    }
    format!("{} {}", num(v), UNITS[i])
}

/// Bytes with binary prefixes, as memory is sized: "4 GiB", "2 MiB".
pub fn bytes_iec(b: u64) -> String {
    const UNITS: [&str; 6] = ["B", "KiB", "MiB", "GiB", "TiB", "PiB"];
    let mut v = b as f64;
    let mut i = 0;
    while v >= 1024.0 && i + 1 < UNITS.len() {
        v /= 1024.0;
        i += 1;
    }
    format!("{} {}", num(v), UNITS[i])
}

/// A rate in bytes/s and in bits/s: "125 MB/s (1 Gbit/s)".
pub fn rate(r: f64) -> String {
    let bits = bytes(r * 8.0);
    let bits = bits
        .strip_suffix('B')
        .map_or(bits.clone(), |p| format!("{p}bit"));
    format!("{}/s ({bits}/s)", bytes(r))
}

/// A duration: "254 ms", "34.36 s", "170.8 s", "7260.0 s (2h 1m)".
pub fn duration(s: f64) -> String {
    let short = seconds(s);
    if s.is_finite() && s.abs() >= 120.0 {
        let whole = std::time::Duration::from_secs(s.abs().round() as u64);
        format!("{short} ({})", humantime::format_duration(whole))
    } else {
        short
    }
}

/// A duration for table columns: "254 ms", "34.36 s", "170.8 s".
pub fn seconds(s: f64) -> String {
    if !s.is_finite() {
        return format!("{s} s");
    }
    let a = s.abs();
    if a == 0.0 {
        "0 s".into()
    } else if a < 0.01 {
        format!("{} ms", num(s * 1e3))
    } else if a < 1.0 {
        format!("{:.0} ms", s * 1e3)
    } else if a < 100.0 {
        format!("{} s", num(s))
    } else {
        format!("{s:.1} s")
    }
}

fn snake(v: &impl serde::Serialize) -> String {
    serde_json::to_value(v)
        .ok()
        .and_then(|j| j.as_str().map(|s| s.replace('_', " ")))
        .unwrap_or_default()
}

pub fn render(params: &Params, trace: &Trace) -> String {
    let mut out = String::new();
    // Writing to a String cannot fail.
    let _ = write_table(&mut out, params, trace);
    out
}

fn write_table(out: &mut String, params: &Params, trace: &Trace) -> std::fmt::Result {
    write_scenario(out, params, trace)?;
    write_rounds(out, trace)?;
    write_phases(out, trace)?;
    write_metrics(out, trace)
}

/// The heading: type and policy, then the parameters that set the pace.
fn write_scenario(out: &mut String, params: &Params, trace: &Trace) -> std::fmt::Result {
    writeln!(
        out,
        "{} migration, {} policy",
        trace.migration_type.label(),
        trace.policy.label()
    )?;
    let model = match params.dirty_model {
        DirtyModel::Linear => "linear",
        DirtyModel::Uniform => "uniform random",
    };
    writeln!(
        out,
        "  memory {}, link {}, writes {}, λ = {:.2}",
        bytes_iec(params.memory_bytes),
        rate(params.bandwidth_bytes_per_s),
        rate(params.dirty_rate_bytes_per_s),
        Trace::lambda(params),
    )?;
    writeln!(
        out,
        "  {model} dirty model, downtime limit {}, page size {}{}",
        duration(params.downtime_limit_s),
        bytes_iec(params.page_size_bytes),
        params
            .max_bandwidth_bytes_per_s
            .map_or(String::new(), |c| format!(", migration cap {}", rate(c))),
    )
}

/// One row per round, when the run has rounds.
fn write_rounds(out: &mut String, trace: &Trace) -> std::fmt::Result {
    if trace.rounds.is_empty() {
        return Ok(());
    }
    writeln!(out)?;
    writeln!(
        out,
        "{:>6}  {:>10}  {:>10}  {:>10}  {:>12}  {:>8}",
        "round", "start", "duration", "sent", "dirty at end", "throttle"
    )?;
    for r in &trace.rounds {
        let label = if r.is_final {
            "final".to_string()
        } else {
            r.index.to_string()
        };
        writeln!(
            out,
            "{:>6}  {:>10}  {:>10}  {:>10}  {:>12}  {:>7.0}%",
            label,
            seconds(r.start_s),
            seconds(r.duration_s),
            bytes(r.bytes_sent),
            bytes(r.dirty_bytes_at_end),
            r.throttle * 100.0
        )?;
    }
    Ok(())
}

/// One line per phase, named as the model names them for people; consecutive pre-copy
/// rounds share one line.
fn write_phases(out: &mut String, trace: &Trace) -> std::fmt::Result {
    writeln!(out)?;
    writeln!(out, "phases")?;
    let mut i = 0;
    while i < trace.phases.len() {
        let p = &trace.phases[i];
        let mut j = i;
        while matches!(p.kind, PhaseKind::PreCopy { .. })
            && j + 1 < trace.phases.len()
            && matches!(trace.phases[j + 1].kind, PhaseKind::PreCopy { .. })
        {
            j += 1;
        }
        let name = match (&p.kind, &trace.phases[j].kind) {
            (PhaseKind::PreCopy { round: a }, PhaseKind::PreCopy { round: b }) if a != b => {
                format!("pre-copy rounds {a}–{b}")
            }
            (k, _) => k.label(),
        };
        writeln!(
            out,
            "  {:<24} {:>10} → {:<10} {}, {}",
            name,
            seconds(p.start_s),
            seconds(trace.phases[j].end_s),
            snake(&p.host),
            p.vm_state.label()
        )?;
        i = j + 1;
    }
    Ok(())
}

/// The run's metrics in human units; rounds and convergence for live types, faults and
/// blocking for post-copy.
fn write_metrics(out: &mut String, trace: &Trace) -> std::fmt::Result {
    let live = !matches!(
        trace.migration_type,
        MigrationType::Cold | MigrationType::Suspended
    );
    let m = &trace.metrics;
    writeln!(out)?;
    writeln!(out, "metrics")?;
    writeln!(out, "  {:<16} {}", "total time", duration(m.total_time_s))?;
    writeln!(out, "  {:<16} {}", "downtime", duration(m.downtime_s))?;
    writeln!(
        out,
        "  {:<16} {}",
        "degraded time",
        duration(m.degraded_time_s)
    )?;
    writeln!(
        out,
        "  {:<16} {} ({}× memory)",
        "bytes sent",
        bytes(m.bytes_sent),
        num(m.bytes_sent_x_memory)
    )?;
    if live {
        writeln!(out, "  {:<16} {}", "pre-copy rounds", m.precopy_rounds)?;
        writeln!(
            out,
            "  {:<16} {}",
            "converged",
            if m.converged { "yes" } else { "no" }
        )?;
    }
    if m.postcopy_faults > 0.0 {
        writeln!(
            out,
            "  {:<16} {:.0} pages",
            "post-copy faults", m.postcopy_faults
        )?;
        writeln!(
            out,
            "  {:<16} {:.1}% of the post-copy phase",
            "vCPU blocked",
            m.postcopy_vcpu_blocked_share * 100.0
        )?;
    }
    writeln!(out, "  {:<16} {}", "outcome", snake(&m.outcome))?;
    if !trace.stop_reason.is_empty() {
        writeln!(out, "  {:<16} {}", "why", trace.stop_reason)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn human_units() {
        assert_eq!(bytes(21.35e9), "21.35 GB");
        assert_eq!(bytes(31.7e6), "31.7 MB");
        assert_eq!(bytes(0.0), "0 B");
        assert_eq!(bytes(999.999e6), "1 GB");
        assert_eq!(bytes_iec(4 << 30), "4 GiB");
        assert_eq!(bytes_iec(2 << 20), "2 MiB");
        assert_eq!(rate(125e6), "125 MB/s (1 Gbit/s)");
        assert_eq!(duration(0.254), "254 ms");
        assert_eq!(duration(0.0005), "0.5 ms");
        assert_eq!(duration(34.36), "34.36 s");
        assert_eq!(duration(170.8), "170.8 s (2m 51s)");
        assert_eq!(duration(0.0), "0 s");
        assert_eq!(duration(7260.0), "7260.0 s (2h 1m)");
        assert_eq!(seconds(170.8), "170.8 s");
    }
}
