//! The datasets the benches run on: the shipped one, and generated ones of about 100
//! thousand and 1 million values in one long `values.csv` (made in a temporary folder,
//! never committed). Under `cargo test` (not `cargo bench`) a small one stands in for
//! the large ones, so the benches are checked quickly.

#![allow(dead_code)]

use std::path::Path;

use clusterdash::data::csv::source::DatasetSource;
use clusterdash::data::format::period::Frequency;
use clusterdash::data::loading::dataset::Dataset;
use clusterdash::data::loading::reloader::load_dataset_limited;
use clusterdash::generate::{GenerateParams, generate};

/// One dataset to run on.
pub struct BenchDataset {
    /// Its name in the bench ids.
    pub name: &'static str,
    /// Where it is.
    pub source: DatasetSource,
    /// The temporary folder of a generated one, removed when dropped.
    _folder: Option<tempfile::TempDir>,
}

impl BenchDataset {
    /// Loads it.
    pub fn load(&self) -> Dataset {
        load_dataset_limited(&self.source, u64::MAX)
    }
}

/// Whether the benches run as benches (`cargo bench`) rather than as a quick check.
pub fn benching() -> bool {
    std::env::args().any(|a| a == "--bench")
}

/// The shipped dataset and the generated ones.
pub fn bench_datasets() -> Vec<BenchDataset> {
    let shipped = Path::new(env!("CARGO_MANIFEST_DIR")).join("datasets/basque-clusters");
    let mut datasets = vec![BenchDataset {
        name: "shipped",
        source: DatasetSource::Folder(shipped),
        _folder: None,
    }];
    let sizes: &[(&str, usize)] = if benching() {
        &[("100k", 8), ("1m", 80)]
    } else {
        &[("small", 2)]
    };
    for &(name, clusters) in sizes {
        datasets.push(generated(name, clusters));
    }
    datasets
}

/// A long-format dataset of `clusters` clusters, 60 indicators, monthly flows over 2001
/// to 2025: about 12,400 values a cluster.
fn generated(name: &'static str, clusters: usize) -> BenchDataset {
    let folder = tempfile::tempdir().expect("a temporary folder");
    let dir = folder.path().join(name);
    generate(&GenerateParams {
        clusters,
        indicators: 60,
        from: 2001,
        to: 2025,
        frequency: Some(Frequency::Monthly),
        long: true,
        ..GenerateParams::default()
    })
    .write_to(&dir)
    .expect("the generated dataset is written");
    BenchDataset {
        name,
        source: DatasetSource::Folder(dir),
        _folder: Some(folder),
    }
}
