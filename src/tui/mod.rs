//! The terminal runtime: owns the real terminal and runs the event loop that joins
//! the app layer (state) and the UI layer (drawing).

pub mod clipboard;
pub mod effects;
pub mod event_loop;
pub mod event_source;
pub mod signals;
pub mod terminal_capabilities;
pub mod terminal_session;

use std::io;

use crate::app::effect::Effect;
use crate::app::state::App;

use effects::EffectContext;
use event_source::TerminalEvents;
use terminal_session::TerminalSession;

/// Runs the dashboard in the real terminal until the user quits.
pub fn run_dashboard(mut app: App, context: EffectContext) -> io::Result<()> {
    let theme = context.theme;
    let mut session = TerminalSession::start()?;
    signals::exit_cleanly_on_signals()?;
    let mut perform = |effect, app: &mut App, area| match effect {
        Effect::Suspend => {
            if let Err(e) = signals::suspend() {
                app.notice = Some(format!("Could not suspend: {e}"));
            }
            true
        }
        effect => {
            effects::perform(effect, app, area, &context, &mut io::stdout());
            false
        }
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
