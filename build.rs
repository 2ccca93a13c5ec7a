//! The app's English, compiled from the catalogue at build time (issue 28,
//! docs/translating.md "The app's English").
//!
//! English is the first screen's language, and the first download may not grow (230 KiB
//! gzip; Fluent's runtime alone is about 58 KiB gzip). So English does not go through
//! `fluent-bundle`: this script hands `model/locales/en/app.ftl` and `features.ftl` to
//! the shared generator (`tools/ftl-english`, which the model's own `model/build.rs`
//! uses for `model.ftl`) and writes `$OUT_DIR/en_app.rs` (`src/i18n/en.rs` includes it):
//! per message area, one string holding its messages, with `{ $var }`, references and
//! selectors marked by control characters, which the model's renderer
//! (`migration_model::i18n::english`) formats as Fluent does for English. Text rather
//! than a function per message or a table of pointers: the first download carries the
//! words (which gzip well), and one small renderer for all of them (docs/loading.md).
//! Other languages go through `migration_model::i18n::tr`; a native test checks that
//! every English message reads here exactly as Fluent formats it.

use std::path::Path;

/// The app's catalogues: the first screen's words and the feature views'
/// (`src/features/`).
const SOURCES: [&str; 2] = ["model/locales/en/app.ftl", "model/locales/en/features.ftl"];

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    for source in SOURCES {
        println!("cargo:rerun-if-changed={source}");
    }
    let out = ftl_english::generate(&SOURCES, "model/locales/en/app.ftl and features.ftl");
    let dest = Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("en_app.rs");
    std::fs::write(&dest, out).unwrap_or_else(|e| panic!("{}: {e}", dest.display()));
}
