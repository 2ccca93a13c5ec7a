//! Work that gives the page back (docs/architecture.md, "Bounded work"): a long run of
//! the model made in slices of [`TASK_MS`] ([`Pending`]), and the heavy part of a view
//! rendered in a task after the page around it ([`use_after_a_task`]).

use migration_model::{Simulation, Trace};
use std::cell::RefCell;
use std::rc::{Rc, Weak};
use yew::prelude::*;

/// Milliseconds of engine work in one task before the page gets it back: a task of the
/// run stays well under issue 24's 200 ms (docs/architecture.md, "Bounded work").
pub const TASK_MS: f64 = 30.0;

/// Milliseconds since the page opened (natively 0: a native run never pauses).
pub fn now_ms() -> f64 {
    #[cfg(target_arch = "wasm32")]
    {
        web_sys::window()
            .and_then(|w| w.performance())
            .map_or(0.0, |p| p.now())
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        0.0
    }
}

/// Slices of the engine ([`migration_model::ROUNDS_PER_SLICE`] pre-copy passes each) a
/// new run may take in the action that asks for it. A count, not a clock: whether a run
/// shows at once or goes on in tasks ([`Pending`]) depends on its parameters alone, the
/// same on a fast machine and a busy one. 4.4 ms natively on this machine
/// (`cargo bench -p migration-model --bench simulate -- "first 4"`, BENCHMARKS.md); the
/// wasm's share is inside the heavy links' start tasks that `make bench` measures.
pub const FIRST_SLICES: u32 = 4;

/// Runs at most [`FIRST_SLICES`] of `sim`: the trace, or the rest of the run (natively
/// too: the reducer's tests see what the page does).
pub fn first_slices(mut sim: Simulation) -> Result<Trace, Simulation> {
    for _ in 1..FIRST_SLICES {
        match sim.step() {
            Ok(trace) => return Ok(trace),
            Err(rest) => sim = rest,
        }
    }
    sim.step()
}

/// What the action that asked for a long run does with the run once it is made: the
/// playhead and the pace it would have set had the run been there at once.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub enum Then {
    /// Nothing more: the playhead stays (clamped to the new run's end).
    #[default]
    Keep,
    /// Paused at 0 s at the run's own pace.
    Rewind,
    /// Paused at this moment (clamped to the run), at this pace or the run's own.
    At { t_s: f64, speed: Option<f64> },
    /// The open lesson's step, shown again over its run (its moments need the run).
    LessonStep,
}

/// Runs `sim` until it ends or [`TASK_MS`] have passed since `start_ms`.
pub fn step_for(mut sim: Simulation, start_ms: f64) -> Result<Trace, Simulation> {
    loop {
        match sim.step() {
            Ok(trace) => return Ok(trace),
            Err(rest) if now_ms() - start_ms < TASK_MS => sim = rest,
            Err(rest) => return Err(rest),
        }
    }
}

/// A run longer than one task's share, going on in tasks of its own. The scene that
/// waits for it holds it; when the scene lets go (newer parameters), the tasks stop.
/// Equal only to itself.
#[derive(Clone)]
pub struct Pending {
    sim: Rc<RefCell<Option<Simulation>>>,
    /// The run is of another migration type than the one shown (the playhead restarts).
    pub new_type: bool,
    /// What to do with the run when it ends.
    pub then: Then,
}

impl std::fmt::Debug for Pending {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Pending")
    }
}

impl PartialEq for Pending {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.sim, &other.sim)
    }
}

impl Pending {
    pub fn new(sim: Simulation, new_type: bool) -> Self {
        Pending {
            sim: Rc::new(RefCell::new(Some(sim))),
            new_type,
            then: Then::Keep,
        }
    }

    /// Steps the run in timer tasks of at most [`TASK_MS`] each, then hands the trace to
    /// `done`. Stops without a word once nothing else holds this run.
    pub fn run_in_tasks(&self, done: impl FnOnce(Pending, Trace) + 'static) {
        next_task(Rc::downgrade(&self.sim), self.new_type, Box::new(done));
    }
}

type Done = Box<dyn FnOnce(Pending, Trace)>;

fn next_task(sim: Weak<RefCell<Option<Simulation>>>, new_type: bool, done: Done) {
    gloo_timers::callback::Timeout::new(0, move || {
        let Some(cell) = sim.upgrade() else { return };
        let Some(run) = cell.borrow_mut().take() else {
            return;
        };
        match step_for(run, now_ms()) {
            Ok(trace) => done(
                Pending {
                    sim: cell,
                    new_type,
                    then: Then::Keep,
                },
                trace,
            ),
            Err(rest) => {
                *cell.borrow_mut() = Some(rest);
                next_task(sim, new_type, done);
            }
        }
    })
    .forget();
}

/// `true` once a timer task has passed since this component first showed `key`; always
/// `true` when not `defer`. A view whose part for a long run or recording is heavy
/// renders that part in a task after the page around it, so the two never make one long
/// task (docs/architecture.md, "Bounded work").
#[hook]
pub fn use_after_a_task<K: PartialEq + Clone + 'static>(key: K, defer: bool) -> bool {
    let ready = use_state_eq(|| None::<K>);
    {
        let ready = ready.clone();
        use_effect_with(key.clone(), move |k| {
            if defer && ready.as_ref() != Some(k) {
                let k = k.clone();
                gloo_timers::callback::Timeout::new(0, move || ready.set(Some(k))).forget();
            }
        });
    }
    !defer || ready.as_ref() == Some(&key)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::state::{default_speed, Action, AppState};
    use migration_model::{simulate, Params};
    use yew::Reducible;

    /// A run that went on in tasks shows when it ends, unless newer parameters came first.
    #[test]
    fn a_pending_run_shows_only_while_it_is_the_current_one() {
        let long = Params {
            dirty_rate_bytes_per_s: 250e6,
            time_limit_s: 1e7,
            ..Params::default()
        };
        let trace = simulate(&long).expect("valid");
        let mut s = AppState::new(Params::default());
        let pending = Pending::new(Simulation::new(&long).expect("valid"), false);
        s.scene_mut().params = long.clone();
        s.scene_mut().pending = Some(pending.clone());
        let done =
            Rc::new(s.clone()).reduce(Action::RunDone(pending.clone(), Box::new(trace.clone())));
        assert_eq!(*done.run.trace, trace);
        assert_eq!(done.pending, None);

        // Newer parameters dropped it: its trace is not shown.
        s.scene_mut().pending = None;
        let late = Rc::new(s).reduce(Action::RunDone(pending, Box::new(trace.clone())));
        assert_ne!(*late.run.trace, trace);
    }

    /// Makes the rest of a pending run at once, as its tasks would.
    fn finish(p: &Pending) -> Trace {
        let mut sim = p.sim.borrow_mut().take().expect("a run under way");
        loop {
            match sim.step() {
                Ok(trace) => return trace,
                Err(rest) => sim = rest,
            }
        }
    }

    /// Lets the state's pending run end, as the App's effect does.
    fn run_ends(s: Rc<AppState>) -> Rc<AppState> {
        let p = s.pending.clone().expect("the run goes on in tasks");
        let trace = finish(&p);
        s.reduce(Action::RunDone(p, Box::new(trace)))
    }

    /// A long run (tens of thousands of pre-copy passes, more than the first share).
    fn long() -> Params {
        Params {
            dirty_rate_bytes_per_s: 124.99e6,
            time_limit_s: 1e7,
            ..Params::default()
        }
    }

    /// Whether a run shows at once depends on its passes, not on the machine's clock.
    #[test]
    fn a_run_longer_than_the_first_share_always_goes_on_in_tasks() {
        let s = Rc::new(AppState::new(Params::default()));
        let short = s.clone().reduce(Action::SetParams(Box::default()));
        assert_eq!(short.pending, None, "the default run shows at once");
        let slow = s.reduce(Action::SetParams(Box::new(long())));
        assert!(slow.pending.is_some());
        let done = run_ends(slow);
        assert!(done.trace().rounds.len() > (FIRST_SLICES * 2048) as usize);
        assert_eq!(*done.run.params, migration_model::spec::tidy(&long()));
    }

    /// An action that sets the playhead or the pace from its run sets them from the new
    /// run when it ends, not from the run that was shown meanwhile.
    #[test]
    fn the_playhead_an_action_asks_for_is_set_when_its_long_run_ends() {
        let s = Rc::new(AppState::new(Params::default()));
        let short_end = s.end_s();
        let want = short_end * 20.0;

        let opened = s.clone().reduce(Action::OpenRun(Box::new(long()), want));
        assert!(
            opened.t_s <= short_end,
            "clamped to the run shown meanwhile"
        );
        let opened = run_ends(opened);
        assert!(want < opened.end_s());
        assert_eq!(opened.t_s, want);
        assert_eq!(opened.speed, default_speed(opened.trace()));
        assert!(!opened.playing);

        // "Show me" plays the scenario from 0 s at its own pace, after the run as before.
        let shown = run_ends(s.reduce(Action::PlayScenario(Box::new(long()))));
        assert_eq!(shown.t_s, 0.0);
        assert!(shown.playing);
        assert_eq!(shown.speed, default_speed(shown.trace()));
        assert_ne!(
            shown.speed,
            default_speed(&simulate(&Params::default()).expect("ok"))
        );
    }
}
