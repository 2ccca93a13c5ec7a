//! The evacuation view's VMs in a link: `view=evacuate&vm=mem=4GiB,dirty=100MB/s&vm=…&k=2
//! &order=smallest-first`. Each `vm` is the same comma list of link keys as `migsim
//! evacuate --vm` (`mem=4GiB,dirty=100MB/s,ws=1GiB,type=live,name=db`). The links layer
//! keeps the values as written: the VMs are read, checked and run by the view
//! (`crate::features::evacuate`), so a first screen never parses them.
//!
//! In the query a `vm` value keeps its `=` and `,` as they are (`vm=mem=4GiB,dirty=…`):
//! a pair is split at its first `=` (as browsers' `URLSearchParams` do), so the rest of
//! the value needs no escape. `&`, `+`, `#`, `%` and spaces are percent-encoded, and a
//! value read is percent-decoded, so a name with any of them round-trips.

pub use crate::links::keys::{CONCURRENCY, ORDER, VM};

/// The evacuation view's keys as the link carries them (trimmed, not yet read).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct EvacuateLink {
    /// Each `vm=` value, in the order given.
    pub vms: Vec<String>,
    /// `k=`: at most this many migrations at once.
    pub k: Option<String>,
    /// `order=`: `given`, `smallest-first`, `largest-first` or `least-dirty-first`.
    pub order: Option<String>,
}

impl EvacuateLink {
    /// The link's pairs: each `vm`, then `k` and `order` when set.
    pub fn pairs(&self) -> Vec<(String, String)> {
        let mut out: Vec<(String, String)> = self
            .vms
            .iter()
            .map(|v| (VM.to_string(), v.clone()))
            .collect();
        if let Some(k) = &self.k {
            out.push((CONCURRENCY.into(), k.clone()));
        }
        if let Some(o) = &self.order {
            out.push((ORDER.into(), o.clone()));
        }
        out
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::links::{parse, query, Share};
    use migration_model::Params;

    fn link(e: &EvacuateLink) -> String {
        query(&Share {
            evacuate: Some(e),
            ..Share::of(&Params::default())
        })
    }

    #[test]
    fn a_vm_spec_keeps_its_equals_signs_and_commas_readable() {
        let e = EvacuateLink {
            vms: vec![
                "mem=4GiB,dirty=100MB/s,name=db".into(),
                "mem=8GiB,dirty=10MB/s,ws=1GiB,type=postcopy".into(),
            ],
            k: Some("2".into()),
            order: Some("smallest-first".into()),
        };
        let q = link(&e);
        assert!(
            q.ends_with(
                "view=evacuate&vm=mem=4GiB,dirty=100MB/s,name=db\
                 &vm=mem=8GiB,dirty=10MB/s,ws=1GiB,type=postcopy&k=2&order=smallest-first"
            ),
            "{q}"
        );
        let l = parse(&q);
        assert!(l.ignored.is_empty(), "{:?}", l.ignored);
        assert_eq!(l.evacuate, Some(e));
        assert!(!l.compare && l.exercises.is_none());
    }

    #[test]
    fn names_with_reserved_characters_round_trip() {
        for name in ["a&b", "x+y", "50% off", "#1", "a=b", "ünï", "two  spaces"] {
            let e = EvacuateLink {
                vms: vec![format!("mem=4GiB,name={name}")],
                k: None,
                order: None,
            };
            let q = link(&e);
            assert_eq!(parse(&q).evacuate, Some(e), "{name}: {q}");
        }
        // Escaped `=` and `,` (as `URLSearchParams` writes them) read the same.
        let l = parse("view=evacuate&vm=mem%3D4GiB%2Cdirty%3D100MB%2Fs");
        assert_eq!(l.evacuate.unwrap().vms, ["mem=4GiB,dirty=100MB/s"]);
    }

    #[test]
    fn the_keys_choose_nothing_without_the_view_and_the_view_wins_over_others() {
        let l = parse("vm=mem=4GiB&k=2");
        assert_eq!(l.evacuate, None);
        assert!(l.ignored.is_empty());
        let l = parse("view=compare&view=evacuate&k=3");
        assert!(!l.compare);
        assert_eq!(l.evacuate.unwrap().k.as_deref(), Some("3"));
        let l = parse("view=evacuate&view=exercises");
        assert_eq!(l.evacuate, None);
        assert!(l.exercises.is_some());
        // Not in the evacuation view: nothing is written.
        let q = query(&Share {
            compare: true,
            ..Share::of(&Params::default())
        });
        assert!(!q.contains("vm="), "{q}");
    }
}
