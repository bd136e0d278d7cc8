//! Shareable views: a short string such as `tab=technology;clusters=HEGAN,GAIA;year=2024`
//! that opens exactly the same view in another terminal or in a snapshot.

use std::fmt;

use crate::data::format::ids::is_cluster_id;
use crate::data::metadata::registry::Registry;
use crate::i18n::Lang;

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

/// What is wrong with a view string, naming the part.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ViewStringError {
    /// A part without `=`.
    NotKeyValue {
        /// The part.
        part: String,
    },
    /// A key given twice.
    Twice {
        /// The part.
        part: String,
        /// Its key.
        key: String,
    },
    /// A tab that does not exist.
    BadTab {
        /// What was given.
        value: String,
    },
    /// A cluster id that cannot be one.
    BadCluster {
        /// What was given.
        value: String,
    },
    /// A year that is not one.
    BadYear {
        /// What was given.
        value: String,
    },
    /// A key other than tab, clusters and year.
    UnknownKey {
        /// The part.
        part: String,
        /// Its key.
        key: String,
    },
    /// Cluster ids the registry lacks.
    UnknownClusters {
        /// The ids, separated by commas.
        ids: String,
    },
    /// A year without values.
    NoValuesIn {
        /// The year asked for.
        year: i32,
        /// The first year with values, if any.
        first: Option<i32>,
        /// The last year with values, if any.
        last: Option<i32>,
    },
}

impl ViewStringError {
    /// The message in a language.
    pub fn text(&self, lang: Lang) -> String {
        let detail = match self {
            ViewStringError::NotKeyValue { part } => {
                lang.f("view_error.not_key_value", &[("part", part)])
            }
            ViewStringError::Twice { part, key } => {
                lang.f("view_error.twice", &[("part", part), ("key", key)])
            }
            ViewStringError::BadTab { value } => {
                let names: Vec<&str> = Tab::ALL.iter().map(|t| t.key()).collect();
                lang.f(
                    "view_error.bad_tab",
                    &[("tabs", &names.join(", ")), ("value", value)],
                )
            }
            ViewStringError::BadCluster { value } => {
                lang.f("view_error.bad_cluster", &[("value", value)])
            }
            ViewStringError::BadYear { value } => {
                lang.f("view_error.bad_year", &[("value", value)])
            }
            ViewStringError::UnknownKey { part, key } => {
                lang.f("view_error.unknown_key", &[("part", part), ("key", key)])
            }
            ViewStringError::UnknownClusters { ids } => {
                lang.f("view_error.unknown_clusters", &[("ids", ids)])
            }
            ViewStringError::NoValuesIn { year, first, last } => {
                let range = match (first, last) {
                    (Some(first), Some(last)) => {
                        lang.f("view_error.year_range", &[("first", first), ("last", last)])
                    }
                    _ => lang.t("view_error.no_years").to_string(),
                };
                lang.f(
                    "view_error.no_values_in",
                    &[("year", year), ("range", &range)],
                )
            }
        };
        lang.f("view_error.invalid", &[("detail", &detail)])
    }
}

impl fmt::Display for ViewStringError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text(Lang::En))
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
                return Err(ViewStringError::NotKeyValue {
                    part: part.to_string(),
                });
            };
            let (key, value) = (key.trim().to_ascii_lowercase(), value.trim());
            if seen.contains(&key) {
                return Err(ViewStringError::Twice {
                    part: part.to_string(),
                    key,
                });
            }
            match key.as_str() {
                // not translated: view-string syntax
                "tab" => {
                    spec.tab = Tab::from_key(value).ok_or_else(|| ViewStringError::BadTab {
                        value: value.to_string(),
                    })?;
                }
                // not translated: view-string syntax
                "clusters" if value.eq_ignore_ascii_case("all") => {
                    spec.selection = ClusterSelection::All
                }
                // not translated: view-string syntax
                "clusters" => {
                    let ids: Vec<String> =
                        value.split(',').map(|id| id.trim().to_string()).collect();
                    if let Some(bad) = ids.iter().find(|id| !is_cluster_id(id)) {
                        return Err(ViewStringError::BadCluster { value: bad.clone() });
                    }
                    spec.selection = ClusterSelection::Only(ids);
                }
                // not translated: view-string syntax
                "year" => {
                    let year = crate::data::format::period::parse_year(value);
                    spec.year = Some(year.ok_or_else(|| ViewStringError::BadYear {
                        value: value.to_string(),
                    })?);
                }
                other => {
                    return Err(ViewStringError::UnknownKey {
                        part: part.to_string(),
                        key: other.to_string(),
                    });
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
                return Err(ViewStringError::UnknownClusters {
                    ids: unknown.join(", "),
                });
            }
            self.selection = ClusterSelection::of(ids.clone(), registry);
        }
        Ok(())
    }
}

impl fmt::Display for ViewSpec {
    /// The view string: `tab=...;clusters=...;year=...`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "tab={}", self.tab.key())?; // not translated: view-string syntax
        match &self.selection {
            ClusterSelection::All => f.write_str(";clusters=all")?, // not translated: view-string syntax
            ClusterSelection::Only(ids) => write!(f, ";clusters={}", ids.join(","))?, // not translated: view-string syntax
        }
        if let Some(year) = self.year {
            write!(f, ";year={year}")?; // not translated: view-string syntax
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
            "invalid view string: tab: expected one of overview, cooperation, technology, business, data, programme, compare, found \"finance\""
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
