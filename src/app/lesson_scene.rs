//! A lesson step on screen: the reducer applies the step's scene (its parameters, view
//! and moments) to the app's state, exactly as a slider move or a link would set them
//! (one model run). The lesson itself (`features::lesson`) only says what the step wants.

use super::evacuate_scene;
use super::state::{default_speed, AppState, Before, View, SPEED_MAX, SPEED_MIN};
use super::tasks::Then;
use crate::features::lesson::{LessonAction, Progress};
use crate::links::EvacuateLink;
use migration_model::lesson::Moment;
use std::rc::Rc;

/// Opens a lesson and shows its current step. The page's own state is kept aside the
/// first time (a lesson opened over another keeps what was there before both).
pub fn open(s: &mut AppState, p: Progress) {
    if s.lesson.is_none() {
        let before = Rc::new(Before {
            params: s.params.clone(),
            view: s.view,
            t_s: s.t_s,
            speed: s.speed,
            preset: s.preset,
            compare_by: s.compare_by.clone(),
            evacuation: s.evacuation.clone(),
        });
        s.scene_mut().before_lesson = Some(before);
    }
    s.scene_mut().lesson = Some(p);
    show(s);
}

/// Moves within the open lesson; a new step shows its scene. Closing it returns the page
/// to what it showed before the lesson opened.
pub fn apply(s: &mut AppState, a: &LessonAction) {
    if *a == LessonAction::Close {
        s.scene_mut().lesson = None;
        s.play_until = None;
        s.playing = false;
        if let Some(b) = s.scene_mut().before_lesson.take() {
            set_params(s, &b.params);
            s.scene_mut().view = b.view;
            s.t_s = b.t_s.clamp(0.0, s.trace().end_s());
            s.speed = b.speed;
            s.then_when_run(Then::At {
                t_s: b.t_s,
                speed: Some(b.speed),
            });
            s.scene_mut().preset = b.preset;
            s.scene_mut().compare_by.clone_from(&b.compare_by);
            s.scene_mut().evacuation.clone_from(&b.evacuation);
        }
        return;
    }
    let Some(p) = s.scene_mut().lesson.as_mut() else {
        return;
    };
    if p.apply(a) {
        show(s);
    }
}

/// Sets the parameters as a slider move would (one model run), when they differ.
fn set_params(s: &mut AppState, params: &migration_model::Params) {
    if *s.run.params != *params {
        s.set_params(params);
    }
}

/// Applies the current step's scene: parameters, view, playhead, and playback to the
/// step's end moment (`at: A to B`). An evacuation step opens the evacuation view with
/// its VMs, K and order, as a link would, and its moments are on that view's clock.
/// Shown again when the step's run, made in tasks, ends (`Then::LessonStep`).
pub(super) fn show(s: &mut AppState) {
    let Some(step) = s.lesson.as_ref().map(|p| p.current().clone()) else {
        return;
    };
    set_params(s, &step.params);
    let scene = s.scene_mut();
    scene.preset = None;
    scene.story_open = false;
    scene.view = if step.compare {
        View::Compare
    } else {
        View::Main
    };
    // The compare view's rows: the step's `by=`/`values=`, else every type.
    scene.compare_by.clone_from(&step.compare_by);
    let resolve = |s: &AppState, m: Moment| match s.evacuation_shown() {
        Some(e) => e.result.as_ref().ok().map(|r| m.resolve_evacuation(r)),
        None => Some(m.resolve(s.trace())),
    };
    if let Some(e) = &step.evacuate {
        let link = EvacuateLink {
            vms: e.vms.clone(),
            k: Some(e.k.to_string()),
            order: Some(e.order.key().to_string()),
        };
        // The lesson checked the VMs when it was read: nothing to notice here.
        let _ = evacuate_scene::open(s, &link);
    }
    let t0 = resolve(s, step.at).and_then(Result::ok).unwrap_or(0.0);
    let t1 = step.until.and_then(|m| resolve(s, m)).and_then(Result::ok);
    s.speed = match (t1, s.evacuation_shown()) {
        // Play the span in about ten seconds.
        (Some(t1), _) => ((t1 - t0) / 10.0)
            .log2()
            .round()
            .exp2()
            .clamp(SPEED_MIN, SPEED_MAX),
        (None, Some(e)) => e.speed(),
        (None, None) => default_speed(s.trace()),
    };
    s.t_s = t0;
    s.playing = t1.is_some();
    s.play_until = t1;
    s.then_when_run(Then::LessonStep);
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::app::state::Action;
    use crate::features::lesson::{built_in, Source};
    use yew::Reducible;

    fn opened() -> Rc<AppState> {
        let lesson = Rc::new(built_in("drama").expect("built in"));
        let p = Progress::open(lesson, Source::BuiltIn("drama"), vec![], 0, None).expect("steps");
        Rc::new(AppState::new(Default::default())).reduce(Action::OpenLesson(Box::new(p)))
    }

    #[test]
    fn each_step_shows_its_own_scene_and_moment() {
        let mut s = opened();
        let n = s.lesson.as_ref().expect("open").lesson.steps.len();
        for i in 0..n {
            s = s.reduce(Action::Lesson(LessonAction::Go(i)));
            let step = s.lesson.as_ref().expect("open").current().clone();
            assert_eq!(*s.run.params, step.params, "step {i}");
            let t = step.at.resolve(s.trace()).expect("resolves");
            assert_eq!(s.t_s, t, "step {i}");
            assert_eq!(s.view == View::Compare, step.compare);
            assert_eq!(s.compare_by, step.compare_by, "step {i}");
            assert_eq!(s.playing, step.until.is_some());
        }
    }

    #[test]
    fn a_step_that_plays_stops_at_its_end_moment() {
        let mut s = opened();
        let i = s
            .lesson
            .as_ref()
            .expect("open")
            .lesson
            .steps
            .iter()
            .position(|st| st.until.is_some())
            .expect("a playing step");
        s = s.reduce(Action::Lesson(LessonAction::Go(i)));
        let stop = s.play_until.expect("plays");
        for _ in 0..10_000 {
            s = s.reduce(Action::Tick { real_s: 0.1 });
            if !s.playing {
                break;
            }
        }
        assert!(!s.playing);
        assert_eq!(s.t_s, stop);
        assert!(s.play_until.is_none());
        s = s.reduce(Action::Lesson(LessonAction::Close));
        assert!(s.lesson.is_none());
    }

    /// Issue 24: closing a lesson returns the page to what it had before it opened
    /// (`?type=hybrid&bw=2Gbit/s&lesson=drama&step=3` closes to hybrid at 2 Gbit/s).
    #[test]
    fn closing_a_lesson_restores_the_page_it_opened_over() {
        let before = migration_model::Params {
            migration_type: migration_model::MigrationType::Hybrid,
            bandwidth_bytes_per_s: 250e6,
            ..Default::default()
        };
        let mut s = Rc::new(AppState::new(Default::default()))
            .reduce(Action::SetParams(Box::new(before.clone())));
        s = s.reduce(Action::Seek(10.0));
        let t = s.t_s;
        let lesson = Rc::new(built_in("drama").expect("built in"));
        let p = Progress::open(lesson, Source::BuiltIn("drama"), vec![], 2, None).expect("steps");
        s = s.reduce(Action::OpenLesson(Box::new(p)));
        assert_ne!(*s.run.params, before, "the step shows its own scene");
        s = s.reduce(Action::Lesson(LessonAction::Go(5)));
        s = s.reduce(Action::Lesson(LessonAction::Close));
        assert_eq!(s.params, before);
        assert_eq!(*s.run.params, before);
        assert_eq!(s.t_s, t);
        assert_eq!(s.view, View::Main);
        assert!(s.before_lesson.is_none());
    }

    /// Issue 27: an evacuation step opens the evacuation view with its VMs, K and order,
    /// its moment on the evacuation's clock; the next step back in the main view.
    #[test]
    fn an_evacuation_step_opens_the_evacuation_view_on_its_clock() {
        let lesson = Rc::new(built_in("evacuation").expect("built in"));
        let p = Progress::open(
            lesson.clone(),
            Source::BuiltIn("evacuation"),
            vec![],
            0,
            None,
        )
        .expect("steps");
        let mut s =
            Rc::new(AppState::new(Default::default())).reduce(Action::OpenLesson(Box::new(p)));
        for (i, step) in lesson.steps.iter().enumerate() {
            s = s.reduce(Action::Lesson(LessonAction::Go(i)));
            assert_eq!(*s.run.params, step.params, "step {i}");
            match (&step.evacuate, s.evacuation_shown()) {
                (Some(want), Some(e)) => {
                    assert_eq!(s.view, View::Evacuate);
                    assert_eq!(
                        (&e.setup.specs, e.setup.k, e.setup.order),
                        (&want.vms, want.k, want.order)
                    );
                    let run = step.evacuation().expect("runs");
                    assert_eq!(e.result.as_ref().ok(), Some(&run.result), "step {i}");
                    let t = step.at.resolve_evacuation(&run.result).expect("resolves");
                    assert_eq!(s.t_s, t, "step {i}");
                }
                (None, None) => {
                    assert_eq!(s.view, View::Main);
                    assert_eq!(s.t_s, step.at.resolve(s.trace()).expect("resolves"));
                }
                (want, shown) => panic!("step {i}: {want:?} but shown {}", shown.is_some()),
            }
        }
        s = s.reduce(Action::Lesson(LessonAction::Close));
        assert_eq!(s.view, View::Main);
        assert!(s.evacuation.is_none(), "the page had no evacuation before");
    }
}
