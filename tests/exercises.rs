//! The browser generates the same problem set as the native CLI: seed 7's set, built in
//! wasm, against `model/tests/data/exercises-seed-7.json` written by `migsim exercise`
//! (`make exercise-fixture`). Numbers must agree to 1e-12 relative (libm may differ from
//! the platform's in the last bit); everything else exactly.
#![cfg(target_arch = "wasm32")]

use migration_model::exercise::{self, ExerciseSet};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const FIXTURE: &str = include_str!("../model/tests/data/exercises-seed-7.json");

#[wasm_bindgen_test]
fn seed_7_is_the_native_set() {
    let native: ExerciseSet = serde_json::from_str(FIXTURE).expect("the fixture parses");
    let here = exercise::generate(&exercise::fixture_spec());
    assert_eq!(here.exercises.len(), 12);
    if let Err(e) = exercise::same_set(&native, &here, 1e-12) {
        panic!("the browser's set differs from the native one: {e}");
    }
}

#[wasm_bindgen_test]
fn answers_are_the_browsers_own_simulation() {
    for ex in exercise::generate(&exercise::fixture_spec()).exercises {
        for args in ex.runs() {
            let runs = if exercise::is_evacuation(args) {
                exercise::evacuation(args).is_some()
            } else {
                exercise::run(args).is_some()
            };
            assert!(runs, "{}: {args:?}", ex.id);
        }
    }
}
