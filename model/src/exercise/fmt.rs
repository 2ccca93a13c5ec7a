//! Numbers in problems and solutions: four significant digits, decimal units (the
//! link's MB/s and the answer's GB agree), no float functions, so the text is the same
//! on every platform. Each takes the language: Spanish writes a decimal comma ("1,5 s"),
//! English and Chinese a point; the words of a duration come from the catalogue.
//! (Fluent's own NUMBER() in fluent-bundle has no locale data for separators, so the
//! digits are written here and passed to messages as strings.)

use crate::i18n::{self, tr, Lang};

/// `x` to four significant digits, trailing zeros dropped: 0.2541, 171.8, 21470 (in
/// Spanish 0,2541 and 171,8).
pub fn sig(l: Lang, x: f64) -> String {
    localized(l, sig_c(x))
}

/// `sig` in the C locale (a point), as flags and exports' numeric fields are written.
pub fn sig_c(x: f64) -> String {
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

/// A number written with a point, in `l`'s decimal separator.
pub fn localized(l: Lang, c: String) -> String {
    match l.decimal_separator() {
        '.' => c,
        sep => c.replace('.', &sep.to_string()),
    }
}

fn trim(s: String) -> String {
    if s.contains('.') {
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    } else {
        s
    }
}

/// Seconds for people: `254.1 ms`, `171.8 s`, `2 h (7200 s)` (`dur-*` messages).
pub fn secs(l: Lang, s: f64) -> String {
    let n = |v: f64| i18n::s(sig(l, v));
    if s < 1.0 {
        tr(l, "dur-ms", &[("n", n(s * 1e3))])
    } else if s < 600.0 {
        tr(l, "dur-s", &[("n", n(s))])
    } else if s < 7200.0 {
        tr(l, "dur-min", &[("n", n(s / 60.0)), ("s", n(s))])
    } else {
        tr(l, "dur-h", &[("n", n(s / 3600.0)), ("s", n(s))])
    }
}

/// Bytes in decimal units: `31.69 MB`, `21.47 GB` (unit symbols are the same in every
/// language).
pub fn bytes(l: Lang, b: f64) -> String {
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
    format!("{} {u}", sig(l, v))
}

/// Bytes per second: `125 MB/s`.
pub fn rate(l: Lang, r: f64) -> String {
    format!("{}/s", bytes(l, r))
}

/// A flag value in MB/s, exact: `93.75MB/s`.
pub fn mb_per_s_flag(r: f64) -> String {
    format!("{}MB/s", trim(format!("{:.6}", r / 1e6)))
}

/// A link for people: `1 Gbit/s (125 MB/s)`.
pub fn link(l: Lang, r: f64) -> String {
    tr(
        l,
        "link",
        &[
            ("gbit", i18n::s(sig(l, r * 8.0 / 1e9))),
            ("rate", i18n::s(rate(l, r))),
        ],
    )
}

/// Items as a list in words: `a, b and c` (`list-sep`, `list-and`).
pub fn and_list(l: Lang, items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => tr(
            l,
            "list-and",
            &[
                ("init", i18n::s(init.join(&tr(l, "list-sep", &[])))),
                ("last", i18n::s(last.clone())),
            ],
        ),
    }
}

/// Items separated by `list-sep` (`, `; `、` in Chinese).
pub fn list(l: Lang, items: &[String]) -> String {
    items.join(&tr(l, "list-sep", &[]))
}

/// Two sentences one after the other (a space, none in Chinese).
pub fn sentences(l: Lang, a: &str, b: &str) -> String {
    format!("{a}{}{b}", tr(l, "sentence-sep", &[]))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn four_significant_digits() {
        let en = Lang::En;
        assert_eq!(sig(en, 0.254_123), "0.2541");
        assert_eq!(sig(en, 171.798_69), "171.8");
        assert_eq!(sig(en, 22.0), "22");
        assert_eq!(sig(en, 21_474.9), "21475");
        assert_eq!(sig(en, 1000.0), "1000");
        assert_eq!(sig(en, 0.001), "0.001");
        assert_eq!(secs(en, 0.2541), "254.1 ms");
        assert_eq!(secs(en, 7200.0), "2 h (7200 s)");
        assert_eq!(bytes(en, 21.474_8e9), "21.47 GB");
        assert_eq!(mb_per_s_flag(93.75e6), "93.75MB/s");
        assert_eq!(mb_per_s_flag(75e6), "75MB/s");
        assert_eq!(link(en, 312.5e6), "2.5 Gbit/s (312.5 MB/s)");
    }

    #[test]
    fn spanish_writes_a_decimal_comma_and_chinese_a_point() {
        assert_eq!(secs(Lang::Es, 1.5), "1,5 s");
        assert_eq!(link(Lang::Es, 312.5e6), "2,5 Gbit/s (312,5 MB/s)");
        assert_eq!(secs(Lang::Es, 900.0), "15 min (900 s)");
        assert_eq!(secs(Lang::ZhCn, 1.5), "1.5 秒");
        assert_eq!(secs(Lang::ZhCn, 0.2541), "254.1 毫秒");
        assert_eq!(bytes(Lang::ZhCn, 21.474_8e9), "21.47 GB");
    }

    #[test]
    fn lists_are_joined_as_each_language_writes_them() {
        let abc: Vec<String> = ["a", "b", "c"].map(String::from).to_vec();
        assert_eq!(and_list(Lang::En, &abc), "a, b and c");
        assert_eq!(and_list(Lang::Es, &abc), "a, b y c");
        assert_eq!(and_list(Lang::ZhCn, &abc), "a、b和c");
        assert_eq!(sentences(Lang::ZhCn, "甲。", "乙？"), "甲。乙？");
        assert_eq!(sentences(Lang::En, "A.", "B?"), "A. B?");
    }
}
