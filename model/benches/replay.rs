//! What reading a long recording costs: 20,000 `query-migrate` samples (half an hour at
//! 10 a second, about 9 MB), parsed, and parsed then replayed beside the model. The app
//! must load such a file in under a second; BENCHMARKS.md has the figures.
//!
//! `cargo bench -p migration-model --bench replay`

use criterion::{black_box, criterion_group, criterion_main, Criterion};
use migration_model::replay;
use std::fmt::Write;

/// A harness recording of a non-converging run: the header, then `samples` samples 100 ms
/// apart with every field QEMU reports while active, a pass every 2 s, guest counters
/// once a second.
fn long_recording(samples: usize) -> String {
    let mut s = String::from(
        r#"{"kind": "run", "name": "long", "desc": "half an hour, not converging", "mode": "live", "guest_mem_mib": 384, "dirtier_mib": 192, "dirty_rate_pages_s": 32768, "max_bandwidth_mib_s": 64, "downtime_limit_ms": 300, "capabilities": [], "cancel_after_s": 2000, "ram.total": 403185664, "ram.page-size": 4096}"#,
    );
    s.push('\n');
    for k in 1..=samples {
        let t = k as f64 * 0.1;
        let sent = k as f64 * 6_831_430.0;
        let pass = 1 + k / 20;
        if k % 20 == 0 {
            let _ = writeln!(
                s,
                r#"{{"kind": "event", "vm": "src", "rel": {t:.3}, "event": "MIGRATION_PASS", "pass": {pass}}}"#
            );
        }
        if k % 10 == 0 {
            let _ = writeln!(
                s,
                r#"{{"kind": "dirty", "vm": "src", "rel": {t:.3}, "rate": 32768, "pages": {}}}"#,
                k * 3277
            );
        }
        let _ = writeln!(
            s,
            r#"{{"kind": "sample", "rel": {t:.3}, "status": "active", "total-time": {}, "setup-time": 1, "expected-downtime": 2243, "ram.transferred": {sent}, "ram.remaining": {}, "ram.duplicate": 31686, "ram.normal": {}, "ram.dirty-pages-rate": 16729, "ram.dirty-sync-count": {pass}, "ram.mbps": 546.32592, "ram.pages-per-second": 16640, "ram.precopy-bytes": {sent}, "ram.downtime-bytes": 0, "ram.postcopy-bytes": 0, "ram.postcopy-requests": 0}}"#,
            k * 100,
            147_189_760 - (k % 20) * 6_000_000,
            k * 1664,
        );
    }
    s
}

fn bench(c: &mut Criterion) {
    let text = long_recording(20_000);
    let rec = replay::parse(&text).expect("reads");
    assert_eq!(rec.samples.len(), 20_000);
    let mut g = c.benchmark_group("replay 20,000 samples");
    g.sample_size(20);
    g.bench_function("parse", |b| b.iter(|| replay::parse(black_box(&text))));
    g.bench_function("parse and replay", |b| {
        b.iter(|| {
            let rec = replay::parse(black_box(&text)).expect("reads");
            replay::replay(&rec).expect("replays")
        })
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
