//! Reads a lesson's text (format: `docs/lessons.md`). Never fails: a step with any
//! error is left out and named (its number, title, field and line); the valid steps
//! load. What is used but may not be what the author meant (a scene key a step cannot
//! use, a moment past the run's end, a key given twice, a file that is not UTF-8) is a
//! warning: the step loads and the warning names it. Every step's scenario is run once
//! here (`build`), so a moment, a placeholder or a question its run cannot answer is
//! caught when the lesson is read, not when it is shown.

use super::build::build;
use super::fields::{did_you_mean, field_named, Field, RawStep};
use super::source;
use super::Lesson;
use crate::i18n::Lang;
use crate::say::Say;

pub use super::build::read_moment;
pub use super::errors::{LessonError, Severity};
pub use super::source::MAX_BYTES;

/// Most steps read; later ones are reported.
pub const MAX_STEPS: usize = 100;
/// Longest step title kept (characters); a longer one is cut with an ellipsis.
const TITLE_MAX: usize = 80;

/// A lesson as read: what can be shown, and what could not be used (errors) or was
/// used with a warning, in file order.
#[derive(Clone, Debug, PartialEq)]
pub struct Loaded {
    pub lesson: Lesson,
    pub errors: Vec<LessonError>,
}

/// Reads a lesson. See `docs/lessons.md`.
pub fn parse(source: &str) -> Loaded {
    parse_bytes(source.as_bytes())
}

/// Reads a lesson file's bytes: UTF-8, or else read as Windows-1252 with a warning; a
/// binary file gives one error and no steps, after looking at its first 64 KiB only.
pub fn parse_bytes(bytes: &[u8]) -> Loaded {
    let no_steps = |message: Say| Loaded {
        lesson: Lesson {
            title: "Untitled lesson".into(),
            lang: Lang::En,
            steps: Vec::new(),
        },
        errors: vec![file_notice(Severity::Error, 1, message)],
    };
    let text = match source::decode(bytes) {
        Ok(t) => t,
        Err(why) => return no_steps(why),
    };
    let mut errors = Vec::new();
    if text.cut {
        errors.push(file_notice(
            Severity::Error,
            1,
            Say::new("lesson-error-too-long").num("kib", (MAX_BYTES / 1024) as f64),
        ));
    }
    if let Some(line) = text.not_utf8 {
        errors.push(file_notice(
            Severity::Warning,
            line,
            Say::new("lesson-error-not-utf8").num("line", line as f64),
        ));
    }
    parse_text(text.text.trim_start_matches('\u{feff}'), errors)
}

fn parse_text(source: &str, mut errors: Vec<LessonError>) -> Loaded {
    let (header, raw_steps) = split(source, &mut errors);
    let (title, lang) = read_header(&header, &mut errors);
    if raw_steps.is_empty() {
        let why = no_steps_reason(source, &header);
        errors.push(file_notice(Severity::Error, 1, why));
    }
    let mut steps = Vec::new();
    let mut scene = String::new();
    for (i, raw) in raw_steps.into_iter().enumerate() {
        let number = i + 1;
        if number > MAX_STEPS {
            errors.push(LessonError {
                step: Some(number),
                title: raw.title,
                step_line: raw.line,
                field: "step".into(),
                line: raw.line,
                message: Say::new("lesson-error-too-many-steps").num("max", MAX_STEPS as f64),
                severity: Severity::Error,
            });
            break;
        }
        let (step, mut notices) = build(number, raw, &scene);
        if let Some(step) = step {
            scene.clone_from(&step.scene);
            steps.push(step);
        }
        errors.append(&mut notices);
    }
    Loaded {
        lesson: Lesson { title, lang, steps },
        errors,
    }
}

/// The lesson's title and language from the header's fields; anything else there is
/// reported. A language no catalogue has is a warning: the lesson loads, its questions
/// in English.
fn read_header(header: &[Field], errors: &mut Vec<LessonError>) -> (String, Lang) {
    let mut title: Option<&Field> = None;
    let mut lang: Option<&Field> = None;
    for f in header {
        match f.name.as_str() {
            name @ ("lesson" | "lang") => {
                let seen = if name == "lesson" {
                    &mut title
                } else {
                    &mut lang
                };
                if let Some(first) = seen {
                    errors.push(header_notice(
                        Severity::Warning,
                        name,
                        f.line,
                        Say::new("lesson-error-header-twice")
                            .quote("name", name)
                            .num("first", first.line as f64)
                            .num("again", f.line as f64),
                    ));
                }
                *seen = Some(f);
            }
            name => errors.push(header_notice(
                Severity::Error,
                name,
                f.line,
                Say::new("lesson-error-header-field").quote("meant", did_you_mean(name, false)),
            )),
        }
    }
    let lang = match lang.map(|f| (f, Lang::from_key(&f.value))) {
        None => Lang::En,
        Some((_, Ok(l))) => l,
        Some((f, Err(why))) => {
            errors.push(header_notice(
                Severity::Warning,
                "lang",
                f.line,
                Say::new("lesson-error-lang")
                    .quote("value", why.0)
                    .quote("known", Lang::ALL.map(Lang::key).join(", ")),
            ));
            Lang::En
        }
    };
    let title = match title.map(|f| f.value.trim()) {
        Some(t) if !t.is_empty() => t.to_string(),
        _ => "Untitled lesson".into(),
    };
    (title, lang)
}

/// Why a text gave no step at all.
fn no_steps_reason(source: &str, header: &[Field]) -> Say {
    Say::new(if source.trim().is_empty() {
        "lesson-error-empty"
    } else if source
        .lines()
        .all(|l| l.trim().is_empty() || l.trim().starts_with('#'))
    {
        "lesson-error-only-comments"
    } else if header.iter().any(|f| f.name == "lesson") {
        "lesson-error-title-no-steps"
    } else {
        "lesson-error-no-steps"
    })
}

fn file_notice(severity: Severity, line: usize, message: Say) -> LessonError {
    header_notice(severity, "file", line, message)
}

fn header_notice(severity: Severity, field: &str, line: usize, message: Say) -> LessonError {
    LessonError {
        step: None,
        title: String::new(),
        step_line: 0,
        field: field.into(),
        line,
        message,
        severity,
    }
}

/// Splits the text into header fields and raw steps. Lines that are neither fields,
/// continuations, headings, comments nor blank are errors of their step (which is
/// then left out), or of the header.
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
                title: cut_title(title.trim().trim_end_matches('=').trim()),
                line: n,
                ..RawStep::default()
            });
            continue;
        }
        let problem = match steps.last_mut() {
            Some(s) => read_line(line, n, &mut s.fields),
            None => read_line(line, n, &mut header),
        };
        if let Some(message) = problem {
            match steps.last_mut() {
                Some(s) => s.lines.push((n, message)),
                None => errors.push(header_notice(Severity::Error, "line", n, message)),
            }
        }
    }
    (header, steps)
}

/// One line that is not blank, a comment or a heading: a field, or a continuation of
/// the field before it. The mistake, if it is neither.
fn read_line(line: &str, n: usize, fields: &mut Vec<Field>) -> Option<Say> {
    let trimmed = line.trim();
    if line.starts_with([' ', '\t']) {
        // An indented `scene:` is a field the author meant, not words of a paragraph.
        if let Some(name) = trimmed.split_once(':').and_then(|(k, _)| field_named(k)) {
            return Some(Say::new("lesson-error-indented-field").quote("name", name));
        }
        let Some(f) = fields.last_mut() else {
            return Some(Say::new("lesson-error-indented-first"));
        };
        let joins_cjk = |c: Option<char>| c.is_some_and(is_cjk);
        if !(joins_cjk(f.value.chars().last()) || joins_cjk(trimmed.chars().next())) {
            f.value.push(' ');
        }
        f.value.push_str(trimmed);
        return None;
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
            });
            None
        }
        other => Some(Say::new("lesson-error-not-a-field").quote(
            "meant",
            other.map_or("none", |(name, _)| did_you_mean(name, true)),
        )),
    }
}

/// Chinese, Japanese and Korean characters and their full-width punctuation: a line
/// break next to one joins without a space, as those languages write without spaces
/// between words.
fn is_cjk(c: char) -> bool {
    matches!(c,
        '\u{2E80}'..='\u{303F}'   // radicals, CJK symbols and punctuation (、。「」)
        | '\u{3040}'..='\u{30FF}' // kana
        | '\u{3400}'..='\u{4DBF}' // ideographs, extension A
        | '\u{4E00}'..='\u{9FFF}' // unified ideographs
        | '\u{AC00}'..='\u{D7AF}' // Hangul syllables
        | '\u{F900}'..='\u{FAFF}' // compatibility ideographs
        | '\u{FF00}'..='\u{FFEF}' // full-width forms (，：！？（）)
        | '\u{201C}' | '\u{201D}' // “ ” as Chinese quotes them
    )
}

fn cut_title(title: &str) -> String {
    if title.chars().count() > TITLE_MAX {
        let cut: String = title.chars().take(TITLE_MAX - 1).collect();
        format!("{cut}…")
    } else {
        title.to_string()
    }
}
