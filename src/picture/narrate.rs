//! One line, in plain words, saying what happens at t and why. A pure function of the
//! trace, the parameters and t, so it is tested natively.

use crate::picture::format;
use crate::picture::labels::outcome_label;
use migration_model::sim::TCP_WINDOW_BYTES;
use migration_model::{
    EventKind, FaultKind, MigrationType, Outcome, Params, PhaseKind, Round, StopPolicy, Trace,
};

pub fn narrate(trace: &Trace, params: &Params, t_s: f64) -> String {
    let line = phase_line(trace, params, t_s);
    match trace.phase_at(t_s).map(|p| p.kind) {
        Some(PhaseKind::PreCopy { .. }) if t_s < trace.end_s() => {
            match link_trouble(trace, params, t_s) {
                Some(why) => format!("{line} {why}"),
                None => line,
            }
        }
        _ => line,
    }
}

/// A latency spike or bandwidth drop in force at `t`, said with what it does to the
/// round: the rate the link achieves now against the rate the guest writes.
fn link_trouble(trace: &Trace, params: &Params, t: f64) -> Option<String> {
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
        FaultKind::LatencySpike { extra_rtt_s, .. } => format!(
            "Since {} the round trip is {} longer: TCP carries only its {} window per round trip, {} now",
            format::duration(at),
            format::duration(extra_rtt_s),
            format::bytes(TCP_WINDOW_BYTES.max(params.bandwidth_bytes_per_s * params.rtt_s)),
            format::byte_rate(rate),
        ),
        _ => format!(
            "Since {} the link carries only {}",
            format::duration(at),
            format::byte_rate(rate)
        ),
    };
    let writes = params.dirty_rate_bytes_per_s;
    Some(if rate < writes {
        format!(
            "{cause}, less than the {} the guest writes: the round drags on and the dirty set grows.",
            format::byte_rate(writes)
        )
    } else {
        format!("{cause}: the round takes longer.")
    })
}

/// Why a rollback leaves the VM where it was, by type.
fn rollback_line(trace: &Trace) -> String {
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
                Some(format!(
                    "The {} at {}",
                    fault.label(),
                    format::duration(e.t_s)
                ))
            }
            _ => None,
        })
        .unwrap_or_else(|| "A failure".into());
    match trace.migration_type {
        MigrationType::Cold => format!("{cause} ends the migration: the destination's partial copy is discarded and the VM stays at the source, shut down."),
        MigrationType::Suspended => format!("{cause} ends the migration: the destination's partial copy is discarded and the VM stays suspended at the source, safe in its state file."),
        _ => format!("{cause} ends the migration and it rolls back. The rollback is clean: pre-copy never gave up the source, so the VM carries on there with all of its memory; only the destination's partial copy is discarded."),
    }
}

/// When a round's set is no smaller than the last one's, why: λ ≥ 1 (the guest writes
/// at least as fast as the link sends), or the working set is dirty again within every
/// round and more than the downtime limit lets through.
fn why_no_smaller(params: &Params, prev: Option<&Round>, cur: Option<&Round>) -> String {
    let (Some(prev), Some(cur)) = (prev, cur) else {
        return String::new();
    };
    if prev.index == 0 || cur.pending_bytes_at_start < 0.97 * prev.pending_bytes_at_start {
        return String::new();
    }
    let lambda = Trace::lambda(params);
    let ws = params.working_set() as f64;
    if lambda >= 1.0 {
        format!(
            ". The rounds no longer shrink: the guest writes {} and the link sends {} (λ = {lambda:.2}), so each round finds as much dirty as it sent",
            format::byte_rate(params.dirty_rate_bytes_per_s),
            format::byte_rate(params.stream_rate_bytes_per_s())
        )
    } else if prev.dirty_bytes_at_end >= 0.9 * ws {
        format!(
            ". The rounds no longer shrink: the guest's {} working set is dirty again within every round, and it is more than the {} downtime limit lets through",
            format::bytes(ws),
            format::duration(params.downtime_limit_s)
        )
    } else {
        String::new()
    }
}

fn phase_line(trace: &Trace, params: &Params, t_s: f64) -> String {
    let end = trace.end_s();
    let Some(phase) = trace.phase_at(t_s) else {
        return "Nothing to show yet.".into();
    };
    if t_s >= end && end > 0.0 {
        return finale(trace);
    }
    let rounds = &trace.rounds;
    let policy = policy_name(trace.policy);
    match phase.kind {
        PhaseKind::PreCopy { round: 0 } => format!(
            "Round 0: the first pass copies all {} of memory while the VM keeps running and writing {} (λ = {:.2}).",
            format::bytes(params.memory_bytes as f64 * (1.0 - params.zero_page_share)),
            format::byte_rate(params.dirty_rate_bytes_per_s),
            Trace::lambda(params),
        ),
        PhaseKind::PreCopy { round } => {
            let prev = trace.round(round - 1);
            let cur = trace.round(round);
            let throttle = cur.map_or(0.0, |r| r.throttle);
            let again = prev.map_or(String::new(), |r| {
                // QEMU syncs part-way through a pass once the rest fits its budget: the
                // next pass carries what the first pass had not reached yet as well as
                // what was written meanwhile.
                let (unreached, dirty) = cur.map_or((0.0, r.dirty_bytes_at_end), |c| {
                    (c.unsent_bytes_at_start, c.pending_bytes_at_start - c.unsent_bytes_at_start)
                });
                if unreached > 0.01 * r.pending_bytes_at_end {
                    format!(
                        " the {} that the first pass had not reached yet and the {} written meanwhile go now",
                        format::bytes(unreached),
                        format::bytes(dirty)
                    )
                } else {
                    format!(" the {} written while round {} was sending go again", format::bytes(dirty), r.index)
                }
            });
            let again = format!("{again}{}", why_no_smaller(params, prev, cur));
            if throttle > 0.0 {
                format!(
                    "Round {round}:{again}, and {policy} slows the vCPUs by {} so the guest writes less.",
                    format::percent(throttle)
                )
            } else {
                format!("Round {round}:{again}.")
            }
        }
        // A paused (non-live) migration: everything goes with the VM stopped.
        PhaseKind::StopAndCopy
            if !trace
                .phases
                .iter()
                .any(|ph| matches!(ph.kind, PhaseKind::PreCopy { .. })) =>
        {
            let sent: f64 = rounds.iter().filter(|r| r.is_final).map(|r| r.bytes_sent).sum();
            format!(
                "The VM is paused for the whole migration: its {} stream to the destination once, under the migration cap, the last part at link speed. {}",
                format::bytes(sent),
                trace.stop_reason
            )
        }
        PhaseKind::StopAndCopy => {
            let last = rounds.iter().rfind(|r| r.is_final);
            let rest = last.map_or(0.0, |r| r.bytes_sent);
            format!(
                "The VM is paused: the last {} go in one stop-and-copy. {}",
                format::bytes(rest),
                trace.stop_reason
            )
        }
        PhaseKind::Switchover => "Switchover: the VM pauses, its CPU and device state cross the link, and it resumes at the destination before most of its memory has arrived.".into(),
        PhaseKind::PostCopy => format!(
            "Post-copy: the VM already runs at the destination. A page it touches before the push brings it is fetched on demand, a round trip each ({:.0} such faults in this run).",
            trace.metrics.postcopy_faults
        ),
        PhaseKind::PostCopyPaused => "The link broke after switchover: the VM's memory is split between the hosts, so post-copy pauses until the link returns.".into(),
        PhaseKind::Shutdown => "Cold migration: the guest shuts down. Its memory is thrown away; only disks and configuration move.".into(),
        PhaseKind::DiskCopy => if params.shared_storage {
            "The disks are on shared storage, so only the configuration is copied.".into()
        } else {
            format!(
                "Copying {} of disk to the destination while the VM is {}.",
                format::bytes(params.disk_bytes as f64),
                if trace.migration_type == MigrationType::Cold { "off" } else { "paused" }
            )
        },
        PhaseKind::Boot => "The VM boots at the destination: applications start from scratch.".into(),
        PhaseKind::Suspend => format!(
            "Suspend: the VM's {} of memory is written to a state file. Applications will continue exactly where they were.",
            format::bytes(params.memory_bytes as f64 * (1.0 - params.zero_page_share))
        ),
        PhaseKind::Transfer => "The state file moves to the destination. The VM is down but safe.".into(),
        PhaseKind::Hold { reason } => format!(
            "On hold ({}). The VM stays safely suspended — and down — until the hold is lifted.",
            reason.label()
        ),
        PhaseKind::Restore => "The destination reads the state file back into memory.".into(),
        PhaseKind::Resume => "The VM resumes at the destination and announces its new location to the network.".into(),
        PhaseKind::Rollback => rollback_line(trace),
        PhaseKind::RunningOnSource => "The VM is still running on the source.".into(),
        PhaseKind::Lost => match trace.migration_type {
            MigrationType::PostCopy | MigrationType::Hybrid => "The VM is lost: after switchover its memory was split between the hosts, and one of them died.".into(),
            _ => "The VM is lost: the source died before the destination held a complete copy.".into(),
        },
    }
}

/// The longest line the run's narration will say (at each phase's middle and at the
/// end). The narration box reserves its height, so the picture below does not move as
/// the line changes during playback; it changes only with the run. A run of thousands of
/// rounds is sampled: the first and last [`LONGEST_SAMPLES`] phases (the last rounds
/// carry the longest numbers) and the first phase of each kind, so the cost stays bounded.
pub fn longest(trace: &Trace, params: &Params) -> String {
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
        .map(|t| narrate(trace, params, t))
        .max_by_key(|line| line.chars().count())
        .unwrap_or_default()
}

/// Phases at each end of a long run that [`longest`] reads.
pub const LONGEST_SAMPLES: usize = 8;

fn finale(trace: &Trace) -> String {
    let m = &trace.metrics;
    let what = match trace.migration_type {
        MigrationType::Cold => "cold migration",
        MigrationType::Suspended => "suspended migration",
        MigrationType::Live => "live migration",
        MigrationType::PostCopy => "post-copy migration",
        MigrationType::Hybrid => "hybrid migration",
    };
    match m.outcome {
        Outcome::Completed => format!(
            "Done: the {what} took {} with {} of downtime and sent {} ({:.2}× memory).",
            format::duration(m.total_time_s),
            format::duration(m.downtime_s),
            format::bytes(m.bytes_sent),
            m.bytes_sent_x_memory
        ),
        other => format!(
            "The {what} ended: {}. {}",
            outcome_label(other),
            trace.stop_reason
        ),
    }
}

fn policy_name(p: StopPolicy) -> &'static str {
    match p {
        StopPolicy::Qemu => "QEMU auto-converge",
        StopPolicy::Vmotion => "vMotion's SDPS",
        _ => "the hypervisor",
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
        let before = narrate(&tr, &p, 30.0);
        assert!(!before.contains("round trip"), "{before}");
        let spike = narrate(&tr, &p, 50.0);
        assert!(spike.contains("Since 40"), "{spike}");
        assert!(spike.contains("round trip is 1"), "{spike}");
        assert!(spike.contains("4 MiB window"), "{spike}");
        assert!(spike.contains("the dirty set grows"), "{spike}");
        let rb = tr
            .phases
            .iter()
            .find(|ph| ph.kind == PhaseKind::Rollback)
            .expect("rolls back");
        let line = narrate(&tr, &p, (rb.start_s + rb.end_s) / 2.0);
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
        let at = |ph: &migration_model::Phase| narrate(&t, &p, (ph.start_s + ph.end_s) / 2.0);
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
