//! What several integration tests share: the nine real QEMU 10 recordings of
//! `tests/data/qemu/runs/` (shared/traces/qemu's README), in the order the tests and their
//! pinned outputs list them, and the XBZRLE recording without its counters. Not every
//! test file uses every item.
#![allow(dead_code)]

pub const RECORDINGS: [&str; 9] = [
    "idle",
    "moderate",
    "heavy_converging",
    "nonconverging",
    "nonconverging_autoconverge",
    "nonconverging_postcopy",
    "moderate_dtl50",
    "paused",
    "save_restore",
];

/// A recording of `query-migrate` replies (`tests/data/qemu/qmp/xbzrle.log`) with each
/// reply's `xbzrle-cache` object cut off: the same numbers as a QEMU that does not report
/// XBZRLE.
pub fn without_xbzrle_counters(text: &str) -> String {
    text.lines()
        .map(|l| match l.find(", \"xbzrle-cache\"") {
            Some(i) => format!("{}}}}}", &l[..i]),
            None => l.to_string(),
        })
        .collect::<Vec<_>>()
        .join("\n")
}
