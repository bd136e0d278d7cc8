//! The real binary: exit codes, summaries, problem lines, dataset resolution and help.

mod common;

use std::path::Path;
use std::process::{Command, Output};

/// A folder that does not exist, for the state and configuration of the runs here: no
/// review record or configuration of the person running the tests is read.
fn no_user_files() -> std::path::PathBuf {
    std::env::temp_dir().join(format!("clusterdash-cli-tests-{}", std::process::id()))
}

fn run_in(dir: &Path, args: &[&str]) -> Output {
    Command::new(common::binary())
        .args(args)
        .current_dir(dir)
        .env_remove("CLUSTERDASH_DATA")
        .env("XDG_STATE_HOME", no_user_files())
        .env("XDG_CONFIG_HOME", no_user_files())
        // English, whatever the developer's locale.
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "C.UTF-8")
        .output()
        .expect("the binary runs")
}

fn run(args: &[&str]) -> Output {
    run_in(Path::new(env!("CARGO_MANIFEST_DIR")), args)
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

#[test]
fn check_on_the_shipped_dataset_passes() {
    let output = run(&["check", "datasets/basque-clusters"]);
    let text = stdout(&output);
    assert_eq!(output.status.code(), Some(0), "{text}{}", stderr(&output));
    assert!(
        text.contains("clusters:    21 (17 cluster, 4 former)"),
        "{text}"
    );
    assert!(
        text.contains("periods:     2015 to 2025 (yearly, half-yearly, quarterly)"),
        "{text}"
    );
    assert!(text.contains("from 21 of 21 clusters"), "{text}");
    assert!(text.contains("problems:    0 errors, 0 warnings"), "{text}");
    assert!(
        text.contains("values:      74 actual, 6 estimate, 18747 illustrative"),
        "{text}"
    );
    assert!(
        text.contains("roster 2025: 17 associations (17 cluster): ACICAE, AFM, HEGAN,"),
        "{text}"
    );
    assert!(
        !text.contains("UNIPORT"),
        "a former association is not in 2025's roster"
    );
    assert!(
        text.contains("budget:      2015 2,400 k€ (estimate), 2023 3,818 k€ (actual)"),
        "the programme's published budgets: {text}"
    );
    assert_eq!(
        text.lines().count(),
        11,
        "no problem lines expected: {text}"
    );
}

#[test]
fn check_on_a_dataset_with_broken_files_exits_1_and_lists_each_problem() {
    let dir = tempfile::tempdir().unwrap();
    common::copy_tree(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("datasets/basque-clusters"),
        dir.path(),
    );
    // HEGAN's file loses its value column; GAIA's gets a bad number and a bad period.
    let hegan = dir.path().join("values/HEGAN.csv");
    let text = std::fs::read_to_string(&hegan).unwrap().replacen(
        "period,indicator_id,value",
        "period,indicator_id,valor",
        1,
    );
    std::fs::write(&hegan, text).unwrap();
    let gaia = dir.path().join("values/GAIA.csv");
    let mut lines: Vec<String> = std::fs::read_to_string(&gaia)
        .unwrap()
        .lines()
        .map(str::to_string)
        .collect();
    lines[2] = "2015,PROF_NEW_MEMBERS,lots,actual,,".to_string();
    lines[3] = "2015-Q5,COOP_INFO_ACTIONS,3,actual,,".to_string();
    std::fs::write(&gaia, lines.join("\n") + "\n").unwrap();

    let output = run(&["check", dir.path().to_str().unwrap()]);
    let text = stdout(&output);
    assert_eq!(output.status.code(), Some(1), "{text}");
    let root = dir.path().display().to_string();
    let expected = [
        format!(
            "error: {root}/values/GAIA.csv:3: column \"value\": expected a finite number, found \"lots\""
        ),
        format!(
            "error: {root}/values/GAIA.csv:4: column \"period\": expected a period YYYY, YYYY-Hn, YYYY-Qn or YYYY-MM, found \"2015-Q5\""
        ),
        format!("error: {root}/values/HEGAN.csv:1: column \"value\": missing required column"),
    ];
    for line in &expected {
        assert!(
            text.lines().any(|l| l == line),
            "missing line {line}\nin:\n{text}"
        );
    }
    assert!(text.contains("clusters:    21 "), "{text}");
    assert!(
        text.contains("from 20 of 21 clusters"),
        "the other clusters still load: {text}"
    );
    assert!(text.contains("problems:    3 errors, 1 warning"), "{text}");
    let warning =
        format!("warning: {root}/values/HEGAN.csv:1: column \"valor\": unknown column, ignored");
    assert!(text.lines().any(|l| l == warning), "{text}");
}

#[test]
fn check_json_has_the_summary_and_the_problems() {
    let output = run(&[
        "check",
        "tests/fixtures/problems/bad_number",
        "--format",
        "json",
    ]);
    // The fixture folder alone lacks clusters.csv and indicators.csv: errors, exit 1.
    assert_eq!(output.status.code(), Some(1));
    let report: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(
        report["summary"]["problems"]["errors"].as_u64().unwrap() as usize,
        report["problems"].as_array().unwrap().len()
    );
    let first = &report["problems"][0];
    assert_eq!(first["severity"], "error");
    assert!(
        first["text"]
            .as_str()
            .unwrap()
            .ends_with("clusters.csv: missing required file"),
        "{first}"
    );

    let output = run(&["check", "datasets/basque-clusters", "--format", "json"]);
    let report: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(report["summary"]["clusters"], 21);
    assert_eq!(report["summary"]["first_year"], 2015);
    assert_eq!(report["summary"]["last_year"], 2025);
}

#[test]
fn usage_errors_exit_2_with_a_message() {
    let output = run(&["check", "no/such/folder"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).contains("cannot open dataset folder no/such/folder"),
        "{}",
        stderr(&output)
    );

    let output = run(&["check", "--format", "xml"]);
    assert_eq!(output.status.code(), Some(2));

    let output = run(&["generate"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).contains("--out"), "{}", stderr(&output));

    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("x");
    let output = run(&[
        "generate",
        "--out",
        out.to_str().unwrap(),
        "--from",
        "2025",
        "--to",
        "2015",
    ]);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).contains("--from 2025 is after --to 2015"),
        "{}",
        stderr(&output)
    );
    assert!(!out.exists());
}

#[test]
fn the_dataset_defaults_to_the_environment_then_the_shipped_folder_then_the_built_in_sample() {
    let empty = tempfile::tempdir().unwrap();
    let output = run_in(empty.path(), &["check"]);
    assert_eq!(output.status.code(), Some(0));
    assert!(
        stdout(&output).starts_with("dataset:     built-in sample\n"),
        "{}",
        stdout(&output)
    );

    let output = run(&["check"]);
    assert!(
        stdout(&output).starts_with("dataset:     datasets/basque-clusters\n"),
        "{}",
        stdout(&output)
    );

    let mini = common::fixtures().join("mini");
    let output = Command::new(common::binary())
        .args(["check"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env("CLUSTERDASH_DATA", &mini)
        .output()
        .unwrap();
    assert!(
        stdout(&output).starts_with(&format!("dataset:     {}\n", mini.display())),
        "{}",
        stdout(&output)
    );
}

#[test]
fn generate_writes_a_valid_dataset_and_refuses_a_folder_that_is_not_empty() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("big");
    let output = run(&[
        "generate",
        "--out",
        out.to_str().unwrap(),
        "--clusters",
        "25",
        "--frequency",
        "monthly",
        "--from",
        "2023",
    ]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let check = run(&["check", out.to_str().unwrap()]);
    assert_eq!(check.status.code(), Some(0), "{}", stdout(&check));
    assert!(
        stdout(&check).contains("clusters:    25 "),
        "{}",
        stdout(&check)
    );
    assert!(
        stdout(&check).contains("2023 to 2025 (yearly, half-yearly, monthly)"),
        "{}",
        stdout(&check)
    );

    let again = run(&["generate", "--out", out.to_str().unwrap()]);
    assert_eq!(again.status.code(), Some(1));
    assert!(
        stderr(&again).contains("is not empty"),
        "{}",
        stderr(&again)
    );
}

#[test]
fn every_command_explains_itself_with_an_example() {
    for args in [
        vec!["--help"],
        vec!["check", "--help"],
        vec!["generate", "--help"],
    ] {
        let output = run(&args);
        assert_eq!(output.status.code(), Some(0));
        let text = stdout(&output);
        assert!(
            text.contains("Examples:\n  clusterdash"),
            "{args:?}:\n{text}"
        );
    }
}

#[test]
fn help_speaks_the_language_asked_for() {
    let spanish = run(&["--lang", "es", "--help"]);
    let text = stdout(&spanish);
    assert!(spanish.status.success(), "{}", stderr(&spanish));
    let es = clusterdash::i18n::Lang::Es;
    for key in [
        "cli_help.heading.usage",
        "cli_help.heading.options",
        "cli_help.heading.commands",
        "cli_help.main.about",
        "cli_help.main.view",
        "cli_help.check.about",
    ] {
        assert!(text.contains(es.t(key)), "{key}: {text}");
    }
    assert!(!text.contains("Usage:"), "{text}");
    let basque = Command::new(common::binary())
        .args(["report", "--help"])
        .env("LANG", "eu_ES.UTF-8")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .output()
        .unwrap();
    let text = stdout(&basque);
    let eu = clusterdash::i18n::Lang::Eu;
    assert!(text.contains(eu.t("cli_help.report.about")), "{text}");
    assert!(
        text.contains(eu.t("cli_help.main.lang")),
        "a global option too: {text}"
    );
    assert!(
        text.contains("--cluster <ID>"),
        "the options themselves stay: {text}"
    );
}

#[test]
fn check_speaks_the_language_asked_for() {
    let output = run(&["check", "--lang", "es", "datasets/basque-clusters"]);
    let text = stdout(&output);
    assert_eq!(output.status.code(), Some(0), "{text}{}", stderr(&output));
    assert!(
        text.contains("problemas:     0 errores, 0 avisos"),
        "{text}"
    );
    assert!(
        text.contains("periodos:      2015 a 2025 (anual, semestral, trimestral)"),
        "{text}"
    );
    let dir = common::mini_with_case(&common::fixtures().join("problems/bad_number"));
    let broken = run(&["check", "--lang", "eu", dir.path().to_str().unwrap()]);
    let text = stdout(&broken);
    assert_eq!(broken.status.code(), Some(1), "{text}");
    assert!(
        text.contains("errorea: ") && text.contains("zenbaki finitu bat espero zen"),
        "validation messages in Basque: {text}"
    );
}

#[test]
fn without_a_terminal_the_dashboard_speaks_plain_text() {
    let output = run(&["datasets/basque-clusters"]);
    let text = stdout(&output);
    assert_eq!(output.status.code(), Some(0), "{text}{}", stderr(&output));
    assert!(text.contains("plain mode"), "{text}");
    assert!(
        text.contains("Overview, 2025, All 17 clusters."),
        "the view is read at once, and the end of the input leaves: {text}"
    );
    let drawn = |c: char| {
        c == '\u{1b}'
            || ('\u{2500}'..='\u{259f}').contains(&c)
            || ('\u{2800}'..='\u{28ff}').contains(&c)
    };
    assert!(
        !text.chars().any(drawn),
        "no escape sequences, box drawing, blocks or braille: {text}"
    );
}

/// Runs the binary with `input` on its standard input.
fn run_with_input(args: &[&str], input: &str) -> Output {
    use std::io::Write;
    let mut child = Command::new(common::binary())
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env_remove("CLUSTERDASH_DATA")
        .env("XDG_STATE_HOME", no_user_files())
        .env("XDG_CONFIG_HOME", no_user_files())
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "C.UTF-8")
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("the binary runs");
    child
        .stdin
        .take()
        .unwrap()
        .write_all(input.as_bytes())
        .unwrap();
    child.wait_with_output().unwrap()
}

#[test]
fn plain_mode_is_driven_by_commands_on_standard_input() {
    let script = "tab cooperation\ncluster HEGAN\nyear 2023\nfly\ncluster NOPE\nyear 1990\ntab technology\nhelp\nlang eu\nquit\ntab data\n";
    let output = run_with_input(&["--plain", "datasets/basque-clusters"], script);
    let text = stdout(&output);
    assert_eq!(output.status.code(), Some(0), "{text}{}", stderr(&output));
    let has = |line: &str| text.lines().any(|l| l == line);
    assert!(has("Cooperation, 2025, All 17 clusters."), "{text}");
    assert!(
        has("Pyramid of cooperation, from the base to the top:"),
        "{text}"
    );
    assert!(has("Cooperation, 2025, HEGAN."), "{text}");
    assert!(has("Cooperation, 2023, HEGAN."), "{text}");
    assert!(
        text.lines()
            .any(|l| l.starts_with("Level 1, Information and awareness: ")),
        "{text}"
    );
    assert!(
        text.lines().any(|l| l.contains(" since 20")
            && (l.contains("rising") || l.contains("falling") || l.contains("steady"))),
        "charts become values with the trend in words: {text}"
    );
    assert!(
        has("Unknown command \"fly\". Type help for the commands."),
        "{text}"
    );
    assert!(has("Unknown cluster ids: NOPE."), "{text}");
    assert!(
        has("No values in 1990 (years with values: 2015 to 2025)."),
        "{text}"
    );
    assert!(has("Technology, 2023, HEGAN."), "{text}");
    assert!(
        text.lines().any(|l| l.ends_with(", on track.")
            || l.ends_with(", at risk.")
            || l.ends_with(", off track.")),
        "status marks as words: {text}"
    );
    assert!(has("Commands, one per line:"), "{text}");
    assert!(
        text.contains("Teknologia, 2023, HEGAN."),
        "lang eu answers with the view in Basque: {text}"
    );
    assert!(
        !text.contains("Data, 2023"),
        "nothing after quit is read: {text}"
    );
}

/// The dashboard's screen for a view, drawn in this process.
fn dashboard_screen(view: &str, width: u16, height: u16) -> String {
    use clusterdash::app::state::App;
    use clusterdash::app::view_spec::ViewSpec;
    use clusterdash::ui::export::{plain_text, render_offscreen};
    let dataset = clusterdash::data::loading::reloader::load_dataset(
        &clusterdash::data::csv::source::DatasetSource::Folder("datasets/basque-clusters".into()),
    );
    let mut app = App::new(dataset);
    app.open_view(&ViewSpec::parse(view).unwrap()).unwrap();
    plain_text(&render_offscreen(
        &app,
        &clusterdash::ui::theme::Theme::default(),
        width,
        height,
    ))
}

#[test]
fn snapshots_in_every_format_show_what_the_dashboard_shows() {
    for tab in ["overview", "cooperation", "technology", "business", "data"] {
        let view = format!("tab={tab};clusters=HEGAN,GAIA;year=2023");
        let expected = dashboard_screen(&view, 80, 24);
        let txt = run(&[
            "snapshot",
            "--tab",
            tab,
            "--cluster",
            "HEGAN",
            "--cluster",
            "GAIA",
            "--year",
            "2023",
            "--size",
            "80x24",
        ]);
        assert_eq!(txt.status.code(), Some(0), "{}", stderr(&txt));
        assert_eq!(stdout(&txt), expected, "{tab}");

        let ansi = stdout(&run(&[
            "snapshot", "--view", &view, "--size", "80x24", "--format", "ansi",
        ]));
        assert!(
            ansi.contains("\u{1b}[0;1;36m clusterdash"),
            "{tab}: colours kept"
        );
        let stripped: String = {
            let mut out = String::new();
            let mut chars = ansi.chars();
            while let Some(c) = chars.next() {
                if c == '\u{1b}' {
                    for c in chars.by_ref() {
                        if c == 'm' {
                            break;
                        }
                    }
                } else {
                    out.push(c);
                }
            }
            out
        };
        let trimmed: String = stripped
            .lines()
            .map(|l| format!("{}\n", l.trim_end()))
            .collect();
        assert_eq!(
            trimmed, expected,
            "{tab}: the ANSI text shows the same characters"
        );

        let svg = stdout(&run(&[
            "snapshot", "--view", &view, "--size", "80x24", "--format", "svg",
        ]));
        assert!(
            svg.starts_with("<svg ") && svg.trim_end().ends_with("</svg>"),
            "{tab}"
        );
        assert!(
            svg.contains("width=\"720\" height=\"432\""),
            "80x24 cells of 9x18 pixels"
        );
        let html = stdout(&run(&[
            "snapshot", "--view", &view, "--size", "80x24", "--format", "html",
        ]));
        assert!(
            html.starts_with("<!DOCTYPE html>") && html.contains("<pre>"),
            "{tab}"
        );
        assert!(html.contains("Pyramid of cooperation") || tab != "cooperation");
    }
}

#[test]
fn a_view_string_opens_the_same_screen_in_another_process() {
    use clusterdash::app::action::Action;
    use clusterdash::app::state::App;
    use clusterdash::ui::export::{plain_text, render_offscreen};
    // One process: a user picks two clusters, a year and a tab, and copies the view string.
    let dataset = clusterdash::data::loading::reloader::load_dataset(
        &clusterdash::data::csv::source::DatasetSource::Folder("datasets/basque-clusters".into()),
    );
    let mut app = App::new(dataset);
    app.apply(Action::OpenPicker);
    for c in "papel".chars() {
        app.apply(Action::TypeChar(c));
    }
    app.apply(Action::ToggleMark);
    for _ in 0..5 {
        app.apply(Action::DeleteChar);
    }
    for c in "langune".chars() {
        app.apply(Action::TypeChar(c));
    }
    app.apply(Action::ToggleMark);
    app.apply(Action::Confirm);
    app.apply(Action::PreviousYear);
    app.apply(Action::ShowTab(clusterdash::app::tab::Tab::Technology));
    let view = app.view_spec().to_string();
    assert_eq!(view, "tab=technology;clusters=PAPEL,LANGUNE;year=2024");
    let here = plain_text(&render_offscreen(
        &app,
        &clusterdash::ui::theme::Theme::default(),
        100,
        30,
    ));
    // Another process opens it.
    let there = run(&["snapshot", "--view", &view, "--size", "100x30"]);
    assert_eq!(stdout(&there), here);
}

#[test]
fn bad_view_strings_and_sizes_are_usage_errors_naming_the_part() {
    let output = run(&[
        "snapshot",
        "--view",
        "tab=technology;clusters=HEGAN,NOPE,ZZZ",
    ]);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).contains("clusters: unknown cluster ids: NOPE, ZZZ"),
        "{}",
        stderr(&output)
    );
    let output = run(&["snapshot", "--view", "tab=overview;year=1999"]);
    assert!(
        stderr(&output).contains("year: no values in 1999 (years with values: 2015 to 2025)"),
        "{}",
        stderr(&output)
    );
    let output = run(&["snapshot", "--size", "80by24"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).contains("--size: expected COLUMNSxROWS"),
        "{}",
        stderr(&output)
    );
    let output = run(&["--view", "colour=red"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).contains("unknown key \"colour\""),
        "{}",
        stderr(&output)
    );
}

#[test]
fn snapshots_never_write_into_the_dataset_folder() {
    let dir = tempfile::tempdir().unwrap();
    common::copy_tree(&common::fixtures().join("mini"), dir.path());
    let inside = dir.path().join("values/snap.txt");
    let output = run(&[
        "snapshot",
        dir.path().to_str().unwrap(),
        "-o",
        inside.to_str().unwrap(),
    ]);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).contains("clusterdash never writes there"),
        "{}",
        stderr(&output)
    );
    assert!(!inside.exists());
    let outside = tempfile::tempdir().unwrap();
    let file = outside.path().join("snap.svg");
    let output = run(&[
        "snapshot",
        dir.path().to_str().unwrap(),
        "--format",
        "svg",
        "-o",
        file.to_str().unwrap(),
    ]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert!(std::fs::read_to_string(&file).unwrap().starts_with("<svg"));
}

#[test]
fn exports_write_the_long_format_that_loads_back_and_never_overwrite() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("hegan.csv");
    let output = run(&[
        "export",
        "--cluster",
        "HEGAN",
        "--from",
        "2020",
        "--to",
        "2021",
        "-o",
        file.to_str().unwrap(),
    ]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert!(
        stderr(&output).contains("wrote 188 rows"),
        "{}",
        stderr(&output)
    );
    // The export loads back as the long values.csv of a dataset.
    let dataset = dir.path().join("roundtrip");
    std::fs::create_dir(&dataset).unwrap();
    for name in ["clusters.csv", "indicators.csv"] {
        std::fs::copy(
            Path::new("datasets/basque-clusters").join(name),
            dataset.join(name),
        )
        .unwrap();
    }
    std::fs::copy(&file, dataset.join("values.csv")).unwrap();
    let check = run(&["check", dataset.to_str().unwrap()]);
    assert_eq!(check.status.code(), Some(0), "{}", stdout(&check));
    assert!(
        stdout(&check).contains("rows:        188 values from 1 of 21 clusters"),
        "{}",
        stdout(&check)
    );

    let again = run(&["export", "--cluster", "HEGAN", "-o", file.to_str().unwrap()]);
    assert_eq!(again.status.code(), Some(2));
    assert!(
        stderr(&again).contains("already exists; add --force"),
        "{}",
        stderr(&again)
    );
    let forced = run(&[
        "export",
        "--cluster",
        "HEGAN",
        "--area",
        "business",
        "-o",
        file.to_str().unwrap(),
        "--force",
    ]);
    assert_eq!(forced.status.code(), Some(0), "{}", stderr(&forced));
    let text = std::fs::read_to_string(&file).unwrap();
    assert!(
        text.lines().skip(1).all(|l| l.contains(",BUS_")),
        "only business indicators"
    );

    let inside = run(&["export", "-o", "datasets/basque-clusters/all.csv"]);
    assert_eq!(inside.status.code(), Some(2));
    assert!(!Path::new("datasets/basque-clusters/all.csv").exists());
    let bad = run(&[
        "export",
        "--area",
        "finance",
        "-o",
        dir.path().join("x.csv").to_str().unwrap(),
    ]);
    assert!(
        stderr(&bad).contains(
            "--area: expected one of cooperation, technology, business, profile or programme"
        ),
        "{}",
        stderr(&bad)
    );
}

#[test]
fn report_for_two_clusters_with_a_provenance_footer() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("review.md");
    let output = run(&[
        "report",
        "--cluster",
        "HEGAN",
        "--cluster",
        "GAIA",
        "--year",
        "2024",
        "--format",
        "md",
        "-o",
        file.to_str().unwrap(),
    ]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let text = std::fs::read_to_string(&file).unwrap();
    assert!(text.starts_with("# Cluster review 2024\n"), "{text}");
    for expected in [
        "## HEGAN · Asociación Cluster de Aeronáutica y Espacio del País Vasco (HEGAN)",
        "## GAIA · ",
        "### Technology · ",
        "| R&D intensity | ",
        "- Dataset: datasets/basque-clusters (25 files)",
        "- Content hash (SHA-256): ",
        "- Newest file: ",
        "- Filter: clusters=HEGAN,GAIA;year=2024",
        "- Program: clusterdash ",
    ] {
        assert!(text.contains(expected), "missing {expected:?} in:\n{text}");
    }
    let hegan_first = text.find("## HEGAN").unwrap() < text.find("## GAIA").unwrap();
    assert!(hegan_first, "clusters in registry order");
    let again = run(&["report", "--cluster", "HEGAN", "-o", file.to_str().unwrap()]);
    assert_eq!(
        again.status.code(),
        Some(2),
        "never over a file without --force"
    );

    // The hash follows the files: the same dataset gives the same hash, a change another.
    let hash = |dataset: &str| {
        let text = stdout(&run(&[
            "report",
            dataset,
            "--cluster",
            "AAA",
            "--format",
            "txt",
        ]));
        text.lines()
            .find(|l| l.starts_with("Content hash"))
            .unwrap()
            .to_string()
    };
    let copy = tempfile::tempdir().unwrap();
    common::copy_tree(&common::fixtures().join("mini"), copy.path());
    let before = hash(copy.path().to_str().unwrap());
    assert_eq!(before, hash("tests/fixtures/mini"));
    std::fs::write(
        copy.path().join("values/BBB.csv"),
        "period,indicator_id,value\n2024,MEMBERS,31\n",
    )
    .unwrap();
    assert_ne!(before, hash(copy.path().to_str().unwrap()));
}

#[test]
fn a_bad_config_file_is_an_error_naming_the_line() {
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("config.toml");
    std::fs::write(
        &config,
        "color = \"never\"\n\n[keys.dashboard]\nquit = \"ctrl\"\n",
    )
    .unwrap();
    let output = run(&["--config", config.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(2));
    let expected = format!(
        "{}:4: \"ctrl\" is not a key (try q, ctrl-a, space, left, f1)",
        config.display()
    );
    assert!(stderr(&output).contains(&expected), "{}", stderr(&output));
    let missing = run(&["--config", dir.path().join("none.toml").to_str().unwrap()]);
    assert_eq!(missing.status.code(), Some(2));
    assert!(
        stderr(&missing).contains("cannot read the config file"),
        "{}",
        stderr(&missing)
    );
    std::fs::write(&config, "theme = \"light\"\n").unwrap();
    let fine = run(&["--config", config.to_str().unwrap()]);
    assert!(
        fine.status.success() && stdout(&fine).contains("plain mode"),
        "a valid config gets as far as the dashboard (plain, with no terminal): {}",
        stderr(&fine)
    );
}

/// Every file under a folder with its size, modification time and contents.
fn tree_state(root: &Path) -> Vec<(String, u64, std::time::SystemTime, Vec<u8>)> {
    let mut out = Vec::new();
    let mut stack = vec![root.to_path_buf()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            let meta = std::fs::metadata(&path).unwrap();
            if meta.is_dir() {
                stack.push(path);
            } else {
                let name = path.strip_prefix(root).unwrap().display().to_string();
                out.push((
                    name,
                    meta.len(),
                    meta.modified().unwrap(),
                    std::fs::read(&path).unwrap(),
                ));
            }
        }
    }
    out.sort();
    out
}

#[test]
fn nothing_ever_writes_into_a_read_only_dataset() {
    use std::os::unix::fs::PermissionsExt;
    let dataset = tempfile::tempdir().unwrap();
    common::copy_tree(&common::fixtures().join("mini"), dataset.path());
    let mut stack = vec![dataset.path().to_path_buf()];
    while let Some(path) = stack.pop() {
        if path.is_dir() {
            stack.extend(std::fs::read_dir(&path).unwrap().map(|e| e.unwrap().path()));
        }
        let mode = if path.is_dir() { 0o555 } else { 0o444 };
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(mode)).unwrap();
    }
    let before = tree_state(dataset.path());
    let out = tempfile::tempdir().unwrap();
    let root = dataset.path().to_str().unwrap();
    let file = |name: &str| out.path().join(name).to_str().unwrap().to_string();
    for args in [
        vec!["check", root],
        vec!["check", root, "--format", "json"],
        vec!["snapshot", root, "--format", "svg", "-o", &file("s.svg")],
        vec!["report", root, "-o", &file("r.md")],
        vec!["export", root, "-o", &file("e.csv")],
    ] {
        let output = run(&args);
        assert!(
            output.status.code() == Some(0),
            "{args:?}: {}",
            stderr(&output)
        );
    }
    // The dashboard itself: every tab, a saved snapshot and an export, outside the dataset.
    use clusterdash::app::action::Action;
    use clusterdash::app::state::App;
    use clusterdash::tui::effects::{EffectContext, perform};
    let source =
        clusterdash::data::csv::source::DatasetSource::Folder(dataset.path().to_path_buf());
    let mut app = App::new(clusterdash::data::loading::reloader::load_dataset(&source));
    let context = EffectContext {
        snapshot_dir: out.path().join("snaps"),
        source,
        theme: clusterdash::ui::theme::Theme::default(),
        in_tmux: false,
    };
    for action in [
        Action::NextTab,
        Action::SaveSnapshot,
        Action::ShowTab(clusterdash::app::tab::Tab::Data),
        Action::ExportRows,
    ] {
        app.apply(action);
        if let Some(effect) = app.take_effect() {
            perform(
                effect,
                &mut app,
                ratatui::layout::Rect::new(0, 0, 80, 24),
                &context,
                &mut Vec::new(),
            );
            assert!(
                !app.notice().unwrap_or("").starts_with("Not saved"),
                "{:?}",
                app.notice()
            );
        }
    }
    assert_eq!(
        tree_state(dataset.path()),
        before,
        "the dataset folder changed"
    );
    assert!(out.path().join("snaps").read_dir().unwrap().count() >= 3);
}

#[test]
fn files_over_the_size_limit_and_symbolic_link_loops_are_reported_not_read() {
    let output = run(&["check", "tests/fixtures/mini", "--max-file-mb", "0"]);
    assert_eq!(output.status.code(), Some(1));
    let text = stdout(&output);
    assert!(
        text.contains("error: tests/fixtures/mini/clusters.csv: cannot read: larger than the limit of 0 kB (--max-file-mb)"),
        "{text}"
    );
    assert!(
        run(&["check", "tests/fixtures/mini", "--max-file-mb", "1"])
            .status
            .success()
    );

    let dir = tempfile::tempdir().unwrap();
    common::copy_tree(&common::fixtures().join("mini"), dir.path());
    std::os::unix::fs::symlink(
        dir.path().join("values/AAA.csv"),
        dir.path().join("values/AAA.csv.tmp"),
    )
    .unwrap();
    std::fs::remove_file(dir.path().join("values/AAA.csv")).unwrap();
    std::fs::rename(
        dir.path().join("values/AAA.csv.tmp"),
        dir.path().join("values/AAA.csv"),
    )
    .unwrap();
    let output = run(&["check", dir.path().to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(1));
    let line = format!(
        "error: {}/values/AAA.csv: cannot read: ",
        dir.path().display()
    );
    assert!(
        stdout(&output)
            .lines()
            .any(|l| l.starts_with(&line) && l.contains("symbolic links")),
        "{}",
        stdout(&output)
    );
    assert!(
        stdout(&output).contains("values from 1 of 2 clusters"),
        "the other cluster still loads"
    );
}

#[test]
fn diff_lists_what_changed_since_a_review_record() {
    use clusterdash::review_records::record::ReviewRecord;
    let dir = tempfile::tempdir().unwrap();
    let dataset = dir.path().join("data");
    common::copy_tree(&common::fixtures().join("mini"), &dataset);
    let record = ReviewRecord::of(&clusterdash::data::loading::reloader::load_dataset(
        &clusterdash::data::csv::source::DatasetSource::Folder(dataset.clone()),
    ));
    let record_file = dir.path().join("review.csv");
    std::fs::write(&record_file, record.to_csv()).unwrap();
    // A colleague edits BBB's file: a value changes and one appears.
    std::fs::write(
        dataset.join("values/BBB.csv"),
        "period,indicator_id,value\n2024,MEMBERS,31\n2023,MEMBERS,29\n",
    )
    .unwrap();
    let output = run(&[
        "diff",
        dataset.to_str().unwrap(),
        "--since",
        record_file.to_str().unwrap(),
    ]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let text = stdout(&output);
    assert!(
        text.starts_with(&format!(
            "since {}: 1 changed, 1 appeared, 0 disappeared\n",
            record_file.display()
        )),
        "{text}"
    );
    assert!(
        text.contains(
            "changed     BBB              MEMBERS                      2024     30 -> 31"
        ),
        "{text}"
    );
    assert!(
        text.contains("appeared    BBB              MEMBERS                      2023     – -> 29"),
        "{text}"
    );

    let state = tempfile::tempdir().unwrap();
    let none = Command::new(common::binary())
        .args(["diff", dataset.to_str().unwrap()])
        .env("XDG_STATE_HOME", state.path())
        .output()
        .unwrap();
    assert_eq!(none.status.code(), Some(2));
    assert!(
        stderr(&none).contains("no review on record"),
        "{}",
        stderr(&none)
    );
}

/// Runs the binary as an ordinary user: as root, permissions stop nothing, so the
/// binary is copied where anyone may run it and started as `nobody`.
fn run_as_ordinary_user(args: &[&str], home: &Path) -> Output {
    use std::os::unix::fs::PermissionsExt;
    use std::os::unix::process::CommandExt;
    let binary = home.join("clusterdash");
    std::fs::copy(common::binary(), &binary).unwrap();
    std::fs::set_permissions(home, std::fs::Permissions::from_mode(0o755)).unwrap();
    std::fs::set_permissions(&binary, std::fs::Permissions::from_mode(0o755)).unwrap();
    let mut command = Command::new(&binary);
    command
        .args(args)
        .env_clear()
        .env("HOME", home)
        .current_dir(home);
    // SAFETY: geteuid has no preconditions.
    if unsafe { libc::geteuid() } == 0 {
        // SAFETY: only async-signal-safe calls between fork and exec.
        unsafe {
            command.pre_exec(|| {
                let nobody = 65534;
                if libc::setgroups(0, std::ptr::null()) != 0
                    || libc::setgid(nobody) != 0
                    || libc::setuid(nobody) != 0
                {
                    return Err(std::io::Error::last_os_error());
                }
                Ok(())
            });
        }
    }
    // Other tests start programs meanwhile: a child forked while the copy was open for
    // writing holds it until its own exec, and running the copy then fails with "Text
    // file busy" (ETXTBSY). That passes in a moment, so try again.
    for _ in 0..50 {
        match command.output() {
            Err(e) if e.raw_os_error() == Some(libc::ETXTBSY) => {
                std::thread::sleep(std::time::Duration::from_millis(20));
            }
            result => return result.expect("the binary runs"),
        }
    }
    panic!("the copied binary stayed busy");
}

#[test]
fn an_unreadable_file_is_reported_by_name_and_the_rest_loads() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let dataset = dir.path().join("data");
    common::copy_tree(&common::fixtures().join("mini"), &dataset);
    for folder in [&dataset, &dataset.join("values")] {
        std::fs::set_permissions(folder, std::fs::Permissions::from_mode(0o755)).unwrap();
    }
    let locked = dataset.join("values/AAA.csv");
    std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o000)).unwrap();
    let output = run_as_ordinary_user(&["check", dataset.to_str().unwrap()], dir.path());
    assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
    let text = stdout(&output);
    assert!(
        text.lines().any(|l| l
            == format!(
                "error: {}: cannot read: Permission denied (os error 13)",
                locked.display()
            )),
        "{text}"
    );
    assert!(
        text.contains("values from 1 of 2 clusters"),
        "the other cluster still loads: {text}"
    );
}
