//! Predict, then reveal: a step's question, answered by the model from the step's own
//! parameters (never typed into the lesson), and the reveal that explains why with the
//! numbers: λ, the switch-over threshold (bandwidth × downtime limit), the rounds.

use super::text::{downtime_parts, lambda_text, outcome_key, outcome_text_in, threshold_bytes};
use crate::exercise::fmt::{and_list, list, sentences};
use crate::i18n::{n, s, tr, Args, Lang};
use crate::say::Say;
use crate::show;
use crate::trace::Note;
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
    /// The language the answer, the reveal and the feedback are written in.
    pub lang: Lang,
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
    pub fn parse(s: &str) -> Result<Ask, Say> {
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
                .ok_or_else(|| Say::new("lesson-error-factor").quote("written", *f)),
            ["rounds"] => Ok(Ask::Rounds { within: 0 }),
            ["rounds", "within", n] => n
                .parse::<u32>()
                .ok()
                .filter(|n| *n <= 100)
                .map(|within| Ask::Rounds { within })
                .ok_or_else(|| Say::new("lesson-error-within").quote("written", *n)),
            _ => Err(Say::new("lesson-error-question").quote("written", s)),
        }
    }

    /// The question, as the fieldset's legend says it.
    pub fn question(&self) -> String {
        self.question_in(Lang::En)
    }

    /// The question in `lang` (the lesson's).
    pub fn question_in(&self, lang: Lang) -> String {
        match self {
            Ask::Converge => tr(lang, "ask-converge", &[]),
            Ask::Downtime { band } => {
                tr(lang, "ask-downtime", &[("band", s(trim_num(lang, *band)))])
            }
            Ask::LeastDowntime => tr(lang, "ask-least-downtime", &[]),
            Ask::Rounds { within } => tr(lang, "ask-rounds", &[("within", n(f64::from(*within)))]),
        }
    }

    /// Whether this run can answer the question; why not, for the author.
    pub fn check(&self, params: &Params, trace: &Trace) -> Result<(), Say> {
        let precopy = matches!(
            params.migration_type,
            MigrationType::Live | MigrationType::Hybrid
        );
        match self {
            Ask::Converge | Ask::Rounds { .. } if !precopy => {
                Err(Say::new("lesson-error-no-rounds").quote("type", params.migration_type.key()))
            }
            Ask::Downtime { .. } => {
                let d = trace.metrics.downtime_s;
                if (DOWNTIME_MIN_S..=DOWNTIME_MAX_S).contains(&d) {
                    Ok(())
                } else {
                    Err(Say::new("lesson-error-downtime-range").text("downtime", show::duration(d)))
                }
            }
            Ask::LeastDowntime if every_type(params).iter().all(|(_, t)| t.is_none()) => {
                Err(Say::new("lesson-error-none-completes"))
            }
            _ => Ok(()),
        }
    }

    /// The model's answer, from the step's parameters and run.
    pub fn solve(&self, params: &Params, trace: &Trace) -> Solution {
        self.solve_in(Lang::En, params, trace)
    }

    /// The model's answer, with its words in `lang` (the lesson's).
    pub fn solve_in(&self, lang: Lang, params: &Params, trace: &Trace) -> Solution {
        let m = &trace.metrics;
        let (truth, also_right, answer_text, why) = match *self {
            Ask::Converge => {
                let yes = m.converged;
                let a = if yes { "ask-truth-yes" } else { "ask-truth-no" };
                (
                    Answer::YesNo(yes),
                    vec![],
                    tr(lang, a, &[]),
                    converge_why(lang, params, trace),
                )
            }
            Ask::Downtime { .. } => (
                Answer::Seconds(m.downtime_s),
                vec![],
                show::duration(m.downtime_s),
                downtime_why(lang, trace),
            ),
            Ask::LeastDowntime => least_downtime(lang, params),
            Ask::Rounds { .. } => (
                Answer::Count(m.precopy_rounds),
                vec![],
                m.precopy_rounds.to_string(),
                rounds_why(lang, params, trace),
            ),
        };
        Solution {
            ask: *self,
            lang,
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

    /// One sentence of feedback on `answer`, in the solution's language.
    pub fn feedback(&self, answer: &Answer) -> String {
        let lang = self.lang;
        let right = if self.judge(answer) { "yes" } else { "no" };
        let verdict = tr(lang, "ask-verdict", &[("right", s(right))]);
        let said = answer_text_in(lang, answer);
        match (self.truth, answer) {
            (Answer::Seconds(t), Answer::Seconds(a)) => {
                let off = (a / t).max(t / a);
                let dir = if *a > t { "high" } else { "low" };
                let args: &Args = &[
                    ("verdict", s(verdict)),
                    ("said", s(said)),
                    ("truth", s(self.answer_text.clone())),
                    ("off", s(trim_num(lang, (off * 10.0).round() / 10.0))),
                    ("dir", s(dir)),
                ];
                tr(lang, "ask-feedback-off", args)
            }
            _ => tr(
                lang,
                "ask-feedback",
                &[
                    ("verdict", s(verdict)),
                    ("said", s(said)),
                    ("truth", s(self.answer_text.clone())),
                ],
            ),
        }
    }
}

/// An answer in words.
pub fn answer_text(a: &Answer) -> String {
    answer_text_in(Lang::En, a)
}

/// An answer in words of `lang`.
pub fn answer_text_in(lang: Lang, a: &Answer) -> String {
    match a {
        Answer::YesNo(true) => tr(lang, "ask-said-yes", &[]),
        Answer::YesNo(false) => tr(lang, "ask-said-no", &[]),
        Answer::Seconds(secs) => show::duration(*secs),
        Answer::Type(t) => type_name(lang, *t),
        Answer::Count(c) => c.to_string(),
    }
}

/// A migration type's name in `lang` (`type-<key>`).
fn type_name(lang: Lang, t: MigrationType) -> String {
    tr(lang, &format!("type-{}", t.key()), &[])
}

/// The model's notes end without a full stop; a reveal's sentences need one (a Chinese
/// one, `。`, in Chinese). The note is written in `lang`.
fn sentence(lang: Lang, note: &Note) -> String {
    let text = note.tr(lang);
    let s = text.trim();
    if s.ends_with(['.', '!', '?', '。']) {
        s.to_string()
    } else if lang == Lang::ZhCn {
        format!("{s}。")
    } else {
        format!("{s}.")
    }
}

/// A factor with at most two decimals and no trailing zeros, with `lang`'s separator.
fn trim_num(lang: Lang, v: f64) -> String {
    let t = format!("{v:.2}");
    let t = t.trim_end_matches('0').trim_end_matches('.');
    t.replace('.', &lang.decimal_separator().to_string())
}

/// λ and the threshold with the numbers they come from.
fn lambda_sentence(lang: Lang, params: &Params) -> String {
    let stream = params.stream_rate_bytes_per_s();
    let lambda = Trace::lambda(params);
    let trend = if lambda < 1.0 { "below" } else { "above" };
    let args: &Args = &[
        ("dirty", s(show::byte_rate(params.dirty_rate_bytes_per_s))),
        ("stream", s(show::byte_rate(stream))),
        ("lambda", s(lambda_text(lambda))),
        ("trend", s(trend)),
        ("limit", s(show::duration(params.downtime_limit_s))),
        ("threshold", s(show::bytes(threshold_bytes(params)))),
    ];
    tr(lang, "why-lambda", args)
}

fn converge_why(lang: Lang, params: &Params, trace: &Trace) -> String {
    let m = &trace.metrics;
    let rounds = n(f64::from(m.precopy_rounds));
    let result = if m.converged {
        let last = s(final_copy(lang, trace));
        tr(lang, "why-converged", &[("rounds", rounds), ("last", last)])
    } else {
        let outcome = s(outcome_text_in(lang, trace));
        tr(
            lang,
            "why-did-not-converge",
            &[("rounds", rounds), ("outcome", outcome)],
        )
    };
    let first = sentences(lang, &lambda_sentence(lang, params), &result);
    sentences(lang, &first, &sentence(lang, &trace.stop_reason))
}

fn final_copy(lang: Lang, trace: &Trace) -> String {
    trace.rounds.iter().rev().find(|r| r.is_final).map_or_else(
        || tr(lang, "lesson-nothing", &[]),
        |r| show::bytes(r.bytes_sent),
    )
}

fn downtime_why(lang: Lang, trace: &Trace) -> String {
    let parts: Vec<String> = downtime_parts(trace)
        .iter()
        .map(|(name, secs)| {
            let args: &Args = &[
                ("phase", s(name.clone())),
                ("length", s(show::duration(*secs))),
            ];
            tr(lang, "why-down-part", args)
        })
        .collect();
    let then = tr(lang, "list-then", &[]);
    let args: &Args = &[
        ("total", s(show::duration(trace.metrics.downtime_s))),
        ("parts", s(parts.join(&then))),
    ];
    tr(lang, "why-down", args)
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

fn least_downtime(lang: Lang, params: &Params) -> (Answer, Vec<MigrationType>, String, String) {
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
            tr(lang, "ask-none", &[]),
            tr(lang, "why-least-none", &[]),
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
    let item = |ty: MigrationType, value: String| {
        let args: &Args = &[("type", s(type_name(lang, ty))), ("value", s(value))];
        tr(lang, "why-least-item", args)
    };
    let each: Vec<String> = runs
        .iter()
        .map(|(ty, t)| match t {
            Some(t) if completed(t) => item(*ty, show::duration(t.metrics.downtime_s)),
            Some(t) => item(*ty, short_outcome(lang, t.metrics.outcome)),
            None => item(*ty, "—".into()),
        })
        .collect();
    let names: Vec<String> = also.iter().map(|t| type_name(lang, *t)).collect();
    let mut why = tr(lang, "why-least", &[("list", s(list(lang, &each)))]);
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
        let each: Vec<String> = degraded
            .iter()
            .map(|(ty, d)| {
                let args: &Args = &[
                    ("type", s(type_name(lang, *ty))),
                    ("length", s(show::duration(*d))),
                ];
                tr(lang, "why-least-degraded-item", args)
            })
            .collect();
        let who: Vec<String> = degraded
            .iter()
            .map(|(ty, _)| type_name(lang, *ty))
            .collect();
        let args: &Args = &[
            ("who", s(and_list(lang, &who))),
            ("each", s(list(lang, &each))),
        ];
        why = sentences(lang, &why, &tr(lang, "why-least-degraded", args));
    }
    (Answer::Type(best_ty), also, and_list(lang, &names), why)
}

fn short_outcome(lang: Lang, o: Outcome) -> String {
    tr(
        lang,
        "lesson-outcome-short",
        &[("outcome", s(outcome_key(o)))],
    )
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

fn rounds_why(lang: Lang, params: &Params, trace: &Trace) -> String {
    let m = &trace.metrics;
    let textbook = match closed_form_rounds(params) {
        Some(rounds) => {
            let args: &Args = &[
                ("lambda", s(lambda_text(Trace::lambda(params)))),
                ("threshold", s(show::bytes(threshold_bytes(params)))),
                ("memory", s(show::bytes(params.memory_bytes as f64))),
                ("n", n(f64::from(rounds))),
            ];
            tr(lang, "why-rounds-closed", args)
        }
        None => tr(lang, "why-rounds-none", &[]),
    };
    let policy = tr(lang, &format!("policy-{}", params.policy.key()), &[]);
    let model = tr(
        lang,
        "why-rounds-model",
        &[
            ("policy", s(policy)),
            ("rounds", n(f64::from(m.precopy_rounds))),
        ],
    );
    let first = sentences(lang, &lambda_sentence(lang, params), &textbook);
    let second = sentences(lang, &first, &model);
    sentences(lang, &second, &sentence(lang, &trace.stop_reason))
}
