//! Names for people of the model's states, phases and outcomes, and each phase's colour:
//! shared by the views, the narration, the canvas and the live region, so the words
//! are the same everywhere. Pure: no view imports another view for a word.

use crate::i18n::{t, t0, Lang};
use migration_model::{FaultKind, HoldReason, MigrationType, Outcome, PhaseKind, Trace, VmState};

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

/// The catalogue's message for a VM state (`state-running`, …; the words are
/// `VmState::label`'s in English).
pub fn state_id(s: VmState) -> &'static str {
    match s {
        VmState::Running => "state-running",
        VmState::Throttled => "state-throttled",
        VmState::Paused => "state-paused",
        VmState::Suspended => "state-suspended",
        VmState::Off => "state-off",
        VmState::Degraded => "state-degraded",
        VmState::Lost => "state-lost",
    }
}

/// A VM state in `lang`: "running", "en ejecución".
pub fn state_label(lang: Lang, s: VmState) -> String {
    t0(lang, state_id(s))
}

/// The catalogue's message for a phase kind, one for all its phases (the words are
/// `PhaseKind::legend_label`'s in English).
pub fn phase_id(kind: &PhaseKind) -> &'static str {
    match kind {
        PhaseKind::PreCopy { .. } => "phase-precopy",
        PhaseKind::StopAndCopy => "phase-stop-and-copy",
        PhaseKind::Switchover => "phase-switchover",
        PhaseKind::PostCopy => "phase-postcopy",
        PhaseKind::PostCopyPaused => "phase-postcopy-paused",
        PhaseKind::Shutdown => "phase-shutdown",
        PhaseKind::DiskCopy => "phase-disk-copy",
        PhaseKind::Boot => "phase-boot",
        PhaseKind::Suspend => "phase-suspend",
        PhaseKind::Transfer => "phase-transfer",
        PhaseKind::Hold { .. } => "phase-hold",
        PhaseKind::Restore => "phase-restore",
        PhaseKind::Resume => "phase-resume",
        PhaseKind::Rollback => "phase-rollback",
        PhaseKind::RunningOnSource => "phase-running-on-source",
        PhaseKind::Lost => "phase-lost",
    }
}

/// A phase kind's name in `lang`, as a legend lists it: "pre-copy round".
pub fn phase_name(lang: Lang, kind: &PhaseKind) -> String {
    t0(lang, phase_id(kind))
}

/// One phase's name in `lang`, with its round or hold reason: "pre-copy round 3",
/// "hold: budget" (`PhaseKind::label`'s words in English).
pub fn phase_label(lang: Lang, kind: &PhaseKind) -> String {
    match kind {
        PhaseKind::PreCopy { round } => t(
            lang,
            "phase-precopy-round",
            &[("round", round.to_string().into())],
        ),
        PhaseKind::Hold { reason } => t(
            lang,
            "phase-hold-reason",
            &[("reason", hold_reason(lang, *reason).into())],
        ),
        other => phase_name(lang, other),
    }
}

/// A hold's reason in `lang`. English is the model's label; the other languages have it
/// as `hold-<key>` (the exercises' catalogue, in the same bundle).
pub fn hold_reason(lang: Lang, r: HoldReason) -> String {
    if lang == Lang::En {
        return r.label().to_string();
    }
    t0(lang, &format!("hold-{}", r.key()))
}

/// [`hold_reason`] of a reason given by its English label (`LinkView::hold`).
pub fn hold_words(lang: Lang, label: &str) -> String {
    HoldReason::ALL
        .into_iter()
        .find(|r| r.label() == label)
        .map_or_else(|| label.to_string(), |r| hold_reason(lang, r))
}

/// The catalogue's message for a fault, by the model's label (`FaultKind::label`):
/// `fault-link-failure`, … Its English is the label itself.
pub fn fault_id(label: &str) -> Option<&'static str> {
    Some(match label {
        "bandwidth drop" => "fault-bandwidth-drop",
        "latency spike" => "fault-latency-spike",
        "link failure" => "fault-link-failure",
        "source host failure" => "fault-source-host-failure",
        "destination host failure" => "fault-destination-host-failure",
        _ => return None,
    })
}

/// A fault's name in `lang`, by the model's label (the frame keeps the label).
pub fn fault_words(lang: Lang, label: &str) -> String {
    fault_id(label).map_or_else(|| label.to_string(), |id| t0(lang, id))
}

/// A fault's name in `lang`: "link failure", "fallo del enlace".
pub fn fault_label(lang: Lang, f: &FaultKind) -> String {
    fault_words(lang, f.label())
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    /// Every name built from a model value has its message in every language, and the
    /// English is the model's own label (so English output is unchanged).
    #[test]
    fn every_model_name_is_in_every_catalogue_and_english_is_the_models_label() {
        let _ = migration_model::i18n::take_misses();
        let states = [
            VmState::Running,
            VmState::Throttled,
            VmState::Paused,
            VmState::Suspended,
            VmState::Off,
            VmState::Degraded,
            VmState::Lost,
        ];
        for s in states {
            assert_eq!(state_label(Lang::En, s), s.label());
        }
        let mut kinds = vec![
            PhaseKind::PreCopy { round: 3 },
            PhaseKind::StopAndCopy,
            PhaseKind::Switchover,
            PhaseKind::PostCopy,
            PhaseKind::PostCopyPaused,
            PhaseKind::Shutdown,
            PhaseKind::DiskCopy,
            PhaseKind::Boot,
            PhaseKind::Suspend,
            PhaseKind::Transfer,
            PhaseKind::Restore,
            PhaseKind::Resume,
            PhaseKind::Rollback,
            PhaseKind::RunningOnSource,
            PhaseKind::Lost,
        ];
        kinds.extend(HoldReason::ALL.map(|reason| PhaseKind::Hold { reason }));
        for k in &kinds {
            assert_eq!(phase_name(Lang::En, k), k.legend_label());
            assert_eq!(phase_label(Lang::En, k), k.label());
        }
        let faults = [
            FaultKind::BandwidthDrop {
                to_bytes_per_s: 1.0,
                duration_s: 1.0,
            },
            FaultKind::LatencySpike {
                extra_rtt_s: 1.0,
                duration_s: 1.0,
            },
            FaultKind::LinkFailure,
            FaultKind::SourceHostFailure,
            FaultKind::DestinationHostFailure,
        ];
        for f in &faults {
            assert!(fault_id(f.label()).is_some(), "{f:?}");
            assert_eq!(fault_label(Lang::En, f), f.label());
        }
        for lang in [Lang::Es, Lang::ZhCn] {
            for s in states {
                assert_ne!(state_label(lang, s), s.label(), "{lang:?}");
            }
            for k in &kinds {
                assert_ne!(phase_label(lang, k), k.label(), "{lang:?}");
            }
            for f in &faults {
                assert_ne!(fault_label(lang, f), f.label(), "{lang:?}");
            }
            for o in [Outcome::Completed, Outcome::Lost] {
                let _ = t0(lang, outcome_id(o));
            }
        }
        let misses = migration_model::i18n::take_misses();
        assert!(misses.is_empty(), "{misses:?}");
    }
}
