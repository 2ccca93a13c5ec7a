//! The model's answer for the current parameters, and the runs derived from it: every
//! migration type with the same parameters (the compare view, the sweep chart's points,
//! the comparison export) and the run without its faults (the fault-time slider's end).
//! Each is computed the first time a view asks and kept with the run, so the model runs
//! once per parameter change for each, and only for the views that are shown.
//! A long run is made in slices first (`app::tasks::Pending`).

use migration_model::{simulate, MigrationType, ParamError, Params, Trace};
use std::cell::OnceCell;
use std::rc::Rc;

/// One migration type run with the shown run's parameters.
#[derive(Clone, Debug, PartialEq)]
pub struct TypeRun {
    pub migration_type: MigrationType,
    /// The trace, or why these parameters cannot run this type.
    pub trace: Result<Rc<Trace>, ParamError>,
}

/// Every type's run, in `MigrationType::ALL` order. Equal when they are the same set
/// (one run's), so passing them to a view costs no comparison of traces.
#[derive(Clone, Debug, PartialEq)]
pub struct TypeRuns(Ptr<[TypeRun]>);

impl std::ops::Deref for TypeRuns {
    type Target = [TypeRun];
    fn deref(&self) -> &[TypeRun] {
        &self.0
    }
}

impl TypeRuns {
    /// Runs every type with `params`.
    pub fn of(params: &Params) -> Self {
        TypeRuns(Ptr::from(
            MigrationType::ALL
                .iter()
                .map(|&ty| TypeRun {
                    migration_type: ty,
                    trace: simulate(&Params {
                        migration_type: ty,
                        ..params.clone()
                    })
                    .map(Rc::new),
                })
                .collect::<Rc<[TypeRun]>>(),
        ))
    }

    /// The types that ran, with their traces.
    pub fn ok(&self) -> impl Iterator<Item = (MigrationType, &Rc<Trace>)> {
        self.0
            .iter()
            .filter_map(|r| r.trace.as_ref().ok().map(|t| (r.migration_type, t)))
    }
}

/// Runs derived from one run's parameters, computed on first use.
/// A shared value compared by identity: the views get the run's trace and parameters
/// (and every type's runs, an open recording) through it, so Yew's check of a view's props is one pointer comparison, not a walk
/// through every round of the run (a frame re-renders only what changed).
#[derive(Debug, Default)]
pub struct Ptr<T: ?Sized>(Rc<T>);

impl<T> Ptr<T> {
    pub fn new(value: T) -> Self {
        Ptr(Rc::new(value))
    }
}

impl<T: ?Sized> Clone for Ptr<T> {
    fn clone(&self) -> Self {
        Ptr(self.0.clone())
    }
}

impl<T: ?Sized> PartialEq for Ptr<T> {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl<T: ?Sized> std::ops::Deref for Ptr<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.0
    }
}

impl<T: ?Sized> From<Rc<T>> for Ptr<T> {
    fn from(rc: Rc<T>) -> Self {
        Ptr(rc)
    }
}

#[derive(Debug, Default)]
struct Derived {
    by_type: OnceCell<TypeRuns>,
    fault_free_end_s: OnceCell<f64>,
}

/// The model's answer for the current parameters.
#[derive(Clone, Debug)]
pub struct Run {
    /// The trace shown: the current parameters' run, or the last good one when the
    /// current parameters are invalid.
    pub trace: Ptr<Trace>,
    /// Parameters of the trace shown.
    pub params: Ptr<Params>,
    /// Why the current parameters could not run (the field and its accepted range).
    pub error: Option<ParamError>,
    derived: Rc<Derived>,
}

/// The derived runs are functions of `params`, so they take no part.
impl PartialEq for Run {
    fn eq(&self, other: &Self) -> bool {
        *self.trace == *other.trace && *self.params == *other.params && self.error == other.error
    }
}

impl Run {
    /// A run of valid parameters.
    pub fn new(trace: Trace, params: Params) -> Self {
        Run {
            trace: Ptr::new(trace),
            params: Ptr::new(params),
            error: None,
            derived: Rc::default(),
        }
    }

    /// Every migration type with this run's parameters.
    pub fn by_type(&self) -> TypeRuns {
        self.derived
            .by_type
            .get_or_init(|| TypeRuns::of(&self.params))
            .clone()
    }

    /// How long this run would take without its faults: the fault-time slider spans it,
    /// so the slider's scale does not move under the pointer while dragging.
    pub fn fault_free_end_s(&self) -> f64 {
        *self.derived.fault_free_end_s.get_or_init(|| {
            if self.params.faults.is_empty() {
                return self.trace.end_s();
            }
            let p = Params {
                faults: Vec::new(),
                ..(*self.params).clone()
            };
            // Removing a fault keeps valid parameters valid; if not, the run's own end.
            simulate(&p).map_or(self.trace.end_s(), |t| t.end_s())
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use migration_model::{Fault, FaultKind};

    #[test]
    fn every_type_runs_once_with_the_same_parameters() {
        let p = Params::default();
        let run = Run::new(simulate(&p).expect("default runs"), p.clone());
        let runs = run.by_type();
        assert_eq!(runs.len(), MigrationType::ALL.len());
        assert_eq!(runs, run.by_type(), "the same set, not a second run");
        let live = runs
            .ok()
            .find(|(ty, _)| *ty == MigrationType::Live)
            .expect("live runs");
        assert_eq!(**live.1, *run.trace);
    }

    #[test]
    fn the_fault_free_end_ignores_the_fault() {
        let p = Params {
            faults: vec![Fault {
                at_s: 5.0,
                kind: FaultKind::LinkFailure,
            }],
            ..Params::default()
        };
        let run = Run::new(simulate(&p).expect("runs"), p);
        let clean = simulate(&Params::default()).expect("default runs");
        assert_eq!(run.fault_free_end_s(), clean.end_s());
        assert!(
            run.trace.end_s() < clean.end_s(),
            "the link failure ends it early"
        );
    }
}
