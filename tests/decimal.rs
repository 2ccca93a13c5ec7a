//! `migration_model::units::decimal` in the browser: numbers beyond its fast path go to
//! JavaScript's `parseFloat` there (docs/loading.md, "Data"), which must read every number
//! to the same double as the standard library's parser, and refuse what it refuses.
#![cfg(target_arch = "wasm32")]

use migration_model::units::decimal;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn same_as_std(text: &str) {
    let ours = decimal(text).map(f64::to_bits);
    let std = text.parse::<f64>().ok().map(f64::to_bits);
    if std.is_some_and(|b| f64::from_bits(b).is_nan()) {
        assert!(ours.is_some_and(|b| f64::from_bits(b).is_nan()), "{text:?}");
    } else {
        assert_eq!(ours, std, "{text:?}");
    }
}

#[wasm_bindgen_test]
fn long_and_odd_numbers_read_as_the_standard_parser_reads_them() {
    for text in [
        // Beyond the fast path: more than 15 digits, powers of ten beyond 22.
        "1764523800.123456",
        "9007199254740993",
        "1234567890123456789012345",
        "0.1000000000000000055511151231257827",
        "2.2250738585072011e-308",
        "2.2250738585072014e-308",
        "4.9406564584124654e-324",
        "1e-400",
        "1e400",
        "1.7976931348623157e308",
        "1.7976931348623159e308",
        "1e23",
        "8.589973e9",
        "123456789012345678e-30",
        "-0.000000000000000000000000000001",
        "+.1234567890123456789e5",
        // What parseFloat would take but the standard parser refuses.
        "1e5.5",
        "12abc",
        " 1.5",
        "1.5 ",
        "Infinity1",
        "0x1A",
        "1_000",
        "",
        ".",
        "e5",
        // Words.
        "inf",
        "-Infinity",
        "NaN",
        "+nan",
    ] {
        same_as_std(text);
    }
    // A deterministic spread of long mantissas and exponents.
    let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
    for _ in 0..2000 {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        let digits = x % 10_000_000_000_000_000_000;
        let exponent = (x >> 40) as i64 % 660 - 340;
        same_as_std(&format!("{digits}e{exponent}"));
        same_as_std(&format!("0.{digits}"));
    }
}
