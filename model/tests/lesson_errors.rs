//! A lesson file's mistakes in the students' language (issue 28): every error and
//! warning the lesson reader says, over malformed files that between them reach every
//! `lesson-error-…` message, formats in English, Spanish and Chinese with no fallback
//! and no variable left; English is the sentence the reader wrote before its sentences
//! became message ids (`data/lesson-errors-en.txt`: each case's notices, `case<TAB>notice`,
//! as `deb3751`'s reader printed them over these cases), and the translations leave none
//! of its own words.

#[path = "lesson_errors/cases.rs"]
mod cases;

use migration_model::i18n::{take_misses, Lang};
use migration_model::lesson::{parse_bytes, LessonError};
use migration_model::say::{self, Say};
use std::collections::BTreeSet;

/// Messages the reader quotes another reader's English in: the link reader's reason for
/// a scene (which the app reads back into the page's language: `links::reason`), the
/// model's for a run. The model's translation keeps that reason as it is.
const NESTED: [&str; 3] = [
    "lesson-error-scene",
    "lesson-error-scene-more",
    "lesson-error-run",
];

fn notices() -> Vec<(&'static str, LessonError)> {
    let mut out = Vec::new();
    for (name, bytes) in cases::cases() {
        let loaded = parse_bytes(&bytes);
        assert!(!loaded.errors.is_empty(), "{name}: no notice");
        out.extend(loaded.errors.into_iter().map(|e| (name, e)));
    }
    out
}

#[test]
fn english_is_the_sentence_the_reader_wrote_before() {
    let pinned = include_str!("data/lesson-errors-en.txt");
    let now: Vec<String> = notices()
        .iter()
        .map(|(name, e)| format!("{name}\t{e}"))
        .collect();
    let pinned: Vec<&str> = pinned.lines().collect();
    for (a, b) in now.iter().zip(&pinned) {
        assert_eq!(a, b);
    }
    assert_eq!(now.len(), pinned.len());
    // Through the English path the app takes too (message, then its frame).
    for (name, e) in notices() {
        assert_eq!(e.tr(Lang::En), e.to_string(), "{name}");
    }
}

#[test]
fn the_cases_reach_every_message_of_the_reader() {
    let said: BTreeSet<&str> = notices()
        .iter()
        .flat_map(|(_, e)| [e.message.id, e.frame(String::new()).id])
        .collect();
    let missing: Vec<&&str> = say::IDS
        .iter()
        .filter(|id| id.starts_with("lesson-error-") || id.starts_with("lesson-at-"))
        .filter(|id| !said.contains(**id) && !UNREACHED.contains(id))
        .collect();
    assert!(missing.is_empty(), "no case says {missing:?}");
}

/// Messages no lesson file reaches: a scene's parameters are validated by the link
/// reader (`lesson-error-scene`) before the run, so the model refuses none of them, and
/// every type runs. They are formatted by hand below.
const UNREACHED: [&str; 2] = ["lesson-error-run", "lesson-error-none-completes"];

fn by_hand() -> Vec<Say> {
    vec![
        Say::new("lesson-error-run")
            .quote("why", "bandwidth_bytes_per_s: got 0, accepted 1e6 ..= 1e11"),
        Say::new("lesson-error-none-completes"),
    ]
}

#[test]
fn every_notice_is_translated_with_no_fallback_and_no_variable_left() {
    let english_words = [
        "Step ",
        "field ",
        "(line ",
        "Lesson header",
        " is not ",
        "expected ",
    ];
    take_misses();
    for lang in [Lang::Es, Lang::ZhCn] {
        for (name, e) in notices() {
            let text = e.tr(lang);
            let misses = take_misses();
            assert!(misses.is_empty(), "{name} in {lang:?}: {misses:?}");
            assert!(
                !text.contains("{$") && !text.contains("{ $"),
                "{name}: {text}"
            );
            assert_ne!(text, e.to_string(), "{name} in {lang:?}");
            if !NESTED.contains(&e.message.id) {
                for w in english_words {
                    assert!(!text.contains(w), "{name} in {lang:?} says {w:?}: {text}");
                }
            }
            if lang == Lang::ZhCn {
                assert!(
                    text.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)),
                    "{text}"
                );
            }
            // What the author wrote stays as written: `12.5s`, not `12,5s`.
            if name == "not a moment" || name == "after end" {
                assert!(text.contains("12.5") || text.contains("9999.5s"), "{text}");
            }
        }
        for s in by_hand() {
            let text = s.tr(lang);
            assert!(take_misses().is_empty() && !text.contains("{ $"), "{text}");
            assert_ne!(text, s.to_string());
        }
    }
}

#[test]
fn a_few_sentences_as_an_author_reads_them() {
    let find = |case: &str| {
        notices()
            .into_iter()
            .find(|(name, _)| *name == case)
            .map(|(_, e)| e)
            .expect("case")
    };
    let e = find("several");
    assert_eq!(
        e.tr(Lang::Es),
        "Encabezado de la lección, campo lang (línea 2): idioma desconocido `xx`: se esperaba uno de en, es, zh-CN; las preguntas de la lección se harán en inglés"
    );
    let e = find("not a field, near");
    assert_eq!(
        e.tr(Lang::Es),
        "Paso 1 “S”, campo line (línea 4): se esperaba un campo (scene:, at:, mark:, text:, ask:, reveal:), una continuación sangrada o == Título; ¿querías decir `scene:`?"
    );
    assert_eq!(
        e.tr(Lang::ZhCn),
        "第 1 步“S”，字段 line（第 4 行）：这里应是一个字段（scene:、at:、mark:、text:、ask:、reveal:）、一行缩进的续行，或 == 标题。你是想写 `scene:` 吗？"
    );
    // A duration the model wrote takes the language's decimal comma; the author's
    // `9999.5s` stays as written.
    let e = find("after end");
    assert_eq!(
        e.tr(Lang::Es),
        "Paso 1 “S”, campo at (línea 4): 9999.5s está después del final de esta ejecución (2 min 49 s): el paso se queda en el final"
    );
    // The whole file's sentence starts with a capital in Spanish too.
    assert!(find("empty")
        .tr(Lang::Es)
        .starts_with("El archivo está vacío"));
    // Plurals: no pre-copy round at all, and many.
    assert!(find("no round, cold")
        .tr(Lang::Es)
        .ends_with("(no tiene ninguna)"));
    assert!(find("no round").tr(Lang::Es).ends_with("(tiene 29)"));
}
