//! What the generated English calls (`tools/ftl-english`; docs/translating.md, "The
//! app's English"): a message's arguments, a variable's text, and which variant of a
//! selector English picks. No Fluent runtime: the app's English first screen and the
//! model's English sentences ([`crate::say`]) run this.

use std::borrow::Cow;

/// A message's argument: a number picks a plural form (and is shown as Rust writes an
/// `f64`); numbers for people arrive already written, as strings.
#[derive(Clone, Debug, PartialEq)]
pub enum Arg<'a> {
    Num(f64),
    Str(Cow<'a, str>),
}

impl From<f64> for Arg<'_> {
    fn from(n: f64) -> Self {
        Arg::Num(n)
    }
}

impl From<u8> for Arg<'_> {
    fn from(n: u8) -> Self {
        Arg::Num(f64::from(n))
    }
}

impl From<u32> for Arg<'_> {
    fn from(n: u32) -> Self {
        Arg::Num(f64::from(n))
    }
}

impl From<usize> for Arg<'_> {
    fn from(n: usize) -> Self {
        // Counts shown to people (steps, rounds) are far below 2^53.
        Arg::Num(n as f64)
    }
}

impl<'a> From<&'a str> for Arg<'a> {
    fn from(s: &'a str) -> Self {
        Arg::Str(Cow::Borrowed(s))
    }
}

impl From<String> for Arg<'_> {
    fn from(s: String) -> Self {
        Arg::Str(Cow::Owned(s))
    }
}

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
