//! The app's English, generated from `model/locales/en/app.ftl` and `features.ftl` by
//! `build.rs` with the shared generator (`tools/ftl-english`): one string per message
//! area holding its messages, variables and selectors marked with control characters.
//! The renderer is the model's (`migration_model::i18n::english`), which the model's own
//! generated English uses too. No Fluent runtime: this is what the English first screen
//! runs (docs/translating.md, "The app's English").

use super::Arg;
use migration_model::i18n::english::{lookup, message_in, Area};
use std::borrow::Cow;

include!(concat!(env!("OUT_DIR"), "/en_app.rs"));
