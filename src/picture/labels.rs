//! Names for people of the model's states, phases and outcomes, and each phase's colour:
//! shared by the views, the narration, the canvas and the live region, so the words
//! are the same everywhere. Pure: no view imports another view for a word.

use migration_model::{MigrationType, Outcome, PhaseKind, Trace, VmState};

/// Colour and legend name of a phase.
pub fn phase_style(kind: &PhaseKind) -> (&'static str, &'static str) {
    match kind {
        PhaseKind::PreCopy { round } if round % 2 == 0 => ("#56b4e9", "pre-copy round"),
        PhaseKind::PreCopy { .. } => ("#2b8cc4", "pre-copy round"),
        PhaseKind::StopAndCopy => ("#d55e00", "stop-and-copy (down)"),
        PhaseKind::Switchover => ("#d55e00", "switchover (down)"),
        PhaseKind::PostCopy => ("#cc79a7", "post-copy (degraded)"),
        PhaseKind::PostCopyPaused => ("#7f1d1d", "post-copy paused"),
        PhaseKind::Shutdown => ("#6b7280", "shutdown"),
        PhaseKind::DiskCopy => ("#0072b2", "disk copy"),
        PhaseKind::Boot => ("#009e73", "boot"),
        PhaseKind::Suspend => ("#1e3a8a", "suspend"),
        PhaseKind::Transfer => ("#0072b2", "transfer"),
        PhaseKind::Hold { .. } => ("#e69f00", "hold"),
        PhaseKind::Restore => ("#009e73", "restore"),
        PhaseKind::Resume => ("#00684c", "resume + cutover"),
        PhaseKind::Rollback => ("#9ca3af", "rollback"),
        PhaseKind::RunningOnSource => ("#cbd5e1", "running on source"),
        PhaseKind::Lost => ("#111827", "VM lost"),
    }
}

/// Short name of a phase for labels and narration.
pub fn phase_name(kind: &PhaseKind) -> String {
    match kind {
        PhaseKind::PreCopy { round } => format!("pre-copy round {round}"),
        PhaseKind::Hold { reason } => format!("hold: {}", reason.label()),
        other => phase_style(other).1.to_string(),
    }
}

pub fn state_label(s: VmState) -> &'static str {
    match s {
        VmState::Running => "running",
        VmState::Throttled => "throttled",
        VmState::Paused => "paused",
        VmState::Suspended => "suspended",
        VmState::Off => "off",
        VmState::Degraded => "degraded",
        VmState::Lost => "lost",
    }
}

pub fn outcome_label(o: Outcome) -> &'static str {
    match o {
        Outcome::Completed => "completed",
        Outcome::RolledBack => "rolled back",
        Outcome::NotConverged => "did not converge",
        Outcome::Paused => "paused (recoverable)",
        Outcome::Lost => "VM lost",
        Outcome::OnHold => "on hold",
    }
}

/// How pre-copy ended, in words that agree with the outcome: a completed live run whose
/// stop rule gave up (Xen's round or byte limit, libvirt's --timeout) did not converge,
/// yet it moved the VM by stopping it with the rest still dirty.
pub fn convergence_label(t: &Trace) -> &'static str {
    let m = &t.metrics;
    match (t.migration_type, m.outcome, m.converged) {
        (_, _, true) => "converged",
        (MigrationType::Hybrid, Outcome::Completed, false) => "to post-copy",
        (_, Outcome::Completed, false) => "gave up",
        _ => "not converged",
    }
}

/// Downtime for people, or that there was none because the VM never left the source.
pub fn downtime_label(t: &Trace, text: String) -> String {
    let stayed = matches!(
        t.metrics.outcome,
        Outcome::NotConverged | Outcome::OnHold | Outcome::RolledBack
    );
    if stayed && t.metrics.downtime_s <= 0.0 {
        "none (not moved)".into()
    } else {
        text
    }
}
