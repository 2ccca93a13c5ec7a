//! Cold migration (VMware cold migration; libvirt `migrate --offline`): shut down
//! (memory is discarded), copy the configuration and the disks unless shared, boot at
//! the destination. Downtime = shutdown + copy + boot. The source copy is removed only
//! after the destination has the VM, so every failure leaves it intact.

use super::faults::Failure;
use super::link::Pace;
use super::{Builder, RoundSpec, CONFIG_BYTES};
use crate::show;
use crate::trace::{EventKind, Host, Outcome, PhaseKind, VmState};

pub(crate) fn run(b: &mut Builder) -> Outcome {
    let p = b.p;
    b.converged = false;
    b.event(
        0.0,
        EventKind::Pause,
        format!(
            "The guest shuts down ({}); its memory contents are discarded",
            show::duration(p.shutdown_time_s)
        ),
    );
    let intact = |b: &mut Builder, c: f64, f: Failure| -> Outcome {
        let note = match f {
            Failure::Source => "The source host died, but the VM's configuration and disks \
                                are intact there: the migration is abandoned and the VM can \
                                be started on the source once the host is back"
                .to_string(),
            _ => format!(
                "The {} ends the migration; the source copy is intact and the VM stays \
                 powered off on the source",
                f.kind().label()
            ),
        };
        b.rollback(c, f, VmState::Off, note)
    };
    if let Some((c, f)) = b.phase_or_failure(
        PhaseKind::Shutdown,
        p.shutdown_time_s,
        Host::Source,
        VmState::Off,
        |_| true,
    ) {
        return intact(b, c, f);
    }
    let disk = if p.shared_storage {
        0.0
    } else {
        p.disk_bytes as f64
    };
    let bytes = CONFIG_BYTES + disk;
    // The copy runs no faster than the link, the source's reads or the destination's
    // writes.
    let cap = p.storage_read_bytes_per_s.min(p.storage_write_bytes_per_s);
    let t0 = b.t;
    let end = b.link.time_to_send(t0, bytes, Pace::AtMost(cap));
    b.event(
        t0,
        EventKind::RoundStart { round: 0 },
        if p.shared_storage {
            "Only the configuration is copied: the disks are on shared storage".to_string()
        } else {
            format!(
                "The configuration and {} of disk are copied at up to {}",
                show::bytes(disk),
                show::byte_rate(b.link.rate_at(t0, Pace::AtMost(cap)))
            )
        },
    );
    let hit = b.failures.first_in(t0, end, |_| true);
    let stop = hit.map_or(end, |h| h.0);
    let sent = if hit.is_some() {
        b.link.bytes_between(t0, stop, Pace::AtMost(cap)).min(bytes)
    } else {
        bytes
    };
    b.round(RoundSpec {
        start_s: t0,
        end_s: stop,
        bytes_sent: sent,
        is_final: true,
        pace: Pace::AtMost(cap),
        ..RoundSpec::default()
    });
    b.phase(PhaseKind::DiskCopy, stop, Host::Source, VmState::Off);
    if let Some((c, f)) = hit {
        return intact(b, c, f);
    }
    let boot_end = b.t + p.boot_time_s;
    if let Some((c, f)) = b.phase_or_failure(
        PhaseKind::Boot,
        boot_end,
        Host::Destination,
        VmState::Off,
        |f| f == Failure::Destination,
    ) {
        return intact(b, c, f);
    }
    b.stop_reason = format!(
        "Cold migration: down for shutdown, copy and boot ({}); nothing to converge",
        show::duration(b.t)
    );
    b.arrive(
        "The VM has booted at the destination",
        "The destination registers the VM; the source copy is removed",
    )
}
