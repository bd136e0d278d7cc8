//! The command line, as clap types.

use std::path::PathBuf;

use clap::{Parser, Subcommand, ValueEnum};

use crate::data::loading::dataset::DEFAULT_MAX_FILE_MB;

/// Terminal dashboard for the indicators of the Basque cluster policy.
#[derive(Debug, Parser)]
#[command(
    name = "clusterdash",
    version,
    args_conflicts_with_subcommands = true,
    after_help = "\
DATASET defaults to $CLUSTERDASH_DATA, then ./datasets/basque-clusters, then the built-in sample.

Examples:
  clusterdash                                 open the shipped dataset
  clusterdash /srv/shared/clusters            open your own dataset folder
  clusterdash --view 'tab=technology;clusters=HEGAN,GAIA;year=2024'
                                              open a view a colleague shared
  clusterdash check datasets/basque-clusters  validate a dataset
  clusterdash generate --out /tmp/big --clusters 200 --frequency monthly"
)]
pub struct Cli {
    /// The dataset folder to open.
    pub dataset: Option<PathBuf>,
    /// The language: en (English), es (Spanish) or eu (Basque). Default: the config
    /// file's `lang` (for the dashboard), else LC_ALL, LC_MESSAGES or LANG, else English.
    #[arg(long, value_enum, global = true)]
    pub lang: Option<LangArg>,
    /// Open this view, such as 'tab=technology;clusters=HEGAN,GAIA;year=2024'.
    #[arg(long, value_name = "STRING")]
    pub view: Option<String>,
    /// The config file (default: ~/.config/clusterdash/config.toml, if it exists).
    #[arg(long, value_name = "PATH")]
    pub config: Option<PathBuf>,
    /// Follow changes to the dataset folder: file events (auto polls instead on network
    /// shares and where events are not available), polling every two seconds, or not at all.
    #[arg(long, value_enum, default_value_t = WatchArg::Auto)]
    pub watch: WatchArg,
    /// Start in review mode: one cluster per page, for meetings.
    #[arg(long)]
    pub review: bool,
    /// Plain mode, for screen readers and scripts: the views as labelled lines, read
    /// commands (tab cooperation, cluster HEGAN, year 2023, help, quit) from standard
    /// input. Automatic when TERM is dumb or standard output is not a terminal.
    #[arg(long)]
    pub plain: bool,
    /// Where the dashboard saves snapshots (w) and exported rows (e); default
    /// $XDG_DATA_HOME/clusterdash/snapshots or ~/.local/share/clusterdash/snapshots.
    #[arg(long, value_name = "DIR")]
    pub snapshot_dir: Option<PathBuf>,
    /// How the dashboard looks.
    #[command(flatten)]
    pub display: DisplayArgs,
    /// How the dataset is read.
    #[command(flatten)]
    pub load: LoadArgs,
    /// What to do instead of opening the dashboard.
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Validate a dataset: print a summary and every problem, one per line.
    #[command(after_help = "\
Exit status: 0 when there are no errors (warnings are allowed), 1 when there are errors,
2 on a usage error or a dataset folder that does not exist.

Examples:
  clusterdash check datasets/basque-clusters
  clusterdash check /srv/shared/clusters --format json > problems.json")]
    Check {
        /// The dataset folder to check.
        dataset: Option<PathBuf>,
        /// Output format.
        #[arg(long, value_enum, default_value_t = CheckFormat::Text)]
        format: CheckFormat,
        /// How the dataset is read.
        #[command(flatten)]
        load: LoadArgs,
    },
    /// Draw one view of the dashboard without a terminal, as text, ANSI, SVG or HTML.
    #[command(after_help = "\
The frame is drawn by the dashboard's own code, so it is exactly what the dashboard shows
at that size. Without -o the snapshot goes to standard output. It never writes into the
dataset folder.

Examples:
  clusterdash snapshot --tab cooperation --cluster HEGAN --cluster GAIA --year 2024
  clusterdash snapshot --view 'tab=technology;clusters=all;year=2023' --format svg -o tech.svg
  clusterdash snapshot /srv/shared/clusters --tab overview --size 80x24 --format ansi")]
    Snapshot(SnapshotArgs),
    /// List the values that changed, appeared or disappeared since the last review.
    #[command(after_help = "\
The dashboard keeps, per user and dataset, a small record of the values on screen when it
closes (in $XDG_STATE_HOME/clusterdash/reviews or ~/.local/state/clusterdash/reviews).
--since last compares with that record; --since FILE with a record file saved from there.

Examples:
  clusterdash diff
  clusterdash diff /srv/shared/clusters --since ~/minutes/2024-06.csv")]
    Diff {
        /// The dataset folder.
        dataset: Option<PathBuf>,
        /// `last` (the record of the last review) or a record file.
        #[arg(long, default_value = "last", value_name = "last|FILE")]
        since: String,
        /// How the dataset is read.
        #[command(flatten)]
        load: LoadArgs,
    },
    /// Write a review for the minutes: per cluster, the key indicators against targets.
    #[command(after_help = "\
Per cluster and area: each indicator against its target with a status mark, the change
from the year before and a small text chart of its trend; then a provenance footer with the
dataset, a SHA-256 content hash of its files, the newest file date, the filter and the
program version.

Examples:
  clusterdash report --cluster HEGAN --cluster GAIA --year 2024 --format md -o review.md
  clusterdash report /srv/shared/clusters --format txt")]
    Report(ReportArgs),
    /// Write the filtered rows to a CSV file in the long format (with cluster_id).
    #[command(after_help = "\
The file can be read back as a dataset's values.csv. It never replaces an existing file
without --force and never writes into the dataset folder.

Examples:
  clusterdash export --cluster HEGAN --cluster GAIA --area technology -o tech.csv
  clusterdash export /srv/shared/clusters --from 2020 --to 2024 -o /tmp/recent.csv --force")]
    Export(ExportArgs),
    /// Write a valid illustrative dataset into a new or empty folder.
    #[command(after_help = "\
With no options it reproduces the shipped datasets/basque-clusters exactly.
Larger datasets are for benchmarks. It refuses to write into a folder that is not empty.

Examples:
  clusterdash generate --out /tmp/basque
  clusterdash generate --out /tmp/big --clusters 500 --indicators 100 --frequency monthly --seed 7")]
    Generate(GenerateArgs),
}

/// The arguments of `snapshot`.
#[derive(Debug, clap::Args)]
pub struct SnapshotArgs {
    /// The dataset folder.
    pub dataset: Option<PathBuf>,
    /// Start from this view string; --tab, --cluster and --year override its parts.
    #[arg(long, value_name = "STRING")]
    pub view: Option<String>,
    /// The tab: overview, cooperation, technology, business, data or programme.
    #[arg(long)]
    pub tab: Option<String>,
    /// A cluster id to show (repeat for several; none means all).
    #[arg(long = "cluster", value_name = "ID")]
    pub clusters: Vec<String>,
    /// The year (default: the latest with values).
    #[arg(long)]
    pub year: Option<i32>,
    /// The terminal size to draw, as COLUMNSxROWS.
    #[arg(long, default_value = "120x40")]
    pub size: String,
    /// The output format.
    #[arg(long, value_enum, default_value_t = SnapshotFormat::Txt)]
    pub format: SnapshotFormat,
    /// The file to write (default: standard output).
    #[arg(short = 'o', long = "output", value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// How the snapshot looks (colours default to 16 on a dark background).
    #[command(flatten)]
    pub display: DisplayArgs,
    /// How the dataset is read.
    #[command(flatten)]
    pub load: LoadArgs,
}

/// The arguments of `report`.
#[derive(Debug, clap::Args)]
pub struct ReportArgs {
    /// The dataset folder.
    pub dataset: Option<PathBuf>,
    /// A cluster id to review (repeat for several; none means all).
    #[arg(long = "cluster", value_name = "ID")]
    pub clusters: Vec<String>,
    /// The year (default: the latest with values).
    #[arg(long)]
    pub year: Option<i32>,
    /// The format.
    #[arg(long, value_enum, default_value_t = ReportFormatArg::Md)]
    pub format: ReportFormatArg,
    /// The file to write (default: standard output).
    #[arg(short = 'o', long = "output", value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Replace the file if it exists.
    #[arg(long)]
    pub force: bool,
    /// How the dataset is read.
    #[command(flatten)]
    pub load: LoadArgs,
}

/// The arguments of `export`.
#[derive(Debug, clap::Args)]
pub struct ExportArgs {
    /// The dataset folder.
    pub dataset: Option<PathBuf>,
    /// A cluster id to export (repeat for several; none means all).
    #[arg(long = "cluster", value_name = "ID")]
    pub clusters: Vec<String>,
    /// Only indicators of this area: cooperation, technology, business, profile or programme.
    #[arg(long)]
    pub area: Option<String>,
    /// The first year.
    #[arg(long)]
    pub from: Option<i32>,
    /// The last year.
    #[arg(long)]
    pub to: Option<i32>,
    /// The CSV file to write.
    #[arg(short = 'o', long = "output", value_name = "FILE.csv")]
    pub output: PathBuf,
    /// Replace the file if it exists.
    #[arg(long)]
    pub force: bool,
    /// How the dataset is read.
    #[command(flatten)]
    pub load: LoadArgs,
}

/// The arguments of `generate`.
#[derive(Debug, clap::Args)]
pub struct GenerateArgs {
    /// The folder to create (it must not exist or be empty).
    #[arg(long)]
    pub out: PathBuf,
    /// How many clusters: the 21 real ones first, then synthetic ones.
    #[arg(long, default_value_t = crate::generate::SHIPPED_CLUSTERS)]
    pub clusters: usize,
    /// How many indicators: the shipped catalogue first, then synthetic ones.
    #[arg(long, default_value_t = crate::generate::SHIPPED_INDICATORS)]
    pub indicators: usize,
    /// The first year.
    #[arg(long, default_value_t = 2015)]
    pub from: i32,
    /// The last year.
    #[arg(long, default_value_t = 2025)]
    pub to: i32,
    /// The frequency of flow indicators (default: quarterly cooperation activity, yearly otherwise).
    #[arg(long, value_enum)]
    pub frequency: Option<FrequencyArg>,
    /// The random seed.
    #[arg(long, default_value_t = crate::generate::SHIPPED_SEED)]
    pub seed: u64,
    /// Write one long values.csv with a cluster_id column instead of a file per cluster.
    #[arg(long)]
    pub long: bool,
}

/// How datasets are read.
#[derive(Debug, Clone, Copy, clap::Args)]
pub struct LoadArgs {
    /// Files larger than this many megabytes are reported, not read.
    #[arg(long, value_name = "MB", default_value_t = DEFAULT_MAX_FILE_MB)]
    pub max_file_mb: u64,
}

impl LoadArgs {
    /// The limit in bytes.
    pub fn max_file_bytes(self) -> u64 {
        self.max_file_mb
            .saturating_mul(crate::data::csv::size_text::MEGABYTE)
    }
}

/// Colours, background and glyphs.
#[derive(Debug, Clone, Copy, Default, clap::Args)]
pub struct DisplayArgs {
    /// Colour: auto (the default) follows NO_COLOR, COLORTERM and TERM.
    #[arg(long, value_enum)]
    pub color: Option<ColorArg>,
    /// The background the colours are chosen for (default: the dashboard guesses it
    /// from COLORFGBG where the terminal sets it, else dark; snapshots: dark).
    #[arg(long, value_enum)]
    pub theme: Option<ThemeArg>,
    /// Draw charts, bars, borders and marks in plain ASCII (automatic when the locale
    /// is not UTF-8 or TERM is linux or dumb).
    #[arg(long)]
    pub ascii: bool,
}

/// `--lang`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum LangArg {
    /// English.
    En,
    /// Spanish.
    Es,
    /// Basque.
    Eu,
}

impl From<LangArg> for crate::i18n::Lang {
    fn from(lang: LangArg) -> Self {
        match lang {
            LangArg::En => crate::i18n::Lang::En,
            LangArg::Es => crate::i18n::Lang::Es,
            LangArg::Eu => crate::i18n::Lang::Eu,
        }
    }
}

/// `--watch`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, ValueEnum)]
pub enum WatchArg {
    /// File events; polling on network shares and where events are not available.
    #[default]
    Auto,
    /// File events only.
    Events,
    /// Polling every two seconds.
    Poll,
    /// Do not follow changes.
    Off,
}

/// `--color`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, ValueEnum)]
pub enum ColorArg {
    /// Follow the environment.
    #[default]
    Auto,
    /// Always colour.
    Always,
    /// Never colour.
    Never,
}

/// `--theme`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, ValueEnum)]
pub enum ThemeArg {
    /// For dark backgrounds.
    #[default]
    Dark,
    /// For light backgrounds.
    Light,
}

/// Output formats of `report`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ReportFormatArg {
    /// Markdown.
    Md,
    /// Plain text.
    Txt,
}

/// Output formats of `snapshot`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SnapshotFormat {
    /// Plain text.
    Txt,
    /// Text with ANSI colours, for `cat` in a terminal.
    Ansi,
    /// An SVG picture of the screen.
    Svg,
    /// An HTML page with the screen.
    Html,
    /// A PNG picture of the screen, twice the SVG's size.
    Png,
}

/// Output formats of `check`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum CheckFormat {
    /// A summary and one problem per line.
    Text,
    /// One JSON document with the summary and the problems.
    Json,
}

/// Frequencies accepted by `generate --frequency`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FrequencyArg {
    /// One value a year.
    Yearly,
    /// One value a quarter.
    Quarterly,
    /// One value a month.
    Monthly,
}
