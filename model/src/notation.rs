//! The compact notation links and the CLI's flags take, written: `4GiB`, `1Gbit/s`,
//! `100MB/s`, `300ms`, `0.25`, `compliance@5s:2h`. [`crate::units`] reads it back.
//!
//! Everything is written to four significant digits in a unit that reads well, choosing
//! among equal forms the one that reads back exactly. This is the machine-readable form;
//! the app's `format` module writes for people (`4 GiB`, `300 ms`).

use crate::params::{Change, ChangeKind, Fault, FaultKind, Hold, KIB};
use crate::{units, DirtyModel};

/// `x` with four significant digits (more only for whole numbers ≥ 10 000), no trailing
/// zeros: `1.234`, `0.0005`, `12350`.
pub fn sig4(x: f64) -> String {
    if x == 0.0 || !x.is_finite() {
        return format!("{x}");
    }
    let mag = x.abs().log10().floor() as i32;
    let decimals = (3 - mag).clamp(0, 30) as usize;
    let s = format!("{x:.decimals$}");
    if s.contains('.') {
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    } else {
        s
    }
}

/// Bytes: the binary or decimal unit that divides exactly and gives the shortest number
/// (`4GiB`, `512MB`), else plain bytes. Sizes are whole numbers, so this is exact.
pub fn size(b: u64) -> String {
    const UNITS: [(u64, &str); 8] = [
        (1 << 40, "TiB"),
        (1 << 30, "GiB"),
        (1 << 20, "MiB"),
        (KIB, "KiB"),
        (1_000_000_000_000, "TB"),
        (1_000_000_000, "GB"),
        (1_000_000, "MB"),
        (1_000, "kB"),
    ];
    if b == 0 {
        return "0".into();
    }
    UNITS
        .iter()
        .filter(|(u, _)| b.is_multiple_of(*u))
        .min_by_key(|(u, _)| b / u)
        .map_or_else(|| format!("{b}B"), |(u, name)| format!("{}{name}", b / u))
}

/// A network rate, in bits where that is exact (`1Gbit/s`, `760Mbit/s`), else in bytes.
pub fn bit_rate(bytes_per_s: f64) -> String {
    rate_text(bytes_per_s, true)
}

/// A rate in bytes: `100MB/s`, `128MiB/s`, `2.5GB/s`.
pub fn byte_rate(bytes_per_s: f64) -> String {
    rate_text(bytes_per_s, false)
}

/// The first of the forms below that reads back as exactly `v`, in the order a reader
/// expects (bits first for links, bytes first for writes and storage); when none does,
/// the first form, rounded to four significant digits.
fn rate_text(v: f64, bits_first: bool) -> String {
    let in_unit = |units: &[(f64, &str)], x: f64| {
        units
            .iter()
            .find(|(u, _)| x.abs() >= *u)
            .map(|(u, name)| format!("{}{name}", sig4(x / u)))
    };
    let bits = in_unit(
        &[(1e9, "Gbit/s"), (1e6, "Mbit/s"), (1e3, "kbit/s")],
        v * 8.0,
    );
    let bytes = in_unit(&[(1e9, "GB/s"), (1e6, "MB/s"), (1e3, "kB/s")], v)
        .unwrap_or_else(|| format!("{}B/s", sig4(v)));
    let binary = in_unit(
        &[
            ((1u64 << 30) as f64, "GiB/s"),
            ((1u64 << 20) as f64, "MiB/s"),
            (KIB as f64, "KiB/s"),
        ],
        v,
    );
    let forms: Vec<String> = if bits_first {
        [bits, Some(bytes), binary].into_iter().flatten().collect()
    } else {
        [Some(bytes), binary, bits].into_iter().flatten().collect()
    };
    forms
        .iter()
        .find(|f| units::rate(f) == Ok(v))
        .unwrap_or(&forms[0])
        .clone()
}

/// Seconds in the unit that reads best: `300ms`, `1.5s`, `10min`, `2h`.
pub fn duration(s: f64) -> String {
    let whole = |unit: f64| s >= unit && (s / unit).fract() == 0.0 && s / unit < 1e15;
    if s == 0.0 {
        "0s".into()
    } else if whole(3600.0) {
        format!("{}h", s / 3600.0)
    } else if whole(60.0) {
        format!("{}min", s / 60.0)
    } else if s.abs() >= 1.0 {
        format!("{}s", sig4(s))
    } else if s.abs() >= 1e-3 {
        format!("{}ms", sig4(s * 1e3))
    } else {
        format!("{}us", sig4(s * 1e6))
    }
}

/// A share as a decimal, `0.25` (a `%` would need escaping in a link).
pub fn share(v: f64) -> String {
    sig4(v)
}

pub fn yes_no(v: bool) -> String {
    if v { "yes" } else { "no" }.into()
}

pub fn dirty_model(m: DirtyModel) -> String {
    match m {
        DirtyModel::Linear => "linear",
        DirtyModel::Uniform => "uniform",
    }
    .into()
}

/// `compliance@5s:2h`, as [`units::hold`] reads it.
pub fn hold(h: &Hold) -> String {
    format!(
        "{}@{}:{}",
        h.reason.key(),
        duration(h.start_after_suspend_s),
        duration(h.duration_s)
    )
}

/// `link-failure@12s`, `bandwidth-drop@10s:100Mbit/s:5s`, as [`units::fault`] reads it.
pub fn fault(f: &Fault) -> String {
    let at = duration(f.at_s);
    match f.kind {
        FaultKind::LinkFailure => format!("link-failure@{at}"),
        FaultKind::SourceHostFailure => format!("source-failure@{at}"),
        FaultKind::DestinationHostFailure => format!("destination-failure@{at}"),
        FaultKind::BandwidthDrop {
            to_bytes_per_s,
            duration_s,
        } => format!(
            "bandwidth-drop@{at}:{}:{}",
            bit_rate(to_bytes_per_s),
            duration(duration_s)
        ),
        FaultKind::LatencySpike {
            extra_rtt_s,
            duration_s,
        } => format!(
            "latency-spike@{at}:{}:{}",
            duration(extra_rtt_s),
            duration(duration_s)
        ),
    }
}

/// `bw:100Mbit/s@40s`, `dirty:200MB/s@40s`, as [`units::change`] reads it: the value
/// written as the link key writes it.
pub fn change(c: &Change) -> String {
    let value = match c.kind {
        ChangeKind::Bandwidth { bytes_per_s } => bit_rate(bytes_per_s),
        ChangeKind::DirtyRate { bytes_per_s } => byte_rate(bytes_per_s),
    };
    format!("{}:{value}@{}", c.kind.key(), duration(c.at_s))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::params::GIB;

    #[test]
    fn values_in_the_units_a_reader_expects() {
        assert_eq!(bit_rate(125e6), "1Gbit/s");
        assert_eq!(bit_rate(95e6), "760Mbit/s");
        assert_eq!(bit_rate(1.25e10), "100Gbit/s");
        assert_eq!(byte_rate(100e6), "100MB/s");
        assert_eq!(byte_rate(0.0), "0B/s");
        assert_eq!(size(4 * GIB), "4GiB");
        assert_eq!(size(512_000_000), "512MB");
        assert_eq!(size(4097), "4097B");
        assert_eq!(duration(0.3), "300ms");
        assert_eq!(duration(0.0005), "500us");
        assert_eq!(duration(7200.0), "2h");
        assert_eq!(duration(600.0), "10min");
        assert_eq!(duration(12.5), "12.5s");
        assert_eq!(duration(0.0), "0s");
        assert_eq!(sig4(1.23456), "1.235");
        assert_eq!(sig4(123456.0), "123456");
    }
}
