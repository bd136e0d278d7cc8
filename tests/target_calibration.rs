//! The shipped dataset's generated targets look like a real programme's: most goals met,
//! some at risk, a few off track, and areas likewise. The mix aimed for is written in the
//! README; this test keeps the generator there (run with `--nocapture` to see the mix).

use std::path::Path;

use clusterdash::app::models::goal_status::GoalStatus;
use clusterdash::app::models::scorecard::{JUDGED_AREAS, targets_met};
use clusterdash::data::csv::source::DatasetSource;
use clusterdash::data::loading::reloader::load_dataset;
use clusterdash::data::queries::selection::goal_progress;

/// Shares of (on track, at risk, off track), in percent.
fn shares(counts: [usize; 3]) -> [f64; 3] {
    let total: usize = counts.iter().sum();
    counts.map(|n| n as f64 * 100.0 / total.max(1) as f64)
}

fn index(status: GoalStatus) -> usize {
    match status {
        GoalStatus::OnTrack => 0,
        GoalStatus::AtRisk => 1,
        GoalStatus::OffTrack => 2,
    }
}

#[test]
fn goals_and_areas_are_mostly_met_some_at_risk_few_off_track() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("datasets/basque-clusters");
    let dataset = load_dataset(&DatasetSource::Folder(root));
    let (mut goals, mut areas) = ([0usize; 3], [0usize; 3]);
    for cluster in &dataset.registry.clusters {
        for &year in dataset.years() {
            for indicator in &dataset.catalogue.indicators {
                if let Some(p) =
                    goal_progress(&dataset, &[cluster.id.as_str()], &indicator.id, year)
                {
                    goals[index(GoalStatus::of(p.attainment))] += 1;
                }
            }
            for area in JUDGED_AREAS {
                if let Some(status) = targets_met(&dataset, &cluster.id, area, year).status() {
                    areas[index(status)] += 1;
                }
            }
        }
    }
    let [g_met, g_risk, g_off] = shares(goals);
    let [a_met, a_risk, a_off] = shares(areas);
    let mix = format!(
        "goals: {g_met:.0}% met, {g_risk:.0}% at risk, {g_off:.0}% off track of {}; \
         areas: {a_met:.0}% on track, {a_risk:.0}% at risk, {a_off:.0}% off track of {}",
        goals.iter().sum::<usize>(),
        areas.iter().sum::<usize>()
    );
    println!("{mix}");
    // Aimed for: goals about 65% met, 30% at risk, 5% off track; areas about 50% on
    // track, 30% at risk, 20% off track.
    assert!((55.0..=72.0).contains(&g_met), "{mix}");
    assert!((20.0..=35.0).contains(&g_risk), "{mix}");
    assert!((3.0..=10.0).contains(&g_off), "{mix}");
    assert!((40.0..=60.0).contains(&a_met), "{mix}");
    assert!((20.0..=40.0).contains(&a_risk), "{mix}");
    assert!((10.0..=25.0).contains(&a_off), "{mix}");
}
