//! The terminal runtime: owns the real terminal and runs the event loop that joins
//! the app layer (state) and the UI layer (drawing).

pub mod clipboard;
pub mod data_watcher;
pub mod effects;
pub mod event_loop;
pub mod event_source;
pub mod network_share;
pub mod signals;
pub mod terminal_capabilities;
pub mod terminal_session;

use std::io;

use crate::app::effect::Effect;
use crate::app::state::App;
use crate::data::dataset_reloader::DatasetReloader;

use data_watcher::{WatchMode, start_watching};
use effects::EffectContext;
use event_source::ChannelEvents;
use terminal_session::TerminalSession;

/// Runs the dashboard in the real terminal until the user quits, following the
/// dataset folder as `watch` says.
pub fn run_dashboard(
    mut app: App,
    context: EffectContext,
    watch: WatchMode,
    reloader: DatasetReloader,
) -> io::Result<()> {
    let theme = context.theme;
    let (mut events, loop_sender) = ChannelEvents::with_terminal_reader()?;
    let watcher = start_watching(&context.source, reloader, watch, loop_sender).map_err(|e| {
        io::Error::other(format!(
            "cannot follow the dataset folder: {e} (try --watch poll or off)"
        ))
    })?;
    if let Some(watcher) = &watcher {
        app.reloaded_at = Some(format!("watching: {}", watcher.how));
    }
    let mut session = TerminalSession::start()?;
    signals::exit_cleanly_on_signals()?;
    let mut perform = |effect, app: &mut App, area| match effect {
        Effect::Suspend => {
            if let Err(e) = signals::suspend() {
                app.notice = Some(format!("Could not suspend: {e}"));
            }
            true
        }
        Effect::ConfirmRemoved => {
            match &watcher {
                Some(watcher) => watcher.confirm_removed(),
                None => app.notice = Some("The folder is not followed (--watch off)".to_string()),
            }
            false
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
        &mut events,
        &mut perform,
    );
    drop(session);
    result.map(|_| ())
}
