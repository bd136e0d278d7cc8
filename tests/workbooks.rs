//! The shipped dataset's values converted to every layout and format clusterdash reads
//! (wide CSV; long and wide `.xlsx` by openpyxl; long `.ods` and `.xls` by LibreOffice;
//! Parquet by pyarrow; see `tests/fixtures/converted/scripts/`) load to exactly the same values as the
//! shipped CSV files: every cluster, indicator, period, number, status, note and source.

mod common;

use std::path::Path;

use clusterdash::data::csv::source::DatasetSource;
use clusterdash::data::loading::dataset::Dataset;
use clusterdash::data::loading::reloader::load_dataset;

/// Every value of a dataset as one line, sorted.
fn value_lines(dataset: &Dataset) -> Vec<String> {
    let mut lines = Vec::new();
    for file in dataset.values.files() {
        let c = &file.columns;
        for i in 0..c.len() {
            lines.push(format!(
                "{} {} {} {:?} {:?} {:?} {:?}",
                dataset.registry.clusters[usize::from(c.cluster[i])].id,
                dataset.catalogue.indicators[usize::from(c.indicator[i])].id,
                c.period_of(i),
                c.value[i],
                c.status_of(i),
                c.note_of(i),
                c.source_of(i),
            ));
        }
    }
    lines.sort();
    lines
}

/// The shipped dataset with its `values/` replaced by a converted one.
fn shipped_with_values(values: &Path) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let shipped = Path::new(env!("CARGO_MANIFEST_DIR")).join("datasets/basque-clusters");
    for file in [
        "clusters.csv",
        "indicators.csv",
        "targets.csv",
        "programme.csv",
    ] {
        std::fs::copy(shipped.join(file), dir.path().join(file)).unwrap();
    }
    common::copy_tree(values, &dir.path().join("values"));
    dir
}

#[test]
fn every_conversion_of_the_shipped_values_loads_to_the_same_values() {
    let shipped = load_dataset(&DatasetSource::Folder(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("datasets/basque-clusters"),
    ));
    let expected = value_lines(&shipped);
    assert!(expected.len() > 18_000, "{}", expected.len());
    let mut checked = Vec::new();
    let kinds = [
        "csv_wide",
        "xlsx_long",
        "xlsx_wide",
        "ods_long",
        "xls_long",
        "parquet_long",
    ];
    for kind in kinds {
        let values = common::fixtures()
            .join("converted")
            .join(kind)
            .join("values");
        let files = std::fs::read_dir(&values).unwrap().count();
        assert_eq!(files, 21, "{kind}: one file per shipped cluster");
        let dir = shipped_with_values(&values);
        let dataset = load_dataset(&DatasetSource::Folder(dir.path().to_path_buf()));
        let problems: Vec<String> = dataset.problems.iter().map(ToString::to_string).collect();
        assert!(problems.is_empty(), "{kind}: {problems:#?}");
        let actual = value_lines(&dataset);
        let first_difference = expected.iter().zip(&actual).find(|(e, a)| e != a);
        assert_eq!(
            (actual.len(), first_difference),
            (expected.len(), None),
            "{kind}"
        );
        assert_eq!(dataset.years(), shipped.years(), "{kind}");
        checked.push(kind);
    }
    assert_eq!(checked.len(), 6);
}

/// The shipped tables with one long `values.parquet` at the root and no `values/`.
fn shipped_with_long_parquet() -> tempfile::TempDir {
    let empty = tempfile::tempdir().unwrap();
    let dir = shipped_with_values(empty.path());
    std::fs::remove_dir_all(dir.path().join("values")).unwrap();
    let long = common::fixtures().join("converted/parquet_long_file/values.parquet");
    std::fs::copy(long, dir.path().join("values.parquet")).unwrap();
    dir
}

#[test]
fn one_long_values_parquet_at_the_root_loads_to_the_same_values() {
    let shipped = load_dataset(&DatasetSource::Folder(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("datasets/basque-clusters"),
    ));
    let dir = shipped_with_long_parquet();
    let dataset = load_dataset(&DatasetSource::Folder(dir.path().to_path_buf()));
    let problems: Vec<String> = dataset.problems.iter().map(ToString::to_string).collect();
    assert!(problems.is_empty(), "{problems:#?}");
    assert_eq!(value_lines(&dataset), value_lines(&shipped));
    assert_eq!(dataset.years(), shipped.years());
    // Beside a values.csv it is left out, by name, and the CSV is read.
    std::fs::write(
        dir.path().join("values.csv"),
        "cluster_id,period,indicator_id,value\nHEGAN,2024,PROF_MEMBERS,77\n",
    )
    .unwrap();
    let both = load_dataset(&DatasetSource::Folder(dir.path().to_path_buf()));
    let problems = problems_of(&both, dir.path());
    assert_eq!(
        problems,
        [
            "values.parquet: a second file for this table: values.csv is read, this one is left out (keep one)"
        ],
        "{problems:#?}"
    );
    assert_eq!(both.values.len(), 1);
}

#[test]
fn a_long_values_parquet_is_read_again_when_it_changes() {
    use clusterdash::data::loading::reloader::DatasetReloader;
    let dir = shipped_with_long_parquet();
    let mut reloader =
        DatasetReloader::new(DatasetSource::Folder(dir.path().to_path_buf()), 512 << 20);
    let first = reloader.reload();
    assert_eq!(first.value("HEGAN", "PROF_MEMBERS", 2024), Some(77.0));
    reloader.reload();
    assert_eq!(reloader.files_read, 0, "unchanged, nothing is read again");
    // Saved again in its place: read again.
    let long = dir.path().join("values.parquet");
    let saved = std::fs::read(&long).unwrap();
    std::fs::remove_file(&long).unwrap();
    std::fs::write(&long, saved).unwrap();
    let again = reloader.reload();
    assert_eq!(reloader.files_read, 1, "the long file alone is read again");
    assert_eq!(again.value("HEGAN", "PROF_MEMBERS", 2024), Some(77.0));
    // Another pyarrow file in its place: GAIA's values alone.
    let gaia = common::fixtures().join("converted/parquet_long/values/GAIA.parquet");
    let gaia_members = first.value("GAIA", "PROF_MEMBERS", 2024);
    std::fs::remove_file(&long).unwrap();
    std::fs::create_dir(dir.path().join("values")).unwrap();
    std::fs::copy(gaia, dir.path().join("values/GAIA.parquet")).unwrap();
    let second = reloader.reload();
    assert_eq!(second.value("GAIA", "PROF_MEMBERS", 2024), gaia_members);
    assert_eq!(
        second.value("HEGAN", "PROF_MEMBERS", 2024),
        None,
        "the long file is gone"
    );
}

#[test]
fn a_values_parquet_put_beside_values_csv_is_reported_at_the_next_reload_and_forgotten_once_gone() {
    use clusterdash::data::loading::reloader::DatasetReloader;
    let dir = shipped_with_long_parquet();
    let long = dir.path().join("values.parquet");
    let saved = std::fs::read(&long).unwrap();
    std::fs::remove_file(&long).unwrap();
    std::fs::write(
        dir.path().join("values.csv"),
        "cluster_id,period,indicator_id,value\nHEGAN,2024,PROF_MEMBERS,77\n",
    )
    .unwrap();
    let mut reloader =
        DatasetReloader::new(DatasetSource::Folder(dir.path().to_path_buf()), 512 << 20);
    assert!(reloader.reload().problems.is_empty());
    std::fs::write(&long, saved).unwrap();
    let problems = problems_of(&reloader.reload(), dir.path());
    assert_eq!(problems.len(), 1, "{problems:#?}");
    assert!(
        problems[0].starts_with("values.parquet: a second file"),
        "{problems:#?}"
    );
    std::fs::remove_file(&long).unwrap();
    assert!(reloader.reload().problems.is_empty());
}

/// A dataset of the shipped tables whose `values/` holds `files` (name, bytes).
fn shipped_with_files(files: &[(&str, &[u8])]) -> tempfile::TempDir {
    let empty = tempfile::tempdir().unwrap();
    let dir = shipped_with_values(empty.path());
    for (name, bytes) in files {
        std::fs::write(dir.path().join("values").join(name), bytes).unwrap();
    }
    dir
}

/// Every problem of a dataset as `check` prints it, paths relative to it.
fn problems_of(dataset: &Dataset, dir: &Path) -> Vec<String> {
    let root = format!("{}/", dir.display());
    dataset
        .problems
        .iter()
        .map(|p| p.to_string().replace(&root, ""))
        .collect()
}

#[test]
fn a_wide_csv_names_the_period_column_of_a_bad_cell_and_skips_empty_ones() {
    let text = "indicator_id,2019,2020,2021\nPROF_MEMBERS,40,,n/d\nPROF_SME_SHARE,,150,80\n";
    let dir = shipped_with_files(&[("HEGAN.csv", text.as_bytes())]);
    let dataset = load_dataset(&DatasetSource::Folder(dir.path().to_path_buf()));
    assert_eq!(
        problems_of(&dataset, dir.path()),
        [
            "values/HEGAN.csv:2: column \"2021\": expected a finite number, found \"n/d\"",
            "values/HEGAN.csv:3: column \"2020\": expected a value from 0 to 100 for PROF_SME_SHARE (pct), found \"150\"",
        ]
    );
    assert_eq!(dataset.value("HEGAN", "PROF_MEMBERS", 2019), Some(40.0));
    assert_eq!(
        dataset.value("HEGAN", "PROF_MEMBERS", 2020),
        None,
        "empty is missing, not 0"
    );
    assert_eq!(dataset.value("HEGAN", "PROF_SME_SHARE", 2021), Some(80.0));
}

#[test]
fn a_wide_csv_names_the_cell_of_a_repeated_value_and_of_a_mixed_frequency() {
    let text = "indicator_id,2019,2020,2021-Q1,2021\nPROF_MEMBERS,40,41,10,\nPROF_MEMBERS,,42,,\nPROF_SME_SHARE,30,,,31\nPROF_SME_SHARE,,,,\n";
    let dir = shipped_with_files(&[("HEGAN.csv", text.as_bytes())]);
    let dataset = load_dataset(&DatasetSource::Folder(dir.path().to_path_buf()));
    let problems = problems_of(&dataset, dir.path());
    assert_eq!(
        problems,
        [
            "values/HEGAN.csv:3: column \"2020\": duplicate value for HEGAN, 2020, PROF_MEMBERS (first at line 2)"
        ]
    );
    assert_eq!(dataset.value("HEGAN", "PROF_MEMBERS", 2020), Some(41.0));
    let text = "indicator_id,2021-Q1,2021\nPROF_MEMBERS,10,40\n";
    let dir = shipped_with_files(&[("HEGAN.csv", text.as_bytes())]);
    let dataset = load_dataset(&DatasetSource::Folder(dir.path().to_path_buf()));
    let problems = problems_of(&dataset, dir.path());
    assert_eq!(problems.len(), 1, "{problems:#?}");
    assert!(
        problems[0].starts_with("values/HEGAN.csv:2: column \"2021\": expected ")
            && problems[0].ends_with(", found \"2021\""),
        "{problems:#?}"
    );
}

#[test]
fn a_second_file_for_one_cluster_is_refused_by_name_and_the_first_is_read() {
    let csv = "period,indicator_id,value\n2019,PROF_MEMBERS,40\n";
    let wide = "indicator_id,2019\nPROF_MEMBERS,41\n";
    let dir = shipped_with_files(&[
        ("HEGAN.csv", csv.as_bytes()),
        ("HEGAN.ods", wide.as_bytes()),
    ]);
    let dataset = load_dataset(&DatasetSource::Folder(dir.path().to_path_buf()));
    assert_eq!(
        problems_of(&dataset, dir.path()),
        [
            "values/HEGAN.ods: a second values file for HEGAN: values/HEGAN.csv is read, this one is left out (keep one file per cluster)"
        ]
    );
    assert_eq!(dataset.value("HEGAN", "PROF_MEMBERS", 2019), Some(40.0));
}

#[test]
fn a_file_that_is_not_a_workbook_says_so_and_loads_nothing() {
    let dir = shipped_with_files(&[("HEGAN.xlsx", b"period,indicator_id,value\n")]);
    let dataset = load_dataset(&DatasetSource::Folder(dir.path().to_path_buf()));
    let problems = problems_of(&dataset, dir.path());
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert!(
        problems[0].starts_with("values/HEGAN.xlsx: cannot read it as a workbook: "),
        "{problems:?}"
    );
}

#[test]
fn a_changed_workbook_is_read_again_and_a_removed_one_is_forgotten_once_confirmed() {
    use clusterdash::data::loading::reloader::DatasetReloader;
    let values = common::fixtures().join("converted/xlsx_wide/values");
    let dir = shipped_with_files(&[]);
    let target = dir.path().join("values/HEGAN.xlsx");
    std::fs::copy(values.join("GAIA.xlsx"), &target).unwrap();
    let mut reloader =
        DatasetReloader::new(DatasetSource::Folder(dir.path().to_path_buf()), 512 << 20);
    let first = reloader.reload();
    let first_members = first.value("HEGAN", "PROF_MEMBERS", 2024);
    assert!(first_members.is_some());
    std::fs::copy(values.join("HEGAN.xlsx"), &target).unwrap();
    let second = reloader.reload();
    assert_ne!(second.value("HEGAN", "PROF_MEMBERS", 2024), first_members);
    assert_eq!(
        reloader.files_read, 1,
        "only the changed workbook is read again"
    );
    std::fs::remove_file(&target).unwrap();
    reloader.reload();
    let after = reloader.confirm_removed();
    assert_eq!(after.value("HEGAN", "PROF_MEMBERS", 2024), None);
}

/// Runs the binary in `dir` on the dataset `.` there.
fn run_on(dir: &Path, args: &[&str]) -> std::process::Output {
    let output = std::process::Command::new(common::binary())
        .args(args)
        .current_dir(dir)
        .env_remove("CLUSTERDASH_DATA")
        .env("XDG_STATE_HOME", dir.join("no-user-files"))
        .env("XDG_CONFIG_HOME", dir.join("no-user-files"))
        .env("LANG", "C.UTF-8")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    output
}

#[test]
fn export_and_the_overview_of_wide_workbooks_match_the_shipped_csv() {
    let shipped = Path::new(env!("CARGO_MANIFEST_DIR")).join("datasets/basque-clusters");
    let copy = shipped_with_values(&shipped.join("values"));
    let wide = shipped_with_values(&common::fixtures().join("converted/xlsx_wide/values"));
    let out = tempfile::tempdir().unwrap();
    let mut exported = Vec::new();
    let mut overviews = Vec::new();
    for (name, dir) in [("csv", copy.path()), ("xlsx", wide.path())] {
        let file = out.path().join(format!("{name}.csv"));
        let file = file.to_str().unwrap();
        run_on(
            dir,
            &[
                "export",
                ".",
                "--cluster",
                "HEGAN",
                "--cluster",
                "GAIA",
                "-o",
                file,
            ],
        );
        exported.push(std::fs::read_to_string(file).unwrap());
        let args = [
            "snapshot", ".", "--tab", "overview", "--year", "2024", "--size", "120x40",
        ];
        overviews.push(String::from_utf8(run_on(dir, &args).stdout).unwrap());
    }
    assert!(exported[0].lines().count() > 1000, "{}", exported[0].len());
    assert_eq!(exported[0], exported[1], "export");
    assert!(overviews[0].contains("Overview"), "{}", overviews[0]);
    assert_eq!(overviews[0], overviews[1], "the Overview");
}

#[test]
fn the_registry_and_catalogue_kept_as_workbooks_load_as_their_csv() {
    let shipped_dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("datasets/basque-clusters");
    let shipped = load_dataset(&DatasetSource::Folder(shipped_dir.clone()));
    let dir = shipped_with_values(&shipped_dir.join("values"));
    for name in ["clusters.csv", "indicators.csv"] {
        std::fs::remove_file(dir.path().join(name)).unwrap();
    }
    common::copy_tree(&common::fixtures().join("converted/tables"), dir.path());
    let dataset = load_dataset(&DatasetSource::Folder(dir.path().to_path_buf()));
    assert_eq!(problems_of(&dataset, dir.path()), Vec::<String>::new());
    assert_eq!(
        format!("{:?}", dataset.registry),
        format!("{:?}", shipped.registry)
    );
    assert_eq!(
        format!("{:?}", dataset.catalogue),
        format!("{:?}", shipped.catalogue)
    );
    assert_eq!(value_lines(&dataset), value_lines(&shipped));
}

#[test]
fn a_bad_cell_in_a_registry_workbook_is_named_by_its_sheet_and_cell() {
    let shipped_dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("datasets/basque-clusters");
    let dir = shipped_with_values(&shipped_dir.join("values"));
    let bad = common::fixtures().join("converted/bad_tables/clusters.xlsx");
    std::fs::copy(bad, dir.path().join("clusters.xlsx")).unwrap();
    let dataset = load_dataset(&DatasetSource::Folder(dir.path().to_path_buf()));
    let problems = problems_of(&dataset, dir.path());
    assert_eq!(
        problems[0],
        "clusters.xlsx: a second file for this table: clusters.csv is read, this one is left out (keep one)"
    );
    std::fs::remove_file(dir.path().join("clusters.csv")).unwrap();
    let dataset = load_dataset(&DatasetSource::Folder(dir.path().to_path_buf()));
    let problems = problems_of(&dataset, dir.path());
    assert!(
        problems[0].starts_with("clusters.xlsx:clusters!C4: expected "),
        "{problems:#?}"
    );
    assert!(problems[0].ends_with(", found \"activo\""), "{problems:#?}");
    assert!(
        dataset.registry.get("HEGAN").is_none(),
        "the row is left out"
    );
    assert!(dataset.registry.get("GAIA").is_some());
}

#[test]
fn a_workbook_that_would_expand_past_the_size_limit_is_not_opened() {
    use clusterdash::data::loading::reloader::load_dataset_limited;
    let values = common::fixtures().join("converted/xlsx_long/values");
    let file = values.join("HEGAN.xlsx");
    let stored = std::fs::metadata(&file).unwrap().len();
    let dir = shipped_with_files(&[("HEGAN.xlsx", &std::fs::read(&file).unwrap())]);
    // The file itself (26 kB) is within the limit; its parts (241 kB) are not.
    let limit = 100_000;
    assert!(stored < limit, "{stored}");
    let dataset = load_dataset_limited(&DatasetSource::Folder(dir.path().to_path_buf()), limit);
    let problems = problems_of(&dataset, dir.path());
    assert!(
        problems.contains(
            &"values/HEGAN.xlsx: the workbook would expand to 236 kB, over the 98 kB limit (--max-file-mb allows more); not opened"
                .to_string()
        ),
        "{problems:#?}"
    );
    assert_eq!(dataset.value("HEGAN", "PROF_MEMBERS", 2024), None);
}

/// The shipped HEGAN workbook (written by openpyxl 3.1.5) rewritten so that its sheet, 2 MB
/// of XML once padded, says it holds 100 bytes: the declared sizes of a zip may lie, as a
/// zip bomb's do.
fn workbook_that_lies_about_its_size() -> Vec<u8> {
    use std::io::{Read, Write};
    let real = std::fs::read(common::fixtures().join("converted/xlsx_long/values/HEGAN.xlsx"));
    let mut real = zip::ZipArchive::new(std::io::Cursor::new(real.unwrap())).unwrap();
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    let sheet = "xl/worksheets/sheet1.xml";
    for i in 0..real.len() {
        let mut part = real.by_index(i).unwrap();
        let name = part.name().unwrap().to_string();
        let mut content = Vec::new();
        part.read_to_end(&mut content).unwrap();
        if name == sheet {
            // Whitespace before the root element (after a declaration, if any): still
            // well-formed XML.
            let declaration = content.windows(2).position(|w| w == b"?>");
            let at = declaration.map_or(0, |end| end + 2);
            content.splice(at..at, vec![b' '; 2 << 20]);
        }
        zip.start_file(name, options).unwrap();
        zip.write_all(&content).unwrap();
    }
    let mut bytes = zip.finish().unwrap().into_inner();
    let lie = 100u32.to_le_bytes();
    // The uncompressed size in the local header (offset 22, name at 30) and the central
    // one (offset 24, name at 46).
    let starts: Vec<usize> = (0..bytes.len())
        .filter(|&at| bytes[at..].starts_with(sheet.as_bytes()))
        .collect();
    assert_eq!(starts.len(), 2, "the sheet's name once in each header");
    for at in starts {
        let (header, size) = if bytes[at - 30..].starts_with(b"PK\x03\x04") {
            (at - 30, 22)
        } else {
            assert!(bytes[at - 46..].starts_with(b"PK\x01\x02"));
            (at - 46, 24)
        };
        bytes[header + size..header + size + 4].copy_from_slice(&lie);
    }
    bytes
}

#[test]
fn a_workbook_whose_sheet_inflates_past_what_it_declares_is_an_error_not_a_truncated_sheet() {
    use clusterdash::data::loading::reloader::load_dataset_limited;
    let bytes = workbook_that_lies_about_its_size();
    assert!(bytes.len() < 100_000, "{}", bytes.len());
    let dir = shipped_with_files(&[("HEGAN.xlsx", &bytes)]);
    // The limit is well over what the parts declare and under what the sheet holds.
    let dataset = load_dataset_limited(&DatasetSource::Folder(dir.path().to_path_buf()), 1_000_000);
    assert_eq!(
        problems_of(&dataset, dir.path()),
        [
            "values/HEGAN.xlsx: cannot read sheet values: Xlsx error: Xml error: I/O error: File is larger than its declared uncompressed size"
        ]
    );
    assert_eq!(dataset.value("HEGAN", "PROF_MEMBERS", 2024), None);
}

#[test]
fn a_parquet_file_that_would_expand_past_the_size_limit_is_not_read() {
    use clusterdash::data::loading::reloader::load_dataset_limited;
    let dir = shipped_with_long_parquet();
    // The file is 58,656 bytes; its column chunks declare 88,426 (pyarrow 26.0.1).
    let dataset = load_dataset_limited(&DatasetSource::Folder(dir.path().to_path_buf()), 70_000);
    // targets.csv (189 kB) is over either limit: only the values file matters here.
    let of_values = |problems: Vec<String>| -> Vec<String> {
        problems
            .into_iter()
            .filter(|p| p.starts_with("values"))
            .collect()
    };
    assert_eq!(
        of_values(problems_of(&dataset, dir.path())),
        [
            "values.parquet: the Parquet file would expand to 87 kB, over the 69 kB limit (--max-file-mb allows more); not read"
        ]
    );
    assert!(dataset.values.is_empty());
    let within = load_dataset_limited(&DatasetSource::Folder(dir.path().to_path_buf()), 90_000);
    assert_eq!(
        of_values(problems_of(&within, dir.path())),
        Vec::<String>::new()
    );
    assert!(!within.values.is_empty());
}

#[test]
fn a_workbook_value_is_named_by_its_cell_in_the_data_tab_and_plain_mode() {
    // (layout, sheet) of each workbook conversion.
    for (kind, sheet) in [("xlsx_long", "values"), ("xlsx_wide", "Datos")] {
        let dir = shipped_with_values(
            &common::fixtures()
                .join("converted")
                .join(kind)
                .join("values"),
        );
        let dataset = load_dataset(&DatasetSource::Folder(dir.path().to_path_buf()));
        let store = &dataset.values;
        let place = |year: i32| {
            let cluster = store.cluster_code("HEGAN").unwrap();
            let indicator = store.indicator_code("PROF_MEMBERS").unwrap();
            let (file, row) = store
                .series_rows(cluster, indicator)
                .into_iter()
                .find(|&(f, r)| store.row(f, r).period.year == year)
                .unwrap();
            store.row(file, row).place()
        };
        // Two illustrative years, so one row of the wide sheet holds both.
        let (a, b) = (place(2019), place(2020));
        let split = |p: &str| {
            let cell = p
                .strip_prefix(&format!("{sheet}!"))
                .unwrap_or_else(|| panic!("{kind}: {p}"));
            let digits = cell.find(|c: char| c.is_ascii_digit()).unwrap();
            (
                cell[..digits].to_string(),
                cell[digits..].parse::<u32>().unwrap(),
            )
        };
        let ((col_a, row_a), (col_b, row_b)) = (split(&a), split(&b));
        assert!(!col_a.is_empty() && !col_b.is_empty(), "{kind}: {a} {b}");
        if kind == "xlsx_long" {
            // One row per value, in the value column (C).
            assert_eq!((col_a.as_str(), col_b.as_str()), ("C", "C"), "{a} {b}");
            assert_ne!(row_a, row_b);
        } else {
            // One row per indicator, a column per period.
            assert_eq!(row_a, row_b, "{a} {b}");
            assert_ne!(col_a, col_b, "{a} {b}");
        }
    }
}
