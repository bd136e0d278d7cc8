//! The Data tab: the rows behind the filter with the file and line each came from,
//! sortable, searchable and scrollable a page at a time.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Cell, Paragraph, Row, Table};

use crate::app::models::data_rows::{DataColumn, data_row};
use crate::app::state::App;
use crate::data::format::vocabulary::Vocabulary;

use super::layout::{rows_under_header, scroll_offset};
use super::screen_map::DrawnList;
use super::theme::Theme;
use crate::words::text::{number, safe, truncate, with_unit};

/// Draws the Data tab; returns its rows as drawn.
pub fn draw_data(frame: &mut Frame, area: Rect, app: &App, theme: &Theme) -> DrawnList {
    let [search_area, table_area, status_area] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Min(1),
        Constraint::Length(1),
    ])
    .areas(area);
    frame.render_widget(Paragraph::new(search_line(app, theme)), search_area);

    let state = &app.data;
    let wide = area.width >= 120;
    let columns: Vec<DataColumn> = DataColumn::ALL
        .into_iter()
        .filter(|c| wide || !matches!(c, DataColumn::Area | DataColumn::Unit))
        .collect();
    let rows_area = rows_under_header(table_area);
    let visible = rows_area.height as usize;
    let offset = scroll_offset(state.highlighted, visible, state.visible.len());
    let rows: Vec<Row> = state
        .visible
        .iter()
        .enumerate()
        .skip(offset)
        .take(visible)
        .map(|(position, &index)| {
            let style = if position == state.highlighted {
                theme.selected
            } else {
                Style::new()
            };
            table_row(app, index as usize, &columns, wide).style(style)
        })
        .collect();
    let widths: Vec<Constraint> = columns.iter().map(|c| column_width(*c, wide)).collect();
    frame.render_widget(
        Table::new(rows, widths)
            .header(header_row(app, &columns, wide, theme))
            .column_spacing(1),
        table_area,
    );
    frame.render_widget(
        Paragraph::new(Span::styled(
            truncate(&status_line(app, offset, visible), area.width.into()),
            theme.muted,
        )),
        status_area,
    );
    DrawnList::items(rows_area, offset, state.visible.len())
}

/// The search line: what is being typed, the search in force, or how to start one.
fn search_line(app: &App, theme: &Theme) -> Line<'static> {
    let lang = app.lang;
    let find = format!(" {} ", lang.t("data.find"));
    let state = &app.data;
    if state.typing {
        Line::from(vec![
            Span::styled(find, theme.key),
            Span::raw(safe(&state.query)),
            Span::styled("█", theme.key),
        ])
    } else if !state.query.is_empty() {
        Line::from(vec![
            Span::styled(find, theme.title),
            Span::raw(safe(&state.query)),
        ])
    } else {
        let mut text = format!(" {}", lang.t("data.intro"));
        if !app.review.keys.is_empty() {
            text.push_str(&format!(" · * {}", lang.t("data.changed")));
        }
        Line::from(Span::styled(text, theme.muted))
    }
}

/// The column titles, the sorted one with its arrow.
fn header_row(app: &App, columns: &[DataColumn], wide: bool, theme: &Theme) -> Row<'static> {
    let (lang, sort) = (app.lang, app.data.sort);
    Row::new(columns.iter().map(|c| {
        let arrow = match sort.column {
            Some(s) if s == *c => {
                if sort.descending {
                    " ↓"
                } else {
                    " ↑"
                }
            }
            _ => "",
        };
        let title = if !wide && *c == DataColumn::Status {
            lang.t("data.column.status_short")
        } else {
            c.title(lang)
        };
        Cell::from(format!("{title}{arrow}"))
    }))
    .style(theme.title)
}

/// The width of a column, narrower below 120 columns.
fn column_width(column: DataColumn, wide: bool) -> Constraint {
    match column {
        DataColumn::Cluster => Constraint::Length(if wide { 15 } else { 11 }),
        DataColumn::Period => Constraint::Length(7),
        DataColumn::Indicator => Constraint::Length(if wide { 26 } else { 14 }),
        DataColumn::Area => Constraint::Length(11),
        DataColumn::Value => Constraint::Length(11),
        DataColumn::Unit => Constraint::Length(5),
        DataColumn::Target => Constraint::Length(9),
        DataColumn::Status => Constraint::Length(if wide { 12 } else { 5 }),
        DataColumn::Source => Constraint::Min(8),
    }
}

/// One row of the table: the `index`th of the data rows' tab model.
fn table_row(app: &App, index: usize, columns: &[DataColumn], wide: bool) -> Row<'static> {
    let lang = app.lang;
    let Some(row) = data_row(&app.dataset, app.models.data_rows[index]) else {
        return Row::default();
    };
    let r = &row.record;
    let file_name = r.file.rsplit(['/', '\\']).next().unwrap_or(r.file);
    let cells = columns.iter().map(|c| match c {
        DataColumn::Cluster => {
            Cell::from(truncate(&safe(r.cluster_id), if wide { 15 } else { 11 }))
        }
        DataColumn::Period => Cell::from(r.period.to_string()),
        DataColumn::Indicator => {
            Cell::from(truncate(&safe(r.indicator_id), if wide { 26 } else { 14 }))
        }
        DataColumn::Area => Cell::from(lang.word("area", row.area.word())),
        DataColumn::Value => {
            let text = if wide {
                number(lang, r.value, row.unit)
            } else {
                with_unit(lang, r.value, row.unit)
            };
            Cell::from(Line::from(text).right_aligned())
        }
        DataColumn::Unit => Cell::from(lang.word("unit", row.unit.word())),
        DataColumn::Target => Cell::from(
            Line::from(
                row.target
                    .map_or("–".to_string(), |t| number(lang, t, row.unit)),
            )
            .right_aligned(),
        ),
        DataColumn::Status => {
            let key = (
                r.cluster_id.to_string(),
                r.indicator_id.to_string(),
                r.period.to_string(),
            );
            let mark = if app.review.keys.contains(&key) {
                "*"
            } else {
                ""
            };
            let word = if wide {
                lang.word("value_status", r.status.word())
            } else {
                lang.word("value_status_short", r.status.word())
            };
            Cell::from(format!("{word}{mark}"))
        }
        // Where the value was published when its row says so, else where it was read.
        DataColumn::Source if !r.source.is_empty() => Cell::from(safe(r.source)),
        DataColumn::Source => Cell::from(format!("{}:{}", safe(file_name), safe(&r.place()))),
    });
    Row::new(cells.collect::<Vec<_>>())
}

/// The line under the table: which rows show, and the highlighted row's indicator in
/// words (the column shows its id, often cut), then its note and where it was published.
fn status_line(app: &App, offset: usize, visible: usize) -> String {
    let (lang, state) = (app.lang, &app.data);
    let total = state.visible.len();
    let position = if total == 0 {
        format!(" {}", lang.t("data.no_rows"))
    } else {
        let last = (offset + visible).min(total);
        let count = |n: usize| number(lang, n as f64, crate::data::format::vocabulary::Unit::Count);
        format!(
            " {}",
            lang.f(
                "data.position",
                &[
                    ("first", &count(offset + 1)),
                    ("last", &count(last)),
                    ("total", &count(total)),
                    ("row", &count(state.highlighted + 1)),
                ],
            )
        )
    };
    let highlighted = state
        .visible
        .get(state.highlighted)
        .and_then(|&i| app.models.data_rows.get(i as usize))
        .and_then(|&at| data_row(&app.dataset, at));
    let indicator = highlighted
        .as_ref()
        .and_then(|r| app.dataset.catalogue.get(r.record.indicator_id))
        .map(|i| format!(" · {}: {}", safe(&i.id), safe(i.name_in(lang.code()))))
        .unwrap_or_default();
    let note = highlighted
        .as_ref()
        .map(|r| r.record.note)
        .filter(|n| !n.is_empty())
        .map(|n| format!(" · {} {}", lang.t("data.note"), truncate(&safe(n), 40)))
        .unwrap_or_default();
    let source = highlighted
        .map(|r| r.record.source)
        .filter(|s| !s.is_empty())
        .map(|s| format!(" · {} {}", lang.t("data.source"), truncate(&safe(s), 60)))
        .unwrap_or_default();
    format!("{position}{indicator}{note}{source}")
}
