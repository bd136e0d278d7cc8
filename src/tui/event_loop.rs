//! The event loop: blocks until an event arrives, applies every event already queued,
//! and draws once if anything changed. Page keys and clicks act on the screen as the
//! last frame drew it (its `ScreenMap`); one that follows a change not yet drawn draws
//! it first. Generic over the backend, so tests drive the very loop a user runs.

use std::io;

use ratatui::Terminal;
use ratatui::backend::Backend;
use ratatui::crossterm::event::{Event, KeyEventKind, MouseButton, MouseEventKind};
use ratatui::layout::Rect;

use crate::app::action::Action;
use crate::app::effect::Effect;
use crate::app::state::App;
use crate::ui::draw;
use crate::ui::screen_map::ScreenMap;
use crate::ui::theme::Theme;

use super::event_source::{EventSource, LoopEvent};

/// How many draws the loop made, for tests of the draw-only-on-change rule.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct LoopStats {
    /// Events read.
    pub events: usize,
    /// Frames drawn.
    pub draws: usize,
}

/// Runs the dashboard until the user quits or the events run out.
pub fn run<B: Backend>(
    terminal: &mut Terminal<B>,
    app: &mut App,
    theme: &Theme,
    events: &mut impl EventSource,
    perform: &mut dyn FnMut(Effect, &mut App, Rect) -> bool,
) -> io::Result<LoopStats>
where
    B::Error: std::error::Error + Send + Sync + 'static,
{
    let mut stats = LoopStats::default();
    let mut map = redraw(terminal, app, theme, &mut stats)?;
    while let Some(event) = events.next_event()? {
        stats.events += 1;
        let area = terminal_area(terminal)?;
        let mut outcome = step(app, event, &map, area, perform);
        while !app.should_quit() && events.has_pending()? {
            let Some(event) = events.next_event()? else {
                break;
            };
            stats.events += 1;
            if outcome == Step::Changed && needs_screen_map(app, &event) {
                map = redraw(terminal, app, theme, &mut stats)?;
                outcome = Step::Unchanged;
            }
            outcome = outcome.max(step(app, event, &map, area, perform));
        }
        if app.should_quit() {
            break;
        }
        if outcome == Step::ScreenLost {
            // Not `Terminal::clear`, which asks the terminal where its cursor is: the
            // answer would go to the key-reading thread, and the question time out.
            let area = terminal_area(terminal)?;
            terminal.resize(area).map_err(io::Error::other)?;
        }
        if outcome != Step::Unchanged {
            map = redraw(terminal, app, theme, &mut stats)?;
        }
    }
    Ok(stats)
}

fn terminal_area<B: Backend>(terminal: &Terminal<B>) -> io::Result<Rect>
where
    B::Error: std::error::Error + Send + Sync + 'static,
{
    let size = terminal.size().map_err(io::Error::other)?;
    Ok(Rect::new(0, 0, size.width, size.height))
}

/// Draws the screen; returns where it drew what input acts on, and gives the app the
/// size of a page of the list drawn.
fn redraw<B: Backend>(
    terminal: &mut Terminal<B>,
    app: &mut App,
    theme: &Theme,
    stats: &mut LoopStats,
) -> io::Result<ScreenMap>
where
    B::Error: std::error::Error + Send + Sync + 'static,
{
    let mut map = ScreenMap::default();
    terminal
        .draw(|frame| map = draw(frame, app, theme))
        .map_err(io::Error::other)?;
    app.set_page_rows(map.page_rows());
    stats.draws += 1;
    Ok(map)
}

/// Whether an event acts on the screen as drawn (a page key, a click), so that a change
/// before it must be drawn first.
fn needs_screen_map(app: &App, event: &LoopEvent) -> bool {
    let LoopEvent::Terminal(event) = event else {
        return false;
    };
    match event {
        Event::Mouse(mouse) => mouse.kind == MouseEventKind::Down(MouseButton::Left),
        Event::Key(key) if key.kind != KeyEventKind::Release => matches!(
            app.key_map().action_for(app.mode(), key),
            Some(Action::PageUp | Action::PageDown)
        ),
        _ => false,
    }
}

/// Applies one event and carries out the effect it asked for, if any.
fn step(
    app: &mut App,
    event: LoopEvent,
    map: &ScreenMap,
    area: Rect,
    perform: &mut dyn FnMut(Effect, &mut App, Rect) -> bool,
) -> Step {
    let changed = match event {
        LoopEvent::Terminal(event) => handle(app, &event, map),
        LoopEvent::Reloaded(dataset) => {
            app.replace_dataset(*dataset, reload_time());
            true
        }
        LoopEvent::Progress(progress) => app.set_progress(progress),
        LoopEvent::Loaded(dataset) => {
            app.finish_loading(*dataset);
            true
        }
        LoopEvent::ReviewChanges(changes) => {
            app.take_review_changes(changes);
            true
        }
    };
    match app.take_effect() {
        Some(effect) => {
            if perform(effect, app, area) {
                Step::ScreenLost
            } else {
                Step::Changed
            }
        }
        None if changed => Step::Changed,
        None => Step::Unchanged,
    }
}

/// What an event did to the screen, from least to most.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Step {
    /// Nothing to draw.
    Unchanged,
    /// Some cells may have changed.
    Changed,
    /// The terminal was given away (Ctrl-Z): everything must be drawn again.
    ScreenLost,
}

/// Applies one event, a click as the screen `map` says; returns whether the screen may
/// have changed.
pub fn handle(app: &mut App, event: &Event, map: &ScreenMap) -> bool {
    match event {
        Event::Key(key) if key.kind != KeyEventKind::Release => {
            match app.key_map().action_for(app.mode(), key) {
                Some(action) => app.apply(action),
                None => false,
            }
        }
        Event::Mouse(mouse) => match mouse.kind {
            MouseEventKind::Down(MouseButton::Left) => {
                match map.click_action(mouse.column, mouse.row) {
                    Some(action) => app.apply(action),
                    None => false,
                }
            }
            MouseEventKind::ScrollUp => {
                (0..3).fold(false, |changed, _| app.apply(Action::Up) | changed)
            }
            MouseEventKind::ScrollDown => {
                (0..3).fold(false, |changed, _| app.apply(Action::Down) | changed)
            }
            _ => false,
        },
        Event::Resize(_, _) => true,
        _ => false,
    }
}

/// The time of a reload, `HH:MM:SS` in UTC.
fn reload_time() -> String {
    let seconds = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    let day = seconds % 86_400;
    format!("{:02}:{:02}:{:02}", day / 3600, day % 3600 / 60, day % 60)
}
