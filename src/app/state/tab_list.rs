//! The list of each tab that has one, in one table: where its highlighted row is,
//! how many rows it has, how a new row is chosen and how it sorts. Moving, paging,
//! clicking and sorting work from this alone.

use super::super::models::data_rows::DataColumn;
use super::super::models::scorecard::ScorecardColumn;
use super::super::tab::Tab;
use super::{App, Recompute};

/// The shown tab's list, as the actions on lists need it.
#[derive(Clone, Copy)]
pub(super) struct TabList {
    /// The row highlighted.
    pub highlighted: usize,
    /// How many rows the list has.
    pub len: usize,
    /// Highlights a row (within the list).
    pub choose: fn(&mut App, usize),
    /// Sorts by the next column (`true`: the other way round), for a list that sorts.
    pub sort: Option<fn(&mut App, bool)>,
}

impl App {
    /// The shown tab's list; `None` for a tab without one. One arm per tab with a list,
    /// and a new tab without a list needs none.
    pub(super) fn tab_list(&self) -> Option<TabList> {
        match self.tab {
            Tab::Overview => Some(TabList {
                highlighted: self.scorecard.highlighted,
                len: self.scorecard.order.len(),
                choose: |app, row| app.scorecard.highlighted = row,
                sort: Some(|app, reverse| {
                    app.scorecard.sort.step(&ScorecardColumn::ALL, reverse);
                    app.reorder_scorecard();
                }),
            }),
            Tab::Technology => Some(TabList {
                highlighted: self.technology.goal,
                len: self.models.technology.goals.len(),
                choose: |app, goal| {
                    if goal != app.technology.goal {
                        app.technology.goal = goal;
                        app.recompute(Recompute::Goal);
                    }
                },
                sort: None,
            }),
            Tab::Data => Some(TabList {
                highlighted: self.data.highlighted,
                len: self.data.visible.len(),
                choose: |app, row| app.data.highlighted = row,
                sort: Some(|app, reverse| {
                    app.data.sort.step(&DataColumn::ALL, reverse);
                    app.refilter_data();
                }),
            }),
            Tab::Compare => Some(TabList {
                highlighted: self.compare.indicator,
                len: self.models.compare.rows.len(),
                choose: |app, row| {
                    if row != app.compare.indicator {
                        app.compare.indicator = row;
                        app.recompute(Recompute::Compared);
                    }
                },
                sort: None,
            }),
            Tab::Programme => Some(TabList {
                highlighted: self.programme.highlighted,
                len: self.models.programme.money.len(),
                choose: |app, row| app.programme.highlighted = row,
                sort: None,
            }),
            // A tab without a list (Cooperation, Business, any new one).
            _ => None,
        }
    }

    /// Highlights a row of the tab's list (the last, if past it).
    pub(super) fn highlight_row(&mut self, row: usize) {
        if let Some(list) = self.tab_list() {
            (list.choose)(self, row.min(list.len.saturating_sub(1)));
        }
    }

    /// Sorts the tab's list by its next column, or the other way round.
    pub(super) fn sort(&mut self, reverse: bool) {
        if let Some(sort) = self.tab_list().and_then(|list| list.sort) {
            sort(self, reverse);
        }
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use super::*;
    use crate::data::csv::source::DatasetSource;
    use crate::data::loading::dataset::Dataset;

    fn empty_app() -> App {
        let source = DatasetSource::Memory {
            label: "empty".to_string(),
            files: BTreeMap::new(),
        };
        App::new(Dataset::empty(&source))
    }

    #[test]
    fn the_tabs_with_a_list_are_those_the_tab_list_names() {
        let mut app = empty_app();
        for tab in Tab::ALL {
            app.show_tab(tab);
            assert_eq!(
                app.tab_list().is_some(),
                Tab::WITH_LISTS.contains(&tab),
                "{tab:?}"
            );
        }
    }

    #[test]
    fn the_tabs_that_sort_are_those_the_tab_list_sorts() {
        let mut app = empty_app();
        for tab in Tab::ALL {
            app.show_tab(tab);
            let sorts = app.tab_list().and_then(|list| list.sort).is_some();
            assert_eq!(sorts, Tab::SORTABLE.contains(&tab), "{tab:?}");
        }
    }
}
