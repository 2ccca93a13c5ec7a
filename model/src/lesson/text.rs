//! A lesson paragraph: plain text, `*strong*` words and `{placeholders}` whose numbers
//! come from the step's own run. Nothing here is HTML: the view renders each piece as a
//! text node, so a lesson from a stranger's link cannot run script or load anything.

use super::evac::{EvacRun, EvacValue, VmField, VM_FIELDS};
use crate::i18n::{n, s, tr, Lang};
use crate::say::Say;
use crate::show;
use crate::{Outcome, Params, Trace};

/// A piece of a paragraph.
#[derive(Clone, Debug, PartialEq)]
pub enum Piece {
    Text(String),
    /// `*like this*`: shown with emphasis.
    Strong(String),
    /// `{downtime}`: a number from the run, shown linked to what it is about.
    Value(Value),
}

/// What a paragraph's numbers are about on the picture (`mark:`, and each number).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mark {
    /// The dirty cells on the source.
    Dirty,
    /// The pages in flight on the link.
    InFlight,
    /// The link and its rate.
    Link,
    /// A pre-copy round's span on the timeline.
    Round(u32),
    /// The time the VM runs nowhere, on the timeline.
    Downtime,
}

impl Mark {
    /// The name a lesson uses (`mark: dirty`, `mark: round 3`).
    pub fn key(self) -> String {
        match self {
            Mark::Dirty => "dirty".into(),
            Mark::InFlight => "in-flight".into(),
            Mark::Link => "link".into(),
            Mark::Round(n) => format!("round {n}"),
            Mark::Downtime => "downtime".into(),
        }
    }

    pub fn parse(s: &str) -> Result<Mark, Say> {
        let s = s.trim();
        match s {
            "dirty" => Ok(Mark::Dirty),
            "in-flight" => Ok(Mark::InFlight),
            "link" => Ok(Mark::Link),
            "downtime" => Ok(Mark::Downtime),
            _ => s
                .strip_prefix("round ")
                .and_then(|n| n.trim().parse().ok())
                .map(Mark::Round)
                .ok_or_else(|| Say::new("lesson-error-mark").quote("written", s)),
        }
    }
}

/// A number a paragraph can ask for. Names as written between braces.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Value {
    Memory,
    Bandwidth,
    /// The guest's write rate.
    DirtyRate,
    /// λ = write rate ÷ send rate.
    Lambda,
    DowntimeLimit,
    /// Bytes that fit the downtime limit: bandwidth × limit (QEMU's switch-over rule).
    Threshold,
    Downtime,
    TotalTime,
    /// Bytes on the wire.
    Sent,
    /// Bytes on the wire as a multiple of memory.
    SentX,
    /// Pre-copy rounds.
    Rounds,
    /// Memory bytes of the final stop-and-copy.
    FinalCopy,
    Disk,
    /// The first hold's length and reason.
    HoldTime,
    HoldReason,
    /// The step's moment.
    Now,
    /// Bytes dirty on the source at the step's moment.
    DirtyNow,
    /// The highest vCPU throttle reached.
    Throttle,
    /// Time the VM ran degraded (post-copy faults, throttling).
    Degraded,
    /// How the run ended, in words.
    Outcome,
    /// The model's one sentence on why pre-copy stopped or could not.
    StopReason,
    /// `{round 3}`: the words "round 3", linked to its span.
    Round(u32),
    /// `{round 3 time}`: how long round 3 took.
    RoundTime(u32),
    /// `{round 3 sent}`: bytes sent in round 3.
    RoundSent(u32),
    /// `{round 3 dirty}`: bytes dirtied while round 3 was sending (dirty at its end).
    RoundDirty(u32),
    /// A number of the step's evacuation (`view=evacuate` scenes only).
    Evac(EvacValue),
}

/// The evacuation's names (`{vm 2 end}` and the like are read apart).
pub const EVAC_NAMES: [(&str, EvacValue); 10] = [
    ("k", EvacValue::Concurrency),
    ("order", EvacValue::Order),
    ("vms", EvacValue::Count),
    ("evacuation_time", EvacValue::Time),
    ("host_empty", EvacValue::HostEmpty),
    ("vms_left", EvacValue::Left),
    ("evacuation_sent", EvacValue::Sent),
    ("total_memory", EvacValue::TotalMemory),
    ("memory_time", EvacValue::MemoryTime),
    ("peak", EvacValue::Peak),
];

/// Simple names, in the order `docs/lessons.md` lists them.
pub const NAMES: [(&str, Value); 21] = [
    ("memory", Value::Memory),
    ("bandwidth", Value::Bandwidth),
    ("dirty_rate", Value::DirtyRate),
    ("lambda", Value::Lambda),
    ("downtime_limit", Value::DowntimeLimit),
    ("threshold", Value::Threshold),
    ("downtime", Value::Downtime),
    ("total_time", Value::TotalTime),
    ("sent", Value::Sent),
    ("sent_x", Value::SentX),
    ("rounds", Value::Rounds),
    ("final_copy", Value::FinalCopy),
    ("disk", Value::Disk),
    ("hold_time", Value::HoldTime),
    ("hold_reason", Value::HoldReason),
    ("now", Value::Now),
    ("dirty_now", Value::DirtyNow),
    ("throttle", Value::Throttle),
    ("degraded", Value::Degraded),
    ("outcome", Value::Outcome),
    ("stop_reason", Value::StopReason),
];

impl Value {
    pub fn parse(name: &str) -> Result<Value, Say> {
        let name = name.trim();
        if let Some((_, v)) = NAMES.iter().find(|(n, _)| *n == name) {
            return Ok(*v);
        }
        if let Some((_, v)) = EVAC_NAMES.iter().find(|(n, _)| *n == name) {
            return Ok(Value::Evac(*v));
        }
        let mut words = name.split_whitespace();
        let first = words.next();
        if first == Some("vm") {
            if let Some(n) = words.next().and_then(|n| n.parse::<u32>().ok()) {
                let field = match (words.next(), words.next()) {
                    (None, _) => Some(VmField::Name),
                    (Some(w), None) => VM_FIELDS.iter().find(|(k, _)| *k == w).map(|(_, f)| *f),
                    _ => None,
                };
                if let Some(f) = field.filter(|_| n >= 1) {
                    return Ok(Value::Evac(EvacValue::Vm(n, f)));
                }
            }
        }
        if first == Some("round") {
            if let Some(n) = words.next().and_then(|n| n.parse::<u32>().ok()) {
                let v = match (words.next(), words.next()) {
                    (None, _) => Some(Value::Round(n)),
                    (Some("time"), None) => Some(Value::RoundTime(n)),
                    (Some("sent"), None) => Some(Value::RoundSent(n)),
                    (Some("dirty"), None) => Some(Value::RoundDirty(n)),
                    _ => None,
                };
                if let Some(v) = v {
                    return Ok(v);
                }
            }
        }
        Err(Say::new("lesson-error-placeholder").quote("name", name))
    }

    /// What the number is about on the picture.
    pub fn mark(self) -> Option<Mark> {
        match self {
            Value::Bandwidth | Value::Threshold => Some(Mark::Link),
            Value::Downtime | Value::DowntimeLimit => Some(Mark::Downtime),
            Value::DirtyNow | Value::DirtyRate => Some(Mark::Dirty),
            Value::Round(n) | Value::RoundTime(n) | Value::RoundSent(n) => Some(Mark::Round(n)),
            Value::RoundDirty(_) => Some(Mark::Dirty),
            Value::FinalCopy => Some(Mark::InFlight),
            _ => None,
        }
    }

    /// The pre-copy round this value needs, if any (checked when a lesson is read).
    pub fn round(self) -> Option<u32> {
        match self {
            Value::Round(n) | Value::RoundTime(n) | Value::RoundSent(n) | Value::RoundDirty(n) => {
                Some(n)
            }
            _ => None,
        }
    }

    /// The number in words, from the run at the step's moment `t_s` (a step without an
    /// evacuation: [`Value::show_in`] for one that may have one).
    pub fn show(self, trace: &Trace, params: &Params, t_s: f64) -> String {
        self.show_in(Lang::En, trace, params, None, t_s)
    }

    /// The number in words of `lang` (the lesson's) and in its notation (`λ = 0,80`,
    /// `3,2 GiB` in Spanish), from the step's run (and its evacuation, when it shows one)
    /// at the step's moment `t_s`. The model's stop reason is quoted as it is.
    pub fn show_in(
        self,
        lang: Lang,
        trace: &Trace,
        params: &Params,
        evac: Option<&EvacRun>,
        t_s: f64,
    ) -> String {
        let text = self.written(lang, trace, params, evac, t_s);
        match self {
            Value::StopReason => text,
            _ => crate::i18n::decimals(lang, text),
        }
    }

    /// The number in words of `lang`, as `show` writes it (a decimal point).
    fn written(
        self,
        lang: Lang,
        trace: &Trace,
        params: &Params,
        evac: Option<&EvacRun>,
        t_s: f64,
    ) -> String {
        let m = &trace.metrics;
        let round = |n: u32| trace.rounds.iter().find(|r| !r.is_final && r.index == n);
        match self {
            Value::Memory => show::bytes(params.memory_bytes as f64),
            Value::Bandwidth => show::bit_rate(params.bandwidth_bytes_per_s),
            Value::DirtyRate => show::byte_rate(params.dirty_rate_bytes_per_s),
            Value::Lambda => lambda_text(Trace::lambda(params)),
            Value::DowntimeLimit => show::duration(params.downtime_limit_s),
            Value::Threshold => show::bytes(threshold_bytes(params)),
            Value::Downtime => show::duration(m.downtime_s),
            Value::TotalTime => show::duration(m.total_time_s),
            Value::Sent => show::bytes(m.bytes_sent),
            Value::SentX => format!("{:.2}×", m.bytes_sent_x_memory),
            Value::Rounds => m.precopy_rounds.to_string(),
            Value::FinalCopy => trace.rounds.iter().rev().find(|r| r.is_final).map_or_else(
                || tr(lang, "lesson-nothing", &[]),
                |r| show::bytes(r.bytes_sent),
            ),
            Value::Disk => show::bytes(params.disk_bytes as f64),
            Value::HoldTime => params.holds.first().map_or_else(
                || tr(lang, "lesson-no-hold", &[]),
                |h| show::duration(h.duration_s),
            ),
            Value::HoldReason => params.holds.first().map_or_else(
                || tr(lang, "lesson-no-hold", &[]),
                |h| tr(lang, &format!("hold-{}", h.reason.key()), &[]),
            ),
            Value::Now => show::duration(t_s),
            Value::DirtyNow => show::bytes(trace.dirty_bytes_at(params, t_s).unwrap_or(0.0)),
            Value::Throttle => {
                show::percent(trace.rounds.iter().map(|r| r.throttle).fold(0.0, f64::max))
            }
            Value::Degraded => show::duration(m.degraded_time_s),
            Value::Outcome => outcome_text_in(lang, trace),
            Value::StopReason => trace.stop_reason.tr(lang),
            Value::Round(i) => tr(lang, "lesson-round", &[("n", n(f64::from(i)))]),
            Value::RoundTime(n) => round(n).map_or("—".into(), |r| show::duration(r.duration_s)),
            Value::RoundSent(n) => round(n).map_or("—".into(), |r| show::bytes(r.bytes_sent)),
            Value::RoundDirty(n) => {
                round(n).map_or("—".into(), |r| show::bytes(r.dirty_bytes_at_end))
            }
            Value::Evac(v) => evac.map_or("—".into(), |e| v.show_in(lang, e)),
        }
    }
}

/// λ with two decimals, the way the literature quotes it.
pub fn lambda_text(lambda: f64) -> String {
    if lambda.is_finite() {
        format!("{lambda:.2}")
    } else {
        "∞".into()
    }
}

/// QEMU's switch-over threshold: what the link carries within the downtime limit.
pub fn threshold_bytes(params: &Params) -> f64 {
    params.stream_rate_bytes_per_s() * params.downtime_limit_s
}

/// How the run ended, in words.
pub fn outcome_text(trace: &Trace) -> String {
    outcome_text_in(Lang::En, trace)
}

/// How the run ended, in words of `lang` (`lesson-outcome`).
pub fn outcome_text_in(lang: Lang, trace: &Trace) -> String {
    tr(
        lang,
        "lesson-outcome",
        &[("outcome", s(outcome_key(trace.metrics.outcome)))],
    )
}

/// The word the catalogues select an outcome's text by (`lesson-outcome`).
pub fn outcome_key(o: Outcome) -> &'static str {
    match o {
        Outcome::Completed => "completed",
        Outcome::RolledBack => "rolled-back",
        Outcome::NotConverged => "not-converged",
        Outcome::Paused => "paused",
        Outcome::Lost => "lost",
        Outcome::OnHold => "on-hold",
    }
}

/// The phases in which the VM ran nowhere, with their names for people
/// (`PhaseKind::label`) and lengths. Empty when the VM was never down.
pub fn downtime_parts(trace: &Trace) -> Vec<(String, f64)> {
    trace
        .phases
        .iter()
        .filter(|p| p.is_down() && p.end_s > p.start_s)
        .map(|p| (p.kind.label(), p.end_s - p.start_s))
        .collect()
}

/// Reads a paragraph: `*strong*`, `{placeholder}`, and `\*`, `\{`, `\}`, `\\` for the
/// characters themselves.
pub fn parse_text(s: &str) -> Result<Vec<Piece>, Say> {
    let mut pieces = Vec::new();
    let mut plain = String::new();
    let mut strong: Option<String> = None;
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        let buf = strong.as_mut().unwrap_or(&mut plain);
        match c {
            '\\' => match chars.next() {
                Some(e @ ('*' | '{' | '}' | '\\')) => buf.push(e),
                Some(other) => {
                    buf.push('\\');
                    buf.push(other);
                }
                None => buf.push('\\'),
            },
            '*' => match strong.take() {
                Some(word) => pieces.push(Piece::Strong(word)),
                None => {
                    if !plain.is_empty() {
                        pieces.push(Piece::Text(std::mem::take(&mut plain)));
                    }
                    strong = Some(String::new());
                }
            },
            '{' => {
                if strong.is_some() {
                    return Err(Say::new("lesson-error-strong-placeholder"));
                }
                let mut name = String::new();
                let mut closed = false;
                for c in chars.by_ref() {
                    if c == '}' {
                        closed = true;
                        break;
                    }
                    name.push(c);
                }
                if !closed || name.contains('{') {
                    return Err(Say::new("lesson-error-unclosed-brace"));
                }
                let value = Value::parse(&name)?;
                if !plain.is_empty() {
                    pieces.push(Piece::Text(std::mem::take(&mut plain)));
                }
                pieces.push(Piece::Value(value));
            }
            '}' => return Err(Say::new("lesson-error-unopened-brace")),
            c => buf.push(c),
        }
    }
    if strong.is_some() {
        return Err(Say::new("lesson-error-unclosed-star"));
    }
    if !plain.is_empty() {
        pieces.push(Piece::Text(plain));
    }
    Ok(pieces)
}

/// A paragraph as plain text (for screen-reader announcements and tests).
pub fn plain(pieces: &[Piece], trace: &Trace, params: &Params, t_s: f64) -> String {
    plain_in(Lang::En, pieces, trace, params, None, t_s)
}

/// A paragraph as plain text in the lesson's `lang`, with the step's evacuation when it
/// shows one.
pub fn plain_in(
    lang: Lang,
    pieces: &[Piece],
    trace: &Trace,
    params: &Params,
    evac: Option<&EvacRun>,
    t_s: f64,
) -> String {
    pieces
        .iter()
        .map(|p| match p {
            Piece::Text(s) | Piece::Strong(s) => s.clone(),
            Piece::Value(v) => v.show_in(lang, trace, params, evac, t_s),
        })
        .collect()
}
