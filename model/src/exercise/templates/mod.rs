//! The problems: one function per kind, each drawing a scenario from short lists of round
//! values, writing its question and flags, and a solver that writes the worked solution
//! from the run(s). Every value the text ends on is the
//! simulated one (the closed form is checked against it by the tests).

mod live;
mod others;

use super::fmt::{bytes, link, mb_per_s_flag, plural, rate, secs, sig};
use super::{Draft, Metric, Run, Runs, Solver, SplitMix64, Topic};
use crate::params::{MigrationType, Params};
use crate::sim::CONFIG_BYTES;
use crate::trace::{Metrics, Trace};
use live::{converges, double_bandwidth, live, LiveAsk};
use others::{
    bandwidth_drop, compare_policies, compare_types, hybrid, latency_spike, postcopy, postcopy_drop,
};

/// The stop policy whose rule is the textbook closed form (pre-copy stops once the
/// pages dirtied in a round fit in bandwidth × downtime limit, checked at round ends):
/// `textbook` (`docs/model.md`, "Stop policies"); `qemu` checks inside a pass.
pub const TEXTBOOK_POLICY: &str = "textbook";

/// Problems within 5% count as right for one- or two-step numbers; 10% for level 3.
pub(crate) const TOL: f64 = 0.05;
pub(crate) const TOL_HARD: f64 = 0.1;

pub(crate) const MEMORY: [&str; 4] = ["2GiB", "4GiB", "8GiB", "16GiB"];
pub(crate) const LINKS: [&str; 3] = ["1Gbit/s", "2.5Gbit/s", "10Gbit/s"];
/// λ = dirty rate / bandwidth, in percent.
pub(crate) const LAMBDA_PCT: [u32; 7] = [20, 25, 40, 50, 60, 75, 80];
pub(crate) const DOWNTIME_LIMITS: [&str; 4] = ["300ms", "100ms", "500ms", "1s"];
const DISKS: [&str; 4] = ["10GiB", "20GiB", "40GiB", "100GiB"];
const STORAGE: [&str; 3] = ["200MB/s", "500MB/s", "1GB/s"];

pub(crate) fn s(v: &str) -> String {
    v.to_string()
}

/// Sets `flag` to `value` in place (migsim takes each single-valued flag once).
pub(crate) fn set_flag(args: &mut Vec<String>, flag: &str, value: String) {
    match args.iter().position(|a| a == flag) {
        Some(i) if i + 1 < args.len() => args[i + 1] = value,
        _ => args.extend([flag.to_string(), value]),
    }
}

pub(crate) fn flags(list: &[&str]) -> Vec<String> {
    list.iter().map(|v| s(v)).collect()
}

/// One problem of `topic` at `level` or below.
pub(crate) fn draw(topic: Topic, level: u8, rng: &mut SplitMix64) -> Option<Draft> {
    let lv = 1 + rng.below(usize::from(level)) as u8;
    Some(match (topic, lv) {
        (Topic::Type(MigrationType::Cold), 1) => cold(rng, false),
        (Topic::Type(MigrationType::Cold), _) => cold(rng, true),
        (Topic::Type(MigrationType::Suspended), 1) => suspended(rng, true),
        (Topic::Type(MigrationType::Suspended), 2) => suspended(rng, false),
        (Topic::Type(MigrationType::Suspended), _) => hold_cost(rng),
        (Topic::Type(MigrationType::Live), 1) => {
            let ask = LiveAsk::pick_basic(rng);
            live(rng, ask)
        }
        (Topic::Type(MigrationType::Live), 2) => match rng.below(3) {
            0 => converges(rng, false),
            1 => double_bandwidth(rng),
            _ => {
                let ask = LiveAsk::pick_more(rng);
                live(rng, ask)
            }
        },
        (Topic::Type(MigrationType::Live), _) => converges(rng, true),
        (Topic::Type(MigrationType::PostCopy), 1) => postcopy(rng, false),
        (Topic::Type(MigrationType::PostCopy), _) => postcopy(rng, true),
        (Topic::Type(MigrationType::Hybrid), 1) => hybrid(rng, 1),
        (Topic::Type(MigrationType::Hybrid), _) => {
            let k = 2 + rng.below(2) as u32;
            hybrid(rng, k)
        }
        (Topic::Policies, 1 | 2) => compare_types(rng),
        (Topic::Policies, _) => compare_policies(rng),
        (Topic::Faults, 1 | 2) => bandwidth_drop(rng),
        (Topic::Faults, _) => match rng.below(2) {
            0 => postcopy_drop(rng),
            _ => latency_spike(rng),
        },
    })
}

/// A problem that always simulates: a plain cold migration.
pub(crate) fn fallback(rng: &mut SplitMix64) -> Draft {
    cold(rng, false)
}

fn params(runs: &[Run]) -> &Params {
    &runs[0].p
}

fn trace(runs: &[Run]) -> &Trace {
    &runs[0].t
}

/// The solver of a problem on one run, written from that run's parameters and metrics.
pub(crate) fn solve_one(
    solve: impl Fn(&Params, &Metrics) -> (String, Option<f64>) + 'static,
) -> Solver {
    Box::new(move |runs: &[Run]| solve(params(runs), &trace(runs).metrics))
}

/// The copy rate of cold and suspended transfers: the link, or storage if slower.
pub(crate) fn copy_rate(p: &Params) -> f64 {
    p.bandwidth_bytes_per_s
        .min(p.storage_read_bytes_per_s)
        .min(p.storage_write_bytes_per_s)
}

fn copy_rate_line(p: &Params) -> String {
    format!(
        "The copy runs at the slowest of link and storage: min({}, {} read, {} write) = {}.",
        rate(p.bandwidth_bytes_per_s),
        rate(p.storage_read_bytes_per_s),
        rate(p.storage_write_bytes_per_s),
        rate(copy_rate(p))
    )
}

/// A worked solution's last line: what the simulation of the problem's own scenario
/// gives, in words and units for people (the value the answer is).
pub(crate) fn simulated(metric: Metric, m: &Metrics) -> String {
    match metric {
        Metric::TotalTime => format!(
            "The simulation gives a total time of {}.",
            secs(m.total_time_s)
        ),
        Metric::Downtime => format!("The simulation gives a downtime of {}.", secs(m.downtime_s)),
        Metric::DegradedTime => format!(
            "In the simulation the VM runs degraded for {}.",
            secs(m.degraded_time_s)
        ),
        Metric::BytesSent => format!(
            "The simulation sends {} over the link in all.",
            bytes(m.bytes_sent)
        ),
        Metric::PrecopyRounds => format!(
            "The simulation runs {} before the stop-and-copy.",
            plural(u64::from(m.precopy_rounds), "pre-copy round")
        ),
        Metric::Converged if m.converged => "In the simulation pre-copy converges: yes.".into(),
        Metric::Converged => "In the simulation pre-copy does not converge: no.".into(),
    }
}

// ----- cold -----

pub(crate) fn cold_scenario(rng: &mut SplitMix64) -> Vec<String> {
    let disk = rng.pick(&DISKS);
    let link = rng.pick(&LINKS);
    let store = rng.pick(&STORAGE);
    let shutdown = rng.pick(&["20s", "30s", "60s"]);
    let boot = rng.pick(&["40s", "60s", "90s"]);
    flags(&[
        "--type",
        "cold",
        "--disk",
        disk,
        "--shared-storage",
        "false",
        "--bandwidth",
        link,
        "--storage-read",
        store,
        "--storage-write",
        store,
        "--shutdown-time",
        shutdown,
        "--boot-time",
        boot,
    ])
}

pub(crate) fn cold_question(p: &Params) -> String {
    format!(
        "A VM is migrated cold: the guest shuts down ({}), its configuration (64 KiB) and \
         its {} GiB disk are copied over a {} link (the storage on each side reads and \
         writes at {}), and it boots at the destination ({}).",
        secs(p.shutdown_time_s),
        sig(p.disk_bytes as f64 / 1024f64.powi(3)),
        link(p.bandwidth_bytes_per_s),
        rate(p.storage_read_bytes_per_s),
        secs(p.boot_time_s)
    )
}

/// Cold downtime = shutdown + (configuration + disk) / copy rate + boot.
pub(crate) fn cold_steps(p: &Params) -> (Vec<String>, f64) {
    let moved = CONFIG_BYTES + p.disk_bytes as f64;
    let copy = moved / copy_rate(p);
    let total = p.shutdown_time_s + copy + p.boot_time_s;
    let lines = vec![
        "Cold migration: the VM is down for the shutdown, the copy and the boot.".into(),
        copy_rate_line(p),
        format!(
            "Copy = (64 KiB + disk) / rate = {} / {} = {}.",
            bytes(moved),
            rate(copy_rate(p)),
            secs(copy)
        ),
        format!(
            "Downtime = shutdown + copy + boot = {} + {} + {} = {}.",
            secs(p.shutdown_time_s),
            secs(copy),
            secs(p.boot_time_s),
            secs(total)
        ),
    ];
    (lines, total)
}

fn cold(rng: &mut SplitMix64, doubled: bool) -> Draft {
    let mut args = cold_scenario(rng);
    let base = super::params_from_args(&args).unwrap_or_default();
    let mut question = cold_question(&base);
    if doubled {
        let twice = mb_per_s_flag(2.0 * base.bandwidth_bytes_per_s);
        question.push_str(&format!(
            " The link is upgraded to twice its bandwidth ({}). How long is the VM out of \
             service now, in seconds?",
            rate(2.0 * base.bandwidth_bytes_per_s)
        ));
        set_flag(&mut args, "--bandwidth", twice);
    } else {
        question.push_str(" How long is the VM out of service, in seconds?");
    }
    Draft {
        topic: Topic::Type(MigrationType::Cold),
        question,
        runs: Runs::One(args),
        metric: Metric::Downtime,
        tolerance: TOL,
        solve: Box::new(move |runs| {
            let p = params(runs);
            let (mut lines, total) = cold_steps(p);
            if doubled {
                lines.insert(
                    0,
                    format!(
                        "Doubling the link helps only if the link was the bottleneck: now \
                         {} against storage at {}.",
                        rate(p.bandwidth_bytes_per_s),
                        rate(p.storage_read_bytes_per_s.min(p.storage_write_bytes_per_s))
                    ),
                );
            }
            lines.push(simulated(Metric::Downtime, &trace(runs).metrics));
            (lines.join("\n"), Some(total))
        }),
    }
}

// ----- suspended -----

fn suspended_scenario(rng: &mut SplitMix64, shared: bool) -> Vec<String> {
    let mut a = flags(&[
        "--type",
        "suspended",
        "--memory",
        rng.pick(&MEMORY),
        "--bandwidth",
        rng.pick(&LINKS),
        "--storage-write",
        rng.pick(&STORAGE),
        "--storage-read",
        rng.pick(&STORAGE),
    ]);
    if shared {
        a.extend(flags(&["--shared-storage", "true"]));
    } else {
        a.extend(flags(&[
            "--shared-storage",
            "false",
            "--disk",
            rng.pick(&DISKS),
        ]));
    }
    a
}

/// Suspended: write the state file, move what must move, read it back.
fn suspended_steps(p: &Params) -> (Vec<String>, f64) {
    let m = p.memory_bytes as f64;
    let save = m / p.storage_write_bytes_per_s;
    let restore = m / p.storage_read_bytes_per_s;
    let moved = CONFIG_BYTES
        + if p.shared_storage {
            0.0
        } else {
            m + p.disk_bytes as f64
        };
    let copy = moved / copy_rate(p);
    let total = save + copy + restore + p.resume_time_s;
    let what = if p.shared_storage {
        "only the 64 KiB configuration crosses the link (state file and disk are on shared storage)"
    } else {
        "the configuration, the state file and the disk cross the link"
    };
    let lines = vec![
        format!(
            "Suspend: the state file (all of memory, M = {}) is written at {}: {}.",
            bytes(m),
            rate(p.storage_write_bytes_per_s),
            secs(save)
        ),
        format!("Transfer: {what}."),
        copy_rate_line(p),
        format!(
            "Transfer = {} / {} = {}.",
            bytes(moved),
            rate(copy_rate(p)),
            secs(copy)
        ),
        format!(
            "Restore: M / read speed = {} / {} = {}.",
            bytes(m),
            rate(p.storage_read_bytes_per_s),
            secs(restore)
        ),
        format!(
            "Total (all of it downtime) = {} + {} + {} = {}.",
            secs(save),
            secs(copy),
            secs(restore),
            secs(total)
        ),
    ];
    (lines, total)
}

fn suspended_question(p: &Params) -> String {
    format!(
        "A VM with {} GiB of memory is migrated suspended: it is saved to a state file \
         (storage writes at {}), {} over a {} link, and restored at the destination \
         (storage reads at {}).",
        sig(p.memory_bytes as f64 / 1024f64.powi(3)),
        rate(p.storage_write_bytes_per_s),
        if p.shared_storage {
            "the state file and the disk stay on storage both hosts share; only the 64 KiB \
             configuration crosses"
                .to_string()
        } else {
            format!(
                "the configuration (64 KiB), the state file and its {} GiB disk are copied",
                sig(p.disk_bytes as f64 / 1024f64.powi(3))
            )
        },
        link(p.bandwidth_bytes_per_s),
        rate(p.storage_read_bytes_per_s)
    )
}

fn suspended(rng: &mut SplitMix64, shared: bool) -> Draft {
    let args = suspended_scenario(rng, shared);
    let p = super::params_from_args(&args).unwrap_or_default();
    let question = format!(
        "{} How long does the migration take, in seconds?",
        suspended_question(&p)
    );
    Draft {
        topic: Topic::Type(MigrationType::Suspended),
        question,
        runs: Runs::One(args),
        metric: Metric::TotalTime,
        tolerance: TOL,
        solve: Box::new(|runs| {
            let (mut lines, total) = suspended_steps(params(runs));
            lines.push(simulated(Metric::TotalTime, &trace(runs).metrics));
            (lines.join("\n"), Some(total))
        }),
    }
}

fn hold_cost(rng: &mut SplitMix64) -> Draft {
    let mut args = suspended_scenario(rng, true);
    let reason = rng.pick(&["compliance", "budget", "technical", "waiting"]);
    let start = rng.pick(&["5s", "1min", "10min"]);
    let dur = rng.pick(&["30min", "2h", "8h"]);
    args.extend([
        s("--hold"),
        format!("{reason}@{start}:{dur}"),
        s("--time-limit"),
        s("24h"),
    ]);
    let p = super::params_from_args(&args).unwrap_or_default();
    let h = p.holds.first().copied().unwrap_or(crate::Hold {
        start_after_suspend_s: 0.0,
        duration_s: 0.0,
        reason: crate::HoldReason::Budget,
    });
    let question = format!(
        "{} {} after the suspend completes, the migration is put on hold ({}) for {}. How \
         long is the VM down in all, in seconds?",
        suspended_question(&p),
        secs(h.start_after_suspend_s),
        h.reason.label(),
        secs(h.duration_s)
    );
    Draft {
        topic: Topic::Type(MigrationType::Suspended),
        question,
        runs: Runs::One(args),
        metric: Metric::Downtime,
        tolerance: TOL_HARD,
        solve: Box::new(move |runs| {
            let (mut lines, base) = suspended_steps(params(runs));
            lines.push(format!(
                "A hold adds its whole length: the VM waits, safe in its state file, so \
                 downtime = {} + {} = {}.",
                secs(base),
                secs(h.duration_s),
                secs(base + h.duration_s)
            ));
            lines.push(simulated(Metric::Downtime, &trace(runs).metrics));
            (lines.join("\n"), Some(base + h.duration_s))
        }),
    }
}
