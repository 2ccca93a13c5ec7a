//! The compare view's rows: every type (the view by type), or one run per value of
//! another parameter (`by=policy&values=…`, `migration_model::vary`), in the order given.
//! Pure, tested natively.

use crate::app::run::TypeRuns;
use crate::i18n::{t0, Lang};
use crate::links::CompareBy;
use crate::picture::labels::outcome_id;
use migration_model::say::Say;
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
    /// The key the rows vary (`type` by type).
    pub by: &'static str,
    /// The model's name for the value, when it reads (`migration_model::vary`'s
    /// `vary-…` sentences; `label` is its English).
    pub said: Option<Say>,
    /// The row's parameters and its run, or why it cannot run with these parameters.
    pub run: Result<(Rc<Params>, Rc<Trace>), String>,
}

impl Row {
    pub fn trace(&self) -> Option<&Trace> {
        self.run.as_ref().ok().map(|(_, t)| &**t)
    }

    /// The row's name in `lang`: a type's is the header's (`migration-type-live`); a
    /// value of another parameter is the model's name in `lang`'s words and notation
    /// (`1,5 Gbit/s` in Spanish); a value that does not read is named as typed.
    pub fn name(&self, lang: Lang) -> String {
        match (self.migration_type, &self.said) {
            (Some(ty), _) => t0(lang, &format!("migration-type-{}", ty.key())),
            (None, Some(said)) => said.tr(lang),
            (None, None) => self.label.clone(),
        }
    }
}

/// Every type's row, from the runs the app keeps with its run.
pub fn by_type(params: &Params, runs: &TypeRuns) -> Vec<Row> {
    runs.iter()
        .map(|r| Row {
            value: r.migration_type.key().into(),
            label: r.migration_type.label().into(),
            migration_type: Some(r.migration_type),
            by: migration_model::vary::TYPE_KEY,
            said: None,
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
            Ok(v) => {
                let label = v.label();
                let params = Rc::new(v.params);
                Row {
                    label,
                    value: v.value,
                    migration_type: None,
                    by: by.by,
                    said: Some(v.name),
                    run: simulate(&params)
                        .map(|t| (params, Rc::new(t)))
                        .map_err(|e| e.to_string()),
                }
            }
            Err(why) => Row {
                label: value.clone(),
                value,
                migration_type: None,
                by: by.by,
                said: None,
                run: Err(why),
            },
        })
        .collect()
}

/// The moments where the rows part, in time order, each once: a fault or a change that
/// some rows' runs have and others not (`by=fault&values=none,link-failure@40s`, a fork
/// of "What if… here?"). Faults or changes every row shares are no fork.
pub fn fork_moments(rows: &[Row]) -> Vec<f64> {
    let params: Vec<&Params> = rows
        .iter()
        .filter_map(|r| r.run.as_ref().ok().map(|(p, _)| &**p))
        .collect();
    let mut at: Vec<f64> = Vec::new();
    for p in &params {
        let faults = p
            .faults
            .iter()
            .filter(|f| !params.iter().all(|q| q.faults.contains(f)));
        let changes = p
            .changes
            .iter()
            .filter(|c| !params.iter().all(|q| q.changes.contains(c)));
        at.extend(faults.map(|f| f.at_s).chain(changes.map(|c| c.at_s)));
    }
    at.sort_by(f64::total_cmp);
    at.dedup();
    at
}

/// Why a run stopped, in one sentence: the model's stop reason, else its outcome, in
/// `lang`.
pub fn why_text(lang: Lang, t: &Trace) -> String {
    if t.stop_reason.is_empty() {
        let o = t0(lang, outcome_id(t.metrics.outcome));
        let mut c = o.chars();
        c.next()
            .map(|f| f.to_uppercase().collect::<String>() + c.as_str())
            .unwrap_or_default()
    } else {
        crate::i18n::say(lang, &t.stop_reason)
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
            assert!(!why_text(Lang::En, trace).is_empty());
        }
    }

    #[test]
    fn a_type_row_is_named_as_the_header_names_the_type() {
        let p = Params::default();
        let runs = TypeRuns::of(&p);
        for r in by_type(&p, &runs) {
            assert_eq!(r.name(Lang::En), r.label, "English keeps the model's name");
            assert_ne!(r.name(Lang::ZhCn), r.label, "{}", r.value);
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

    #[test]
    fn rows_fork_where_a_fault_or_a_change_is_in_some_runs_only() {
        let by = |key: &'static str, values: &[&str]| CompareBy {
            by: key,
            values: values.iter().map(|v| v.to_string()).collect(),
        };
        let p = Params::default();
        let at = |key, values: &[&str]| fork_moments(&by_value(&p, &by(key, values)));
        assert_eq!(at("fault", &["none", "link-failure@40s"]), [40.0]);
        assert_eq!(at("change", &["none", "bw:100Mbit/s@40s"]), [40.0]);
        assert_eq!(
            at("fault", &["link-failure@65s", "none", "link-failure@40s"]),
            [40.0, 65.0]
        );
        // Two changes at the same moment fork once.
        assert_eq!(
            at("change", &["none", "bw:100Mbit/s@40s", "dirty:200MB/s@40s"]),
            [40.0]
        );
        assert!(at("policy", &["qemu", "xen"]).is_empty());
        // A fault every row has is no fork: only the change added at 30 s is.
        let faulty = Params {
            faults: vec![migration_model::Fault {
                at_s: 10.0,
                kind: migration_model::FaultKind::LinkFailure,
            }],
            ..Params::default()
        };
        let rows = by_value(&faulty, &by("change", &["none", "bw:100Mbit/s@30s"]));
        assert_eq!(fork_moments(&rows), [30.0]);
    }

    /// A row by value is named by the model's sentence in the page's language and
    /// notation; English is the model's label.
    #[test]
    fn a_value_row_is_named_in_the_pages_language_and_notation() {
        let name = |lang: Lang, by: &'static str, value: &str| {
            let by = CompareBy {
                by,
                values: vec![value.into(), "none".into()],
            };
            let rows = by_value(&Params::default(), &by);
            (rows[0].name(lang), rows[0].label.clone())
        };
        let (es, en) = name(Lang::Es, "bw", "2.5Gbit/s");
        assert_eq!((es.as_str(), en.as_str()), ("2,5 Gbit/s", "2.5 Gbit/s"));
        assert_eq!(name(Lang::ZhCn, "bw", "2.5Gbit/s").0, "2.5 Gbit/s");
        let (es, en) = name(Lang::Es, "fault", "link-failure@40s");
        assert_eq!(es, "fallo del enlace a los 40 s");
        assert_eq!(name(Lang::En, "fault", "link-failure@40s").0, en);
    }
}
