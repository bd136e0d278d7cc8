//! A whole dataset in memory: registry, catalogue, targets, the values, their yearly
//! cube and every problem met while loading. Loading never stops at a bad file.

use std::collections::BTreeSet;

use std::sync::Arc;

use crate::data::csv::source::DatasetSource;
use crate::data::format::problem::{FileProblems, Problem, ProblemCounts};
use crate::data::metadata::catalogue::Catalogue;
use crate::data::metadata::registry::Registry;
use crate::data::rollup::yearly_cube::YearlyCube;
use crate::data::values::columns::{Code, code};
use crate::data::values::programme_budget::ProgrammeBudget;
use crate::data::values::store::LoadedValues;
use crate::data::values::store::ValueStore;
use crate::data::values::targets::Targets;
use crate::i18n::phrase::Phrase;

/// The registry file.
pub const CLUSTERS_FILE: &str = "clusters.csv";
/// The catalogue file.
pub const INDICATORS_FILE: &str = "indicators.csv";
/// The targets file (optional).
pub const TARGETS_FILE: &str = "targets.csv";
/// The programme's budget by year (optional).
pub const PROGRAMME_FILE: &str = "programme.csv";

/// A loaded dataset.
#[derive(Debug, Clone)]
pub struct Dataset {
    /// The folder as given, or "built-in sample".
    pub label: String,
    /// Whether it came from memory (the built-in sample) rather than a folder.
    pub in_memory: bool,
    /// The clusters.
    pub registry: Registry,
    /// The indicators.
    pub catalogue: Catalogue,
    /// The targets, by code; empty when there is no targets file.
    pub targets: Arc<Targets>,
    /// The programme's budget by year; empty when there is no programme file.
    pub budget: Arc<ProgrammeBudget>,
    /// Every valid value, one per (cluster, indicator, period), as the files gave them.
    pub values: ValueStore,
    /// The values rolled up into years, by code.
    pub cube: YearlyCube,
    /// How many values files were read.
    pub values_files: usize,
    /// Every problem found, in the order met.
    pub problems: Vec<Problem>,
    /// Clusters whose values file is now invalid: their last good values are shown.
    pub stale: BTreeSet<String>,
    /// Clusters whose values file disappeared: their last values are shown until confirmed.
    pub removed: BTreeSet<String>,
}

impl Dataset {
    /// How many errors and warnings were found.
    pub fn problem_counts(&self) -> ProblemCounts {
        ProblemCounts::of(&self.problems)
    }

    /// A dataset with nothing in it yet, named for `source` (shown while it loads).
    pub fn empty(source: &DatasetSource) -> Dataset {
        Dataset {
            label: source.label(),
            in_memory: source.is_in_memory(),
            registry: Registry::default(),
            catalogue: Catalogue::default(),
            targets: Arc::default(),
            budget: Arc::default(),
            values: ValueStore::default(),
            cube: YearlyCube::default(),
            values_files: 0,
            problems: Vec::new(),
            stale: BTreeSet::new(),
            removed: BTreeSet::new(),
        }
    }

    /// The code of a cluster: its position in the registry.
    pub fn cluster_code(&self, cluster_id: &str) -> Option<Code> {
        self.registry.position(cluster_id).and_then(code)
    }

    /// The code of an indicator: its position in the catalogue.
    pub fn indicator_code(&self, indicator_id: &str) -> Option<Code> {
        self.catalogue.position(indicator_id).and_then(code)
    }

    /// A cluster's yearly value of an indicator.
    pub fn value(&self, cluster_id: &str, indicator_id: &str, year: i32) -> Option<f64> {
        let (cluster, indicator) = (
            self.cluster_code(cluster_id)?,
            self.indicator_code(indicator_id)?,
        );
        self.cube.value(cluster, indicator, year)
    }

    /// A cluster's target on an indicator in a year.
    pub fn target(&self, cluster_id: &str, indicator_id: &str, year: i32) -> Option<f64> {
        let (cluster, indicator) = (
            self.cluster_code(cluster_id)?,
            self.indicator_code(indicator_id)?,
        );
        self.targets.get(cluster, indicator, year)
    }

    /// Every year with a value, oldest first.
    pub fn years(&self) -> &[i32] {
        self.cube.years()
    }
}

/// The largest file read by default, in megabytes (`--max-file-mb`).
pub const DEFAULT_MAX_FILE_MB: u64 = 512;

/// Builds the frames and lookups from the tables and the loaded values.
#[allow(clippy::too_many_arguments)]
pub(super) fn assemble(
    source: &DatasetSource,
    registry: Registry,
    catalogue: Catalogue,
    targets: Arc<Targets>,
    budget: Arc<ProgrammeBudget>,
    loaded: LoadedValues,
    mut problems: Vec<Problem>,
    stale: BTreeSet<String>,
    removed: BTreeSet<String>,
) -> Dataset {
    let mut names: Vec<&str> = loaded.files.iter().map(|f| f.shown.as_str()).collect();
    names.dedup();
    let values_files = names.len();
    let values = ValueStore::new(loaded, &registry, &catalogue);
    let cube = YearlyCube::build(&values, &catalogue, registry.len()).unwrap_or_else(|e| {
        let file = source.display_path("values");
        FileProblems::new(&file, &mut problems)
            .file_error(Phrase::new("problem.cannot_build_yearly").with("error", e));
        YearlyCube::default()
    });
    Dataset {
        label: source.label(),
        in_memory: source.is_in_memory(),
        registry,
        catalogue,
        targets,
        budget,
        values,
        cube,
        values_files,
        problems,
        stale,
        removed,
    }
}
