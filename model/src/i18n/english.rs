//! The renderer of generated English (`tools/ftl-english`; docs/translating.md, "The
//! app's English"): a catalogue's messages are one string per area, with their
//! variables, references and selectors marked by control characters, and this formats
//! them as Fluent does for English: a variable's text, which variant of a selector
//! English picks, a reference to another message. No Fluent runtime: the app's English
//! first screen and the model's English sentences ([`crate::say`]) run this. The
//! messages are data, not code: one renderer serves all of them, so the first download
//! carries their text but not a function per message.

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

// A message's text in an area's string (`tools/ftl-english` writes it): records `id US text`,
// separated by `RS`; in the text, `VAR name END` is `{ $name }`,
// `REF id END` a reference to another message, and `SEL var (KEY key BODY text)… CLOSE`
// a selector, its default key marked with a leading `*`, a number key `#n`, a key
// Fluent never matches (written with decimals) `!`. Bodies may hold selectors in turn.
const VAR: char = '\u{1}';
const END: char = '\u{2}';
const REF: char = '\u{3}';
const SEL: char = '\u{4}';
const KEY: char = '\u{5}';
const BODY: char = '\u{6}';
const CLOSE: char = '\u{7}';
const US: char = '\u{1f}';
const RS: char = '\u{1e}';

/// An area's lookup, or a whole catalogue's: message `id` with `args`.
pub type Area = fn(&str, &[(&str, Arg<'_>)]) -> Option<Cow<'static, str>>;

/// English message `id` with `args` from a catalogue's `areas` (sorted by name), as
/// Fluent formats it; `None` for an unknown id. The area is the id up to its first `-`
/// or `.` (`share-title` → `share`).
pub fn message_in(
    areas: &[(&str, Area)],
    id: &str,
    args: &[(&str, Arg<'_>)],
) -> Option<Cow<'static, str>> {
    let area = id.split(['-', '.']).next().unwrap_or(id);
    let i = areas.binary_search_by(|(k, _)| (*k).cmp(area)).ok()?;
    (areas[i].1)(id, args)
}

/// Message `id` of an area's string: its text, borrowed when it is plain; `message`
/// formats the catalogue's messages it refers to.
pub fn lookup(
    area: &'static str,
    id: &str,
    args: &[(&str, Arg<'_>)],
    message: Area,
) -> Option<Cow<'static, str>> {
    let text = area
        .split(RS)
        .find_map(|record| record.split_once(US).filter(|(k, _)| *k == id))?
        .1;
    if !text.contains(|c: char| c < '\u{8}') {
        return Some(Cow::Borrowed(text));
    }
    let mut s = String::new();
    render(text, args, &mut s, message);
    Some(Cow::Owned(s))
}

/// Appends `text` with `args`, as Fluent formats it for English.
fn render(text: &str, args: &[(&str, Arg<'_>)], s: &mut String, message: Area) {
    let mut rest = text;
    while let Some(at) = rest.find([VAR, REF, SEL]) {
        s.push_str(&rest[..at]);
        let marker = rest[at..].chars().next().unwrap_or(VAR);
        let after = &rest[at + 1..];
        if marker == SEL {
            let (body, tail) = selector(after, args);
            render(body, args, s, message);
            rest = tail;
            continue;
        }
        let (name, tail) = after.split_once(END).unwrap_or((after, ""));
        if marker == VAR {
            put(s, args, name);
        } else {
            match message(name, args) {
                Some(t) => s.push_str(&t),
                None => s.push_str(name),
            }
        }
        rest = tail;
    }
    s.push_str(rest);
}

/// A selector's chosen body and the text after the selector, from the text just after
/// `SEL`: the first key, in the order written, that matches the argument (a word equal
/// to a string argument; a number equal to a number argument, or a plural category the
/// number is in); the default when none does or the argument is missing.
fn selector<'t>(text: &'t str, args: &[(&str, Arg<'_>)]) -> (&'t str, &'t str) {
    let (var, mut rest) = text.split_once(KEY).unwrap_or((text, ""));
    let value = args.iter().find(|(k, _)| *k == var).map(|(_, v)| v);
    let (mut chosen, mut default) = (None, "");
    loop {
        let (key, tail) = rest.split_once(BODY).unwrap_or((rest, ""));
        let (body, next, last) = variant(tail);
        let is_default = key.starts_with('*');
        let key = key.trim_start_matches('*');
        if is_default {
            default = body;
        }
        if chosen.is_none() && value.is_some_and(|v| matches(key, v)) {
            chosen = Some(body);
        }
        rest = next;
        if last {
            return (chosen.unwrap_or(default), rest);
        }
    }
}

/// One variant's body, the text after it, and whether it was the selector's last: the
/// body runs to the next `KEY` or `CLOSE` outside the selectors nested in it.
fn variant(text: &str) -> (&str, &str, bool) {
    let mut depth = 0usize;
    for (i, c) in text.char_indices() {
        match c {
            SEL => depth += 1,
            CLOSE if depth > 0 => depth -= 1,
            KEY | CLOSE if depth == 0 => return (&text[..i], &text[i + 1..], c == CLOSE),
            _ => {}
        }
    }
    (text, "", true)
}

/// Whether a variant's key matches the argument, as Fluent compares them for English.
fn matches(key: &str, value: &Arg<'_>) -> bool {
    match (key.strip_prefix('#'), value) {
        (Some(n), Arg::Num(v)) => n.parse::<i64>().is_ok_and(|n| n as f64 == *v),
        (Some(_), _) => false,
        (None, Arg::Str(s)) => key != "!" && key == s.as_ref(),
        (None, Arg::Num(v)) => key == plural(*v),
    }
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
