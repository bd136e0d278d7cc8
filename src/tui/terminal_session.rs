//! Taking over the terminal and always giving it back: raw mode, the alternate screen
//! and mouse reporting are undone on quit, on error and on panic.

use std::io::{self, Stdout, Write};

use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;
use ratatui::crossterm::cursor::{MoveTo, Show};
use ratatui::crossterm::event::{DisableMouseCapture, EnableMouseCapture};
use ratatui::crossterm::queue;
use ratatui::crossterm::terminal::{
    Clear, ClearType, EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode, enable_raw_mode,
};

/// The terminal while the dashboard owns it; dropping it restores the terminal.
pub struct TerminalSession {
    /// The ratatui terminal over stdout.
    pub terminal: Terminal<CrosstermBackend<Stdout>>,
}

/// Writes what takes the screen: the alternate screen, then a cleared screen (a
/// terminal without an alternate screen, such as GNU screen without `altscreen`, would
/// otherwise show the shell's old output through every blank cell), mouse reporting.
pub fn write_take(out: &mut impl Write) -> io::Result<()> {
    queue!(
        out,
        EnterAlternateScreen,
        Clear(ClearType::All),
        MoveTo(0, 0),
        EnableMouseCapture
    )?;
    out.flush()
}

/// Writes what gives the screen back: mouse reporting off, the screen cleared (so that
/// without an alternate screen the last frame does not stay), the main screen, the
/// cursor shown.
pub fn write_restore(out: &mut impl Write) -> io::Result<()> {
    queue!(
        out,
        DisableMouseCapture,
        Clear(ClearType::All),
        MoveTo(0, 0),
        LeaveAlternateScreen,
        Show
    )?;
    out.flush()
}

/// Puts the terminal back as it was: mouse reporting off, screen cleared, main screen,
/// cursor shown, raw mode off. Safe to call more than once.
pub fn restore_terminal() {
    let _ = write_restore(&mut io::stdout());
    let _ = disable_raw_mode();
}

/// Takes the terminal: raw mode, the alternate screen, cleared, mouse reporting. On
/// failure the terminal is given back.
pub fn take_terminal() -> io::Result<()> {
    enable_raw_mode()?;
    if let Err(e) = write_take(&mut io::stdout()) {
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

#[cfg(test)]
mod tests {
    use super::{write_restore, write_take};

    /// Where `part` is in `written`.
    fn at(written: &[u8], part: &str) -> usize {
        let text = String::from_utf8_lossy(written);
        text.find(part)
            .unwrap_or_else(|| panic!("{part:?} not in {text:?}"))
    }

    #[test]
    fn the_screen_is_cleared_when_taken_and_when_given_back() {
        let (alternate_on, alternate_off, clear) = ("\x1b[?1049h", "\x1b[?1049l", "\x1b[2J");
        let mut taken = Vec::new();
        write_take(&mut taken).unwrap();
        assert!(at(&taken, alternate_on) < at(&taken, clear));
        let mut given = Vec::new();
        write_restore(&mut given).unwrap();
        assert!(at(&given, clear) < at(&given, alternate_off));
    }
}
