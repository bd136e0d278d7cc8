//! What was on record at the last review: every value by cluster, indicator and
//! period, kept per user (never in the dataset folder) so the next session can show
//! what changed, appeared or disappeared since. Stored as a small CSV.

use std::collections::BTreeMap;

use super::dataset::Dataset;
use super::period::Period;
use super::value_records::value_records;

/// The key of a value: cluster, indicator and period (as written in the files).
pub type ValueKey = (String, String, String);

/// The values on record.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ReviewRecord {
    /// Each value by its key.
    pub values: BTreeMap<ValueKey, f64>,
}

/// How one value changed between two records.
#[derive(Debug, Clone, PartialEq)]
pub struct ValueChange {
    /// The cluster.
    pub cluster_id: String,
    /// The indicator.
    pub indicator_id: String,
    /// The period.
    pub period: String,
    /// The value before; `None` when it appeared.
    pub old: Option<f64>,
    /// The value now; `None` when it disappeared.
    pub new: Option<f64>,
}

impl ValueChange {
    /// "changed", "appeared" or "disappeared".
    pub fn kind(&self) -> &'static str {
        match (self.old, self.new) {
            (None, _) => "appeared",
            (_, None) => "disappeared",
            _ => "changed",
        }
    }
}

/// The header of a stored record.
const HEADER: [&str; 4] = ["cluster_id", "indicator_id", "period", "value"];

impl ReviewRecord {
    /// The values of a loaded dataset.
    pub fn of(dataset: &Dataset) -> Self {
        let ids: Vec<&str> = dataset
            .registry
            .clusters
            .iter()
            .map(|c| c.id.as_str())
            .collect();
        let values = value_records(dataset, &ids)
            .unwrap_or_default()
            .into_iter()
            .map(|r| {
                (
                    (r.cluster_id, r.indicator_id, r.period.to_string()),
                    r.value,
                )
            })
            .collect();
        ReviewRecord { values }
    }

    /// The record as CSV text.
    pub fn to_csv(&self) -> String {
        let mut writer = csv::WriterBuilder::new()
            .terminator(csv::Terminator::Any(b'\n'))
            .from_writer(Vec::new());
        let _ = writer.write_record(HEADER);
        for ((cluster, indicator, period), value) in &self.values {
            let _ = writer.write_record([
                cluster.as_str(),
                indicator.as_str(),
                period.as_str(),
                &value.to_string(),
            ]);
        }
        String::from_utf8(writer.into_inner().unwrap_or_default()).unwrap_or_default()
    }

    /// Reads a record written by [`ReviewRecord::to_csv`]; says what is wrong otherwise.
    pub fn from_csv(text: &str) -> Result<Self, String> {
        let mut reader = csv::ReaderBuilder::new().from_reader(text.as_bytes());
        let header = reader.headers().map_err(|e| e.to_string())?;
        if header.iter().collect::<Vec<_>>() != HEADER {
            return Err(format!(
                "expected a review record with columns {}",
                HEADER.join(", ")
            ));
        }
        let mut values = BTreeMap::new();
        for (index, record) in reader.records().enumerate() {
            let line = index + 2;
            let record = record.map_err(|e| format!("line {line}: {e}"))?;
            let (Some(cluster), Some(indicator), Some(period), Some(value)) =
                (record.get(0), record.get(1), record.get(2), record.get(3))
            else {
                return Err(format!("line {line}: expected 4 fields"));
            };
            if Period::parse(period).is_none() {
                return Err(format!(
                    "line {line}: expected a period, found \"{period}\""
                ));
            }
            let value = value
                .parse::<f64>()
                .map_err(|_| format!("line {line}: expected a number, found \"{value}\""))?;
            values.insert(
                (
                    cluster.to_string(),
                    indicator.to_string(),
                    period.to_string(),
                ),
                value,
            );
        }
        Ok(ReviewRecord { values })
    }

    /// What changed from `before` to this record, ordered by cluster, indicator and period.
    pub fn changes_since(&self, before: &ReviewRecord) -> Vec<ValueChange> {
        let mut keys: Vec<&ValueKey> = self.values.keys().chain(before.values.keys()).collect();
        keys.sort();
        keys.dedup();
        keys.into_iter()
            .filter_map(|key| {
                let (old, new) = (
                    before.values.get(key).copied(),
                    self.values.get(key).copied(),
                );
                (old != new).then(|| ValueChange {
                    cluster_id: key.0.clone(),
                    indicator_id: key.1.clone(),
                    period: key.2.clone(),
                    old,
                    new,
                })
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn record(entries: &[(&str, &str, &str, f64)]) -> ReviewRecord {
        ReviewRecord {
            values: entries
                .iter()
                .map(|(c, i, p, v)| ((c.to_string(), i.to_string(), p.to_string()), *v))
                .collect(),
        }
    }

    #[test]
    fn changes_list_what_changed_appeared_and_disappeared() {
        let before = record(&[
            ("A", "X", "2024", 1.0),
            ("A", "Y", "2024", 2.0),
            ("B", "X", "2024-Q1", 3.0),
        ]);
        let after = record(&[
            ("A", "X", "2024", 1.0),
            ("A", "Y", "2024", 2.5),
            ("C", "X", "2025", 4.0),
        ]);
        let changes = after.changes_since(&before);
        let summary: Vec<(&str, &str, Option<f64>, Option<f64>)> = changes
            .iter()
            .map(|c| (c.cluster_id.as_str(), c.kind(), c.old, c.new))
            .collect();
        assert_eq!(
            summary,
            vec![
                ("A", "changed", Some(2.0), Some(2.5)),
                ("B", "disappeared", Some(3.0), None),
                ("C", "appeared", None, Some(4.0))
            ]
        );
    }

    #[test]
    fn records_round_trip_through_csv_and_bad_ones_are_refused() {
        let original = record(&[
            ("A", "X", "2024", 1.5),
            ("B", "Y, with comma", "2024-07", -3.0),
        ]);
        assert_eq!(
            ReviewRecord::from_csv(&original.to_csv()).unwrap(),
            original
        );
        assert!(
            ReviewRecord::from_csv("a,b\n1,2\n")
                .unwrap_err()
                .starts_with("expected a review record")
        );
        assert_eq!(
            ReviewRecord::from_csv("cluster_id,indicator_id,period,value\nA,X,2024,lots\n")
                .unwrap_err(),
            "line 2: expected a number, found \"lots\""
        );
    }
}
