//! Text with ANSI SGR colour sequences, so `cat` in a terminal shows the frame.

use std::fmt::Write;

use ratatui::buffer::Buffer;
use ratatui::style::{Color, Modifier};

use super::cell_runs::{RunStyle, row_runs};
use super::palette::named_index;

/// The SGR parameters of a colour, as foreground (`base` 30) or background (`base` 40).
fn color_code(color: Color, base: u8) -> Option<String> {
    if let Some(i) = named_index(color) {
        let code = if i < 8 { base + i } else { base + 60 + i - 8 };
        return Some(code.to_string());
    }
    match color {
        Color::Indexed(i) => Some(format!("{};5;{i}", base + 8)),
        Color::Rgb(r, g, b) => Some(format!("{};2;{r};{g};{b}", base + 8)),
        _ => None,
    }
}

fn sgr(style: &RunStyle) -> String {
    let mut codes = vec!["0".to_string()];
    for (modifier, code) in [
        (Modifier::BOLD, "1"),
        (Modifier::DIM, "2"),
        (Modifier::ITALIC, "3"),
        (Modifier::UNDERLINED, "4"),
        (Modifier::REVERSED, "7"),
        (Modifier::CROSSED_OUT, "9"),
    ] {
        if style.modifiers.contains(modifier) {
            codes.push(code.to_string());
        }
    }
    codes.extend(color_code(style.fg, 30));
    codes.extend(color_code(style.bg, 40));
    format!("\x1b[{}m", codes.join(";"))
}

/// The buffer as lines of text with colour sequences, each line ending in a reset.
pub fn ansi_text(buffer: &Buffer) -> String {
    let mut out = String::new();
    for y in buffer.area.top()..buffer.area.bottom() {
        let runs = row_runs(buffer, y);
        let last_visible = runs.iter().rposition(|r| {
            !r.text.trim_end().is_empty()
                || r.style.bg != Color::Reset
                || r.style.modifiers.contains(Modifier::REVERSED)
        });
        for run in runs.iter().take(last_visible.map_or(0, |i| i + 1)) {
            let _ = write!(out, "{}{}", sgr(&run.style), run.text);
        }
        out.push_str("\x1b[0m\n");
    }
    out
}
