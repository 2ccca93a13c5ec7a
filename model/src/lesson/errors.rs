//! What a lesson's reader says of a step or of the file: an error (the step is left
//! out) or a warning (it loads), with the step, field and line it is about. Shared by
//! `parse` (the file and the header) and `build` (one step).

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
    pub message: String,
    pub severity: Severity,
}

impl LessonError {
    pub fn is_warning(&self) -> bool {
        self.severity == Severity::Warning
    }
}

impl fmt::Display for LessonError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.step {
            Some(n) => write!(
                f,
                "Step {n} “{}”, field {} (line {}): {}",
                self.title, self.field, self.line, self.message
            ),
            // About the whole file: its message is the sentence ("The file is empty: …").
            None if self.field == "file" => {
                let mut m = self.message.chars();
                let first = m.next().map(|c| c.to_uppercase().to_string());
                write!(f, "{}{}", first.unwrap_or_default(), m.as_str())
            }
            None => write!(
                f,
                "Lesson header, field {} (line {}): {}",
                self.field, self.line, self.message
            ),
        }
    }
}
