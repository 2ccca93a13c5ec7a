//! The evacuation view applied to the state: its setup read from a link, shown, changed
//! by its controls, and run again when the app's parameters (the link shared by every
//! VM) change. The view's code (`features::evacuate`) runs only once the view is asked
//! for, so the first screen never waits for it.

use super::state::{default_speed, Action, AppState, View, SPEED_MAX, SPEED_MIN};
use crate::app::run::Ptr;
use crate::features::evacuate::{Evac, EvacAction, Setup};
use crate::links::{EvacuateLink, Ignored, Link};

/// Runs `setup` over the app's parameters and keeps it as the view's evacuation.
fn run(s: &mut AppState, setup: Setup) {
    let e = Evac::new(setup, &s.run.params);
    s.scene_mut().evacuation = Some(Ptr::new(e));
}

/// The playhead at the start, paused, at the evacuation's pace.
fn rewind(s: &mut AppState) {
    s.t_s = 0.0;
    s.playing = false;
    s.play_until = None;
    if let Some(e) = s.evacuation_shown() {
        s.speed = e.speed();
    }
}

/// A link's evacuation: its setup (what cannot be used is returned for the notice), the
/// view shown at its start.
pub fn open(s: &mut AppState, link: &EvacuateLink) -> Vec<Ignored> {
    let (setup, notices) = Setup::read(link, &s.run.params);
    run(s, setup);
    s.scene_mut().view = View::Evacuate;
    rewind(s);
    notices
}

/// Shows a view. Entering the evacuation view runs it (the teaching case the first
/// time) from its start; leaving it puts the playhead back inside the main run.
pub fn show_view(s: &mut AppState, v: View) {
    let was = s.view;
    s.scene_mut().view = v;
    if v == View::Evacuate && was != View::Evacuate {
        let setup = s
            .evacuation
            .as_ref()
            .map_or_else(Setup::default, |e| e.setup.clone());
        run(s, setup);
        rewind(s);
    } else if was == View::Evacuate && v != View::Evacuate {
        s.playing = false;
        s.speed = default_speed(s.trace());
        s.t_s = s.t_s.min(s.end_s());
    }
}

/// After any action while the view is shown: new parameters run every VM again over
/// them, the playhead kept (clamped to the new end) as a slider does in the main view; a
/// new type starts from the beginning.
pub fn sync(s: &mut AppState) {
    let Some(e) = s.evacuation.as_ref() else {
        return;
    };
    if e.base != *s.run.params {
        let new_type = e.base.migration_type != s.run.params.migration_type;
        let setup = e.setup.clone();
        run(s, setup);
        if new_type {
            rewind(s);
        }
    }
    s.t_s = s.t_s.min(s.end_s());
}

/// The state after an action: [`sync`]ed while the view is shown. Inlined into the
/// reducer, so the first screen's frames call nothing new (docs/loading.md).
#[inline(always)]
pub fn synced(mut s: AppState) -> AppState {
    if s.view == View::Evacuate {
        sync(&mut s);
    }
    s
}

/// The reducer's actions for this view: a view shown, or a control of the view.
pub fn reduce(s: &mut AppState, a: Action) {
    match a {
        Action::ShowView(v) => show_view(s, v),
        Action::Evacuate(a) => apply(s, &a),
        Action::PlayEvacuation(x) => play(s, &x.0, &x.1),
        _ => {}
    }
}

/// An evacuation over `params`, played from its start in its view, as a new entry of the
/// page's history (an exercise's "Show me", as `PlayScenario` for one migration).
fn play(s: &mut AppState, params: &migration_model::Params, link: &EvacuateLink) {
    s.set_params(params);
    s.scene_mut().preset = None;
    let _ = open(s, link);
    s.playing = true;
    s.scene_mut().page.history_pushes = s.page.history_pushes.wrapping_add(1);
}

/// Back or Forward reached another entry of the page's history: its link applied
/// (`AppState::follow_link`), and for the evacuation view its setup, playhead and speed.
pub fn follow(s: &mut AppState, link: &Link) {
    s.follow_link(link);
    let Some(e) = &link.evacuate else {
        return;
    };
    open(s, e);
    if let Some(v) = link.speed {
        s.speed = v.clamp(SPEED_MIN, SPEED_MAX);
    }
    s.t_s = link.t_s.unwrap_or(0.0).clamp(0.0, s.end_s());
}

/// A control of the view: K and the order keep the playhead (the same moment, another
/// evacuation), as do an added or removed VM; an example starts from the beginning.
pub fn apply(s: &mut AppState, a: &EvacAction) {
    let current = s
        .evacuation
        .as_ref()
        .map_or_else(Setup::default, |e| e.setup.clone());
    let Some(next) = current.apply(a) else {
        return;
    };
    run(s, next);
    if matches!(a, EvacAction::Teaching | EvacAction::Maintenance) {
        rewind(s);
    }
    s.t_s = s.t_s.min(s.end_s());
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::super::reduce::first_state;
    use super::super::state::{Action, AppState, View};
    use crate::features::evacuate::EvacAction;
    use crate::links::parse;
    use migration_model::Params;
    use std::rc::Rc;
    use yew::Reducible;

    fn reduce(s: AppState, a: Action) -> AppState {
        (*Rc::new(s).reduce(a)).clone()
    }

    fn open(q: &str) -> AppState {
        let l = parse(q);
        first_state(l.params.clone(), Some(&l), false)
    }

    #[test]
    fn a_link_opens_the_view_and_names_what_it_could_not_use() {
        let s = open("view=evacuate&vm=mem=4GiB,dirty=100MB/s&vm=mem=oops&k=5&t=30");
        assert_eq!(s.view, View::Evacuate);
        let e = s.evacuation_shown().expect("the evacuation");
        assert_eq!(e.setup.specs.len(), 1);
        assert_eq!(e.setup.k, 1);
        let keys: Vec<&str> = s.page.notice.iter().map(|i| i.key.as_str()).collect();
        assert_eq!(keys, ["vm", "k"]);
        assert_eq!(s.t_s, 30.0, "the playhead on the evacuation's axis");
        // A playhead past the evacuation's end is named too.
        let s = open("view=evacuate&t=100000");
        assert_eq!(s.t_s, 0.0);
        assert_eq!(s.page.notice[0].key, "t");
    }

    #[test]
    fn playback_and_steps_follow_the_evacuation() {
        let s = open("view=evacuate");
        let end = s.evacuation_shown().unwrap().end_s();
        assert!((end - 339.2).abs() < 0.1, "two runs back to back: {end}");
        assert_eq!(s.end_s(), end);
        let mut p = reduce(s.clone(), Action::Play);
        p = reduce(p, Action::Tick { real_s: 1e6 });
        assert_eq!((p.t_s, p.playing), (end, false));
        let first_end = s.evacuation_shown().unwrap().result.as_ref().unwrap().vms[0].end_s;
        let mut stepped = s.clone();
        while stepped.t_s < first_end - 1e-9 {
            stepped = reduce(stepped, Action::StepNext);
        }
        assert_eq!(stepped.t_s, first_end, "the first VM's end is a stop");
    }

    #[test]
    fn controls_and_shared_parameters_run_it_again() {
        let s = open("view=evacuate&t=200");
        let s = reduce(s, Action::Evacuate(EvacAction::SetK(2)));
        let e = s.evacuation_shown().unwrap();
        assert_eq!(e.setup.k, 2);
        assert!(!e.result.as_ref().unwrap().all_left());
        assert_eq!(s.t_s, 200.0, "K keeps the moment");
        let fast = Params {
            bandwidth_bytes_per_s: 1.25e9,
            ..(*s.run.params).clone()
        };
        let s = reduce(s, Action::SetParams(Box::new(fast)));
        let e = s.evacuation_shown().unwrap();
        assert!(
            e.result.as_ref().unwrap().all_left(),
            "10 Gbit/s: both leave together"
        );
        assert!(s.t_s <= e.end_s());
        // Leaving the view puts the playhead back inside the main run; back again, the
        // same VMs from the start.
        let main = reduce(s, Action::ShowView(View::Main));
        assert!(main.evacuation_shown().is_none());
        assert!(main.t_s <= main.trace().end_s());
        let back = reduce(main, Action::ShowView(View::Evacuate));
        assert_eq!(back.evacuation_shown().unwrap().setup.k, 2);
        assert_eq!(back.t_s, 0.0);
        let q = crate::components::share::page_query(&back, true);
        assert!(
            open("view=evacuate&embed=1").evacuation_shown().is_none(),
            "an embed animates"
        );
        assert!(
            q.contains("view=evacuate&vm=mem=4GiB,dirty=100MB/s&vm=mem=4GiB,dirty=100MB/s&k=2"),
            "{q}"
        );
    }

    /// Issue 27: an evacuation exercise's "Show me" plays its fleet in the view, where
    /// the host empties at the exercise's answer.
    #[test]
    fn an_evacuation_exercise_plays_its_fleet_in_the_view() {
        use migration_model::exercise::{generate, SetSpec, Topic};
        let set = generate(&SetSpec {
            seed: 4,
            count: 3,
            topics: vec![Topic::Evacuation],
            level: 3,
        });
        for ex in set.exercises {
            let args = ex.args.as_ref().expect("one run");
            let x = crate::features::exercises::evacuation_link(args).expect("reads");
            let s = reduce(open(""), Action::PlayEvacuation(Box::new(x)));
            assert_eq!(s.view, View::Evacuate);
            assert!(s.playing && s.t_s == 0.0);
            assert_eq!(s.page.history_pushes, 1);
            assert!(s.page.notice.is_empty(), "{:?}", s.page.notice);
            let e = s.evacuation_shown().expect("shown");
            let end = e.result.as_ref().expect("runs").evacuation_time_s;
            assert_eq!(end, ex.answer.value.as_f64(), "{}", ex.id);
        }
    }
}
