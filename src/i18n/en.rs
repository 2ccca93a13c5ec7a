//! The app's English, generated from `model/locales/en/app.ftl` by `build.rs` (a `match`
//! on the message id), and the few helpers the generated code calls: a variable's
//! text, and which variant of a selector English picks. No Fluent runtime: this is what
//! the English first screen runs (docs/translating.md, "The app's English").

use super::Arg;
use std::borrow::Cow;

/// A variant's key in a selector, as the generator read it.
#[derive(Clone, Copy, Debug)]
pub enum Key {
    /// `[one]`, `[other]`, or a word the code passes (`[dark]`).
    Name(&'static str),
    /// `[1]`: equal to a number argument of that value.
    Num(f64),
    /// A number key written with decimals (`[1.0]`), which Fluent never matches with a
    /// plain number argument.
    Never,
}

/// English's plural category of `n` (CLDR: `one` when the number is 1 with no visible
/// decimals, which a plain number argument has; `other` for every other number).
fn plural(n: f64) -> &'static str {
    if n.abs() == 1.0 {
        "one"
    } else {
        "other"
    }
}

/// The variant Fluent picks: the first key, in the order written, that matches the
/// argument (a word equal to a string argument; a number equal to a number argument, or
/// a plural category that the number is in); the default when none does or the
/// argument is missing.
pub fn select(args: &[(&str, Arg<'_>)], var: &str, keys: &[Key], default: usize) -> usize {
    let Some((_, value)) = args.iter().find(|(k, _)| *k == var) else {
        return default;
    };
    keys.iter()
        .position(|key| match (key, value) {
            (Key::Name(name), Arg::Str(s)) => *name == s.as_ref(),
            (Key::Name(name), Arg::Num(n)) => *name == plural(*n),
            (Key::Num(k), Arg::Num(n)) => k == n,
            _ => false,
        })
        .unwrap_or(default)
}

/// Appends variable `var` as Fluent writes it: a string as it is, a number as Rust
/// writes an `f64` (what Fluent does for a number without options); a missing one as
/// `{$var}`, as Fluent does.
pub fn put(s: &mut String, args: &[(&str, Arg<'_>)], var: &str) {
    match args.iter().find(|(k, _)| *k == var) {
        Some((_, Arg::Str(v))) => s.push_str(v),
        Some((_, Arg::Num(n))) => s.push_str(&n.to_string()),
        None => {
            s.push_str("{$");
            s.push_str(var);
            s.push('}');
        }
    }
}

include!(concat!(env!("OUT_DIR"), "/en_app.rs"));
