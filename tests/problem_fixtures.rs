//! Table-driven validation tests: each folder under `tests/fixtures/problems/` is one
//! problem kind laid over the mini dataset, and its `expected.txt` holds the number of
//! values that still load and every problem line, exactly.

mod common;

use clusterdash::data::csv::source::DatasetSource;
use clusterdash::data::loading::reloader::load_dataset;

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
        let mut actual = format!("values: {}\n", dataset.values.len());
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
    assert_eq!(dataset.values.len(), 5);
    assert_eq!(dataset.registry.len(), 2);
    assert_eq!(dataset.catalogue.len(), 3);
    assert_eq!(dataset.target("AAA", "PROJECTS", 2024), Some(10.0));
}

#[test]
fn semicolon_files_read_decimal_commas_and_thousand_points() {
    let dir = common::mini_with_case(&common::fixtures().join("problems/decimal_comma"));
    let dataset = load_dataset(&DatasetSource::Folder(dir.path().to_path_buf()));
    assert_eq!(dataset.value("AAA", "MEMBERS", 2024), Some(1050.0));
    assert_eq!(dataset.value("AAA", "RD_SHARE", 2024), Some(4.5));
}

/// A small deterministic generator (SplitMix64) for the mutation test.
struct Mutator(u64);

impl Mutator {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }

    /// Damages a file the way editors, spreadsheets and disks do.
    fn mutate(&mut self, bytes: &mut Vec<u8>) {
        const INSERTS: &[&[u8]] = &[
            b"\"",
            b",",
            b";",
            b"\n",
            b"\r\n",
            b"\x00",
            b"\xff\xfe",
            b"\xc3",
            b"NaN",
            b"1e400",
            b"-",
            b"2024-Q9",
            b" ",
            b"\x1b[2J",
            b"\"\"",
            b",,,,",
        ];
        for _ in 0..=self.below(4) {
            match self.below(4) {
                0 if !bytes.is_empty() => {
                    let at = self.below(bytes.len());
                    bytes[at] = self.next() as u8;
                }
                1 => {
                    let at = self.below(bytes.len() + 1);
                    let insert = INSERTS[self.below(INSERTS.len())];
                    bytes.splice(at..at, insert.iter().copied());
                }
                2 if !bytes.is_empty() => {
                    let at = self.below(bytes.len());
                    let end = (at + self.below(12)).min(bytes.len());
                    bytes.drain(at..end);
                }
                _ => bytes.truncate(self.below(bytes.len() + 1)),
            }
        }
    }
}

#[test]
fn damaged_files_never_panic_and_every_problem_names_its_file() {
    use std::collections::BTreeMap;
    let mini = common::fixtures().join("mini");
    let mut originals: BTreeMap<String, Vec<u8>> = BTreeMap::new();
    for name in [
        "clusters.csv",
        "indicators.csv",
        "targets.csv",
        "values/AAA.csv",
        "values/BBB.csv",
    ] {
        originals.insert(name.to_string(), std::fs::read(mini.join(name)).unwrap());
    }
    let mut mutator = Mutator(2024);
    for round in 0..1000 {
        let mut files = originals.clone();
        let names: Vec<String> = files.keys().cloned().collect();
        let damaged = &names[mutator.below(names.len())];
        mutator.mutate(files.get_mut(damaged).unwrap());
        let source = DatasetSource::Memory {
            label: format!("round {round}"),
            files,
        };
        let dataset = load_dataset(&source);
        for problem in &dataset.problems {
            assert!(
                problem.file.starts_with(&format!("<round {round}>/")),
                "{problem}"
            );
            assert!(
                !problem.to_string().chars().any(|c| c.is_control()),
                "raw control character in {problem:?}"
            );
        }
        assert!(
            dataset.values.len() <= 6,
            "round {round}: rows appeared from nowhere"
        );
    }
}

#[test]
fn damaged_view_strings_and_config_files_never_panic() {
    use clusterdash::app::view_spec::ViewSpec;
    use clusterdash::cli::config_file::parse_config;
    let view = b"tab=technology;clusters=HEGAN,GAIA;year=2024".to_vec();
    let config = b"color = \"never\"\ntheme = \"light\"\n[keys.dashboard]\nopen_picker = [\"c\", \"ctrl-p\"]\n".to_vec();
    let mut mutator = Mutator(7);
    for _ in 0..2000 {
        let mut text = view.clone();
        mutator.mutate(&mut text);
        if let Err(e) = ViewSpec::parse(&String::from_utf8_lossy(&text)) {
            assert!(e.to_string().starts_with("invalid view string: "));
        }
        let mut text = config.clone();
        mutator.mutate(&mut text);
        if let Err((line, _)) =
            parse_config(&String::from_utf8_lossy(&text), clusterdash::i18n::Lang::En)
        {
            assert!(
                line >= 1 && line <= text.iter().filter(|b| **b == b'\n').count() + 1,
                "line {line}"
            );
        }
    }
}

#[test]
fn a_file_broken_in_the_same_reload_as_a_registry_edit_keeps_its_last_good_values() {
    use clusterdash::data::loading::reloader::DatasetReloader;
    let dir = common::mini_with_case(&common::fixtures().join("mini"));
    let source = DatasetSource::Folder(dir.path().to_path_buf());
    let mut reloader = DatasetReloader::new(source, u64::MAX);
    reloader.reload();
    let clusters = dir.path().join("clusters.csv");
    let renamed = std::fs::read_to_string(&clusters)
        .unwrap()
        .replace("Beta pre-cluster", "Beta renamed");
    std::fs::write(&clusters, renamed).unwrap();
    std::fs::write(
        dir.path().join("values/AAA.csv"),
        "period,indicator_id,value\n2024,MEMBERS,lots\n2023,MEMBERS,49\n",
    )
    .unwrap();
    let both = reloader.reload();
    assert_eq!(both.registry.clusters[1].name, "Beta renamed");
    assert_eq!(both.stale.iter().collect::<Vec<_>>(), ["AAA"]);
    assert_eq!(both.value("AAA", "MEMBERS", 2024), Some(50.0));
    assert_eq!(
        both.value("AAA", "MEMBERS", 2023),
        None,
        "no row of the broken file"
    );

    // A registry whose order changes reads everything afresh: the old values would
    // stand for other clusters.
    let reordered = "cluster_id,name,status,sector,ris3_area,founded,territory,active_from,active_to\n\
        BBB,Beta pre-cluster,precluster,Food,food,,,,\n\
        AAA,Alpha cluster,cluster,Aerospace,advanced_manufacturing,1997,Bizkaia,,\n";
    std::fs::write(&clusters, reordered).unwrap();
    let afresh = reloader.reload();
    assert!(afresh.stale.is_empty());
    assert_eq!(afresh.value("AAA", "MEMBERS", 2023), Some(49.0));
    assert_eq!(afresh.value("BBB", "MEMBERS", 2024), Some(30.0));
}

#[test]
fn a_reload_reads_only_changed_files_and_keeps_the_last_good_values_of_broken_and_removed_ones() {
    use clusterdash::data::loading::reloader::DatasetReloader;
    let dir = common::mini_with_case(&common::fixtures().join("mini"));
    let source = DatasetSource::Folder(dir.path().to_path_buf());
    let mut reloader = DatasetReloader::new(source.clone(), u64::MAX);
    let first = reloader.reload();
    let files_in_dataset = reloader.files_read;
    assert!(files_in_dataset >= 5, "{files_in_dataset}");
    assert_eq!(reloader.reload().values.len(), first.values.len());
    assert_eq!(reloader.files_read, 0, "nothing changed, nothing read");
    let aaa = dir.path().join("values/AAA.csv");

    // A half-saved spreadsheet: AAA's file now has an error. Its last good values stay.
    std::fs::write(&aaa, "period,indicator_id,value\n2024,MEMBERS,lots\n").unwrap();
    let broken = reloader.reload();
    assert_eq!(reloader.files_read, 1, "only AAA's file is read again");
    assert_eq!(broken.stale.iter().collect::<Vec<_>>(), ["AAA"]);
    assert_eq!(broken.value("AAA", "MEMBERS", 2024), Some(50.0));
    assert_eq!(broken.values.len(), first.values.len());
    assert!(broken.problems.iter().any(|p| p.to_string().ends_with(
        "values/AAA.csv:2: column \"value\": expected a finite number, found \"lots\""
    )));

    // The next valid write recovers it.
    std::fs::write(&aaa, "period,indicator_id,value\n2024,MEMBERS,55\n").unwrap();
    let fixed = reloader.reload();
    assert_eq!(reloader.files_read, 1);
    assert!(fixed.stale.is_empty() && fixed.problems.is_empty());
    assert_eq!(fixed.value("AAA", "MEMBERS", 2024), Some(55.0));
    assert_eq!(fixed.values.len(), 2);

    // A deleted file keeps its cluster's values, marked removed, until confirmed.
    std::fs::remove_file(dir.path().join("values/BBB.csv")).unwrap();
    let gone = reloader.reload();
    assert_eq!(reloader.files_read, 0, "nothing to read for a removal");
    assert_eq!(gone.removed.iter().collect::<Vec<_>>(), ["BBB"]);
    assert_eq!(gone.value("BBB", "MEMBERS", 2024), Some(30.0));
    let again = reloader.reload();
    assert_eq!(
        again.removed.iter().collect::<Vec<_>>(),
        ["BBB"],
        "still removed on the next reload"
    );
    let confirmed = reloader.confirm_removed();
    assert!(confirmed.removed.is_empty());
    assert_eq!(confirmed.value("BBB", "MEMBERS", 2024), None);
    std::fs::write(
        dir.path().join("values/BBB.csv"),
        "period,indicator_id,value\n2024,MEMBERS,33\n",
    )
    .unwrap();
    let back = reloader.reload();
    assert!(back.removed.is_empty());
    assert_eq!(back.value("BBB", "MEMBERS", 2024), Some(33.0));

    // A changed catalogue means every values file is checked again.
    let catalogue = dir.path().join("indicators.csv");
    let text = std::fs::read_to_string(&catalogue).unwrap();
    std::fs::write(&catalogue, format!("{text}\n")).unwrap();
    let rechecked = reloader.reload();
    assert_eq!(reloader.files_read, files_in_dataset);
    assert_eq!(rechecked.value("BBB", "MEMBERS", 2024), Some(33.0));

    // Whatever was read again, the result is what a fresh load gives.
    let fresh = load_dataset(&source);
    assert_eq!(rechecked.values, fresh.values);
    assert_eq!(
        rechecked
            .problems
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>(),
        fresh
            .problems
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
    );
}

#[test]
fn every_fuzz_regression_input_is_handled() {
    use clusterdash::app::view_spec::ViewSpec;
    use clusterdash::cli::config_file::parse_config;
    use clusterdash::data::format::problem::FileProblems;
    use clusterdash::data::metadata::catalogue::parse_catalogue;
    use clusterdash::data::metadata::registry::parse_registry;
    use std::collections::BTreeMap;
    let dir = common::fixtures().join("fuzz_regressions");
    let mut inputs: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e != "md"))
        .collect();
    inputs.sort();
    assert!(inputs.len() >= 2, "the regression inputs went missing");
    let mini = common::fixtures().join("mini");
    for input in inputs {
        let bytes = std::fs::read(&input).unwrap();
        let mut sink = Vec::new();
        parse_registry(&bytes, &mut FileProblems::new("clusters.csv", &mut sink));
        parse_catalogue(&bytes, &mut FileProblems::new("indicators.csv", &mut sink));
        let _ = ViewSpec::parse(&String::from_utf8_lossy(&bytes));
        let _ = parse_config(
            &String::from_utf8_lossy(&bytes),
            clusterdash::i18n::Lang::En,
        );
        let mut files = BTreeMap::new();
        for name in ["clusters.csv", "indicators.csv"] {
            files.insert(name.to_string(), std::fs::read(mini.join(name)).unwrap());
        }
        files.insert("values/AAA.csv".to_string(), bytes);
        let dataset = load_dataset(&DatasetSource::Memory {
            label: "regression".into(),
            files,
        });
        for problem in dataset.problems.iter().chain(&sink) {
            assert!(
                !problem.to_string().chars().any(|c| c.is_control()),
                "{}: {problem:?}",
                input.display()
            );
        }
    }
}

#[test]
fn a_reload_of_a_long_values_file_gives_what_a_fresh_load_gives() {
    use clusterdash::data::loading::reloader::DatasetReloader;
    let dir = tempfile::tempdir().unwrap();
    common::copy_tree(&common::fixtures().join("otro_catalogo"), dir.path());
    let source = DatasetSource::Folder(dir.path().to_path_buf());
    let mut reloader = DatasetReloader::new(source.clone(), u64::MAX);
    let first = reloader.reload();
    assert!(first.problems.is_empty(), "{:?}", first.problems);
    let long = dir.path().join("values.csv");
    let text = std::fs::read_to_string(&long).unwrap();
    // A per-cluster file now repeats a value of the long file: the long file is read
    // again and the repeat is refused there, naming where it was first seen.
    std::fs::create_dir(dir.path().join("values")).unwrap();
    std::fs::write(
        dir.path().join("values/NAVAL.csv"),
        "period;indicator_id;value\n2022;SOCIOS;100\n",
    )
    .unwrap();
    let both = reloader.reload();
    assert_eq!(reloader.files_read, 2, "the new file and the long file");
    let fresh = load_dataset(&source);
    assert_eq!(both.values, fresh.values);
    let lines = |d: &clusterdash::data::loading::dataset::Dataset| {
        d.problems
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
    };
    assert_eq!(lines(&both), lines(&fresh));
    assert!(
        lines(&both)
            .iter()
            .any(|l| l.contains("values.csv:2: duplicate value for NAVAL, 2022, SOCIOS (first at")),
        "{:?}",
        lines(&both)
    );
    std::fs::write(
        &long,
        text.replace("NAVAL;2022;SOCIOS;100", "NAVAL;2022;SOCIOS;101"),
    )
    .unwrap();
    let edited = reloader.reload();
    assert_eq!(reloader.files_read, 1, "only the long file");
    assert_eq!(edited.values, load_dataset(&source).values);
}

#[test]
fn a_broken_save_of_a_long_values_file_marks_its_clusters_stale() {
    use clusterdash::data::loading::reloader::DatasetReloader;
    let dir = tempfile::tempdir().unwrap();
    common::copy_tree(&common::fixtures().join("otro_catalogo"), dir.path());
    let mut reloader =
        DatasetReloader::new(DatasetSource::Folder(dir.path().to_path_buf()), u64::MAX);
    let first = reloader.reload();
    let long = dir.path().join("values.csv");
    let text = std::fs::read_to_string(&long).unwrap();
    std::fs::write(
        &long,
        text.replace("NAVAL;2022;SOCIOS;100", "NAVAL;2022;SOCIOS;cien"),
    )
    .unwrap();
    let broken = reloader.reload();
    assert_eq!(broken.values, first.values, "the last good values stay");
    let clusters: Vec<&str> = broken
        .registry
        .clusters
        .iter()
        .map(|c| c.id.as_str())
        .collect();
    assert!(!broken.stale.is_empty());
    assert!(
        broken
            .stale
            .iter()
            .all(|id| clusters.contains(&id.as_str()))
    );
    assert!(broken.stale.contains("NAVAL"));
}

#[test]
fn files_that_go_and_come_back_unchanged_are_read_again_with_their_problems() {
    use clusterdash::data::loading::reloader::DatasetReloader;
    let dir = common::mini_with_case(&common::fixtures().join("mini"));
    let aaa = dir.path().join("values/AAA.csv");
    let mut reloader =
        DatasetReloader::new(DatasetSource::Folder(dir.path().to_path_buf()), u64::MAX);
    reloader.reload();
    std::fs::write(&aaa, "period,indicator_id,value\n2024,MEMBERS,lots\n").unwrap();
    let broken = reloader.reload();
    assert_eq!(broken.stale.iter().collect::<Vec<_>>(), ["AAA"]);
    // The folder is moved away and back: the same files, the same fingerprints.
    std::fs::rename(dir.path().join("values"), dir.path().join("values.away")).unwrap();
    let gone = reloader.reload();
    assert_eq!(gone.removed.len(), 2);
    std::fs::rename(dir.path().join("values.away"), dir.path().join("values")).unwrap();
    let back = reloader.reload();
    assert_eq!(reloader.files_read, 2, "both read again");
    assert!(back.removed.is_empty());
    assert!(
        back.problems
            .iter()
            .any(|p| p.to_string().contains("found \"lots\"")),
        "{:?}",
        back.problems
    );
}
