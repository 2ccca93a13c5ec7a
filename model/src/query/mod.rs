//! A link's query as far as the scenario goes: its `key=value` pairs, the parameter keys
//! ([`crate::spec::PARAMS`]), `hold`, `fault` and `preset`, read exactly as the app's
//! links read them, and what could not be used ([`Ignored`]). The app's link parser
//! reads the page's own keys around this; a lesson's `scene:` is read with it too
//! ([`crate::lesson`]), so `migsim lesson` runs the same scenario the app shows.

pub mod compare;
pub mod keys;

use crate::params::{Change, Fault, Hold};
use crate::spec::{self, ParamSpec, CHANGE_KEY, FAULT_KEY, HOLD_KEY, PARAMS};
use crate::{notation, presets, units, Params};
use percent_encoding::percent_decode_str;
use std::fmt;

pub use compare::CompareBy;

/// Longest value quoted back in a notice; longer ones are cut with an ellipsis.
pub const QUOTE_MAX: usize = 40;
/// Most holds, faults and changes a link may add (`Params::validate` accepts 16 of each).
const LIST_MAX: usize = 16;

/// A key the link carried that could not be used, and why.
#[derive(Clone, Debug, PartialEq)]
pub struct Ignored {
    pub key: String,
    /// The value as the link gave it, cut to a readable length.
    pub value: String,
    pub why: String,
}

impl fmt::Display for Ignored {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}={}: {}", self.key, self.value, self.why)
    }
}

/// Percent-decoding as browsers do for forms: `+` is a space (a plus sign arrives as
/// `%2B`), a `%` not followed by two hex digits stays as it is, invalid UTF-8 becomes
/// U+FFFD.
pub fn decode(s: &str) -> String {
    percent_decode_str(&s.replace('+', " "))
        .decode_utf8_lossy()
        .into_owned()
}

/// The query's `key=value` pairs, decoded, in order (a leading `?` is skipped).
pub fn pairs(query: &str) -> Vec<(String, String)> {
    query
        .strip_prefix('?')
        .unwrap_or(query)
        .split('&')
        .filter(|kv| !kv.is_empty())
        .map(|kv| {
            let (k, v) = kv.split_once('=').unwrap_or((kv, ""));
            (decode(k), decode(v))
        })
        .collect()
}

/// A value cut to [`QUOTE_MAX`] characters for a notice.
pub fn quote(v: &str) -> String {
    if v.chars().count() > QUOTE_MAX {
        let cut: String = v.chars().take(QUOTE_MAX - 1).collect();
        format!("{cut}…")
    } else {
        v.to_string()
    }
}

/// The keys dropped so far, in the order the link gave them.
#[derive(Default)]
pub struct Dropped(pub Vec<Ignored>);

impl Dropped {
    pub fn add(&mut self, key: &str, value: &str, why: String) {
        self.0.push(Ignored {
            key: quote(key),
            value: quote(value),
            why,
        });
    }
}

/// The query's `preset=`, read first wherever it stands (the other keys change its
/// parameters); an unknown name is dropped.
pub fn read_preset(pairs: &[(String, String)], dropped: &mut Dropped) -> Option<&'static str> {
    let mut preset = None;
    for (k, v) in pairs.iter().filter(|(k, _)| k == keys::PRESET) {
        match presets::find(v.trim()) {
            Some(p) => preset = Some(p.id),
            None => dropped.add(k, v, "no scenario has this name".into()),
        }
    }
    preset
}

/// The base a link's keys change: its preset's parameters, or the defaults.
pub fn base_params(preset: Option<&str>) -> Params {
    preset
        .and_then(presets::find)
        .map_or_else(Params::default, |p| p.params())
}

/// The parameters a link sets, while it is read.
pub struct Reading<'q> {
    /// The preset's parameters (or the defaults): what a dropped key falls back to.
    base: Params,
    params: Params,
    /// Which parameter keys the link set, with their text (for range errors).
    set: Vec<(&'static ParamSpec, &'q str)>,
    holds: Option<Vec<Hold>>,
    faults: Option<Vec<Fault>>,
    changes: Option<Vec<Change>>,
}

impl<'q> Reading<'q> {
    pub fn new(base: Params) -> Self {
        Reading {
            params: base.clone(),
            base,
            set: Vec::new(),
            holds: None,
            faults: None,
            changes: None,
        }
    }

    /// A scenario key (a parameter's, `hold` or `fault`); false for any other key.
    pub fn read(&mut self, k: &str, v: &'q str, dropped: &mut Dropped) -> bool {
        match spec::of_key(k) {
            Some(key) => {
                self.param(key, v, dropped);
                true
            }
            None => self.list_item(k, v, dropped),
        }
    }

    /// A parameter's key: the last value that reads wins.
    fn param(&mut self, key: &'static ParamSpec, v: &'q str, dropped: &mut Dropped) {
        let mut trial = self.params.clone();
        match (key.read)(&mut trial, v) {
            Ok(()) => {
                self.params = trial;
                self.set.retain(|(s, _)| s.key != key.key);
                self.set.push((key, v));
            }
            Err(why) => dropped.add(key.key, v, why),
        }
    }

    /// A `hold`, `fault` or `change` key; false for any other key.
    fn list_item(&mut self, k: &str, v: &str, dropped: &mut Dropped) -> bool {
        let added = match k {
            HOLD_KEY => list(&mut self.holds, v, units::hold, |h| Params {
                holds: vec![*h],
                ..Params::default()
            }),
            FAULT_KEY => list(&mut self.faults, v, units::fault, |f| Params {
                faults: vec![*f],
                ..Params::default()
            }),
            CHANGE_KEY => list(&mut self.changes, v, units::change, |c| Params {
                changes: vec![*c],
                ..Params::default()
            }),
            _ => return false,
        };
        if let Err(why) = added {
            dropped.add(k, v, why);
        }
        true
    }

    /// The parameters, in range. A value the parser took may still be out of range,
    /// alone (`mem=1KiB`) or with another (`ws` larger than `mem`). Each error falls
    /// back to the base value of the key that caused it; the base itself is valid, so
    /// this ends.
    pub fn finish(mut self, dropped: &mut Dropped) -> Params {
        if let Some(h) = self.holds.take() {
            self.params.holds = h;
        }
        if let Some(f) = self.faults.take() {
            self.params.faults = f;
        }
        if let Some(c) = self.changes.take() {
            self.params.changes = c;
        }
        for _ in 0..=PARAMS.len() {
            let Err(e) = self.params.validate() else {
                break;
            };
            match self.culprit(e.field) {
                Some(i) => {
                    let (key, v) = self.set.remove(i);
                    (key.reset)(&mut self.params, &self.base);
                    let why = format!("out of range (accepted {})", human_range(&e.accepted));
                    dropped.add(key.key, v, why);
                }
                None => {
                    // Nothing the link set explains it: keep the base parameters.
                    for (key, v) in self.set.drain(..) {
                        dropped.add(key.key, v, format!("cannot be combined ({e})"));
                    }
                    self.params = self.base.clone();
                    break;
                }
            }
        }
        if self.params.validate().is_err() {
            return self.base;
        }
        self.params
    }

    /// Which key the link set caused a range error in `field`: the field's own key, or
    /// else the first key whose base value clears this error.
    fn culprit(&self, field: &str) -> Option<usize> {
        self.set
            .iter()
            .position(|(key, _)| key.field == field)
            .or_else(|| {
                self.set.iter().position(|(key, _)| {
                    let mut trial = self.params.clone();
                    (key.reset)(&mut trial, &self.base);
                    trial
                        .validate()
                        .map_or_else(|e2| e2.field != field, |()| true)
                })
            })
    }
}

/// A model range (`67108864 ..= 17592186044416 bytes`) in the units links use
/// (`64MiB ..= 16TiB`). Other forms are returned as they are.
fn human_range(accepted: &str) -> String {
    let parts: Vec<&str> = accepted.split_whitespace().collect();
    let [lo, "..=", hi, unit, ..] = parts.as_slice() else {
        return accepted.to_string();
    };
    let (Some(lo), Some(hi)) = (units::decimal(lo), units::decimal(hi)) else {
        return accepted.to_string();
    };
    let f = |v: f64| match *unit {
        "bytes" if v.fract() == 0.0 && v >= 0.0 => notation::size(v as u64),
        "bytes/s" => notation::bit_rate(v),
        "s" => notation::duration(v),
        _ => format!("{v}"),
    };
    format!("{} ..= {}", f(lo), f(hi))
}

/// Adds one hold, fault or change to a list from a link. `none` empties it (a link that removes
/// a preset's hold); a value is kept only if it is in range on its own.
fn list<T: Copy>(
    into: &mut Option<Vec<T>>,
    v: &str,
    read: fn(&str) -> Result<T, String>,
    alone: impl Fn(&T) -> Params,
) -> Result<(), String> {
    let items = into.get_or_insert_with(Vec::new);
    if v.trim().eq_ignore_ascii_case("none") {
        items.clear();
        return Ok(());
    }
    let item = read(v)?;
    alone(&item)
        .validate()
        .map_err(|e| format!("out of range ({}: accepted {})", e.field, e.accepted))?;
    if items.len() >= LIST_MAX {
        return Err(format!("at most {LIST_MAX} of these"));
    }
    items.push(item);
    Ok(())
}
