//! `migsim evacuate`: every VM on one host leaves over the host's link, at most K at once
//! (`migration_model::evacuate`; docs/model.md, "Host evacuation").

use super::{command, emit, params, range_error, usage_error};
use clap::{value_parser, Arg, ArgAction};
use migration_model::evacuate::{evacuate, vm_from_spec, EvacuateError, Evacuation, Order};
use migration_model::show;
use serde_json::json;
use std::process::ExitCode;

const AFTER_HELP: &str = "\
Each --vm is a comma list of link keys for that VM over the shared flags, e.g.
  --vm mem=4GiB,dirty=100MB/s,ws=1GiB,type=live,name=db
(without type a VM migrates live). The two 100 MB/s writers that converge one at a time
but not together on 1 Gbit/s:
  migsim evacuate --vm mem=4GiB,dirty=100MB/s --vm mem=4GiB,dirty=100MB/s \\
    --bandwidth 1Gbit/s --concurrency 2";

pub fn main(args: impl IntoIterator<Item = String>) -> ExitCode {
    let cmd = command()
        .name("migsim evacuate")
        .bin_name("migsim evacuate")
        .about("Evacuate a host: VMs share its link, at most K migrate at once.")
        .after_help(AFTER_HELP)
        .mut_arg("format", |a| {
            a.value_parser(["text", "json"])
                .default_value("text")
                .help("Output format.")
        })
        .arg(
            Arg::new("vm")
                .long("vm")
                .value_name("SPEC")
                .action(ArgAction::Append)
                .required(true)
                .help(
                    "A VM on the host, repeatable: link keys, e.g. mem=4GiB,dirty=100MB/s,name=db.",
                ),
        )
        .arg(
            Arg::new("concurrency")
                .long("concurrency")
                .value_name("K")
                .value_parser(value_parser!(u32).range(1..=64))
                .default_value("1")
                .help("At most this many migrations at once."),
        )
        .arg(
            Arg::new("order")
                .long("order")
                .value_parser(Order::ALL.map(Order::key))
                .default_value("given")
                .help("The order in which waiting VMs start."),
        );
    let m = match cmd
        .try_get_matches_from(std::iter::once("migsim evacuate".to_string()).chain(args))
    {
        Ok(m) => m,
        Err(e) => return usage_error(e),
    };
    let base = params(&m);
    if let Err(e) = base.validate() {
        return range_error(&e);
    }
    let mut vms = Vec::new();
    for (i, spec) in m.get_many::<String>("vm").into_iter().flatten().enumerate() {
        match vm_from_spec(spec, &base, i + 1) {
            Ok(v) => vms.push(v),
            Err(e) => {
                eprintln!("error: --vm {spec}: {e}");
                return ExitCode::from(super::USAGE);
            }
        }
    }
    let k = *m.get_one::<u32>("concurrency").expect("has a default") as usize;
    let order = m
        .get_one::<String>("order")
        .and_then(|o| Order::from_key(o))
        .expect("the parser accepts only orders");
    let e = match evacuate(&vms, base.bandwidth_bytes_per_s, k, order) {
        Ok(e) => e,
        Err(EvacuateError::Params(name, e)) => {
            eprintln!(
                "error: --vm {name}: {}: accepted {}, got {}",
                e.field, e.accepted, e.got
            );
            return ExitCode::from(super::USAGE);
        }
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::from(super::USAGE);
        }
    };
    if m.get_one::<String>("format").map(String::as_str) == Some("json") {
        emit(&(serde_json::to_string_pretty(&to_json(&e)).expect("JSON prints") + "\n"))
    } else {
        emit(&text(&e))
    }
}

/// The evacuation as JSON: totals and one object per VM, in the order given.
pub fn to_json(e: &Evacuation) -> serde_json::Value {
    let vms: Vec<_> = e
        .vms
        .iter()
        .map(|v| {
            let m = &v.trace.metrics;
            json!({
                "name": v.name,
                "start_s": v.start_s,
                "end_s": v.end_s,
                "total_time_s": m.total_time_s,
                "downtime_s": m.downtime_s,
                "bytes_sent": m.bytes_sent,
                "rounds": m.precopy_rounds,
                "converged": m.converged,
                "outcome": m.outcome,
            })
        })
        .collect();
    json!({
        "evacuation_time_s": e.evacuation_time_s,
        "concurrency": e.concurrency,
        "order": e.order,
        "bytes_sent": e.bytes_sent,
        "peak_running": e.peak_running,
        "last_left_s": e.last_left_s(),
        "vms": vms,
    })
}

fn text(e: &Evacuation) -> String {
    let mut out = format!(
        "Evacuation over {}, at most {} at once, {} order\n\n",
        show::byte_rate(e.link_bytes_per_s),
        e.concurrency,
        e.order.key()
    );
    out += &format!(
        "  {:<12} {:>10} {:>10} {:>10} {:>10} {:>11} {:>7}  {}\n",
        "VM", "start", "end", "took", "down", "sent", "rounds", "outcome"
    );
    for v in &e.vms {
        let m = &v.trace.metrics;
        out += &format!(
            "  {:<12} {:>10} {:>10} {:>10} {:>10} {:>11} {:>7}  {}\n",
            v.name,
            show::duration(v.start_s),
            show::duration(v.end_s),
            show::duration(m.total_time_s),
            show::duration(m.downtime_s),
            show::bytes(m.bytes_sent),
            m.precopy_rounds,
            m.outcome.label(),
        );
    }
    out += &format!(
        "\n  {} after {}; {} sent; at most {} running at once\n",
        if e.all_left() {
            "host empty"
        } else {
            "evacuation ended"
        },
        show::duration(e.evacuation_time_s),
        show::bytes(e.bytes_sent),
        e.peak_running
    );
    if !e.all_left() {
        let stay: Vec<&str> = e
            .vms
            .iter()
            .filter(|v| !v.left())
            .map(|v| v.name.as_str())
            .collect();
        out += &format!("  still on the host: {}\n", stay.join(", "));
    }
    out
}
