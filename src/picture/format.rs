//! Numbers for people: every value with its unit, rounded to what a lecture needs.

/// Bytes in binary units: `1.23 GiB`, `254 MiB`, `512 B`.
pub fn bytes(b: f64) -> String {
    if !b.is_finite() {
        return "—".into();
    }
    const UNITS: [&str; 6] = ["B", "KiB", "MiB", "GiB", "TiB", "PiB"];
    let mut v = b.abs();
    let mut i = 0;
    while v >= 1024.0 && i < UNITS.len() - 1 {
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
    if !bytes_per_s.is_finite() {
        return "—".into();
    }
    let bits = bytes_per_s * 8.0;
    // 999.9999 Mbit/s is 1 Gbit/s to anyone reading it.
    let (v, u) = if bits >= 0.9995e9 {
        (bits / 1e9, "Gbit/s")
    } else if bits >= 0.9995e6 {
        (bits / 1e6, "Mbit/s")
    } else if bits >= 1e3 {
        (bits / 1e3, "kbit/s")
    } else {
        (bits, "bit/s")
    };
    format!("{} {u}", sig3(v))
}

/// A byte rate in decimal units, as write rates are quoted: `100 MB/s`, `1.5 GB/s`.
pub fn byte_rate(bytes_per_s: f64) -> String {
    if !bytes_per_s.is_finite() {
        return "—".into();
    }
    let (v, u) = if bytes_per_s >= 0.9995e9 {
        (bytes_per_s / 1e9, "GB/s")
    } else if bytes_per_s >= 0.9995e6 {
        (bytes_per_s / 1e6, "MB/s")
    } else if bytes_per_s >= 1e3 {
        (bytes_per_s / 1e3, "kB/s")
    } else {
        (bytes_per_s, "B/s")
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
