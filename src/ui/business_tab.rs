//! The Business tab: each business innovation action line as a progress bar against its
//! target (or the year before), and the percentages (export share, growth) over the years.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use unicode_width::UnicodeWidthStr;

use crate::app::models::business::Reference;
use crate::app::state::App;
use crate::data::format::vocabulary::Unit;

use super::section::{inner, legend_then, section};
use super::theme::Theme;
use super::widgets::bar_row::bar;
use super::widgets::line_chart::LineChart;
use super::widgets::status_mark::style;
use crate::words::combination_words::with_combination_legend;
use crate::words::status_marks::mark;
use crate::words::text::{padded, percent, safe, truncate, with_unit};
use crate::words::value_marks::with_value_mark;

/// The narrowest the progress bars get to make room for the lines' names.
const MIN_BAR: usize = 8;

/// Draws the Business tab.
pub fn draw_business(frame: &mut Frame, area: Rect, app: &App, theme: &Theme) {
    let model = &app.models.business;
    let lines_height = (model.lines.len() as u16 + 1)
        .min(area.height / 2 + 2)
        .max(3);
    let [lines_area, charts_area] =
        Layout::vertical([Constraint::Length(lines_height), Constraint::Min(0)]).areas(area);

    let lang = app.lang;
    frame.render_widget(
        section(
            lang.t("business.title"),
            // The legend first: a narrow screen cuts the note from its end.
            legend_then(
                lang.f("business.note", &[("year", &app.year)]),
                model.lines.iter().filter_map(|l| l.firmness),
                lang,
            ),
            lines_area,
            theme,
        ),
        lines_area,
    );
    let inner_lines = inner(lines_area);
    if model.lines.is_empty() {
        frame.render_widget(
            Paragraph::new(Span::styled(lang.t("business.none"), theme.muted)),
            inner_lines,
        );
    } else {
        let lines = progress_lines(app, inner_lines.width as usize, theme);
        frame.render_widget(Paragraph::new(lines), inner_lines);
    }
    draw_trends(frame, charts_area, app, theme);
}

/// Each goal's value, what it is compared with, and the verdict, as written.
fn progress_cells<'a>(app: &App, theme: &'a Theme) -> Vec<(String, String, Span<'a>)> {
    let (lang, model) = (app.lang, &app.models.business);
    model
        .lines
        .iter()
        .map(|row| {
            let actual = with_value_mark(
                &row.actual
                    .map_or("–".to_string(), |v| with_unit(lang, v, row.unit)),
                row.firmness,
                lang,
            );
            let (against, verdict) = match (row.reference, row.status) {
                (Some((Reference::Target, target)), Some(status)) => (
                    lang.f(
                        "business.of_target",
                        &[("target", &with_unit(lang, target, row.unit))],
                    ),
                    Span::styled(
                        format!("{} {}", mark(status), status.words(lang)),
                        style(status, theme),
                    ),
                ),
                (Some((Reference::LastYear, before)), _) => (
                    lang.f(
                        "business.versus_year",
                        &[
                            ("value", &with_unit(lang, before, row.unit)),
                            ("year", &(app.year - 1).to_string()),
                        ],
                    ),
                    Span::styled(lang.t("goals.no_target"), theme.muted),
                ),
                _ => (
                    String::new(),
                    Span::styled(lang.t("chart.no_data"), theme.muted),
                ),
            };
            (actual, against, verdict)
        })
        .collect()
}

/// One line per goal: its name, a bar of its share, the share, the value, the
/// comparison and the verdict, in `width` columns.
fn progress_lines<'a>(app: &App, width: usize, theme: &'a Theme) -> Vec<Line<'a>> {
    let (lang, model) = (app.lang, &app.models.business);
    let cells = progress_cells(app, theme);
    // The comparison and the verdict keep their whole words (in any language);
    // the bar, then the name, give way.
    let widest =
        |text: &dyn Fn(&(String, String, Span)) -> usize| cells.iter().map(text).max().unwrap_or(0);
    let actual_width = widest(&|c| c.0.chars().count()).max(7);
    let against_width = widest(&|c| c.1.chars().count());
    let verdict_width = widest(&|c| c.2.content.chars().count());
    let fixed = 7 + actual_width + 1 + against_width + 1 + verdict_width;
    // Names come before the bar, which the percentage repeats: the bar gives up to
    // MIN_BAR columns for a name to show whole.
    let longest_name = model
        .lines
        .iter()
        .map(|row| safe(&row.name).width())
        .max()
        .unwrap_or(0);
    let label_width = longest_name
        .clamp(10, 40)
        .min(width.saturating_sub(fixed + 1 + MIN_BAR).max(10));
    let bar_width = width.saturating_sub(label_width + 1 + fixed).clamp(4, 30);
    model
        .lines
        .iter()
        .zip(cells)
        .map(|(row, (actual, against, verdict))| {
            Line::from(vec![
                Span::raw(format!(
                    "{} ",
                    padded(&truncate(&safe(&row.name), label_width), label_width)
                )),
                Span::styled(bar(row.share.unwrap_or(0.0), bar_width), theme.bar),
                Span::raw(format!(
                    " {:>5} ",
                    row.share.map_or(String::new(), |s| percent(lang, s))
                )),
                Span::raw(format!(
                    "{actual:>actual_width$} {against:<against_width$} "
                )),
                verdict,
            ])
        })
        .collect()
}

/// The goals over the years: up to three small charts side by side.
fn draw_trends(frame: &mut Frame, charts_area: Rect, app: &App, theme: &Theme) {
    let (lang, model) = (app.lang, &app.models.business);
    if model.trends.is_empty() {
        frame.render_widget(
            section(
                lang.t("business.over_years"),
                String::new(),
                charts_area,
                theme,
            ),
            charts_area,
        );
        frame.render_widget(
            Paragraph::new(Span::styled(lang.t("business.no_trends"), theme.muted)),
            inner(charts_area),
        );
        return;
    }
    let count = model.trends.len().min(3);
    let constraints = vec![Constraint::Ratio(1, count as u32); count];
    let areas = Layout::horizontal(constraints).split(charts_area);
    for (trend, chart_area) in model.trends.iter().zip(areas.iter()) {
        frame.render_widget(
            section(
                &trend.name,
                with_combination_legend(String::new(), trend.combination, app.lang),
                *chart_area,
                theme,
            ),
            *chart_area,
        );
        frame.render_widget(
            LineChart {
                series: vec![&trend.series],
                target: None,
                unit: Unit::Pct,
                year: app.year,
                shared: None,
                lang,
                theme,
            },
            inner(*chart_area),
        );
    }
}
