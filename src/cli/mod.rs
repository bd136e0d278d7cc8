//! The command line: parses the arguments and runs the chosen command. Errors carry
//! their context (anyhow); usage errors exit with 2, others with 1.

pub mod args;
pub mod check_command;
pub mod check_summary;
pub mod config_file;
pub mod dataset_location;
pub mod diff_command;
pub mod display_options;
pub mod export_command;
pub mod generate_command;
pub mod localized_help;
pub mod output_file;
pub mod report_command;
pub mod review_store;
pub mod snapshot_command;
pub mod usage_error;

use std::io::IsTerminal;
use std::path::Path;
use std::process::ExitCode;

use anyhow::Context;
use clap::{CommandFactory, FromArgMatches};

use crate::app::loading::{LoadProgress, Loading};
use crate::app::state::App;
use crate::app::view_spec::ViewSpec;
use crate::data::csv::source::DatasetSource;
use crate::data::loading::dataset::Dataset;
use crate::data::loading::reloader::{DatasetReloader, load_dataset_limited};
use crate::generate::GenerateParams;
use crate::i18n::Lang;
use crate::tui::data_watcher::{AfterLoad, WatchMode};
use crate::tui::effects::{EffectContext, default_snapshot_dir};

use args::{Cli, Command};
use dataset_location::resolve_dataset;
use generate_command::run_generate;
use snapshot_command::{SnapshotRequest, parse_size, run_snapshot, view_from_args};
use usage_error::UsageError;

/// Exit status for a usage error, as clap uses.
const USAGE_ERROR: u8 = 2;
/// Exit status of `check` when the dataset has errors.
const DATA_ERRORS: u8 = 1;

/// The language of this run's command-line messages: `--lang`, else the config file's
/// (once read), else the environment; a position in [`Lang::ALL`].
static LANGUAGE: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);

/// The language the command line speaks in this run (English until it is known).
pub fn language() -> Lang {
    Lang::ALL[LANGUAGE.load(std::sync::atomic::Ordering::Relaxed) % Lang::ALL.len()]
}

fn set_language(lang: Lang) {
    let at = Lang::ALL.iter().position(|l| *l == lang).unwrap_or(0);
    LANGUAGE.store(at, std::sync::atomic::Ordering::Relaxed);
}

/// Runs the program with the process's arguments and returns its exit status.
pub fn run() -> ExitCode {
    let args = localized_help::lang_after_command(std::env::args_os().collect());
    let lang = localized_help::language_in(&args);
    set_language(lang);
    let matches = match localized_help::localized(Cli::command(), lang).try_get_matches_from(&args)
    {
        Ok(matches) => matches,
        // Help and version are printed as they are; errors in the language spoken.
        Err(error) if !error.use_stderr() => error.exit(),
        Err(error) => {
            eprintln!("{}", localized_help::argument_error_text(&error, lang));
            return ExitCode::from(USAGE_ERROR);
        }
    };
    let cli = match Cli::from_arg_matches(&matches) {
        Ok(cli) => cli,
        Err(error) => error.exit(),
    };
    match run_command(cli) {
        Ok(code) => code,
        // The reader of the output went away (`clusterdash check | head`): nothing to say.
        Err(error)
            if error.chain().any(|cause| {
                cause
                    .downcast_ref::<std::io::Error>()
                    .is_some_and(|e| e.kind() == std::io::ErrorKind::BrokenPipe)
            }) =>
        {
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!(
                "clusterdash: {}",
                language().f("cli.error", &[("error", &format!("{error:#}"))])
            );
            if error.downcast_ref::<UsageError>().is_some() {
                ExitCode::from(USAGE_ERROR)
            } else {
                ExitCode::FAILURE
            }
        }
    }
}

fn run_command(mut cli: Cli) -> anyhow::Result<ExitCode> {
    match cli.command.take() {
        Some(Command::Check {
            dataset,
            format,
            load,
        }) => run_check(dataset.as_deref(), format, load),
        Some(Command::Generate(command)) => generate_from(command),
        Some(Command::Diff {
            dataset,
            since,
            load,
        }) => {
            let source = resolve_dataset(dataset.as_deref()).map_err(UsageError)?;
            diff_command::run_diff(&source, &since, load.max_file_bytes())?;
            Ok(ExitCode::SUCCESS)
        }
        Some(Command::Report(command)) => report_from(command, cli.lang),
        Some(Command::Export(command)) => export_from(command),
        Some(Command::Snapshot(command)) => snapshot_from(command, cli.lang),
        None => open_dashboard(cli),
    }
}

/// `generate`, from its arguments.
fn generate_from(command: args::GenerateArgs) -> anyhow::Result<ExitCode> {
    let args::GenerateArgs {
        out,
        clusters,
        indicators,
        from,
        to,
        frequency,
        seed,
        long,
    } = command;
    let frequency = frequency.map(Into::into);
    run_generate(
        &GenerateParams {
            clusters,
            indicators,
            from,
            to,
            frequency,
            seed,
            long,
        },
        &out,
    )?;
    Ok(ExitCode::SUCCESS)
}

/// `report`, from its arguments.
fn report_from(command: args::ReportArgs, lang: Option<args::LangArg>) -> anyhow::Result<ExitCode> {
    let args::ReportArgs {
        dataset,
        clusters,
        year,
        format,
        output,
        force,
        load,
    } = command;
    let source = resolve_dataset(dataset.as_deref()).map_err(UsageError)?;
    let request = report_command::ReportRequest {
        clusters,
        year,
        format,
        output,
        force,
        lang: display_options::language_of(lang, None),
        max_file_bytes: load.max_file_bytes(),
    };
    report_command::run_report(&source, &request)?;
    Ok(ExitCode::SUCCESS)
}

/// `export`, from its arguments.
fn export_from(command: args::ExportArgs) -> anyhow::Result<ExitCode> {
    let args::ExportArgs {
        dataset,
        clusters,
        area,
        from,
        to,
        output,
        force,
        load,
    } = command;
    let source = resolve_dataset(dataset.as_deref()).map_err(UsageError)?;
    let request = export_command::ExportRequest {
        clusters,
        area,
        from,
        to,
        output,
        force,
        max_file_bytes: load.max_file_bytes(),
    };
    run_export_command(&source, &request)
}

/// `snapshot`, from its arguments.
fn snapshot_from(
    command: args::SnapshotArgs,
    lang: Option<args::LangArg>,
) -> anyhow::Result<ExitCode> {
    let args::SnapshotArgs {
        dataset,
        view,
        tab,
        clusters,
        year,
        size,
        format,
        output,
        display,
        load,
    } = command;
    let view = view_from_args(view.as_deref(), tab.as_deref(), &clusters, year)
        .map_err(|e| UsageError(e.text(language())))?;
    let (width, height) = parse_size(&size)?;
    let source = resolve_dataset(dataset.as_deref()).map_err(UsageError)?;
    let request = SnapshotRequest {
        view,
        width,
        height,
        format,
        output,
        theme: display_options::snapshot_theme(display),
        lang: display_options::language_of(lang, None),
        max_file_bytes: load.max_file_bytes(),
    };
    run_snapshot(&source, &request)?;
    Ok(ExitCode::SUCCESS)
}

/// `check`: the summary and every problem; exit status 1 when there are errors.
fn run_check(
    dataset: Option<&Path>,
    format: args::CheckFormat,
    load: args::LoadArgs,
) -> anyhow::Result<ExitCode> {
    let source = resolve_dataset(dataset).map_err(UsageError)?;
    let dataset = load_dataset_limited(&source, load.max_file_bytes());
    let lang = language();
    let has_errors =
        check_command::write_check(&dataset, format, lang, &mut std::io::stdout().lock())
            .context(language().t("cli.cannot_write_report"))?;
    Ok(if has_errors {
        ExitCode::from(DATA_ERRORS)
    } else {
        ExitCode::SUCCESS
    })
}

/// `export`: the filtered rows to a CSV file, and how many were written.
fn run_export_command(
    source: &DatasetSource,
    request: &export_command::ExportRequest,
) -> anyhow::Result<ExitCode> {
    let rows = export_command::run_export(source, request)?;
    eprintln!(
        "{}",
        language().count_with(
            "cli.wrote_rows",
            rows,
            &[("file", &request.output.display())],
        )
    );
    Ok(ExitCode::SUCCESS)
}

/// No command: the dashboard, or plain mode when there is no terminal to draw on.
fn open_dashboard(cli: Cli) -> anyhow::Result<ExitCode> {
    let view = match cli.view.as_deref() {
        Some(text) => Some(ViewSpec::parse(text).map_err(|e| UsageError(e.text(language())))?),
        None => None,
    };
    let source = resolve_dataset(cli.dataset.as_deref()).map_err(UsageError)?;
    let config = config_file::load_config(
        cli.config.as_deref(),
        display_options::language_of(cli.lang, None),
    )?;
    let lang = display_options::language_of(cli.lang, config.lang);
    set_language(lang);
    // not translated: environment variables and their values
    let dumb = std::env::var("TERM").is_ok_and(|term| term == "dumb");
    if cli.plain || dumb || !std::io::stdout().is_terminal() {
        return run_plain_mode(&source, view.as_ref(), lang, cli.load.max_file_bytes());
    }
    if !std::io::stdin().is_terminal() {
        return Err(UsageError(lang.t("cli.needs_terminal").to_string()).into());
    }
    let reloader = DatasetReloader::new(source.clone(), cli.load.max_file_bytes());
    let mut app = App::while_loading(
        Dataset::empty(&source),
        Loading {
            progress: LoadProgress {
                bytes_read: 0,
                total_bytes: reloader.total_bytes(),
            },
            view,
            review: cli.review,
        },
        lang,
    );
    app.set_key_map(config.key_map.clone());
    let record_source = source.clone();
    let after_load: AfterLoad = Box::new(move |values| {
        review_store::changes_since_last(&record_source, values)
            .map(Option::unwrap_or_default)
            .map_err(|e| review_store::unreadable(&record_source, &e))
    });
    let context = EffectContext {
        snapshot_dir: cli.snapshot_dir.unwrap_or_else(default_snapshot_dir),
        source,
        theme: display_options::dashboard_theme(cli.display, &config),
        // not translated: an environment variable
        in_tmux: std::env::var_os("TMUX").is_some(),
    };
    let source = context.source.clone();
    let watch = match cli.watch {
        args::WatchArg::Auto => WatchMode::Auto,
        args::WatchArg::Events => WatchMode::Events,
        args::WatchArg::Poll => WatchMode::Poll,
        args::WatchArg::Off => WatchMode::Off,
    };
    let app = crate::tui::run_dashboard(app, context, watch, reloader, after_load)
        .context(language().t("cli.terminal_error"))?;
    // What was on screen at the end is on record for next time; nothing was
    // reviewed when the user left before the data were in.
    if app.loading().is_none() {
        review_store::save(&source, &app.dataset.values)
            .context(language().t("cli.cannot_keep_record"))?;
    }
    Ok(ExitCode::SUCCESS)
}

/// Plain mode: the tabs as labelled lines, commands from standard input.
fn run_plain_mode(
    source: &DatasetSource,
    view: Option<&ViewSpec>,
    lang: Lang,
    max_file_bytes: u64,
) -> anyhow::Result<ExitCode> {
    let dataset = load_dataset_limited(source, max_file_bytes);
    let mut app = App::new_in(dataset, lang);
    if let Some(view) = view {
        app.open_view(view).map_err(|e| UsageError(e.text(lang)))?;
    }
    app.take_review_changes(
        review_store::changes_since_last(source, &app.dataset.values)
            .map(Option::unwrap_or_default)
            .map_err(|e| review_store::unreadable(source, &e)),
    );
    let stdin = std::io::stdin();
    // A person at a terminal reviewed what was shown, and it is on record for next
    // time, as in the dashboard. A script did not: its run leaves the record for the
    // person.
    let person = stdin.is_terminal();
    let mut stdout = std::io::stdout().lock();
    crate::plain::run_plain(&mut app, stdin.lock(), &mut stdout)?;
    if person {
        review_store::save(source, &app.dataset.values)
            .context(language().t("cli.cannot_keep_record"))?;
    }
    Ok(ExitCode::SUCCESS)
}
