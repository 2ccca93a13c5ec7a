//! The problems: one function per kind, each drawing a scenario from short lists of round
//! values, writing its question and flags, and a solver that writes the worked solution
//! from the run(s). Every value the text ends on is the
//! simulated one (the closed form is checked against it by the tests).

mod evacuate;
mod faults;
mod live;
mod others;

use super::fmt::{bytes, link, mb_per_s_flag, rate, secs, sentences, sig};
use super::{Draft, Metric, Run, Runs, Solver, SplitMix64, Topic};
use crate::i18n::{n, s as text, tr, Lang};
use crate::params::{MigrationType, Params};
use crate::sim::CONFIG_BYTES;
use crate::trace::{Metrics, Trace};
use faults::{bandwidth_drop, latency_spike, postcopy_drop};
use live::{converges, double_bandwidth, live, LiveAsk};
use others::{compare_policies, compare_types, hybrid, postcopy};

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

/// One problem of `topic` at `level` or below, its words in `l`.
pub(crate) fn draw(l: Lang, topic: Topic, level: u8, rng: &mut SplitMix64) -> Option<Draft> {
    let lv = 1 + rng.below(usize::from(level)) as u8;
    Some(match (topic, lv) {
        (Topic::Type(MigrationType::Cold), 1) => cold(l, rng, false),
        (Topic::Type(MigrationType::Cold), _) => cold(l, rng, true),
        (Topic::Type(MigrationType::Suspended), 1) => suspended(l, rng, true),
        (Topic::Type(MigrationType::Suspended), 2) => suspended(l, rng, false),
        (Topic::Type(MigrationType::Suspended), _) => hold_cost(l, rng),
        (Topic::Type(MigrationType::Live), 1) => {
            let ask = LiveAsk::pick_basic(rng);
            live(l, rng, ask)
        }
        (Topic::Type(MigrationType::Live), 2) => match rng.below(3) {
            0 => converges(l, rng, false),
            1 => double_bandwidth(l, rng),
            _ => {
                let ask = LiveAsk::pick_more(rng);
                live(l, rng, ask)
            }
        },
        (Topic::Type(MigrationType::Live), _) => converges(l, rng, true),
        (Topic::Type(MigrationType::PostCopy), 1) => postcopy(l, rng, false),
        (Topic::Type(MigrationType::PostCopy), _) => postcopy(l, rng, true),
        (Topic::Type(MigrationType::Hybrid), 1) => hybrid(l, rng, 1),
        (Topic::Type(MigrationType::Hybrid), _) => {
            let k = 2 + rng.below(2) as u32;
            hybrid(l, rng, k)
        }
        (Topic::Policies, 1 | 2) => compare_types(l, rng),
        (Topic::Policies, _) => compare_policies(l, rng),
        (Topic::Faults, 1 | 2) => bandwidth_drop(l, rng),
        (Topic::Faults, _) => match rng.below(2) {
            0 => postcopy_drop(l, rng),
            _ => latency_spike(l, rng),
        },
        (Topic::Evacuation, lv) => evacuate::host_empty(l, rng, lv),
    })
}

/// A problem that always simulates: a plain cold migration.
pub(crate) fn fallback(l: Lang, rng: &mut SplitMix64) -> Draft {
    cold(l, rng, false)
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

fn copy_rate_line(l: Lang, p: &Params) -> String {
    tr(
        l,
        "copy-rate",
        &[
            ("link", text(rate(l, p.bandwidth_bytes_per_s))),
            ("read", text(rate(l, p.storage_read_bytes_per_s))),
            ("write", text(rate(l, p.storage_write_bytes_per_s))),
            ("rate", text(rate(l, copy_rate(p)))),
        ],
    )
}

/// Memory or disk in GiB, the number alone: `4`, `2.5` (`2,5`).
pub(crate) fn gib_number(l: Lang, b: u64) -> String {
    sig(l, b as f64 / 1024f64.powi(3))
}

/// A worked solution's last line: what the simulation of the problem's own scenario
/// gives, in words and units for people (the value the answer is).
pub(crate) fn simulated(l: Lang, metric: Metric, m: &Metrics) -> String {
    let t = |id: &str, v: f64| tr(l, id, &[("t", text(secs(l, v)))]);
    match metric {
        Metric::TotalTime => t("sim-total-time", m.total_time_s),
        Metric::Downtime => t("sim-downtime", m.downtime_s),
        Metric::DegradedTime => t("sim-degraded-time", m.degraded_time_s),
        Metric::BytesSent => tr(l, "sim-bytes-sent", &[("b", text(bytes(l, m.bytes_sent)))]),
        Metric::PrecopyRounds => tr(l, "sim-precopy-rounds", &[("n", n(m.precopy_rounds))]),
        Metric::Converged if m.converged => tr(l, "sim-converged-yes", &[]),
        Metric::Converged => tr(l, "sim-converged-no", &[]),
        Metric::EvacuationTime => t("sim-evacuation-time", m.total_time_s),
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

pub(crate) fn cold_question(l: Lang, p: &Params) -> String {
    tr(
        l,
        "cold-question",
        &[
            ("shutdown", text(secs(l, p.shutdown_time_s))),
            ("disk", text(gib_number(l, p.disk_bytes))),
            ("link", text(link(l, p.bandwidth_bytes_per_s))),
            ("storage", text(rate(l, p.storage_read_bytes_per_s))),
            ("boot", text(secs(l, p.boot_time_s))),
        ],
    )
}

/// Cold downtime = shutdown + (configuration + disk) / copy rate + boot.
pub(crate) fn cold_steps(l: Lang, p: &Params) -> (Vec<String>, f64) {
    let moved = CONFIG_BYTES + p.disk_bytes as f64;
    let copy = moved / copy_rate(p);
    let total = p.shutdown_time_s + copy + p.boot_time_s;
    let lines = vec![
        tr(l, "cold-step-intro", &[]),
        copy_rate_line(l, p),
        tr(
            l,
            "cold-step-copy",
            &[
                ("moved", text(bytes(l, moved))),
                ("rate", text(rate(l, copy_rate(p)))),
                ("copy", text(secs(l, copy))),
            ],
        ),
        tr(
            l,
            "cold-step-downtime",
            &[
                ("shutdown", text(secs(l, p.shutdown_time_s))),
                ("copy", text(secs(l, copy))),
                ("boot", text(secs(l, p.boot_time_s))),
                ("total", text(secs(l, total))),
            ],
        ),
    ];
    (lines, total)
}

fn cold(l: Lang, rng: &mut SplitMix64, doubled: bool) -> Draft {
    let mut args = cold_scenario(rng);
    let base = super::params_from_args(&args).unwrap_or_default();
    let ask = if doubled {
        let twice = mb_per_s_flag(2.0 * base.bandwidth_bytes_per_s);
        set_flag(&mut args, "--bandwidth", twice);
        tr(
            l,
            "cold-doubled-ask",
            &[("rate", text(rate(l, 2.0 * base.bandwidth_bytes_per_s)))],
        )
    } else {
        tr(l, "ask-out-of-service", &[])
    };
    Draft {
        topic: Topic::Type(MigrationType::Cold),
        question: sentences(l, &cold_question(l, &base), &ask),
        runs: Runs::One(args),
        metric: Metric::Downtime,
        tolerance: TOL,
        solve: Box::new(move |runs| {
            let p = params(runs);
            let (mut lines, total) = cold_steps(l, p);
            if doubled {
                lines.insert(
                    0,
                    tr(
                        l,
                        "cold-doubled-why",
                        &[
                            ("link", text(rate(l, p.bandwidth_bytes_per_s))),
                            (
                                "storage",
                                text(rate(
                                    l,
                                    p.storage_read_bytes_per_s.min(p.storage_write_bytes_per_s),
                                )),
                            ),
                        ],
                    ),
                );
            }
            lines.push(simulated(l, Metric::Downtime, &trace(runs).metrics));
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

/// The `$storage` selector of the suspended messages.
fn storage_key(p: &Params) -> &'static str {
    if p.shared_storage {
        "shared"
    } else {
        "own"
    }
}

/// Suspended: write the state file, move what must move, read it back.
fn suspended_steps(l: Lang, p: &Params) -> (Vec<String>, f64) {
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
    let lines = vec![
        tr(
            l,
            "suspended-step-save",
            &[
                ("mem", text(bytes(l, m))),
                ("write", text(rate(l, p.storage_write_bytes_per_s))),
                ("save", text(secs(l, save))),
            ],
        ),
        tr(
            l,
            "suspended-step-moved",
            &[("storage", text(storage_key(p)))],
        ),
        copy_rate_line(l, p),
        tr(
            l,
            "suspended-step-transfer",
            &[
                ("moved", text(bytes(l, moved))),
                ("rate", text(rate(l, copy_rate(p)))),
                ("copy", text(secs(l, copy))),
            ],
        ),
        tr(
            l,
            "suspended-step-restore",
            &[
                ("mem", text(bytes(l, m))),
                ("read", text(rate(l, p.storage_read_bytes_per_s))),
                ("restore", text(secs(l, restore))),
            ],
        ),
        tr(
            l,
            "suspended-step-total",
            &[
                ("save", text(secs(l, save))),
                ("copy", text(secs(l, copy))),
                ("restore", text(secs(l, restore))),
                ("total", text(secs(l, total))),
            ],
        ),
    ];
    (lines, total)
}

fn suspended_question(l: Lang, p: &Params) -> String {
    tr(
        l,
        "suspended-question",
        &[
            ("mem", text(gib_number(l, p.memory_bytes))),
            ("write", text(rate(l, p.storage_write_bytes_per_s))),
            ("storage", text(storage_key(p))),
            ("disk", text(gib_number(l, p.disk_bytes))),
            ("link", text(link(l, p.bandwidth_bytes_per_s))),
            ("read", text(rate(l, p.storage_read_bytes_per_s))),
        ],
    )
}

fn suspended(l: Lang, rng: &mut SplitMix64, shared: bool) -> Draft {
    let args = suspended_scenario(rng, shared);
    let p = super::params_from_args(&args).unwrap_or_default();
    let question = sentences(
        l,
        &suspended_question(l, &p),
        &tr(l, "ask-migration-time", &[]),
    );
    Draft {
        topic: Topic::Type(MigrationType::Suspended),
        question,
        runs: Runs::One(args),
        metric: Metric::TotalTime,
        tolerance: TOL,
        solve: Box::new(move |runs| {
            let (mut lines, total) = suspended_steps(l, params(runs));
            lines.push(simulated(l, Metric::TotalTime, &trace(runs).metrics));
            (lines.join("\n"), Some(total))
        }),
    }
}

/// A hold's reason in words (`hold-<key>`).
fn hold_reason(l: Lang, r: crate::HoldReason) -> String {
    tr(l, &format!("hold-{}", r.key()), &[])
}

fn hold_cost(l: Lang, rng: &mut SplitMix64) -> Draft {
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
    let question = sentences(
        l,
        &suspended_question(l, &p),
        &tr(
            l,
            "hold-ask",
            &[
                ("at", text(secs(l, h.start_after_suspend_s))),
                ("reason", text(hold_reason(l, h.reason))),
                ("duration", text(secs(l, h.duration_s))),
            ],
        ),
    );
    Draft {
        topic: Topic::Type(MigrationType::Suspended),
        question,
        runs: Runs::One(args),
        metric: Metric::Downtime,
        tolerance: TOL_HARD,
        solve: Box::new(move |runs| {
            let (mut lines, base) = suspended_steps(l, params(runs));
            lines.push(tr(
                l,
                "hold-step",
                &[
                    ("base", text(secs(l, base))),
                    ("duration", text(secs(l, h.duration_s))),
                    ("total", text(secs(l, base + h.duration_s))),
                ],
            ));
            lines.push(simulated(l, Metric::Downtime, &trace(runs).metrics));
            (lines.join("\n"), Some(base + h.duration_s))
        }),
    }
}
