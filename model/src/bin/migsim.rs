//! `migsim`: the migration model on the command line, for course authors who want tables
//! for handouts and for anyone checking the model. Every [`Params`] field is a flag in
//! human units; unset flags keep `Params::default()` (the lecture VM).
//!
//! The textbook worked example of `docs/model.md` (n = 22, downtime 0.254 s, 21.35 GB,
//! 170.8 s): `migsim --policy textbook --resume-time 0ms --device-state 0 --memory 4GiB
//! --bandwidth 1Gbit/s --dirty-rate 100MB/s --downtime-limit 300ms`

// A binary's root resolves `mod` beside itself, so name the submodules' folder.
#[path = "migsim/exercise.rs"]
mod exercise;
#[path = "migsim/replay.rs"]
mod replay;
#[path = "migsim/table.rs"]
mod table;
use migration_model::units;

use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::{CommandFactory, FromArgMatches, Parser, ValueEnum};
use migration_model::{
    simulate, DirtyModel, Fault, Hold, MigrationType, ParamError, Params, StopPolicy,
    SuspendTransfer,
};
use std::process::ExitCode;

/// Usage errors (a bad flag, a bad value, parameters out of range) exit with 2, as clap's
/// own usage errors do.
const USAGE: u8 = 2;

/// A value or `none`/`all`. An alias, because clap's derive reads a literal
/// `Option<Option<T>>` as a flag whose value may be left out.
type OrNone<T> = Option<T>;

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
enum Format {
    /// Readable table: scenario, rounds, phases, metrics.
    Table,
    /// The trace as JSON (with the parameters used under `params`).
    Json,
    /// Only the parameters the flags resolve to, as JSON; nothing is simulated.
    Params,
}

/// Simulate a VM migration (cold, suspended, live pre-copy, post-copy, hybrid) and print
/// its rounds, phases and metrics.
#[derive(Debug, Parser)]
#[command(name = "migsim", version, after_help = AFTER_HELP)]
struct Cli {
    /// Migration type: cold, suspended, live, postcopy or hybrid.
    #[arg(long = "type", value_name = "TYPE", value_parser = units::migration_type)]
    migration_type: Option<MigrationType>,
    /// Pre-copy stop policy: qemu (QEMU's real loop, the default), textbook (Clark et
    /// al.: whole rounds), xen (classic), xen5 (current), vmotion or simgrid.
    #[arg(long, value_name = "POLICY", value_parser = units::policy)]
    policy: Option<StopPolicy>,
    /// Guest memory, e.g. 4GiB.
    #[arg(long, value_name = "SIZE", value_parser = units::size)]
    memory: Option<u64>,
    /// Share of memory that is zero pages, e.g. 25% or 0.25.
    #[arg(long, value_name = "SHARE", value_parser = units::share)]
    zero_pages: Option<f64>,
    /// Dirty-tracking page size: 4KiB, or 2MiB for tracking per huge page.
    #[arg(long, value_name = "SIZE", value_parser = units::size)]
    page_size: Option<u64>,
    /// Link bandwidth for the migration, e.g. 1Gbit/s, 10Gbps, 940Mbit/s or 125MB/s.
    #[arg(long, value_name = "RATE", value_parser = units::rate)]
    bandwidth: Option<f64>,
    /// QEMU max-bandwidth cap on streaming (the final stop-and-copy is uncapped), e.g.
    /// 128MiB/s, or none.
    #[arg(long, value_name = "RATE", value_parser = units::optional_rate)]
    max_bandwidth: Option<OrNone<f64>>,
    /// Guest page write rate, e.g. 100MB/s or 25000pages/s (4 KiB pages).
    #[arg(long, value_name = "RATE", value_parser = units::dirty_rate)]
    dirty_rate: Option<f64>,
    /// How writes become dirty pages: linear (capped at the working set) or uniform
    /// (random writes over the working set).
    #[arg(long, value_name = "MODEL", value_parser = units::dirty_model)]
    dirty_model: Option<DirtyModel>,
    /// Writable working set, e.g. 128MiB, or all (all of memory).
    #[arg(long, value_name = "SIZE", value_parser = units::optional_size)]
    working_set: Option<OrNone<u64>>,
    /// Hot set as a share of the working set (uniform model), e.g. 10%.
    #[arg(long, value_name = "SHARE", value_parser = units::share)]
    hot_set: Option<f64>,
    /// Share of writes landing in the hot set, e.g. 90%.
    #[arg(long, value_name = "SHARE", value_parser = units::share)]
    hot_share: Option<f64>,
    /// QEMU downtime-limit, e.g. 300ms.
    #[arg(long, value_name = "DURATION", value_parser = units::duration)]
    downtime_limit: Option<f64>,
    /// CPU and device state sent at switchover at full link speed, e.g. 0 or 16MiB
    /// (default 79kB, measured on QEMU 10).
    #[arg(long, value_name = "SIZE", value_parser = units::size)]
    device_state: Option<u64>,
    /// The whole fixed switchover time: source stop and device save, destination load,
    /// resume and network cutover, e.g. 0ms or 50ms (default 4.5ms, measured on QEMU 10).
    #[arg(long, value_name = "DURATION", value_parser = units::duration)]
    resume_time: Option<f64>,
    /// Virtual disk size, e.g. 20GiB.
    #[arg(long, value_name = "SIZE", value_parser = units::size)]
    disk: Option<u64>,
    /// Disks on storage both hosts see (not copied): true or false.
    #[arg(long, value_name = "BOOL", value_parser = units::boolean)]
    shared_storage: Option<bool>,
    /// Storage write speed (suspend writes the state file), e.g. 500MB/s.
    #[arg(long, value_name = "RATE", value_parser = units::rate)]
    storage_write: Option<f64>,
    /// Storage read speed (restore reads the state file), e.g. 500MB/s.
    #[arg(long, value_name = "RATE", value_parser = units::rate)]
    storage_read: Option<f64>,
    /// Guest shutdown time (cold), e.g. 20s.
    #[arg(long, value_name = "DURATION", value_parser = units::duration)]
    shutdown_time: Option<f64>,
    /// Guest boot time (cold), e.g. 40s.
    #[arg(long, value_name = "DURATION", value_parser = units::duration)]
    boot_time: Option<f64>,
    /// Network round-trip time between the hosts, e.g. 0.5ms.
    #[arg(long, value_name = "DURATION", value_parser = units::duration)]
    rtt: Option<f64>,
    /// QEMU auto-converge: throttle the vCPUs when writes outpace sending.
    #[arg(long)]
    auto_converge: bool,
    /// Share of its vCPU the guest's writer needs to keep its rate under a throttle
    /// (auto-converge, SDPS), e.g. 5%; 100% = slowed in proportion at once.
    #[arg(long, value_name = "SHARE", value_parser = units::share)]
    writer_cpu_share: Option<f64>,
    /// libvirt migrate --timeout: after this long a live migration is paused and finished
    /// with the VM stopped, e.g. 60s; 0s = paused from the start (migrate without
    /// --live); or none.
    #[arg(long, value_name = "DURATION", value_parser = units::optional_duration)]
    suspend_after: Option<OrNone<f64>>,
    /// Suspended: how the state moves: file (save, copy, restore) or stream (the paused
    /// VM's memory over the link).
    #[arg(long, value_name = "HOW", value_parser = units::suspend_transfer)]
    suspend_transfer: Option<SuspendTransfer>,
    /// Hybrid: pre-copy rounds before switching to post-copy.
    #[arg(long, value_name = "N", value_parser = units::whole::<u32>)]
    hybrid_rounds: Option<u32>,
    /// Stop simulating an unfinished migration after this long, e.g. 600s or 2h.
    #[arg(long, value_name = "DURATION", value_parser = units::duration)]
    time_limit: Option<f64>,
    /// Seed of the page map's sample.
    #[arg(long, value_name = "N", value_parser = units::whole::<u64>)]
    seed: Option<u64>,
    /// A fault, repeatable: link-failure@12s, source-failure@3s, destination-failure@3s,
    /// bandwidth-drop@10s:100Mbit/s:5s (to, for), latency-spike@10s:200ms:30s (extra RTT,
    /// for).
    #[arg(long = "fault", value_name = "KIND@TIME[:…]", value_parser = units::fault)]
    faults: Vec<Fault>,
    /// A hold of a suspended migration, repeatable: REASON@START:DURATION with REASON one
    /// of technical, budget, compliance, waiting and START after the suspend, e.g.
    /// compliance@5s:2h.
    #[arg(long = "hold", value_name = "REASON@START:DURATION", value_parser = units::hold)]
    holds: Vec<Hold>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Table)]
    format: Format,
}

const AFTER_HELP: &str = "\
Sizes take decimal (MB, GB) or binary (MiB, GiB) units; rates are a size per second \
(125MB/s) or bits per second (1Gbit/s, 10Gbps); durations are like 300ms, 1.5s, 2h.

The textbook worked example (22 rounds, 254 ms, 21.35 GB, 170.8 s):
  migsim --policy textbook --resume-time 0ms --device-state 0 --memory 4GiB \
    --bandwidth 1Gbit/s --dirty-rate 100MB/s --downtime-limit 300ms

A recorded QEMU migration beside the model: migsim replay FILE [--format text|json]
Problem sets with answers: migsim exercise --help";

impl Cli {
    fn params(&self) -> Params {
        let mut p = Params::default();
        macro_rules! set {
            ($($flag:ident => $field:ident),* $(,)?) => {
                $(if let Some(v) = self.$flag.clone() { p.$field = v; })*
            };
        }
        set! {
            migration_type => migration_type,
            policy => policy,
            memory => memory_bytes,
            zero_pages => zero_page_share,
            page_size => page_size_bytes,
            bandwidth => bandwidth_bytes_per_s,
            max_bandwidth => max_bandwidth_bytes_per_s,
            dirty_rate => dirty_rate_bytes_per_s,
            dirty_model => dirty_model,
            working_set => working_set_bytes,
            hot_set => hot_set_share,
            hot_share => hot_write_share,
            downtime_limit => downtime_limit_s,
            device_state => device_state_bytes,
            resume_time => resume_time_s,
            disk => disk_bytes,
            shared_storage => shared_storage,
            storage_write => storage_write_bytes_per_s,
            storage_read => storage_read_bytes_per_s,
            shutdown_time => shutdown_time_s,
            boot_time => boot_time_s,
            rtt => rtt_s,
            writer_cpu_share => writer_cpu_share,
            suspend_after => suspend_after_s,
            suspend_transfer => suspend_transfer,
            hybrid_rounds => hybrid_precopy_rounds,
            time_limit => time_limit_s,
            seed => seed,
        }
        if self.auto_converge {
            p.auto_converge = true;
        }
        if !self.faults.is_empty() {
            p.faults = self.faults.clone();
        }
        if !self.holds.is_empty() {
            p.holds = self.holds.clone();
        }
        p
    }
}

/// Each flag's default, from `Params::default()`, shown in `--help`.
fn defaults() -> Vec<(&'static str, String)> {
    let d = Params::default();
    let opt_rate = |r: Option<f64>| r.map_or("none".to_string(), table::rate);
    vec![
        ("migration_type", d.migration_type.key().to_string()),
        ("policy", d.policy.key().to_string()),
        ("memory", table::bytes_iec(d.memory_bytes)),
        ("zero_pages", format!("{}%", d.zero_page_share * 100.0)),
        ("page_size", table::bytes_iec(d.page_size_bytes)),
        ("bandwidth", table::rate(d.bandwidth_bytes_per_s)),
        ("max_bandwidth", opt_rate(d.max_bandwidth_bytes_per_s)),
        ("dirty_rate", table::rate(d.dirty_rate_bytes_per_s)),
        (
            "dirty_model",
            match d.dirty_model {
                DirtyModel::Linear => "linear".into(),
                DirtyModel::Uniform => "uniform".into(),
            },
        ),
        (
            "working_set",
            d.working_set_bytes
                .map_or("all".to_string(), table::bytes_iec),
        ),
        ("hot_set", format!("{}%", d.hot_set_share * 100.0)),
        ("hot_share", format!("{}%", d.hot_write_share * 100.0)),
        ("downtime_limit", table::duration(d.downtime_limit_s)),
        ("device_state", table::bytes_iec(d.device_state_bytes)),
        ("resume_time", table::duration(d.resume_time_s)),
        ("disk", table::bytes_iec(d.disk_bytes)),
        ("shared_storage", d.shared_storage.to_string()),
        ("storage_write", table::rate(d.storage_write_bytes_per_s)),
        ("storage_read", table::rate(d.storage_read_bytes_per_s)),
        ("shutdown_time", table::duration(d.shutdown_time_s)),
        ("boot_time", table::duration(d.boot_time_s)),
        ("rtt", table::duration(d.rtt_s)),
        (
            "writer_cpu_share",
            format!("{}%", d.writer_cpu_share * 100.0),
        ),
        ("suspend_transfer", d.suspend_transfer.key().to_string()),
        (
            "suspend_after",
            d.suspend_after_s
                .map_or("none".to_string(), table::duration),
        ),
        ("hybrid_rounds", d.hybrid_precopy_rounds.to_string()),
        ("time_limit", table::duration(d.time_limit_s)),
        ("seed", d.seed.to_string()),
    ]
}

fn command() -> clap::Command {
    defaults()
        .into_iter()
        .fold(Cli::command(), |cmd, (id, default)| {
            cmd.mut_arg(id, |a| {
                let help = a.get_help().map(|h| h.to_string()).unwrap_or_default();
                a.help(format!("{help} [default: {default}]"))
            })
        })
}

/// The flag that sets a [`Params`] field, to name it in range errors.
fn flag_of(field: &str) -> &'static str {
    match field {
        "migration_type" => "--type",
        "policy" => "--policy",
        "memory_bytes" => "--memory",
        "zero_page_share" => "--zero-pages",
        "page_size_bytes" => "--page-size",
        "bandwidth_bytes_per_s" => "--bandwidth",
        "max_bandwidth_bytes_per_s" => "--max-bandwidth",
        "dirty_rate_bytes_per_s" => "--dirty-rate",
        "dirty_model" => "--dirty-model",
        "working_set_bytes" => "--working-set",
        "hot_set_share" => "--hot-set",
        "hot_write_share" => "--hot-share",
        "downtime_limit_s" => "--downtime-limit",
        "device_state_bytes" => "--device-state",
        "resume_time_s" => "--resume-time",
        "disk_bytes" => "--disk",
        "shared_storage" => "--shared-storage",
        "storage_write_bytes_per_s" => "--storage-write",
        "storage_read_bytes_per_s" => "--storage-read",
        "shutdown_time_s" => "--shutdown-time",
        "boot_time_s" => "--boot-time",
        "rtt_s" => "--rtt",
        "time_limit_s" => "--time-limit",
        "suspend_after_s" => "--suspend-after",
        "writer_cpu_share" => "--writer-cpu-share",
        "suspend_transfer" => "--suspend-transfer",
        "hybrid_precopy_rounds" => "--hybrid-rounds",
        "seed" => "--seed",
        f if f.starts_with("holds") => "--hold",
        f if f.starts_with("faults") => "--fault",
        _ => "parameters",
    }
}

fn range_error(e: &ParamError) -> ExitCode {
    eprintln!(
        "error: {}: accepted {}, got {} ({})",
        flag_of(e.field),
        e.accepted,
        e.got,
        e.field
    );
    ExitCode::from(USAGE)
}

fn context(e: &clap::Error, kind: ContextKind) -> Option<String> {
    match e.get(kind) {
        Some(ContextValue::String(s)) => Some(s.clone()),
        Some(ContextValue::Strings(v)) => Some(v.join(", ")),
        _ => None,
    }
}

/// One line naming the flag and the accepted form, exit 2; help and version print as usual.
fn usage_error(e: clap::Error) -> ExitCode {
    if matches!(e.kind(), ErrorKind::DisplayHelp | ErrorKind::DisplayVersion) {
        // Printing help can only fail on a closed stdout; nothing useful is left to do.
        let _ = e.print();
        return ExitCode::SUCCESS;
    }
    // clap names the argument as "--bandwidth <RATE>": keep the flag.
    let flag = context(&e, ContextKind::InvalidArg)
        .map(|a| a.split_whitespace().next().unwrap_or_default().to_string())
        .unwrap_or_default();
    let line = match e.kind() {
        ErrorKind::ValueValidation => {
            let why = std::error::Error::source(&e)
                .map(|s| s.to_string())
                .unwrap_or_else(|| "invalid value".into());
            let got = context(&e, ContextKind::InvalidValue).unwrap_or_default();
            format!("{flag}: {why}, got '{got}'")
        }
        ErrorKind::InvalidValue => {
            let valid = context(&e, ContextKind::ValidValue).unwrap_or_default();
            let got = context(&e, ContextKind::InvalidValue).unwrap_or_default();
            if got.is_empty() {
                format!("{flag}: a value is required, one of {valid}")
            } else {
                format!("{flag}: expected one of {valid}, got '{got}'")
            }
        }
        ErrorKind::UnknownArgument => {
            let hint = context(&e, ContextKind::SuggestedArg)
                .map_or(String::new(), |s| format!(" (did you mean {s}?)"));
            let what = if flag.starts_with('-') {
                "unknown flag"
            } else {
                "unexpected argument"
            };
            format!("{what} '{flag}'{hint}; see migsim --help for the flags")
        }
        _ => {
            let rendered = e.render().to_string();
            let first = rendered.lines().next().unwrap_or("invalid arguments");
            format!(
                "{}; see migsim --help",
                first.trim_start_matches("error: ").trim()
            )
        }
    };
    eprintln!("error: {line}");
    ExitCode::from(USAGE)
}

fn main() -> ExitCode {
    if std::env::args().nth(1).as_deref() == Some("replay") {
        return replay::main(std::env::args().skip(2));
    }
    if std::env::args_os().nth(1).is_some_and(|a| a == "exercise") {
        return exercise::main(std::env::args_os().skip(1).collect());
    }
    let cli = match command()
        .try_get_matches()
        .and_then(|m| Cli::from_arg_matches(&m))
    {
        Ok(cli) => cli,
        Err(e) => return usage_error(e),
    };
    let params = cli.params();
    if let Err(e) = params.validate() {
        return range_error(&e);
    }
    if cli.format == Format::Params {
        println!(
            "{}",
            serde_json::to_string_pretty(&params).expect("parameters serialise")
        );
        return ExitCode::SUCCESS;
    }
    let trace = match simulate(&params) {
        Ok(t) => t,
        Err(e) => return range_error(&e),
    };
    match cli.format {
        Format::Json => {
            let mut json = serde_json::to_value(&trace).expect("a trace serialises");
            if let Some(obj) = json.as_object_mut() {
                obj.insert(
                    "params".into(),
                    serde_json::to_value(&params).expect("parameters serialise"),
                );
            }
            println!(
                "{}",
                serde_json::to_string_pretty(&json).expect("JSON prints")
            );
        }
        _ => print!("{}", table::render(&params, &trace)),
    }
    ExitCode::SUCCESS
}
