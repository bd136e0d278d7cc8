//! Which clusters the tabs show: all of them, or a chosen few.

use crate::data::metadata::registry::Registry;
use crate::i18n::Lang;

/// The clusters in the filter.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum ClusterSelection {
    /// Every cluster of the registry.
    #[default]
    All,
    /// These clusters, in registry order.
    Only(Vec<String>),
}

impl ClusterSelection {
    /// A selection of these ids, put in registry order; all clusters when empty.
    pub fn of(ids: impl IntoIterator<Item = String>, registry: &Registry) -> Self {
        let wanted: Vec<String> = ids.into_iter().collect();
        let ordered: Vec<String> = registry
            .clusters
            .iter()
            .filter(|c| wanted.contains(&c.id))
            .map(|c| c.id.clone())
            .collect();
        if ordered.is_empty() {
            ClusterSelection::All
        } else {
            ClusterSelection::Only(ordered)
        }
    }

    /// The ids selected, in registry order.
    pub fn ids<'a>(&'a self, registry: &'a Registry) -> Vec<&'a str> {
        match self {
            ClusterSelection::All => registry.clusters.iter().map(|c| c.id.as_str()).collect(),
            ClusterSelection::Only(ids) => ids.iter().map(String::as_str).collect(),
        }
    }

    /// Whether a cluster is selected.
    pub fn contains(&self, id: &str) -> bool {
        match self {
            ClusterSelection::All => true,
            ClusterSelection::Only(ids) => ids.iter().any(|i| i == id),
        }
    }

    /// The header's words for the selection in `year`: "All 17 clusters" (those taking
    /// part in the programme that year), "HEGAN", "HEGAN, GAIA +3".
    pub fn describe(&self, registry: &Registry, year: i32, lang: Lang) -> String {
        match self {
            ClusterSelection::All => lang.count(
                "filter.all_clusters",
                registry
                    .clusters
                    .iter()
                    .filter(|c| c.is_active_in(year))
                    .count(),
            ),
            ClusterSelection::Only(ids) => match ids.as_slice() {
                [one] => one.clone(),
                [a, b] => format!("{a}, {b}"),
                [a, b, rest @ ..] => format!("{a}, {b} +{}", rest.len()),
                [] => lang.t("filter.no_clusters").to_string(),
            },
        }
    }
}
