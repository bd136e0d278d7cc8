//! The Programme tab: the Kluster grant cluster by cluster, the annual plans' execution
//! per area against their target, and the semester outlook as a tally the room reads at
//! a glance (how many clusters expect better, the same or worse, and which).

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use unicode_width::UnicodeWidthStr;

use crate::app::models::programme::{OutlookRow, PlanRow, Tally};
use crate::app::state::App;
use crate::data::format::vocabulary::{OutlookWord, Unit, Vocabulary};
use crate::i18n::Lang;
use crate::words::status_marks::mark;
use crate::words::text::{padded, percent, safe, truncate, with_unit};

use super::programme_money::{draw_money, shows_reach};
use super::screen_map::DrawnList;
use super::section::{inner, section, with_legend};
use super::theme::Theme;
use super::widgets::status_mark::style;

/// Draws the Programme tab; returns the money table's cluster rows as drawn.
pub fn draw_programme(
    frame: &mut Frame,
    area: Rect,
    app: &App,
    theme: &Theme,
) -> Option<DrawnList> {
    let model = &app.models.programme;
    let lang = app.lang;
    if model.is_empty() {
        frame.render_widget(
            Paragraph::new(Span::styled(lang.t("programme.none"), theme.muted)),
            area,
        );
        return None;
    }
    let plan_height = model.plan.len() as u16 + 1;
    let outlook_height = model.outlook.len() as u16 + 3;
    let [money_area, plan_area, outlook_area] = Layout::vertical([
        Constraint::Min(4),
        Constraint::Length(plan_height),
        Constraint::Length(outlook_height),
    ])
    .areas(area);
    let note = money_note(app, money_area.width);
    frame.render_widget(
        section(lang.t("programme.money"), note, money_area, theme),
        money_area,
    );
    let money = draw_money(frame, inner(money_area), app, theme);
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
    Some(money)
}

/// The money section's note: the clusters and year, that the combined sector shares are
/// plain means (where shown), and the legend of the marks the table carries.
fn money_note(app: &App, width: u16) -> String {
    let (model, lang) = (&app.models.programme, app.lang);
    let clusters = app
        .selection
        .describe(&app.dataset.registry, app.year, lang);
    let mut note = format!("· {clusters} · {}", app.year);
    // The combined row's sector shares have no base to weigh by.
    if shows_reach(width)
        && model
            .total
            .as_ref()
            .is_some_and(|t| t.sector_firms.is_some())
    {
        note = format!("{note} · {}", lang.t("programme.sector_plain"));
    }
    // The marks the table may carry: the grant's, the sector shares' and the label's.
    let shown = model.total.iter().chain(&model.money).flat_map(|row| {
        [row.firmness, row.label.and_then(|l| l.status)]
            .into_iter()
            .chain(row.sector_firmness)
            .flatten()
    });
    with_legend(note, shown, lang)
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
    // Each group that has clusters: its head ("better: ") and the names.
    let groups: Vec<(String, Vec<String>)> = [
        (OutlookWord::Better, &row.next.better),
        (OutlookWord::Worse, &row.next.worse),
    ]
    .into_iter()
    .filter(|(_, clusters)| !clusters.is_empty())
    .map(|(word, clusters)| {
        let head = format!("{}: ", lang.word("outlook", word.word()));
        (head, clusters.iter().map(|c| safe(c)).collect())
    })
    .collect();
    // The room left, shared by the groups: each names the clusters that fit whole and
    // counts the rest ("+16"), so no name is ever cut.
    let room = width.saturating_sub(text.width() + 3 * groups.len().saturating_sub(1));
    let shares = shares_of(&groups, room);
    let which: Vec<String> = groups
        .iter()
        .zip(shares)
        .map(|((head, names), share)| {
            format!(
                "{head}{}",
                names_within(names, share.saturating_sub(head.width()))
            )
        })
        .collect();
    text.push_str(&which.join(" · "));
    Line::from(truncate(&text, width))
}

/// The columns each group of names gets of `room`: first enough for its head and first
/// name (and the count of the rest), when all groups can have that, then the rest of the
/// room evenly to those that need more, so that no group shows only a count while
/// another has names to spare.
fn shares_of(groups: &[(String, Vec<String>)], room: usize) -> Vec<usize> {
    let needs: Vec<usize> = groups
        .iter()
        .map(|(head, names)| head.width() + names.join(", ").width())
        .collect();
    let least: Vec<usize> = groups
        .iter()
        .map(|(head, names)| {
            let first = names.first().map_or(0, |name| name.width());
            let more = match names.len() {
                0 | 1 => 0,
                n => format!(" +{}", n - 1).width(),
            };
            head.width() + first + more
        })
        .collect();
    let mut shares: Vec<usize> = if least.iter().sum::<usize>() <= room {
        least
    } else {
        vec![room / groups.len().max(1); groups.len()]
    };
    // The rest shared evenly, then what one group leaves to the others.
    let mut left = room.saturating_sub(shares.iter().sum());
    let even = left / groups.len().max(1);
    for limit in [even, usize::MAX] {
        for (share, need) in shares.iter_mut().zip(&needs) {
            let more = need.saturating_sub(*share).min(left).min(limit);
            *share += more;
            left -= more;
        }
    }
    shares
}

/// "AFM, MLC, PAPEL +5": the names that fit whole in `room` columns, then how many
/// more there are.
fn names_within(names: &[String], room: usize) -> String {
    let all = names.join(", ");
    if all.width() <= room {
        return all;
    }
    let mut shown = String::new();
    for (i, name) in names.iter().enumerate() {
        let more = format!(" +{}", names.len() - i - 1);
        let next = if shown.is_empty() {
            name.clone()
        } else {
            format!("{shown}, {name}")
        };
        if next.width() + more.width() > room {
            return format!("{shown} +{}", names.len() - i)
                .trim_start()
                .to_string();
        }
        shown = next;
    }
    shown
}

#[cfg(test)]
mod tests {
    use super::*;

    fn group(head: &str, names: &[&str]) -> (String, Vec<String>) {
        (
            head.to_string(),
            names.iter().map(|n| n.to_string()).collect(),
        )
    }

    #[test]
    fn each_group_names_a_cluster_before_another_takes_the_rest_of_the_room() {
        let groups = [
            group("better: ", &["SIDEREX", "ACICAE"]),
            group(
                "worse: ",
                &["MLC", "GAIA", "AFM", "PAPEL", "HEGAN", "ACLIMA"],
            ),
        ];
        let shown = |room| -> Vec<String> {
            groups
                .iter()
                .zip(shares_of(&groups, room))
                .map(|((head, names), share)| names_within(names, share - head.width()))
                .collect()
        };
        // Room for each group's first name only: both have theirs (halves would leave
        // "better: +2").
        assert_eq!(shown(31), ["SIDEREX +1", "MLC +5"]);
        // More room: better has all it needs, worse the rest.
        assert_eq!(shares_of(&groups, 44), [23, 21]);
        assert_eq!(shown(44), ["SIDEREX, ACICAE", "MLC, GAIA +4"]);
        // With room for everything, everything is named.
        let wide = shares_of(&groups, 200);
        assert_eq!(wide, [8 + 15, 7 + 36]);
    }
}
