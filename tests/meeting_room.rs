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

/// The frame drawn at a size, as a buffer.
fn drawn(app: &App, theme: &Theme, width: u16, height: u16) -> ratatui::buffer::Buffer {
    let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
    terminal
        .draw(|frame| {
            draw(frame, app, theme);
        })
        .unwrap();
    terminal.backend().buffer().clone()
}

/// The most blank lines in a row.
fn longest_blank_run<S: AsRef<str>>(lines: &[S]) -> usize {
    let mut run = 0;
    let mut longest = 0;
    for line in lines {
        run = if line.as_ref().trim().is_empty() {
            run + 1
        } else {
            0
        };
        longest = longest.max(run);
    }
    longest
}

fn header(app: &App, width: u16) -> String {
    buffer_text(&drawn(app, &Theme::default(), width, 24))
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
        let screen = buffer_text(&drawn(&app, &Theme::default(), 120, 40));
        let cut: Vec<&str> = screen.lines().filter(|line| line.contains('…')).collect();
        assert!(cut.is_empty(), "{lang:?}: {cut:#?}");
    }
}

#[test]
fn the_highlighted_goal_keeps_its_bar_filled() {
    let mut app = shipped_app();
    app.apply(clusterdash::app::action::Action::ShowTab(Tab::Technology));
    for theme in [Theme::default(), Theme::monochrome()] {
        let buffer = &drawn(&app, &theme, 120, 40);
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
    let screen = buffer_text(&drawn(&app, &theme, 100, 30));
    let footer = screen.lines().last().unwrap();
    assert!(footer.contains("Up/Dn move"), "{footer}");
    assert!(!footer.contains("<>") && !footer.contains("^v"), "{footer}");
    assert!(screen.is_ascii());
    app.apply(clusterdash::app::action::Action::ToggleHelp);
    // Tall enough for the whole help.
    let help = buffer_text(&drawn(&app, &theme, 140, 90));
    assert!(help.contains("Up k"), "{help}");
    // The status marks (met, at risk, off track), none of them `v`.
    assert!(help.contains("+ o !"), "{help}");
}

/// The screen as a grid of symbols, one row per line.
fn cells(app: &App, theme: &Theme, width: u16, height: u16) -> Vec<Vec<String>> {
    let buffer = &drawn(app, theme, width, height);
    (0..height)
        .map(|y| {
            (0..width)
                .map(|x| buffer[(x, y)].symbol().to_string())
                .collect()
        })
        .collect()
}

fn three_clusters(app: &mut App) {
    let ids = ["HEGAN", "GAIA", "ACLIMA"].map(String::from);
    let selection = ClusterSelection::of(ids, &app.dataset.registry);
    app.set_selection(selection);
}

#[test]
fn the_selected_year_is_labelled_under_its_own_column() {
    let mut app = shipped_app();
    three_clusters(&mut app);
    app.apply(clusterdash::app::action::Action::ShowTab(Tab::Technology));
    for year in [2016, 2018, 2021, 2024] {
        app.set_year(year);
        for (width, height) in [(80, 24), (120, 40)] {
            let grid = cells(&app, &Theme::default(), width, height);
            let label = format!("[{year}]");
            let (row, text) = grid
                .iter()
                .map(|r| r.concat())
                .enumerate()
                .find(|(_, line)| line.contains(&label))
                .expect("the year's label");
            let start = text[..text.find(&label).unwrap()].chars().count();
            // The marker: the column of the chart above the label with most `┊`.
            let marker = (0..usize::from(width))
                .max_by_key(|&x| (0..row).filter(|&y| grid[y][x] == "┊").count())
                .unwrap();
            assert!(
                (0..row).filter(|&y| grid[y][marker] == "┊").count() > 2,
                "{year} at {width}x{height}: no year marker"
            );
            let centre = start + 3;
            assert!(
                centre.abs_diff(marker) <= 1,
                "{year} at {width}x{height}: label at {start}, marker at {marker}\n{text}"
            );
        }
    }
}

#[test]
fn several_clusters_are_all_lines_with_their_values_beside_the_chart() {
    let mut app = shipped_app();
    three_clusters(&mut app);
    app.apply(clusterdash::app::action::Action::ShowTab(Tab::Cooperation));
    let projects = app
        .models
        .cooperation
        .projects
        .clone()
        .expect("a projects chart");
    for (width, height) in [(80, 24), (120, 40)] {
        let grid = cells(&app, &Theme::default(), width, height);
        let screen: Vec<String> = grid.iter().map(|r| r.concat()).collect();
        // The plot: right of the axis, above the x axis (`└───`), as wide as the x axis.
        let corner_row = grid
            .iter()
            .position(|r| r.contains(&"└".to_string()))
            .unwrap();
        let corner = grid[corner_row].iter().position(|s| s == "└").unwrap();
        let plot_width = grid[corner_row][corner + 1..]
            .iter()
            .take_while(|s| *s == "─")
            .count();
        let plot_rows: Vec<usize> = (0..corner_row)
            .rev()
            .take_while(|&y| grid[y][corner] == "│" || grid[y][corner] == "≈")
            .collect();
        assert!(plot_rows.len() >= 6 && plot_width > 20, "{screen:#?}");
        for &y in &plot_rows {
            let plot = grid[y][corner + 1..=corner + plot_width].concat();
            assert!(
                !plot.contains('▄') && !plot.contains('▀'),
                "{width}x{height}: no half blocks in the plot: {plot}"
            );
        }
        for (i, series) in projects.series.iter().enumerate() {
            let value = series
                .points
                .iter()
                .rfind(|p| p.0.floor() as i32 == 2024)
                .unwrap()
                .1;
            let entry = format!("{} {}", i + 1, series.name);
            let line = screen
                .iter()
                .find(|l| l.contains(&entry))
                .unwrap_or_else(|| panic!("{width}x{height}: no {entry}\n{screen:#?}"));
            let after = &line[line.find(&entry).unwrap() + entry.len()..];
            let written = after.split_whitespace().next().unwrap();
            assert_eq!(written, format!("{value}"), "{width}x{height}: {line}");
        }
    }
}

#[test]
fn axes_have_round_ticks_rates_are_fitted_with_a_cut_and_growth_has_a_zero_line() {
    let mut app = shipped_app();
    three_clusters(&mut app);
    app.apply(clusterdash::app::action::Action::ShowTab(Tab::Business));
    let grid = cells(&app, &Theme::default(), 120, 40);
    let screen: Vec<String> = grid.iter().map(|r| r.concat()).collect();
    let top = screen
        .iter()
        .position(|l| l.contains("Export share"))
        .unwrap()
        + 1;
    let bottom = screen.iter().rposition(|l| l.contains('└')).unwrap();
    // The two charts side by side: labels left of each axis.
    let halves = [(0usize, 60usize), (60, 120)];
    let mut labels_of = Vec::new();
    for (from, to) in halves {
        let mut labels = Vec::new();
        for (y, line) in grid.iter().enumerate().take(bottom).skip(top) {
            let row = &line[from..to];
            let Some(axis) = row.iter().position(|s| s == "│" || s == "≈") else {
                continue;
            };
            let label: String = row[..axis].concat().trim().to_string();
            if !label.is_empty() {
                labels.push((y, label, row[axis].clone()));
            }
        }
        assert!(
            (3..=5).contains(&labels.len()),
            "3 to 5 ticks: {labels:?}\n{screen:#?}"
        );
        labels_of.push(labels);
    }
    // Export share is a rate: fitted, so its axis is cut, and it does not start at 0.
    let export = &labels_of[0];
    assert_ne!(export.last().unwrap().1, "0.0%", "{export:?}");
    assert!(
        (top..bottom).any(|y| grid[y][..60].iter().any(|s| s == "≈")),
        "the cut is marked"
    );
    // Turnover growth crosses zero: a zero tick and a zero line on its row.
    let growth = &labels_of[1];
    let (zero_row, _, _) = growth
        .iter()
        .find(|(_, l, _)| l == "0.0%")
        .expect("a zero tick");
    assert!(
        grid[*zero_row][60..].iter().filter(|s| *s == "┄").count() > 10,
        "{}",
        screen[*zero_row]
    );
    // Every tick is a round number: a multiple of the step between ticks.
    for labels in &labels_of {
        let values: Vec<f64> = labels
            .iter()
            .map(|(_, l, _)| l.trim_end_matches('%').parse().unwrap())
            .collect();
        let step = values[0] - values[1];
        for v in &values {
            assert!((v / step - (v / step).round()).abs() < 1e-6, "{values:?}");
        }
    }
}

#[test]
fn in_ascii_mode_each_line_has_its_own_character_and_the_legend_tells_them_apart() {
    use clusterdash::ui::theme::{Background, ColorDepth};
    let mut app = shipped_app();
    three_clusters(&mut app);
    app.apply(clusterdash::app::action::Action::ShowTab(Tab::Technology));
    let theme = Theme::new(ColorDepth::Sixteen, Background::Dark, true);
    let grid = cells(&app, &theme, 80, 24);
    let screen: Vec<String> = grid.iter().map(|r| r.concat()).collect();
    let title = screen.iter().find(|l| l.contains("target")).unwrap();
    assert!(
        title.contains("# actual") && title.contains("* target"),
        "{title}"
    );
    let chart: String = screen
        .iter()
        .filter(|l| l.contains(':'))
        .map(|l| l.chars().take(40).collect::<String>())
        .collect();
    assert!(
        chart.matches('#').count() > 10,
        "the line is drawn, not dotted: {screen:#?}"
    );
}

#[test]
fn the_overview_trend_is_a_line_of_dots_not_a_row_of_bars() {
    let app = shipped_app();
    for (width, height) in [(80, 24), (120, 40)] {
        let grid = cells(&app, &Theme::default(), width, height);
        let screen: Vec<String> = grid.iter().map(|r| r.concat()).collect();
        let header = screen.iter().position(|l| l.contains("Trend")).unwrap();
        let column = screen[header][..screen[header].find("Trend").unwrap()]
            .chars()
            .count();
        let trends: Vec<String> = grid[header + 1..]
            .iter()
            .take_while(|row| {
                !row.concat().trim().is_empty() && row.concat().starts_with(char::is_alphanumeric)
            })
            .map(|row| row[column..].concat().trim_end().to_string())
            .collect();
        assert!(trends.len() >= 10, "{screen:#?}");
        for trend in &trends {
            assert!(
                !trend.is_empty()
                    && trend
                        .chars()
                        .all(|c| ('\u{2800}'..='\u{28ff}').contains(&c) || c == ' '),
                "{width}x{height}: {trend:?}"
            );
            // A line, not a bar: no column of a cell has all four dots.
            for c in trend.chars().filter(|c| *c != ' ') {
                let bits = c as u32 - 0x2800;
                assert!(bits & 0x47 != 0x47 && bits & 0xb8 != 0xb8, "{trend:?}");
            }
        }
    }
}

#[test]
fn review_mode_at_120x40_fills_the_page_and_its_big_percent_is_not_underlined() {
    let mut app = shipped_app();
    three_clusters(&mut app);
    app.apply(clusterdash::app::action::Action::ToggleReview);
    for theme in [Theme::default(), Theme::monochrome()] {
        let buffer = &drawn(&app, &theme, 120, 40);
        let screen = buffer_text(buffer);
        let lines: Vec<&str> = screen.lines().collect();
        // No stretch of more than three blank rows between the header and the footer.
        assert!(
            longest_blank_run(&lines[1..lines.len() - 1]) <= 3,
            "{screen}"
        );
        // The big percent sign: its ring and slash, in blocks that carry no underline.
        assert!(screen.contains("██  █"), "{screen}");
        for y in 0..40 {
            for x in 0..120 {
                let cell = &buffer[(x, y)];
                if cell.symbol() == "█" && y < 12 {
                    assert!(
                        !cell.modifier.contains(ratatui::style::Modifier::UNDERLINED),
                        "({x}, {y})\n{screen}"
                    );
                }
            }
        }
    }
}

#[test]
fn at_120x40_the_pyramid_fills_its_column_rather_than_float() {
    let mut app = shipped_app();
    three_clusters(&mut app);
    app.apply(clusterdash::app::action::Action::ShowTab(Tab::Cooperation));
    let grid = cells(&app, &Theme::default(), 120, 40);
    // The pyramid's column: the left 45% of the screen, under the tab bar, above the footer.
    let left: Vec<String> = grid[3..39].iter().map(|r| r[..54].concat()).collect();
    assert!(longest_blank_run(&left) <= 3, "{left:#?}");
    // And the right column: the chart and the actions leave no empty stretch at the foot.
    let right: Vec<String> = grid[3..39].iter().map(|r| r[54..].concat()).collect();
    let trailing = right
        .iter()
        .rev()
        .take_while(|l| l.trim().is_empty())
        .count();
    assert!(trailing <= 1, "{right:#?}");
}
