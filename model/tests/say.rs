//! The model's sentences in the students' language (issue 28): every sentence the engine
//! writes, over a sweep of scenarios, formats in English, Spanish and Chinese with no
//! fallback and no variable left; English is the sentence the engine wrote before it
//! wrote message ids (pinned below, as `migsim` prints it); the translations differ
//! from it.

use migration_model::i18n::{self, take_misses, Lang};
use migration_model::say::{self, Say, SayArg};
use migration_model::{
    presets, simulate, Change, ChangeKind, Fault, FaultKind, Hold, HoldReason, MigrationType, Note,
    Params, StopPolicy, SuspendTransfer, Trace,
};
use std::collections::BTreeSet;

/// Rate faults, at moments that fall in pre-copy, in a transfer or after the end.
fn rate_faults() -> Vec<Vec<Fault>> {
    let mut out = Vec::new();
    for at_s in [3.0, 20.0, 400.0] {
        for kind in [
            FaultKind::BandwidthDrop {
                to_bytes_per_s: 10.0 * 1e6,
                duration_s: 20.0,
            },
            FaultKind::LatencySpike {
                extra_rtt_s: 1.0,
                duration_s: 60.0,
            },
        ] {
            out.push(vec![Fault { at_s, kind }]);
        }
    }
    out
}

/// A failure of each kind in the middle of each kind of phase `p`'s run goes through.
fn failures_in_every_phase(p: &Params) -> Vec<Params> {
    let Ok(t) = simulate(p) else {
        return Vec::new();
    };
    let mut seen = BTreeSet::new();
    let mut out = Vec::new();
    for ph in &t.phases {
        let kind = format!("{:?}", ph.kind);
        let kind = kind
            .split([' ', '{'])
            .next()
            .unwrap_or_default()
            .to_string();
        if !seen.insert(kind) {
            continue;
        }
        for kind in [
            FaultKind::LinkFailure,
            FaultKind::SourceHostFailure,
            FaultKind::DestinationHostFailure,
        ] {
            out.push(Params {
                faults: vec![Fault {
                    at_s: (ph.start_s + ph.end_s) / 2.0,
                    kind,
                }],
                ..p.clone()
            });
        }
    }
    out
}

/// Timed changes of both rates, from the start and later.
fn changes(first_bandwidth: bool) -> Vec<Change> {
    let bw = ChangeKind::Bandwidth {
        bytes_per_s: 12.5 * 1e6,
    };
    let dirty = ChangeKind::DirtyRate {
        bytes_per_s: 50.0 * 1e6,
    };
    let (a, b) = if first_bandwidth {
        (bw, dirty)
    } else {
        (dirty, bw)
    };
    vec![
        Change { at_s: 0.0, kind: a },
        Change {
            at_s: 10.0,
            kind: b,
        },
    ]
}

/// Scenarios: every preset under every type, and a default VM under every type and
/// policy with failures in each of its phases, rate faults, a time limit,
/// auto-converge, libvirt's --timeout, holds, both suspend transfers (with disks to
/// copy), shared storage and timed changes.
fn scenarios() -> Vec<Params> {
    let mut out = Vec::new();
    for preset in presets::all() {
        for ty in MigrationType::ALL {
            let mut p = preset.params();
            p.migration_type = ty;
            out.push(p);
        }
    }
    for ty in MigrationType::ALL {
        for policy in StopPolicy::ALL {
            for transfer in SuspendTransfer::ALL {
                let base = Params {
                    migration_type: ty,
                    policy,
                    suspend_transfer: transfer,
                    disk_bytes: 2_000_000_000,
                    shared_storage: false,
                    ..Params::default()
                };
                out.extend(failures_in_every_phase(&base));
                for faults in rate_faults() {
                    out.push(Params {
                        faults,
                        ..base.clone()
                    });
                }
                for (i, reason) in HoldReason::ALL.into_iter().enumerate() {
                    let hold = Hold {
                        start_after_suspend_s: 1.0,
                        duration_s: [600.0, 36_000.0, 60.0, 5.0][i],
                        reason,
                    };
                    let held = Params {
                        holds: vec![hold],
                        time_limit_s: 3600.0,
                        ..base.clone()
                    };
                    out.extend(failures_in_every_phase(&held));
                    out.push(held);
                }
                let heavy = Params {
                    dirty_rate_bytes_per_s: 300.0 * 1e6,
                    ..base.clone()
                };
                out.push(Params {
                    time_limit_s: 30.0,
                    ..heavy.clone()
                });
                out.push(Params {
                    auto_converge: true,
                    ..heavy.clone()
                });
                out.push(Params {
                    suspend_after_s: Some(20.0),
                    ..heavy.clone()
                });
                out.extend(failures_in_every_phase(&Params {
                    suspend_after_s: Some(20.0),
                    ..heavy.clone()
                }));
                out.push(Params {
                    shared_storage: true,
                    ..base.clone()
                });
                for first_bandwidth in [true, false] {
                    out.push(Params {
                        changes: changes(first_bandwidth),
                        ..base.clone()
                    });
                }
            }
        }
    }
    out
}

/// Every sentence of a trace: its events' notes and why it stopped.
fn notes(t: &Trace) -> impl Iterator<Item = &Note> {
    t.events.iter().map(|e| &e.note).chain([&t.stop_reason])
}

#[test]
fn every_sentence_of_the_sweep_reads_in_every_language() {
    let _ = take_misses();
    let mut ids = BTreeSet::new();
    let mut checked = 0;
    for p in scenarios() {
        let Ok(t) = simulate(&p) else { continue };
        for note in notes(&t) {
            let Some(said) = note.say() else {
                assert!(note.is_empty(), "plain text from the engine: {note}");
                continue;
            };
            ids.insert(said.id);
            let en = note.to_string();
            assert_eq!(note.tr(Lang::En), en);
            for lang in Lang::ALL {
                let text = note.tr(lang);
                assert!(!text.is_empty() && !text.contains('{'), "{lang}: {text}");
                assert!(!text.contains(said.id), "{lang}: {text}");
                if lang != Lang::En {
                    assert_ne!(text, en, "{lang}: {}", said.id);
                }
            }
            let misses = take_misses();
            assert!(misses.is_empty(), "{}: {misses:?}", said.id);
            checked += 1;
        }
    }
    assert!(checked > 1000, "{checked} sentences");
    // The sweep reaches every sentence the engine writes: why a run stopped (stop-…)
    // and its events' notes (note-…). The catalogue's other sentences are other
    // readers' and writers', each reached by its own test: the what-if names (vary-…,
    // tests/vary.rs), a recording's read errors (tests/recording_errors.rs), a lesson
    // file's mistakes (lesson-…, tests/lesson_errors.rs); its words (word-…) are
    // arguments, never sentences.
    let sentences: Vec<&str> = say::IDS
        .iter()
        .copied()
        .filter(|id| id.starts_with("stop-") || id.starts_with("note-"))
        .collect();
    let missed: Vec<&&str> = sentences.iter().filter(|id| !ids.contains(**id)).collect();
    assert!(missed.is_empty(), "the sweep does not reach {missed:?}");
}

/// The `$variables` message `id`'s entry in the English `model.ftl` names.
fn variables(id: &str) -> Vec<&'static str> {
    let src = Lang::En.model_ftl();
    let start = src
        .lines()
        .position(|l| l.starts_with(&format!("{id} =")))
        .expect("the id is in the file");
    let entry: Vec<&str> = src
        .lines()
        .skip(start)
        .enumerate()
        .take_while(|(i, l)| *i == 0 || l.starts_with(' '))
        .map(|(_, l)| l)
        .collect();
    let mut vars: Vec<&'static str> = entry
        .join("\n")
        .split('$')
        .skip(1)
        .map(|r| {
            let v: String = r
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '-')
                .collect();
            &*Box::leak(v.into_boxed_str())
        })
        .collect();
    vars.sort_unstable();
    vars.dedup();
    vars
}

/// Every message of `model.ftl`, with its arguments as numbers or as each selector's
/// words: English from the generated code reads as Fluent formats it, and every
/// language formats it without a fallback or a variable left.
#[test]
fn every_message_formats_in_every_language_and_english_is_fluents() {
    let _ = take_misses();
    let words = [
        "cap",
        "limit",
        "auto-converge",
        "no-limit",
        "policy",
        "qemu",
        "textbook",
        "vmotion",
        "simgrid",
        "1.5 s",
    ];
    for id in say::IDS {
        let vars = variables(id);
        let mut sets: Vec<Say> = Vec::new();
        for n in [0.0, 1.0, 2.0, 12.0] {
            sets.push(vars.iter().fold(Say::new(id), |s, v| s.num(v, n)));
        }
        for w in words {
            sets.push(vars.iter().fold(Say::new(id), |s, v| s.text(v, w)));
        }
        for s in sets {
            let fluent_args: Vec<(&str, _)> = s
                .args
                .iter()
                .map(|(k, v)| {
                    let v = match v {
                        SayArg::Num(n) => i18n::n(*n),
                        SayArg::Text(t) | SayArg::Quote(t) => i18n::s(t.clone()),
                        SayArg::Word(w) => i18n::s(*w),
                        SayArg::Say(inner) => i18n::s(inner.to_string()),
                    };
                    (*k, v)
                })
                .collect();
            assert_eq!(
                Ok(s.to_string()),
                i18n::try_tr(Lang::En, id, &fluent_args),
                "{id}"
            );
            for lang in Lang::ALL {
                let t = s.tr(lang);
                // A recording's errors quote JSON's braces and a lesson's mistakes the
                // file's own {placeholder} syntax: a variable left is `{$…}`.
                assert!(!t.contains("{$") && !t.is_empty(), "{lang} {id}: {t}");
            }
            assert!(take_misses().is_empty(), "{id}");
        }
    }
}

#[test]
fn english_is_the_sentence_the_engine_wrote_before() {
    // The textbook worked example (docs/model.md), as `migsim` printed it.
    let p = Params {
        policy: StopPolicy::Textbook,
        resume_time_s: 0.0,
        device_state_bytes: 0,
        downtime_limit_s: 0.3,
        ..Params::default()
    };
    let t = simulate(&p).unwrap();
    assert_eq!(
        t.stop_reason.to_string(),
        "Pending 30.2 MiB fits 300 ms at 125 MB/s: the textbook rule pauses the VM for the last copy"
    );
    let first: Vec<String> = t
        .events
        .iter()
        .take(3)
        .map(|e| e.note.to_string())
        .collect();
    assert_eq!(
        first,
        [
            "Live (pre-copy) migration of a 4 GiB VM starts",
            "Round 0 sends all 4 GiB of memory while the VM runs",
            "Round 1 sends the 3.2 GiB still dirty at the bitmap sync that ended round 0",
        ]
    );
    let json = serde_json::to_value(&t).unwrap();
    assert_eq!(json["stop_reason"], t.stop_reason.to_string());
    assert_eq!(json["events"][2]["note"], first[2]);

    let hybrid = simulate(&Params {
        migration_type: MigrationType::Hybrid,
        ..Params::default()
    })
    .unwrap();
    assert_eq!(
        hybrid.stop_reason.to_string(),
        "After 1 pre-copy round the hybrid migration switches to post-copy with 3.18 GiB still dirty"
    );

    let failed = simulate(&Params {
        faults: vec![Fault {
            at_s: 20.0,
            kind: FaultKind::LinkFailure,
        }],
        ..Params::default()
    })
    .unwrap();
    assert_eq!(
        failed.stop_reason.to_string(),
        "The link failure ends the migration: it is abandoned and the VM keeps running on the source"
    );
    assert!(failed
        .events
        .iter()
        .any(|e| e.note.to_string() == "link failure at 20 s"));
}

#[test]
fn spanish_and_chinese_say_it_in_their_words_and_notation() {
    let failed = simulate(&Params {
        faults: vec![Fault {
            at_s: 20.0,
            kind: FaultKind::LinkFailure,
        }],
        ..Params::default()
    })
    .unwrap();
    assert_eq!(
        failed.stop_reason.tr(Lang::Es),
        "El fallo del enlace termina la migración: se abandona y la VM sigue funcionando en el origen"
    );
    assert_eq!(
        failed.stop_reason.tr(Lang::ZhCn),
        "链路故障终止了迁移：迁移被放弃，虚拟机继续在源主机上运行"
    );
    let hybrid = simulate(&Params {
        migration_type: MigrationType::Hybrid,
        ..Params::default()
    })
    .unwrap();
    // A decimal comma in Spanish, and the plural chosen by the number.
    assert_eq!(
        hybrid.stop_reason.tr(Lang::Es),
        "Tras 1 ronda de pre-copia, la migración híbrida pasa a post-copia con 3,18 GiB aún sucios"
    );
    // A trace read back from JSON holds plain text, shown as it is in any language.
    let back: Trace = serde_json::from_str(&serde_json::to_string(&hybrid).unwrap()).unwrap();
    assert!(matches!(back.stop_reason, Note::Text(_)));
    assert_eq!(
        back.stop_reason.tr(Lang::Es),
        hybrid.stop_reason.to_string()
    );
    assert_eq!(back.stop_reason, hybrid.stop_reason);
    assert_eq!(back.events[0].note, hybrid.events[0].note);
}
