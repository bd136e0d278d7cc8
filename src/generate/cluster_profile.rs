//! A cluster's yearly profile (members, turnover, jobs, export share, R&D intensity),
//! grown year by year from its anchors through the business cycle: steady growth,
//! a dip in 2020, recovery in 2021-2022 and slower years after.

use super::cluster_seeds::ClusterSeed;
use super::rng::Rng;
use super::sourced_figures::sourced_figure;

/// One year of a cluster's profile.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct YearProfile {
    /// The year.
    pub year: i32,
    /// Member organisations.
    pub members: f64,
    /// Organisations that joined in the year.
    pub new_members: f64,
    /// Members' turnover, € million.
    pub turnover: f64,
    /// Members' employment.
    pub employment: f64,
    /// Exports as a share of turnover, %.
    pub export_share: f64,
    /// R&D spend as a share of turnover, %.
    pub rd_intensity: f64,
    /// SMEs among members, %.
    pub sme_share: f64,
}

/// The range of turnover growth in a year of the Basque business cycle (domain.md 5.3).
fn cycle_growth(year: i32) -> (f64, f64) {
    match year {
        2020 => (-0.24, -0.10),
        2021 => (0.08, 0.15),
        2022 => (0.07, 0.14),
        2023 => (0.03, 0.08),
        2024 => (-0.01, 0.04),
        2025 => (-0.02, 0.03),
        _ => (0.02, 0.07),
    }
}

/// The profile of `seed` (cluster `cluster_id`) for each year from `first` to `last`,
/// drawn from `rng`, then drawn through the figures the cluster published
/// ([`through_published`]), so the generated years around them are on their scale.
pub fn profile_series(
    seed: &ClusterSeed,
    cluster_id: &str,
    first: i32,
    last: i32,
    rng: &mut Rng,
) -> Vec<YearProfile> {
    let sensitivity = rng.between(0.6, 1.4);
    let mut members = seed.members;
    let mut turnover = seed.turnover_meur;
    let mut employment = seed.employment;
    let mut export_share = seed.export_share;
    let mut rd_intensity = seed.rd_intensity;
    let mut sme_share = seed.sme_share;
    let mut series = Vec::new();
    for year in first..=last {
        let mut joined = members * rng.between(0.02, 0.05);
        if year > first {
            let before = members;
            members *= 1.0 + seed.members_growth + rng.between(-0.015, 0.015);
            if let Some((jump_year, factor)) = seed.members_jump
                && jump_year == year
            {
                members *= factor;
            }
            joined += (members - before).max(0.0);
            let (low, high) = cycle_growth(year);
            let growth = rng.between(low, high) * sensitivity;
            turnover *= 1.0 + growth;
            employment *= 1.0 + 0.4 * growth + rng.between(-0.01, 0.015);
            export_share += rng.between(-1.5, 1.5)
                + if year == 2020 { -2.0 } else { 0.0 }
                + if year >= 2024 { -0.8 } else { 0.0 };
            rd_intensity += rng.between(-0.25, 0.3);
            sme_share += rng.between(-1.0, 1.0);
        }
        export_share = export_share.clamp(3.0, 95.0);
        rd_intensity = rd_intensity.clamp(0.3, 12.0);
        sme_share = sme_share.clamp(40.0, 98.0);
        series.push(YearProfile {
            year,
            members,
            new_members: joined,
            turnover,
            employment,
            export_share,
            rd_intensity,
            sme_share,
        });
    }
    through_published(&mut series, cluster_id);
    series
}

/// Moves each anchored quantity (members, turnover, jobs, export share, R&D intensity)
/// so that it passes through the published figures: the correction at each published
/// year is the figure over (or, for shares, minus) the drawn value, interpolated in
/// between and held before the first figure and after the last.
fn through_published(series: &mut [YearProfile], cluster_id: &str) {
    type Field = fn(&mut YearProfile) -> &mut f64;
    let anchored: [(&str, Field, bool); 5] = [
        ("PROF_MEMBERS", |y| &mut y.members, true),
        ("PROF_TURNOVER", |y| &mut y.turnover, true),
        ("PROF_EMPLOYMENT", |y| &mut y.employment, true),
        ("BUS_EXPORT_SHARE", |y| &mut y.export_share, false),
        ("TEC_RD_INTENSITY", |y| &mut y.rd_intensity, false),
    ];
    for (indicator, field, scale) in anchored {
        let corrections: Vec<(i32, f64)> = series
            .iter_mut()
            .filter_map(|year| {
                let figure = sourced_figure(cluster_id, indicator, year.year)?;
                let drawn = *field(year);
                Some((
                    year.year,
                    if scale {
                        (figure.value / drawn.max(f64::MIN_POSITIVE)).ln()
                    } else {
                        figure.value - drawn
                    },
                ))
            })
            .collect();
        if corrections.is_empty() {
            continue;
        }
        for year in series.iter_mut() {
            let correction = interpolated(&corrections, year.year);
            let value = field(year);
            *value = if scale {
                *value * correction.exp()
            } else {
                *value + correction
            };
        }
    }
}

/// The value at `year` of the points `(year, value)` (in year order), joined by
/// straight lines and held flat beyond the ends.
fn interpolated(points: &[(i32, f64)], year: i32) -> f64 {
    let (first, last) = (points[0], points[points.len() - 1]);
    if year <= first.0 {
        return first.1;
    }
    if year >= last.0 {
        return last.1;
    }
    let after = points.iter().position(|p| p.0 >= year).unwrap_or(0);
    let (a, b) = (points[after - 1], points[after]);
    let t = f64::from(year - a.0) / f64::from(b.0 - a.0);
    a.1 + (b.1 - a.1) * t
}
