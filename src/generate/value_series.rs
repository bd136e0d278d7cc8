//! The values and targets of one indicator for one cluster: a planned trajectory from
//! the cluster's profile, targets on that plan, and actual values that beat or miss it
//! by the cluster's performance in the indicator's area.

use crate::data::format::period::{Frequency, Period};
use crate::data::format::vocabulary::{
    Area, Direction, LabelWord, OutlookWord, TimeAgg, Unit, ValueStatus, Vocabulary,
};

use super::cluster_profile::YearProfile;
use super::indicator_seeds::{IndicatorSeed, Model, ProgrammePart};
use super::rng::Rng;
use super::sourced_figures::{Published, SourcedFigure, sourced_figure};

/// What a cluster brings to every indicator: how well it performs in each area and
/// how its members spread over the pyramid of cooperation.
#[derive(Debug, Clone, Copy)]
pub struct ClusterTraits {
    /// Actual over plan, on average, per area (profile, cooperation, technology, business).
    pub performance: [f64; 4],
    /// Share of members at each pyramid level, base to top (each below the one before).
    pub pyramid: [f64; 4],
    /// Whether its reporting is uneven (pre-clusters and new clusters): gaps and estimates.
    pub sparse: bool,
    /// How it stands in the programme: its grant, co-funding and plan.
    pub programme: ProgrammeTraits,
}

/// A cluster's place in the Kluster programme, for the illustrative programme values.
#[derive(Debug, Clone, Copy)]
pub struct ProgrammeTraits {
    /// The grant per 100 members, k€.
    pub grant_rate: f64,
    /// The share of the grant justified.
    pub justified: f64,
    /// The grant as a share of the eligible costs, % (the rule's 40%, or 50% with Basque
    /// Trade & Investment, as a ceiling).
    pub cofunding: f64,
    /// The share of the €180,000 cap on international support used.
    pub international: f64,
    /// Actions planned per 100 members, per area (cooperation, technology, business).
    pub planned_rate: [f64; 3],
    /// The share of planned actions done, per area.
    pub execution: [f64; 3],
    /// How much better than neutral its members see the next semester, -1 to 1.
    pub optimism: f64,
    /// Its share of its sector's firms and jobs, %.
    pub sector_shares: [f64; 2],
}

impl ProgrammeTraits {
    /// Draws the shares of the sector at the published ones, where a source gives them:
    /// both as published, or the missing one at the drawn ratio of jobs to firms.
    pub fn anchor_sector_shares(&mut self, firms: Option<f64>, jobs: Option<f64>) {
        let [drawn_firms, drawn_jobs] = self.sector_shares;
        let ratio = drawn_jobs / drawn_firms;
        self.sector_shares = match (firms, jobs) {
            (Some(firms), Some(jobs)) => [firms, jobs],
            (Some(firms), None) => [firms, (firms * ratio).min(95.0)],
            (None, Some(jobs)) => [jobs / ratio, jobs],
            (None, None) => self.sector_shares,
        };
    }
}

impl ClusterTraits {
    /// Draws the traits of a cluster.
    pub fn draw(sparse: bool, rng: &mut Rng) -> Self {
        let base = rng.between(0.97, 1.09);
        let performance = [(); 4].map(|_| base + rng.between(-0.06, 0.06));
        let level1 = rng.between(0.72, 0.95);
        let level2 = level1 * rng.between(0.50, 0.65);
        let level3 = level2 * rng.between(0.45, 0.62);
        let level4 = level3 * rng.between(0.40, 0.60);
        // Drawn last, so that the draws before keep the values they always made.
        let firms = rng.between(20.0, 80.0);
        let programme = ProgrammeTraits {
            grant_rate: rng.between(70.0, 170.0),
            justified: rng.between(0.86, 1.0),
            cofunding: rng.between(24.0, 40.0),
            international: rng.between(0.15, 0.95),
            planned_rate: [(); 3].map(|_| rng.between(6.0, 16.0)),
            execution: [(); 3].map(|_| rng.between(0.68, 1.0)),
            optimism: rng.between(-0.3, 0.5),
            sector_shares: [firms, (firms * rng.between(1.1, 1.8)).min(95.0)],
        };
        ClusterTraits {
            performance,
            pyramid: [level1, level2, level3, level4],
            sparse,
            programme,
        }
    }

    fn performance_in(&self, area: Area) -> f64 {
        let index = match area {
            Area::Profile => 0,
            Area::Cooperation => 1,
            Area::Technology => 2,
            Area::Business => 3,
            // The programme's instruments follow the association's own performance.
            Area::Programme => 0,
        };
        self.performance[index]
    }
}

/// One generated value row.
#[derive(Debug, Clone, PartialEq)]
pub struct GeneratedValue {
    /// Its period.
    pub period: Period,
    /// Its value, rounded to the unit's precision.
    pub value: f64,
    /// How firm it is: `illustrative` when generated, `actual` or `estimate` when published.
    pub status: ValueStatus,
    /// A note, often empty.
    pub note: String,
    /// Where a published figure was published; empty for a generated value.
    pub source: &'static str,
}

impl GeneratedValue {
    /// A published figure, as the values file carries it: `actual` when the source
    /// gives the figure itself, `estimate` for a bound or a figure it implies, with its
    /// scope and source.
    fn published(figure: &SourcedFigure) -> Self {
        GeneratedValue {
            period: Period::year(figure.year),
            value: figure.value,
            status: if figure.published == Published::Exact {
                ValueStatus::Actual
            } else {
                ValueStatus::Estimate
            },
            note: figure.note(),
            source: figure.source,
        }
    }
}

/// Values and targets of `indicator` for cluster `cluster_id` with this profile and
/// these traits, reported at `frequency` (sub-year frequencies only split `sum`
/// indicators). A year with a published figure ([`sourced_figure`]) carries that figure
/// exactly, with its source; every other value is generated and `illustrative`.
pub fn indicator_series(
    cluster_id: &str,
    indicator: &IndicatorSeed,
    profile: &[YearProfile],
    traits: &ClusterTraits,
    frequency: Frequency,
    rng: &mut Rng,
) -> (Vec<GeneratedValue>, Vec<(i32, f64)>) {
    let Some(first) = profile.first() else {
        return (Vec::new(), Vec::new());
    };
    if let Model::Outlook(next) = indicator.model {
        return (outlook_series(profile, next, traits, rng), Vec::new());
    }
    if indicator.model == Model::PublishedOnly {
        return (published_only(cluster_id, indicator, profile), Vec::new());
    }
    let rate = match indicator.model {
        Model::PerHundredMembers {
            rate: (low, high), ..
        } => rng.between(low, high),
        Model::Level {
            start: (low, high), ..
        } => rng.between(low, high),
        _ => 0.0,
    };
    let frequency = if indicator.time_agg == TimeAgg::Sum {
        frequency
    } else {
        Frequency::Yearly
    };
    let mut values = Vec::new();
    let mut targets = Vec::new();
    let mut previous_turnover: Option<f64> = None;
    for (index, year) in profile.iter().enumerate() {
        let elapsed = f64::from(year.year - first.year);
        let plan = match indicator.model {
            Model::Members => year.members,
            Model::NewMembers => year.new_members,
            Model::Turnover => year.turnover,
            Model::Employment => year.employment,
            Model::ExportShare => year.export_share,
            Model::RdIntensity => year.rd_intensity,
            Model::RdSpend => year.turnover * year.rd_intensity / 100.0,
            Model::SmeShare => year.sme_share,
            Model::TurnoverGrowth => {
                let turnover = round_to_unit(year.turnover, Unit::EurM);
                let growth = previous_turnover.map(|before| (turnover / before - 1.0) * 100.0);
                previous_turnover = Some(turnover);
                match growth {
                    Some(growth) => growth,
                    None => continue,
                }
            }
            Model::PyramidMembers(level) => year.members * traits.pyramid[usize::from(level - 1)],
            // SMEs take part less the higher the level: their share of members, fading.
            Model::PyramidSmes(level) => {
                let members = year.members * traits.pyramid[usize::from(level - 1)];
                // Three quarters of the share, so that a level that fell short of its plan
                // still counts more members than SMEs.
                members * year.sme_share / 100.0 * 0.75 * (1.0 - 0.08 * f64::from(level - 1))
            }
            Model::PerHundredMembers { covid, .. } => {
                let trend = 1.0 + 0.02 * elapsed;
                year.members / 100.0 * rate * trend * if year.year == 2020 { covid } else { 1.0 }
            }
            Model::Level { drift, .. } => rate + drift * elapsed,
            Model::Programme(part) => programme_plan(part, year, elapsed, traits),
            Model::Outlook(_) | Model::PublishedOnly => continue,
        };
        let (min, max) = range_of(indicator);
        let plan = plan.clamp(min, max);
        // Plan actions done are the plan's own count (never more than planned); their
        // target is 90% of the actions planned.
        let done_of = match indicator.model {
            Model::Programme(ProgrammePart::Done(area)) => Some(area),
            _ => None,
        };
        let actual = if done_of.is_some() {
            plan
        } else if indicator.has_target {
            let mut factor = traits.performance_in(indicator.area) * rng.around_one(0.1);
            if matches!(
                indicator.model,
                Model::Level { .. } | Model::SmeShare | Model::ExportShare | Model::RdIntensity
            ) {
                factor = 1.0 + (factor - 1.0) * 0.5;
            }
            // Now and then a plan goes wrong and a goal falls well short.
            if rng.chance(0.05) {
                factor *= 0.8;
            }
            if indicator.direction == Direction::Lower {
                plan / factor
            } else {
                plan * factor
            }
        } else if matches!(
            indicator.model,
            Model::PerHundredMembers { .. } | Model::Level { .. }
        ) {
            plan * rng.around_one(0.06)
        } else if matches!(
            indicator.model,
            Model::Programme(ProgrammePart::SectorFirms | ProgrammePart::SectorJobs)
        ) {
            // Drawn around the level (a published share anchors it and keeps its own
            // year), and never at it, so that no generated year reads as a copy of a
            // published figure.
            let drawn = plan * rng.around_one(0.04);
            let step = if plan + 0.1 > max { -0.1 } else { 0.1 };
            if round_to_unit(drawn, indicator.unit) == round_to_unit(plan, indicator.unit) {
                plan + step
            } else {
                drawn
            }
        } else {
            plan
        };
        let actual = round_to_unit(actual.clamp(min, max), indicator.unit);
        if indicator.has_target {
            let target = match done_of {
                Some(area) => {
                    0.9 * programme_plan(ProgrammePart::Planned(area), year, elapsed, traits)
                }
                None => indicator.fixed_target.unwrap_or(match indicator.direction {
                    Direction::Lower => plan * 0.97,
                    _ => plan * 1.03,
                }),
            };
            // Within the indicator's range, like the values (a share never aims past 100%).
            targets.push((
                year.year,
                round_to_unit(target.clamp(min, max), indicator.unit),
            ));
        }
        let leave_gap =
            traits.sparse && index > 0 && indicator.model != Model::Members && rng.chance(0.08);
        let published = sourced_figure(cluster_id, indicator.id, year.year)
            .filter(|_| frequency == Frequency::Yearly || indicator.time_agg != TimeAgg::Sum);
        if let Some(figure) = published {
            values.push(GeneratedValue::published(figure));
            continue;
        }
        if leave_gap {
            continue;
        }
        for (period, value) in split_year(year.year, actual, frequency, indicator.unit, rng) {
            let note = if indicator.id == "COOP_INFO_ACTIONS" && period == Period::quarter(2020, 2)
            {
                "events moved online (COVID-19)"
            } else {
                ""
            };
            values.push(GeneratedValue {
                period,
                value,
                status: ValueStatus::Illustrative,
                note: note.to_string(),
                source: "",
            });
        }
    }
    (values, targets)
}

/// The indicator's possible range: its own bounds or its unit's.
pub fn range_of(indicator: &IndicatorSeed) -> (f64, f64) {
    let (min, max) = indicator.unit.default_range();
    (indicator.min.unwrap_or(min), indicator.max.unwrap_or(max))
}

/// The values of an indicator nobody makes up (a cluster-management label and its
/// score): its published figures, and nothing else.
fn published_only(
    cluster_id: &str,
    indicator: &IndicatorSeed,
    profile: &[YearProfile],
) -> Vec<GeneratedValue> {
    profile
        .iter()
        .filter_map(|year| sourced_figure(cluster_id, indicator.id, year.year))
        .map(GeneratedValue::published)
        .collect()
}

/// The mood of Basque industry by half-year, -1 to 1, for the semester outlook: the
/// pandemic's first half, the recovery, the energy crisis of late 2022, the uncertainty of
/// 2025 (domain.md 3.1 and 7.3 cite the Observatorio's reports).
fn industry_mood(year: i32, half: u8) -> f64 {
    match (year, half) {
        (2020, 1) => -0.95,
        (2020, 2) => -0.3,
        (2021, _) => 0.6,
        (2022, 1) => 0.3,
        (2022, 2) => -0.4,
        (2023, _) => 0.0,
        (2024, 1) => 0.2,
        (2024, 2) => 0.1,
        (2025, _) => -0.15,
        _ => 0.15,
    }
}

/// The semester outlook of one cluster: for each half-year, the trend of the last six
/// months (`next` false) or the outlook for the next six (`next` true), as worse (-1),
/// same (0) or better (1).
fn outlook_series(
    profile: &[YearProfile],
    next: bool,
    traits: &ClusterTraits,
    rng: &mut Rng,
) -> Vec<GeneratedValue> {
    let mut values = Vec::new();
    for year in profile {
        for half in 1..=2u8 {
            // The next semester's mood is the one the period looks towards.
            let (y, h) = match (next, half) {
                (true, 1) => (year.year, 2),
                (true, _) => (year.year + 1, 1),
                (false, _) => (year.year, half),
            };
            let mood =
                industry_mood(y, h) + traits.programme.optimism * 0.5 + rng.between(-0.45, 0.45);
            let value = if mood > 0.3 {
                1.0
            } else if mood < -0.3 {
                -1.0
            } else {
                0.0
            };
            values.push(GeneratedValue {
                period: Period::half(year.year, half),
                value,
                status: ValueStatus::Illustrative,
                note: String::new(),
                source: "",
            });
        }
    }
    values
}

/// The planned value of one of the programme's instruments in a year.
fn programme_plan(
    part: ProgrammePart,
    year: &YearProfile,
    elapsed: f64,
    traits: &ClusterTraits,
) -> f64 {
    let p = &traits.programme;
    let grant = year.members / 100.0 * p.grant_rate * (1.0 + 0.02 * elapsed);
    let planned = |area: usize| {
        (year.members / 100.0 * p.planned_rate[area])
            .max(3.0)
            .round()
    };
    match part {
        ProgrammePart::GrantAwarded => grant,
        ProgrammePart::GrantJustified => grant * p.justified,
        ProgrammePart::EligibleCost => grant / (p.cofunding / 100.0),
        ProgrammePart::CofundingRate => p.cofunding,
        ProgrammePart::InternationalSupport => 180.0 * p.international,
        ProgrammePart::Planned(area) => planned(usize::from(area)),
        ProgrammePart::Done(area) => {
            let area = usize::from(area);
            // A bad year (2020) left more of the plan undone.
            let covid = if year.year == 2020 { 0.8 } else { 1.0 };
            (planned(area) * p.execution[area] * covid).floor()
        }
        ProgrammePart::SectorFirms => p.sector_shares[0],
        ProgrammePart::SectorJobs => p.sector_shares[1],
    }
}

/// Rounds to the precision the files use for a unit: whole numbers for counts, hours
/// and thousands of euros, one decimal for the rest. Never returns negative zero.
pub fn round_to_unit(value: f64, unit: Unit) -> f64 {
    let rounded = match unit {
        Unit::Count | Unit::Hours | Unit::EurK => value.round(),
        Unit::Pct | Unit::EurM | Unit::Score => (value * 10.0).round() / 10.0,
        Unit::Outlook => value.round().clamp(-1.0, 1.0),
        Unit::Label => value.round().clamp(0.0, 3.0),
    };
    rounded + 0.0
}

/// Writes a value as the files do, with the unit's precision.
pub fn format_value(value: f64, unit: Unit) -> String {
    match unit {
        Unit::Count | Unit::Hours | Unit::EurK => format!("{:.0}", value + 0.0),
        Unit::Pct | Unit::EurM | Unit::Score => format!("{:.1}", value + 0.0),
        // Outlooks are written in words, as a person keeping the sheet would.
        Unit::Outlook => OutlookWord::of(value.round().clamp(-1.0, 1.0) + 0.0)
            .map_or("same", |w| w.word())
            .to_string(),
        Unit::Label => LabelWord::of(value.round().clamp(0.0, 3.0))
            .map_or("none", |w| w.word())
            .to_string(),
    }
}

/// Splits a yearly total into quarters or months whose rounded parts add up to the
/// rounded total; a whole year stays one value.
fn split_year(
    year: i32,
    total: f64,
    frequency: Frequency,
    unit: Unit,
    rng: &mut Rng,
) -> Vec<(Period, f64)> {
    let parts = usize::from(frequency.parts_per_year());
    if parts == 1 {
        return vec![(Period::year(year), total)];
    }
    let seasonal = |part: usize| -> f64 {
        let quarter = if parts == 4 { part } else { part / 3 };
        let weight = [0.22, 0.27, 0.19, 0.32][quarter];
        if year == 2020 && quarter == 1 {
            weight * 0.5
        } else {
            weight
        }
    };
    let weights: Vec<f64> = (0..parts)
        .map(|p| seasonal(p) * rng.around_one(0.15))
        .collect();
    let sum: f64 = weights.iter().sum();
    let scale = if matches!(unit, Unit::Count | Unit::Hours | Unit::EurK) {
        1.0
    } else {
        10.0
    };
    let units = (total * scale).round();
    let mut allotted: Vec<f64> = weights.iter().map(|w| (units * w / sum).floor()).collect();
    let mut remainder = units - allotted.iter().sum::<f64>();
    let mut part = parts - 1;
    while remainder > 0.0 {
        allotted[part] += 1.0;
        remainder -= 1.0;
        part = if part == 0 { parts - 1 } else { part - 1 };
    }
    allotted
        .into_iter()
        .enumerate()
        .map(|(p, share)| {
            let number = u8::try_from(p + 1).expect("at most 12 parts");
            let period = if parts == 4 {
                Period::quarter(year, number)
            } else {
                Period::month(year, number)
            };
            (period, share / scale)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quarters_add_up_to_the_year() {
        let mut rng = Rng::new(3);
        for total in [0.0, 1.0, 7.0, 123.0] {
            let parts = split_year(2021, total, Frequency::Quarterly, Unit::Count, &mut rng);
            assert_eq!(parts.len(), 4);
            assert_eq!(parts.iter().map(|(_, v)| v).sum::<f64>(), total);
            assert!(parts.iter().all(|(_, v)| *v >= 0.0 && v.fract() == 0.0));
        }
        let months = split_year(2021, 50.0, Frequency::Monthly, Unit::Count, &mut rng);
        assert_eq!(months.len(), 12);
        assert_eq!(months[11].0, Period::month(2021, 12));
    }

    #[test]
    fn values_are_written_with_the_unit_precision() {
        assert_eq!(
            format_value(round_to_unit(12.46, Unit::Pct), Unit::Pct),
            "12.5"
        );
        assert_eq!(
            format_value(round_to_unit(-0.04, Unit::Pct), Unit::Pct),
            "0.0"
        );
        assert_eq!(
            format_value(round_to_unit(99.5, Unit::Count), Unit::Count),
            "100"
        );
    }
}
