//! From a recording to the model's parameters, as `migsim` flags: each flag with the field
//! of the recording it came from, so the CLI can print them, the app can show them beside
//! its controls and a user can correct any. [`params_from_flags`] turns the flags into
//! [`Params`] through the CLI's own unit parsers, so the model run here is exactly what
//! `migsim` runs with the printed flags. The rules are in docs/replay.md.

use super::recording::{Format, Recording, Sample};
use crate::params::{BASE_PAGE_BYTES, MIB};
use crate::say::Say;
use crate::{units, Params};

/// One `migsim` flag, its value (empty for a switch such as `--auto-converge`) and where
/// in the recording it came from.
#[derive(Clone, Debug, PartialEq)]
pub struct Flag {
    pub flag: &'static str,
    pub value: String,
    /// `replay-from-…` of `model.ftl`.
    pub from: Say,
}

/// How the run migrated, as far as the recording tells.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RunKind {
    /// Pre-copy while the guest runs.
    Live,
    /// Pre-copy, then `migrate-start-postcopy` after `precopy_passes` passes.
    PostCopy { precopy_passes: u32 },
    /// The guest was stopped before `migrate` (libvirt's migrate without `--live`).
    Paused,
    /// Saved to a file (`exec:cat > FILE`) and restored.
    Save,
}

/// Which run this is, from the harness's `mode` or else from QEMU's counters.
pub fn run_kind(rec: &Recording) -> RunKind {
    let postcopy = || {
        // QEMU's sync count in the last pre-copy sample: the pass in progress when
        // post-copy started is cut short, so the whole passes before it are one fewer.
        let switch = rec
            .samples
            .iter()
            .position(|s| s.status.starts_with("postcopy"))
            .unwrap_or(rec.samples.len());
        let syncs = rec.samples[..switch]
            .iter()
            .rev()
            .find_map(|s| s.dirty_sync_count)
            .unwrap_or(2.0);
        RunKind::PostCopy {
            precopy_passes: (syncs as u32).saturating_sub(1).max(1),
        }
    };
    match rec.header.as_ref().and_then(|h| h.mode.as_deref()) {
        Some("postcopy") => return postcopy(),
        Some("cold") => return RunKind::Paused,
        Some("save") => return RunKind::Save,
        Some("live") => return RunKind::Live,
        _ => {}
    }
    if rec.samples.iter().any(|s| s.status.starts_with("postcopy")) {
        return postcopy();
    }
    // Everything counted as sent while the VM was stopped: it was paused before `migrate`.
    let last = last_counters(rec);
    match last.and_then(|s| Some((s.precopy_bytes?, s.downtime_bytes?))) {
        Some((pre, down)) if pre == 0.0 && down > 0.0 => RunKind::Paused,
        _ => RunKind::Live,
    }
}

/// The last sample with QEMU's counters (a cancel clears them; a recording may be cut).
pub fn last_counters(rec: &Recording) -> Option<&Sample> {
    rec.samples
        .iter()
        .rev()
        .find(|s| s.transferred.is_some() && s.total_time_ms.is_some())
}

/// The flags that describe the recorded run.
pub fn infer(rec: &Recording) -> Vec<Flag> {
    let mut out = Vec::new();
    let mut push =
        |flag: &'static str, value: String, from: Say| out.push(Flag { flag, value, from });
    let kind = run_kind(rec);
    let page = page_size(rec);
    migration_type(kind, &mut push);
    memory(rec, page, &mut push);
    link(rec, kind, &mut push);
    writes(rec, kind, page, &mut push);
    limits(rec, kind, &mut push);
    xbzrle(rec, &mut push);
    if kind == RunKind::Save {
        save_speeds(rec, &mut push);
    }
    out
}

/// The page size the recording states, else 4 KiB.
fn page_size(rec: &Recording) -> f64 {
    let header = rec.header.as_ref();
    rec.samples
        .iter()
        .find_map(|s| s.page_size)
        .or(header.and_then(|h| h.page_size))
        .unwrap_or(BASE_PAGE_BYTES as f64)
}

/// The migration type (and the post-copy switch), and QEMU's stop rule.
fn migration_type(kind: RunKind, push: &mut impl FnMut(&'static str, String, Say)) {
    match kind {
        RunKind::Live | RunKind::Paused => push(
            "--type",
            "live".into(),
            Say::new("replay-from-precopy-default"),
        ),
        RunKind::PostCopy { precopy_passes } => {
            push(
                "--type",
                "hybrid".into(),
                Say::new("replay-from-postcopy-switch"),
            );
            push(
                "--hybrid-rounds",
                precopy_passes.to_string(),
                Say::new("replay-from-postcopy-passes"),
            );
        }
        RunKind::Save => push("--type", "suspended".into(), Say::new("replay-from-saved")),
    }
    push("--policy", "qemu".into(), Say::new("replay-from-qemu"));
}

/// Memory and zero pages.
fn memory(rec: &Recording, page: f64, push: &mut impl FnMut(&'static str, String, Say)) {
    let header = rec.header.as_ref();
    let last = last_counters(rec);
    let stated = header
        .and_then(|h| h.ram_total)
        .or_else(|| rec.samples.iter().find_map(|s| s.total))
        .map(|t| (t, Say::new("replay-from-ram-total")));
    let total = stated.or_else(|| {
        header
            .and_then(|h| h.guest_mem_mib)
            .map(|m| (m * MIB as f64, Say::new("replay-from-guest-memory")))
    });
    if let Some((total, from)) = total {
        push("--memory", format!("{}B", total.round()), from);
        if let Some(dup) = last.and_then(|s| s.duplicate) {
            let share = (dup * page / total).clamp(0.0, 1.0);
            push(
                "--zero-pages",
                format!("{:.2}%", share * 100.0),
                Say::new("replay-from-zero-pages"),
            );
        }
    }
    if page != BASE_PAGE_BYTES as f64 {
        push(
            "--page-size",
            format!("{}B", page.round()),
            Say::new("replay-from-page-size"),
        );
    }
}

/// The link (from the uncapped stop-and-copy, else the fastest rate seen) and the cap.
fn link(rec: &Recording, kind: RunKind, push: &mut impl FnMut(&'static str, String, Say)) {
    let header = rec.header.as_ref();
    let last = last_counters(rec);
    let fastest = rec
        .samples
        .iter()
        .filter_map(|s| s.mbps)
        .fold(0.0f64, f64::max)
        * 1e6
        / 8.0;
    let stop_and_copy = last.and_then(|s| {
        let (bytes, ms) = (s.downtime_bytes?, s.downtime_ms?);
        (matches!(kind, RunKind::Live) && bytes > 0.0 && ms >= 1.0).then(|| bytes / (ms / 1000.0))
    });
    match (kind, stop_and_copy) {
        (RunKind::Save, _) => push(
            "--bandwidth",
            "100GB/s".into(),
            Say::new("replay-from-same-host"),
        ),
        (_, Some(link)) if link >= fastest => push(
            "--bandwidth",
            format!("{}B/s", link.round()),
            Say::new("replay-from-stop-and-copy"),
        ),
        _ if fastest >= 1e6 => push(
            "--bandwidth",
            format!("{}B/s", fastest.round()),
            Say::new("replay-from-fastest"),
        ),
        _ => {}
    }
    match header.and_then(|h| h.max_bandwidth_mib_s) {
        Some(Some(mib)) => push(
            "--max-bandwidth",
            format!("{mib}MiB/s"),
            Say::new("replay-from-max-bandwidth"),
        ),
        Some(None) => push(
            "--max-bandwidth",
            "none".into(),
            Say::new("replay-from-max-bandwidth-unlimited"),
        ),
        None => {
            if let Some(rate) = median_send_rate(rec) {
                push(
                    "--max-bandwidth",
                    format!("{}B/s", rate.round()),
                    Say::new("replay-from-median-rate"),
                );
            }
        }
    }
}

/// How the guest writes: the harness's dirtier, else QEMU's dirty-pages-rate.
fn writes(
    rec: &Recording,
    kind: RunKind,
    page: f64,
    push: &mut impl FnMut(&'static str, String, Say),
) {
    let header = rec.header.as_ref();
    let dirtier = header.and_then(|h| Some((h.dirty_rate_pages_s?, h.dirtier_mib?)));
    match (kind, dirtier) {
        (RunKind::Paused | RunKind::Save, _) => push(
            "--dirty-rate",
            "0pages/s".into(),
            Say::new("replay-from-guest-stopped"),
        ),
        (_, Some((rate, ws_mib))) => {
            push(
                "--dirty-rate",
                format!("{rate}pages/s"),
                Say::new("replay-from-dirtier-rate"),
            );
            push(
                "--dirty-model",
                "uniform".into(),
                Say::new("replay-from-dirtier-random"),
            );
            push(
                "--working-set",
                format!("{}B", (ws_mib * MIB as f64).round()),
                Say::new("replay-from-dirtier-memory"),
            );
        }
        _ => {
            let rates: Vec<f64> = rec
                .samples
                .iter()
                .filter_map(|s| s.dirty_pages_rate)
                .filter(|r| *r > 0.0)
                .collect();
            let mean = if rates.is_empty() {
                0.0
            } else {
                rates.iter().sum::<f64>() / rates.len() as f64
            };
            let value = if page == BASE_PAGE_BYTES as f64 {
                format!("{}pages/s", mean.round())
            } else {
                format!("{}B/s", (mean * page).round())
            };
            push(
                "--dirty-rate",
                value,
                Say::new("replay-from-dirty-pages-rate"),
            );
            push(
                "--dirty-model",
                "linear".into(),
                Say::new("replay-from-distinct-pages"),
            );
            push(
                "--working-set",
                "all".into(),
                Say::new("replay-from-no-working-set"),
            );
        }
    }
}

/// The downtime limit, auto-converge, a VM paused before migrating, the cancel timeout.
fn limits(rec: &Recording, kind: RunKind, push: &mut impl FnMut(&'static str, String, Say)) {
    let header = rec.header.as_ref();
    let last = last_counters(rec);
    let limit_ms = header
        .and_then(|h| h.downtime_limit_ms)
        .map(|ms| (ms, Say::new("replay-from-downtime-limit")))
        .or_else(|| {
            rec.samples
                .iter()
                .find(|s| s.status == "active" && s.dirty_sync_count == Some(1.0))
                .and_then(|s| s.expected_downtime_ms)
                .map(|ms| (ms, Say::new("replay-from-expected-downtime")))
        });
    if let Some((ms, from)) = limit_ms.filter(|(ms, _)| *ms >= 1.0) {
        push("--downtime-limit", format!("{}ms", ms.round()), from);
    }
    let caps = header
        .map(|h| h.capabilities.as_slice())
        .unwrap_or_default();
    if caps.iter().any(|c| c == "auto-converge")
        || rec.samples.iter().any(|s| s.throttle_pct.is_some())
    {
        push(
            "--auto-converge",
            String::new(),
            Say::new("replay-from-auto-converge"),
        );
        if let Some(u) = writer_cpu_share(rec) {
            push(
                "--writer-cpu-share",
                format!("{:.1}%", u * 100.0),
                Say::new("replay-from-writer-cpu-share"),
            );
        }
    }
    if kind == RunKind::Paused {
        push(
            "--suspend-after",
            "0s".into(),
            Say::new("replay-from-stopped-before"),
        );
    }
    let cancelled = rec.samples.last().is_some_and(|s| s.status == "cancelled");
    match header.and_then(|h| h.cancel_after_s) {
        Some(s) if s >= 1.0 => push(
            "--time-limit",
            format!("{}ms", (s * 1000.0).round()),
            Say::new("replay-from-cancel-timeout"),
        ),
        _ if cancelled => {
            if let Some(ms) = last
                .and_then(|s| s.total_time_ms)
                .filter(|ms| *ms >= 1000.0)
            {
                push(
                    "--time-limit",
                    format!("{}ms", ms.round()),
                    Say::new("replay-from-cancelled-at"),
                );
            }
        }
        _ => {}
    }
}

/// QEMU's default `xbzrle-cache-size`, for a recording that turned XBZRLE on without
/// reporting its cache (`migration/options.c`: `DEFAULT_MIGRATE_XBZRLE_CACHE_SIZE`).
const QEMU_DEFAULT_XBZRLE_CACHE: f64 = 64.0 * 1024.0 * 1024.0;

/// XBZRLE, when QEMU used it (it encoded pages) or the run's capabilities list it: the
/// cache's size, and the wire bytes of an encoded page from QEMU's own counters
/// (`bytes / pages`, plus the 8-byte page header they leave out); docs/model.md, "XBZRLE".
fn xbzrle(rec: &Recording, push: &mut impl FnMut(&'static str, String, Say)) {
    let most = |f: fn(&Sample) -> Option<f64>| super::features::most(rec, f);
    let pages = most(|s| s.xbzrle_pages).filter(|p| *p > 0.0);
    let listed = rec
        .header
        .as_ref()
        .is_some_and(|h| h.capabilities.iter().any(|c| c == "xbzrle"));
    if pages.is_none() && !listed {
        return;
    }
    match most(|s| s.xbzrle_cache_size).filter(|c| *c >= 4096.0) {
        Some(c) => push(
            "--xbzrle-cache",
            crate::notation::size(c.round() as u64),
            Say::new("replay-from-xbzrle-cache"),
        ),
        None => push(
            "--xbzrle-cache",
            crate::notation::size(QEMU_DEFAULT_XBZRLE_CACHE as u64),
            Say::new("replay-from-xbzrle-default"),
        ),
    }
    if let (Some(p), Some(b)) = (pages, most(|s| s.xbzrle_bytes)) {
        let per_page = (b / p + 8.0).clamp(1.0, 4096.0);
        push(
            "--xbzrle-page-bytes",
            format!("{per_page:.1}"),
            Say::new("replay-from-xbzrle-page"),
        );
    }
}

/// The share of its vCPU the guest's writer needs, from the harness's guest counters:
/// under a throttle p the writer keeps its rate while 1 − p ≥ u, else it reaches
/// (1 − p) / u of it. The median over the seconds it fell below 90% of its rate.
fn writer_cpu_share(rec: &Recording) -> Option<f64> {
    let target = rec.writer_rate()?;
    let mut shares: Vec<f64> = rec
        .guest_writes
        .iter()
        .filter(|w| w.t_s > 0.0 && w.vm != super::recording::Vm::Destination)
        .filter(|w| w.rate > 0.0 && w.rate < 0.9 * target)
        .filter_map(|w| {
            let p = rec.throttle_at(w.t_s)? / 100.0;
            (p >= 0.5).then(|| ((1.0 - p) / (w.rate / target)).clamp(0.001, 1.0))
        })
        .collect();
    if shares.is_empty() {
        return None;
    }
    shares.sort_by(f64::total_cmp);
    Some(shares[shares.len() / 2])
}

/// A save to a file: the write speed is what the save achieved; the read speed is the
/// file over the time from the save's end to the restored VM's RESUME, when recorded.
fn save_speeds(rec: &Recording, push: &mut impl FnMut(&'static str, String, Say)) {
    let Some(last) = last_counters(rec) else {
        return;
    };
    let (Some(bytes), Some(ms)) = (last.transferred, last.total_time_ms) else {
        return;
    };
    if ms <= 0.0 {
        return;
    }
    push(
        "--storage-write",
        format!("{}B/s", (bytes / (ms / 1000.0)).round()),
        Say::new("replay-from-storage-write"),
    );
    let resumed = rec
        .events
        .iter()
        .find(|e| e.kind == super::recording::QmpEventKind::Resume && e.t_s > last.t_s);
    if let Some(r) = resumed.filter(|r| r.t_s > ms / 1000.0) {
        push(
            "--storage-read",
            format!("{}B/s", (bytes / (r.t_s - ms / 1000.0)).round()),
            Say::new("replay-from-storage-read"),
        );
    }
}

/// The median of `ram.mbps` over the active samples that report sending, in bytes/s.
fn median_send_rate(rec: &Recording) -> Option<f64> {
    let mut rates: Vec<f64> = rec
        .samples
        .iter()
        .filter(|s| s.status == "active")
        .filter_map(|s| s.mbps)
        .filter(|m| *m > 0.0)
        .collect();
    if rates.is_empty() {
        return None;
    }
    rates.sort_by(f64::total_cmp);
    Some(rates[rates.len() / 2] * 1e6 / 8.0)
}

/// The flags as `migsim` takes them: `["--memory", "403185664B", "--auto-converge", …]`.
pub fn argv(flags: &[Flag]) -> Vec<String> {
    flags
        .iter()
        .flat_map(|f| {
            std::iter::once(f.flag.to_string())
                .chain((!f.value.is_empty()).then(|| f.value.clone()))
        })
        .collect()
}

/// [`Params`] from the flags, through the same unit parsers as `migsim`, then validated.
/// Errs naming the flag when a value is not accepted (`replay-said-bad-value`,
/// `-not-a-flag`, `-out-of-range` of `model.ftl`).
pub fn params_from_flags(flags: &[Flag]) -> Result<Params, Say> {
    let mut p = Params::default();
    for f in flags {
        let v = f.value.as_str();
        // The unit parser's reason is English (the CLI's): quoted as it is.
        let bad = |why: String| {
            Say::new("replay-said-bad-value")
                .quote("flag", f.flag)
                .quote("value", f.value.clone())
                .quote("why", why)
        };
        match f.flag {
            "--type" => p.migration_type = units::migration_type(v).map_err(bad)?,
            "--policy" => p.policy = units::policy(v).map_err(bad)?,
            "--memory" => p.memory_bytes = units::size(v).map_err(bad)?,
            "--zero-pages" => p.zero_page_share = units::share(v).map_err(bad)?,
            "--page-size" => p.page_size_bytes = units::size(v).map_err(bad)?,
            "--bandwidth" => p.bandwidth_bytes_per_s = units::rate(v).map_err(bad)?,
            "--max-bandwidth" => {
                p.max_bandwidth_bytes_per_s = units::optional_rate(v).map_err(bad)?
            }
            "--dirty-rate" => p.dirty_rate_bytes_per_s = units::dirty_rate(v).map_err(bad)?,
            "--dirty-model" => p.dirty_model = units::dirty_model(v).map_err(bad)?,
            "--working-set" => p.working_set_bytes = units::optional_size(v).map_err(bad)?,
            "--downtime-limit" => p.downtime_limit_s = units::duration(v).map_err(bad)?,
            "--hybrid-rounds" => p.hybrid_precopy_rounds = units::whole(v).map_err(bad)?,
            "--time-limit" => p.time_limit_s = units::duration(v).map_err(bad)?,
            "--suspend-after" => p.suspend_after_s = units::optional_duration(v).map_err(bad)?,
            "--storage-write" => p.storage_write_bytes_per_s = units::rate(v).map_err(bad)?,
            "--storage-read" => p.storage_read_bytes_per_s = units::rate(v).map_err(bad)?,
            "--writer-cpu-share" => p.writer_cpu_share = units::share(v).map_err(bad)?,
            "--auto-converge" => p.auto_converge = true,
            "--xbzrle-cache" => p.xbzrle_cache_bytes = units::size_or_off(v).map_err(bad)?,
            "--xbzrle-page-bytes" => p.xbzrle_page_bytes = units::bytes_f64(v).map_err(bad)?,
            other => return Err(Say::new("replay-said-not-a-flag").quote("flag", other)),
        }
    }
    p.validate().map_err(|e| {
        let flag = flags
            .iter()
            .find(|f| e.field.starts_with(&f.flag[2..].replace('-', "_")))
            .map_or(e.field, |f| f.flag);
        Say::new("replay-said-out-of-range")
            .quote("flag", flag)
            .text("accepted", e.accepted)
            .text("got", e.got)
    })?;
    Ok(p)
}

/// Whether the recording is in the harness's format (it then states its setup).
pub fn states_its_setup(rec: &Recording) -> bool {
    rec.format == Format::Harness && rec.header.is_some()
}
