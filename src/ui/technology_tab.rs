//! The Technology tab: each technological innovation goal against its target, the
//! chosen goal over the years with its target line, and clusters ranked by goals met.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Cell, Paragraph, Row, Table};
use unicode_width::UnicodeWidthStr;

use crate::app::models::technology::GoalRow;
use crate::app::state::App;

use super::layout::{apart_from_left, rows_under_header, scroll_offset};
use super::screen_map::DrawnList;
use super::section::{inner, section, title_fits, with_legend};
use super::theme::Theme;
use super::widgets::bar_row::bar;
use super::widgets::line_chart::{LineChart, TARGET_GLYPH, line_glyph};
use super::widgets::status_mark::{share_with_mark, style};
use crate::words::combination_words::combination_legend;
use crate::words::status_marks::mark;
use crate::words::text::{padded, percent, safe, signed, truncate, with_unit};
use crate::words::value_marks::with_value_mark;

/// The fewest columns a goal's name gets while the table has a bar.
const MIN_NAME: u16 = 8;

/// The height of the goals table for a body: its rows, up to half the body.
fn goals_height(body: Rect, goals: usize) -> u16 {
    (goals as u16 + 2)
        .min(body.height / 2)
        .max(4.min(body.height))
}

/// Draws the Technology tab; returns the goals' rows as drawn.
pub fn draw_technology(
    frame: &mut Frame,
    area: Rect,
    app: &App,
    theme: &Theme,
) -> Option<DrawnList> {
    let model = &app.models.technology;
    let [table_area, bottom] = Layout::vertical([
        Constraint::Length(goals_height(area, model.goals.len())),
        Constraint::Min(0),
    ])
    .areas(area);
    let [chart_area, ranking_area] =
        Layout::horizontal([Constraint::Percentage(62), Constraint::Percentage(38)]).areas(bottom);

    let lang = app.lang;
    frame.render_widget(
        section(
            lang.t("technology.title"),
            with_legend(
                format!("· {}", app.year),
                model.goals.iter().filter_map(|g| g.firmness),
                lang,
            ),
            table_area,
            theme,
        ),
        table_area,
    );
    let drawn = if model.goals.is_empty() {
        frame.render_widget(
            Paragraph::new(Span::styled(lang.t("technology.none"), theme.muted)),
            inner(table_area),
        );
        None
    } else {
        Some(draw_goals(frame, inner(table_area), app, theme))
    };

    draw_goal_chart(frame, chart_area, app, theme);
    draw_ranking(frame, ranking_area, app, theme);
    drawn
}

/// The highlighted goal over the years, with its targets.
fn draw_goal_chart(frame: &mut Frame, chart_area: Rect, app: &App, theme: &Theme) {
    let lang = app.lang;
    match &app.models.technology.chart {
        Some(chart) => {
            let note = if chart.target.points.is_empty() {
                format!(
                    "· {} {}",
                    line_glyph(theme.ascii),
                    lang.t("technology.actual_no_targets")
                )
            } else {
                format!(
                    "· {} {}  {TARGET_GLYPH} {}",
                    line_glyph(theme.ascii),
                    lang.t("chart.actual"),
                    lang.t("chart.target")
                )
            };
            let combination = app
                .models
                .technology
                .goals
                .get(app.technology.goal)
                .and_then(|g| g.combination);
            // Before the glyphs' legend, which a narrow screen may cut.
            let how = combination_legend(combination, lang);
            let note = if how.is_empty() {
                note
            } else {
                format!("· {how} {note}")
            };
            frame.render_widget(section(&chart.name, note, chart_area, theme), chart_area);
            frame.render_widget(
                LineChart {
                    series: vec![&chart.actual],
                    target: Some(&chart.target),
                    unit: chart.unit,
                    year: app.year,
                    shared: None,
                    lang,
                    theme,
                },
                inner(chart_area),
            );
        }
        None => frame.render_widget(
            section(
                lang.t("technology.goal_over_years"),
                String::new(),
                chart_area,
                theme,
            ),
            chart_area,
        ),
    }
}

/// The clusters ranked by their share of technology targets met.
fn draw_ranking(frame: &mut Frame, ranking_area: Rect, app: &App, theme: &Theme) {
    let (lang, model) = (app.lang, &app.models.technology);
    let ranking_title = if title_fits(lang.t("technology.ranking"), ranking_area.width.into()) {
        lang.t("technology.ranking")
    } else {
        lang.t("technology.ranking_short")
    };
    frame.render_widget(
        section(ranking_title, String::new(), ranking_area, theme),
        ranking_area,
    );
    // The id gives way (to 6 columns) before the mark: "12/12 " and "100 % ▲" take 14.
    let id_width = (ranking_area.width.saturating_sub(1 + 14) as usize).clamp(6, 16);
    let lines: Vec<Line> = if model.ranking.is_empty() {
        vec![Line::from(Span::styled(
            lang.t("technology.no_targets"),
            theme.muted,
        ))]
    } else {
        model
            .ranking
            .iter()
            .map(|r| {
                let share = r.met.share().unwrap_or(0.0);
                Line::from(vec![
                    Span::raw(padded(&truncate(&safe(&r.cluster_id), id_width), id_width)),
                    Span::raw(format!("{:>2}/{:<2} ", r.met.met, r.met.judged)),
                    share_with_mark(Some(share), lang, theme),
                ])
            })
            .collect()
    };
    // One column apart from the chart's axis on its left.
    frame.render_widget(Paragraph::new(lines), apart_from_left(inner(ranking_area)));
}

fn draw_goals(frame: &mut Frame, area: Rect, app: &App, theme: &Theme) -> DrawnList {
    let lang = app.lang;
    let goals = &app.models.technology.goals;
    let wide = area.width >= 100;
    let status_width: u16 = if wide { 11 } else { 6 };
    let rows_area = rows_under_header(area);
    let visible = rows_area.height as usize;
    let offset = scroll_offset(app.technology.goal, visible, goals.len());
    let change_title = if wide {
        lang.t("goals.column.change_wide")
    } else {
        lang.t("goals.column.change")
    };
    let texts = goal_texts(app);
    // The value columns are as wide as their widest text; the name takes what is left,
    // and the bar (the percentage repeats it) narrows for a name to show whole.
    let column = |i: usize, title: &str| {
        texts
            .iter()
            .map(|t| t[i].width())
            .chain([title.width()])
            .max()
            .unwrap_or(0) as u16
    };
    // A wide table keeps the values apart for the eye; a narrow one gives the room to names.
    let min_value_width = if wide { 11 } else { 0 };
    let actual_width = column(0, lang.t("goals.column.actual")).max(min_value_width);
    let target_width = column(1, lang.t("goals.column.target")).max(min_value_width);
    let change_width = column(2, change_title).max(min_value_width);
    let reached_title = lang.t("goals.column.reached").width() as u16;
    let longest_name = goals
        .iter()
        .map(|goal| safe(&goal.name).width())
        .max()
        .unwrap_or(0) as u16;
    let fixed = actual_width + target_width + 5 + status_width + change_width + 6;
    let (name_width, bar_width) = name_and_bar(
        area.width.saturating_sub(fixed),
        reached_title,
        longest_name,
    );
    let header = Row::new([
        lang.t("goals.column.goal"),
        lang.t("goals.column.actual"),
        lang.t("goals.column.target"),
        lang.t("goals.column.reached"),
        "",
        lang.t("goals.column.status"),
        change_title,
    ])
    .style(theme.title);
    let rows: Vec<Row> = goals
        .iter()
        .enumerate()
        .skip(offset)
        .take(visible)
        .map(|(i, goal)| {
            let widths = (name_width, bar_width);
            let row = goal_row(app, goal, texts[i].clone(), widths, wide, theme);
            if i == app.technology.goal {
                row.style(theme.selected)
            } else {
                row.style(Style::new())
            }
        })
        .collect();
    let widths = [
        Constraint::Length(name_width as u16),
        Constraint::Length(actual_width),
        Constraint::Length(target_width),
        Constraint::Length(bar_width),
        Constraint::Length(5),
        Constraint::Length(status_width),
        Constraint::Length(change_width),
    ];
    frame.render_widget(
        Table::new(rows, widths).header(header).column_spacing(1),
        area,
    );
    DrawnList::items(rows_area, offset, goals.len())
}

/// The name's and the bar's widths in `room` columns: the bar narrows (to the width of
/// its title, at least 6) for the longest name to show whole, and goes when there is no
/// room for it and 8 columns of name (the percentage says it all).
fn name_and_bar(room: u16, reached_title: u16, longest_name: u16) -> (usize, u16) {
    let narrowest_bar = reached_title.clamp(6, 10);
    let bar_width = if room >= narrowest_bar + MIN_NAME {
        room.saturating_sub(longest_name)
            .clamp(narrowest_bar, 10)
            .min(room - MIN_NAME)
    } else {
        0
    };
    (room.saturating_sub(bar_width).min(40) as usize, bar_width)
}

/// Each goal's value, target and change, as written.
fn goal_texts(app: &App) -> Vec<[String; 3]> {
    let lang = app.lang;
    app.models
        .technology
        .goals
        .iter()
        .map(|goal| {
            let value = |v: Option<f64>| v.map_or("–".into(), |v| with_unit(lang, v, goal.unit));
            [
                with_value_mark(&value(goal.actual), goal.firmness, lang),
                value(goal.target),
                goal.change
                    .map_or("–".into(), |v| signed(lang, v, goal.unit)),
            ]
        })
        .collect()
}

/// One goal's row: name, value, target, bar, share, status and change; `widths` are the
/// name's and the bar's.
fn goal_row(
    app: &App,
    goal: &GoalRow,
    [actual, target, change]: [String; 3],
    (name_width, bar_width): (usize, u16),
    wide: bool,
    theme: &Theme,
) -> Row<'static> {
    let lang = app.lang;
    let right = |text: String| Cell::from(Line::from(text).right_aligned());
    let status = match goal.status {
        Some(status) if wide => Span::styled(
            format!("{} {}", mark(status), status.words(lang)),
            style(status, theme),
        ),
        Some(status) => Span::styled(format!("  {}", mark(status)), style(status, theme)),
        None if wide => Span::styled(lang.t("goals.no_target"), theme.muted),
        None => Span::styled("  –", theme.muted),
    };
    Row::new(vec![
        Cell::from(truncate(&safe(&goal.name), name_width)),
        right(actual),
        right(target),
        Cell::from(Span::styled(
            bar(goal.share.unwrap_or(0.0), bar_width.into()),
            theme.bar,
        )),
        right(goal.share.map_or(String::new(), |s| percent(lang, s))),
        Cell::from(status),
        right(change),
    ])
}
