//! The Overview tab: the scorecard, one row per cluster, sortable by any column.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Cell, Paragraph, Row, Table};
use unicode_width::UnicodeWidthStr;

use crate::app::models::catalogue_roles::size_indicator;
use crate::app::models::scorecard::{JUDGED_AREAS, ScorecardColumn};
use crate::app::state::App;
use crate::data::format::vocabulary::{ClusterStatus, Unit, Vocabulary};
use crate::i18n::Lang;

use super::layout::{rows_under_header, scroll_offset};
use super::screen_map::DrawnList;
use super::section::fit_title;
use super::theme::Theme;
use super::widgets::status_mark::share_with_mark;
use crate::data::format::vocabulary::ValueStatus;
use crate::words::status_marks::area_legend;
use crate::words::text::{number, safe, truncate};
use crate::words::text_sparkline::line_sparkline;
use crate::words::value_marks::{value_mark, value_mark_legend, with_value_mark};

/// The legend under the scorecard in parts: the area status marks, the value marks
/// (when some figure is not actual), then what the size and trend columns show.
fn legend_parts(app: &App) -> Vec<String> {
    let lang = app.lang;
    let size_name = size_indicator(&app.dataset.catalogue)
        .map_or(lang.t("scorecard.size").to_string(), |i| {
            safe(i.name_in(lang.code()))
        });
    let shown: Vec<ValueStatus> = app
        .models
        .scorecard
        .iter()
        .flat_map(|r| r.area_firmness.iter().chain([&r.size_firmness]))
        .filter_map(|s| *s)
        .collect();
    let values = value_mark_legend(&shown, lang);
    let mut parts = vec![area_legend(lang)];
    if !values.is_empty() {
        parts.push(values);
    }
    parts.push(format!(
        "{}  │ {}",
        lang.f("scorecard.size_is", &[("name", &size_name)]),
        lang.t("scorecard.trend_is")
    ));
    parts
}

/// The legend's lines in `width` columns: its parts in order, as many to a line as fit
/// whole (joined by `│`), so that no part is cut where the width allows.
fn legend_lines(app: &App, width: u16) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    for part in legend_parts(app) {
        match lines.last_mut() {
            Some(line) if line.width() + 4 + part.width() <= width as usize => {
                line.push_str("  │ ");
                line.push_str(&part);
            }
            _ => lines.push(format!(" {part}")),
        }
    }
    lines
}

/// The lines the legend takes in `width` columns.
fn legend_height(app: &App, width: u16) -> u16 {
    legend_lines(app, width).len() as u16
}

fn status_word(status: ClusterStatus, lang: Lang) -> &'static str {
    lang.word("cluster_status_short", status.word())
}

/// Draws the scorecard; returns its rows as drawn.
pub fn draw_overview(frame: &mut Frame, area: Rect, app: &App, theme: &Theme) -> Option<DrawnList> {
    let [title_area, table_area, legend_area] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Min(1),
        Constraint::Length(legend_height(app, area.width)),
    ])
    .areas(area);
    let lang = app.lang;
    let rows = &app.models.scorecard;
    let (title, note) = fit_title(
        lang.t("scorecard.title"),
        &format!(
            "· {} · {}",
            lang.f("scorecard.note", &[("year", &app.year)]),
            lang.count("count.cluster", rows.len())
        ),
        area.width.into(),
    );
    frame.render_widget(
        Paragraph::new(Line::from(vec![
            Span::styled(format!(" {title} "), theme.title),
            Span::styled(note, theme.muted),
        ])),
        title_area,
    );
    if rows.is_empty() {
        frame.render_widget(
            Paragraph::new(Span::styled(
                format!(" {}", lang.t("scorecard.no_clusters")),
                theme.muted,
            )),
            table_area,
        );
        return None;
    }
    let drawn = draw_scorecard_table(frame, table_area, area.width, app, theme);
    draw_legend(frame, legend_area, area.width, app, theme);
    Some(drawn)
}

/// The scorecard: one row per cluster, its size, each area's share and its trend.
fn draw_scorecard_table(
    frame: &mut Frame,
    table_area: Rect,
    width: u16,
    app: &App,
    theme: &Theme,
) -> DrawnList {
    let wide = width >= 100;
    let name_width: u16 = if wide {
        width.saturating_sub(78).min(40)
    } else {
        0
    };
    let rows_area = rows_under_header(table_area);
    let visible = rows_area.height as usize;
    let offset = scroll_offset(
        app.scorecard.highlighted,
        visible,
        app.scorecard.order.len(),
    );
    let trend_width = app.years.len().min(11);
    let body_rows: Vec<Row> = app
        .scorecard
        .order
        .iter()
        .enumerate()
        .skip(offset)
        .take(visible)
        .map(|(position, &index)| {
            let style = if position == app.scorecard.highlighted {
                theme.selected
            } else {
                ratatui::style::Style::new()
            };
            scorecard_row(app, index, wide.then_some(name_width), trend_width, theme).style(style)
        })
        .collect();
    let mut widths = vec![Constraint::Length(16)];
    if wide {
        widths.push(Constraint::Length(name_width));
    }
    widths.extend([
        Constraint::Length(10),
        Constraint::Length(9),
        Constraint::Length(9),
        Constraint::Length(9),
        Constraint::Length(9),
        Constraint::Length(trend_width.max(5) as u16),
    ]);
    frame.render_widget(
        Table::new(body_rows, widths)
            .header(scorecard_header(app, wide, theme))
            .column_spacing(1),
        table_area,
    );
    DrawnList::items(rows_area, offset, app.scorecard.order.len())
}

/// The scorecard's column titles, the sorted one with its arrow.
fn scorecard_header(app: &App, wide: bool, theme: &Theme) -> Row<'static> {
    let (lang, sort) = (app.lang, app.scorecard.sort);
    let heading = |title: &str, column: ScorecardColumn| {
        let arrow = match sort.column {
            Some(c) if c == column => {
                if sort.descending {
                    " ↓"
                } else {
                    " ↑"
                }
            }
            _ => "",
        };
        Cell::from(format!("{title}{arrow}"))
    };
    let mut header_cells = vec![heading(
        lang.t("scorecard.column.cluster"),
        ScorecardColumn::Cluster,
    )];
    if wide {
        header_cells.push(heading(
            lang.t("scorecard.column.name"),
            ScorecardColumn::Name,
        ));
    }
    header_cells.push(heading(
        lang.t("scorecard.column.status"),
        ScorecardColumn::Status,
    ));
    header_cells.push(heading(lang.t("scorecard.size"), ScorecardColumn::Size));
    for (i, area) in JUDGED_AREAS.iter().enumerate() {
        let title = lang.word("area_short", area.word());
        header_cells.push(heading(title, ScorecardColumn::Area(i)));
    }
    header_cells.push(heading(
        lang.t("scorecard.column.trend"),
        ScorecardColumn::Overall,
    ));
    Row::new(header_cells).style(theme.title)
}

/// One cluster's row of the scorecard; its name in `name_width` columns when shown.
fn scorecard_row(
    app: &App,
    index: usize,
    name_width: Option<u16>,
    trend_width: usize,
    theme: &Theme,
) -> Row<'static> {
    let lang = app.lang;
    let row = &app.models.scorecard[index];
    let mut cells = vec![Cell::from(safe(&row.cluster_id))];
    if let Some(name_width) = name_width {
        cells.push(Cell::from(truncate(&safe(&row.name), name_width as usize)));
    }
    let status = if app.dataset.stale.contains(&row.cluster_id) {
        lang.t("scorecard.stale")
    } else if app.dataset.removed.contains(&row.cluster_id) {
        lang.t("scorecard.removed")
    } else if !row.reported {
        lang.t("scorecard.not_reported")
    } else {
        status_word(row.status, lang)
    };
    cells.push(Cell::from(status));
    cells.push(Cell::from(
        Line::from(with_value_mark(
            &row.size
                .map_or("–".to_string(), |v| number(lang, v, Unit::Count)),
            row.size_firmness,
            lang,
        ))
        .right_aligned(),
    ));
    for (area, firmness) in row.areas.iter().zip(row.area_firmness) {
        let mark = value_mark(firmness, lang);
        cells.push(Cell::from(Line::from(vec![
            share_with_mark(area.share(), lang, theme),
            Span::styled(format!(" {mark}"), theme.muted),
        ])));
    }
    let trend: Vec<Option<u64>> = row
        .trend
        .iter()
        .rev()
        .take(trend_width)
        .rev()
        .copied()
        .collect();
    cells.push(Cell::from(line_sparkline(&trend, 100, theme.ascii)));
    Row::new(cells)
}

/// The legend under the scorecard: the marks, then what the columns hold.
fn draw_legend(frame: &mut Frame, legend_area: Rect, width: u16, app: &App, theme: &Theme) {
    let lines: Vec<String> = legend_lines(app, width)
        .iter()
        .map(|line| truncate(line, width as usize))
        .collect();
    frame.render_widget(
        Paragraph::new(
            lines
                .into_iter()
                .map(|line| Line::from(Span::styled(line, theme.muted)))
                .collect::<Vec<_>>(),
        ),
        legend_area,
    );
}
