//! The app's English, generated from `model/locales/en/app.ftl` and `features.ftl` by
//! `build.rs` with the shared generator (`tools/ftl-english`): a `match` on the message
//! id. The helpers it calls (a variable's text, which variant of a selector English
//! picks) are the model's, which its own generated English uses too. No Fluent runtime:
//! this is what the English first screen runs (docs/translating.md, "The app's English").

use super::Arg;
pub use migration_model::i18n::english::{put, select, Key};
use std::borrow::Cow;

include!(concat!(env!("OUT_DIR"), "/en_app.rs"));
