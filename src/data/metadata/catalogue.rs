//! The indicator catalogue, `indicators.csv`: what each indicator measures and how it
//! rolls up. Every view chooses what to show from this metadata, never from ids.

use rustc_hash::FxHashMap as HashMap;

use crate::data::csv::cells::{optional_word_cell, text_cell, word_cell};
use crate::data::csv::table::{ColumnSpec, Table, optional, optional_number, read_table, required};
use crate::data::format::ids::{indicator_id_expected, is_indicator_id};
use crate::data::format::number_format::FileNumbers;
use crate::data::format::problem::FileProblems;
use crate::data::format::vocabulary::{
    Area, ClusterAgg, Direction, Plan, Role, TimeAgg, Unit, Vocabulary, YesNo,
};
use crate::i18n::phrase::Phrase;

/// The columns of `indicators.csv`, in the order the format documents them.
pub const INDICATOR_COLUMNS: &[ColumnSpec] = &[
    required("indicator_id"),
    required("area"),
    required("name"),
    required("unit"),
    required("direction"),
    required("time_agg"),
    required("cluster_agg"),
    optional("pyramid_level"),
    optional("plan"),
    optional("description"),
    optional_number("min"),
    optional_number("max"),
    optional("name_es"),
    optional("name_eu"),
    optional("weight"),
    optional("double_counts"),
    optional("role"),
];

/// The highest level of the pyramid of cooperation (cooperation projects).
pub const PYRAMID_LEVELS: u8 = 4;

/// One indicator of the catalogue.
#[derive(Debug, Clone, PartialEq)]
pub struct Indicator {
    /// The id used in values and targets files.
    pub id: String,
    /// The area of work, which decides the tab that shows it.
    pub area: Area,
    /// The name shown to the user, in the dataset's language.
    pub name: String,
    /// Its name in Spanish, empty when the file does not give one.
    pub name_es: String,
    /// Its name in Basque, empty when the file does not give one.
    pub name_eu: String,
    /// The unit of its values.
    pub unit: Unit,
    /// Which way it improves.
    pub direction: Direction,
    /// How the parts of a year roll up into the year.
    pub time_agg: TimeAgg,
    /// How several clusters combine.
    pub cluster_agg: ClusterAgg,
    /// Its level in the pyramid of cooperation, 1 (base) to 4 (top); cooperation only.
    pub pyramid_level: Option<u8>,
    /// The Basque Government plan it reports to, if any.
    pub plan: Option<Plan>,
    /// A sentence saying what is counted.
    pub description: String,
    /// The smallest possible value.
    pub min: f64,
    /// The largest possible value.
    pub max: f64,
    /// The indicator whose values weigh this one when clusters combine (its base:
    /// members' turnover for R&D intensity); `None` combines by a plain mean.
    pub weight: Option<String>,
    /// Whether a firm may be counted by several clusters, so that a sum over clusters
    /// is an upper bound (members, jobs, turnover).
    pub double_counts: bool,
    /// What a programme indicator stands for (the grant, the plan, the outlook...), so
    /// that views find it without knowing its id.
    pub role: Option<Role>,
}

impl Indicator {
    /// Its name in a language (`es`, `eu`), or `name` when there is none.
    pub fn name_in(&self, language: &str) -> &str {
        super::registry::localized(&self.name, &self.name_es, &self.name_eu, language)
    }

    /// Whether `value` lies within the indicator's possible range.
    pub fn accepts(&self, value: f64) -> bool {
        value >= self.min && value <= self.max
    }

    /// The possible range in words, for error messages: "a value from 0 to 100".
    pub fn range_text(&self) -> Phrase {
        match (self.min.is_finite(), self.max.is_finite()) {
            (true, true) => Phrase::new("expected.range")
                .with("min", self.min)
                .with("max", self.max),
            (true, false) => Phrase::new("expected.at_least").with("min", self.min),
            (false, true) => Phrase::new("expected.at_most").with("max", self.max),
            (false, false) => Phrase::new("expected.number"),
        }
    }
}

/// Every indicator of a dataset, in file order, with a lookup by id.
#[derive(Debug, Clone, Default)]
pub struct Catalogue {
    /// The indicators in file order.
    pub indicators: Vec<Indicator>,
    index: HashMap<String, usize>,
}

impl Catalogue {
    /// Builds a catalogue from indicators with distinct ids.
    pub fn new(indicators: Vec<Indicator>) -> Self {
        let index = indicators
            .iter()
            .enumerate()
            .map(|(i, c)| (c.id.clone(), i))
            .collect();
        Catalogue { indicators, index }
    }

    /// The indicator with this id.
    pub fn get(&self, id: &str) -> Option<&Indicator> {
        self.index.get(id).map(|&i| &self.indicators[i])
    }

    /// The position of the indicator with this id in file order.
    pub fn position(&self, id: &str) -> Option<usize> {
        self.index.get(id).copied()
    }

    /// The indicators of one area, in file order.
    pub fn in_area(&self, area: Area) -> impl Iterator<Item = &Indicator> {
        self.indicators.iter().filter(move |i| i.area == area)
    }

    /// How many indicators there are.
    pub fn len(&self) -> usize {
        self.indicators.len()
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.indicators.is_empty()
    }
}

/// Parses `indicators.csv`. Rows with a bad id or a bad required word are left out;
/// a bad optional cell is reported and left empty.
pub fn parse_catalogue(bytes: &[u8], problems: &mut FileProblems) -> Catalogue {
    let table = read_table(bytes, INDICATOR_COLUMNS, problems);
    parse_catalogue_table(table, problems)
}

/// Parses the indicators table as read from CSV or a workbook (`None` when it could not
/// be read as a table, which gives an empty one).
pub fn parse_catalogue_table(table: Option<Table>, problems: &mut FileProblems) -> Catalogue {
    let Some(table) = table else {
        return Catalogue::default();
    };
    let mut indicators: Vec<Indicator> = Vec::new();
    let mut first_line: HashMap<String, u64> = HashMap::default();
    let mut weights: Vec<(usize, u64, String)> = Vec::new();
    for row in &table.rows {
        let line = row.line;
        let id = row.cell(0);
        if !is_indicator_id(id) {
            problems.bad_cell(line, "indicator_id", indicator_id_expected(), id);
            continue;
        }
        if let Some(first) = first_line.get(id) {
            problems.error(
                line,
                Some("indicator_id"),
                Phrase::new("problem.duplicate_indicator")
                    .with("id", id)
                    .with("first", first),
            );
            continue;
        }
        let area = word_cell::<Area>(problems, line, "area", row.cell(1));
        let name = text_cell(problems, line, "name", row.cell(2));
        let unit = word_cell::<Unit>(problems, line, "unit", row.cell(3));
        let direction = word_cell::<Direction>(problems, line, "direction", row.cell(4));
        let time_agg = word_cell::<TimeAgg>(problems, line, "time_agg", row.cell(5));
        let cluster_agg = word_cell::<ClusterAgg>(problems, line, "cluster_agg", row.cell(6));
        let (
            Some(area),
            Some(name),
            Some(unit),
            Some(direction),
            Some(time_agg),
            Some(cluster_agg),
        ) = (area, name, unit, direction, time_agg, cluster_agg)
        else {
            continue;
        };
        if unit == Unit::Outlook && cluster_agg != ClusterAgg::Mean {
            // Outlooks combine as the balance of better and worse, a mean.
            problems.bad_cell(
                line,
                "cluster_agg",
                Phrase::new("expected.mean_for_outlook"),
                row.cell(6),
            );
            continue;
        }
        let pyramid_level = pyramid_level_cell(problems, line, area, row.cell(7));
        let plan = optional_word_cell::<Plan>(problems, line, "plan", row.cell(8)).unwrap_or(None);
        let (default_min, default_max) = unit.default_range();
        let min =
            bound_cell(problems, line, "min", row.cell(10), &table.numbers).unwrap_or(default_min);
        let mut max =
            bound_cell(problems, line, "max", row.cell(11), &table.numbers).unwrap_or(default_max);
        if max < min {
            problems.bad_cell(
                line,
                "max",
                Phrase::new("expected.not_below_min").with("min", min),
                row.cell(11),
            );
            max = f64::INFINITY;
        }
        first_line.insert(id.to_string(), line);
        indicators.push(Indicator {
            id: id.to_string(),
            area,
            name,
            name_es: row.cell(12).to_string(),
            name_eu: row.cell(13).to_string(),
            unit,
            direction,
            time_agg,
            cluster_agg,
            pyramid_level,
            plan,
            description: row.cell(9).to_string(),
            min,
            max,
            weight: None,
            double_counts: double_counts_cell(problems, line, cluster_agg, row.cell(15)),
            role: role_cell(problems, line, unit, pyramid_level, row.cell(16)),
        });
        if !row.cell(14).is_empty() {
            weights.push((indicators.len() - 1, line, row.cell(14).to_string()));
        }
    }
    let mut catalogue = Catalogue::new(indicators);
    for (at, line, weight) in weights {
        if let Some(weight) = checked_weight(&catalogue, at, &weight, line, problems) {
            catalogue.indicators[at].weight = Some(weight);
        }
    }
    catalogue
}

/// The `weight` of the indicator at `at`, if it names an indicator that can weigh it:
/// another one, combined by a sum (a base such as turnover or members), while this one
/// combines by a mean. Anything else is reported, and the indicator combines by a
/// plain mean.
fn checked_weight(
    catalogue: &Catalogue,
    at: usize,
    weight: &str,
    line: u64,
    problems: &mut FileProblems,
) -> Option<String> {
    let indicator = &catalogue.indicators[at];
    let expected = match catalogue.get(weight) {
        _ if indicator.cluster_agg != ClusterAgg::Mean => Some("expected.weight_for_a_mean"),
        None => Some("expected.weight_indicator"),
        Some(base) if base.id == indicator.id => Some("expected.weight_not_itself"),
        Some(base) if base.cluster_agg != ClusterAgg::Sum => Some("expected.weight_a_sum"),
        Some(_) => None,
    };
    match expected {
        None => Some(weight.to_string()),
        Some(key) => {
            problems.bad_cell(line, "weight", Phrase::new(key), weight);
            None
        }
    }
}

/// Reads `role`, which must fit the indicator's unit: money in euros, shares in
/// percent, plan actions and SMEs in counts (SMEs at a level of the pyramid), the
/// outlook in the outlook unit.
fn role_cell(
    problems: &mut FileProblems,
    line: u64,
    unit: Unit,
    pyramid_level: Option<u8>,
    text: &str,
) -> Option<Role> {
    let role = optional_word_cell::<Role>(problems, line, "role", text).ok()??;
    let fits = match role {
        Role::GrantAwarded
        | Role::GrantJustified
        | Role::EligibleCost
        | Role::InternationalSupport => {
            matches!(unit, Unit::EurK | Unit::EurM)
        }
        Role::CofundingRate | Role::SectorFirmsShare | Role::SectorJobsShare => unit == Unit::Pct,
        Role::PlannedCooperation
        | Role::DoneCooperation
        | Role::PlannedTechnology
        | Role::DoneTechnology
        | Role::PlannedBusiness
        | Role::DoneBusiness => unit == Unit::Count,
        Role::OutlookLast | Role::OutlookNext => unit == Unit::Outlook,
        Role::Smes => unit == Unit::Count && pyramid_level.is_some(),
        Role::Label => unit == Unit::Label,
        Role::LabelScore => unit == Unit::Pct,
    };
    if !fits {
        problems.bad_cell(
            line,
            "role",
            Phrase::new("expected.role_for_unit").with("unit", unit.word()),
            text,
        );
        return None;
    }
    Some(role)
}

/// Reads `double_counts` (yes or no, empty for no), which only a sum can say.
fn double_counts_cell(
    problems: &mut FileProblems,
    line: u64,
    cluster_agg: ClusterAgg,
    text: &str,
) -> bool {
    let Ok(Some(answer)) = optional_word_cell::<YesNo>(problems, line, "double_counts", text)
    else {
        return false;
    };
    if answer == YesNo::Yes && cluster_agg != ClusterAgg::Sum {
        problems.bad_cell(
            line,
            "double_counts",
            Phrase::new("expected.double_counts_for_a_sum"),
            text,
        );
        return false;
    }
    answer == YesNo::Yes
}

fn pyramid_level_cell(
    problems: &mut FileProblems,
    line: u64,
    area: Area,
    text: &str,
) -> Option<u8> {
    if text.is_empty() {
        return None;
    }
    if area != Area::Cooperation {
        problems.bad_cell(
            line,
            "pyramid_level",
            Phrase::new("expected.empty_outside_cooperation"),
            text,
        );
        return None;
    }
    let level = text
        .parse::<u8>()
        .ok()
        .filter(|l| (1..=PYRAMID_LEVELS).contains(l));
    if level.is_none() {
        problems.bad_cell(
            line,
            "pyramid_level",
            Phrase::new("expected.pyramid_level"),
            text,
        );
    }
    level
}

/// Reads an optional bound as the file writes numbers, reporting a cell that is not one.
fn bound_cell(
    problems: &mut FileProblems,
    line: u64,
    column: &str,
    text: &str,
    numbers: &FileNumbers,
) -> Option<f64> {
    if text.is_empty() {
        return None;
    }
    match numbers.read(text) {
        Ok(value) => Some(value),
        Err(expected) => {
            problems.bad_cell(line, column, expected, text);
            None
        }
    }
}
