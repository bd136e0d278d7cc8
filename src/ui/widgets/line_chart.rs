//! A line chart over years from [`TimeSeries`]: every line in braille (in ASCII, each
//! its own character), ticks at round numbers, a zero line where the values cross zero,
//! the selected year marked, and each line's value at that year written beside it.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::Span;
use ratatui::widgets::{Paragraph, Widget};

use crate::app::models::chart_scale::{YScale, y_scale};
use crate::app::models::time_series::TimeSeries;
use crate::data::format::vocabulary::Unit;
use crate::i18n::Lang;

use super::super::theme::Theme;
use super::chart_axes::{PlotFrame, draw_x_labels, draw_y_axis};
use super::chart_values::{ValueEntry, draw_values, values_width};
use super::dot_grid::DotGrid;

/// The glyph of a line in titles and legends.
pub const LINE_GLYPH: &str = "⠒";
/// The glyph of the target line.
pub const TARGET_GLYPH: &str = "•";
/// In ASCII mode, the character each line is drawn with, in turn.
const ASCII_LINES: [char; 6] = ['#', 'x', '%', '@', '&', '$'];

/// The glyph of a line in a title: braille, or `#` in ASCII mode.
pub fn line_glyph(ascii: bool) -> &'static str {
    if ascii { "#" } else { LINE_GLYPH }
}

/// The ranges several charts share: first and last x, lowest and highest y.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct SharedRange {
    /// First and last x (fractional years).
    pub x: (f64, f64),
    /// Lowest and highest y.
    pub y: (f64, f64),
}

impl SharedRange {
    /// The ranges covering every point of every series, or `None` without points.
    pub fn of<'a>(series: impl IntoIterator<Item = &'a TimeSeries>) -> Option<SharedRange> {
        let points: Vec<(f64, f64)> = series
            .into_iter()
            .flat_map(|s| s.points.iter().copied())
            .collect();
        let first = points.first()?;
        let start = SharedRange {
            x: (first.0, first.0),
            y: (first.1, first.1),
        };
        Some(points.iter().fold(start, |r, p| SharedRange {
            x: (r.x.0.min(p.0), r.x.1.max(p.0)),
            y: (r.y.0.min(p.1), r.y.1.max(p.1)),
        }))
    }
}

/// A chart of some series over the years.
#[derive(Debug, Clone)]
pub struct LineChart<'a> {
    /// The lines, in legend order.
    pub series: Vec<&'a TimeSeries>,
    /// A target line, drawn as dots in the target colour.
    pub target: Option<&'a TimeSeries>,
    /// The unit of the y axis: amounts start at zero, rates are fitted.
    pub unit: Unit,
    /// The year to mark, whose values are written beside the chart.
    pub year: i32,
    /// The x and y ranges to cover beside the chart's own, so that small charts side by
    /// side share one scale.
    pub shared: Option<SharedRange>,
    /// The language of the words and numbers.
    pub lang: Lang,
    /// The styles.
    pub theme: &'a Theme,
}

impl LineChart<'_> {
    /// Every series with the target, for ranges.
    fn all(&self) -> Vec<&TimeSeries> {
        let mut all = self.series.clone();
        all.extend(self.target);
        all
    }

    /// The y scale over every value, with as many ticks as the rows allow.
    fn scale(&self, rows: u16) -> YScale {
        let (low, high) = self
            .all()
            .iter()
            .filter_map(|s| s.y_range())
            .chain(self.shared.map(|r| r.y))
            .fold((f64::INFINITY, f64::NEG_INFINITY), |(l, h), (a, b)| {
                (l.min(a), h.max(b))
            });
        let from_zero = !matches!(self.unit, Unit::Pct | Unit::Score);
        // The smallest difference the labels write (one decimal, or whole numbers).
        let finest = match self.unit {
            Unit::Pct | Unit::EurM | Unit::Score => 0.1,
            _ => 1.0,
        };
        y_scale(
            low,
            high,
            from_zero,
            usize::from(rows.saturating_sub(1) / 2),
            finest,
        )
    }

    /// The first and last x of every point.
    fn x_range(&self) -> (f64, f64) {
        let (first, last) = self
            .all()
            .iter()
            .flat_map(|s| s.points.iter().map(|p| p.0))
            .chain(self.shared.into_iter().flat_map(|r| [r.x.0, r.x.1]))
            .fold((f64::INFINITY, f64::NEG_INFINITY), |(a, b), x| {
                (a.min(x), b.max(x))
            });
        let first = first.floor();
        (first, last.max(first + 1.0))
    }

    /// The entries written beside the chart: each line's value at the year, then the
    /// target's.
    fn entries(&self) -> Vec<ValueEntry> {
        let several = self.series.len() > 1;
        let mut entries: Vec<ValueEntry> = self
            .series
            .iter()
            .enumerate()
            .map(|(i, series)| ValueEntry {
                mark: if several {
                    (i + 1).to_string()
                } else {
                    line_glyph(self.theme.ascii).to_string()
                },
                // One line alone is named by the chart's title.
                name: if several || self.target.is_some() {
                    series.name.clone()
                } else {
                    String::new()
                },
                value: value_in_year(series, self.year),
                colour: Some(i),
            })
            .collect();
        if let Some(target) = self.target.filter(|t| !t.points.is_empty()) {
            entries.push(ValueEntry {
                mark: TARGET_GLYPH.to_string(),
                name: target.name.clone(),
                value: value_in_year(target, self.year),
                colour: None,
            });
        }
        entries
    }

    /// The style of line `i`.
    fn line_style(&self, i: usize) -> Style {
        Style::new().fg(self.theme.series[i % self.theme.series.len()])
    }

    /// Draws the lines, the target and the year's crossings into the plot.
    fn draw_plot(&self, plot: &PlotFrame, buf: &mut Buffer) {
        let mut grid = DotGrid::new(usize::from(plot.area.width), usize::from(plot.area.height));
        for (i, series) in self.series.iter().enumerate() {
            let dots: Vec<(i64, i64)> = series.points.iter().map(|p| plot.dot(&grid, *p)).collect();
            if let [only] = dots.as_slice() {
                grid.dot(only.0, only.1, i);
            }
            for pair in dots.windows(2) {
                grid.line(pair[0], pair[1], i);
            }
        }
        for row in 0..plot.area.height {
            for column in 0..plot.area.width {
                if let Some((glyph, line)) = grid.cell(usize::from(column), usize::from(row)) {
                    let glyph = if self.theme.ascii {
                        ASCII_LINES[line % ASCII_LINES.len()]
                    } else {
                        glyph
                    };
                    buf[(plot.area.x + column, plot.area.y + row)]
                        .set_char(glyph)
                        .set_style(self.line_style(line));
                }
            }
        }
        if let Some(target) = self.target {
            for point in &target.points {
                if let Some(at) = plot.cell(*point) {
                    buf[at]
                        .set_symbol(TARGET_GLYPH)
                        .set_style(self.theme.target);
                }
            }
        }
        if self.series.len() > 1 {
            for (i, series) in self.series.iter().enumerate() {
                let crossing = point_in_year(series, self.year).and_then(|p| plot.cell(p));
                if let Some(at) = crossing {
                    buf[at]
                        .set_symbol(&(i + 1).to_string())
                        .set_style(self.line_style(i).add_modifier(Modifier::BOLD));
                }
            }
        }
    }
}

/// A series' value in a year: its last point within the year (the last quarter of a
/// quarterly series).
fn value_in_year(series: &TimeSeries, year: i32) -> Option<f64> {
    point_in_year(series, year).map(|p| p.1)
}

/// A series' last point within a year, where its mark goes.
fn point_in_year(series: &TimeSeries, year: i32) -> Option<(f64, f64)> {
    series
        .points
        .iter()
        .rfind(|p| p.0.floor() as i32 == year)
        .copied()
}

impl Widget for LineChart<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let area = area.intersection(buf.area);
        if area.width == 0 || area.height == 0 {
            return;
        }
        if self.all().iter().all(|s| s.points.is_empty()) {
            Paragraph::new(Span::styled(
                self.lang.t("chart.no_values"),
                self.theme.muted,
            ))
            .render(area, buf);
            return;
        }
        let entries = self.entries();
        let side = values_width(&entries, self.unit, self.lang, area.width);
        let chart = Rect {
            width: area.width - side,
            ..area
        };
        if side > 0 {
            let values = Rect {
                x: chart.right() + 1,
                width: side - 1,
                ..area
            };
            draw_values(
                &entries, self.year, self.unit, self.lang, self.theme, values, buf,
            );
        }
        if chart.height < 4 || chart.width < 12 {
            return;
        }
        let scale = self.scale(chart.height - 2);
        let plot = draw_y_axis(&scale, self.unit, self.lang, self.theme, chart, buf);
        let plot = PlotFrame {
            x_range: self.x_range(),
            ..plot
        };
        plot.draw_guides(&scale, self.year, self.theme, buf);
        self.draw_plot(&plot, buf);
        draw_x_labels(&plot, self.year, self.theme, buf);
    }
}

#[cfg(test)]
mod tests {
    use ratatui::buffer::Buffer;
    use ratatui::layout::Rect;
    use ratatui::widgets::Widget;

    use super::*;

    fn drawn(series: &TimeSeries, unit: Unit, width: u16) -> String {
        let theme = Theme::default();
        let mut buf = Buffer::empty(Rect::new(0, 0, width, 10));
        LineChart {
            series: vec![series],
            target: None,
            unit,
            year: 2024,
            shared: None,
            lang: Lang::En,
            theme: &theme,
        }
        .render(buf.area, &mut buf);
        (0..10)
            .map(|y| (0..width).map(|x| buf[(x, y)].symbol()).collect::<String>() + "\n")
            .collect()
    }

    #[test]
    fn a_series_flat_but_for_float_noise_is_drawn_and_labelled() {
        let noisy = TimeSeries::from_years("x", [(2023, 4.3), (2024, 4.300000000000001)]);
        let text = drawn(&noisy, Unit::Pct, 40);
        assert!(text.contains("4.3%") || text.contains("4.4%"), "{text}");
    }

    #[test]
    fn a_label_that_does_not_fit_is_left_out_never_cut() {
        let big = TimeSeries::from_years("x", [(2023, 100_000.0), (2024, 125_000.0)]);
        let text = drawn(&big, Unit::Count, 18);
        assert!(
            !text.contains("125,00\u{2502}") && !text.contains("50,00\u{2502}"),
            "{text}"
        );
        let labels: Vec<&str> = text
            .lines()
            .filter(|l| l.contains('│'))
            .filter_map(|l| l.split('│').next())
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.contains('└'))
            .collect();
        for label in labels {
            let number: f64 = label.replace(',', "").parse().unwrap_or(f64::NAN);
            assert!(
                number.is_finite() && number % 1.0 == 0.0,
                "{label:?} in\n{text}"
            );
        }
    }
}
