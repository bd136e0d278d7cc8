//! Where a report's numbers come from: the dataset, a content hash of its files, the
//! newest file date, the filter and the program version.

use std::time::{SystemTime, UNIX_EPOCH};

use sha2::{Digest, Sha256};

use crate::data::source::DatasetSource;

/// The provenance of a report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Provenance {
    /// The dataset folder as given, or "built-in sample".
    pub dataset: String,
    /// SHA-256 over every file's path and contents, in path order.
    pub content_hash: String,
    /// How many files were hashed.
    pub files: usize,
    /// The newest modification time among the files, in UTC; `None` in memory.
    pub newest_file: Option<String>,
    /// The program and its version.
    pub program: String,
}

/// Reads the provenance of a dataset.
pub fn provenance(source: &DatasetSource) -> Provenance {
    let files = source.dataset_files();
    let mut hasher = Sha256::new();
    for file in &files {
        hasher.update(file.relative.as_bytes());
        hasher.update([0]);
        hasher.update((file.bytes.len() as u64).to_le_bytes());
        hasher.update(&file.bytes);
    }
    let content_hash = hasher
        .finalize()
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    let newest = files.iter().filter_map(|f| f.modified).max();
    Provenance {
        dataset: source.label(),
        content_hash,
        files: files.len(),
        newest_file: newest.map(utc_minute),
        program: format!("clusterdash {}", env!("CARGO_PKG_VERSION")), // not translated: a name and version
    }
}

/// A time as `YYYY-MM-DD HH:MM UTC`.
pub fn utc_minute(time: SystemTime) -> String {
    let seconds = time.duration_since(UNIX_EPOCH).map_or(0, |d| d.as_secs()) as i64;
    let (days, rest) = (seconds.div_euclid(86_400), seconds.rem_euclid(86_400));
    let (year, month, day) = civil_from_days(days);
    format!(
        "{year:04}-{month:02}-{day:02} {:02}:{:02} UTC", // not translated: ISO date, UTC
        rest / 3600,
        rest % 3600 / 60
    )
}

/// The calendar date of a day count since 1970-01-01 (Howard Hinnant's algorithm).
fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let year = yoe + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    #[test]
    fn dates_in_utc() {
        assert_eq!(utc_minute(UNIX_EPOCH), "1970-01-01 00:00 UTC");
        assert_eq!(
            utc_minute(UNIX_EPOCH + Duration::from_secs(951_782_400 + 3_660)),
            "2000-02-29 01:01 UTC"
        );
        assert_eq!(
            utc_minute(UNIX_EPOCH + Duration::from_secs(1_795_824_000)),
            "2026-11-28 00:00 UTC"
        );
    }
}
