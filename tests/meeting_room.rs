//! What a meeting meets (issue 17): Esc never ends the session, and the header keeps
//! the filter and the year whole at 80 columns.

use std::path::PathBuf;

use clusterdash::app::cluster_selection::ClusterSelection;
use clusterdash::app::state::{App, FollowNote};
use clusterdash::app::tab::Tab;
use clusterdash::data::csv::source::DatasetSource;
use clusterdash::data::loading::reloader::load_dataset;
use clusterdash::i18n::Lang;
use clusterdash::tui::event_loop::run;
use clusterdash::tui::event_source::ScriptedEvents;
use clusterdash::ui::theme::Theme;
use clusterdash::ui::{buffer_text, draw};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};

fn shipped_app() -> App {
    let mut app = App::new(load_dataset(&DatasetSource::Folder(PathBuf::from(
        "datasets/basque-clusters",
    ))));
    app.set_year(2024);
    app
}

fn key(code: KeyCode) -> Event {
    Event::Key(KeyEvent::new(code, KeyModifiers::NONE))
}

/// Runs the event loop over `events`, carrying out no effect.
fn press(app: &mut App, events: impl IntoIterator<Item = Event>) {
    let mut terminal = Terminal::new(TestBackend::new(80, 24)).unwrap();
    let mut events = ScriptedEvents::new(events);
    run(
        &mut terminal,
        app,
        &Theme::default(),
        &mut events,
        &mut |_, _, _| false,
    )
    .unwrap();
}

fn header(app: &App, width: u16) -> String {
    let mut terminal = Terminal::new(TestBackend::new(width, 24)).unwrap();
    terminal
        .draw(|frame| {
            draw(frame, app, &Theme::default());
        })
        .unwrap();
    buffer_text(terminal.backend().buffer())
        .lines()
        .next()
        .unwrap()
        .to_string()
}

#[test]
fn esc_on_the_main_screen_never_quits_and_says_how_to() {
    let mut app = shipped_app();
    // An arrow key split in transit over ssh: Esc, then `[D`.
    press(
        &mut app,
        [
            key(KeyCode::Esc),
            key(KeyCode::Char('[')),
            key(KeyCode::Char('D')),
        ],
    );
    assert!(!app.should_quit());
    assert_eq!(app.notice(), Some("Esc does not quit: press q to quit"));
    // A second Esc closes that line, as it closes any message line; a third says it
    // again.
    press(&mut app, [key(KeyCode::Esc)]);
    assert!(!app.should_quit());
    assert_eq!(app.notice(), None);
    press(&mut app, [key(KeyCode::Esc)]);
    assert!(!app.should_quit());
    assert!(app.notice().is_some());
    press(&mut app, [key(KeyCode::Char('q'))]);
    assert!(app.should_quit());
}

#[test]
fn esc_closes_the_view_line_and_then_a_kept_search() {
    let mut app = shipped_app();
    app.tell("--view 'tab=data'".to_string());
    press(&mut app, [key(KeyCode::Esc)]);
    assert!(!app.should_quit());
    assert_eq!(app.notice(), None, "the view line is closed");

    press(&mut app, [key(KeyCode::Char('5')), key(KeyCode::Char('f'))]);
    press(&mut app, "HEGAN".chars().map(|c| key(KeyCode::Char(c))));
    press(&mut app, [key(KeyCode::Enter)]);
    assert_eq!(app.tab, Tab::Data);
    let found = app.data.visible.len();
    press(&mut app, [key(KeyCode::Esc)]);
    assert!(!app.should_quit());
    assert!(app.data.query.is_empty(), "the kept search is cleared");
    assert!(app.data.visible.len() > found);
    assert_eq!(app.notice(), None);
}

#[test]
fn at_80_columns_the_filter_and_the_year_stay_whole_beside_the_follow_note() {
    let mut app = shipped_app();
    app.set_follow_note(FollowNote::Watching("watch.file_events"));
    for lang in [Lang::En, Lang::Es, Lang::Eu] {
        app.set_lang(lang);
        for ids in [vec![], vec!["HEGAN", "GAIA", "ACLIMA"]] {
            let selection = if ids.is_empty() {
                ClusterSelection::All
            } else {
                ClusterSelection::of(ids.iter().map(|s| s.to_string()), &app.dataset.registry)
            };
            app.set_selection(selection);
            let filter = app
                .selection
                .describe(&app.dataset.registry, app.year, app.lang);
            let line = header(&app, 80);
            assert!(
                line.contains(&format!("│ {filter} │ 2024")),
                "{lang:?}: {line:?}"
            );
            // At 120 columns there is room for the note too.
            let wide = header(&app, 120);
            assert!(wide.contains(&format!("│ {filter} │ 2024")), "{wide:?}");
            let note = FollowNote::Watching("watch.file_events").text(app.lang);
            assert!(wide.contains(&note), "{wide:?}");
        }
    }
}

#[test]
fn help_at_120x40_writes_every_description_whole() {
    let mut app = shipped_app();
    app.apply(clusterdash::app::action::Action::ToggleHelp);
    for lang in [Lang::En, Lang::Es, Lang::Eu] {
        app.set_lang(lang);
        let mut terminal = Terminal::new(TestBackend::new(120, 40)).unwrap();
        terminal
            .draw(|frame| {
                draw(frame, &app, &Theme::default());
            })
            .unwrap();
        let screen = buffer_text(terminal.backend().buffer());
        let cut: Vec<&str> = screen.lines().filter(|line| line.contains('…')).collect();
        assert!(cut.is_empty(), "{lang:?}: {cut:#?}");
    }
}

#[test]
fn the_highlighted_goal_keeps_its_bar_filled() {
    let mut app = shipped_app();
    app.apply(clusterdash::app::action::Action::ShowTab(Tab::Technology));
    for theme in [Theme::default(), Theme::monochrome()] {
        let mut terminal = Terminal::new(TestBackend::new(120, 40)).unwrap();
        terminal
            .draw(|frame| {
                draw(frame, &app, &theme);
            })
            .unwrap();
        let buffer = terminal.backend().buffer();
        let area = buffer.area;
        let reversed = |x: u16, y: u16| {
            buffer[(x, y)]
                .modifier
                .contains(ratatui::style::Modifier::REVERSED)
        };
        // The highlighted row: the first row whose goal name is in reverse video.
        let row = (area.y + 3..area.bottom())
            .find(|&y| reversed(area.x + 1, y))
            .expect("a highlighted goal");
        let blocks: Vec<u16> = (area.x..area.right())
            .filter(|&x| buffer[(x, row)].symbol() == "█")
            .collect();
        assert!(!blocks.is_empty(), "the highlighted goal has a bar");
        assert!(
            blocks.iter().all(|&x| !reversed(x, row)),
            "the bar is not reversed"
        );
    }
}

#[test]
fn in_ascii_mode_arrow_keys_are_words_and_no_mark_reads_as_the_v_key() {
    use clusterdash::ui::theme::{Background, ColorDepth};
    let mut app = shipped_app();
    let theme = Theme::new(ColorDepth::Sixteen, Background::Dark, true);
    let mut terminal = Terminal::new(TestBackend::new(100, 30)).unwrap();
    terminal
        .draw(|frame| {
            draw(frame, &app, &theme);
        })
        .unwrap();
    let screen = buffer_text(terminal.backend().buffer());
    let footer = screen.lines().last().unwrap();
    assert!(footer.contains("Up/Dn move"), "{footer}");
    assert!(!footer.contains("<>") && !footer.contains("^v"), "{footer}");
    assert!(screen.is_ascii());
    app.apply(clusterdash::app::action::Action::ToggleHelp);
    // Tall enough for the whole help.
    let mut terminal = Terminal::new(TestBackend::new(140, 90)).unwrap();
    terminal
        .draw(|frame| {
            draw(frame, &app, &theme);
        })
        .unwrap();
    let help = buffer_text(terminal.backend().buffer());
    assert!(help.contains("Up k"), "{help}");
    // The status marks (met, at risk, off track), none of them `v`.
    assert!(help.contains("+ o !"), "{help}");
}
