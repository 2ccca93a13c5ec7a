//! `migsim --vary KEY=V1,V2,…`: one run per value of one parameter, the other flags the
//! same (`migration_model::vary`, which the app's compare view uses too). `--format json`
//! prints `{"by": KEY, "runs": [{"value", "label", "metrics"}, …]}`, each `metrics`
//! exactly what `migsim … --format json` prints for that run alone; text prints a table.

use super::table::{bytes, seconds};
use super::{emit, range_error, trace_json, Format, USAGE};
use migration_model::vary::{self, MAX_VALUES, MIN_VALUES};
use migration_model::{simulate, MigrationType, Params, Trace};
use std::fmt::Write as _;
use std::process::ExitCode;

/// `--vary`'s value: the key and the values as given.
#[derive(Clone, Debug)]
pub struct Arg {
    pub by: &'static str,
    pub values: Vec<String>,
}

/// Reads `KEY=V1,V2,…`: a key a comparison may vary and 2 to 6 values. The values
/// themselves are read against the other flags' parameters in [`main`].
pub fn parse_arg(s: &str) -> Result<Arg, String> {
    let (key, values) = s
        .split_once('=')
        .ok_or_else(|| "expected KEY=V1,V2,… like policy=qemu,xen".to_string())?;
    let by = vary::key(key).ok_or_else(|| vary::VaryError::UnknownKey(key.into()).to_string())?;
    let values: Vec<String> = vary::split(values).into_iter().map(String::from).collect();
    if !(MIN_VALUES..=MAX_VALUES).contains(&values.len()) {
        return Err(format!(
            "{MIN_VALUES} to {MAX_VALUES} values, comma-separated, got {}",
            values.len()
        ));
    }
    Ok(Arg { by, values })
}

fn usage(line: &str) -> ExitCode {
    eprintln!("error: --vary: {line}");
    ExitCode::from(USAGE)
}

/// Runs every value and prints the rows. A value that cannot be used is an error naming
/// it (exit 2): a script gets every row it asked for, or none.
pub fn main(base: &Params, arg: &Arg, format: Format) -> ExitCode {
    let values: Vec<&str> = arg.values.iter().map(String::as_str).collect();
    let v = match vary::vary(base, arg.by, &values) {
        Ok(v) => v,
        Err(e) => return usage(&e.to_string()),
    };
    if let Some(b) = v.bad.first() {
        return usage(&format!("{}: {b}", v.by));
    }
    let mut runs = Vec::with_capacity(v.variants.len());
    for x in &v.variants {
        match simulate(&x.params) {
            Ok(t) => runs.push((x, t)),
            Err(e) => return range_error(&e),
        }
    }
    let text = match format {
        Format::Json => {
            let rows: Vec<serde_json::Value> = runs
                .iter()
                .map(|(x, t)| {
                    serde_json::json!({
                        "value": x.value,
                        "label": x.label(),
                        "metrics": trace_json(&x.params, t)["metrics"],
                    })
                })
                .collect();
            let json = serde_json::json!({"by": v.by, "runs": rows});
            serde_json::to_string_pretty(&json).expect("JSON prints") + "\n"
        }
        Format::Params => {
            let rows: Vec<serde_json::Value> = runs
                .iter()
                .map(|(x, _)| serde_json::json!({"value": x.value, "label": x.label(), "params": x.params}))
                .collect();
            let json = serde_json::json!({"by": v.by, "runs": rows});
            serde_json::to_string_pretty(&json).expect("JSON prints") + "\n"
        }
        Format::Table => table(v.by, &runs),
    };
    emit(&text)
}

/// Rounds for the types that iterate, as the compare view writes them.
fn rounds(t: &Trace) -> String {
    match t.migration_type {
        MigrationType::Live | MigrationType::Hybrid => t.metrics.precopy_rounds.to_string(),
        _ => "–".into(),
    }
}

fn outcome(t: &Trace) -> String {
    serde_json::to_value(t.metrics.outcome)
        .ok()
        .and_then(|j| j.as_str().map(|s| s.replace('_', " ")))
        .unwrap_or_default()
}

/// One row per run, then why each stopped.
fn table(by: &str, runs: &[(&vary::Variant, Trace)]) -> String {
    let mut out = String::new();
    let width = runs
        .iter()
        .map(|(x, _)| x.label().chars().count())
        .chain([by.len()])
        .max()
        .unwrap_or(0);
    // Writing to a String cannot fail.
    let _ = writeln!(
        out,
        "{by:<width$}  {:>10}  {:>10}  {:>10}  {:>6}  outcome",
        "downtime", "total", "sent", "rounds"
    );
    for (x, t) in runs {
        let m = &t.metrics;
        let pad = width.saturating_sub(x.label().chars().count());
        let _ = writeln!(
            out,
            "{}{:pad$}  {:>10}  {:>10}  {:>10}  {:>6}  {}",
            x.label(),
            "",
            seconds(m.downtime_s),
            seconds(m.total_time_s),
            bytes(m.bytes_sent),
            rounds(t),
            outcome(t)
        );
    }
    let _ = writeln!(out, "\nwhy each stopped");
    for (x, t) in runs {
        let why = if t.stop_reason.is_empty() {
            outcome(t)
        } else {
            t.stop_reason.to_string()
        };
        let _ = writeln!(out, "  {}: {why}", x.label());
    }
    out
}
