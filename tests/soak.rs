//! The dashboard open in a pseudo-terminal while a writer rewrites its dataset in every
//! way people and tools do: atomic renames, truncate-and-write in place, slow partial
//! writes, deletes and re-creates, edits of `clusters.csv`, broken files, and bursts of
//! 20 writes a second. Throughout, keys must be answered, no screen may show two
//! versions of one file, and memory must stay flat; once the writer stops, the screen
//! must show the final files.
//!
//! The suite runs it for a few seconds. `scripts/soak.sh` runs it for ten minutes (and
//! over an sshfs mount) through these variables:
//!
//! - `CLUSTERDASH_SOAK_SECS`: how long the writer writes (default 8).
//! - `CLUSTERDASH_SOAK_WATCH`: `events` or `poll` (default: both, one test each).
//! - `CLUSTERDASH_SOAK_WRITE_DIR`, `CLUSTERDASH_SOAK_READ_DIR`: the folder the writer
//!   writes and the one the dashboard reads, when they differ (a network mount of it).
//! - `CLUSTERDASH_SOAK_REPORT`: a file to append the figures to.
//! - `SOAK_DEBUG`: print each reload's header and rows beside the version last written.

#![cfg(unix)]

mod common;
#[path = "support/pty_terminal.rs"]
mod pty_terminal;

use std::io::Write;
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::{Duration, Instant};

use pty_terminal::PtyTerminal;

/// The value every row of AAA's file holds in version `v`: all rows of one version are
/// equal, so a screen that shows two different ones mixes two versions of the file.
fn version_value(v: u64) -> u64 {
    1_000_000 + v
}

/// AAA's values file in version `v` (three rows, all `version_value(v)`), or a broken
/// one whose second row is not a number.
fn aaa_file(v: u64, broken: bool) -> String {
    let value = version_value(v);
    let middle = if broken {
        "lots".to_string()
    } else {
        value.to_string()
    };
    format!(
        "period,indicator_id,value,status,note\n\
         2024,MEMBERS,{value},actual,\n\
         2023,MEMBERS,{middle},actual,\n\
         2022,MEMBERS,{value},actual,\n\
         2024,RD_SHARE,4.5,actual,\n"
    )
}

/// The registry with BBB's name carrying version `v`.
fn clusters_file(v: u64) -> String {
    format!(
        "cluster_id,name,status,sector,ris3_area,founded,territory,active_from,active_to\n\
         AAA,Alpha cluster,cluster,Aerospace,advanced_manufacturing,1997,Bizkaia,,\n\
         BBB,Beta v{v},precluster,Food,food,,,,\n"
    )
}

/// What the writer did, counted.
#[derive(Default)]
struct Writes {
    total: AtomicU64,
    /// The last version written, complete and valid, of AAA's file and of the registry.
    last_values: AtomicU64,
    last_registry: AtomicU64,
}

/// Rewrites the dataset in `dir` until `stop`, cycling through the ways files change.
fn writer(dir: PathBuf, stop: Arc<AtomicBool>, writes: Arc<Writes>) {
    let values = dir.join("values/AAA.csv");
    let registry = dir.join("clusters.csv");
    let count = |writes: &Writes| writes.total.fetch_add(1, Ordering::SeqCst);
    let mut v = 1;
    let mut step = 0u64;
    while !stop.load(Ordering::SeqCst) {
        step += 1;
        v += 1;
        match step % 8 {
            // Saved beside and renamed into place, as spreadsheets save.
            0 | 1 => {
                let temporary = dir.join("values/.AAA.csv.tmp");
                std::fs::write(&temporary, aaa_file(v, false)).unwrap();
                std::fs::rename(&temporary, &values).unwrap();
            }
            // Truncated and written in place, as `>` in a shell does.
            2 => std::fs::write(&values, aaa_file(v, false)).unwrap(),
            // Written slowly in two halves, as over a slow link.
            3 => {
                let text = aaa_file(v, false);
                let (first, second) = text.split_at(text.len() / 2);
                let mut file = std::fs::File::create(&values).unwrap();
                file.write_all(first.as_bytes()).unwrap();
                file.flush().unwrap();
                std::thread::sleep(Duration::from_millis(150));
                file.write_all(second.as_bytes()).unwrap();
            }
            // Deleted, then created again a moment later.
            4 => {
                std::fs::remove_file(&values).unwrap();
                std::thread::sleep(Duration::from_millis(200));
                std::fs::write(&values, aaa_file(v, false)).unwrap();
            }
            // The registry edited.
            5 => {
                std::fs::write(&registry, clusters_file(v)).unwrap();
                writes.last_registry.store(v, Ordering::SeqCst);
                count(&writes);
                std::thread::sleep(Duration::from_millis(300));
                continue;
            }
            // A broken file, fixed by the next step. (Left alone longer, it would be
            // the folder's quietest moment, the one every reload waits for.)
            6 => {
                std::fs::write(&values, aaa_file(v, true)).unwrap();
                count(&writes);
                std::thread::sleep(Duration::from_millis(150));
                continue;
            }
            // A burst: 20 writes a second for a second.
            _ => {
                for _ in 0..20 {
                    v += 1;
                    let temporary = dir.join("values/.AAA.csv.tmp");
                    std::fs::write(&temporary, aaa_file(v, false)).unwrap();
                    std::fs::rename(&temporary, &values).unwrap();
                    count(&writes);
                    std::thread::sleep(Duration::from_millis(50));
                }
                writes.last_values.store(v, Ordering::SeqCst);
                continue;
            }
        }
        writes.last_values.store(v, Ordering::SeqCst);
        count(&writes);
        std::thread::sleep(Duration::from_millis(300));
    }
    // The final files: valid, and written the plain way.
    v += 1;
    std::fs::write(&values, aaa_file(v, false)).unwrap();
    writes.last_values.store(v, Ordering::SeqCst);
    std::fs::write(&registry, clusters_file(v)).unwrap();
    writes.last_registry.store(v, Ordering::SeqCst);
    count(&writes);
}

/// The versions of AAA's file that the screen shows (each row's value less 1,000,000).
fn versions_on(screen: &str) -> Vec<u64> {
    screen
        .split(|c: char| c.is_whitespace())
        .filter_map(|word| {
            let digits: String = word.chars().filter(char::is_ascii_digit).collect();
            let grouped =
                word.len() == 9 && word.as_bytes()[1] == b',' && word.as_bytes()[5] == b',';
            let n: u64 = digits.parse().ok()?;
            (grouped && (1_000_000..2_000_000).contains(&n)).then(|| n - 1_000_000)
        })
        .collect()
}

/// The time of the last reload the header shows (`reloaded 21:10:48 UTC` → `21:10:48`).
fn reload_time_on(screen: &str) -> Option<String> {
    let header = screen.lines().next()?;
    let after = header.split("reloaded ").nth(1)?;
    Some(after.split_whitespace().next()?.to_string())
}

/// The resident memory of a process, in kB.
fn resident_kb(pid: i32) -> Option<u64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    let line = status.lines().find(|l| l.starts_with("VmRSS:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

/// Waits until `done` holds for the screen, at most `limit`; how long it took.
fn answer_time(
    terminal: &PtyTerminal,
    limit: Duration,
    done: impl Fn(&str) -> bool,
) -> Option<Duration> {
    let started = Instant::now();
    while started.elapsed() < limit {
        if done(&terminal.text()) {
            return Some(started.elapsed());
        }
        std::thread::sleep(Duration::from_millis(5));
    }
    None
}

fn env_secs() -> u64 {
    std::env::var("CLUSTERDASH_SOAK_SECS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(8)
}

fn soak(watch: &str) {
    if let Ok(only) = std::env::var("CLUSTERDASH_SOAK_WATCH")
        && only != watch
    {
        return;
    }
    let seconds = env_secs();
    let home = tempfile::tempdir().unwrap();
    let own = tempfile::tempdir().unwrap();
    let write_dir = std::env::var_os("CLUSTERDASH_SOAK_WRITE_DIR")
        .map_or_else(|| own.path().to_path_buf(), PathBuf::from);
    let read_dir = std::env::var_os("CLUSTERDASH_SOAK_READ_DIR")
        .map_or_else(|| write_dir.clone(), PathBuf::from);
    common::copy_tree(&common::fixtures().join("mini"), &write_dir);
    std::fs::write(write_dir.join("values/AAA.csv"), aaa_file(1, false)).unwrap();
    std::fs::write(write_dir.join("clusters.csv"), clusters_file(1)).unwrap();

    let home_text = home.path().display().to_string();
    let env = [
        ("HOME", home_text.clone()),
        ("XDG_STATE_HOME", format!("{home_text}/state")),
        ("XDG_CONFIG_HOME", format!("{home_text}/config")),
        ("XDG_DATA_HOME", format!("{home_text}/data")),
    ];
    let env: Vec<(&str, &str)> = env.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let dataset = read_dir.display().to_string();
    let mut terminal = PtyTerminal::start(
        &common::binary(),
        &[dataset.as_str(), "--watch", watch],
        &env,
        100,
        30,
    );
    terminal.wait_for("1 Overview");
    terminal.type_text("5");
    terminal.wait_for("1,000,001");

    let stop = Arc::new(AtomicBool::new(false));
    let writes = Arc::new(Writes::default());
    let started = Instant::now();
    let writer_thread = {
        let (dir, stop, writes) = (write_dir.clone(), stop.clone(), writes.clone());
        std::thread::spawn(move || writer(dir, stop, writes))
    };

    let first_minute = Duration::from_secs(60).min(Duration::from_secs(seconds) / 5);
    let mut memory: Vec<(Duration, u64)> = Vec::new();
    let mut versions_seen = std::collections::BTreeSet::new();
    let mut reload_times = std::collections::BTreeSet::new();
    let mut longest_answer = Duration::ZERO;
    let mut keys = 0u64;
    let mut mixed: Vec<String> = Vec::new();
    let mut on_data_tab = true;
    let mut last_memory = Instant::now() - Duration::from_secs(1);
    while started.elapsed() < Duration::from_secs(seconds) {
        // A key whose answer is plain on the screen: switch between Data and Overview.
        let (key, shows): (&str, &str) = if on_data_tab {
            ("1", "Scorecard")
        } else {
            ("5", "Rows behind the filter")
        };
        terminal.type_text(key);
        keys += 1;
        let took = answer_time(&terminal, Duration::from_secs(10), |s| s.contains(shows))
            .unwrap_or_else(|| panic!("key {key} not answered in 10 s:\n{}", terminal.text()));
        longest_answer = longest_answer.max(took);
        if let Some(time) = reload_time_on(&terminal.text())
            && reload_times.insert(time)
            && std::env::var_os("SOAK_DEBUG").is_some()
        {
            // SOAK_DEBUG: each reload's header and AAA's rows, beside what was written.
            let screen = terminal.text();
            let shown: Vec<&str> = screen
                .lines()
                .filter(|l| l.starts_with("AAA") || l.contains("reloaded"))
                .collect();
            eprintln!(
                "{:?}: version {} written; shown: {}",
                started.elapsed(),
                writes.last_values.load(Ordering::SeqCst),
                shown.join(" | ")
            );
        }
        on_data_tab = !on_data_tab;
        // On the Data tab, all three rows of AAA must come from one version of its file
        // (a file caught half-written is refused, its last good rows kept, never shown
        // short). A screen caught between two writes of one frame is read again before
        // it counts.
        if on_data_tab {
            for _ in 0..5 {
                let screen = terminal.text();
                let versions = versions_on(&screen);
                versions_seen.extend(versions.iter().copied());
                if versions.len() == 3 && versions.windows(2).all(|w| w[0] == w[1]) {
                    break;
                }
                std::thread::sleep(Duration::from_millis(100));
                if terminal.text() == screen {
                    mixed.push(screen);
                    break;
                }
            }
        }
        if last_memory.elapsed() >= Duration::from_secs(1) {
            if let Some(kb) = resident_kb(terminal.pid()) {
                memory.push((started.elapsed(), kb));
            }
            last_memory = Instant::now();
        }
        std::thread::sleep(Duration::from_millis(150));
    }
    stop.store(true, Ordering::SeqCst);
    writer_thread.join().unwrap();
    let final_version = writes.last_values.load(Ordering::SeqCst);
    let final_value = {
        let digits = version_value(final_version).to_string();
        format!("{},{},{}", &digits[..1], &digits[1..4], &digits[4..])
    };

    // Once the writer stops, the screen shows the final files, with no problem left.
    if !on_data_tab {
        terminal.type_text("5");
    }
    let settled = answer_time(&terminal, Duration::from_secs(30), |screen| {
        screen.matches(&final_value).count() == 3 && screen.contains("no problems")
    });
    assert!(
        settled.is_some(),
        "the screen never showed the final values {final_value}:\n{}",
        terminal.text()
    );
    terminal.type_text("1");
    let final_name = format!("Beta v{}", writes.last_registry.load(Ordering::SeqCst));
    assert!(
        answer_time(&terminal, Duration::from_secs(30), |s| s
            .contains(&final_name))
        .is_some(),
        "the screen never showed the final registry ({final_name}):\n{}",
        terminal.text()
    );
    terminal.type_text("q");
    assert_eq!(
        terminal.wait_exit().code(),
        Some(0),
        "the dashboard ended badly"
    );
    assert!(
        !String::from_utf8_lossy(&terminal.bytes()).contains("panicked"),
        "the dashboard panicked"
    );

    let early_peak = memory
        .iter()
        .filter(|(at, _)| *at <= first_minute)
        .map(|(_, kb)| *kb)
        .max()
        .unwrap_or(0);
    let peak = memory.iter().map(|(_, kb)| *kb).max().unwrap_or(0);
    let report = format!(
        "soak --watch {watch} on {dataset} for {seconds} s: {writes} writes, {reloads} reloads \
         seen in the header (at distinct seconds), {versions} versions of AAA's file seen, {keys} keys, longest key answer {longest} ms, resident memory peak \
         {early_peak} kB in the first {first} s and {peak} kB overall ({growth:+.1}%); \
         memory by minute: {by_minute}\n",
        writes = writes.total.load(Ordering::SeqCst),
        reloads = reload_times.len(),
        versions = versions_seen.len(),
        longest = longest_answer.as_millis(),
        first = first_minute.as_secs(),
        growth = (peak as f64 / early_peak.max(1) as f64 - 1.0) * 100.0,
        by_minute = memory
            .iter()
            .filter(|(at, _)| at.as_secs() % 60 == 0 || at.as_secs() < 2)
            .map(|(at, kb)| format!("{}s={kb}kB", at.as_secs()))
            .collect::<Vec<_>>()
            .join(" "),
    );
    eprint!("{report}");
    eprintln!("versions seen: {versions_seen:?}");
    if let Some(path) = std::env::var_os("CLUSTERDASH_SOAK_REPORT") {
        let mut file = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(path)
            .unwrap();
        file.write_all(report.as_bytes()).unwrap();
    }
    assert!(
        mixed.is_empty(),
        "a screen showed AAA's file short or in two versions:\n{}",
        mixed[0]
    );
    // A folder written without pause is shown at most every few seconds (the watcher
    // waits up to 2 s for quiet and 2 s for files to settle): a long run must have
    // followed it on the way, a short one only has to end right.
    if seconds >= 60 {
        assert!(
            versions_seen.len() >= 2,
            "the screen never followed the writer: {report}"
        );
    }
    assert!(
        peak as f64 <= early_peak as f64 * 1.2,
        "memory grew: {report}"
    );
    drop(own);
}

#[test]
fn the_dashboard_holds_while_its_files_change_in_every_way_followed_by_events() {
    soak("events");
}

#[test]
fn the_dashboard_holds_while_its_files_change_in_every_way_followed_by_polling() {
    soak("poll");
}

#[test]
fn versions_are_read_off_grouped_numbers() {
    assert_eq!(
        versions_on("AAA 2024 MEMBERS 1,000,123 – act\n 1,000,124 4.5%"),
        vec![123, 124]
    );
    assert_eq!(versions_on("1000123 30 2,000,000"), Vec::<u64>::new());
}
