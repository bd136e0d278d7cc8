//! The Cooperation tab: the pyramid of cooperation, cooperation projects over time, and
//! the outward actions of the year as bars.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use unicode_width::UnicodeWidthStr;

use crate::app::models::cooperation::ActionBar;
use crate::app::state::App;
use crate::i18n::Lang;

use super::layout::apart_from_left;
use super::section::{inner, section, with_legend};
use super::theme::Theme;
use super::widgets::bar_row::bar;
use super::widgets::line_chart::LineChart;
use super::widgets::pyramid::PyramidWidget;
use crate::words::combination_words::with_combination_legend;
use crate::words::text::{padded, safe, truncate, with_unit};

/// Draws the Cooperation tab.
pub fn draw_cooperation(frame: &mut Frame, area: Rect, app: &App, theme: &Theme) {
    let model = &app.models.cooperation;
    let (pyramid_area, chart_area, actions_area) = if area.width >= 110 {
        let [left, right] =
            Layout::horizontal([Constraint::Percentage(45), Constraint::Percentage(55)])
                .areas(area);
        // The actions take the rows their bars need; the chart, the rest.
        let actions_rows = model.actions.len().max(1) as u16 + 1;
        let [chart, actions] =
            Layout::vertical([Constraint::Min(8), Constraint::Length(actions_rows)]).areas(right);
        (left, chart, actions)
    } else {
        let [top, bottom] =
            Layout::vertical([Constraint::Length(9), Constraint::Min(4)]).areas(area);
        let [chart, actions] =
            Layout::horizontal([Constraint::Percentage(55), Constraint::Percentage(45)])
                .areas(bottom);
        (top, chart, actions)
    };

    let lang = app.lang;
    let clusters = app
        .selection
        .describe(&app.dataset.registry, app.year, lang);
    frame.render_widget(
        section(
            lang.t("cooperation.pyramid"),
            with_legend(
                format!("· {clusters} · {}", app.year),
                model.pyramid.levels.iter().filter_map(|l| l.firmness),
                lang,
            ),
            pyramid_area,
            theme,
        ),
        pyramid_area,
    );
    frame.render_widget(
        PyramidWidget {
            model: &model.pyramid,
            lang,
            theme,
        },
        inner(pyramid_area),
    );

    draw_projects(frame, chart_area, app, theme);

    frame.render_widget(
        section(
            lang.t("cooperation.outward"),
            with_combination_legend(
                format!("· {}", app.year),
                model.actions.iter().filter_map(|a| a.combination),
                lang,
            ),
            actions_area,
            theme,
        ),
        actions_area,
    );
    // Beside the chart (not under it, as on a wide screen), one column apart from it.
    let bars_area = if area.width >= 110 {
        inner(actions_area)
    } else {
        apart_from_left(inner(actions_area))
    };
    draw_action_bars(frame, bars_area, &model.actions, lang, theme);
}

/// The cooperation projects over time, per cluster or combined.
fn draw_projects(frame: &mut Frame, chart_area: Rect, app: &App, theme: &Theme) {
    let lang = app.lang;
    match &app.models.cooperation.projects {
        Some(chart) => {
            let how = if chart.combined {
                lang.t("cooperation.combined")
            } else {
                lang.t("cooperation.per_cluster")
            };
            let note = format!("· {}, {how}", lang.word("frequency", chart.frequency));
            frame.render_widget(
                section(&chart.indicator_name, note, chart_area, theme),
                chart_area,
            );
            let series: Vec<_> = chart.series.iter().collect();
            frame.render_widget(
                LineChart {
                    series,
                    target: None,
                    unit: crate::data::format::vocabulary::Unit::Count,
                    year: app.year,
                    shared: None,
                    lang,
                    theme,
                },
                inner(chart_area),
            );
        }
        None => {
            frame.render_widget(
                section(
                    lang.t("cooperation.projects"),
                    String::new(),
                    chart_area,
                    theme,
                ),
                chart_area,
            );
            frame.render_widget(
                Paragraph::new(Span::styled(lang.t("cooperation.no_projects"), theme.muted)),
                inner(chart_area),
            );
        }
    }
}

/// The narrowest the outward actions' bars get to make room for their names.
const MIN_BAR: usize = 6;

/// Draws labelled horizontal bars, scaled to the largest value.
fn draw_action_bars(frame: &mut Frame, area: Rect, bars: &[ActionBar], lang: Lang, theme: &Theme) {
    if bars.is_empty() {
        frame.render_widget(
            Paragraph::new(Span::styled(lang.t("cooperation.no_outward"), theme.muted)),
            area,
        );
        return;
    }
    let largest = bars.iter().filter_map(|b| b.value).fold(0.0, f64::max);
    let values: Vec<String> = bars
        .iter()
        .map(|b| {
            b.value
                .map_or("–".to_string(), |v| with_unit(lang, v, b.unit))
        })
        .collect();
    // The names come first: the bar narrows to MIN_BAR for them to show whole.
    let width = area.width as usize;
    let value_width = values.iter().map(|v| v.width()).max().unwrap_or(1);
    let longest_name = bars
        .iter()
        .map(|b| safe(&b.name).width())
        .max()
        .unwrap_or(0);
    let label_width = longest_name
        .min(width.saturating_sub(value_width + 2 + MIN_BAR))
        .max(8);
    let bar_width = width.saturating_sub(label_width + value_width + 2);
    let lines: Vec<Line> = bars
        .iter()
        .zip(values)
        .map(|(b, value)| {
            let share = match b.value {
                Some(v) if largest > 0.0 => v / largest,
                _ => 0.0,
            };
            Line::from(vec![
                Span::raw(format!(
                    "{} ",
                    padded(&truncate(&safe(&b.name), label_width), label_width)
                )),
                Span::styled(bar(share, bar_width), theme.bar),
                Span::raw(format!(" {value:>value_width$}")),
            ])
        })
        .collect();
    frame.render_widget(Paragraph::new(lines), area);
}
