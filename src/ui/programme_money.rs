//! The Programme tab's money table: the budget line, a header, the selection combined,
//! then each cluster, the highlighted one in reverse (↑/↓ move it, the rows scroll).
//! Where columns or rows do not fit, a last line names the highlighted cluster's place
//! in the list and says what its hidden columns (the sector's shares, the label) hold.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use unicode_width::UnicodeWidthStr;

use crate::app::models::programme::MoneyRow;
use crate::app::state::App;
use crate::data::format::vocabulary::Unit;
use crate::i18n::Lang;
use crate::words::programme_words::{
    SourceShown, budget_words, label_cell, label_words, sector_words, sector_words_in,
};
use crate::words::text::{padded, percent, safe, truncate, with_unit, wrap};
use crate::words::value_marks::{FirmnessShown, with_value_mark};

use super::layout::scroll_offset;
use super::screen_map::DrawnList;
use super::theme::Theme;

/// The width of each number column of the money table.
const CELL: usize = 11;

/// Whether the money table has room for the sector's shares, two more columns.
pub fn shows_reach(width: u16) -> bool {
    usize::from(width) >= 16 + CELL * 8
}

/// Whether it has room for the label too.
fn shows_label(width: u16) -> bool {
    usize::from(width) >= 16 + CELL * 9 + 3
}

/// Draws the money table into `area`; returns its cluster rows as drawn, for paging
/// and clicks.
pub fn draw_money(frame: &mut Frame, area: Rect, app: &App, theme: &Theme) -> DrawnList {
    let lang = app.lang;
    let model = &app.models.programme;
    let (reach, label) = (shows_reach(area.width), shows_label(area.width));
    let name_width = name_width(area.width, reach, label);
    let mut lines = budget_lines(app, area.width);
    lines.push(Line::from(Span::styled(
        header(lang, name_width, reach, label),
        theme.muted,
    )));
    if let Some(total) = &model.total {
        let name = lang.count("count.cluster", model.money.len());
        let text = row_text(total, &name, name_width, (reach, label), lang);
        lines.push(Line::from(Span::styled(text, theme.title)));
    }
    let len = model.money.len();
    let highlighted = app.programme.highlighted.min(len.saturating_sub(1));
    let room = usize::from(area.height).saturating_sub(lines.len());
    // A last line for the highlighted cluster, when a column or a row is hidden.
    let hides = !label || len > room;
    let visible = room.saturating_sub(usize::from(hides && len > 0)).min(len);
    let offset = scroll_offset(highlighted, visible, len);
    let rows = Rect {
        y: area.y + lines.len() as u16,
        height: visible as u16,
        ..area
    };
    for (i, row) in model.money.iter().enumerate().skip(offset).take(visible) {
        let name = row.cluster_id.as_deref().map(safe).unwrap_or_default();
        let text = row_text(row, &name, name_width, (reach, label), lang);
        let style = if i == highlighted {
            theme.selected
        } else {
            Default::default()
        };
        lines.push(Line::from(Span::styled(text, style)));
    }
    if hides && let Some(row) = model.money.get(highlighted) {
        let width = usize::from(area.width);
        let place = (len > visible).then_some((highlighted, len));
        let [long, short] =
            [false, true].map(|short| highlighted_words(row, place, !label, short, lang));
        // Over the spare rows where they are, else in fewer words on one.
        let spare = room.saturating_sub(visible).max(1);
        let wrapped = wrap(&long, width);
        let said = if wrapped.len() <= spare && wrapped.iter().all(|l| l.width() <= width) {
            wrapped
        } else {
            vec![truncate(&short, width)]
        };
        lines.extend(
            said.into_iter()
                .map(|text| Line::from(Span::styled(text, theme.muted))),
        );
    }
    frame.render_widget(Paragraph::new(lines), area);
    DrawnList::items(rows, offset, len)
}

/// The width of the name column, with the columns that fit.
fn name_width(width: u16, reach: bool, label: bool) -> usize {
    let cells = 6 + if reach { 2 } else { 0 } + usize::from(label);
    usize::from(width).saturating_sub(CELL * cells).clamp(6, 16)
}

/// The programme's budget of the year, with its source where it fits.
fn budget_lines(app: &App, width: u16) -> Vec<Line<'static>> {
    let width = usize::from(width);
    app.models
        .programme
        .budget
        .iter()
        .map(|budget| {
            // With its source where it fits; else without, which comes last.
            let [with_source, without] = [SourceShown::Host, SourceShown::Not]
                .map(|source| budget_words(budget, source, FirmnessShown::Mark, app.lang));
            let text = if with_source.chars().count() <= width {
                with_source
            } else {
                without
            };
            Line::from(truncate(&text, width))
        })
        .collect()
}

/// The header of the columns that fit.
fn header(lang: Lang, name_width: usize, reach: bool, label: bool) -> String {
    let mut header = padded(lang.t("programme.cluster"), name_width);
    let mut keys = vec![
        "programme.awarded",
        "programme.justified",
        "programme.cofunding",
        "programme.cap_used",
        "programme.per_project",
        "programme.per_member",
    ];
    if reach {
        keys.extend(["programme.sector_firms", "programme.sector_jobs"]);
    }
    for key in keys {
        header.push_str(&format!("{:>CELL$}", truncate(lang.t(key), CELL - 1)));
    }
    if label {
        let head = truncate(lang.t("programme.label"), CELL + 2);
        header.push_str(&format!("{head:>width$}", width = CELL + 3));
    }
    header
}

/// One row of the money table, with the columns that fit.
fn row_text(
    row: &MoneyRow,
    name: &str,
    name_width: usize,
    (reach, label): (bool, bool),
    lang: Lang,
) -> String {
    let cell = |text: Option<String>| format!("{:>CELL$}", text.unwrap_or_else(|| "–".to_string()));
    let mut text = padded(&truncate(name, name_width), name_width);
    let awarded = row
        .awarded
        .map(|a| with_value_mark(&with_unit(lang, a, Unit::EurK), row.firmness, lang));
    text.push_str(&cell(awarded));
    text.push_str(&cell(row.justified.map(|j| percent(lang, j))));
    text.push_str(&cell(row.cofunding.map(|c| with_unit(lang, c, Unit::Pct))));
    text.push_str(&cell(row.cap_used.map(|c| percent(lang, c))));
    text.push_str(&cell(
        row.per_project.map(|p| with_unit(lang, p, Unit::EurK)),
    ));
    text.push_str(&cell(
        row.per_member.map(|p| with_unit(lang, p, Unit::EurK)),
    ));
    if reach {
        for (share, firmness) in [
            (row.sector_firms, row.sector_firmness[0]),
            (row.sector_jobs, row.sector_firmness[1]),
        ] {
            text.push_str(&cell(share.map(|s| {
                with_value_mark(&with_unit(lang, s, Unit::Pct), firmness, lang)
            })));
        }
    }
    if label {
        let level = label_cell(row.label, lang);
        text.push_str(&format!(
            "{:>width$}",
            truncate(&level, CELL + 2),
            width = CELL + 3
        ));
    }
    text
}

/// "3 of 17 · ACLIMA: 72.8% i of the sector's firms, 93.8% i of its jobs · Label none
/// (2016)": the highlighted cluster's place when rows are hidden and, when its columns
/// are, what they hold (`short`: in fewer words).
fn highlighted_words(
    row: &MoneyRow,
    place: Option<(usize, usize)>,
    columns_hidden: bool,
    short: bool,
    lang: Lang,
) -> String {
    let name = row.cluster_id.as_deref().map(safe).unwrap_or_default();
    let place = match place {
        Some((index, len)) => {
            let place = lang.f("programme.row_of", &[("row", &(index + 1)), ("rows", &len)]);
            if !columns_hidden {
                return place;
            }
            format!("{place} · {name}")
        }
        None => name,
    };
    let (sector, label) = if short {
        let sector = sector_words_in("programme.sector_short", row, lang);
        let label = row.label.map(|l| {
            format!(
                "{}: {}",
                lang.t("programme.label"),
                label_cell(Some(l), lang)
            )
        });
        (sector, label)
    } else {
        (sector_words(row, lang), label_words(row, lang))
    };
    let parts: Vec<String> = [sector, label].into_iter().flatten().collect();
    if parts.is_empty() {
        return place;
    }
    format!("{place}: {}", parts.join(" · "))
}
