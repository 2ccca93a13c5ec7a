//! Numbers in problems and solutions: four significant digits, decimal units (the
//! link's MB/s and the answer's GB agree), no float functions, so the text is the same
//! on every platform.

/// `x` to four significant digits, trailing zeros dropped: 0.2541, 171.8, 21470.
pub fn sig(x: f64) -> String {
    if x == 0.0 || !x.is_finite() {
        return format!("{x}");
    }
    // Digits before the decimal point, by comparison (no log10: its last bit may
    // differ between platforms).
    let a = x.abs();
    let mut exp: i32 = 0;
    let mut p = 1.0;
    while a >= p * 10.0 && exp < 300 {
        p *= 10.0;
        exp += 1;
    }
    while a < p && exp > -300 {
        p /= 10.0;
        exp -= 1;
    }
    let decimals = (3 - exp).clamp(0, 15) as usize;
    trim(format!("{x:.decimals$}"))
}

fn trim(s: String) -> String {
    if s.contains('.') {
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    } else {
        s
    }
}

/// Seconds for people: `254.1 ms`, `171.8 s`, `2 h (7200 s)`.
pub fn secs(s: f64) -> String {
    if s < 1.0 {
        format!("{} ms", sig(s * 1e3))
    } else if s < 600.0 {
        format!("{} s", sig(s))
    } else if s < 7200.0 {
        format!("{} min ({} s)", sig(s / 60.0), sig(s))
    } else {
        format!("{} h ({} s)", sig(s / 3600.0), sig(s))
    }
}

/// A count with its noun, singular or plural: `1 pre-copy round`, `22 pre-copy rounds`.
pub fn plural(n: u64, noun: &str) -> String {
    if n == 1 {
        format!("1 {noun}")
    } else {
        format!("{n} {noun}s")
    }
}

/// Bytes in decimal units: `31.69 MB`, `21.47 GB`.
pub fn bytes(b: f64) -> String {
    let (v, u) = if b >= 1e12 {
        (b / 1e12, "TB")
    } else if b >= 1e9 {
        (b / 1e9, "GB")
    } else if b >= 1e6 {
        (b / 1e6, "MB")
    } else if b >= 1e3 {
        (b / 1e3, "kB")
    } else {
        (b, "B")
    };
    format!("{} {u}", sig(v))
}

/// Bytes per second: `125 MB/s`.
pub fn rate(r: f64) -> String {
    format!("{}/s", bytes(r))
}

/// A flag value in MB/s, exact: `93.75MB/s`.
pub fn mb_per_s_flag(r: f64) -> String {
    format!("{}MB/s", trim(format!("{:.6}", r / 1e6)))
}

/// A link for people: `1 Gbit/s (125 MB/s)`.
pub fn link(r: f64) -> String {
    format!("{} Gbit/s ({})", sig(r * 8.0 / 1e9), rate(r))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn four_significant_digits() {
        assert_eq!(sig(0.254_123), "0.2541");
        assert_eq!(sig(171.798_69), "171.8");
        assert_eq!(sig(22.0), "22");
        assert_eq!(sig(21_474.9), "21475");
        assert_eq!(sig(1000.0), "1000");
        assert_eq!(sig(0.001), "0.001");
        assert_eq!(secs(0.2541), "254.1 ms");
        assert_eq!(secs(7200.0), "2 h (7200 s)");
        assert_eq!(bytes(21.474_8e9), "21.47 GB");
        assert_eq!(mb_per_s_flag(93.75e6), "93.75MB/s");
        assert_eq!(mb_per_s_flag(75e6), "75MB/s");
        assert_eq!(link(312.5e6), "2.5 Gbit/s (312.5 MB/s)");
        assert_eq!(plural(1, "pre-copy round"), "1 pre-copy round");
        assert_eq!(plural(0, "round"), "0 rounds");
        assert_eq!(plural(22, "round"), "22 rounds");
    }
}
