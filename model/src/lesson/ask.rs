//! Predict, then reveal: a step's question, answered by the model from the step's own
//! parameters (never typed into the lesson), and the reveal that explains why with the
//! numbers: λ, the switch-over threshold (bandwidth × downtime limit), the rounds.

use super::text::{downtime_parts, lambda_text, outcome_text, threshold_bytes};
use crate::show;
use crate::{MigrationType, Outcome, Params, Trace};

/// The downtime slider's range, seconds (log scale): 1 ms to a bit over a day.
pub const DOWNTIME_MIN_S: f64 = 1e-3;
pub const DOWNTIME_MAX_S: f64 = 1e5;

/// A question a step asks before its reveal.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Ask {
    /// "Will this migration converge?" (live and hybrid).
    Converge,
    /// "Roughly how long will the VM be down?": accepted within a factor `band` (≥ 1).
    Downtime { band: f64 },
    /// "Which type has the least downtime here?"
    LeastDowntime,
    /// "How many pre-copy rounds?": accepted within ± `within`.
    Rounds { within: u32 },
}

/// A learner's answer.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Answer {
    YesNo(bool),
    Seconds(f64),
    Type(MigrationType),
    Count(u32),
}

/// The model's answer and why.
#[derive(Clone, Debug, PartialEq)]
pub struct Solution {
    pub ask: Ask,
    /// The right answer.
    pub truth: Answer,
    /// For "least downtime": every type within 5% of the least (near-ties count).
    pub also_right: Vec<MigrationType>,
    /// The right answer in words.
    pub answer_text: String,
    /// Why, with the numbers.
    pub why: String,
}

impl Ask {
    /// Reads `ask:` (`converge`, `downtime within x2`, `least downtime`, `rounds within 1`).
    pub fn parse(s: &str) -> Result<Ask, String> {
        let s = s.trim();
        let words: Vec<&str> = s.split_whitespace().collect();
        let factor = |w: &str| {
            crate::units::decimal(w.trim_start_matches(['x', '×']))
                .filter(|f| f.is_finite() && *f > 1.0 && *f <= 100.0)
        };
        match words.as_slice() {
            ["converge"] => Ok(Ask::Converge),
            ["least", "downtime"] => Ok(Ask::LeastDowntime),
            ["downtime", "within", f] => factor(f)
                .map(|band| Ask::Downtime { band })
                .ok_or_else(|| format!("“{f}” is not a factor above 1 (like x2)")),
            ["rounds"] => Ok(Ask::Rounds { within: 0 }),
            ["rounds", "within", n] => n
                .parse::<u32>()
                .ok()
                .filter(|n| *n <= 100)
                .map(|within| Ask::Rounds { within })
                .ok_or_else(|| format!("“{n}” is not a number of rounds (0 to 100)")),
            _ => Err(format!(
                "“{s}” is not a question (converge, downtime within x2, least downtime, rounds within 1)"
            )),
        }
    }

    /// The question, as the fieldset's legend says it.
    pub fn question(&self) -> String {
        match self {
            Ask::Converge => "Will this migration converge?".into(),
            Ask::Downtime { band } => format!(
                "Roughly how long will the VM be down? (Within ×{} counts.)",
                trim_num(*band)
            ),
            Ask::LeastDowntime => "Which type has the least downtime here?".into(),
            Ask::Rounds { within: 0 } => "How many pre-copy rounds?".into(),
            Ask::Rounds { within } => {
                format!("How many pre-copy rounds? (Within ±{within} counts.)")
            }
        }
    }

    /// Whether this run can answer the question; why not, for the author.
    pub fn check(&self, params: &Params, trace: &Trace) -> Result<(), String> {
        let precopy = matches!(
            params.migration_type,
            MigrationType::Live | MigrationType::Hybrid
        );
        match self {
            Ask::Converge | Ask::Rounds { .. } if !precopy => Err(format!(
                "a {} migration has no pre-copy rounds: ask this of type=live or type=hybrid",
                params.migration_type.key()
            )),
            Ask::Downtime { .. } => {
                let d = trace.metrics.downtime_s;
                if (DOWNTIME_MIN_S..=DOWNTIME_MAX_S).contains(&d) {
                    Ok(())
                } else {
                    Err(format!(
                        "this run's downtime ({}) is outside the answer slider's 1 ms to 27 h",
                        show::duration(d)
                    ))
                }
            }
            Ask::LeastDowntime if every_type(params).iter().all(|(_, t)| t.is_none()) => {
                Err("no type completes with these parameters".into())
            }
            _ => Ok(()),
        }
    }

    /// The model's answer, from the step's parameters and run.
    pub fn solve(&self, params: &Params, trace: &Trace) -> Solution {
        let m = &trace.metrics;
        let (truth, also_right, answer_text, why) = match *self {
            Ask::Converge => {
                let yes = m.converged;
                let a = if yes { "Yes" } else { "No" };
                (
                    Answer::YesNo(yes),
                    vec![],
                    a.to_string(),
                    converge_why(params, trace),
                )
            }
            Ask::Downtime { .. } => (
                Answer::Seconds(m.downtime_s),
                vec![],
                show::duration(m.downtime_s),
                downtime_why(trace),
            ),
            Ask::LeastDowntime => least_downtime(params),
            Ask::Rounds { .. } => (
                Answer::Count(m.precopy_rounds),
                vec![],
                m.precopy_rounds.to_string(),
                rounds_why(params, trace),
            ),
        };
        Solution {
            ask: *self,
            truth,
            also_right,
            answer_text,
            why,
        }
    }
}

impl Solution {
    /// True when `answer` counts as right.
    pub fn judge(&self, answer: &Answer) -> bool {
        match (self.ask, self.truth, answer) {
            (_, Answer::YesNo(t), Answer::YesNo(a)) => t == *a,
            (Ask::Downtime { band }, Answer::Seconds(t), Answer::Seconds(a)) => {
                *a > 0.0 && t > 0.0 && (a / t).max(t / a) <= band * (1.0 + 1e-9)
            }
            (_, Answer::Type(t), Answer::Type(a)) => t == *a || self.also_right.contains(a),
            (Ask::Rounds { within }, Answer::Count(t), Answer::Count(a)) => {
                t.abs_diff(*a) <= within
            }
            _ => false,
        }
    }

    /// One sentence of feedback on `answer`.
    pub fn feedback(&self, answer: &Answer) -> String {
        let right = self.judge(answer);
        let verdict = if right { "Right" } else { "Not quite" };
        match (self.truth, answer) {
            (Answer::Seconds(t), Answer::Seconds(a)) => {
                let off = (a / t).max(t / a);
                let dir = if *a > t { "high" } else { "low" };
                format!(
                    "{verdict}: you said {}, the model says {} (×{} {dir}).",
                    show::duration(*a),
                    self.answer_text,
                    trim_num((off * 10.0).round() / 10.0)
                )
            }
            _ => format!(
                "{verdict}: you said {}, the model says {}.",
                answer_text(answer),
                self.answer_text
            ),
        }
    }
}

/// An answer in words.
pub fn answer_text(a: &Answer) -> String {
    match a {
        Answer::YesNo(true) => "yes".into(),
        Answer::YesNo(false) => "no".into(),
        Answer::Seconds(s) => show::duration(*s),
        Answer::Type(t) => t.label().into(),
        Answer::Count(n) => n.to_string(),
    }
}

/// The model's notes end without a full stop; a reveal's sentences need one.
fn sentence(s: &str) -> String {
    let s = s.trim();
    if s.ends_with(['.', '!', '?']) {
        s.to_string()
    } else {
        format!("{s}.")
    }
}

fn trim_num(v: f64) -> String {
    let s = format!("{v:.2}");
    s.trim_end_matches('0').trim_end_matches('.').to_string()
}

/// λ and the threshold with the numbers they come from.
fn lambda_sentence(params: &Params) -> String {
    let stream = params.stream_rate_bytes_per_s();
    let lambda = Trace::lambda(params);
    let trend = if lambda < 1.0 {
        "below 1, so each pass has less to resend than the one before"
    } else {
        "1 or more, so the guest dirties pages at least as fast as the link sends them"
    };
    format!(
        "λ = write rate ÷ send rate = {} ÷ {} = {}: {trend}. The switch-over threshold is send rate × downtime limit = {} × {} = {}.",
        show::byte_rate(params.dirty_rate_bytes_per_s),
        show::byte_rate(stream),
        lambda_text(lambda),
        show::byte_rate(stream),
        show::duration(params.downtime_limit_s),
        show::bytes(threshold_bytes(params)),
    )
}

fn converge_why(params: &Params, trace: &Trace) -> String {
    let m = &trace.metrics;
    let result = if m.converged {
        format!(
            "It converged after {} pre-copy rounds; the last copy was {}.",
            m.precopy_rounds,
            final_copy(trace)
        )
    } else {
        format!(
            "It did not converge ({} pre-copy rounds; {}).",
            m.precopy_rounds,
            outcome_text(trace)
        )
    };
    format!(
        "{} {result} {}",
        lambda_sentence(params),
        sentence(&trace.stop_reason)
    )
}

fn final_copy(trace: &Trace) -> String {
    trace
        .rounds
        .iter()
        .rev()
        .find(|r| r.is_final)
        .map_or_else(|| "nothing".into(), |r| show::bytes(r.bytes_sent))
}

fn downtime_why(trace: &Trace) -> String {
    let parts = downtime_parts(trace);
    let sum = parts
        .iter()
        .map(|(name, s)| format!("{name} for {}", show::duration(*s)))
        .collect::<Vec<_>>()
        .join(", then ");
    format!(
        "The VM ran nowhere for {}: {sum}.",
        show::duration(trace.metrics.downtime_s)
    )
}

/// Each type's run with the step's other parameters (`None`: invalid, never happens
/// for parameters that validated), as the compare view has them, but of the step's
/// parameters rather than the page's.
fn every_type(params: &Params) -> Vec<(MigrationType, Option<Trace>)> {
    MigrationType::ALL
        .iter()
        .map(|&ty| {
            let p = Params {
                migration_type: ty,
                ..params.clone()
            };
            (ty, crate::simulate(&p).ok())
        })
        .collect()
}

fn least_downtime(params: &Params) -> (Answer, Vec<MigrationType>, String, String) {
    let runs = every_type(params);
    let completed = |t: &Trace| t.metrics.outcome == Outcome::Completed;
    let best = runs
        .iter()
        .filter_map(|(ty, t)| t.as_ref().filter(|t| completed(t)).map(|t| (*ty, t)))
        .min_by(|a, b| a.1.metrics.downtime_s.total_cmp(&b.1.metrics.downtime_s));
    let Some((best_ty, best_trace)) = best else {
        let all = runs.first().map_or(MigrationType::Live, |(t, _)| *t);
        return (
            Answer::Type(all),
            vec![],
            "none".into(),
            "No type completes here.".into(),
        );
    };
    let least = best_trace.metrics.downtime_s;
    let also: Vec<MigrationType> = runs
        .iter()
        .filter(|(_, t)| {
            t.as_ref()
                .is_some_and(|t| completed(t) && t.metrics.downtime_s <= least * 1.05 + 1e-4)
        })
        .map(|(ty, _)| *ty)
        .collect();
    let list = runs
        .iter()
        .map(|(ty, t)| match t {
            Some(t) if completed(t) => {
                format!("{} {}", ty.label(), show::duration(t.metrics.downtime_s))
            }
            Some(t) => format!("{} {}", ty.label(), short_outcome(t.metrics.outcome)),
            None => format!("{} —", ty.label()),
        })
        .collect::<Vec<_>>()
        .join(", ");
    let names = also
        .iter()
        .map(|t| t.label())
        .collect::<Vec<_>>()
        .join(" and ");
    let mut why = format!("Downtime of each type with these parameters: {list}.");
    // Each switching type's own degraded time, the step's own run first.
    let mut degraded: Vec<(MigrationType, f64)> = runs
        .iter()
        .filter(|(ty, _)| {
            also.contains(ty) && matches!(ty, MigrationType::PostCopy | MigrationType::Hybrid)
        })
        .filter_map(|(ty, t)| t.as_ref().map(|t| (*ty, t.metrics.degraded_time_s)))
        .collect();
    degraded.sort_by_key(|(ty, _)| *ty != params.migration_type);
    if !degraded.is_empty() {
        let each = degraded
            .iter()
            .map(|(ty, d)| format!("{} for {}", ty.label(), show::duration(*d)))
            .collect::<Vec<_>>()
            .join(", ");
        let who = degraded
            .iter()
            .map(|(ty, _)| ty.label())
            .collect::<Vec<_>>()
            .join(" and ");
        why.push_str(&format!(
            " {who} switch over first and fetch the rest later: the VM then runs degraded ({each}), and a host or link failure in that time loses it."
        ));
    }
    (Answer::Type(best_ty), also, names, why)
}

fn short_outcome(o: Outcome) -> &'static str {
    match o {
        Outcome::Completed => "completed",
        Outcome::RolledBack => "rolled back",
        Outcome::NotConverged => "never converges",
        Outcome::Paused => "paused",
        Outcome::Lost => "VM lost",
        Outcome::OnHold => "still on hold",
    }
}

/// The textbook count of rounds (Clark et al.; Liu et al.): whole rounds, linear
/// dirtying, round 0 = all of memory: `n = ⌈log_λ(V_thd / M)⌉`.
pub fn closed_form_rounds(params: &Params) -> Option<u32> {
    let lambda = Trace::lambda(params);
    let ratio = threshold_bytes(params) / params.memory_bytes as f64;
    if ratio >= 1.0 {
        Some(0)
    } else if lambda > 0.0 && lambda < 1.0 {
        Some((ratio.ln() / lambda.ln()).ceil().max(0.0) as u32)
    } else if lambda == 0.0 {
        Some(1)
    } else {
        None
    }
}

fn rounds_why(params: &Params, trace: &Trace) -> String {
    let m = &trace.metrics;
    let textbook = match closed_form_rounds(params) {
        Some(n) => format!(
            "The textbook closed form (whole rounds, each λ times the last) gives n = ⌈log_λ(threshold ÷ memory)⌉ = ⌈log_{}({} ÷ {})⌉ = {n}.",
            lambda_text(Trace::lambda(params)),
            show::bytes(threshold_bytes(params)),
            show::bytes(params.memory_bytes as f64),
        ),
        None => "With λ ≥ 1 the closed form has no answer: only the policy's limits (or a throttle) end pre-copy.".into(),
    };
    format!(
        "{} {textbook} The model, under {}'s rules, ran {} pre-copy rounds. {}",
        lambda_sentence(params),
        params.policy.label(),
        m.precopy_rounds,
        sentence(&trace.stop_reason)
    )
}
