//! Post-copy, hybrid, and comparisons of types and policies.

use super::super::fmt::{and_list, bytes, link, list, mb_per_s_flag, rate, secs, sentences, sig};
use super::super::{Draft, Metric, Run, Runs, SplitMix64, Topic};
use super::{
    flags, s, simulated, solve_one, DOWNTIME_LIMITS, LINKS, MEMORY, TEXTBOOK_POLICY, TOL, TOL_HARD,
};
use crate::i18n::{n, s as text, tr, Lang};
use crate::params::{MigrationType, Params, StopPolicy};
use crate::sim::policy::{
    SIMGRID_MAX_DOWNTIME_S, VMOTION_SWITCHOVER_GOAL_S, XEN5_MAX_ITERS, XEN_MAX_ITERS,
};
use crate::trace::Trace;

fn gib(l: Lang, b: u64) -> String {
    format!("{} GiB", super::gib_number(l, b))
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

/// A migration type's name in `l` (`type-<key>`), a comparison's choice.
pub(crate) fn type_label(l: Lang, t: MigrationType) -> String {
    tr(l, &format!("type-{}", t.key()), &[])
}

/// A stop policy's name in `l` (`policy-<key>`), a comparison's choice.
pub(crate) fn policy_label(l: Lang, p: StopPolicy) -> String {
    tr(l, &format!("policy-{}", p.key()), &[])
}

/// Post-copy: total time (level 1) or the time degraded under a `max-bandwidth` cap.
pub(crate) fn postcopy(l: Lang, rng: &mut SplitMix64, capped: bool) -> Draft {
    let mut args = mem_link(rng, "postcopy");
    if capped {
        args.extend([
            s("--max-bandwidth"),
            s(rng.pick(&["32MiB/s", "64MiB/s", "100MB/s"])),
        ]);
    }
    let p = from(&args);
    let (cap, cap_rate) = match p.max_bandwidth_bytes_per_s {
        Some(c) => ("capped", rate(l, c)),
        None => ("none", String::new()),
    };
    let (q, metric) = if capped {
        ("postcopy-ask-degraded", Metric::DegradedTime)
    } else {
        ("ask-migration-time", Metric::TotalTime)
    };
    let scenario = tr(
        l,
        "postcopy-question",
        &[
            ("mem", text(gib(l, p.memory_bytes))),
            ("link", text(link(l, p.bandwidth_bytes_per_s))),
            ("cap", text(cap)),
            ("cap-rate", text(cap_rate)),
            ("rtt", text(secs(l, p.rtt_s))),
        ],
    );
    Draft {
        topic: Topic::Type(MigrationType::PostCopy),
        question: sentences(l, &scenario, &tr(l, q, &[])),
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
                tr(l, "postcopy-step-once", &[]),
                tr(
                    l,
                    "postcopy-step-rate",
                    &[
                        ("stream", text(rate(l, stream))),
                        ("limit", text(secs(l, p.downtime_limit_s))),
                        ("rest", text(bytes(l, tail))),
                        ("link", text(rate(l, p.bandwidth_bytes_per_s))),
                    ],
                ),
                tr(
                    l,
                    "postcopy-step-push",
                    &[
                        ("mem", text(bytes(l, mem))),
                        ("rest", text(bytes(l, tail))),
                        ("stream", text(rate(l, stream))),
                        ("link", text(rate(l, p.bandwidth_bytes_per_s))),
                        ("push", text(secs(l, push))),
                    ],
                ),
            ];
            let closed = if capped {
                lines.push(tr(
                    l,
                    "postcopy-step-degraded",
                    &[("push", text(secs(l, push)))],
                ));
                lines.push(simulated(l, Metric::DegradedTime, m));
                push
            } else {
                let total = p.rtt_s + push;
                lines.push(tr(
                    l,
                    "postcopy-step-total",
                    &[
                        ("rtt", text(secs(l, p.rtt_s))),
                        ("push", text(secs(l, push))),
                        ("total", text(secs(l, total))),
                    ],
                ));
                lines.push(simulated(l, Metric::TotalTime, m));
                total
            };
            (lines.join("\n"), Some(closed))
        }),
    }
}

/// Hybrid: k pre-copy rounds, then post-copy of what is still dirty.
pub(crate) fn hybrid(l: Lang, rng: &mut SplitMix64, k: u32) -> Draft {
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
        "ask-bytes"
    } else {
        "ask-migration-time"
    };
    let scenario = tr(
        l,
        "hybrid-question",
        &[
            ("mem", text(gib(l, p.memory_bytes))),
            ("link", text(link(l, p.bandwidth_bytes_per_s))),
            ("dirty", text(rate(l, p.dirty_rate_bytes_per_s))),
            ("k", n(k)),
            ("limit", text(secs(l, p.downtime_limit_s))),
            ("rtt", text(secs(l, p.rtt_s))),
        ],
    );
    Draft {
        topic: Topic::Type(MigrationType::Hybrid),
        question: sentences(l, &scenario, &tr(l, q, &[])),
        runs: Runs::One(args),
        metric: if bytes_q {
            Metric::BytesSent
        } else {
            Metric::TotalTime
        },
        tolerance: if bytes_q { TOL } else { TOL_HARD },
        solve: Box::new(move |runs: &[Run]| hybrid_solution(l, runs, k, bytes_q)),
    }
}

/// Hybrid's worked solution: the k rounds (or fewer, if the stop rule ends pre-copy),
/// the bytes, and for a time question the time they take.
fn hybrid_solution(l: Lang, runs: &[Run], k: u32, bytes_q: bool) -> (String, Option<f64>) {
    let p = &runs[0].p;
    let m = &runs[0].t.metrics;
    let r = p.bandwidth_bytes_per_s;
    let lambda = p.dirty_rate_bytes_per_s / r;
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
        terms.push(bytes(l, v));
        v = (lambda * v).min(mem);
        if v <= threshold {
            stopped_after = Some(i + 1);
            break;
        }
    }
    total_bytes += v;
    terms.push(bytes(l, v));
    let mut lines = vec![tr(
        l,
        "hybrid-lambda",
        &[
            ("dirty", text(rate(l, p.dirty_rate_bytes_per_s))),
            ("rate", text(rate(l, r))),
            ("lambda", text(sig(l, lambda))),
            ("threshold", text(bytes(l, threshold))),
        ],
    )];
    let switchover = match stopped_after {
        Some(i) => {
            lines.push(tr(
                l,
                "hybrid-stopped",
                &[("round", n(i - 1)), ("left", text(bytes(l, v)))],
            ));
            0.0
        }
        None => {
            lines.push(tr(
                l,
                "hybrid-switched",
                &[
                    ("k", n(k)),
                    ("rtt", text(secs(l, p.rtt_s))),
                    ("left", text(bytes(l, v))),
                ],
            ));
            p.rtt_s
        }
    };
    lines.push(tr(
        l,
        "hybrid-sum",
        &[
            ("terms", text(terms.join(" + "))),
            ("total", text(bytes(l, total_bytes))),
        ],
    ));
    let closed = if bytes_q {
        lines.push(simulated(l, Metric::BytesSent, m));
        total_bytes
    } else {
        let total = total_bytes / r + switchover;
        lines.push(tr(
            l,
            "hybrid-time",
            &[
                ("rate", text(rate(l, r))),
                ("total", text(bytes(l, total_bytes))),
                (
                    "switchover",
                    text(if switchover > 0.0 { "yes" } else { "no" }),
                ),
                ("rtt", text(secs(l, switchover))),
                ("time", text(secs(l, total))),
            ],
        ));
        lines.push(simulated(l, Metric::TotalTime, m));
        total
    };
    (lines.join("\n"), Some(closed))
}

/// The `$metric` selector of the comparison messages.
fn metric_selector(m: Metric) -> &'static str {
    match m {
        Metric::TotalTime => "total",
        Metric::BytesSent => "bytes",
        _ => "downtime",
    }
}

fn goal(l: Lang, rng: &mut SplitMix64, metrics: &[Metric]) -> (Metric, String) {
    let m = rng.pick(metrics);
    let words = tr(l, "goal", &[("metric", text(metric_selector(m)))]);
    (m, words)
}

fn value_words(l: Lang, metric: Metric, run: &Run) -> String {
    let m = &run.t.metrics;
    match metric {
        Metric::BytesSent => bytes(l, m.bytes_sent),
        Metric::TotalTime => secs(l, m.total_time_s),
        _ => secs(l, m.downtime_s),
    }
}

/// Why a compared run stopped where it did, in `l`: from the run's type, stop policy
/// and metrics, in the exercises' own words (the trace's `stop_reason` is the engine's
/// sentence, `model.ftl`).
fn why_stopped(l: Lang, p: &Params, t: &Trace) -> String {
    let m = &t.metrics;
    // What the sync after the last pre-copy pass found still to send: what the stop
    // rule weighed (trace.rs, `Round::pending_bytes_at_end`).
    let pending = t
        .rounds
        .iter()
        .rfind(|r| r.index + 1 == m.precopy_rounds)
        .map_or(0.0, |r| r.pending_bytes_at_end);
    let left = || text(bytes(l, pending));
    match p.migration_type {
        MigrationType::Cold => return tr(l, "why-cold", &[]),
        MigrationType::Suspended => return tr(l, "why-suspended", &[]),
        MigrationType::PostCopy => return tr(l, "why-postcopy", &[]),
        MigrationType::Hybrid if !m.converged => {
            return tr(
                l,
                "why-hybrid",
                &[("n", n(m.precopy_rounds)), ("left", left())],
            )
        }
        MigrationType::Live | MigrationType::Hybrid => {}
    }
    let goal_s = match p.policy {
        StopPolicy::Qemu | StopPolicy::Textbook => Some(p.downtime_limit_s),
        StopPolicy::Vmotion => Some(VMOTION_SWITCHOVER_GOAL_S),
        StopPolicy::Simgrid => Some(SIMGRID_MAX_DOWNTIME_S),
        StopPolicy::Xen | StopPolicy::Xen5 => None,
    };
    match (goal_s, m.converged) {
        (Some(g), true) => tr(
            l,
            "why-fits",
            &[
                ("left", left()),
                ("goal", text(secs(l, g))),
                ("policy", text(p.policy.key())),
            ],
        ),
        (None, true) => tr(l, "why-xen-few", &[]),
        (None, false) => {
            // Xen (classic) also stops once 3× memory has been sent, usually long before
            // its 29 rounds (policy.rs).
            let max = if p.policy == StopPolicy::Xen5 {
                XEN5_MAX_ITERS
            } else {
                XEN_MAX_ITERS
            };
            let cause = if m.precopy_rounds >= max {
                "limit"
            } else {
                "sent"
            };
            tr(
                l,
                "why-xen-stop",
                &[("cause", text(cause)), ("max", n(max)), ("left", left())],
            )
        }
        (Some(_), false) => tr(l, "why-not-converged", &[]),
    }
}

/// Which migration type meets a goal for one VM.
pub(crate) fn compare_types(l: Lang, rng: &mut SplitMix64) -> Draft {
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
    let (metric, words) = goal(l, rng, &[Metric::Downtime, Metric::TotalTime]);
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
            (type_label(l, *t), a)
        })
        .collect();
    let p = from(&each[0].1);
    let names: Vec<String> = each.iter().map(|(name, _)| name.clone()).collect();
    Draft {
        topic: Topic::Policies,
        question: tr(
            l,
            "types-question",
            &[
                ("mem", text(gib(l, p.memory_bytes))),
                ("link", text(link(l, p.bandwidth_bytes_per_s))),
                ("dirty", text(rate(l, p.dirty_rate_bytes_per_s))),
                ("shutdown", text(secs(l, p.shutdown_time_s))),
                ("boot", text(secs(l, p.boot_time_s))),
                ("storage", text(rate(l, p.storage_write_bytes_per_s))),
                ("limit", text(secs(l, p.downtime_limit_s))),
                ("goal", text(words)),
                ("names", text(list(l, &names))),
            ],
        ),
        runs: Runs::Each(each),
        metric,
        tolerance: 0.0,
        solve: Box::new(move |runs: &[Run]| {
            compare_lines(l, runs, metric, |r| type_label(l, r.p.migration_type))
        }),
    }
}

fn compare_lines(
    l: Lang,
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
            tr(
                l,
                "compare-run",
                &[
                    ("name", text(name(r))),
                    ("value", text(value_words(l, metric, r))),
                    ("rounds", n(r.t.metrics.precopy_rounds)),
                    ("why", text(why_stopped(l, &r.p, &r.t))),
                ],
            )
        })
        .collect();
    let names: Vec<String> = best.iter().map(|&i| name(&runs[i])).collect();
    let selector = text(metric_selector(metric));
    lines.push(match names.as_slice() {
        [one] => tr(
            l,
            "compare-least",
            &[("metric", selector), ("name", text(one.clone()))],
        ),
        _ => tr(
            l,
            "compare-least-tied",
            &[("metric", selector), ("names", text(and_list(l, &names)))],
        ),
    });
    (lines.join("\n"), None)
}

/// Which stop policy meets a goal for one live migration.
pub(crate) fn compare_policies(l: Lang, rng: &mut SplitMix64) -> Draft {
    let base = mem_link(rng, "live");
    let r = from(&base).bandwidth_bytes_per_s;
    let pct = rng.pick(&[40u32, 60, 75, 90]);
    let dirty = mb_per_s_flag(r * f64::from(pct) / 100.0);
    let (metric, words) = goal(
        l,
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
            (policy_label(l, *pol), a)
        })
        .collect();
    let p = from(&each[0].1);
    Draft {
        topic: Topic::Policies,
        question: tr(
            l,
            "policies-question",
            &[
                ("mem", text(gib(l, p.memory_bytes))),
                ("link", text(link(l, p.bandwidth_bytes_per_s))),
                ("dirty", text(rate(l, p.dirty_rate_bytes_per_s))),
                ("limit", text(secs(l, p.downtime_limit_s))),
                ("goal", text(words)),
            ],
        ),
        runs: Runs::Each(each),
        metric,
        tolerance: 0.0,
        solve: Box::new(move |runs: &[Run]| {
            compare_lines(l, runs, metric, |r| policy_label(l, r.p.policy))
        }),
    }
}
