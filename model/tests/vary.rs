//! "What if?" comparisons (`migration_model::vary`, `migsim --vary`): each row is the run
//! of that value alone, values are read by the key's own reader (the links' and flags'),
//! and a value that cannot be used is named.

use migration_model::spec::{self, CHANGE_KEY, FAULT_KEY, HOLD_KEY, PARAMS};
use migration_model::vary::{self, VaryError, MAX_VALUES};
use migration_model::{presets, units, Params};
use serde_json::Value;
use std::process::{Command, Output};

fn migsim(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_migsim"))
        .args(args)
        .output()
        .expect("migsim runs")
}

fn json(args: &[&str]) -> Value {
    let out = migsim(args);
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("valid JSON")
}

/// `--vary KEY=…` with `common` flags, against one single run per value: `single(value)`
/// gives every flag that run takes alone.
fn rows_equal_single_runs(
    key: &str,
    values: &[&str],
    common: &[&str],
    single: &dyn Fn(&str) -> Vec<String>,
) {
    let arg = format!("{key}={}", values.join(","));
    let mut args = vec!["--vary", arg.as_str(), "--format", "json"];
    args.extend_from_slice(common);
    let out = json(&args);
    assert_eq!(out["by"], key);
    let runs = out["runs"].as_array().expect("runs");
    assert_eq!(runs.len(), values.len(), "{arg}");
    for (row, v) in runs.iter().zip(values) {
        let mut alone = single(v);
        alone.extend(["--format".into(), "json".into()]);
        let alone: Vec<&str> = alone.iter().map(String::as_str).collect();
        let want = json(&alone);
        assert_eq!(row["metrics"], want["metrics"], "{key}={v}: {alone:?}");
        assert!(!row["label"].as_str().unwrap_or_default().is_empty());
    }
}

#[test]
fn every_stop_rule_row_is_that_policy_run_alone() {
    let values = ["qemu", "xen", "xen5", "vmotion", "simgrid", "textbook"];
    rows_equal_single_runs("policy", &values, &[], &|v| {
        vec!["--policy".into(), v.into()]
    });
    let out = json(&["--vary", "policy=qemu,xen,vmotion", "--format", "json"]);
    let labels: Vec<&str> = out["runs"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["label"].as_str().unwrap())
        .collect();
    assert_eq!(
        labels,
        ["QEMU", "Xen (classic)", "vMotion"],
        "in the order given"
    );
}

#[test]
fn bandwidth_type_and_fault_rows_are_single_runs() {
    rows_equal_single_runs(
        "bw",
        &["10Gbit/s", "1Gbit/s"],
        &["--dirty-rate", "60MB/s"],
        &|v| {
            vec![
                "--dirty-rate".into(),
                "60MB/s".into(),
                "--bandwidth".into(),
                v.into(),
            ]
        },
    );
    rows_equal_single_runs("type", &["cold", "live", "postcopy"], &[], &|v| {
        vec!["--type".into(), v.into()]
    });
    // A fault value replaces the other flags' faults; `none` runs without any.
    rows_equal_single_runs(
        "fault",
        &[
            "none",
            "link-failure@40s",
            "bandwidth-drop@10s:100Mbit/s:5s",
            "latency-spike@40s:1s:1min+link-failure@65s",
        ],
        &["--dirty-rate", "60MB/s", "--fault", "source-failure@3s"],
        &|v| {
            let mut a = vec!["--dirty-rate".into(), "60MB/s".into()];
            if v != "none" {
                for f in v.split('+') {
                    a.extend(["--fault".into(), f.into()]);
                }
            }
            a
        },
    );
}

#[test]
fn the_fault_comparison_on_the_ecommerce_vm_completes_once_and_rolls_back_once() {
    let base = presets::find("ecommerce-rollback")
        .expect("preset")
        .params();
    let v = vary::vary(&base, "fault", &["none", "link-failure@40s"]).expect("two values");
    let outcomes: Vec<_> = v
        .variants
        .iter()
        .map(|x| {
            migration_model::simulate(&x.params)
                .unwrap()
                .metrics
                .outcome
        })
        .collect();
    use migration_model::Outcome::*;
    assert_eq!(outcomes, [Completed, RolledBack]);
    assert_eq!(v.variants[1].label(), "link failure at 40 s");
}

#[test]
fn every_key_reads_its_values_with_the_link_and_flag_reader() {
    let base = Params::default();
    for s in PARAMS {
        let written = (s.write)(&base);
        let mut want = base.clone();
        (s.read)(&mut want, &written).expect("the default reads");
        let v = vary::variant(&base, s.key, &written).unwrap_or_else(|e| panic!("{}: {e}", s.key));
        assert_eq!(v.params, want, "{}", s.key);
        assert_eq!(v.value, written, "{}", s.key);
        assert!(!v.label().is_empty(), "{}", s.key);
        // What the link's reader refuses, vary refuses with the same words.
        if let Err(why) = (s.read)(&mut base.clone(), "x!") {
            assert_eq!(
                vary::variant(&base, s.key, "x!").unwrap_err(),
                why,
                "{}",
                s.key
            );
        }
    }
    let f = "latency-spike@10s:200ms:30s";
    let v = vary::variant(&base, FAULT_KEY, f).unwrap();
    assert_eq!(v.params.faults, vec![units::fault(f).unwrap()]);
    assert_eq!(v.value, f);
    assert_eq!(v.label(), "latency spike of +200 ms at 10 s for 30 s");
    let h = "compliance@5s:2h";
    let v = vary::variant(&base, HOLD_KEY, h).unwrap();
    assert_eq!(v.params.holds, vec![units::hold(h).unwrap()]);
    assert_eq!(v.label(), "compliance review hold at 5 s for 2 h");
    assert_eq!(
        vary::variant(&base, FAULT_KEY, "meteor@3s").unwrap_err(),
        units::fault("meteor@3s").unwrap_err()
    );
    let c = "bw:100Mbit/s@40s";
    let v = vary::variant(&base, CHANGE_KEY, c).unwrap();
    assert_eq!(v.params.changes, vec![units::change(c).unwrap()]);
    assert_eq!(v.value, c);
    assert_eq!(
        vary::variant(&base, CHANGE_KEY, "mem:1GiB@3s").unwrap_err(),
        units::change("mem:1GiB@3s").unwrap_err()
    );
    // Every key `vary` takes is a parameter's link key, `fault`, `hold` or `change`.
    for k in vary::keys() {
        assert!(
            spec::of_key(k).is_some() || [FAULT_KEY, HOLD_KEY, CHANGE_KEY].contains(&k),
            "{k}"
        );
    }
}

#[test]
fn bad_values_are_named_and_left_out() {
    let base = Params::default();
    let v = vary::vary(
        &base,
        "bw",
        &["1Gbit/s", "fast", "10Gbit/s", "1kbit/s", "1000Mbit/s"],
    )
    .expect("two good values");
    let values: Vec<&str> = v.variants.iter().map(|x| x.value.as_str()).collect();
    assert_eq!(values, ["1Gbit/s", "10Gbit/s"]);
    let bad: Vec<&str> = v.bad.iter().map(|b| b.value.as_str()).collect();
    assert_eq!(bad, ["fast", "1kbit/s", "1000Mbit/s"], "{:?}", v.bad);
    assert!(v.bad[1].why.contains("out of range"), "{:?}", v.bad);
    assert!(
        v.bad[2].why.contains("1Gbit/s"),
        "a repeat names the first: {:?}",
        v.bad
    );
    // Past six, values are named too.
    let many = [
        "qemu", "xen", "xen5", "vmotion", "simgrid", "textbook", "cold",
    ];
    let v = vary::vary(&base, "policy", &many).unwrap();
    assert_eq!(v.variants.len(), MAX_VALUES);
    assert_eq!(v.bad[0].value, "cold");
    // Fewer than two usable values, or an unknown key: an error naming them.
    let e = vary::vary(&base, "policy", &["qemu", "qemm"]).unwrap_err();
    assert!(matches!(e, VaryError::TooFew { good: 1, .. }), "{e:?}");
    assert!(e.to_string().contains("'qemm'"), "{e}");
    let e = vary::vary(&base, "bandwidth", &["1Gbit/s", "10Gbit/s"]).unwrap_err();
    assert!(e.to_string().contains("'bandwidth'"), "{e}");
}

#[test]
fn the_cli_names_a_bad_value_and_exits_2() {
    for (arg, want) in [
        ("bw=1Gbit/s,fast", "'fast'"),
        ("policy=qemu,xen,qemm", "'qemm'"),
        ("fault=none,meteor@3s", "'meteor@3s'"),
        ("speed=1,2", "'speed'"),
        ("bw=1Gbit/s", "2 to 6 values"),
    ] {
        let out = migsim(&["--vary", arg]);
        assert_eq!(out.status.code(), Some(2), "{arg}");
        assert!(out.stdout.is_empty(), "{arg}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(err.trim_end().lines().count(), 1, "{arg}: {err}");
        assert!(err.contains(want), "{arg}: {err:?} lacks {want}");
    }
}

#[test]
fn the_text_table_has_one_row_per_value_and_says_why_each_stopped() {
    let out = migsim(&["--vary", "policy=qemu,xen", "--format", "text"]);
    assert!(out.status.success());
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.lines().any(|l| l.starts_with("QEMU ")), "{text}");
    assert!(
        text.lines().any(|l| l.starts_with("Xen (classic) ")),
        "{text}"
    );
    assert!(text.contains("why each stopped"), "{text}");
    assert!(
        text.contains("  Xen (classic): More than 3× memory"),
        "{text}"
    );
}

/// Values of every kind of name, as a link or the picker gives them.
const VALUES: [(&str, &[&str]); 22] = [
    ("type", &["cold", "suspended", "live", "postcopy", "hybrid"]),
    (
        "policy",
        &["qemu", "xen", "xen5", "vmotion", "simgrid", "textbook"],
    ),
    ("bw", &["1Gbit/s", "2.5Gbit/s"]),
    ("dirty", &["10MB/s", "12.5MB/s"]),
    ("mem", &["2GiB", "1.5GiB"]),
    ("ws", &["256MiB", "all"]),
    ("maxbw", &["none", "500Mbit/s"]),
    ("downtime", &["30ms", "1.5s"]),
    ("hot", &["0.25"]),
    ("writes", &["linear", "uniform"]),
    ("autoconverge", &["no", "yes"]),
    ("shared", &["no", "yes"]),
    ("xbzrle", &["off", "256MiB"]),
    ("page", &["4KiB", "2MiB"]),
    ("via", &["file", "stream"]),
    ("suspend", &["none", "5s", "2.5s"]),
    ("seed", &["7"]),
    ("hybrid", &["1", "3"]),
    (
        "fault",
        &[
            "none",
            "link-failure@40s",
            "source-failure@3s+link-failure@40s",
            "destination-failure@1.5s",
            "latency-spike@40s:1s:1min",
            "bandwidth-drop@10s:100Mbit/s:5s",
        ],
    ),
    (
        "change",
        &[
            "none",
            "bw:100Mbit/s@40s",
            "dirty:200MB/s@40s+bw:1.5Gbit/s@60s",
        ],
    ),
    ("hold", &["none", "compliance@5s:2h", "budget@1.5s:30min"]),
    ("rtt", &["1ms"]),
];

/// Every name `vary` gives reads in every language from the catalogue, with no message
/// missing and no `{ $variable }` left; the values above reach every `vary-…` sentence;
/// Spanish and Chinese say the words in their own (brands, units and XBZRLE aside), and
/// Spanish writes a decimal comma.
#[test]
fn every_name_of_a_value_reads_in_every_language() {
    use migration_model::i18n::{take_misses, Lang};
    use migration_model::say::IDS;
    let _ = take_misses();
    let base = Params::default();
    let mut reached = std::collections::BTreeSet::new();
    for (by, values) in VALUES {
        for value in values {
            let v = vary::variant(&base, by, value).unwrap_or_else(|e| panic!("{by}={value}: {e}"));
            reached.extend(v.name.ids());
            let en = v.label();
            assert_eq!(v.name.tr(Lang::En), en);
            for lang in Lang::ALL {
                let text = v.name.tr(lang);
                assert!(
                    !text.is_empty() && !text.contains('{'),
                    "{lang} {by}={value}: {text}"
                );
            }
            let (es, zh) = (v.name.tr(Lang::Es), v.name.tr(Lang::ZhCn));
            let units = [
                "bw", "dirty", "mem", "ws", "maxbw", "downtime", "page", "rtt", "hot",
            ];
            let words = en.chars().filter(char::is_ascii_lowercase).count() > 3
                && !units.contains(&by)
                || ["ws", "maxbw"].contains(&by) && !en.chars().any(|c| c.is_ascii_digit());
            let brand = ["QEMU", "vMotion", "SimGrid"].contains(&en.as_str());
            if words && !brand && !en.starts_with("XBZRLE") {
                assert_ne!(es, en, "{by}={value}");
                assert_ne!(zh, en, "{by}={value}");
            }
            let chars: Vec<char> = es.chars().collect();
            let point = chars
                .windows(3)
                .any(|w| w[0].is_ascii_digit() && w[1] == '.' && w[2].is_ascii_digit());
            assert!(!point, "{by}={value}: {es}");
        }
    }
    assert_eq!(take_misses(), Vec::<String>::new());
    let missed: Vec<&&str> = IDS
        .iter()
        .filter(|id| id.starts_with("vary-") && !reached.contains(**id))
        .collect();
    assert!(missed.is_empty(), "no value is named by {missed:?}");
}
