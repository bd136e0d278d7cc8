//! The UI layer: draws the app's state and never changes it, never touches polars.
//! One file per screen region, tab and overlay; widgets shared by tabs live in `widgets`.
//! See [`layout`] for the regions of the screen.

pub mod ascii_glyphs;
pub mod business_tab;
pub mod changes_view;
pub mod reporting_view;
pub mod cooperation_tab;
pub mod data_tab;
pub mod export;
pub mod footer;
pub mod header;
pub mod help_overlay;
pub mod layout;
pub mod loading_view;
pub mod overview_tab;
pub mod picker_popup;
pub mod problems_view;
pub mod review_view;
pub mod section;
pub mod tab_bar;
pub mod technology_tab;
pub mod theme;
pub mod widgets;

use ratatui::Frame;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::Span;
use ratatui::widgets::Paragraph;

use crate::app::action::Action;
use crate::app::state::{App, Overlay};
use crate::app::tab::Tab;

use layout::{MIN_HEIGHT, MIN_WIDTH, screen_layout, tab_spans};
use theme::Theme;

/// Draws the whole screen for the app's state, in ASCII when the theme asks for it.
pub fn draw(frame: &mut Frame, app: &App, theme: &Theme) {
    draw_screen(frame, app, theme);
    if theme.ascii {
        ascii_glyphs::to_ascii(frame.buffer_mut());
    }
}

fn draw_screen(frame: &mut Frame, app: &App, theme: &Theme) {
    let area = frame.area();
    if app.review_page.is_some() && area.width >= MIN_WIDTH && area.height >= MIN_HEIGHT {
        review_view::draw_review(frame, area, app, theme);
        if let Overlay::Picker(picker) = &app.overlay {
            picker_popup::draw_picker(frame, area, app, picker, theme);
        }
        return;
    }
    let Some(layout) = screen_layout(area) else {
        let message = app.lang.f(
            "screen.too_small",
            &[("width", &MIN_WIDTH), ("height", &MIN_HEIGHT)],
        );
        frame.render_widget(
            Paragraph::new(Span::styled(message, theme.title))
                .wrap(ratatui::widgets::Wrap { trim: true }),
            area,
        );
        return;
    };
    header::draw_header(frame, layout.header, app, theme);
    tab_bar::draw_tab_bar(frame, layout.tabs, app.tab, app.lang, theme);
    if let Some(loading) = &app.loading {
        loading_view::draw_loading(frame, layout.body, loading.progress, app.lang, theme);
        if app.overlay == Overlay::Help {
            help_overlay::draw_help(
                frame,
                layout.body,
                &app.key_map,
                app.help_scroll,
                app.lang,
                theme,
            );
        }
        footer::draw_footer(frame, layout.footer, app, theme);
        return;
    }
    match app.tab {
        Tab::Overview => overview_tab::draw_overview(frame, layout.body, app, theme),
        Tab::Cooperation => cooperation_tab::draw_cooperation(frame, layout.body, app, theme),
        Tab::Technology => technology_tab::draw_technology(frame, layout.body, app, theme),
        Tab::Business => business_tab::draw_business(frame, layout.body, app, theme),
        Tab::Data => data_tab::draw_data(frame, layout.body, app, theme),
    }
    match &app.overlay {
        Overlay::None => {}
        Overlay::Help => help_overlay::draw_help(
            frame,
            layout.body,
            &app.key_map,
            app.help_scroll,
            app.lang,
            theme,
        ),
        Overlay::Problems => problems_view::draw_problems(frame, layout.body, app, theme),
        Overlay::Changes => changes_view::draw_changes(frame, layout.body, app, theme),
        Overlay::Reporting => reporting_view::draw_reporting(frame, layout.body, app, theme),
        Overlay::Picker(picker) => {
            picker_popup::draw_picker(frame, layout.body, app, picker, theme)
        }
    }
    footer::draw_footer(frame, layout.footer, app, theme);
}

/// How many rows a page of the current list holds on a terminal of this size.
pub fn page_rows(area: Rect, app: &App) -> usize {
    let Some(layout) = screen_layout(area) else {
        return 1;
    };
    let rows = match (&app.overlay, app.tab) {
        (Overlay::Picker(_), _) => picker_popup::list_area(layout.body).height as usize,
        (Overlay::Problems | Overlay::Changes | Overlay::Reporting | Overlay::Help, _) => {
            // Inside the popup's border, as each of these views draws.
            layout::centred(layout.body, 96, 96)
                .height
                .saturating_sub(2) as usize
        }
        (_, Tab::Data) => data_tab::visible_rows(layout.body),
        (_, Tab::Technology) => {
            let goals = app.views.technology.goals.len();
            // Less the section's rule and the table's header, as drawn.
            technology_tab::goals_area(layout.body, goals)
                .height
                .saturating_sub(2) as usize
        }
        _ => overview_tab::visible_rows(layout.body, app),
    };
    rows.max(1)
}

/// The action of a mouse click at (`column`, `row`) on a terminal of this size, if any:
/// a tab title shows the tab, a list row is highlighted.
pub fn click_action(area: Rect, app: &App, column: u16, row: u16) -> Option<Action> {
    if app.review_page.is_some() {
        return None;
    }
    let layout = screen_layout(area)?;
    if row == layout.tabs.y {
        return tab_spans(layout.tabs, app.lang)
            .into_iter()
            .find(|(_, start, end)| column >= *start && column < *end)
            .map(|(tab, _, _)| Action::ShowTab(tab));
    }
    let row_in = |first_y: u16, visible: usize, highlighted: usize, len: usize| {
        if row < first_y || row >= first_y + visible as u16 {
            return None;
        }
        let offset = layout::scroll_offset(highlighted, visible, len);
        let index = offset + (row - first_y) as usize;
        (index < len).then_some(Action::HighlightRow(index))
    };
    match (&app.overlay, app.tab) {
        (Overlay::Picker(picker), _) => {
            let list = picker_popup::list_area(layout.body);
            if column < list.x || column >= list.right() {
                return None;
            }
            row_in(
                list.y,
                list.height as usize,
                picker.highlighted,
                picker.shown.len(),
            )
        }
        (Overlay::None, Tab::Overview) => row_in(
            overview_tab::first_row_y(layout.body),
            overview_tab::visible_rows(layout.body, app),
            app.scorecard_highlight,
            app.scorecard_order.len(),
        ),
        (Overlay::None, Tab::Data) => row_in(
            data_tab::first_row_y(layout.body),
            data_tab::visible_rows(layout.body),
            app.data.highlighted,
            app.data.visible.len(),
        ),
        (Overlay::None, Tab::Technology) => {
            let goals = technology_tab::goals_area(layout.body, app.views.technology.goals.len());
            let visible = goals.height.saturating_sub(2) as usize;
            row_in(
                goals.y + 2,
                visible,
                app.goal_highlight,
                app.views.technology.goals.len(),
            )
        }
        _ => None,
    }
}

/// The text of a buffer, one line per row, trailing spaces kept: for snapshots and
/// text screenshots.
pub fn buffer_text(buffer: &Buffer) -> String {
    let area = buffer.area;
    let mut out = String::new();
    for y in area.top()..area.bottom() {
        let mut skip = 0;
        for x in area.left()..area.right() {
            if skip > 0 {
                skip -= 1;
                continue;
            }
            let symbol = buffer[(x, y)].symbol();
            skip = unicode_width::UnicodeWidthStr::width(symbol).saturating_sub(1);
            out.push_str(symbol);
        }
        out.push('\n');
    }
    out
}
