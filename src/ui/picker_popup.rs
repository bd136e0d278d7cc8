//! The cluster picker: a search line, and the matching clusters with their marks,
//! status and sector. Its keys are in the footer.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph};

use crate::app::picker::PickerState;
use crate::app::state::App;
use crate::data::format::vocabulary::{ClusterStatus, Vocabulary};
use crate::data::metadata::registry::Registry;
use crate::i18n::Lang;

use super::layout::{centred, scroll_offset};
use super::screen_map::DrawnList;
use super::theme::Theme;
use crate::words::text::{safe, truncate};

/// The popup's area within the body.
pub fn popup_area(body: Rect) -> Rect {
    centred(body, 90, 90)
}

/// Draws the picker over the body; returns its list of clusters as drawn.
pub fn draw_picker(
    frame: &mut Frame,
    body: Rect,
    app: &App,
    picker: &PickerState,
    theme: &Theme,
) -> DrawnList {
    let area = popup_area(body);
    frame.render_widget(Clear, area);
    let registry = &app.dataset.registry;
    let block = Block::bordered()
        .border_style(theme.border)
        .title(Span::styled(
            format!(" {} ", app.lang.t("picker.title")),
            theme.title,
        ))
        .title_bottom(Span::styled(
            format!(
                " {} ",
                app.lang.f(
                    "picker.counts",
                    &[
                        ("shown", &picker.shown.len().to_string()),
                        ("marked", &picker.marked.len().to_string()),
                        ("filter", &picker.status_filter.label(app.lang)),
                    ],
                )
            ),
            theme.muted,
        ));
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let [search_area, list] =
        Layout::vertical([Constraint::Length(1), Constraint::Min(0)]).areas(inner);
    frame.render_widget(
        Paragraph::new(Line::from(vec![
            Span::styled(format!("{} ", app.lang.t("picker.search")), theme.key),
            Span::raw(safe(&picker.query)),
            Span::styled("█", theme.key),
        ])),
        search_area,
    );
    draw_list(frame, list, registry, picker, app.lang, theme)
}

fn draw_list(
    frame: &mut Frame,
    area: Rect,
    registry: &Registry,
    picker: &PickerState,
    lang: Lang,
    theme: &Theme,
) -> DrawnList {
    if picker.shown.is_empty() {
        frame.render_widget(
            Paragraph::new(Span::styled(lang.t("picker.no_match"), theme.muted)),
            area,
        );
        return DrawnList::items(area, 0, 0);
    }
    let visible = area.height as usize;
    let offset = scroll_offset(picker.highlighted, visible, picker.shown.len());
    let width = area.width as usize;
    let sector_width = (width / 4).clamp(8, 24);
    let status_width = ClusterStatus::ALL
        .iter()
        .map(|s| lang.word("cluster_status", s.word()).chars().count())
        .max()
        .unwrap_or(10);
    let lines: Vec<Line> = picker
        .shown
        .iter()
        .enumerate()
        .skip(offset)
        .take(visible)
        .map(|(position, &index)| {
            let cluster = &registry.clusters[index];
            let mark = if picker.marked.contains(&cluster.id) {
                "[x]"
            } else {
                "[ ]"
            };
            let status = lang.word("cluster_status", cluster.status.word());
            let mut text = format!(
                "{mark} {:<16} {:<status_width$} ",
                truncate(&safe(&cluster.id), 16),
                status
            );
            if sector_width > 0 {
                text.push_str(&format!(
                    "{:<sector_width$} ",
                    truncate(&safe(&cluster.sector), sector_width)
                ));
            }
            let room = width.saturating_sub(text.chars().count());
            text.push_str(&truncate(&safe(cluster.name_in(lang.code())), room));
            let style = if position == picker.highlighted {
                theme.selected
            } else {
                Style::new()
            };
            Line::from(Span::styled(format!("{text:<width$}"), style))
        })
        .collect();
    frame.render_widget(Paragraph::new(lines), area);
    DrawnList::items(area, offset, picker.shown.len())
}
