//! Grading a student's response with the answer's own tolerance: the CLI's `csv`/`gift`
//! graders and the app use this one rule.

use super::fmt::{and_list, bytes, localized, secs};
use super::{AnswerKind, AnswerValue, Exercise};
use crate::i18n::{n, s as text, tr, Lang};

/// The verdict on one response.
#[derive(Clone, Debug, PartialEq)]
pub enum Grade {
    Right,
    Wrong,
}

/// A response in the question's terms: seconds (`254 ms`, `0.254`, `4 min`), bytes
/// (`21.4 GB`, `20 GiB`, a plain number meaning GB), a whole number of rounds, yes/no,
/// or a choice (its label or its number from 1). Returns the value to grade.
///
/// A set may be in any language (`ExerciseSet::lang`), so the words and separators of
/// every one are read: a decimal comma (`1,5 s`), `sí`/`是`/`否`, `segundos`, `秒`,
/// `分钟`, `rondas`, `轮`.
pub fn parse_response(ex: &Exercise, text: &str) -> Result<f64, String> {
    parse_response_in(Lang::En, ex, text)
}

/// [`parse_response`] with what went wrong said in `l` (`grade-*` messages).
pub fn parse_response_in(l: Lang, ex: &Exercise, text: &str) -> Result<f64, String> {
    let t = text.trim();
    if t.is_empty() {
        return Err(tr(l, "grade-empty", &[]));
    }
    match ex.kind() {
        AnswerKind::YesNo => match t.to_lowercase().trim_end_matches(['.', '。']) {
            "yes" | "y" | "true" | "sí" | "si" | "s" | "verdadero" | "是" | "对" | "收敛" => {
                Ok(1.0)
            }
            "no" | "n" | "false" | "falso" | "否" | "不" | "不是" | "不收敛" => Ok(0.0),
            _ => Err(tr(l, "grade-yes-no", &[])),
        },
        AnswerKind::Choice => {
            if let Some(i) = ex.choices.iter().position(|c| c.eq_ignore_ascii_case(t)) {
                return Ok(i as f64);
            }
            match t.parse::<usize>() {
                Ok(n) if (1..=ex.choices.len()).contains(&n) => Ok((n - 1) as f64),
                _ => Err(tr(l, "grade-pick", &[("n", n(ex.choices.len() as f64))])),
            }
        }
        AnswerKind::Count => ROUND_WORDS
            .iter()
            .find_map(|w| t.strip_suffix(w))
            .unwrap_or(t)
            .trim()
            .parse::<u64>()
            .map(|n| n as f64)
            .map_err(|_| tr(l, "grade-whole", &[])),
        AnswerKind::Number => number(&ex.answer.unit, t).ok_or_else(|| {
            let id = match ex.answer.unit.as_str() {
                "s" => "grade-time",
                "B" => "grade-size",
                _ => "grade-number",
            };
            tr(l, id, &[])
        }),
    }
}

/// What may follow a count of rounds, in every language's answer words (longest first).
const ROUND_WORDS: [&str; 10] = [
    "pre-copy rounds",
    "pre-copy round",
    "rondas de pre-copia",
    "ronda de pre-copia",
    "轮预拷贝",
    "rounds",
    "round",
    "rondas",
    "ronda",
    "轮",
];

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

fn number(unit: &str, t: &str) -> Option<f64> {
    let parsed = split_number(t);
    match unit {
        "s" => parsed.and_then(|(v, u)| {
            let scale = match u.to_ascii_lowercase().as_str() {
                "" | "s" | "sec" | "secs" | "second" | "seconds" | "segundo" | "segundos"
                | "秒" => 1.0,
                "ms" | "milisegundos" | "毫秒" => 1e-3,
                "min" | "mins" | "minute" | "minutes" | "minuto" | "minutos" | "分" | "分钟" => {
                    60.0
                }
                "h" | "hour" | "hours" | "hora" | "horas" | "小时" => 3600.0,
                _ => return None,
            };
            Some(v * scale)
        }),
        "B" => parsed.and_then(|(v, u)| {
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
        }),
        _ => parsed.filter(|(_, u)| u.is_empty()).map(|(v, _)| v),
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

/// The answer for people in English: `254.1 ms`, `21.47 GB`, `22 pre-copy rounds`,
/// `yes`, `Post-copy`.
pub fn answer_words(ex: &Exercise) -> String {
    answer_words_in(Lang::En, ex)
}

/// The answer for people in `l` (`254,1 ms`, `22 轮预拷贝`, `sí`). The choices are the
/// exercise's own, already in its set's language.
pub fn answer_words_in(l: Lang, ex: &Exercise) -> String {
    match (ex.kind(), ex.answer.value) {
        (AnswerKind::Choice, v) => {
            let mut right = accepted(ex);
            if right.is_empty() {
                right.push(v.as_f64() as usize);
            }
            let names: Vec<String> = right
                .into_iter()
                .filter_map(|i| ex.choices.get(i).cloned())
                .collect();
            match names.as_slice() {
                [] => String::new(),
                [one] => one.clone(),
                _ => tr(l, "answer-tied", &[("names", text(and_list(l, &names)))]),
            }
        }
        (_, AnswerValue::Bool(b)) => tr(l, if b { "answer-yes" } else { "answer-no" }, &[]),
        // Rounds are the one count a question asks for.
        (_, AnswerValue::Count(c)) => tr(l, "answer-rounds", &[("n", n(c as f64))]),
        (_, AnswerValue::Number(v)) => match ex.answer.unit.as_str() {
            "s" => secs(l, v),
            "B" => bytes(l, v),
            u => format!("{v} {u}"),
        },
    }
}

/// How far a wrong number is from the answer, for the student: `yours is 50 % low`,
/// `about 2× too high`, `off by one round: one too many`. `None` for a right response
/// and for yes/no and choices (no distance to tell).
pub fn how_far_off(ex: &Exercise, response: f64) -> Option<String> {
    how_far_off_in(Lang::En, ex, response)
}

/// [`how_far_off`] in `l` (`off-*` messages).
pub fn how_far_off_in(l: Lang, ex: &Exercise, response: f64) -> Option<String> {
    if grade(ex, response) == Grade::Right || !response.is_finite() {
        return None;
    }
    match (ex.kind(), ex.answer.value) {
        // Rounds are the one count a question asks for.
        (AnswerKind::Count, AnswerValue::Count(c)) => {
            let (by, dir) = if response > c as f64 {
                (response - c as f64, "many")
            } else {
                (c as f64 - response, "few")
            };
            Some(if by == 1.0 {
                tr(l, "off-by-one", &[("dir", text(dir))])
            } else {
                tr(l, "off-rounds", &[("n", n(by)), ("dir", text(dir))])
            })
        }
        (AnswerKind::Number, AnswerValue::Number(v)) if v > 0.0 => {
            Some(ratio_words(l, response / v))
        }
        _ => None,
    }
}

/// A response's ratio to the answer in words: within a factor of two as a percentage,
/// beyond it as a factor; a factor near 1000 or a million hints at a unit slip.
fn ratio_words(l: Lang, r: f64) -> String {
    // Ratios a hair past the boundaries (a decimal copy of x/2) still read as 50 %.
    const HAIR: f64 = 1e-9;
    if r <= 0.0 {
        return tr(l, if r == 0.0 { "off-zero" } else { "off-negative" }, &[]);
    }
    let (factor, dir) = if r >= 1.0 {
        (r, "high")
    } else {
        (1.0 / r, "low")
    };
    if factor < 2.0 * (1.0 - HAIR) || (dir == "low" && factor <= 2.0 * (1.0 + HAIR)) {
        let pct = if dir == "high" { r - 1.0 } else { 1.0 - r } * 100.0;
        return tr(
            l,
            "off-percent",
            &[
                ("pct", text(localized(l, two_digits(pct)))),
                ("dir", text(dir)),
            ],
        );
    }
    let units = [1e3, 1e6, 1e9]
        .iter()
        .any(|u| (factor / u - 1.0).abs() < 0.05);
    tr(
        l,
        "off-factor",
        &[
            ("factor", text(localized(l, two_digits(factor)))),
            ("dir", text(dir)),
            ("units", text(if units { "yes" } else { "no" })),
        ],
    )
}

/// Two significant digits, at least the whole number: `2`, `2.4`, `12`, `1000`, `67`.
fn two_digits(x: f64) -> String {
    if x >= 10.0 {
        let mut p = 1.0;
        while x / p >= 100.0 {
            p *= 10.0;
        }
        format!("{}", (x / p).round() * p)
    } else {
        let s = format!("{x:.1}");
        match s.strip_suffix(".0") {
            Some(whole) => whole.to_string(),
            None => s,
        }
    }
}

/// The indices of every right choice (ties included).
pub fn accepted(ex: &Exercise) -> Vec<usize> {
    ex.answer.accept.iter().map(|&i| i as usize).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::exercise::{Answer, Metric, Topic};
    use crate::params::MigrationType;

    fn question(metric: Metric, value: AnswerValue, tolerance: f64) -> Exercise {
        Exercise {
            id: "1-1".into(),
            topic: Topic::Type(MigrationType::Live),
            question: String::new(),
            args: Some(Vec::new()),
            args_each: None,
            choices: Vec::new(),
            answer: Answer {
                metric: metric.key().into(),
                value,
                unit: metric.unit().into(),
                tolerance,
                accept: Vec::new(),
            },
            solution: String::new(),
        }
    }

    #[test]
    fn a_wrong_number_says_how_far_off_it_is() {
        let ex = question(Metric::Downtime, AnswerValue::Number(0.254), 0.05);
        let off = |x: f64| how_far_off(&ex, x);
        assert_eq!(off(0.127).as_deref(), Some("yours is 50 % low"));
        assert_eq!(off(0.508).as_deref(), Some("about 2× too high"));
        assert_eq!(off(0.381).as_deref(), Some("yours is 50 % high"));
        assert_eq!(off(0.2).as_deref(), Some("yours is 21 % low"));
        assert_eq!(off(0.28).as_deref(), Some("yours is 10 % high"));
        assert_eq!(off(0.1).as_deref(), Some("about 2.5× too low"));
        assert_eq!(off(3.2).as_deref(), Some("about 13× too high"));
        // Milliseconds typed as seconds.
        assert_eq!(
            off(254.0).as_deref(),
            Some("about 1000× too high (check the units)")
        );
        assert_eq!(off(0.0).as_deref(), Some("yours is zero"));
        assert_eq!(off(-1.0).as_deref(), Some("yours is below zero"));
        // Right answers (within the tolerance) get no distance.
        assert_eq!(off(0.254), None);
        assert_eq!(off(0.26), None);
        assert_eq!(off(f64::NAN), None);
    }

    #[test]
    fn a_half_copied_as_decimals_still_reads_as_fifty_percent() {
        let v = 171.798_691_84;
        let ex = question(Metric::TotalTime, AnswerValue::Number(v), 0.05);
        let half: f64 = format!("{}", v / 2.0 * (1.0 - 1e-12)).parse().unwrap();
        assert_eq!(how_far_off(&ex, half).as_deref(), Some("yours is 50 % low"));
        let twice: f64 = format!("{}", v * 2.0 * (1.0 - 1e-12)).parse().unwrap();
        assert_eq!(
            how_far_off(&ex, twice).as_deref(),
            Some("about 2× too high")
        );
    }

    #[test]
    fn a_wrong_count_says_by_how_many_rounds() {
        let ex = question(Metric::PrecopyRounds, AnswerValue::Count(7), 0.0);
        assert_eq!(
            how_far_off(&ex, 8.0).as_deref(),
            Some("off by one round: one too many")
        );
        assert_eq!(
            how_far_off(&ex, 6.0).as_deref(),
            Some("off by one round: one too few")
        );
        assert_eq!(
            how_far_off(&ex, 10.0).as_deref(),
            Some("3 pre-copy rounds too many")
        );
        assert_eq!(
            how_far_off(&ex, 5.0).as_deref(),
            Some("2 pre-copy rounds too few")
        );
        assert_eq!(how_far_off(&ex, 7.0), None);
    }

    #[test]
    fn yes_no_has_no_distance_and_counts_take_plurals() {
        let yes = question(Metric::Converged, AnswerValue::Bool(true), 0.0);
        assert_eq!(how_far_off(&yes, 0.0), None);
        let one = question(Metric::PrecopyRounds, AnswerValue::Count(1), 0.0);
        assert_eq!(answer_words(&one), "1 pre-copy round");
        let many = question(Metric::PrecopyRounds, AnswerValue::Count(22), 0.0);
        assert_eq!(answer_words(&many), "22 pre-copy rounds");
    }
}
