//! Reading a link. Never fails: a malformed or out-of-range value is dropped (that key
//! keeps its default, or its preset's value), the valid keys are kept, and the dropped
//! ones are named in [`Link::ignored`].

use super::keys::{
    Theme, AUTOPLAY, BY, CONCURRENCY, CONTROLS, EMBED, EMBED_CONTROLS, EXERCISE_KEYS, HANDOUT,
    LANG, LESSON, ORDER, PRESENT, PRESET, RECORDING, SPEED, STEP, STEPS, THEME, TIME, VALUES, VIEW,
    VM,
};
use super::{base_params, Embed, LessonLink, LessonName, Link};
use migration_model::query::{read_preset, Dropped, Reading};
use migration_model::units;

pub use migration_model::query::pairs;
#[cfg(all(test, not(target_arch = "wasm32")))]
pub(super) use migration_model::query::{decode, quote, QUOTE_MAX};

fn flag(v: &str) -> Result<bool, String> {
    match v.trim() {
        "" | "1" => Ok(true),
        "0" => Ok(false),
        other => units::boolean(other).map_err(|_| "expected 1 or 0".to_string()),
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
    handout: bool,
    /// The compare view's `by` and `values` (read once the parameters are known).
    by: Option<&'q str>,
    values: Option<&'q str>,
    /// `view=evacuate` (the last `view` wins over compare), and its keys as written.
    evacuate_view: bool,
    evacuate: super::EvacuateLink,
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
            HANDOUT => on(&mut self.handout),
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
                "compare" => (link.compare, self.evacuate_view) = (true, false),
                "main" => (link.compare, self.evacuate_view) = (false, false),
                "exercises" => (self.exercises_view, self.evacuate_view) = (true, false),
                "evacuate" => {
                    (link.compare, self.exercises_view, self.evacuate_view) = (false, false, true)
                }
                _ => dropped.add(k, v, "expected main, compare, exercises or evacuate".into()),
            },
            VM => self.evacuate.vms.push(v.trim().to_string()),
            CONCURRENCY => self.evacuate.k = Some(v.trim().to_string()),
            ORDER => self.evacuate.order = Some(v.trim().to_string()),
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
            LANG => match crate::i18n::Lang::from_link(v) {
                Ok(l) => link.lang = Some(l),
                Err(_) => dropped.add(k, v, unknown_lang_why()),
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
    fn lesson(&mut self, dropped: &mut Dropped) -> Option<LessonLink> {
        let (step, range, handout) = (self.step, self.range, self.handout);
        if handout && self.lesson.is_none() {
            dropped.add(
                HANDOUT,
                "1",
                "a handout prints a lesson: add lesson=ID".into(),
            );
        }
        self.lesson.take().map(|name| LessonLink {
            name,
            step: step.or(range.map(|r| r.0)).unwrap_or(0),
            range,
            handout,
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
    let preset = read_preset(&pairs, &mut dropped);
    let base = base_params(preset);
    let mut link = Link {
        params: base.clone(),
        preset,
        t_s: None,
        speed: None,
        compare: false,
        compare_by: None,
        exercises: None,
        evacuate: None,
        embed: None,
        theme: None,
        lang: None,
        present: false,
        lesson: None,
        recording: None,
        ignored: Vec::new(),
    };
    let mut reading = Reading::new(base);
    let mut page = PageKeys::default();
    for (k, v) in &pairs {
        if !reading.read(k, v, &mut dropped) && !page.read(&mut link, k, v, &mut dropped) {
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
    if page.evacuate_view {
        link.evacuate = Some(std::mem::take(&mut page.evacuate));
    }
    link.lesson = page.lesson(&mut dropped);
    link.embed = page.embed(&mut dropped);
    link.exercises = page.exercises(&mut dropped);
    if link.exercises.is_some() {
        link.compare = false;
    }
    link.ignored = dropped.0;
    link
}

/// Why a `lang=` was not used, in English (the page then is): the tags the app has.
/// The notice says it again in the language chosen later (`components::notice`).
pub fn unknown_lang_why() -> String {
    use crate::i18n::{t, Lang};
    t(
        Lang::En,
        "notice-unknown-lang",
        &[("known", known_langs().into())],
    )
}

/// The language tags the app has, for a notice: `en, es, zh-CN`.
pub fn known_langs() -> String {
    let tags: Vec<&str> = crate::i18n::Lang::ALL.iter().map(|l| l.key()).collect();
    tags.join(", ")
}

/// The playhead: plain seconds (`12.5`) or a duration (`1min`).
fn seconds(v: &str) -> Option<f64> {
    units::decimal(v.trim())
        .or_else(|| units::duration(v).ok())
        .filter(|t| t.is_finite() && *t >= 0.0)
}
