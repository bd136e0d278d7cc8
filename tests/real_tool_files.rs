//! Values files written by the tools staff really use (LibreOffice, pandas), each under
//! `tests/fixtures/real_tools/cases/` with a `MADE_BY.txt` naming the tool, its version
//! and the exact command. Each case is laid over `real_tools/base` and must load exactly
//! the values its `expected.txt` lists (every value, its period, status and number as
//! read) and report exactly its problems: a file that loads wrong and says nothing fails.

mod common;

use std::path::Path;

use clusterdash::data::csv::source::DatasetSource;
use clusterdash::data::format::vocabulary::Vocabulary;
use clusterdash::data::loading::reloader::load_dataset;

/// The nine values every case was made from, as the tools were given them.
const MADE_FROM: [&str; 9] = [
    "AAA PROF_MEMBERS 2015 140 actual",
    "AAA PROF_MEMBERS 2016 1050 actual",
    "AAA PROF_MEMBERS 2017 1100 actual",
    "AAA PROF_SME_SHARE 2015 0.125 actual",
    "AAA PROF_SME_SHARE 2016 2.125 actual",
    "AAA PROF_SME_SHARE 2017 12.5 actual",
    "AAA PROF_TURNOVER 2015 1234.5 actual",
    "AAA PROF_TURNOVER 2016 2.125 provisional",
    "AAA PROF_TURNOVER 2017 4.5 actual",
];

/// Every loaded value as `CLUSTER INDICATOR PERIOD NUMBER STATUS [note="…"]`, sorted, then every
/// problem as `check` prints it, paths relative to the dataset.
fn loaded(case: &Path) -> (Vec<String>, Vec<String>) {
    let dir = tempfile::tempdir().unwrap();
    let root = common::fixtures().join("real_tools");
    common::copy_tree(&root.join("base"), dir.path());
    common::copy_tree(&case.join("values"), &dir.path().join("values"));
    let dataset = load_dataset(&DatasetSource::Folder(dir.path().to_path_buf()));
    let mut values = Vec::new();
    for file in dataset.values.files() {
        let columns = &file.columns;
        for i in 0..columns.len() {
            let cluster = &dataset.registry.clusters[usize::from(columns.cluster[i])].id;
            let indicator = &dataset.catalogue.indicators[usize::from(columns.indicator[i])].id;
            let mut line = format!(
                "{cluster} {indicator} {} {} {}",
                columns.period_of(i),
                columns.value[i],
                columns.status_of(i).word()
            );
            if !columns.note_of(i).is_empty() {
                line.push_str(&format!(" note={:?}", columns.note_of(i)));
            }
            values.push(line);
        }
    }
    values.sort();
    let shown_root = format!("{}/", dir.path().display());
    let problems = dataset
        .problems
        .iter()
        .map(|p| format!("{}: {p}", p.severity.word()).replace(&shown_root, ""))
        .collect();
    (values, problems)
}

#[test]
fn files_from_real_tools_load_exactly_what_they_say() {
    let mut cases: Vec<_> = std::fs::read_dir(common::fixtures().join("real_tools/cases"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    cases.sort();
    assert!(
        cases.len() >= 8,
        "the real-tool fixtures went missing: {cases:?}"
    );
    let mut failures = Vec::new();
    for case in &cases {
        let name = case.file_name().unwrap().to_string_lossy().into_owned();
        let made_by = std::fs::read_to_string(case.join("MADE_BY.txt"))
            .unwrap_or_else(|_| panic!("{name} does not say which tool made it"));
        assert!(
            made_by.starts_with("Tool: "),
            "{name}: MADE_BY.txt names no tool"
        );
        let expected = std::fs::read_to_string(case.join("expected.txt"))
            .unwrap_or_else(|_| panic!("{name} has no expected.txt"));
        let (values, problems) = loaded(case);
        let mut actual = String::new();
        for line in values.iter().chain(&problems) {
            actual.push_str(line);
            actual.push('\n');
        }
        if actual != expected {
            failures.push(format!(
                "--- {name}\nexpected:\n{expected}actual:\n{actual}"
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn every_real_tool_file_that_loads_without_errors_loads_the_numbers_it_was_made_from() {
    for case in std::fs::read_dir(common::fixtures().join("real_tools/cases")).unwrap() {
        let case = case.unwrap().path();
        let (values, problems) = loaded(&case);
        if problems.iter().all(|p| !p.starts_with("error")) {
            let numbers: Vec<&str> = values
                .iter()
                .map(|v| v.split(" note=").next().unwrap())
                .collect();
            assert_eq!(numbers, MADE_FROM, "{}", case.display());
        }
    }
}
