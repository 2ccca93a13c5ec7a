//! The replay's sentences in the students' language (issue 28): the headline
//! ([`replay::narrate`]) and where each inferred flag came from ([`replay::Flag::from`])
//! for every recording of `tests/data/qemu/` (whole, cut short, and XBZRLE's with and
//! without its counters). English is pinned in `tests/data/replay-said.txt`, as the
//! model wrote it before it wrote message ids (`PIN=1 cargo test --test replay_said`
//! writes the file anew).

use migration_model::replay::{self, Recording};
use std::path::PathBuf;

const NAMES: [&str; 9] = [
    "idle",
    "moderate",
    "heavy_converging",
    "nonconverging",
    "nonconverging_autoconverge",
    "nonconverging_postcopy",
    "moderate_dtl50",
    "paused",
    "save_restore",
];

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
    let plain: String = x
        .lines()
        .map(|l| match l.find(", \"xbzrle-cache\"") {
            Some(i) => format!("{}}}}}", &l[..i]),
            None => l.to_string(),
        })
        .collect::<Vec<_>>()
        .join("\n");
    texts.push(("xbzrle plain".into(), plain));
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
