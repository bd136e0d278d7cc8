//! Shareable views: a short string such as `tab=technology;clusters=HEGAN,GAIA;year=2024`
//! that opens exactly the same view in another terminal or in a snapshot.

use std::fmt;

use crate::data::ids::is_cluster_id;
use crate::data::registry::Registry;

use super::cluster_selection::ClusterSelection;
use super::tab::Tab;

/// A view: a tab, the clusters in the filter, and the year.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ViewSpec {
    /// The tab shown.
    pub tab: Tab,
    /// The clusters in the filter.
    pub selection: ClusterSelection,
    /// The year, or `None` for the latest with values.
    pub year: Option<i32>,
}

impl Default for ViewSpec {
    fn default() -> Self {
        ViewSpec {
            tab: Tab::Overview,
            selection: ClusterSelection::All,
            year: None,
        }
    }
}

impl Tab {
    /// The tab's name in view strings and on the command line: `overview`, `cooperation`...
    pub fn key(self) -> &'static str {
        match self {
            Tab::Overview => "overview",
            Tab::Cooperation => "cooperation",
            Tab::Technology => "technology",
            Tab::Business => "business",
            Tab::Data => "data",
        }
    }

    /// The tab named `key` (case-insensitive), if any.
    pub fn from_key(key: &str) -> Option<Tab> {
        Tab::ALL
            .into_iter()
            .find(|t| t.key().eq_ignore_ascii_case(key.trim()))
    }
}

/// What is wrong with a view string, naming the part.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ViewStringError(pub String);

impl fmt::Display for ViewStringError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "invalid view string: {}", self.0)
    }
}

impl std::error::Error for ViewStringError {}

impl ViewSpec {
    /// Parses a view string. Parts are `key=value` separated by `;`, in any order;
    /// `clusters` is a comma-separated list of ids or `all`. Cluster ids are checked
    /// against a registry by [`ViewSpec::check_clusters`].
    pub fn parse(text: &str) -> Result<Self, ViewStringError> {
        let mut spec = ViewSpec::default();
        let mut seen: Vec<String> = Vec::new();
        for part in text.split(';').map(str::trim).filter(|p| !p.is_empty()) {
            let Some((key, value)) = part.split_once('=') else {
                return Err(ViewStringError(format!(
                    "part \"{part}\": expected key=value"
                )));
            };
            let (key, value) = (key.trim().to_ascii_lowercase(), value.trim());
            if seen.contains(&key) {
                return Err(ViewStringError(format!(
                    "part \"{part}\": {key} is given twice"
                )));
            }
            match key.as_str() {
                "tab" => {
                    spec.tab = Tab::from_key(value).ok_or_else(|| {
                        let names: Vec<&str> = Tab::ALL.iter().map(|t| t.key()).collect();
                        ViewStringError(format!(
                            "tab: expected one of {}, found \"{value}\"",
                            names.join(", ")
                        ))
                    })?;
                }
                "clusters" if value.eq_ignore_ascii_case("all") => {
                    spec.selection = ClusterSelection::All
                }
                "clusters" => {
                    let ids: Vec<String> =
                        value.split(',').map(|id| id.trim().to_string()).collect();
                    if let Some(bad) = ids.iter().find(|id| !is_cluster_id(id)) {
                        return Err(ViewStringError(format!(
                            "clusters: expected ids of A-Z, 0-9 and _ separated by commas, or all, found \"{bad}\""
                        )));
                    }
                    spec.selection = ClusterSelection::Only(ids);
                }
                "year" => {
                    let year = crate::data::period::parse_year(value);
                    spec.year = Some(year.ok_or_else(|| {
                        ViewStringError(format!("year: expected a year (YYYY), found \"{value}\""))
                    })?);
                }
                other => {
                    return Err(ViewStringError(format!(
                        "part \"{part}\": unknown key \"{other}\" (expected tab, clusters or year)"
                    )));
                }
            }
            seen.push(key);
        }
        Ok(spec)
    }

    /// Checks the cluster ids against a registry, listing every unknown one, and puts
    /// the known ones in registry order.
    pub fn check_clusters(&mut self, registry: &Registry) -> Result<(), ViewStringError> {
        if let ClusterSelection::Only(ids) = &self.selection {
            let unknown: Vec<&str> = ids
                .iter()
                .filter(|id| !registry.contains(id))
                .map(String::as_str)
                .collect();
            if !unknown.is_empty() {
                return Err(ViewStringError(format!(
                    "clusters: unknown cluster ids: {}",
                    unknown.join(", ")
                )));
            }
            self.selection = ClusterSelection::of(ids.clone(), registry);
        }
        Ok(())
    }
}

impl fmt::Display for ViewSpec {
    /// The view string: `tab=...;clusters=...;year=...`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "tab={}", self.tab.key())?;
        match &self.selection {
            ClusterSelection::All => f.write_str(";clusters=all")?,
            ClusterSelection::Only(ids) => write!(f, ";clusters={}", ids.join(","))?,
        }
        if let Some(year) = self.year {
            write!(f, ";year={year}")?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips() {
        for text in [
            "tab=technology;clusters=HEGAN,GAIA;year=2024",
            "tab=overview;clusters=all",
        ] {
            assert_eq!(ViewSpec::parse(text).unwrap().to_string(), text);
        }
        let spec = ViewSpec::parse(" year = 2020 ; TAB=Data ").unwrap();
        assert_eq!((spec.tab, spec.year), (Tab::Data, Some(2020)));
    }

    #[test]
    fn errors_name_the_part() {
        let error = |text: &str| ViewSpec::parse(text).unwrap_err().to_string();
        assert_eq!(
            error("tab=finance"),
            "invalid view string: tab: expected one of overview, cooperation, technology, business, data, found \"finance\""
        );
        assert_eq!(
            error("year=24"),
            "invalid view string: year: expected a year (YYYY), found \"24\""
        );
        assert_eq!(
            error("colour=red"),
            "invalid view string: part \"colour=red\": unknown key \"colour\" (expected tab, clusters or year)"
        );
        assert_eq!(
            error("tab"),
            "invalid view string: part \"tab\": expected key=value"
        );
        assert_eq!(
            error("tab=data;tab=overview"),
            "invalid view string: part \"tab=overview\": tab is given twice"
        );
        assert!(error("clusters=hegan").contains("found \"hegan\""));
    }
}
