//! The cluster picker: a search line over every cluster, marks, and a status filter.

use std::collections::BTreeSet;

use crate::data::format::vocabulary::ClusterStatus;
use crate::data::metadata::registry::Registry;
use crate::i18n::Lang;

use super::cluster_selection::ClusterSelection;
use super::fuzzy_match::{ClusterMatcher, KEEP_FROM};

/// Which statuses the picker lists.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum StatusFilter {
    /// Every cluster, pre-cluster and former association.
    #[default]
    All,
    /// Clusters only.
    Clusters,
    /// Pre-clusters only.
    Preclusters,
    /// Former associations only (no longer in the programme).
    Former,
}

impl StatusFilter {
    /// The next filter in the cycle all, clusters, pre-clusters, former.
    pub fn next(self) -> Self {
        match self {
            StatusFilter::All => StatusFilter::Clusters,
            StatusFilter::Clusters => StatusFilter::Preclusters,
            StatusFilter::Preclusters => StatusFilter::Former,
            StatusFilter::Former => StatusFilter::All,
        }
    }

    /// How the filter is named in the picker.
    pub fn label(self, lang: Lang) -> &'static str {
        lang.t(match self {
            StatusFilter::All => "picker.all",
            StatusFilter::Clusters => "picker.clusters_only",
            StatusFilter::Preclusters => "picker.preclusters_only",
            StatusFilter::Former => "picker.former_only",
        })
    }

    fn admits(self, status: ClusterStatus) -> bool {
        match self {
            StatusFilter::All => true,
            StatusFilter::Clusters => status == ClusterStatus::Cluster,
            StatusFilter::Preclusters => status == ClusterStatus::Precluster,
            StatusFilter::Former => status == ClusterStatus::Former,
        }
    }
}

/// The state of the open picker.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PickerState {
    /// What the user typed.
    pub query: String,
    /// The ids marked for the selection.
    pub marked: BTreeSet<String>,
    /// The statuses listed.
    pub status_filter: StatusFilter,
    /// The clusters listed, as indices into the registry, best match first.
    pub shown: Vec<usize>,
    /// The highlighted row of `shown`.
    pub highlighted: usize,
}

impl PickerState {
    /// Opens the picker with the current selection marked ("all clusters" opens with none marked).
    pub fn open(selection: &ClusterSelection, registry: &Registry) -> Self {
        let marked = match selection {
            ClusterSelection::All => BTreeSet::new(),
            ClusterSelection::Only(ids) => ids.iter().cloned().collect(),
        };
        let mut picker = PickerState {
            query: String::new(),
            marked,
            status_filter: StatusFilter::All,
            shown: Vec::new(),
            highlighted: 0,
        };
        picker.refresh(registry);
        picker
    }

    /// Recomputes the listed clusters after the query or the filter changed: those that
    /// match, best first, keeping only matches within reach of the best
    /// ([`KEEP_FROM`]), so that letters scattered across a long name do not list it.
    pub fn refresh(&mut self, registry: &Registry) {
        let mut matcher = ClusterMatcher::new(&self.query);
        let mut scored: Vec<(u32, usize)> = registry
            .clusters
            .iter()
            .enumerate()
            .filter(|(_, c)| self.status_filter.admits(c.status))
            .filter_map(|(i, c)| {
                // A name in any of the dataset's languages finds the cluster.
                let names = [c.name.as_str(), c.name_es.as_str(), c.name_eu.as_str()];
                matcher.cluster_score(&c.id, names).map(|s| (s, i))
            })
            .collect();
        let best = scored.iter().map(|(s, _)| *s).max().unwrap_or(0);
        scored.retain(|(s, _)| f64::from(*s) >= f64::from(best) * KEEP_FROM);
        scored.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
        self.shown = scored.into_iter().map(|(_, i)| i).collect();
        self.highlighted = self.highlighted.min(self.shown.len().saturating_sub(1));
    }

    /// The id of the highlighted cluster.
    pub fn highlighted_id<'a>(&self, registry: &'a Registry) -> Option<&'a str> {
        self.shown
            .get(self.highlighted)
            .map(|&i| registry.clusters[i].id.as_str())
    }

    /// Marks or unmarks the highlighted cluster.
    pub fn toggle_mark(&mut self, registry: &Registry) {
        if let Some(id) = self.highlighted_id(registry)
            && !self.marked.remove(id)
        {
            self.marked.insert(id.to_string());
        }
    }

    /// Marks every listed cluster.
    pub fn mark_all_shown(&mut self, registry: &Registry) {
        for &i in &self.shown {
            self.marked.insert(registry.clusters[i].id.clone());
        }
    }

    /// Moves the highlight by `delta` rows, staying within the list.
    pub fn move_by(&mut self, delta: isize) {
        let last = self.shown.len().saturating_sub(1);
        self.highlighted = self.highlighted.saturating_add_signed(delta).min(last);
    }

    /// The selection the picker applies: the marked clusters, or the highlighted one
    /// when none is marked; `None` when there is nothing to apply.
    pub fn selection(&self, registry: &Registry) -> Option<ClusterSelection> {
        if !self.marked.is_empty() {
            return Some(ClusterSelection::of(self.marked.iter().cloned(), registry));
        }
        self.highlighted_id(registry)
            .map(|id| ClusterSelection::Only(vec![id.to_string()]))
    }
}
