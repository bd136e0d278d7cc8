//! The terminal runtime: owns the real terminal and runs the event loop that joins
//! the app layer (state) and the UI layer (drawing).

pub mod clipboard;
pub mod effects;
pub mod event_loop;
pub mod event_source;
pub mod terminal_capabilities;
pub mod terminal_session;

use std::io;

use crate::app::state::App;

use effects::EffectContext;
use event_source::TerminalEvents;
use terminal_session::TerminalSession;

/// Runs the dashboard in the real terminal until the user quits.
pub fn run_dashboard(mut app: App, context: EffectContext) -> io::Result<()> {
    let theme = context.theme;
    let mut session = TerminalSession::start()?;
    let mut perform = |effect, app: &mut App, area| {
        effects::perform(effect, app, area, &context, &mut io::stdout())
    };
    let result = event_loop::run(
        &mut session.terminal,
        &mut app,
        &theme,
        &mut TerminalEvents,
        &mut perform,
    );
    drop(session);
    result.map(|_| ())
}
