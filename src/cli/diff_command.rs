//! `clusterdash diff`: the values that changed, appeared or disappeared since the last
//! review (or since a saved review record).

use std::io::Write;
use std::path::PathBuf;

use crate::data::csv::source::DatasetSource;
use crate::data::loading::reloader::load_dataset_limited;
use crate::review_records::record::ReviewRecord;
use crate::words::change_line::change_line;

use super::review_store::{load_last, load_record_file, record_path};
use super::usage_error::UsageError;

/// Prints the changes; `since` is `last` or a record file.
pub fn run_diff(source: &DatasetSource, since: &str, max_file_bytes: u64) -> anyhow::Result<()> {
    // not translated: the --since word
    let (before, origin) = if since == "last" {
        let path = record_path(source);
        match load_last(source)? {
            Some(record) => (record, path),
            None => {
                return Err(UsageError(
                    super::language().f("cli.no_review_yet", &[("dataset", &source.label())]),
                )
                .into());
            }
        }
    } else {
        let path = PathBuf::from(since);
        match load_record_file(&path)? {
            Some(record) => (record, path),
            None => {
                return Err(UsageError(
                    super::language().f("cli.since_missing", &[("path", &path.display())]),
                )
                .into());
            }
        }
    };
    let now = ReviewRecord::of(&load_dataset_limited(source, max_file_bytes));
    let changes = now.changes_since(&before);
    let count = |kind: &str| changes.iter().filter(|c| c.kind() == kind).count();
    let mut out = std::io::stdout().lock();
    writeln!(
        out,
        "{}",
        super::language().f(
            "cli.diff_summary",
            &[
                ("origin", &origin.display()),
                ("changed", &count("changed")),
                ("appeared", &count("appeared")),
                ("disappeared", &count("disappeared")),
            ],
        )
    )?;
    for change in &changes {
        writeln!(out, "{}", change_line(super::language(), change, "->"))?;
    }
    Ok(())
}
