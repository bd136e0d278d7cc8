//! Signals while the dashboard owns the terminal: SIGTERM, SIGHUP (a dropped SSH
//! connection), SIGINT and SIGQUIT restore the terminal and exit at once (nothing is
//! ever written, so nothing is lost); Ctrl-Z suspends with the terminal restored and
//! takes it back on `fg`.

use std::io;

use signal_hook::consts::{SIGHUP, SIGINT, SIGQUIT, SIGTERM, SIGTSTP};
use signal_hook::iterator::Signals;

use super::terminal_session::{restore_terminal, take_terminal};

/// Starts a thread that restores the terminal and exits with 128 + the signal's number
/// when one of the ending signals arrives.
pub fn exit_cleanly_on_signals() -> io::Result<()> {
    let mut signals = Signals::new([SIGTERM, SIGHUP, SIGINT, SIGQUIT])?;
    std::thread::Builder::new()
        // not translated: a thread name
        .name("signals".into())
        .spawn(move || {
            if let Some(signal) = signals.forever().next() {
                restore_terminal();
                std::process::exit(128 + signal);
            }
        })?;
    Ok(())
}

/// Gives the terminal back and stops the process as Ctrl-Z would in a shell; when the
/// shell resumes it (`fg`), takes the terminal again. The caller redraws everything.
pub fn suspend() -> io::Result<()> {
    restore_terminal();
    signal_hook::low_level::raise(SIGTSTP)?;
    take_terminal()
}
