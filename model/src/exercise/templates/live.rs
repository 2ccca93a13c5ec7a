//! Live pre-copy problems: the textbook recurrence `V_0 = M`, `V_{i+1} = min(λ·V_i, WS)`,
//! stop once `V_i ≤ R·d` (Clark et al. NSDI 2005; the README's worked example).

use super::super::fmt::{bytes, link, mb_per_s_flag, rate, secs, sentences, sig};
use super::super::{Draft, Metric, Run, Runs, SplitMix64, Topic};
use super::{
    flags, gib_number, s, simulated, solve_one, DOWNTIME_LIMITS, LAMBDA_PCT, LINKS, MEMORY,
    TEXTBOOK_POLICY, TOL, TOL_HARD,
};
use crate::i18n::{n, s as text, tr, Lang};
use crate::params::{MigrationType, Params};

/// What the textbook recurrence predicts.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct Textbook {
    pub lambda: f64,
    pub threshold: f64,
    /// Pre-copy rounds (round 0, the full pass, included).
    pub rounds: u32,
    /// Bytes left for the stop-and-copy.
    pub final_copy: f64,
    pub precopy_time: f64,
    pub sent: f64,
    pub converged: bool,
}

impl Textbook {
    pub fn of(p: &Params) -> Textbook {
        let r = p.bandwidth_bytes_per_s;
        let d = p.dirty_rate_bytes_per_s;
        let ws = p.working_set() as f64;
        let threshold = r * p.downtime_limit_s;
        let mut v = p.memory_bytes as f64;
        let (mut t, mut sent, mut rounds) = (0.0, 0.0, 0u32);
        loop {
            let dt = v / r;
            if t + dt > p.time_limit_s || rounds >= 100_000 {
                return Textbook {
                    lambda: d / r,
                    threshold,
                    rounds: rounds + 1,
                    final_copy: v,
                    precopy_time: t,
                    sent,
                    converged: false,
                };
            }
            t += dt;
            sent += v;
            rounds += 1;
            v = (d * dt).min(ws);
            if v <= threshold {
                return Textbook {
                    lambda: d / r,
                    threshold,
                    rounds,
                    final_copy: v,
                    precopy_time: t,
                    sent,
                    converged: true,
                };
            }
        }
    }

    /// Stop-and-copy of the last dirty pages and the device state at full link speed,
    /// then the resume at the destination.
    pub fn downtime(&self, p: &Params) -> f64 {
        (self.final_copy + p.device_state_bytes as f64) / p.bandwidth_bytes_per_s + p.resume_time_s
    }

    /// The downtime step in words.
    pub fn downtime_line(&self, l: Lang, p: &Params) -> String {
        let device = p.device_state_bytes as f64;
        let mut numbers = bytes(l, self.final_copy);
        if device > 0.0 {
            numbers = format!("({numbers} + {})", bytes(l, device));
        }
        numbers = format!("{numbers} / {}", rate(l, p.bandwidth_bytes_per_s));
        if p.resume_time_s > 0.0 {
            numbers = format!("{numbers} + {}", secs(l, p.resume_time_s));
        }
        let yes_no = |b: bool| text(if b { "yes" } else { "no" });
        tr(
            l,
            "live-downtime",
            &[
                ("device", yes_no(device > 0.0)),
                ("resume", yes_no(p.resume_time_s > 0.0)),
                ("numbers", text(numbers)),
                ("downtime", text(secs(l, self.downtime(p)))),
            ],
        )
    }
}

/// The worked steps of a converging textbook run with no working-set cap.
fn closed_form_lines(l: Lang, p: &Params, tb: &Textbook) -> Vec<String> {
    let m = p.memory_bytes as f64;
    let r = p.bandwidth_bytes_per_s;
    let lambda = tb.lambda;
    let ratio = tb.threshold / m;
    vec![
        tr(
            l,
            "live-lambda",
            &[
                ("dirty", text(rate(l, p.dirty_rate_bytes_per_s))),
                ("rate", text(rate(l, r))),
                ("lambda", text(sig(l, lambda))),
            ],
        ),
        tr(
            l,
            "live-threshold",
            &[
                ("rate", text(rate(l, r))),
                ("limit", text(secs(l, p.downtime_limit_s))),
                ("threshold", text(bytes(l, tb.threshold))),
            ],
        ),
        tr(
            l,
            "live-rounds",
            &[
                ("mem", text(bytes(l, m))),
                ("ratio", text(sig(l, ratio))),
                ("lambda", text(sig(l, lambda))),
                ("log", text(sig(l, ratio.ln() / lambda.ln()))),
                ("n", n(tb.rounds)),
            ],
        ),
        tr(
            l,
            "live-final-copy",
            &[
                ("mem", text(bytes(l, m))),
                ("lambda", text(sig(l, lambda))),
                ("n", n(tb.rounds)),
                ("final", text(bytes(l, tb.final_copy))),
            ],
        ),
        tb.downtime_line(l, p),
    ]
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) enum LiveAsk {
    Rounds,
    Downtime,
    Total,
    Bytes,
}

impl LiveAsk {
    pub fn pick_basic(rng: &mut SplitMix64) -> LiveAsk {
        rng.pick(&[LiveAsk::Rounds, LiveAsk::Downtime])
    }

    pub fn pick_more(rng: &mut SplitMix64) -> LiveAsk {
        rng.pick(&[LiveAsk::Total, LiveAsk::Bytes])
    }
}

/// Memory, link, λ and downtime limit of a live migration under the textbook rule.
fn scenario(rng: &mut SplitMix64, lambda_pct: &[u32]) -> Vec<String> {
    let link = rng.pick(&LINKS);
    let r = crate::units::rate(link).unwrap_or(125e6);
    let pct = rng.pick(lambda_pct);
    flags(&[
        "--type",
        "live",
        "--policy",
        TEXTBOOK_POLICY,
        "--memory",
        rng.pick(&MEMORY),
        "--bandwidth",
        link,
        "--dirty-rate",
        &mb_per_s_flag(r * f64::from(pct) / 100.0),
        "--downtime-limit",
        rng.pick(&DOWNTIME_LIMITS),
    ])
}

fn describe(l: Lang, p: &Params) -> String {
    let (capped, ws_mib) = match p.working_set_bytes {
        Some(ws) => ("capped", sig(l, ws as f64 / 1048576.0)),
        None => ("none", String::new()),
    };
    tr(
        l,
        "live-describe",
        &[
            ("mem", text(gib_number(l, p.memory_bytes))),
            ("link", text(link(l, p.bandwidth_bytes_per_s))),
            ("dirty", text(rate(l, p.dirty_rate_bytes_per_s))),
            ("working-set", text(capped)),
            ("ws-mib", text(ws_mib)),
            ("limit", text(secs(l, p.downtime_limit_s))),
        ],
    )
}

pub(crate) fn live(l: Lang, rng: &mut SplitMix64, ask: LiveAsk) -> Draft {
    let args = scenario(rng, &LAMBDA_PCT);
    let p = super::super::params_from_args(&args).unwrap_or_default();
    let (q, metric) = match ask {
        LiveAsk::Rounds => ("live-ask-rounds", Metric::PrecopyRounds),
        LiveAsk::Downtime => ("live-ask-downtime", Metric::Downtime),
        LiveAsk::Total => ("live-ask-total", Metric::TotalTime),
        LiveAsk::Bytes => ("ask-bytes", Metric::BytesSent),
    };
    Draft {
        topic: Topic::Type(MigrationType::Live),
        question: sentences(l, &describe(l, &p), &tr(l, q, &[])),
        runs: Runs::One(args),
        metric,
        tolerance: TOL,
        solve: solve_one(move |p, m| {
            let tb = Textbook::of(p);
            let mut lines = closed_form_lines(l, p, &tb);
            let mem = p.memory_bytes as f64;
            let lambda = tb.lambda;
            let rounds = tb.rounds as i32;
            let closed = match ask {
                LiveAsk::Rounds => {
                    lines.truncate(3);
                    lines.push(simulated(l, Metric::PrecopyRounds, m));
                    f64::from(tb.rounds)
                }
                LiveAsk::Downtime => {
                    lines.push(simulated(l, Metric::Downtime, m));
                    tb.downtime(p)
                }
                LiveAsk::Total => {
                    lines.push(tr(
                        l,
                        "live-precopy-time",
                        &[("t", text(secs(l, tb.precopy_time)))],
                    ));
                    let total = tb.precopy_time + tb.downtime(p);
                    lines.push(tr(
                        l,
                        "live-total",
                        &[
                            ("precopy", text(secs(l, tb.precopy_time))),
                            ("downtime", text(secs(l, tb.downtime(p)))),
                            ("total", text(secs(l, total))),
                        ],
                    ));
                    lines.push(simulated(l, Metric::TotalTime, m));
                    total
                }
                LiveAsk::Bytes => {
                    let sent = mem * (1.0 - lambda.powi(rounds + 1)) / (1.0 - lambda);
                    lines.push(tr(l, "live-bytes", &[("sent", text(bytes(l, sent)))]));
                    lines.push(simulated(l, Metric::BytesSent, m));
                    tb.sent + tb.final_copy
                }
            };
            (lines.join("\n"), Some(closed))
        }),
    }
}

/// Does pre-copy converge? λ from both sides of 1; at level 3 with a working set that
/// may be small enough to fit the threshold whatever λ.
pub(crate) fn converges(l: Lang, rng: &mut SplitMix64, working_set: bool) -> Draft {
    let mut args = scenario(rng, &[50, 80, 90, 100, 120, 150, 200]);
    if working_set {
        args.extend([
            s("--working-set"),
            s(rng.pick(&["16MiB", "64MiB", "256MiB", "1GiB"])),
        ]);
    }
    let p = super::super::params_from_args(&args).unwrap_or_default();
    Draft {
        topic: Topic::Type(MigrationType::Live),
        question: sentences(
            l,
            &describe(l, &p),
            &tr(
                l,
                "converge-ask",
                &[("limit", text(secs(l, p.time_limit_s)))],
            ),
        ),
        runs: Runs::One(args),
        metric: Metric::Converged,
        tolerance: 0.0,
        solve: Box::new(move |runs: &[Run]| {
            let p = &runs[0].p;
            let tb = Textbook::of(p);
            let ws = p.working_set() as f64;
            let mut lines = vec![
                tr(
                    l,
                    "converge-lambda",
                    &[
                        ("dirty", text(rate(l, p.dirty_rate_bytes_per_s))),
                        ("rate", text(rate(l, p.bandwidth_bytes_per_s))),
                        ("lambda", text(sig(l, tb.lambda))),
                        ("threshold", text(bytes(l, tb.threshold))),
                    ],
                ),
                tr(l, "converge-recurrence", &[]),
            ];
            if ws < p.memory_bytes as f64 {
                lines.push(tr(
                    l,
                    "converge-working-set",
                    &[
                        ("ws", text(bytes(l, ws))),
                        ("fits", text(if ws <= tb.threshold { "yes" } else { "no" })),
                    ],
                ));
            }
            if tb.converged {
                lines.push(tr(
                    l,
                    "converge-yes",
                    &[
                        ("n", n(tb.rounds)),
                        ("final", text(bytes(l, tb.final_copy))),
                        ("t", text(secs(l, tb.precopy_time))),
                    ],
                ));
            } else if tb.lambda >= 1.0 && ws > tb.threshold {
                lines.push(tr(l, "converge-no-lambda", &[]));
            } else {
                lines.push(tr(
                    l,
                    "converge-no-slow",
                    &[("limit", text(secs(l, p.time_limit_s)))],
                ));
            }
            lines.push(simulated(l, Metric::Converged, &runs[0].t.metrics));
            (lines.join("\n"), Some(f64::from(u8::from(tb.converged))))
        }),
    }
}

/// The same scenario with twice the bandwidth: the downtime.
pub(crate) fn double_bandwidth(l: Lang, rng: &mut SplitMix64) -> Draft {
    let mut args = scenario(rng, &LAMBDA_PCT);
    let before = super::super::params_from_args(&args).unwrap_or_default();
    let twice = 2.0 * before.bandwidth_bytes_per_s;
    super::set_flag(&mut args, "--bandwidth", mb_per_s_flag(twice));
    Draft {
        topic: Topic::Type(MigrationType::Live),
        question: sentences(
            l,
            &describe(l, &before),
            &tr(
                l,
                "double-ask",
                &[
                    ("rate", text(rate(l, twice))),
                    ("dirty", text(rate(l, before.dirty_rate_bytes_per_s))),
                ],
            ),
        ),
        runs: Runs::One(args),
        metric: Metric::Downtime,
        tolerance: TOL_HARD,
        solve: Box::new(move |runs: &[Run]| {
            let p = &runs[0].p;
            let old = Textbook::of(&before);
            let tb = Textbook::of(p);
            let mut lines = vec![tr(
                l,
                "double-before",
                &[
                    ("lambda", text(sig(l, old.lambda))),
                    ("n", n(old.rounds)),
                    ("downtime", text(secs(l, old.downtime(&before)))),
                ],
            )];
            lines.extend(closed_form_lines(l, p, &tb));
            lines.push(simulated(l, Metric::Downtime, &runs[0].t.metrics));
            (lines.join("\n"), Some(tb.downtime(p)))
        }),
    }
}
