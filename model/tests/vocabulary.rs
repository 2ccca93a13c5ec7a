//! The words and the downtime rule the model defines once for every view (issue 21).

use migration_model::{HoldReason, PhaseKind, VmState};

#[test]
fn down_means_not_running_and_not_lost() {
    use VmState::*;
    for s in [Paused, Suspended, Off] {
        assert!(s.is_down(), "{s:?}");
    }
    for s in [Running, Throttled, Degraded, Lost] {
        assert!(!s.is_down(), "{s:?}");
    }
}

#[test]
fn a_phase_label_is_its_kind_with_particulars() {
    assert_eq!(PhaseKind::PreCopy { round: 3 }.label(), "pre-copy round 3");
    assert_eq!(
        PhaseKind::PreCopy { round: 3 }.legend_label(),
        "pre-copy round"
    );
    let hold = PhaseKind::Hold {
        reason: HoldReason::Budget,
    };
    assert_eq!(hold.label(), "hold: budget");
    assert_eq!(hold.legend_label(), "hold");
    assert_eq!(PhaseKind::PostCopy.label(), "post-copy (degraded)");
    assert_eq!(VmState::Degraded.label(), "degraded");
}
