//! The Compare tab: a few clusters side by side. On top, the chosen indicator as one
//! small chart per cluster on one shared scale; below, every indicator with each
//! cluster's value, target and status, the chosen one highlighted (↑/↓ choose it).

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Cell, Paragraph, Row, Table};
use unicode_width::UnicodeWidthStr;

use crate::app::models::compare::{CompareRow, ComparedValue};
use crate::app::state::App;
use crate::data::format::vocabulary::Unit;
use crate::i18n::Lang;

use super::layout::{rows_under_header, scroll_offset};
use super::screen_map::DrawnList;
use super::section::{inner, section, with_legend};
use super::theme::Theme;
use super::widgets::line_chart::{LineChart, SharedRange};
use super::widgets::status_mark::style;
use crate::words::status_marks::mark;
use crate::words::text::{number, padded, safe, truncate, with_unit};
use crate::words::value_marks::value_mark;

/// The fewest columns a cluster's column takes in the table.
const NARROWEST_CELL: u16 = 9;
/// The fewest columns of a small chart, its axis and a gap included.
const NARROWEST_CHART: u16 = 19;
/// The fewest columns left for the indicators' names.
const NARROWEST_NAME: u16 = 16;

/// How many of the compared clusters fit side by side in `width` columns, both
/// as table columns and as small charts (each at least [`NARROWEST_CHART`] wide).
fn shown_clusters(width: u16, compared: usize) -> usize {
    let columns = width.saturating_sub(NARROWEST_NAME) / (NARROWEST_CELL + 1);
    let charts = width / NARROWEST_CHART;
    compared.min(usize::from(columns.min(charts))).max(1)
}

/// Draws the Compare tab; returns the table's rows as drawn.
pub fn draw_compare(frame: &mut Frame, area: Rect, app: &App, theme: &Theme) -> Option<DrawnList> {
    let model = &app.models.compare;
    let lang = app.lang;
    if model.clusters.is_empty() || model.rows.is_empty() {
        frame.render_widget(
            Paragraph::new(Span::styled(lang.t("compare.none"), theme.muted)),
            area,
        );
        return None;
    }
    let shown = shown_clusters(area.width, model.clusters.len());
    let charts_height = (area.height * 2 / 5).max(7).min(area.height / 2);
    let [charts_area, table_area] =
        Layout::vertical([Constraint::Length(charts_height), Constraint::Min(0)]).areas(area);
    draw_small_charts(frame, charts_area, app, shown, theme);
    let left_out = model.left_out + model.clusters.len() - shown;
    let note = if left_out > 0 {
        lang.f(
            "compare.left_out",
            &[("shown", &shown), ("all", &(shown + left_out))],
        )
    } else {
        format!("· {} · {}", lang.t("compare.cell_is"), app.year)
    };
    let firmness = model
        .rows
        .iter()
        .flat_map(|r| r.values.iter().take(shown).filter_map(|v| v.firmness));
    frame.render_widget(
        section(
            lang.t("compare.table"),
            with_legend(note, firmness, lang),
            table_area,
            theme,
        ),
        table_area,
    );
    Some(draw_table(frame, inner(table_area), app, shown, theme))
}

/// The chosen indicator for each shown cluster, side by side on one scale.
fn draw_small_charts(frame: &mut Frame, area: Rect, app: &App, shown: usize, theme: &Theme) {
    let model = &app.models.compare;
    let lang = app.lang;
    let Some(row) = model.rows.get(app.compare.indicator) else {
        return;
    };
    let note = format!("· {} · {}", lang.t("compare.one_scale"), app.year);
    frame.render_widget(section(&row.name, note, area, theme), area);
    let charts = &model.charts[..shown.min(model.charts.len())];
    let shared = SharedRange::of(charts.iter().flat_map(|c| [&c.actual, &c.target]));
    let columns =
        Layout::horizontal(vec![Constraint::Ratio(1, shown as u32); shown]).split(inner(area));
    for (i, (chart, column)) in charts.iter().zip(columns.iter()).enumerate() {
        let [title, plot] =
            Layout::vertical([Constraint::Length(1), Constraint::Min(0)]).areas(*column);
        let value = row.values.get(i).copied().unwrap_or_default();
        frame.render_widget(
            Paragraph::new(cluster_title(
                &chart.cluster_id,
                value,
                row.unit,
                lang,
                theme,
            )),
            title,
        );
        frame.render_widget(
            LineChart {
                series: vec![&chart.actual],
                target: Some(&chart.target),
                unit: row.unit,
                year: app.year,
                shared,
                lang,
                theme,
            },
            Rect {
                width: plot.width.saturating_sub(2),
                ..plot
            },
        );
    }
}

/// A small chart's title: the cluster, its value in the year and its status mark.
fn cluster_title(
    cluster: &str,
    value: ComparedValue,
    unit: Unit,
    lang: Lang,
    theme: &Theme,
) -> Line<'static> {
    let mut spans = vec![
        Span::styled(safe(cluster), theme.title),
        Span::raw(format!(" {}", value_text(value, unit, lang))),
    ];
    if let Some(status) = value.status {
        spans.push(Span::styled(
            format!(" {}", mark(status)),
            style(status, theme),
        ));
    }
    Line::from(spans)
}

/// A value with its unit and its firmness mark, or a dash.
fn value_text(value: ComparedValue, unit: Unit, lang: Lang) -> String {
    match value.value {
        Some(v) => {
            let mark = value_mark(value.firmness, lang);
            let text = with_unit(lang, v, unit);
            if mark.is_empty() {
                text
            } else {
                format!("{text} {mark}")
            }
        }
        None => "–".to_string(),
    }
}

/// A cell of the table: the value, the target after a slash where it fits, the mark.
fn cell_text(value: ComparedValue, unit: Unit, lang: Lang, width: usize) -> String {
    let shown = value_text(value, unit, lang);
    let mark = value.status.map_or(" ", mark);
    let with_target = value
        .target
        .map(|t| format!("{shown} / {} {mark}", number(lang, t, unit)));
    match with_target {
        Some(text) if text.width() <= width => text,
        _ => format!("{shown} {mark}"),
    }
}

/// The table: one row per indicator, one column per shown cluster.
fn draw_table(frame: &mut Frame, area: Rect, app: &App, shown: usize, theme: &Theme) -> DrawnList {
    let model = &app.models.compare;
    let lang = app.lang;
    // As wide as the widest cell with its target where every one fits (the names keep
    // their room), else without targets in every cell, so that a column reads alike.
    let widest = |room: usize| {
        model
            .rows
            .iter()
            .flat_map(|r| {
                r.values
                    .iter()
                    .take(shown)
                    .map(move |v| cell_text(*v, r.unit, lang, room).width())
            })
            .max()
            .unwrap_or(0) as u16
    };
    let room = (area.width.saturating_sub(NARROWEST_NAME) / shown as u16)
        .saturating_sub(1)
        .min(24);
    let with_targets = widest(usize::MAX) <= room;
    let text_room = if with_targets { usize::MAX } else { 0 };
    let cell_width = widest(text_room).min(room).max(NARROWEST_CELL);
    let name_width = area.width.saturating_sub((cell_width + 1) * shown as u16);
    let rows_area = rows_under_header(area);
    let visible = usize::from(rows_area.height);
    let offset = scroll_offset(app.compare.indicator, visible, model.rows.len());
    let mut header = vec![Cell::from(lang.t("compare.indicator"))];
    header.extend(model.clusters.iter().take(shown).map(|c| {
        Cell::from(format!(
            "{:>w$}",
            truncate(&safe(c), usize::from(cell_width)),
            w = usize::from(cell_width)
        ))
    }));
    let rows: Vec<Row> = model
        .rows
        .iter()
        .enumerate()
        .skip(offset)
        .take(visible)
        .map(|(i, row)| {
            let style = if i == app.compare.indicator {
                theme.selected
            } else {
                ratatui::style::Style::new()
            };
            table_row(row, shown, (name_width, cell_width), text_room, lang, theme).style(style)
        })
        .collect();
    let mut widths = vec![Constraint::Length(name_width)];
    widths.extend(std::iter::repeat_n(Constraint::Length(cell_width), shown));
    frame.render_widget(
        Table::new(rows, widths)
            .header(Row::new(header).style(theme.title))
            .column_spacing(1),
        area,
    );
    DrawnList::items(rows_area, offset, model.rows.len())
}

/// One indicator's row: its name, then each shown cluster's cell, its mark in colour.
fn table_row(
    row: &CompareRow,
    shown: usize,
    (name_width, cell_width): (u16, u16),
    text_room: usize,
    lang: Lang,
    theme: &Theme,
) -> Row<'static> {
    let width = usize::from(cell_width);
    let mut cells = vec![Cell::from(padded(
        &truncate(&safe(&row.name), usize::from(name_width)),
        usize::from(name_width),
    ))];
    for value in row.values.iter().take(shown) {
        let text = cell_text(*value, row.unit, lang, text_room);
        let (body, last) =
            text.split_at(text.len() - text.chars().last().map_or(0, char::len_utf8));
        let body = format!("{:>w$}", body, w = width.saturating_sub(1));
        let mark_style = value.status.map_or(theme.muted, |s| style(s, theme));
        cells.push(Cell::from(Line::from(vec![
            Span::raw(body),
            Span::styled(last.to_string(), mark_style),
        ])));
    }
    Row::new(cells)
}
