//! The cluster registry, `clusters.csv`: which associations exist and when they were active.

use rustc_hash::FxHashMap as HashMap;

use crate::data::csv::cells::{optional_word_cell, optional_year_cell, text_cell, word_cell};
use crate::data::csv::table::{ColumnSpec, Table, optional, read_table, required};
use crate::data::format::ids::{cluster_id_expected, is_cluster_id};
use crate::data::format::problem::FileProblems;
use crate::data::format::vocabulary::{ClusterStatus, Territory};
use crate::i18n::phrase::Phrase;

/// The columns of `clusters.csv`, in the order the format documents them.
pub const CLUSTER_COLUMNS: &[ColumnSpec] = &[
    required("cluster_id"),
    required("name"),
    required("status"),
    required("sector"),
    required("ris3_area"),
    optional("founded"),
    optional("territory"),
    optional("active_from"),
    optional("active_to"),
    optional("name_es"),
    optional("name_eu"),
];

/// One cluster or pre-cluster association.
#[derive(Debug, Clone, PartialEq)]
pub struct Cluster {
    /// Short upper-case id, also the name of its values file.
    pub id: String,
    /// The association's name.
    pub name: String,
    /// Its name in Spanish, empty when the file does not give one.
    pub name_es: String,
    /// Its name in Basque, empty when the file does not give one.
    pub name_eu: String,
    /// Cluster, pre-cluster or former.
    pub status: ClusterStatus,
    /// The sector it serves, free text.
    pub sector: String,
    /// The smart-specialisation (RIS3) area it belongs to, free text.
    pub ris3_area: String,
    /// The year it was founded, when known.
    pub founded: Option<i32>,
    /// The territory of its seat, when known.
    pub territory: Option<Territory>,
    /// The first year it takes part in the programme, when limited.
    pub active_from: Option<i32>,
    /// The last year it takes part in the programme, when limited.
    pub active_to: Option<i32>,
}

impl Cluster {
    /// Its name in a language (`es`, `eu`), or `name` when there is none.
    pub fn name_in(&self, language: &str) -> &str {
        localized(&self.name, &self.name_es, &self.name_eu, language)
    }

    /// Whether the cluster takes part in the programme in `year`.
    pub fn is_active_in(&self, year: i32) -> bool {
        self.active_from.is_none_or(|from| year >= from)
            && self.active_to.is_none_or(|to| year <= to)
    }
}

/// Every cluster of a dataset, in file order, with a lookup by id.
#[derive(Debug, Clone, Default)]
pub struct Registry {
    /// The clusters in file order.
    pub clusters: Vec<Cluster>,
    index: HashMap<String, usize>,
}

impl Registry {
    /// Builds a registry from clusters with distinct ids.
    pub fn new(clusters: Vec<Cluster>) -> Self {
        let index = clusters
            .iter()
            .enumerate()
            .map(|(i, c)| (c.id.clone(), i))
            .collect();
        Registry { clusters, index }
    }

    /// The cluster with this id.
    pub fn get(&self, id: &str) -> Option<&Cluster> {
        self.index.get(id).map(|&i| &self.clusters[i])
    }

    /// The position of the cluster with this id in file order.
    pub fn position(&self, id: &str) -> Option<usize> {
        self.index.get(id).copied()
    }

    /// Whether a cluster with this id exists.
    pub fn contains(&self, id: &str) -> bool {
        self.index.contains_key(id)
    }

    /// How many clusters there are.
    pub fn len(&self) -> usize {
        self.clusters.len()
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.clusters.is_empty()
    }
}

/// Parses `clusters.csv`. Rows with a bad id, name or status are left out; a bad
/// optional cell is reported and left empty, so the cluster still loads.
pub fn parse_registry(bytes: &[u8], problems: &mut FileProblems) -> Registry {
    let table = read_table(bytes, CLUSTER_COLUMNS, problems);
    parse_registry_table(table, problems)
}

/// Parses the clusters table as read from CSV or a workbook (`None` when it could not
/// be read as a table, which gives an empty one).
pub fn parse_registry_table(table: Option<Table>, problems: &mut FileProblems) -> Registry {
    let Some(table) = table else {
        return Registry::default();
    };
    let mut clusters: Vec<Cluster> = Vec::new();
    let mut first_line: HashMap<String, u64> = HashMap::default();
    for row in &table.rows {
        let line = row.line;
        let id = row.cell(0);
        if !is_cluster_id(id) {
            problems.bad_cell(line, "cluster_id", cluster_id_expected(), id);
            continue;
        }
        if let Some(first) = first_line.get(id) {
            problems.error(
                line,
                Some("cluster_id"),
                Phrase::new("problem.duplicate_cluster")
                    .with("id", id)
                    .with("first", first),
            );
            continue;
        }
        let name = text_cell(problems, line, "name", row.cell(1));
        let status = word_cell::<ClusterStatus>(problems, line, "status", row.cell(2));
        let (Some(name), Some(status)) = (name, status) else {
            continue;
        };
        let founded = optional_year_cell(problems, line, "founded", row.cell(5)).unwrap_or(None);
        let territory = optional_word_cell::<Territory>(problems, line, "territory", row.cell(6))
            .unwrap_or(None);
        let mut active_from =
            optional_year_cell(problems, line, "active_from", row.cell(7)).unwrap_or(None);
        let mut active_to =
            optional_year_cell(problems, line, "active_to", row.cell(8)).unwrap_or(None);
        if let (Some(from), Some(to)) = (active_from, active_to)
            && from > to
        {
            problems.bad_cell(
                line,
                "active_to",
                Phrase::new("expected.not_before_active_from").with("from", from),
                row.cell(8),
            );
            active_from = None;
            active_to = None;
        }
        first_line.insert(id.to_string(), line);
        clusters.push(Cluster {
            id: id.to_string(),
            name,
            name_es: row.cell(9).to_string(),
            name_eu: row.cell(10).to_string(),
            status,
            sector: row.cell(3).to_string(),
            ris3_area: row.cell(4).to_string(),
            founded,
            territory,
            active_from,
            active_to,
        });
    }
    Registry::new(clusters)
}

/// A name in a language (`es`, `eu`) when given, else the default name.
pub fn localized<'a>(name: &'a str, name_es: &'a str, name_eu: &'a str, language: &str) -> &'a str {
    let local = match language {
        "es" => name_es,
        "eu" => name_eu,
        _ => "",
    };
    if local.is_empty() { name } else { local }
}
