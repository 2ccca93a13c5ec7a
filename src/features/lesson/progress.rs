//! Where a learner is in an open lesson: the step, which questions are revealed, the
//! answers given (kept for the visit only), and the steps an embed may show. Pure: the
//! app's reducer applies a step's scene; this only counts.

use super::ask::Answer;
use super::{Lesson, LessonError};
use std::rc::Rc;

/// Where the lesson came from: what a link writes back (`lesson=drama`, `lesson=~…`).
#[derive(Clone, Debug, PartialEq)]
pub enum Source {
    /// A built-in lesson by its link name.
    BuiltIn(&'static str),
    /// Carried by a link, compressed (the text after `~`).
    Link(String),
    /// Opened from a file (no link can name it).
    File(String),
}

/// An open lesson.
#[derive(Clone, Debug, PartialEq)]
pub struct Progress {
    pub lesson: Rc<Lesson>,
    pub source: Source,
    /// The step shown, from 0.
    pub step: usize,
    /// First and last step that may be shown (an embed's `steps=3-5`), from 0.
    pub first: usize,
    pub last: usize,
    /// Per step: the question's answer is shown.
    pub revealed: Vec<bool>,
    /// Per step: the learner's answer.
    pub answers: Vec<Option<Answer>>,
    /// What could not be used when the lesson was read.
    pub errors: Rc<Vec<LessonError>>,
    /// Print the handout once the lesson shows (`handout=1` in its link).
    pub handout: bool,
}

/// What the lesson controls ask for.
#[derive(Clone, Debug, PartialEq)]
pub enum LessonAction {
    /// A presenter's PageDown or the Next button: reveal the question first, then move on.
    Forward,
    /// Back one step (PageUp).
    Back,
    /// Jump to a step (from 0).
    Go(usize),
    Reveal,
    Answer(Answer),
    Close,
}

impl Progress {
    /// A lesson opened at `step` (from 0), limited to `range` (from 0, inclusive).
    /// Out-of-range steps are clamped; `None` when the lesson has no steps.
    pub fn open(
        lesson: Rc<Lesson>,
        source: Source,
        errors: Vec<LessonError>,
        step: usize,
        range: Option<(usize, usize)>,
    ) -> Option<Progress> {
        let n = lesson.steps.len();
        if n == 0 {
            return None;
        }
        let (first, last) = range.map_or((0, n - 1), |(a, b)| {
            let a = a.min(n - 1);
            (a, b.clamp(a, n - 1))
        });
        Some(Progress {
            step: step.clamp(first, last),
            first,
            last,
            revealed: vec![false; n],
            answers: vec![None; n],
            errors: Rc::new(errors),
            lesson,
            source,
            handout: false,
        })
    }

    pub fn current(&self) -> &super::Step {
        &self.lesson.steps[self.step]
    }

    /// Applies an action; true when the step changed (the scene must be applied).
    pub fn apply(&mut self, a: &LessonAction) -> bool {
        let before = self.step;
        match a {
            LessonAction::Forward => {
                if self.current().ask.is_some() && !self.revealed[self.step] {
                    self.revealed[self.step] = true;
                } else if self.step < self.last {
                    self.step += 1;
                }
            }
            LessonAction::Back => {
                if self.step > self.first {
                    self.step -= 1;
                }
            }
            LessonAction::Go(i) => self.step = (*i).clamp(self.first, self.last),
            LessonAction::Reveal => self.revealed[self.step] = true,
            LessonAction::Answer(ans) => self.answers[self.step] = Some(*ans),
            LessonAction::Close => {}
        }
        self.step != before
    }

    /// The link's keys for this lesson, or none for a lesson from a file.
    pub fn link_keys(&self) -> Vec<(String, String)> {
        let name = match &self.source {
            Source::BuiltIn(n) => (*n).to_string(),
            Source::Link(code) => format!("~{code}"),
            Source::File(_) => return Vec::new(),
        };
        vec![
            (crate::links::keys::LESSON.into(), name),
            (crate::links::keys::STEP.into(), (self.step + 1).to_string()),
        ]
    }
}

/// What a link asks of a lesson that the lesson does not have: a step or an embed's range
/// past its last step (the lesson opens at the nearest step it has, and says so).
pub fn link_notices(link: &crate::links::Link, steps: usize) -> Vec<crate::links::Ignored> {
    let Some(l) = link.lesson.as_ref() else {
        return Vec::new();
    };
    let mut out = Vec::new();
    if let Some((a, b)) = l.range {
        if b >= steps {
            let (first, last) = (a.min(steps - 1), b.min(steps - 1));
            out.push(crate::links::Ignored {
                key: crate::links::keys::STEPS.into(),
                value: format!("{}-{}", a + 1, b + 1),
                why: format!(
                    "the lesson has {steps} steps: showing {}",
                    if first == last {
                        format!("step {}", first + 1)
                    } else {
                        format!("steps {}–{}", first + 1, last + 1)
                    }
                ),
            });
        }
    } else if l.step >= steps {
        out.push(crate::links::Ignored {
            key: crate::links::keys::STEP.into(),
            value: (l.step + 1).to_string(),
            why: format!("the lesson has {steps} steps: showing step {steps}"),
        });
    }
    out
}

/// The built-in lesson a link names, opened at its step (a packed one is unpacked by
/// the page, asynchronously).
pub fn open_built_in(
    link: &crate::links::Link,
    lang: migration_model::i18n::Lang,
) -> Option<Progress> {
    let l = link.lesson.as_ref()?;
    let crate::links::LessonName::BuiltIn(name) = l.name else {
        return None;
    };
    // In the page's language: its translation, or the English lesson asked in it.
    let lesson = migration_model::lesson::built_in_for(name, lang)?;
    let p = Progress::open(
        Rc::new(lesson),
        Source::BuiltIn(name),
        vec![],
        l.step,
        l.range,
    )?;
    Some(Progress {
        handout: l.handout,
        ..p
    })
}

/// The address bar's query while a lesson is open: the lesson, the step, and
/// presentation mode if on.
pub fn link_query(keys: &[(String, String)], presenting: bool) -> String {
    let mut q = keys
        .iter()
        .map(|(k, v)| format!("{k}={v}"))
        .collect::<Vec<_>>()
        .join("&");
    if presenting {
        q.push_str("&present=1");
    }
    q
}

/// Reads `steps=3-5` (or `steps=4`): from-1 inclusive numbers, to a from-0 range.
pub fn read_range(v: &str) -> Option<(usize, usize)> {
    let (a, b) = v.split_once('-').unwrap_or((v, v));
    let a: usize = a.trim().parse().ok()?;
    let b: usize = b.trim().parse().ok()?;
    (a >= 1 && b >= a).then(|| (a - 1, b - 1))
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    fn drama() -> Progress {
        let lesson = Rc::new(super::super::built_in("drama").expect("built in"));
        Progress::open(lesson, Source::BuiltIn("drama"), vec![], 0, None).expect("steps")
    }

    #[test]
    fn forward_reveals_a_question_before_moving_on() {
        let mut p = drama();
        let q = p
            .lesson
            .steps
            .iter()
            .position(|s| s.ask.is_some())
            .expect("a question");
        assert!(p.apply(&LessonAction::Go(q)));
        assert!(!p.apply(&LessonAction::Forward), "first press reveals");
        assert!(p.revealed[q]);
        assert!(p.apply(&LessonAction::Forward), "second press moves on");
        assert_eq!(p.step, q + 1);
        assert!(p.apply(&LessonAction::Back));
        assert_eq!(p.step, q);
        // Already revealed: the next press moves on at once.
        assert!(p.apply(&LessonAction::Forward));
    }

    #[test]
    fn the_ends_and_ranges_hold() {
        let mut p = drama();
        assert!(!p.apply(&LessonAction::Back));
        let n = p.lesson.steps.len();
        for _ in 0..3 * n {
            p.apply(&LessonAction::Forward);
        }
        assert_eq!(p.step, n - 1);
        assert_eq!(p.step + 1, n, "the last step");
        let lesson = p.lesson.clone();
        let mut e = Progress::open(
            lesson,
            Source::BuiltIn("drama"),
            vec![],
            0,
            read_range("3-5"),
        )
        .expect("steps");
        assert_eq!((e.step, e.first, e.last), (2, 2, 4));
        for _ in 0..20 {
            e.apply(&LessonAction::Forward);
        }
        assert_eq!(e.step, 4);
        e.apply(&LessonAction::Go(0));
        assert_eq!(e.step, 2);
        assert_eq!(e.step + 1, 3, "step 3 of {n}");
        assert_eq!(read_range("7"), Some((6, 6)));
        assert_eq!(read_range("5-3"), None);
        assert_eq!(read_range("0-2"), None);
        assert_eq!(read_range("x"), None);
        assert_eq!(
            e.link_keys(),
            vec![
                ("lesson".to_string(), "drama".to_string()),
                ("step".to_string(), "3".to_string())
            ]
        );
    }

    #[test]
    fn answers_stay_with_their_step() {
        let mut p = drama();
        p.apply(&LessonAction::Answer(Answer::YesNo(true)));
        p.apply(&LessonAction::Go(3));
        assert_eq!(p.answers[0], Some(Answer::YesNo(true)));
        assert_eq!(p.answers[3], None);
    }
}
