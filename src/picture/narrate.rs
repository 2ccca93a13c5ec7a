//! One line, in plain words, saying what happens at t and why. A pure function of the
//! trace, the parameters, t and the language, so it is tested natively. The words are
//! the catalogue's `narr-*` messages; quantities are written by `format` and the whole
//! line is put in the language's notation at the end (`format::in_lang`). The model's
//! own sentence (`trace.stop_reason`) comes in the line's language (`i18n::say`).

use crate::i18n::{t, t0, Arg, Lang};
use crate::picture::format;
use crate::picture::labels::{fault_label, hold_reason, outcome_id};
use migration_model::sim::TCP_WINDOW_BYTES;
use migration_model::{
    EventKind, FaultKind, MigrationType, Outcome, Params, PhaseKind, Round, StopPolicy, Trace,
};

pub fn narrate(trace: &Trace, params: &Params, t_s: f64, lang: Lang) -> String {
    let line = phase_line(trace, params, t_s, lang);
    let line = match trace.phase_at(t_s).map(|p| p.kind) {
        Some(PhaseKind::PreCopy { .. }) if t_s < trace.end_s() => {
            match link_trouble(trace, params, t_s, lang) {
                Some(why) => t(
                    lang,
                    "narr-join",
                    &[("line", line.into()), ("why", why.into())],
                ),
                None => line,
            }
        }
        _ => line,
    };
    format::in_lang(lang, line)
}

/// `t` with every argument a written string.
fn say(lang: Lang, id: &str, args: &[(&str, String)]) -> String {
    let args: Vec<(&str, Arg<'_>)> = args.iter().map(|(k, v)| (*k, v.as_str().into())).collect();
    t(lang, id, &args)
}

/// A latency spike or bandwidth drop in force at `t`, said with what it does to the
/// round: the rate the link achieves now against the rate the guest writes.
fn link_trouble(trace: &Trace, params: &Params, t: f64, lang: Lang) -> Option<String> {
    // Most runs have no such fault: no scan of their events.
    params.faults.iter().find(|f| {
        matches!(
            f.kind,
            FaultKind::LatencySpike { .. } | FaultKind::BandwidthDrop { .. }
        )
    })?;
    let (at, fault) = trace.events_until(t).iter().find_map(|e| match e.kind {
        EventKind::Fault {
            fault:
                f @ (FaultKind::LatencySpike { duration_s, .. }
                | FaultKind::BandwidthDrop { duration_s, .. }),
        } if t < e.t_s + duration_s => Some((e.t_s, f)),
        _ => None,
    })?;
    let rate = trace.send_rate_at(t);
    let cause = match fault {
        FaultKind::LatencySpike { extra_rtt_s, .. } => say(
            lang,
            "narr-spike",
            &[
                ("at", format::duration(at)),
                ("extra", format::duration(extra_rtt_s)),
                (
                    "window",
                    format::bytes(
                        TCP_WINDOW_BYTES.max(params.bandwidth_bytes_per_s * params.rtt_s),
                    ),
                ),
                ("rate", format::byte_rate(rate)),
            ],
        ),
        _ => say(
            lang,
            "narr-drop",
            &[
                ("at", format::duration(at)),
                ("rate", format::byte_rate(rate)),
            ],
        ),
    };
    let writes = params.dirty_rate_bytes_per_s;
    Some(if rate < writes {
        say(
            lang,
            "narr-trouble-drags",
            &[("cause", cause), ("writes", format::byte_rate(writes))],
        )
    } else {
        say(lang, "narr-trouble-slower", &[("cause", cause)])
    })
}

/// Why a rollback leaves the VM where it was, by type.
fn rollback_line(trace: &Trace, lang: Lang) -> String {
    let cause = trace
        .events
        .iter()
        .rev()
        .find_map(|e| match e.kind {
            EventKind::Fault { fault }
                if !matches!(
                    fault,
                    FaultKind::LatencySpike { .. } | FaultKind::BandwidthDrop { .. }
                ) =>
            {
                Some(say(
                    lang,
                    "narr-rollback-cause",
                    &[
                        ("fault", fault_label(lang, &fault)),
                        ("t", format::duration(e.t_s)),
                    ],
                ))
            }
            _ => None,
        })
        .unwrap_or_else(|| t0(lang, "narr-rollback-failure"));
    let id = match trace.migration_type {
        MigrationType::Cold => "narr-rollback-cold",
        MigrationType::Suspended => "narr-rollback-suspended",
        _ => "narr-rollback-live",
    };
    say(lang, id, &[("cause", cause)])
}

/// When a round's set is no smaller than the last one's, why: λ ≥ 1 (the guest writes
/// at least as fast as the link sends), or the working set is dirty again within every
/// round and more than the downtime limit lets through.
fn why_no_smaller(
    params: &Params,
    prev: Option<&Round>,
    cur: Option<&Round>,
    lang: Lang,
) -> String {
    let (Some(prev), Some(cur)) = (prev, cur) else {
        return String::new();
    };
    if prev.index == 0 || cur.pending_bytes_at_start < 0.97 * prev.pending_bytes_at_start {
        return String::new();
    }
    let lambda = Trace::lambda(params);
    let ws = params.working_set() as f64;
    if lambda >= 1.0 {
        say(
            lang,
            "narr-no-shrink-lambda",
            &[
                ("writes", format::byte_rate(params.dirty_rate_bytes_per_s)),
                ("sends", format::byte_rate(params.stream_rate_bytes_per_s())),
                ("lambda", format!("{lambda:.2}")),
            ],
        )
    } else if prev.dirty_bytes_at_end >= 0.9 * ws {
        say(
            lang,
            "narr-no-shrink-working-set",
            &[
                ("ws", format::bytes(ws)),
                ("limit", format::duration(params.downtime_limit_s)),
            ],
        )
    } else {
        String::new()
    }
}

/// A pre-copy round after the first: what goes again, why it does not shrink, and the
/// throttle.
fn round_line(trace: &Trace, params: &Params, round: u32, lang: Lang) -> String {
    let prev = trace.round(round - 1);
    let cur = trace.round(round);
    let throttle = cur.map_or(0.0, |r| r.throttle);
    let again = prev.map_or(String::new(), |r| {
        // QEMU syncs part-way through a pass once the rest fits its budget: the
        // next pass carries what the first pass had not reached yet as well as
        // what was written meanwhile.
        let (unreached, dirty) = cur.map_or((0.0, r.dirty_bytes_at_end), |c| {
            (
                c.unsent_bytes_at_start,
                c.pending_bytes_at_start - c.unsent_bytes_at_start,
            )
        });
        if unreached > 0.01 * r.pending_bytes_at_end {
            say(
                lang,
                "narr-round-unreached",
                &[
                    ("unreached", format::bytes(unreached)),
                    ("dirty", format::bytes(dirty)),
                ],
            )
        } else {
            say(
                lang,
                "narr-round-again",
                &[
                    ("dirty", format::bytes(dirty)),
                    ("prev", r.index.to_string()),
                ],
            )
        }
    });
    let throttle = if throttle > 0.0 {
        let policy = match trace.policy {
            StopPolicy::Qemu => "narr-policy-qemu",
            StopPolicy::Vmotion => "narr-policy-vmotion",
            _ => "narr-policy-other",
        };
        say(
            lang,
            "narr-throttle",
            &[
                ("policy", t0(lang, policy)),
                ("share", format::percent(throttle)),
            ],
        )
    } else {
        String::new()
    };
    say(
        lang,
        "narr-round",
        &[
            ("round", round.to_string()),
            ("again", again),
            ("why", why_no_smaller(params, prev, cur, lang)),
            ("throttle", throttle),
        ],
    )
}

fn phase_line(trace: &Trace, params: &Params, t_s: f64, lang: Lang) -> String {
    let end = trace.end_s();
    let Some(phase) = trace.phase_at(t_s) else {
        return t0(lang, "narr-nothing");
    };
    if t_s >= end && end > 0.0 {
        return finale(trace, lang);
    }
    let rounds = &trace.rounds;
    let reason = || crate::i18n::say(lang, &trace.stop_reason);
    let memory = || format::bytes(params.memory_bytes as f64 * (1.0 - params.zero_page_share));
    match phase.kind {
        PhaseKind::PreCopy { round: 0 } => say(
            lang,
            "narr-round-zero",
            &[
                ("mem", memory()),
                ("rate", format::byte_rate(params.dirty_rate_bytes_per_s)),
                ("lambda", format!("{:.2}", Trace::lambda(params))),
            ],
        ),
        PhaseKind::PreCopy { round } => round_line(trace, params, round, lang),
        // A paused (non-live) migration: everything goes with the VM stopped.
        PhaseKind::StopAndCopy
            if !trace
                .phases
                .iter()
                .any(|ph| matches!(ph.kind, PhaseKind::PreCopy { .. })) =>
        {
            let sent: f64 = rounds
                .iter()
                .filter(|r| r.is_final)
                .map(|r| r.bytes_sent)
                .sum();
            say(
                lang,
                "narr-paused-whole",
                &[("sent", format::bytes(sent)), ("reason", reason())],
            )
        }
        PhaseKind::StopAndCopy => {
            let last = rounds.iter().rfind(|r| r.is_final);
            let rest = last.map_or(0.0, |r| r.bytes_sent);
            say(
                lang,
                "narr-stop-and-copy",
                &[("rest", format::bytes(rest)), ("reason", reason())],
            )
        }
        PhaseKind::PostCopy => say(
            lang,
            "narr-postcopy",
            &[("faults", format!("{:.0}", trace.metrics.postcopy_faults))],
        ),
        PhaseKind::DiskCopy if params.shared_storage => t0(lang, "narr-disks-shared"),
        PhaseKind::DiskCopy => {
            let off = trace.migration_type == MigrationType::Cold;
            say(
                lang,
                "narr-disk-copy",
                &[
                    ("disk", format::bytes(params.disk_bytes as f64)),
                    ("state", if off { "off" } else { "paused" }.to_string()),
                ],
            )
        }
        PhaseKind::Suspend => say(lang, "narr-suspend", &[("mem", memory())]),
        PhaseKind::Hold { reason } => {
            say(lang, "narr-hold", &[("reason", hold_reason(lang, reason))])
        }
        PhaseKind::Rollback => rollback_line(trace, lang),
        PhaseKind::Lost => match trace.migration_type {
            MigrationType::PostCopy | MigrationType::Hybrid => t0(lang, "narr-lost-split"),
            _ => t0(lang, "narr-lost-source"),
        },
        other => t0(lang, fixed_line(other)),
    }
}

/// The phases said in one fixed sentence.
fn fixed_line(kind: PhaseKind) -> &'static str {
    match kind {
        PhaseKind::Switchover => "narr-switchover",
        PhaseKind::PostCopyPaused => "narr-postcopy-paused",
        PhaseKind::Shutdown => "narr-shutdown",
        PhaseKind::Boot => "narr-boot",
        PhaseKind::Transfer => "narr-transfer",
        PhaseKind::Restore => "narr-restore",
        PhaseKind::Resume => "narr-resume",
        _ => "narr-running-on-source",
    }
}

/// The longest line the run's narration will say (at each phase's middle and at the
/// end). The narration box reserves its height, so the picture below does not move as
/// the line changes during playback; it changes only with the run. A run of thousands of
/// rounds is sampled: the first and last [`LONGEST_SAMPLES`] phases (the last rounds
/// carry the longest numbers) and the first phase of each kind, so the cost stays bounded.
pub fn longest(trace: &Trace, params: &Params, lang: Lang) -> String {
    let n = trace.phases.len();
    let mut kinds_seen: Vec<&'static str> = Vec::new();
    let sampled = trace.phases.iter().enumerate().filter(|(i, p)| {
        let first_of_kind = !kinds_seen.contains(&p.kind.legend_label());
        if first_of_kind {
            kinds_seen.push(p.kind.legend_label());
        }
        *i < LONGEST_SAMPLES || *i + LONGEST_SAMPLES >= n || first_of_kind
    });
    sampled
        .map(|(_, p)| (p.start_s + p.end_s) / 2.0)
        .chain([trace.end_s()])
        .map(|t| narrate(trace, params, t, lang))
        .max_by_key(|line| line.chars().count())
        .unwrap_or_default()
}

/// Phases at each end of a long run that [`longest`] reads.
pub const LONGEST_SAMPLES: usize = 8;

fn finale(trace: &Trace, lang: Lang) -> String {
    let m = &trace.metrics;
    let what = t0(lang, &format!("narr-what-{}", trace.migration_type.key()));
    match m.outcome {
        Outcome::Completed => say(
            lang,
            "narr-done",
            &[
                ("what", what),
                ("total", format::duration(m.total_time_s)),
                ("downtime", format::duration(m.downtime_s)),
                ("sent", format::bytes(m.bytes_sent)),
                ("factor", format!("{:.2}", m.bytes_sent_x_memory)),
            ],
        ),
        other => say(
            lang,
            "narr-ended",
            &[
                ("what", what),
                ("outcome", t0(lang, outcome_id(other))),
                ("reason", crate::i18n::say(lang, &trace.stop_reason)),
            ],
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use migration_model::{simulate, SuspendTransfer};

    #[test]
    fn the_ecommerce_story_tells_its_spike_and_its_clean_rollback() {
        let p = migration_model::presets::find("ecommerce-rollback")
            .expect("preset")
            .params();
        let tr = simulate(&p).expect("runs");
        let before = narrate(&tr, &p, 30.0, Lang::En);
        assert!(!before.contains("round trip"), "{before}");
        let spike = narrate(&tr, &p, 50.0, Lang::En);
        assert!(spike.contains("Since 40"), "{spike}");
        assert!(spike.contains("round trip is 1"), "{spike}");
        assert!(spike.contains("4 MiB window"), "{spike}");
        assert!(spike.contains("the dirty set grows"), "{spike}");
        let rb = tr
            .phases
            .iter()
            .find(|ph| ph.kind == PhaseKind::Rollback)
            .expect("rolls back");
        let line = narrate(&tr, &p, (rb.start_s + rb.end_s) / 2.0, Lang::En);
        assert!(line.contains("link failure at 1 min 05 s"), "{line}");
        assert!(line.contains("rollback is clean"), "{line}");
        assert!(line.contains("destination's partial copy"), "{line}");
    }

    #[test]
    fn a_paused_migration_says_the_vm_is_down_throughout() {
        let p = Params {
            migration_type: MigrationType::Suspended,
            suspend_transfer: SuspendTransfer::Stream,
            shared_storage: false,
            ..Params::default()
        };
        let t = simulate(&p).expect("valid");
        let copy = t
            .phases
            .iter()
            .find(|ph| ph.kind == PhaseKind::DiskCopy)
            .expect("disks first");
        let at =
            |ph: &migration_model::Phase| narrate(&t, &p, (ph.start_s + ph.end_s) / 2.0, Lang::En);
        assert!(at(copy).contains("while the VM is paused"), "{}", at(copy));
        let stream = t
            .phases
            .iter()
            .find(|ph| ph.kind == PhaseKind::StopAndCopy)
            .expect("the stream");
        assert!(
            at(stream).contains("paused for the whole migration"),
            "{}",
            at(stream)
        );
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod in_other_languages {
    use super::*;
    use migration_model::simulate;

    /// Every phase of the stories, and the end, in Spanish and Chinese: no English
    /// sentence of the catalogue is left, the model's own sentence on why the run
    /// stopped is translated too, and Spanish writes its decimals with a comma.
    #[test]
    fn the_stories_are_told_in_spanish_and_chinese() {
        let _ = migration_model::i18n::take_misses();
        let mut reasons = 0;
        for id in ["ecommerce-rollback", "finance-cold", "clark-specweb"] {
            let p = migration_model::presets::find(id).expect("preset").params();
            let tr = simulate(&p).expect("runs");
            let times = tr
                .phases
                .iter()
                .map(|ph| (ph.start_s + ph.end_s) / 2.0)
                .chain([50.0, tr.end_s()]);
            for t in times {
                let en = narrate(&tr, &p, t, Lang::En);
                let es = narrate(&tr, &p, t, Lang::Es);
                let zh = narrate(&tr, &p, t, Lang::ZhCn);
                assert_ne!(es, en);
                assert_ne!(zh, en);
                let english = tr.stop_reason.to_string();
                if en.contains(&english) {
                    for (lang, line) in [(Lang::Es, &es), (Lang::ZhCn, &zh)] {
                        assert!(!line.contains(&english), "{lang}: {line}");
                        let said = crate::i18n::say(lang, &tr.stop_reason);
                        assert_ne!(said, english);
                        assert!(line.contains(&format::in_lang(lang, said)), "{line}");
                    }
                    reasons += 1;
                }
                assert!(
                    !es.chars()
                        .collect::<Vec<_>>()
                        .windows(3)
                        .any(|w| { w[0].is_ascii_digit() && w[1] == '.' && w[2].is_ascii_digit() }),
                    "{es}"
                );
                assert_eq!(zh, crate::picture::format::in_lang(Lang::ZhCn, zh.clone()));
            }
        }
        assert!(reasons >= 2, "a rollback and a stop-and-copy say why");
        let misses = migration_model::i18n::take_misses();
        assert!(misses.is_empty(), "{misses:?}");
    }
}
