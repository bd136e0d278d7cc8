//! clusterdash: a terminal dashboard for the indicators of the Basque cluster policy.
//!
//! Module map (layers import downward only):
//!
//! - [`cli`]: the command line: arguments, the config file and the one-shot commands
//!   (`check`, `snapshot`, `report`, `export`, `diff`, `generate`).
//! - [`report`]: the review for the minutes (`report`), from the app's tab models.
//! - [`tui`]: the terminal runtime: takes over and restores the terminal, runs the event loop.
//! - [`plain`]: plain mode for screen readers and scripts: the tabs as labelled lines,
//!   commands from standard input. Reads the app's state, like the UI.
//! - [`ui`]: drawing: one file per screen region, tab, overlay and widget; reads the app's state.
//! - [`words`]: words and marks shared by the dashboard, plain mode, the report and
//!   `diff` (numbers with units, safe text, status marks, change lines); no ratatui.
//! - [`app`]: state, actions, the key table and the tab models; no drawing, no polars.
//! - [`generate`]: the seeded generator of illustrative datasets, including the shipped one.
//! - [`i18n`]: the languages (English, Spanish, Basque): one catalogue of visible text
//!   per language, phrases written later in any language, and numbers as each writes
//!   them. The lowest layer: every other uses it, it uses none.
//! - [`user_dirs`]: the per-user config, data and state folders (XDG).
//! - [`visible_text`]: which characters are invisible or reorder text (zero-width,
//!   bidirectional controls), spelled out as `<U+200B>` wherever data text is shown.
//! - [`memory_release`]: has the allocator give large freed blocks back to the system.
//! - [`review_records`]: what was on record at the last review (per user, a small CSV)
//!   and the changes since, for the changes popup, the watcher and `diff`. Built on the
//!   data layer, which knows nothing of it.
//! - [`data`]: the data format, loading and validation, the values in columns, the
//!   yearly cube (a polars frame, sorted so combining clusters is a group-by over runs)
//!   and the aggregation rules, in one folder per pipeline stage (format, CSV reading,
//!   metadata, values, roll-up, loading, queries), each importing only earlier ones.
//!   Knows nothing of the terminal.

#![warn(missing_docs)]

pub mod app;
pub mod cli;
pub mod data;
pub mod generate;
pub mod i18n;
pub mod memory_release;
pub mod plain;
pub mod report;
pub mod review_records;
pub mod tui;
pub mod ui;
pub mod user_dirs;
pub mod visible_text;
pub mod words;
