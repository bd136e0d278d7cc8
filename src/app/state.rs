//! The dashboard's state, and how each action changes it. Drawing only reads it.

mod apply_action;
mod compare_state;
mod data_tab_state;
mod follow_note;
mod outbox;
mod overlay;
mod programme_state;
mod review_changes;
mod scorecard_state;
mod sort;
mod tab_list;
mod technology_state;

pub use compare_state::CompareState;
pub use data_tab_state::DataTabState;
pub use follow_note::FollowNote;
pub use overlay::{Overlay, OverlayScrolls};
pub use programme_state::ProgrammeState;
pub use review_changes::ReviewChanges;
pub use scorecard_state::ScorecardState;
pub use sort::Sort;
pub use technology_state::TechnologyState;

use crate::data::loading::dataset::Dataset;
use crate::data::queries::reporting::ClusterReporting;
use crate::i18n::Lang;
use crate::review_records::record::ValueChange;

use super::cluster_selection::ClusterSelection;
use super::effect::Effect;
use super::key_map::KeyMap;
use super::loading::{LoadProgress, Loading};
use super::mode::Mode;
use super::models::data_rows::{data_row_refs, visible_rows};
use super::models::model_scope::ModelScope;
use super::models::scorecard::TrendCache;
use super::tab::Tab;
use super::tab_models::{ModelInputs, TabModels};
use super::unreadable_record::UnreadableRecord;
use super::view_spec::{ViewSpec, ViewStringError};
use outbox::Outbox;

/// Which tab models a change makes stale.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Recompute {
    /// The filter changed: everything.
    Selection,
    /// The year changed: all but the combined values and the data rows.
    Year,
    /// The chosen goal changed: the Technology tab.
    Goal,
    /// The Compare tab is shown or its indicator changed: the Compare tab.
    Compared,
}

/// The whole state of the dashboard: the dataset and what is shown of it, one small
/// state per tab and overlay, the review changes, and what is left for the runtime.
/// The runtime and the command line change it only through its methods.
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
    /// The tab models for the current filter and year.
    pub models: TabModels,
    /// The Overview tab's scorecard.
    pub scorecard: ScorecardState,
    /// The Technology tab's chosen goal.
    pub technology: TechnologyState,
    /// The Data tab's list.
    pub data: DataTabState,
    /// The Compare tab's chosen indicator.
    pub compare: CompareState,
    /// The Programme tab's highlighted cluster.
    pub programme: ProgrammeState,
    /// How far each scrolling overlay is scrolled.
    pub scrolls: OverlayScrolls,
    /// What changed since the last review.
    pub review: ReviewChanges,
    /// The reporting status of the scorecard's clusters, while its popup is open.
    pub reporting: Vec<ClusterReporting>,
    /// The page shown in review mode, or `None` outside it.
    pub review_page: Option<usize>,
    /// The language of every word on screen.
    pub lang: Lang,
    /// What is left for the runtime: an effect, the wish to quit, a footer notice.
    outbox: Outbox,
    /// What the header says about following the files.
    follow_note: Option<FollowNote>,
    /// How many rows a page holds, for PageUp and PageDown (from the list last drawn).
    page_rows: usize,
    /// The keys of every action (the shipped ones, or as a config file rebinds them).
    key_map: KeyMap,
    /// While the dataset is still loading: how far it has gone and what waits for it.
    loading: Option<Loading>,
    /// Each cluster's scorecard trend, once computed for this dataset.
    trend_cache: TrendCache,
    /// Whether `models.data_rows` are those of the current filter.
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
            models: TabModels::default(),
            scorecard: ScorecardState::default(),
            technology: TechnologyState::default(),
            data: DataTabState::default(),
            compare: CompareState::default(),
            programme: ProgrammeState::default(),
            scrolls: OverlayScrolls::default(),
            review: ReviewChanges::default(),
            reporting: Vec::new(),
            review_page: None,
            lang,
            outbox: Outbox::default(),
            follow_note: None,
            page_rows: 10,
            key_map: KeyMap::default(),
            loading: None,
            trend_cache: TrendCache::default(),
            data_rows_current: false,
        };
        app.recompute(Recompute::Selection);
        app
    }

    /// The dashboard before its data are in: `dataset` is empty, named for the folder.
    pub fn while_loading(dataset: Dataset, loading: Loading, lang: Lang) -> Self {
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
            self.outbox.notice = Some(format!("--view: {}", e.text(self.lang)));
        }
    }

    /// Takes the changes since the last review (or why they are unknown), which arrive
    /// after the data.
    pub fn take_review_changes(&mut self, changes: Result<Vec<ValueChange>, UnreadableRecord>) {
        let earlier = self.outbox.notice.take();
        match changes {
            Ok(changes) => {
                self.review.unknown = None;
                self.set_changes(changes);
            }
            Err(record) => {
                self.outbox.notice = Some(record.text(self.lang));
                self.review.unknown = Some(record);
            }
        }
        self.outbox.notice = match (earlier, self.outbox.notice.take()) {
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
        if !changes.is_empty() {
            let values = self.lang.count("count.changed_value", changes.len());
            self.outbox.notice = Some(self.lang.f("notice.values_changed", &[("values", &values)]));
        }
        self.review.set(changes);
    }

    /// Swaps in a reloaded dataset whole, keeping the tab, the filter (less clusters that
    /// left the registry) and the year (or the latest, if it has no values any more).
    pub fn replace_dataset(&mut self, dataset: Dataset, reloaded_at: String) {
        self.follow_note = Some(FollowNote::ReloadedAt(reloaded_at));
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
        self.scrolls.problems = self
            .scrolls
            .problems
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
            self.scorecard.highlighted = 0;
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

    /// Speaks another language: the tab models' words (chart labels) are made again.
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

    /// Recomputes the tab models that depend on what changed, once.
    fn recompute(&mut self, what: Recompute) {
        let compared_id = self
            .models
            .compare
            .rows
            .get(self.compare.indicator)
            .map(|row| row.indicator_id.clone());
        let programme_id = self.programme.highlighted_id(&self.models.programme);
        let cluster_ids = self.selection.ids(&self.dataset.registry);
        let inputs = ModelInputs {
            scope: ModelScope {
                dataset: &self.dataset,
                cluster_ids: &cluster_ids,
                year: self.year,
                years: &self.years,
                lang: self.lang,
            },
            goal: self.technology.goal,
            compared: self.compare.indicator,
            comparing: self.tab == Tab::Compare,
            reviewing: self.review_page.is_some(),
        };
        match what {
            Recompute::Selection => {
                self.models = TabModels::for_selection(&inputs, &mut self.trend_cache);
                self.data_rows_current = false;
            }
            Recompute::Year => self.models.for_year(&inputs),
            Recompute::Goal => self.models.for_goal(&inputs),
            Recompute::Compared => self.models.for_compared(&inputs),
        }
        self.programme.keep(programme_id, &self.models.programme);
        // A new filter may compare other indicators: the one chosen stays chosen where it
        // is still there, else the row stays within the list.
        let rows = &self.models.compare.rows;
        let kept = compared_id.and_then(|id| rows.iter().position(|r| r.indicator_id == id));
        let chosen = kept.unwrap_or(self.compare.indicator.min(rows.len().saturating_sub(1)));
        if chosen != self.compare.indicator && !rows.is_empty() {
            self.compare.indicator = chosen;
            self.models.for_compared(&ModelInputs {
                compared: chosen,
                ..inputs
            });
        }
        match what {
            Recompute::Selection => {
                self.reorder_scorecard();
                if self.tab == Tab::Data {
                    self.ensure_data_rows();
                }
            }
            Recompute::Year => self.reorder_scorecard(),
            Recompute::Goal | Recompute::Compared => {}
        }
        if self.overlay == Overlay::Reporting {
            self.refresh_reporting();
        }
    }

    /// Reads the reporting status of the scorecard's clusters for the year.
    pub fn refresh_reporting(&mut self) {
        self.reporting = self
            .models
            .scorecard
            .iter()
            .map(|row| self.dataset.reporting(&row.cluster_id, self.year))
            .collect();
    }

    fn reorder_scorecard(&mut self) {
        self.scorecard.reorder(&self.models.scorecard);
    }

    /// Shows a tab; the Data tab's rows are gathered when it is first shown for the
    /// current filter (no work for tabs not shown).
    pub fn show_tab(&mut self, tab: Tab) {
        self.tab = tab;
        if tab == Tab::Data {
            self.ensure_data_rows();
        }
        if tab == Tab::Compare {
            self.recompute(Recompute::Compared);
        }
    }

    fn ensure_data_rows(&mut self) {
        if self.data_rows_current {
            return;
        }
        let cluster_ids = self.selection.ids(&self.dataset.registry);
        self.models.data_rows = data_row_refs(&self.dataset, &cluster_ids);
        self.data_rows_current = true;
        self.refilter_data();
    }

    fn refilter_data(&mut self) {
        self.data.visible = visible_rows(
            &self.dataset,
            &self.models.data_rows,
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
        let row = *self.scorecard.order.get(self.scorecard.highlighted)?;
        Some(self.models.scorecard[row].cluster_id.as_str())
    }

    /// Whether the user asked to leave.
    pub fn should_quit(&self) -> bool {
        self.outbox.quit
    }

    /// Takes the work the last action left for the runtime.
    pub fn take_effect(&mut self) -> Option<Effect> {
        self.outbox.effect.take()
    }

    /// The message in the footer, if any.
    pub fn notice(&self) -> Option<&str> {
        self.outbox.notice.as_deref()
    }

    /// Puts a message in the footer (how an effect went); the next key clears it.
    pub fn tell(&mut self, notice: String) {
        self.outbox.notice = Some(notice);
    }

    /// What the header says about following the files, if anything.
    pub fn follow_note(&self) -> Option<&FollowNote> {
        self.follow_note.as_ref()
    }

    /// Says in the header how the files are followed.
    pub fn set_follow_note(&mut self, note: FollowNote) {
        self.follow_note = Some(note);
    }

    /// How many rows PageUp and PageDown move by.
    pub fn page_rows(&self) -> usize {
        self.page_rows
    }

    /// Takes the height of the list last drawn, for PageUp and PageDown.
    pub fn set_page_rows(&mut self, rows: usize) {
        self.page_rows = rows;
    }

    /// The keys of every action.
    pub fn key_map(&self) -> &KeyMap {
        &self.key_map
    }

    /// Takes the keys of a config file.
    pub fn set_key_map(&mut self, key_map: KeyMap) {
        self.key_map = key_map;
    }

    /// While the dataset is still loading: how far it has gone and what waits for it.
    pub fn loading(&self) -> Option<&Loading> {
        self.loading.as_ref()
    }
}
