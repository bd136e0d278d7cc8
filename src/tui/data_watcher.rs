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

use std::sync::atomic::Ordering;

use crate::app::loading::LoadProgress;
use crate::app::unreadable_record::UnreadableRecord;
use crate::data::csv::source::DatasetSource;
use crate::data::loading::dataset::Dataset;
use crate::data::loading::reloader::DatasetReloader;
use crate::data::values::store::ValueStore;
use crate::review_records::record::ValueChange;

use super::event_source::LoopEvent;
use crate::data::csv::network_share::is_network_share;
use crate::data::csv::regular_file::content_stamp;

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
/// The longest a reload waits for the folder to be quiet: a folder written to without
/// pause (a sync tool, a script saving every 300 ms) is still shown as it goes.
const LONGEST_WAIT: Duration = Duration::from_secs(2);
/// How often a settling file is looked at again.
const SETTLE_STEP: Duration = Duration::from_millis(250);
/// How many times a file still moving is looked at again before it is read anyway
/// (a file caught half-written is then reported, and read again at its next change).
const SETTLE_TRIES: usize = 8;
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
    /// The source of file events; `None` when the folder is polled or not followed.
    _watcher: Option<Box<dyn Watcher + Send>>,
    /// Which way the folder is followed: "file events" or "polling"; `None` when it is not.
    pub how: Option<&'static str>,
}

impl DataWatcher {
    /// Asks the watcher to drop the values of removed clusters and send the result.
    pub fn confirm_removed(&self) {
        let _ = self.commands.send(WatcherMessage::ConfirmRemoved);
    }
}

/// Work done on the loading thread once the data are in and sent: the changes since the
/// last review, or why they are unknown.
pub type AfterLoad =
    Box<dyn FnOnce(&ValueStore) -> Result<Vec<ValueChange>, UnreadableRecord> + Send>;

/// How often the loading progress is sent to the screen.
const PROGRESS_STEP: Duration = Duration::from_millis(100);

/// Loads the dataset off the screen's thread, sending progress (of `total_bytes`, as
/// already measured for the first frame) while it reads and the dataset when done, then follows the folder as `mode` says (an in-memory dataset, or
/// `--watch off`, is not followed).
pub fn start_loading(
    source: &DatasetSource,
    reloader: DatasetReloader,
    total_bytes: u64,
    mode: WatchMode,
    loop_events: Sender<LoopEvent>,
    after_load: AfterLoad,
) -> notify::Result<DataWatcher> {
    let (tx, rx) = mpsc::channel::<WatcherMessage>();
    let root = match source {
        DatasetSource::Folder(root) if mode != WatchMode::Off => Some(root.clone()),
        _ => None,
    };
    let events_tx = tx.clone();
    let on_event = move |result: notify::Result<notify::Event>| {
        if result.is_ok_and(|event| !event.kind.is_access()) {
            let _ = events_tx.send(WatcherMessage::FilesChanged);
        }
    };
    let events = |root: &Path| -> notify::Result<Box<dyn Watcher + Send>> {
        let mut watcher = RecommendedWatcher::new(on_event.clone(), notify::Config::default())?;
        watcher.watch(root, RecursiveMode::Recursive)?;
        Ok(Box::new(watcher))
    };
    // Polling is done here rather than by notify's poller, which compares whole seconds
    // and so misses a second save within the same second.
    let watcher = match (&root, mode) {
        (None, _) | (_, WatchMode::Poll) => None,
        (Some(root), WatchMode::Events) => Some(events(root)?),
        (Some(root), _) if is_network_share(root) => None,
        (Some(root), _) => events(root).ok(),
    };
    let how = root.as_ref().map(|_| {
        if watcher.is_some() {
            "watch.file_events"
        } else {
            "watch.polling"
        }
    });
    let poll_every = watcher.is_none().then_some(POLL_INTERVAL);
    std::thread::Builder::new()
        // not translated: a thread name
        .name("data-loader".into())
        .spawn(move || {
            let seen = root.as_deref().map(fingerprint);
            let mut reloader = reloader;
            let dataset = load_with_progress(&mut reloader, total_bytes, &loop_events);
            // The parsing threads are done: what they freed goes back to the system.
            crate::memory_release::trim_free_memory();
            // The values are shared, not copied: the screen gets the dataset at once and
            // the comparison with the last review follows.
            let values = dataset.values.clone();
            if loop_events
                .send(LoopEvent::Loaded(Box::new(dataset)))
                .is_err()
            {
                return;
            }
            let changes = after_load(&values);
            drop(values);
            if loop_events.send(LoopEvent::ReviewChanges(changes)).is_err() {
                return;
            }
            if let (Some(root), Some(seen)) = (root, seen) {
                follow(rx, reloader, root, seen, poll_every, loop_events);
            }
        })
        .map_err(|e| notify::Error::generic(&e.to_string()))?;
    Ok(DataWatcher {
        commands: tx,
        _watcher: watcher,
        how,
    })
}

/// Loads every file, sending how many bytes were read every [`PROGRESS_STEP`].
fn load_with_progress(
    reloader: &mut DatasetReloader,
    total_bytes: u64,
    loop_events: &Sender<LoopEvent>,
) -> Dataset {
    let bytes_read = reloader.bytes_read();
    let (done_tx, done_rx) = mpsc::channel::<()>();
    let progress_events = loop_events.clone();
    let ticker = std::thread::Builder::new()
        // not translated: a thread name
        .name("load-progress".into())
        .spawn(move || {
            while let Err(RecvTimeoutError::Timeout) = done_rx.recv_timeout(PROGRESS_STEP) {
                let progress = LoadProgress {
                    bytes_read: bytes_read.load(Ordering::Relaxed),
                    total_bytes,
                };
                if progress_events.send(LoopEvent::Progress(progress)).is_err() {
                    return;
                }
            }
        });
    let dataset = reloader.reload();
    drop(done_tx);
    if let Ok(ticker) = ticker {
        let _ = ticker.join();
    }
    dataset
}

/// The watcher thread: waits for changes, lets them settle, reloads, sends.
fn follow(
    messages: Receiver<WatcherMessage>,
    mut reloader: DatasetReloader,
    root: PathBuf,
    mut seen: Vec<FileStamp>,
    poll_every: Option<Duration>,
    loop_events: Sender<LoopEvent>,
) {
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
        // Debounce: wait until the folder has been quiet for a while, or at most
        // LONGEST_WAIT, so that a folder that never rests is still followed.
        let waiting = std::time::Instant::now();
        while let Some(left) = LONGEST_WAIT.checked_sub(waiting.elapsed()) {
            match messages.recv_timeout(QUIET.min(left)) {
                Ok(WatcherMessage::ConfirmRemoved) => confirm = true,
                Ok(WatcherMessage::FilesChanged) => {}
                Err(RecvTimeoutError::Timeout) => break,
                Err(RecvTimeoutError::Disconnected) => return,
            }
        }
        // A file caught half-written is read again once its size and time stop moving.
        let mut now = fingerprint(&root);
        for _ in 0..SETTLE_TRIES {
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

/// A file as the watcher last saw it: its path, size, modification time and, on a
/// network share, a hash of its content.
type FileStamp = (PathBuf, u64, Option<SystemTime>, u64);

/// The size and modification time of every file in the dataset folder and `values/`;
/// on a network share, whose sizes and times may be old, their content too.
fn fingerprint(root: &Path) -> Vec<FileStamp> {
    let on_share = is_network_share(root);
    let mut entries = Vec::new();
    // not translated: a folder name
    for dir in [root.to_path_buf(), root.join("values")] {
        let Ok(listing) = std::fs::read_dir(&dir) else {
            continue;
        };
        for entry in listing.flatten() {
            let path = entry.path();
            if let Ok(meta) = std::fs::metadata(&path)
                && meta.is_file()
            {
                let content = content_stamp(&path, on_share);
                entries.push((path, meta.len(), meta.modified().ok(), content));
            }
        }
    }
    entries.sort();
    entries
}
