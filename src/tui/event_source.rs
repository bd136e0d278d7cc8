//! Where terminal events come from: crossterm for a real terminal, a script in tests.

use std::collections::VecDeque;
use std::io;

use ratatui::crossterm::event::{self, Event};

/// A source of terminal events.
pub trait EventSource {
    /// Blocks until the next event; `None` when the source is exhausted.
    fn next_event(&mut self) -> io::Result<Option<Event>>;
    /// Whether another event is already waiting (never blocks).
    fn has_pending(&mut self) -> io::Result<bool>;
}

/// The real terminal's events, read by crossterm. Reading blocks, so an idle
/// dashboard uses no CPU.
#[derive(Debug, Default)]
pub struct TerminalEvents;

impl EventSource for TerminalEvents {
    fn next_event(&mut self) -> io::Result<Option<Event>> {
        event::read().map(Some)
    }

    fn has_pending(&mut self) -> io::Result<bool> {
        event::poll(std::time::Duration::ZERO)
    }
}

/// A fixed list of events, for tests and headless runs.
#[derive(Debug, Default)]
pub struct ScriptedEvents {
    /// The events still to come.
    pub events: VecDeque<Event>,
}

impl ScriptedEvents {
    /// A script of these events.
    pub fn new(events: impl IntoIterator<Item = Event>) -> Self {
        ScriptedEvents {
            events: events.into_iter().collect(),
        }
    }
}

impl EventSource for ScriptedEvents {
    fn next_event(&mut self) -> io::Result<Option<Event>> {
        Ok(self.events.pop_front())
    }

    fn has_pending(&mut self) -> io::Result<bool> {
        Ok(!self.events.is_empty())
    }
}
