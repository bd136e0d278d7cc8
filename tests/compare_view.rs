//! The Compare tab (issue 17): a few clusters side by side, one small chart each on one
//! scale for the chosen indicator, and every indicator's value, target and status.

use std::path::PathBuf;

use clusterdash::app::action::Action;
use clusterdash::app::cluster_selection::ClusterSelection;
use clusterdash::app::state::App;
use clusterdash::app::tab::Tab;
use clusterdash::data::csv::source::DatasetSource;
use clusterdash::data::loading::reloader::load_dataset;
use clusterdash::plain::screen_text::screen_lines;
use clusterdash::ui::screen_map::ScreenMap;
use clusterdash::ui::theme::Theme;
use clusterdash::ui::{buffer_text, draw};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{Event, KeyModifiers, MouseButton, MouseEvent, MouseEventKind};

const THREE: [&str; 3] = ["HEGAN", "GAIA", "ACLIMA"];

fn comparing_three() -> App {
    let mut app = App::new(load_dataset(&DatasetSource::Folder(PathBuf::from(
        "datasets/basque-clusters",
    ))));
    app.set_year(2024);
    let selection = ClusterSelection::of(THREE.map(String::from), &app.dataset.registry);
    app.set_selection(selection);
    app.apply(Action::ShowTab(Tab::Compare));
    app
}

fn screen(app: &App, width: u16, height: u16) -> (String, ScreenMap) {
    let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
    let mut map = ScreenMap::default();
    terminal
        .draw(|frame| {
            map = draw(frame, app, &Theme::default());
        })
        .unwrap();
    (buffer_text(terminal.backend().buffer()), map)
}

#[test]
fn three_clusters_side_by_side_with_value_target_and_status() {
    let app = comparing_three();
    let model = &app.models.compare;
    assert_eq!(model.clusters, THREE);
    let rd = model
        .rows
        .iter()
        .find(|r| r.indicator_id == "TEC_RD_INTENSITY")
        .unwrap();
    for (width, height) in [(80, 24), (120, 40)] {
        let (text, _) = screen(&app, width, height);
        let lines: Vec<&str> = text.lines().collect();
        // A header row names the three clusters, in the filter's order, as columns.
        let header = lines.iter().find(|l| l.starts_with("Indicator")).unwrap();
        let at: Vec<usize> = THREE.iter().map(|c| header.find(c).unwrap()).collect();
        assert!(at.windows(2).all(|w| w[0] < w[1]), "{header}");
        // One small chart per cluster, each titled with the cluster.
        let titles = lines.iter().find(|l| l.starts_with("HEGAN ")).unwrap();
        assert!(THREE.iter().all(|c| titles.contains(c)), "{titles}");
        if height < 40 {
            continue;
        }
        // R&D intensity: each cluster's value / target and its status mark.
        let row = lines
            .iter()
            .find(|l| l.starts_with("R&D intensity"))
            .unwrap();
        for value in &rd.values {
            let shown = format!(
                "{:.1}% i / {:.1} {}",
                value.value.unwrap(),
                value.target.unwrap(),
                clusterdash::words::status_marks::mark(value.status.unwrap())
            );
            assert!(row.contains(&shown), "{shown} in {row}");
        }
    }
}

#[test]
fn arrows_choose_the_indicator_charted_for_every_cluster_on_one_scale() {
    let mut app = comparing_three();
    let first = app.models.compare.rows[0].name.clone();
    let (before, _) = screen(&app, 120, 40);
    assert!(before.lines().nth(2).unwrap().contains(&first), "{before}");
    let down = |app: &mut App, n: usize| {
        (0..n).for_each(|_| {
            app.apply(Action::Down);
        })
    };
    let rd = app
        .models
        .compare
        .rows
        .iter()
        .position(|r| r.indicator_id == "TEC_RD_INTENSITY")
        .unwrap();
    down(&mut app, rd);
    assert_eq!(app.compare.indicator, rd);
    let (after, _) = screen(&app, 120, 40);
    let title = after.lines().nth(2).unwrap();
    assert!(title.contains("R&D intensity"), "{title}");
    // The charts follow: each cluster's own values of R&D intensity.
    for (chart, cluster) in app.models.compare.charts.iter().zip(THREE) {
        assert_eq!(chart.cluster_id, cluster);
        let value = app
            .dataset
            .value(cluster, "TEC_RD_INTENSITY", 2024)
            .unwrap();
        assert!(chart.actual.points.contains(&(2024.0, value)));
    }
    // One scale: the three charts' top tick is the same.
    let ticks: Vec<&str> = after
        .lines()
        .nth(4)
        .unwrap()
        .split('│')
        .map(|part| part.split_whitespace().last().unwrap_or(""))
        .filter(|t| t.ends_with('%'))
        .collect();
    assert_eq!(ticks.len(), 3, "{after}");
    assert!(ticks.iter().all(|t| *t == ticks[0]), "{ticks:?}\n{after}");
    // The highlighted row is the charted one, and a click on another row charts it.
    let (_, map) = screen(&app, 120, 40);
    let list = map.list.expect("the table's rows");
    assert_eq!(list.len, app.models.compare.rows.len());
    let click = Event::Mouse(MouseEvent {
        kind: MouseEventKind::Down(MouseButton::Left),
        column: 3,
        row: list.rows.y,
        modifiers: KeyModifiers::NONE,
    });
    assert!(clusterdash::tui::event_loop::handle(&mut app, &click, &map));
    assert_eq!(app.compare.indicator, list.offset);
}

#[test]
fn at_80_columns_every_tab_title_is_there_and_a_click_on_a_cut_one_shows_it() {
    let mut app = comparing_three();
    let (text, map) = screen(&app, 80, 24);
    let bar = text.lines().nth(1).unwrap();
    assert!(bar.contains("7 Compare"), "the shown tab whole: {bar}");
    for tab in Tab::ALL {
        assert!(bar.contains(&format!(" {} ", tab.index() + 1)), "{bar}");
    }
    let column = bar.find("2 Coo").expect("Cooperation, cut") as u16;
    let click = Event::Mouse(MouseEvent {
        kind: MouseEventKind::Down(MouseButton::Left),
        column: column + 1,
        row: 1,
        modifiers: KeyModifiers::NONE,
    });
    assert!(clusterdash::tui::event_loop::handle(&mut app, &click, &map));
    assert_eq!(app.tab, Tab::Cooperation);
}

#[test]
fn all_clusters_compare_the_first_six_and_say_so() {
    let mut app = comparing_three();
    app.set_selection(ClusterSelection::All);
    assert_eq!(app.models.compare.clusters.len(), 6);
    let (text, _) = screen(&app, 120, 40);
    assert!(text.contains("the first 6 of 17 clusters"), "{text}");
    let plain = screen_lines(&app).join("\n");
    assert!(plain.contains("the first 6 of 17 clusters"), "{plain}");
}

#[test]
fn plain_mode_says_each_cluster_s_value_target_and_status() {
    let app = comparing_three();
    let lines = screen_lines(&app);
    let at = lines
        .iter()
        .position(|l| l == "R&D intensity, by cluster:")
        .expect("the indicator's heading");
    for (i, cluster) in THREE.iter().enumerate() {
        let line = &lines[at + 1 + i];
        assert!(line.starts_with(&format!("{cluster}: ")), "{line}");
        assert!(line.contains("against a target of"), "{line}");
    }
    let chart = lines
        .iter()
        .position(|l| l.ends_with("over the years, by cluster:"))
        .unwrap();
    assert!(
        lines[chart + 1].starts_with("HEGAN"),
        "{}",
        lines[chart + 1]
    );
}

#[test]
fn charts_and_the_compare_tab_draw_at_every_size_for_one_cluster_and_for_all() {
    let mut app = comparing_three();
    let one = ClusterSelection::of(["HEGAN".to_string()], &app.dataset.registry);
    for selection in [one, ClusterSelection::All] {
        app.set_selection(selection);
        for tab in [
            Tab::Cooperation,
            Tab::Technology,
            Tab::Business,
            Tab::Compare,
        ] {
            app.apply(Action::ShowTab(tab));
            for width in [60u16, 61, 70, 79, 80, 99, 100, 119, 120, 160, 240] {
                for height in [16u16, 17, 20, 24, 30, 40, 60] {
                    screen(&app, width, height);
                }
            }
        }
    }
    // The last row chosen stays chosen when a filter has fewer rows.
    app.apply(Action::ShowTab(Tab::Compare));
    app.apply(Action::Last);
    let last = app.compare.indicator;
    assert_eq!(last + 1, app.models.compare.rows.len());
    app.set_year(2016);
    assert!(app.compare.indicator < app.models.compare.rows.len());
}

#[test]
fn the_chosen_indicator_stays_chosen_when_a_filter_moves_it_to_another_row() {
    // AAA has members and turnover, BBB the SME share and turnover: for both the rows are
    // members, SME share, turnover; for BBB alone, SME share, turnover.
    let base = std::path::Path::new("tests/fixtures/real_tools/base");
    let mut files: std::collections::BTreeMap<String, Vec<u8>> = ["clusters.csv", "indicators.csv"]
        .into_iter()
        .map(|name| (name.to_string(), std::fs::read(base.join(name)).unwrap()))
        .collect();
    let values = |rows: &str| format!("period,indicator_id,value\n{rows}").into_bytes();
    files.insert(
        "values/AAA.csv".into(),
        values("2024,PROF_MEMBERS,40\n2024,PROF_TURNOVER,12.5\n"),
    );
    files.insert(
        "values/BBB.csv".into(),
        values("2024,PROF_SME_SHARE,60\n2024,PROF_TURNOVER,3.5\n"),
    );
    let source = DatasetSource::Memory {
        label: "two".into(),
        files,
    };
    let mut app = App::new(load_dataset(&source));
    app.apply(Action::ShowTab(Tab::Compare));
    let ids = |app: &App| -> Vec<String> {
        app.models
            .compare
            .rows
            .iter()
            .map(|r| r.indicator_id.clone())
            .collect()
    };
    assert_eq!(
        ids(&app),
        ["PROF_MEMBERS", "PROF_SME_SHARE", "PROF_TURNOVER"]
    );
    app.apply(Action::HighlightRow(1));
    app.set_selection(ClusterSelection::of(
        ["BBB".to_string()],
        &app.dataset.registry,
    ));
    assert_eq!(ids(&app), ["PROF_SME_SHARE", "PROF_TURNOVER"]);
    assert_eq!(
        app.models.compare.rows[app.compare.indicator].indicator_id,
        "PROF_SME_SHARE"
    );
    assert_eq!(app.models.compare.charts[0].cluster_id, "BBB");
}
