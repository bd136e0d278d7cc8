//! The dashboard in a real pseudo-terminal, as a person at a keyboard sees it: it gives
//! the terminal back on every ending signal, stops on Ctrl-Z and redraws on `fg`, and
//! follows edits to the dataset folder while open.

mod common;
#[path = "support/pty_terminal.rs"]
mod pty_terminal;

use std::path::Path;

use pty_terminal::{PtyTerminal, process_state};

/// A home of its own, so that no review record or configuration of the person running
/// the tests is read or written.
struct Home(tempfile::TempDir);

impl Home {
    fn new() -> Self {
        Home(tempfile::tempdir().unwrap())
    }

    fn env(&self) -> Vec<(&'static str, String)> {
        let home = self.0.path().display().to_string();
        vec![
            ("HOME", home.clone()),
            ("XDG_STATE_HOME", format!("{home}/state")),
            ("XDG_CONFIG_HOME", format!("{home}/config")),
            ("XDG_DATA_HOME", format!("{home}/data")),
        ]
    }
}

fn start_dashboard(dataset: &Path, extra: &[&str], home: &Home) -> PtyTerminal {
    let dataset = dataset.display().to_string();
    let mut args = vec![dataset.as_str()];
    args.extend_from_slice(extra);
    let env = home.env();
    let env: Vec<(&str, &str)> = env.iter().map(|(k, v)| (*k, v.as_str())).collect();
    PtyTerminal::start(&common::binary(), &args, &env, 100, 30)
}

/// Waits until `text` was sent to the terminal, and returns everything sent. Plain mode's
/// lines scroll past the screen, so they are looked for in all that was sent.
fn sent(terminal: &PtyTerminal, text: &str) -> String {
    let started = std::time::Instant::now();
    loop {
        let all = String::from_utf8_lossy(&terminal.bytes()).into_owned();
        if all.contains(text) {
            return all;
        }
        assert!(
            started.elapsed() < std::time::Duration::from_secs(30),
            "never sent: {text}\n{all}"
        );
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
}

fn write_values(dataset: &Path, cluster: &str, text: &str) {
    // Written beside and renamed into place, as spreadsheets save.
    let target = dataset.join("values").join(format!("{cluster}.csv"));
    let beside = dataset.join(format!(".{cluster}.csv.saving"));
    std::fs::write(&beside, text).unwrap();
    std::fs::rename(&beside, &target).unwrap();
}

#[test]
fn every_ending_signal_gives_the_terminal_back_and_exits_with_128_plus_its_number() {
    let home = Home::new();
    let dataset = common::fixtures().join("mini");
    for (signal, name) in [
        (libc::SIGTERM, "SIGTERM"),
        (libc::SIGHUP, "SIGHUP"),
        (libc::SIGINT, "SIGINT"),
        (libc::SIGQUIT, "SIGQUIT"),
    ] {
        let mut terminal = start_dashboard(&dataset, &["--watch", "off"], &home);
        terminal.wait_until("the first frame", |screen| {
            screen.contains("? help") && terminal.on_alternate_screen() && terminal.cursor_hidden()
        });
        assert!(!terminal.is_cooked(), "raw mode while the dashboard runs");
        terminal.signal(signal);
        let status = terminal.wait_exit();
        assert_eq!(status.code(), Some(128 + signal), "{name}");
        assert!(!terminal.on_alternate_screen(), "{name}: main screen back");
        assert!(!terminal.cursor_hidden(), "{name}: cursor shown again");
        assert!(terminal.is_cooked(), "{name}: the terminal is cooked again");
    }
}

#[test]
fn ctrl_z_stops_with_the_terminal_given_back_and_fg_redraws_everything() {
    let home = Home::new();
    let mut env = home.env();
    env.push(("PS1", "$ ".to_string()));
    let env: Vec<(&str, &str)> = env.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let mut shell = PtyTerminal::start("bash", &["--norc", "--noprofile", "-i"], &env, 100, 30);
    shell.wait_for("$ ");
    let dataset = common::fixtures().join("mini");
    shell.type_text(&format!(
        "{} {} --watch off\r",
        &common::binary(),
        dataset.display()
    ));
    shell.wait_for("1 Overview");
    let dashboard = shell
        .child_named("clusterdash")
        .expect("the dashboard runs");

    shell.type_text("\x1a");
    shell.wait_for("Stopped");
    assert!(
        !shell.on_alternate_screen(),
        "the shell has its screen back"
    );
    assert!(!shell.cursor_hidden());
    let stopped = shell.wait_until("the dashboard to stop", |_| {
        process_state(dashboard) == Some('T')
    });
    assert!(!stopped.contains("1 Overview"), "{stopped}");

    shell.type_text("fg\r");
    let redrawn = shell.wait_until("the dashboard to be redrawn", |screen| {
        screen.contains("1 Overview") && screen.contains("AAA") && screen.contains("? help")
    });
    assert!(shell.on_alternate_screen(), "{redrawn}");
    shell.type_text("q");
    shell.wait_until("the dashboard to end", |_| !shell.on_alternate_screen());
    // Leaving the alternate screen comes before the process ends; a line typed
    // in between would be read by the dashboard, not by the shell.
    shell.wait_until("the shell to reap the dashboard", |_| {
        matches!(process_state(dashboard), None | Some('Z'))
    });
    shell.wait_until("the shell's prompt", |screen| {
        screen.trim_end().ends_with('$')
    });
    shell.type_text("echo __EXIT_$?__\r");
    shell.wait_for("__EXIT_0__");
}

/// Follows one cluster's file through an edit, a broken save, a fixed save and a
/// removal, with the folder followed as `watch` says.
fn follow_edits(watch: &str) {
    let home = Home::new();
    let folder = tempfile::tempdir().unwrap();
    common::copy_tree(&common::fixtures().join("mini"), folder.path());
    let dataset = folder.path();
    let mut terminal = start_dashboard(dataset, &["--watch", watch], &home);
    terminal.wait_for("1 Overview");
    terminal.wait_for(" 50 ");

    write_values(
        dataset,
        "AAA",
        "period,indicator_id,value\n2024,MEMBERS,777\n",
    );
    terminal.wait_for("777");
    let header = terminal
        .text()
        .lines()
        .next()
        .unwrap_or_default()
        .to_string();
    assert!(header.contains("reloaded "), "{header}");

    write_values(
        dataset,
        "AAA",
        "period,indicator_id,value\n2024,MEMBERS,lots\n",
    );
    let broken = terminal.wait_for("stale: AAA");
    assert!(
        broken.contains("777"),
        "the last good value stays: {broken}"
    );
    assert!(broken.contains("1 error"), "{broken}");
    terminal.type_text("!");
    let problems = terminal.wait_for("\"lots\"");
    assert!(
        problems.contains("AAA.csv:2: column \"value\": expected a finite number"),
        "{problems}"
    );
    terminal.type_text("\x1b");

    write_values(
        dataset,
        "AAA",
        "period,indicator_id,value\n2024,MEMBERS,778\n",
    );
    let fixed = terminal.wait_until("the cluster to recover", |screen| {
        screen.contains("778") && !screen.contains("stale")
    });
    assert!(fixed.contains("no problems"), "{fixed}");

    std::fs::remove_file(dataset.join("values/BBB.csv")).unwrap();
    let removed = terminal.wait_for("removed: BBB");
    assert!(removed.contains(" 30 "), "its last values stay: {removed}");
    terminal.type_text("X");
    terminal.wait_until("BBB's values to go", |screen| {
        !screen.contains("removed") && !screen.contains(" 30 ")
    });
    terminal.type_text("q");
    assert_eq!(terminal.wait_exit().code(), Some(0));
}

#[test]
fn the_screen_follows_edits_by_file_events() {
    follow_edits("events");
}

#[test]
fn the_screen_follows_edits_by_polling() {
    follow_edits("poll");
}

#[test]
fn a_large_dataset_shows_its_progress_at_once_and_q_quits_while_it_loads() {
    use clusterdash::data::format::period::Frequency;
    use clusterdash::generate::{GenerateParams, generate};
    let home = Home::new();
    let folder = tempfile::tempdir().unwrap();
    let dataset = folder.path().join("big");
    generate(&GenerateParams {
        clusters: 40,
        indicators: 40,
        from: 2001,
        to: 2025,
        frequency: Some(Frequency::Monthly),
        long: true,
        ..GenerateParams::default()
    })
    .write_to(&dataset)
    .unwrap();

    let mut terminal = start_dashboard(&dataset, &["--watch", "off"], &home);
    let first = terminal.wait_for("Loading the dataset");
    assert!(
        first.contains("MB read") && first.contains("q quits now"),
        "{first}"
    );
    terminal.type_text("q");
    assert_eq!(terminal.wait_exit().code(), Some(0));
    assert!(!terminal.on_alternate_screen());

    let mut terminal = start_dashboard(&dataset, &["--watch", "off"], &home);
    terminal.wait_for("Loading the dataset");
    let overview = terminal.wait_for("Scorecard");
    assert!(overview.contains("All 36 clusters"), "{overview}");
    terminal.type_text("q");
    assert_eq!(terminal.wait_exit().code(), Some(0));
}

#[test]
fn an_edit_between_two_runs_is_listed_as_a_change_since_the_last_review() {
    let home = Home::new();
    let folder = tempfile::tempdir().unwrap();
    common::copy_tree(&common::fixtures().join("mini"), folder.path());
    let dataset = folder.path();
    let mut terminal = start_dashboard(dataset, &["--watch", "off"], &home);
    terminal.wait_for("Scorecard");
    terminal.type_text("q");
    assert_eq!(terminal.wait_exit().code(), Some(0));

    write_values(
        dataset,
        "AAA",
        "period,indicator_id,value\n2024,MEMBERS,57\n",
    );
    let mut terminal = start_dashboard(dataset, &["--watch", "off"], &home);
    let screen = terminal.wait_for("changed since your last review");
    assert!(
        screen.contains("4 values changed since your last review"),
        "{screen}"
    );
    terminal.type_text("C");
    let changes = terminal.wait_for("Changes since your last review");
    let line = |kind: &str, indicator: &str| {
        changes
            .lines()
            .any(|l| l.contains(kind) && l.contains("AAA") && l.contains(indicator))
    };
    assert!(
        line("changed", "MEMBERS") && changes.contains("50 → 57"),
        "{changes}"
    );
    assert!(line("disappeared", "PROJECTS"), "{changes}");
    assert!(line("disappeared", "RD_SHARE"), "{changes}");
    terminal.type_text("q");
    assert_eq!(terminal.wait_exit().code(), Some(0));
}

#[test]
fn with_term_dumb_a_terminal_gets_plain_lines_and_typed_commands() {
    let home = Home::new();
    let mut env = home.env();
    env.push(("TERM", "dumb".to_string()));
    let env: Vec<(&str, &str)> = env.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let shipped = Path::new(env!("CARGO_MANIFEST_DIR")).join("datasets/basque-clusters");
    let shipped = shipped.display().to_string();
    let mut terminal = PtyTerminal::start(&common::binary(), &[&shipped], &env, 100, 30);
    sent(&terminal, "Overview, 2025, All 17 clusters.");
    terminal.type_text("tab business\r");
    sent(&terminal, "Business, 2025, All 17 clusters.");
    terminal.type_text("quit\r");
    assert!(terminal.wait_exit().success());
    assert!(!terminal.on_alternate_screen());
    let bytes = terminal.bytes();
    assert!(
        !bytes.contains(&0x1b),
        "no escape sequence is sent to a dumb terminal"
    );
}

#[test]
fn plain_mode_keeps_the_review_record_for_a_person_and_leaves_it_for_a_script() {
    let home = Home::new();
    let folder = tempfile::tempdir().unwrap();
    common::copy_tree(&common::fixtures().join("mini"), folder.path());
    let dataset = folder.path().display().to_string();
    let records = home.0.path().join("state/clusterdash/reviews");
    let record_count = || std::fs::read_dir(&records).map_or(0, |files| files.count());
    let mut env = home.env();
    env.push(("TERM", "dumb".to_string()));
    let env: Vec<(&str, &str)> = env.iter().map(|(k, v)| (*k, v.as_str())).collect();
    // A script: commands from a file, not a terminal.
    let scripts = tempfile::tempdir().unwrap();
    let script = |commands: &str| {
        let file = scripts.path().join("commands.txt");
        std::fs::write(&file, commands).unwrap();
        let output = std::process::Command::new(common::binary())
            .args([dataset.as_str(), "--plain"])
            .envs(env.iter().copied())
            // English, whatever the developer's locale.
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .env("LANG", "C.UTF-8")
            .stdin(std::fs::File::open(&file).unwrap())
            .output()
            .unwrap();
        assert!(output.status.success());
        String::from_utf8(output.stdout).unwrap()
    };
    // A person: typed at a terminal.
    let person = |commands: &str| {
        let mut terminal = PtyTerminal::start(&common::binary(), &[&dataset], &env, 100, 30);
        let opening = sent(&terminal, "Type help for the commands");
        terminal.type_text(commands);
        terminal.type_text("quit\r");
        assert!(terminal.wait_exit().success());
        opening
    };

    script("quit\n");
    assert_eq!(record_count(), 0, "a script's run keeps no record");
    let opening = person("");
    assert!(!opening.contains("since your last review"), "{opening}");
    assert_eq!(record_count(), 1, "a person's run is on record");

    write_values(
        folder.path(),
        "AAA",
        "period,indicator_id,value\n2024,MEMBERS,57\n",
    );
    let text = script("changes\nquit\n");
    assert!(
        text.contains("4 values changed since your last review. Type changes for the list."),
        "{text}"
    );
    let changed = text
        .lines()
        .find(|l| l.starts_with("changed") && l.contains("AAA") && l.contains("MEMBERS"));
    assert!(changed.is_some_and(|l| l.ends_with("50 -> 57")), "{text}");
    // The script left the record as it was: the person still sees the changes, once.
    let opening = person("");
    assert!(
        opening.contains("4 values changed since your last review"),
        "{opening}"
    );
    let opening = person("");
    assert!(!opening.contains("since your last review"), "{opening}");
}
