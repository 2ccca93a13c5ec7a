//! `migsim replay FILE [--format text|json]`: a recorded QEMU migration beside the model.
//! Reads the recording, infers the parameters (printed as the flags used, each with where
//! it came from), runs the model and prints both sides with the relative differences.

use super::table::{bytes, seconds};
use clap::{Parser, ValueEnum};
use migration_model::replay::{self, Comparison, Replay, Summary};
use std::fmt::Write;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
enum Format {
    /// Both sides in a table, with the inferred flags and what was skipped.
    Text,
    /// `{"params": […flags…], "real": {…}, "model": {…}, "passes": [{"real", "model"}]}`.
    Json,
}

/// Replay a recorded QEMU migration beside the model: our harness's JSON Lines, or
/// query-migrate replies one per line (`{"return": {…}}` or the bare object), each
/// optionally after a Unix timestamp.
#[derive(Debug, Parser)]
#[command(name = "migsim replay")]
struct Args {
    /// The recording.
    file: PathBuf,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Text)]
    format: Format,
}

fn fail(msg: &str) -> ExitCode {
    eprintln!("error: {msg}");
    ExitCode::from(super::USAGE)
}

/// Runs `migsim replay` with the arguments after `replay`.
pub fn main(args: impl IntoIterator<Item = String>) -> ExitCode {
    let args = match Args::try_parse_from(std::iter::once("migsim replay".to_string()).chain(args))
    {
        Ok(a) => a,
        Err(e) => return super::usage_error(e),
    };
    let name = args.file.display().to_string();
    let data = match std::fs::read(&args.file) {
        Ok(d) => d,
        Err(e) => return fail(&format!("{name}: cannot read it: {e}")),
    };
    let text = String::from_utf8_lossy(&data);
    let rec = match replay::parse(&text) {
        Ok(r) => r,
        Err(e) => return fail(&format!("{name}: {e}")),
    };
    let run = match replay::replay(&rec) {
        Ok(r) => r,
        Err(e) => {
            return fail(&format!(
                "{name}: the inferred parameters are out of the model's range: {e}"
            ))
        }
    };
    if rec.skipped.count > 0 {
        eprintln!(
            "note: {name}: skipped {} of {} lines: {}",
            rec.skipped.count,
            rec.lines,
            rec.skipped.summary(5)
        );
    }
    match args.format {
        Format::Json => super::emit(
            &(serde_json::to_string_pretty(&run.comparison).expect("the comparison serialises")
                + "\n"),
        ),
        Format::Text => super::emit(&render(&name, &rec, &run)),
    }
}

/// "+3.2%", or "" when there is nothing to compare.
fn diff(model: f64, real: f64) -> String {
    if real == 0.0 || !model.is_finite() {
        return String::new();
    }
    format!("{:+.1}%", (model - real) / real * 100.0)
}

fn row(out: &mut String, what: &str, real: String, model: String, d: String) {
    let _ = writeln!(out, "  {what:<16} {real:>12} {model:>12} {d:>9}");
}

fn summary_rows(out: &mut String, c: &Comparison) {
    let (r, m): (&Summary, &Summary) = (&c.real, &c.model);
    row(out, "", "QEMU".into(), "model".into(), "diff".into());
    row(
        out,
        "total time",
        seconds(r.total_time_s),
        seconds(m.total_time_s),
        diff(m.total_time_s, r.total_time_s),
    );
    let down = |d: Option<f64>| d.map_or("–".into(), seconds);
    row(
        out,
        "downtime",
        down(r.downtime_s),
        down(m.downtime_s),
        match (r.downtime_s, m.downtime_s) {
            (Some(a), Some(b)) => diff(b, a),
            _ => String::new(),
        },
    );
    if let Some(o) = r.guest_outage_s {
        let md = m.guest_outage_s.unwrap_or(0.0);
        row(out, "guest outage", seconds(o), seconds(md), diff(md, o));
    }
    row(
        out,
        "bytes sent",
        bytes(r.bytes_sent),
        bytes(m.bytes_sent),
        diff(m.bytes_sent, r.bytes_sent),
    );
    row(
        out,
        "passes",
        r.passes.to_string(),
        m.passes.to_string(),
        format!("{:+}", i64::from(m.passes) - i64::from(r.passes)),
    );
    let yn = |b: bool| if b { "yes" } else { "no" }.to_string();
    row(
        out,
        "converged",
        yn(r.converged),
        yn(m.converged),
        String::new(),
    );
    row(
        out,
        "outcome",
        r.outcome.clone(),
        m.outcome.clone(),
        String::new(),
    );
}

fn render(name: &str, rec: &replay::Recording, run: &Replay) -> String {
    let mut out = String::new();
    let title = rec
        .header
        .as_ref()
        .and_then(|h| {
            Some(format!(
                "{} ({})",
                h.name.as_deref()?,
                h.desc.as_deref().unwrap_or("")
            ))
        })
        .unwrap_or_else(|| name.to_string());
    let _ = writeln!(
        out,
        "Replay of {title}: {} samples, {} lines skipped",
        rec.samples.len(),
        rec.skipped.count
    );
    let _ = writeln!(out, "\nModel parameters from the recording:");
    for f in &run.flags {
        let flag = if f.value.is_empty() {
            f.flag.to_string()
        } else {
            format!("{} {}", f.flag, f.value)
        };
        let _ = writeln!(out, "  {flag:<32} {}", f.from);
    }
    let _ = writeln!(
        out,
        "\n{}",
        replay::narrate(rec, &run.comparison, &run.params)
    );
    let _ = writeln!(
        out,
        "\nWhole run (QEMU's counters: total-time, downtime, ram.transferred, dirty-sync-count):"
    );
    summary_rows(&mut out, &run.comparison);
    let _ = writeln!(out, "\nPer pass:");
    let _ = writeln!(
        out,
        "  {:<5} {:>12} {:>12} {:>9}   {:>10} {:>10} {:>9}",
        "pass", "QEMU bytes", "model bytes", "diff", "QEMU time", "model time", "diff"
    );
    for (i, p) in run.comparison.passes.iter().enumerate() {
        let b = |x: Option<&replay::Pass>| x.map_or("–".into(), |p| bytes(p.bytes_sent));
        let t = |x: Option<&replay::Pass>| x.map_or("–".into(), |p| seconds(p.duration_s));
        let (db, dt) = match (&p.real, &p.model) {
            (Some(r), Some(m)) => (
                diff(m.bytes_sent, r.bytes_sent),
                diff(m.duration_s, r.duration_s),
            ),
            _ => (String::new(), String::new()),
        };
        let _ = writeln!(
            out,
            "  {:<5} {:>12} {:>12} {db:>9}   {:>10} {:>10} {dt:>9}",
            i + 1,
            b(p.real.as_ref()),
            b(p.model.as_ref()),
            t(p.real.as_ref()),
            t(p.model.as_ref()),
        );
    }
    let _ = writeln!(
        out,
        "\nThe same model run: migsim {}",
        run.comparison.params.join(" ")
    );
    out
}
