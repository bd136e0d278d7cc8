//! Measures the dashboard as a person meets it, in a real pseudo-terminal: the time from
//! process start to the first frame and to the full Overview, the latency of a filter,
//! year and tab change (key sent to the screen showing the change), the peak memory and
//! the CPU used while idle. Used by `scripts/bench.sh`; see there.
//!
//! `cargo run --release --example measure_dashboard -- BINARY DATASET RUNS [ARGS...]`
//! prints one line per measure: its name, then the values of every run, tab-separated
//! (times in milliseconds, memory in kilobytes, CPU in clock ticks).

#[path = "../tests/support/pty_terminal.rs"]
mod pty_terminal;

use std::fs::File;
use std::io::{Read, Write};
use std::os::fd::AsRawFd;
use std::process::{Child, Command};
use std::time::{Duration, Instant};

use pty_terminal::spawn_on_pty;

const COLUMNS: u16 = 120;
const ROWS: u16 = 40;
const DEADLINE: Duration = Duration::from_secs(120);

/// The dashboard running in a pseudo-terminal, its screen kept by a terminal emulator.
struct Dashboard {
    child: Child,
    master: File,
    screen: vt100::Parser,
    started: Instant,
}

impl Dashboard {
    fn start(binary: &str, dataset: &str, extra: &[String], home: &str) -> Dashboard {
        let mut command = Command::new(binary);
        command
            .arg(dataset)
            .args(extra)
            .env_clear()
            .env("TERM", "xterm-256color")
            .env("LANG", "C.UTF-8")
            .env("HOME", home)
            .env("XDG_STATE_HOME", format!("{home}/state"))
            .env("XDG_CONFIG_HOME", format!("{home}/config"));
        let started = Instant::now();
        let (child, master) = spawn_on_pty(command, COLUMNS, ROWS);
        Dashboard {
            child,
            master,
            screen: vt100::Parser::new(
                std::num::NonZeroU16::new(ROWS).unwrap(),
                std::num::NonZeroU16::new(COLUMNS).unwrap(),
                0,
            ),
            started,
        }
    }

    /// Reads what the dashboard wrote until `done` holds for the screen; when it held,
    /// measured from `since`.
    fn wait_until(&mut self, since: Instant, done: impl Fn(&vt100::Screen) -> bool) -> Duration {
        let mut buffer = [0u8; 65536];
        loop {
            if done(self.screen.screen()) {
                return since.elapsed();
            }
            assert!(
                since.elapsed() < DEADLINE,
                "gave up waiting:\n{}",
                self.screen.screen().contents()
            );
            let mut poll = libc::pollfd {
                fd: self.master.as_raw_fd(),
                events: libc::POLLIN,
                revents: 0,
            };
            // SAFETY: one valid pollfd.
            if unsafe { libc::poll(&mut poll, 1, 50) } > 0 {
                match self.master.read(&mut buffer) {
                    Ok(n) if n > 0 => self.screen.process(&buffer[..n]),
                    _ => panic!("the dashboard ended:\n{}", self.screen.screen().contents()),
                }
            }
        }
    }

    /// Sends keys and measures until the screen shows `done`.
    fn key(&mut self, keys: &str, done: impl Fn(&vt100::Screen) -> bool) -> Duration {
        let sent = Instant::now();
        self.master.write_all(keys.as_bytes()).unwrap();
        self.wait_until(sent, done)
    }

    fn header(&self) -> String {
        self.screen
            .screen()
            .contents()
            .lines()
            .next()
            .unwrap_or("")
            .to_string()
    }

    fn proc_field(&self, file: &str, key: &str) -> u64 {
        let text = std::fs::read_to_string(format!("/proc/{}/{file}", self.child.id())).unwrap();
        text.lines()
            .find_map(|l| l.strip_prefix(key))
            .and_then(|rest| rest.split_whitespace().next())
            .and_then(|n| n.parse().ok())
            .unwrap_or(0)
    }

    fn cpu_ticks(&self) -> u64 {
        let stat = std::fs::read_to_string(format!("/proc/{}/stat", self.child.id())).unwrap();
        let fields: Vec<&str> = stat.rsplit_once(") ").unwrap().1.split(' ').collect();
        fields[11].parse::<u64>().unwrap() + fields[12].parse::<u64>().unwrap()
    }
}

impl Drop for Dashboard {
    fn drop(&mut self) {
        let _ = self.master.write_all(b"q");
        // Keep reading so the dashboard can finish writing, and let it save its record.
        let quitting = Instant::now();
        let mut buffer = [0u8; 65536];
        while quitting.elapsed() < Duration::from_secs(20) {
            if let Ok(Some(_)) = self.child.try_wait() {
                return;
            }
            let mut poll = libc::pollfd {
                fd: self.master.as_raw_fd(),
                events: libc::POLLIN,
                revents: 0,
            };
            // SAFETY: one valid pollfd.
            if unsafe { libc::poll(&mut poll, 1, 20) } > 0 && self.master.read(&mut buffer).is_err()
            {
                break;
            }
        }
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn millis(d: Duration) -> String {
    format!("{:.1}", d.as_secs_f64() * 1000.0)
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [binary, dataset, runs, extra @ ..] = args.as_slice() else {
        eprintln!("usage: measure_dashboard BINARY DATASET RUNS [ARGS...]");
        std::process::exit(2);
    };
    let runs: usize = runs.parse().expect("RUNS is a number");
    let home = std::env::temp_dir().join(format!("measure-dashboard-{}", std::process::id()));
    std::fs::create_dir_all(&home).unwrap();
    let home = home.display().to_string();
    let mut results: Vec<(&str, Vec<String>)> = [
        "first_frame_ms",
        "full_overview_ms",
        "filter_change_ms",
        "year_change_ms",
        "tab_change_ms",
        "peak_memory_kb",
        "idle_cpu_ticks_3s",
    ]
    .into_iter()
    .map(|name| (name, Vec::new()))
    .collect();
    for _ in 0..runs {
        let mut dashboard = Dashboard::start(binary, dataset, extra, &home);
        let started = dashboard.started;
        let first = dashboard.wait_until(started, |s| {
            s.alternate_screen() && s.contents().contains("clusterdash")
        });
        let overview = dashboard.wait_until(started, |s| s.contents().contains("Scorecard"));
        // Let the first frame settle before keys.
        std::thread::sleep(Duration::from_millis(300));
        let mut filter = Vec::new();
        let mut year = Vec::new();
        let mut tab = Vec::new();
        for _ in 0..3 {
            filter.push(dashboard.key("\r", |s| {
                !s.contents().lines().next().unwrap_or("").contains("All ")
            }));
            filter.push(dashboard.key("a", |s| {
                s.contents().lines().next().unwrap_or("").contains("All ")
            }));
            let before = dashboard.header();
            year.push(dashboard.key("\x1b[D", move |s| {
                s.contents().lines().next().unwrap_or("") != before
            }));
            let before = dashboard.header();
            year.push(dashboard.key("\x1b[C", move |s| {
                s.contents().lines().next().unwrap_or("") != before
            }));
            tab.push(dashboard.key("2", |s| s.contents().contains("Pyramid of cooperation")));
            tab.push(dashboard.key("1", |s| s.contents().contains("Scorecard")));
        }
        let peak = dashboard.proc_field("status", "VmHWM:");
        std::thread::sleep(Duration::from_millis(500));
        let ticks_before = dashboard.cpu_ticks();
        std::thread::sleep(Duration::from_secs(3));
        let idle = dashboard.cpu_ticks() - ticks_before;
        let median = |mut v: Vec<Duration>| {
            v.sort();
            v[v.len() / 2]
        };
        let row = [
            millis(first),
            millis(overview),
            millis(median(filter)),
            millis(median(year)),
            millis(median(tab)),
            peak.to_string(),
            idle.to_string(),
        ];
        for ((_, values), value) in results.iter_mut().zip(row) {
            values.push(value);
        }
    }
    for (name, values) in results {
        println!("{name}\t{}", values.join("\t"));
    }
    let _ = std::fs::remove_dir_all(&home);
}
