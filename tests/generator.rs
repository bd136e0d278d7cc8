//! The generator reproduces the shipped dataset exactly, and every dataset it makes is valid.

mod common;

use std::collections::BTreeMap;
use std::path::Path;

use clusterdash::data::csv::source::DatasetSource;
use clusterdash::data::format::period::Frequency;
use clusterdash::data::format::problem::ProblemCounts;
use clusterdash::data::loading::reloader::load_dataset;
use clusterdash::generate::{GenerateParams, built_in_sample, generate};

fn shipped() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("datasets/basque-clusters")
}

fn read_tree(root: &Path, dir: &Path, files: &mut BTreeMap<String, String>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            read_tree(root, &path, files);
        } else {
            let relative = path
                .strip_prefix(root)
                .unwrap()
                .to_string_lossy()
                .replace('\\', "/");
            files.insert(relative, std::fs::read_to_string(&path).unwrap());
        }
    }
}

#[test]
fn the_shipped_dataset_is_exactly_what_the_generator_makes() {
    let mut on_disk = BTreeMap::new();
    read_tree(&shipped(), &shipped(), &mut on_disk);
    let generated = generate(&GenerateParams::default()).files;
    let disk_names: Vec<&String> = on_disk.keys().collect();
    let generated_names: Vec<&String> = generated.keys().collect();
    assert_eq!(
        disk_names, generated_names,
        "the shipped folder has other files than the generator makes"
    );
    for (name, text) in &generated {
        assert!(
            on_disk[name] == *text,
            "datasets/basque-clusters/{name} differs from the generator's output; \
             regenerate with `cargo run -- generate --out DIR` and copy it over"
        );
    }
    assert_eq!(
        generated
            .keys()
            .filter(|k| k.starts_with("values/"))
            .count(),
        21
    );
}

#[test]
fn the_built_in_sample_loads_like_the_shipped_folder() {
    let folder = load_dataset(&DatasetSource::Folder(shipped()));
    let sample = load_dataset(&built_in_sample());
    assert_eq!(folder.problems, vec![]);
    assert_eq!(sample.problems, vec![]);
    assert_eq!(sample.label, "built-in sample");
    assert!(sample.in_memory);
    assert_eq!(sample.values.len(), folder.values.len());
    assert_eq!(sample.registry.clusters, folder.registry.clusters);
    assert_eq!(sample.catalogue.indicators, folder.catalogue.indicators);
    assert_eq!(sample.targets.len(), folder.targets.len());
}

#[test]
fn generated_datasets_of_other_sizes_are_valid() {
    for params in [
        GenerateParams {
            clusters: 3,
            indicators: 5,
            from: 2020,
            to: 2021,
            ..GenerateParams::default()
        },
        GenerateParams {
            clusters: 30,
            indicators: 45,
            from: 2019,
            to: 2022,
            frequency: Some(Frequency::Monthly),
            seed: 7,
            long: true,
        },
        GenerateParams {
            frequency: Some(Frequency::Yearly),
            ..GenerateParams::default()
        },
    ] {
        let files = generate(&params)
            .files
            .into_iter()
            .map(|(k, v)| (k, v.into_bytes()))
            .collect();
        let dataset = load_dataset(&DatasetSource::Memory {
            label: "test".into(),
            files,
        });
        assert_eq!(
            dataset.problem_counts(),
            ProblemCounts::default(),
            "{params:?}: {:#?}",
            dataset.problems
        );
        assert_eq!(dataset.registry.len(), params.clusters);
        assert_eq!(dataset.catalogue.len(), params.indicators);
        assert!(!dataset.values.is_empty());
    }
}

#[test]
fn the_same_seed_gives_the_same_files_and_another_seed_other_values() {
    let params = GenerateParams {
        clusters: 4,
        indicators: 8,
        ..GenerateParams::default()
    };
    assert_eq!(generate(&params), generate(&params));
    let other = generate(&GenerateParams {
        seed: 2,
        ..params.clone()
    });
    assert_ne!(
        generate(&params).files["values/ACICAE.csv"],
        other.files["values/ACICAE.csv"]
    );
    assert_eq!(
        generate(&params).files["clusters.csv"],
        other.files["clusters.csv"]
    );
}

#[test]
fn writing_refuses_a_folder_that_is_not_empty() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("keep.txt"), "mine").unwrap();
    let dataset = generate(&GenerateParams {
        clusters: 2,
        indicators: 4,
        ..GenerateParams::default()
    });
    let error = dataset.write_to(dir.path()).unwrap_err();
    assert!(error.to_string().contains("is not empty"), "{error}");
    assert_eq!(
        std::fs::read_to_string(dir.path().join("keep.txt")).unwrap(),
        "mine"
    );

    let fresh = dir.path().join("new/dataset");
    dataset.write_to(&fresh).unwrap();
    assert!(fresh.join("values/ACICAE.csv").is_file());
    assert!(fresh.join("README.md").is_file());
}

fn load_generated(params: &GenerateParams) -> clusterdash::data::loading::dataset::Dataset {
    let files = generate(params)
        .files
        .into_iter()
        .map(|(path, text)| (path, text.into_bytes()))
        .collect();
    load_dataset(&DatasetSource::Memory {
        label: "generated".into(),
        files,
    })
}

#[test]
fn the_long_layout_holds_the_same_values_as_a_file_per_cluster() {
    let params = GenerateParams {
        clusters: 30,
        indicators: 45,
        frequency: Some(Frequency::Monthly),
        ..GenerateParams::default()
    };
    let split = load_generated(&params);
    let long = load_generated(&GenerateParams {
        long: true,
        ..params.clone()
    });
    assert_eq!(
        long.problem_counts(),
        ProblemCounts::default(),
        "{:#?}",
        long.problems
    );
    assert_eq!(long.values_files, 1);
    assert_eq!(split.values_files, 30);
    assert_eq!(long.values.len(), split.values.len());
    assert!(long.cube == split.cube);
}

#[test]
fn a_large_long_file_read_in_ranges_on_every_core_gives_the_same_values() {
    let params = GenerateParams {
        clusters: 30,
        indicators: 60,
        from: 2001,
        to: 2025,
        frequency: Some(Frequency::Monthly),
        ..GenerateParams::default()
    };
    let folder = tempfile::tempdir().unwrap();
    let dir = folder.path().join("long");
    generate(&GenerateParams {
        long: true,
        ..params.clone()
    })
    .write_to(&dir)
    .unwrap();
    let size = std::fs::metadata(dir.join("values.csv")).unwrap().len();
    assert!(size > 8 << 20, "large enough to be read in ranges: {size}");
    let long = load_dataset(&DatasetSource::Folder(dir));
    let split = load_generated(&params);
    assert_eq!(
        long.problem_counts(),
        ProblemCounts::default(),
        "{:#?}",
        long.problems
    );
    assert_eq!(long.values_files, 1);
    assert!(long.values.files().len() > 1, "read in parts");
    assert_eq!(long.values.len(), split.values.len());
    assert!(long.cube == split.cube);
    let periods = |d: &clusterdash::data::loading::dataset::Dataset| {
        d.values.periods("HEGAN", "COOP_PROJECTS")
    };
    assert_eq!(periods(&long), periods(&split));
    assert!(!periods(&long).is_empty());
}

#[test]
fn the_shipped_pyramids_nest_every_year() {
    let dataset = load_dataset(&DatasetSource::Folder(shipped()));
    let levels = ["COOP_L1", "COOP_L2", "COOP_L3", "COOP_L4"];
    let mut checked = 0;
    for cluster in &dataset.registry.clusters {
        let id = cluster.id.as_str();
        for year in 2015..=2025 {
            let value = |indicator: &str| dataset.value(id, indicator, year);
            let mut members = value("PROF_MEMBERS");
            let mut smes = members;
            for level in levels {
                let (here, here_smes) = (
                    value(&format!("{level}_MEMBERS")),
                    value(&format!("{level}_SMES")),
                );
                if let (Some(below), Some(here)) = (members, here) {
                    assert!(
                        here <= below,
                        "{id} {year}: {level} counts {here} over {below}"
                    );
                    checked += 1;
                }
                if let (Some(here), Some(s)) = (here, here_smes) {
                    assert!(
                        s <= here,
                        "{id} {year}: {level} has {s} SMEs of {here} members"
                    );
                }
                if let (Some(below), Some(s)) = (smes, here_smes) {
                    assert!(s <= below, "{id} {year}: {level} has {s} SMEs over {below}");
                }
                members = here.or(members);
                smes = here_smes.or(smes);
            }
        }
    }
    assert!(checked > 500, "{checked} levels checked");
}
