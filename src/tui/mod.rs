//! The terminal runtime: owns the real terminal and runs the event loop that joins
//! the app layer (state) and the UI layer (drawing).

pub mod clipboard;
pub mod data_watcher;
pub mod effects;
pub mod event_loop;
pub mod event_source;
pub mod signals;
pub mod terminal_capabilities;
pub mod terminal_session;

use std::io;

use crate::app::effect::Effect;
use crate::app::state::App;
use crate::data::loading::reloader::DatasetReloader;

use data_watcher::{AfterLoad, WatchMode, start_loading};
use effects::EffectContext;
use event_source::ChannelEvents;
use terminal_session::TerminalSession;

/// Runs the dashboard in the real terminal until the user quits: the first frame at
/// once, the dataset loaded by `reloader` off the screen's thread (with `after_load` run
/// there too), then the folder followed as `watch` says. Gives back the app as it was
/// at the end.
pub fn run_dashboard(
    mut app: App,
    context: EffectContext,
    watch: WatchMode,
    reloader: DatasetReloader,
    after_load: AfterLoad,
) -> io::Result<App> {
    let theme = context.theme;
    let mut session = TerminalSession::start(app.lang)?;
    let (mut events, loop_sender) = ChannelEvents::with_terminal_reader()?;
    let total_bytes = app.loading().map_or(0, |l| l.progress.total_bytes);
    let watcher = start_loading(
        &context.source,
        reloader,
        total_bytes,
        watch,
        loop_sender,
        after_load,
    )
    .map_err(|e| io::Error::other(app.lang.f("tui.cannot_follow", &[("error", &e)])))?;
    if let Some(how) = watcher.how {
        app.set_follow_note(crate::app::state::FollowNote::Watching(how));
    }
    signals::exit_cleanly_on_signals()?;
    let mut perform = |effect, app: &mut App, area| match effect {
        Effect::Suspend => {
            if let Err(e) = signals::suspend() {
                let notice = app.lang.f("tui.cannot_suspend", &[("error", &e)]);
                app.tell(notice);
            }
            true
        }
        Effect::ConfirmRemoved => {
            match watcher.how {
                Some(_) => watcher.confirm_removed(),
                None => {
                    let notice = app.lang.t("tui.not_followed").to_string();
                    app.tell(notice);
                }
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
    result.map(|_| app)
}
