//! Reads a lesson's text (format: `docs/lessons.md`). Never fails: a step with a
//! mistake is left out and named in an error (its number, title, field and line); the
//! valid steps load. Every step's scenario is run once here, so a moment, a placeholder
//! or a question its run cannot answer is caught when the lesson is read, not when it is
//! shown.

use super::ask::Ask;
use super::text::{parse_text, Mark, Piece};
use super::{Edge, Lesson, Moment, PhaseName, Step};
use migration_model::{simulate, Trace};
use std::fmt;

/// Longest lesson text read (bytes): a lecture is a few kilobytes.
pub const MAX_BYTES: usize = 256 * 1024;
/// Most steps read; later ones are reported.
pub const MAX_STEPS: usize = 100;

/// Why part of a lesson could not be used.
#[derive(Clone, Debug, PartialEq)]
pub struct LessonError {
    /// The step, counted from 1 in the file; `None` for the lesson's header.
    pub step: Option<usize>,
    /// The step's title (empty for the header).
    pub title: String,
    /// The field at fault (`scene`, `at`, `text`, …).
    pub field: String,
    /// Line in the file, from 1.
    pub line: usize,
    pub message: String,
}

impl fmt::Display for LessonError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.step {
            Some(n) => write!(
                f,
                "Step {n} “{}”, field {} (line {}): {}",
                self.title, self.field, self.line, self.message
            ),
            None => write!(
                f,
                "Lesson header, field {} (line {}): {}",
                self.field, self.line, self.message
            ),
        }
    }
}

/// A lesson as read: what can be shown, and what could not be used.
#[derive(Clone, Debug, PartialEq)]
pub struct Loaded {
    pub lesson: Lesson,
    pub errors: Vec<LessonError>,
}

/// The fields a step may have.
const STEP_FIELDS: [&str; 6] = ["scene", "at", "mark", "text", "ask", "reveal"];

/// One field as written: its name, value (continuation lines joined) and first line.
#[derive(Debug)]
struct Field {
    name: String,
    value: String,
    line: usize,
}

#[derive(Debug, Default)]
struct RawStep {
    title: String,
    line: usize,
    fields: Vec<Field>,
}

/// Reads a lesson. See `docs/lessons.md`.
pub fn parse(source: &str) -> Loaded {
    let mut errors = Vec::new();
    let mut cut = source.len().min(MAX_BYTES);
    while !source.is_char_boundary(cut) {
        cut -= 1;
    }
    if cut < source.len() {
        errors.push(header_error(
            "file",
            1,
            format!(
                "the lesson is longer than {} KiB; the rest was not read",
                MAX_BYTES / 1024
            ),
        ));
    }
    let source = source[..cut].trim_start_matches('\u{feff}');
    let (header, raw_steps) = split(source, &mut errors);

    let mut title = String::new();
    for f in header {
        match f.name.as_str() {
            "lesson" => title = f.value.trim().to_string(),
            _ => errors.push(header_error(
                &f.name,
                f.line,
                "the header has only a lesson: title; steps start with a line == Title".into(),
            )),
        }
    }
    if title.is_empty() {
        title = "Untitled lesson".into();
    }

    let mut steps = Vec::new();
    let mut scene = String::new();
    for (i, raw) in raw_steps.into_iter().enumerate() {
        let number = i + 1;
        if number > MAX_STEPS {
            errors.push(LessonError {
                step: Some(number),
                title: raw.title,
                field: "step".into(),
                line: raw.line,
                message: format!("a lesson has at most {MAX_STEPS} steps; the rest were not read"),
            });
            break;
        }
        match build(number, raw, &scene) {
            Ok(step) => {
                scene.clone_from(&step.scene);
                steps.push(step);
            }
            Err(mut e) => errors.append(&mut e),
        }
    }
    Loaded {
        lesson: Lesson { title, steps },
        errors,
    }
}

fn header_error(field: &str, line: usize, message: String) -> LessonError {
    LessonError {
        step: None,
        title: String::new(),
        field: field.into(),
        line,
        message,
    }
}

/// Splits the text into header fields and raw steps; lines that are neither fields,
/// continuations, headings, comments nor blank are reported.
fn split(source: &str, errors: &mut Vec<LessonError>) -> (Vec<Field>, Vec<RawStep>) {
    let mut header: Vec<Field> = Vec::new();
    let mut steps: Vec<RawStep> = Vec::new();
    for (i, line) in source.lines().enumerate() {
        let n = i + 1;
        let trimmed = line.trim();
        if trimmed.is_empty() || trimmed.starts_with('#') {
            continue;
        }
        if let Some(title) = line.strip_prefix("==") {
            steps.push(RawStep {
                title: title.trim().trim_end_matches('=').trim().to_string(),
                line: n,
                fields: Vec::new(),
            });
            continue;
        }
        let fields = match steps.last_mut() {
            Some(s) => &mut s.fields,
            None => &mut header,
        };
        if line.starts_with([' ', '\t']) {
            match fields.last_mut() {
                Some(f) => {
                    f.value.push(' ');
                    f.value.push_str(trimmed);
                }
                None => errors.push(line_error(
                    &steps,
                    n,
                    "an indented line continues a field, but no field comes before it",
                )),
            }
            continue;
        }
        match line.split_once(':') {
            Some((name, value))
                if !name.is_empty()
                    && name.len() <= 12
                    && name.bytes().all(|b| b.is_ascii_lowercase() || b == b'-') =>
            {
                fields.push(Field {
                    name: name.to_string(),
                    value: value.trim().to_string(),
                    line: n,
                })
            }
            _ => errors.push(line_error(
                &steps,
                n,
                "expected a field (scene:, at:, mark:, text:, ask:, reveal:), an indented continuation, or == Title",
            )),
        }
    }
    (header, steps)
}

fn line_error(steps: &[RawStep], line: usize, message: &str) -> LessonError {
    LessonError {
        step: steps.len().checked_sub(1).map(|i| i + 1),
        title: steps.last().map_or_else(String::new, |s| s.title.clone()),
        field: "line".into(),
        line,
        message: message.into(),
    }
}

/// Builds one step; every problem is reported (not only the first).
fn build(number: usize, raw: RawStep, inherited_scene: &str) -> Result<Step, Vec<LessonError>> {
    let title = if raw.title.is_empty() {
        format!("Step {number}")
    } else {
        raw.title.clone()
    };
    let mut errors = Vec::new();
    let err = |field: &str, line: usize, message: String| LessonError {
        step: Some(number),
        title: title.clone(),
        field: field.into(),
        line,
        message,
    };
    let mut one: Vec<(&str, &Field)> = Vec::new();
    let mut text = String::new();
    let mut reveal = String::new();
    let mut text_line = raw.line;
    let mut reveal_line = raw.line;
    for f in &raw.fields {
        match f.name.as_str() {
            // A paragraph may take several lines; its first says where it starts.
            "text" | "reveal" => {
                let (into, line) = if f.name == "text" {
                    (&mut text, &mut text_line)
                } else {
                    (&mut reveal, &mut reveal_line)
                };
                if *line == raw.line {
                    *line = f.line;
                }
                join(into, &f.value);
            }
            name if STEP_FIELDS.contains(&name) => {
                if one.iter().any(|(n, _)| *n == name) {
                    errors.push(err(name, f.line, format!("{name}: is given twice")));
                } else {
                    one.push((STEP_FIELDS.iter().find(|n| **n == name).expect("listed"), f));
                }
            }
            other => errors.push(err(
                other,
                f.line,
                format!("not a step field ({})", STEP_FIELDS.join(", ")),
            )),
        }
    }
    let field = |name: &str| one.iter().find(|(n, _)| *n == name).map(|(_, f)| *f);

    // The scenario: a link's query, read by the link parser.
    let scene_text = field("scene").map_or(inherited_scene, |f| f.value.as_str());
    let scene_line = field("scene").map_or(raw.line, |f| f.line);
    let (params, compare) = match read_scene(scene_text) {
        Ok(x) => x,
        Err(why) => {
            errors.push(err("scene", scene_line, why));
            return Err(errors);
        }
    };
    let trace = match simulate(&params) {
        Ok(t) => t,
        Err(e) => {
            errors.push(err("scene", scene_line, e.to_string()));
            return Err(errors);
        }
    };

    let (at, until) = match field("at") {
        None => (Moment::Seconds(0.0), None),
        Some(f) => match read_at(&f.value, &trace) {
            Ok(m) => m,
            Err(why) => {
                errors.push(err("at", f.line, why));
                (Moment::Seconds(0.0), None)
            }
        },
    };
    let mark = field("mark").and_then(|f| match Mark::parse(&f.value) {
        Ok(Mark::Round(n)) if Moment::Round(n, Edge::Start).resolve(&trace).is_err() => {
            errors.push(err(
                "mark",
                f.line,
                Moment::Round(n, Edge::Start)
                    .resolve(&trace)
                    .expect_err("checked"),
            ));
            None
        }
        Ok(m) => Some(m),
        Err(why) => {
            errors.push(err("mark", f.line, why));
            None
        }
    });
    let mut paragraph = |name: &str, s: &str, line: usize| match read_text(s, &trace) {
        Ok(p) => p,
        Err(why) => {
            errors.push(err(name, line, why));
            Vec::new()
        }
    };
    let text_pieces = paragraph("text", &text, text_line);
    let reveal_pieces = paragraph("reveal", &reveal, reveal_line);
    if text.trim().is_empty() {
        errors.push(err(
            "text",
            raw.line,
            "a step needs a paragraph (text: …)".into(),
        ));
    }
    let ask = field("ask").and_then(|f| match Ask::parse(&f.value) {
        Ok(a) => match a.check(&params, &trace) {
            Ok(()) => Some(a),
            Err(why) => {
                errors.push(err("ask", f.line, why));
                None
            }
        },
        Err(why) => {
            errors.push(err("ask", f.line, why));
            None
        }
    });
    if ask.is_none() && !reveal.trim().is_empty() && field("ask").is_none() {
        errors.push(err(
            "reveal",
            reveal_line,
            "a reveal follows a question: add ask: …".into(),
        ));
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    Ok(Step {
        number_in_file: number,
        title,
        scene: scene_text.to_string(),
        params,
        compare,
        at,
        until,
        mark,
        text: text_pieces,
        ask,
        reveal: reveal_pieces,
    })
}

fn join(into: &mut String, more: &str) {
    if !into.is_empty() && !more.is_empty() {
        into.push(' ');
    }
    into.push_str(more);
}

/// A scene is a link's query: the parameter keys, `preset=` and `view=`. Keys that set
/// the page rather than the scenario (the playhead, embed, theme) are not allowed.
fn read_scene(q: &str) -> Result<(migration_model::Params, bool), String> {
    let q = q.trim().trim_start_matches('?');
    use crate::url::keys::{AUTOPLAY, CONTROLS, EMBED, PRESENT, SPEED, THEME, TIME};
    for (k, _) in crate::url::pairs(q) {
        if [TIME, SPEED, EMBED, CONTROLS, AUTOPLAY, THEME, PRESENT].contains(&k.as_str()) {
            return Err(format!(
                "{k}= sets the page, not the scenario (the playhead is the step's at: field)"
            ));
        }
    }
    let link = crate::url::parse(q);
    if let Some(first) = link.ignored.first() {
        let rest = link.ignored.len() - 1;
        let more = if rest > 0 {
            format!(" (and {rest} more)")
        } else {
            String::new()
        };
        return Err(format!("{first}{more}"));
    }
    // As the state will hold them (the reducer tidies every parameter it is given),
    // so a step's answers are worked out on the run the step shows.
    Ok((migration_model::spec::tidy(&link.params), link.compare))
}

/// `at:` — one moment, or `A to B` (the step plays from A to B).
fn read_at(s: &str, trace: &Trace) -> Result<(Moment, Option<Moment>), String> {
    let (a, b) = match s.split_once(" to ") {
        Some((a, b)) => (a, Some(b)),
        None => (s, None),
    };
    let from = read_moment(a)?;
    let t0 = from.resolve(trace)?;
    let until = match b {
        Some(b) => {
            let m = read_moment(b)?;
            let t1 = m.resolve(trace)?;
            if t1 <= t0 {
                return Err(format!(
                    "“{}” comes before “{}” in this run",
                    b.trim(),
                    a.trim()
                ));
            }
            Some(m)
        }
        None => None,
    };
    Ok((from, until))
}

/// One moment: `start`, `end`, `fault`, `12.5s` (any duration the links accept),
/// `round 3 [start|middle|end]`, `<phase> [start|middle|end]`.
pub fn read_moment(s: &str) -> Result<Moment, String> {
    let s = s.trim();
    let words: Vec<&str> = s.split_whitespace().collect();
    let edge = |w: Option<&&str>| match w.copied() {
        None | Some("middle") => Ok(Edge::Middle),
        Some("start") => Ok(Edge::Start),
        Some("end") => Ok(Edge::End),
        Some(other) => Err(format!("“{other}”: expected start, middle or end")),
    };
    match words.as_slice() {
        ["start"] => return Ok(Moment::Seconds(0.0)),
        ["end"] => return Ok(Moment::End),
        ["fault"] => return Ok(Moment::Fault),
        ["round", n, rest @ ..] if rest.len() <= 1 => {
            let n = n
                .parse::<u32>()
                .map_err(|_| format!("“{n}” is not a round number"))?;
            return Ok(Moment::Round(n, edge(rest.first())?));
        }
        [name, rest @ ..] if rest.len() <= 1 => {
            if let Some((p, _)) = PhaseName::ALL.iter().find(|(_, k)| k == name) {
                return Ok(Moment::Phase(*p, edge(rest.first())?));
            }
        }
        _ => {}
    }
    let secs = migration_model::units::decimal(s)
        .or_else(|| migration_model::units::duration(s).ok())
        .filter(|t| t.is_finite() && *t >= 0.0);
    secs.map(Moment::Seconds).ok_or_else(|| {
        format!(
            "“{s}” is not a moment (start, end, fault, 12.5s, round 3, stop-and-copy, {} …; add start or end)",
            PhaseName::ALL[..4].iter().map(|(_, k)| *k).collect::<Vec<_>>().join(", ")
        )
    })
}

/// A paragraph, with every round it names checked against the run.
fn read_text(s: &str, trace: &Trace) -> Result<Vec<Piece>, String> {
    let pieces = parse_text(s)?;
    for p in &pieces {
        if let Piece::Value(v) = p {
            if let Some(n) = v.round() {
                Moment::Round(n, Edge::Start).resolve(trace)?;
            }
        }
    }
    Ok(pieces)
}
