//! The seeded generator of illustrative datasets. With default parameters it
//! reproduces the shipped `datasets/basque-clusters` byte for byte; larger ones are
//! for benchmarks. The values are illustrative, not official statistics.

pub mod cluster_profile;
pub mod cluster_seeds;
pub mod dataset_files;
pub mod indicator_seeds;
pub mod local_names;
pub mod programme_budget;
pub mod pyramid_nesting;
pub mod rng;
pub mod sourced_figures;
pub mod value_series;

use std::collections::BTreeMap;
use std::io;
use std::path::Path;

use crate::data::csv::source::DatasetSource;
use crate::data::format::period::{Frequency, MAX_YEAR, MIN_YEAR};
use crate::i18n::Lang;

/// What to generate.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GenerateParams {
    /// How many clusters: the first of the 21 real ones, then synthetic ones.
    pub clusters: usize,
    /// How many indicators: drawn from the shipped catalogue area by area, then synthetic ones.
    pub indicators: usize,
    /// The first year.
    pub from: i32,
    /// The last year.
    pub to: i32,
    /// The frequency of flow (`sum`) indicators; `None` keeps the shipped mix
    /// (quarterly cooperation activity, yearly otherwise).
    pub frequency: Option<Frequency>,
    /// The seed of the random streams.
    pub seed: u64,
    /// One long `values.csv` with a `cluster_id` column instead of a file per cluster.
    pub long: bool,
}

/// The number of clusters in the shipped registry.
pub const SHIPPED_CLUSTERS: usize = 21;
/// The number of indicators in the shipped catalogue.
pub const SHIPPED_INDICATORS: usize = indicator_seeds::INDICATOR_SEEDS.len();
/// The seed of the shipped dataset.
pub const SHIPPED_SEED: u64 = 1990;
/// The largest dataset the generator makes, in clusters and in indicators.
pub const MAX_COUNT: usize = 10_000;

impl Default for GenerateParams {
    /// The parameters of the shipped dataset.
    fn default() -> Self {
        GenerateParams {
            clusters: SHIPPED_CLUSTERS,
            indicators: SHIPPED_INDICATORS,
            from: 2015,
            to: 2025,
            frequency: None,
            seed: SHIPPED_SEED,
            long: false,
        }
    }
}

impl GenerateParams {
    /// Checks the parameters, saying what is wrong in `lang`.
    pub fn validate(&self, lang: Lang) -> Result<(), String> {
        let out_of_range = |option: &str, value: usize| {
            lang.f(
                "generate.count_out_of_range",
                &[("option", &option), ("max", &MAX_COUNT), ("value", &value)],
            )
        };
        if !(1..=MAX_COUNT).contains(&self.clusters) {
            return Err(out_of_range("--clusters", self.clusters));
        }
        if !(1..=MAX_COUNT).contains(&self.indicators) {
            return Err(out_of_range("--indicators", self.indicators));
        }
        for year in [self.from, self.to] {
            if !(MIN_YEAR..=MAX_YEAR).contains(&year) {
                return Err(lang.f(
                    "generate.year_out_of_range",
                    &[("min", &MIN_YEAR), ("max", &MAX_YEAR), ("year", &year)],
                ));
            }
        }
        if self.from > self.to {
            return Err(lang.f(
                "generate.from_after_to",
                &[("from", &self.from), ("to", &self.to)],
            ));
        }
        Ok(())
    }

    /// The command line that makes this dataset, for its README.
    pub fn command_line(&self) -> String {
        let mut line = String::from("clusterdash generate --out DIR");
        let default = GenerateParams::default();
        if self.clusters != default.clusters {
            line += &format!(" --clusters {}", self.clusters);
        }
        if self.indicators != default.indicators {
            line += &format!(" --indicators {}", self.indicators);
        }
        if self.from != default.from {
            line += &format!(" --from {}", self.from);
        }
        if self.to != default.to {
            line += &format!(" --to {}", self.to);
        }
        if let Some(frequency) = self.frequency {
            line += &format!(" --frequency {}", frequency.word());
        }
        if self.seed != default.seed {
            line += &format!(" --seed {}", self.seed);
        }
        if self.long {
            line += " --long";
        }
        line
    }
}

/// A generated dataset: file contents by path relative to the dataset folder.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GeneratedDataset {
    /// The files, by relative path with `/` separators.
    pub files: BTreeMap<String, String>,
}

/// Generates the dataset described by `params` (which must be valid).
pub fn generate(params: &GenerateParams) -> GeneratedDataset {
    GeneratedDataset {
        files: dataset_files::dataset_files(params),
    }
}

/// The label of the built-in sample.
pub const BUILT_IN_LABEL: &str = "built-in sample";

/// The built-in copy of the shipped dataset, made by the generator with the shipped
/// parameters (a test proves it equals the files in `datasets/basque-clusters`).
pub fn built_in_sample() -> DatasetSource {
    let files = generate(&GenerateParams::default())
        .files
        .into_iter()
        .map(|(path, text)| (path, text.into_bytes()))
        .collect();
    DatasetSource::Memory {
        label: BUILT_IN_LABEL.to_string(),
        files,
    }
}

impl GeneratedDataset {
    /// Writes the files into `dir`, creating it if needed. Refuses a folder that is
    /// not empty, so no existing file is ever overwritten.
    pub fn write_to(&self, dir: &Path) -> io::Result<()> {
        if dir.exists() {
            if !dir.is_dir() {
                return Err(io::Error::other(format!(
                    "{} exists and is not a folder",
                    dir.display()
                )));
            }
            if std::fs::read_dir(dir)?.next().is_some() {
                return Err(io::Error::other(format!(
                    "{} is not empty; choose a new or empty folder",
                    dir.display()
                )));
            }
        }
        for (relative, text) in &self.files {
            let path = dir.join(relative);
            if let Some(parent) = path.parent() {
                std::fs::create_dir_all(parent)?;
            }
            std::fs::write(&path, text)?;
        }
        Ok(())
    }
}
