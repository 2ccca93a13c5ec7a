//! Cold, suspended (with holds), post-copy, hybrid and libvirt's --timeout finish.

use migration_model::params::{GIB, MIB};
use migration_model::sim::{CONFIG_BYTES, ZERO_PAGE_MARKER_BYTES};
use migration_model::{
    simulate, DirtyModel, EventKind, Hold, HoldReason, Host, MigrationType, Outcome, Params,
    PhaseKind, StopPolicy, VmState,
};

fn params(ty: MigrationType) -> Params {
    Params {
        migration_type: ty,
        policy: StopPolicy::Qemu,
        memory_bytes: 8 * GIB,
        bandwidth_bytes_per_s: 125e6,
        dirty_rate_bytes_per_s: 40e6,
        dirty_model: DirtyModel::Linear,
        disk_bytes: 40 * GIB,
        shared_storage: false,
        storage_read_bytes_per_s: 400e6,
        storage_write_bytes_per_s: 100e6,
        shutdown_time_s: 15.0,
        boot_time_s: 35.0,
        resume_time_s: 0.1,
        ..Params::default()
    }
}

#[test]
fn cold_downtime_is_shutdown_plus_copy_plus_boot() {
    let p = params(MigrationType::Cold);
    let t = simulate(&p).expect("valid");
    // The copy runs at the slowest of link (125 MB/s), reads (400) and writes (100).
    let copy = (CONFIG_BYTES + p.disk_bytes as f64) / 100e6;
    let want = 15.0 + copy + 35.0;
    assert!((t.metrics.downtime_s - want).abs() < 1e-6);
    assert!((t.metrics.total_time_s - want).abs() < 1e-6);
    assert_eq!(t.metrics.bytes_sent, CONFIG_BYTES + p.disk_bytes as f64);
    assert_eq!(t.metrics.outcome, Outcome::Completed);
    assert!(!t.metrics.converged);
    assert_eq!(t.final_state(), (Host::Destination, VmState::Running));
    let kinds: Vec<PhaseKind> = t.phases.iter().map(|ph| ph.kind).collect();
    assert_eq!(
        kinds,
        [PhaseKind::Shutdown, PhaseKind::DiskCopy, PhaseKind::Boot]
    );
    // Shared storage: only the configuration moves.
    let shared = simulate(&Params {
        shared_storage: true,
        ..p
    })
    .expect("valid");
    assert_eq!(shared.metrics.bytes_sent, CONFIG_BYTES);
}

#[test]
fn suspended_phases_and_downtime() {
    let mut p = params(MigrationType::Suspended);
    p.zero_page_share = 0.25;
    let t = simulate(&p).expect("valid");
    let m = p.memory_bytes as f64;
    let file = 0.75 * m + 0.25 * m / 4096.0 * ZERO_PAGE_MARKER_BYTES;
    let want =
        file / 100e6 + (CONFIG_BYTES + file + p.disk_bytes as f64) / 100e6 + file / 400e6 + 0.1;
    assert!(
        (t.metrics.downtime_s - want).abs() < 1e-6,
        "{}",
        t.metrics.downtime_s
    );
    assert_eq!(t.metrics.downtime_s, t.metrics.total_time_s);
    let kinds: Vec<PhaseKind> = t.phases.iter().map(|ph| ph.kind).collect();
    assert_eq!(
        kinds,
        [
            PhaseKind::Suspend,
            PhaseKind::Transfer,
            PhaseKind::Restore,
            PhaseKind::Resume
        ]
    );
    // With shared storage only the configuration crosses the link.
    p.shared_storage = true;
    let s = simulate(&p).expect("valid");
    assert_eq!(s.metrics.bytes_sent, CONFIG_BYTES);
}

#[test]
fn a_hold_adds_exactly_its_length_to_downtime() {
    let p = params(MigrationType::Suspended);
    let clean = simulate(&p).expect("valid");
    let suspend_end = clean.phases[0].end_s;
    let transfer = clean.phases[1].end_s - clean.phases[1].start_s;
    for start in [0.0, 0.3 * transfer, transfer * 10.0] {
        let mut q = p.clone();
        q.holds.push(Hold {
            start_after_suspend_s: start,
            duration_s: 3600.0,
            reason: HoldReason::ComplianceReview,
        });
        q.time_limit_s = 1e6;
        let t = simulate(&q).expect("valid");
        assert!(
            (t.metrics.downtime_s - clean.metrics.downtime_s - 3600.0).abs() < 1e-6,
            "hold at {start}"
        );
        assert_eq!(t.metrics.bytes_sent, clean.metrics.bytes_sent);
        let hold = t
            .phases
            .iter()
            .find(|ph| matches!(ph.kind, PhaseKind::Hold { .. }))
            .expect("hold phase");
        assert_eq!(hold.vm_state, VmState::Suspended);
        // Inside the transfer it starts on time; after it, at the transfer's end.
        let want_start = suspend_end + start.min(transfer);
        assert!((hold.start_s - want_start).abs() < 1e-6);
        assert!(t
            .events
            .iter()
            .any(|e| matches!(e.kind, EventKind::HoldStart { .. })));
        assert!(t
            .events
            .iter()
            .any(|e| matches!(e.kind, EventKind::HoldEnd { .. })));
    }
}

#[test]
fn holds_past_the_time_limit_leave_the_migration_on_hold() {
    let mut p = params(MigrationType::Suspended);
    p.holds = vec![
        Hold {
            start_after_suspend_s: 5.0,
            duration_s: 60.0,
            reason: HoldReason::TechnicalIssue,
        },
        Hold {
            start_after_suspend_s: 10.0,
            duration_s: 1e6,
            reason: HoldReason::Budget,
        },
    ];
    p.time_limit_s = 3600.0;
    let t = simulate(&p).expect("valid");
    assert_eq!(t.metrics.outcome, Outcome::OnHold);
    assert!((t.metrics.total_time_s - 3600.0).abs() < 1e-9);
    assert_eq!(t.final_state(), (Host::Source, VmState::Suspended));
    // The second hold starts when the first ends (it was due while the first was on).
    let holds: Vec<_> = t
        .phases
        .iter()
        .filter(|ph| matches!(ph.kind, PhaseKind::Hold { .. }))
        .collect();
    assert_eq!(holds.len(), 2);
    assert!((holds[1].start_s - holds[0].end_s).abs() < 1e-9);
}

#[test]
fn postcopy_has_tiny_downtime_and_a_degraded_phase() {
    let mut p = params(MigrationType::PostCopy);
    p.device_state_bytes = 20 * MIB;
    p.rtt_s = 0.001;
    let t = simulate(&p).expect("valid");
    assert_eq!(t.metrics.outcome, Outcome::Completed);
    let want_down = (20 * MIB) as f64 / 125e6 + 0.001 + 0.1;
    assert!((t.metrics.downtime_s - want_down).abs() < 1e-9);
    let pc = t
        .phases
        .iter()
        .find(|ph| ph.kind == PhaseKind::PostCopy)
        .expect("post-copy phase");
    assert_eq!(
        (pc.host, pc.vm_state),
        (Host::Destination, VmState::Degraded)
    );
    // All memory is pushed once at the link rate after the switchover.
    assert!(((pc.end_s - pc.start_s) - p.memory_bytes as f64 / 125e6).abs() < 1e-6);
    assert!((t.metrics.degraded_time_s - (pc.end_s - pc.start_s)).abs() < 1e-9);
    assert!(t.metrics.postcopy_faults > 0.0);
    // Faults cannot outnumber the pages, nor outpace one per fault latency.
    let pages = p.memory_bytes as f64 / 4096.0;
    assert!(t.metrics.postcopy_faults < pages);
    assert!(t.metrics.postcopy_faults <= (pc.end_s - pc.start_s) / 0.001);
    // No writes, no faults.
    p.dirty_rate_bytes_per_s = 0.0;
    assert_eq!(simulate(&p).expect("valid").metrics.postcopy_faults, 0.0);
}

/// Under a cap the push goes at the cap until the rest fits rate × downtime-limit, then
/// at link speed (QEMU's completion); a demand fault waits behind a 4 MiB socket buffer
/// of pushed pages, so a guest touching many missing pages is blocked nearly throughout.
#[test]
fn postcopy_push_ends_at_link_speed_and_faults_queue_behind_it() {
    let mut p = params(MigrationType::PostCopy);
    p.max_bandwidth_bytes_per_s = Some(64.0 * MIB as f64);
    p.bandwidth_bytes_per_s = 1.25e9;
    p.dirty_model = DirtyModel::Uniform;
    p.working_set_bytes = Some(GIB);
    p.dirty_rate_bytes_per_s = 32768.0 * 4096.0;
    let t = simulate(&p).expect("valid");
    let pc = t
        .phases
        .iter()
        .find(|ph| ph.kind == PhaseKind::PostCopy)
        .expect("post-copy");
    let push: Vec<_> = t
        .rounds
        .iter()
        .filter(|r| r.start_s >= pc.start_s && !r.is_final)
        .collect();
    assert_eq!(push.len(), 2);
    let cap = 64.0 * MIB as f64;
    let tail = cap * p.downtime_limit_s;
    assert!((push[0].rate_bytes_per_s - cap).abs() < 1e-6 * cap);
    assert!((push[1].bytes_sent - tail).abs() < 1.0);
    assert!((push[1].duration_s - tail / 1.25e9).abs() < 1e-9);
    let mem = p.memory_bytes as f64;
    assert!((push[0].bytes_sent + push[1].bytes_sent - mem).abs() < 1.0);
    // Each fault costs at least the 4 MiB queue at the cap (62.5 ms): no more faults than
    // the phase holds such waits, and the vCPU is blocked nearly all the time.
    let latency = 4.0 * MIB as f64 / cap;
    let phase = pc.end_s - pc.start_s;
    assert!(t.metrics.postcopy_faults <= phase / latency + 1.0);
    assert!(t.metrics.postcopy_faults >= 0.5 * phase / latency);
    let blocked = t.metrics.postcopy_vcpu_blocked_share;
    assert!(blocked > 0.95 && blocked <= 1.0, "{blocked}");
    // A guest that writes nothing is never blocked.
    p.dirty_rate_bytes_per_s = 0.0;
    assert_eq!(
        simulate(&p)
            .expect("valid")
            .metrics
            .postcopy_vcpu_blocked_share,
        0.0
    );
}

#[test]
fn postcopy_faults_grow_with_the_write_rate_and_shrink_with_prepaging_time() {
    let mut p = params(MigrationType::PostCopy);
    p.dirty_model = DirtyModel::Uniform;
    p.working_set_bytes = Some(GIB);
    p.dirty_rate_bytes_per_s = 1e3 * 4096.0;
    let low = simulate(&p).expect("valid").metrics.postcopy_faults;
    p.dirty_rate_bytes_per_s = 1e4 * 4096.0;
    let high = simulate(&p).expect("valid").metrics.postcopy_faults;
    assert!(high > low && low > 0.0, "{low} {high}");
}

#[test]
fn hybrid_switches_after_its_rounds_or_completes_as_precopy() {
    let mut p = params(MigrationType::Hybrid);
    p.dirty_rate_bytes_per_s = 150e6; // λ = 1.2: pre-copy alone would not converge
    p.hybrid_precopy_rounds = 3;
    let t = simulate(&p).expect("valid");
    assert_eq!(t.metrics.outcome, Outcome::Completed);
    assert_eq!(t.metrics.precopy_rounds, 3);
    assert!(t.phases.iter().any(|ph| ph.kind == PhaseKind::PostCopy));
    // The post-copy push (the rounds after the switchover's) carries exactly the last
    // round's dirty set.
    let pc_start = t
        .phases
        .iter()
        .find(|ph| ph.kind == PhaseKind::PostCopy)
        .expect("post-copy")
        .start_s;
    let push: f64 = t
        .rounds
        .iter()
        .filter(|r| r.start_s >= pc_start && !r.is_final)
        .map(|r| r.bytes_sent)
        .sum();
    assert!((push - t.rounds[2].dirty_bytes_at_end).abs() < 1.0);
    // A VM that converges within its rounds simply completes as pre-copy.
    p.dirty_rate_bytes_per_s = 0.0;
    let t = simulate(&p).expect("valid");
    assert_eq!(t.metrics.precopy_rounds, 1);
    assert!(t.phases.iter().all(|ph| ph.kind != PhaseKind::PostCopy));
    assert!(t.metrics.converged);
}

#[test]
fn libvirt_timeout_finishes_a_nonconverging_migration_paused() {
    let mut p = params(MigrationType::Live);
    p.dirty_rate_bytes_per_s = 150e6;
    p.suspend_after_s = Some(100.0);
    let t = simulate(&p).expect("valid");
    assert_eq!(t.metrics.outcome, Outcome::Completed);
    assert!(!t.metrics.converged);
    let ev = t
        .events
        .iter()
        .find(|e| e.kind == EventKind::SuspendTimeout)
        .expect("timeout event");
    assert!((ev.t_s - 100.0).abs() < 1e-9);
    // Downtime = the paused finish (at most all memory and the device state at the
    // streaming rate) + resume.
    let m = p.memory_bytes as f64 + p.device_state_bytes as f64;
    assert!(t.metrics.downtime_s > 0.1);
    assert!(t.metrics.downtime_s <= m / 125e6 + 0.1 + 1e-9);
    assert!((t.metrics.total_time_s - 100.0 - t.metrics.downtime_s).abs() < 1e-9);
    assert_eq!(t.final_state(), (Host::Destination, VmState::Running));
}

/// libvirt's migrate without --live (`--suspend-after 0s`): the VM is paused from the
/// start, memory goes once at max-bandwidth until the rest fits rate × downtime-limit,
/// then the rest and the device state at link speed, and the destination resumes it.
/// Downtime is the whole migration.
#[test]
fn paused_from_the_start_sends_memory_once_and_is_down_throughout() {
    let mut p = params(MigrationType::Live);
    p.suspend_after_s = Some(0.0);
    p.max_bandwidth_bytes_per_s = Some(50e6);
    p.device_state_bytes = MIB;
    p.zero_page_share = 0.0;
    let t = simulate(&p).expect("valid");
    let m = &t.metrics;
    assert_eq!(m.outcome, Outcome::Completed, "{}", t.stop_reason);
    assert!(!m.converged);
    assert_eq!(m.downtime_s, m.total_time_s);
    let mem = p.memory_bytes as f64;
    let device = MIB as f64;
    assert!((m.bytes_sent - (mem + device)).abs() < 1.0);
    let tail = 50e6 * p.downtime_limit_s;
    let want = (mem - tail) / 50e6 + (tail + device) / 125e6 + p.resume_time_s;
    assert!(
        (m.total_time_s - want).abs() < 1e-6,
        "{} vs {want}",
        m.total_time_s
    );
    // Nothing runs before the switchover; the trace ends with the VM at the destination.
    assert!(t.phases.iter().all(|ph| !ph.vm_state.is_up()));
    assert_eq!(t.final_state(), (Host::Destination, VmState::Running));
    assert_eq!(t.events[0].kind, EventKind::MigrationStart);
    assert_eq!(t.events[1].kind, EventKind::Pause);
    assert_eq!(t.events[1].t_s, 0.0);
    // The same through the suspended type's stream on shared storage.
    let mut s = p.clone();
    s.migration_type = MigrationType::Suspended;
    s.suspend_transfer = migration_model::SuspendTransfer::Stream;
    s.shared_storage = true;
    let st = simulate(&s).expect("valid");
    assert!((st.metrics.total_time_s - want).abs() < 1e-6);
    assert_eq!(st.metrics.bytes_sent, m.bytes_sent);
    // Not on shared storage, the disks go first, under the same cap.
    s.shared_storage = false;
    let disks = simulate(&s).expect("valid");
    let disk = p.disk_bytes as f64;
    assert!((disks.metrics.total_time_s - (want + disk / 50e6)).abs() < 1e-6);
    assert!(disks.phases.iter().any(|ph| ph.kind == PhaseKind::DiskCopy));
}

/// A streamed suspended migration can be held too: the VM waits paused in memory, and a
/// link failure during the stream hands it back to the source, running.
#[test]
fn a_streamed_migration_holds_paused_and_rolls_back_to_running() {
    let mut p = params(MigrationType::Suspended);
    p.suspend_transfer = migration_model::SuspendTransfer::Stream;
    p.shared_storage = true;
    let clean = simulate(&p).expect("valid");
    let mut held = p.clone();
    held.holds.push(Hold {
        start_after_suspend_s: 5.0,
        duration_s: 600.0,
        reason: HoldReason::Budget,
    });
    held.time_limit_s = 1e5;
    let h = simulate(&held).expect("valid");
    assert!((h.metrics.downtime_s - clean.metrics.downtime_s - 600.0).abs() < 1e-6);
    let hold = h
        .phases
        .iter()
        .find(|ph| matches!(ph.kind, PhaseKind::Hold { .. }))
        .expect("a hold");
    assert_eq!(hold.vm_state, VmState::Paused);
    assert!((hold.start_s - 5.0).abs() < 1e-9);
    held.time_limit_s = 100.0;
    let on_hold = simulate(&held).expect("valid");
    assert_eq!(on_hold.metrics.outcome, Outcome::OnHold);
    assert_eq!(on_hold.final_state(), (Host::Source, VmState::Paused));
    let mut broken = p.clone();
    broken.faults.push(migration_model::Fault {
        at_s: 3.0,
        kind: migration_model::FaultKind::LinkFailure,
    });
    let b = simulate(&broken).expect("valid");
    assert_eq!(b.metrics.outcome, Outcome::RolledBack);
    assert_eq!(b.final_state(), (Host::Source, VmState::Running));
}

/// The suspended type honours max-bandwidth: QEMU writes the state file through its
/// migration stream, and the copy is capped too.
#[test]
fn a_state_file_is_written_and_copied_under_max_bandwidth() {
    let mut p = params(MigrationType::Suspended);
    let free = simulate(&p).expect("valid");
    p.max_bandwidth_bytes_per_s = Some(50e6);
    let capped = simulate(&p).expect("valid");
    let file = p.memory_bytes as f64;
    let suspend = |t: &migration_model::Trace| {
        t.phases
            .iter()
            .find(|ph| ph.kind == PhaseKind::Suspend)
            .map(|ph| ph.end_s - ph.start_s)
            .expect("a suspend")
    };
    assert!((suspend(&free) - file / 100e6).abs() < 1e-6);
    assert!((suspend(&capped) - file / 50e6).abs() < 1e-6);
    let moved = CONFIG_BYTES + file + p.disk_bytes as f64;
    let want = file / 50e6 + moved / 50e6 + file / 400e6 + 0.1;
    assert!((capped.metrics.total_time_s - want).abs() < 1e-6);
}
