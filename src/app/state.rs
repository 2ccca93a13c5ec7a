//! One reducer holds the app's state: the parameters, the model's run of them, and the
//! playhead. Views are functions of this state; side effects live in effects beside it.

use crate::app::page::Page;
use crate::app::run::Run;
use crate::app::tasks::{Pending, Then};
use crate::links::{self, Ignored, Link, Theme};
use migration_model::spec::tidy;
use migration_model::{simulate, MigrationType, ParamError, Params, Simulation, Trace};
use std::rc::Rc;
use yew::UseReducerHandle;

/// Shared handle type for components that need the whole state (toolbar, dialogs).
pub type State = UseReducerHandle<AppState>;

/// Playback speeds: simulated seconds per real second, on a log scale from deep slow
/// motion (a 100 ms downtime lasts 100 s) to fast forward for long cold migrations.
pub const SPEED_MIN: f64 = 0.001;
pub const SPEED_MAX: f64 = 100.0;

/// The app's state in two parts: the playback (the playhead and how it moves), which
/// every animation frame changes, and the [`Scene`] (everything else), shared behind an
/// `Rc` so a frame's tick copies a pointer and a few numbers, never the scene. Reads of
/// the scene go through `Deref` (`state.params`); the reducer writes it with
/// [`AppState::scene_mut`].
#[derive(Clone, Debug, PartialEq)]
pub struct AppState {
    scene: Rc<Scene>,
    /// Playhead, seconds since the migration started.
    pub t_s: f64,
    pub playing: bool,
    /// Simulated seconds per real second.
    pub speed: f64,
    /// `prefers-reduced-motion`: playback steps from event to event instead of gliding.
    pub reduced_motion: bool,
    /// Real seconds since the last step (reduced motion only).
    pub step_clock_s: f64,
    /// Playback stops here (a lesson step's `at: A to B`).
    pub play_until: Option<f64>,
}

/// What the page shows, apart from the playback: the parameters and their run, the view,
/// the scenario, the page's options, an open recording or lesson.
#[derive(Clone, Debug, PartialEq)]
pub struct Scene {
    /// The parameters as the user set them (may be invalid: see `run.error`).
    pub params: Params,
    pub run: Run,
    /// The run of `params` while it goes on in tasks of its own (a long run,
    /// `app::tasks::Pending`); `run` shows the last run until it ends.
    pub pending: Option<Pending>,
    /// Which page is shown: the animated migration or every type compared.
    pub view: View,
    /// The compare view's rows when not every type: one parameter's values.
    pub compare_by: Option<crate::links::CompareBy>,
    /// What the main view's side column shows under the metrics.
    pub panel: Panel,
    /// The scenario last applied (`migration_model::presets` id).
    pub preset: Option<&'static str>,
    /// The scenario's story card is shown.
    pub story_open: bool,
    /// The user hid the story card: later scenarios open without it for this visit
    /// (until it is shown again with Story or `S`).
    pub story_hidden: bool,
    /// The page around the simulation: links, theme, presentation, dialogs.
    pub page: Page,
    /// The problem the exercises view shows.
    pub exercise: crate::links::exercise::ExercisePos,
    /// A recorded real migration shown beside the model (`crate::features::replay::recording`).
    pub recording: Option<crate::features::replay::recording::Shared>,
    /// Why the last recording could not be opened (the page keeps what it had).
    pub recording_error: Option<String>,
    /// A recording being read: the share read so far (a long file is read in slices).
    pub recording_progress: Option<f64>,
    /// The picture plays the open recording's progress instead of the model
    /// (`crate::features::replay::picture`).
    pub picture_real: bool,
    /// An open lesson (src/features/lesson/), if any.
    pub lesson: Option<crate::features::lesson::Progress>,
    /// What the page showed before the open lesson, restored when it closes.
    pub before_lesson: Option<Rc<Before>>,
    /// The evacuation view's VMs and their run (`app/evacuate_scene.rs` keeps it in step
    /// with the parameters while the view is shown).
    pub evacuation: Option<crate::app::run::Ptr<crate::features::evacuate::Evac>>,
}

/// What the page showed before a lesson opened: closing the lesson returns to it.
#[derive(Clone, Debug, PartialEq)]
pub struct Before {
    pub params: migration_model::Params,
    pub view: View,
    pub t_s: f64,
    pub speed: f64,
    pub preset: Option<&'static str>,
    pub compare_by: Option<crate::links::CompareBy>,
    /// The evacuation view's VMs and run, restored with the view.
    pub evacuation: Option<crate::app::run::Ptr<crate::features::evacuate::Evac>>,
}

impl std::ops::Deref for AppState {
    type Target = Scene;
    fn deref(&self) -> &Scene {
        &self.scene
    }
}

/// The app's pages.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum View {
    /// One migration type, animated.
    #[default]
    Main,
    /// Every type side by side, with sweep charts.
    Compare,
    /// Seeded problems, one at a time, graded (`components/exercises.rs`).
    Exercises,
    /// A host's VMs leaving over its one link, at most K at once (`features/evacuate/`).
    Evacuate,
}

/// The main view's side panel.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Panel {
    #[default]
    Parameters,
    /// Per-round and sweep charts.
    Charts,
}

/// Real seconds each step is shown for when motion is reduced.
pub const REDUCED_MOTION_STEP_S: f64 = 1.5;

/// Everything that changes the state.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// New parameters: the model runs again at once. They are kept as a link carries
    /// them (`spec::tidy`, four significant digits), whoever sets them, so the state
    /// is exactly what a shared link reproduces.
    SetParams(Box<Params>),
    /// Another migration type, the other parameters kept (type buttons, number keys).
    SetType(MigrationType),
    Play,
    Pause,
    TogglePlay,
    /// Advance the playhead by `real_s` seconds of wall time at the current speed.
    Tick {
        real_s: f64,
    },
    /// Move the playhead (clamped to the run).
    Seek(f64),
    /// Jump to the next or previous event (round boundary, phase change, fault).
    StepNext,
    StepPrev,
    SetSpeed(f64),
    Restart,
    ShowView(View),
    /// Opens the exercises view at this problem.
    ShowExercise(crate::links::exercise::ExercisePos),
    /// "Show me": play a problem's scenario in the animated view from the start, in a
    /// new browser history entry (Back returns to the problem).
    PlayScenario(Box<Params>),
    /// Plays an evacuation in its view (an exercise's "Show me"): the shared parameters
    /// and the view's VMs, K and order.
    PlayEvacuation(Box<(Params, crate::links::EvacuateLink)>),
    /// Back or Forward reached another entry of the page's history: apply its link.
    FollowLink(Box<Link>),
    ShowPanel(Panel),
    /// Applies a named scenario (`migration_model::presets` id): its parameters, the
    /// playhead at the start, and its story shown.
    ApplyPreset(&'static str),
    ShowStory(bool),
    /// Opens a migration type in the main view (a row of the compare table).
    OpenType(migration_model::MigrationType),
    /// Opens one row of a comparison by another parameter in the main view, paused: its
    /// parameters at a moment (0 from the table; a grid's moment from the grids).
    OpenRun(Box<Params>, f64),
    /// The compare view's rows: one parameter's values, or `None` for every type.
    CompareBy(Option<crate::links::CompareBy>),
    /// "What if… here?": the compare view with the run as it was and the run with this
    /// fault or parameter change (`links::compare::fork_choices`) at the playhead.
    Fork(&'static str),
    /// Jump to the start of the next or previous phase: a presenter's remote (PageDown,
    /// PageUp). Past the last phase, the next scenario; before the first, the previous one
    /// (when a scenario is applied).
    StepPhase(Direction),
    Page(crate::app::page::PageAction),
    /// Shows a recording beside the model, with the parameters inferred from it.
    OpenRecording(crate::features::replay::recording::Shared),
    /// Shows a recording beside the model and keeps the parameters and the playhead (a
    /// link names a built-in recording and carries its own parameters).
    AttachRecording(crate::features::replay::recording::Shared),
    /// A recording is being read: the share read so far (`None`: done).
    RecordingProgress(Option<f64>),
    /// A long run ended (`Scene::pending`).
    RunDone(Pending, Box<Trace>),
    /// A recording could not be opened (`None` clears the message).
    RecordingError(Option<String>),
    CloseRecording,
    /// The picture plays the recording (`true`) or the model.
    PictureReal(bool),
    /// Changes the evacuation view's VMs, K or order.
    Evacuate(crate::features::evacuate::EvacAction),
    /// Opens a lesson at its step and shows that step's scene.
    OpenLesson(Box<crate::features::lesson::Progress>),
    /// Moves within the open lesson (src/features/lesson/scene.rs applies the new step's scene).
    Lesson(crate::features::lesson::LessonAction),
}

impl AppState {
    /// The scene, to change it (copied first if a view still holds the old state).
    pub fn scene_mut(&mut self) -> &mut Scene {
        Rc::make_mut(&mut self.scene)
    }

    pub fn new(params: Params) -> Self {
        let trace = simulate(&params);
        Self::with_trace(params, trace)
    }

    /// The state of `params` given their run (made in slices: `lib.rs` `start`).
    pub fn with_trace(params: Params, trace: Result<Trace, ParamError>) -> Self {
        let (run, params) = match trace {
            Ok(trace) => (Run::new(trace, params.clone()), params),
            Err(error) => {
                let fallback = Params::default();
                let trace = simulate(&fallback).expect("default parameters are valid");
                let mut run = Run::new(trace, fallback);
                run.error = Some(error);
                (run, params)
            }
        };
        let speed = default_speed(&run.trace);
        AppState {
            scene: Rc::new(Scene {
                params,
                run,
                pending: None,
                view: View::Main,
                compare_by: None,
                panel: Panel::Parameters,
                preset: None,
                story_open: false,
                story_hidden: false,
                page: Page::default(),
                exercise: crate::links::exercise::ExercisePos::default(),
                recording: None,
                recording_error: None,
                recording_progress: None,
                picture_real: false,
                lesson: None,
                before_lesson: None,
                evacuation: None,
            }),
            t_s: 0.0,
            playing: false,
            speed,
            reduced_motion: false,
            step_clock_s: 0.0,
            play_until: None,
        }
    }

    /// Applies a link to a fresh state: the parameters are already in it (`new`); this
    /// adds the scenario, the view, the playhead and the page options. A playhead past
    /// the run's end is out of range: it stays at 0 and joins the notice.
    /// `preferred`: the browser's preferred language the app has, used when the link
    /// names none (a `lang=` the app does not have gives English, with the notice).
    pub fn restore(
        &mut self,
        link: &Link,
        stored_theme: Option<Theme>,
        preferred: Option<crate::i18n::Lang>,
    ) {
        self.scene_mut().preset = link.preset;
        if link.compare {
            self.scene_mut().view = View::Compare;
        }
        self.scene_mut().compare_by = link.compare_by.clone();
        if let Some(pos) = link.exercises.clone() {
            self.scene_mut().view = View::Exercises;
            self.scene_mut().exercise = pos;
        }
        let mut notice = link.ignored.clone();
        notice.extend(links::embed_drops(link));
        if let Some(t) = link.t_s {
            let end = self.end_s();
            if t <= end {
                self.t_s = t;
            } else {
                notice.push(Ignored {
                    key: links::keys::TIME.into(),
                    value: format!("{t}"),
                    why: format!(
                        "past the end of the run ({})",
                        crate::picture::format::duration(end)
                    ),
                });
            }
        }
        if let Some(v) = link.speed {
            self.speed = v.clamp(SPEED_MIN, SPEED_MAX);
        }
        if link.embed.as_ref().is_some_and(|e| e.autoplay) && self.t_s < self.trace().end_s() {
            self.playing = true;
        }
        let bad_lang = link.ignored.iter().any(|i| i.key == links::keys::LANG);
        let lang = link.lang.or(preferred.filter(|_| !bad_lang));
        self.scene_mut().page = Page {
            presenting: link.present,
            dialog: None,
            theme: link.theme.or(stored_theme),
            lang: lang.unwrap_or_default(),
            lang_chosen: link.lang.is_some(),
            notice,
            embed: link.embed.clone(),
            linked: true,
            history_pushes: 0,
        };
    }

    /// Back or Forward moved to another entry of this page's history (`PlayScenario`
    /// makes one): that link's parameters, scenario, view, problem, playhead and speed,
    /// paused. The page's options (theme, presentation, an open lesson) stay.
    pub fn follow_link(&mut self, link: &Link) {
        self.set_params(&link.params);
        self.scene_mut().preset = link.preset;
        self.scene_mut().story_open = false;
        self.scene_mut().view = if link.exercises.is_some() {
            View::Exercises
        } else if link.compare {
            View::Compare
        } else {
            View::Main
        };
        if let Some(pos) = &link.exercises {
            self.scene_mut().exercise = pos.clone();
        }
        self.scene_mut().compare_by = link.compare_by.clone();
        self.playing = false;
        self.play_until = None;
        self.speed = link.speed.map_or_else(
            || default_speed(self.trace()),
            |v| v.clamp(SPEED_MIN, SPEED_MAX),
        );
        self.t_s = link.t_s.unwrap_or(0.0).clamp(0.0, self.end_s());
        self.then_when_run(Then::At {
            t_s: link.t_s.unwrap_or(0.0),
            speed: link.speed,
        });
    }

    /// The evacuation, while its view is shown (inlined: the first screen's frames ask).
    #[inline(always)]
    pub fn evacuation_shown(&self) -> Option<&crate::features::evacuate::Evac> {
        match (&self.view, &self.evacuation) {
            (View::Evacuate, Some(e)) => Some(e),
            _ => None,
        }
    }

    pub fn trace(&self) -> &Trace {
        &self.run.trace
    }

    /// The open recording while the picture plays it.
    pub fn real_picture(&self) -> Option<&crate::features::replay::recording::Shared> {
        self.recording.as_ref().filter(|_| self.picture_real)
    }

    /// Where playback ends: the model's run, or the recording's when the picture plays it
    /// and it ends later (the timeline shares one time axis).
    pub fn end_s(&self) -> f64 {
        if let Some(e) = self.evacuation_shown() {
            return e.end_s();
        }
        let model = self.trace().end_s();
        self.recording.as_ref().map_or(model, |r| {
            if self.picture_real {
                model.max(crate::features::replay::picture::end_s(r))
            } else {
                model
            }
        })
    }

    /// Times worth stopping at, in order: phase changes, round boundaries, events. The
    /// definition `next_stop` and `previous_stop` search without building the list.
    #[cfg(test)]
    pub fn stops(&self) -> Vec<f64> {
        let tr = self.trace();
        let mut v: Vec<f64> = tr
            .phases
            .iter()
            .flat_map(|p| [p.start_s, p.end_s])
            .chain(tr.rounds.iter().flat_map(|r| [r.start_s, r.end_s()]))
            .chain(tr.events.iter().map(|e| e.t_s))
            .filter(|t| t.is_finite())
            .collect();
        // Unstable: values equal under total_cmp are the same bits (one less sort in the wasm).
        v.sort_unstable_by(f64::total_cmp);
        v.dedup_by(|a, b| (*a - *b).abs() <= 1e-9 * b.abs().max(1.0));
        v
    }
}

/// Forward or back through the lecture.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Direction {
    Next,
    Previous,
}

/// What a presenter's PageDown/PageUp did without a lesson open.
pub(super) enum PhaseStep {
    /// Moved to the next or previous phase's start (or stayed, with nowhere to go).
    Moved,
    /// Past the last phase (or before the first) of a scenario: the next (previous) one.
    Scenario(&'static str),
}

/// The reducer's steps that more than one action takes.
impl AppState {
    /// New parameters, tidied as a link carries them (`tidy`), and their run. Another
    /// type is another run with other phases: the same second of it means nothing, so it
    /// starts from the beginning at its own pace (playing on if it was playing). Other
    /// parameters keep the playhead, so a slider's effect on the same moment can be seen.
    /// Invalid parameters keep the last good run; the control shows the error. A run
    /// longer than one task's share goes on in tasks of its own (`pending`, driven by the
    /// App's effect) and shows when it ends ([`AppState::run_done`]); the last run stays
    /// until then (docs/architecture.md, "Bounded work").
    pub(crate) fn set_params(&mut self, params: &Params) {
        let new_type = params.migration_type != self.params.migration_type;
        self.scene_mut().params = tidy(params);
        self.scene_mut().pending = None;
        match Simulation::new(&self.params) {
            Ok(sim) => match crate::app::tasks::first_slices(sim) {
                Ok(trace) => self.show_run(trace, new_type),
                Err(rest) => {
                    self.scene_mut().run.error = None;
                    self.scene_mut().pending = Some(Pending::new(rest, new_type));
                }
            },
            Err(error) => {
                self.scene_mut().run.error = Some(error);
                self.t_s = self.t_s.min(self.end_s());
            }
        }
    }

    /// The run of the current parameters, made: shown in place of the last one.
    fn show_run(&mut self, trace: Trace, new_type: bool) {
        self.scene_mut().run = Run::new(trace, self.params.clone());
        if new_type {
            self.t_s = 0.0;
            self.speed = default_speed(self.trace());
        }
        self.t_s = self.t_s.min(self.end_s());
    }

    /// A long run ended: shown if it is still the current parameters' run, with the
    /// playhead and pace the action that asked for it would have set ([`Then`]). What
    /// the reducer must still do: a lesson's step, shown again over its run.
    pub(super) fn run_done(&mut self, pending: &Pending, trace: Trace) -> Option<Then> {
        let then = (self.pending.as_ref())
            .filter(|p| *p == pending)
            .map(|p| p.then)?;
        self.scene_mut().pending = None;
        self.show_run(trace, pending.new_type);
        match then {
            Then::Keep => {}
            Then::Rewind => {
                self.t_s = 0.0;
                self.speed = default_speed(self.trace());
            }
            Then::At { t_s, speed } => {
                self.speed = speed.map_or_else(
                    || default_speed(self.trace()),
                    |v| v.clamp(SPEED_MIN, SPEED_MAX),
                );
                self.t_s = t_s.clamp(0.0, self.end_s());
            }
            Then::LessonStep => return Some(then),
        }
        None
    }

    /// Says what to do with the run being made, if one is ([`AppState::run_done`]): an
    /// action that sets the playhead or the pace from the run sets them again then.
    pub(super) fn then_when_run(&mut self, then: Then) {
        if let Some(p) = self.scene_mut().pending.as_mut() {
            p.then = then;
        }
    }

    pub(super) fn set_type(&mut self, ty: MigrationType) {
        let p = Params {
            migration_type: ty,
            ..self.params.clone()
        };
        self.set_params(&p);
    }

    /// "Show me": a problem's scenario in the animated view, playing from the start, in
    /// a history entry of its own (`Page::history_pushes`).
    pub(super) fn play_scenario(&mut self, p: &Params) {
        self.set_params(p);
        self.scene_mut().preset = None;
        self.scene_mut().view = View::Main;
        self.rewind_paused();
        self.playing = true;
        self.scene_mut().page.history_pushes = self.page.history_pushes.wrapping_add(1);
    }

    /// A built-in scenario: its parameters and its story card (unless the user hid the
    /// cards), paused at 0 s.
    pub(super) fn apply_preset(&mut self, preset: &migration_model::presets::Preset) {
        self.set_params(&preset.params());
        self.scene_mut().preset = Some(preset.id);
        self.scene_mut().story_open = !self.story_hidden;
        self.scene_mut().recording = None;
        self.scene_mut().picture_real = false;
        self.rewind_paused();
    }

    /// A recording beside the model, with the parameters inferred from it.
    pub(super) fn open_recording(&mut self, rec: crate::features::replay::recording::Shared) {
        self.set_params(&rec.params);
        self.scene_mut().recording = Some(rec);
        self.scene_mut().recording_error = None;
        self.scene_mut().picture_real = false;
        self.scene_mut().preset = None;
        self.scene_mut().story_open = false;
        self.rewind_paused();
    }

    /// "What if… here?": compares the run as it was with the fork `kind` at the playhead.
    pub(super) fn fork(&mut self, kind: &str) {
        if let Some(c) = crate::links::compare::fork(&self.run.params, self.t_s, kind) {
            self.scene_mut().compare_by = Some(c);
            self.scene_mut().view = View::Compare;
            self.playing = false;
        }
    }

    /// Opens a row of a comparison in the main view: its parameters at `t_s` (clamped
    /// to the run), paused.
    pub(super) fn open_run(&mut self, params: &Params, t_s: f64) {
        self.set_params(params);
        self.scene_mut().view = View::Main;
        self.rewind_paused();
        self.t_s = t_s.clamp(0.0, self.end_s());
        self.then_when_run(Then::At { t_s, speed: None });
    }

    /// A new scenario, type or recording: paused at 0 s, at the run's own pace.
    pub(super) fn rewind_paused(&mut self) {
        self.t_s = 0.0;
        self.playing = false;
        self.speed = default_speed(self.trace());
        self.then_when_run(Then::Rewind);
    }

    /// The first stop after the playhead. Phases, rounds and events are each in time
    /// order, so each list is searched, not merged: O(log n) for a run of 100,000 rounds.
    pub(super) fn next_stop(&self) -> Option<f64> {
        if let Some(e) = self.evacuation_shown() {
            return e.next_stop(self.t_s);
        }
        let eps = 1e-9 * self.t_s.abs().max(1.0);
        let after = self.t_s + eps;
        let tr = self.trace();
        let first = |v: &[f64]| v.iter().copied().find(|t| t.is_finite() && *t > after);
        let p = tr.phases.partition_point(|p| p.end_s <= after);
        let r = tr.rounds.partition_point(|r| r.end_s() <= after);
        let e = tr.events.partition_point(|e| e.t_s <= after);
        let candidates = [
            tr.phases.get(p).map(|x| [x.start_s, x.end_s]),
            tr.rounds.get(r).map(|x| [x.start_s, x.end_s()]),
        ];
        let best = candidates
            .iter()
            .flatten()
            .filter_map(|pair| first(pair))
            .chain(
                tr.events
                    .get(e)
                    .map(|x| x.t_s)
                    .filter(|t| t.is_finite() && *t > after),
            )
            .fold(f64::INFINITY, f64::min);
        best.is_finite().then_some(best)
    }

    /// The last stop before the playhead (see [`AppState::next_stop`]).
    pub(super) fn previous_stop(&self) -> Option<f64> {
        if let Some(e) = self.evacuation_shown() {
            return e.previous_stop(self.t_s);
        }
        let eps = 1e-9 * self.t_s.abs().max(1.0);
        let before = self.t_s - eps;
        let tr = self.trace();
        let last = |v: &[f64]| {
            v.iter()
                .rev()
                .copied()
                .find(|t| t.is_finite() && *t < before)
        };
        let p = tr.phases.partition_point(|p| p.start_s < before);
        let r = tr.rounds.partition_point(|r| r.start_s < before);
        let e = tr.events.partition_point(|e| e.t_s < before);
        let best = [
            p.checked_sub(1)
                .and_then(|i| tr.phases.get(i))
                .map(|x| [x.start_s, x.end_s]),
            r.checked_sub(1)
                .and_then(|i| tr.rounds.get(i))
                .map(|x| [x.start_s, x.end_s()]),
        ]
        .iter()
        .flatten()
        .filter_map(|pair| last(pair))
        .chain(
            e.checked_sub(1)
                .and_then(|i| tr.events.get(i))
                .map(|x| x.t_s)
                .filter(|t| t.is_finite() && *t < before),
        )
        .fold(f64::NEG_INFINITY, f64::max);
        best.is_finite().then_some(best)
    }

    /// One frame of playback, `real_s` seconds of wall time: at the chosen speed, or with
    /// reduced motion from stop to stop; stops at `end` or at a lesson step's end.
    pub(super) fn tick(&mut self, real_s: f64, end: f64) {
        if self.reduced_motion {
            self.step_clock_s += real_s;
            if self.step_clock_s < REDUCED_MOTION_STEP_S {
                return;
            }
            self.step_clock_s = 0.0;
            self.t_s = self.next_stop().unwrap_or(end);
        } else {
            self.t_s = (self.t_s + real_s * self.speed).min(end);
        }
        if let Some(stop) = self.play_until.filter(|&u| self.t_s >= u) {
            self.t_s = stop;
            self.playing = false;
        }
        if self.t_s >= end {
            self.playing = false;
        }
        if !self.playing {
            self.play_until = None;
        }
    }

    /// The next (previous) phase's start; past the ends of a scenario's run, the next
    /// (previous) scenario.
    pub(super) fn phase_step(&mut self, next: bool, end: f64) -> PhaseStep {
        let eps = 1e-9 * self.t_s.abs().max(1.0);
        let mut starts: Vec<f64> = self.trace().phases.iter().map(|p| p.start_s).collect();
        starts.push(end);
        let to = if next {
            starts.iter().copied().find(|&t| t > self.t_s + eps)
        } else {
            starts.iter().rev().copied().find(|&t| t < self.t_s - eps)
        };
        if let Some(t) = to {
            self.t_s = t;
            self.playing = false;
            return PhaseStep::Moved;
        }
        let Some(id) = self.preset else {
            return PhaseStep::Moved;
        };
        let all = migration_model::presets::all();
        let i = all.iter().position(|p| p.id == id).unwrap_or(0);
        let j = if next {
            i.checked_add(1)
        } else {
            i.checked_sub(1)
        };
        j.and_then(|j| all.get(j))
            .map_or(PhaseStep::Moved, |p| PhaseStep::Scenario(p.id))
    }
}

/// A speed that plays the whole run in about 20 s, as a power of two.
pub fn default_speed(trace: &Trace) -> f64 {
    let end = trace.end_s().max(1e-3);
    let s = (end / 20.0).log2().round().exp2();
    s.clamp(SPEED_MIN, SPEED_MAX)
}

#[cfg(test)]
mod tests {
    use super::*;
    use yew::Reducible;

    fn reduce(s: AppState, a: Action) -> AppState {
        (*Rc::new(s).reduce(a)).clone()
    }

    #[test]
    fn the_links_language_wins_the_browsers_is_used_without_one_and_an_unknown_one_gives_english() {
        use crate::app::page::PageAction;
        use crate::components::share::page_query;
        use crate::i18n::Lang;
        let open = |q: &str, preferred: Option<Lang>| {
            let link = links::parse(q);
            let mut s =
                AppState::with_trace(link.params.clone(), migration_model::simulate(&link.params));
            s.restore(&link, None, preferred);
            s
        };
        let s = open("lang=zh-CN", Some(Lang::Es));
        assert_eq!((s.page.lang, s.page.lang_chosen), (Lang::ZhCn, true));
        assert!(
            page_query(&s, false).ends_with("&lang=zh-CN"),
            "{}",
            page_query(&s, false)
        );
        // The browser's choice is not written into links: each reader gets their own.
        let s = open("type=cold", Some(Lang::Es));
        assert_eq!((s.page.lang, s.page.lang_chosen), (Lang::Es, false));
        assert!(!page_query(&s, false).contains("lang="));
        // An unknown tag: English (not the browser's), and the notice names it.
        let s = open("lang=fr", Some(Lang::Es));
        assert_eq!(s.page.lang, Lang::En);
        assert_eq!(s.page.notice.len(), 1);
        assert_eq!(s.page.notice[0].key, "lang");
        // The menu's choice is written.
        let s = reduce(open("", None), Action::Page(PageAction::Lang(Lang::Es)));
        assert_eq!((s.page.lang, s.page.lang_chosen), (Lang::Es, true));
        assert!(page_query(&s, false).ends_with("&lang=es"));
    }

    #[test]
    fn next_and_previous_stops_are_the_sorted_stops_neighbours_in_every_preset_and_fault() {
        use migration_model::{Fault, FaultKind};
        let mut cases: Vec<Params> = migration_model::presets::all()
            .iter()
            .map(|p| p.params())
            .collect();
        for ty in MigrationType::ALL {
            for kind in [
                FaultKind::LinkFailure,
                FaultKind::SourceHostFailure,
                FaultKind::BandwidthDrop {
                    to_bytes_per_s: 1e6,
                    duration_s: 20.0,
                },
            ] {
                cases.push(Params {
                    migration_type: ty,
                    faults: vec![Fault { at_s: 7.0, kind }],
                    ..Params::default()
                });
            }
        }
        for p in cases {
            let s = AppState::new(p);
            let stops = s.stops();
            for (k, &t) in stops.iter().enumerate() {
                for probe in [t, t - 1e-3, t + 1e-3] {
                    let mut at = s.clone();
                    at.t_s = probe;
                    let eps = 1e-9 * probe.abs().max(1.0);
                    let want_next = stops.iter().copied().find(|&u| u > probe + eps);
                    let want_prev = stops.iter().rev().copied().find(|&u| u < probe - eps);
                    assert_eq!(at.next_stop(), want_next, "next after {probe} (stop {k})");
                    assert_eq!(
                        at.previous_stop(),
                        want_prev,
                        "previous before {probe} (stop {k})"
                    );
                }
            }
        }
    }

    #[test]
    fn invalid_parameters_keep_the_last_good_run_and_name_the_field() {
        let s = AppState::new(Params::default());
        let good = s.run.trace.clone();
        let bad = Params {
            bandwidth_bytes_per_s: f64::NAN,
            ..Params::default()
        };
        let s = reduce(s, Action::SetParams(Box::new(bad)));
        assert_eq!(s.run.trace, good, "the picture stays");
        let err = s.run.error.clone().expect("an error for the bad field");
        assert_eq!(err.field, "bandwidth_bytes_per_s");
        // Putting it right clears the error.
        let s = reduce(s, Action::SetParams(Box::default()));
        assert!(s.run.error.is_none());
    }

    #[test]
    fn every_path_that_sets_parameters_keeps_them_as_a_link_carries_them() {
        let raw = Params {
            bandwidth_bytes_per_s: 123_456_789.123,
            ..Params::default()
        };
        let s = reduce(
            AppState::new(Params::default()),
            Action::SetParams(Box::new(raw.clone())),
        );
        assert_eq!(s.params, tidy(&raw));
        assert_eq!(s.params.bandwidth_bytes_per_s, 987.7e6 / 8.0, "987.7Mbit/s");
        assert_eq!(*s.run.params, s.params);
        // A type button or number key: the other parameters are kept, already tidy.
        let s = reduce(s, Action::SetType(MigrationType::Cold));
        assert_eq!(s.params.migration_type, MigrationType::Cold);
        assert_eq!(s.params, tidy(&s.params));
        assert_eq!(s.trace().migration_type, MigrationType::Cold);
    }

    #[test]
    fn stepping_visits_every_round_boundary_forwards_and_back() {
        let s = AppState::new(Params::default());
        let stops = s.stops();
        let mut t = s;
        for &want in stops.iter().skip(1) {
            t = reduce(t, Action::StepNext);
            assert_eq!(t.t_s, want);
        }
        for &want in stops.iter().rev().skip(1) {
            t = reduce(t, Action::StepPrev);
            assert_eq!(t.t_s, want);
        }
        for r in &t.trace().rounds {
            assert!(
                stops.contains(&r.start_s),
                "round {} start is a stop",
                r.index
            );
        }
    }

    #[test]
    fn ticks_advance_at_the_chosen_speed_and_stop_at_the_end() {
        let mut s = reduce(AppState::new(Params::default()), Action::SetSpeed(2.0));
        s = reduce(s, Action::Play);
        s = reduce(s, Action::Tick { real_s: 0.5 });
        assert!((s.t_s - 1.0).abs() < 1e-12);
        s = reduce(s, Action::Tick { real_s: f64::NAN });
        assert!((s.t_s - 1.0).abs() < 1e-12);
        s = reduce(s, Action::Seek(1e12));
        assert_eq!(s.t_s, s.trace().end_s());
        s = reduce(s, Action::Play);
        assert_eq!(s.t_s, 0.0, "play at the end starts over");
        assert!(reduce(s, Action::SetSpeed(1e9)).speed <= SPEED_MAX);
    }

    #[test]
    fn reduced_motion_steps_from_event_to_event() {
        let mut s = AppState::new(Params::default());
        s.reduced_motion = true;
        let stops = s.stops();
        s = reduce(s, Action::Play);
        s = reduce(s, Action::Tick { real_s: 0.1 });
        assert_eq!(s.t_s, 0.0, "no gliding between steps");
        for _ in 0..15 {
            s = reduce(s, Action::Tick { real_s: 0.1 });
        }
        assert_eq!(s.t_s, stops[1]);
    }

    #[test]
    fn a_preset_sets_its_parameters_rewinds_and_shows_its_story() {
        let mut s = reduce(AppState::new(Params::default()), Action::Seek(50.0));
        s = reduce(s, Action::ApplyPreset("finance-cold"));
        let preset = migration_model::presets::find("finance-cold").unwrap();
        assert_eq!(s.params, preset.params());
        assert_eq!(s.preset, Some("finance-cold"));
        assert!(s.story_open);
        assert_eq!(s.t_s, 0.0);
        assert_eq!(s.speed, default_speed(s.trace()));
        s = reduce(s, Action::ShowStory(false));
        assert!(!s.story_open);
        // Hidden holds for the visit: the next scenario comes without its card, until
        // the card is asked for again.
        s = reduce(s, Action::ApplyPreset("compliance-hold"));
        assert!(!s.story_open);
        s = reduce(s, Action::ShowStory(true));
        assert!(s.story_open);
        s = reduce(s, Action::ApplyPreset("finance-cold"));
        assert!(s.story_open);
        // Unknown ids change nothing.
        let before = s.clone();
        assert_eq!(reduce(s, Action::ApplyPreset("nope")), before);
    }

    #[test]
    fn opening_a_type_from_the_compare_view_shows_it_in_the_main_view() {
        let mut s = reduce(
            AppState::new(Params::default()),
            Action::ShowView(View::Compare),
        );
        assert_eq!(s.view, View::Compare);
        s = reduce(s, Action::OpenType(migration_model::MigrationType::Cold));
        assert_eq!(s.view, View::Main);
        assert_eq!(
            s.params.migration_type,
            migration_model::MigrationType::Cold
        );
        assert_eq!(
            s.trace().migration_type,
            migration_model::MigrationType::Cold
        );
        s = reduce(s, Action::ShowPanel(Panel::Charts));
        assert_eq!(s.panel, Panel::Charts);
        // No story without a preset.
        assert!(!reduce(s, Action::ShowStory(true)).story_open);
    }

    #[test]
    fn switching_type_starts_the_new_run_from_the_beginning_other_parameters_keep_the_playhead() {
        use migration_model::MigrationType;
        let mut s = reduce(AppState::new(Params::default()), Action::Seek(26.7));
        s = reduce(s, Action::Play);
        let mut p = s.params.clone();
        p.bandwidth_bytes_per_s *= 1.05;
        s = reduce(s, Action::SetParams(Box::new(p)));
        assert_eq!(s.t_s, 26.7, "a slider keeps the moment");
        let mut p = s.params.clone();
        p.migration_type = MigrationType::PostCopy;
        s = reduce(s, Action::SetParams(Box::new(p)));
        assert_eq!(s.t_s, 0.0, "a new type starts at its beginning");
        assert!(s.playing, "and plays on if it was playing");
        assert_eq!(s.speed, default_speed(s.trace()));
        let mut p = s.params.clone();
        p.migration_type = MigrationType::Cold;
        s = reduce(s, Action::Pause);
        s = reduce(s, Action::Seek(5.0));
        s = reduce(s, Action::SetParams(Box::new(p)));
        assert_eq!((s.t_s, s.playing), (0.0, false));
    }

    #[test]
    fn a_recording_sets_its_parameters_and_a_failed_one_keeps_the_state() {
        let text = std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/model/tests/data/qemu/runs/moderate.jsonl"
        ))
        .unwrap();
        let loaded = crate::features::replay::recording::Shared(crate::app::run::Ptr::new(
            crate::features::replay::recording::load(
                crate::i18n::Lang::En,
                "moderate",
                Some("moderate"),
                &text,
            )
            .unwrap(),
        ));
        let mut s = reduce(
            AppState::new(Params::default()),
            Action::ApplyPreset("finance-cold"),
        );
        s = reduce(s, Action::OpenRecording(loaded.clone()));
        assert_eq!(s.params, loaded.params);
        assert_eq!(s.preset, None);
        assert!(s.recording.is_some());
        let before = s.clone();
        s = reduce(
            s,
            Action::RecordingError(Some("broken.jsonl: line 1".into())),
        );
        assert_eq!(
            s.params, before.params,
            "a broken file changes nothing else"
        );
        assert_eq!(s.recording, before.recording);
        assert_eq!(s.recording_error.as_deref(), Some("broken.jsonl: line 1"));
        s = reduce(s, Action::OpenRecording(loaded));
        assert_eq!(s.recording_error, None);
        // Correcting a parameter keeps the recording; a scenario closes it.
        let mut p = s.params.clone();
        p.downtime_limit_s = 0.1;
        s = reduce(s, Action::SetParams(Box::new(p)));
        assert!(s.recording.is_some());
        s = reduce(s, Action::ApplyPreset("finance-cold"));
        assert!(s.recording.is_none());
    }

    #[test]
    fn the_picture_plays_the_recording_to_its_own_end_and_back() {
        let text = std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/model/tests/data/qemu/runs/nonconverging_postcopy.jsonl"
        ))
        .unwrap();
        let loaded = crate::features::replay::recording::Shared(crate::app::run::Ptr::new(
            crate::features::replay::recording::load(crate::i18n::Lang::En, "pc", None, &text)
                .unwrap(),
        ));
        let mut s = reduce(AppState::new(Params::default()), Action::PictureReal(true));
        assert!(!s.picture_real, "no recording, nothing to play");
        s = reduce(s, Action::OpenRecording(loaded.clone()));
        assert!(
            !s.picture_real,
            "a recording opens with the model's picture"
        );
        s = reduce(s, Action::PictureReal(true));
        assert!(s.real_picture().is_some());
        let real_end = crate::features::replay::picture::end_s(&loaded);
        assert_eq!(s.end_s(), s.trace().end_s().max(real_end));
        s = reduce(s, Action::Seek(1e9));
        assert_eq!(s.t_s, s.end_s(), "seeks reach the later of the two ends");
        s = reduce(s, Action::PictureReal(false));
        assert!(
            s.t_s <= s.trace().end_s(),
            "back on the model, inside its run"
        );
        s = reduce(s, Action::PictureReal(true));
        s = reduce(s, Action::CloseRecording);
        assert!(!s.picture_real && s.real_picture().is_none());
    }

    #[test]
    fn page_keys_step_phases_then_scenarios() {
        let first = migration_model::presets::all()[0].id;
        let second = migration_model::presets::all()[1].id;
        let mut s = reduce(AppState::new(Params::default()), Action::ApplyPreset(first));
        let mut starts: Vec<f64> = s.trace().phases.iter().map(|p| p.start_s).collect();
        starts.dedup();
        for &want in starts.iter().skip(1) {
            s = reduce(s, Action::StepPhase(Direction::Next));
            assert_eq!(s.t_s, want);
        }
        s = reduce(s, Action::StepPhase(Direction::Next));
        assert_eq!(s.t_s, s.trace().end_s(), "the end is the last stop");
        s = reduce(s, Action::StepPhase(Direction::Next));
        assert_eq!(
            (s.preset, s.t_s),
            (Some(second), 0.0),
            "then the next scenario"
        );
        s = reduce(s, Action::StepPhase(Direction::Previous));
        assert_eq!(s.preset, Some(first), "and back");
        // Without a scenario the ends stay put.
        let s = reduce(
            AppState::new(Params::default()),
            Action::StepPhase(Direction::Previous),
        );
        assert_eq!(s.t_s, 0.0);
    }

    /// Issue 22: "Show me" is the one navigation with its own history entry, and Back
    /// (the exercises entry's link, applied on popstate) shows the problem again.
    #[test]
    fn show_me_adds_a_history_entry_and_back_returns_to_the_problem() {
        use crate::links::exercise::ExercisePos;
        let pos = ExercisePos {
            set: 7,
            q: 3,
            level: 3,
            topics: Vec::new(),
        };
        let s = reduce(
            AppState::new(Params::default()),
            Action::ShowExercise(pos.clone()),
        );
        let s = reduce(s, Action::SetParams(Box::default()));
        assert_eq!(s.page.history_pushes, 0, "other changes replace the URL");
        let problem_link = links::query(&crate::components::share::share_of(&s, true));
        let scenario = Params {
            migration_type: MigrationType::PostCopy,
            bandwidth_bytes_per_s: 312.5e6,
            ..Params::default()
        };
        let shown = reduce(s.clone(), Action::PlayScenario(Box::new(scenario)));
        assert_eq!(shown.page.history_pushes, 1);
        assert_eq!(shown.view, View::Main);
        assert!(shown.playing);
        let scenario_link = links::query(&crate::components::share::share_of(&shown, true));
        assert!(scenario_link.contains("type=postcopy"), "{scenario_link}");

        let back = reduce(
            shown.clone(),
            Action::FollowLink(Box::new(links::parse(&problem_link))),
        );
        assert_eq!(back.view, View::Exercises);
        assert_eq!(back.exercise, pos);
        assert_eq!(back.params, s.params);
        assert!(!back.playing);
        assert_eq!(back.page.history_pushes, 1, "Back adds no entry");
        assert_eq!(
            links::query(&crate::components::share::share_of(&back, true)),
            problem_link,
            "the URL sync leaves the entry as it was"
        );

        // Forward: the scenario again, paused at its start.
        let forward = reduce(
            back,
            Action::FollowLink(Box::new(links::parse(&scenario_link))),
        );
        assert_eq!(forward.view, View::Main);
        assert_eq!(forward.params, shown.params);
        assert_eq!(forward.t_s, 0.0);
        assert!(!forward.playing);
    }
}
