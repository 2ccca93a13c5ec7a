//! Post-copy, hybrid, comparisons of types and policies, and faults.

use super::super::fmt::{bytes, link, mb_per_s_flag, plural, rate, secs, sig};
use super::super::{Draft, Metric, Run, Runs, SplitMix64, Topic};
use super::{
    cold_scenario, cold_steps, copy_rate, flags, s, simulated, solve_one, DOWNTIME_LIMITS, LINKS,
    MEMORY, TEXTBOOK_POLICY, TOL, TOL_HARD,
};
use crate::params::{MigrationType, Params, StopPolicy};
use crate::sim::TCP_WINDOW_BYTES;

fn gib(b: u64) -> String {
    format!("{} GiB", sig(b as f64 / 1024f64.powi(3)))
}

fn mem_link(rng: &mut SplitMix64, kind: &str) -> Vec<String> {
    flags(&[
        "--type",
        kind,
        "--memory",
        rng.pick(&MEMORY),
        "--bandwidth",
        rng.pick(&LINKS),
    ])
}

fn from(args: &[String]) -> Params {
    super::super::params_from_args(args).unwrap_or_default()
}

/// Post-copy: total time (level 1) or the time degraded under a `max-bandwidth` cap.
pub(crate) fn postcopy(rng: &mut SplitMix64, capped: bool) -> Draft {
    let mut args = mem_link(rng, "postcopy");
    if capped {
        args.extend([
            s("--max-bandwidth"),
            s(rng.pick(&["32MiB/s", "64MiB/s", "100MB/s"])),
        ]);
    }
    let p = from(&args);
    let cap = p.max_bandwidth_bytes_per_s.map_or(String::new(), |c| {
        format!(", QEMU capping the migration stream at {}", rate(c))
    });
    let (q, metric) = if capped {
        ("How long does the VM run degraded at the destination (pages still missing), in seconds?", Metric::DegradedTime)
    } else {
        (
            "How long does the migration take, in seconds?",
            Metric::TotalTime,
        )
    };
    Draft {
        topic: Topic::Type(MigrationType::PostCopy),
        question: format!(
            "A VM with {} of memory migrates post-copy over a {} link{cap}: it switches over \
             at once (one round trip, {}) and its memory follows by background push and \
             demand faults. {q}",
            gib(p.memory_bytes),
            link(p.bandwidth_bytes_per_s),
            secs(p.rtt_s)
        ),
        runs: Runs::One(args),
        metric,
        tolerance: TOL,
        solve: solve_one(move |p, m| {
            let mem = p.memory_bytes as f64;
            let stream = p.stream_rate_bytes_per_s();
            // QEMU completes once the rest fits rate × downtime-limit and sends that rest
            // at link speed (docs/model.md "Post-copy and hybrid").
            let tail = mem.min(stream * p.downtime_limit_s);
            let push = (mem - tail) / stream + tail / p.bandwidth_bytes_per_s;
            let mut lines = vec![
                "Post-copy sends each page once: all of memory M crosses after the switchover."
                    .to_string(),
                format!(
                    "The push goes at the streaming rate {} until the rest fits rate × \
                     downtime limit ({} × {} = {}); that rest goes at link speed {}.",
                    rate(stream),
                    rate(stream),
                    secs(p.downtime_limit_s),
                    bytes(tail),
                    rate(p.bandwidth_bytes_per_s)
                ),
                format!(
                    "Push = (M − rest) / streaming rate + rest / link = ({} − {}) / {} + {} / {} = {}.",
                    bytes(mem),
                    bytes(tail),
                    rate(stream),
                    bytes(tail),
                    rate(p.bandwidth_bytes_per_s),
                    secs(push)
                ),
            ];
            let closed = if capped {
                lines.push(format!(
                    "The VM runs degraded at the destination until the last page arrives: {}.",
                    secs(push)
                ));
                lines.push(simulated(Metric::DegradedTime, m));
                push
            } else {
                let total = p.rtt_s + push;
                lines.push(format!(
                    "Total = switchover (RTT) + push = {} + {} = {}.",
                    secs(p.rtt_s),
                    secs(push),
                    secs(total)
                ));
                lines.push(simulated(Metric::TotalTime, m));
                total
            };
            (lines.join("\n"), Some(closed))
        }),
    }
}

/// Hybrid: k pre-copy rounds, then post-copy of what is still dirty.
pub(crate) fn hybrid(rng: &mut SplitMix64, k: u32) -> Draft {
    let mut args = mem_link(rng, "hybrid");
    let r = from(&args).bandwidth_bytes_per_s;
    let pct = rng.pick(&[25u32, 40, 50, 60, 80]);
    args.extend([
        s("--dirty-rate"),
        mb_per_s_flag(r * f64::from(pct) / 100.0),
        s("--hybrid-rounds"),
        k.to_string(),
        s("--policy"),
        s(TEXTBOOK_POLICY),
        s("--downtime-limit"),
        s(rng.pick(&DOWNTIME_LIMITS)),
    ]);
    let p = from(&args);
    let bytes_q = k == 1;
    let q = if bytes_q {
        "How many bytes cross the link in all (in GB)?"
    } else {
        "How long does the migration take, in seconds?"
    };
    Draft {
        topic: Topic::Type(MigrationType::Hybrid),
        question: format!(
            "A VM with {} of memory migrates hybrid over a {} link while its guest writes {}: \
             up to {k} pre-copy round{} (round 0 sends all of memory; pre-copy stops early \
             if a round leaves no more dirty than bandwidth × downtime limit, {}), then it \
             switches over (one round trip, {}) and the pages still dirty follow by \
             post-copy. {q}",
            gib(p.memory_bytes),
            link(p.bandwidth_bytes_per_s),
            rate(p.dirty_rate_bytes_per_s),
            if k == 1 { "" } else { "s" },
            secs(p.downtime_limit_s),
            secs(p.rtt_s)
        ),
        runs: Runs::One(args),
        metric: if bytes_q {
            Metric::BytesSent
        } else {
            Metric::TotalTime
        },
        tolerance: if bytes_q { TOL } else { TOL_HARD },
        solve: Box::new(move |runs: &[Run]| hybrid_solution(runs, k, bytes_q)),
    }
}

/// Hybrid's worked solution: the k rounds (or fewer, if the stop rule ends pre-copy),
/// the bytes, and for a time question the time they take.
fn hybrid_solution(runs: &[Run], k: u32, bytes_q: bool) -> (String, Option<f64>) {
    let p = &runs[0].p;
    let m = &runs[0].t.metrics;
    let r = p.bandwidth_bytes_per_s;
    let l = p.dirty_rate_bytes_per_s / r;
    let threshold = r * p.downtime_limit_s;
    // V_0 = M, V_(i+1) = min(λ·V_i, M); after each of the k rounds the stop rule
    // may end pre-copy first (stop-and-copy, no post-copy).
    let mem = p.memory_bytes as f64;
    let mut v = mem;
    let mut total_bytes = 0.0;
    let mut terms = Vec::new();
    let mut stopped_after = None;
    for i in 0..k {
        total_bytes += v;
        terms.push(bytes(v));
        v = (l * v).min(mem);
        if v <= threshold {
            stopped_after = Some(i + 1);
            break;
        }
    }
    total_bytes += v;
    terms.push(bytes(v));
    let mut lines = vec![format!(
        "λ = {} / {} = {}; the pre-copy stop rule's threshold is bandwidth × downtime \
         limit = {}.",
        rate(p.dirty_rate_bytes_per_s),
        rate(r),
        sig(l),
        bytes(threshold)
    )];
    let switchover = match stopped_after {
        Some(i) => {
            lines.push(format!(
                "After round {} only {} is dirty, under the threshold: pre-copy stops \
                 there and the rest goes with the VM paused (no post-copy).",
                i - 1,
                bytes(v)
            ));
            0.0
        }
        None => {
            lines.push(format!(
                "No round gets under the threshold, so after {} the VM switches over \
                 (RTT {}) and the {} still dirty follow by post-copy.",
                plural(u64::from(k), "round"),
                secs(p.rtt_s),
                bytes(v)
            ));
            p.rtt_s
        }
    };
    lines.push(format!(
        "Round 0 sends M, each next round λ times the last, then the remainder: {} = {}.",
        terms.join(" + "),
        bytes(total_bytes)
    ));
    let closed = if bytes_q {
        lines.push(simulated(Metric::BytesSent, m));
        total_bytes
    } else {
        let total = total_bytes / r + switchover;
        lines.push(format!(
            "Everything crosses at {}: {} / {}{} = {}.",
            rate(r),
            bytes(total_bytes),
            rate(r),
            if switchover > 0.0 {
                format!(" + RTT {}", secs(switchover))
            } else {
                String::new()
            },
            secs(total)
        ));
        lines.push(simulated(Metric::TotalTime, m));
        total
    };
    (lines.join("\n"), Some(closed))
}

fn goal(rng: &mut SplitMix64, metrics: &[Metric]) -> (Metric, &'static str) {
    let m = rng.pick(metrics);
    let words = match m {
        Metric::Downtime => "the least downtime",
        Metric::TotalTime => "the shortest migration (total time)",
        Metric::BytesSent => "the fewest bytes on the link",
        _ => "the least",
    };
    (m, words)
}

fn value_words(metric: Metric, run: &Run) -> String {
    let m = &run.t.metrics;
    match metric {
        Metric::BytesSent => bytes(m.bytes_sent),
        Metric::TotalTime => secs(m.total_time_s),
        _ => secs(m.downtime_s),
    }
}

/// Which migration type meets a goal for one VM.
pub(crate) fn compare_types(rng: &mut SplitMix64) -> Draft {
    let base = mem_link(rng, "live");
    let r = from(&base).bandwidth_bytes_per_s;
    let pct = rng.pick(&[25u32, 50, 75, 90]);
    let dirty = mb_per_s_flag(r * f64::from(pct) / 100.0);
    let types: &[MigrationType] = if rng.below(2) == 0 {
        &[
            MigrationType::Cold,
            MigrationType::Suspended,
            MigrationType::Live,
        ]
    } else {
        &MigrationType::ALL
    };
    let (metric, words) = goal(rng, &[Metric::Downtime, Metric::TotalTime]);
    let each: Vec<(String, Vec<String>)> = types
        .iter()
        .map(|t| {
            let mut a = base.clone();
            super::set_flag(&mut a, "--type", s(t.key()));
            a.extend([
                s("--dirty-rate"),
                dirty.clone(),
                s("--shared-storage"),
                s("true"),
            ]);
            (t.label().to_string(), a)
        })
        .collect();
    let p = from(&each[0].1);
    let names: Vec<&str> = types.iter().map(|t| t.label()).collect();
    Draft {
        topic: Topic::Policies,
        question: format!(
            "A VM with {} of memory, its disk on shared storage, must move over a {} link \
             while its guest writes {} (shutdown {}, boot {}, storage {} each way, downtime \
             limit {}). Which migration type gives {words}: {}?",
            gib(p.memory_bytes),
            link(p.bandwidth_bytes_per_s),
            rate(p.dirty_rate_bytes_per_s),
            secs(p.shutdown_time_s),
            secs(p.boot_time_s),
            rate(p.storage_write_bytes_per_s),
            secs(p.downtime_limit_s),
            names.join(", ")
        ),
        runs: Runs::Each(each),
        metric,
        tolerance: 0.0,
        solve: Box::new(move |runs: &[Run]| {
            compare_lines(runs, metric, |r| r.p.migration_type.label().to_string())
        }),
    }
}

fn compare_lines(
    runs: &[Run],
    metric: Metric,
    name: impl Fn(&Run) -> String,
) -> (String, Option<f64>) {
    let values: Vec<f64> = runs
        .iter()
        .map(|r| metric.value(&r.t.metrics).as_f64())
        .collect();
    let best = super::super::tied_least(&values);
    let mut lines: Vec<String> = runs
        .iter()
        .map(|r| {
            let rounds = match r.t.metrics.precopy_rounds {
                0 => String::new(),
                n => format!(" ({})", plural(u64::from(n), "pre-copy round")),
            };
            format!(
                "{}: {}{rounds}. {}.",
                name(r),
                value_words(metric, r),
                r.t.stop_reason
            )
        })
        .collect();
    let names: Vec<String> = best.iter().map(|&i| name(&runs[i])).collect();
    lines.push(match names.as_slice() {
        [one] => format!("Least {}: {one}.", metric.words()),
        _ => format!(
            "Least {}: {}, tied (within a billionth); each is right.",
            metric.words(),
            names.join(" and ")
        ),
    });
    (lines.join("\n"), None)
}

/// Which stop policy meets a goal for one live migration.
pub(crate) fn compare_policies(rng: &mut SplitMix64) -> Draft {
    let base = mem_link(rng, "live");
    let r = from(&base).bandwidth_bytes_per_s;
    let pct = rng.pick(&[40u32, 60, 75, 90]);
    let dirty = mb_per_s_flag(r * f64::from(pct) / 100.0);
    let (metric, words) = goal(
        rng,
        &[Metric::Downtime, Metric::TotalTime, Metric::BytesSent],
    );
    let each: Vec<(String, Vec<String>)> = StopPolicy::ALL
        .iter()
        .map(|pol| {
            let mut a = base.clone();
            a.extend([
                s("--policy"),
                s(pol.key()),
                s("--dirty-rate"),
                dirty.clone(),
            ]);
            (pol.label().to_string(), a)
        })
        .collect();
    let p = from(&each[0].1);
    Draft {
        topic: Topic::Policies,
        question: format!(
            "A VM with {} of memory migrates live over a {} link while its guest writes {} \
             (downtime limit {}). Which stop policy gives {words}: QEMU (pending fits \
             bandwidth × downtime limit), Xen classic (30 rounds, < 50 dirty pages or 3× \
             memory sent), Xen current (5 rounds or < 50 pages), vMotion (500 ms switchover \
             goal, SDPS) or SimGrid (30 ms threshold)?",
            gib(p.memory_bytes),
            link(p.bandwidth_bytes_per_s),
            rate(p.dirty_rate_bytes_per_s),
            secs(p.downtime_limit_s)
        ),
        runs: Runs::Each(each),
        metric,
        tolerance: 0.0,
        solve: Box::new(move |runs: &[Run]| {
            compare_lines(runs, metric, |r| r.p.policy.label().to_string())
        }),
    }
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
pub(crate) fn bandwidth_drop(rng: &mut SplitMix64) -> Draft {
    let (mut args, at) = cold_scenario_for_fault(rng);
    let dur = rng.pick(&[30u32, 60, 120]);
    let to = rng.pick(&["100Mbit/s", "250Mbit/s"]);
    args.extend([s("--fault"), format!("bandwidth-drop@{at}s:{to}:{dur}s")]);
    fault_draft(args, move |p| {
        let drop_rate = crate::units::rate(to).unwrap_or(12.5e6);
        (
            format!(
                "{} At {} the link's bandwidth drops to {} for {dur} s. How long is the VM out of \
                 service, in seconds?",
                super::cold_question(p),
                secs(at),
                rate(drop_rate)
            ),
            drop_rate,
            f64::from(dur),
        )
    })
}

/// A latency spike during a cold migration's copy: TCP's window over the longer round
/// trip bounds the rate.
pub(crate) fn latency_spike(rng: &mut SplitMix64) -> Draft {
    let (mut args, at) = cold_scenario_for_fault(rng);
    let extra = rng.pick(&[100u32, 200, 500]);
    let dur = rng.pick(&[30u32, 60]);
    args.extend([
        s("--fault"),
        format!("latency-spike@{at}s:{extra}ms:{dur}s"),
    ]);
    fault_draft(args, move |p| {
        let window = TCP_WINDOW_BYTES.max(p.bandwidth_bytes_per_s * p.rtt_s);
        let spike_rate = p
            .bandwidth_bytes_per_s
            .min(window / (p.rtt_s + f64::from(extra) / 1e3));
        (
            format!(
                "{} At {} the round trip grows by {extra} ms for {dur} s; TCP keeps at most a \
                 {} window in flight (the larger of 4 MiB and bandwidth × RTT). How long is \
                 the VM out of service, in seconds?",
                super::cold_question(p),
                secs(at),
                bytes(window)
            ),
            spike_rate,
            f64::from(dur),
        )
    })
}

/// A cold migration slowed to `slow_rate` for `dur` seconds inside its copy.
fn fault_draft(
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
            let (mut lines, base) = cold_steps(p);
            let during = slowed(p, link_rate);
            let lost = dur * (1.0 - during / copy_rate(p)).max(0.0);
            lines.push(format!(
                "During the fault the copy runs at min(link {}, storage) = {} instead of {}, so \
                 its {} s send only {} of the {} they would have: the copy takes {} longer.",
                rate(link_rate),
                rate(during),
                rate(copy_rate(p)),
                sig(dur),
                bytes(during * dur),
                bytes(copy_rate(p) * dur),
                secs(lost)
            ));
            lines.push(format!(
                "Downtime = {} + {} = {}.",
                secs(base),
                secs(lost),
                secs(base + lost)
            ));
            lines.push(simulated(Metric::Downtime, &runs[0].t.metrics));
            (lines.join("\n"), Some(base + lost))
        }),
    }
}

/// A bandwidth drop while post-copy pushes memory.
pub(crate) fn postcopy_drop(rng: &mut SplitMix64) -> Draft {
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
        question: format!(
            "A VM with {} of memory migrates post-copy over a {} link (switchover: one round \
             trip, {}). At {at} s the bandwidth drops to {} for {dur} s. How long does the \
             migration take, in seconds?",
            gib(p.memory_bytes),
            link(p.bandwidth_bytes_per_s),
            secs(p.rtt_s),
            rate(drop_rate)
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
                format!("Without the fault: RTT + M / R = {} + {} / {} = {}.", secs(p.rtt_s), bytes(mem), rate(r), secs(p.rtt_s + mem / r)),
                format!(
                    "The {dur} s at {} send {} instead of {}: the push takes {dur} × (1 − {} / {}) = {} longer.",
                    rate(drop_rate),
                    bytes(drop_rate * f64::from(dur)),
                    bytes(r * f64::from(dur)),
                    rate(drop_rate),
                    rate(r),
                    secs(lost)
                ),
                format!("Total = {}.", secs(total)),
                simulated(Metric::TotalTime, &runs[0].t.metrics),
            ];
            (lines.join("\n"), Some(total))
        }),
    }
}
