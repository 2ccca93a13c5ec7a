//! `migsim`: the migration model on the command line, for course authors who want tables
//! for handouts and for anyone checking the model. Every [`Params`] field is a flag in
//! human units, from the table the app's links use (`migration_model::spec`); unset
//! flags keep `Params::default()` (the lecture VM).
//!
//! The textbook worked example of `docs/model.md` (n = 22, downtime 0.254 s, 21.35 GB,
//! 170.8 s): `migsim --policy textbook --resume-time 0ms --device-state 0 --memory 4GiB
//! --bandwidth 1Gbit/s --dirty-rate 100MB/s --downtime-limit 300ms`

// A binary's root resolves `mod` beside itself, so name the submodules' folder.
#[path = "migsim/evacuate.rs"]
mod evacuate;
#[path = "migsim/exercise.rs"]
mod exercise;
#[path = "migsim/lesson.rs"]
mod lesson;
#[path = "migsim/replay.rs"]
mod replay;
#[path = "migsim/table.rs"]
mod table;
#[path = "migsim/vary.rs"]
mod vary;
use migration_model::units;

use clap::builder::EnumValueParser;
use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::{Arg, ArgAction, ArgMatches, Command, ValueEnum};
use migration_model::spec::{self, CHANGE_KEY, FAULT_KEY, HOLD_KEY, PARAMS};
use migration_model::{simulate, Change, Fault, Hold, ParamError, Params};
use std::process::ExitCode;

/// Usage errors (a bad flag, a bad value, parameters out of range) exit with 2, as clap's
/// own usage errors do.
pub const USAGE: u8 = 2;

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// Readable table: scenario, rounds, phases, metrics (with --vary: one row per value).
    #[value(alias = "text")]
    Table,
    /// The trace as JSON (with the parameters used under `params`).
    Json,
    /// Only the parameters the flags resolve to, as JSON; nothing is simulated.
    Params,
}

const AFTER_HELP: &str = "\
Sizes take decimal (MB, GB) or binary (MiB, GiB) units; rates are a size per second \
(125MB/s) or bits per second (1Gbit/s, 10Gbps); durations are like 300ms, 1.5s, 2h.

The textbook worked example (22 rounds, 254 ms, 21.35 GB, 170.8 s):
  migsim --policy textbook --resume-time 0ms --device-state 0 --memory 4GiB \
    --bandwidth 1Gbit/s --dirty-rate 100MB/s --downtime-limit 300ms

What if? One parameter, several values, one row each (the metrics exactly as each run
alone prints them; KEY is a link key: type, policy, bw, dirty, mem, downtime, fault, hold, …):
  migsim --vary policy=qemu,xen,xen5,vmotion,simgrid,textbook --format json
  migsim --vary fault=none,link-failure@40s --dirty-rate 60MB/s

A recorded QEMU migration beside the model: migsim replay FILE [--format text|json]
A host's VMs sharing its link, K at a time: migsim evacuate --help
Problem sets with answers: migsim exercise --help
A built-in lesson as a Markdown handout: migsim lesson ID [--format md|text], migsim lesson --list";

const ABOUT: &str = "Simulate a VM migration (cold, suspended, live pre-copy, post-copy, \
hybrid) and print its rounds, phases and metrics.";

/// The flags: one per parameter from `migration_model::spec::PARAMS` (the same table the
/// app's links use), each showing its default; the repeatable `--fault` and `--hold`;
/// and `--format`.
fn command() -> Command {
    let defaults = Params::default();
    let params = PARAMS.iter().map(|s| {
        let arg = Arg::new(s.flag)
            .long(s.flag)
            .value_name(s.value_name)
            .help(format!("{} [default: {}]", s.help, (s.write)(&defaults)))
            // The parameter's own reader checks the value; `params` applies it.
            .value_parser(move |v: &str| {
                (s.read)(&mut Params::default(), v).map(|()| v.to_string())
            });
        if spec::is_switch(s) {
            // `--auto-converge` alone means yes.
            arg.num_args(0..=1).default_missing_value("true")
        } else {
            arg
        }
    });
    Command::new("migsim")
        .version(env!("CARGO_PKG_VERSION"))
        .about(ABOUT)
        .after_help(AFTER_HELP)
        .args(params)
        .arg(
            Arg::new(FAULT_KEY)
                .long(FAULT_KEY)
                .value_name("KIND@TIME[:…]")
                .action(ArgAction::Append)
                .value_parser(units::fault)
                .help(
                    "A fault, repeatable: link-failure@12s, source-failure@3s, \
                     destination-failure@3s, bandwidth-drop@10s:100Mbit/s:5s (to, for), \
                     latency-spike@10s:200ms:30s (extra RTT, for).",
                ),
        )
        .arg(
            Arg::new(CHANGE_KEY)
                .long(CHANGE_KEY)
                .value_name("KEY:VALUE@TIME")
                .action(ArgAction::Append)
                .value_parser(units::change)
                .help(
                    "A parameter change at a moment, repeatable: from TIME on the link's \
                     bandwidth (bw:100Mbit/s@40s) or the guest's write rate \
                     (dirty:200MB/s@40s) has the new value; a round that spans it sends and \
                     dirties at the old rate before it and the new one after.",
                ),
        )
        .arg(
            Arg::new(HOLD_KEY)
                .long(HOLD_KEY)
                .value_name("REASON@START:DURATION")
                .action(ArgAction::Append)
                .value_parser(units::hold)
                .help(
                    "A hold of a suspended migration, repeatable: REASON@START:DURATION with \
                     REASON one of technical, budget, compliance, waiting and START after the \
                     suspend, e.g. compliance@5s:2h.",
                ),
        )
        .arg(
            Arg::new("vary")
                .long("vary")
                .value_name("KEY=V1,V2,…")
                .value_parser(vary::parse_arg)
                .help(
                    "Run once per value of one parameter, the other flags the same, and print \
                     one row each: KEY is a link key (type, policy, bw, dirty, mem, downtime, \
                     fault, hold, change, …) and each value is what that parameter's flag takes \
                     (a fault, hold or change each, several faults or changes joined by +, or \
                     none); 2 to 6 values. A \
                     value that does not read, is out of range or repeats is an error naming it.",
                ),
        )
        .arg(
            Arg::new("format")
                .long("format")
                .value_parser(EnumValueParser::<Format>::new())
                .default_value("table")
                .help("Output format."),
        )
}

/// The parameters the flags give; unset flags keep `Params::default()`.
fn params(m: &ArgMatches) -> Params {
    let mut p = Params::default();
    for s in PARAMS {
        if let Some(v) = m.get_one::<String>(s.flag) {
            (s.read)(&mut p, v).expect("the flag's value parser read this value");
        }
    }
    if let Some(faults) = m.get_many::<Fault>(FAULT_KEY) {
        p.faults = faults.copied().collect();
    }
    if let Some(changes) = m.get_many::<Change>(CHANGE_KEY) {
        p.changes = changes.copied().collect();
    }
    if let Some(holds) = m.get_many::<Hold>(HOLD_KEY) {
        p.holds = holds.copied().collect();
    }
    p
}

/// The flag that sets a [`Params`] field, to name it in range errors.
fn flag_of(field: &str) -> String {
    match spec::of_field(field) {
        Some(s) => format!("--{}", s.flag),
        None if field.starts_with("holds") => format!("--{HOLD_KEY}"),
        None if field.starts_with("faults") => format!("--{FAULT_KEY}"),
        None if field.starts_with("changes") => format!("--{CHANGE_KEY}"),
        None => "parameters".into(),
    }
}

pub fn range_error(e: &ParamError) -> ExitCode {
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
        ErrorKind::MissingRequiredArgument => {
            let missing = context(&e, ContextKind::InvalidArg).unwrap_or_default();
            format!("missing {missing}; see --help")
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

/// Writes `text` to standard output. A reader that stopped reading (`| head`) is not an
/// error: the output ends there, quietly, with success.
pub fn emit(text: &str) -> ExitCode {
    use std::io::Write as _;
    let mut out = std::io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: cannot write the output: {e}");
            ExitCode::FAILURE
        }
    }
}

fn main() -> ExitCode {
    if std::env::args().nth(1).as_deref() == Some("evacuate") {
        return evacuate::main(std::env::args().skip(2));
    }
    if std::env::args().nth(1).as_deref() == Some("replay") {
        return replay::main(std::env::args().skip(2));
    }
    if std::env::args_os().nth(1).is_some_and(|a| a == "exercise") {
        return exercise::main(std::env::args_os().skip(1).collect());
    }
    if std::env::args_os().nth(1).is_some_and(|a| a == "lesson") {
        return lesson::main(std::env::args_os().skip(1).collect());
    }
    let matches = match command().try_get_matches() {
        Ok(m) => m,
        Err(e) => return usage_error(e),
    };
    let params = params(&matches);
    let format = *matches
        .get_one::<Format>("format")
        .expect("--format has a default");
    if let Err(e) = params.validate() {
        return range_error(&e);
    }
    if let Some(arg) = matches.get_one::<vary::Arg>("vary") {
        return vary::main(&params, arg, format);
    }
    if format == Format::Params {
        let json = serde_json::to_string_pretty(&params).expect("parameters serialise");
        return emit(&(json + "\n"));
    }
    let trace = match simulate(&params) {
        Ok(t) => t,
        Err(e) => return range_error(&e),
    };
    match format {
        Format::Json => {
            let json = trace_json(&params, &trace);
            emit(&(serde_json::to_string_pretty(&json).expect("JSON prints") + "\n"))
        }
        _ => emit(&table::render(&params, &trace)),
    }
}

/// What `--format json` prints for one run: the trace, with the parameters used under
/// `params`. `--vary` takes each row's `metrics` from it.
pub fn trace_json(params: &Params, trace: &migration_model::Trace) -> serde_json::Value {
    let mut json = serde_json::to_value(trace).expect("a trace serialises");
    if let Some(obj) = json.as_object_mut() {
        obj.insert(
            "params".into(),
            serde_json::to_value(params).expect("parameters serialise"),
        );
    }
    json
}
