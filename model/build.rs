//! The model's English sentences (stop reasons, event notes: `crate::say`), compiled
//! from `locales/en/model.ftl` at build time by the generator the app's `build.rs` uses
//! too (`tools/ftl-english`; docs/translating.md, "The app's English"). English, the
//! source, then needs no Fluent runtime: `Say`'s `Display` (the CLI, JSON traces, tests,
//! the app's English pages) runs the generated `match`, natively and in wasm.

use std::path::Path;

const SOURCES: [&str; 1] = ["locales/en/model.ftl"];

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    for source in SOURCES {
        println!("cargo:rerun-if-changed={source}");
    }
    let out = ftl_english::generate(&SOURCES, "model/locales/en/model.ftl");
    let dest =
        Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("en_model.rs");
    std::fs::write(&dest, out).unwrap_or_else(|e| panic!("{}: {e}", dest.display()));
}
