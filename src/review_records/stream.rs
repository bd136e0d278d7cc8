//! Review records as streams, straight from the values: written without building a
//! record, and compared with a stored one in one pass over both, holding neither.

use super::record::{HEADER, RecordLines, ValueChange};
use crate::data::format::period::Period;
use crate::data::values::store::ValueStore;

/// Every stored value as (cluster, indicator, packed period, value), in the order of a
/// record: by cluster id, indicator id and period.
fn sorted_values(store: &ValueStore) -> impl Iterator<Item = (&str, &str, u16, f64)> {
    let mut series: Vec<(&str, &str, u16, u16)> = store
        .series_keys()
        .map(|(c, i)| (store.cluster_id(c), store.indicator_id(i), c, i))
        .collect();
    series.sort_unstable();
    series
        .into_iter()
        .flat_map(move |(cluster, indicator, c, i)| {
            store.series_rows(c, i).into_iter().map(move |(f, r)| {
                let columns = &store.files()[f].columns;
                (cluster, indicator, columns.period[r], columns.value[r])
            })
        })
}

/// Writes the record of the stored values as CSV, straight from the store (the same
/// text as [`ReviewRecord::write_csv`], without holding a record).
///
/// [`ReviewRecord::write_csv`]: super::record::ReviewRecord::write_csv
pub fn write_record_of(store: &ValueStore, out: impl std::io::Write) -> csv::Result<()> {
    let mut writer = csv::WriterBuilder::new()
        .terminator(csv::Terminator::Any(b'\n'))
        .from_writer(out);
    writer.write_record(HEADER)?;
    for (cluster, indicator, period, value) in sorted_values(store) {
        writer.write_record([
            cluster,
            indicator,
            &Period::unpack(period).to_string(),
            &value.to_string(),
        ])?;
    }
    writer.flush()?;
    Ok(())
}

/// The changes from a record read as a stream to the stored values, in one pass over
/// both and holding neither; `Ok(None)` when the record is not in the order records are
/// written in (then read it whole with [`ReviewRecord::from_reader`]).
///
/// [`ReviewRecord::from_reader`]: super::record::ReviewRecord::from_reader
pub fn changes_since_sorted(
    store: &ValueStore,
    input: impl std::io::Read,
) -> Result<Option<Vec<ValueChange>>, String> {
    let mut lines = RecordLines::open(input)?;
    let change = |cluster: &str, indicator: &str, period: u16, old, new| ValueChange {
        cluster_id: cluster.to_string(),
        indicator_id: indicator.to_string(),
        period: Period::unpack(period).to_string(),
        old,
        new,
    };
    let mut changes = Vec::new();
    let mut now = sorted_values(store).peekable();
    let mut old = lines.next()?;
    let mut previous: Option<(String, String, u16)> = None;
    let mut fresh = true;
    loop {
        if let (true, Some((period, _))) = (std::mem::take(&mut fresh), old) {
            let key = (lines.cluster(), lines.indicator(), period);
            if let Some(p) = &previous
                && (p.0.as_str(), p.1.as_str(), p.2) >= key
            {
                return Ok(None);
            }
            match &mut previous {
                Some(p) => {
                    p.0.clear();
                    p.0.push_str(key.0);
                    p.1.clear();
                    p.1.push_str(key.1);
                    p.2 = period;
                }
                None => previous = Some((key.0.to_string(), key.1.to_string(), period)),
            }
        }
        match (old, now.peek().copied()) {
            (None, None) => break,
            (Some((period, value)), None) => {
                changes.push(change(
                    lines.cluster(),
                    lines.indicator(),
                    period,
                    Some(value),
                    None,
                ));
                old = lines.next()?;
                fresh = true;
            }
            (None, Some((cluster, indicator, period, value))) => {
                changes.push(change(cluster, indicator, period, None, Some(value)));
                if !step(&mut now, (cluster, indicator, period)) {
                    return Ok(None);
                }
            }
            (Some((old_period, old_value)), Some((cluster, indicator, period, value))) => {
                match (lines.cluster(), lines.indicator(), old_period)
                    .cmp(&(cluster, indicator, period))
                {
                    std::cmp::Ordering::Less => {
                        changes.push(change(
                            lines.cluster(),
                            lines.indicator(),
                            old_period,
                            Some(old_value),
                            None,
                        ));
                        old = lines.next()?;
                        fresh = true;
                    }
                    std::cmp::Ordering::Greater => {
                        changes.push(change(cluster, indicator, period, None, Some(value)));
                        if !step(&mut now, (cluster, indicator, period)) {
                            return Ok(None);
                        }
                    }
                    std::cmp::Ordering::Equal => {
                        if old_value != value {
                            changes.push(change(
                                cluster,
                                indicator,
                                period,
                                Some(old_value),
                                Some(value),
                            ));
                        }
                        old = lines.next()?;
                        fresh = true;
                        if !step(&mut now, (cluster, indicator, period)) {
                            return Ok(None);
                        }
                    }
                }
            }
        }
    }
    Ok(Some(changes))
}

/// Steps past the stored value `key`; false when the next one repeats it: a value held
/// twice (a stale long file beside a per-cluster file) is for the record's own rules,
/// so the caller reads the record whole.
fn step<'a>(
    now: &mut std::iter::Peekable<impl Iterator<Item = (&'a str, &'a str, u16, f64)>>,
    key: (&str, &str, u16),
) -> bool {
    now.next();
    now.peek().is_none_or(|n| (n.0, n.1, n.2) != key)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::review_records::record::ReviewRecord;

    #[test]
    fn the_streaming_comparison_and_writer_match_the_record() {
        let root =
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("datasets/basque-clusters");
        let dataset = crate::data::loading::reloader::load_dataset(
            &crate::data::csv::source::DatasetSource::Folder(root),
        );
        let now = ReviewRecord::of(&dataset);
        let mut written = Vec::new();
        write_record_of(&dataset.values, &mut written).unwrap();
        assert_eq!(String::from_utf8(written).unwrap(), now.to_csv());
        // An earlier record: one value changed, one gone, one that is no more.
        let members = now.get("HEGAN", "PROF_MEMBERS", "2024").unwrap();
        let text = now.to_csv().replace(
            &format!("HEGAN,PROF_MEMBERS,2024,{members}\n"),
            &format!(
                "HEGAN,PROF_MEMBERS,2010,1\nHEGAN,PROF_MEMBERS,2024,{}\n",
                members - 5.0
            ),
        );
        let before = ReviewRecord::from_csv(&text).unwrap();
        let expected = now.changes_since(&before);
        assert_eq!(expected.len(), 2);
        let sorted = before.to_csv();
        let streamed = changes_since_sorted(&dataset.values, sorted.as_bytes()).unwrap();
        assert_eq!(streamed, Some(expected));
        // Out of order (2010 written after 2023): the caller must read the record whole.
        assert_eq!(
            changes_since_sorted(&dataset.values, text.as_bytes()).unwrap(),
            None
        );
        assert_eq!(
            changes_since_sorted(&dataset.values, "a,b\n".as_bytes()).unwrap_err(),
            "expected a review record with columns cluster_id, indicator_id, period, value"
        );
    }

    #[test]
    fn a_value_held_twice_sends_the_comparison_to_the_whole_record() {
        let root =
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("datasets/basque-clusters");
        let dataset = crate::data::loading::reloader::load_dataset(
            &crate::data::csv::source::DatasetSource::Folder(root),
        );
        let record = ReviewRecord::of(&dataset).to_csv();
        let first = dataset.values.files()[0].clone();
        let twice = ValueStore::new(
            crate::data::values::store::LoadedValues {
                files: vec![first.clone(), first],
            },
            &dataset.registry,
            &dataset.catalogue,
        );
        assert_eq!(
            changes_since_sorted(&twice, record.as_bytes()).unwrap(),
            None
        );
        assert!(
            changes_since_sorted(&dataset.values, record.as_bytes())
                .unwrap()
                .is_some()
        );
    }
}
