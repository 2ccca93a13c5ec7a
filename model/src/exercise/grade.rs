//! Grading a student's response with the answer's own tolerance: the CLI's `csv`/`gift`
//! graders and the app use this one rule.

use super::fmt::{bytes, secs};
use super::{AnswerKind, AnswerValue, Exercise};

/// The verdict on one response.
#[derive(Clone, Debug, PartialEq)]
pub enum Grade {
    Right,
    Wrong,
}

/// A response in the question's terms: seconds (`254 ms`, `0.254`, `4 min`), bytes
/// (`21.4 GB`, `20 GiB`, a plain number meaning GB), a whole number of rounds, yes/no,
/// or a choice (its label or its number from 1). Returns the value to grade.
pub fn parse_response(ex: &Exercise, text: &str) -> Result<f64, String> {
    let t = text.trim();
    if t.is_empty() {
        return Err("type an answer first".into());
    }
    match ex.kind() {
        AnswerKind::YesNo => match t.to_ascii_lowercase().as_str() {
            "yes" | "y" | "true" => Ok(1.0),
            "no" | "n" | "false" => Ok(0.0),
            _ => Err("answer yes or no".into()),
        },
        AnswerKind::Choice => {
            if let Some(i) = ex.choices.iter().position(|c| c.eq_ignore_ascii_case(t)) {
                return Ok(i as f64);
            }
            match t.parse::<usize>() {
                Ok(n) if (1..=ex.choices.len()).contains(&n) => Ok((n - 1) as f64),
                _ => Err(format!("pick one of the {} choices", ex.choices.len())),
            }
        }
        AnswerKind::Count => t
            .trim_end_matches("rounds")
            .trim_end_matches("round")
            .trim()
            .parse::<u64>()
            .map(|n| n as f64)
            .map_err(|_| "a whole number, like 7".into()),
        AnswerKind::Number => number(&ex.answer.unit, t),
    }
}

/// A number and what follows it: `254.1 ms` → (254.1, "ms").
fn split_number(t: &str) -> Option<(f64, String)> {
    let compact: String = t
        .chars()
        .filter(|c| !c.is_whitespace())
        .map(|c| if c == ',' { '.' } else { c })
        .collect();
    let end = compact
        .find(|c: char| !(c.is_ascii_digit() || c == '.' || c == '-' || c == '+' || c == 'e'))
        .unwrap_or(compact.len());
    // An `e` may start a unit rather than an exponent; back off until the number parses.
    (1..=end).rev().find_map(|k| {
        let v = crate::units::decimal(&compact[..k]).filter(|v| v.is_finite())?;
        Some((v, compact[k..].to_string()))
    })
}

fn number(unit: &str, t: &str) -> Result<f64, String> {
    let parsed = split_number(t);
    match unit {
        "s" => parsed
            .and_then(|(v, u)| {
                let scale = match u.to_ascii_lowercase().as_str() {
                    "" | "s" | "sec" | "secs" | "second" | "seconds" => 1.0,
                    "ms" => 1e-3,
                    "min" | "mins" | "minute" | "minutes" => 60.0,
                    "h" | "hour" | "hours" => 3600.0,
                    _ => return None,
                };
                Some(v * scale)
            })
            .ok_or_else(|| "a time, like 254 ms, 0.254 s or 4 min".into()),
        "B" => parsed
            .and_then(|(v, u)| {
                // Decimal prefixes are powers of 1000, binary ones of 1024; a plain
                // number means GB, the unit the question asks in.
                let scale = match u.as_str() {
                    "" | "GB" | "gb" => 1e9,
                    "B" => 1.0,
                    "kB" | "KB" | "kb" => 1e3,
                    "MB" | "mb" => 1e6,
                    "TB" | "tb" => 1e12,
                    "KiB" => 1024.0,
                    "MiB" => 1024.0 * 1024.0,
                    "GiB" => 1024.0 * 1024.0 * 1024.0,
                    "TiB" => 1024.0 * 1024.0 * 1024.0 * 1024.0,
                    _ => return None,
                };
                Some(v * scale)
            })
            .ok_or_else(|| "a size, like 21.4 GB (a plain number means GB)".into()),
        _ => parsed
            .filter(|(_, u)| u.is_empty())
            .map(|(v, _)| v)
            .ok_or_else(|| "a number".into()),
    }
}

/// Right when within the answer's relative tolerance (exact for counts, yes/no and
/// choices).
pub fn grade(ex: &Exercise, response: f64) -> Grade {
    let want = ex.answer.value.as_f64();
    let ok = match ex.answer.value {
        AnswerValue::Number(v) => {
            // A hair over the tolerance for the decimal digits a student copies.
            (response - v).abs() <= (ex.answer.tolerance + 1e-9) * v.abs()
        }
        _ if ex.kind() == AnswerKind::Choice && !ex.answer.accept.is_empty() => {
            ex.answer.accept.iter().any(|&i| i as f64 == response)
        }
        _ => response == want,
    };
    if ok {
        Grade::Right
    } else {
        Grade::Wrong
    }
}

/// The answer for people: `254.1 ms`, `21.47 GB`, `22 rounds`, `yes`, `Post-copy`.
pub fn answer_words(ex: &Exercise) -> String {
    match (ex.kind(), ex.answer.value) {
        (AnswerKind::Choice, v) => {
            let mut right = accepted(ex);
            if right.is_empty() {
                right.push(v.as_f64() as usize);
            }
            let names: Vec<&str> = right
                .into_iter()
                .filter_map(|i| ex.choices.get(i).map(String::as_str))
                .collect();
            match names.as_slice() {
                [] => String::new(),
                [one] => one.to_string(),
                [init @ .., last] => format!("{} and {last} (tied)", init.join(", ")),
            }
        }
        (_, AnswerValue::Bool(b)) => if b { "yes" } else { "no" }.into(),
        (_, AnswerValue::Count(n)) => format!("{n} {}", ex.answer.unit).trim_end().to_string(),
        (_, AnswerValue::Number(v)) => match ex.answer.unit.as_str() {
            "s" => secs(v),
            "B" => bytes(v),
            u => format!("{v} {u}"),
        },
    }
}

/// The indices of every right choice (ties included).
pub fn accepted(ex: &Exercise) -> Vec<usize> {
    ex.answer.accept.iter().map(|&i| i as usize).collect()
}
