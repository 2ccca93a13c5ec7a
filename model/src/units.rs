//! Flag values in human units. Sizes go to `parse-size`, durations to `humantime`; this
//! module only adds what neither knows: a rate is a size per second (`/s` or `ps`), and
//! network rates count bits (`Gbit/s`, `Mbps`: ÷ 8). Every error names the accepted form,
//! and the caller adds the flag and the value.

use crate::params::BASE_PAGE_BYTES;
use crate::{Change, ChangeKind, DirtyModel, Fault, Hold};
use crate::{FaultKind, HoldReason, MigrationType, StopPolicy, SuspendTransfer};

pub const SIZE_FORM: &str = "expected a size like 4GiB, 512MB or 0";
pub const RATE_FORM: &str = "expected a rate like 1Gbit/s, 10Gbps, 940Mbit/s or 125MB/s";
pub const DIRTY_RATE_FORM: &str = "expected a rate like 100MB/s or 25000pages/s";
pub const DURATION_FORM: &str = "expected a duration like 300ms, 1.5s, 10min or 2h";
pub const SHARE_FORM: &str = "expected a share like 25% or 0.25";

/// A decimal number as `str::parse::<f64>` reads it, and to the same bit: `0.25`, `12.5`,
/// `-3`, `1e3`, `.5`, `inf`; `None` for any text it refuses. Numbers of at most 15
/// significant digits with a power of ten up to 22 (every number a link or a lesson
/// carries) are read here: both the digits and the power of ten are exact doubles, so one
/// multiplication or division rounds once, correctly (Clinger's fast path, the one the
/// standard library tries first). Other numbers go to the standard parser natively, and
/// in the browser to JavaScript's `parseFloat` (after the grammar is checked here), which
/// also rounds correctly: so the result is the same double. Why: the standard parser's
/// tables (10 KiB of powers of five) and code would otherwise be in the app's download
/// (docs/loading.md, "Data").
pub fn decimal(s: &str) -> Option<f64> {
    match scan(s) {
        Some(Scanned::Exact(v)) => Some(v),
        Some(Scanned::Long) => long_decimal(s),
        None => {
            let (negative, word) = match s.as_bytes().first() {
                Some(b'-') => (true, &s[1..]),
                Some(b'+') => (false, &s[1..]),
                _ => (false, s),
            };
            let v = if word.eq_ignore_ascii_case("inf") || word.eq_ignore_ascii_case("infinity") {
                f64::INFINITY
            } else if word.eq_ignore_ascii_case("nan") {
                f64::NAN
            } else {
                return None;
            };
            Some(if negative { -v } else { v })
        }
    }
}

/// What `scan` found in a text of the form `[+-]digits[.digits][(e|E)[+-]digits]`.
enum Scanned {
    /// Read exactly on the fast path.
    Exact(f64),
    /// A number, but beyond the fast path.
    Long,
}

/// `None` if `s` is not a decimal number in the standard parser's grammar (it may still be
/// `inf` or `nan`).
fn scan(s: &str) -> Option<Scanned> {
    const POW10: [f64; 23] = [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
        1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    ];
    let b = s.as_bytes();
    let (negative, mut i) = match b.first()? {
        b'-' => (true, 1),
        b'+' => (false, 1),
        _ => (false, 0),
    };
    let (mut digits, mut mantissa, mut exponent, mut any) = (0u32, 0u64, 0i64, false);
    let mut digit = |d: u8, after_point: bool| {
        any = true;
        // Leading zeros are not significant digits.
        if mantissa != 0 || d != 0 {
            digits += 1;
            mantissa = mantissa.wrapping_mul(10).wrapping_add(u64::from(d));
        }
        if after_point {
            exponent -= 1;
        }
    };
    while let Some(d) = b.get(i).filter(|c| c.is_ascii_digit()) {
        digit(d - b'0', false);
        i += 1;
    }
    if b.get(i) == Some(&b'.') {
        i += 1;
        while let Some(d) = b.get(i).filter(|c| c.is_ascii_digit()) {
            digit(d - b'0', true);
            i += 1;
        }
    }
    if !any {
        return None;
    }
    if let Some(b'e' | b'E') = b.get(i) {
        i += 1;
        let sign = match b.get(i) {
            Some(b'-') => {
                i += 1;
                -1
            }
            Some(b'+') => {
                i += 1;
                1
            }
            _ => 1,
        };
        let start = i;
        let mut e = 0i64;
        while let Some(d) = b.get(i).filter(|c| c.is_ascii_digit()) {
            // Saturates: any exponent this large is far beyond the fast path anyway.
            e = (e * 10 + i64::from(d - b'0')).min(1 << 40);
            i += 1;
        }
        if i == start {
            return None;
        }
        exponent += sign * e;
    }
    if i != b.len() {
        return None;
    }
    let m = mantissa as f64;
    // `mantissa` wraps beyond 19 digits, so whether the number is zero is told by its
    // count of significant digits, never by `mantissa` (2^64 would read as 0).
    let v = if digits == 0 {
        0.0
    } else if digits > 15 || exponent.unsigned_abs() > 22 {
        return Some(Scanned::Long);
    } else if exponent >= 0 {
        m * POW10[exponent as usize]
    } else {
        m / POW10[exponent.unsigned_abs() as usize]
    };
    Some(Scanned::Exact(if negative { -v } else { v }))
}

/// A number `scan` accepted but could not read exactly.
#[cfg(not(target_arch = "wasm32"))]
fn long_decimal(s: &str) -> Option<f64> {
    s.parse().ok()
}

/// A number `scan` accepted but could not read exactly: JavaScript's `parseFloat` reads
/// the same grammar (and more, which `scan` has refused), rounding correctly.
#[cfg(target_arch = "wasm32")]
fn long_decimal(s: &str) -> Option<f64> {
    Some(js_sys::Number::parse_float(s))
}

/// Bytes, e.g. `4GiB`, `512MB`, `0` (decimal prefixes are powers of 1000, `Ki`/`Mi`/`Gi`
/// of 1024).
pub fn size(s: &str) -> Result<u64, String> {
    parse_size::parse_size(s.trim()).map_err(|_| SIZE_FORM.to_string())
}

/// Bytes/s, e.g. `125MB/s`, `128MiB/s`, `1Gbit/s`, `10Gbps`, `940Mbit/s`.
pub fn rate(s: &str) -> Result<f64, String> {
    rate_bytes_per_s(s).ok_or_else(|| RATE_FORM.to_string())
}

/// A rate, or `none` for no cap.
pub fn optional_rate(s: &str) -> Result<Option<f64>, String> {
    if s.trim().eq_ignore_ascii_case("none") {
        Ok(None)
    } else {
        rate_bytes_per_s(s)
            .map(Some)
            .ok_or_else(|| format!("{RATE_FORM}, or none"))
    }
}

/// Page writes in bytes/s: a rate, or 4 KiB page writes per second (`25000pages/s`).
pub fn dirty_rate(s: &str) -> Result<f64, String> {
    let t = s.trim();
    if let Some(n) = strip_per_second(t).and_then(|n| {
        n.strip_suffix("pages")
            .or_else(|| n.strip_suffix("page"))
            .map(str::trim)
    }) {
        return decimal(n)
            .filter(|v| v.is_finite() && *v >= 0.0)
            .map(|pages| pages * BASE_PAGE_BYTES as f64)
            .ok_or_else(|| DIRTY_RATE_FORM.to_string());
    }
    rate_bytes_per_s(t).ok_or_else(|| DIRTY_RATE_FORM.to_string())
}

fn strip_per_second(s: &str) -> Option<&str> {
    s.strip_suffix("/s").or_else(|| s.strip_suffix("ps"))
}

fn rate_bytes_per_s(s: &str) -> Option<f64> {
    let per_s = strip_per_second(s.trim())?.trim_end();
    // Bits: `Gbit`, `Mbits`, or a lowercase `b` after the prefix (`Gb`, `Mbps`); an
    // uppercase `B` is bytes. parse-size itself is case-insensitive, so decide here.
    let (amount, bits) = if let Some(n) = per_s
        .strip_suffix("bits")
        .or_else(|| per_s.strip_suffix("bit"))
    {
        (n, true)
    } else if let Some(n) = per_s.strip_suffix('b') {
        (n, true)
    } else {
        (per_s, false)
    };
    if amount.trim().is_empty() {
        return None;
    }
    let n = parse_size::parse_size(amount.trim()).ok()? as f64;
    Some(if bits { n / 8.0 } else { n })
}

/// Seconds, e.g. `300ms`, `0.5ms`, `1.5s`, `2h`, `0`.
pub fn duration(s: &str) -> Result<f64, String> {
    humantime::parse_duration(s.trim())
        .map(|d| d.as_secs_f64())
        .map_err(|_| DURATION_FORM.to_string())
}

/// A duration, or `none` (e.g. `--suspend-after none`: keep iterating).
pub fn optional_duration(s: &str) -> Result<Option<f64>, String> {
    if s.trim().eq_ignore_ascii_case("none") {
        Ok(None)
    } else {
        duration(s)
            .map(Some)
            .map_err(|_| format!("{DURATION_FORM}, or none"))
    }
}

/// A size, or `all` (the working set spans memory).
pub fn optional_size(s: &str) -> Result<Option<u64>, String> {
    if s.trim().eq_ignore_ascii_case("all") {
        Ok(None)
    } else {
        size(s)
            .map(Some)
            .map_err(|_| format!("{SIZE_FORM}, or all"))
    }
}

/// A size, or `off` (a feature that is not used).
pub fn size_or_off(s: &str) -> Result<Option<u64>, String> {
    if s.trim().eq_ignore_ascii_case("off") {
        Ok(None)
    } else {
        size(s)
            .map(Some)
            .map_err(|_| format!("{SIZE_FORM}, or off"))
    }
}

/// A plain number of bytes, fractions allowed: `13.3` or `13.3B`.
pub fn bytes_f64(s: &str) -> Result<f64, String> {
    let t = s.trim();
    decimal(t.strip_suffix('B').unwrap_or(t).trim())
        .filter(|v| v.is_finite())
        .ok_or_else(|| "expected a number of bytes like 13.3 or 512B".to_string())
}

/// A share 0 ..= 1: `25%` or `0.25`.
pub fn share(s: &str) -> Result<f64, String> {
    let t = s.trim();
    let v = match t.strip_suffix('%') {
        Some(pct) => decimal(pct.trim()).map(|v| v / 100.0),
        None => decimal(t),
    };
    v.filter(|v| (0.0..=1.0).contains(v))
        .ok_or_else(|| SHARE_FORM.to_string())
}

/// `true`/`false` (also `yes`/`no`).
pub fn boolean(s: &str) -> Result<bool, String> {
    match s.trim().to_ascii_lowercase().as_str() {
        "true" | "yes" => Ok(true),
        "false" | "no" => Ok(false),
        _ => Err("expected true or false".into()),
    }
}

/// A whole number, e.g. a seed or a round count.
pub fn whole<T: std::str::FromStr>(s: &str) -> Result<T, String> {
    s.trim()
        .parse()
        .map_err(|_| "expected a whole number like 3".to_string())
}

fn one_of<T: Copy>(s: &str, all: &[T], key: impl Fn(T) -> &'static str) -> Result<T, String> {
    let t = s.trim();
    all.iter()
        .copied()
        .find(|&v| key(v).eq_ignore_ascii_case(t))
        .ok_or_else(|| {
            let keys: Vec<&str> = all.iter().map(|&v| key(v)).collect();
            format!("expected one of {}", keys.join(", "))
        })
}

pub fn migration_type(s: &str) -> Result<MigrationType, String> {
    one_of(s, &MigrationType::ALL, MigrationType::key)
}

pub fn policy(s: &str) -> Result<StopPolicy, String> {
    one_of(s, &StopPolicy::ALL, StopPolicy::key)
}

pub fn suspend_transfer(s: &str) -> Result<SuspendTransfer, String> {
    one_of(s, &SuspendTransfer::ALL, SuspendTransfer::key)
}

pub fn dirty_model(s: &str) -> Result<DirtyModel, String> {
    one_of(s, &[DirtyModel::Linear, DirtyModel::Uniform], |m| match m {
        DirtyModel::Linear => "linear",
        DirtyModel::Uniform => "uniform",
    })
}

pub const FAULT_FORM: &str = "expected KIND@TIME[:…]: link-failure@12s, source-failure@3s, \
     destination-failure@3s, bandwidth-drop@10s:100Mbit/s:5s (to, for) or \
     latency-spike@10s:200ms:30s (extra RTT, for)";

/// A fault: `KIND@TIME`, plus `:RATE:DURATION` for a bandwidth drop and
/// `:EXTRA_RTT:DURATION` for a latency spike.
pub fn fault(s: &str) -> Result<Fault, String> {
    parse_fault(s.trim()).ok_or_else(|| FAULT_FORM.to_string())
}

fn parse_fault(s: &str) -> Option<Fault> {
    let (kind, rest) = s.split_once('@')?;
    let parts: Vec<&str> = rest.split(':').collect();
    let at_s = duration(parts[0]).ok()?;
    let kind = match (kind.trim(), &parts[1..]) {
        ("link-failure", []) => FaultKind::LinkFailure,
        ("source-failure", []) => FaultKind::SourceHostFailure,
        ("destination-failure", []) => FaultKind::DestinationHostFailure,
        ("bandwidth-drop", [to, dur]) => FaultKind::BandwidthDrop {
            to_bytes_per_s: rate_bytes_per_s(to)?,
            duration_s: duration(dur).ok()?,
        },
        ("latency-spike", [extra, dur]) => FaultKind::LatencySpike {
            extra_rtt_s: duration(extra).ok()?,
            duration_s: duration(dur).ok()?,
        },
        _ => return None,
    };
    Some(Fault { at_s, kind })
}

pub const CHANGE_FORM: &str = "expected KEY:VALUE@TIME: bw:100Mbit/s@40s (the link's \
     bandwidth from 40 s on) or dirty:200MB/s@40s (the guest's write rate from 40 s on)";

/// A timed parameter change: `bw:RATE@TIME` or `dirty:RATE@TIME`, each value read as the
/// link key `bw` or `dirty` reads it. The error names the part that does not read.
pub fn change(s: &str) -> Result<Change, String> {
    let s = s.trim();
    let (what, at) = s.split_once('@').ok_or_else(|| CHANGE_FORM.to_string())?;
    let (key, value) = what
        .split_once(':')
        .ok_or_else(|| CHANGE_FORM.to_string())?;
    let at_s = duration(at).map_err(|e| format!("the moment '{}': {e}", at.trim()))?;
    let kind = match key.trim() {
        "bw" => ChangeKind::Bandwidth {
            bytes_per_s: rate(value).map_err(|e| format!("bw '{}': {e}", value.trim()))?,
        },
        "dirty" => ChangeKind::DirtyRate {
            bytes_per_s: dirty_rate(value).map_err(|e| format!("dirty '{}': {e}", value.trim()))?,
        },
        other => {
            return Err(format!(
                "'{other}' cannot change at a moment: bw or dirty ({CHANGE_FORM})"
            ))
        }
    };
    Ok(Change { at_s, kind })
}

pub const HOLD_FORM: &str = "expected REASON@START:DURATION like compliance@5s:2h \
     (REASON one of technical, budget, compliance, waiting; START after the suspend)";

/// A hold of a suspended migration: `REASON@START:DURATION`.
pub fn hold(s: &str) -> Result<Hold, String> {
    let parsed = (|| {
        let (reason, rest) = s.trim().split_once('@')?;
        let (start, dur) = rest.split_once(':')?;
        Some(Hold {
            reason: one_of(reason, &HoldReason::ALL, HoldReason::key).ok()?,
            start_after_suspend_s: duration(start).ok()?,
            duration_s: duration(dur).ok()?,
        })
    })();
    parsed.ok_or_else(|| HOLD_FORM.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::params::{GIB, MIB};

    #[test]
    fn sizes() {
        assert_eq!(size("4GiB"), Ok(4 * GIB));
        assert_eq!(size("2MiB"), Ok(2 * MIB));
        assert_eq!(size("512MB"), Ok(512_000_000));
        assert_eq!(size("0"), Ok(0));
        assert_eq!(size(" 20 GiB "), Ok(20 * GIB));
        assert!(size("big").is_err());
        assert_eq!(optional_size("all"), Ok(None));
    }

    #[test]
    fn rates_in_bytes_and_bits() {
        assert_eq!(rate("1Gbit/s"), Ok(125e6));
        assert_eq!(rate("10Gbps"), Ok(1.25e9));
        assert_eq!(rate("10Gbit/s"), Ok(1.25e9));
        assert_eq!(rate("940Mbit/s"), Ok(117.5e6));
        assert_eq!(rate("100Mbps"), Ok(12.5e6));
        assert_eq!(rate("125MB/s"), Ok(125e6));
        assert_eq!(rate("125MBps"), Ok(125e6));
        assert_eq!(rate("128MiB/s"), Ok(128.0 * MIB as f64));
        assert_eq!(rate("1 Gbit/s"), Ok(125e6));
        assert_eq!(rate("8b/s"), Ok(1.0));
        for bad in ["fast", "1Gbit", "125MB", "/s", "bit/s", "-1MB/s"] {
            assert_eq!(rate(bad), Err(RATE_FORM.to_string()), "{bad}");
        }
        assert_eq!(optional_rate("none"), Ok(None));
    }

    #[test]
    fn dirty_rates_in_pages() {
        assert_eq!(dirty_rate("25000pages/s"), Ok(25000.0 * 4096.0));
        assert_eq!(dirty_rate("1 page/s"), Ok(4096.0));
        assert_eq!(dirty_rate("100MB/s"), Ok(100e6));
        assert!(dirty_rate("manypages/s").is_err());
        assert!(dirty_rate("25000pages").is_err());
    }

    #[test]
    fn durations() {
        assert_eq!(duration("300ms"), Ok(0.3));
        assert_eq!(duration("0.5ms"), Ok(0.0005));
        assert_eq!(duration("60s"), Ok(60.0));
        assert_eq!(duration("1.5s"), Ok(1.5));
        assert_eq!(duration("2h"), Ok(7200.0));
        assert_eq!(duration("10min"), Ok(600.0));
        assert_eq!(duration("0ms"), Ok(0.0));
        assert_eq!(duration("0"), Ok(0.0));
        assert!(duration("300").is_err());
        assert!(duration("soon").is_err());
        assert_eq!(optional_duration("none"), Ok(None));
    }

    #[test]
    fn shares() {
        assert_eq!(share("25%"), Ok(0.25));
        assert_eq!(share("0.25"), Ok(0.25));
        assert_eq!(share("100%"), Ok(1.0));
        assert!(share("25").is_err());
        assert!(share("-1%").is_err());
        assert!(share("half").is_err());
    }

    #[test]
    fn booleans_and_numbers() {
        assert_eq!(boolean("true"), Ok(true));
        assert_eq!(boolean("no"), Ok(false));
        assert!(boolean("maybe").is_err());
        assert_eq!(whole::<u64>("42"), Ok(42));
        assert!(whole::<u32>("-1").is_err());
        assert!(whole::<u32>("2.5").is_err());
    }

    #[test]
    fn names() {
        assert_eq!(migration_type("postcopy"), Ok(MigrationType::PostCopy));
        assert_eq!(policy("xen5"), Ok(StopPolicy::Xen5));
        assert_eq!(dirty_model("uniform"), Ok(DirtyModel::Uniform));
        assert_eq!(
            migration_type("warm"),
            Err("expected one of cold, suspended, live, postcopy, hybrid".to_string())
        );
    }

    #[test]
    fn faults() {
        assert_eq!(
            fault("link-failure@12s"),
            Ok(Fault {
                at_s: 12.0,
                kind: FaultKind::LinkFailure
            })
        );
        assert_eq!(
            fault("bandwidth-drop@10s:100Mbit/s:5s"),
            Ok(Fault {
                at_s: 10.0,
                kind: FaultKind::BandwidthDrop {
                    to_bytes_per_s: 12.5e6,
                    duration_s: 5.0
                }
            })
        );
        assert_eq!(
            fault("latency-spike@10s:200ms:30s"),
            Ok(Fault {
                at_s: 10.0,
                kind: FaultKind::LatencySpike {
                    extra_rtt_s: 0.2,
                    duration_s: 30.0
                }
            })
        );
        assert_eq!(
            fault("source-failure@3s").map(|f| f.kind),
            Ok(FaultKind::SourceHostFailure)
        );
        assert_eq!(
            fault("destination-failure@3s").map(|f| f.kind),
            Ok(FaultKind::DestinationHostFailure)
        );
        for bad in [
            "link-failure",
            "link-failure@soon",
            "bandwidth-drop@10s",
            "meteor@1s",
            "link-failure@1s:5s",
        ] {
            assert!(fault(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn holds() {
        assert_eq!(
            hold("compliance@5s:2h"),
            Ok(Hold {
                start_after_suspend_s: 5.0,
                duration_s: 7200.0,
                reason: HoldReason::ComplianceReview
            })
        );
        assert_eq!(
            hold("waiting@0s:30min").map(|h| h.reason),
            Ok(HoldReason::WaitingOnOtherSystem)
        );
        assert!(hold("lunch@5s:2h").is_err());
        assert!(hold("budget@5s").is_err());
    }

    /// `decimal` reads every text as the standard parser does, to the bit (including
    /// which texts are not numbers).
    fn same_as_std(text: &str) {
        let ours = decimal(text).map(f64::to_bits);
        let std = text.parse::<f64>().ok().map(f64::to_bits);
        assert_eq!(ours, std, "{text:?}");
        if let Some(Scanned::Exact(v)) = scan(text) {
            assert_eq!(Some(v.to_bits()), std, "the fast path, {text:?}");
        }
    }

    #[test]
    fn the_numbers_links_carry_take_the_fast_path() {
        for text in [
            "0", "0.25", "12.5", "4.5", "0.05", "1e3", "-3", ".5", "30", "100",
        ] {
            assert!(matches!(scan(text), Some(Scanned::Exact(_))), "{text}");
        }
        for text in ["1e23", "1234567890123456", "1e-400"] {
            assert!(matches!(scan(text), Some(Scanned::Long)), "{text}");
        }
        for text in ["inf", "nan", "1e", "", ".", "1.2.3", " 1"] {
            assert!(scan(text).is_none(), "{text}");
        }
    }

    #[test]
    fn decimals_read_as_the_standard_parser_reads_them() {
        for text in [
            "0",
            "-0",
            "+0",
            "0.25",
            "12.5",
            "4.5",
            "0.1",
            "0.3",
            "1e3",
            "1E-3",
            "2.5e+2",
            ".5",
            "5.",
            "-.5",
            "0.05",
            "0.95",
            "1e22",
            "1e23",
            "1e-22",
            "1e-23",
            "9007199254740993",
            "123456789012345",
            "1234567890123456",
            "0.000000000000000000001",
            "1e400",
            "1e-400",
            "0e99999999999",
            "inf",
            "-infinity",
            "NaN",
            "",
            ".",
            "-",
            "+",
            "e5",
            "1e",
            "1e+",
            "0x10",
            " 1",
            "1 ",
            "1_000",
            "1.2.3",
            "--1",
            "1e5.5",
            "٣",
        ] {
            same_as_std(text);
        }
        // Multiples of 2^64: the digits overflow a u64 to exactly 0.
        for text in [
            "18446744073709551616",
            "-18446744073709551616",
            "1.8446744073709551616",
            "36893488147419103232e-5",
        ] {
            same_as_std(text);
        }
        same_as_std(&format!("1{}", "0".repeat(64)));
        same_as_std(&format!("1.{}", "0".repeat(64)));
    }

    proptest::proptest! {
        #[test]
        fn any_decimal_reads_as_the_standard_parser_reads_it(
            sign in "[-+]?",
            int in "[0-9]{0,18}",
            frac in proptest::option::of("[0-9]{0,18}"),
            exp in proptest::option::of("[eE][-+]?[0-9]{1,3}"),
        ) {
            let text = format!(
                "{sign}{int}{}{}",
                frac.map(|f| format!(".{f}")).unwrap_or_default(),
                exp.unwrap_or_default()
            );
            same_as_std(&text);
        }
    }
}
