//! A step's `scene:`: a link's query, read as the app reads a link
//! ([`crate::query`]): the parameter keys, `preset=`, `hold=`, `fault=`, `view=` and the
//! compare view's `by=` and `values=`, the evacuation view's `vm=`, `k=` and `order=`
//! ([`super::evac`]). Keys that set the page rather than the scenario
//! (the playhead, embed, theme) are errors; keys a step cannot use (a recording, another
//! lesson, the exercises view) and a key given twice are warnings.

use super::evac::EvacScene;
use crate::query::keys::{
    AUTOPLAY, BY, CONCURRENCY, CONTROLS, EMBED, EXERCISE_KEYS, HANDOUT, LANG, LESSON, ORDER,
    PRESENT, PRESET, RECORDING, SPEED, STEP, STEPS, THEME, TIME, VALUES, VIEW, VM,
};
use crate::query::{base_params, pairs, read_preset, CompareBy, Dropped, Reading};
use crate::say::Say;
use crate::spec::{FAULT_KEY, HOLD_KEY};
use crate::Params;

/// A scene as read: what the step runs and shows, and the warnings about it.
pub(super) struct Scene {
    /// As the app's state will hold them (tidied as a link carries them).
    pub params: Params,
    /// The compare view rather than the animated one.
    pub compare: bool,
    /// The compare view's rows when not every type.
    pub compare_by: Option<CompareBy>,
    /// The evacuation view's VMs, K and order (`view=evacuate`).
    pub evacuate: Option<EvacScene>,
    pub warnings: Vec<Say>,
}

/// Why a key a link may carry has no effect in a scene (the message saying so), or
/// `None` when it has one.
fn ignored_in_scene(k: &str, v: &str) -> Option<&'static str> {
    match k {
        RECORDING => Some("lesson-error-ignored-recording"),
        VIEW if v.trim() == "exercises" => Some("lesson-error-ignored-exercises-view"),
        LESSON | STEP | STEPS | HANDOUT => Some("lesson-error-ignored-lesson-key"),
        k if EXERCISE_KEYS.contains(&k) => Some("lesson-error-ignored-exercise-key"),
        _ => None,
    }
}

/// Reads a scene; the first thing that cannot be used (and how many more) when any.
pub(super) fn read_scene(q: &str) -> Result<Scene, Say> {
    let q = q.trim().trim_start_matches('?');
    let mut warnings = Vec::new();
    let mut kept: Vec<&str> = Vec::new();
    let mut seen: Vec<(String, String)> = Vec::new();
    for seg in q.split('&').filter(|s| !s.is_empty()) {
        let Some((k, v)) = pairs(seg).pop() else {
            continue;
        };
        if [TIME, SPEED, EMBED, CONTROLS, AUTOPLAY, THEME, PRESENT, LANG].contains(&k.as_str()) {
            return Err(Say::new("lesson-error-page-key").quote("key", k));
        }
        if let Some(why) = ignored_in_scene(&k, &v) {
            warnings.push(Say::new(why).quote("key", k).quote("value", v));
            continue;
        }
        if k != HOLD_KEY && k != FAULT_KEY && k != VM {
            match seen.iter().find(|(s, _)| *s == k) {
                Some((_, before)) => warnings.push(
                    Say::new("lesson-error-scene-twice")
                        .quote("key", k)
                        .quote("before", before.as_str())
                        .quote("value", v),
                ),
                None => seen.push((k, v)),
            }
        }
        kept.push(seg);
    }
    let (params, view, dropped) = read_kept(&pairs(&kept.join("&")));
    if let Some(first) = dropped.0.first() {
        // The link reader's key, value and reason (`bw=nope: expected a rate …`): its
        // reason is English text, which the app reads back into the page's language
        // (`links::reason::in_lang`).
        let rest = dropped.0.len() - 1;
        let id = if rest > 0 {
            "lesson-error-scene-more"
        } else {
            "lesson-error-scene"
        };
        return Err(Say::new(id)
            .quote("key", first.key.clone())
            .quote("value", first.value.clone())
            .quote("why", first.why.clone())
            .num("more", rest as f64));
    }
    Ok(Scene {
        // As the state will hold them (the reducer tidies every parameter it is given),
        // so a step's answers are worked out on the run the step shows.
        params: crate::spec::tidy(&params),
        compare: view.compare,
        compare_by: view.compare_by,
        evacuate: view.evacuate,
        warnings,
    })
}

/// The view a scene asks for: the animated one, the compare view (its rows when not
/// every type) or the evacuation view.
#[derive(Default)]
struct SceneView {
    compare: bool,
    compare_by: Option<CompareBy>,
    evacuate: Option<EvacScene>,
}

/// The scenario keys as a link reads them, with what could not be used, in the order a
/// link names it (the preset, each key, the ranges, the compare rows, the VMs).
fn read_kept(pairs: &[(String, String)]) -> (Params, SceneView, Dropped) {
    let mut dropped = Dropped::default();
    let preset = read_preset(pairs, &mut dropped);
    let mut reading = Reading::new(base_params(preset));
    let (mut view, mut by, mut values) = ("main", None, None);
    let (mut vms, mut k, mut order) = (Vec::new(), None, None);
    for (k_, v) in pairs {
        if reading.read(k_, v, &mut dropped) {
            continue;
        }
        match k_.as_str() {
            PRESET => {}
            VIEW => match v.trim() {
                w @ ("compare" | "main" | "evacuate") => view = w,
                _ => dropped.add(k_, v, "expected main, compare or evacuate".into()),
            },
            BY => by = Some(v.as_str()),
            VALUES => values = Some(v.as_str()),
            VM => vms.push(v.as_str()),
            CONCURRENCY => k = Some(v.as_str()),
            ORDER => order = Some(v.as_str()),
            _ => dropped.add(k_, v, "not a key this app knows".into()),
        }
    }
    let params = reading.finish(&mut dropped);
    let mut out = SceneView {
        compare: view == "compare",
        ..SceneView::default()
    };
    if by.is_some() || values.is_some() {
        out.compare_by = CompareBy::read(by, values, &params, |k, v, why| dropped.add(k, v, why));
    }
    if view == "evacuate" {
        out.evacuate = EvacScene::read(&vms, k, order, &params, &mut dropped);
    } else if let Some((key, v)) = [(VM, vms.first().copied()), (CONCURRENCY, k), (ORDER, order)]
        .into_iter()
        .find_map(|(key, v)| v.map(|v| (key, v)))
    {
        dropped.add(
            key,
            v,
            "belongs to the evacuation view: add view=evacuate".into(),
        );
    }
    (params, out, dropped)
}
