//! What a run and a page map cost. Simulation is O(rounds), never O(pages): a 1 TiB VM
//! should take about as long as a 1 GiB one. Figures go in BENCHMARKS.md.
//!
//! `cargo bench -p migration-model --bench simulate`

use criterion::{black_box, criterion_group, criterion_main, BenchmarkId, Criterion};
use migration_model::params::GIB;
use migration_model::{page_map, simulate, DirtyModel, MigrationType, Params, Simulation};

/// A live VM of `memory` bytes over 10 Gbit/s with λ = 0.8, so every size runs a similar
/// number of rounds and only memory size differs.
fn live(memory: u64) -> Params {
    Params {
        memory_bytes: memory,
        bandwidth_bytes_per_s: 1.25e9,
        dirty_rate_bytes_per_s: 1e9,
        time_limit_s: 1e7,
        ..Params::default()
    }
}

fn scenarios() -> Vec<(&'static str, Params)> {
    vec![
        ("live 1 GiB", live(GIB)),
        ("live 64 GiB", live(64 * GIB)),
        ("live 1 TiB", live(1024 * GIB)),
        (
            "live 64 GiB uniform hot set",
            Params {
                dirty_model: DirtyModel::Uniform,
                working_set_bytes: Some(16 * GIB),
                hot_set_share: 0.1,
                hot_write_share: 0.9,
                ..live(64 * GIB)
            },
        ),
        (
            "suspended 64 GiB",
            Params {
                migration_type: MigrationType::Suspended,
                ..live(64 * GIB)
            },
        ),
        (
            "cold 64 GiB",
            Params {
                migration_type: MigrationType::Cold,
                shared_storage: false,
                ..live(64 * GIB)
            },
        ),
    ]
}

fn bench_simulate(c: &mut Criterion) {
    let mut group = c.benchmark_group("simulate");
    for (name, params) in scenarios() {
        group.bench_with_input(BenchmarkId::from_parameter(name), &params, |b, p| {
            b.iter(|| simulate(black_box(p)).expect("valid scenario"))
        });
    }
    group.finish();
}

/// What the app runs in the action that asks for a run before the rest goes on in tasks
/// (`src/app/tasks.rs`, `FIRST_SLICES` = 4): the first four slices of issue 24's
/// 80,114-round link (`?dirty=124.99MB/s&limit=10000000s`), each
/// `ROUNDS_PER_SLICE` pre-copy passes.
fn bench_first_slices(c: &mut Criterion) {
    let long = Params {
        dirty_rate_bytes_per_s: 124.99e6,
        time_limit_s: 1e7,
        ..Params::default()
    };
    c.bench_function("simulation/first 4 slices of 80,114 rounds", |b| {
        b.iter(|| {
            let mut sim = Simulation::new(black_box(&long)).expect("valid");
            for _ in 0..4 {
                sim = sim.step().expect_err("a long run");
            }
            sim
        })
    });
}

/// What the metrics and the picture ask every frame: the bytes on the wire at the
/// middle of the 80,114-round run (a binary search since the seventh session; a sum over
/// every round before).
fn bench_bytes_sent_at(c: &mut Criterion) {
    let long = Params {
        dirty_rate_bytes_per_s: 124.99e6,
        time_limit_s: 1e7,
        ..Params::default()
    };
    let trace = simulate(&long).expect("valid");
    let mid = trace.end_s() / 2.0;
    c.bench_function("trace/bytes_sent_at mid-run of 80,114 rounds", |b| {
        b.iter(|| black_box(&trace).bytes_sent_at(black_box(mid)))
    });
}

fn bench_page_map(c: &mut Criterion) {
    let mut group = c.benchmark_group("page_map");
    for (name, params) in [
        ("live 4 GiB", Params::default()),
        ("live 1 TiB", live(1024 * GIB)),
    ] {
        let trace = simulate(&params).expect("valid scenario");
        let mid = trace.end_s() / 2.0;
        for cells in [4096, 65_536] {
            let id = format!("{name}, {cells} cells, mid-migration");
            group.bench_function(id, |b| {
                b.iter(|| page_map(black_box(&trace), &params, black_box(mid), cells))
            });
        }
    }
    group.finish();
}

criterion_group!(
    benches,
    bench_simulate,
    bench_first_slices,
    bench_bytes_sent_at,
    bench_page_map
);
criterion_main!(benches);
