//! A step's fields as written, before `build` reads them, and the names a field may
//! have, with the near misses an author is told about ("did you mean `scene:`?").
//! Shared by `parse` (which splits the text into fields) and `build` (which reads them).

use crate::say::Say;

/// The fields a step may have.
pub(super) const STEP_FIELDS: [&str; 6] = ["scene", "at", "mark", "text", "ask", "reveal"];

/// One field as written: its name, value (continuation lines joined) and first line.
#[derive(Debug)]
pub(super) struct Field {
    pub name: String,
    pub value: String,
    pub line: usize,
}

/// A step as split from the text, with the mistakes found in its lines.
#[derive(Debug, Default)]
pub(super) struct RawStep {
    pub title: String,
    pub line: usize,
    pub fields: Vec<Field>,
    /// Lines of the step that are not fields: each is an error of the step.
    pub lines: Vec<(usize, Say)>,
}

/// The field a name that is not one was probably meant to be: the same in another case
/// or with spaces (`Scene`, ` scene `), or one letter off (`scen`, `txt`, `reveals`).
fn near_field(name: &str) -> Option<&'static str> {
    let n = name.trim().to_ascii_lowercase();
    let known = STEP_FIELDS.iter().chain(&["lesson", "lang"]).copied();
    let mut close = known.filter(|k| *k == n || (n.len() >= 3 && one_edit(&n, k)));
    close.next()
}

/// The field a name is, in any case and with spaces around it (`Scene`, ` at `).
pub(super) fn field_named(name: &str) -> Option<&'static str> {
    near_field(name).filter(|k| k.eq_ignore_ascii_case(name.trim()))
}

/// The field a name was probably meant to be, for the messages' `$meant` ("; did you
/// mean `scene:`?"), when a near field exists (`exact` too: a name that is a field as
/// written needs no hint); else `none` (no hint).
pub(super) fn did_you_mean(name: &str, exact: bool) -> &'static str {
    match near_field(name) {
        Some(k) if exact || k != name => k,
        _ => "none",
    }
}

/// True when `a` becomes `b` by one inserted, deleted or changed character.
fn one_edit(a: &str, b: &str) -> bool {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    if long.len() - short.len() > 1 {
        return false;
    }
    let start = short.iter().zip(&long).take_while(|(x, y)| x == y).count();
    if short.len() == long.len() {
        start == short.len() || short[start + 1..] == long[start + 1..]
    } else {
        short[start..] == long[start + 1..]
    }
}
