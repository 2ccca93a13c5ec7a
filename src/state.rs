//! One reducer holds the app's state: the parameters, the model's run of them, and the
//! playhead. Views are functions of this state; side effects live in effects beside it.

use migration_model::{simulate, ParamError, Params, Trace};
use std::rc::Rc;
use yew::Reducible;

/// Playback speeds: simulated seconds per real second, on a log scale from deep slow
/// motion (a 100 ms downtime lasts 100 s) to fast forward for long cold migrations.
pub const SPEED_MIN: f64 = 0.001;
pub const SPEED_MAX: f64 = 100.0;

/// The model's answer for the current parameters.
#[derive(Clone, Debug, PartialEq)]
pub struct Run {
    /// The trace shown: the current parameters' run, or the last good one when the
    /// current parameters are invalid.
    pub trace: Rc<Trace>,
    /// Parameters of the trace shown.
    pub params: Rc<Params>,
    /// Why the current parameters could not run (the field and its accepted range).
    pub error: Option<ParamError>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct AppState {
    /// The parameters as the user set them (may be invalid: see `run.error`).
    pub params: Params,
    pub run: Run,
    /// Playhead, seconds since the migration started.
    pub t_s: f64,
    pub playing: bool,
    /// Simulated seconds per real second.
    pub speed: f64,
}

/// Everything that changes the state.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// New parameters: the model runs again at once.
    SetParams(Box<Params>),
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
}

impl AppState {
    pub fn new(params: Params) -> Self {
        let fallback = Params::default();
        let (run, params) = match simulate(&params) {
            Ok(trace) => (
                Run {
                    trace: Rc::new(trace),
                    params: Rc::new(params.clone()),
                    error: None,
                },
                params,
            ),
            Err(error) => {
                let trace = simulate(&fallback).expect("default parameters are valid");
                (
                    Run {
                        trace: Rc::new(trace),
                        params: Rc::new(fallback),
                        error: Some(error),
                    },
                    params,
                )
            }
        };
        let speed = default_speed(&run.trace);
        AppState {
            params,
            run,
            t_s: 0.0,
            playing: false,
            speed,
        }
    }

    pub fn trace(&self) -> &Trace {
        &self.run.trace
    }

    /// Times worth stopping at, in order: phase changes, round boundaries, events.
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
        v.sort_by(f64::total_cmp);
        v.dedup_by(|a, b| (*a - *b).abs() <= 1e-9 * b.abs().max(1.0));
        v
    }
}

/// A speed that plays the whole run in about 20 s, as a power of two.
pub fn default_speed(trace: &Trace) -> f64 {
    let end = trace.end_s().max(1e-3);
    let s = (end / 20.0).log2().round().exp2();
    s.clamp(SPEED_MIN, SPEED_MAX)
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut s = (*self).clone();
        let end = s.trace().end_s();
        match action {
            Action::SetParams(params) => {
                s.params = *params;
                match simulate(&s.params) {
                    Ok(trace) => {
                        s.run = Run {
                            trace: Rc::new(trace),
                            params: Rc::new(s.params.clone()),
                            error: None,
                        };
                    }
                    // Keep showing the last good run; the error is shown by the control.
                    Err(error) => s.run.error = Some(error),
                }
                s.t_s = s.t_s.min(s.trace().end_s());
            }
            Action::Play => {
                if s.t_s >= end {
                    s.t_s = 0.0;
                }
                s.playing = true;
            }
            Action::Pause => s.playing = false,
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
                s.t_s = (s.t_s + real_s * s.speed).min(end);
                if s.t_s >= end {
                    s.playing = false;
                }
            }
            Action::Seek(t) => {
                if !t.is_finite() {
                    return self;
                }
                s.t_s = t.clamp(0.0, end);
            }
            Action::StepNext => {
                let stops = s.stops();
                let eps = 1e-9 * s.t_s.abs().max(1.0);
                s.t_s = stops.into_iter().find(|&t| t > s.t_s + eps).unwrap_or(end);
                s.playing = false;
            }
            Action::StepPrev => {
                let stops = s.stops();
                let eps = 1e-9 * s.t_s.abs().max(1.0);
                s.t_s = stops
                    .into_iter()
                    .rev()
                    .find(|&t| t < s.t_s - eps)
                    .unwrap_or(0.0);
                s.playing = false;
            }
            Action::SetSpeed(v) => {
                if !v.is_finite() {
                    return self;
                }
                s.speed = v.clamp(SPEED_MIN, SPEED_MAX);
            }
            Action::Restart => {
                s.t_s = 0.0;
                s.playing = true;
            }
        }
        Rc::new(s)
    }
}
