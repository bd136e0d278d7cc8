//! Follows the dataset folder while the dashboard is open: file events (or polling, for
//! network shares where events do not arrive) are debounced, files are left to settle,
//! and the dataset is reloaded off the UI thread and sent whole to the event loop, so no
//! frame mixes old and new rows. The watcher holds the [`DatasetReloader`], which reads
//! only the files that changed and keeps the last good values of files caught broken or
//! removed.

use std::path::{Path, PathBuf};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, Sender};
use std::time::{Duration, SystemTime};

use notify::{RecommendedWatcher, RecursiveMode, Watcher};

use crate::data::dataset_reloader::DatasetReloader;
use crate::data::source::DatasetSource;

use super::event_source::LoopEvent;
use super::network_share::is_network_share;

/// `--watch`: how the folder is followed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum WatchMode {
    /// File events, or polling on network shares and where events are not available.
    #[default]
    Auto,
    /// File events only.
    Events,
    /// Polling every two seconds (network shares).
    Poll,
    /// Not followed.
    Off,
}

/// How long the folder must be quiet before a reload.
const QUIET: Duration = Duration::from_millis(400);
/// How often a settling file is looked at again.
const SETTLE_STEP: Duration = Duration::from_millis(250);
/// How often polling looks at the files.
const POLL_INTERVAL: Duration = Duration::from_secs(2);

/// What the watcher thread is told.
enum WatcherMessage {
    /// Something in the folder changed.
    FilesChanged,
    /// The user confirmed that removed clusters may go.
    ConfirmRemoved,
}

/// A running watcher; dropping it stops the file events.
pub struct DataWatcher {
    commands: Sender<WatcherMessage>,
    /// The source of file events; `None` when the folder is polled.
    _watcher: Option<Box<dyn Watcher + Send>>,
    /// Which way the folder is followed: "file events" or "polling".
    pub how: &'static str,
}

impl DataWatcher {
    /// Asks the watcher to drop the values of removed clusters and send the result.
    pub fn confirm_removed(&self) {
        let _ = self.commands.send(WatcherMessage::ConfirmRemoved);
    }
}

/// Starts following the dataset folder; `None` for `--watch off` or an in-memory dataset.
pub fn start_watching(
    source: &DatasetSource,
    reloader: DatasetReloader,
    mode: WatchMode,
    loop_events: Sender<LoopEvent>,
) -> notify::Result<Option<DataWatcher>> {
    let DatasetSource::Folder(root) = source else {
        return Ok(None);
    };
    if mode == WatchMode::Off {
        return Ok(None);
    }
    let (tx, rx) = mpsc::channel::<WatcherMessage>();
    let events_tx = tx.clone();
    let on_event = move |result: notify::Result<notify::Event>| {
        if result.is_ok_and(|event| !event.kind.is_access()) {
            let _ = events_tx.send(WatcherMessage::FilesChanged);
        }
    };
    let events = || -> notify::Result<Box<dyn Watcher + Send>> {
        let mut watcher = RecommendedWatcher::new(on_event.clone(), notify::Config::default())?;
        watcher.watch(root, RecursiveMode::Recursive)?;
        Ok(Box::new(watcher))
    };
    // Polling is done here rather than by notify's poller, which compares whole seconds
    // and so misses a second save within the same second.
    let watcher = match mode {
        WatchMode::Poll => None,
        WatchMode::Events => Some(events()?),
        WatchMode::Auto | WatchMode::Off if is_network_share(root) => None,
        WatchMode::Auto | WatchMode::Off => events().ok(),
    };
    let how = if watcher.is_some() {
        "file events"
    } else {
        "polling"
    };
    let poll_every = watcher.is_none().then_some(POLL_INTERVAL);
    let root = root.clone();
    std::thread::Builder::new()
        .name("data-watcher".into())
        .spawn(move || follow(rx, reloader, root, poll_every, loop_events))
        .map_err(|e| notify::Error::generic(&e.to_string()))?;
    Ok(Some(DataWatcher {
        commands: tx,
        _watcher: watcher,
        how,
    }))
}

/// The watcher thread: waits for changes, lets them settle, reloads, sends.
fn follow(
    messages: Receiver<WatcherMessage>,
    mut reloader: DatasetReloader,
    root: PathBuf,
    poll_every: Option<Duration>,
    loop_events: Sender<LoopEvent>,
) {
    let mut seen = fingerprint(&root);
    loop {
        let message = match poll_every {
            Some(interval) => match messages.recv_timeout(interval) {
                Ok(message) => Some(message),
                Err(RecvTimeoutError::Timeout) => None,
                Err(RecvTimeoutError::Disconnected) => return,
            },
            None => match messages.recv() {
                Ok(message) => Some(message),
                Err(_) => return,
            },
        };
        let mut confirm = matches!(message, Some(WatcherMessage::ConfirmRemoved));
        if message.is_none() && fingerprint(&root) == seen {
            continue;
        }
        // Debounce: wait until the folder has been quiet for a while.
        loop {
            match messages.recv_timeout(QUIET) {
                Ok(WatcherMessage::ConfirmRemoved) => confirm = true,
                Ok(WatcherMessage::FilesChanged) => {}
                Err(RecvTimeoutError::Timeout) => break,
                Err(RecvTimeoutError::Disconnected) => return,
            }
        }
        // A file caught half-written is read again once its size and time stop moving.
        let mut now = fingerprint(&root);
        for _ in 0..40 {
            std::thread::sleep(SETTLE_STEP);
            let again = fingerprint(&root);
            if again == now {
                break;
            }
            now = again;
        }
        let changed = now != seen;
        if !changed && !confirm {
            continue;
        }
        seen = now;
        let mut dataset = reloader.reload();
        if confirm {
            dataset = reloader.confirm_removed();
        }
        if loop_events
            .send(LoopEvent::Reloaded(Box::new(dataset)))
            .is_err()
        {
            return;
        }
    }
}

/// The size and modification time of every file in the dataset folder and `values/`.
fn fingerprint(root: &Path) -> Vec<(PathBuf, u64, Option<SystemTime>)> {
    let mut entries = Vec::new();
    for dir in [root.to_path_buf(), root.join("values")] {
        let Ok(listing) = std::fs::read_dir(&dir) else {
            continue;
        };
        for entry in listing.flatten() {
            let path = entry.path();
            if let Ok(meta) = std::fs::metadata(&path)
                && meta.is_file()
            {
                entries.push((path, meta.len(), meta.modified().ok()));
            }
        }
    }
    entries.sort();
    entries
}
