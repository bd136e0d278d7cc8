//! Each view as labelled lines a screen reader reads in order: no box drawing, no
//! braille, no colour; status marks as words, charts as short value tables with the
//! trend in words. A pure function of the app's state, like the screen.

use crate::app::state::App;
use crate::app::tab::Tab;

use super::tab_lines::business::business_lines;
use super::tab_lines::compare::compare_lines;
use super::tab_lines::cooperation::cooperation_lines;
use super::tab_lines::data::data_lines;
use super::tab_lines::overview::overview_lines;
use super::tab_lines::programme::programme_lines;
use super::tab_lines::technology::technology_lines;

/// The lines of the view on screen: a heading line, then the tab's lines.
pub fn screen_lines(app: &App) -> Vec<String> {
    let lang = app.lang;
    let clusters = app
        .selection
        .describe(&app.dataset.registry, app.year, lang);
    let mut lines = vec![lang.f(
        "plain.heading",
        &[
            ("tab", &app.tab.title(lang)),
            ("year", &app.year),
            ("clusters", &clusters),
        ],
    )];
    match app.tab {
        Tab::Overview => overview_lines(app, &mut lines),
        Tab::Cooperation => cooperation_lines(app, &mut lines),
        Tab::Technology => technology_lines(app, &mut lines),
        Tab::Business => business_lines(app, &mut lines),
        Tab::Data => data_lines(app, &mut lines),
        Tab::Programme => programme_lines(app, &mut lines),
        Tab::Compare => compare_lines(app, &mut lines),
    }
    lines
}
