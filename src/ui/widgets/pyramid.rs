//! The pyramid of cooperation: four centred bars, base at the bottom, each labelled
//! with its level and value, widths in proportion to the values.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::widgets::Widget;
use unicode_width::UnicodeWidthStr;

use crate::app::models::pyramid::{BandsMissing, PyramidLevel, PyramidModel};
use crate::data::format::vocabulary::Unit;
use crate::data::rollup::combination::Combination;
use crate::i18n::Lang;

use super::super::theme::Theme;
use crate::words::combination_words::combination_legend;
use crate::words::text::{safe, truncate, with_unit, wrap};
use crate::words::value_marks::value_mark;

/// Draws a [`PyramidModel`].
#[derive(Debug, Clone, Copy)]
pub struct PyramidWidget<'a> {
    /// The levels to draw.
    pub model: &'a PyramidModel,
    /// The language of the words.
    pub lang: Lang,
    /// The styles.
    pub theme: &'a Theme,
}

/// The most rows of a level's bar.
const MOST_BAR_ROWS: usize = 3;
/// The most empty rows between two levels.
const MOST_GAP_ROWS: usize = 3;

impl Widget for PyramidWidget<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let area = area.intersection(buf.area);
        if area.width == 0 || area.height == 0 {
            return;
        }
        let levels = &self.model.levels;
        if levels.is_empty() {
            put_centered(buf, area, 0, self.lang.t("pyramid.none"), self.theme.muted);
            return;
        }
        let tall = area.height as usize >= levels.len() * 2;
        let used = (levels.len() * if tall { 2 } else { 1 }).min(area.height as usize);
        let area = self.render_bands_if_room(area, used, buf);
        let note = self.bound_note(area, used);
        let rows = if tall {
            LevelRows::to_fill(area.height as usize - note.len(), levels.len())
        } else {
            LevelRows { bar: 0, gap: 0 }
        };
        let used = rows.used(levels.len()).min(area.height as usize);
        let top = (area.height as usize).saturating_sub(used + note.len()) / 2;
        for (i, line) in note.iter().enumerate() {
            put_centered(buf, area, top + used + i, line, self.theme.muted);
        }
        // The SMEs beside every count, or beside none: where one label would not fit.
        let with_smes = levels
            .iter()
            .all(|l| self.label(l, true).width() <= usize::from(area.width));
        // Top of the pyramid first: the last level is drawn on the first row.
        for (drawn, level) in levels.iter().rev().enumerate() {
            let row = top + drawn * rows.step();
            if row + 1 + rows.bar > area.height as usize {
                break;
            }
            self.draw_level(level, with_smes, (row, rows.bar), area, buf);
        }
    }
}

/// The rows of each level of a pyramid drawn tall: its label, then `bar` rows of bar,
/// then `gap` empty rows before the next level.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct LevelRows {
    /// Rows of bar under the label; 0 draws the label inside a one-row bar.
    bar: usize,
    /// Empty rows between one level and the next.
    gap: usize,
}

impl LevelRows {
    /// The rows that fill `available` rows with `levels` levels: bars up to
    /// [`MOST_BAR_ROWS`] thick, then gaps up to [`MOST_GAP_ROWS`], so that a tall area is
    /// filled rather than left with the pyramid floating in it.
    fn to_fill(available: usize, levels: usize) -> LevelRows {
        let bar = (available / levels.max(1))
            .saturating_sub(1)
            .clamp(1, MOST_BAR_ROWS);
        let left = available.saturating_sub(levels * (1 + bar));
        let gap = (left / levels.saturating_sub(1).max(1)).min(MOST_GAP_ROWS);
        LevelRows { bar, gap }
    }

    /// The rows from one level's label to the next one's.
    fn step(self) -> usize {
        1 + self.bar + self.gap
    }

    /// The rows `levels` levels take, with no gap after the last.
    fn used(self, levels: usize) -> usize {
        (levels * self.step()).saturating_sub(self.gap)
    }
}

impl PyramidWidget<'_> {
    /// Draws one level from `row`: its label over `bar` rows of bar, or, with no bar
    /// rows, the label inside a one-row bar in reverse video.
    fn draw_level(
        &self,
        level: &PyramidLevel,
        with_smes: bool,
        (row, bar): (usize, usize),
        area: Rect,
        buf: &mut Buffer,
    ) {
        let label = self.label(level, with_smes);
        let width = area.width as usize;
        let widest = self.model.widest();
        let share = match level.value {
            Some(v) if widest > 0.0 => v / widest,
            _ => 0.0,
        };
        let bar_width =
            ((share * width as f64).round() as usize).clamp(usize::from(share > 0.0), width);
        if bar > 0 {
            put_centered(buf, area, row, &label, self.theme.title);
            for bar_row in row + 1..=row + bar {
                put_centered(buf, area, bar_row, &"█".repeat(bar_width), self.theme.bar);
            }
        } else {
            let bar_text = format!(
                "{:^width$}",
                truncate(&label, width),
                width = bar_width.max(label.width().min(width))
            );
            let style = self
                .theme
                .bar
                .add_modifier(ratatui::style::Modifier::REVERSED);
            put_centered(buf, area, row, &bar_text, style);
        }
    }

    /// Draws each cluster's members by deepest level above the pyramid, where there is
    /// room for all of them, a heading and a blank row beside the `used` rows of the
    /// levels; gives the area left for the pyramid.
    fn render_bands_if_room(&self, area: Rect, used: usize, buf: &mut Buffer) -> Rect {
        let table_rows = self.model.by_cluster.len() + 3;
        if (area.height as usize) < used + table_rows || area.width < 40 {
            return area;
        }
        let table = Rect {
            height: table_rows as u16 - 1,
            ..area
        };
        self.render_bands(table, buf);
        Rect {
            y: area.y + table_rows as u16,
            height: area.height - table_rows as u16,
            ..area
        }
    }

    /// The lines under the base saying that a sum of firms over clusters is an upper
    /// bound, as many as fit beside the `used` rows of the levels.
    fn bound_note(&self, area: Rect, used: usize) -> Vec<String> {
        let levels = &self.model.levels;
        let bound = combination_legend(levels.iter().filter_map(|l| l.combination), self.lang);
        if bound.is_empty() {
            return Vec::new();
        }
        let text = format!("{} {bound}", self.upper_bound_mark());
        let mut lines = wrap(&text, area.width as usize);
        lines.truncate((area.height as usize).saturating_sub(used));
        lines
    }

    /// A level's label: "4 Cooperation projects: 12.1% · ≤63 i", the share of members
    /// first where there is one.
    fn label(&self, level: &PyramidLevel, with_smes: bool) -> String {
        let value = level
            .value
            .map_or(self.lang.t("chart.no_data").to_string(), |v| {
                let mut text = with_unit(self.lang, v, level.unit);
                let mark = value_mark(level.firmness, self.lang);
                if !mark.is_empty() {
                    text = format!("{text} {mark}");
                }
                if level.combination == Some(Combination::UpperBound) {
                    text = format!("{}{text}", self.upper_bound_mark());
                }
                if let Some(smes) = level.smes.filter(|_| with_smes) {
                    let mut smes = with_unit(self.lang, smes, Unit::Count);
                    if level.combination == Some(Combination::UpperBound) {
                        smes = format!("{}{smes}", self.upper_bound_mark());
                    }
                    text = self
                        .lang
                        .f("pyramid.with_smes", &[("count", &text), ("smes", &smes)]);
                }
                match level.share {
                    Some(share) => {
                        let share = with_unit(self.lang, share * 100.0, Unit::Pct);
                        format!("{share} · {text}")
                    }
                    None => text,
                }
            });
        format!(
            "{} {}: {}",
            level.level,
            self.lang.t(level.level_name),
            value
        )
    }

    /// The mark before a count that is an upper bound: `≤`, or `<=` without Unicode.
    fn upper_bound_mark(&self) -> &'static str {
        if self.theme.ascii { "<=" } else { "≤" }
    }

    /// Each cluster's members by deepest level: a heading, then one row per cluster with
    /// the share not reached and at each level, which add up to 100%.
    fn render_bands(&self, area: Rect, buf: &mut Buffer) {
        let lang = self.lang;
        let levels = self.model.levels.len();
        let cell = 7usize;
        let name_width = (area.width as usize)
            .saturating_sub(cell * (levels + 1))
            .min(12);
        put_left(buf, area, 0, lang.t("pyramid.bands"), self.theme.muted);
        let mut header = " ".repeat(name_width);
        header.push_str(&format!(
            "{:>cell$}",
            truncate(lang.t("pyramid.not_reached"), cell - 1)
        ));
        for level in &self.model.levels {
            header.push_str(&format!("{:>cell$}", level.level));
        }
        put_left(buf, area, 1, &header, self.theme.muted);
        for (row, (cluster, bands)) in self.model.by_cluster.iter().enumerate() {
            let mut line = format!("{:<name_width$}", truncate(&safe(cluster), name_width));
            match bands {
                Ok(bands) => {
                    for share in &bands.shares {
                        let text = with_unit(lang, share * 100.0, Unit::Pct);
                        line.push_str(&format!("{text:>cell$}"));
                    }
                }
                Err(missing) => line.push_str(&format!(
                    " {}",
                    lang.t(match missing {
                        BandsMissing::NotReported => "pyramid.bands_not_reported",
                        BandsMissing::NotNested => "pyramid.bands_not_nested",
                    })
                )),
            }
            put_left(buf, area, row + 2, &line, Style::default());
        }
    }
}

/// Writes `text` from the left of row `row` of `area`, cut to fit.
fn put_left(buf: &mut Buffer, area: Rect, row: usize, text: &str, style: Style) {
    if row >= area.height as usize {
        return;
    }
    let text = truncate(text, area.width as usize);
    buf.set_string(area.x, area.y + row as u16, text, style);
}

/// Writes `text` centred on row `row` of `area`, cut to fit.
fn put_centered(buf: &mut Buffer, area: Rect, row: usize, text: &str, style: Style) {
    if row >= area.height as usize {
        return;
    }
    let text = truncate(text, area.width as usize);
    let offset = (area.width as usize).saturating_sub(text.width()) / 2;
    buf.set_string(area.x + offset as u16, area.y + row as u16, text, style);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::models::pyramid::LEVEL_NAMES;

    fn model(values: [Option<f64>; 4]) -> PyramidModel {
        PyramidModel {
            levels: values
                .iter()
                .enumerate()
                .map(|(i, v)| PyramidLevel {
                    level: i as u8 + 1,
                    level_name: LEVEL_NAMES[i],
                    indicator_name: format!("indicator {i}"),
                    unit: Unit::Count,
                    value: *v,
                    firmness: None,
                    share: None,
                    combination: None,
                    smes: None,
                })
                .collect(),
            by_cluster: Vec::new(),
        }
    }

    fn render(model: &PyramidModel, width: u16, height: u16) -> Vec<String> {
        let theme = Theme::default();
        let area = Rect::new(0, 0, width, height);
        let mut buf = Buffer::empty(area);
        PyramidWidget {
            model,
            lang: Lang::En,
            theme: &theme,
        }
        .render(area, &mut buf);
        (0..height)
            .map(|y| {
                (0..width)
                    .map(|x| buf[(x, y)].symbol().to_string())
                    .collect::<String>()
            })
            .collect()
    }

    #[test]
    fn bars_narrow_from_base_to_top_and_are_centred() {
        let lines = render(
            &model([Some(100.0), Some(50.0), Some(30.0), Some(10.0)]),
            40,
            8,
        );
        let bar_widths: Vec<usize> = lines
            .iter()
            .skip(1)
            .step_by(2)
            .map(|l| l.matches('█').count())
            .collect();
        assert_eq!(bar_widths, vec![4, 12, 20, 40]);
        assert!(
            lines[0].contains("4 Cooperation projects: 10"),
            "{lines:#?}"
        );
        assert!(
            lines[6].contains("1 Information and awareness: 100"),
            "{lines:#?}"
        );
        let top_bar = &lines[1];
        assert_eq!(top_bar.find('█'), Some(18), "centred: {top_bar:?}");
    }

    #[test]
    fn missing_values_say_so() {
        let lines = render(&model([Some(10.0), None, None, None]), 40, 8);
        assert!(lines[0].contains("no data"), "{lines:#?}");
    }

    #[test]
    fn tiny_areas_never_panic() {
        let m = model([Some(10.0), Some(5.0), Some(2.0), Some(1.0)]);
        for (w, h) in [(0, 0), (1, 1), (3, 2), (10, 3), (1, 20)] {
            render(&m, w, h);
        }
        render(&PyramidModel::default(), 5, 1);
    }
}
