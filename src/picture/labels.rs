//! Names for people of the model's states, phases and outcomes, and each phase's colour:
//! shared by the views, the narration, the canvas and the live region, so the words
//! are the same everywhere. Pure: no view imports another view for a word.

use migration_model::{MigrationType, Outcome, PhaseKind, Trace};

/// Colour and legend name of a phase (the name is the model's, `PhaseKind::legend_label`;
/// phase and state names for people are defined there once, for the CLI too).
pub fn phase_style(kind: &PhaseKind) -> (&'static str, &'static str) {
    let colour = match kind {
        PhaseKind::PreCopy { round } if round % 2 == 0 => "#56b4e9",
        PhaseKind::PreCopy { .. } => "#2b8cc4",
        PhaseKind::StopAndCopy | PhaseKind::Switchover => "#d55e00",
        PhaseKind::PostCopy => "#cc79a7",
        PhaseKind::PostCopyPaused => "#7f1d1d",
        PhaseKind::Shutdown => "#6b7280",
        PhaseKind::DiskCopy | PhaseKind::Transfer => "#0072b2",
        PhaseKind::Boot | PhaseKind::Restore => "#009e73",
        PhaseKind::Suspend => "#1e3a8a",
        PhaseKind::Hold { .. } => "#e69f00",
        PhaseKind::Resume => "#00684c",
        PhaseKind::Rollback => "#9ca3af",
        PhaseKind::RunningOnSource => "#cbd5e1",
        PhaseKind::Lost => "#111827",
    };
    (colour, kind.legend_label())
}

pub fn outcome_label(o: Outcome) -> &'static str {
    o.label()
}

/// The outcome's message in the app's catalogue (`outcome-completed`, …; the words
/// are [`outcome_label`]'s).
pub fn outcome_id(o: Outcome) -> &'static str {
    match o {
        Outcome::Completed => "outcome-completed",
        Outcome::RolledBack => "outcome-rolled-back",
        Outcome::NotConverged => "outcome-not-converged",
        Outcome::Paused => "outcome-paused",
        Outcome::Lost => "outcome-lost",
        Outcome::OnHold => "outcome-on-hold",
    }
}

/// How pre-copy ended, as a message of the app's catalogue, in words that agree with the
/// outcome: a completed live run whose stop rule gave up (Xen's round or byte limit,
/// libvirt's --timeout) did not converge, yet it moved the VM by stopping it with the
/// rest still dirty.
pub fn convergence_id(t: &Trace) -> &'static str {
    let m = &t.metrics;
    match (t.migration_type, m.outcome, m.converged) {
        (_, _, true) => "convergence-converged",
        (MigrationType::Hybrid, Outcome::Completed, false) => "convergence-to-postcopy",
        (_, Outcome::Completed, false) => "convergence-gave-up",
        _ => "convergence-not-converged",
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
