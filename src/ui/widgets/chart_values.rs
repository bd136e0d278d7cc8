//! Beside a line chart: the selected year and each line's value in it, marked as the
//! line is marked (its number where there are several), so values are read, not guessed.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};

use crate::data::format::vocabulary::Unit;
use crate::i18n::Lang;
use crate::words::text::{safe, truncate, with_unit};

use super::super::theme::Theme;

/// One line of the values beside a chart.
#[derive(Debug, Clone, PartialEq)]
pub struct ValueEntry {
    /// The line's mark: its number, its glyph, or the target's.
    pub mark: String,
    /// The line's name.
    pub name: String,
    /// Its value in the selected year, if it has one.
    pub value: Option<f64>,
    /// The index of its series colour; `None` for the target.
    pub colour: Option<usize>,
}

/// Narrower than this, a chart keeps all its width for the plot.
const NARROWEST_WITH_VALUES: u16 = 36;

/// A value as written: with its unit, or a dash where the year has none.
fn value_text(value: Option<f64>, unit: Unit, lang: Lang) -> String {
    value.map_or("–".to_string(), |v| with_unit(lang, v, unit))
}

/// The columns the values take at the right of a chart `total` wide, a gap included:
/// what the longest entry needs, at most a third of the chart, none if it is narrow.
pub fn values_width(entries: &[ValueEntry], unit: Unit, lang: Lang, total: u16) -> u16 {
    if total < NARROWEST_WITH_VALUES || entries.is_empty() {
        return 0;
    }
    let needed = entries
        .iter()
        .map(|e| {
            e.mark.chars().count()
                + safe(&e.name).chars().count()
                + value_text(e.value, unit, lang).chars().count()
                + 2
        })
        .max()
        .unwrap_or(0) as u16;
    needed.min(total / 3) + 1
}

/// Draws the year, then one line per entry: mark, name (cut to fit) and value.
pub fn draw_values(
    entries: &[ValueEntry],
    year: i32,
    unit: Unit,
    lang: Lang,
    theme: &Theme,
    area: Rect,
    buf: &mut Buffer,
) {
    let width = usize::from(area.width);
    buf.set_stringn(area.x, area.y, year.to_string(), width, theme.title);
    for (i, entry) in entries.iter().enumerate() {
        let row = area.y + 1 + i as u16;
        if row >= area.bottom() {
            return;
        }
        let mark_style = match entry.colour {
            Some(c) => Style::new()
                .fg(theme.series[c % theme.series.len()])
                .add_modifier(Modifier::BOLD),
            None => theme.target,
        };
        let value = value_text(entry.value, unit, lang);
        let mark_width = entry.mark.chars().count();
        let room = width.saturating_sub(mark_width + value.chars().count() + 2);
        let name = truncate(&safe(&entry.name), room);
        buf.set_stringn(area.x, row, &entry.mark, width, mark_style);
        let name_x = area.x + mark_width as u16 + 1;
        buf.set_stringn(name_x, row, &name, room, Style::new());
        let value_x = area.right().saturating_sub(value.chars().count() as u16);
        buf.set_stringn(
            value_x,
            row,
            &value,
            width,
            Style::new().add_modifier(Modifier::BOLD),
        );
    }
}
