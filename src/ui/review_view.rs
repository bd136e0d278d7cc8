//! Review mode: no chrome but a one-line header with the filter and year; one cluster
//! per page with its size and the share of each area's targets met in large numbers,
//! with status marks, and its pyramid of cooperation.
//!
//! ```text
//! ┌ header: review · filter · year · page i of n ┐
//! │ cluster name · status                        │
//! │ [size] [cooperation] [technology] [business] │  big numbers and marks
//! │ pyramid of cooperation                       │
//! └──────────────────────────────────────────────┘
//! ```

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use crate::app::state::App;
use crate::app::view_models::catalogue_roles::size_indicator;
use crate::app::view_models::scorecard::{JUDGED_AREAS, TargetsMet};
use crate::data::vocabulary::{Unit, Vocabulary};

use super::section::{inner, section};
use super::text::{number, safe, truncate, whole_percent};
use super::theme::Theme;
use super::widgets::big_text::{BIG_HEIGHT, draw_big};
use super::widgets::pyramid::PyramidWidget;
use super::widgets::status_mark::{mark, style};

/// Draws review mode over the whole screen.
pub fn draw_review(frame: &mut Frame, area: Rect, app: &App, theme: &Theme) {
    let [header, title, tiles, rest] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(2),
        Constraint::Length(BIG_HEIGHT + 3),
        Constraint::Min(0),
    ])
    .areas(area);
    let pages = app.views.review.len();
    let page = app.review_page.unwrap_or(0).min(pages.saturating_sub(1));
    let lang = app.lang;
    let filter = app.selection.describe(&app.dataset.registry, lang);
    let header_text = format!(
        " clusterdash {} │ {filter} │ {} │ {} │ {}",
        lang.t("review.title"),
        app.year,
        lang.f(
            "review.page",
            &[
                ("page", &if pages == 0 { 0 } else { page + 1 }),
                ("pages", &pages)
            ],
        ),
        lang.t("review.keys")
    );
    frame.render_widget(
        Paragraph::new(Span::styled(
            truncate(&header_text, area.width as usize),
            theme.header,
        )),
        header,
    );
    let Some(review) = app.views.review.get(page) else {
        frame.render_widget(
            Paragraph::new(Span::styled(
                format!(" {}", lang.t("scorecard.no_clusters")),
                theme.muted,
            )),
            title,
        );
        return;
    };
    let row = &review.row;
    let status = lang.word("cluster_status", row.status.word());
    frame.render_widget(
        Paragraph::new(Line::from(vec![
            Span::styled(format!(" {} ", safe(&row.name)), theme.title),
            Span::styled(
                format!("· {} · {status}", safe(&row.cluster_id)),
                theme.muted,
            ),
        ])),
        title,
    );

    let tile_areas = Layout::horizontal([Constraint::Ratio(1, 4); 4]).split(tiles);
    let size_name = size_indicator(&app.dataset.catalogue)
        .map_or(lang.t("scorecard.size").to_string(), |i| {
            safe(i.name_in(lang.code()))
        });
    draw_tile(
        frame,
        tile_areas[0],
        &size_name,
        &row.size
            .map_or("–".to_string(), |v| number(lang, v, Unit::Count)),
        Span::raw(""),
        theme,
    );
    for (i, area_word) in JUDGED_AREAS.iter().enumerate() {
        let met: TargetsMet = row.areas[i];
        let (big, caption) = match met.share() {
            Some(share) => {
                let status = met.status().expect("a share has a status");
                (
                    // The big digits have no no-break space: a plain one takes its place.
                    lang.percent_of(&whole_percent(share).to_string())
                        .replace('\u{a0}', " "),
                    Span::styled(
                        format!(
                            "{} {} {}",
                            mark(status),
                            status.words(lang),
                            lang.f("review.met", &[("met", &met.met), ("judged", &met.judged)],)
                        ),
                        style(status, theme),
                    ),
                )
            }
            None => (
                "–".to_string(),
                Span::styled(lang.t("review.no_targets"), theme.muted),
            ),
        };
        let label = lang.word("area_title", area_word.word());
        draw_tile(frame, tile_areas[i + 1], label, &big, caption, theme);
    }

    frame.render_widget(
        section(
            lang.t("cooperation.pyramid"),
            format!("· {}", app.year),
            rest,
            theme,
        ),
        rest,
    );
    frame.render_widget(
        PyramidWidget {
            model: &review.pyramid,
            lang,
            theme,
        },
        inner(rest),
    );
}

/// One tile: a label, a big number and a caption.
fn draw_tile(frame: &mut Frame, area: Rect, label: &str, big: &str, caption: Span, theme: &Theme) {
    let [label_area, number_area, caption_area] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(BIG_HEIGHT + 1),
        Constraint::Length(1),
    ])
    .areas(area.inner(ratatui::layout::Margin {
        horizontal: 1,
        vertical: 0,
    }));
    frame.render_widget(
        Paragraph::new(Span::styled(
            truncate(label, label_area.width as usize),
            theme.title,
        )),
        label_area,
    );
    let number_style = caption.style.patch(theme.title);
    draw_big(frame.buffer_mut(), number_area, big, number_style);
    let caption_text = truncate(&caption.content, caption_area.width as usize);
    frame.render_widget(
        Paragraph::new(Span::styled(caption_text, caption.style)),
        caption_area,
    );
}
