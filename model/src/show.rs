//! Numbers for people, one ladder for the whole project: the app's labels, metrics and
//! narration, the model's sentences (stop reasons, notes, advice) and the replay's
//! comparison all print values through these functions, so a value reads the same
//! everywhere (docs/model.md, "Numbers for people").
//!
//! - Memory and data in binary units (`4 GiB`, `254 MiB`), as memory is sized.
//! - Link rates in bits per second, decimal (`1 Gbit/s`, `940 Mbit/s`), as links are sold;
//!   write rates in bytes per second, decimal (`100 MB/s`), as write rates are quoted.
//! - Durations from µs to hours, each in the unit a person says (`254 ms`, `3.71 s`,
//!   `2 min 50 s`, `1 h 05 min`).
//! - Three significant digits without trailing zeros; "—" for a value that is not finite.
//!
//! The CLI's table and the exercises print more digits, for checking an answer; they
//! use the same units.

/// Bytes in binary units: `1.23 GiB`, `254 MiB`, `512 B`.
pub fn bytes(b: f64) -> String {
    if !b.is_finite() {
        return "—".into();
    }
    const UNITS: [&str; 6] = ["B", "KiB", "MiB", "GiB", "TiB", "PiB"];
    let mut v = b.abs();
    let mut i = 0;
    // 1023.6 KiB would print as "1024 KiB": it is 1 MiB to anyone reading it.
    while v >= 1023.5 && i < UNITS.len() - 1 {
        v /= 1024.0;
        i += 1;
    }
    let sign = if b < 0.0 { "-" } else { "" };
    if i == 0 {
        format!("{sign}{v:.0} B")
    } else {
        format!("{sign}{} {}", sig3(v), UNITS[i])
    }
}

/// A data rate in bits per second, decimal units as networks are sold:
/// `940 Mbit/s`, `1 Gbit/s`, `10 Gbit/s`.
pub fn bit_rate(bytes_per_s: f64) -> String {
    decimal(bytes_per_s * 8.0, ["bit/s", "kbit/s", "Mbit/s", "Gbit/s"])
}

/// A byte rate in decimal units, as write rates are quoted: `100 MB/s`, `1.5 GB/s`.
pub fn byte_rate(bytes_per_s: f64) -> String {
    decimal(bytes_per_s, ["B/s", "kB/s", "MB/s", "GB/s"])
}

/// `v` on the decimal rungs `units` (×1, ×10³, ×10⁶, ×10⁹). 999.9999 M is 1 G to anyone
/// reading it, so a value that would round up to the next rung is printed on it.
fn decimal(v: f64, units: [&str; 4]) -> String {
    if !v.is_finite() {
        return "—".into();
    }
    let (v, u) = if v >= 0.9995e9 {
        (v / 1e9, units[3])
    } else if v >= 0.9995e6 {
        (v / 1e6, units[2])
    } else if v >= 0.9995e3 {
        (v / 1e3, units[1])
    } else {
        (v, units[0])
    };
    format!("{} {u}", sig3(v))
}

/// A duration: `254 ms`, `3.71 s`, `2 min 51 s`, `1 h 05 min`.
pub fn duration(s: f64) -> String {
    if !s.is_finite() {
        return "—".into();
    }
    let a = s.abs();
    let sign = if s < 0.0 { "-" } else { "" };
    if a == 0.0 {
        "0 s".into()
    } else if a < 1e-3 {
        format!("{sign}{} µs", sig3(a * 1e6))
    } else if a < 1.0 {
        format!("{sign}{} ms", sig3(a * 1e3))
    } else if a < 60.0 {
        format!("{sign}{} s", sig3(a))
    } else if a < 3600.0 {
        let m = (a / 60.0).floor();
        format!("{sign}{m:.0} min {:02.0} s", (a - m * 60.0).floor())
    } else {
        let h = (a / 3600.0).floor();
        format!(
            "{sign}{h:.0} h {:02.0} min",
            ((a - h * 3600.0) / 60.0).floor()
        )
    }
}

/// A share as a percentage: `42 %`, `0.5 %`.
pub fn percent(share: f64) -> String {
    if !share.is_finite() {
        return "—".into();
    }
    format!("{} %", sig3(share * 100.0))
}

/// Three significant digits without trailing zeros: 1.23, 12.3, 123, 1230.
fn sig3(v: f64) -> String {
    let s = if v >= 100.0 {
        format!("{v:.0}")
    } else if v >= 10.0 {
        format!("{v:.1}")
    } else {
        format!("{v:.2}")
    };
    if s.contains('.') {
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    } else {
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bytes_use_binary_units() {
        assert_eq!(bytes(4.0 * 1024.0 * 1024.0 * 1024.0), "4 GiB");
        assert_eq!(bytes(1.5 * 1024.0 * 1024.0), "1.5 MiB");
        assert_eq!(bytes(512.0), "512 B");
        assert_eq!(bytes(f64::NAN), "—");
        assert_eq!(bytes(1023.6 * 1024.0), "1 MiB", "never 1024 of a unit");
        assert_eq!(bytes(-2048.0), "-2 KiB");
        assert_eq!(bytes(35.8 * 1024.0 * 1024.0), "35.8 MiB");
    }

    #[test]
    fn three_significant_digits_without_trailing_zeros() {
        assert_eq!(byte_rate(1.25e9), "1.25 GB/s");
        assert_eq!(byte_rate(1.2e9), "1.2 GB/s");
        assert_eq!(byte_rate(999.96e6), "1 GB/s");
        assert_eq!(duration(0.000_5), "500 µs");
        assert_eq!(duration(59.999), "60 s");
        assert_eq!(percent(0.005), "0.5 %");
    }

    #[test]
    fn rates_and_durations_read_naturally() {
        assert_eq!(bit_rate(125e6), "1 Gbit/s");
        assert_eq!(bit_rate(117.5e6), "940 Mbit/s");
        assert_eq!(bit_rate(124_999_999.9), "1 Gbit/s");
        assert_eq!(byte_rate(100e6), "100 MB/s");
        assert_eq!(duration(0.2536), "254 ms");
        assert_eq!(duration(3.712), "3.71 s");
        assert_eq!(duration(170.8), "2 min 50 s");
        assert_eq!(duration(3900.0), "1 h 05 min");
        assert_eq!(percent(0.42), "42 %");
    }
}
