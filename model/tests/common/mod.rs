//! What several integration tests share: the nine real QEMU 10 recordings of
//! `tests/data/qemu/runs/` (shared/traces/qemu's README), in the order the tests and their
//! pinned outputs list them.

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
