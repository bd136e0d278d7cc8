//! The Programme tab: the Kluster grant of each cluster (awarded, justified, co-funding,
//! international support against its cap, cost per project and per member), the
//! execution of the annual plans per area against their target, the cluster's share of
//! its sector's firms and jobs, and the semester outlook as a tally of clusters
//! expecting better, the same or worse.

use crate::data::format::vocabulary::{Area, LabelWord, OutlookWord, Role, ValueStatus};
use crate::data::loading::dataset::Dataset;
use crate::data::metadata::catalogue::{Catalogue, Indicator};
use crate::data::queries::selection::goal_progress;
use crate::i18n::Lang;

use super::catalogue_roles::{projects_indicator, size_indicator};
use super::goal_status::GoalStatus;

/// The cap on international support per association, k€ (Kluster 2023).
pub const INTERNATIONAL_CAP_K: f64 = 180.0;

/// One row of the money table: a cluster, or the selection combined.
#[derive(Debug, Clone, PartialEq)]
pub struct MoneyRow {
    /// The cluster's id, or `None` for the selection combined.
    pub cluster_id: Option<String>,
    /// The grant awarded in the year, k€.
    pub awarded: Option<f64>,
    /// The share of it justified, 0 to 1.
    pub justified: Option<f64>,
    /// The grant over the eligible costs, %.
    pub cofunding: Option<f64>,
    /// International support over the cap, 0 to 1 (the combined row: over the clusters'
    /// caps together).
    pub cap_used: Option<f64>,
    /// The grant per cooperation project launched in the year, k€.
    pub per_project: Option<f64>,
    /// The grant per member, k€.
    pub per_member: Option<f64>,
    /// The least firm status behind the grant.
    pub firmness: Option<ValueStatus>,
    /// The cluster's share of its sector's firms, % (the selection: a plain mean).
    pub sector_firms: Option<f64>,
    /// The cluster's share of its sector's jobs, %.
    pub sector_jobs: Option<f64>,
    /// How firm the two sector shares are (firms, jobs).
    pub sector_firmness: [Option<ValueStatus>; 2],
    /// The last cluster-management label on record up to the year; `None` for the
    /// selection combined, or a cluster with none.
    pub label: Option<LabelOnRecord>,
}

/// How long a cluster-management label holds, in years: ESCA's bronze and silver labels
/// are valid two years from the month of their assessment (cluster-analysis.org), and a
/// gold label expires too. A label recorded in 2017 holds in 2017 and 2018 and has
/// lapsed by 2019 unless a renewal is recorded.
pub const LABEL_YEARS: i32 = 2;

/// A cluster-management label (ESCA / EUCLES) as last recorded.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct LabelOnRecord {
    /// Its level.
    pub level: LabelWord,
    /// The year it was recorded.
    pub year: i32,
    /// Its score that year, %, when recorded.
    pub score: Option<f64>,
    /// How firm the record is (`estimate`: a lapse derived from a published end of
    /// validity).
    pub status: Option<ValueStatus>,
    /// The year it lapsed, when that is the year shown or before (a label holds
    /// [`LABEL_YEARS`] and no renewal is on record); `None` while it holds.
    pub lapsed_in: Option<i32>,
}

/// The annual plan's execution in one area, over the selection.
#[derive(Debug, Clone, PartialEq)]
pub struct PlanRow {
    /// The area of work.
    pub area: Area,
    /// Actions planned.
    pub planned: Option<f64>,
    /// Actions done.
    pub done: Option<f64>,
    /// Done over planned, 0 to 1.
    pub rate: Option<f64>,
    /// The target rate, done target over planned, 0 to 1.
    pub target_rate: Option<f64>,
    /// Where the execution stands against its target.
    pub status: Option<GoalStatus>,
}

/// Which clusters said each word.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Tally {
    /// The clusters expecting (or seeing) better.
    pub better: Vec<String>,
    /// The same.
    pub same: Vec<String>,
    /// Worse.
    pub worse: Vec<String>,
}

impl Tally {
    /// How many clusters answered.
    pub fn answered(&self) -> usize {
        self.better.len() + self.same.len() + self.worse.len()
    }
}

/// One variable of the semester outlook: the last semester's trend and the next one's
/// outlook.
#[derive(Debug, Clone, PartialEq)]
pub struct OutlookRow {
    /// The variable's name (order book, turnover...).
    pub name: String,
    /// The clusters by the trend of the last semester.
    pub last: Tally,
    /// The clusters by their outlook for the next semester.
    pub next: Tally,
}

/// The programme's budget in the year, against the grants shown.
#[derive(Debug, Clone, PartialEq)]
pub struct BudgetLine {
    /// The year.
    pub year: i32,
    /// The budget of the year, k€, when `programme.csv` has it.
    pub budget: Option<f64>,
    /// How firm that budget is.
    pub status: Option<ValueStatus>,
    /// Where it was published (raw text: make it safe to show).
    pub source: String,
    /// The share of the budget the grants shown add up to.
    pub share: Option<f64>,
    /// How firm the grants shown are (the weakest of them).
    pub grants_firmness: Option<ValueStatus>,
    /// Every year with a budget, oldest first.
    pub years_on_record: Vec<i32>,
}

/// Everything the Programme tab draws.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ProgrammeModel {
    /// One row per cluster of the selection with a grant, in selection order.
    pub money: Vec<MoneyRow>,
    /// The selection combined, when it has several clusters.
    pub total: Option<MoneyRow>,
    /// The plan's execution per area.
    pub plan: Vec<PlanRow>,
    /// The semester outlook, one row per variable.
    pub outlook: Vec<OutlookRow>,
    /// The programme's budget against the grants shown; `None` without `programme.csv`.
    pub budget: Option<BudgetLine>,
}

impl ProgrammeModel {
    /// Whether the catalogue has none of the programme's instruments.
    pub fn is_empty(&self) -> bool {
        self.money.is_empty() && self.plan.is_empty() && self.outlook.is_empty()
    }
}

/// The first indicator with a role.
fn with_role(catalogue: &Catalogue, role: Role) -> Option<&Indicator> {
    catalogue.indicators.iter().find(|i| i.role == Some(role))
}

/// Builds the Programme tab for the selection and year; `combined` gives the
/// selection's combined value of an indicator in the year (for one cluster, its own).
pub fn programme_model(
    dataset: &Dataset,
    cluster_ids: &[&str],
    combined: &dyn Fn(&str) -> Option<f64>,
    year: i32,
    lang: Lang,
) -> ProgrammeModel {
    let money: Vec<MoneyRow> = cluster_ids
        .iter()
        .map(|id| money_row(dataset, &[id], year, |i| dataset.value(id, i, year)))
        .filter(|row| row.awarded.is_some())
        .collect();
    let total = (money.len() > 1).then(|| {
        let shown: Vec<&str> = money
            .iter()
            .filter_map(|r| r.cluster_id.as_deref())
            .collect();
        let mut row = money_row(dataset, &shown, year, combined);
        row.cluster_id = None;
        row
    });
    let shown = total.as_ref().or(money.first());
    ProgrammeModel {
        budget: budget_line(dataset, shown, year),
        money,
        total,
        plan: plan_rows(dataset, cluster_ids, combined, year),
        outlook: outlook_rows(dataset, cluster_ids, year, lang),
    }
}

/// The budget of `year` against the grants of `shown` (the selection combined, or its
/// one cluster); `None` when the dataset has no budget at all.
fn budget_line(dataset: &Dataset, shown: Option<&MoneyRow>, year: i32) -> Option<BudgetLine> {
    let budget = &dataset.budget;
    if budget.is_empty() {
        return None;
    }
    let of_year = budget.of_year(year);
    let amount = of_year.map(|b| b.budget_keur);
    let awarded = shown.and_then(|row| row.awarded);
    Some(BudgetLine {
        year,
        budget: amount,
        status: of_year.map(|b| b.status),
        source: of_year.map(|b| b.source.clone()).unwrap_or_default(),
        share: awarded.zip(amount.filter(|a| *a > 0.0)).map(|(a, b)| a / b),
        grants_firmness: shown.and_then(|row| row.firmness),
        years_on_record: budget.years().iter().map(|b| b.year).collect(),
    })
}

/// The money of `clusters`, each value read through `value_of` (one cluster's own, or
/// the selection's combined).
fn money_row(
    dataset: &Dataset,
    clusters: &[&str],
    year: i32,
    value_of: impl Fn(&str) -> Option<f64>,
) -> MoneyRow {
    let catalogue = &dataset.catalogue;
    let value = |role: Role| with_role(catalogue, role).and_then(|i| value_of(&i.id));
    let awarded = value(Role::GrantAwarded);
    let per = |indicator: Option<&Indicator>| {
        let base = value_of(&indicator?.id).filter(|b| *b > 0.0)?;
        Some(awarded? / base)
    };
    let cap = INTERNATIONAL_CAP_K * clusters.len() as f64;
    MoneyRow {
        cluster_id: clusters.first().map(|c| c.to_string()),
        awarded,
        justified: value(Role::GrantJustified)
            .zip(awarded.filter(|a| *a > 0.0))
            .map(|(j, a)| j / a),
        cofunding: value(Role::CofundingRate),
        cap_used: value(Role::InternationalSupport).map(|s| s / cap),
        per_project: per(projects_indicator(catalogue)),
        per_member: per(size_indicator(catalogue)),
        firmness: with_role(catalogue, Role::GrantAwarded)
            .and_then(|i| dataset.firmness(clusters, &i.id, year)),
        sector_firms: value(Role::SectorFirmsShare),
        sector_jobs: value(Role::SectorJobsShare),
        sector_firmness: [Role::SectorFirmsShare, Role::SectorJobsShare].map(|role| {
            with_role(catalogue, role).and_then(|i| dataset.firmness(clusters, &i.id, year))
        }),
        label: match clusters {
            [one] => label_on_record(dataset, one, year),
            _ => None,
        },
    }
}

/// The last label of `cluster` recorded in `year` or before, with its score that year.
fn label_on_record(dataset: &Dataset, cluster: &str, year: i32) -> Option<LabelOnRecord> {
    let catalogue = &dataset.catalogue;
    let label = with_role(catalogue, Role::Label)?;
    let (period, value) = dataset
        .values
        .periods(cluster, &label.id)
        .iter()
        .copied()
        .rfind(|(p, _)| p.year <= year)?;
    let level = LabelWord::of(value)?;
    let end = period.year + LABEL_YEARS;
    Some(LabelOnRecord {
        level,
        year: period.year,
        lapsed_in: (level != LabelWord::None && year >= end).then_some(end),
        status: dataset.firmness(&[cluster], &label.id, period.year),
        score: with_role(catalogue, Role::LabelScore)
            .and_then(|i| dataset.value(cluster, &i.id, period.year)),
    })
}

/// The plan's execution in each area with planned and done actions in the catalogue.
fn plan_rows(
    dataset: &Dataset,
    cluster_ids: &[&str],
    combined: &dyn Fn(&str) -> Option<f64>,
    year: i32,
) -> Vec<PlanRow> {
    let catalogue = &dataset.catalogue;
    [
        (
            Area::Cooperation,
            Role::PlannedCooperation,
            Role::DoneCooperation,
        ),
        (
            Area::Technology,
            Role::PlannedTechnology,
            Role::DoneTechnology,
        ),
        (Area::Business, Role::PlannedBusiness, Role::DoneBusiness),
    ]
    .into_iter()
    .filter_map(|(area, planned, done)| {
        let (planned, done) = (with_role(catalogue, planned)?, with_role(catalogue, done)?);
        let planned_value = combined(&planned.id);
        let done_value = combined(&done.id);
        let rate = planned_value
            .filter(|p| *p > 0.0)
            .zip(done_value)
            .map(|(p, d)| d / p);
        let progress = goal_progress(dataset, cluster_ids, &done.id, year);
        Some(PlanRow {
            area,
            planned: planned_value,
            done: done_value,
            rate,
            target_rate: progress
                .zip(planned_value.filter(|p| *p > 0.0))
                .map(|(g, p)| g.target / p),
            status: progress.map(|g| GoalStatus::of(g.attainment)),
        })
    })
    .collect()
}

/// The semester outlook: the indicators with the roles `outlook_last` and
/// `outlook_next`, paired in catalogue order, each cluster counted by its word in the
/// year (its last semester).
fn outlook_rows(dataset: &Dataset, cluster_ids: &[&str], year: i32, lang: Lang) -> Vec<OutlookRow> {
    let catalogue = &dataset.catalogue;
    let of_role = |role: Role| {
        catalogue
            .indicators
            .iter()
            .filter(move |i| i.role == Some(role))
    };
    let tally = |indicator: &Indicator| {
        let mut tally = Tally::default();
        for id in cluster_ids {
            let word = dataset
                .value(id, &indicator.id, year)
                .and_then(OutlookWord::of);
            match word {
                Some(OutlookWord::Better) => tally.better.push(id.to_string()),
                Some(OutlookWord::Same) => tally.same.push(id.to_string()),
                Some(OutlookWord::Worse) => tally.worse.push(id.to_string()),
                None => {}
            }
        }
        tally
    };
    of_role(Role::OutlookLast)
        .zip(of_role(Role::OutlookNext))
        .map(|(last, next)| OutlookRow {
            name: variable_name(last.name_in(lang.code()), next.name_in(lang.code())),
            last: tally(last),
            next: tally(next),
        })
        .collect()
}

/// The variable two outlook names share ("Order book" of "Order book, last semester" and
/// "Order book, next semester"): their common start up to a word, without the trailing
/// comma; the first name whole when they share none.
fn variable_name(last: &str, next: &str) -> String {
    let common: usize = last
        .char_indices()
        .zip(next.chars())
        .take_while(|((_, a), b)| a == b)
        .last()
        .map_or(0, |((at, c), _)| at + c.len_utf8());
    let shared = &last[..common];
    let shared = match shared.rfind([' ', ',']) {
        Some(end) if common < last.len() => &shared[..end],
        _ => shared,
    };
    let shared = shared.trim_end_matches([',', ' ', '(', '-']);
    if shared.is_empty() {
        last.to_string()
    } else {
        shared.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_outlook_variable_is_the_start_its_two_names_share() {
        assert_eq!(
            variable_name("Order book, last semester", "Order book, next semester"),
            "Order book"
        );
        assert_eq!(
            variable_name(
                "Cartera de pedidos, último semestre",
                "Cartera de pedidos, próximo semestre"
            ),
            "Cartera de pedidos"
        );
        assert_eq!(variable_name("Trend", "Outlook"), "Trend");
        assert_eq!(variable_name("Jobs", "Jobs"), "Jobs");
    }
}
