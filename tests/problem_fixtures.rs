//! Table-driven validation tests: each folder under `tests/fixtures/problems/` is one
//! problem kind laid over the mini dataset, and its `expected.txt` holds the number of
//! values that still load and every problem line, exactly.

mod common;

use clusterdash::data::dataset::load_dataset;
use clusterdash::data::source::DatasetSource;

#[test]
fn every_problem_fixture_reports_exactly_its_expected_lines() {
    let mut cases: Vec<_> = std::fs::read_dir(common::fixtures().join("problems"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    cases.sort();
    assert!(
        cases.len() >= 20,
        "the problem fixtures went missing: {cases:?}"
    );

    let mut failures = Vec::new();
    for case in &cases {
        let name = case.file_name().unwrap().to_string_lossy().into_owned();
        let expected = std::fs::read_to_string(case.join("expected.txt"))
            .unwrap_or_else(|_| panic!("{name} has no expected.txt"));
        let dir = common::mini_with_case(case);
        let dataset = load_dataset(&DatasetSource::Folder(dir.path().to_path_buf()));
        let root = format!("{}/", dir.path().display());
        let mut actual = format!("values: {}\n", dataset.values.height());
        for problem in &dataset.problems {
            let line = format!("{}: {problem}", problem.severity.word());
            actual.push_str(&line.replace(&root, ""));
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
fn the_mini_dataset_itself_is_clean() {
    let dataset = load_dataset(&DatasetSource::Folder(common::fixtures().join("mini")));
    assert_eq!(dataset.problems, vec![]);
    assert_eq!(dataset.values.height(), 5);
    assert_eq!(dataset.registry.len(), 2);
    assert_eq!(dataset.catalogue.len(), 3);
    assert_eq!(dataset.targets.get("AAA", "PROJECTS", 2024), Some(10.0));
}

#[test]
fn semicolon_files_read_decimal_commas_and_thousand_points() {
    let dir = common::mini_with_case(&common::fixtures().join("problems/decimal_comma"));
    let dataset = load_dataset(&DatasetSource::Folder(dir.path().to_path_buf()));
    assert_eq!(dataset.index.value("AAA", "MEMBERS", 2024), Some(1050.0));
    assert_eq!(dataset.index.value("AAA", "RD_SHARE", 2024), Some(4.5));
}
