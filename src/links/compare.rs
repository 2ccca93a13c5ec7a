//! The compare view's rows in a link: `view=compare&by=policy&values=qemu,xen,vmotion`
//! ([`CompareBy`], read in the model crate so a lesson's scene reads it the same way),
//! and the comparison "What if… here?" opens.

use crate::i18n::{t, t0, Lang};
use crate::picture::format::in_lang;
use migration_model::params::{limits, Change, ChangeKind};
pub use migration_model::query::compare::{CompareBy, BY, VALUES};
use migration_model::spec::{CHANGE_KEY, FAULT_KEY};
use migration_model::vary;
use migration_model::{notation, Params};

/// The faults "What if… here?" offers at the playhead: a fault's kind as the notation
/// writes it, what follows its `@TIME`, and its name for people (an `app.ftl` message:
/// "the link fails").
const FAULT_FORKS: [(&str, &str, &str); 4] = [
    ("link-failure", "", "transport-fork-link-failure"),
    ("latency-spike", ":1s:1min", "transport-fork-latency-spike"),
    (
        "destination-failure",
        "",
        "transport-fork-destination-failure",
    ),
    ("source-failure", "", "transport-fork-source-failure"),
];

/// The parameter changes it offers, from the playhead on: the link drops to a tenth of
/// the bandwidth in force there, or the guest writes twice as fast.
const BANDWIDTH_DROP: &str = "bandwidth-drop";
const WRITES_FASTER: &str = "writes-faster";

/// The change `id` ([`BANDWIDTH_DROP`] or [`WRITES_FASTER`]) at `t_s`, its value from the
/// rate in force there (kept in range).
fn fork_change(params: &Params, t_s: f64, id: &str) -> Option<Change> {
    let kind = match id {
        BANDWIDTH_DROP => ChangeKind::Bandwidth {
            bytes_per_s: (params.bandwidth_steps().at(t_s) / 10.0).max(limits::RATE_BYTES_PER_S.0),
        },
        WRITES_FASTER => {
            let d = params.dirty_rate_steps().at(t_s);
            let faster = if d > 0.0 { 2.0 * d } else { 50e6 };
            ChangeKind::DirtyRate {
                bytes_per_s: faster.min(limits::DIRTY_RATE_BYTES_PER_S.1),
            }
        }
        _ => return None,
    };
    Some(Change {
        at_s: t_s.max(0.0),
        kind,
    })
}

/// What "What if… here?" offers at `t_s`, in order: an id for [`fork`] and its name for
/// people in `lang` (a change names its new value, in the language's notation:
/// "bandwidth drops to 100 Mbit/s from now on").
pub fn fork_choices(lang: Lang, params: &Params, t_s: f64) -> Vec<(&'static str, String)> {
    let change = |id: &'static str, write: fn(f64) -> String| {
        let v = fork_change(params, t_s, id).map_or(0.0, |c| c.kind.bytes_per_s());
        let rate = in_lang(lang, vary::spaced(&write(v)));
        (
            id,
            t(
                lang,
                &format!("transport-fork-{id}"),
                &[("rate", rate.into())],
            ),
        )
    };
    let faults = FAULT_FORKS.iter().map(|(k, _, name)| (*k, t0(lang, name)));
    let mut out: Vec<_> = faults.clone().take(2).collect();
    out.push(change(BANDWIDTH_DROP, notation::bit_rate));
    out.push(change(WRITES_FASTER, notation::byte_rate));
    out.extend(faults.skip(2));
    out
}

/// The comparison "What if… here?" opens: the run as it was and the same run with the
/// fork `id` (a [`fork_choices`] id) at `t_s`, diverging there on the shared time axis:
/// by `fault` (the run's own faults stay in both rows) or by `change` (its own changes
/// stay). `None` for an unknown id or when the forked run cannot be made (a 17th fault).
pub fn fork(params: &Params, t_s: f64, id: &str) -> Option<CompareBy> {
    let (by, was, empty, added) = if let Some(c) = fork_change(params, t_s, id) {
        let was = vary::changes_text(&params.changes);
        (
            CHANGE_KEY,
            was,
            params.changes.is_empty(),
            notation::change(&c),
        )
    } else {
        let (_, tail, _) = FAULT_FORKS.iter().find(|(k, _, _)| *k == id)?;
        let t = notation::duration(t_s.max(0.0));
        let was = vary::faults_text(&params.faults);
        (
            FAULT_KEY,
            was,
            params.faults.is_empty(),
            format!("{id}@{t}{tail}"),
        )
    };
    let forked = if empty {
        added
    } else {
        format!("{was}+{added}")
    };
    let v = vary::vary(params, by, &[&was, &forked]).ok()?;
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
        "change" => "none,bw:100Mbit/s@40s,dirty:200MB/s@40s",
        _ => "",
    }
}

/// The keys the picker lists, with their names for people, most asked first.
pub const PICKER: [(&str, &str); 13] = [
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
    ("change", "Change at a moment"),
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
                preset: Some("ecommerce-rollback"),
                compare: true,
                compare_by: Some(&c),
                ..Share::of(&p)
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
            compare_by: Some(&c),
            ..Share::of(&p)
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
        for (kind, _, _) in FAULT_FORKS {
            let c = fork(&p, 12.5, kind).unwrap_or_else(|| panic!("{kind}"));
            assert!(c.values[1].starts_with(&format!("{kind}@12.5s")), "{c:?}");
        }
        // Every choice forks, and the changes name their values.
        let choices = fork_choices(Lang::En, &p, 40.0);
        assert_eq!(choices.len(), 6);
        for (id, _) in &choices {
            assert!(fork(&p, 40.0, id).is_some(), "{id}");
        }
        assert!(choices.contains(&(
            "bandwidth-drop",
            "bandwidth drops to 100 Mbit/s from now on".into()
        )));
        assert!(choices.contains(&(
            "writes-faster",
            "the guest writes faster: 200 MB/s from now on".into()
        )));
        let c = fork(&p, 40.0, "bandwidth-drop").unwrap();
        assert_eq!(c.by, "change");
        assert_eq!(c.values, ["none", "bw:100Mbit/s@40s"]);
        // A run with a change keeps it; the next drop is a tenth of the rate in force.
        let mut q = p.clone();
        q.changes = vec![migration_model::units::change("bw:500Mbit/s@10s").unwrap()];
        let c = fork(&q, 40.0, "bandwidth-drop").unwrap();
        assert_eq!(
            c.values,
            ["bw:500Mbit/s@10s", "bw:500Mbit/s@10s+bw:50Mbit/s@40s"]
        );
        assert_eq!(
            fork(&p, 12.5, "writes-faster").unwrap().values,
            ["none", "dirty:200MB/s@12.5s"]
        );
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
            preset: Some("ecommerce-rollback"),
            compare: true,
            compare_by: Some(&c),
            ..crate::links::Share::of(&e)
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

    #[test]
    fn every_fork_choice_is_named_in_the_language_and_spanish_writes_a_comma() {
        let _ = migration_model::i18n::take_misses();
        let p = Params {
            bandwidth_bytes_per_s: 1.5e9 / 8.0 * 10.0,
            ..Params::default()
        };
        let en = fork_choices(Lang::En, &p, 40.0);
        for lang in [Lang::Es, Lang::ZhCn] {
            let other = fork_choices(lang, &p, 40.0);
            assert_eq!(other.len(), en.len());
            for ((id, name), (id_en, name_en)) in other.iter().zip(&en) {
                assert_eq!(id, id_en);
                assert_ne!(name, name_en, "{id} in {lang:?}");
            }
        }
        let es = fork_choices(Lang::Es, &p, 40.0);
        let drop = &es.iter().find(|(id, _)| *id == BANDWIDTH_DROP).unwrap().1;
        assert!(drop.contains("1,5 Gbit/s"), "{drop}");
        assert!(en.iter().any(|(_, n)| n.contains("1.5 Gbit/s")), "{en:?}");
        assert_eq!(migration_model::i18n::take_misses(), Vec::<String>::new());
    }
}
