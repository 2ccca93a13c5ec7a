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
    use crate::app::state::{Action, AppState};
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
}
