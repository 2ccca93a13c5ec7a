//! XBZRLE against the real QEMU 10 run that used it (`tests/data/qemu/qmp/xbzrle.log`, a
//! copy of `shared/traces/qemu/qmp/xbzrle.log`): a 256 MiB guest writing 16,384 random
//! pages/s over its first 128 MiB at a 32 MiB/s cap, downtime limit 300 ms, a 256 MiB
//! cache. Without XBZRLE the same VM did not converge in 30 s; with it QEMU completed.
//! The model's parameters come from the recording's own counters, not from its outcome.

use migration_model::params::{DirtyModel, MIB};
use migration_model::{simulate, MigrationType, Outcome, Params};
use serde_json::Value;

const LOG: &str = include_str!("data/qemu/qmp/xbzrle.log");

/// The last `query-migrate` reply.
fn last() -> Value {
    let line = LOG
        .lines()
        .rfind(|l| l.contains("\"status\""))
        .expect("a reply");
    let json = line.split_once(' ').expect("time, then the reply").1;
    serde_json::from_str::<Value>(json).expect("JSON")["return"].clone()
}

fn params(r: &Value, xbzrle: bool) -> Params {
    let ram = &r["ram"];
    let cache = &r["xbzrle-cache"];
    let total = ram["total"].as_f64().expect("ram.total");
    Params {
        migration_type: MigrationType::Live,
        memory_bytes: total as u64,
        zero_page_share: ram["duplicate"].as_f64().expect("duplicate") / (total / 4096.0),
        // Loopback: the stop-and-copy is uncapped (the traces' link, docs/model.md).
        bandwidth_bytes_per_s: 1.928e9,
        max_bandwidth_bytes_per_s: Some(32.0 * MIB as f64),
        dirty_rate_bytes_per_s: 16_384.0 * 4096.0,
        dirty_model: DirtyModel::Uniform,
        working_set_bytes: Some(128 * MIB),
        downtime_limit_s: 0.3,
        rtt_s: 50e-6,
        time_limit_s: 30.0,
        xbzrle_cache_bytes: xbzrle.then(|| cache["cache-size"].as_u64().expect("cache-size")),
        // What QEMU counts per encoded page, plus its 8-byte page header.
        xbzrle_page_bytes: cache["bytes"].as_f64().expect("bytes")
            / cache["pages"].as_f64().expect("pages")
            + 8.0,
        ..Params::default()
    }
}

#[test]
fn xbzrle_brings_the_lambda_2_guest_home_as_qemu_did() {
    let r = last();
    assert_eq!(r["status"], "completed");
    let qemu_time = r["total-time"].as_f64().expect("total-time") / 1000.0;
    let qemu_bytes = r["ram"]["transferred"].as_f64().expect("transferred");
    let t = simulate(&params(&r, true)).expect("valid");
    let m = &t.metrics;
    assert_eq!(m.outcome, Outcome::Completed, "{}", t.stop_reason);
    assert!(m.converged);
    let time_err = (m.total_time_s - qemu_time) / qemu_time;
    let bytes_err = (m.bytes_sent - qemu_bytes) / qemu_bytes;
    assert!(
        time_err.abs() <= 0.25,
        "time {} s against {qemu_time} s",
        m.total_time_s
    );
    assert!(
        bytes_err.abs() <= 0.25,
        "bytes {} against {qemu_bytes}",
        m.bytes_sent
    );
    // The last copy is deltas: a downtime of milliseconds, as QEMU's 4 ms.
    assert!(m.downtime_s < 0.05, "downtime {}", m.downtime_s);
}

#[test]
fn without_xbzrle_the_same_guest_does_not_converge() {
    let t = simulate(&params(&last(), false)).expect("valid");
    assert_eq!(
        t.metrics.outcome,
        Outcome::NotConverged,
        "{}",
        t.stop_reason
    );
}

#[test]
fn a_cache_smaller_than_the_working_set_helps_less() {
    let r = last();
    let full = simulate(&params(&r, true)).expect("valid");
    let mut p = params(&r, true);
    p.xbzrle_cache_bytes = Some(16 * MIB);
    let small = simulate(&p).expect("valid");
    assert!(
        small.metrics.bytes_sent > full.metrics.bytes_sent,
        "a 16 MiB cache sent {} against {} with 256 MiB",
        small.metrics.bytes_sent,
        full.metrics.bytes_sent
    );
}
