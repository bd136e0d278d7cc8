//! Writes values in the long format (`values.csv` with a leading `cluster_id`), the
//! form exports take so any other system, or clusterdash itself, can read them back.

use super::value_records::ValueRecord;
use crate::data::format::vocabulary::Vocabulary;

/// The header of the long format.
pub const LONG_HEADER: [&str; 7] = [
    "cluster_id",
    "period",
    "indicator_id",
    "value",
    "status",
    "note",
    "source",
];

/// The records as a long-format CSV document, in the order given.
pub fn long_csv(records: &[&ValueRecord]) -> String {
    let mut writer = csv::WriterBuilder::new()
        .terminator(csv::Terminator::Any(b'\n'))
        .from_writer(Vec::new());
    let _ = writer.write_record(LONG_HEADER);
    for r in records {
        let _ = writer.write_record([
            r.cluster_id.as_str(),
            &r.period.to_string(),
            r.indicator_id.as_str(),
            &r.value.to_string(),
            r.status.word(),
            r.note.as_str(),
            r.source.as_str(),
        ]);
    }
    String::from_utf8(writer.into_inner().unwrap_or_default()).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::format::period::Period;
    use crate::data::format::vocabulary::ValueStatus;

    #[test]
    fn writes_the_long_format_with_quoting() {
        let record = ValueRecord {
            cluster_id: "HEGAN".into(),
            period: Period::quarter(2024, 3),
            indicator_id: "COOP_PROJECTS".into(),
            value: 12.5,
            status: ValueStatus::Estimate,
            note: "online, \"hybrid\"".into(),
            source: "hegan.com, 2024-05-02".into(),
            file: "values/HEGAN.csv".into(),
            line: 7,
        };
        assert_eq!(
            long_csv(&[&record]),
            "cluster_id,period,indicator_id,value,status,note,source\nHEGAN,2024-Q3,COOP_PROJECTS,12.5,estimate,\"online, \"\"hybrid\"\"\",\"hegan.com, 2024-05-02\"\n"
        );
    }
}
