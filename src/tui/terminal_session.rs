//! Taking over the terminal and always giving it back: raw mode, the alternate screen
//! and mouse reporting are undone on quit, on error and on panic.

use std::io::{self, Stdout, Write};

use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;
use ratatui::crossterm::event::{DisableMouseCapture, EnableMouseCapture};
use ratatui::crossterm::execute;
use ratatui::crossterm::terminal::{
    EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode, enable_raw_mode,
};

/// The terminal while the dashboard owns it; dropping it restores the terminal.
pub struct TerminalSession {
    /// The ratatui terminal over stdout.
    pub terminal: Terminal<CrosstermBackend<Stdout>>,
}

/// Puts the terminal back as it was: mouse reporting off, main screen, cursor shown,
/// raw mode off. Safe to call more than once.
pub fn restore_terminal() {
    let mut stdout = io::stdout();
    let _ = execute!(
        stdout,
        DisableMouseCapture,
        LeaveAlternateScreen,
        ratatui::crossterm::cursor::Show
    );
    let _ = disable_raw_mode();
    let _ = stdout.flush();
}

/// Takes the terminal: raw mode, the alternate screen, mouse reporting. On failure the
/// terminal is given back.
pub fn take_terminal() -> io::Result<()> {
    enable_raw_mode()?;
    if let Err(e) = execute!(io::stdout(), EnterAlternateScreen, EnableMouseCapture) {
        restore_terminal();
        return Err(e);
    }
    Ok(())
}

impl TerminalSession {
    /// Takes over the terminal and installs a panic hook that gives it back first.
    pub fn start(lang: crate::i18n::Lang) -> io::Result<Self> {
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            restore_terminal();
            eprintln!("{}", lang.t("tui.internal_error"));
            eprintln!("{}", lang.t("tui.please_report"));
            previous(info);
        }));
        take_terminal()?;
        match Terminal::new(CrosstermBackend::new(io::stdout())) {
            Ok(terminal) => Ok(TerminalSession { terminal }),
            Err(e) => {
                restore_terminal();
                Err(e)
            }
        }
    }
}

impl Drop for TerminalSession {
    fn drop(&mut self) {
        restore_terminal();
    }
}
