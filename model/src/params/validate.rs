//! `Params::validate`: every field against its accepted range ([`super::limits`]), the
//! first bad field named.

use super::{limits, ChangeKind, FaultKind, ParamError, Params, GIB, KIB, MAX_EVENTS};
use std::fmt;

/// `lo ..= hi`, naming the field and its unit otherwise. NaN and infinities are out of
/// every range (the ranges are finite).
fn check_range<T: PartialOrd + fmt::Display>(
    field: &'static str,
    v: T,
    lo: T,
    hi: T,
    unit: &str,
) -> Result<(), ParamError> {
    if v >= lo && v <= hi {
        Ok(())
    } else {
        Err(ParamError {
            field,
            accepted: format!("{lo} ..= {hi} {unit}"),
            got: format!("{v}"),
        })
    }
}

fn check_f64(field: &'static str, v: f64, lo: f64, hi: f64, unit: &str) -> Result<(), ParamError> {
    check_range(field, v, lo, hi, unit)
}

fn check_u64(field: &'static str, v: u64, lo: u64, hi: u64, unit: &str) -> Result<(), ParamError> {
    check_range(field, v, lo, hi, unit)
}

/// A list of holds or faults is at most [`MAX_EVENTS`] long.
fn check_count(field: &'static str, len: usize) -> Result<(), ParamError> {
    if len <= MAX_EVENTS {
        Ok(())
    } else {
        Err(ParamError {
            field,
            accepted: format!("at most {MAX_EVENTS} {field}"),
            got: len.to_string(),
        })
    }
}

impl Params {
    /// Checks every field against its accepted range; the first bad field is named.
    pub fn validate(&self) -> Result<(), ParamError> {
        self.validate_memory()?;
        self.validate_rates()?;
        self.validate_switchover()?;
        self.validate_storage_and_times()?;
        self.validate_tuning()?;
        self.validate_events()
    }

    /// Memory size, zero pages and the page size.
    fn validate_memory(&self) -> Result<(), ParamError> {
        use limits::*;
        check_u64(
            "memory_bytes",
            self.memory_bytes,
            MEMORY_BYTES.0,
            MEMORY_BYTES.1,
            "bytes",
        )?;
        check_f64("zero_page_share", self.zero_page_share, 0.0, 0.99, "")?;
        check_u64(
            "page_size_bytes",
            self.page_size_bytes,
            PAGE_SIZE_BYTES.0,
            PAGE_SIZE_BYTES.1,
            "bytes, a power of two",
        )?;
        if !self.page_size_bytes.is_power_of_two() {
            return Err(ParamError {
                field: "page_size_bytes",
                accepted: "a power of two from 4096 to 1073741824 bytes".into(),
                got: self.page_size_bytes.to_string(),
            });
        }
        Ok(())
    }

    /// The link, its cap, and the guest's writes (rate, working set, hot set).
    fn validate_rates(&self) -> Result<(), ParamError> {
        use limits::*;
        let (lo, hi) = RATE_BYTES_PER_S;
        check_f64(
            "bandwidth_bytes_per_s",
            self.bandwidth_bytes_per_s,
            lo,
            hi,
            "bytes/s",
        )?;
        if let Some(cap) = self.max_bandwidth_bytes_per_s {
            check_f64("max_bandwidth_bytes_per_s", cap, lo, hi, "bytes/s")?;
        }
        check_f64(
            "dirty_rate_bytes_per_s",
            self.dirty_rate_bytes_per_s,
            DIRTY_RATE_BYTES_PER_S.0,
            DIRTY_RATE_BYTES_PER_S.1,
            "bytes/s",
        )?;
        if let Some(ws) = self.working_set_bytes {
            check_u64(
                "working_set_bytes",
                ws,
                4 * KIB,
                self.memory_bytes,
                "bytes (at most memory)",
            )?;
        }
        check_f64("hot_set_share", self.hot_set_share, 0.0, 1.0, "")?;
        check_f64("hot_write_share", self.hot_write_share, 0.0, 1.0, "")?;
        Ok(())
    }

    /// What the stop-and-copy and the resume cost: downtime limit, device state, resume.
    fn validate_switchover(&self) -> Result<(), ParamError> {
        use limits::*;
        check_f64(
            "downtime_limit_s",
            self.downtime_limit_s,
            DOWNTIME_LIMIT_S.0,
            DOWNTIME_LIMIT_S.1,
            "s",
        )?;
        check_u64(
            "device_state_bytes",
            self.device_state_bytes,
            DEVICE_STATE_BYTES.0,
            DEVICE_STATE_BYTES.1,
            "bytes",
        )?;
        check_f64("resume_time_s", self.resume_time_s, 0.0, 60.0, "s")?;
        Ok(())
    }

    /// Disks and storage speeds, the guest's shutdown and boot, the round trip and the
    /// simulated time.
    fn validate_storage_and_times(&self) -> Result<(), ParamError> {
        use limits::*;
        let (lo, hi) = RATE_BYTES_PER_S;
        check_u64(
            "disk_bytes",
            self.disk_bytes,
            DISK_BYTES.0,
            DISK_BYTES.1,
            "bytes",
        )?;
        check_f64(
            "storage_write_bytes_per_s",
            self.storage_write_bytes_per_s,
            lo,
            hi,
            "bytes/s",
        )?;
        check_f64(
            "storage_read_bytes_per_s",
            self.storage_read_bytes_per_s,
            lo,
            hi,
            "bytes/s",
        )?;
        check_f64(
            "shutdown_time_s",
            self.shutdown_time_s,
            SHORT_TIME_S.0,
            SHORT_TIME_S.1,
            "s",
        )?;
        check_f64(
            "boot_time_s",
            self.boot_time_s,
            SHORT_TIME_S.0,
            SHORT_TIME_S.1,
            "s",
        )?;
        check_f64("rtt_s", self.rtt_s, RTT_S.0, RTT_S.1, "s")?;
        check_f64(
            "time_limit_s",
            self.time_limit_s,
            TIME_LIMIT_S.0,
            TIME_LIMIT_S.1,
            "s",
        )?;
        Ok(())
    }

    /// XBZRLE, the writer's CPU share, libvirt's suspend timeout and hybrid's rounds.
    fn validate_tuning(&self) -> Result<(), ParamError> {
        use limits::*;
        if let Some(c) = self.xbzrle_cache_bytes {
            if !(4 * KIB..=16 * 1024 * GIB).contains(&c) {
                return Err(ParamError {
                    field: "xbzrle_cache_bytes",
                    accepted: "4 KiB ..= 16 TiB, or off".into(),
                    got: c.to_string(),
                });
            }
        }
        check_f64(
            "xbzrle_page_bytes",
            self.xbzrle_page_bytes,
            1.0,
            4096.0,
            "bytes",
        )?;
        if !(self.writer_cpu_share > 0.0 && self.writer_cpu_share <= 1.0) {
            return Err(ParamError {
                field: "writer_cpu_share",
                accepted: "more than 0, at most 1 (a share of the vCPU)".into(),
                got: format!("{}", self.writer_cpu_share),
            });
        }
        if let Some(t) = self.suspend_after_s {
            check_f64("suspend_after_s", t, 0.0, 1e7, "s")?;
        }
        let (rlo, rhi) = HYBRID_ROUNDS;
        if !(rlo..=rhi).contains(&self.hybrid_precopy_rounds) {
            return Err(ParamError {
                field: "hybrid_precopy_rounds",
                accepted: format!("{rlo} ..= {rhi}"),
                got: self.hybrid_precopy_rounds.to_string(),
            });
        }
        Ok(())
    }

    /// Holds, faults and changes: at most 16 of each, every field in range.
    fn validate_events(&self) -> Result<(), ParamError> {
        let hi = limits::RATE_BYTES_PER_S.1;
        check_count("holds", self.holds.len())?;
        for h in &self.holds {
            check_f64(
                "holds.start_after_suspend_s",
                h.start_after_suspend_s,
                0.0,
                1e6,
                "s",
            )?;
            check_f64("holds.duration_s", h.duration_s, 0.0, 1e7, "s")?;
        }
        check_count("faults", self.faults.len())?;
        for f in &self.faults {
            check_f64("faults.at_s", f.at_s, 0.0, 1e7, "s")?;
            match f.kind {
                FaultKind::BandwidthDrop {
                    to_bytes_per_s,
                    duration_s,
                } => {
                    check_f64("faults.to_bytes_per_s", to_bytes_per_s, 1e3, hi, "bytes/s")?;
                    check_f64("faults.duration_s", duration_s, 0.0, 1e7, "s")?;
                }
                FaultKind::LatencySpike {
                    extra_rtt_s,
                    duration_s,
                } => {
                    check_f64("faults.extra_rtt_s", extra_rtt_s, 0.0, 10.0, "s")?;
                    check_f64("faults.duration_s", duration_s, 0.0, 1e7, "s")?;
                }
                _ => {}
            }
        }
        check_count("changes", self.changes.len())?;
        for c in &self.changes {
            check_f64("changes.at_s", c.at_s, 0.0, 1e7, "s")?;
            match c.kind {
                ChangeKind::Bandwidth { bytes_per_s } => {
                    let (lo, hi) = limits::RATE_BYTES_PER_S;
                    check_f64("changes.bw", bytes_per_s, lo, hi, "bytes/s")?;
                }
                ChangeKind::DirtyRate { bytes_per_s } => {
                    let (lo, hi) = limits::DIRTY_RATE_BYTES_PER_S;
                    check_f64("changes.dirty", bytes_per_s, lo, hi, "bytes/s")?;
                }
            }
        }
        Ok(())
    }
}
