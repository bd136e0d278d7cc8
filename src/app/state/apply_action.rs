//! How each action changes the dashboard's state, mode by mode.

use super::super::action::Action;
use super::super::cluster_selection::ClusterSelection;
use super::super::effect::Effect;
use super::super::mode::Mode;
use super::super::picker::PickerState;
use super::super::tab::Tab;
use super::super::view_models::data_rows::DataColumn;
use super::super::view_models::scorecard::ScorecardColumn;
use super::{App, Overlay, Recompute};

impl App {
    /// Applies an action; returns whether anything on screen may have changed.
    pub fn apply(&mut self, action: Action) -> bool {
        if action == Action::Quit {
            self.should_quit = true;
            return true;
        }
        if action == Action::Suspend {
            self.effect = Some(Effect::Suspend);
            return true;
        }
        let had_notice = self.notice.take().is_some();
        let changed = match self.mode() {
            Mode::Picker => self.apply_in_picker(action),
            Mode::Search => self.apply_in_search(action),
            Mode::Review => self.apply_in_review(action),
            Mode::Help | Mode::Problems | Mode::Normal | Mode::Any => self.apply_in_normal(action),
        };
        changed || had_notice
    }

    fn apply_in_normal(&mut self, action: Action) -> bool {
        match action {
            Action::Back => match self.overlay {
                Overlay::None => self.should_quit = true,
                _ => self.overlay = Overlay::None,
            },
            Action::NextTab => self.show_tab(self.tab.next()),
            Action::PreviousTab => self.show_tab(self.tab.previous()),
            Action::ShowTab(tab) => self.show_tab(tab),
            Action::PreviousYear => self.step_year(-1),
            Action::NextYear => self.step_year(1),
            Action::Up => self.move_highlight(-1),
            Action::Down => self.move_highlight(1),
            Action::PageUp => self.move_highlight(-(self.page_rows.max(1) as isize)),
            Action::PageDown => self.move_highlight(self.page_rows.max(1) as isize),
            Action::First => self.move_highlight(isize::MIN / 2),
            Action::Last => self.move_highlight(isize::MAX / 2),
            Action::HighlightRow(row) => self.highlight_row(row),
            Action::Confirm if self.tab == Tab::Overview => {
                if let Some(id) = self.highlighted_cluster() {
                    let one = ClusterSelection::Only(vec![id.to_string()]);
                    self.set_selection(one);
                }
            }
            Action::NextSortColumn => self.sort(false),
            Action::ReverseSort => self.sort(true),
            Action::OpenPicker => {
                self.overlay =
                    Overlay::Picker(PickerState::open(&self.selection, &self.dataset.registry));
            }
            Action::ShowAllClusters => self.set_selection(ClusterSelection::All),
            Action::NextLanguage => self.set_lang(self.lang.next()),
            Action::ToggleHelp => {
                self.help_scroll = 0;
                self.overlay = if self.overlay == Overlay::Help {
                    Overlay::None
                } else {
                    Overlay::Help
                };
            }
            Action::ToggleChanges => {
                self.changes_scroll = 0;
                self.overlay = if self.overlay == Overlay::Changes {
                    Overlay::None
                } else {
                    Overlay::Changes
                };
            }
            Action::ToggleReporting => {
                self.reporting_scroll = 0;
                if self.overlay == Overlay::Reporting {
                    self.overlay = Overlay::None;
                    self.reporting.clear();
                } else {
                    self.overlay = Overlay::Reporting;
                    self.refresh_reporting();
                }
            }
            Action::ToggleProblems => {
                self.overlay = if matches!(
                    self.overlay,
                    Overlay::Problems | Overlay::Changes | Overlay::Reporting
                ) {
                    Overlay::None
                } else {
                    Overlay::Problems
                };
            }
            Action::StartSearch if self.tab == Tab::Data => self.data.typing = true,
            Action::ToggleReview => {
                self.review_page = Some(0);
                // Review pages are made only for review mode.
                self.recompute(Recompute::Year);
            }
            Action::ConfirmRemoved if !self.dataset.removed.is_empty() => {
                self.effect = Some(Effect::ConfirmRemoved)
            }
            Action::ShareView => {
                self.effect = Some(Effect::CopyViewString(self.view_spec().to_string()))
            }
            Action::SaveSnapshot => self.effect = Some(Effect::SaveSnapshot),
            Action::ExportRows if self.tab == Tab::Data => {
                self.effect = Some(Effect::ExportVisibleRows)
            }
            _ => return false,
        }
        true
    }

    fn apply_in_review(&mut self, action: Action) -> bool {
        let pages = self.views.review.len();
        let page = self.review_page.unwrap_or(0);
        match action {
            Action::ToggleReview => self.review_page = None,
            Action::NextPage if pages > 0 => self.review_page = Some((page + 1) % pages),
            Action::PreviousPage if pages > 0 => {
                self.review_page = Some((page + pages - 1) % pages)
            }
            Action::PreviousYear => self.step_year(-1),
            Action::NextYear => self.step_year(1),
            Action::OpenPicker => {
                self.overlay =
                    Overlay::Picker(PickerState::open(&self.selection, &self.dataset.registry));
            }
            _ => return false,
        }
        true
    }

    fn step_year(&mut self, delta: isize) {
        if let Some(position) = self.years.iter().position(|y| *y == self.year) {
            let target = position
                .saturating_add_signed(delta)
                .min(self.years.len() - 1);
            self.set_year(self.years[target]);
        }
    }

    fn move_highlight(&mut self, delta: isize) {
        let step = |current: usize, len: usize| {
            current
                .saturating_add_signed(delta)
                .min(len.saturating_sub(1))
        };
        match (&self.overlay, self.tab) {
            (Overlay::Changes, _) => {
                self.changes_scroll = step(self.changes_scroll, self.changes.len())
            }
            (Overlay::Reporting, _) => {
                self.reporting_scroll = step(self.reporting_scroll, self.reporting.len())
            }
            (Overlay::Problems, _) => {
                self.problems_scroll = step(self.problems_scroll, self.dataset.problems.len());
            }
            (Overlay::Help, _) => {
                self.help_scroll = step(self.help_scroll, self.key_map.help_line_count())
            }
            (Overlay::None, Tab::Overview) => {
                self.scorecard_highlight =
                    step(self.scorecard_highlight, self.scorecard_order.len());
            }
            (Overlay::None, Tab::Technology) => {
                let goal = step(self.goal_highlight, self.views.technology.goals.len());
                self.choose_goal(goal);
            }
            (Overlay::None, Tab::Data) => {
                self.data.highlighted = step(self.data.highlighted, self.data.visible.len())
            }
            _ => {}
        }
    }

    fn highlight_row(&mut self, row: usize) {
        match self.tab {
            Tab::Overview => {
                self.scorecard_highlight = row.min(self.scorecard_order.len().saturating_sub(1))
            }
            Tab::Technology => {
                self.choose_goal(row.min(self.views.technology.goals.len().saturating_sub(1)))
            }
            Tab::Data => self.data.highlighted = row.min(self.data.visible.len().saturating_sub(1)),
            Tab::Cooperation | Tab::Business => {}
        }
    }

    fn choose_goal(&mut self, goal: usize) {
        if goal != self.goal_highlight {
            self.goal_highlight = goal;
            self.recompute(Recompute::Goal);
        }
    }

    fn sort(&mut self, reverse: bool) {
        match self.tab {
            Tab::Overview => {
                if reverse {
                    self.scorecard_sort.descending = !self.scorecard_sort.descending;
                } else {
                    self.scorecard_sort.next_column(&ScorecardColumn::ALL);
                }
                self.reorder_scorecard();
            }
            Tab::Data => {
                if reverse {
                    self.data.sort.descending = !self.data.sort.descending;
                } else {
                    self.data.sort.next_column(&DataColumn::ALL);
                }
                self.refilter_data();
            }
            _ => {}
        }
    }

    fn apply_in_search(&mut self, action: Action) -> bool {
        match action {
            Action::TypeChar(c) => self.data.query.push(c),
            Action::DeleteChar => {
                self.data.query.pop();
            }
            Action::Confirm => self.data.typing = false,
            Action::Back => {
                self.data.typing = false;
                self.data.query.clear();
            }
            _ => return false,
        }
        self.data.highlighted = 0;
        self.refilter_data();
        true
    }

    fn apply_in_picker(&mut self, action: Action) -> bool {
        let Overlay::Picker(picker) = &mut self.overlay else {
            return false;
        };
        let registry = &self.dataset.registry;
        match action {
            Action::Back => self.overlay = Overlay::None,
            Action::Confirm => {
                if let Some(selection) = picker.selection(registry) {
                    self.overlay = Overlay::None;
                    self.set_selection(selection);
                }
            }
            Action::Up => picker.move_by(-1),
            Action::Down => picker.move_by(1),
            Action::PageUp => picker.move_by(-(self.page_rows.max(1) as isize)),
            Action::PageDown => picker.move_by(self.page_rows.max(1) as isize),
            Action::HighlightRow(row) => {
                picker.highlighted = row.min(picker.shown.len().saturating_sub(1))
            }
            Action::ToggleMark => picker.toggle_mark(registry),
            Action::MarkAllShown => picker.mark_all_shown(registry),
            Action::ClearMarks => picker.marked.clear(),
            Action::CycleStatusFilter => {
                picker.status_filter = picker.status_filter.next();
                picker.refresh(registry);
            }
            Action::TypeChar(c) => {
                picker.query.push(c);
                picker.highlighted = 0;
                picker.refresh(registry);
            }
            Action::DeleteChar => {
                picker.query.pop();
                picker.refresh(registry);
            }
            _ => return false,
        }
        true
    }
}
