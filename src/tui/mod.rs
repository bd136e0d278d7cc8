//! The terminal runtime: owns the real terminal and runs the event loop that joins
//! the app layer (state) and the UI layer (drawing).

pub mod event_loop;
pub mod event_source;
pub mod terminal_session;

use std::io;

use crate::app::state::App;
use crate::ui::theme::Theme;

use event_source::TerminalEvents;
use terminal_session::TerminalSession;

/// Runs the dashboard in the real terminal until the user quits.
pub fn run_dashboard(mut app: App) -> io::Result<()> {
    let theme = Theme::default();
    let mut session = TerminalSession::start()?;
    let result = event_loop::run(&mut session.terminal, &mut app, &theme, &mut TerminalEvents);
    drop(session);
    result.map(|_| ())
}
