//! Every built-in lesson, every step: read whole, run, and every placeholder filled
//! from the step's own run.

use super::ask::Ask;
use super::tests::render;
use super::text::Piece;
use super::*;
use crate::i18n::Lang;

#[test]
fn every_built_in_lesson_reads_whole_and_fills_every_placeholder() {
    let mut asks: Vec<Ask> = Vec::new();
    for name in BUILT_IN {
        let text = text_of(name).expect("registered");
        let loaded = parse(text);
        assert!(loaded.errors.is_empty(), "{name}: {:#?}", loaded.errors);
        let lesson = loaded.lesson;
        assert!(
            (8..=25).contains(&lesson.steps.len()),
            "{name}: {} steps",
            lesson.steps.len()
        );
        assert_eq!(Some(lesson.clone()), built_in(name));
        let shown = render(&lesson);
        println!("=== {name}: {}\n{shown}", lesson.title);
        // A number the run cannot give shows as "—"; none may.
        assert!(!shown.contains('—'), "{name}: {shown}");
        assert!(!shown.contains("NaN") && !shown.contains(" inf "), "{name}");
        // No placeholder is left in braces: each became the run's value.
        assert!(
            !shown.contains('{') && !shown.contains('}'),
            "{name}: {shown}"
        );
        for step in &lesson.steps {
            let trace = step.run();
            let evac = step.evacuation();
            assert_eq!(evac.is_some(), step.evacuate.is_some(), "{name}: runs");
            let t = step
                .at
                .resolve_on(&trace, evac.as_ref())
                .expect("checked when read");
            for piece in step.text.iter().chain(step.reveal.iter()) {
                if let Piece::Value(v) = piece {
                    let s = v.show_in(lesson.lang, &trace, &step.params, evac.as_ref(), t);
                    assert!(
                        !s.is_empty() && !s.contains('—'),
                        "{name}, step “{}”: {:?} gave {s:?}",
                        step.title,
                        v
                    );
                    // A Spanish lesson writes its numbers with a decimal comma.
                    let chars: Vec<char> = s.chars().collect();
                    let point = chars
                        .windows(3)
                        .any(|w| w[0].is_ascii_digit() && w[1] == '.' && w[2].is_ascii_digit());
                    assert!(
                        !(lesson.lang == Lang::Es
                            && point
                            && !matches!(v, super::text::Value::StopReason)),
                        "{name}, step “{}”: {:?} gave {s:?}",
                        step.title,
                        v
                    );
                }
            }
        }
        let menu = MENU.iter().find(|m| m.0 == name).expect("in the menu");
        assert_eq!(
            (menu.1, menu.2),
            (lesson.title.as_str(), lesson.steps.len())
        );
        if name != "drama" {
            asks.extend(lesson.steps.iter().filter_map(|s| s.ask));
        }
    }
    // The new lessons ask at least 15 questions, of every kind the format has.
    assert!(asks.len() >= 15, "{} questions", asks.len());
    assert!(asks.iter().any(|a| matches!(a, Ask::Converge)));
    assert!(asks.iter().any(|a| matches!(a, Ask::Downtime { .. })));
    assert!(asks.iter().any(|a| matches!(a, Ask::LeastDowntime)));
    assert!(asks.iter().any(|a| matches!(a, Ask::Rounds { .. })));
}

/// Issue 27: what the evacuation lesson says in words holds in the model's runs: one at
/// a time both busy VMs leave, together neither does; least dirty first empties the host
/// sooner than the busy VM first; idle VMs take about total memory ÷ link whatever K.
#[test]
fn the_evacuation_lesson_says_what_the_model_does() {
    let lesson = built_in("evacuation").expect("built in");
    let run = |title: &str| {
        let s = lesson
            .steps
            .iter()
            .find(|s| s.title == title)
            .unwrap_or_else(|| panic!("{title}"));
        s.evacuation().expect("an evacuation step").result
    };
    assert!(run("One at a time").all_left());
    let together = run("Together, neither finishes");
    assert!(together.vms.iter().all(|v| !v.left()));
    let (given, least_dirty) = (run("Who waits: the order"), run("Least dirty first"));
    assert!(given.all_left() && least_dirty.all_left());
    assert!(least_dirty.evacuation_time_s < given.evacuation_time_s);
    assert!(
        given.vms[0].end_s > given.vms[2].end_s,
        "the busy VM leaves after big"
    );
    assert!(run("Eight at once on 10 GbE").all_left());
    let (one, all) = (
        run("Idle VMs: only the bytes count"),
        run("Idle, all at once"),
    );
    let bound = 14.0 * f64::from(1u32 << 30) / one.link_bytes_per_s;
    for e in [&one, &all] {
        assert!(e.evacuation_time_s >= bound && e.evacuation_time_s < bound * 1.01);
    }
    let shares = run("Fair shares");
    let first: Vec<f64> = shares.vms.iter().map(|v| v.shares[0].bytes_per_s).collect();
    assert!(first[0] < first[1] && first[1] == first[2], "{first:?}");
}

/// The placeholders a paragraph uses, in order.
fn values(pieces: &[Piece]) -> Vec<text::Value> {
    pieces
        .iter()
        .filter_map(|p| match p {
            Piece::Value(v) => Some(*v),
            _ => None,
        })
        .collect()
}

/// A translation is the English lesson in other words: the same steps with the same
/// scenes, moments, marks and questions (so the same runs and the same answers), the
/// same numbers in each paragraph, and its own language's words around them.
#[test]
fn every_translation_is_the_english_lesson_in_other_words() {
    let mut seen = 0;
    for name in BUILT_IN {
        let english = built_in(name).expect("built in");
        assert_eq!(english.lang, Lang::En, "{name}");
        for lang in languages_of(name).into_iter().filter(|l| *l != Lang::En) {
            seen += 1;
            let loaded = parse(text_in(name, lang).expect("a translation"));
            assert!(
                loaded.errors.is_empty(),
                "{name} {lang}: {:#?}",
                loaded.errors
            );
            let t = loaded.lesson;
            assert_eq!(t.lang, lang, "{name}: its lang: line");
            assert_eq!(Some(t.clone()), built_in_in(name, lang));
            assert_ne!(t.title, english.title, "{name} {lang}: a title of its own");
            assert_eq!(t.steps.len(), english.steps.len(), "{name} {lang}: steps");
            for (a, b) in english.steps.iter().zip(&t.steps) {
                let what = format!("{name} {lang}, step “{}”", b.title);
                assert_eq!(
                    (&a.params, a.compare, &a.compare_by, &a.evacuate),
                    (&b.params, b.compare, &b.compare_by, &b.evacuate),
                    "{what}: the scene"
                );
                assert_eq!(
                    (a.at, a.until, a.mark, a.ask),
                    (b.at, b.until, b.mark, b.ask),
                    "{what}"
                );
                let mut want = values(&a.text);
                let mut got = values(&b.text);
                want.sort_by_key(|v| format!("{v:?}"));
                got.sort_by_key(|v| format!("{v:?}"));
                assert_eq!(got, want, "{what}: the numbers in its paragraph");
                assert_ne!(a.text, b.text, "{what}: translated");
            }
            // Its questions, answers and reveals are in its language, and a placeholder's
            // words too: no English sentence of lessons.ftl is left.
            // The model's own sentence on why pre-copy stopped is translated too.
            let shown = render(&t);
            assert!(!shown.contains('{') && !shown.contains('—'), "{shown}");
            let _ = crate::i18n::take_misses();
            for (i, s) in t.steps.iter().enumerate() {
                let Some(ask) = s.ask else { continue };
                let q = ask.question_in(lang);
                assert_ne!(q, ask.question(), "{name} {lang} step {}", i + 1);
            }
            for english_words in [
                "round ",
                "Right",
                "Will this",
                "The VM ran nowhere",
                "completed:",
            ] {
                assert!(
                    !shown.contains(english_words),
                    "{name} {lang}: “{english_words}” in\n{shown}"
                );
            }
            assert!(crate::i18n::take_misses().is_empty(), "{name} {lang}");
        }
    }
    assert!(seen >= 2, "the drama lesson is in Spanish and Chinese");
    assert_eq!(languages_of("drama"), vec![Lang::En, Lang::Es, Lang::ZhCn]);
    assert_eq!(languages_of("nope"), vec![]);
    // A lesson with no translation in a language is its English text (English has no
    // entry of its own, so it takes that path whatever is translated).
    assert_eq!(text_in("precopy", Lang::En), text_of("precopy"));
}

#[test]
fn a_lang_line_names_the_language_and_a_wrong_one_is_a_warning() {
    let body = "== One\nscene: type=live\nat: start\ntext: Hola.\n";
    let es = parse(&format!("lesson: Uno\nlang: es\n{body}"));
    assert!(es.errors.is_empty(), "{:?}", es.errors);
    assert_eq!(es.lesson.lang, Lang::Es);
    assert_eq!(parse(&format!("lesson: One\n{body}")).lesson.lang, Lang::En);
    let fr = parse(&format!("lesson: Un\nlang: fr\n{body}"));
    assert_eq!(fr.lesson.lang, Lang::En);
    assert_eq!(fr.lesson.steps.len(), 1, "the lesson still loads");
    let w = fr
        .errors
        .iter()
        .find(|e| e.field == "lang")
        .expect("a warning");
    assert_eq!(w.severity, Severity::Warning);
    assert!(
        w.message.to_string().contains("`fr`") && w.message.to_string().contains("zh-CN"),
        "{}",
        w.message
    );
}

#[test]
fn a_line_break_in_chinese_joins_without_a_space_and_in_english_with_one() {
    let l = parse("lesson: 课\n== 一\nscene: type=live\nat: start\ntext: 没有任何数据\n  发送两次，QEMU\n  keeps going\n");
    let Piece::Text(t) = &l.lesson.steps[0].text[0] else {
        panic!("text")
    };
    assert_eq!(t, "没有任何数据发送两次，QEMU keeps going");
}
