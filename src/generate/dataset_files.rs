//! Writes the generated dataset as the files of the data format: the registry, the
//! catalogue, the targets, one values file per cluster and a README.

use std::collections::BTreeMap;

use crate::data::format::period::Frequency;
use crate::data::format::vocabulary::{Area, ClusterStatus, TimeAgg, Vocabulary};
use crate::data::queries::long_csv::LONG_HEADER;

use super::GenerateParams;
use super::cluster_profile::profile_series;
use super::cluster_seeds::{CLUSTER_SEEDS, ClusterSeed};
use super::indicator_seeds::{INDICATOR_SEEDS, IndicatorSeed, Model};
use super::local_names::{CLUSTER_NAMES, INDICATOR_NAMES, LocalNames, local_names};
use super::programme_budget::{BUDGET_HEADER, budget_rows};
use super::pyramid_nesting::nest_pyramid;
use super::rng::Rng;
use super::sourced_figures::{figures_csv, published_level};
use super::value_series::{
    ClusterTraits, GeneratedValue, format_value, indicator_series, range_of,
};

/// A cluster of the generated registry: its id and name, and the anchors of its series.
struct ClusterEntry {
    id: String,
    name: String,
    seed: ClusterSeed,
}

/// An indicator of the generated catalogue: its id and name, the number of its random
/// stream, and how its values are made.
struct IndicatorEntry {
    id: String,
    name: String,
    stream: u64,
    seed: IndicatorSeed,
}

/// Every file of the dataset described by `params`, by relative path.
pub fn dataset_files(params: &GenerateParams) -> BTreeMap<String, String> {
    let clusters = chosen_clusters(params);
    let indicators = chosen_indicators(params);
    let mut files = BTreeMap::new();
    files.insert("clusters.csv".to_string(), clusters_csv(&clusters));
    files.insert("indicators.csv".to_string(), indicators_csv(&indicators));

    let mut target_rows: Vec<[String; 4]> = Vec::new();
    let mut long_values: Option<String> = None;
    // The published figures placed in the values, as (cluster, indicator, year).
    let mut placed: Vec<(String, &'static str, i32)> = Vec::new();
    for (cluster_index, entry) in clusters.iter().enumerate() {
        let cluster = &entry.seed;
        let stream = |n: u64| Rng::stream(params.seed, cluster_index as u64, n);
        let first = cluster
            .active_from
            .map_or(params.from, |y| y.max(params.from));
        let last = cluster.active_to.map_or(params.to, |y| y.min(params.to));
        let profile = profile_series(
            cluster,
            &entry.id,
            first,
            last.max(first - 1),
            &mut stream(0),
        );
        let sparse = cluster.status == ClusterStatus::Precluster || cluster.active_from.is_some();
        let mut traits = ClusterTraits::draw(sparse, &mut stream(1));
        traits.programme.anchor_sector_shares(
            published_level(&entry.id, "PRG_SECTOR_FIRMS"),
            published_level(&entry.id, "PRG_SECTOR_JOBS"),
        );
        let mut series: Vec<(Model, Vec<GeneratedValue>)> = Vec::with_capacity(indicators.len());
        for entry_i in &indicators {
            let indicator = &entry_i.seed;
            let frequency = params.frequency.unwrap_or(if indicator.quarterly {
                Frequency::Quarterly
            } else {
                Frequency::Yearly
            });
            let (values, targets) = indicator_series(
                &entry.id,
                indicator,
                &profile,
                &traits,
                frequency,
                &mut stream(entry_i.stream),
            );
            series.push((indicator.model, values));
            for (year, target) in targets {
                target_rows.push([
                    entry.id.clone(),
                    entry_i.id.clone(),
                    year.to_string(),
                    format_value(target, indicator.unit),
                ]);
            }
        }
        nest_pyramid(&mut series);
        let mut rows: Vec<(crate::data::format::period::Period, usize, String)> = Vec::new();
        for (position, (entry_i, (_, values))) in indicators.iter().zip(series).enumerate() {
            let indicator = &entry_i.seed;
            for value in values {
                if !value.source.is_empty() {
                    placed.push((entry.id.clone(), indicator.id, value.period.year));
                }
                let line = csv_line(&[
                    &value.period.to_string(),
                    &entry_i.id,
                    &format_value(value.value, indicator.unit),
                    value.status.word(),
                    &value.note,
                    value.source,
                ]);
                rows.push((value.period, position, line));
            }
        }
        rows.sort_by_key(|a| (a.0, a.1));
        if params.long {
            let text = long_values.get_or_insert_with(|| csv_line(&LONG_HEADER));
            for (_, _, line) in rows {
                text.push_str(&entry.id);
                text.push(',');
                text.push_str(&line);
            }
        } else {
            let mut text = csv_line(&[
                "period",
                "indicator_id",
                "value",
                "status",
                "note",
                "source",
            ]);
            for (_, _, line) in rows {
                text.push_str(&line);
            }
            files.insert(format!("values/{}.csv", entry.id), text);
        }
    }
    if let Some(text) = long_values {
        files.insert("values.csv".to_string(), text);
    }
    let mut targets = csv_line(&["cluster_id", "indicator_id", "year", "target"]);
    for row in &target_rows {
        targets.push_str(&csv_line(
            &row.iter().map(String::as_str).collect::<Vec<_>>(),
        ));
    }
    files.insert("targets.csv".to_string(), targets);
    let budgets = budget_rows(params.from, params.to);
    if !budgets.is_empty() {
        let mut text = csv_line(&BUDGET_HEADER);
        for row in &budgets {
            text.push_str(&csv_line(&row.each_ref().map(String::as_str)));
        }
        files.insert("programme.csv".to_string(), text);
    }
    if !placed.is_empty() {
        let figures = figures_csv(|f| {
            placed
                .iter()
                .any(|(c, i, y)| c == f.cluster && *i == f.indicator && *y == f.year)
        });
        files.insert("sources/figures.csv".to_string(), figures);
    }
    files.insert(
        "README.md".to_string(),
        dataset_readme(params, &clusters, &indicators, placed.len()),
    );
    files
}

/// The first `params.clusters` real clusters, then synthetic ones.
fn chosen_clusters(params: &GenerateParams) -> Vec<ClusterEntry> {
    let mut clusters: Vec<ClusterEntry> = CLUSTER_SEEDS
        .iter()
        .take(params.clusters)
        .map(|seed| ClusterEntry {
            id: seed.id.to_string(),
            name: seed.name.to_string(),
            seed: *seed,
        })
        .collect();
    for number in CLUSTER_SEEDS.len() + 1..=params.clusters {
        let mut rng = Rng::stream(params.seed, number as u64, 7);
        let template = &CLUSTER_SEEDS[number % CLUSTER_SEEDS.len()];
        let seed = ClusterSeed {
            status: if rng.chance(0.2) {
                ClusterStatus::Precluster
            } else {
                ClusterStatus::Cluster
            },
            sector: "Synthetic",
            ris3_area: "synthetic",
            founded: None,
            territory: None,
            active_from: None,
            active_to: None,
            members: rng.between(30.0, 300.0),
            members_growth: rng.between(0.0, 0.08),
            members_jump: None,
            uncertain: "synthetic",
            ..*template
        };
        clusters.push(ClusterEntry {
            id: format!("SYN{number:05}"),
            name: format!("Synthetic cluster {number}"),
            seed,
        });
    }
    clusters
}

/// The chosen indicators with the number of their random stream: when fewer than the
/// shipped catalogue, taken area by area in turn so every area keeps some; when more,
/// followed by synthetic count indicators. Kept in catalogue order.
fn chosen_indicators(params: &GenerateParams) -> Vec<IndicatorEntry> {
    let mut by_rank: Vec<(usize, usize, usize)> = Vec::new();
    for (index, seed) in INDICATOR_SEEDS.iter().enumerate() {
        let area = Area::ALL.iter().position(|a| *a == seed.area).unwrap_or(0);
        let rank = INDICATOR_SEEDS[..index]
            .iter()
            .filter(|s| s.area == seed.area)
            .count();
        by_rank.push((rank, area, index));
    }
    by_rank.sort();
    let mut picked: Vec<usize> = by_rank
        .iter()
        .take(params.indicators)
        .map(|(_, _, i)| *i)
        .collect();
    picked.sort();
    let mut chosen: Vec<IndicatorEntry> = picked
        .into_iter()
        .map(|i| {
            let seed = INDICATOR_SEEDS[i];
            IndicatorEntry {
                id: seed.id.to_string(),
                name: seed.name.to_string(),
                stream: 100 + i as u64,
                seed,
            }
        })
        .collect();
    let judged = [Area::Cooperation, Area::Technology, Area::Business];
    for number in INDICATOR_SEEDS.len() + 1..=params.indicators {
        let area = judged[number % judged.len()];
        let mut rng = Rng::stream(params.seed, number as u64, 8);
        let low = rng.between(0.5, 10.0);
        let seed = IndicatorSeed {
            area,
            time_agg: TimeAgg::Sum,
            description: "Synthetic indicator for benchmarks",
            has_target: true,
            fixed_target: None,
            quarterly: area == Area::Cooperation,
            model: Model::PerHundredMembers {
                rate: (low, low * 2.0),
                covid: 0.85,
            },
            ..INDICATOR_SEEDS[0]
        };
        chosen.push(IndicatorEntry {
            id: format!("SYN_{}_{number:05}", area.word().to_uppercase()),
            name: format!("Synthetic {} indicator {number}", area.word()),
            stream: 100 + number as u64,
            seed,
        });
    }
    chosen
}

fn clusters_csv(clusters: &[ClusterEntry]) -> String {
    let mut text = csv_line(&[
        "cluster_id",
        "name",
        "status",
        "sector",
        "ris3_area",
        "founded",
        "territory",
        "active_from",
        "active_to",
        "name_es",
        "name_eu",
    ]);
    let year = |y: Option<i32>| y.map(|y| y.to_string()).unwrap_or_default();
    for entry in clusters {
        let c = &entry.seed;
        let local = local_names(CLUSTER_NAMES, &entry.id);
        text.push_str(&csv_line(&[
            &entry.id,
            &entry.name,
            c.status.word(),
            c.sector,
            c.ris3_area,
            &year(c.founded),
            c.territory.map(|t| t.word()).unwrap_or(""),
            &year(c.active_from),
            &year(c.active_to),
            local.map_or("", |n| n.es),
            local.map_or("", |n| n.eu),
        ]));
    }
    text
}

fn indicators_csv(indicators: &[IndicatorEntry]) -> String {
    let mut text = csv_line(&[
        "indicator_id",
        "area",
        "name",
        "unit",
        "direction",
        "time_agg",
        "cluster_agg",
        "pyramid_level",
        "plan",
        "min",
        "max",
        "description",
        "name_es",
        "name_eu",
        "weight",
        "double_counts",
        "role",
    ]);
    for entry in indicators {
        let i = &entry.seed;
        let weight = i
            .weight
            .filter(|w| indicators.iter().any(|other| other.id == *w))
            .unwrap_or("");
        let local = local_names(INDICATOR_NAMES, &entry.id);
        let (min, max) = range_of(i);
        let (unit_min, unit_max) = i.unit.default_range();
        let bound = |v: f64, default: f64| {
            if v == default {
                String::new()
            } else {
                v.to_string()
            }
        };
        text.push_str(&csv_line(&[
            &entry.id,
            i.area.word(),
            &entry.name,
            i.unit.word(),
            i.direction.word(),
            i.time_agg.word(),
            i.cluster_agg.word(),
            &i.pyramid_level.map(|l| l.to_string()).unwrap_or_default(),
            i.plan.map(|p| p.word()).unwrap_or(""),
            &bound(min, unit_min),
            &bound(max, unit_max),
            i.description,
            local.map_or("", |n| n.es),
            local.map_or("", |n| n.eu),
            weight,
            if i.double_counts { "yes" } else { "" },
            i.role.map_or("", |r| r.word()),
        ]));
    }
    text
}

/// One CSV line with a trailing newline, quoting only the fields that need it.
fn csv_line(fields: &[&str]) -> String {
    let mut line = fields
        .iter()
        .map(|f| {
            if f.contains([',', '"', '\n', '\r']) {
                format!("\"{}\"", f.replace('"', "\"\""))
            } else {
                f.to_string()
            }
        })
        .collect::<Vec<_>>()
        .join(",");
    line.push('\n');
    line
}

fn dataset_readme(
    params: &GenerateParams,
    clusters: &[ClusterEntry],
    indicators: &[IndicatorEntry],
    published: usize,
) -> String {
    let mut text = String::new();
    text.push_str("# Basque cluster indicators: published figures and illustrative values\n\n");
    if published > 0 {
        text.push_str(&format!(
            "**Two layers.** {published} values are figures the associations published (members, \
             turnover, jobs, exports, R&D, cluster-management labels, shares of the sector), exactly as published: status `actual`, or `estimate` where \
             the source gives only a bound (\"more than 2,995\"), each with its source in the `source` \
             column and its scope (Basque plants or worldwide) in the `note`. They are listed, as data, \
             in `sources/figures.csv`. **Every other value is illustrative** (status `illustrative`): \
             made by clusterdash's seeded generator around the published figures, on their scale, so \
             that sizes and trends are plausible. Do not quote an illustrative value as a fact about \
             any cluster.\n\n"
        ));
    } else {
        text.push_str(
            "**Every value is illustrative** (status `illustrative`), not an official statistic: made by \
             clusterdash's seeded generator. Do not quote them as facts about any cluster.\n\n",
        );
    }
    text.push_str(&format!(
        "Regenerate this folder exactly with:\n\n```sh\n{}\n```\n\n",
        params.command_line()
    ));
    text.push_str(&format!(
        "Years {} to {}; {} clusters; {} indicators. Cooperation activity (information actions, \
         training hours, proposals, projects, intercluster projects, trade missions) is reported by \
         quarter, unless `--frequency` says otherwise; the semester outlook (order book, turnover, \
         exports, jobs and R&D+i, each as the last semester's trend and the next one's outlook: \
         worse, same or better) by half-year, as the Observatorio de Coyuntura Industrial asks; \
         everything else by year. The programme's instruments (the Kluster grant awarded and \
         justified, eligible costs, co-funding rate, international support within its cap of \
         €180,000, the annual plan's actions planned and done per area, the semester outlook, \
         the share of the sector's firms and jobs) are illustrative, but for the shares of the \
         sector a source gives, which are published figures (the other years held at their level). New clusters have \
         gaps, as real reporting is uneven. A former association has values only for the years it \
         took part in the programme (`active_from`, `active_to`). The format (version 2) is \
         described in `docs/data-format.md` of the clusterdash repository.\n\n",
        params.from,
        params.to,
        clusters.len(),
        params.indicators
    ));
    let budgets = budget_rows(params.from, params.to);
    if !budgets.is_empty() {
        let years: Vec<String> = budgets
            .iter()
            .map(|[year, amount, status, note, source]| {
                format!("{year}: {amount} k€, `{status}` ({note}; {source})")
            })
            .collect();
        text.push_str(&format!(
            "The programme's budget, in `programme.csv`, is real: only the years a source gives \
             are there. {}.\n\n",
            years.join("; ")
        ));
    }
    text.push_str("## Clusters\n\n");
    text.push_str("The registry lists real associations. Names, sectors, statuses and founding years come from public sources; where no source confirms a field, it is noted here.\n\n");
    text.push_str("| id | name | status | uncertain or estimated |\n|---|---|---|---|\n");
    for entry in clusters {
        let note = if entry.seed.uncertain.is_empty() {
            "-"
        } else {
            entry.seed.uncertain
        };
        text.push_str(&format!(
            "| {} | {} | {} | {} |\n",
            entry.id,
            entry.name,
            entry.seed.status.word(),
            note
        ));
    }
    let cluster_ids: Vec<&str> = clusters.iter().map(|c| c.id.as_str()).collect();
    let indicator_ids: Vec<&str> = indicators.iter().map(|i| i.id.as_str()).collect();
    let to_check: Vec<&LocalNames> = CLUSTER_NAMES
        .iter()
        .filter(|n| cluster_ids.contains(&n.id))
        .chain(
            INDICATOR_NAMES
                .iter()
                .filter(|n| indicator_ids.contains(&n.id)),
        )
        .filter(|n| !n.check.is_empty())
        .collect();
    if !to_check.is_empty() {
        text.push_str(
            "\n## Names in Spanish and Basque\n\nThe `name_es` and `name_eu` columns were drafted for \
             this dataset. Where an association's official name in a language was not found in a \
             source, or a translation is uncertain, it is noted here for the association or a native \
             speaker to confirm.\n\n| id | to check |\n|---|---|\n",
        );
        for names in to_check {
            text.push_str(&format!("| {} | {} |\n", names.id, names.check));
        }
    }
    text.push_str(
        "\nThe RIS3 area of each cluster is a design choice for grouping, not a sourced fact. \
         The four levels of the pyramid of cooperation (information and awareness, networking and \
         working groups, shared strategic agenda, cooperation projects) are a reconstruction from \
         the wording of the Basque Government's cluster orders, to be confirmed by SPRI.\n",
    );
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_lines_quote_only_when_needed() {
        assert_eq!(
            csv_line(&["a", "b c", "d,e", "say \"hi\""]),
            "a,b c,\"d,e\",\"say \"\"hi\"\"\"\n"
        );
    }

    #[test]
    fn fewer_indicators_keep_every_area() {
        let params = GenerateParams {
            indicators: Area::ALL.len(),
            ..GenerateParams::default()
        };
        let areas: Vec<Area> = chosen_indicators(&params)
            .iter()
            .map(|e| e.seed.area)
            .collect();
        for area in Area::ALL {
            assert!(areas.contains(area), "{area} missing from {areas:?}");
        }
    }

    #[test]
    fn units_of_synthetic_indicators_are_counts() {
        let params = GenerateParams {
            indicators: SHIPPED + 2,
            ..GenerateParams::default()
        };
        let chosen = chosen_indicators(&params);
        assert_eq!(chosen.len(), SHIPPED + 2);
        assert_eq!(
            chosen.last().map(|e| e.seed.unit),
            Some(crate::data::format::vocabulary::Unit::Count)
        );
    }

    const SHIPPED: usize = super::super::SHIPPED_INDICATORS;
}
