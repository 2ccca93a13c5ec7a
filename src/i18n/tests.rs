//! The generated English is Fluent's English: every message of `en/app.ftl` and `en/features.ftl` reads the
//! same through `build.rs`'s code as through `fluent-bundle`, for numbers and words that
//! reach every variant; and the browser's languages pick the right catalogue.

use super::*;
use migration_model::i18n::{self as model, try_tr};

/// Every `$variable` the English catalogue names anywhere (a superset of any message's:
/// Fluent ignores arguments a message does not use).
fn variables() -> Vec<String> {
    let src = format!("{}{}", Lang::En.app_ftl(), Lang::En.features_ftl());
    let mut vars: Vec<String> = src
        .split('$')
        .skip(1)
        .map(|rest| {
            rest.chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
                .collect()
        })
        .collect();
    vars.sort();
    vars.dedup();
    vars
}

/// Argument sets: every variable a number (0, 1, 2, 1.5, 12, -1), or every variable a
/// word (each selector's keys among them), or a mix.
fn argument_sets(vars: &[String]) -> Vec<Vec<(String, Arg<'static>)>> {
    let mut sets = Vec::new();
    for n in [0.0, 1.0, 2.0, 1.5, 12.0, -1.0] {
        sets.push(vars.iter().map(|v| (v.clone(), Arg::Num(n))).collect());
    }
    for w in ["light", "dark", "system", "one", "other", "1", "1 Gbit/s"] {
        sets.push(vars.iter().map(|v| (v.clone(), Arg::from(w))).collect());
    }
    sets.push(
        vars.iter()
            .enumerate()
            .map(|(i, v)| {
                let a = if i % 2 == 0 {
                    Arg::Num(1.0)
                } else {
                    Arg::from("dark")
                };
                (v.clone(), a)
            })
            .collect(),
    );
    sets
}

#[test]
fn every_generated_english_message_reads_as_fluent_formats_it() {
    let vars = variables();
    assert!(vars.contains(&"steps".to_string()), "{vars:?}");
    assert!(en::IDS.len() > 100, "{} ids", en::IDS.len());
    let mut checked = 0;
    for set in argument_sets(&vars) {
        let ours: Vec<(&str, Arg<'_>)> = set.iter().map(|(k, v)| (k.as_str(), v.clone())).collect();
        let fluent: Vec<(&str, _)> = set
            .iter()
            .map(|(k, v)| {
                let v = match v {
                    Arg::Num(x) => model::n(*x),
                    Arg::Str(x) => model::s(x.to_string()),
                };
                (k.as_str(), v)
            })
            .collect();
        for id in en::IDS {
            let want = try_tr(Lang::En, id, &fluent).unwrap_or_else(|e| panic!("{e}"));
            let got = en::message(id, &ours).unwrap_or_else(|| panic!("{id}: not generated"));
            assert_eq!(got, want, "{id} with {ours:?}");
            checked += 1;
        }
    }
    assert!(checked > 1000, "{checked}");
}

#[test]
fn english_plurals_and_words_pick_their_variant() {
    let entry = |n: f64| {
        t(
            Lang::En,
            "lessons-menu-entry",
            &[
                ("title", "Drama".into()),
                ("steps", n.into()),
                ("topics", "live".into()),
            ],
        )
    };
    assert_eq!(entry(1.0), "Drama (1 step: live)");
    assert_eq!(entry(23.0), "Drama (23 steps: live)");
    assert_eq!(entry(0.0), "Drama (0 steps: live)");
    assert_eq!(
        t(Lang::En, "toolbar-theme-title", &[("theme", "dark".into())]),
        "Colour theme: Dark"
    );
    assert_eq!(
        t0(Lang::En, "view-main.title"),
        "Watch one migration, page by page"
    );
    assert_eq!(t0(Lang::En, "no-such-message"), "no-such-message");
}

#[test]
fn other_languages_come_from_their_catalogue() {
    let _ = model::take_misses();
    assert_eq!(t0(Lang::Es, "toolbar-share"), "Compartir");
    assert_eq!(t0(Lang::ZhCn, "toolbar-share"), "分享");
    assert_eq!(
        t(Lang::Es, "metrics-precopy-rounds", &[("n", 3u32.into())]),
        "3 de pre-copia"
    );
    // Every variable given: numbers where a message counts, words elsewhere.
    let counts = ["key", "steps", "n", "faults", "level", "total"];
    let owned: Vec<(String, Arg<'static>)> = variables()
        .into_iter()
        .map(|v| {
            let a = if counts.contains(&v.as_str()) {
                Arg::Num(2.0)
            } else {
                Arg::from("dark")
            };
            (v, a)
        })
        .collect();
    let args: Vec<(&str, Arg<'_>)> = owned.iter().map(|(k, v)| (k.as_str(), v.clone())).collect();
    for id in en::IDS {
        for lang in [Lang::Es, Lang::ZhCn] {
            let _ = t(lang, id, &args);
        }
    }
    let misses = model::take_misses();
    assert!(
        misses.is_empty(),
        "every id formats in es and zh-CN: {misses:?}"
    );
}

#[test]
fn the_browsers_languages_pick_the_first_the_app_has() {
    assert_eq!(from_preferences(&["es-ES", "en"]), Some(Lang::Es));
    assert_eq!(from_preferences(&["fr-FR", "es-MX", "en"]), Some(Lang::Es));
    assert_eq!(from_preferences(&["en-GB", "es"]), Some(Lang::En));
    assert_eq!(from_preferences(&["zh-CN"]), Some(Lang::ZhCn));
    assert_eq!(from_preferences(&["zh"]), Some(Lang::ZhCn));
    assert_eq!(from_preferences(&["zh-Hans-SG"]), Some(Lang::ZhCn));
    assert_eq!(from_preferences(&["zh-TW", "en"]), Some(Lang::En));
    assert_eq!(from_preferences(&["zh-Hant"]), None);
    assert_eq!(from_preferences(&["fr", "de"]), None);
    assert_eq!(from_preferences::<&str>(&[]), None);
}

#[test]
fn the_models_sentences_read_in_the_pages_language() {
    use migration_model::say::Say;
    let note = Note::Say(
        Say::new("note-link-drops")
            .text("rate", "12.5 MB/s")
            .text("duration", "1.5 min"),
    );
    assert_eq!(
        say(Lang::En, &note),
        "The link drops to 12.5 MB/s for 1.5 min"
    );
    assert_eq!(
        say(Lang::Es, &note),
        "El enlace cae a 12,5 MB/s durante 1,5 min"
    );
    assert_eq!(say(Lang::ZhCn, &note), "链路降到 12.5 MB/s，持续 1.5 min");
    // A pre-copy pass's note, written when shown.
    let pass = Note::Pass {
        round: 2,
        bytes: 1.5 * 1024.0 * 1024.0 * 1024.0,
    };
    assert_eq!(
        say(Lang::En, &pass),
        "Round 2 sends the 1.5 GiB still dirty at the bitmap sync that ended round 1"
    );
    assert!(say(Lang::Es, &pass).starts_with("La ronda 2 envía los 1,5 GiB"));
    // Plain text (a trace read back from JSON) is shown as it is.
    let text = Note::from("Anything at all 1.5");
    assert_eq!(say(Lang::Es, &text), "Anything at all 1.5");
    assert!(model::take_misses().is_empty());
}
