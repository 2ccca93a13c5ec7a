//! What the lesson panel says about a lesson's mistakes, in words (pure; the panel is
//! `components/lesson.rs`): which steps were left out, by title and line, and the
//! errors and warnings, at most [`SHOWN_MAX`] of them, then "and N more", in the page's
//! language (`lesson-notice-…` in `features.ftl`).

use super::LessonError;
use crate::i18n::{t, t0, Lang};
use migration_model::say::SayArg;

/// One notice in `lang`: its message, in the frame that names its step, field and line
/// ("Paso 2 “Dos”, campo at (línea 7): …").
///
/// A scene's reason from the link reader (`expected a rate like …`) is read back into
/// the page's language as the link notice's is.
pub fn notice_in(lang: Lang, e: &LessonError) -> String {
    let mut message = e.message.clone();
    if message.id.starts_with("lesson-error-scene") {
        for (name, arg) in &mut message.args {
            match arg {
                SayArg::Quote(why) if *name == "why" => {
                    *why = crate::links::reason::in_lang(why, lang);
                }
                _ => {}
            }
        }
    }
    e.frame(message.tr(lang)).tr(lang)
}

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

    /// The first sentence, in `lang`: how many steps were left out, or that the lesson
    /// loaded with warnings.
    pub fn head(&self, lang: Lang) -> String {
        let id = match self.left_out.len() {
            0 if self.errors > 0 => "lesson-notice-partial",
            0 => "lesson-notice-loaded",
            _ => "lesson-notice-left-out",
        };
        let args = [
            ("steps", self.left_out.len().into()),
            ("warnings", self.warnings.into()),
        ];
        t(lang, id, &args)
    }

    /// "Left out: step 2 “Two” (line 6), step 4 “Four” (line 13)." or nothing, in
    /// `lang`.
    pub fn left_out_line(&self, lang: Lang) -> Option<String> {
        if self.left_out.is_empty() {
            return None;
        }
        let named: Vec<String> = self
            .left_out
            .iter()
            .take(SHOWN_MAX)
            .map(|&(n, title, line)| {
                let args = [
                    ("step", n.into()),
                    ("title", title.into()),
                    ("line", line.into()),
                ];
                t(lang, "lesson-notice-step", &args)
            })
            .collect();
        let rest = self.left_out.len() - named.len();
        let steps = named.join(&t0(lang, "lesson-notice-sep"));
        let id = if rest > 0 {
            "lesson-notice-left-out-list-more"
        } else {
            "lesson-notice-left-out-list"
        };
        Some(t(
            lang,
            id,
            &[("steps", steps.into()), ("more", rest.into())],
        ))
    }

    /// "and 12 more" under the list, or nothing, in `lang`.
    pub fn more_line(&self, lang: Lang) -> Option<String> {
        (self.more > 0).then(|| t(lang, "lesson-notice-more", &[("n", self.more.into())]))
    }
}
