//! The fault table of `docs/model.md`, phase by phase and type by type.

use migration_model::params::GIB;
use migration_model::{
    simulate, DirtyModel, EventKind, Fault, FaultKind, Host, MigrationType, Outcome, Params,
    PhaseKind, StopPolicy, Trace, VmState,
};

fn base(ty: MigrationType) -> Params {
    Params {
        migration_type: ty,
        policy: StopPolicy::Qemu,
        memory_bytes: 4 * GIB,
        bandwidth_bytes_per_s: 125e6,
        dirty_rate_bytes_per_s: 50e6,
        dirty_model: DirtyModel::Linear,
        device_state_bytes: 100 << 20,
        resume_time_s: 0.2,
        disk_bytes: 20 * GIB,
        shared_storage: false,
        ..Params::default()
    }
}

fn with_fault(mut p: Params, at_s: f64, kind: FaultKind) -> Trace {
    p.faults.push(Fault { at_s, kind });
    simulate(&p).expect("valid")
}

/// Middle of the first phase of `kind` in a fault-free run.
fn mid(p: &Params, pred: impl Fn(&PhaseKind) -> bool) -> f64 {
    let t = simulate(p).expect("valid");
    let ph = t
        .phases
        .iter()
        .find(|ph| pred(&ph.kind))
        .expect("phase present");
    0.5 * (ph.start_s + ph.end_s)
}

fn has_event(t: &Trace, f: impl Fn(&EventKind) -> bool) -> bool {
    t.events.iter().any(|e| f(&e.kind))
}

#[test]
fn precopy_failures_during_rounds() {
    let p = base(MigrationType::Live);
    for kind in [FaultKind::LinkFailure, FaultKind::DestinationHostFailure] {
        let t = with_fault(p.clone(), 10.0, kind);
        assert_eq!(t.metrics.outcome, Outcome::RolledBack, "{kind:?}");
        assert_eq!(t.final_state(), (Host::Source, VmState::Running));
        assert_eq!(t.metrics.downtime_s, 0.0, "the VM never stopped");
        let last = t.phases.last().expect("phases");
        assert_eq!(last.kind, PhaseKind::Rollback);
        assert_eq!(last.host, Host::Source);
        assert!(has_event(&t, |k| matches!(k, EventKind::Rollback)));
        assert!(t.rounds.iter().all(|r| !r.is_final));
    }
    let t = with_fault(p, 10.0, FaultKind::SourceHostFailure);
    assert_eq!(t.metrics.outcome, Outcome::Lost);
    assert_eq!(t.final_state().0, Host::Nowhere);
    assert!(has_event(&t, |k| matches!(k, EventKind::VmLost)));
}

#[test]
fn precopy_failures_during_stop_and_copy() {
    let p = base(MigrationType::Live);
    let at = mid(&p, |k| *k == PhaseKind::StopAndCopy);
    let clean = simulate(&p).expect("valid");
    let t = with_fault(p.clone(), at, FaultKind::LinkFailure);
    assert_eq!(t.metrics.outcome, Outcome::RolledBack);
    assert_eq!(t.final_state(), (Host::Source, VmState::Running));
    // Paused from the stop until the failure is noticed and the source resumes.
    assert!(t.metrics.downtime_s > 0.0);
    let stop = t
        .phases
        .iter()
        .find(|ph| ph.kind == PhaseKind::StopAndCopy)
        .expect("stop-and-copy");
    assert!((t.metrics.downtime_s - (t.metrics.total_time_s - stop.start_s)).abs() < 1e-9);
    assert!(t.metrics.bytes_sent < clean.metrics.bytes_sent);
    let t = with_fault(p.clone(), at, FaultKind::DestinationHostFailure);
    assert_eq!(t.metrics.outcome, Outcome::RolledBack);
    let t = with_fault(p, at, FaultKind::SourceHostFailure);
    assert_eq!(t.metrics.outcome, Outcome::Lost);
}

#[test]
fn faults_after_commit_change_nothing() {
    let p = base(MigrationType::Live);
    let clean = simulate(&p).expect("valid");
    for kind in [
        FaultKind::LinkFailure,
        FaultKind::SourceHostFailure,
        FaultKind::DestinationHostFailure,
    ] {
        let t = with_fault(p.clone(), clean.metrics.total_time_s + 1.0, kind);
        assert_eq!(t.metrics, clean.metrics);
    }
    // During the destination's resume only a destination failure matters.
    let at = mid(&p, |k| *k == PhaseKind::Resume);
    assert_eq!(
        with_fault(p.clone(), at, FaultKind::LinkFailure)
            .metrics
            .outcome,
        Outcome::Completed
    );
    assert_eq!(
        with_fault(p, at, FaultKind::DestinationHostFailure)
            .metrics
            .outcome,
        Outcome::RolledBack
    );
}

#[test]
fn postcopy_failures_before_and_after_switchover() {
    let p = base(MigrationType::PostCopy);
    // During the switchover (device state in flight) the source can still resume.
    let at = mid(&p, |k| *k == PhaseKind::Switchover);
    let t = with_fault(p.clone(), at, FaultKind::LinkFailure);
    assert_eq!(t.metrics.outcome, Outcome::RolledBack);
    assert_eq!(t.final_state(), (Host::Source, VmState::Running));
    // After it: the link pauses post-copy, a host failure loses the VM.
    let at = mid(&p, |k| *k == PhaseKind::PostCopy);
    let t = with_fault(p.clone(), at, FaultKind::LinkFailure);
    assert_eq!(t.metrics.outcome, Outcome::Paused);
    assert_eq!(t.final_state(), (Host::Destination, VmState::Paused));
    let last = t.phases.last().expect("phases");
    assert_eq!(last.kind, PhaseKind::PostCopyPaused);
    assert_eq!(last.vm_state, VmState::Paused);
    for kind in [
        FaultKind::SourceHostFailure,
        FaultKind::DestinationHostFailure,
    ] {
        let t = with_fault(p.clone(), at, kind);
        assert_eq!(t.metrics.outcome, Outcome::Lost, "{kind:?}");
        assert_eq!(t.phases.last().expect("phases").kind, PhaseKind::Lost);
    }
}

#[test]
fn hybrid_failures() {
    let mut p = base(MigrationType::Hybrid);
    p.hybrid_precopy_rounds = 2;
    let t = with_fault(p.clone(), 5.0, FaultKind::LinkFailure);
    assert_eq!(t.metrics.outcome, Outcome::RolledBack);
    let t = with_fault(p.clone(), 5.0, FaultKind::SourceHostFailure);
    assert_eq!(t.metrics.outcome, Outcome::Lost);
    let at = mid(&p, |k| *k == PhaseKind::PostCopy);
    let t = with_fault(p.clone(), at, FaultKind::LinkFailure);
    assert_eq!(t.metrics.outcome, Outcome::Paused);
    let t = with_fault(p, at, FaultKind::DestinationHostFailure);
    assert_eq!(t.metrics.outcome, Outcome::Lost);
}

#[test]
fn cold_keeps_the_source_copy() {
    let p = base(MigrationType::Cold);
    let copy = mid(&p, |k| *k == PhaseKind::DiskCopy);
    let shut = mid(&p, |k| *k == PhaseKind::Shutdown);
    let boot = mid(&p, |k| *k == PhaseKind::Boot);
    for (at, kind) in [
        (copy, FaultKind::LinkFailure),
        (copy, FaultKind::DestinationHostFailure),
        (copy, FaultKind::SourceHostFailure),
        (shut, FaultKind::SourceHostFailure),
        (boot, FaultKind::DestinationHostFailure),
    ] {
        let t = with_fault(p.clone(), at, kind);
        assert_eq!(t.metrics.outcome, Outcome::RolledBack, "{kind:?} at {at}");
        assert_eq!(t.final_state(), (Host::Source, VmState::Off));
        assert!(
            t.stop_reason.to_string().contains("intact"),
            "{}",
            t.stop_reason
        );
    }
    // Once the disks are across, the link no longer matters.
    let t = with_fault(p, boot, FaultKind::LinkFailure);
    assert_eq!(t.metrics.outcome, Outcome::Completed);
}

#[test]
fn suspended_keeps_the_state_file() {
    let p = base(MigrationType::Suspended);
    let transfer = mid(&p, |k| *k == PhaseKind::Transfer);
    let restore = mid(&p, |k| *k == PhaseKind::Restore);
    for (at, kind) in [
        (transfer, FaultKind::LinkFailure),
        (transfer, FaultKind::SourceHostFailure),
        (transfer, FaultKind::DestinationHostFailure),
        (restore, FaultKind::DestinationHostFailure),
    ] {
        let t = with_fault(p.clone(), at, kind);
        assert_eq!(t.metrics.outcome, Outcome::RolledBack, "{kind:?}");
        assert_eq!(t.final_state(), (Host::Source, VmState::Suspended));
        assert!(
            t.stop_reason.to_string().contains("intact"),
            "{}",
            t.stop_reason
        );
    }
    assert_eq!(
        with_fault(p.clone(), restore, FaultKind::LinkFailure)
            .metrics
            .outcome,
        Outcome::Completed
    );
    // Before the state file is complete, the source's death takes the running state.
    let suspend = mid(&p, |k| *k == PhaseKind::Suspend);
    let t = with_fault(p, suspend, FaultKind::SourceHostFailure);
    assert_eq!(t.metrics.outcome, Outcome::Lost);
}

#[test]
fn bandwidth_drop_stretches_rounds_and_can_break_convergence() {
    // Whole rounds (the textbook rule) show the stretch exactly; QEMU's in-pass check
    // would round it to its 100 ms windows.
    let p = Params {
        policy: StopPolicy::Textbook,
        ..base(MigrationType::Live)
    };
    let clean = simulate(&p).expect("valid");
    let drop = |to: f64, dur: f64| FaultKind::BandwidthDrop {
        to_bytes_per_s: to,
        duration_s: dur,
    };
    // A 20 s drop to 25 MB/s during round 0 stretches it by 20 × (1 − 25/125) = 16 s.
    let t = with_fault(p.clone(), 5.0, drop(25e6, 20.0));
    assert!((t.rounds[0].duration_s - clean.rounds[0].duration_s - 16.0).abs() < 1e-6);
    assert_eq!(t.rounds[0].bytes_sent, clean.rounds[0].bytes_sent);
    assert_eq!(t.metrics.outcome, Outcome::Completed);
    // A long drop below the write rate: λ > 1 until the time limit.
    let t = with_fault(p, 5.0, drop(25e6, 1e6));
    assert_eq!(t.metrics.outcome, Outcome::NotConverged);
    assert_eq!(t.final_state(), (Host::Source, VmState::Running));
}

#[test]
fn latency_spike_bounds_tcp_throughput() {
    // +0.5 s RTT: a 4 MiB window gives 8.4 MB/s, far below 125 MB/s. Whole rounds show
    // the stretch exactly.
    let p = Params {
        policy: StopPolicy::Textbook,
        ..base(MigrationType::Live)
    };
    let clean = simulate(&p).expect("valid");
    let t = with_fault(
        p,
        5.0,
        FaultKind::LatencySpike {
            extra_rtt_s: 0.5,
            duration_s: 10.0,
        },
    );
    let window = 4.0 * 1024.0 * 1024.0;
    let rate = window / (0.5 + 0.0005);
    let stretch = 10.0 * (1.0 - rate / 125e6);
    assert!((t.rounds[0].duration_s - clean.rounds[0].duration_s - stretch).abs() < 1e-6);
}
