//! The dashboard's state, and how each action changes it. Drawing only reads it.

use crate::data::dataset::Dataset;

use super::action::Action;
use super::cluster_selection::ClusterSelection;
use super::effect::Effect;
use super::key_map::{KeyMap, Mode};
use super::picker::PickerState;
use super::tab::Tab;
use super::view_models::data_rows::{DataColumn, visible_rows};
use super::view_models::scorecard::ScorecardColumn;
use super::view_spec::{ViewSpec, ViewStringError};
use super::views::{ViewInputs, Views};

/// What is open over the tabs.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum Overlay {
    /// Nothing: the tabs have the keys.
    #[default]
    None,
    /// The help overlay.
    Help,
    /// The problems view.
    Problems,
    /// The cluster picker.
    Picker(PickerState),
}

/// Which view models a change makes stale.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Recompute {
    /// The filter changed: everything.
    Selection,
    /// The year changed: all but the combined values and the data rows.
    Year,
    /// The chosen goal changed: the Technology tab.
    Goal,
}

/// How a list is sorted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sort<C> {
    /// The column, or `None` for the natural order.
    pub column: Option<C>,
    /// Whether the order is reversed.
    pub descending: bool,
}

impl<C> Default for Sort<C> {
    fn default() -> Self {
        Sort {
            column: None,
            descending: false,
        }
    }
}

impl<C: Copy + PartialEq> Sort<C> {
    /// Steps to the next column of `all`, then back to the natural order.
    fn next_column(&mut self, all: &[C]) {
        self.column = match self.column {
            None => all.first().copied(),
            Some(current) => all
                .iter()
                .position(|c| *c == current)
                .and_then(|i| all.get(i + 1))
                .copied(),
        };
    }
}

/// The state of the Data tab's list.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DataTabState {
    /// The search text.
    pub query: String,
    /// Whether the search line has the keys.
    pub typing: bool,
    /// How the rows are sorted.
    pub sort: Sort<DataColumn>,
    /// The rows shown, as positions in the view's rows.
    pub visible: Vec<usize>,
    /// The highlighted row of `visible`.
    pub highlighted: usize,
}

/// The whole state of the dashboard.
#[derive(Debug)]
pub struct App {
    /// The loaded dataset.
    pub dataset: Dataset,
    /// The years with values, oldest first.
    pub years: Vec<i32>,
    /// The clusters in the filter.
    pub selection: ClusterSelection,
    /// The selected year.
    pub year: i32,
    /// The tab shown.
    pub tab: Tab,
    /// What is open over the tabs.
    pub overlay: Overlay,
    /// The view models for the current filter and year.
    pub views: Views,
    /// How the scorecard is sorted.
    pub scorecard_sort: Sort<ScorecardColumn>,
    /// The scorecard rows in display order, as positions in `views.scorecard`.
    pub scorecard_order: Vec<usize>,
    /// The highlighted scorecard row (a position in `scorecard_order`).
    pub scorecard_highlight: usize,
    /// The highlighted goal of the Technology tab, also the one charted.
    pub goal_highlight: usize,
    /// The Data tab's list.
    pub data: DataTabState,
    /// The first problem line shown in the problems view.
    pub problems_scroll: usize,
    /// The first line shown in the help overlay.
    pub help_scroll: usize,
    /// How many rows a page holds, for PageUp and PageDown (set from the terminal size).
    pub page_rows: usize,
    /// Whether the user asked to leave.
    pub should_quit: bool,
    /// The keys of every action (the shipped ones, or as a config file rebinds them).
    pub key_map: KeyMap,
    /// The page shown in review mode, or `None` outside it.
    pub review_page: Option<usize>,
    /// Work for the runtime to carry out after the last action.
    pub effect: Option<Effect>,
    /// A message for the footer, such as where a snapshot was saved; cleared by the next key.
    pub notice: Option<String>,
}

impl App {
    /// Opens the dashboard on a dataset, on all clusters and the latest year with values.
    pub fn new(dataset: Dataset) -> Self {
        let years = dataset.index.years();
        let year = years.last().copied().unwrap_or(2025);
        let mut app = App {
            dataset,
            years,
            selection: ClusterSelection::All,
            year,
            tab: Tab::Overview,
            overlay: Overlay::None,
            views: Views::default(),
            scorecard_sort: Sort::default(),
            scorecard_order: Vec::new(),
            scorecard_highlight: 0,
            goal_highlight: 0,
            data: DataTabState::default(),
            problems_scroll: 0,
            help_scroll: 0,
            page_rows: 10,
            should_quit: false,
            key_map: KeyMap::default(),
            review_page: None,
            effect: None,
            notice: None,
        };
        app.recompute(Recompute::Selection);
        app
    }

    /// The mode that decides which keys are live.
    pub fn mode(&self) -> Mode {
        match &self.overlay {
            Overlay::Help => Mode::Help,
            Overlay::Problems => Mode::Problems,
            Overlay::Picker(_) => Mode::Picker,
            Overlay::None if self.review_page.is_some() => Mode::Review,
            Overlay::None if self.data.typing => Mode::Search,
            Overlay::None => Mode::Normal,
        }
    }

    /// The view on screen, as a shareable view.
    pub fn view_spec(&self) -> ViewSpec {
        ViewSpec {
            tab: self.tab,
            selection: self.selection.clone(),
            year: Some(self.year),
        }
    }

    /// Opens a view: its tab, its clusters (checked against the registry) and its year
    /// (which must have values).
    pub fn open_view(&mut self, spec: &ViewSpec) -> Result<(), ViewStringError> {
        let mut spec = spec.clone();
        spec.check_clusters(&self.dataset.registry)?;
        if let Some(year) = spec.year
            && !self.years.contains(&year)
        {
            let range = match (self.years.first(), self.years.last()) {
                (Some(first), Some(last)) => format!("{first} to {last}"),
                _ => "none".to_string(),
            };
            return Err(ViewStringError(format!(
                "year: no values in {year} (years with values: {range})"
            )));
        }
        self.tab = spec.tab;
        self.set_selection(spec.selection);
        if let Some(year) = spec.year {
            self.set_year(year);
        }
        Ok(())
    }

    /// Narrows or widens the filter to `selection`.
    pub fn set_selection(&mut self, selection: ClusterSelection) {
        if selection != self.selection {
            self.selection = selection;
            self.scorecard_highlight = 0;
            self.review_page = self.review_page.map(|_| 0);
            self.data.highlighted = 0;
            self.recompute(Recompute::Selection);
        }
    }

    /// Selects a year, if it has values.
    pub fn set_year(&mut self, year: i32) {
        if year != self.year && self.years.contains(&year) {
            self.year = year;
            self.recompute(Recompute::Year);
        }
    }

    /// Recomputes the view models that depend on what changed, once.
    fn recompute(&mut self, what: Recompute) {
        let cluster_ids = self.selection.ids(&self.dataset.registry);
        let inputs = ViewInputs {
            dataset: &self.dataset,
            cluster_ids: &cluster_ids,
            year: self.year,
            years: &self.years,
            goal: self.goal_highlight,
        };
        match what {
            Recompute::Selection => self.views = Views::for_selection(&inputs),
            Recompute::Year => self.views.for_year(&inputs),
            Recompute::Goal => self.views.for_goal(&inputs),
        }
        match what {
            Recompute::Selection => {
                self.reorder_scorecard();
                self.refilter_data();
            }
            Recompute::Year => self.reorder_scorecard(),
            Recompute::Goal => {}
        }
    }

    fn reorder_scorecard(&mut self) {
        let rows = &self.views.scorecard;
        let mut order: Vec<usize> = (0..rows.len()).collect();
        if let Some(column) = self.scorecard_sort.column {
            order.sort_by(|&a, &b| column.compare(&rows[a], &rows[b]));
        }
        if self.scorecard_sort.descending {
            order.reverse();
        }
        self.scorecard_order = order;
        self.scorecard_highlight = self.scorecard_highlight.min(rows.len().saturating_sub(1));
    }

    fn refilter_data(&mut self) {
        self.data.visible = visible_rows(
            &self.views.data_rows,
            &self.data.query,
            self.data.sort.column,
            self.data.sort.descending,
        );
        self.data.highlighted = self
            .data
            .highlighted
            .min(self.data.visible.len().saturating_sub(1));
    }

    /// The scorecard row under the highlight.
    pub fn highlighted_cluster(&self) -> Option<&str> {
        let row = *self.scorecard_order.get(self.scorecard_highlight)?;
        Some(self.views.scorecard[row].cluster_id.as_str())
    }

    /// Applies an action; returns whether anything on screen may have changed.
    pub fn apply(&mut self, action: Action) -> bool {
        if action == Action::Quit {
            self.should_quit = true;
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
            Action::NextTab => self.tab = self.tab.next(),
            Action::PreviousTab => self.tab = self.tab.previous(),
            Action::ShowTab(tab) => self.tab = tab,
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
            Action::ToggleHelp => {
                self.help_scroll = 0;
                self.overlay = if self.overlay == Overlay::Help {
                    Overlay::None
                } else {
                    Overlay::Help
                };
            }
            Action::ToggleProblems => {
                self.overlay = if self.overlay == Overlay::Problems {
                    Overlay::None
                } else {
                    Overlay::Problems
                };
            }
            Action::StartSearch if self.tab == Tab::Data => self.data.typing = true,
            Action::ToggleReview => self.review_page = Some(0),
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
