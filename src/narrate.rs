//! One line, in plain words, saying what happens at t and why. A pure function of the
//! trace, the parameters and t, so it is tested natively.

use crate::components::metrics::outcome_label;
use crate::format;
use migration_model::{MigrationType, Outcome, Params, PhaseKind, StopPolicy, Trace};

pub fn narrate(trace: &Trace, params: &Params, t_s: f64) -> String {
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
            let prev = rounds.iter().find(|r| r.index + 1 == round);
            let cur = rounds.iter().find(|r| r.index == round);
            let throttle = cur.map_or(0.0, |r| r.throttle);
            let again = prev.map_or(String::new(), |r| {
                format!(" the {} written while round {} was sending go again", format::bytes(r.dirty_bytes_at_end), r.index)
            });
            if throttle > 0.0 {
                format!(
                    "Round {round}:{again}, and {policy} slows the vCPUs by {} so the guest writes less.",
                    format::percent(throttle)
                )
            } else {
                format!("Round {round}:{again}.")
            }
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
            format!("Copying {} of disk to the destination while the VM is off.", format::bytes(params.disk_bytes as f64))
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
        PhaseKind::Rollback => "The migration failed: the destination copy is discarded and the VM carries on at the source.".into(),
        PhaseKind::RunningOnSource => "The VM is still running on the source.".into(),
        PhaseKind::Lost => match trace.migration_type {
            MigrationType::PostCopy | MigrationType::Hybrid => "The VM is lost: after switchover its memory was split between the hosts, and one of them died.".into(),
            _ => "The VM is lost: the source died before the destination held a complete copy.".into(),
        },
    }
}

/// The longest line the run's narration will say (at each phase's middle and at the
/// end). The narration box reserves its height, so the picture below does not move as
/// the line changes during playback; it changes only with the run.
pub fn longest(trace: &Trace, params: &Params) -> String {
    trace
        .phases
        .iter()
        .map(|p| (p.start_s + p.end_s) / 2.0)
        .chain([trace.end_s()])
        .map(|t| narrate(trace, params, t))
        .max_by_key(|line| line.chars().count())
        .unwrap_or_default()
}

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
