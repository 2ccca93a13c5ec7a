//! Live pre-copy problems: the textbook recurrence `V_0 = M`, `V_{i+1} = min(λ·V_i, WS)`,
//! stop once `V_i ≤ R·d` (Clark et al. NSDI 2005; the README's worked example).

use super::super::fmt::{bytes, link, mb_per_s_flag, plural, rate, secs, sig};
use super::super::{Draft, Metric, Run, Runs, SplitMix64, Topic};
use super::{
    flags, s, simulated, solve_one, DOWNTIME_LIMITS, LAMBDA_PCT, LINKS, MEMORY, TEXTBOOK_POLICY,
    TOL, TOL_HARD,
};
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
    pub fn downtime_line(&self, p: &Params) -> String {
        let device = p.device_state_bytes as f64;
        let mut formula = String::from("V_n");
        let mut numbers = bytes(self.final_copy);
        if device > 0.0 {
            formula = format!("({formula} + device state)");
            numbers = format!("({numbers} + {})", bytes(device));
        }
        formula.push_str(" / R");
        numbers = format!("{numbers} / {}", rate(p.bandwidth_bytes_per_s));
        if p.resume_time_s > 0.0 {
            formula.push_str(" + resume");
            numbers = format!("{numbers} + {}", secs(p.resume_time_s));
        }
        format!(
            "Downtime = {formula} = {numbers} = {}.",
            secs(self.downtime(p))
        )
    }
}

/// The worked steps of a converging textbook run with no working-set cap.
fn closed_form_lines(p: &Params, tb: &Textbook) -> Vec<String> {
    let m = p.memory_bytes as f64;
    let r = p.bandwidth_bytes_per_s;
    let l = tb.lambda;
    let ratio = tb.threshold / m;
    vec![
        format!(
            "λ = dirty rate / bandwidth = {} / {} = {}.",
            rate(p.dirty_rate_bytes_per_s),
            rate(r),
            sig(l)
        ),
        format!(
            "Threshold: pre-copy stops once a round's dirtied pages fit in bandwidth × \
             downtime limit = {} × {} = {}.",
            rate(r),
            secs(p.downtime_limit_s),
            bytes(tb.threshold)
        ),
        format!(
            "Round i sends V_i = M·λ^i (round 0 sends all of M = {}), so n = \
             ⌈log_λ(threshold / M)⌉ = ⌈ln({}) / ln({})⌉ = ⌈{}⌉ = {} (at least 1).",
            bytes(m),
            sig(ratio),
            sig(l),
            sig(ratio.ln() / l.ln()),
            plural(u64::from(tb.rounds), "pre-copy round")
        ),
        format!(
            "Final copy V_n = M·λ^n = {} × {}^{} = {}.",
            bytes(m),
            sig(l),
            tb.rounds,
            bytes(tb.final_copy)
        ),
        tb.downtime_line(p),
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

fn describe(p: &Params) -> String {
    let ws = match p.working_set_bytes {
        Some(ws) => format!(
            ", all of them within a {} MiB working set",
            sig(ws as f64 / 1048576.0)
        ),
        None => String::new(),
    };
    format!(
        "A VM with {} GiB of memory migrates live (pre-copy) over a {} link while its guest \
         writes {} of pages{ws}. Pre-copy stops once the pages dirtied in a round fit in \
         bandwidth × downtime limit ({}); the last ones are then sent with the VM paused.",
        sig(p.memory_bytes as f64 / 1024f64.powi(3)),
        link(p.bandwidth_bytes_per_s),
        rate(p.dirty_rate_bytes_per_s),
        secs(p.downtime_limit_s)
    )
}

pub(crate) fn live(rng: &mut SplitMix64, ask: LiveAsk) -> Draft {
    let args = scenario(rng, &LAMBDA_PCT);
    let p = super::super::params_from_args(&args).unwrap_or_default();
    let (q, metric) = match ask {
        LiveAsk::Rounds => (
            "How many pre-copy rounds run before the stop-and-copy (round 0, the full pass, included)?",
            Metric::PrecopyRounds,
        ),
        LiveAsk::Downtime => ("What is the downtime, in seconds?", Metric::Downtime),
        LiveAsk::Total => ("How long does the whole migration take, in seconds?", Metric::TotalTime),
        LiveAsk::Bytes => ("How many bytes cross the link in all (in GB)?", Metric::BytesSent),
    };
    Draft {
        topic: Topic::Type(MigrationType::Live),
        question: format!("{} {q}", describe(&p)),
        runs: Runs::One(args),
        metric,
        tolerance: TOL,
        solve: solve_one(move |p, m| {
            let tb = Textbook::of(p);
            let mut lines = closed_form_lines(p, &tb);
            let mem = p.memory_bytes as f64;
            let l = tb.lambda;
            let n = tb.rounds as i32;
            let closed = match ask {
                LiveAsk::Rounds => {
                    lines.truncate(3);
                    lines.push(simulated(Metric::PrecopyRounds, m));
                    f64::from(tb.rounds)
                }
                LiveAsk::Downtime => {
                    lines.push(simulated(Metric::Downtime, m));
                    tb.downtime(p)
                }
                LiveAsk::Total => {
                    lines.push(format!(
                        "Pre-copy time = Σ V_i / R = M(1 − λ^n) / ((1 − λ)·R) = {}.",
                        secs(tb.precopy_time)
                    ));
                    let total = tb.precopy_time + tb.downtime(p);
                    lines.push(format!(
                        "Total = pre-copy + downtime = {} + {} = {}.",
                        secs(tb.precopy_time),
                        secs(tb.downtime(p)),
                        secs(total)
                    ));
                    lines.push(simulated(Metric::TotalTime, m));
                    total
                }
                LiveAsk::Bytes => {
                    let sent = mem * (1.0 - l.powi(n + 1)) / (1.0 - l);
                    lines.push(format!(
                        "Bytes = M + M·λ + … + M·λ^n = M(1 − λ^(n+1)) / (1 − λ) = {}.",
                        bytes(sent)
                    ));
                    lines.push(simulated(Metric::BytesSent, m));
                    tb.sent + tb.final_copy
                }
            };
            (lines.join("\n"), Some(closed))
        }),
    }
}

/// Does pre-copy converge? λ from both sides of 1; at level 3 with a working set that
/// may be small enough to fit the threshold whatever λ.
pub(crate) fn converges(rng: &mut SplitMix64, working_set: bool) -> Draft {
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
        question: format!(
            "{} The simulation gives up after {}. Does pre-copy converge (yes or no)?",
            describe(&p),
            secs(p.time_limit_s)
        ),
        runs: Runs::One(args),
        metric: Metric::Converged,
        tolerance: 0.0,
        solve: Box::new(|runs: &[Run]| {
            let p = &runs[0].p;
            let tb = Textbook::of(p);
            let ws = p.working_set() as f64;
            let mut lines = vec![
                format!(
                    "λ = {} / {} = {}; threshold = bandwidth × downtime limit = {}.",
                    rate(p.dirty_rate_bytes_per_s),
                    rate(p.bandwidth_bytes_per_s),
                    sig(tb.lambda),
                    bytes(tb.threshold)
                ),
                "Each round sends what the previous one left dirty: V_(i+1) = min(λ·V_i, \
                 working set)."
                    .to_string(),
            ];
            if ws < p.memory_bytes as f64 {
                lines.push(format!(
                    "Writes stay within the {} working set, so no round leaves more than that \
                     dirty; it {} the threshold.",
                    bytes(ws),
                    if ws <= tb.threshold {
                        "fits"
                    } else {
                        "does not fit"
                    }
                ));
            }
            if tb.converged {
                lines.push(format!(
                    "After {} only {} is dirty, under the threshold: yes, it converges \
                     (pre-copy time {}).",
                    plural(u64::from(tb.rounds), "round"),
                    bytes(tb.final_copy),
                    secs(tb.precopy_time)
                ));
            } else if tb.lambda >= 1.0 && ws > tb.threshold {
                lines.push(
                    "λ ≥ 1: every round dirties at least as much as it sends, so the pending \
                     pages never shrink to the threshold: no."
                        .to_string(),
                );
            } else {
                lines.push(format!(
                    "The rounds shrink too slowly: the time limit ({}) comes first: no.",
                    secs(p.time_limit_s)
                ));
            }
            lines.push(simulated(Metric::Converged, &runs[0].t.metrics));
            (lines.join("\n"), Some(f64::from(u8::from(tb.converged))))
        }),
    }
}

/// The same scenario with twice the bandwidth: the downtime.
pub(crate) fn double_bandwidth(rng: &mut SplitMix64) -> Draft {
    let mut args = scenario(rng, &LAMBDA_PCT);
    let before = super::super::params_from_args(&args).unwrap_or_default();
    let twice = 2.0 * before.bandwidth_bytes_per_s;
    super::set_flag(&mut args, "--bandwidth", mb_per_s_flag(twice));
    Draft {
        topic: Topic::Type(MigrationType::Live),
        question: format!(
            "{} The link is upgraded to twice the bandwidth ({}), the guest still writing {}. \
             What is the downtime now, in seconds?",
            describe(&before),
            rate(twice),
            rate(before.dirty_rate_bytes_per_s)
        ),
        runs: Runs::One(args),
        metric: Metric::Downtime,
        tolerance: TOL_HARD,
        solve: Box::new(move |runs: &[Run]| {
            let p = &runs[0].p;
            let old = Textbook::of(&before);
            let tb = Textbook::of(p);
            let mut lines = vec![format!(
                "Before: λ = {}, {}, downtime {}. Doubling R halves λ and doubles the \
                 threshold.",
                sig(old.lambda),
                plural(u64::from(old.rounds), "pre-copy round"),
                secs(old.downtime(&before))
            )];
            lines.extend(closed_form_lines(p, &tb));
            lines.push(simulated(Metric::Downtime, &runs[0].t.metrics));
            (lines.join("\n"), Some(tb.downtime(p)))
        }),
    }
}
