//! Cold migration (VMware cold migration; libvirt `migrate --offline`): shut down
//! (memory is discarded), copy the configuration and the disks unless shared, boot at
//! the destination. Downtime = shutdown + copy + boot. The source copy is removed only
//! after the destination has the VM, so every failure leaves it intact.

use super::faults::Failure;
use super::link::Pace;
use super::{Builder, RoundSpec, CONFIG_BYTES};
use crate::say::{fault_word, Say};
use crate::show;
use crate::trace::{EventKind, Host, Outcome, PhaseKind, VmState};

pub(crate) fn run(b: &mut Builder) -> Outcome {
    let p = b.p;
    b.converged = false;
    b.event(
        0.0,
        EventKind::Pause,
        Say::new("note-cold-shutdown").text("duration", show::duration(p.shutdown_time_s)),
    );
    let intact = |b: &mut Builder, c: f64, f: Failure| -> Outcome {
        let note = match f {
            Failure::Source => Say::new("stop-cold-source-died"),
            _ => Say::new("stop-cold-fault").word("fault", fault_word(&f.kind())),
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
            Say::new("note-cold-config-only")
        } else {
            Say::new("note-cold-copy")
                .text("disk", show::bytes(disk))
                .text(
                    "rate",
                    show::byte_rate(b.link.rate_at(t0, Pace::AtMost(cap))),
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
    b.stop_reason = Say::new("stop-cold")
        .text("duration", show::duration(b.t))
        .into();
    b.arrive("note-cold-booted", "note-cold-registered")
}
