//! The shipped dataset's real layer: every `actual` or `estimate` value is a figure of
//! the table `sources/figures.csv` (kept in the dataset folder, as data), with the same
//! value and source, and every row of that table is in the values.

use std::collections::BTreeMap;

use clusterdash::data::format::vocabulary::{LabelWord, Vocabulary};
use std::path::{Path, PathBuf};

/// One published figure or one value, keyed by (cluster, indicator, year).
type Key = (String, String, i32);

fn shipped() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("datasets/basque-clusters")
}

fn records(path: &Path) -> Vec<BTreeMap<String, String>> {
    let mut reader = csv::Reader::from_path(path).unwrap();
    let headers = reader.headers().unwrap().clone();
    reader
        .records()
        .map(|r| {
            let r = r.unwrap();
            headers
                .iter()
                .zip(r.iter())
                .map(|(h, v)| (h.to_string(), v.to_string()))
                .collect()
        })
        .collect()
}

/// The table: value, published_as and source by key.
fn table() -> BTreeMap<Key, (f64, String, String)> {
    let mut table = BTreeMap::new();
    for row in records(&shipped().join("sources/figures.csv")) {
        let key = (
            row["cluster_id"].clone(),
            row["indicator_id"].clone(),
            row["year"].parse().unwrap(),
        );
        let value: f64 = row["value"].parse().unwrap();
        let old = table.insert(
            key.clone(),
            (value, row["published_as"].clone(), row["source"].clone()),
        );
        assert!(old.is_none(), "{key:?} is in the table twice");
        assert!(!row["source"].is_empty(), "{key:?} has no source");
    }
    table
}

/// The values that claim to be real (status actual or estimate), with status and source.
fn real_values() -> BTreeMap<Key, (f64, String, String)> {
    let mut values = BTreeMap::new();
    for file in std::fs::read_dir(shipped().join("values")).unwrap() {
        let path = file.unwrap().path();
        let cluster = path.file_stem().unwrap().to_str().unwrap().to_string();
        for row in records(&path) {
            let status = row["status"].clone();
            if status == "illustrative" {
                assert!(row["source"].is_empty(), "{cluster} {row:?}");
                continue;
            }
            let year: i32 = row["period"][..4].parse().unwrap();
            let key = (cluster.clone(), row["indicator_id"].clone(), year);
            assert_eq!(
                row["period"].len(),
                4,
                "a published figure is yearly: {key:?}"
            );
            // A label is written as its word (`gold`), the table holds its value (3).
            let value: f64 = row["value"].parse().unwrap_or_else(|_| {
                LabelWord::parse_word(&row["value"])
                    .map(LabelWord::value)
                    .unwrap_or_else(|| panic!("not a number nor a label: {key:?} {row:?}"))
            });
            values.insert(key, (value, status, row["source"].clone()));
        }
    }
    values
}

#[test]
fn every_real_value_is_the_figure_its_source_table_gives() {
    let table = table();
    let values = real_values();
    assert!(values.len() >= 60, "a real layer: {} values", values.len());
    for (key, (value, status, source)) in &values {
        let Some((figure, published_as, figure_source)) = table.get(key) else {
            panic!("{key:?} is {status} but not in sources/figures.csv");
        };
        assert_eq!(value, figure, "{key:?}");
        assert_eq!(source, figure_source, "{key:?}");
        let expected = if published_as == "exact" {
            "actual"
        } else {
            "estimate"
        };
        assert_eq!(status, expected, "{key:?} published as {published_as}");
    }
    for key in table.keys() {
        assert!(
            values.contains_key(key),
            "{key:?} is in the table, not in the values"
        );
    }
}

#[test]
fn the_headline_figures_of_the_issue_are_in_the_real_layer() {
    let table = table();
    let figure = |c: &str, i: &str, y: i32| table[&(c.to_string(), i.to_string(), y)].0;
    assert_eq!(figure("HEGAN", "PROF_TURNOVER", 2024), 3459.0);
    assert_eq!(figure("ACICAE", "PROF_TURNOVER", 2024), 25349.0);
    assert_eq!(figure("GAIA", "PROF_TURNOVER", 2024), 7020.0);
    assert_eq!(figure("BASQUEFIK", "PROF_MEMBERS", 2024), 55.0);
}
