//! Guided lessons: an ordered list of steps, each a scenario of the model held at a
//! moment, a short paragraph whose numbers come from that run, and maybe a question the
//! model answers. Pure: no web dependency. The app shows a lesson (its
//! `features::lesson`); `migsim lesson` prints one. The text format and its rules are
//! documented in `docs/lessons.md`; the built-in lessons are written in it
//! (`lessons/*.lesson`) and read by the same parser as an author's file.
//!
//! - [`parse`] reads a lesson's text: the valid steps and, for the others, errors that
//!   name the step, the field and the line; warnings for what loads but is not used as
//!   written. [`source`] turns a file's bytes into that text (or says why it is not
//!   text); `build` makes one step from its fields and runs its scene (read by
//!   `scene`, as a link's query). Both read the fields as split (`fields`) and report
//!   in one shape (`errors`), so neither needs the other's file.
//! - [`text`] fills a paragraph's `{placeholders}` from the step's own run.
//! - [`ask`] answers a step's question from the step's parameters and explains why.
//! - [`print`] fills a whole lesson as a handout (the app's print view, `migsim lesson`).

pub mod ask;
mod build;
mod errors;
pub mod evac;
mod fields;
pub mod parse;
pub mod print;
mod scene;
pub mod source;
pub mod text;

use crate::evacuate::Evacuation;
use crate::i18n::Lang;
use crate::query::CompareBy;
use crate::say::Say;
use crate::{MigrationType, Params, PhaseKind, Trace};

pub use ask::{Answer, Ask};
pub use evac::{EvacRun, EvacScene};
pub use parse::{parse, parse_bytes, LessonError, Loaded, Severity};
pub use text::{Mark, Piece, Value};

/// The built-in lessons, in the format an author writes.
pub const DRAMA: &str = include_str!("../../../lessons/drama.lesson");
const PRECOPY: &str = include_str!("../../../lessons/precopy.lesson");
const HYPERVISORS: &str = include_str!("../../../lessons/hypervisors.lesson");
const POSTCOPY: &str = include_str!("../../../lessons/postcopy.lesson");
const REPLAY: &str = include_str!("../../../lessons/replay.lesson");
const EVACUATION: &str = include_str!("../../../lessons/evacuation.lesson");

/// Names a link can give (`?lesson=drama`), in the order of the lesson menu.
pub const BUILT_IN: [&str; 6] = [
    "drama",
    "precopy",
    "hypervisors",
    "postcopy",
    "replay",
    "evacuation",
];

/// The lesson menu: each built-in lesson's link name, title, step count and topics.
/// Data only, so the toolbar lists the lessons without their texts (which travel with
/// the code that shows a lesson); a native test checks it against the lessons read.
pub const MENU: [(&str, &str, usize, &str); 6] = [
    (
        "drama",
        "The drama of VM migration",
        23,
        "all five types, holds, faults",
    ),
    (
        "precopy",
        "Pre-copy by the numbers",
        12,
        "rounds, λ, threshold, working set",
    ),
    (
        "hypervisors",
        "What hypervisors really do",
        11,
        "QEMU, auto-converge, Xen, vMotion, SimGrid",
    ),
    (
        "postcopy",
        "Post-copy and hybrid",
        13,
        "faults, degraded time, failures",
    ),
    (
        "replay",
        "A real migration",
        10,
        "QEMU recordings beside the model",
    ),
    (
        "evacuation",
        "Emptying a host",
        12,
        "maintenance, shared link, K, order",
    ),
];

/// The built-in lesson after `name` in the menu, if any.
pub fn next_built_in(name: &str) -> Option<&'static str> {
    let i = BUILT_IN.iter().position(|n| *n == name)?;
    BUILT_IN.get(i + 1).copied()
}

/// A built-in lesson's text by its link name. Kept apart from [`BUILT_IN`] (which the
/// app's link parser reads on the first screen) so the texts travel with the code that
/// shows a lesson, in the wasm's second half (docs/loading.md).
pub fn text_of(name: &str) -> Option<&'static str> {
    match name {
        "drama" => Some(DRAMA),
        "precopy" => Some(PRECOPY),
        "hypervisors" => Some(HYPERVISORS),
        "postcopy" => Some(POSTCOPY),
        "replay" => Some(REPLAY),
        "evacuation" => Some(EVACUATION),
        _ => None,
    }
}

/// A built-in lesson by its link name.
pub fn built_in(name: &str) -> Option<Lesson> {
    Some(parse(text_of(name)?).lesson)
}

/// The built-in lessons' translations: (link name, language, text). Each is the English
/// lesson's steps with the same scenes, moments, marks and questions, in another
/// language (`lang:` in its header); a native test holds them to that.
const TRANSLATIONS: &[(&str, Lang, &str)] = &[
    (
        "drama",
        Lang::Es,
        include_str!("../../../lessons/es/drama.lesson"),
    ),
    (
        "precopy",
        Lang::Es,
        include_str!("../../../lessons/es/precopy.lesson"),
    ),
    (
        "hypervisors",
        Lang::Es,
        include_str!("../../../lessons/es/hypervisors.lesson"),
    ),
    (
        "postcopy",
        Lang::Es,
        include_str!("../../../lessons/es/postcopy.lesson"),
    ),
    (
        "replay",
        Lang::Es,
        include_str!("../../../lessons/es/replay.lesson"),
    ),
    (
        "evacuation",
        Lang::Es,
        include_str!("../../../lessons/es/evacuation.lesson"),
    ),
    (
        "drama",
        Lang::ZhCn,
        include_str!("../../../lessons/zh-CN/drama.lesson"),
    ),
    (
        "precopy",
        Lang::ZhCn,
        include_str!("../../../lessons/zh-CN/precopy.lesson"),
    ),
    (
        "hypervisors",
        Lang::ZhCn,
        include_str!("../../../lessons/zh-CN/hypervisors.lesson"),
    ),
    (
        "postcopy",
        Lang::ZhCn,
        include_str!("../../../lessons/zh-CN/postcopy.lesson"),
    ),
    (
        "replay",
        Lang::ZhCn,
        include_str!("../../../lessons/zh-CN/replay.lesson"),
    ),
    (
        "evacuation",
        Lang::ZhCn,
        include_str!("../../../lessons/zh-CN/evacuation.lesson"),
    ),
];

/// The languages a built-in lesson is written in, English first.
pub fn languages_of(name: &str) -> Vec<Lang> {
    let others = TRANSLATIONS.iter().filter(|(n, ..)| *n == name);
    text_of(name)
        .map(|_| Lang::En)
        .into_iter()
        .chain(others.map(|(_, l, _)| *l))
        .collect()
}

/// A built-in lesson's text in `lang`, or in English when it has no such translation.
pub fn text_in(name: &str, lang: Lang) -> Option<&'static str> {
    TRANSLATIONS
        .iter()
        .find(|(n, l, _)| *n == name && *l == lang)
        .map(|(.., text)| *text)
        .or_else(|| text_of(name))
}

/// A built-in lesson in `lang` (English when it has no such translation).
pub fn built_in_in(name: &str, lang: Lang) -> Option<Lesson> {
    Some(parse(text_in(name, lang)?).lesson)
}

/// A built-in lesson for a page or a handout in `lang`: its translation, or else the
/// English lesson with its questions, answers and reveals asked in `lang`.
pub fn built_in_for(name: &str, lang: Lang) -> Option<Lesson> {
    let mut lesson = built_in_in(name, lang)?;
    lesson.lang = lang;
    Some(lesson)
}

/// A lesson ready to show: only steps that parsed and whose run has every moment,
/// placeholder and question they ask for.
#[derive(Clone, Debug, PartialEq)]
pub struct Lesson {
    pub title: String,
    /// The language it is written in (`lang:`; English when not given): its questions,
    /// answers and reveals are asked in it too.
    pub lang: Lang,
    pub steps: Vec<Step>,
}

/// One step of a lesson.
#[derive(Clone, Debug, PartialEq)]
pub struct Step {
    /// Where it stood in the file, counted from 1 among all steps (valid or not), so an
    /// author can find it.
    pub number_in_file: usize,
    pub title: String,
    /// The scenario, as a link's query (`type=live&bw=1Gbit/s`).
    pub scene: String,
    /// The scenario's parameters (the query read by the link parser).
    pub params: Params,
    /// The compare view rather than the animated one (`view=compare` in the scene).
    pub compare: bool,
    /// The compare view's rows when not every type (`by=policy&values=qemu,xen`).
    pub compare_by: Option<CompareBy>,
    /// The evacuation view's VMs, K and order (`view=evacuate` in the scene); its
    /// moments are on the evacuation's clock.
    pub evacuate: Option<EvacScene>,
    /// Where the playhead stands when the step opens.
    pub at: Moment,
    /// Play from `at` to here when the step opens (`at: A to B`).
    pub until: Option<Moment>,
    /// What the paragraph is about on the picture.
    pub mark: Option<Mark>,
    pub text: Vec<Piece>,
    pub ask: Option<Ask>,
    /// Shown after the question is revealed, after the model's own explanation.
    pub reveal: Vec<Piece>,
}

/// Which end of a phase or round a moment means.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Edge {
    Start,
    Middle,
    End,
}

/// A moment of a run, resolved against the step's trace.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Moment {
    /// Seconds after the migration starts (clamped to the run).
    Seconds(f64),
    /// Pre-copy round `n` (0 = the full first pass).
    Round(u32, Edge),
    /// The first phase of this kind.
    Phase(PhaseName, Edge),
    /// The first fault.
    Fault,
    /// The end of the run.
    End,
}

/// Phases a lesson can name (`at: stop-and-copy`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PhaseName {
    Shutdown,
    DiskCopy,
    Boot,
    Suspend,
    Transfer,
    Hold,
    Restore,
    Resume,
    StopAndCopy,
    Switchover,
    PostCopy,
    Rollback,
    Lost,
}

impl PhaseName {
    pub const ALL: [(PhaseName, &'static str); 13] = [
        (PhaseName::Shutdown, "shutdown"),
        (PhaseName::DiskCopy, "disk-copy"),
        (PhaseName::Boot, "boot"),
        (PhaseName::Suspend, "suspend"),
        (PhaseName::Transfer, "transfer"),
        (PhaseName::Hold, "hold"),
        (PhaseName::Restore, "restore"),
        (PhaseName::Resume, "resume"),
        (PhaseName::StopAndCopy, "stop-and-copy"),
        (PhaseName::Switchover, "switchover"),
        (PhaseName::PostCopy, "post-copy"),
        (PhaseName::Rollback, "rollback"),
        (PhaseName::Lost, "lost"),
    ];

    pub fn key(self) -> &'static str {
        PhaseName::ALL
            .iter()
            .find(|(p, _)| *p == self)
            .map_or("", |(_, k)| k)
    }

    fn matches(self, kind: &PhaseKind) -> bool {
        matches!(
            (self, kind),
            (PhaseName::Shutdown, PhaseKind::Shutdown)
                | (PhaseName::DiskCopy, PhaseKind::DiskCopy)
                | (PhaseName::Boot, PhaseKind::Boot)
                | (PhaseName::Suspend, PhaseKind::Suspend)
                | (PhaseName::Transfer, PhaseKind::Transfer)
                | (PhaseName::Hold, PhaseKind::Hold { .. })
                | (PhaseName::Restore, PhaseKind::Restore)
                | (PhaseName::Resume, PhaseKind::Resume)
                | (PhaseName::StopAndCopy, PhaseKind::StopAndCopy)
                | (PhaseName::Switchover, PhaseKind::Switchover)
                | (PhaseName::PostCopy, PhaseKind::PostCopy)
                | (PhaseName::Rollback, PhaseKind::Rollback)
                | (PhaseName::Lost, PhaseKind::Lost)
        )
    }
}

fn edge_of(start: f64, end: f64, edge: Edge) -> f64 {
    match edge {
        Edge::Start => start,
        Edge::Middle => start + (end - start) / 2.0,
        Edge::End => end,
    }
}

impl Moment {
    /// The time this moment stands for in `trace`, or why the run has no such moment.
    pub fn resolve(&self, trace: &Trace) -> Result<f64, Say> {
        let end = trace.end_s();
        match *self {
            Moment::Seconds(t) => Ok(t.min(end)),
            Moment::End => Ok(end),
            Moment::Round(n, edge) => trace
                .rounds
                .iter()
                .find(|r| !r.is_final && r.index == n)
                .map(|r| edge_of(r.start_s, r.end_s(), edge))
                .ok_or_else(|| {
                    let rounds = trace.rounds.iter().filter(|r| !r.is_final).count();
                    Say::new("lesson-error-no-round")
                        .num("n", n)
                        .num("rounds", rounds as f64)
                }),
            Moment::Phase(name, edge) => trace
                .phases
                .iter()
                .find(|p| name.matches(&p.kind))
                .map(|p| edge_of(p.start_s, p.end_s, edge))
                .ok_or_else(|| Say::new("lesson-error-no-phase").quote("phase", name.key())),
            Moment::Fault => trace
                .events
                .iter()
                .find(|e| matches!(e.kind, crate::EventKind::Fault { .. }))
                .map(|e| e.t_s)
                .ok_or_else(|| Say::new("lesson-error-no-fault")),
        }
    }
}

impl Moment {
    /// This moment on an evacuation's clock (0 = its start, the end = when the last
    /// migration ended): a time, `start` or `end`; a round or a phase belongs to one VM.
    pub fn resolve_evacuation(&self, e: &Evacuation) -> Result<f64, Say> {
        match *self {
            Moment::Seconds(t) => Ok(t.min(e.evacuation_time_s)),
            Moment::End => Ok(e.evacuation_time_s),
            _ => Err(Say::new("lesson-error-evac-moment")),
        }
    }

    /// This moment on the step's clock: the evacuation's when it shows one, else its run's.
    pub fn resolve_on(&self, trace: &Trace, evac: Option<&EvacRun>) -> Result<f64, Say> {
        match evac {
            Some(e) => self.resolve_evacuation(&e.result),
            None => self.resolve(trace),
        }
    }
}

impl Step {
    /// The step's evacuation, when its scene shows one (checked when the lesson was read).
    pub fn evacuation(&self) -> Option<EvacRun> {
        self.evacuate
            .as_ref()
            .and_then(|e| e.run(&self.params).ok())
    }

    /// The step's run. Parameters were validated when the lesson was read.
    pub fn run(&self) -> Trace {
        crate::simulate(&self.params)
            .unwrap_or_else(|_| crate::simulate(&Params::default()).expect("defaults are valid"))
    }

    /// The migration type the step shows.
    pub fn migration_type(&self) -> MigrationType {
        self.params.migration_type
    }
}

#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_built_in;
