//! The values of every cluster as one polars frame: typed columns, categorical ids,
//! and each indicator's roll-up rules carried along for the aggregations.

use polars::prelude::*;

use super::catalogue::Catalogue;
use super::values_loader::{LoadedValues, ValueRow};
use super::vocabulary::{ClusterAgg, TimeAgg, ValueStatus, Vocabulary};

/// Column names of the values frame.
pub mod columns {
    /// The cluster, categorical.
    pub const CLUSTER_ID: &str = "cluster_id";
    /// The indicator, categorical.
    pub const INDICATOR_ID: &str = "indicator_id";
    /// The period as written in the files (`2024-Q3`), text.
    pub const PERIOD: &str = "period";
    /// The period's year, `i32`.
    pub const YEAR: &str = "year";
    /// The number of parts of the period's year: 1, 4 or 12, `u32`.
    pub const PARTS_PER_YEAR: &str = "parts_per_year";
    /// The quarter or month within the year, 0 for a whole year, `u32`.
    pub const PART: &str = "part";
    /// The value, `f64`.
    pub const VALUE: &str = "value";
    /// How firm the value is, categorical (`actual`, `provisional`, `estimate`).
    pub const STATUS: &str = "status";
    /// The note, text.
    pub const NOTE: &str = "note";
    /// The file the value came from, categorical.
    pub const FILE: &str = "file";
    /// The line the value came from, `u32`.
    pub const LINE: &str = "line";
    /// The indicator's time roll-up, as the index of its word in [`super::TimeAgg::WORDS`], `u32`.
    pub const TIME_AGG: &str = "time_agg";
    /// The indicator's cluster roll-up, as the index of its word in [`super::ClusterAgg::WORDS`], `u32`.
    pub const CLUSTER_AGG: &str = "cluster_agg";
}

/// The code stored in the `time_agg` column for a roll-up rule.
pub fn time_agg_code(rule: TimeAgg) -> u32 {
    code_of(rule)
}

/// The code stored in the `cluster_agg` column for a combination rule.
pub fn cluster_agg_code(rule: ClusterAgg) -> u32 {
    code_of(rule)
}

fn code_of<V: Vocabulary + PartialEq>(word: V) -> u32 {
    let index = V::ALL
        .iter()
        .position(|w| *w == word)
        .expect("every variant is listed");
    u32::try_from(index).expect("a short word list")
}

/// Builds the frame from validated rows, sorted by cluster, indicator and period.
/// Every row's indicator must be in `catalogue` (the loader guarantees it).
pub fn build_values_frame(values: &LoadedValues, catalogue: &Catalogue) -> PolarsResult<DataFrame> {
    let mut rows: Vec<(&str, &ValueRow)> = values
        .files
        .iter()
        .flat_map(|file| file.rows.iter().map(|row| (file.shown.as_str(), row)))
        .collect();
    rows.sort_by(|(_, a), (_, b)| {
        (&a.cluster_id, &a.indicator_id, a.period).cmp(&(&b.cluster_id, &b.indicator_id, b.period))
    });
    let indicator = |id: &str| {
        catalogue
            .get(id)
            .expect("the loader only keeps catalogued indicators")
    };

    let categorical = DataType::from_categories(Categories::global());
    let text_column = |name: &str, items: Vec<&str>| Column::new(name.into(), items);
    let columns = vec![
        text_column(
            columns::CLUSTER_ID,
            rows.iter().map(|(_, r)| r.cluster_id.as_str()).collect(),
        )
        .cast(&categorical)?,
        text_column(
            columns::INDICATOR_ID,
            rows.iter().map(|(_, r)| r.indicator_id.as_str()).collect(),
        )
        .cast(&categorical)?,
        Column::new(
            columns::PERIOD.into(),
            rows.iter()
                .map(|(_, r)| r.period.to_string())
                .collect::<Vec<_>>(),
        ),
        Column::new(
            columns::YEAR.into(),
            rows.iter()
                .map(|(_, r)| r.period.year)
                .collect::<Vec<i32>>(),
        ),
        Column::new(
            columns::PARTS_PER_YEAR.into(),
            rows.iter()
                .map(|(_, r)| u32::from(r.period.frequency.parts_per_year()))
                .collect::<Vec<u32>>(),
        ),
        Column::new(
            columns::PART.into(),
            rows.iter()
                .map(|(_, r)| u32::from(r.period.part))
                .collect::<Vec<u32>>(),
        ),
        Column::new(
            columns::VALUE.into(),
            rows.iter().map(|(_, r)| r.value).collect::<Vec<f64>>(),
        ),
        text_column(
            columns::STATUS,
            rows.iter()
                .map(|(_, r)| ValueStatus::word(r.status))
                .collect(),
        )
        .cast(&categorical)?,
        text_column(
            columns::NOTE,
            rows.iter().map(|(_, r)| r.note.as_str()).collect(),
        ),
        text_column(columns::FILE, rows.iter().map(|(file, _)| *file).collect())
            .cast(&categorical)?,
        Column::new(
            columns::LINE.into(),
            rows.iter()
                .map(|(_, r)| u32::try_from(r.line).unwrap_or(u32::MAX))
                .collect::<Vec<u32>>(),
        ),
        Column::new(
            columns::TIME_AGG.into(),
            rows.iter()
                .map(|(_, r)| time_agg_code(indicator(&r.indicator_id).time_agg))
                .collect::<Vec<u32>>(),
        ),
        Column::new(
            columns::CLUSTER_AGG.into(),
            rows.iter()
                .map(|(_, r)| cluster_agg_code(indicator(&r.indicator_id).cluster_agg))
                .collect::<Vec<u32>>(),
        ),
    ];
    DataFrame::new(rows.len(), columns)
}
