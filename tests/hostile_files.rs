//! Files on a shared folder that are not files: a named pipe, a link to an endless
//! device, a socket. Every command that reads the dataset finishes, names each one, and
//! loads the rest.

#![cfg(unix)]

mod common;

use std::io::Write;
use std::path::Path;
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

/// Runs the binary, failing the test (rather than hanging it) if it has not finished in
/// a minute: a reader blocked on a pipe never would.
fn run_with_deadline(dir: &Path, args: &[&str], stdin: &str) -> Output {
    let state = dir.join("state");
    let mut child = Command::new(common::binary())
        .args(args)
        .env_remove("CLUSTERDASH_DATA")
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
    let started = Instant::now();
    while child.try_wait().unwrap().is_none() {
        if started.elapsed() > Duration::from_secs(60) {
            child.kill().unwrap();
            panic!("clusterdash {args:?} was still running after a minute");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    child.wait_with_output().unwrap()
}

/// The mini dataset with AAA's values as a named pipe nobody writes to, BBB's as a link
/// to /dev/zero, and the long values file as a socket.
fn dataset_of_non_files() -> (tempfile::TempDir, std::os::unix::net::UnixListener) {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    common::copy_tree(&common::fixtures().join("mini"), &data);
    let pipe = data.join("values/AAA.csv");
    std::fs::remove_file(&pipe).unwrap();
    let c_path = std::ffi::CString::new(pipe.to_str().unwrap()).unwrap();
    // SAFETY: mkfifo reads the NUL-terminated path, which outlives the call.
    assert_eq!(unsafe { libc::mkfifo(c_path.as_ptr(), 0o600) }, 0);
    let zero = data.join("values/BBB.csv");
    std::fs::remove_file(&zero).unwrap();
    std::os::unix::fs::symlink("/dev/zero", &zero).unwrap();
    let socket = std::os::unix::net::UnixListener::bind(data.join("values.csv")).unwrap();
    (dir, socket)
}

#[test]
fn check_names_a_pipe_a_device_and_a_socket_and_finishes() {
    let (dir, _socket) = dataset_of_non_files();
    let data = dir.path().join("data");
    let output = run_with_deadline(dir.path(), &["check", data.to_str().unwrap()], "");
    let text = String::from_utf8_lossy(&output.stdout);
    assert_eq!(output.status.code(), Some(1), "{text}");
    let shown = data.display();
    for line in [
        format!(
            "error: {shown}/values/AAA.csv: cannot read: expected a file, found a named pipe (FIFO)"
        ),
        format!("error: {shown}/values/BBB.csv: cannot read: expected a file, found a device"),
        format!("error: {shown}/values.csv: cannot read: expected a file, found a socket"),
    ] {
        assert!(text.contains(&line), "missing {line:?} in\n{text}");
    }
    // The registry and catalogue still load.
    assert!(text.contains("clusters:   2"), "{text}");
}

#[test]
fn snapshot_export_and_plain_mode_finish_too() {
    let (dir, _socket) = dataset_of_non_files();
    let data = dir.path().join("data");
    let data = data.to_str().unwrap();
    let out = dir.path().join("out.csv");
    let runs: [(&[&str], &str); 3] = [
        (&["snapshot", data], ""),
        (&["export", "--output", out.to_str().unwrap(), data], ""),
        (&["--plain", data], "quit\n"),
    ];
    for (args, stdin) in runs {
        let output = run_with_deadline(dir.path(), args, stdin);
        let all = format!(
            "{}{}",
            String::from_utf8_lossy(&output.stdout),
            String::from_utf8_lossy(&output.stderr)
        );
        assert!(!all.contains("panicked"), "{args:?}: {all}");
    }
}
