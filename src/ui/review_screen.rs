//! Review mode: no chrome but a one-line header with the filter and year; one cluster
//! per page with its size and the share of each area's targets met in large numbers,
//! with status marks, and its pyramid of cooperation.
//!
//! ```text
//! ┌ header: review · filter · year · page i of n ┐
//! │ cluster name · status                        │
//! │ [size] [cooperation] [technology] [business] │  big numbers and marks
//! │ pyramid of cooperation                       │
//! │ programme: grant, plan, next semester        │
//! └──────────────────────────────────────────────┘
//! ```

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use unicode_width::UnicodeWidthStr;

use crate::app::models::catalogue_roles::size_indicator;
use crate::app::models::programme::ProgrammeModel;
use crate::app::models::scorecard::{JUDGED_AREAS, ScorecardRow, TargetsMet};
use crate::app::state::App;
use crate::data::format::vocabulary::{Unit, ValueStatus, Vocabulary};
use crate::i18n::Lang;

use super::programme_strip::programme_strip;
use super::section::{fit_title, inner, section, with_legend};
use super::theme::Theme;
use super::widgets::big_text::{BIG_HEIGHT, draw_big};
use super::widgets::pyramid::PyramidWidget;
use super::widgets::status_mark::style;
use crate::words::status_marks::mark;
use crate::words::text::{number, safe, truncate, whole_percent};
use crate::words::value_marks::value_mark;

/// Draws review mode over the whole screen.
pub fn draw_review(frame: &mut Frame, area: Rect, app: &App, theme: &Theme) {
    let [header, title, tiles, rest] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(2),
        Constraint::Length(BIG_HEIGHT + 3),
        Constraint::Min(0),
    ])
    .areas(area);
    let lang = app.lang;
    let page = draw_review_header(frame, header, title, area.width, app, theme);
    let Some(review) = app.models.review.get(page) else {
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
    let (name, note) = fit_title(
        &safe(&row.name),
        &with_legend(
            format!("· {} · {status}", safe(&row.cluster_id)),
            row.area_firmness
                .iter()
                .chain([&row.size_firmness])
                .filter_map(|s| *s),
            lang,
        ),
        title.width.into(),
    );
    frame.render_widget(
        Paragraph::new(Line::from(vec![
            Span::styled(format!(" {name} "), theme.title),
            Span::styled(note, theme.muted),
        ])),
        title,
    );
    draw_review_tiles(frame, tiles, app, row, theme);
    let rest = draw_programme_strip(frame, rest, app, &review.programme, theme);
    frame.render_widget(
        section(
            lang.t("cooperation.pyramid"),
            with_legend(
                format!("· {}", app.year),
                review.pyramid.levels.iter().filter_map(|l| l.firmness),
                lang,
            ),
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

/// The cluster's programme in a few lines at the foot of `area`, when it has any of the
/// programme's instruments; gives the area left above it.
fn draw_programme_strip(
    frame: &mut Frame,
    area: Rect,
    app: &App,
    programme: &ProgrammeModel,
    theme: &Theme,
) -> Rect {
    let strip = programme_strip(programme, area.width, app.lang, theme);
    if strip.is_empty() {
        return area;
    }
    let [rest, foot] = Layout::vertical([
        Constraint::Min(0),
        Constraint::Length(strip.len() as u16 + 1),
    ])
    .areas(area);
    let title = section(
        app.lang.t("tab.programme"),
        format!("· {}", app.year),
        foot,
        theme,
    );
    frame.render_widget(title, foot);
    frame.render_widget(Paragraph::new(strip), inner(foot));
    rest
}

/// The review's header line (the keys under it, at the right of the title line, when
/// they do not fit); gives the page shown.
fn draw_review_header(
    frame: &mut Frame,
    header: Rect,
    title: Rect,
    area_width: u16,
    app: &App,
    theme: &Theme,
) -> usize {
    let pages = app.models.review.len();
    let page = app.review_page.unwrap_or(0).min(pages.saturating_sub(1));
    let lang = app.lang;
    let filter = app
        .selection
        .describe(&app.dataset.registry, app.year, lang);
    let facts = format!(
        "{} │ {filter} │ {} │ {}",
        lang.t("review.title"),
        app.year,
        lang.f(
            "review.page",
            &[
                ("page", &if pages == 0 { 0 } else { page + 1 }),
                ("pages", &pages)
            ],
        ),
    );
    let keys = lang.t("review.keys");
    // The keys stay whole: the program's name gives way first, then the keys move to the
    // blank line under the cluster's name, at its right.
    let width = area_width as usize;
    let (header_text, keys_below) = [
        format!(" clusterdash {facts} │ {keys}"),
        format!(" {facts} │ {keys}"),
    ]
    .into_iter()
    .find(|text| text.width() <= width)
    .map_or((format!(" {facts}"), true), |text| (text, false));
    frame.render_widget(
        Paragraph::new(Span::styled(truncate(&header_text, width), theme.header)),
        header,
    );
    if keys_below && title.height > 1 {
        let line = Rect {
            y: title.y + 1,
            height: 1,
            ..title
        };
        frame.render_widget(
            Paragraph::new(
                Line::from(Span::styled(format!("{keys} "), theme.muted)).right_aligned(),
            ),
            line,
        );
    }
    page
}

/// The four tiles: the cluster's size and its share of targets met in each area.
fn draw_review_tiles(frame: &mut Frame, tiles: Rect, app: &App, row: &ScorecardRow, theme: &Theme) {
    let lang = app.lang;
    let tile_areas = Layout::horizontal([Constraint::Ratio(1, 4); 4]).split(tiles);
    let size_name = size_indicator(&app.dataset.catalogue)
        .map_or(lang.t("scorecard.size").to_string(), |i| {
            safe(i.name_in(lang.code()))
        });
    // A size name too long for the tile's label says "Size" there and names the
    // indicator under the number instead, in up to two lines of whole words.
    let label_width = tile_areas[0].width.saturating_sub(2) as usize;
    let full_label = marked_label(&size_name, row.size_firmness, lang);
    let (size_label, size_caption) = if full_label.width() <= label_width {
        (full_label, Vec::new())
    } else {
        (
            marked_label(lang.t("scorecard.size"), row.size_firmness, lang),
            words_in_two(&size_name, label_width),
        )
    };
    draw_tile(
        frame,
        tile_areas[0],
        &size_label,
        &row.size
            .map_or("–".to_string(), |v| number(lang, v, Unit::Count)),
        (&size_caption, theme.muted),
        theme,
    );
    for (i, area_word) in JUDGED_AREAS.iter().enumerate() {
        let met: TargetsMet = row.areas[i];
        let (big, caption, caption_style) = match met.share() {
            Some(share) => {
                let status = met.status().expect("a share has a status");
                (
                    // The big digits have no no-break space: a plain one takes its place.
                    lang.percent_of(&whole_percent(share).to_string())
                        .replace('\u{a0}', " "),
                    vec![
                        format!("{} {}", mark(status), status.words(lang)),
                        lang.f("review.met", &[("met", &met.met), ("judged", &met.judged)]),
                    ],
                    style(status, theme),
                )
            }
            None => (
                "–".to_string(),
                vec![lang.t("review.no_targets").to_string()],
                theme.muted,
            ),
        };
        let label = lang.word("area_title", area_word.word());
        draw_tile(
            frame,
            tile_areas[i + 1],
            &marked_label(label, row.area_firmness[i], lang),
            &big,
            (&caption, caption_style),
            theme,
        );
    }
}

/// A tile's label with the mark of how firm its figure is ("Cooperation · i").
fn marked_label(label: &str, firmness: Option<ValueStatus>, lang: Lang) -> String {
    match value_mark(firmness, lang) {
        "" => label.to_string(),
        mark => format!("{label} · {mark}"),
    }
}

/// `text` as two parts split between words, the first as long as fits `width`.
fn words_in_two(text: &str, width: usize) -> Vec<String> {
    let words: Vec<&str> = text.split(' ').collect();
    let fitting = (1..words.len())
        .rev()
        .find(|&n| words[..n].join(" ").width() <= width)
        .unwrap_or(1)
        .min(words.len());
    let (first, rest) = words.split_at(fitting);
    [first.join(" "), rest.join(" ")]
        .into_iter()
        .filter(|part| !part.is_empty())
        .collect()
}

/// One tile: a label, a big number and a caption in parts with their style. The parts
/// share one line where they fit; where they do not, the first takes the blank line under
/// the number, so that no part is cut.
fn draw_tile(
    frame: &mut Frame,
    area: Rect,
    label: &str,
    big: &str,
    (caption, caption_style): (&[String], Style),
    theme: &Theme,
) {
    let [label_area, number_area, gap_area, caption_area] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(BIG_HEIGHT),
        Constraint::Length(1),
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
    let number_style = caption_style.patch(theme.title);
    draw_big(frame.buffer_mut(), number_area, big, number_style);
    let width = caption_area.width as usize;
    let one_line = caption.join(" ");
    let lines: Vec<(String, Rect)> = match caption {
        [first, rest @ ..] if one_line.width() > width && !rest.is_empty() => {
            vec![(first.clone(), gap_area), (rest.join(" "), caption_area)]
        }
        _ => vec![(one_line, caption_area)],
    };
    for (text, line_area) in lines {
        frame.render_widget(
            Paragraph::new(Span::styled(truncate(&text, width), caption_style)),
            line_area,
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_long_name_splits_between_words() {
        assert_eq!(
            words_in_two("Member organisations", 17),
            ["Member", "organisations"]
        );
        assert_eq!(
            words_in_two("Erakunde bazkide aktiboak", 17),
            ["Erakunde bazkide", "aktiboak"]
        );
        assert_eq!(words_in_two("Members", 3), ["Members"]);
        assert!(words_in_two("", 5).is_empty());
    }
}
