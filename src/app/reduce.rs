//! The one reducer: every [`Action`] becomes a new [`AppState`]. A frame's `Tick` changes
//! only the playback part (a few numbers); the scene stays shared (`state.rs`).

use super::state::*;
use super::tasks::Then;
use super::{evacuate_scene, lesson_scene};
use crate::links::Link;
use migration_model::Params;
use std::rc::Rc;
use yew::Reducible;

/// The state the page opens with: the link's parameters (or `initial`), then the rest of
/// the link (view, playhead, page options) and a built-in lesson it names. Lesson code
/// runs only when the link names one, so the first screen never waits for it.
pub fn first_state(initial: Params, link: Option<&Link>, reduced_motion: bool) -> AppState {
    let trace = migration_model::simulate(&initial);
    first_state_with(initial, trace, link, reduced_motion)
}

/// [`first_state`] given the run of `initial` (made in slices: `lib.rs` `start`).
pub fn first_state_with(
    initial: Params,
    trace: Result<migration_model::Trace, migration_model::ParamError>,
    link: Option<&Link>,
    reduced_motion: bool,
) -> AppState {
    let mut s = AppState::with_trace(initial, trace);
    s.reduced_motion = reduced_motion;
    if let Some(l) = link {
        // The evacuation first: the playhead the link asks for is checked against its end.
        // An embed shows the animated view only (`links::embed_drops` names it).
        let evacuation = (l.evacuate.as_ref())
            .filter(|_| l.embed.is_none())
            .map(|e| evacuate_scene::open(&mut s, e));
        let preferred = crate::i18n::from_preferences(&crate::i18n::browser_languages());
        s.restore(l, super::page::stored_theme(), preferred);
        s.scene_mut()
            .page
            .notice
            .extend(evacuation.unwrap_or_default());
        if l.lesson.is_some() {
            if let Some(p) = crate::features::lesson::open_built_in(l, s.page.lang) {
                let notices = crate::features::lesson::link_notices(l, p.lesson.steps.len());
                lesson_scene::open(&mut s, p);
                s.scene_mut().page.notice.extend(notices);
            }
        }
    }
    s
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut s = (*self).clone();
        let end = s.end_s();
        match action {
            Action::SetParams(params) => s.set_params(&params),
            Action::Play => {
                if s.t_s >= end {
                    s.t_s = 0.0;
                }
                s.playing = true;
            }
            Action::Pause => (s.playing, s.play_until) = (false, None),
            Action::TogglePlay => {
                return self.reduce(if s.playing {
                    Action::Pause
                } else {
                    Action::Play
                })
            }
            Action::Tick { real_s } => {
                if !s.playing || !real_s.is_finite() || real_s <= 0.0 {
                    return self;
                }
                s.tick(real_s, end);
            }
            Action::Seek(t) => {
                if !t.is_finite() {
                    return self;
                }
                s.t_s = t.clamp(0.0, end);
            }
            Action::StepNext => {
                s.t_s = s.next_stop().unwrap_or(end);
                s.playing = false;
            }
            Action::StepPrev => {
                s.t_s = s.previous_stop().unwrap_or(0.0);
                s.playing = false;
            }
            Action::SetSpeed(v) => {
                if !v.is_finite() {
                    return self;
                }
                s.speed = v.clamp(SPEED_MIN, SPEED_MAX);
            }
            a @ (Action::ShowView(_) | Action::Evacuate(_) | Action::PlayEvacuation(_)) => {
                evacuate_scene::reduce(&mut s, a)
            }
            Action::ShowExercise(pos) => {
                s.scene_mut().exercise = pos;
                s.scene_mut().view = View::Exercises;
            }
            Action::PlayScenario(p) => s.play_scenario(&p),
            Action::FollowLink(link) => evacuate_scene::follow(&mut s, &link),
            Action::ShowPanel(p) => s.scene_mut().panel = p,
            Action::ApplyPreset(id) => {
                let Some(preset) = migration_model::presets::find(id) else {
                    return self;
                };
                s.apply_preset(preset);
            }
            Action::ShowStory(open) => {
                s.scene_mut().story_open = open && s.preset.is_some();
                s.scene_mut().story_hidden = !open;
            }
            Action::SetType(ty) => s.set_type(ty),
            Action::OpenType(ty) => {
                s.set_type(ty);
                s.scene_mut().view = View::Main;
                s.rewind_paused();
            }
            Action::OpenRun(params, t) => s.open_run(&params, t),
            Action::CompareBy(by) => s.scene_mut().compare_by = by,
            Action::Fork(kind) => s.fork(kind),
            Action::Restart => {
                s.t_s = 0.0;
                s.playing = true;
            }
            // A presenter's PageDown/PageUp steps an open lesson (the first PageDown on a
            // question reveals it), whichever key path sent it.
            Action::StepPhase(dir) if s.lesson.is_some() => {
                let a = match dir {
                    Direction::Next => crate::features::lesson::LessonAction::Forward,
                    Direction::Previous => crate::features::lesson::LessonAction::Back,
                };
                lesson_scene::apply(&mut s, &a);
            }
            Action::StepPhase(dir) => match s.phase_step(dir == Direction::Next, end) {
                PhaseStep::Moved => {}
                PhaseStep::Scenario(id) => return self.reduce(Action::ApplyPreset(id)),
            },
            Action::Page(a) => s.scene_mut().page.apply(a),
            Action::OpenRecording(rec) => s.open_recording(rec),
            Action::AttachRecording(rec) => {
                s.scene_mut().recording = Some(rec);
                s.scene_mut().recording_error = None;
                s.scene_mut().picture_real = false;
            }
            Action::RecordingError(e) => s.scene_mut().recording_error = e,
            Action::RecordingProgress(p) => s.scene_mut().recording_progress = p,
            Action::RunDone(pending, trace) => {
                if let Some(Then::LessonStep) = s.run_done(&pending, *trace) {
                    lesson_scene::show(&mut s);
                }
            }
            Action::CloseRecording => {
                s.scene_mut().recording = None;
                s.scene_mut().picture_real = false;
                s.t_s = s.t_s.min(s.trace().end_s());
            }
            Action::PictureReal(on) => {
                s.scene_mut().picture_real = on && s.recording.is_some();
                s.t_s = s.t_s.min(s.end_s());
            }
            Action::OpenLesson(p) => lesson_scene::open(&mut s, *p),
            Action::Lesson(a) => lesson_scene::apply(&mut s, &a),
        }
        Rc::new(evacuate_scene::synced(s))
    }
}
