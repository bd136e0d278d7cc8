//! Text from data files and folder names that tries to reach the terminal or the page
//! raw: escape sequences (clear the screen, set the window title), a bell, zero-width
//! characters that make a wrong id look right, and bidirectional overrides that turn the
//! rest of a row around. Every command's output shows them spelled out (`\u{1b}`, `^[`,
//! `<U+202E>`), never as they are.

#![cfg(unix)]

mod common;

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

/// The characters planted in the dataset; none may come out raw.
const PLANTED: &[char] = &[
    '\u{1b}', '\u{7}', '\u{200b}', '\u{202e}', '\u{2066}', '\u{feff}',
];

/// The mini dataset in a folder whose name holds an escape sequence and a right-to-left
/// override, with names, sectors, notes and a bad cell holding the rest.
fn hostile_dataset() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data\u{1b}]0;pwned\u{7}\u{202e}lmth.exe");
    common::copy_tree(&common::fixtures().join("mini"), &data);
    let clusters = std::fs::read_to_string(data.join("clusters.csv"))
        .unwrap()
        .replace("Alpha cluster", "Alpha\u{202e} cluster\u{1b}[2J")
        .replace("Aerospace", "Aero\u{200b}space\u{2066}");
    std::fs::write(data.join("clusters.csv"), clusters).unwrap();
    let indicators = std::fs::read_to_string(data.join("indicators.csv"))
        .unwrap()
        .replace("Member organisations", "Member\u{feff} organisations\u{7}");
    std::fs::write(data.join("indicators.csv"), indicators).unwrap();
    let mut values = std::fs::read_to_string(data.join("values/AAA.csv")).unwrap();
    values.push_str("2023,MEMBERS,48,actual,said \u{1b}[31mred\u{1b}[0m \u{202e}reversed\n");
    values.push_str("2022,MEMBERS,4\u{200b}7,actual,\n");
    values.push_str("2021,MEMBERS\u{202e},46,actual,\n");
    std::fs::write(data.join("values/AAA.csv"), values).unwrap();
    (dir, data)
}

/// Runs the binary on the hostile dataset, returning everything it wrote (stdout and
/// stderr) and every file it was asked to write.
fn run(dir: &Path, args: &[&str], stdin: &str) -> String {
    use std::io::Write;
    let state = dir.join("state");
    let mut child = Command::new(common::binary())
        .args(args)
        .env_remove("CLUSTERDASH_DATA")
        .env_remove("NO_COLOR")
        .env("XDG_STATE_HOME", &state)
        .env("XDG_CONFIG_HOME", &state)
        .env("XDG_DATA_HOME", &state)
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "C.UTF-8")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary runs");
    child
        .stdin
        .take()
        .unwrap()
        .write_all(stdin.as_bytes())
        .unwrap();
    let output = child.wait_with_output().unwrap();
    assert!(
        !String::from_utf8_lossy(&output.stderr).contains("panicked"),
        "{args:?} panicked"
    );
    let mut all = String::from_utf8(output.stdout).expect("output is UTF-8");
    all.push_str(&String::from_utf8(output.stderr).expect("errors are UTF-8"));
    all
}

/// Takes out the colour sequences (`ESC [ … m`) that the ANSI format writes itself.
fn without_own_colours(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(start) = rest.find("\u{1b}[") {
        out.push_str(&rest[..start]);
        let after = &rest[start + 2..];
        let end = after
            .find(|c: char| !(c.is_ascii_digit() || c == ';'))
            .unwrap_or(after.len());
        if after[end..].starts_with('m') {
            rest = &after[end + 1..];
        } else {
            out.push_str("\u{1b}[");
            rest = after;
        }
    }
    out.push_str(rest);
    out
}

/// Fails naming the first raw control or invisible character in `text`.
fn assert_clean(what: &str, text: &str) {
    for (at, c) in text.char_indices() {
        let raw_control = c.is_control() && c != '\n' && c != '\t' && c != '\r';
        assert!(
            !raw_control && !PLANTED.contains(&c),
            "{what}: raw {c:?} at byte {at}: {:?}",
            &text
                [text.floor_char_boundary(at.saturating_sub(60))..text.ceil_char_boundary(at + 20)]
        );
    }
}

#[test]
fn check_spells_out_what_the_folder_and_the_files_hide() {
    let (dir, data) = hostile_dataset();
    let text = run(dir.path(), &["check", data.to_str().unwrap()], "");
    assert_clean("check", &text);
    assert!(
        text.contains(r"data\u{1b}]0;pwned\u{7}<U+202E>lmth.exe"),
        "{text}"
    );
    assert!(text.contains(r#"found "4<U+200B>7""#), "{text}");
    assert!(text.contains(r#""MEMBERS<U+202E>""#), "{text}");
}

#[test]
fn every_snapshot_format_and_tab_is_clean() {
    let (dir, data) = hostile_dataset();
    let data = data.to_str().unwrap();
    for format in ["txt", "ansi", "svg", "html"] {
        for tab in ["overview", "cooperation", "technology", "business", "data"] {
            let out = dir.path().join(format!("shot.{format}"));
            let printed = run(
                dir.path(),
                &[
                    "snapshot",
                    data,
                    "--format",
                    format,
                    "--tab",
                    tab,
                    "--size",
                    "160x50",
                    "--output",
                    out.to_str().unwrap(),
                ],
                "",
            );
            assert_clean(&format!("snapshot {format} {tab} (printed)"), &printed);
            let written = std::fs::read_to_string(&out).unwrap();
            let written = if format == "ansi" {
                without_own_colours(&written)
            } else {
                written
            };
            assert_clean(&format!("snapshot {format} {tab}"), &written);
        }
    }
    let out = dir.path().join("data.txt");
    run(
        dir.path(),
        &[
            "snapshot",
            data,
            "--tab",
            "data",
            "--size",
            "200x50",
            "--output",
            out.to_str().unwrap(),
        ],
        "",
    );
    let shown = std::fs::read_to_string(out).unwrap();
    assert!(
        shown.contains("data^[]0;pwned^G<U+202E>lmth.exe"),
        "{shown}"
    );
    assert!(
        shown.contains("note: said ^[[31mred^[[0m <U+202E>reversed"),
        "{shown}"
    );
}

#[test]
fn the_report_export_and_plain_mode_are_clean() {
    let (dir, data) = hostile_dataset();
    let data = data.to_str().unwrap();
    for format in ["md", "txt"] {
        let out = dir.path().join(format!("report.{format}"));
        let printed = run(
            dir.path(),
            &[
                "report",
                data,
                "--format",
                format,
                "--output",
                out.to_str().unwrap(),
            ],
            "",
        );
        assert_clean(&format!("report {format} (printed)"), &printed);
        let written = std::fs::read_to_string(&out).unwrap();
        assert_clean(&format!("report {format}"), &written);
        assert!(written.contains("<U+202E>"), "{written}");
    }
    let plain = run(
        dir.path(),
        &["--plain", data],
        "help\ntab data\nproblems\ntab overview\nquit\n",
    );
    assert_clean("plain mode", &plain);
}
