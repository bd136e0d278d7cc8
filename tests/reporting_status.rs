//! The reporting status: a cluster that has not sent this year's values is marked in the
//! Overview (`no data`) and in the reporting view (`!` after its last period), on screen
//! and in plain mode, in the three languages.

use std::collections::BTreeMap;
use std::path::Path;

use clusterdash::app::action::Action;
use clusterdash::app::state::App;
use clusterdash::data::csv::source::DatasetSource;
use clusterdash::data::loading::reloader::load_dataset;
use clusterdash::i18n::Lang;
use clusterdash::ui::theme::Theme;
use clusterdash::ui::{buffer_text, draw};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

/// The shipped dataset in memory, with HEGAN's 2025 values not sent yet.
fn hegan_late() -> DatasetSource {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("datasets/basque-clusters");
    let mut files = BTreeMap::new();
    for name in ["clusters.csv", "indicators.csv", "targets.csv"] {
        files.insert(name.to_string(), std::fs::read(root.join(name)).unwrap());
    }
    for entry in std::fs::read_dir(root.join("values")).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_str().unwrap().to_string();
        let mut text = std::fs::read_to_string(&path).unwrap();
        if name == "HEGAN.csv" {
            text = text
                .lines()
                .filter(|l| !l.starts_with("2025"))
                .map(|l| format!("{l}\n"))
                .collect();
        }
        files.insert(format!("values/{name}"), text.into_bytes());
    }
    DatasetSource::Memory {
        label: "meeting copy".into(),
        files,
    }
}

fn screen(app: &App, width: u16, height: u16) -> String {
    let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
    terminal
        .draw(|frame| {
            draw(frame, app, &Theme::default());
        })
        .unwrap();
    buffer_text(terminal.backend().buffer())
}

#[test]
fn a_cluster_without_this_years_values_is_marked_in_the_overview_and_the_reporting_view() {
    let dataset = load_dataset(&hegan_late());
    assert_eq!(dataset.problems, vec![]);
    for lang in Lang::ALL {
        let mut app = App::new_in(dataset.clone(), lang);
        app.set_year(2025);
        let overview = screen(&app, 80, 24);
        let hegan = overview.lines().find(|l| l.starts_with("HEGAN")).unwrap();
        assert!(
            hegan.contains(lang.t("scorecard.not_reported")),
            "{}: {overview}",
            lang.code()
        );
        app.apply(Action::ToggleReporting);
        for (width, height) in [(80, 24), (120, 40)] {
            let view = screen(&app, width, height);
            let row = view.lines().find(|l| l.contains("│HEGAN")).unwrap();
            assert!(row.contains("2024!"), "{}: {view}", lang.code());
            assert!(row.contains("2024-Q4!"), "{}: {view}", lang.code());
            let gaia = view.lines().find(|l| l.contains("│GAIA")).unwrap();
            assert!(!gaia.contains('!'), "GAIA has reported: {view}");
            insta::assert_snapshot!(format!("reporting_{}_{width}x{height}", lang.code()), view);
        }
        app.apply(Action::ToggleReporting);
        let title = lang.f("reporting.title", &[("year", &2025)]);
        assert!(!screen(&app, 80, 24).contains(&title), "R closes the view");
    }
}

#[test]
fn plain_mode_reads_out_the_reporting_status_in_words() {
    let dataset = load_dataset(&hegan_late());
    for lang in Lang::ALL {
        let mut app = App::new_in(dataset.clone(), lang);
        app.set_year(2025);
        let mut out = Vec::new();
        clusterdash::plain::run_plain(&mut app, "reporting\nquit\n".as_bytes(), &mut out).unwrap();
        let text = String::from_utf8(out).unwrap();
        let title = lang.f("reporting.title", &[("year", &2025)]);
        assert!(text.contains(&title), "{text}");
        let hegan = text.lines().find(|l| l.starts_with("HEGAN:")).unwrap();
        let area = lang.word("area", "cooperation");
        let missing = lang.f(
            "reporting.area_missing",
            &[("area", &area), ("last", &"2024-Q4"), ("year", &2025)],
        );
        assert!(hegan.contains(&missing), "{}: {hegan}", lang.code());
        let gaia = text.lines().find(|l| l.starts_with("GAIA:")).unwrap();
        assert!(!gaia.contains(&lang.f(
            "reporting.area_missing",
            &[("area", &area), ("last", &"2025-Q4"), ("year", &2025)],
        )));
    }
}
