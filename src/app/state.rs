//! The dashboard's state, and how each action changes it. Drawing only reads it.

mod apply_action;

use std::collections::HashSet;

use crate::data::loading::dataset::Dataset;
use crate::data::queries::reporting::ClusterReporting;
use crate::i18n::Lang;
use crate::review_records::record::{ValueChange, ValueKey};

use super::cluster_selection::ClusterSelection;
use super::effect::Effect;
use super::key_map::KeyMap;
use super::mode::Mode;
use super::loading::{LoadProgress, Loading};
use super::picker::PickerState;
use super::tab::Tab;
use super::unreadable_record::UnreadableRecord;
use super::view_models::data_rows::{DataColumn, data_row_refs, visible_rows};
use super::view_models::scorecard::{ScorecardColumn, TrendCache};
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
    /// The values changed since the last review.
    Changes,
    /// The reporting status of the clusters shown.
    Reporting,
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
    pub visible: Vec<u32>,
    /// The highlighted row of `visible`.
    pub highlighted: usize,
}

/// What the header says about following the dataset folder, written in the language
/// spoken when drawn.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FollowNote {
    /// How the folder is followed: the catalogue key of the way (`watch.polling`).
    Watching(&'static str),
    /// When the data were last reloaded, `HH:MM:SS` in UTC.
    ReloadedAt(String),
}

impl FollowNote {
    /// The note in a language.
    pub fn text(&self, lang: Lang) -> String {
        match self {
            FollowNote::Watching(how) => lang.f("tui.watching", &[("how", &lang.t(how))]),
            FollowNote::ReloadedAt(time) => lang.f("tui.reloaded", &[("time", time)]),
        }
    }
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
    /// The values that changed, appeared or disappeared since the last review.
    pub changes: Vec<ValueChange>,
    /// The review record that could not be read, when the changes since it are unknown.
    pub changes_unknown: Option<UnreadableRecord>,
    /// The keys of those values, to mark them in the Data tab.
    pub changed_keys: HashSet<ValueKey>,
    /// The first line shown in the changes view.
    pub changes_scroll: usize,
    /// The reporting status of the scorecard's clusters, while its view is open.
    pub reporting: Vec<ClusterReporting>,
    /// The first line shown in the reporting view.
    pub reporting_scroll: usize,
    /// What the header says about following the files: how they are followed, or when
    /// the data were last reloaded.
    pub reloaded_at: Option<FollowNote>,
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
    /// While the dataset is still loading: how far it has gone and what waits for it.
    pub loading: Option<Loading>,
    /// Each cluster's scorecard trend, once computed for this dataset.
    pub trend_cache: TrendCache,
    /// The language of every word on screen.
    pub lang: Lang,
    /// Whether `views.data_rows` are those of the current filter.
    data_rows_current: bool,
}

impl App {
    /// Opens the dashboard on a dataset, on all clusters and the latest year with
    /// values, in English.
    pub fn new(dataset: Dataset) -> Self {
        App::new_in(dataset, Lang::En)
    }

    /// [`App::new`] in a language.
    pub fn new_in(dataset: Dataset, lang: Lang) -> Self {
        let years = dataset.years().to_vec();
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
            changes: Vec::new(),
            changes_unknown: None,
            changed_keys: HashSet::new(),
            changes_scroll: 0,
            reporting: Vec::new(),
            reporting_scroll: 0,
            reloaded_at: None,
            page_rows: 10,
            should_quit: false,
            key_map: KeyMap::default(),
            review_page: None,
            effect: None,
            notice: None,
            loading: None,
            trend_cache: TrendCache::default(),
            lang,
            data_rows_current: false,
        };
        app.recompute(Recompute::Selection);
        app
    }

    /// The dashboard before its data are in: `dataset` is empty, named for the folder.
    pub fn loading(dataset: Dataset, loading: Loading, lang: Lang) -> Self {
        let mut app = App::new_in(dataset, lang);
        app.loading = Some(loading);
        app
    }

    /// Takes the newest loading progress; whether the screen shows something new.
    pub fn set_progress(&mut self, progress: LoadProgress) -> bool {
        match &mut self.loading {
            Some(loading) if loading.progress.shown() != progress.shown() => {
                loading.progress = progress;
                true
            }
            Some(loading) => {
                loading.progress = progress;
                false
            }
            None => false,
        }
    }

    /// Takes the loaded dataset, then opens what waited for the data. A view naming
    /// clusters the dataset lacks is reported in the footer, not opened.
    pub fn finish_loading(&mut self, dataset: Dataset) {
        let waiting = self.loading.take().unwrap_or_default();
        self.take_dataset(dataset);
        if waiting.review && self.review_page.is_none() {
            self.apply(super::action::Action::ToggleReview);
        }
        if let Some(view) = &waiting.view
            && let Err(e) = self.open_view(view)
        {
            self.notice = Some(format!("--view: {}", e.text(self.lang)));
        }
    }

    /// Takes the changes since the last review (or why they are unknown), which arrive
    /// after the data.
    pub fn take_review_changes(&mut self, changes: Result<Vec<ValueChange>, UnreadableRecord>) {
        let earlier = self.notice.take();
        match changes {
            Ok(changes) => {
                self.changes_unknown = None;
                self.set_changes(changes);
            }
            Err(record) => {
                self.notice = Some(record.text(self.lang));
                self.changes_unknown = Some(record);
            }
        }
        self.notice = match (earlier, self.notice.take()) {
            (Some(a), Some(b)) => Some(format!("{a}; {b}")),
            (a, b) => a.or(b),
        };
    }

    /// The mode that decides which keys are live.
    pub fn mode(&self) -> Mode {
        match &self.overlay {
            Overlay::Help => Mode::Help,
            Overlay::Problems | Overlay::Changes | Overlay::Reporting => Mode::Problems,
            Overlay::Picker(_) => Mode::Picker,
            Overlay::None if self.review_page.is_some() => Mode::Review,
            Overlay::None if self.data.typing => Mode::Search,
            Overlay::None => Mode::Normal,
        }
    }

    /// Takes the changes since the last review, and says so in the footer when there are some.
    pub fn set_changes(&mut self, changes: Vec<ValueChange>) {
        self.changed_keys = changes
            .iter()
            .map(|c| {
                (
                    c.cluster_id.clone(),
                    c.indicator_id.clone(),
                    c.period.clone(),
                )
            })
            .collect();
        if !changes.is_empty() {
            let values = self.lang.count("count.changed_value", changes.len());
            self.notice = Some(self.lang.f("notice.values_changed", &[("values", &values)]));
        }
        self.changes = changes;
    }

    /// Swaps in a reloaded dataset whole, keeping the tab, the filter (less clusters that
    /// left the registry) and the year (or the latest, if it has no values any more).
    pub fn replace_dataset(&mut self, dataset: Dataset, reloaded_at: String) {
        self.reloaded_at = Some(FollowNote::ReloadedAt(reloaded_at));
        self.take_dataset(dataset);
    }

    /// Swaps in a dataset whole, keeping the tab, the filter and the year where they
    /// still apply.
    fn take_dataset(&mut self, dataset: Dataset) {
        self.dataset = dataset;
        self.trend_cache = TrendCache::default();
        self.years = self.dataset.years().to_vec();
        if !self.years.contains(&self.year) {
            self.year = self.years.last().copied().unwrap_or(self.year);
        }
        if let ClusterSelection::Only(ids) = &self.selection {
            self.selection = ClusterSelection::of(ids.clone(), &self.dataset.registry);
        }
        if let Overlay::Picker(picker) = &mut self.overlay {
            picker.refresh(&self.dataset.registry);
        }
        self.problems_scroll = self
            .problems_scroll
            .min(self.dataset.problems.len().saturating_sub(1));
        self.recompute(Recompute::Selection);
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
            return Err(ViewStringError::NoValuesIn {
                year,
                first: self.years.first().copied(),
                last: self.years.last().copied(),
            });
        }
        self.show_tab(spec.tab);
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

    /// The dataset's name as shown: its folder, or the built-in sample's name in the
    /// language spoken (raw text: the screen makes it safe).
    pub fn dataset_name(&self) -> String {
        if self.dataset.in_memory {
            self.lang.t("dataset.built_in").to_string()
        } else {
            self.dataset.label.clone()
        }
    }

    /// Speaks another language: the view models' words (chart labels) are made again.
    pub fn set_lang(&mut self, lang: Lang) {
        if lang != self.lang {
            self.lang = lang;
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
            reviewing: self.review_page.is_some(),
            lang: self.lang,
        };
        match what {
            Recompute::Selection => {
                self.views = Views::for_selection(&inputs, &mut self.trend_cache);
                self.data_rows_current = false;
            }
            Recompute::Year => self.views.for_year(&inputs),
            Recompute::Goal => self.views.for_goal(&inputs),
        }
        match what {
            Recompute::Selection => {
                self.reorder_scorecard();
                if self.tab == Tab::Data {
                    self.ensure_data_rows();
                }
            }
            Recompute::Year => self.reorder_scorecard(),
            Recompute::Goal => {}
        }
        if self.overlay == Overlay::Reporting {
            self.refresh_reporting();
        }
    }

    /// Reads the reporting status of the scorecard's clusters for the year.
    pub fn refresh_reporting(&mut self) {
        self.reporting = self
            .views
            .scorecard
            .iter()
            .map(|row| self.dataset.reporting(&row.cluster_id, self.year))
            .collect();
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

    /// Shows a tab; the Data tab's rows are gathered when it is first shown for the
    /// current filter (no work for tabs not shown).
    pub fn show_tab(&mut self, tab: Tab) {
        self.tab = tab;
        if tab == Tab::Data {
            self.ensure_data_rows();
        }
    }

    fn ensure_data_rows(&mut self) {
        if self.data_rows_current {
            return;
        }
        let cluster_ids = self.selection.ids(&self.dataset.registry);
        self.views.data_rows = data_row_refs(&self.dataset, &cluster_ids);
        self.data_rows_current = true;
        self.refilter_data();
    }

    fn refilter_data(&mut self) {
        self.data.visible = visible_rows(
            &self.dataset,
            &self.views.data_rows,
            &self.data.query,
            self.data.sort.column,
            self.data.sort.descending,
            self.lang,
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
}
