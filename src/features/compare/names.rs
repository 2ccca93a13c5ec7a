//! A compare row's name by another parameter in the page's language: the words of
//! `migration_model::vary`'s labels ("Xen (classic)", "no fault", "link failure at 40 s",
//! "paused after 5 s") through the catalogue (`compare-name-*`, with `policy-*`, `hold-*`,
//! `fault-*` and `migration-type-*`), and its numbers in the language's notation
//! (`1,5 Gbit/s` in Spanish). English is the model's label, byte for byte (tested below).
//! Pure, tested natively.

use crate::i18n::{t, t0, Lang};
use crate::picture::format::in_lang;
use crate::picture::labels::{fault_label, hold_reason};
use migration_model::params::{Change, ChangeKind, Fault, FaultKind, Hold};
use migration_model::spec::{self, CHANGE_KEY, FAULT_KEY, HOLD_KEY};
use migration_model::vary::spaced;
use migration_model::{notation, Params};

/// A duration as the labels write it: `40 s`, `1 min`, `500 µs`.
fn duration(s: f64) -> String {
    spaced(&notation::duration(s))
}

/// The name of the row whose parameters are `p`, by `by`, its value written `value`
/// (the notation's) and named `label` by the model (English, kept for what has no
/// words: a size, a rate, a share).
pub fn value_name(lang: Lang, by: &str, p: &Params, value: &str, label: &str) -> String {
    let name = match by {
        FAULT_KEY => joined(
            lang,
            p.faults.iter().map(|f| fault(lang, f)),
            "compare-name-no-fault",
        ),
        CHANGE_KEY => joined(
            lang,
            p.changes.iter().map(|c| change(lang, c)),
            "compare-name-no-change",
        ),
        HOLD_KEY => p
            .holds
            .first()
            .map_or_else(|| t0(lang, "compare-name-no-hold"), |h| hold(lang, h)),
        _ => param(lang, by, p, value).unwrap_or_else(|| label.to_string()),
    };
    in_lang(lang, name)
}

/// Names joined as one ("a and b and c"), or `none` when there are none.
fn joined(lang: Lang, names: impl Iterator<Item = String>, none: &str) -> String {
    names
        .reduce(|first, next| {
            t(
                lang,
                "compare-name-and",
                &[("first", first.into()), ("next", next.into())],
            )
        })
        .unwrap_or_else(|| t0(lang, none))
}

/// "link failure at 40 s", "bandwidth drop to 100 Mbit/s at 10 s for 5 s".
fn fault(lang: Lang, f: &Fault) -> String {
    let at = duration(f.at_s);
    match f.kind {
        FaultKind::BandwidthDrop {
            to_bytes_per_s,
            duration_s,
        } => t(
            lang,
            "compare-name-bandwidth-drop",
            &[
                ("rate", spaced(&notation::bit_rate(to_bytes_per_s)).into()),
                ("at", at.into()),
                ("duration", duration(duration_s).into()),
            ],
        ),
        FaultKind::LatencySpike {
            extra_rtt_s,
            duration_s,
        } => t(
            lang,
            "compare-name-latency-spike",
            &[
                ("extra", duration(extra_rtt_s).into()),
                ("at", at.into()),
                ("duration", duration(duration_s).into()),
            ],
        ),
        k => t(
            lang,
            "compare-name-fault-at",
            &[("fault", fault_label(lang, &k).into()), ("at", at.into())],
        ),
    }
}

/// "bandwidth 100 Mbit/s from 40 s", "writes 200 MB/s from 40 s".
fn change(lang: Lang, c: &Change) -> String {
    let (id, rate) = match c.kind {
        ChangeKind::Bandwidth { bytes_per_s } => (
            "compare-name-change-bw",
            spaced(&notation::bit_rate(bytes_per_s)),
        ),
        ChangeKind::DirtyRate { bytes_per_s } => (
            "compare-name-change-dirty",
            spaced(&notation::byte_rate(bytes_per_s)),
        ),
    };
    t(
        lang,
        id,
        &[("rate", rate.into()), ("at", duration(c.at_s).into())],
    )
}

/// "compliance review hold at 5 s for 2 h".
fn hold(lang: Lang, h: &Hold) -> String {
    t(
        lang,
        "compare-name-hold",
        &[
            ("reason", hold_reason(lang, h.reason).into()),
            ("at", duration(h.start_after_suspend_s).into()),
            ("duration", duration(h.duration_s).into()),
        ],
    )
}

/// A parameter's value in words, or `None` when it is a number with its unit only.
fn param(lang: Lang, by: &str, p: &Params, written: &str) -> Option<String> {
    let word = |id: &str, key: &str, value: String| t(lang, id, &[(key, value.into())]);
    Some(match (by, written) {
        ("type", _) => t0(lang, &format!("migration-type-{}", p.migration_type.key())),
        ("policy", _) => t0(lang, &format!("policy-{}", p.policy.key())),
        ("via", w) => word("compare-name-via", "via", w.into()),
        ("writes", w) => word("compare-name-writes", "model", w.into()),
        ("ws", "all") => t0(lang, "compare-name-ws-all"),
        ("maxbw", "none") => t0(lang, "compare-name-no-cap"),
        ("xbzrle", "off") => t0(lang, "compare-name-xbzrle-off"),
        ("xbzrle", w) => word("compare-name-xbzrle", "size", spaced(w)),
        ("suspend", "none") => t0(lang, "compare-name-never-paused"),
        ("suspend", w) => word("compare-name-paused-after", "after", spaced(w)),
        ("seed", w) => word("compare-name-seed", "seed", w.into()),
        ("hybrid", _) => t(
            lang,
            "compare-name-hybrid-rounds",
            &[("n", p.hybrid_precopy_rounds.into())],
        ),
        (key, w) if spec::of_key(key).is_some_and(|s| s.value_name == "BOOL") => t(
            lang,
            "compare-name-switch",
            &[("key", key.into()), ("on", w.into())],
        ),
        _ => return None,
    })
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use migration_model::vary;

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

    fn variants() -> Vec<(&'static str, vary::Variant)> {
        let base = Params::default();
        let mut out = Vec::new();
        for (by, values) in VALUES {
            for v in values {
                let x = vary::variant(&base, by, v).unwrap_or_else(|e| panic!("{by}={v}: {e}"));
                out.push((by, x));
            }
        }
        out
    }

    fn name(lang: Lang, by: &str, v: &vary::Variant) -> String {
        value_name(lang, by, &v.params, &v.value, &v.label)
    }

    #[test]
    fn english_is_the_models_label() {
        let _ = migration_model::i18n::take_misses();
        for (by, v) in variants() {
            assert_eq!(name(Lang::En, by, &v), v.label, "{by}={}", v.value);
        }
        for lang in Lang::ALL {
            for (by, v) in variants() {
                let _ = name(lang, by, &v);
            }
        }
        assert_eq!(migration_model::i18n::take_misses(), Vec::<String>::new());
    }

    #[test]
    fn spanish_and_chinese_name_the_words_in_their_words_and_spanish_writes_a_comma() {
        for (by, v) in variants() {
            let (es, zh) = (name(Lang::Es, by, &v), name(Lang::ZhCn, by, &v));
            let words = v.label.chars().filter(char::is_ascii_lowercase).count() > 3
                && ![
                    "bw", "dirty", "mem", "ws", "maxbw", "downtime", "page", "rtt", "hot",
                ]
                .contains(&by)
                || ["ws", "maxbw"].contains(&by) && !v.label.chars().any(|c| c.is_ascii_digit());
            let brand = ["QEMU", "vMotion", "SimGrid"].contains(&v.label.as_str());
            if words && !brand && !v.label.starts_with("XBZRLE") {
                assert_ne!(es, v.label, "{by}={}", v.value);
                assert_ne!(zh, v.label, "{by}={}", v.value);
            }
            let chars: Vec<char> = es.chars().collect();
            let point = chars
                .windows(3)
                .any(|w| w[0].is_ascii_digit() && w[1] == '.' && w[2].is_ascii_digit());
            assert!(!point, "{by}={}: {es}", v.value);
        }
        let base = Params::default();
        let bw = vary::variant(&base, "bw", "2.5Gbit/s").unwrap();
        assert_eq!(name(Lang::Es, "bw", &bw), "2,5 Gbit/s");
        assert_eq!(name(Lang::ZhCn, "bw", &bw), "2.5 Gbit/s");
        let f = vary::variant(&base, "fault", "link-failure@40s").unwrap();
        assert_eq!(name(Lang::Es, "fault", &f), "fallo del enlace a los 40 s");
    }
}
