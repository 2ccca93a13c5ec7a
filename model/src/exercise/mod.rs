//! Seeded problem sets for students: a scenario in words, one question, the answer a
//! fresh [`simulate`] of the problem's own `migsim` flags reports, the tolerance a grader
//! accepts, and a worked solution with the formula steps and numbers (README "Exercises").
//!
//! The same seed gives the same set everywhere (CLI, app, native and wasm): every choice
//! comes from a [`SplitMix64`] stream derived from the seed and the problem's number, and
//! scenario values are picked from short lists of round numbers, never from floats.
//! Answers are never typed in: each problem's `args` are parsed back into [`Params`]
//! ([`params_from_args`]) and simulated, and the metric is read from that run.
//!
//! Every word comes from the Fluent catalogue of the set's language ([`crate::i18n`],
//! `model/locales/<lang>/exercises.ftl`; docs/translating.md): [`generate_in`] gives the
//! same problems, flags and answers in every language, only the words change.

mod args;
pub(crate) mod fmt;
mod grade;
mod render;
mod rng;
mod templates;

pub use args::{
    evacuation_from_args, is_evacuation, params_from_args, ArgsError, EvacuationArgs, EVACUATE,
};
pub use grade::{
    answer_words, answer_words_in, grade, how_far_off, how_far_off_in, parse_response,
    parse_response_in, Grade,
};
pub use render::{gift_escape, to_csv, to_gift, to_text};
pub use rng::SplitMix64;

use crate::evacuate::{evacuate, Evacuation};
use crate::i18n::{tr, Lang};
use crate::params::{MigrationType, Params};
use crate::sim::simulate;
use crate::trace::{Metrics, Outcome, Trace};
use serde::{Deserialize, Serialize};

/// What a problem is about; `--topics` picks among these. Serialized (serde, links,
/// exports) as its [`key`](Topic::key): `"cold"` … `"hybrid"`, `"policies"`, `"faults"`,
/// `"evacuation"`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(into = "&'static str", try_from = "String")]
pub enum Topic {
    /// One migration type's own sums.
    Type(MigrationType),
    /// Which stop policy or migration type suits a stated goal.
    Policies,
    Faults,
    /// Emptying a host: several VMs share its link, at most K at once.
    Evacuation,
}

impl Topic {
    /// Every migration type in [`MigrationType::ALL`]'s order, then policies, faults and
    /// host evacuation.
    pub const ALL: [Topic; MigrationType::ALL.len() + 3] = {
        let mut all = [Topic::Policies; MigrationType::ALL.len() + 3];
        let mut i = 0;
        while i < MigrationType::ALL.len() {
            all[i] = Topic::Type(MigrationType::ALL[i]);
            i += 1;
        }
        all[i + 1] = Topic::Faults;
        all[i + 2] = Topic::Evacuation;
        all
    };

    /// The name on the command line and in links.
    pub fn key(self) -> &'static str {
        match self {
            Topic::Type(t) => t.key(),
            Topic::Policies => "policies",
            Topic::Faults => "faults",
            Topic::Evacuation => "evacuation",
        }
    }

    /// Name for people, in English (the app's views are not translated yet).
    pub fn label(self) -> &'static str {
        match self {
            Topic::Type(t) => t.label(),
            Topic::Policies => "Policies and choices",
            Topic::Faults => "Faults",
            Topic::Evacuation => "Host evacuation",
        }
    }

    /// Name for people in `lang` (`topic-<key>` in the catalogue).
    pub fn label_in(self, lang: Lang) -> String {
        tr(lang, &format!("topic-{}", self.key()), &[])
    }

    pub fn from_key(s: &str) -> Option<Topic> {
        let t = s.trim();
        Topic::ALL
            .into_iter()
            .find(|topic| topic.key().eq_ignore_ascii_case(t))
    }
}

impl From<Topic> for &'static str {
    fn from(t: Topic) -> &'static str {
        t.key()
    }
}

impl TryFrom<String> for Topic {
    type Error = String;

    fn try_from(s: String) -> Result<Topic, String> {
        Topic::ALL
            .into_iter()
            .find(|topic| topic.key() == s)
            .ok_or_else(|| format!("unknown topic `{s}`"))
    }
}

/// Highest difficulty: 1 = one formula, 2 = several steps or a comparison, 3 = working
/// sets, faults, caps and policies.
pub const MAX_LEVEL: u8 = 3;
/// Most problems in one set.
pub const MAX_COUNT: u32 = 100;

/// A whole problem set, `migsim exercise --format json`'s schema.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ExerciseSet {
    pub seed: u64,
    /// The language its words are in (absent in JSON for English, so an English set
    /// reads as it did before there were others). Only words depend on it: the same
    /// seed gives the same problems, `args` and `answer` in every language.
    #[serde(default, skip_serializing_if = "is_english")]
    pub lang: Lang,
    pub exercises: Vec<Exercise>,
}

fn is_english(l: &Lang) -> bool {
    *l == Lang::En
}

/// One problem.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Exercise {
    /// `"<seed>-<number>"`, numbered from 1.
    pub id: String,
    pub topic: Topic,
    pub question: String,
    /// `migsim` flags reproducing the scenario (absent when `args_each` is given).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub args: Option<Vec<String>>,
    /// Comparisons: one flag list per run; `answer.value` is the index of the run with
    /// the least `answer.metric` (the lowest index on a tie; `answer.accept` has them all).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub args_each: Option<Vec<Vec<String>>>,
    /// Comparisons: what each run of `args_each` is, for people.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub choices: Vec<String>,
    pub answer: Answer,
    /// The worked solution: formula steps with the numbers, one step a line.
    pub solution: String,
}

/// The answer and how a grader judges a response.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Answer {
    /// A field of `migsim --format json`'s `metrics`.
    pub metric: String,
    pub value: AnswerValue,
    /// `s`, `B`, `rounds`, or empty for yes/no and choices.
    pub unit: String,
    /// Relative tolerance: accept `|x − value| ≤ tolerance·|value|`; 0 for counts,
    /// yes/no and choices.
    pub tolerance: f64,
    /// Comparisons: every choice whose run ties with the least (within a relative
    /// [`TIE_REL`]), `value` first among them; all of them are right. Empty for other
    /// questions.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub accept: Vec<u64>,
}

/// Two comparison runs whose metric differs by at most this share of the least are a
/// tie (post-copy and hybrid's downtimes differ by 1e-18 s).
pub const TIE_REL: f64 = 1e-9;

/// A metric's value: a yes/no, a count (rounds, a choice's index) or a number.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum AnswerValue {
    Bool(bool),
    Count(u64),
    Number(f64),
}

impl AnswerValue {
    /// As a number (yes = 1).
    pub fn as_f64(self) -> f64 {
        match self {
            AnswerValue::Bool(b) => f64::from(u8::from(b)),
            AnswerValue::Count(n) => n as f64,
            AnswerValue::Number(x) => x,
        }
    }
}

impl Exercise {
    /// The kind of response the question wants.
    pub fn kind(&self) -> AnswerKind {
        if self.args_each.is_some() {
            AnswerKind::Choice
        } else {
            match self.answer.value {
                AnswerValue::Bool(_) => AnswerKind::YesNo,
                AnswerValue::Count(_) => AnswerKind::Count,
                AnswerValue::Number(_) => AnswerKind::Number,
            }
        }
    }

    /// Every run's flags: `args`, or each of `args_each`.
    pub fn runs(&self) -> Vec<&[String]> {
        match (&self.args, &self.args_each) {
            (Some(a), _) => vec![a.as_slice()],
            (None, Some(each)) => each.iter().map(Vec::as_slice).collect(),
            (None, None) => Vec::new(),
        }
    }
}

/// How a student answers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AnswerKind {
    /// A number with a unit (`254 ms`, `21.4 GB`).
    Number,
    /// A whole number (rounds).
    Count,
    YesNo,
    /// One of `choices`.
    Choice,
}

/// What a set is drawn from.
#[derive(Clone, Debug, PartialEq)]
pub struct SetSpec {
    pub seed: u64,
    pub count: u32,
    /// Topics to draw from; empty = all.
    pub topics: Vec<Topic>,
    /// 1 ..= [`MAX_LEVEL`]: problems of this level and below.
    pub level: u8,
}

impl Default for SetSpec {
    fn default() -> Self {
        SetSpec {
            seed: 1,
            count: 10,
            topics: Vec::new(),
            level: 2,
        }
    }
}

/// The set committed as `model/tests/data/exercises-seed-7.json`, which the wasm test
/// compares with the browser's own (`make exercise-fixture` rewrites it).
pub fn fixture_spec() -> SetSpec {
    SetSpec {
        seed: 7,
        count: 12,
        topics: Vec::new(),
        level: MAX_LEVEL,
    }
}

/// Whether two sets are the same: every field equal, answer values equal to `rel`
/// relative (JSON readers and libm may differ in the last bit). The error names the
/// first difference.
pub fn same_set(a: &ExerciseSet, b: &ExerciseSet, rel: f64) -> Result<(), String> {
    if a.seed != b.seed || a.lang != b.lang || a.exercises.len() != b.exercises.len() {
        return Err(format!(
            "seed {} with {} problems against seed {} with {}",
            a.seed,
            a.exercises.len(),
            b.seed,
            b.exercises.len()
        ));
    }
    for (x, y) in a.exercises.iter().zip(&b.exercises) {
        let values_agree = match (x.answer.value, y.answer.value) {
            (AnswerValue::Number(u), AnswerValue::Number(v)) => {
                (u - v).abs() <= rel * u.abs().max(v.abs())
            }
            (u, v) => u == v,
        };
        let mut y_same = y.clone();
        y_same.answer.value = x.answer.value;
        if !values_agree || *x != y_same {
            return Err(format!("problem {} differs: {x:?} against {y:?}", x.id));
        }
    }
    Ok(())
}

/// A generated problem with what the tests check it against.
#[derive(Clone, Debug, PartialEq)]
pub struct Checked {
    pub exercise: Exercise,
    /// The value the worked solution's closed form arrives at, when it states one; the
    /// tests hold it to the simulated answer within the tolerance, so a solution text
    /// can never drift from the model unnoticed.
    pub closed_form: Option<f64>,
}

/// The set for `spec` in English: deterministic, the same on every machine.
pub fn generate(spec: &SetSpec) -> ExerciseSet {
    generate_in(Lang::En, spec)
}

/// The set for `spec` in `lang`: the same problems, flags and answers as in English,
/// the words in `lang`.
pub fn generate_in(lang: Lang, spec: &SetSpec) -> ExerciseSet {
    ExerciseSet {
        seed: spec.seed,
        lang,
        exercises: (1..=spec.count.clamp(1, MAX_COUNT))
            .map(|n| problem_in(lang, spec, n).exercise)
            .collect(),
    }
}

/// Problem `number` (from 1) of `spec`'s set in English, with its closed form. A problem
/// depends only on the seed, its number, the topics and the level, so the app builds
/// one without the ones before it.
pub fn problem(spec: &SetSpec, number: u32) -> Checked {
    problem_in(Lang::En, spec, number)
}

/// [`problem`] in `lang`. Every random draw comes before any word is written and none
/// depends on the language, so the problem is the same in every language.
pub fn problem_in(lang: Lang, spec: &SetSpec, number: u32) -> Checked {
    let mut rng = SplitMix64::for_problem(spec.seed, number);
    let topics: Vec<Topic> = if spec.topics.is_empty() {
        Topic::ALL.to_vec()
    } else {
        spec.topics.clone()
    };
    let level = spec.level.clamp(1, MAX_LEVEL);
    // A draw that gives a degenerate run (it cannot happen with the lists in
    // templates.rs, but the model may change) is drawn again from the same stream.
    for _ in 0..16 {
        let topic = topics[rng.below(topics.len())];
        if let Some(draft) = templates::draw(lang, topic, level, &mut rng) {
            if let Some(checked) = finish(draft, spec.seed, number) {
                return checked;
            }
        }
    }
    let fallback = templates::fallback(lang, &mut rng);
    finish(fallback, spec.seed, number).expect("the fallback problem always simulates")
}

/// A problem before its answer is known.
pub(crate) struct Draft {
    pub topic: Topic,
    pub question: String,
    pub runs: Runs,
    pub metric: Metric,
    pub tolerance: f64,
    pub solve: Solver,
}

/// Writes the worked solution from a problem's run(s); returns the text and the closed
/// form's value when the solution states one.
pub(crate) type Solver = Box<dyn Fn(&[Run]) -> (String, Option<f64>)>;

/// One simulated run of a problem.
pub(crate) struct Run {
    pub p: Params,
    pub t: Trace,
    /// An evacuation problem's evacuation (`p` its shared parameters, `t` the run of
    /// the VM that left last).
    pub e: Option<Evacuation>,
}

pub(crate) enum Runs {
    One(Vec<String>),
    /// Compare these runs; the labels name them for people.
    Each(Vec<(String, Vec<String>)>),
    /// `migsim evacuate` flags ([`EVACUATE`] first): the answer is the evacuation's.
    Evacuate(Vec<String>),
}

/// The metrics questions ask about: fields of `Metrics`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Metric {
    TotalTime,
    Downtime,
    DegradedTime,
    BytesSent,
    PrecopyRounds,
    Converged,
    /// From the first migration's start to the last one's end: `migsim evacuate`'s
    /// `evacuation_time_s`.
    EvacuationTime,
}

impl Metric {
    /// The field's name in `migsim --format json`'s `metrics`.
    pub fn key(self) -> &'static str {
        match self {
            Metric::TotalTime => "total_time_s",
            Metric::Downtime => "downtime_s",
            Metric::DegradedTime => "degraded_time_s",
            Metric::BytesSent => "bytes_sent",
            Metric::PrecopyRounds => "precopy_rounds",
            Metric::Converged => "converged",
            Metric::EvacuationTime => "evacuation_time_s",
        }
    }

    pub fn from_key(s: &str) -> Option<Metric> {
        [
            Metric::TotalTime,
            Metric::Downtime,
            Metric::DegradedTime,
            Metric::BytesSent,
            Metric::PrecopyRounds,
            Metric::Converged,
            Metric::EvacuationTime,
        ]
        .into_iter()
        .find(|m| m.key() == s)
    }

    /// The quantity in words in `lang` (`metric-*` in the catalogue).
    pub fn words_in(self, lang: Lang) -> String {
        let id = match self {
            Metric::TotalTime => "metric-total-time",
            Metric::Downtime => "metric-downtime",
            Metric::DegradedTime => "metric-degraded-time",
            Metric::BytesSent => "metric-bytes-sent",
            Metric::PrecopyRounds => "metric-precopy-rounds",
            Metric::Converged => "metric-converged",
            Metric::EvacuationTime => "metric-evacuation-time",
        };
        tr(lang, id, &[])
    }

    pub fn unit(self) -> &'static str {
        match self {
            Metric::TotalTime
            | Metric::Downtime
            | Metric::DegradedTime
            | Metric::EvacuationTime => "s",
            Metric::BytesSent => "B",
            Metric::PrecopyRounds => "rounds",
            Metric::Converged => "",
        }
    }

    /// The value a run reports (a host with this one VM empties when its migration
    /// ends; [`evacuation`] gives a host's).
    pub fn value(self, m: &Metrics) -> AnswerValue {
        match self {
            Metric::TotalTime | Metric::EvacuationTime => AnswerValue::Number(m.total_time_s),
            Metric::Downtime => AnswerValue::Number(m.downtime_s),
            Metric::DegradedTime => AnswerValue::Number(m.degraded_time_s),
            Metric::BytesSent => AnswerValue::Number(m.bytes_sent),
            Metric::PrecopyRounds => AnswerValue::Count(u64::from(m.precopy_rounds)),
            Metric::Converged => AnswerValue::Bool(m.converged),
        }
    }
}

/// Simulates a problem's flags; `None` when they do not parse or validate (or are an
/// evacuation's: [`evacuation`]).
pub fn run(args: &[String]) -> Option<Trace> {
    simulate(&params_from_args(args).ok()?).ok()
}

/// Runs an evacuation problem's flags ([`EVACUATE`] first); `None` when they do not parse
/// or validate.
pub fn evacuation(args: &[String]) -> Option<Evacuation> {
    let a = evacuation_from_args(args).ok()?;
    evacuate(&a.vms, a.base.bandwidth_bytes_per_s, a.k, a.order).ok()
}

/// A problem's run of its flags: one migration, or an evacuation (`p` its shared
/// parameters, `t` the run of the VM that ended last).
fn run_of(args: &[String]) -> Option<Run> {
    if is_evacuation(args) {
        let p = evacuation_from_args(args).ok()?.base;
        let e = evacuation(args)?;
        let last = e.vms.iter().max_by(|a, b| a.end_s.total_cmp(&b.end_s))?;
        return Some(Run {
            p,
            t: last.trace.clone(),
            e: Some(e),
        });
    }
    let p = params_from_args(args).ok()?;
    let t = simulate(&p).ok()?;
    Some(Run { p, t, e: None })
}

/// The index of the least value, the lowest index on a tie (see [`tied_least`]).
pub fn least(values: &[f64]) -> usize {
    tied_least(values).first().copied().unwrap_or(0)
}

/// Every index whose value is within a relative [`TIE_REL`] of the least, in order.
pub fn tied_least(values: &[f64]) -> Vec<usize> {
    let min = values.iter().copied().fold(f64::INFINITY, f64::min);
    if !min.is_finite() {
        return (!values.is_empty()).then_some(0).into_iter().collect();
    }
    values
        .iter()
        .enumerate()
        .filter(|(_, v)| **v - min <= TIE_REL * min.abs())
        .map(|(i, _)| i)
        .collect()
}

/// Runs the draft's flags, reads the answer and writes the solution; `None` for a
/// degenerate run (unparsable flags, NaN, a zero-length migration).
fn finish(d: Draft, seed: u64, number: u32) -> Option<Checked> {
    let arg_lists: Vec<&Vec<String>> = match &d.runs {
        Runs::One(a) | Runs::Evacuate(a) => vec![a],
        Runs::Each(each) => each.iter().map(|(_, a)| a).collect(),
    };
    let runs: Vec<Run> = arg_lists
        .iter()
        .map(|a| run_of(a))
        .collect::<Option<Vec<_>>>()?;
    let traces: Vec<&Trace> = runs.iter().map(|r| &r.t).collect();
    let sensible = |t: &Trace| {
        let m = &t.metrics;
        m.total_time_s.is_finite()
            && m.total_time_s > 0.0
            && m.downtime_s.is_finite()
            && m.bytes_sent.is_finite()
    };
    if !traces.iter().all(|t| sensible(t)) {
        return None;
    }
    // Only a convergence question may be about a migration that did not complete.
    // An evacuation's: every VM leaves.
    if d.metric != Metric::Converged
        && (traces
            .iter()
            .any(|t| t.metrics.outcome != Outcome::Completed)
            || runs
                .iter()
                .any(|r| r.e.as_ref().is_some_and(|e| !e.all_left())))
    {
        return None;
    }
    let mut accept = Vec::new();
    let (value, unit, tolerance) = match &d.runs {
        Runs::One(_) | Runs::Evacuate(_) => {
            let v = match &runs[0].e {
                Some(e) => AnswerValue::Number(e.evacuation_time_s),
                None => d.metric.value(&traces[0].metrics),
            };
            if matches!(v, AnswerValue::Number(x) if x.is_nan() || x <= 0.0) {
                return None;
            }
            let tol = match v {
                AnswerValue::Number(_) => d.tolerance,
                _ => 0.0,
            };
            (v, d.metric.unit().to_string(), tol)
        }
        Runs::Each(_) => {
            let values: Vec<f64> = traces
                .iter()
                .map(|t| d.metric.value(&t.metrics).as_f64())
                .collect();
            accept = tied_least(&values).into_iter().map(|i| i as u64).collect();
            (
                AnswerValue::Count(least(&values) as u64),
                String::new(),
                0.0,
            )
        }
    };
    let (solution, closed_form) = (d.solve)(&runs);
    let (args, args_each, choices) = match d.runs {
        Runs::One(a) | Runs::Evacuate(a) => (Some(a), None, Vec::new()),
        Runs::Each(each) => {
            let (labels, lists): (Vec<String>, Vec<Vec<String>>) = each.into_iter().unzip();
            (None, Some(lists), labels)
        }
    };
    Some(Checked {
        exercise: Exercise {
            id: format!("{seed}-{number}"),
            topic: d.topic,
            question: d.question,
            args,
            args_each,
            choices,
            answer: Answer {
                metric: d.metric.key().to_string(),
                value,
                unit,
                tolerance,
                accept,
            },
            solution,
        },
        closed_form,
    })
}
