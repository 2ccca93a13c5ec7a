//! The replay's sentences in the students' language (issue 28): the headline
//! ([`replay::narrate`]) and where each inferred flag came from ([`replay::Flag::from`])
//! for every recording of `tests/data/qemu/` (whole, cut short, and XBZRLE's with and
//! without its counters, failed, cancelled, with a flag changed). English is pinned in
//! `tests/data/replay-said.txt`, as the model wrote it before it wrote message ids
//! (`PIN=1 cargo test --test replay_said` writes the file anew); the recordings reach
//! every `replay-said-…` and `replay-from-…` message of `model.ftl`, and each sentence
//! reads in Spanish and Chinese with no fallback.

mod common;
use common::RECORDINGS as NAMES;
use migration_model::i18n::{take_misses, Lang};
use migration_model::replay::{self, Flag, Recording};
use migration_model::say::{self, Say};
use std::collections::BTreeSet;
use std::path::PathBuf;

fn data(rel: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data")
        .join(rel)
}

fn text(rel: &str) -> String {
    std::fs::read_to_string(data(rel)).expect("recording")
}

/// The first `share` of a recording's lines: a recording cut short.
fn cut(text: &str, share: f64) -> String {
    let lines: Vec<&str> = text.lines().collect();
    let n = ((lines.len() as f64) * share).round() as usize;
    lines[..n.max(1)].join("\n")
}

/// A recording's text with every `from` written as `to` (a variant QEMU could have
/// recorded: a failed end, a capability the model does not have, an event missing).
fn edited(text: &str, from: &str, to: &str) -> String {
    text.lines()
        .map(|l| l.replace(from, to))
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join("\n")
}

/// The texts: each run whole and cut short, failed instead of completed, with a
/// capability the model does not have, without its RESUME; XBZRLE's with and without
/// its counters.
fn texts() -> Vec<(String, String)> {
    let mut texts: Vec<(String, String)> = Vec::new();
    for name in NAMES {
        let t = text(&format!("qemu/runs/{name}.jsonl"));
        for share in [0.25, 0.5, 0.75] {
            texts.push((format!("{name} cut {share}"), cut(&t, share)));
        }
        let failed = edited(&t, "\"completed\"", "\"failed\"");
        texts.push((format!("{name} failed"), failed));
        let cancelled = edited(&t, "\"completed\"", "\"cancelled\"");
        texts.push((format!("{name} cancelled"), cancelled));
        let resume = "\"event\": \"RESUME\"";
        let no_resume = t
            .lines()
            .filter(|l| !l.contains(resume))
            .collect::<Vec<_>>();
        let no_resume = no_resume.join("\n");
        let failed = edited(&no_resume, "\"completed\"", "\"failed\"");
        texts.push((format!("{name} failed, no RESUME"), failed));
        texts.push((format!("{name} no RESUME"), no_resume));
        texts.push((name.to_string(), t));
    }
    let caps = "\"capabilities\": []";
    let moderate = text("qemu/runs/moderate.jsonl");
    let multifd = edited(&moderate, caps, "\"capabilities\": [\"multifd\"]");
    texts.push(("moderate multifd".into(), multifd));
    let both = "\"capabilities\": [\"multifd\", \"compress\"]";
    texts.push((
        "moderate multifd compress".into(),
        edited(&moderate, caps, both),
    ));
    let counters = "\"ram.multifd-bytes\": 5000000, \"compression.pages\": 1200, \
                    \"compression.compressed-size\": 300000, \"ram.transferred\": ";
    let counted = edited(&moderate, "\"ram.transferred\": ", counters);
    texts.push(("moderate multifd and compression counted".into(), counted));
    let multifd_cut = cut(
        &edited(&moderate, caps, "\"capabilities\": [\"multifd\"]"),
        0.3,
    );
    texts.push(("moderate multifd cut".into(), multifd_cut));
    let huge = edited(
        &moderate,
        "\"ram.page-size\": 4096",
        "\"ram.page-size\": 8192",
    );
    texts.push(("moderate 8 KiB pages".into(), huge));
    let timeout = "\"cancel_after_s\"";
    let untimed = edited(
        &text("qemu/runs/nonconverging.jsonl"),
        timeout,
        "\"no_timeout\"",
    );
    texts.push(("nonconverging without its timeout".into(), untimed));
    let pages = "\"compression.pages\": 1200, \"ram.transferred\": ";
    let compressed = edited(&moderate, "\"ram.transferred\": ", pages);
    texts.push(("moderate compression counted".into(), compressed));
    let auto = text("qemu/runs/nonconverging_autoconverge.jsonl");
    let no_guest = auto.lines().filter(|l| !l.contains("\"kind\": \"dirty\""));
    let no_guest = cut(&no_guest.collect::<Vec<_>>().join("\n"), 0.5);
    texts.push((
        "nonconverging_autoconverge no dirty lines cut".into(),
        no_guest,
    ));
    let x = text("qemu/qmp/xbzrle.log");
    let plain = common::without_xbzrle_counters(&x);
    texts.push(("xbzrle plain".into(), plain));
    let no_size = edited(&x, "\"cache-size\"", "\"unsized\"");
    texts.push(("xbzrle without its cache size".into(), no_size));
    texts.push(("xbzrle".into(), x));
    texts
}

/// A flag a user changed beside the recording (the model's side differs then).
const CHANGED: &[(&str, &str)] = &[
    ("--bandwidth", "100GB/s"),
    ("--bandwidth", "10MB/s"),
    ("--zero-pages", "0%"),
    ("--zero-pages", "90%"),
    ("--dirty-rate", "0pages/s"),
    ("--dirty-rate", "1000pages/s"),
    ("--zero-pages", "30%"),
    ("--zero-pages", "60%"),
    ("--zero-pages", "15%"),
    ("--zero-pages", "45%"),
    ("--zero-pages", "75%"),
];

/// Every replay the sentences are checked on, with a label and whether its flags are
/// as inferred: each text as inferred, and with each of [`CHANGED`].
fn replays() -> Vec<(String, bool, Recording, replay::Replay)> {
    let mut out = Vec::new();
    for (label, t) in texts() {
        let Ok(rec) = replay::parse(&t) else { continue };
        let flags = replay::infer(&rec);
        let mut variants = vec![(label.clone(), true, flags.clone())];
        for (flag, value) in CHANGED {
            let mut f = flags.clone();
            for x in f.iter_mut().filter(|x| x.flag == *flag) {
                x.value = value.to_string();
            }
            variants.push((format!("{label} {flag} {value}"), false, f));
        }
        for (label, inferred, flags) in variants {
            let Ok(params) = replay::params_from_flags(&flags) else {
                continue;
            };
            if let Ok(r) = replay::replay_with(&rec, flags, params) {
                out.push((label, inferred, rec.clone(), r));
            }
        }
    }
    out
}

/// The English the replay writes for every replay: a headline line, then (flags as
/// inferred) a line per flag with where it came from.
fn english() -> String {
    let mut out = String::new();
    for (label, inferred, rec, r) in replays() {
        let headline = replay::narrate(&rec, &r.comparison, &r.params);
        out.push_str(&format!("{label}\t{headline}\n"));
        for f in r.flags.iter().filter(|_| inferred) {
            out.push_str(&format!("{label}\t{}\t{}\n", f.flag, f.from));
        }
    }
    out
}

#[test]
fn english_is_the_sentence_the_replay_wrote_before() {
    let said = english();
    let path = data("replay-said.txt");
    if std::env::var_os("PIN").is_some() {
        std::fs::write(&path, &said).unwrap();
    }
    let pinned = std::fs::read_to_string(&path).expect("tests/data/replay-said.txt");
    for (a, b) in pinned.lines().zip(said.lines()) {
        assert_eq!(b, a);
    }
    assert_eq!(said.lines().count(), pinned.lines().count());
}

/// A flag the model refuses, beside a recording: its value unreadable, out of range,
/// or a flag the replay does not set (the app's `replay-out-of-range` reason).
fn refusals() -> Vec<Say> {
    let rec = replay::parse(&text("qemu/runs/moderate.jsonl")).unwrap();
    let flags = replay::infer(&rec);
    let with = |flag: &'static str, value: &str| {
        let mut f: Vec<Flag> = flags.iter().filter(|x| x.flag != flag).cloned().collect();
        f.push(Flag {
            flag,
            value: value.into(),
            from: Say::new("replay-from-qemu"),
        });
        replay::params_from_flags(&f).unwrap_err()
    };
    vec![
        with("--memory", "lots"),
        with("--memory", "1B"),
        with("--bogus", "1"),
    ]
}

/// Every sentence the replay writes for the recordings: headlines, flags' sources and
/// refusals.
fn sentences() -> Vec<Say> {
    let mut out = refusals();
    for (_, inferred, rec, r) in replays() {
        out.push(replay::narrate(&rec, &r.comparison, &r.params));
        if inferred {
            out.extend(r.flags.iter().map(|f| f.from.clone()));
        }
    }
    out
}

/// Messages no recording reaches, and why: a completed migration leaves the VM at the
/// destination (or in the file after a save); a cancelled or failed one leaves it
/// running at the source, or lost; so the headline never finds it stopped at the
/// source (the message stays for a moment the replay's rules might reach later).
const UNREACHED: &[&str] = &["replay-said-vm-stopped"];

#[test]
fn the_recordings_reach_every_sentence() {
    let reached: BTreeSet<&str> = sentences().iter().flat_map(Say::ids).collect();
    let missed: Vec<&str> = say::IDS
        .iter()
        .copied()
        .filter(|id| id.starts_with("replay-said-") || id.starts_with("replay-from-"))
        .filter(|id| !reached.contains(id) && !UNREACHED.contains(id))
        .collect();
    assert!(missed.is_empty(), "no recording reaches {missed:?}");
    for id in UNREACHED {
        assert!(say::IDS.contains(id) && !reached.contains(id), "{id}");
    }
}

#[test]
fn every_sentence_reads_in_every_language_without_a_fallback() {
    let _ = take_misses();
    let mut seen = BTreeSet::new();
    for s in sentences() {
        let en = s.to_string();
        if !seen.insert(format!("{s:?}")) {
            continue;
        }
        assert_eq!(s.tr(Lang::En), en);
        for lang in Lang::ALL {
            let t = s.tr(lang);
            assert!(
                !t.is_empty() && !t.contains("{$") && !t.contains("{ $"),
                "{lang}: {t}"
            );
            assert!(
                !t.contains("replay-said-") && !t.contains("replay-from-"),
                "{lang}: {t}"
            );
            if lang != Lang::En {
                assert_ne!(t, en, "{lang}");
                // No sentence of the English catalogue left inside.
                assert!(
                    !t.contains("Model and QEMU") && !t.contains("QEMU's"),
                    "{lang}: {t}"
                );
            }
            if lang == Lang::ZhCn {
                assert!(
                    t.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)),
                    "{t}"
                );
            }
        }
        let misses = take_misses();
        assert!(misses.is_empty(), "{en}: {misses:?}");
    }
}

/// Whether `text` has a decimal point between digits (Spanish writes a comma).
fn point(text: &str) -> bool {
    text.as_bytes()
        .windows(3)
        .any(|w| w[0].is_ascii_digit() && w[1] == b'.' && w[2].is_ascii_digit())
}

#[test]
fn spanish_and_chinese_say_it_as_a_teacher_would() {
    let all = replays();
    let (_, _, rec, r) = all.iter().find(|(l, ..)| l == "moderate").unwrap();
    let said = replay::narrate(rec, &r.comparison, &r.params);
    let en = said.to_string();
    assert!(en.starts_with("QEMU completed the migration in "), "{en}");
    let es = said.tr(Lang::Es);
    assert!(es.starts_with("QEMU completó la migración en "), "{es}");
    assert!(es.contains("la VM corre en el destino."), "{es}");
    // A number written for people takes the decimal comma; QEMU's words stay.
    assert!(es.contains(" s ("), "{es}");
    assert!(!point(&es), "{es}");
    let zh = said.tr(Lang::ZhCn);
    assert!(zh.starts_with("QEMU 用 "), "{zh}");
    assert!(zh.contains("虚拟机在目标主机上运行。"), "{zh}");
    let headlines: Vec<Say> = all
        .iter()
        .map(|(_, _, rec, r)| replay::narrate(rec, &r.comparison, &r.params))
        .collect();
    let cut = headlines
        .iter()
        .find(|s| s.to_string().contains("'postcopy-active'"))
        .unwrap();
    assert!(
        cut.tr(Lang::Es).contains("todavía en 'postcopy-active'"),
        "{}",
        cut.tr(Lang::Es)
    );
    let secs = cut.tr(Lang::Es);
    assert!(!point(&secs) && secs.contains(','), "{secs}");
    let down = headlines
        .iter()
        .find(|s| s.to_string().contains("of downtime"))
        .unwrap();
    assert!(
        down.tr(Lang::Es).contains("tiempo de inactividad"),
        "{}",
        down.tr(Lang::Es)
    );
    assert!(
        down.tr(Lang::ZhCn).contains("停机时间"),
        "{}",
        down.tr(Lang::ZhCn)
    );
}
