//! The compare view's rows in a link: `view=compare&by=policy&values=qemu,xen,vmotion`
//! (one parameter, 2–6 values, each in that key's own notation; `migration_model::vary`
//! reads them). Without `by` (or with `by=type` and no values) the view compares every
//! type, as it always has. Pure, tested natively.

pub use crate::links::keys::{BY, VALUES};
use migration_model::spec::FAULT_KEY;
use migration_model::vary::{self, TYPE_KEY};
use migration_model::Params;

/// One parameter's values, each a row of the compare view.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CompareBy {
    /// A link key (`migration_model::vary::keys`).
    pub by: &'static str,
    /// The values as the notation writes them, in the order given, 2 to 6.
    pub values: Vec<String>,
}

impl CompareBy {
    /// Reads `by` and `values` against the link's parameters: `None` for the view by type
    /// (no `by`, or `by=type` without values). A bad key, a bad value, or too few good
    /// values are reported through `drop(key, value, why)`; the good values are kept.
    pub fn read(
        by: Option<&str>,
        values: Option<&str>,
        params: &Params,
        mut drop: impl FnMut(&str, &str, String),
    ) -> Option<CompareBy> {
        let by_text = by.map(str::trim).unwrap_or(TYPE_KEY);
        let Some(key) = vary::key(by_text) else {
            drop(
                BY,
                by_text,
                format!(
                    "not a parameter's key ({})",
                    vary::keys().collect::<Vec<_>>().join(", ")
                ),
            );
            return None;
        };
        let given = vary::split(values.unwrap_or_default());
        if given.is_empty() {
            if key != TYPE_KEY {
                drop(
                    BY,
                    key,
                    "needs values=V1,V2,… (2 to 6); every type is compared".into(),
                );
            }
            return None;
        }
        match vary::vary(params, key, &given) {
            Ok(v) => {
                for b in &v.bad {
                    drop(VALUES, &b.value, b.why.clone());
                }
                Some(CompareBy {
                    by: v.by,
                    values: v.variants.into_iter().map(|x| x.value).collect(),
                })
            }
            Err(vary::VaryError::TooFew { bad, .. }) => {
                for b in &bad {
                    drop(VALUES, &b.value, b.why.clone());
                }
                drop(
                    BY,
                    key,
                    format!(
                        "needs {} to {} usable values; every type is compared",
                        vary::MIN_VALUES,
                        vary::MAX_VALUES
                    ),
                );
                None
            }
            Err(e) => {
                drop(BY, key, e.to_string());
                None
            }
        }
    }

    /// The link's pairs: `by` and `values`.
    pub fn pairs(&self) -> [(String, String); 2] {
        [
            (BY.into(), self.by.into()),
            (VALUES.into(), self.values.join(",")),
        ]
    }

    /// Each value's run: the parameters with that value set, its name for people, or why
    /// it cannot run with these parameters (a slider moved since the link was read).
    pub fn variants(&self, params: &Params) -> Vec<(String, Result<vary::Variant, String>)> {
        self.values
            .iter()
            .map(|v| (v.clone(), vary::variant(params, self.by, v)))
            .collect()
    }
}

/// What "What if… here?" offers at the playhead: a fault's kind as the notation writes
/// it, what follows its `@TIME`, and its name for people.
pub const FORKS: [(&str, &str, &str); 5] = [
    ("link-failure", "", "the link fails"),
    (
        "latency-spike",
        ":1s:1min",
        "latency spikes by 1 s for a minute",
    ),
    (
        "bandwidth-drop",
        ":100Mbit/s:1h",
        "bandwidth drops to 100 Mbit/s",
    ),
    ("destination-failure", "", "the destination host fails"),
    ("source-failure", "", "the source host fails"),
];

/// The comparison "What if… here?" opens: the run as it was (its faults, or none) and
/// the same run with the fault `kind` (a [`FORKS`] name) at `t_s`, diverging there on
/// the shared time axis. `None` for an unknown kind or when the forked run cannot be
/// made (a 17th fault).
pub fn fork(params: &Params, t_s: f64, kind: &str) -> Option<CompareBy> {
    let (_, tail, _) = FORKS.iter().find(|(k, _, _)| *k == kind)?;
    let t = migration_model::notation::duration(t_s.max(0.0));
    let was = vary::faults_text(&params.faults);
    let added = format!("{kind}@{t}{tail}");
    let forked = if params.faults.is_empty() {
        added
    } else {
        format!("{was}+{added}")
    };
    let v = vary::vary(params, FAULT_KEY, &[&was, &forked]).ok()?;
    v.bad.is_empty().then(|| CompareBy {
        by: v.by,
        values: v.variants.into_iter().map(|x| x.value).collect(),
    })
}

/// What the compare view's parameter picker offers first for a key: values that show a
/// difference worth a lecture.
pub fn suggested_values(by: &str) -> &'static str {
    match by {
        "type" => "cold,suspended,live,postcopy,hybrid",
        "policy" => "qemu,xen,xen5,vmotion,simgrid,textbook",
        "bw" => "1Gbit/s,10Gbit/s",
        "dirty" => "10MB/s,100MB/s,300MB/s",
        "mem" => "2GiB,4GiB,16GiB",
        "ws" => "256MiB,1GiB,all",
        "downtime" => "30ms,300ms,1s",
        "fault" => "none,link-failure@40s",
        "autoconverge" => "no,yes",
        "xbzrle" => "off,256MiB",
        "page" => "4KiB,2MiB",
        "hold" => "none,compliance@5s:2h",
        _ => "",
    }
}

/// The keys the picker lists, with their names for people, most asked first.
pub const PICKER: [(&str, &str); 12] = [
    ("type", "Migration type"),
    ("policy", "Stop policy"),
    ("bw", "Bandwidth"),
    ("dirty", "Dirty rate"),
    ("mem", "Memory"),
    ("ws", "Writable working set"),
    ("downtime", "Downtime limit"),
    ("fault", "Fault"),
    ("autoconverge", "Auto-converge"),
    ("xbzrle", "XBZRLE cache"),
    ("page", "Page size"),
    ("hold", "Hold"),
];

/// A key's name for people: the picker's, else the key itself.
pub fn key_label(by: &str) -> &str {
    PICKER
        .iter()
        .find(|(k, _)| *k == by)
        .map_or(by, |(_, name)| name)
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    fn read(by: Option<&str>, values: Option<&str>) -> (Option<CompareBy>, Vec<String>) {
        let mut dropped = Vec::new();
        let c = CompareBy::read(by, values, &Params::default(), |k, v, why| {
            dropped.push(format!("{k}={v}: {why}"))
        });
        (c, dropped)
    }

    #[test]
    fn the_default_is_every_type() {
        assert_eq!(read(None, None), (None, vec![]));
        assert_eq!(read(Some("type"), None), (None, vec![]));
        let (c, d) = read(None, Some("cold,live"));
        assert_eq!(c.unwrap().values, ["cold", "live"]);
        assert!(d.is_empty());
    }

    #[test]
    fn values_are_read_by_the_keys_own_reader_and_bad_ones_named() {
        let (c, d) = read(Some("bw"), Some("10Gbps,fast,1Gbit/s"));
        let c = c.unwrap();
        assert_eq!(c.by, "bw");
        assert_eq!(c.values, ["10Gbit/s", "1Gbit/s"]);
        assert_eq!(d.len(), 1);
        assert!(d[0].starts_with("values=fast: expected a rate"), "{d:?}");
        let (c, d) = read(Some("policy"), Some("qemu,qemm"));
        assert_eq!(c, None);
        assert_eq!(d.len(), 2, "{d:?}");
        assert!(d[0].starts_with("values=qemm"), "{d:?}");
        let (c, d) = read(Some("speed"), Some("1,2"));
        assert_eq!(c, None);
        assert!(d[0].starts_with("by=speed: not a parameter's key"), "{d:?}");
        let (c, d) = read(Some("policy"), None);
        assert_eq!(c, None);
        assert!(d[0].contains("needs values"), "{d:?}");
    }

    #[test]
    fn a_comparison_round_trips_through_a_link() {
        use crate::links::{parse, query, Share};
        let p = migration_model::presets::find("ecommerce-rollback")
            .unwrap()
            .params();
        for (by, values) in [
            ("policy", "qemu,xen,vmotion,simgrid,textbook"),
            ("fault", "none,link-failure@40s"),
            ("bw", "1Gbit/s,10Gbit/s"),
            ("hold", "none,compliance@5s:2h"),
            ("type", "cold,live"),
        ] {
            let c = CompareBy {
                by: migration_model::vary::key(by).unwrap(),
                values: values.split(',').map(String::from).collect(),
            };
            let q = query(&Share {
                params: &p,
                preset: Some("ecommerce-rollback"),
                t_s: 0.0,
                speed: None,
                compare: true,
                compare_by: Some(&c),
                exercises: None,
                recording: None,
            });
            assert!(q.contains(&format!("by={by}&values={values}")), "{q}");
            let l = parse(&q);
            assert!(l.ignored.is_empty(), "{q}: {:?}", l.ignored);
            assert!(l.compare);
            assert_eq!(l.compare_by.as_ref(), Some(&c), "{q}");
            assert_eq!(l.params, p);
        }
        // Not in the compare view: no rows are written.
        let c = CompareBy {
            by: "bw",
            values: vec!["1Gbit/s".into(), "10Gbit/s".into()],
        };
        let q = query(&Share {
            params: &p,
            preset: None,
            t_s: 0.0,
            speed: None,
            compare: false,
            compare_by: Some(&c),
            exercises: None,
            recording: None,
        });
        assert!(!q.contains("by="), "{q}");
    }

    #[test]
    fn a_malformed_value_in_a_link_is_named_and_the_rest_kept() {
        let l = crate::links::parse("view=compare&by=policy&values=qemu,qemm,xen&bw=10Gbit/s");
        assert_eq!(l.compare_by.unwrap().values, ["qemu", "xen"]);
        assert_eq!(l.ignored.len(), 1, "{:?}", l.ignored);
        assert_eq!(l.ignored[0].key, "values");
        assert_eq!(l.ignored[0].value, "qemm");
        assert!(l.ignored[0].why.contains("qemu"), "{:?}", l.ignored);
        assert_eq!(
            l.params.bandwidth_bytes_per_s, 1.25e9,
            "the other keys stay"
        );
        // Values read against the link's parameters: 8 GiB of working set needs memory.
        let l = crate::links::parse("view=compare&mem=16GiB&by=ws&values=1GiB,8GiB");
        assert!(l.ignored.is_empty(), "{:?}", l.ignored);
        assert_eq!(l.compare_by.unwrap().values, ["1GiB", "8GiB"]);
    }

    #[test]
    fn a_fork_compares_the_run_as_it_was_with_the_fault_at_the_playhead() {
        let p = Params::default();
        let c = fork(&p, 40.0, "link-failure").unwrap();
        assert_eq!(c.by, "fault");
        assert_eq!(c.values, ["none", "link-failure@40s"]);
        for (kind, _, _) in FORKS {
            let c = fork(&p, 12.5, kind).unwrap_or_else(|| panic!("{kind}"));
            assert!(c.values[1].starts_with(&format!("{kind}@12.5s")), "{c:?}");
        }
        // A run with faults keeps them in both rows.
        let e = migration_model::presets::find("ecommerce-rollback")
            .unwrap()
            .params();
        let c = fork(&e, 30.0, "destination-failure").unwrap();
        assert_eq!(
            c.values,
            [
                "latency-spike@40s:1s:1min+link-failure@65s",
                "latency-spike@40s:1s:1min+link-failure@65s+destination-failure@30s"
            ]
        );
        // The pair round-trips through a link (`+` is written %2B).
        let q = crate::links::query(&crate::links::Share {
            params: &e,
            preset: Some("ecommerce-rollback"),
            t_s: 0.0,
            speed: None,
            compare: true,
            compare_by: Some(&c),
            exercises: None,
            recording: None,
        });
        assert!(q.contains("%2B"), "{q}");
        let l = crate::links::parse(&q);
        assert!(l.ignored.is_empty(), "{:?}", l.ignored);
        assert_eq!(l.compare_by, Some(c));
        assert_eq!(fork(&p, 1.0, "meteor"), None);
    }

    #[test]
    fn every_suggestion_reads_whole() {
        for (k, _) in PICKER {
            let (c, d) = read(Some(k), Some(suggested_values(k)));
            assert!(d.is_empty(), "{k}: {d:?}");
            assert!(c.is_some() || k == "type", "{k}");
        }
    }
}
