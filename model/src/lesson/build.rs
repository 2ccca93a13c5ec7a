//! One step built from its fields (`parse` splits the text into steps). The scene is read
//! by the link parser and run once; the moment, mark, placeholders and question are
//! checked against that run. Every problem of a step is reported, not only the first;
//! a step with any error is left out, a step with warnings only loads.

use super::ask::Ask;
use super::errors::{LessonError, Severity};
use super::evac::EvacRun;
use super::fields::{did_you_mean, Field, RawStep, STEP_FIELDS};
use super::scene::{read_scene, Scene};
use super::text::{parse_text, Mark, Piece, Value};
use super::{Edge, Moment, PhaseName, Step};
use crate::say::Say;
use crate::{simulate, Trace};

/// The notices of one step, while it is built.
struct Notes<'a> {
    number: usize,
    title: &'a str,
    step_line: usize,
    list: Vec<LessonError>,
}

impl Notes<'_> {
    fn add(&mut self, severity: Severity, field: &str, line: usize, message: Say) {
        self.list.push(LessonError {
            step: Some(self.number),
            title: self.title.to_string(),
            step_line: self.step_line,
            field: field.into(),
            line,
            message,
            severity,
        });
    }

    fn error(&mut self, field: &str, line: usize, message: Say) {
        self.add(Severity::Error, field, line, message);
    }

    fn warn(&mut self, field: &str, line: usize, message: Say) {
        self.add(Severity::Warning, field, line, message);
    }

    fn has_errors(&self) -> bool {
        self.list.iter().any(|e| e.severity == Severity::Error)
    }

    /// The notices in line order (the lines that are not fields were found first).
    fn done(mut self) -> Vec<LessonError> {
        self.list.sort_by_key(|e| e.line);
        self.list
    }
}

/// A step's fields sorted out: those given once, and the paragraphs joined with the
/// line each starts on.
struct Fields<'r> {
    one: Vec<&'r Field>,
    text: String,
    text_line: usize,
    reveal: String,
    reveal_line: usize,
}

impl<'r> Fields<'r> {
    fn read(raw: &'r RawStep, notes: &mut Notes) -> Fields<'r> {
        let mut f = Fields {
            one: Vec::new(),
            text: String::new(),
            text_line: raw.line,
            reveal: String::new(),
            reveal_line: raw.line,
        };
        for field in &raw.fields {
            match field.name.as_str() {
                // A paragraph may take several lines; its first says where it starts.
                "text" | "reveal" => {
                    let (into, line) = if field.name == "text" {
                        (&mut f.text, &mut f.text_line)
                    } else {
                        (&mut f.reveal, &mut f.reveal_line)
                    };
                    if *line == raw.line {
                        *line = field.line;
                    }
                    join(into, &field.value);
                }
                name if STEP_FIELDS.contains(&name) => match f.get(name) {
                    Some(first) => notes.error(
                        name,
                        field.line,
                        Say::new("lesson-error-step-twice")
                            .quote("name", name)
                            .num("first", first.line as f64)
                            .num("again", field.line as f64),
                    ),
                    None => f.one.push(field),
                },
                other => notes.error(
                    other,
                    field.line,
                    Say::new("lesson-error-step-field")
                        .quote("fields", STEP_FIELDS.join(", "))
                        .quote("meant", did_you_mean(other, false)),
                ),
            }
        }
        f
    }

    fn get(&self, name: &str) -> Option<&'r Field> {
        self.one.iter().find(|f| f.name == name).copied()
    }
}

/// Builds one step: the step, unless it has an error, and its notices (errors and
/// warnings, in line order).
pub(super) fn build(
    number: usize,
    raw: RawStep,
    inherited_scene: &str,
) -> (Option<Step>, Vec<LessonError>) {
    let title = if raw.title.is_empty() {
        format!("Step {number}")
    } else {
        raw.title.clone()
    };
    let mut notes = Notes {
        number,
        title: &title,
        step_line: raw.line,
        list: Vec::new(),
    };
    for (line, message) in &raw.lines {
        notes.error("line", *line, message.clone());
    }
    let fields = Fields::read(&raw, &mut notes);

    // The scenario: a link's query, read by the link parser, or the last valid step's.
    let own = fields.get("scene");
    let scene_text = own.map_or(inherited_scene, |f| f.value.as_str());
    let scene_line = own.map_or(raw.line, |f| f.line);
    let Some((scene, trace, evac)) = run_scene(scene_text, scene_line, own, &mut notes) else {
        return (None, notes.done());
    };
    let params = &scene.params;
    let evac = evac.as_ref();

    let (at, until) = match fields.get("at") {
        None => (Moment::Seconds(0.0), None),
        Some(f) => match read_at(&f.value, &trace, evac) {
            Ok((at, until, warnings)) => {
                for w in warnings {
                    notes.warn("at", f.line, w);
                }
                (at, until)
            }
            Err(why) => {
                notes.error("at", f.line, why);
                (Moment::Seconds(0.0), None)
            }
        },
    };
    let mark = fields
        .get("mark")
        .and_then(|f| read_mark(f, &trace, evac, &mut notes));
    let mut paragraph = |name: &str, s: &str, line: usize| {
        read_text(s, &trace, evac).unwrap_or_else(|why| {
            notes.error(name, line, why);
            Vec::new()
        })
    };
    let text = paragraph("text", &fields.text, fields.text_line);
    let reveal = paragraph("reveal", &fields.reveal, fields.reveal_line);
    if fields.text.trim().is_empty() {
        notes.error("text", raw.line, Say::new("lesson-error-no-text"));
    }
    let ask = fields.get("ask").and_then(|f| {
        let checked = match evac {
            // The questions are about one migration; an evacuation's VMs each have theirs.
            Some(_) => Err(Say::new("lesson-error-evac-ask")),
            None => Ask::parse(&f.value).and_then(|a| a.check(params, &trace).map(|()| a)),
        };
        checked.map_err(|why| notes.error("ask", f.line, why)).ok()
    });
    if fields.get("ask").is_none() && !fields.reveal.trim().is_empty() {
        notes.error(
            "reveal",
            fields.reveal_line,
            Say::new("lesson-error-reveal-no-ask"),
        );
    }
    if notes.has_errors() {
        return (None, notes.done());
    }
    let step = Step {
        number_in_file: number,
        title: title.clone(),
        scene: scene_text.to_string(),
        params: scene.params,
        compare: scene.compare,
        compare_by: scene.compare_by,
        evacuate: scene.evacuate,
        at,
        until,
        mark,
        text,
        ask,
        reveal,
    };
    (Some(step), notes.done())
}

/// The scene read and run (its evacuation too, when it shows one); `None` (with the
/// error noted) when it cannot be. Warnings are noted only for the step's own `scene:`
/// (an inherited one's were named at its step).
fn run_scene(
    scene: &str,
    line: usize,
    own: Option<&Field>,
    notes: &mut Notes,
) -> Option<(Scene, Trace, Option<EvacRun>)> {
    let mut scene = match read_scene(scene) {
        Ok(x) => x,
        Err(why) => {
            notes.error("scene", line, why);
            return None;
        }
    };
    if own.is_some() {
        for w in std::mem::take(&mut scene.warnings) {
            notes.warn("scene", line, w);
        }
    }
    // The model's own reasons (a parameter out of range, a VM that does not read) are
    // English text, quoted as they are.
    let nested = |why: String| Say::new("lesson-error-run").quote("why", why);
    let run = simulate(&scene.params).map_err(|e| nested(e.to_string()));
    let evac = scene
        .evacuate
        .as_ref()
        .map(|e| e.run(&scene.params).map_err(nested));
    match (run, evac.transpose()) {
        (Ok(trace), Ok(evac)) => Some((scene, trace, evac)),
        (Err(why), _) | (_, Err(why)) => {
            notes.error("scene", line, why);
            None
        }
    }
}

fn read_mark(f: &Field, trace: &Trace, evac: Option<&EvacRun>, notes: &mut Notes) -> Option<Mark> {
    let checked = Mark::parse(&f.value).and_then(|m| match m {
        _ if evac.is_some() => Err(Say::new("lesson-error-evac-mark")),
        Mark::Round(n) => Moment::Round(n, Edge::Start).resolve(trace).map(|_| m),
        _ => Ok(m),
    });
    checked.map_err(|why| notes.error("mark", f.line, why)).ok()
}

fn join(into: &mut String, more: &str) {
    if !into.is_empty() && !more.is_empty() {
        into.push(' ');
    }
    into.push_str(more);
}

/// `at:` — one moment, or `A to B` (the step plays from A to B); with a warning for each
/// time past the run's end (the step stands at the end).
fn read_at(
    s: &str,
    trace: &Trace,
    evac: Option<&EvacRun>,
) -> Result<(Moment, Option<Moment>, Vec<Say>), Say> {
    let (a, b) = match s.split_once(" to ") {
        Some((a, b)) => (a, Some(b)),
        None => (s, None),
    };
    let mut warnings = Vec::new();
    let end_s = evac.map_or(trace.end_s(), |e| e.result.evacuation_time_s);
    let mut clamped = |m: Moment, written: &str| {
        if let Moment::Seconds(t) = m {
            if t > end_s {
                warnings.push(
                    Say::new("lesson-error-after-end")
                        .quote("written", written.trim())
                        .text("end", crate::show::duration(end_s)),
                );
            }
        }
    };
    let from = read_moment(a)?;
    let t0 = from.resolve_on(trace, evac)?;
    clamped(from, a);
    let until = match b {
        Some(b) => {
            let m = read_moment(b)?;
            let t1 = m.resolve_on(trace, evac)?;
            if t1 <= t0 {
                return Err(Say::new("lesson-error-at-order")
                    .quote("until", b.trim())
                    .quote("from", a.trim()));
            }
            clamped(m, b);
            Some(m)
        }
        None => None,
    };
    Ok((from, until, warnings))
}

/// One moment: `start`, `end`, `fault`, `12.5s` (any duration the links accept),
/// `round 3 [start|middle|end]`, `<phase> [start|middle|end]`.
pub fn read_moment(s: &str) -> Result<Moment, Say> {
    let s = s.trim();
    let words: Vec<&str> = s.split_whitespace().collect();
    let edge = |w: Option<&&str>| match w.copied() {
        None | Some("middle") => Ok(Edge::Middle),
        Some("start") => Ok(Edge::Start),
        Some("end") => Ok(Edge::End),
        Some(other) => Err(Say::new("lesson-error-edge").quote("word", other)),
    };
    match words.as_slice() {
        ["start"] => return Ok(Moment::Seconds(0.0)),
        ["end"] => return Ok(Moment::End),
        ["fault"] => return Ok(Moment::Fault),
        ["round", n, rest @ ..] if rest.len() <= 1 => {
            let n = n
                .parse::<u32>()
                .map_err(|_| Say::new("lesson-error-round-number").quote("written", *n))?;
            return Ok(Moment::Round(n, edge(rest.first())?));
        }
        [name, rest @ ..] if rest.len() <= 1 => {
            if let Some((p, _)) = PhaseName::ALL.iter().find(|(_, k)| k == name) {
                return Ok(Moment::Phase(*p, edge(rest.first())?));
            }
        }
        _ => {}
    }
    let secs = crate::units::decimal(s)
        .or_else(|| crate::units::duration(s).ok())
        .filter(|t| t.is_finite() && *t >= 0.0);
    secs.map(Moment::Seconds).ok_or_else(|| {
        let phases: Vec<&str> = PhaseName::ALL[..4].iter().map(|(_, k)| *k).collect();
        Say::new("lesson-error-not-a-moment")
            .quote("written", s)
            .quote("phases", phases.join(", "))
    })
}

/// A paragraph, with every round it names checked against the run, and every number of
/// an evacuation against the step's (a step without one has none).
fn read_text(s: &str, trace: &Trace, evac: Option<&EvacRun>) -> Result<Vec<Piece>, Say> {
    let pieces = parse_text(s)?;
    for p in &pieces {
        let Piece::Value(v) = p else { continue };
        if let Some(n) = v.round() {
            Moment::Round(n, Edge::Start).resolve(trace)?;
        }
        let Value::Evac(e) = v else { continue };
        let Some(run) = evac else {
            return Err(Say::new("lesson-error-evac-value"));
        };
        if let Some(n) = e.vm().filter(|n| *n as usize > run.vms.len()) {
            return Err(Say::new("lesson-error-no-vm")
                .num("n", n)
                .num("count", run.vms.len() as f64));
        }
    }
    Ok(pieces)
}
