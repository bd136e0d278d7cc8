//! How each action changes the dashboard's state, mode by mode.

use super::super::action::Action;
use super::super::cluster_selection::ClusterSelection;
use super::super::effect::Effect;
use super::super::mode::Mode;
use super::super::picker::PickerState;
use super::super::tab::Tab;
use super::{App, Overlay, Recompute};

impl App {
    /// Applies an action; returns whether anything on screen may have changed.
    pub fn apply(&mut self, action: Action) -> bool {
        if action == Action::Quit {
            self.outbox.quit = true;
            return true;
        }
        if action == Action::Suspend {
            self.outbox.effect = Some(Effect::Suspend);
            return true;
        }
        let had_notice = self.outbox.notice.take().is_some();
        if action == Action::Back && self.mode() == Mode::Normal {
            return self.step_back(had_notice);
        }
        let changed = match self.mode() {
            Mode::Picker => self.apply_in_picker(action),
            Mode::Search => self.apply_in_search(action),
            Mode::Review => self.apply_in_review(action),
            Mode::Help | Mode::Problems | Mode::Normal | Mode::Any => self.apply_in_normal(action),
        };
        changed || had_notice
    }

    /// Esc on the main screen: closes the message line, else clears a kept Data search,
    /// else says how to quit. It never quits: an arrow key split in transit over ssh
    /// arrives as Esc and then `[D`.
    fn step_back(&mut self, had_notice: bool) -> bool {
        if had_notice {
            return true;
        }
        if self.tab == Tab::Data && !self.data.query.is_empty() {
            self.data.query.clear();
            self.data.highlighted = 0;
            self.refilter_data();
            return true;
        }
        self.outbox.notice = Some(self.lang.t("notice.esc_does_not_quit").to_string());
        true
    }

    fn apply_in_normal(&mut self, action: Action) -> bool {
        match action {
            Action::Back if self.overlay != Overlay::None => self.overlay = Overlay::None,
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
                self.scrolls.help = 0;
                self.overlay = if self.overlay == Overlay::Help {
                    Overlay::None
                } else {
                    Overlay::Help
                };
            }
            Action::ToggleChanges => {
                self.scrolls.changes = 0;
                self.overlay = if self.overlay == Overlay::Changes {
                    Overlay::None
                } else {
                    Overlay::Changes
                };
            }
            Action::ToggleReporting => {
                self.scrolls.reporting = 0;
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
                self.outbox.effect = Some(Effect::ConfirmRemoved)
            }
            Action::ShareView => {
                self.outbox.effect = Some(Effect::CopyViewString(self.view_spec().to_string()))
            }
            Action::SaveSnapshot => self.outbox.effect = Some(Effect::SaveSnapshot),
            Action::ExportRows if self.tab == Tab::Data => {
                self.outbox.effect = Some(Effect::ExportVisibleRows)
            }
            _ => return false,
        }
        true
    }

    fn apply_in_review(&mut self, action: Action) -> bool {
        let pages = self.models.review.len();
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
        let scrolls = &mut self.scrolls;
        match &self.overlay {
            Overlay::Changes => scrolls.changes = step(scrolls.changes, self.review.values.len()),
            Overlay::Reporting => scrolls.reporting = step(scrolls.reporting, self.reporting.len()),
            Overlay::Problems => {
                scrolls.problems = step(scrolls.problems, self.dataset.problems.len())
            }
            Overlay::Help => scrolls.help = step(scrolls.help, self.key_map.help_line_count()),
            Overlay::None => {
                if let Some(list) = self.tab_list() {
                    self.highlight_row(list.highlighted.saturating_add_signed(delta));
                }
            }
            Overlay::Picker(_) => {}
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
