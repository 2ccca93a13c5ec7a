//! Scenario parameters: one struct, SI units in every name, a range per field.

use serde::{Deserialize, Serialize};
use std::fmt;

mod change;
mod validate;

pub use change::{Change, ChangeKind, Steps};

/// 1 KiB, MiB, GiB in bytes.
pub const KIB: u64 = 1024;
pub const MIB: u64 = 1024 * KIB;
pub const GIB: u64 = 1024 * MIB;

/// The base page: writes are counted in 4 KiB pages whatever the tracking granularity.
pub const BASE_PAGE_BYTES: u64 = 4 * KIB;
/// Wire bytes of one XBZRLE-encoded page: QEMU 10's `xbzrle-cache.bytes / pages` in the
/// recorded run (168,632 / 31,849 = 5.3: the encoded delta, its flag and length) plus
/// the 8-byte page header `save_page_header` writes before it.
pub const XBZRLE_PAGE_BYTES: f64 = 13.3;

/// Default device state sent at switchover: 79 kB, what QEMU 10's stream carried besides
/// RAM pages in the recorded live runs (`ram.transferred` − 4104 × `ram.normal` −
/// 9 × `ram.duplicate`: 79.3–79.5 kB; `docs/model.md`, "Switchover costs").
pub const DEVICE_STATE_BYTES: u64 = 79_000;

/// Default fixed switchover time, 4.5 ms: about 3 ms at the source that QEMU counts in
/// its `downtime` (final sync, vCPU stop, device save, completion: the intercept of
/// `downtime` against `ram.downtime-bytes` over the recorded runs) plus 1.5 ms at the
/// destination (load and start: STOP → RESUME exceeds `downtime` by 1–2 ms)
/// (`docs/model.md`, "Switchover costs").
pub const RESUME_TIME_S: f64 = 0.0045;

/// Which migration the scenario runs.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum MigrationType {
    /// Shut down, copy configuration (and disks unless shared), boot at the destination.
    Cold,
    /// Suspend to a state file, move it (and disks unless shared), restore; may be held.
    Suspended,
    /// Iterative pre-copy while the VM runs, then stop-and-copy.
    Live,
    /// Switch over first, then pages arrive by background push and demand faults.
    #[serde(rename = "postcopy")]
    PostCopy,
    /// `hybrid_precopy_rounds` pre-copy rounds, then post-copy.
    Hybrid,
}

impl MigrationType {
    pub const ALL: [MigrationType; 5] = [
        MigrationType::Cold,
        MigrationType::Suspended,
        MigrationType::Live,
        MigrationType::PostCopy,
        MigrationType::Hybrid,
    ];

    /// Short lowercase name, as used by the CLI and in links.
    pub fn key(self) -> &'static str {
        match self {
            MigrationType::Cold => "cold",
            MigrationType::Suspended => "suspended",
            MigrationType::Live => "live",
            MigrationType::PostCopy => "postcopy",
            MigrationType::Hybrid => "hybrid",
        }
    }

    /// Name for people.
    pub fn label(self) -> &'static str {
        match self {
            MigrationType::Cold => "Cold",
            MigrationType::Suspended => "Suspended",
            MigrationType::Live => "Live (pre-copy)",
            MigrationType::PostCopy => "Post-copy",
            MigrationType::Hybrid => "Hybrid",
        }
    }
}

/// When iterative pre-copy stops, each rule following its real source.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum StopPolicy {
    /// QEMU's real loop (`migration_iteration_run`): after every 100 ms rate-limit
    /// window, if what is pending fits bandwidth × downtime limit, sync the bitmap and
    /// switch over if the total still fits; passes end part-way; no round limit.
    Qemu,
    /// The textbook model (Clark et al. NSDI 2005; Liu et al.): whole rounds, stop when
    /// the last round's dirty bytes fit bandwidth × downtime limit; no round limit.
    Textbook,
    /// Xen classic (`xc_domain_save.c`): 30 rounds, < 50 dirty pages, or > 3× memory sent.
    Xen,
    /// Xen current (`xg_sr_save.c`): 5 rounds or < 50 dirty pages.
    Xen5,
    /// VMware vMotion: 500 ms switchover goal, SDPS slows vCPUs when writes outpace the link.
    Vmotion,
    /// SimGrid `VmLiveMigration`: 30 ms threshold, working set capped at 90% of memory.
    Simgrid,
}

impl StopPolicy {
    pub const ALL: [StopPolicy; 6] = [
        StopPolicy::Qemu,
        StopPolicy::Textbook,
        StopPolicy::Xen,
        StopPolicy::Xen5,
        StopPolicy::Vmotion,
        StopPolicy::Simgrid,
    ];

    pub fn key(self) -> &'static str {
        match self {
            StopPolicy::Qemu => "qemu",
            StopPolicy::Textbook => "textbook",
            StopPolicy::Xen => "xen",
            StopPolicy::Xen5 => "xen5",
            StopPolicy::Vmotion => "vmotion",
            StopPolicy::Simgrid => "simgrid",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            StopPolicy::Qemu => "QEMU",
            StopPolicy::Textbook => "Textbook (Clark et al.)",
            StopPolicy::Xen => "Xen (classic)",
            StopPolicy::Xen5 => "Xen (current)",
            StopPolicy::Vmotion => "vMotion",
            StopPolicy::Simgrid => "SimGrid",
        }
    }
}

/// How page writes turn into dirty pages.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum DirtyModel {
    /// Liu et al. / SimGrid: `D·t` bytes dirtied in `t`, capped at the working set.
    Linear,
    /// Uniformly random page writes over the working set (occupancy), optional hot set.
    Uniform,
}

/// How a suspended migration moves the VM's state to the destination.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SuspendTransfer {
    /// Save to a state file at storage speed, copy the file (and the disks unless
    /// shared), restore at storage speed (libvirt `save`/`restore`, VMware's
    /// suspended-VM migration, Hyper-V quick migration).
    #[serde(rename = "file")]
    StateFile,
    /// Pause the VM and stream its memory over the link once (libvirt `migrate` without
    /// `--live`): QEMU's migration with the guest stopped.
    Stream,
}

impl SuspendTransfer {
    pub const ALL: [SuspendTransfer; 2] = [SuspendTransfer::StateFile, SuspendTransfer::Stream];

    /// Short lowercase name, as used by the CLI and in links.
    pub fn key(self) -> &'static str {
        match self {
            SuspendTransfer::StateFile => "file",
            SuspendTransfer::Stream => "stream",
        }
    }

    /// Name for people.
    pub fn label(self) -> &'static str {
        match self {
            SuspendTransfer::StateFile => "state file (save, copy, restore)",
            SuspendTransfer::Stream => "streamed over the link (paused migrate)",
        }
    }
}

/// Why a suspended migration is put on hold (the seed's four reasons).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum HoldReason {
    TechnicalIssue,
    Budget,
    ComplianceReview,
    WaitingOnOtherSystem,
}

impl HoldReason {
    pub const ALL: [HoldReason; 4] = [
        HoldReason::TechnicalIssue,
        HoldReason::Budget,
        HoldReason::ComplianceReview,
        HoldReason::WaitingOnOtherSystem,
    ];

    pub fn key(self) -> &'static str {
        match self {
            HoldReason::TechnicalIssue => "technical",
            HoldReason::Budget => "budget",
            HoldReason::ComplianceReview => "compliance",
            HoldReason::WaitingOnOtherSystem => "waiting",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            HoldReason::TechnicalIssue => "technical issue",
            HoldReason::Budget => "budget",
            HoldReason::ComplianceReview => "compliance review",
            HoldReason::WaitingOnOtherSystem => "waiting on another system",
        }
    }
}

/// A pause of a suspended migration.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct Hold {
    /// Seconds after the suspend completes (the VM is already safe in its state file);
    /// 0 ..= 1e6.
    pub start_after_suspend_s: f64,
    /// Seconds the migration stays held; 0 ..= 1e7.
    pub duration_s: f64,
    pub reason: HoldReason,
}

/// What goes wrong.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum FaultKind {
    /// The link's bandwidth drops to `to_bytes_per_s` for `duration_s`.
    BandwidthDrop {
        to_bytes_per_s: f64,
        duration_s: f64,
    },
    /// The round-trip time rises by `extra_rtt_s` for `duration_s`; TCP throughput is
    /// bounded by window / RTT, so a long spike also slows the stream.
    LatencySpike { extra_rtt_s: f64, duration_s: f64 },
    /// The link between the hosts goes down for good.
    LinkFailure,
    /// The source host dies.
    SourceHostFailure,
    /// The destination host dies.
    DestinationHostFailure,
}

impl FaultKind {
    pub fn label(&self) -> &'static str {
        match self {
            FaultKind::BandwidthDrop { .. } => "bandwidth drop",
            FaultKind::LatencySpike { .. } => "latency spike",
            FaultKind::LinkFailure => "link failure",
            FaultKind::SourceHostFailure => "source host failure",
            FaultKind::DestinationHostFailure => "destination host failure",
        }
    }
}

/// A fault injected at a time after the migration starts.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct Fault {
    /// Seconds after the migration starts; 0 ..= 1e7.
    pub at_s: f64,
    #[serde(flatten)]
    pub kind: FaultKind,
}

/// Every tunable of a scenario. `Default` is a typical lecture VM: 4 GiB over 1 Gbit/s
/// with a moderate write rate, migrated live under QEMU's rules.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Params {
    /// Migration type.
    pub migration_type: MigrationType,
    /// Pre-copy stop policy (live and hybrid).
    pub policy: StopPolicy,
    /// Guest memory in bytes; 64 MiB ..= 16 TiB.
    pub memory_bytes: u64,
    /// Share of memory that is zero pages (sent as a few-byte marker in round 0);
    /// 0.0 ..= 0.99.
    pub zero_page_share: f64,
    /// Dirty-tracking granularity in bytes: 4 KiB, or 2 MiB for tracking per huge page
    /// (one 4 KiB write dirties the whole 2 MiB page). Power of two, 4 KiB ..= 1 GiB.
    pub page_size_bytes: u64,
    /// Link bandwidth available to migration, bytes/s; 1 MB/s ..= 100 GB/s.
    pub bandwidth_bytes_per_s: f64,
    /// QEMU `max-bandwidth`: cap on pre-copy and post-copy streaming, bytes/s; the final
    /// stop-and-copy is uncapped. `None` = no cap. 1 MB/s ..= 100 GB/s.
    pub max_bandwidth_bytes_per_s: Option<f64>,
    /// Guest page writes while running, bytes/s of 4 KiB page writes
    /// (pages/s × 4096); 0 ..= 100 GB/s.
    pub dirty_rate_bytes_per_s: f64,
    /// How writes become dirty pages.
    pub dirty_model: DirtyModel,
    /// Writable working set in bytes (the pages the guest writes to); `None` = all of
    /// memory. 4 KiB ..= memory.
    pub working_set_bytes: Option<u64>,
    /// Hot set as a share of working-set pages (uniform model); 0.0 ..= 1.0, 0 = no hot set.
    pub hot_set_share: f64,
    /// Share of writes that land in the hot set; 0.0 ..= 1.0.
    pub hot_write_share: f64,
    /// Downtime limit (QEMU `downtime-limit`), seconds; 0.001 ..= 60.
    pub downtime_limit_s: f64,
    /// Device (CPU, devices) state sent at switchover at the link's full speed, bytes;
    /// 0 ..= 1 GiB. Default [`DEVICE_STATE_BYTES`].
    pub device_state_bytes: u64,
    /// The whole fixed switchover time, seconds; 0 ..= 60: the source's stop and device
    /// save, the destination's load, resume and network cutover. Default
    /// [`RESUME_TIME_S`]; with `device_state_bytes` 0, 0 makes the switchover free.
    pub resume_time_s: f64,
    /// Virtual disk size in bytes; 0 ..= 64 TiB.
    pub disk_bytes: u64,
    /// Disks live on storage both hosts see, so they are not copied.
    pub shared_storage: bool,
    /// Storage write speed (suspend writes the state file), bytes/s; 1 MB/s ..= 100 GB/s.
    pub storage_write_bytes_per_s: f64,
    /// Storage read speed (restore reads the state file), bytes/s; 1 MB/s ..= 100 GB/s.
    pub storage_read_bytes_per_s: f64,
    /// Guest shutdown time (cold), seconds; 0 ..= 3600.
    pub shutdown_time_s: f64,
    /// Guest boot time (cold), seconds; 0 ..= 3600.
    pub boot_time_s: f64,
    /// Network round-trip time between the hosts, seconds; 0 ..= 10.
    pub rtt_s: f64,
    /// Stop simulating a migration that has not finished after this long, seconds;
    /// 1 ..= 1e7.
    pub time_limit_s: f64,
    /// QEMU auto-converge: throttle the vCPUs when writes outpace sending.
    pub auto_converge: bool,
    /// QEMU XBZRLE cache (`xbzrle-cache-size`, capability `xbzrle`): from the second pass
    /// on, a dirty page still in this cache of pages sent before goes as its delta
    /// (`xbzrle_page_bytes`). `None` = XBZRLE off. 4 KiB ..= 16 TiB.
    pub xbzrle_cache_bytes: Option<u64>,
    /// Bytes on the wire of one XBZRLE-encoded page (delta and page header); 1 ..= 4096.
    /// Default [`XBZRLE_PAGE_BYTES`], measured on QEMU 10 for a writer that changes a few
    /// bytes of a page (docs/model.md, "XBZRLE").
    pub xbzrle_page_bytes: f64,
    /// Share of its vCPU the guest's writer needs to keep its write rate, 0 < u ≤ 1. A
    /// throttle `p` (auto-converge, SDPS) leaves the vCPU `1 − p` of the time, so the
    /// write rate is `D·min(1, (1 − p)/u)`: 1 = a CPU-bound writer slowed at once (the
    /// textbook `D(1 − p)`); a paced writer that needs a few percent keeps its rate until
    /// the throttle nears 99% (docs/model.md "Auto-converge and SDPS").
    pub writer_cpu_share: f64,
    /// libvirt `migrate --timeout`: after this many seconds a live migration is paused and
    /// finished with the VM stopped; 0 = paused from the start (libvirt's `migrate`
    /// without `--live`). `None` = keep iterating. 0 ..= 1e7.
    pub suspend_after_s: Option<f64>,
    /// Suspended type: a state file, or a stream of the paused VM's memory.
    pub suspend_transfer: SuspendTransfer,
    /// Hybrid: pre-copy rounds before switching to post-copy; 1 ..= 100.
    pub hybrid_precopy_rounds: u32,
    /// Holds of a suspended migration.
    pub holds: Vec<Hold>,
    /// Faults injected during the migration.
    pub faults: Vec<Fault>,
    /// Timed changes of the bandwidth or the write rate (`change=bw:100Mbit/s@40s`): from
    /// each one's moment on, that parameter has the new value (`params/change.rs`).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub changes: Vec<Change>,
    /// Seed for the page map's sample; the same seed gives the same picture.
    pub seed: u64,
    /// This migration's share of a link it shares with others, from given moments on
    /// (an evacuation, `crate::evacuate`): the link's rate there in place of
    /// `bandwidth_bytes_per_s`. Empty (the default): the whole link throughout. Set by
    /// the evacuation, not a link key or flag.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub link_shares: Vec<LinkShare>,
}

/// From `from_s` seconds after the migration starts, the link gives it `bytes_per_s`.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct LinkShare {
    pub from_s: f64,
    pub bytes_per_s: f64,
}

impl Default for Params {
    fn default() -> Self {
        Params {
            migration_type: MigrationType::Live,
            policy: StopPolicy::Qemu,
            memory_bytes: 4 * GIB,
            zero_page_share: 0.0,
            page_size_bytes: BASE_PAGE_BYTES,
            bandwidth_bytes_per_s: 125e6,
            max_bandwidth_bytes_per_s: None,
            dirty_rate_bytes_per_s: 100e6,
            dirty_model: DirtyModel::Linear,
            working_set_bytes: None,
            hot_set_share: 0.0,
            hot_write_share: 0.0,
            downtime_limit_s: 0.3,
            device_state_bytes: DEVICE_STATE_BYTES,
            resume_time_s: RESUME_TIME_S,
            disk_bytes: 20 * GIB,
            shared_storage: true,
            storage_write_bytes_per_s: 500e6,
            storage_read_bytes_per_s: 500e6,
            shutdown_time_s: 20.0,
            boot_time_s: 40.0,
            rtt_s: 0.0005,
            time_limit_s: 600.0,
            auto_converge: false,
            xbzrle_cache_bytes: None,
            xbzrle_page_bytes: XBZRLE_PAGE_BYTES,
            writer_cpu_share: 1.0,
            suspend_after_s: None,
            suspend_transfer: SuspendTransfer::StateFile,
            hybrid_precopy_rounds: 1,
            holds: Vec::new(),
            faults: Vec::new(),
            changes: Vec::new(),
            seed: 1,
            link_shares: Vec::new(),
        }
    }
}

/// A parameter outside its accepted range, naming the field and the range.
#[derive(Clone, Debug, PartialEq)]
pub struct ParamError {
    /// The field's name in [`Params`] (e.g. `"bandwidth_bytes_per_s"`).
    pub field: &'static str,
    /// The accepted range or form, for people (e.g. `"1e6 ..= 1e11 bytes/s"`).
    pub accepted: String,
    /// The value that was given, formatted.
    pub got: String,
}

impl fmt::Display for ParamError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}: got {}, accepted {}",
            self.field, self.got, self.accepted
        )
    }
}

impl std::error::Error for ParamError {}

/// Most holds, and most faults, a scenario may have.
pub const MAX_EVENTS: usize = 16;

/// Accepted ranges, shared by `validate()`, the CLI and the app's sliders.
pub mod limits {
    use super::{GIB, KIB, MIB};
    pub const MEMORY_BYTES: (u64, u64) = (64 * MIB, 16 * 1024 * GIB);
    pub const PAGE_SIZE_BYTES: (u64, u64) = (4 * KIB, GIB);
    pub const RATE_BYTES_PER_S: (f64, f64) = (1e6, 1e11);
    pub const DIRTY_RATE_BYTES_PER_S: (f64, f64) = (0.0, 1e11);
    pub const DOWNTIME_LIMIT_S: (f64, f64) = (0.001, 60.0);
    pub const DEVICE_STATE_BYTES: (u64, u64) = (0, GIB);
    pub const DISK_BYTES: (u64, u64) = (0, 64 * 1024 * GIB);
    pub const SHORT_TIME_S: (f64, f64) = (0.0, 3600.0);
    pub const RTT_S: (f64, f64) = (0.0, 10.0);
    pub const TIME_LIMIT_S: (f64, f64) = (1.0, 1e7);
    pub const HYBRID_ROUNDS: (u32, u32) = (1, 100);
}

impl Params {
    /// Bytes of memory that are zero pages.
    pub fn zero_bytes(&self) -> f64 {
        self.memory_bytes as f64 * self.zero_page_share
    }

    /// Writable working set in bytes (all of memory when unset).
    pub fn working_set(&self) -> u64 {
        self.working_set_bytes
            .unwrap_or(self.memory_bytes)
            .min(self.memory_bytes)
    }

    /// The link's bandwidth over time: `bandwidth_bytes_per_s`, then its timed changes.
    pub fn bandwidth_steps(&self) -> Steps<'_> {
        Steps {
            base: self.bandwidth_bytes_per_s,
            changes: &self.changes,
            param: ChangeKind::Bandwidth { bytes_per_s: 0.0 },
        }
    }

    /// The guest's write rate over time: `dirty_rate_bytes_per_s`, then its timed changes.
    pub fn dirty_rate_steps(&self) -> Steps<'_> {
        Steps {
            base: self.dirty_rate_bytes_per_s,
            changes: &self.changes,
            param: ChangeKind::DirtyRate { bytes_per_s: 0.0 },
        }
    }

    /// Streaming rate of pre-copy rounds and post-copy push: the link, capped by
    /// `max_bandwidth` when set.
    pub fn stream_rate_bytes_per_s(&self) -> f64 {
        match self.max_bandwidth_bytes_per_s {
            Some(cap) => cap.min(self.bandwidth_bytes_per_s),
            None => self.bandwidth_bytes_per_s,
        }
    }
}
