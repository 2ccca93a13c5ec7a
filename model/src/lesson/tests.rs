//! The lesson format, the built-in lesson and the questions, natively. The parser is
//! fuzzed like the link parser (`PROPTEST_CASES=100000 cargo test --release -p
//! vm-migration-lab --lib lesson` for a longer run).

use super::ask::{closed_form_rounds, Answer, Ask};
use super::text::{parse_text, plain, plain_in, Piece, Value};
use super::*;
use crate::params::GIB;
use crate::Outcome;
use proptest::prelude::*;

const EXAMPLE: &str = include_str!("../../../lessons/example.lesson");

/// Every step of a lesson as the screen would show it: title, paragraph, question, the
/// model's answer and why, the reveal.
pub(super) fn render(lesson: &Lesson) -> String {
    let mut out = String::new();
    for (i, s) in lesson.steps.iter().enumerate() {
        let trace = s.run();
        let evac = s.evacuation();
        let t =
            s.at.resolve_on(&trace, evac.as_ref())
                .expect("checked when read");
        out.push_str(&format!(
            "\n[{} of {}] {} (t = {t:.3} s)\n{}\n",
            i + 1,
            lesson.steps.len(),
            s.title,
            plain_in(lesson.lang, &s.text, &trace, &s.params, evac.as_ref(), t)
        ));
        if let Some(ask) = s.ask {
            let sol = ask.solve_in(lesson.lang, &s.params, &trace);
            out.push_str(&format!(
                "  Q: {}\n  A: {}\n  Why: {}\n  {}\n",
                ask.question_in(lesson.lang),
                sol.answer_text,
                sol.why,
                plain_in(lesson.lang, &s.reveal, &trace, &s.params, evac.as_ref(), t)
            ));
        }
    }
    out
}

#[test]
fn the_built_in_lesson_reads_whole_and_fills_every_number() {
    let loaded = parse(DRAMA);
    assert!(loaded.errors.is_empty(), "{:#?}", loaded.errors);
    let lesson = loaded.lesson;
    assert_eq!(lesson.title, "The drama of VM migration");
    assert!(
        (15..=25).contains(&lesson.steps.len()),
        "{} steps",
        lesson.steps.len()
    );
    let shown = render(&lesson);
    println!("{shown}");
    // A number that cannot be computed shows as "—"; none may.
    assert!(!shown.contains('—'), "{shown}");
    assert!(!shown.contains("NaN") && !shown.contains("inf"), "{shown}");
    // Questions of every kind are asked.
    let asks: Vec<Ask> = lesson.steps.iter().filter_map(|s| s.ask).collect();
    assert!(asks.iter().any(|a| matches!(a, Ask::Converge)));
    assert!(asks.iter().any(|a| matches!(a, Ask::Downtime { .. })));
    assert!(asks.iter().any(|a| matches!(a, Ask::LeastDowntime)));
    assert!(asks.iter().any(|a| matches!(a, Ask::Rounds { .. })));
    assert_eq!(built_in("drama"), Some(lesson));
    assert_eq!(built_in("nope"), None);
}

#[test]
fn the_built_in_lesson_tells_the_seed_story_the_model_agrees_with() {
    let lesson = built_in("drama").expect("built in");
    let by_title = |needle: &str| {
        lesson
            .steps
            .iter()
            .find(|s| s.title.contains(needle))
            .unwrap_or_else(|| panic!("a step about {needle}"))
    };
    // Cold: the finance VM is down for far more than its 5 minutes.
    let cold = by_title("see you in an hour").run();
    assert!(cold.metrics.downtime_s > 12.0 * 300.0);
    // Each of the four hold reasons has its own step.
    for reason in crate::HoldReason::ALL {
        assert!(
            lesson
                .steps
                .iter()
                .any(|s| s.params.holds.iter().any(|h| h.reason == reason)),
            "{reason:?}"
        );
    }
    // Live converges; the busier guest does not; the e-commerce spike rolls back clean.
    let live = by_title("cutover").run();
    assert!(live.metrics.converged);
    let busy = by_title("does not converge");
    let sol = busy.ask.expect("asks").solve(&busy.params, &busy.run());
    assert_eq!(sol.truth, Answer::YesNo(false));
    let rollback = by_title("ROLL BACK").run();
    assert_eq!(rollback.metrics.outcome, Outcome::RolledBack);
    assert_eq!(rollback.metrics.downtime_s, 0.0);
    // A failure after a post-copy switch loses the VM.
    assert_eq!(
        by_title("loses the VM").run().metrics.outcome,
        Outcome::Lost
    );
    // The last step is the compare view.
    assert!(lesson.steps.last().expect("steps").compare);
}

#[test]
fn the_example_lesson_reads_whole() {
    let loaded = parse(EXAMPLE);
    assert!(loaded.errors.is_empty(), "{:#?}", loaded.errors);
    assert_eq!(loaded.lesson.steps.len(), 4);
    let shown = render(&loaded.lesson);
    assert!(!shown.contains('—'), "{shown}");
}

#[test]
fn a_broken_step_is_named_and_the_others_load() {
    let text = "lesson: Two broken\n\
        == Fine\nscene: type=live\ntext: Down {downtime}.\n\
        == Bad bandwidth\nscene: type=live&bw=fast\ntext: Hello.\n\
        == Fine too\nat: round 1\ntext: {round 1 time}.\n\
        == Bad placeholder\ntext: {downtiem} and *more*.\n\
        == Last\nscene: type=cold\nat: boot end\ntext: Booted.\n";
    let loaded = parse(text);
    let titles: Vec<&str> = loaded
        .lesson
        .steps
        .iter()
        .map(|s| s.title.as_str())
        .collect();
    assert_eq!(titles, ["Fine", "Fine too", "Last"]);
    assert_eq!(loaded.errors.len(), 2, "{:#?}", loaded.errors);
    let e = &loaded.errors[0];
    assert_eq!((e.step, e.field.as_str(), e.line), (Some(2), "scene", 6));
    assert!(
        e.to_string()
            .starts_with("Step 2 “Bad bandwidth”, field scene (line 6): bw=fast"),
        "{e}"
    );
    let e = &loaded.errors[1];
    assert_eq!((e.step, e.field.as_str(), e.line), (Some(4), "text", 12));
    assert!(e.message.to_string().contains("{downtiem}"), "{e}");
    // A step without a scene takes the last valid one's.
    assert_eq!(loaded.lesson.steps[1].scene, "type=live");
    assert_eq!(loaded.lesson.steps[2].number_in_file, 5);
}

#[test]
fn mistakes_of_every_field_are_explained() {
    let cases = [
        ("scene: t=5", "scene", "playhead"),
        ("scene: type=warp", "scene", "type=warp"),
        ("at: round 99", "at", "no pre-copy round 99"),
        ("at: boot", "at", "no boot phase"),
        ("at: soon", "at", "not a moment"),
        ("at: round 3 to round 1", "at", "comes before"),
        ("mark: everything", "mark", "not a mark"),
        ("mark: round 40", "mark", "no pre-copy round 40"),
        ("ask: why", "ask", "not a question"),
        ("ask: downtime within x1", "ask", "factor above 1"),
        (
            "ask: converge\nscene: type=cold",
            "ask",
            "no pre-copy rounds",
        ),
        ("reveal: Ha.", "reveal", "follows a question"),
        ("colour: red", "colour", "not a step field"),
        ("at: end\nat: start", "at", "given twice"),
        ("text: *open", "text", "closing *"),
        ("text: {open", "text", "closing }"),
        ("text: shut}", "text", "opening {"),
        ("text: {round 50}", "text", "no pre-copy round 50"),
        ("Just prose", "line", "expected a field"),
    ];
    for (fields, field, says) in cases {
        let text = format!("== S\ntext: ok\n{fields}\n");
        let text = text.replacen("text: ok\ntext:", "text:", 1);
        let loaded = parse(&text);
        // A step with any mistake is left out, a line that is not a field included.
        assert!(loaded.lesson.steps.is_empty(), "{fields}: loaded");
        assert!(
            loaded.errors.iter().any(|e| e.field == field
                && e.message.to_string().contains(says)
                && e.step == Some(1)),
            "{fields}: {:#?}",
            loaded.errors
        );
    }
    let missing = parse("== Empty\nscene: type=live\n");
    assert_eq!(missing.errors[0].field, "text");
    let header = parse("title: x\n== S\ntext: ok\n");
    assert_eq!(header.errors[0].step, None);
    assert_eq!(header.lesson.steps.len(), 1);
    assert_eq!(header.lesson.title, "Untitled lesson");
}

#[test]
fn text_is_text_strong_and_values_only() {
    let pieces = parse_text(r"A *bold* move: {downtime}, \*not bold\* <b>{lambda}</b> \{x\}")
        .expect("valid");
    assert_eq!(
        pieces,
        vec![
            Piece::Text("A ".into()),
            Piece::Strong("bold".into()),
            Piece::Text(" move: ".into()),
            Piece::Value(Value::Downtime),
            Piece::Text(", *not bold* <b>".into()),
            Piece::Value(Value::Lambda),
            Piece::Text("</b> {x}".into()),
        ]
    );
    assert_eq!(
        parse_text("{round 3 sent}{round 4}").expect("valid"),
        vec![
            Piece::Value(Value::RoundSent(3)),
            Piece::Value(Value::Round(4))
        ]
    );
    assert!(parse_text("{round x}").is_err());
    assert!(parse_text("*{downtime}*").is_err());
}

#[test]
fn numbers_come_from_the_run() {
    // The textbook rule's worked example (docs/model.md): 4 GiB, 1 Gbit/s, 100 MB/s, 300 ms.
    let p = crate::Params::default();
    let trace = crate::simulate(&p).expect("valid");
    let show = |v: Value| v.show(&trace, &p, 10.0);
    assert_eq!(show(Value::Lambda), "0.80");
    assert_eq!(show(Value::Threshold), "35.8 MiB");
    assert_eq!(show(Value::Memory), "4 GiB");
    assert_eq!(show(Value::Bandwidth), "1 Gbit/s");
    assert_eq!(
        show(Value::Downtime),
        crate::show::duration(trace.metrics.downtime_s)
    );
    assert_eq!(
        show(Value::Rounds),
        trace.metrics.precopy_rounds.to_string()
    );
    assert_eq!(closed_form_rounds(&p), Some(22));
    assert_eq!(
        closed_form_rounds(&crate::Params {
            dirty_rate_bytes_per_s: 150e6,
            ..p.clone()
        }),
        None
    );
}

#[test]
fn questions_are_answered_by_the_model() {
    let p = crate::Params::default();
    let t = crate::simulate(&p).expect("valid");
    let d = t.metrics.downtime_s;

    let sol = Ask::Downtime { band: 2.0 }.solve(&p, &t);
    assert!(sol.judge(&Answer::Seconds(d * 1.9)));
    assert!(sol.judge(&Answer::Seconds(d / 1.9)));
    assert!(!sol.judge(&Answer::Seconds(d * 2.1)));
    assert!(!sol.judge(&Answer::Seconds(d / 2.1)));
    assert!(sol.why.contains("stop-and-copy"), "{}", sol.why);
    assert!(sol.feedback(&Answer::Seconds(d * 4.0)).contains("×4 high"));

    let sol = Ask::Rounds { within: 1 }.solve(&p, &t);
    let n = t.metrics.precopy_rounds;
    assert!(sol.judge(&Answer::Count(n + 1)) && sol.judge(&Answer::Count(n - 1)));
    assert!(!sol.judge(&Answer::Count(n + 2)));
    assert!(sol
        .why
        .contains("λ = write rate ÷ send rate = 100 MB/s ÷ 125 MB/s = 0.80"));
    assert!(sol.why.contains("= 22."), "{}", sol.why);

    let sol = Ask::Converge.solve(&p, &t);
    assert_eq!(sol.truth, Answer::YesNo(t.metrics.converged));
    assert!(sol.judge(&Answer::YesNo(true)) && !sol.judge(&Answer::YesNo(false)));
    assert!(sol.why.contains("125 MB/s × 300 ms"), "{}", sol.why);
    assert!(
        !sol.judge(&Answer::Count(3)),
        "an answer of the wrong kind is wrong"
    );

    let busy = crate::Params {
        dirty_rate_bytes_per_s: 150e6,
        ..p.clone()
    };
    let tb = crate::simulate(&busy).expect("valid");
    let sol = Ask::Converge.solve(&busy, &tb);
    assert_eq!(sol.truth, Answer::YesNo(false));
    assert!(sol.why.contains("1.20"), "{}", sol.why);

    // Least downtime: the type with the least downtime among those that complete, from
    // five runs of the same parameters.
    let sol = Ask::LeastDowntime.solve(&p, &t);
    let Answer::Type(best) = sol.truth else {
        panic!("a type")
    };
    let downtime = |ty| {
        crate::simulate(&crate::Params {
            migration_type: ty,
            ..p.clone()
        })
        .expect("valid")
        .metrics
        .downtime_s
    };
    for ty in MigrationType::ALL {
        assert!(downtime(best) <= downtime(ty) + 1e-12, "{ty:?}");
    }
    assert!(sol.judge(&Answer::Type(best)));
    assert!(!sol.judge(&Answer::Type(MigrationType::Cold)));
}

#[test]
fn questions_a_run_cannot_answer_are_refused() {
    let cold = crate::Params {
        migration_type: MigrationType::Cold,
        memory_bytes: 4 * GIB,
        ..Default::default()
    };
    let t = crate::simulate(&cold).expect("valid");
    assert!(Ask::Converge.check(&cold, &t).is_err());
    assert!(Ask::Rounds { within: 1 }.check(&cold, &t).is_err());
    assert!(Ask::Downtime { band: 2.0 }.check(&cold, &t).is_ok());
    assert_eq!(
        Ask::parse("downtime within ×3"),
        Ok(Ask::Downtime { band: 3.0 })
    );
    assert_eq!(Ask::parse("rounds"), Ok(Ask::Rounds { within: 0 }));
}

#[test]
fn moments_resolve_against_the_run() {
    let p = crate::Params::default();
    let t = crate::simulate(&p).expect("valid");
    let r1 = t.rounds.iter().find(|r| r.index == 1).expect("round 1");
    assert_eq!(
        parse::read_moment("round 1 start").and_then(|m| m.resolve(&t)),
        Ok(r1.start_s)
    );
    assert_eq!(
        parse::read_moment("round 1").and_then(|m| m.resolve(&t)),
        Ok(r1.start_s + r1.duration_s / 2.0)
    );
    assert_eq!(
        parse::read_moment("1min").and_then(|m| m.resolve(&t)),
        Ok(60.0)
    );
    assert_eq!(
        parse::read_moment("1e9").and_then(|m| m.resolve(&t)),
        Ok(t.end_s())
    );
    assert!(parse::read_moment("-3").is_err());
}

// --- Fuzzing ------------------------------------------------------------------------

/// Lines a lesson is made of, right and wrong, to build soups from.
const FRAGMENTS: &[&str] = &[
    "lesson: T",
    "== A",
    "==",
    "scene: type=live",
    "scene: type=cold&disk=1TiB",
    "scene: preset=ecommerce-rollback",
    "scene: bw=0",
    "scene: view=compare",
    "at: round 2",
    "at: end",
    "at: fault",
    "at: stop-and-copy end",
    "at: 3s to 1s",
    "mark: dirty",
    "mark: round 9",
    "text: {downtime} *x*",
    "text: {",
    "text: *",
    "reveal: {lambda}",
    "ask: converge",
    "ask: least downtime",
    "ask: downtime within x2",
    "ask: rounds within 1",
    "  more words",
    "# comment",
    "",
    "prose",
    "\u{feff}",
    "text: é{round 0 sent}ü",
    "\tscene: type=cold",
    "Scene: type=cold",
    " scene : type=postcopy",
    "scene: type=live&rec=moderate",
    "scene: type=live&type=cold",
    "at: 9999s",
];

proptest! {
    #[test]
    fn any_text_reads_without_panic(s in "\\PC*") {
        let loaded = parse(&s);
        for e in &loaded.errors {
            prop_assert!(!e.message.to_string().is_empty());
            let _ = e.to_string();
        }
    }

    #[test]
    fn line_soups_read_and_every_loaded_step_shows(lines in prop::collection::vec(prop::sample::select(FRAGMENTS), 0..40)) {
        let text = lines.join("\n");
        let loaded = parse(&text);
        let headings = lines.iter().filter(|l| l.starts_with("==")).count();
        prop_assert!(loaded.lesson.steps.len() <= headings);
        for s in &loaded.lesson.steps {
            let trace = s.run();
            let t = s.at.resolve(&trace);
            prop_assert!(t.is_ok());
            let _ = plain(&s.text, &trace, &s.params, t.unwrap_or(0.0));
            if let Some(a) = s.ask {
                let sol = a.solve(&s.params, &trace);
                prop_assert!(sol.judge(&sol.truth));
            }
        }
        // A step named in an error is never loaded.
        for e in loaded.errors.iter().filter(|e| !e.is_warning()) {
            if let Some(n) = e.step {
                prop_assert!(
                    !loaded.lesson.steps.iter().any(|s| s.number_in_file == n),
                    "step {} loaded despite {}", n, e
                );
            }
        }
        // Every step is either loaded or named in an error.
        for n in 1..=headings {
            prop_assert!(
                loaded.lesson.steps.iter().any(|s| s.number_in_file == n)
                    || loaded.errors.iter().any(|e| e.step == Some(n)),
                "step {} neither loaded nor named", n
            );
        }
    }

    #[test]
    fn the_built_in_lesson_mutated_reads_without_panic(cut in 0usize..4000, insert in "\\PC{0,12}") {
        let mut text = DRAMA.to_string();
        let mut at = cut.min(text.len());
        while !text.is_char_boundary(at) {
            at -= 1;
        }
        text.insert_str(at, &insert);
        let loaded = parse(&text);
        prop_assert!(loaded.lesson.steps.len() + loaded.errors.len() >= 1);
    }
}

#[test]
fn a_scene_compares_by_any_parameter_and_names_a_bad_value() {
    let l = parse(
        "== By policy\nscene: type=live&view=compare&by=policy&values=qemu,xen,vmotion\ntext: Rules.\n",
    );
    assert!(l.errors.is_empty(), "{:#?}", l.errors);
    let s = &l.lesson.steps[0];
    assert!(s.compare);
    let by = s.compare_by.as_ref().expect("rows by policy");
    assert_eq!(
        (by.by, by.values.as_slice()),
        (
            "policy",
            &["qemu".to_string(), "xen".into(), "vmotion".into()][..]
        )
    );
    // Without by= the compare view is by type, as before.
    let l = parse("== All\nscene: view=compare\ntext: Types.\n");
    assert_eq!(l.lesson.steps[0].compare_by, None);
    // A value that does not read is the step's error, named with its key.
    let l = parse("== Bad\nscene: view=compare&by=policy&values=qemu,nope\ntext: Rules.\n");
    assert!(l.lesson.steps.is_empty());
    let e = &l.errors[0];
    assert_eq!(e.field, "scene");
    assert!(
        e.message.to_string().starts_with("values=nope: "),
        "{}",
        e.message
    );
}
