//! A whole lesson as a handout: each step's title, its paragraph with the numbers from the
//! step's own run, its question with room to answer, and the answers at the end. The
//! [`Handout`] is data, so the app's print view and `migsim lesson` (Markdown or plain
//! text, [`markdown`] and [`text`]) say the same thing.

use super::ask::{answer_text_in, Answer, Ask, Solution};
use super::text::Piece;
use super::{EvacRun, Lesson, Step};
use crate::i18n::{tr, Lang};
use crate::{MigrationType, Trace};

/// A lesson with every number filled in.
#[derive(Clone, Debug, PartialEq)]
pub struct Handout {
    pub title: String,
    /// The lesson's language: the handout's own words are in it too.
    pub lang: Lang,
    pub steps: Vec<HandoutStep>,
}

/// One step, filled from its run at its moment.
#[derive(Clone, Debug, PartialEq)]
pub struct HandoutStep {
    /// Counted from 1 among the lesson's steps (as "Step N of M" counts).
    pub number: usize,
    pub title: String,
    /// The paragraph: runs of words, each with or without emphasis.
    pub text: Vec<Span>,
    pub question: Option<Question>,
    /// The step's time, seconds after the migration started (for its picture).
    pub t_s: f64,
}

/// Words of a paragraph: emphasised (`*…*` in the lesson) or not.
#[derive(Clone, Debug, PartialEq)]
pub struct Span {
    pub text: String,
    pub strong: bool,
}

/// A step's question, the way a learner answers it on paper, and its answer.
#[derive(Clone, Debug, PartialEq)]
pub struct Question {
    pub ask: Ask,
    /// The question as the lesson panel asks it.
    pub prompt: String,
    /// The boxes to tick (yes / no, the five types); empty when a number is written.
    pub choices: Vec<String>,
    /// What the number is counted in, for the blank (`ms, s or min`, `rounds`).
    pub unit: String,
    /// The model's answer in words.
    pub answer: String,
    /// Why, with the numbers; then the lesson's own reveal.
    pub why: String,
}

/// Every step of `lesson` filled from its run.
pub fn handout(lesson: &Lesson) -> Handout {
    let steps = lesson
        .steps
        .iter()
        .enumerate()
        .map(|(i, s)| step(lesson.lang, i + 1, s))
        .collect();
    Handout {
        title: lesson.title.clone(),
        lang: lesson.lang,
        steps,
    }
}

fn step(lang: Lang, number: usize, s: &Step) -> HandoutStep {
    let trace = s.run();
    let evac = s.evacuation();
    let t_s = s.at.resolve_on(&trace, evac.as_ref()).unwrap_or(0.0);
    let fill = |pieces: &[Piece]| spans(lang, pieces, &trace, evac.as_ref(), s, t_s);
    let question = s.ask.map(|ask| {
        let sol: Solution = ask.solve_in(lang, &s.params, &trace);
        let reveal: String = fill(&s.reveal).into_iter().map(|x| x.text).collect();
        let why = [sol.why.trim(), reveal.trim()]
            .iter()
            .filter(|w| !w.is_empty())
            .copied()
            .collect::<Vec<_>>()
            .join(" ");
        let (choices, unit) = match ask {
            Ask::Converge => (
                [true, false]
                    .map(|yes| answer_text_in(lang, &Answer::YesNo(yes)))
                    .to_vec(),
                String::new(),
            ),
            Ask::LeastDowntime => (
                MigrationType::ALL
                    .iter()
                    .map(|t| answer_text_in(lang, &Answer::Type(*t)))
                    .collect(),
                String::new(),
            ),
            Ask::Downtime { .. } => (vec![], tr(lang, "handout-unit-downtime", &[])),
            Ask::Rounds { .. } => (vec![], tr(lang, "handout-unit-rounds", &[])),
        };
        Question {
            ask,
            prompt: ask.question_in(lang),
            choices,
            unit,
            answer: sol.answer_text,
            why,
        }
    });
    HandoutStep {
        number,
        title: s.title.clone(),
        text: fill(&s.text),
        question,
        t_s,
    }
}

/// A paragraph's pieces as words, each number filled from the run at `t_s`; neighbouring
/// plain words joined.
fn spans(
    lang: Lang,
    pieces: &[Piece],
    trace: &Trace,
    evac: Option<&EvacRun>,
    s: &Step,
    t_s: f64,
) -> Vec<Span> {
    let mut out: Vec<Span> = Vec::new();
    for p in pieces {
        let (text, strong) = match p {
            Piece::Text(w) => (w.clone(), false),
            Piece::Strong(w) => (w.clone(), true),
            Piece::Value(v) => (v.show_in(lang, trace, &s.params, evac, t_s), false),
        };
        match out.last_mut() {
            Some(last) if !last.strong && !strong => last.text.push_str(&text),
            _ => out.push(Span { text, strong }),
        }
    }
    out
}

impl HandoutStep {
    /// The paragraph as plain words.
    pub fn plain(&self) -> String {
        self.text.iter().map(|s| s.text.as_str()).collect()
    }
}

/// A word of the handout itself in its language (`handout-*` in lessons.ftl):
/// `question`, `your-answer`, `answers`, `no-questions`.
pub fn word(h: &Handout, id: &str) -> String {
    tr(h.lang, &format!("handout-{id}"), &[])
}

/// Characters Markdown would read as markup, escaped.
fn md_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if matches!(c, '\\' | '*' | '_' | '`' | '[' | ']' | '<' | '>' | '#') {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// The handout as Markdown for a course page: a `# Title` line, a `## N. Title` heading
/// per step with its paragraph and question (tick boxes, or a blank line to write on),
/// and `## Answers` at the end.
pub fn markdown(h: &Handout) -> String {
    let mut out = format!("# {}\n", md_escape(&h.title));
    for s in &h.steps {
        out.push_str(&format!("\n## {}. {}\n\n", s.number, md_escape(&s.title)));
        for span in &s.text {
            let t = md_escape(&span.text);
            if span.strong {
                out.push_str(&format!("**{}**", t.trim()));
            } else {
                out.push_str(&t);
            }
        }
        out.push('\n');
        if let Some(q) = &s.question {
            out.push_str(&format!(
                "\n**{}** {}\n\n",
                word(h, "question"),
                md_escape(&q.prompt)
            ));
            if q.choices.is_empty() {
                out.push_str(&format!(
                    "{} \\_\\_\\_\\_\\_\\_\\_\\_ {}\n",
                    word(h, "your-answer"),
                    q.unit
                ));
            } else {
                for c in &q.choices {
                    out.push_str(&format!("- [ ] {c}\n"));
                }
            }
        }
    }
    out.push_str(&format!("\n## {}\n\n", word(h, "answers")));
    if answered(h).next().is_none() {
        out.push_str(&word(h, "no-questions"));
        out.push('\n');
    }
    for (s, q) in answered(h) {
        out.push_str(&format!(
            "- **{}. {}**: {}. {}\n",
            s.number,
            md_escape(&s.title),
            md_escape(&q.answer),
            md_escape(&q.why)
        ));
    }
    out
}

/// The handout as plain text: the same parts, with boxes `[ ]` and a line `________`.
pub fn text(h: &Handout) -> String {
    let mut out = format!("{}\n{}\n", h.title, "=".repeat(h.title.chars().count()));
    for s in &h.steps {
        let head = format!("{}. {}", s.number, s.title);
        out.push_str(&format!(
            "\n{head}\n{}\n\n",
            "-".repeat(head.chars().count())
        ));
        out.push_str(&s.plain());
        out.push('\n');
        if let Some(q) = &s.question {
            out.push_str(&format!("\n{} {}\n", word(h, "question"), q.prompt));
            if q.choices.is_empty() {
                let blank = word(h, "your-answer");
                out.push_str(&format!("{blank} ________ {}\n", q.unit));
            } else {
                let boxes: Vec<String> = q.choices.iter().map(|c| format!("[ ] {c}")).collect();
                out.push_str(&format!("{}\n", boxes.join("   ")));
            }
        }
    }
    let answers = word(h, "answers");
    let rule = "-".repeat(answers.chars().count().max(3));
    out.push_str(&format!("\n{answers}\n{rule}\n\n"));
    if answered(h).next().is_none() {
        out.push_str(&word(h, "no-questions"));
        out.push('\n');
    }
    for (s, q) in answered(h) {
        out.push_str(&format!(
            "{}. {}: {}. {}\n",
            s.number, s.title, q.answer, q.why
        ));
    }
    out
}

/// The steps that ask something, with their question.
pub fn answered(h: &Handout) -> impl Iterator<Item = (&HandoutStep, &Question)> {
    h.steps
        .iter()
        .filter_map(|s| s.question.as_ref().map(|q| (s, q)))
}
