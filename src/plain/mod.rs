//! Plain mode, for screen readers, braille displays and scripts: the dashboard's tabs
//! as labelled lines on standard output, with no alternate screen, box drawing,
//! braille or colour, driven by commands read from standard input, one per line
//! (`tab cooperation`, `cluster HEGAN`, `year 2023`, `changes`, `reporting`, `help`, `quit`). Each
//! command answers with the view it leads to, or one line saying what was wrong.

pub mod command;
pub mod goal_words;
pub mod screen_text;
pub mod series_words;
pub mod tab_lines;
pub mod trend_words;

use std::io::{BufRead, Write};

use crate::app::cluster_selection::ClusterSelection;
use crate::app::state::App;
use crate::i18n::Lang;
use crate::words::change_line::change_line;
use crate::words::reporting_text::reporting_words;
use crate::words::text::{problem_counts, safe};

use command::{CommandError, PlainCommand, parse_command};
use screen_text::screen_lines;

/// Shows the app's view, then answers each command of `input` until `quit` or the
/// end of the input.
pub fn run_plain(
    app: &mut App,
    mut input: impl BufRead,
    output: &mut impl Write,
) -> std::io::Result<()> {
    write_lines(output, &opening_lines(app))?;
    write_lines(output, &screen_lines(app))?;
    let mut bytes = Vec::new();
    loop {
        bytes.clear();
        if input.read_until(b'\n', &mut bytes)? == 0 {
            break;
        }
        // A line that is not UTF-8 (from a Latin-1 terminal) is read as well as it
        // can be, and answered like any other.
        let line = String::from_utf8_lossy(&bytes);
        let Some(command) = parse_command(&line, app.lang) else {
            continue;
        };
        let answer = match command {
            Ok(PlainCommand::Quit) => break,
            Ok(command) => apply(app, command),
            Err(error) => vec![error_text(&error, app.lang)],
        };
        write_lines(output, &answer)?;
    }
    Ok(())
}

/// What comes before the first view: the dataset, its problems, how to get help.
fn opening_lines(app: &App) -> Vec<String> {
    let lang = app.lang;
    let counts = app.dataset.problem_counts();
    let problems = if counts.errors + counts.warnings == 0 {
        lang.t("status.no_problems").to_string()
    } else {
        lang.f(
            "plain.problems_found",
            &[("counts", &problem_counts(lang, counts))],
        )
    };
    let mut lines = vec![
        lang.f("plain.opening", &[("dataset", &safe(&app.dataset_name()))]),
        problems,
    ];
    if !app.review.values.is_empty() {
        let values = lang.count("count.changed_value", app.review.values.len());
        lines.push(lang.f("plain.values_changed", &[("values", &values)]));
    } else if let Some(record) = &app.review.unknown {
        lines.push(safe(&record.text(lang)));
    }
    lines.push(lang.t("plain.help_hint").to_string());
    lines
}

/// Carries out a command: the lines it answers with.
fn apply(app: &mut App, command: PlainCommand) -> Vec<String> {
    let lang = app.lang;
    match command {
        PlainCommand::Tab(tab) => app.show_tab(tab),
        PlainCommand::Clusters(ids) if ids.is_empty() => app.set_selection(ClusterSelection::All),
        PlainCommand::Clusters(ids) => {
            let unknown: Vec<&str> = ids
                .iter()
                .filter(|id| !app.dataset.registry.contains(id))
                .map(String::as_str)
                .collect();
            if !unknown.is_empty() {
                let ids: Vec<String> = unknown.iter().map(|id| safe(id)).collect();
                return vec![lang.f("plain.unknown_clusters", &[("ids", &ids.join(", "))])];
            }
            app.set_selection(ClusterSelection::of(ids, &app.dataset.registry));
        }
        PlainCommand::Year(year) => {
            if !app.years.contains(&year) {
                let range = match (app.years.first(), app.years.last()) {
                    (Some(first), Some(last)) => {
                        lang.f("view_error.year_range", &[("first", first), ("last", last)])
                    }
                    _ => lang.t("view_error.no_years").to_string(),
                };
                return vec![lang.f("plain.no_values_in", &[("year", &year), ("range", &range)])];
            }
            app.set_year(year);
        }
        PlainCommand::Lang(other) => app.set_lang(other),
        PlainCommand::Problems => return problem_lines(app),
        PlainCommand::Changes => return changes_lines(app),
        PlainCommand::Reporting => return reporting_lines(app),
        PlainCommand::Help => return help_lines(lang),
        PlainCommand::Show | PlainCommand::Quit => {}
    }
    screen_lines(app)
}

/// Every data problem, one per line, as in the problems popup.
fn problem_lines(app: &App) -> Vec<String> {
    let lang = app.lang;
    if app.dataset.problems.is_empty() {
        return vec![lang.t("problems.none").to_string()];
    }
    let mut lines = vec![format!(
        "{}: {}.",
        lang.t("problems.title"),
        problem_counts(lang, app.dataset.problem_counts())
    )];
    lines.extend(app.dataset.problems.iter().map(|p| {
        let word = match p.severity {
            crate::data::format::problem::Severity::Error => lang.t("problems.error"),
            crate::data::format::problem::Severity::Warning => lang.t("problems.warning"),
        };
        format!("{word}: {}", safe(&p.text(lang)))
    }));
    lines
}

/// Every value that changed since the last review, one per line, as in the changes popup.
/// The reporting status of the clusters shown, one sentence per cluster.
fn reporting_lines(app: &mut App) -> Vec<String> {
    app.refresh_reporting();
    let lang = app.lang;
    let mut lines = vec![format!(
        "{}.",
        lang.f("reporting.title", &[("year", &app.year)])
    )];
    if app.reporting.is_empty() {
        lines.push(lang.t("scorecard.no_clusters").to_string());
    }
    lines.extend(
        app.reporting
            .iter()
            .map(|r| reporting_words(r, app.year, lang)),
    );
    lines
}

fn changes_lines(app: &App) -> Vec<String> {
    let lang = app.lang;
    if app.review.values.is_empty() {
        let text = app.review.unknown.as_ref().map_or_else(
            || lang.t("changes.none").to_string(),
            |record| safe(&record.text(lang)),
        );
        return vec![text];
    }
    let mut lines = vec![format!(
        "{}: {}.",
        lang.t("changes.title"),
        app.review.values.len()
    )];
    lines.extend(
        app.review
            .values
            .iter()
            .map(|change| change_line(lang, change, "->")),
    );
    lines
}

/// The commands, one per line.
fn help_lines(lang: Lang) -> Vec<String> {
    [
        "plain.help.title",
        "plain.help.tab",
        "plain.help.cluster",
        "plain.help.all",
        "plain.help.year",
        "plain.help.lang",
        "plain.help.problems",
        "plain.help.changes",
        "plain.help.reporting",
        "plain.help.show",
        "plain.help.help",
        "plain.help.quit",
    ]
    .iter()
    .map(|key| lang.t(key).to_string())
    .collect()
}

/// What a line that is not a command gets.
fn error_text(error: &CommandError, lang: Lang) -> String {
    match error {
        CommandError::Unknown(word) => lang.f("plain.unknown_command", &[("word", &safe(word))]),
        CommandError::BadArgument { command, found } => lang.f(
            "plain.bad_argument",
            &[("command", command), ("found", &safe(found))],
        ),
    }
}

/// Writes lines and an empty line after them, then flushes, so a reader or a script
/// sees each answer whole as soon as it is ready.
fn write_lines(output: &mut impl Write, lines: &[String]) -> std::io::Result<()> {
    for line in lines {
        writeln!(output, "{line}")?;
    }
    writeln!(output)?;
    output.flush()
}
