//! The catalogues (`model/locales/*/exercises.ftl`) and exercises in every language
//! (issue 28; docs/translating.md): every message of English is in each catalogue and
//! the reverse, with the same variables; each formats without a Fluent error; a set is
//! the same problems and answers in every language, its words in that language; Spanish
//! writes a decimal comma and grading reads it.

use fluent_syntax::ast;
use migration_model::exercise::{
    self, answer_words_in, generate_in, grade, how_far_off, how_far_off_in, parse_response,
    parse_response_in, to_csv, to_gift, to_text, AnswerKind, ExerciseSet, Grade, SetSpec, Topic,
    MAX_LEVEL,
};
use migration_model::i18n::{self, try_tr, Lang};
use migration_model::{evacuate::Order, HoldReason, MigrationType, StopPolicy};
use std::collections::{BTreeMap, BTreeSet};
use std::process::{Command, Output};

/// Message (or `message.attribute`) → the `$variables` it uses.
type Vars = BTreeMap<String, BTreeSet<String>>;

fn variables_in_pattern(p: &ast::Pattern<&str>, out: &mut BTreeSet<String>) {
    for el in &p.elements {
        if let ast::PatternElement::Placeable { expression } = el {
            variables_in_expression(expression, out);
        }
    }
}

fn variables_in_expression(e: &ast::Expression<&str>, out: &mut BTreeSet<String>) {
    match e {
        ast::Expression::Select { selector, variants } => {
            variables_in_inline(selector, out);
            for v in variants {
                variables_in_pattern(&v.value, out);
            }
        }
        ast::Expression::Inline(i) => variables_in_inline(i, out),
    }
}

fn variables_in_inline(i: &ast::InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match i {
        ast::InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_string());
        }
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                variables_in_inline(a, out);
            }
            for a in &arguments.named {
                variables_in_inline(&a.value, out);
            }
        }
        ast::InlineExpression::Placeable { expression } => variables_in_expression(expression, out),
        _ => {}
    }
}

/// Every message and attribute of a language's catalogues with its variables; a syntax
/// error, a term or an id defined twice (in one file or across them) fails here, naming
/// the catalogue.
fn catalogue(lang: Lang) -> Vars {
    let mut vars = Vars::new();
    for (file, src) in lang.catalogues() {
        read_catalogue(&format!("{}/{file}", lang.key()), src, &mut vars);
    }
    vars
}

fn read_catalogue(name: &str, src: &str, vars: &mut Vars) {
    let resource = match fluent_syntax::parser::parse(src) {
        Ok(r) => r,
        Err((_, errors)) => panic!("{name}: syntax errors: {errors:?}"),
    };
    for entry in &resource.body {
        match entry {
            ast::Entry::Message(m) => {
                let id = m.id.name.to_string();
                let mut set = BTreeSet::new();
                match &m.value {
                    Some(p) => variables_in_pattern(p, &mut set),
                    None => panic!("{name}: `{id}` has no text"),
                }
                assert!(
                    vars.insert(id.clone(), set).is_none(),
                    "{name}: `{id}` is defined twice"
                );
                for a in &m.attributes {
                    let mut set = BTreeSet::new();
                    variables_in_pattern(&a.value, &mut set);
                    vars.insert(format!("{id}.{}", a.id.name), set);
                }
            }
            ast::Entry::Junk { content } => panic!("{name}: cannot read {content:?}"),
            ast::Entry::Term(t) => panic!(
                "{name}: term -{} (the catalogues use messages only)",
                t.id.name
            ),
            _ => {}
        }
    }
}

#[test]
fn every_catalogue_has_englishs_messages_with_the_same_variables_and_no_others() {
    let en = catalogue(Lang::En);
    assert!(en.len() > 250, "the English catalogues read: {}", en.len());
    let mut app = Vars::new();
    read_catalogue("en/app.ftl", Lang::En.app_ftl(), &mut app);
    assert!(app.len() > 100, "the English app.ftl reads: {}", app.len());
    let mut problems = Vec::new();
    // Every language but the source, so a new `Lang` is checked without a change here.
    for lang in Lang::ALL.into_iter().filter(|l| *l != Lang::En) {
        let other = catalogue(lang);
        for (id, vars) in &en {
            match other.get(id) {
                None => problems.push(format!("{}: `{id}` is missing", lang.key())),
                Some(v) if v != vars => problems.push(format!(
                    "{}: `{id}` uses {v:?}, English {vars:?}",
                    lang.key()
                )),
                Some(_) => {}
            }
        }
        for id in other.keys().filter(|id| !en.contains_key(*id)) {
            problems.push(format!("{}: `{id}` is not in English", lang.key()));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// A value for a variable: a number for those that pick a plural form, a string for
/// the rest (numbers arrive as strings written for the language).
fn sample<'a>(var: &str) -> fluent_bundle::FluentValue<'a> {
    match var {
        "n" | "k" | "rounds" | "running" | "max" | "duration" | "extra" | "at" | "round"
        | "steps" | "faults" | "key" => i18n::n(2.0),
        _ => i18n::s("1"),
    }
}

#[test]
fn every_message_formats_without_errors_or_isolation_marks() {
    let en = catalogue(Lang::En);
    for lang in Lang::ALL {
        for (id, vars) in &en {
            let args: Vec<(&str, _)> = vars.iter().map(|v| (v.as_str(), sample(v))).collect();
            let text = try_tr(lang, id, &args).unwrap_or_else(|e| panic!("{e}"));
            assert!(
                !text.contains(['\u{2068}', '\u{2069}']),
                "{}: `{id}`: {text:?}",
                lang.key()
            );
        }
    }
    // A variable left out is an error, so the test above can fail.
    let err = try_tr(Lang::Es, "dur-s", &[]).expect_err("$n is missing");
    assert!(err.contains("dur-s"), "{err}");
}

#[test]
fn every_name_the_code_builds_an_id_for_is_in_every_catalogue() {
    let mut ids: Vec<String> = Vec::new();
    ids.extend(Topic::ALL.iter().map(|t| format!("topic-{}", t.key())));
    ids.extend(
        MigrationType::ALL
            .iter()
            .map(|t| format!("type-{}", t.key())),
    );
    ids.extend(
        StopPolicy::ALL
            .iter()
            .map(|p| format!("policy-{}", p.key())),
    );
    ids.extend(Order::ALL.iter().map(|o| format!("order-{}", o.key())));
    ids.extend(
        [
            HoldReason::TechnicalIssue,
            HoldReason::Budget,
            HoldReason::ComplianceReview,
            HoldReason::WaitingOnOtherSystem,
        ]
        .iter()
        .map(|h| format!("hold-{}", h.key())),
    );
    for lang in Lang::ALL {
        for id in &ids {
            try_tr(lang, id, &[]).unwrap_or_else(|e| panic!("{e}"));
        }
    }
}

/// Sets in every language for many seeds, levels and topics: nothing falls back to
/// English or fails to format (`i18n::take_misses`), so every message the code asks
/// for exists with the variables the code passes.
#[test]
fn generating_in_every_language_never_falls_back() {
    let _ = i18n::take_misses();
    for lang in Lang::ALL {
        for seed in 0..40 {
            for level in 1..=MAX_LEVEL {
                let set = generate_in(
                    lang,
                    &SetSpec {
                        seed,
                        count: 25,
                        topics: Vec::new(),
                        level,
                    },
                );
                // The exports' words too, and the feedback on wrong and unreadable responses.
                let _ = (to_text(&set), to_gift(&set), to_csv(&set));
                for ex in &set.exercises {
                    let v = ex.answer.value.as_f64();
                    for r in [0.0, -1.0, v + 1.0, v - 1.0, v * 0.5, v * 3.0, v * 1000.0] {
                        let _ = how_far_off_in(lang, ex, r);
                    }
                    let _ = (
                        parse_response_in(lang, ex, ""),
                        parse_response_in(lang, ex, "?"),
                    );
                }
            }
        }
        let misses = i18n::take_misses();
        assert!(misses.is_empty(), "{}: {misses:#?}", lang.key());
    }
}

fn migsim(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_migsim"))
        .args(args)
        .output()
        .expect("migsim runs")
}

fn json_set(lang: &str) -> serde_json::Value {
    let out = migsim(&[
        "exercise", "--seed", "7", "--count", "12", "--level", "3", "--format", "json", "--lang",
        lang,
    ]);
    assert!(out.status.success(), "{lang}: {:?}", out);
    serde_json::from_slice(&out.stdout).expect("JSON")
}

/// Words that only English has: none may be left in a Spanish or Chinese question or
/// solution.
const ENGLISH_ONLY: [&str; 16] = [
    " the ",
    "The ",
    "How long",
    "How many",
    "What ",
    "Which ",
    "seconds",
    " of memory",
    "migrates",
    " round",
    " link ",
    "simulation",
    " and ",
    "shutdown",
    "downtime limit",
    "Least ",
];

fn has_cjk(s: &str) -> bool {
    s.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c))
}

#[test]
fn migsim_json_in_spanish_and_chinese_has_englishs_answers_and_its_own_words() {
    let en = json_set("en");
    assert!(en.get("lang").is_none(), "English JSON is as it was");
    let en_ex = en["exercises"].as_array().expect("exercises");
    assert_eq!(en_ex.len(), 12);
    for lang in ["es", "zh-CN"] {
        let set = json_set(lang);
        assert_eq!(set["lang"], lang);
        assert_eq!(set["seed"], en["seed"]);
        let exs = set["exercises"].as_array().expect("exercises");
        assert_eq!(exs.len(), en_ex.len(), "{lang}");
        for (x, e) in exs.iter().zip(en_ex) {
            let id = &e["id"];
            for field in ["id", "topic", "answer", "args", "args_each"] {
                assert_eq!(x.get(field), e.get(field), "{lang} {id}: {field}");
            }
            assert_eq!(
                x["choices"].as_array().map(Vec::len),
                e["choices"].as_array().map(Vec::len),
                "{lang} {id}: choices"
            );
            let question = x["question"].as_str().expect("question");
            let solution = x["solution"].as_str().expect("solution");
            assert_ne!(question, e["question"].as_str().unwrap(), "{lang} {id}");
            for text in [question, solution] {
                for word in ENGLISH_ONLY {
                    assert!(!text.contains(word), "{lang} {id}: {word:?} in {text:?}");
                }
                if lang == "zh-CN" {
                    assert!(has_cjk(text), "{lang} {id}: no Chinese in {text:?}");
                } else {
                    assert!(!has_cjk(text), "{lang} {id}: {text:?}");
                }
            }
        }
    }
}

/// `1.5` with a digit on each side: how a number with a decimal point is written.
fn point_decimals(s: &str) -> Vec<String> {
    let c: Vec<char> = s.chars().collect();
    (1..c.len().saturating_sub(1))
        .filter(|&i| c[i] == '.' && c[i - 1].is_ascii_digit() && c[i + 1].is_ascii_digit())
        .map(|i| {
            c[i.saturating_sub(4)..(i + 4).min(c.len())]
                .iter()
                .collect()
        })
        .collect()
}

fn comma_decimals(s: &str) -> usize {
    let c: Vec<char> = s.chars().collect();
    (1..c.len().saturating_sub(1))
        .filter(|&i| c[i] == ',' && c[i - 1].is_ascii_digit() && c[i + 1].is_ascii_digit())
        .count()
}

#[test]
fn spanish_writes_a_decimal_comma_and_chinese_a_point() {
    let spec = SetSpec {
        seed: 7,
        count: 40,
        topics: Vec::new(),
        level: MAX_LEVEL,
    };
    let es = generate_in(Lang::Es, &spec);
    let mut commas = 0;
    for ex in &es.exercises {
        for text in [&ex.question, &ex.solution] {
            let points = point_decimals(text);
            assert!(points.is_empty(), "{}: {points:?} in {text:?}", ex.id);
            commas += comma_decimals(text);
        }
    }
    assert!(commas > 40, "Spanish decimals: {commas}");
    let zh = generate_in(Lang::ZhCn, &spec);
    for ex in &zh.exercises {
        for text in [&ex.question, &ex.solution] {
            assert_eq!(comma_decimals(text), 0, "{}: {text:?}", ex.id);
        }
    }
    // The handout too; the migsim commands keep their flags' points.
    let handout = to_text(&es);
    assert!(
        handout.starts_with("Hoja de problemas 7\n"),
        "{handout:.40}"
    );
    for line in handout
        .lines()
        .filter(|l| !l.trim_start().starts_with("$ migsim"))
    {
        assert!(point_decimals(line).is_empty(), "{line}");
    }
}

#[test]
fn a_spanish_answer_is_read_with_its_decimal_comma_and_words() {
    let set = generate_in(
        Lang::Es,
        &SetSpec {
            seed: 3,
            count: 60,
            topics: Vec::new(),
            level: MAX_LEVEL,
        },
    );
    let mut numbers = 0;
    for ex in &set.exercises {
        let words = answer_words_in(Lang::Es, ex);
        match ex.kind() {
            // "171,8 s", "21,47 GB", "2,004 h (7213 s)": the answer as shown reads back.
            AnswerKind::Number => {
                let shown = words.split(" (").next().expect("a number first");
                let x = parse_response(ex, shown).unwrap_or_else(|e| panic!("{shown}: {e}"));
                assert_eq!(grade(ex, x), Grade::Right, "{}: {shown}", ex.id);
                numbers += 1;
            }
            AnswerKind::YesNo => {
                let x = parse_response(ex, &words).expect("sí or no");
                assert_eq!(grade(ex, x), Grade::Right, "{}: {words}", ex.id);
            }
            AnswerKind::Count => {
                let x = parse_response(ex, &words).expect("rondas");
                assert_eq!(grade(ex, x), Grade::Right, "{}: {words}", ex.id);
            }
            AnswerKind::Choice => {
                let right = &ex.choices[ex.answer.value.as_f64() as usize];
                let x = parse_response(ex, right).expect("a choice by its name");
                assert_eq!(grade(ex, x), Grade::Right, "{}: {right}", ex.id);
            }
        }
    }
    assert!(numbers > 10);
    let ex = set
        .exercises
        .iter()
        .find(|e| e.answer.unit == "s")
        .expect("a time");
    let v = ex.answer.value.as_f64();
    let typed = format!("{:.3} segundos", v).replace('.', ",");
    assert_eq!(
        grade(ex, parse_response(ex, &typed).expect("reads")),
        Grade::Right
    );
}

#[test]
fn chinese_yes_no_and_units_are_read() {
    let set = generate_in(
        Lang::ZhCn,
        &SetSpec {
            seed: 1,
            count: 60,
            topics: vec![Topic::Type(MigrationType::Live)],
            level: MAX_LEVEL,
        },
    );
    let yes_no = set
        .exercises
        .iter()
        .find(|e| e.kind() == AnswerKind::YesNo)
        .expect("a convergence question");
    let want = answer_words_in(Lang::ZhCn, yes_no);
    assert!(want == "是" || want == "否", "{want}");
    let x = parse_response(yes_no, &want).expect("是 or 否");
    assert_eq!(grade(yes_no, x), Grade::Right);
    let timed = set
        .exercises
        .iter()
        .find(|e| e.answer.unit == "s")
        .expect("a time");
    let ms = timed.answer.value.as_f64() * 1e3;
    let typed = format!("{ms:.2} 毫秒");
    assert_eq!(
        grade(timed, parse_response(timed, &typed).expect("reads")),
        Grade::Right
    );
}

#[test]
fn gift_and_csv_in_spanish_keep_what_programs_read() {
    let out = migsim(&[
        "exercise", "--seed", "7", "--count", "12", "--level", "3", "--lang", "es", "--format",
        "gift",
    ]);
    assert!(out.status.success());
    let gift = String::from_utf8(out.stdout).expect("UTF-8");
    assert!(gift.contains("(Responde en segundos).") || gift.contains("(Responde en GB)."));
    assert!(!gift.contains("Answer in"), "{gift}");
    let out = migsim(&[
        "exercise", "--seed", "7", "--count", "12", "--level", "3", "--lang", "es", "--format",
        "csv",
    ]);
    let csv = String::from_utf8(out.stdout).expect("UTF-8");
    assert!(csv.starts_with(
        "id,topic,question,metric,value,unit,tolerance,choices,commands,solution,accept\r\n"
    ));
    assert!(csv.contains("¿Cuánto"), "{csv:.300}");
}

#[test]
fn an_unknown_language_is_a_one_line_error_naming_it_and_the_known_ones() {
    let out = migsim(&["exercise", "--lang", "fr"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(err.trim_end().lines().count(), 1, "{err}");
    assert!(
        err.starts_with("error: ") && err.contains("`fr`") && err.contains("en, es, zh-CN"),
        "{err}"
    );
    let help = migsim(&["exercise", "--help"]);
    assert!(String::from_utf8_lossy(&help.stdout).contains("--lang"));
}

#[test]
fn a_set_in_any_language_reads_back_from_its_json() {
    for lang in Lang::ALL {
        let set = generate_in(lang, &exercise::fixture_spec());
        let json = serde_json::to_string(&set).expect("serialises");
        let back: ExerciseSet = serde_json::from_str(&json).expect("reads back");
        // Numbers to 1e-12 (a JSON reader may differ in the last bit), the rest exactly.
        if let Err(e) = exercise::same_set(&back, &set, 1e-12) {
            panic!("{}: {e}", lang.key());
        }
    }
}

#[test]
fn the_feedback_on_a_response_is_in_the_language_asked_for() {
    let spec = SetSpec {
        seed: 7,
        count: 40,
        topics: Vec::new(),
        level: MAX_LEVEL,
    };
    let en = exercise::generate(&spec);
    let timed = en
        .exercises
        .iter()
        .find(|e| e.answer.unit == "s")
        .expect("a time");
    let v = timed.answer.value.as_f64();
    assert_eq!(
        how_far_off(timed, v * 0.5).as_deref(),
        Some("yours is 50 % low")
    );
    let es = |r: f64| how_far_off_in(Lang::Es, timed, r);
    assert_eq!(
        es(v * 0.5).as_deref(),
        Some("tu respuesta es un 50 % más baja")
    );
    assert_eq!(
        es(v / 2.5).as_deref(),
        Some("unas 2,5 veces menos de lo correcto")
    );
    assert_eq!(
        es(v * 1000.0).as_deref(),
        Some("unas 1000 veces más de lo correcto (revisa las unidades)")
    );
    let zh = |r: f64| how_far_off_in(Lang::ZhCn, timed, r);
    assert_eq!(zh(v * 1.5).as_deref(), Some("你的答案偏高 50%"));
    assert_eq!(
        parse_response_in(Lang::Es, timed, "pronto"),
        Err("un tiempo, como 254 ms, 0,254 s o 4 min".to_string())
    );
    let rounds = en
        .exercises
        .iter()
        .find(|e| e.kind() == AnswerKind::Count)
        .expect("a rounds question");
    let want = rounds.answer.value.as_f64();
    assert_eq!(
        how_far_off_in(Lang::Es, rounds, want + 3.0).as_deref(),
        Some("3 rondas de pre-copia de más")
    );
    assert_eq!(
        how_far_off_in(Lang::ZhCn, rounds, want - 1.0).as_deref(),
        Some("差了一轮：少了一轮")
    );
    assert_eq!(
        parse_response_in(Lang::ZhCn, rounds, "很多"),
        Err("请输入整数，例如 7".to_string())
    );
}
