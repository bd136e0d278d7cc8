//! The UI layer: draws the app's state and never changes it, never touches polars.
//! One file per screen region, tab and overlay; widgets shared by tabs live in `widgets`.
//! See [`layout`] for the regions of the screen.

pub mod ascii_glyphs;
pub mod business_tab;
pub mod changes_popup;
pub mod compare_tab;
pub mod cooperation_tab;
pub mod data_tab;
pub mod export;
pub mod footer;
pub mod header;
pub mod help_popup;
pub mod layout;
pub mod loading_screen;
pub mod overview_tab;
pub mod picker_popup;
pub mod popup_frame;
pub mod problems_popup;
pub mod programme_money;
pub mod programme_strip;
pub mod programme_tab;
pub mod reporting_popup;
pub mod review_screen;
pub mod screen_map;
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

use crate::app::state::{App, Overlay};
use crate::app::tab::Tab;

use layout::{MIN_HEIGHT, MIN_WIDTH, screen_layout, tab_spans};
use screen_map::{DrawnList, DrawnTabs, ScreenMap};
use theme::Theme;

/// Draws the whole screen for the app's state, in ASCII when the theme asks for it;
/// returns where it drew what input acts on.
pub fn draw(frame: &mut Frame, app: &App, theme: &Theme) -> ScreenMap {
    let map = draw_screen(frame, app, theme);
    if theme.ascii {
        ascii_glyphs::to_ascii(frame.buffer_mut());
    }
    map
}

fn draw_screen(frame: &mut Frame, app: &App, theme: &Theme) -> ScreenMap {
    let area = frame.area();
    if app.review_page.is_some() && area.width >= MIN_WIDTH && area.height >= MIN_HEIGHT {
        review_screen::draw_review(frame, area, app, theme);
        let list = match &app.overlay {
            Overlay::Picker(picker) => {
                Some(picker_popup::draw_picker(frame, area, app, picker, theme))
            }
            _ => None,
        };
        // Review mode has no tab bar and no row to click, only the picker's.
        return ScreenMap { tabs: None, list };
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
        return ScreenMap::default();
    };
    header::draw_header(frame, layout.header, app, theme);
    tab_bar::draw_tab_bar(frame, layout.tabs, app.tab, app.lang, theme);
    let tabs = Some(DrawnTabs {
        row: layout.tabs.y,
        titles: tab_spans(layout.tabs, app.tab, app.lang),
    });
    if let Some(loading) = app.loading() {
        loading_screen::draw_loading(frame, layout.body, loading.progress, app.lang, theme);
        let help = (app.overlay == Overlay::Help).then(|| {
            let lines = help_popup::draw_help(
                frame,
                layout.body,
                app.key_map(),
                app.scrolls.help,
                app.lang,
                theme,
            );
            DrawnList::text(lines)
        });
        footer::draw_footer(frame, layout.footer, app, theme);
        return ScreenMap { tabs, list: help };
    }
    let tab_list = draw_tab(frame, layout.body, app, theme);
    let list = draw_overlay(frame, layout.body, app, theme).or(tab_list);
    footer::draw_footer(frame, layout.footer, app, theme);
    ScreenMap { tabs, list }
}

/// Draws what is open over the tabs; returns its list or text as drawn.
fn draw_overlay(frame: &mut Frame, body: Rect, app: &App, theme: &Theme) -> Option<DrawnList> {
    match &app.overlay {
        Overlay::None => None,
        Overlay::Help => Some(DrawnList::text(help_popup::draw_help(
            frame,
            body,
            app.key_map(),
            app.scrolls.help,
            app.lang,
            theme,
        ))),
        Overlay::Problems => Some(DrawnList::text(problems_popup::draw_problems(
            frame, body, app, theme,
        ))),
        Overlay::Changes => Some(DrawnList::text(changes_popup::draw_changes(
            frame, body, app, theme,
        ))),
        Overlay::Reporting => Some(DrawnList::text(reporting_popup::draw_reporting(
            frame, body, app, theme,
        ))),
        Overlay::Picker(picker) => Some(picker_popup::draw_picker(frame, body, app, picker, theme)),
    }
}

/// Draws the tab shown; returns its list as drawn, for the tabs that have one.
fn draw_tab(frame: &mut Frame, body: Rect, app: &App, theme: &Theme) -> Option<DrawnList> {
    match app.tab {
        Tab::Overview => overview_tab::draw_overview(frame, body, app, theme),
        Tab::Cooperation => {
            cooperation_tab::draw_cooperation(frame, body, app, theme);
            None
        }
        Tab::Technology => technology_tab::draw_technology(frame, body, app, theme),
        Tab::Business => {
            business_tab::draw_business(frame, body, app, theme);
            None
        }
        Tab::Data => Some(data_tab::draw_data(frame, body, app, theme)),
        Tab::Programme => programme_tab::draw_programme(frame, body, app, theme),
        Tab::Compare => compare_tab::draw_compare(frame, body, app, theme),
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
