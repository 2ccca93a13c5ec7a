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
            let t = step.at.resolve(&trace).expect("checked when read");
            for piece in step.text.iter().chain(step.reveal.iter()) {
                if let Piece::Value(v) = piece {
                    let s = v.show(&trace, &step.params, t);
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
