//! The Programme tab: the Kluster grant cluster by cluster, the annual plans' execution
//! per area against their target, and the semester outlook as a tally the room reads at
//! a glance (how many clusters expect better, the same or worse, and which).

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use crate::app::models::programme::{MoneyRow, OutlookRow, PlanRow, Tally};
use crate::app::state::App;
use crate::data::format::vocabulary::{OutlookWord, Unit, Vocabulary};
use crate::i18n::Lang;
use crate::words::programme_words::{SourceShown, budget_words};
use crate::words::status_marks::mark;
use crate::words::text::{padded, percent, safe, truncate, with_unit};
use crate::words::value_marks::{FirmnessShown, with_value_mark};

use super::section::{inner, section};
use super::theme::Theme;
use super::widgets::status_mark::style;

/// The width of each number column of the money table.
const CELL: usize = 11;

/// Draws the Programme tab.
pub fn draw_programme(frame: &mut Frame, area: Rect, app: &App, theme: &Theme) {
    let model = &app.models.programme;
    let lang = app.lang;
    if model.is_empty() {
        frame.render_widget(
            Paragraph::new(Span::styled(lang.t("programme.none"), theme.muted)),
            area,
        );
        return;
    }
    let plan_height = model.plan.len() as u16 + 1;
    let outlook_height = model.outlook.len() as u16 + 3;
    let [money_area, plan_area, outlook_area] = Layout::vertical([
        Constraint::Min(4),
        Constraint::Length(plan_height),
        Constraint::Length(outlook_height),
    ])
    .areas(area);
    let clusters = app
        .selection
        .describe(&app.dataset.registry, app.year, lang);
    let mut note = format!("· {clusters} · {}", app.year);
    // The combined row's sector shares have no base to weigh by.
    if shows_reach(money_area.width)
        && model
            .total
            .as_ref()
            .is_some_and(|t| t.sector_firms.is_some())
    {
        note = format!("{note} · {}", lang.t("programme.sector_plain"));
    }
    frame.render_widget(
        section(lang.t("programme.money"), note, money_area, theme),
        money_area,
    );
    frame.render_widget(
        Paragraph::new(money_lines(app, inner(money_area), theme)),
        inner(money_area),
    );
    frame.render_widget(
        section(
            lang.t("programme.plan"),
            format!("· {}", app.year),
            plan_area,
            theme,
        ),
        plan_area,
    );
    let plan: Vec<Line> = model
        .plan
        .iter()
        .map(|row| plan_line(row, lang, theme))
        .collect();
    frame.render_widget(Paragraph::new(plan), inner(plan_area));
    frame.render_widget(
        section(
            lang.t("programme.outlook"),
            lang.f("programme.outlook_note", &[("year", &app.year)]),
            outlook_area,
            theme,
        ),
        outlook_area,
    );
    let width = outlook_area.width as usize;
    let mut outlook: Vec<Line> = outlook_header(lang, width)
        .into_iter()
        .map(|head| Line::from(Span::styled(head, theme.muted)))
        .collect();
    outlook.extend(
        model
            .outlook
            .iter()
            .map(|row| outlook_line(row, lang, width)),
    );
    frame.render_widget(Paragraph::new(outlook), inner(outlook_area));
}

/// Whether the money table has room for the sector's shares, two more columns.
fn shows_reach(width: u16) -> bool {
    usize::from(width) >= 16 + CELL * 8
}

/// The money table: a header, the selection combined, then each cluster, as many as fit,
/// the last line saying how many more there are.
fn money_lines(app: &App, area: Rect, theme: &Theme) -> Vec<Line<'static>> {
    let lang = app.lang;
    let model = &app.models.programme;
    let reach = shows_reach(area.width);
    let label = usize::from(area.width) >= 16 + CELL * 9 + 3;
    let cells = 6 + if reach { 2 } else { 0 } + usize::from(label);
    let name_width = (area.width as usize)
        .saturating_sub(CELL * cells)
        .clamp(6, 16);
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
    let mut lines: Vec<Line> = model
        .budget
        .iter()
        .map(|budget| {
            let width = usize::from(area.width);
            // With its source where it fits; else without, which comes last.
            let [with_source, without] = [SourceShown::Host, SourceShown::Not]
                .map(|source| budget_words(budget, source, FirmnessShown::Mark, lang));
            let text = if with_source.chars().count() <= width {
                with_source
            } else {
                without
            };
            Line::from(truncate(&text, width))
        })
        .collect();
    lines.push(Line::from(Span::styled(header, theme.muted)));
    let rows: Vec<&MoneyRow> = model.total.iter().chain(&model.money).collect();
    let room = (area.height as usize).saturating_sub(lines.len());
    let shown = if rows.len() > room {
        room.saturating_sub(1)
    } else {
        rows.len()
    };
    for row in &rows[..shown] {
        let name = match &row.cluster_id {
            Some(id) => safe(id),
            None => lang.count("count.cluster", model.money.len()),
        };
        let style = if row.cluster_id.is_none() {
            theme.title
        } else {
            Default::default()
        };
        let mut text = money_text(row, &name, name_width, reach, lang);
        if label {
            let level = row.label.map_or("–".to_string(), |l| {
                format!("{} {}", lang.word("label", l.level.word()), l.year)
            });
            text.push_str(&format!(
                "{:>width$}",
                truncate(&level, CELL + 2),
                width = CELL + 3
            ));
        }
        lines.push(Line::from(Span::styled(text, style)));
    }
    if shown < rows.len() {
        let more = lang.f("programme.more", &[("n", &(rows.len() - shown))]);
        lines.push(Line::from(Span::styled(more, theme.muted)));
    }
    lines
}

/// One row of the money table.
fn money_text(row: &MoneyRow, name: &str, name_width: usize, reach: bool, lang: Lang) -> String {
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
        text.push_str(&cell(row.sector_firms.map(|s| {
            with_value_mark(&with_unit(lang, s, Unit::Pct), row.sector_firmness[0], lang)
        })));
        text.push_str(&cell(row.sector_jobs.map(|s| {
            with_value_mark(&with_unit(lang, s, Unit::Pct), row.sector_firmness[1], lang)
        })));
    }
    text
}

/// One area of the plan: done of planned, the rate, its status and target.
fn plan_line(row: &PlanRow, lang: Lang, theme: &Theme) -> Line<'static> {
    let count = |v: Option<f64>| v.map_or("–".to_string(), |v| with_unit(lang, v, Unit::Count));
    let mut spans = vec![Span::raw(format!(
        "{} {}",
        padded(lang.word("area_title", row.area.word()), 13),
        padded(
            &lang.f(
                "programme.done_of",
                &[("done", &count(row.done)), ("planned", &count(row.planned))],
            ),
            22
        )
    ))];
    spans.push(Span::raw(format!(
        "{:>6}  ",
        row.rate.map_or("–".to_string(), |r| percent(lang, r))
    )));
    if let Some(status) = row.status {
        spans.push(Span::styled(
            format!("{} {}", mark(status), status.words(lang)),
            style(status, theme),
        ));
    }
    if let Some(target) = row.target_rate {
        spans.push(Span::styled(
            format!(
                "  {}",
                lang.f("programme.target_rate", &[("rate", &percent(lang, target))])
            ),
            theme.muted,
        ));
    }
    Line::from(spans)
}

/// The width of each count of the outlook: room for the words where the screen has it.
fn tally_width(width: usize) -> usize {
    if width >= 100 { 9 } else { 7 }
}

/// The outlook's two heading rows: the two semesters over their three words each.
fn outlook_header(lang: Lang, width: usize) -> [String; 2] {
    let cell = tally_width(width);
    let word = |w: OutlookWord| {
        let text = truncate(lang.word("outlook", w.word()), cell - 1);
        format!("{text:>cell$}")
    };
    let words = [OutlookWord::Better, OutlookWord::Same, OutlookWord::Worse]
        .map(word)
        .concat();
    let group = cell * 3;
    let over = |key: &str| format!("{:^group$}", truncate(lang.t(key), group));
    if !shows_last_semester(width) {
        return [
            format!("{}{}  │", padded("", 20), over("programme.next_semester")),
            format!(
                "{}{words}  │ {}",
                padded("", 20),
                lang.t("programme.next_says")
            ),
        ];
    }
    [
        format!(
            "{}{}  │{}  │",
            padded("", 20),
            over("programme.last_semester"),
            over("programme.next_semester")
        ),
        format!(
            "{}{words}  │{words}  │ {}",
            padded("", 20),
            lang.t("programme.next_says")
        ),
    ]
}

/// Whether the outlook has room for the last semester beside the next one; on a
/// narrower screen the next semester and which clusters expect better or worse come
/// first (plain mode and review mode still give the last).
fn shows_last_semester(width: usize) -> bool {
    width >= 100
}

/// The counts of a tally in three columns of `cell` each.
fn tally_cells(tally: &Tally, cell: usize) -> String {
    if tally.answered() == 0 {
        return format!("{:>cell$}{:>cell$}{:>cell$}", "–", "–", "–");
    }
    format!(
        "{:>cell$}{:>cell$}{:>cell$}",
        tally.better.len(),
        tally.same.len(),
        tally.worse.len()
    )
}

/// One variable: the last semester's tally, the next one's, and which clusters expect
/// better or worse, as far as the line has room.
fn outlook_line(row: &OutlookRow, lang: Lang, width: usize) -> Line<'static> {
    let cell = tally_width(width);
    let mut text = padded(&truncate(&safe(&row.name), 19), 20);
    if shows_last_semester(width) {
        text.push_str(&format!("{}  │", tally_cells(&row.last, cell)));
    }
    text.push_str(&format!("{}  │ ", tally_cells(&row.next, cell)));
    let mut which = Vec::new();
    for (word, clusters) in [
        (OutlookWord::Better, &row.next.better),
        (OutlookWord::Worse, &row.next.worse),
    ] {
        if !clusters.is_empty() {
            let names: Vec<String> = clusters.iter().map(|c| safe(c)).collect();
            which.push(format!(
                "{}: {}",
                lang.word("outlook", word.word()),
                names.join(", ")
            ));
        }
    }
    text.push_str(&which.join(" · "));
    Line::from(truncate(&text, width))
}
