//! A lesson author's mistakes (issue 24): every step with an error is left out, never
//! shown with another scene; what loads but is not used as written is a warning; a file
//! that gives no step says why; a file that is not UTF-8 or not text is named; the list
//! the panel shows is capped.

use super::notices::{Summary, SHOWN_MAX};
use super::*;
use crate::i18n::Lang;
use migration_model::MigrationType;
use std::time::Instant;

fn titles(l: &Loaded) -> Vec<&str> {
    l.lesson.steps.iter().map(|s| s.title.as_str()).collect()
}

fn errors(l: &Loaded) -> Vec<&LessonError> {
    l.errors.iter().filter(|e| !e.is_warning()).collect()
}

fn warnings(l: &Loaded) -> Vec<&LessonError> {
    l.errors.iter().filter(|e| e.is_warning()).collect()
}

/// A lesson with a good first step (cold), then `step` as the second ("Two", line 5).
fn second(step: &str) -> Loaded {
    parse(&format!(
        "lesson: T\n== One\nscene: type=cold\ntext: Cold.\n== Two\n{step}\n"
    ))
}

#[test]
fn a_tab_before_scene_leaves_the_step_out_and_names_it() {
    // Right after the heading: nothing to continue.
    let l = second("\tscene: type=live\ntext: Down {downtime}.");
    assert_eq!(titles(&l), ["One"], "{:#?}", l.errors);
    let e = errors(&l);
    assert_eq!(e.len(), 1, "{e:#?}");
    assert_eq!((e[0].step, e[0].step_line, e[0].line), (Some(2), 5, 6));
    assert_eq!(e[0].title, "Two");
    assert!(
        e[0].message.to_string().contains("did you mean `scene:`"),
        "{}",
        e[0]
    );
    // After a field: not joined to the paragraph as words; the step is left out too.
    let l = second("text: Down {downtime}.\n  scene: type=live");
    assert_eq!(titles(&l), ["One"]);
    assert_eq!(errors(&l)[0].line, 7);
    // A continuation that only mentions a field stays words of the paragraph.
    let l = second("text: Down {downtime}, and the\n  scene changes: later.");
    assert_eq!(titles(&l), ["One", "Two"], "{:#?}", l.errors);
}

#[test]
fn near_miss_fields_get_did_you_mean() {
    for (line, meant) in [
        ("Scene: type=live", "scene"),
        ("SCENE: type=live", "scene"),
        (" scene : type=live", "scene"),
        ("scene : type=live", "scene"),
        ("Text: Hi.", "text"),
        ("scen: type=live", "scene"),
        ("txt: Hi.", "text"),
        ("reveals: Hi.", "reveal"),
    ] {
        let l = second(&format!("{line}\ntext: Down {{downtime}}."));
        assert_eq!(titles(&l), ["One"], "{line}: the step was shown");
        let e = errors(&l);
        assert!(
            e.iter().any(|e| e.step == Some(2)
                && e.line == 6
                && e.message
                    .to_string()
                    .contains(&format!("did you mean `{meant}:`"))),
            "{line}: {e:#?}"
        );
    }
    // Prose is not a near miss of anything.
    let l = second("Just prose\ntext: Hi.");
    assert!(!errors(&l)[0].message.to_string().contains("did you mean"));
    // The header's title too.
    let l = parse("Lesson: Mine\n== A\ntext: Hi.\n");
    assert!(
        l.errors[0]
            .message
            .to_string()
            .contains("did you mean `lesson:`?"),
        "{:#?}",
        l.errors
    );
    assert_eq!(titles(&l), ["A"]);
}

#[test]
fn a_step_with_any_error_is_never_shown_with_another_scene() {
    // Each mistake alone in step Two, whose own scene would be live; step One is cold.
    for mistake in [
        "\tscene: type=live",
        "Scene: type=live",
        "Just prose",
        "colour: red",
        "at: end\nat: start",
        "scene: type=live&bw=warp",
    ] {
        let l = second(&format!("{mistake}\ntext: Down {{downtime}}."));
        assert_eq!(titles(&l), ["One"], "{mistake}");
        assert!(errors(&l).iter().all(|e| e.step == Some(2)), "{mistake}");
        assert!(
            Summary::of(&l.errors)
                .left_out_line(Lang::En)
                .is_some_and(|s| s == "Left out: step 2 “Two” (line 5)."),
            "{mistake}"
        );
    }
}

#[test]
fn scene_keys_a_step_cannot_use_are_warnings() {
    for (scene, says) in [
        (
            "type=live&rec=moderate",
            "rec=moderate is ignored in a scene",
        ),
        (
            "type=live&view=exercises",
            "view=exercises is ignored in a scene",
        ),
        (
            "type=live&lesson=drama",
            "lesson=drama is ignored in a scene",
        ),
        ("type=live&step=3", "step=3 is ignored"),
        ("type=live&set=7", "set=7 is ignored"),
    ] {
        let l = second(&format!("scene: {scene}\ntext: Down {{downtime}}."));
        assert_eq!(titles(&l), ["One", "Two"], "{scene}: {:#?}", l.errors);
        assert!(errors(&l).is_empty(), "{scene}: {:#?}", l.errors);
        let w = warnings(&l);
        assert_eq!(w.len(), 1, "{scene}: {w:#?}");
        assert_eq!(
            (w[0].step, w[0].field.as_str(), w[0].line),
            (Some(2), "scene", 6)
        );
        assert!(w[0].message.to_string().contains(says), "{scene}: {}", w[0]);
        let step = &l.lesson.steps[1];
        assert_eq!(step.params.migration_type, MigrationType::Live);
        assert!(!step.compare);
    }
    // view=compare is used, and says nothing.
    let l = second("scene: type=live&view=compare\ntext: Hi.");
    assert!(l.errors.is_empty() && l.lesson.steps[1].compare);
}

#[test]
fn a_key_given_twice_is_a_warning_and_the_last_wins() {
    let l = second("scene: type=live&bw=1Gbit/s&type=postcopy\ntext: Hi.");
    assert_eq!(titles(&l), ["One", "Two"]);
    assert_eq!(l.lesson.steps[1].migration_type(), MigrationType::PostCopy);
    let w = warnings(&l);
    assert_eq!(w.len(), 1, "{w:#?}");
    assert!(
        w[0].message
            .to_string()
            .contains("type= is given twice (type=live, then type=postcopy); the last is used"),
        "{}",
        w[0]
    );
    // Holds and faults add up: no warning.
    let l = second("scene: type=suspended&hold=compliance@5s:2h&hold=budget@1s:1h\ntext: Hi.");
    assert!(l.errors.is_empty(), "{:#?}", l.errors);
    assert_eq!(l.lesson.steps[1].params.holds.len(), 2);
    // The title given twice.
    let l = parse("lesson: A\nlesson: B\n== S\ntext: Hi.\n");
    assert_eq!(l.lesson.title, "B");
    assert!(warnings(&l)[0]
        .message
        .to_string()
        .contains("given twice (line 1 and line 2)"));
}

#[test]
fn a_moment_past_the_run_is_clamped_with_a_warning() {
    let l = second("scene: type=live\nat: 9999s\ntext: Hi.");
    assert_eq!(titles(&l), ["One", "Two"]);
    let w = warnings(&l);
    assert_eq!(w.len(), 1, "{w:#?}");
    assert_eq!((w[0].field.as_str(), w[0].line), ("at", 7));
    assert!(
        w[0].message
            .to_string()
            .starts_with("9999s is after this run's end ("),
        "{}",
        w[0]
    );
    assert!(w[0]
        .message
        .to_string()
        .ends_with("the step stands at the end"));
    let step = &l.lesson.steps[1];
    assert_eq!(step.at.resolve(&step.run()), Ok(step.run().end_s()));
    // Within the run: nothing to say.
    assert!(second("scene: type=live\nat: 1s to 2s\ntext: Hi.")
        .errors
        .is_empty());
    // The end of a span past the end.
    let w = second("scene: type=live\nat: 1s to 9999s\ntext: Hi.");
    assert_eq!(warnings(&w).len(), 1, "{:#?}", w.errors);
}

#[test]
fn a_file_without_steps_says_why() {
    for (text, says) in [
        ("", "the file is empty"),
        ("\u{feff}\n  \n", "the file is empty"),
        (
            "# just a note\n\n# another\n",
            "only comments and blank lines",
        ),
        ("lesson: Only a title\n", "a title (lesson:) but no steps"),
        ("text: no heading\n", "the file has no steps"),
    ] {
        let l = parse(text);
        assert!(l.lesson.steps.is_empty());
        let e = errors(&l);
        let file = e.iter().find(|e| e.field == "file").expect("a reason");
        assert!(file.message.to_string().contains(says), "{text:?}: {file}");
        assert!(file.message.to_string().contains("== Title"), "{file}");
        assert!(file.to_string().starts_with("The file "), "{file}");
    }
}

#[test]
fn a_file_that_is_not_utf8_is_read_as_latin1_with_a_warning() {
    let l =
        parse_bytes(b"lesson: Caf\xe9\n== Un caf\xe9\ntext: Caf\xe9 cr\xe8me, \x93quoted\x94.\n");
    assert_eq!(l.lesson.title, "Café");
    assert_eq!(titles(&l), ["Un café"]);
    let s = &l.lesson.steps[0];
    let shown = super::text::plain(&s.text, &s.run(), &s.params, 0.0);
    assert_eq!(shown, "Café crème, “quoted”.");
    assert_eq!(l.errors.len(), 1, "{:#?}", l.errors);
    let w = &l.errors[0];
    assert!(w.is_warning());
    assert_eq!((w.field.as_str(), w.line), ("file", 1));
    assert!(
        w.message.to_string().contains("not UTF-8") && w.message.to_string().contains("Latin-1"),
        "{w}"
    );
    // The first bad byte's line is named.
    let l = parse_bytes(b"lesson: T\n== A\ntext: fine\n  caf\xe9\n");
    assert_eq!(l.errors[0].line, 4);
    // UTF-8 is read as it is, without a warning.
    assert!(parse_bytes("== A\ntext: Café.\n".as_bytes())
        .errors
        .is_empty());
}

#[test]
fn a_binary_file_gives_one_error_quickly() {
    // 2 MB of noise (a linear congruential generator: NUL bytes come soon).
    let mut x: u32 = 1;
    let noise: Vec<u8> = (0..2_000_000)
        .map(|_| {
            x = x.wrapping_mul(1_664_525).wrapping_add(1_013_904_223);
            (x >> 24) as u8
        })
        .collect();
    // The same without NUL bytes and with a few "== " headings mixed in.
    let no_nul: Vec<u8> = noise
        .iter()
        .enumerate()
        .map(|(i, &b)| if i % 97 == 0 { b'\n' } else { b.max(1) })
        .collect();
    for bytes in [&noise, &no_nul] {
        let t = Instant::now();
        let l = parse_bytes(bytes);
        assert!(t.elapsed().as_millis() < 500, "{:?}", t.elapsed());
        assert!(l.lesson.steps.is_empty());
        assert_eq!(
            l.errors.len(),
            1,
            "{:#?}",
            &l.errors[..3.min(l.errors.len())]
        );
        assert!(
            l.errors[0].message.to_string().contains("not a text file"),
            "{}",
            l.errors[0]
        );
    }
    let utf16: Vec<u8> = [0xff, 0xfe]
        .into_iter()
        .chain("== A\ntext: x\n".bytes().flat_map(|b| [b, 0]))
        .collect();
    assert!(parse_bytes(&utf16).errors[0]
        .message
        .to_string()
        .contains("UTF-16"));
    // A long text file: cut at 256 KiB, one error for the rest.
    let long = "== A\ntext: x\n".repeat(30_000);
    let l = parse(&long);
    assert!(
        l.errors[0]
            .message
            .to_string()
            .contains("longer than 256 KiB"),
        "{}",
        l.errors[0]
    );
}

#[test]
fn the_list_is_capped_and_names_the_steps_left_out() {
    let mut text = String::from("lesson: Many\n== Good\ntext: Hi.\n");
    for i in 0..30 {
        text.push_str(&format!("== Bad {i}\nScene: type=live\ntext: Hi.\n"));
    }
    text.push_str("== Warned\nscene: type=live&rec=moderate\ntext: Hi.\n");
    let l = parse(&text);
    assert_eq!(titles(&l), ["Good", "Warned"]);
    let s = Summary::of(&l.errors);
    assert_eq!((s.errors, s.warnings), (30, 1));
    assert_eq!(s.shown.len(), SHOWN_MAX);
    assert!(s.shown.iter().all(|e| !e.is_warning()), "errors first");
    assert_eq!(s.more, 11);
    assert_eq!(s.more_line(Lang::En).as_deref(), Some("and 11 more"));
    assert_eq!(
        s.head(Lang::En),
        "30 steps could not be used and were left out; the others are here; 1 warning:"
    );
    let left = s.left_out_line(Lang::En).expect("steps left out");
    assert!(
        left.starts_with("Left out: step 2 “Bad 0” (line 4), step 3 “Bad 1” (line 7),"),
        "{left}"
    );
    assert!(left.ends_with("and 10 more."), "{left}");
    // Only warnings: the lesson loaded.
    let l = second("scene: type=live&type=live\ntext: Hi.");
    assert_eq!(
        Summary::of(&l.errors).head(Lang::En),
        "The lesson loaded, with 1 warning:"
    );
    assert_eq!(Summary::of(&l.errors).left_out_line(Lang::En), None);
}

#[test]
fn the_built_in_lessons_have_no_warnings() {
    for text in [DRAMA, include_str!("../../../lessons/example.lesson")] {
        assert_eq!(parse(text).errors, vec![]);
    }
}

/// The summary and every notice in Spanish and Chinese: no English sentence of the
/// catalogue left, no variable, and the counts in the language's plural.
#[test]
fn the_summary_and_each_notice_are_in_the_pages_language() {
    use super::notices::notice_in;
    let mut text = String::from("lesson: Many\nlang: xx\n== Good\ntext: Hi.\n");
    for i in 0..30 {
        text.push_str(&format!("== Bad {i}\nScene: type=live\ntext: Hi.\n"));
    }
    text.push_str("== Warned\nscene: type=live&type=live\nat: 9999.5s\ntext: Hi.\n");
    let l = parse(&text);
    let s = Summary::of(&l.errors);
    let english = [
        "could not",
        "left out",
        "Left out",
        "more",
        "warning",
        "Step ",
        "field ",
        "(line ",
        "Lesson header",
        "did you mean",
    ];
    for lang in [Lang::Es, Lang::ZhCn] {
        let mut said = vec![s.head(lang)];
        said.extend(s.left_out_line(lang));
        said.extend(s.more_line(lang));
        said.extend(l.errors.iter().map(|e| notice_in(lang, e)));
        for line in &said {
            assert!(!line.contains('$'), "{lang:?}: {line}");
            for w in english {
                assert!(!line.contains(w), "{lang:?} says {w:?}: {line}");
            }
        }
    }
    assert_eq!(
        s.head(Lang::Es),
        "30 pasos no se pudieron usar y se han omitido; los demás están aquí; 3 avisos:"
    );
    assert_eq!(s.more_line(Lang::Es).as_deref(), Some("y 13 más"));
    let left = s.left_out_line(Lang::Es).expect("left out");
    assert!(
        left.starts_with("Omitidos: paso 2 “Bad 0” (línea 5), paso 3 “Bad 1” (línea 8),"),
        "{left}"
    );
    assert!(left.ends_with(" y 10 más."), "{left}");
    assert_eq!(
        s.head(Lang::ZhCn),
        "有 30 步无法使用，已略去；其余步骤见下；3 条警告："
    );
    // One left out, one warning; only warnings; errors of the file, none left out.
    let one = second("Scene: type=live\ntext: Hi.");
    assert_eq!(
        Summary::of(&one.errors).head(Lang::Es),
        "1 paso no se pudo usar y se ha omitido; los demás están aquí:"
    );
    let warned = second("scene: type=live&type=live\ntext: Hi.");
    assert_eq!(
        Summary::of(&warned.errors).head(Lang::Es),
        "La lección se ha cargado, con 1 aviso:"
    );
    let cut = parse_bytes(
        &[
            b"lesson: T\n== S\ntext: x\n".as_slice(),
            &[b'\n'; 300 * 1024],
        ]
        .concat(),
    );
    assert_eq!(
        Summary::of(&cut.errors).head(Lang::Es),
        "Parte de esta lección no se pudo leer:"
    );
    assert_eq!(
        notice_in(Lang::Es, &cut.errors[0]),
        "La lección ocupa más de 256 KiB; el resto no se ha leído"
    );
    assert_eq!(
        notice_in(Lang::En, &cut.errors[0]),
        cut.errors[0].to_string()
    );
    // A scene the link reader refuses: its reason as the link notice says it.
    let bad = second("scene: bw=warp&dirty=lots\ntext: Hi.");
    let e = &bad.errors[0];
    assert_eq!(
        notice_in(Lang::Es, e),
        "Paso 2 “Two”, campo scene (línea 6): la escena no se puede usar: bw=warp: se esperaba una tasa como 1Gbit/s, 10Gbps, 940Mbit/s o 125MB/s (y 1 más)"
    );
    let zh = notice_in(Lang::ZhCn, e);
    assert!(zh.contains("bw=warp：") && !zh.contains("expected"), "{zh}");
    assert_eq!(notice_in(Lang::En, e), e.to_string());
}
