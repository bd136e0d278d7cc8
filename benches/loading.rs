//! Loading a dataset from its folder, rolling its values up into the yearly cube, and
//! comparing it with the last review's record.

#[path = "support/scale_datasets.rs"]
mod scale_datasets;

use std::time::Duration;

use clusterdash::data::loading::reloader::DatasetReloader;
use clusterdash::data::rollup::yearly_cube::YearlyCube;
use clusterdash::review_records::record::ReviewRecord;
use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};

use scale_datasets::bench_datasets;

fn loading(c: &mut Criterion) {
    let datasets = bench_datasets();
    let mut group = c.benchmark_group("load");
    group
        .sample_size(10)
        .measurement_time(Duration::from_secs(10));
    for dataset in &datasets {
        group.bench_function(BenchmarkId::from_parameter(dataset.name), |b| {
            b.iter(|| DatasetReloader::load_once(&dataset.source, u64::MAX))
        });
    }
    group.finish();

    let mut group = c.benchmark_group("cube");
    group.sample_size(10);
    for dataset in &datasets {
        let loaded = dataset.load();
        group.bench_function(BenchmarkId::from_parameter(dataset.name), |b| {
            b.iter(|| {
                YearlyCube::build(&loaded.values, &loaded.catalogue, loaded.registry.len()).unwrap()
            })
        });
    }
    group.finish();

    let mut group = c.benchmark_group("changes_since_review");
    group.sample_size(10);
    for dataset in &datasets {
        let loaded = dataset.load();
        let before = ReviewRecord::from_csv(&ReviewRecord::of(&loaded).to_csv()).unwrap();
        group.bench_function(BenchmarkId::from_parameter(dataset.name), |b| {
            b.iter(|| ReviewRecord::of(&loaded).changes_since(&before))
        });
    }
    group.finish();
}

criterion_group!(benches, loading);
criterion_main!(benches);
