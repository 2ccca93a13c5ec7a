//! The compare view's rows: every type (the view by type), or one run per value of
//! another parameter (`by=policy&values=…`, `migration_model::vary`), in the order given.
//! Pure, tested natively.

use crate::app::run::TypeRuns;
use crate::links::CompareBy;
use crate::picture::labels::outcome_label;
use migration_model::{simulate, MigrationType, Params, Trace};
use std::rc::Rc;

/// One row: one run, named for people.
#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    /// The value in the link notation (`live`, `xen`, `1Gbit/s`, `link-failure@40s`):
    /// the row's test id and its place in a link.
    pub value: String,
    /// The run's name for people ("Live (pre-copy)", "Xen (classic)", "no fault").
    pub label: String,
    /// The type, when the rows are by type (opening it keeps the other parameters).
    pub migration_type: Option<MigrationType>,
    /// The row's parameters and its run, or why it cannot run with these parameters.
    pub run: Result<(Rc<Params>, Rc<Trace>), String>,
}

impl Row {
    pub fn trace(&self) -> Option<&Trace> {
        self.run.as_ref().ok().map(|(_, t)| &**t)
    }
}

/// Every type's row, from the runs the app keeps with its run.
pub fn by_type(params: &Params, runs: &TypeRuns) -> Vec<Row> {
    runs.iter()
        .map(|r| Row {
            value: r.migration_type.key().into(),
            label: r.migration_type.label().into(),
            migration_type: Some(r.migration_type),
            run: r
                .trace
                .as_ref()
                .map(|t| {
                    let p = Params {
                        migration_type: r.migration_type,
                        ..params.clone()
                    };
                    (Rc::new(p), t.clone())
                })
                .map_err(|e| e.to_string()),
        })
        .collect()
}

/// One row per value of `by`, each the run of `params` with that value set: exactly
/// `simulate` of that value's parameters (what opening it alone shows).
pub fn by_value(params: &Params, by: &CompareBy) -> Vec<Row> {
    by.variants(params)
        .into_iter()
        .map(|(value, v)| match v {
            Ok(v) => Row {
                value: v.value,
                label: v.label,
                migration_type: None,
                run: simulate(&v.params)
                    .map(|t| (Rc::new(v.params), Rc::new(t)))
                    .map_err(|e| e.to_string()),
            },
            Err(why) => Row {
                label: value.clone(),
                value,
                migration_type: None,
                run: Err(why),
            },
        })
        .collect()
}

/// Why a run stopped, in one sentence: the model's stop reason, else its outcome.
pub fn why_text(t: &Trace) -> String {
    if t.stop_reason.is_empty() {
        let o = outcome_label(t.metrics.outcome);
        let mut c = o.chars();
        c.next()
            .map(|f| f.to_uppercase().collect::<String>() + c.as_str())
            .unwrap_or_default()
    } else {
        t.stop_reason.clone()
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use migration_model::Outcome;

    #[test]
    fn rows_by_value_are_the_runs_opened_alone_in_the_order_given() {
        let p = Params::default();
        let by = CompareBy {
            by: "policy",
            values: ["qemu", "xen", "vmotion", "simgrid", "textbook"]
                .map(String::from)
                .to_vec(),
        };
        let rows = by_value(&p, &by);
        let labels: Vec<&str> = rows.iter().map(|r| r.label.as_str()).collect();
        assert_eq!(
            labels,
            [
                "QEMU",
                "Xen (classic)",
                "vMotion",
                "SimGrid",
                "Textbook (Clark et al.)"
            ]
        );
        for r in &rows {
            let (params, trace) = r.run.as_ref().expect("runs");
            assert_eq!(**trace, simulate(params).unwrap());
            assert_eq!(params.policy.key(), r.value);
            assert!(!why_text(trace).is_empty());
        }
    }

    #[test]
    fn a_fault_row_rolls_back_and_a_value_that_no_longer_fits_says_why() {
        let p = migration_model::presets::find("ecommerce-rollback")
            .unwrap()
            .params();
        let by = CompareBy {
            by: "fault",
            values: vec!["none".into(), "link-failure@40s".into()],
        };
        let out: Vec<Outcome> = by_value(&p, &by)
            .iter()
            .map(|r| r.trace().unwrap().metrics.outcome)
            .collect();
        assert_eq!(out, [Outcome::Completed, Outcome::RolledBack]);
        // A working set larger than memory once memory is lowered.
        let by = CompareBy {
            by: "ws",
            values: vec!["1GiB".into(), "8GiB".into()],
        };
        let rows = by_value(&Params::default(), &by);
        assert!(rows[0].run.is_ok());
        assert!(rows[1].run.as_ref().unwrap_err().contains("out of range"));
    }
}
