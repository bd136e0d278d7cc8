//! Every value of a dataset as the files gave them, column by column and shared with
//! the reloader (never copied), with an index of where each (cluster, indicator) series
//! lies, so a chart reads only its own rows.

use rustc_hash::FxHashMap as HashMap;
use std::sync::Arc;

use super::columns::{Code, ValueColumns, code};
use super::series_slots::SeriesSlots;
use crate::data::format::period::{Frequency, Period};
use crate::data::format::problem::SheetPlaces;
use crate::data::format::vocabulary::ValueStatus;
use crate::data::metadata::catalogue::Catalogue;
use crate::data::metadata::registry::Registry;

/// The valid values of one file.
#[derive(Debug, Clone, Default)]
pub struct ValuesFile {
    /// The file, as shown to the user.
    pub shown: String,
    /// Its valid values, sorted by cluster, indicator and period.
    pub columns: ValueColumns,
    /// For a workbook, its sheet and where its columns lie, to name a value's cell.
    pub sheet: Option<SheetPlaces>,
}

/// Every value read from a dataset, file by file.
#[derive(Debug, Clone, Default)]
pub struct LoadedValues {
    /// The files read, each with its values, in the order read (shared with the reloader).
    pub files: Vec<Arc<ValuesFile>>,
}

/// A run of rows of one file: (file, first row, end row).
type Run = (u32, u32, u32);

/// The values of a dataset and where each series lies. Two stores are equal when they
/// hold the same values from the same files and lines.
#[derive(Debug, Clone, Default)]
pub struct ValueStore {
    files: Vec<Arc<ValuesFile>>,
    /// The runs of rows of every series, by cluster and indicator, each series' runs in
    /// file order.
    runs: Vec<Run>,
    /// Where each (cluster, indicator) series' runs lie in `runs`.
    series: SeriesSlots,
    /// Cluster ids by code (the registry's order).
    cluster_ids: Vec<String>,
    /// Indicator ids by code (the catalogue's order).
    indicator_ids: Vec<String>,
    /// Each indicator's code by id.
    indicator_codes: HashMap<String, Code>,
    /// Each cluster's code by id.
    cluster_codes: HashMap<String, Code>,
}

/// One stored value, read through [`ValueStore::row`].
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct StoredValue<'a> {
    /// The cluster.
    pub cluster_id: &'a str,
    /// The indicator.
    pub indicator_id: &'a str,
    /// The period.
    pub period: Period,
    /// The value.
    pub value: f64,
    /// How firm it is.
    pub status: ValueStatus,
    /// The note, possibly empty (raw text from the file).
    pub note: &'a str,
    /// The source, possibly empty (raw text from the file).
    pub source: &'a str,
    /// The file it came from, as shown.
    pub file: &'a str,
    /// The line it came from.
    pub line: u32,
    /// For a workbook, its sheet and where its columns lie.
    pub sheet: Option<&'a SheetPlaces>,
}

impl StoredValue<'_> {
    /// Where in its file the value was read: its workbook cell (`Datos!F26`), else its
    /// line (`26`).
    pub fn place(&self) -> String {
        match self.sheet {
            Some(sheet) => sheet_cell(sheet, self.line, &self.period.to_string()),
            None => self.line.to_string(),
        }
    }
}

/// The cell of a workbook value read from row `line`, for `period`: in the long
/// layout's value column, or the wide layout's column of the period.
fn sheet_cell(sheet: &SheetPlaces, line: u32, period: &str) -> String {
    let column = ["value", period]
        .into_iter()
        .find(|name| sheet.columns.iter().any(|(known, _)| known == name));
    sheet.cell(u64::from(line), column)
}

impl ValueStore {
    /// Indexes the values of `loaded`, whose codes refer to `registry` and `catalogue`.
    pub fn new(loaded: LoadedValues, registry: &Registry, catalogue: &Catalogue) -> Self {
        let mut keyed: Vec<((Code, Code), Run)> = Vec::new();
        for (f, file) in loaded.files.iter().enumerate() {
            let c = &file.columns;
            let mut start = 0;
            for i in 1..=c.len() {
                if i == c.len()
                    || c.cluster[i] != c.cluster[start]
                    || c.indicator[i] != c.indicator[start]
                {
                    keyed.push((
                        (c.cluster[start], c.indicator[start]),
                        (f as u32, start as u32, i as u32),
                    ));
                    start = i;
                }
            }
        }
        // Stable: a series' runs stay in file order.
        keyed.sort_by_key(|(key, _)| *key);
        let series = SeriesSlots::of_sorted(
            registry.len(),
            catalogue.len(),
            keyed.iter().map(|(key, _)| *key),
        );
        let runs = keyed.into_iter().map(|(_, run)| run).collect();
        let cluster_ids: Vec<String> = registry.clusters.iter().map(|c| c.id.clone()).collect();
        let indicator_ids: Vec<String> =
            catalogue.indicators.iter().map(|i| i.id.clone()).collect();
        let codes = |ids: &[String]| {
            ids.iter()
                .enumerate()
                .filter_map(|(i, id)| Some((id.clone(), code(i)?)))
                .collect()
        };
        ValueStore {
            cluster_codes: codes(&cluster_ids),
            indicator_codes: codes(&indicator_ids),
            files: loaded.files,
            runs,
            series,
            cluster_ids,
            indicator_ids,
        }
    }

    /// How many values there are.
    pub fn len(&self) -> usize {
        self.files.iter().map(|f| f.columns.len()).sum()
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The files, each with its values.
    pub fn files(&self) -> &[Arc<ValuesFile>] {
        &self.files
    }

    /// Row `row` of file `file`.
    pub fn row(&self, file: usize, row: usize) -> StoredValue<'_> {
        let f = &self.files[file];
        let c = &f.columns;
        StoredValue {
            cluster_id: &self.cluster_ids[usize::from(c.cluster[row])],
            indicator_id: &self.indicator_ids[usize::from(c.indicator[row])],
            period: c.period_of(row),
            value: c.value[row],
            status: c.status_of(row),
            note: c.note_of(row),
            source: c.source_of(row),
            file: &f.shown,
            line: c.line[row],
            sheet: f.sheet.as_ref(),
        }
    }

    /// The code of a cluster id.
    pub fn cluster_code(&self, id: &str) -> Option<Code> {
        self.cluster_codes.get(id).copied()
    }

    /// The code of an indicator id.
    pub fn indicator_code(&self, id: &str) -> Option<Code> {
        self.indicator_codes.get(id).copied()
    }

    /// The cluster id of a code.
    pub fn cluster_id(&self, code: Code) -> &str {
        &self.cluster_ids[usize::from(code)]
    }

    /// The indicator id of a code.
    pub fn indicator_id(&self, code: Code) -> &str {
        &self.indicator_ids[usize::from(code)]
    }

    /// Every (cluster, indicator) series with values, as codes.
    pub fn series_keys(&self) -> impl Iterator<Item = (Code, Code)> + '_ {
        self.series.keys()
    }

    /// The runs of rows of one series, in file order.
    fn runs_of(&self, cluster: Code, indicator: Code) -> &[Run] {
        &self.runs[self.series.range(cluster, indicator)]
    }

    /// The (file, row) of every value of one series, in time order.
    pub fn series_rows(&self, cluster: Code, indicator: Code) -> Vec<(usize, usize)> {
        let runs = self.runs_of(cluster, indicator);
        let mut rows: Vec<(usize, usize)> = runs
            .iter()
            .flat_map(|&(f, start, end)| (start..end).map(move |r| (f as usize, r as usize)))
            .collect();
        if runs.len() > 1 {
            rows.sort_by_key(|&(f, r)| self.files[f].columns.period[r]);
        }
        rows
    }

    /// The (file, row) of every value of the chosen clusters, ordered by cluster id,
    /// indicator id and period (8 bytes a value).
    pub fn rows_of_clusters(&self, cluster_ids: &[&str]) -> Vec<(u32, u32)> {
        let mut series: Vec<(&str, &str, Code, Code)> = self
            .series_keys()
            .filter(|&(c, _)| cluster_ids.contains(&self.cluster_id(c)))
            .map(|(c, i)| (self.cluster_id(c), self.indicator_id(i), c, i))
            .collect();
        series.sort_unstable();
        let total = series
            .iter()
            .flat_map(|&(_, _, c, i)| self.runs_of(c, i))
            .map(|&(_, start, end)| (end - start) as usize)
            .sum();
        let mut rows = Vec::with_capacity(total);
        for (_, _, cluster, indicator) in series {
            rows.extend(
                self.series_rows(cluster, indicator)
                    .into_iter()
                    .map(|(f, r)| (f as u32, r as u32)),
            );
        }
        rows
    }

    /// A cluster's values of an indicator by period, in time order.
    pub fn periods(&self, cluster_id: &str, indicator_id: &str) -> Vec<(Period, f64)> {
        let (Some(cluster), Some(indicator)) = (
            self.cluster_code(cluster_id),
            self.indicator_code(indicator_id),
        ) else {
            return Vec::new();
        };
        self.series_rows(cluster, indicator)
            .into_iter()
            .map(|(f, r)| {
                let c = &self.files[f].columns;
                (c.period_of(r), c.value[r])
            })
            .collect()
    }

    /// Every value, sorted by cluster, indicator and period.
    pub fn all(&self) -> Vec<StoredValue<'_>> {
        let mut all: Vec<StoredValue> = (0..self.files.len())
            .flat_map(|f| (0..self.files[f].columns.len()).map(move |r| (f, r)))
            .map(|(f, r)| self.row(f, r))
            .collect();
        all.sort_by(|a, b| {
            (a.cluster_id, a.indicator_id, a.period).cmp(&(b.cluster_id, b.indicator_id, b.period))
        });
        all
    }

    /// The finest frequency an indicator is reported at by any cluster.
    pub fn finest_frequency(&self, indicator_id: &str) -> Option<Frequency> {
        let indicator = self.indicator_code(indicator_id)?;
        self.series_keys()
            .filter(|&(_, i)| i == indicator)
            .flat_map(|(c, i)| self.runs_of(c, i))
            .map(|&(f, start, end)| {
                let c = &self.files[f as usize].columns;
                (start..end)
                    .map(|r| c.period_of(r as usize).frequency)
                    .max()
                    .unwrap_or(Frequency::Yearly)
            })
            .max()
    }
}

impl PartialEq for ValueStore {
    fn eq(&self, other: &Self) -> bool {
        self.all() == other.all()
    }
}
