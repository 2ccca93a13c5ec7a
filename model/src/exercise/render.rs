//! A set as a handout (text), for Moodle (GIFT) and for a spreadsheet (CSV), in the
//! set's language (`ExerciseSet::lang`). JSON is the set's serde form.
//!
//! What a program reads stays the same in every language: CSV's header row and its
//! `metric`, `value`, `unit` and `tolerance` columns, GIFT's answers (`#0.2541:0.0127`,
//! `TRUE`), the `migsim` commands and the topic keys. What a person reads is the
//! catalogue's.

use super::fmt::{localized, sentences, sig_c};
use super::grade::answer_words_in;
use super::{AnswerKind, AnswerValue, Exercise, ExerciseSet, Metric};
use crate::i18n::{s as text, tr, Lang};

fn command(args: &[String]) -> String {
    let mut s = String::from("migsim");
    for a in args {
        s.push(' ');
        s.push_str(a);
    }
    s
}

fn commands(ex: &Exercise) -> Vec<String> {
    ex.runs().into_iter().map(command).collect()
}

/// An answer key's answer: the answer, the tolerance a grader accepts (if any) and the
/// quantity it measures.
fn answer_line(l: Lang, ex: &Exercise) -> String {
    let answer = text(answer_words_in(l, ex));
    let metric = text(Metric::from_key(&ex.answer.metric).map_or(String::new(), |m| m.words_in(l)));
    if ex.answer.tolerance > 0.0 {
        let pct = localized(l, sig_c(ex.answer.tolerance * 100.0));
        tr(
            l,
            "text-answer-tolerance",
            &[("answer", answer), ("pct", text(pct)), ("metric", metric)],
        )
    } else {
        tr(l, "text-answer", &[("answer", answer), ("metric", metric)])
    }
}

/// Problems first, then the answer key with the worked solutions.
pub fn to_text(set: &ExerciseSet) -> String {
    let l = set.lang;
    let mut out = format!(
        "{}\n\n",
        tr(l, "text-title", &[("seed", text(set.seed.to_string()))])
    );
    for (i, ex) in set.exercises.iter().enumerate() {
        out.push_str(&format!(
            "{}. [{}] {}\n",
            i + 1,
            ex.topic.key(),
            ex.question
        ));
        out.push('\n');
    }
    out.push_str(&format!("{}\n\n", tr(l, "text-answer-key", &[])));
    for (i, ex) in set.exercises.iter().enumerate() {
        out.push_str(&format!("{}. {}\n", i + 1, answer_line(l, ex)));
        for line in ex.solution.lines() {
            out.push_str(&format!("   {line}\n"));
        }
        for c in commands(ex) {
            out.push_str(&format!("   $ {c}\n"));
        }
        out.push('\n');
    }
    out
}

/// GIFT escapes its special characters with a backslash.
pub fn gift_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '~' | '=' | '#' | '{' | '}' | ':' | '\\' => {
                out.push('\\');
                out.push(c);
            }
            '\n' => out.push_str("\\n"),
            _ => out.push(c),
        }
    }
    out
}

/// The display unit a GIFT numeric question asks in, and its scale from the metric's.
fn gift_unit(unit: &str) -> (&'static str, f64) {
    match unit {
        "B" => ("GB", 1e-9),
        "s" => ("s", 1.0),
        _ => ("", 1.0),
    }
}

/// Moodle GIFT: numeric questions with an absolute tolerance, true/false, multiple
/// choice; the worked solution as general feedback.
pub fn to_gift(set: &ExerciseSet) -> String {
    let l = set.lang;
    let mut out = String::new();
    for ex in &set.exercises {
        let title = gift_escape(&format!("{} {}", ex.id, ex.topic.key()));
        let feedback = gift_escape(&ex.solution);
        let (question, body) = match (ex.kind(), ex.answer.value) {
            (AnswerKind::Choice, v) => {
                let right = v.as_f64() as usize;
                let tied = &ex.answer.accept;
                let is_right = |i: usize| i == right || tied.contains(&(i as u64));
                let opts: Vec<String> = ex
                    .choices
                    .iter()
                    .enumerate()
                    .map(|(i, c)| {
                        format!("{}{}", if is_right(i) { "=" } else { "~" }, gift_escape(c))
                    })
                    .collect();
                (gift_escape(&ex.question), opts.join(" "))
            }
            (_, AnswerValue::Bool(b)) => (
                gift_escape(&ex.question),
                if b { "TRUE" } else { "FALSE" }.into(),
            ),
            (_, AnswerValue::Count(n)) => (gift_escape(&ex.question), format!("#{n}:0")),
            (_, AnswerValue::Number(v)) => {
                let (unit, scale) = gift_unit(&ex.answer.unit);
                let q = sentences(
                    l,
                    &ex.question,
                    &tr(l, "gift-answer-in", &[("unit", text(unit))]),
                );
                let x = v * scale;
                (
                    gift_escape(&q),
                    format!("#{x}:{}", (x * ex.answer.tolerance).abs()),
                )
            }
        };
        // A yes/no question reads as a statement to judge in GIFT's true/false form.
        let question = if ex.kind() == AnswerKind::YesNo {
            sentences(l, &question, &gift_escape(&tr(l, "gift-true-false", &[])))
        } else {
            question
        };
        out.push_str(&format!(
            "::{title}::{question} {{{body} ####{feedback}}}\n\n"
        ));
    }
    out
}

fn csv_field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

/// One row per problem (RFC 4180), for a spreadsheet grader.
pub fn to_csv(set: &ExerciseSet) -> String {
    let mut out = String::from(
        "id,topic,question,metric,value,unit,tolerance,choices,commands,solution,accept\r\n",
    );
    for ex in &set.exercises {
        let value = match ex.answer.value {
            AnswerValue::Bool(b) => b.to_string(),
            AnswerValue::Count(n) => n.to_string(),
            AnswerValue::Number(x) => format!("{x}"),
        };
        let choices: Vec<String> = ex
            .choices
            .iter()
            .enumerate()
            .map(|(i, c)| format!("{i}: {c}"))
            .collect();
        let row = [
            ex.id.clone(),
            ex.topic.key().to_string(),
            ex.question.clone(),
            ex.answer.metric.clone(),
            value,
            ex.answer.unit.clone(),
            format!("{}", ex.answer.tolerance),
            choices.join("; "),
            commands(ex).join(" | "),
            ex.solution.clone(),
            ex.answer
                .accept
                .iter()
                .map(u64::to_string)
                .collect::<Vec<_>>()
                .join(";"),
        ];
        let fields: Vec<String> = row.iter().map(|f| csv_field(f)).collect();
        out.push_str(&fields.join(","));
        out.push_str("\r\n");
    }
    out
}
