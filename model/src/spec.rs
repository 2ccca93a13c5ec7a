//! Every parameter once: its link key, its CLI flag, how it is written and read, and
//! which [`Params`] field it sets. The link codec (the app's `url` module) and `migsim`'s
//! flags are both built from [`PARAMS`], so a key and its flag take the same values.
//!
//! # Adding a parameter
//! 1. Add the field to [`Params`] (units in its name, a doc comment with its range) and
//!    check its range in `Params::validate`.
//! 2. Add one [`param!`] line to [`PARAMS`]: the field, its link key (short: links are
//!    read aloud), its flag, the placeholder and help line `migsim --help` shows, whether
//!    every link writes it, the writer (from [`crate::notation`]) and the reader (from
//!    [`crate::units`]). Links, `migsim`, a problem set's `args` (`exercise`), the link
//!    fuzzer and `tidy` pick it up from here.
//! 3. Only if the app should show a control for it: one entry in the app's
//!    `src/controls/sliders.rs` (`SLIDERS`: slider scale, label, text), which names this key.

use crate::notation as write;
use crate::params::{MigrationType, StopPolicy, SuspendTransfer};
use crate::{units, Params};

/// One parameter: how links and flags name, write and read it.
pub struct ParamSpec {
    /// The [`Params`] field it sets; `ParamError::field` names it, so a range error finds
    /// its key and its flag.
    pub field: &'static str,
    /// The link key, `bw` in `?bw=1Gbit/s`.
    pub key: &'static str,
    /// The CLI flag without its dashes, `bandwidth` in `--bandwidth 1Gbit/s`.
    pub flag: &'static str,
    /// What the flag's value is, for `--help`: `SIZE`, `RATE`, `DURATION`, `SHARE`, …
    pub value_name: &'static str,
    /// One line for `--help`: what it is, with an example value.
    pub help: &'static str,
    /// Written in every link, even at its default: the keys a reader looks for first.
    pub always: bool,
    /// The value in the compact notation both a link and the flag read back exactly
    /// (four significant digits).
    pub write: fn(&Params) -> String,
    /// Sets the field from text in that notation; the error names the accepted form.
    pub read: fn(&mut Params, &str) -> Result<(), String>,
    /// Copies this parameter from `from` (a link falls back to its base value with it).
    pub reset: fn(&mut Params, &Params),
}

/// One [`ParamSpec`]: `param!(field, "key", "flag", "VALUE", always, writer, reader,
/// "help")`, where `writer` takes the field's value and `reader` returns it.
macro_rules! param {
    ($field:ident, $key:literal, $flag:literal, $value:literal, $always:literal,
     $write:expr, $read:expr, $help:literal) => {
        ParamSpec {
            field: stringify!($field),
            key: $key,
            flag: $flag,
            value_name: $value,
            help: $help,
            always: $always,
            write: |p| ($write)(p.$field),
            read: |p, s| {
                p.$field = ($read)(s)?;
                Ok(())
            },
            reset: |p, from| p.$field = from.$field,
        }
    };
}

/// Every parameter, in the order links write them.
pub const PARAMS: &[ParamSpec] = &[
    param!(migration_type, "type", "type", "TYPE", true,
        |v: MigrationType| v.key().to_string(), units::migration_type,
        "Migration type: cold, suspended, live, postcopy or hybrid."),
    param!(policy, "policy", "policy", "POLICY", false,
        |v: StopPolicy| v.key().to_string(), units::policy,
        "Pre-copy stop policy: qemu (QEMU's real loop, the default), textbook (Clark et al.: whole rounds), xen (classic), xen5 (current), vmotion or simgrid."),
    param!(memory_bytes, "mem", "memory", "SIZE", false, write::size, units::size,
        "Guest memory, e.g. 4GiB."),
    param!(bandwidth_bytes_per_s, "bw", "bandwidth", "RATE", true, write::bit_rate, units::rate,
        "Link bandwidth for the migration, e.g. 1Gbit/s, 10Gbps, 940Mbit/s or 125MB/s."),
    param!(max_bandwidth_bytes_per_s, "maxbw", "max-bandwidth", "RATE", false,
        |v: Option<f64>| v.map_or("none".into(), write::bit_rate), units::optional_rate,
        "QEMU max-bandwidth cap on streaming (the final stop-and-copy is uncapped), e.g. 128MiB/s, or none."),
    param!(dirty_rate_bytes_per_s, "dirty", "dirty-rate", "RATE", true, write::byte_rate,
        units::dirty_rate, "Guest page write rate, e.g. 100MB/s or 25000pages/s (4 KiB pages)."),
    param!(dirty_model, "writes", "dirty-model", "MODEL", false, write::dirty_model,
        units::dirty_model,
        "How writes become dirty pages: linear (capped at the working set) or uniform (random writes over the working set)."),
    param!(working_set_bytes, "ws", "working-set", "SIZE", false,
        |v: Option<u64>| v.map_or("all".into(), write::size), units::optional_size,
        "Writable working set, e.g. 128MiB, or all (all of memory)."),
    param!(hot_set_share, "hot", "hot-set", "SHARE", false, write::share, units::share,
        "Hot set as a share of the working set (uniform model), e.g. 10%."),
    param!(hot_write_share, "hotwrites", "hot-share", "SHARE", false, write::share, units::share,
        "Share of writes landing in the hot set, e.g. 90%."),
    param!(zero_page_share, "zero", "zero-pages", "SHARE", false, write::share, units::share,
        "Share of memory that is zero pages, e.g. 25% or 0.25."),
    param!(page_size_bytes, "page", "page-size", "SIZE", false, write::size, units::size,
        "Dirty-tracking page size: 4KiB, or 2MiB for tracking per huge page."),
    param!(downtime_limit_s, "downtime", "downtime-limit", "DURATION", false, write::duration,
        units::duration, "QEMU downtime-limit, e.g. 300ms."),
    param!(device_state_bytes, "device", "device-state", "SIZE", false, write::size, units::size,
        "CPU and device state sent at switchover at full link speed, e.g. 0 or 16MiB (the default is measured on QEMU 10)."),
    param!(resume_time_s, "resume", "resume-time", "DURATION", false, write::duration,
        units::duration,
        "The whole fixed switchover time: source stop and device save, destination load, resume and network cutover, e.g. 0ms or 50ms (the default is measured on QEMU 10)."),
    param!(disk_bytes, "disk", "disk", "SIZE", false, write::size, units::size,
        "Virtual disk size, e.g. 20GiB."),
    param!(shared_storage, "shared", "shared-storage", "BOOL", false, write::yes_no,
        units::boolean, "Disks on storage both hosts see (not copied): true or false."),
    param!(storage_write_bytes_per_s, "swrite", "storage-write", "RATE", false, write::byte_rate,
        units::rate, "Storage write speed (suspend writes the state file), e.g. 500MB/s."),
    param!(storage_read_bytes_per_s, "sread", "storage-read", "RATE", false, write::byte_rate,
        units::rate, "Storage read speed (restore reads the state file), e.g. 500MB/s."),
    param!(shutdown_time_s, "shutdown", "shutdown-time", "DURATION", false, write::duration,
        units::duration, "Guest shutdown time (cold), e.g. 20s."),
    param!(boot_time_s, "boot", "boot-time", "DURATION", false, write::duration, units::duration,
        "Guest boot time (cold), e.g. 40s."),
    param!(rtt_s, "rtt", "rtt", "DURATION", false, write::duration, units::duration,
        "Network round-trip time between the hosts, e.g. 0.5ms."),
    param!(time_limit_s, "limit", "time-limit", "DURATION", false, write::duration,
        units::duration, "Stop simulating an unfinished migration after this long, e.g. 600s or 2h."),
    param!(auto_converge, "autoconverge", "auto-converge", "BOOL", false, write::yes_no,
        units::boolean, "QEMU auto-converge: throttle the vCPUs when writes outpace sending."),
    param!(xbzrle_cache_bytes, "xbzrle", "xbzrle-cache", "SIZE", false,
        |v: Option<u64>| v.map_or("off".into(), write::size), units::size_or_off,
        "QEMU XBZRLE: the cache size (xbzrle-cache-size), e.g. 256MiB; re-dirtied pages still cached go as deltas; or off."),
    param!(xbzrle_page_bytes, "xbzrlepage", "xbzrle-page-bytes", "BYTES", false,
        |v: f64| format!("{}B", write::sig4(v)), units::bytes_f64,
        "Bytes on the wire of one XBZRLE-encoded page, e.g. 13.3 (the default, measured on QEMU 10 for a few changed bytes) or 600."),
    param!(writer_cpu_share, "writercpu", "writer-cpu-share", "SHARE", false, write::share,
        units::share,
        "Share of its vCPU the guest's writer needs to keep its rate under a throttle (auto-converge, SDPS), e.g. 5%; 100% = slowed in proportion at once."),
    param!(suspend_after_s, "suspend", "suspend-after", "DURATION", false,
        |v: Option<f64>| v.map_or("none".into(), write::duration), units::optional_duration,
        "libvirt migrate --timeout: after this long a live migration is paused and finished with the VM stopped, e.g. 60s; 0s = paused from the start (migrate without --live); or none."),
    param!(suspend_transfer, "via", "suspend-transfer", "HOW", false,
        |v: SuspendTransfer| v.key().to_string(), units::suspend_transfer,
        "Suspended: how the state moves: file (save, copy, restore) or stream (the paused VM's memory over the link)."),
    param!(hybrid_precopy_rounds, "hybrid", "hybrid-rounds", "N", false,
        |v: u32| v.to_string(), units::whole::<u32>,
        "Hybrid: pre-copy rounds before switching to post-copy."),
    param!(seed, "seed", "seed", "N", false, |v: u64| v.to_string(), units::whole::<u64>,
        "Seed of the page map's sample."),
];

/// The repeatable parameters: one hold or one fault each (`hold=compliance@5s:2h`,
/// `--hold compliance@5s:2h`).
pub const HOLD_KEY: &str = "hold";
pub const FAULT_KEY: &str = "fault";
/// Timed parameter changes, repeatable too (`change=bw:100Mbit/s@40s`,
/// `--change dirty:200MB/s@40s`).
pub const CHANGE_KEY: &str = "change";

/// The parameter that sets `field` (a `ParamError::field`; `holds…` and `faults…` have
/// none here: they are [`HOLD_KEY`] and [`FAULT_KEY`]).
pub fn of_field(field: &str) -> Option<&'static ParamSpec> {
    PARAMS.iter().find(|s| s.field == field)
}

/// The parameter a CLI flag names (without its dashes: `bandwidth`).
pub fn of_flag(flag: &str) -> Option<&'static ParamSpec> {
    PARAMS.iter().find(|s| s.flag == flag)
}

/// A flag that may stand alone, meaning yes (`--auto-converge`).
pub fn is_switch(s: &ParamSpec) -> bool {
    s.value_name == "BOOL"
}

/// The parameter a link key names.
pub fn of_key(key: &str) -> Option<&'static ParamSpec> {
    PARAMS.iter().find(|s| s.key == key)
}

/// The parameters as a link or the flags carry them: every value rounded as the notation
/// writes it (four significant digits). Values the notation cannot carry (NaN, out of
/// the parsers' reach) stay as they are, so `validate` still names the bad field.
pub fn tidy(p: &Params) -> Params {
    let mut q = p.clone();
    for s in PARAMS {
        let mut r = q.clone();
        if (s.read)(&mut r, &(s.write)(p)).is_ok() {
            (s.reset)(&mut q, &r);
        }
    }
    if let Ok(holds) = p
        .holds
        .iter()
        .map(|h| units::hold(&write::hold(h)))
        .collect()
    {
        q.holds = holds;
    }
    if let Ok(faults) = p
        .faults
        .iter()
        .map(|f| units::fault(&write::fault(f)))
        .collect()
    {
        q.faults = faults;
    }
    if let Ok(changes) = p
        .changes
        .iter()
        .map(|c| units::change(&write::change(c)))
        .collect()
    {
        q.changes = changes;
    }
    q
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_field_has_one_key_and_one_flag() {
        let json = serde_json::to_value(Params::default()).expect("params serialise");
        let fields: Vec<&String> = json
            .as_object()
            .expect("an object")
            .keys()
            .filter(|f| *f != "holds" && *f != "faults" && *f != "changes")
            .collect();
        for f in &fields {
            assert!(of_field(f).is_some(), "{f} has no entry in PARAMS");
        }
        assert_eq!(PARAMS.len(), fields.len(), "one entry per field");
        for (i, s) in PARAMS.iter().enumerate() {
            for t in &PARAMS[i + 1..] {
                assert_ne!(s.key, t.key);
                assert_ne!(s.flag, t.flag);
            }
        }
    }

    #[test]
    fn every_default_reads_back_as_itself() {
        let d = Params::default();
        for s in PARAMS {
            let mut p = Params::default();
            (s.read)(&mut p, &(s.write)(&d)).unwrap_or_else(|e| panic!("{}: {e}", s.key));
            assert_eq!(p, d, "{}", s.key);
        }
        assert_eq!(tidy(&d), d);
    }
}
