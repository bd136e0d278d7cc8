//! Values that combine correctly across clusters: a percentage of a flow is the mean
//! weighted by its base (R&D intensity and export share by turnover, the SME share by
//! members), worked out here by hand from the clusters' own values; a sum of firms is
//! an upper bound; a mean with no base is a plain one, and says so.

use std::path::PathBuf;

use clusterdash::app::cluster_selection::ClusterSelection;
use clusterdash::data::csv::source::DatasetSource;
use clusterdash::data::loading::dataset::Dataset;
use clusterdash::data::loading::reloader::load_dataset;
use clusterdash::data::queries::selection::{combine_periods, combine_yearly, goal_progress};
use clusterdash::data::rollup::combination::Combination;

fn shipped() -> Dataset {
    let folder = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("datasets/basque-clusters");
    load_dataset(&DatasetSource::Folder(folder))
}

/// Σ value × base / Σ base over `clusters`, from each cluster's own yearly values.
fn by_hand(dataset: &Dataset, clusters: &[&str], indicator: &str, base: &str, year: i32) -> f64 {
    let (mut weighted, mut bases) = (0.0, 0.0);
    for cluster in clusters {
        let value = dataset.value(cluster, indicator, year).unwrap();
        let weight = dataset.value(cluster, base, year).unwrap();
        weighted += value * weight;
        bases += weight;
    }
    weighted / bases
}

fn plain_mean(dataset: &Dataset, clusters: &[&str], indicator: &str, year: i32) -> f64 {
    let values: Vec<f64> = clusters
        .iter()
        .map(|c| dataset.value(c, indicator, year).unwrap())
        .collect();
    values.iter().sum::<f64>() / values.len() as f64
}

#[test]
fn rd_intensity_and_export_share_of_a_few_clusters_are_the_turnover_weighted_mean() {
    let dataset = shipped();
    let few = ["HEGAN", "GAIA", "ACLIMA"];
    let combined = combine_yearly(&dataset, &few).unwrap();
    for year in [2019, 2022, 2024] {
        for (indicator, base) in [
            ("TEC_RD_INTENSITY", "PROF_TURNOVER"),
            ("BUS_EXPORT_SHARE", "PROF_TURNOVER"),
            ("PROF_SME_SHARE", "PROF_MEMBERS"),
        ] {
            let expected = by_hand(&dataset, &few, indicator, base, year);
            let shown = combined.value(indicator, year).unwrap();
            assert!(
                (shown - expected).abs() < 1e-9,
                "{indicator} {year}: combined {shown}, weighted by hand {expected}"
            );
            assert_eq!(
                combined.combination(indicator, year),
                Some((Combination::WeightedMean, 3)),
                "{indicator} {year}"
            );
            // The test means something only where the two means differ.
            let plain = plain_mean(&dataset, &few, indicator, year);
            assert!(
                (plain - expected).abs() > 1e-6,
                "{indicator} {year}: the plain mean {plain} equals the weighted one"
            );
        }
    }
}

#[test]
fn the_chart_over_periods_and_the_goal_progress_weigh_alike() {
    let dataset = shipped();
    let few = ["HEGAN", "GAIA", "ACLIMA"];
    let periods = combine_periods(&dataset, &few, "TEC_RD_INTENSITY").unwrap();
    let (period, value) = periods.last().copied().unwrap();
    let year = period.year;
    let expected = by_hand(&dataset, &few, "TEC_RD_INTENSITY", "PROF_TURNOVER", year);
    assert!(
        (value - expected).abs() < 1e-9,
        "{period:?}: {value} against {expected}"
    );
    let progress = goal_progress(&dataset, &few, "TEC_RD_INTENSITY", year).unwrap();
    assert!((progress.actual - expected).abs() < 1e-9);
    let (mut target, mut bases) = (0.0, 0.0);
    for cluster in few {
        let base = dataset.value(cluster, "PROF_TURNOVER", year).unwrap();
        target += dataset.target(cluster, "TEC_RD_INTENSITY", year).unwrap() * base;
        bases += base;
    }
    assert!((progress.target - target / bases).abs() < 1e-9);
}

#[test]
fn sums_of_firms_are_upper_bounds_and_a_mean_without_a_base_says_so() {
    let dataset = shipped();
    let few = ["HEGAN", "GAIA"];
    let combined = combine_yearly(&dataset, &few).unwrap();
    for indicator in [
        "PROF_MEMBERS",
        "PROF_EMPLOYMENT",
        "PROF_TURNOVER",
        "COOP_L4_MEMBERS",
    ] {
        assert_eq!(
            combined.combination(indicator, 2024),
            Some((Combination::UpperBound, 2)),
            "{indicator}"
        );
    }
    assert_eq!(
        combined.combination("COOP_PROJECTS", 2024),
        Some((Combination::Sum, 2))
    );
    assert_eq!(
        combined.combination("COOP_SATISFACTION", 2024),
        Some((Combination::Mean, 2))
    );
    let plain = plain_mean(&dataset, &few, "COOP_SATISFACTION", 2024);
    assert!((combined.value("COOP_SATISFACTION", 2024).unwrap() - plain).abs() < 1e-9);
}

#[test]
fn the_pyramid_shares_of_each_cluster_add_up_and_compare_clusters_of_any_size() {
    use clusterdash::app::models::pyramid::pyramid_of;
    use clusterdash::i18n::Lang;
    let dataset = shipped();
    let ids = ClusterSelection::All.ids(&dataset.registry);
    let mut checked = 0;
    for &year in dataset.years() {
        let pyramid = pyramid_of(&dataset, &ids, year, Lang::En, |_| (None, None));
        for (cluster, bands) in &pyramid.by_cluster {
            let Ok(bands) = bands else { continue };
            assert_eq!(
                bands.shares.len(),
                5,
                "{cluster} {year}: not reached and four levels"
            );
            let total: f64 = bands.shares.iter().sum();
            assert!(
                (total - 1.0).abs() < 1e-9,
                "{cluster} {year}: shares add up to {total}"
            );
            assert!(
                bands.shares.iter().all(|s| *s >= 0.0),
                "{cluster} {year}: {bands:?}"
            );
            // The top band is the top level's share of the members, counts beside.
            let top = dataset.value(cluster, "COOP_L4_MEMBERS", year).unwrap();
            let members = dataset.value(cluster, "PROF_MEMBERS", year).unwrap();
            assert!((bands.shares[4] - top / members).abs() < 1e-9);
            checked += 1;
        }
    }
    assert!(checked > 100, "only {checked} cluster-years had a pyramid");
    // Combined, a level's share is Σ level / Σ members, not a mean of shares.
    let few = ["HEGAN", "FMV"];
    let pyramid = pyramid_of(&dataset, &few, 2024, Lang::En, |_| (None, None));
    let (reached, members) = few.iter().fold((0.0, 0.0), |(r, m), c| {
        (
            r + dataset.value(c, "COOP_L1_MEMBERS", 2024).unwrap(),
            m + dataset.value(c, "PROF_MEMBERS", 2024).unwrap(),
        )
    });
    let share = pyramid.levels[0].share.unwrap();
    assert!((share - reached / members).abs() < 1e-9, "{share}");
    assert_eq!(pyramid.levels[0].combination, Some(Combination::UpperBound));
}

#[test]
fn outlooks_are_read_from_words_or_numbers_by_half_year_and_combine_as_the_balance() {
    #[path = "common/mod.rs"]
    mod common;
    use clusterdash::data::format::period::Period;
    use clusterdash::data::format::vocabulary::Unit;
    use clusterdash::i18n::Lang;
    use clusterdash::words::text::with_unit;
    let case = common::fixtures().join("problems/outlook_and_roles");
    let dir = common::mini_with_case(&case);
    let dataset = load_dataset(&DatasetSource::Folder(dir.path().to_path_buf()));
    let periods = dataset.values.periods("BBB", "ORDERS_NEXT");
    assert_eq!(
        periods,
        [
            (Period::half(2023, 1), 1.0),
            (Period::half(2023, 2), 0.0),
            (Period::half(2024, 1), 1.0),
            (Period::half(2024, 2), -1.0),
        ]
    );
    // A year's outlook is its last semester's; two clusters combine as the balance.
    assert_eq!(dataset.value("BBB", "ORDERS_NEXT", 2024), Some(-1.0));
    let combined = combine_yearly(&dataset, &["AAA", "BBB"]).unwrap();
    let balance = combined.value("ORDERS_NEXT", 2024).unwrap();
    assert_eq!(balance, -0.5);
    assert_eq!(with_unit(Lang::En, balance, Unit::Outlook), "balance -50");
    assert_eq!(with_unit(Lang::En, -1.0, Unit::Outlook), "worse");
    assert_eq!(with_unit(Lang::Es, 1.0, Unit::Outlook), "mejor");
}

#[test]
fn the_smes_at_each_level_of_the_pyramid_are_among_its_members() {
    use clusterdash::app::models::pyramid::pyramid_of;
    use clusterdash::i18n::Lang;
    let dataset = shipped();
    let mut checked = 0;
    for cluster in &dataset.registry.clusters {
        for &year in dataset.years() {
            let pyramid = pyramid_of(&dataset, &[cluster.id.as_str()], year, Lang::En, |id| {
                (dataset.value(&cluster.id, id, year), None)
            });
            for level in &pyramid.levels {
                if let (Some(members), Some(smes)) = (level.value, level.smes) {
                    assert!(
                        smes <= members,
                        "{} {year} level {}: {smes} SMEs of {members}",
                        cluster.id,
                        level.level
                    );
                    checked += 1;
                }
            }
        }
    }
    assert!(checked > 400, "only {checked} levels with SMEs");
}
