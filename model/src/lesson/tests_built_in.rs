//! Every built-in lesson, every step: read whole, run, and every placeholder filled
//! from the step's own run.

use super::ask::Ask;
use super::tests::render;
use super::text::Piece;
use super::*;

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
                    let s = v.show_in(&trace, &step.params, evac.as_ref(), t);
                    assert!(
                        !s.is_empty() && !s.contains('—'),
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
