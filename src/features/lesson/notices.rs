//! What the lesson panel says about a lesson's mistakes, in words (pure; the panel is
//! `components/lesson.rs`): which steps were left out, by title and line, and the
//! errors and warnings, at most [`SHOWN_MAX`] of them, then "and N more".

use super::LessonError;

/// Most notices listed; the rest are counted.
pub const SHOWN_MAX: usize = 20;

/// A lesson's notices, sorted for people.
#[derive(Debug, PartialEq)]
pub struct Summary<'a> {
    /// The steps left out (each had an error): number, title, line of its `== Title`.
    pub left_out: Vec<(usize, &'a str, usize)>,
    /// Errors (file order), then warnings (file order), at most [`SHOWN_MAX`].
    pub shown: Vec<&'a LessonError>,
    /// Notices not shown.
    pub more: usize,
    pub errors: usize,
    pub warnings: usize,
}

impl<'a> Summary<'a> {
    pub fn of(notices: &'a [LessonError]) -> Summary<'a> {
        let mut left_out: Vec<(usize, &str, usize)> = Vec::new();
        for e in notices.iter().filter(|e| !e.is_warning()) {
            if let Some(n) = e.step {
                if !left_out.iter().any(|(m, _, _)| *m == n) {
                    left_out.push((n, &e.title, e.step_line));
                }
            }
        }
        let errors = notices.iter().filter(|e| !e.is_warning());
        let warnings = notices.iter().filter(|e| e.is_warning());
        let (n_errors, n_warnings) = (errors.clone().count(), warnings.clone().count());
        let shown: Vec<&LessonError> = errors.chain(warnings).take(SHOWN_MAX).collect();
        Summary {
            left_out,
            more: notices.len() - shown.len(),
            shown,
            errors: n_errors,
            warnings: n_warnings,
        }
    }

    /// The first sentence: how many steps were left out, or that the lesson loaded with
    /// warnings.
    pub fn head(&self) -> String {
        let warned = match self.warnings {
            0 => String::new(),
            1 => "; 1 warning".into(),
            n => format!("; {n} warnings"),
        };
        match self.left_out.len() {
            0 if self.errors > 0 => format!("Part of this lesson could not be read{warned}:"),
            0 => format!("The lesson loaded{}:", warned.replacen(';', ", with", 1)),
            1 => format!("1 step could not be used and was left out; the others are here{warned}:"),
            k => format!(
                "{k} steps could not be used and were left out; the others are here{warned}:"
            ),
        }
    }

    /// "Left out: step 2 “Two” (line 6), step 4 “Four” (line 13)." or nothing.
    pub fn left_out_line(&self) -> Option<String> {
        if self.left_out.is_empty() {
            return None;
        }
        let named: Vec<String> = self
            .left_out
            .iter()
            .take(SHOWN_MAX)
            .map(|(n, title, line)| format!("step {n} “{title}” (line {line})"))
            .collect();
        let rest = self.left_out.len() - named.len();
        let more = if rest > 0 {
            format!(" and {rest} more")
        } else {
            String::new()
        };
        Some(format!("Left out: {}{more}.", named.join(", ")))
    }

    /// "and 12 more" under the list, or nothing.
    pub fn more_line(&self) -> Option<String> {
        (self.more > 0).then(|| format!("and {} more", self.more))
    }
}
