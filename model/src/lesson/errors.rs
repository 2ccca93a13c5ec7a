//! What a lesson's reader says of a step or of the file: an error (the step is left
//! out) or a warning (it loads), with the step, field and line it is about. Shared by
//! `parse` (the file and the header) and `build` (one step).

use crate::i18n::Lang;
use crate::say::Say;
use std::fmt;

/// An error leaves its step out; a warning is about a step (or the file) that loads.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Severity {
    Error,
    Warning,
}

/// Why part of a lesson could not be used, or what in it was not used as written.
#[derive(Clone, Debug, PartialEq)]
pub struct LessonError {
    /// The step, counted from 1 in the file; `None` for the file or the lesson's header.
    pub step: Option<usize>,
    /// The step's title (empty for the header).
    pub title: String,
    /// The line of the step's `== Title` (0 for the header).
    pub step_line: usize,
    /// The field at fault (`scene`, `at`, `text`, …; `line` for a line that is not a
    /// field, `file` for the file as a whole).
    pub field: String,
    /// Line in the file, from 1.
    pub line: usize,
    /// What is wrong, as a message of `model.ftl` (`lesson-error-…`) and its arguments.
    pub message: Say,
    pub severity: Severity,
}

impl LessonError {
    pub fn is_warning(&self) -> bool {
        self.severity == Severity::Warning
    }

    /// The sentence around the message, `message` being the message already written in
    /// the language it is shown in: "Step 2 “Two”, field at (line 7): …", "Lesson header,
    /// field lang (line 2): …", or the message alone (capitalized) for the whole file.
    pub fn frame(&self, message: String) -> Say {
        match self.step {
            Some(n) => Say::new("lesson-at-step")
                .num("step", n as f64)
                .quote("title", self.title.clone())
                .quote("field", self.field.clone())
                .num("line", self.line as f64)
                .quote("message", message),
            // About the whole file: its message is the sentence ("The file is empty: …").
            None if self.field == "file" => {
                let mut m = message.chars();
                let first = m.next().map(|c| c.to_uppercase().to_string());
                Say::new("lesson-at-file").quote(
                    "message",
                    format!("{}{}", first.unwrap_or_default(), m.as_str()),
                )
            }
            None => Say::new("lesson-at-header")
                .quote("field", self.field.clone())
                .num("line", self.line as f64)
                .quote("message", message),
        }
    }

    /// The whole notice in `lang` (its message, then its frame).
    pub fn tr(&self, lang: Lang) -> String {
        self.frame(self.message.tr(lang)).tr(lang)
    }
}

/// English, from the generated catalogue (`lesson-at-…` around `lesson-error-…`).
impl fmt::Display for LessonError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.frame(self.message.to_string()))
    }
}
