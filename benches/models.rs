//! The tab models: everything a filter change recomputes, what a year change
//! recomputes, and each tab's own model.

#[path = "support/scale_datasets.rs"]
mod scale_datasets;

use clusterdash::app::cluster_selection::ClusterSelection;
use clusterdash::app::models::business::business_model;
use clusterdash::app::models::cooperation::cooperation_model;
use clusterdash::app::models::scorecard::{scorecard_rows, scorecard_trends};
use clusterdash::app::models::technology::technology_model;
use clusterdash::app::state::App;
use clusterdash::data::queries::selection::combine_yearly;
use clusterdash::i18n::Lang;
use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};

use scale_datasets::bench_datasets;

fn tab_models(c: &mut Criterion) {
    for dataset in bench_datasets() {
        let loaded = dataset.load();
        let ids: Vec<&str> = loaded
            .registry
            .clusters
            .iter()
            .map(|c| c.id.as_str())
            .collect();
        let years = loaded.years().to_vec();
        let year = *years.last().unwrap();
        let combined = combine_yearly(&loaded, &ids).unwrap();
        let trends = scorecard_trends(&loaded, &ids, &years);
        let mut group = c.benchmark_group(format!("tab_models/{}", dataset.name));
        group.sample_size(20);
        group.bench_function("combine_yearly", |b| {
            b.iter(|| combine_yearly(&loaded, &ids))
        });
        group.bench_function("overview", |b| {
            b.iter(|| {
                let trends = scorecard_trends(&loaded, &ids, &years);
                scorecard_rows(&loaded, &ids, year, &trends, Lang::En)
            })
        });
        group.bench_function("cooperation", |b| {
            b.iter(|| cooperation_model(&loaded, &ids, &combined, year, Lang::En))
        });
        group.bench_function("technology", |b| {
            b.iter(|| technology_model(&loaded, &ids, &combined, year, &years, 0, Lang::En))
        });
        group.bench_function("business", |b| {
            b.iter(|| business_model(&loaded, &ids, &combined, year, Lang::En))
        });
        let _ = trends;
        group.finish();

        let mut app = App::new(loaded);
        let first = app.dataset.registry.clusters[0].id.clone();
        let mut group = c.benchmark_group("interaction");
        group.sample_size(20);
        group.bench_function(BenchmarkId::new("filter_change", dataset.name), |b| {
            b.iter(|| {
                app.set_selection(ClusterSelection::Only(vec![first.clone()]));
                app.set_selection(ClusterSelection::All);
            })
        });
        group.bench_function(BenchmarkId::new("year_change", dataset.name), |b| {
            b.iter(|| {
                app.set_year(year - 1);
                app.set_year(year);
            })
        });
        group.finish();
    }
}

criterion_group!(benches, tab_models);
criterion_main!(benches);
