//! A real pseudo-terminal for end-to-end tests: starts a program on the terminal side
//! of a pty, as the leader of its own session, and keeps what it prints on a `vt100`
//! screen that the test reads, as a person would read the terminal.

#![allow(dead_code)]

use std::fs::File;
use std::io::{Read, Write};
use std::os::fd::{AsRawFd, FromRawFd, OwnedFd};
use std::os::unix::process::CommandExt;
use std::process::{Child, Command, ExitStatus, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// How long a test waits for something to appear before it fails; generous, since
/// this is a deadline for a busy machine, not a measure of speed.
pub const DEADLINE: Duration = Duration::from_secs(30);

/// A program running in a pseudo-terminal.
pub struct PtyTerminal {
    child: Child,
    master: File,
    screen: Arc<Mutex<vt100::Parser>>,
    bytes: Arc<Mutex<Vec<u8>>>,
    /// Set when the reader has met the end: no one holds the terminal's side any more.
    ended: Arc<std::sync::atomic::AtomicBool>,
}

impl PtyTerminal {
    /// Starts `program` with `args` and `env` in a `cols`×`rows` terminal.
    pub fn start(program: &str, args: &[&str], env: &[(&str, &str)], cols: u16, rows: u16) -> Self {
        let mut command = Command::new(program);
        command
            .args(args)
            .env_clear()
            .env("PATH", std::env::var_os("PATH").unwrap_or_default())
            .env("TERM", "xterm-256color")
            .env("LANG", "C.UTF-8")
            .envs(env.iter().copied());
        let (child, master) = spawn_on_pty(command, cols, rows);
        let screen = Arc::new(Mutex::new(vt100::Parser::new(
            std::num::NonZeroU16::new(rows).expect("rows"),
            std::num::NonZeroU16::new(cols).expect("columns"),
            0,
        )));
        let bytes = Arc::new(Mutex::new(Vec::new()));
        let mut reader = master.try_clone().unwrap();
        let (screen_in, bytes_in) = (screen.clone(), bytes.clone());
        let ended = Arc::new(std::sync::atomic::AtomicBool::new(false));
        let ended_in = ended.clone();
        std::thread::spawn(move || {
            let mut buffer = [0u8; 8192];
            // The read fails with EIO once every terminal-side descriptor is closed.
            while let Ok(n @ 1..) = reader.read(&mut buffer) {
                screen_in.lock().unwrap().process(&buffer[..n]);
                bytes_in.lock().unwrap().extend_from_slice(&buffer[..n]);
            }
            ended_in.store(true, std::sync::atomic::Ordering::SeqCst);
        });
        PtyTerminal {
            child,
            master,
            screen,
            bytes,
            ended,
        }
    }

    /// The process id of the program.
    pub fn pid(&self) -> i32 {
        self.child.id() as i32
    }

    /// The text on the screen, row by row.
    pub fn text(&self) -> String {
        self.screen.lock().unwrap().screen().contents()
    }

    /// Whether the program has the alternate screen up.
    pub fn on_alternate_screen(&self) -> bool {
        self.screen.lock().unwrap().screen().alternate_screen()
    }

    /// Whether the cursor is hidden.
    pub fn cursor_hidden(&self) -> bool {
        self.screen.lock().unwrap().screen().hide_cursor()
    }

    /// Everything the program wrote to the terminal so far.
    pub fn bytes(&self) -> Vec<u8> {
        self.bytes.lock().unwrap().clone()
    }

    /// Types `text` at the keyboard.
    pub fn type_text(&mut self, text: &str) {
        self.master.write_all(text.as_bytes()).unwrap();
        self.master.flush().unwrap();
    }

    /// Waits until the screen shows `needle`; fails with the screen as it was.
    pub fn wait_for(&self, needle: &str) -> String {
        self.wait_until(&format!("the screen to show {needle:?}"), |screen| {
            screen.contains(needle)
        })
    }

    /// Waits until `done` holds for the screen's text; fails with the screen as it was.
    pub fn wait_until(&self, what: &str, done: impl Fn(&str) -> bool) -> String {
        let start = Instant::now();
        loop {
            let text = self.text();
            if done(&text) {
                return text;
            }
            assert!(
                start.elapsed() < DEADLINE,
                "waited {DEADLINE:?} for {what}; the screen:\n{text}"
            );
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    /// Sends a signal to the program.
    pub fn signal(&self, signal: i32) {
        // SAFETY: kill has no memory-safety preconditions.
        assert_eq!(unsafe { libc::kill(self.pid(), signal) }, 0);
    }

    /// Waits for the program to end.
    pub fn wait_exit(&mut self) -> ExitStatus {
        let start = Instant::now();
        loop {
            if let Some(status) = self.child.try_wait().unwrap() {
                // Let the reader take in the last bytes written: all of them once it
                // meets the end (a shell around the program may still hold the
                // terminal, so wait for that a while at most).
                let drained = Instant::now();
                while !self.ended.load(std::sync::atomic::Ordering::SeqCst)
                    && drained.elapsed() < Duration::from_secs(3)
                {
                    std::thread::sleep(Duration::from_millis(10));
                }
                return status;
            }
            assert!(
                start.elapsed() < DEADLINE,
                "the program did not end; the screen:\n{}",
                self.text()
            );
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    /// Whether the terminal is back in its ordinary (cooked) mode: lines edited and
    /// echoed, signals from keys.
    pub fn is_cooked(&self) -> bool {
        // SAFETY: termios is plain data filled by tcgetattr on a valid descriptor.
        let mut termios: libc::termios = unsafe { std::mem::zeroed() };
        assert_eq!(
            // SAFETY: a descriptor this terminal owns, and a termios struct to fill.
            unsafe { libc::tcgetattr(self.master.as_raw_fd(), &mut termios) },
            0
        );
        let wanted = libc::ICANON | libc::ECHO | libc::ISIG;
        termios.c_lflag & wanted == wanted
    }

    /// The one child process of the program named `name` (a program started by a
    /// shell running in the terminal).
    pub fn child_named(&self, name: &str) -> Option<i32> {
        for entry in std::fs::read_dir("/proc").ok()?.flatten() {
            let Ok(pid) = entry.file_name().to_string_lossy().parse::<i32>() else {
                continue;
            };
            let Ok(stat) = std::fs::read_to_string(format!("/proc/{pid}/stat")) else {
                continue;
            };
            // pid (comm) state ppid ...
            let Some((comm, rest)) = stat.split_once(") ") else {
                continue;
            };
            let comm = comm.split_once(" (").map_or("", |(_, c)| c);
            let ppid = rest.split(' ').nth(1).and_then(|p| p.parse::<i32>().ok());
            if comm == name && ppid == Some(self.pid()) {
                return Some(pid);
            }
        }
        None
    }
}

impl Drop for PtyTerminal {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// The state letter of a process (`S` sleeping, `T` stopped...), from /proc.
pub fn process_state(pid: i32) -> Option<char> {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    stat.rsplit_once(") ")?.1.chars().next()
}

/// Starts `command` as the leader of a new session whose controlling terminal is the
/// terminal side of a new `cols`×`rows` pty; gives the child and the pty's master side.
pub fn spawn_on_pty(mut command: Command, cols: u16, rows: u16) -> (Child, File) {
    let (master, slave) = open_pty(cols, rows);
    command
        .stdin(Stdio::from(slave.try_clone().unwrap()))
        .stdout(Stdio::from(slave.try_clone().unwrap()))
        .stderr(Stdio::from(slave));
    // SAFETY: only async-signal-safe calls between fork and exec.
    unsafe {
        command.pre_exec(|| {
            if libc::setsid() == -1 {
                return Err(std::io::Error::last_os_error());
            }
            if libc::ioctl(0, libc::TIOCSCTTY as _, 0) == -1 {
                return Err(std::io::Error::last_os_error());
            }
            Ok(())
        });
    }
    let child = command.spawn().expect("the program starts");
    // The command holds the terminal side open until dropped.
    drop(command);
    (child, master)
}

fn open_pty(cols: u16, rows: u16) -> (File, File) {
    let (mut master, mut slave) = (0, 0);
    let size = libc::winsize {
        ws_row: rows,
        ws_col: cols,
        ws_xpixel: 0,
        ws_ypixel: 0,
    };
    // SAFETY: openpty writes two descriptors into the given integers.
    let result = unsafe {
        libc::openpty(
            &mut master,
            &mut slave,
            std::ptr::null_mut(),
            std::ptr::null(),
            &size,
        )
    };
    assert_eq!(result, 0, "openpty: {}", std::io::Error::last_os_error());
    // SAFETY: both descriptors were just opened and are owned by nobody else.
    // Close both on exec, so that programs other tests start meanwhile do not keep
    // this terminal open (the reader would then never see its end).
    for fd in [master, slave] {
        // SAFETY: fcntl on a descriptor openpty just gave us.
        unsafe { libc::fcntl(fd, libc::F_SETFD, libc::FD_CLOEXEC) };
    }
    // SAFETY: openpty just opened both descriptors, and nothing else owns them.
    let (master, slave) = unsafe { (OwnedFd::from_raw_fd(master), OwnedFd::from_raw_fd(slave)) };
    (File::from(master), File::from(slave))
}
