//! Faults: a cold migration's copy slowed by a bandwidth drop or a latency spike, and
//! a bandwidth drop while post-copy pushes memory.

use super::super::fmt::{bytes, link, rate, secs, sentences, sig};
use super::super::{Draft, Metric, Run, Runs, SplitMix64, Topic};
use super::{cold_scenario, cold_steps, copy_rate, flags, s, simulated, TOL_HARD};
use crate::i18n::{n, s as text, tr, Lang};
use crate::params::Params;
use crate::sim::TCP_WINDOW_BYTES;

fn from(args: &[String]) -> Params {
    super::super::params_from_args(args).unwrap_or_default()
}

fn gib(l: Lang, b: u64) -> String {
    format!("{} GiB", super::gib_number(l, b))
}

/// The copy rate while a fault slows the link (the storage cap still applies).
fn slowed(p: &Params, link_rate: f64) -> f64 {
    link_rate
        .min(p.storage_read_bytes_per_s)
        .min(p.storage_write_bytes_per_s)
}

/// A cold scenario for a fault, and when the fault strikes: 5 s after the shutdown, on
/// a link slow enough and with a disk big enough that this falls inside the copy.
fn cold_scenario_for_fault(rng: &mut SplitMix64) -> (Vec<String>, f64) {
    let mut args = cold_scenario(rng);
    super::set_flag(
        &mut args,
        "--bandwidth",
        s(rng.pick(&["1Gbit/s", "2.5Gbit/s"])),
    );
    super::set_flag(
        &mut args,
        "--disk",
        s(rng.pick(&["20GiB", "40GiB", "100GiB"])),
    );
    let at = from(&args).shutdown_time_s + 5.0;
    (args, at)
}

/// A bandwidth drop during a cold migration's disk copy.
pub(crate) fn bandwidth_drop(l: Lang, rng: &mut SplitMix64) -> Draft {
    let (mut args, at) = cold_scenario_for_fault(rng);
    let dur = rng.pick(&[30u32, 60, 120]);
    let to = rng.pick(&["100Mbit/s", "250Mbit/s"]);
    args.extend([s("--fault"), format!("bandwidth-drop@{at}s:{to}:{dur}s")]);
    fault_draft(l, args, move |p| {
        let drop_rate = crate::units::rate(to).unwrap_or(12.5e6);
        (
            sentences(
                l,
                &super::cold_question(l, p),
                &tr(
                    l,
                    "drop-ask",
                    &[
                        ("at", text(secs(l, at))),
                        ("rate", text(rate(l, drop_rate))),
                        ("duration", n(dur)),
                    ],
                ),
            ),
            drop_rate,
            f64::from(dur),
        )
    })
}

/// A latency spike during a cold migration's copy: TCP's window over the longer round
/// trip bounds the rate.
pub(crate) fn latency_spike(l: Lang, rng: &mut SplitMix64) -> Draft {
    let (mut args, at) = cold_scenario_for_fault(rng);
    let extra = rng.pick(&[100u32, 200, 500]);
    let dur = rng.pick(&[30u32, 60]);
    args.extend([
        s("--fault"),
        format!("latency-spike@{at}s:{extra}ms:{dur}s"),
    ]);
    fault_draft(l, args, move |p| {
        let window = TCP_WINDOW_BYTES.max(p.bandwidth_bytes_per_s * p.rtt_s);
        let spike_rate = p
            .bandwidth_bytes_per_s
            .min(window / (p.rtt_s + f64::from(extra) / 1e3));
        (
            sentences(
                l,
                &super::cold_question(l, p),
                &tr(
                    l,
                    "spike-ask",
                    &[
                        ("at", text(secs(l, at))),
                        ("extra", n(extra)),
                        ("duration", n(dur)),
                        ("window", text(bytes(l, window))),
                    ],
                ),
            ),
            spike_rate,
            f64::from(dur),
        )
    })
}

/// A cold migration slowed to `slow_rate` for `dur` seconds inside its copy.
fn fault_draft(
    l: Lang,
    args: Vec<String>,
    words: impl Fn(&Params) -> (String, f64, f64) + 'static,
) -> Draft {
    let p = from(&args);
    let (question, _, _) = words(&p);
    Draft {
        topic: Topic::Faults,
        question,
        runs: Runs::One(args),
        metric: Metric::Downtime,
        tolerance: TOL_HARD,
        solve: Box::new(move |runs: &[Run]| {
            let p = &runs[0].p;
            let (_, link_rate, dur) = words(p);
            let (mut lines, base) = cold_steps(l, p);
            let during = slowed(p, link_rate);
            let lost = dur * (1.0 - during / copy_rate(p)).max(0.0);
            lines.push(tr(
                l,
                "fault-step",
                &[
                    ("link", text(rate(l, link_rate))),
                    ("during", text(rate(l, during))),
                    ("rate", text(rate(l, copy_rate(p)))),
                    ("duration", text(sig(l, dur))),
                    ("sent", text(bytes(l, during * dur))),
                    ("would", text(bytes(l, copy_rate(p) * dur))),
                    ("lost", text(secs(l, lost))),
                ],
            ));
            lines.push(tr(
                l,
                "fault-downtime",
                &[
                    ("base", text(secs(l, base))),
                    ("lost", text(secs(l, lost))),
                    ("total", text(secs(l, base + lost))),
                ],
            ));
            lines.push(simulated(l, Metric::Downtime, &runs[0].t.metrics));
            (lines.join("\n"), Some(base + lost))
        }),
    }
}

/// A bandwidth drop while post-copy pushes memory.
pub(crate) fn postcopy_drop(l: Lang, rng: &mut SplitMix64) -> Draft {
    let mut args = flags(&[
        "--type",
        "postcopy",
        "--memory",
        rng.pick(&["4GiB", "8GiB", "16GiB"]),
        "--bandwidth",
        "1Gbit/s",
    ]);
    let at = rng.pick(&[5u32, 10]);
    let dur = rng.pick(&[10u32, 20]);
    let to = rng.pick(&["100Mbit/s", "250Mbit/s"]);
    args.extend([s("--fault"), format!("bandwidth-drop@{at}s:{to}:{dur}s")]);
    let p = from(&args);
    let drop_rate = crate::units::rate(to).unwrap_or(12.5e6);
    Draft {
        topic: Topic::Faults,
        question: tr(
            l,
            "postcopy-drop-question",
            &[
                ("mem", text(gib(l, p.memory_bytes))),
                ("link", text(link(l, p.bandwidth_bytes_per_s))),
                ("rtt", text(secs(l, p.rtt_s))),
                ("at", n(at)),
                ("rate", text(rate(l, drop_rate))),
                ("duration", n(dur)),
            ],
        ),
        runs: Runs::One(args),
        metric: Metric::TotalTime,
        tolerance: TOL_HARD,
        solve: Box::new(move |runs: &[Run]| {
            let p = &runs[0].p;
            let mem = p.memory_bytes as f64;
            let r = p.bandwidth_bytes_per_s;
            let lost = f64::from(dur) * (1.0 - drop_rate / r);
            let total = p.rtt_s + mem / r + lost;
            let lines = [
                tr(
                    l,
                    "postcopy-drop-without",
                    &[
                        ("rtt", text(secs(l, p.rtt_s))),
                        ("mem", text(bytes(l, mem))),
                        ("rate", text(rate(l, r))),
                        ("t", text(secs(l, p.rtt_s + mem / r))),
                    ],
                ),
                tr(
                    l,
                    "postcopy-drop-during",
                    &[
                        ("duration", n(dur)),
                        ("drop", text(rate(l, drop_rate))),
                        ("sent", text(bytes(l, drop_rate * f64::from(dur)))),
                        ("would", text(bytes(l, r * f64::from(dur)))),
                        ("rate", text(rate(l, r))),
                        ("lost", text(secs(l, lost))),
                    ],
                ),
                tr(l, "postcopy-drop-total", &[("total", text(secs(l, total)))]),
                simulated(l, Metric::TotalTime, &runs[0].t.metrics),
            ];
            (lines.join("\n"), Some(total))
        }),
    }
}
