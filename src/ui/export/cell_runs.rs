//! A buffer row as runs of cells that share a style, the unit every picture format writes.

use ratatui::buffer::Buffer;
use ratatui::style::{Color, Modifier};
use unicode_width::UnicodeWidthStr;

/// The look of a run of cells.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RunStyle {
    /// Foreground colour (`Reset` = the default).
    pub fg: Color,
    /// Background colour (`Reset` = the default).
    pub bg: Color,
    /// Bold, italic, underlined, reversed...
    pub modifiers: Modifier,
}

/// Cells of one row that share a style.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CellRun {
    /// The first column.
    pub x: u16,
    /// How many columns the run covers.
    pub width: u16,
    /// The text of the run.
    pub text: String,
    /// Its look.
    pub style: RunStyle,
}

/// The runs of row `y`, left to right, covering the whole row.
pub fn row_runs(buffer: &Buffer, y: u16) -> Vec<CellRun> {
    let area = buffer.area;
    let mut runs: Vec<CellRun> = Vec::new();
    let mut x = area.left();
    while x < area.right() {
        let cell = &buffer[(x, y)];
        let symbol = cell.symbol();
        let width = (symbol.width() as u16).clamp(1, area.right() - x);
        let style = RunStyle {
            fg: cell.fg,
            bg: cell.bg,
            modifiers: cell.modifier,
        };
        match runs.last_mut() {
            Some(run) if run.style == style => {
                run.text.push_str(symbol);
                run.width += width;
            }
            _ => runs.push(CellRun {
                x,
                width,
                text: symbol.to_string(),
                style,
            }),
        }
        x += width;
    }
    runs
}
