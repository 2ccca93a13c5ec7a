//! Reading a link. Never fails: a malformed or out-of-range value is dropped (that key
//! keeps its default, or its preset's value), the valid keys are kept, and the dropped
//! ones are named in [`Link::ignored`].

use super::keys::{
    Theme, AUTOPLAY, BY, CONTROLS, EMBED, EMBED_CONTROLS, EXERCISE_KEYS, LESSON, PRESENT, PRESET,
    RECORDING, SPEED, STEP, STEPS, THEME, TIME, VALUES, VIEW,
};
use super::{base_params, Embed, Ignored, LessonLink, LessonName, Link};
use migration_model::params::{Fault, Hold};
use migration_model::spec::{self, ParamSpec, FAULT_KEY, HOLD_KEY, PARAMS};
use migration_model::{notation, presets, units, Params};
use percent_encoding::percent_decode_str;

/// Longest value quoted back in a notice; longer ones are cut with an ellipsis.
pub(super) const QUOTE_MAX: usize = 40;
/// Most holds and faults a link may add (`Params::validate` accepts 16 of each).
const LIST_MAX: usize = 16;

/// Percent-decoding as browsers do for forms: `+` is a space (a plus sign arrives as
/// `%2B`), a `%` not followed by two hex digits stays as it is, invalid UTF-8 becomes
/// U+FFFD.
pub(super) fn decode(s: &str) -> String {
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

pub(super) fn quote(v: &str) -> String {
    if v.chars().count() > QUOTE_MAX {
        let cut: String = v.chars().take(QUOTE_MAX - 1).collect();
        format!("{cut}…")
    } else {
        v.to_string()
    }
}

fn flag(v: &str) -> Result<bool, String> {
    match v.trim() {
        "" | "1" => Ok(true),
        "0" => Ok(false),
        other => units::boolean(other).map_err(|_| "expected 1 or 0".to_string()),
    }
}

/// The keys dropped so far, in the order the link gave them.
#[derive(Default)]
struct Dropped(Vec<Ignored>);

impl Dropped {
    fn add(&mut self, key: &str, value: &str, why: String) {
        self.0.push(Ignored {
            key: quote(key),
            value: quote(value),
            why,
        });
    }
}

/// The parameters a link sets, while it is read.
struct Reading<'q> {
    /// The preset's parameters (or the defaults): what a dropped key falls back to.
    base: Params,
    params: Params,
    /// Which parameter keys the link set, with their text (for range errors).
    set: Vec<(&'static ParamSpec, &'q str)>,
    holds: Option<Vec<Hold>>,
    faults: Option<Vec<Fault>>,
}

impl<'q> Reading<'q> {
    fn new(base: Params) -> Self {
        Reading {
            params: base.clone(),
            base,
            set: Vec::new(),
            holds: None,
            faults: None,
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

    /// A `hold` or `fault` key; false for any other key.
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
    fn finish(mut self, dropped: &mut Dropped) -> Params {
        if let Some(h) = self.holds.take() {
            self.params.holds = h;
        }
        if let Some(f) = self.faults.take() {
            self.params.faults = f;
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

/// The keys about the page rather than the scenario, while a link is read.
#[derive(Default)]
struct PageKeys<'q> {
    controls: Option<&'q str>,
    embed: bool,
    autoplay: bool,
    /// `view=exercises`, and the exercise keys (read once the view is known).
    exercises_view: bool,
    exercise_pairs: Vec<(String, String)>,
    lesson: Option<LessonName>,
    step: Option<usize>,
    range: Option<(usize, usize)>,
    /// The compare view's `by` and `values` (read once the parameters are known).
    by: Option<&'q str>,
    values: Option<&'q str>,
}

impl<'q> PageKeys<'q> {
    /// A page key into `link` (or `self` for the embed's); false for an unknown key.
    fn read(&mut self, link: &mut Link, k: &str, v: &'q str, dropped: &mut Dropped) -> bool {
        let mut on = |slot: &mut bool| match flag(v) {
            Ok(b) => *slot = b,
            Err(why) => dropped.add(k, v, why),
        };
        match k {
            PRESET => {}
            EMBED => on(&mut self.embed),
            AUTOPLAY => on(&mut self.autoplay),
            PRESENT => on(&mut link.present),
            CONTROLS => self.controls = Some(v),
            BY => self.by = Some(v),
            VALUES => self.values = Some(v),
            TIME => match seconds(v) {
                Some(t) => link.t_s = Some(t),
                None => dropped.add(k, v, "expected seconds like 12.5 (0 or more)".into()),
            },
            SPEED => match units::decimal(v.trim()) {
                Some(x) if x.is_finite() && x > 0.0 => link.speed = Some(x),
                _ => dropped.add(k, v, "expected simulated seconds per second, like 8".into()),
            },
            VIEW => match v.trim() {
                "compare" => link.compare = true,
                "main" => link.compare = false,
                "exercises" => self.exercises_view = true,
                _ => dropped.add(k, v, "expected main, compare or exercises".into()),
            },
            k if EXERCISE_KEYS.contains(&k) => {
                self.exercise_pairs.push((k.to_string(), v.to_string()));
            }
            LESSON => match v.trim() {
                packed if packed.starts_with('~') && packed.len() > 1 => {
                    self.lesson = Some(LessonName::Packed(packed[1..].to_string()))
                }
                name => match crate::features::lesson::BUILT_IN
                    .iter()
                    .find(|n| **n == name)
                {
                    Some(n) => self.lesson = Some(LessonName::BuiltIn(n)),
                    None => dropped.add(
                        k,
                        v,
                        format!(
                            "no lesson has this name ({})",
                            crate::features::lesson::BUILT_IN.join(", ")
                        ),
                    ),
                },
            },
            RECORDING => match crate::features::replay::recording::built_in(v.trim()) {
                Some(b) => link.recording = Some(b.id),
                None => dropped.add(
                    k,
                    v,
                    format!(
                        "no built-in recording has this name ({})",
                        crate::features::replay::recording::BUILT_IN
                            .map(|b| b.id)
                            .join(", ")
                    ),
                ),
            },
            STEP => match v.trim().parse::<usize>() {
                Ok(n) if n >= 1 => self.step = Some(n - 1),
                _ => dropped.add(k, v, "expected a step number from 1".into()),
            },
            STEPS => match crate::features::lesson::progress::read_range(v) {
                Some(r) => self.range = Some(r),
                None => dropped.add(
                    k,
                    v,
                    "expected steps like 3-5 (from 1, first ≤ last)".into(),
                ),
            },
            THEME => match v.trim() {
                "auto" => link.theme = None,
                other => match Theme::parse(other) {
                    Some(t) => link.theme = Some(t),
                    None => dropped.add(k, v, "expected light, dark or auto".into()),
                },
            },
            _ => return false,
        }
        true
    }

    /// The embed's options, when the link asks for an embed.
    fn embed(&self, dropped: &mut Dropped) -> Option<Embed> {
        if !self.embed {
            return None;
        }
        let mut e = Embed {
            controls: Vec::new(),
            autoplay: self.autoplay,
        };
        let names = self.controls.unwrap_or_default().split(',').map(str::trim);
        for name in names.filter(|n| !n.is_empty()) {
            match EMBED_CONTROLS.iter().find(|(n, _)| *n == name) {
                Some((n, _)) if !e.controls.contains(n) => e.controls.push(n),
                Some(_) => {}
                None => dropped.add(
                    CONTROLS,
                    name,
                    format!(
                        "not a control an embed can show ({})",
                        EMBED_CONTROLS.map(|(n, _)| n).join(", ")
                    ),
                ),
            }
        }
        Some(e)
    }

    /// The lesson the link opens: at `step`, else at its range's first step.
    fn lesson(&mut self) -> Option<LessonLink> {
        let (step, range) = (self.step, self.range);
        self.lesson.take().map(|name| LessonLink {
            name,
            step: step.or(range.map(|r| r.0)).unwrap_or(0),
            range,
        })
    }

    /// The exercises view's problem, when the link asks for that view.
    fn exercises(&self, dropped: &mut Dropped) -> Option<crate::links::exercise::ExercisePos> {
        self.exercises_view.then(|| {
            crate::links::exercise::read(&self.exercise_pairs, |k, v, why| dropped.add(k, v, why))
        })
    }
}

/// Reads a link's query. Never fails: what cannot be used is listed in `ignored` and
/// left at its default (or its preset's value).
pub fn parse(query: &str) -> Link {
    let pairs = pairs(query);
    let mut dropped = Dropped::default();
    // The preset first, wherever it stands: the other keys change its parameters.
    let mut preset = None;
    for (k, v) in pairs.iter().filter(|(k, _)| k == PRESET) {
        match presets::find(v.trim()) {
            Some(p) => preset = Some(p.id),
            None => dropped.add(k, v, "no scenario has this name".into()),
        }
    }
    let base = base_params(preset);
    let mut link = Link {
        params: base.clone(),
        preset,
        t_s: None,
        speed: None,
        compare: false,
        compare_by: None,
        exercises: None,
        embed: None,
        theme: None,
        present: false,
        lesson: None,
        recording: None,
        ignored: Vec::new(),
    };
    let mut reading = Reading::new(base);
    let mut page = PageKeys::default();
    for (k, v) in &pairs {
        if let Some(key) = spec::of_key(k) {
            reading.param(key, v, &mut dropped);
        } else if !reading.list_item(k, v, &mut dropped)
            && !page.read(&mut link, k, v, &mut dropped)
        {
            dropped.add(k, v, "not a key this app knows".into());
        }
    }
    link.params = reading.finish(&mut dropped);
    if page.by.is_some() || page.values.is_some() {
        link.compare_by =
            super::CompareBy::read(page.by, page.values, &link.params, |k, v, why| {
                dropped.add(k, v, why)
            });
    }
    link.lesson = page.lesson();
    link.embed = page.embed(&mut dropped);
    link.exercises = page.exercises(&mut dropped);
    if link.exercises.is_some() {
        link.compare = false;
    }
    link.ignored = dropped.0;
    link
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

/// Adds one hold or fault to a list from a link. `none` empties it (a link that removes
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

/// The playhead: plain seconds (`12.5`) or a duration (`1min`).
fn seconds(v: &str) -> Option<f64> {
    units::decimal(v.trim())
        .or_else(|| units::duration(v).ok())
        .filter(|t| t.is_finite() && *t >= 0.0)
}
