//! Where the loop's events come from: the terminal (read by crossterm on a thread of its
//! own) and the data watcher, merged into one channel; a script in tests.

use std::collections::VecDeque;
use std::io;
use std::sync::mpsc::{Receiver, Sender, TryRecvError};

use ratatui::crossterm::event::{self, Event};

use crate::app::loading::LoadProgress;
use crate::app::unreadable_record::UnreadableRecord;
use crate::data::loading::dataset::Dataset;
use crate::review_records::record::ValueChange;

/// One event for the loop.
#[derive(Debug)]
pub enum LoopEvent {
    /// A key, the mouse or a resize.
    Terminal(Event),
    /// The dataset was reloaded after its files changed.
    Reloaded(Box<Dataset>),
    /// How far the first load has gone.
    Progress(LoadProgress),
    /// The first load is done.
    Loaded(Box<Dataset>),
    /// The changes since the last review (or why they are unknown), after the first load.
    ReviewChanges(Result<Vec<ValueChange>, UnreadableRecord>),
}

/// A source of the loop's events.
pub trait EventSource {
    /// Blocks until the next event; `None` when the source is exhausted.
    fn next_event(&mut self) -> io::Result<Option<LoopEvent>>;
    /// Whether another event is already waiting (never blocks).
    fn has_pending(&mut self) -> io::Result<bool>;
}

/// The real terminal's events and the watcher's reloads, from one channel. Receiving
/// blocks, so an idle dashboard uses no CPU.
#[derive(Debug)]
pub struct ChannelEvents {
    receiver: Receiver<LoopEvent>,
    waiting: Option<LoopEvent>,
}

impl ChannelEvents {
    /// A channel fed by a thread that reads the terminal; the sender is for the watcher.
    pub fn with_terminal_reader() -> io::Result<(Self, Sender<LoopEvent>)> {
        let (sender, receiver) = std::sync::mpsc::channel();
        let terminal = sender.clone();
        std::thread::Builder::new()
            // not translated: a thread name
            .name("terminal-input".into())
            .spawn(move || {
                while let Ok(event) = event::read() {
                    if terminal.send(LoopEvent::Terminal(event)).is_err() {
                        break;
                    }
                }
            })?;
        Ok((
            ChannelEvents {
                receiver,
                waiting: None,
            },
            sender,
        ))
    }
}

impl EventSource for ChannelEvents {
    fn next_event(&mut self) -> io::Result<Option<LoopEvent>> {
        if let Some(event) = self.waiting.take() {
            return Ok(Some(event));
        }
        Ok(self.receiver.recv().ok())
    }

    fn has_pending(&mut self) -> io::Result<bool> {
        if self.waiting.is_none() {
            match self.receiver.try_recv() {
                Ok(event) => self.waiting = Some(event),
                Err(TryRecvError::Empty | TryRecvError::Disconnected) => {}
            }
        }
        Ok(self.waiting.is_some())
    }
}

/// A fixed list of events, for tests and headless runs.
#[derive(Debug, Default)]
pub struct ScriptedEvents {
    /// The events still to come.
    pub events: VecDeque<LoopEvent>,
}

impl ScriptedEvents {
    /// A script of these terminal events.
    pub fn new(events: impl IntoIterator<Item = Event>) -> Self {
        ScriptedEvents {
            events: events.into_iter().map(LoopEvent::Terminal).collect(),
        }
    }

    /// A script of any events, reloads included.
    pub fn of(events: impl IntoIterator<Item = LoopEvent>) -> Self {
        ScriptedEvents {
            events: events.into_iter().collect(),
        }
    }
}

impl EventSource for ScriptedEvents {
    fn next_event(&mut self) -> io::Result<Option<LoopEvent>> {
        Ok(self.events.pop_front())
    }

    fn has_pending(&mut self) -> io::Result<bool> {
        Ok(!self.events.is_empty())
    }
}
