//! The app's English, generated from `model/locales/en/app.ftl` and `features.ftl` by
//! `build.rs` (one sorted table of messages per area, each message its text as
//! [`Piece`]s), and the small renderer it needs: a variable's text, which variant of a
//! selector English picks, a reference to another message. No Fluent runtime: this is
//! what the English first screen runs (docs/translating.md, "The app's English"). The
//! messages are data, not code: one renderer serves all of them, so the first download
//! carries their text but not a function per message.

use super::Arg;
use std::borrow::Cow;

/// A piece of a message's text, as the generator read it from the catalogue.
#[derive(Debug)]
pub enum Piece {
    /// Text as it is (literals in braces included).
    Text(&'static str),
    /// `{ $var }`.
    Var(&'static str),
    /// `{ other-message }` or `{ other-message.attribute }`, with the same arguments.
    Ref(&'static str),
    /// `{ $var -> [key] … *[other] … }`: the variants in the order written.
    Select {
        var: &'static str,
        keys: &'static [Key],
        variants: &'static [&'static [Piece]],
        default: usize,
    },
}

/// Message `id` of a generated area's table: its text, borrowed when it is plain.
fn lookup(
    table: &'static [(&'static str, &'static [Piece])],
    id: &str,
    args: &[(&str, Arg<'_>)],
) -> Option<Cow<'static, str>> {
    let i = table.binary_search_by(|(k, _)| (*k).cmp(id)).ok()?;
    Some(match table[i].1 {
        [Piece::Text(text)] => Cow::Borrowed(text),
        pieces => {
            let mut s = String::new();
            render(pieces, args, &mut s);
            Cow::Owned(s)
        }
    })
}

/// Appends the text of `pieces` with `args`, as Fluent formats it for English.
fn render(pieces: &[Piece], args: &[(&str, Arg<'_>)], s: &mut String) {
    for piece in pieces {
        match piece {
            Piece::Text(text) => s.push_str(text),
            Piece::Var(var) => put(s, args, var),
            Piece::Ref(id) => match message(id, args) {
                Some(text) => s.push_str(&text),
                None => s.push_str(id),
            },
            Piece::Select {
                var,
                keys,
                variants,
                default,
            } => render(variants[select(args, var, keys, *default)], args, s),
        }
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

include!(concat!(env!("OUT_DIR"), "/en_app.rs"));
