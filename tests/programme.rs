//! The Programme tab's figures, worked out by hand from the clusters' own values: the
//! grant and its ratios, the plans' execution, the semester outlook's tally; and plain
//! mode saying the same.

mod common;

use std::path::PathBuf;

use clusterdash::app::action::Action;
use clusterdash::app::cluster_selection::ClusterSelection;
use clusterdash::app::state::App;
use clusterdash::app::tab::Tab;
use clusterdash::data::csv::source::DatasetSource;
use clusterdash::data::format::vocabulary::Unit;
use clusterdash::data::loading::dataset::Dataset;
use clusterdash::data::loading::reloader::load_dataset;
use clusterdash::i18n::Lang;
use clusterdash::plain::screen_text::screen_lines;
use clusterdash::ui::theme::Theme;
use clusterdash::ui::{buffer_text, draw};
use clusterdash::words::text::with_unit;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

/// Tests run in the package folder, so the relative path keeps absolute ones out of the
/// screens.
fn shipped() -> Dataset {
    load_dataset(&DatasetSource::Folder(PathBuf::from(
        "datasets/basque-clusters",
    )))
}

const FEW: [&str; 3] = ["HEGAN", "GAIA", "ACLIMA"];

fn app_on_few() -> App {
    let mut app = App::new(shipped());
    app.set_selection(ClusterSelection::Only(FEW.map(String::from).to_vec()));
    app.set_year(2024);
    app.apply(Action::ShowTab(Tab::Programme));
    app
}

fn sum(dataset: &Dataset, indicator: &str) -> f64 {
    FEW.iter()
        .map(|c| dataset.value(c, indicator, 2024).unwrap())
        .sum()
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-9
}

#[test]
fn the_grant_of_a_few_clusters_combines_as_worked_by_hand() {
    let app = app_on_few();
    let dataset = &app.dataset;
    let model = &app.models.programme;
    assert_eq!(model.money.len(), 3);
    let total = model
        .total
        .as_ref()
        .expect("a combined row for several clusters");
    let awarded = sum(dataset, "PRG_GRANT_AWARDED");
    assert!(close(total.awarded.unwrap(), awarded));
    assert!(close(
        total.justified.unwrap(),
        sum(dataset, "PRG_GRANT_JUSTIFIED") / awarded
    ));
    // The co-funding rate is weighted by eligible costs.
    let weighted: f64 = FEW
        .iter()
        .map(|c| {
            dataset.value(c, "PRG_COFUNDING_RATE", 2024).unwrap()
                * dataset.value(c, "PRG_ELIGIBLE_COST", 2024).unwrap()
        })
        .sum::<f64>()
        / sum(dataset, "PRG_ELIGIBLE_COST");
    assert!(close(total.cofunding.unwrap(), weighted));
    assert!(close(
        total.cap_used.unwrap(),
        sum(dataset, "PRG_INTL_SUPPORT") / (180.0 * 3.0)
    ));
    assert!(close(
        total.per_project.unwrap(),
        awarded / sum(dataset, "COOP_PROJECTS")
    ));
    assert!(close(
        total.per_member.unwrap(),
        awarded / sum(dataset, "PROF_MEMBERS")
    ));
    let hegan = &model.money[0];
    assert_eq!(hegan.cluster_id.as_deref(), Some("HEGAN"));
    let own = dataset.value("HEGAN", "PRG_GRANT_AWARDED", 2024).unwrap();
    assert!(close(hegan.awarded.unwrap(), own));
    assert!(hegan.cap_used.unwrap() <= 1.0, "within the 180 k€ cap");
}

#[test]
fn each_area_of_the_plan_is_done_over_planned_against_its_target() {
    let app = app_on_few();
    let dataset = &app.dataset;
    let plan = &app.models.programme.plan;
    assert_eq!(plan.len(), 3);
    for (row, (planned_id, done_id)) in plan.iter().zip([
        ("PRG_PLANNED_COOP", "PRG_DONE_COOP"),
        ("PRG_PLANNED_TECH", "PRG_DONE_TECH"),
        ("PRG_PLANNED_BUS", "PRG_DONE_BUS"),
    ]) {
        let (planned, done) = (sum(dataset, planned_id), sum(dataset, done_id));
        assert!(
            done <= planned,
            "{:?}: never more done than planned",
            row.area
        );
        assert!(close(row.rate.unwrap(), done / planned));
        let targets: f64 = FEW
            .iter()
            .map(|c| dataset.target(c, done_id, 2024).unwrap())
            .sum();
        let target_rate = row.target_rate.unwrap();
        assert!(close(target_rate, targets / planned), "{target_rate}");
        assert!(
            (0.85..=0.95).contains(&target_rate),
            "about 90%: {target_rate}"
        );
        assert!(row.status.is_some());
    }
}

#[test]
fn the_outlook_counts_each_clusters_word_of_the_years_last_semester() {
    let app = app_on_few();
    let dataset = &app.dataset;
    let outlook = &app.models.programme.outlook;
    assert_eq!(
        outlook.iter().map(|r| r.name.as_str()).collect::<Vec<_>>(),
        ["Order book", "Turnover", "Exports", "Jobs", "R&D+i"]
    );
    for (row, id) in outlook.iter().zip([
        "OUT_ORDERS_NEXT",
        "OUT_TURNOVER_NEXT",
        "OUT_EXPORTS_NEXT",
        "OUT_JOBS_NEXT",
        "OUT_RD_NEXT",
    ]) {
        // By hand: the second half's word in each cluster's own file.
        let mut better = Vec::new();
        let mut worse = Vec::new();
        let mut same = 0;
        for cluster in FEW {
            let periods = dataset.values.periods(cluster, id);
            let (_, last) = periods
                .iter()
                .copied()
                .rfind(|(p, _)| p.year == 2024)
                .unwrap();
            match last {
                1.0 => better.push(cluster.to_string()),
                -1.0 => worse.push(cluster.to_string()),
                _ => same += 1,
            }
        }
        assert_eq!(row.next.better, better, "{id}");
        assert_eq!(row.next.worse, worse, "{id}");
        assert_eq!(row.next.same.len(), same, "{id}");
        assert_eq!(row.next.answered(), 3);
    }
}

#[test]
fn plain_mode_says_what_the_tab_shows() {
    let app = app_on_few();
    let lines = screen_lines(&app);
    let text = lines.join("\n");
    let total = app.models.programme.total.as_ref().unwrap();
    assert!(text.contains("Kluster grant in 2024"), "{text}");
    let awarded = with_unit(Lang::En, total.awarded.unwrap(), Unit::EurK);
    assert!(
        text.contains(&format!("3 clusters: {awarded} (illustrative)")),
        "{text}"
    );
    for row in &app.models.programme.outlook {
        let line = lines
            .iter()
            .find(|l| l.starts_with(&format!("{}:", row.name)))
            .unwrap_or_else(|| panic!("no line for {}: {text}", row.name));
        assert!(
            line.contains(&format!(
                "next semester {} better, {} the same, {} worse",
                row.next.better.len(),
                row.next.same.len(),
                row.next.worse.len()
            )),
            "{line}"
        );
    }
    for area in ["Cooperation", "Technology", "Business"] {
        assert!(
            lines
                .iter()
                .any(|l| l.starts_with(&format!("{area}: ")) && l.contains("actions done")),
            "{area}: {text}"
        );
    }
}

#[test]
fn the_report_carries_each_clusters_programme_as_review_mode_shows_it() {
    use clusterdash::report::build_report;
    use clusterdash::report::report_writer::{ReportFormat, write_report};
    use clusterdash::words::programme_words::{grant_words, next_semester_words};
    let mut app = app_on_few();
    app.apply(Action::ToggleReview);
    let folder = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("datasets/basque-clusters");
    let report = build_report(
        &app.dataset,
        &DatasetSource::Folder(folder),
        &FEW,
        2024,
        String::new(),
        Lang::En,
    );
    let text = write_report(&report, ReportFormat::Markdown, Lang::En);
    for (page, cluster) in app.models.review.iter().zip(&report.clusters) {
        assert_eq!(page.row.cluster_id, cluster.cluster_id);
        assert_eq!(page.programme, cluster.programme, "review and report agree");
        let grant = grant_words(&page.programme.money[0], Lang::En);
        let outlook = next_semester_words(&page.programme, Lang::En);
        assert!(text.contains(&format!("Programme: {grant}.")), "{text}");
        assert!(text.contains(&outlook), "{text}");
    }
}

#[test]
fn the_last_label_on_record_is_shown_with_its_year_and_score_and_lapses_after_two_years() {
    use clusterdash::data::format::vocabulary::LabelWord;
    use clusterdash::words::programme_words::{label_cell, label_words};
    let mut app = App::new(shipped());
    app.set_selection(ClusterSelection::Only(
        ["ENERGY", "ACLIMA", "HEGAN"].map(String::from).to_vec(),
    ));
    // (year, Energy's label: recorded in, lapsed in; ACLIMA's level and year on record)
    let years = [
        (2015, None, (LabelWord::Bronze, 2015)),
        (2016, None, (LabelWord::None, 2016)),
        (2017, Some((2017, None)), (LabelWord::None, 2016)),
        (2018, Some((2017, None)), (LabelWord::None, 2016)),
        (2019, Some((2017, Some(2019))), (LabelWord::None, 2016)),
        (2024, Some((2017, Some(2019))), (LabelWord::None, 2016)),
    ];
    for (year, energy, aclima) in years {
        app.set_year(year);
        let money = &app.models.programme.money;
        let row = |id: &str| {
            money
                .iter()
                .find(|m| m.cluster_id.as_deref() == Some(id))
                .unwrap()
        };
        let label = |id: &str| row(id).label;
        match energy {
            None => assert_eq!(label("ENERGY"), None, "{year}: not before it was awarded"),
            Some((awarded, lapsed_in)) => {
                let gold = label("ENERGY").unwrap();
                assert_eq!(
                    (gold.level, gold.year, gold.score, gold.lapsed_in),
                    (LabelWord::Gold, awarded, Some(84.0), lapsed_in),
                    "{year}"
                );
                let (cell, words) = match lapsed_in {
                    None => ("gold 2017", "Label gold (2017, 84.0%)"),
                    Some(_) => (
                        "gold to 2019",
                        "Label gold (2017, 84.0%), lapsed in 2019: a label holds two years, \
                         and no renewal is on record",
                    ),
                };
                assert_eq!(label_cell(Some(gold), Lang::En), cell, "{year}");
                assert_eq!(
                    label_words(row("ENERGY"), Lang::En).as_deref(),
                    Some(words),
                    "{year}"
                );
            }
        }
        let on_record = label("ACLIMA").unwrap();
        assert_eq!(
            (on_record.level, on_record.year, on_record.lapsed_in),
            (aclima.0, aclima.1, None),
            "{year}: ACLIMA's bronze ran to April 2015, then none is on record"
        );
        assert_eq!(label("HEGAN"), None, "no label is on record for HEGAN");
        assert_eq!(app.models.programme.total.as_ref().unwrap().label, None);
    }
}

#[test]
fn the_budget_of_2023_is_the_published_one_and_the_grants_shown_a_share_of_it() {
    use clusterdash::data::format::vocabulary::ValueStatus;
    let mut app = App::new(shipped());
    app.set_year(2023);
    app.apply(Action::ShowTab(Tab::Programme));
    let model = &app.models.programme;
    let budget = model
        .budget
        .as_ref()
        .expect("the shipped dataset has programme.csv");
    assert_eq!(budget.budget, Some(3818.0), "Kluster 2023: 3.818 M€");
    assert_eq!(budget.status, Some(ValueStatus::Actual));
    assert!(
        budget.source.contains("zuzenean.euskadi.eus"),
        "{}",
        budget.source
    );
    assert_eq!(budget.years_on_record, [2015, 2023]);
    // By hand: every cluster's own grant of 2023, over the budget.
    let ids = app.selection.ids(&app.dataset.registry);
    let grants: f64 = ids
        .iter()
        .filter_map(|id| app.dataset.value(id, "PRG_GRANT_AWARDED", 2023))
        .sum();
    assert!(close(budget.share.unwrap(), grants / 3818.0), "{budget:?}");
    assert_eq!(budget.grants_firmness, Some(ValueStatus::Illustrative));

    let lines = screen_lines(&app);
    assert!(
        lines.iter().any(|l| l
            .starts_with("Programme budget 2023: 3,818 k€ (actual; https://zuzenean.euskadi.eus/")
            && l.ends_with("(illustrative) of it.")),
        "plain mode gives the whole source and the firmness in words: {lines:#?}"
    );
    let mut terminal = Terminal::new(TestBackend::new(80, 24)).unwrap();
    terminal
        .draw(|frame| {
            draw(frame, &app, &Theme::default());
        })
        .unwrap();
    let screen = buffer_text(terminal.backend().buffer());
    assert!(
        screen.contains("Programme budget 2023: 3,818 k€ (actual) · grants shown: "),
        "{screen}"
    );
    insta::assert_snapshot!("programme_budget_2023_80x24", screen);

    app.set_year(2024);
    let none = app.models.programme.budget.as_ref().unwrap();
    assert_eq!(
        (none.budget, none.share),
        (None, None),
        "no budget is published for 2024"
    );
}

#[test]
fn the_report_lists_the_budgets_source_among_the_years_sources() {
    use clusterdash::report::build_report;
    use clusterdash::report::report_writer::{ReportFormat, write_report};
    let app = App::new(shipped());
    let folder = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("datasets/basque-clusters");
    let source = DatasetSource::Folder(folder);
    let report = build_report(&app.dataset, &source, &FEW, 2023, String::new(), Lang::En);
    let text = write_report(&report, ReportFormat::Markdown, Lang::En);
    assert!(
        text.contains("- programme.csv budget_keur 2023: https://zuzenean.euskadi.eus/"),
        "{text}"
    );
    assert!(text.contains("Programme budget 2023: 3,818 k€"), "{text}");
}

#[test]
fn a_changed_budget_file_is_read_again_and_a_removed_one_forgotten() {
    use clusterdash::data::loading::reloader::DatasetReloader;
    let dir = tempfile::tempdir().unwrap();
    let mini = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/mini");
    common::copy_tree(&mini, dir.path());
    let file = dir.path().join("programme.csv");
    let mut reloader = DatasetReloader::new(DatasetSource::Folder(dir.path().into()), u64::MAX);
    assert!(
        reloader.reload().budget.is_empty(),
        "optional: no file, no budget"
    );
    std::fs::write(&file, "year,budget_keur\n2024,1000\n").unwrap();
    let read = reloader.reload();
    assert_eq!(
        read.budget.of_year(2024).map(|b| b.budget_keur),
        Some(1000.0)
    );
    assert_eq!(
        reloader.files_read, 2,
        "the targets and the budget, not the values"
    );
    std::fs::write(&file, "year,budget_keur\n2024,1250.5\n").unwrap();
    let changed = reloader.reload();
    assert_eq!(
        changed.budget.of_year(2024).map(|b| b.budget_keur),
        Some(1250.5)
    );
    std::fs::remove_file(&file).unwrap();
    assert!(reloader.reload().budget.is_empty());
}

#[test]
fn a_published_share_of_the_sector_stands_unmarked_and_the_years_around_it_marked() {
    use clusterdash::data::format::vocabulary::ValueStatus;
    let mut app = App::new(shipped());
    app.set_selection(ClusterSelection::Only(
        ["ENERGY", "ERAIKUNE"].map(String::from).to_vec(),
    ));
    let row = |app: &App, id: &str| {
        let money = &app.models.programme.money;
        let row = money.iter().find(|m| m.cluster_id.as_deref() == Some(id));
        let row = row.unwrap();
        (row.sector_firms, row.sector_jobs, row.sector_firmness)
    };
    app.set_year(2019);
    let (actual, illustrative) = (Some(ValueStatus::Actual), Some(ValueStatus::Illustrative));
    // The Energy cluster in February 2019: 50% of the sector's firms, 80% of its jobs.
    assert_eq!(
        row(&app, "ENERGY"),
        (Some(50.0), Some(80.0), [actual, actual])
    );
    app.set_year(2017);
    // Eraikune in 2017: its members' jobs are 15.5% of the construction sector's workers;
    // no share of the sector's firms is published, so that one is illustrative.
    let (_, jobs, firmness) = row(&app, "ERAIKUNE");
    assert_eq!((jobs, firmness), (Some(15.5), [illustrative, actual]));
    app.set_year(2024);
    assert_eq!(row(&app, "ENERGY").2, [illustrative, illustrative]);
    let review =
        clusterdash::words::programme_words::sector_words(&app.models.programme.money[0], Lang::En);
    assert!(review.unwrap().contains("% i of the sector's firms"));
}

/// The screen of `app` at `width`×`height`, and the map of what was drawn.
fn drawn(app: &App, width: u16, height: u16) -> (String, clusterdash::ui::screen_map::ScreenMap) {
    let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
    let mut map = None;
    terminal
        .draw(|frame| map = Some(draw(frame, app, &Theme::default())))
        .unwrap();
    (buffer_text(terminal.backend().buffer()), map.unwrap())
}

#[test]
fn at_80_columns_the_arrows_reach_every_cluster_and_a_line_says_its_hidden_columns() {
    let mut app = App::new(shipped());
    app.apply(Action::ShowTab(Tab::Programme));
    let ids: Vec<String> = app
        .models
        .programme
        .money
        .iter()
        .map(|m| m.cluster_id.clone().unwrap())
        .collect();
    let n = ids.len();
    let (screen, map) = drawn(&app, 80, 24);
    let list = map.list.expect("the money table is a list");
    assert_eq!((list.offset, list.len), (0, n));
    assert!(
        usize::from(list.rows.height) < n,
        "not every cluster fits: {screen}"
    );
    for (i, id) in ids.iter().enumerate() {
        let (screen, map) = drawn(&app, 80, 24);
        let list = map.list.unwrap();
        let row = usize::from(list.rows.y) + i - list.offset;
        let line = screen.lines().nth(row).unwrap();
        // The name column is 14 wide at 80 columns: a longer id is cut.
        assert!(
            line.starts_with(&id[..id.len().min(13)]),
            "{id} on row {row}: {screen}"
        );
        let said = format!("{} of {n} · {id}:", i + 1);
        assert!(screen.contains(&said), "{said}: {screen}");
        app.apply(Action::Down);
    }
    // The Energy cluster's hidden columns: its published shares and its lapsed label.
    app.set_year(2019);
    let energy = app
        .models
        .programme
        .money
        .iter()
        .position(|m| m.cluster_id.as_deref() == Some("ENERGY"))
        .unwrap();
    app.apply(Action::First);
    for _ in 0..energy {
        app.apply(Action::Down);
    }
    let (screen, _) = drawn(&app, 80, 24);
    assert!(
        screen.contains("ENERGY: sector firms 50.0%, jobs 80.0% · Label: gold to 2019"),
        "{screen}"
    );
    // A filter that keeps the cluster keeps it highlighted.
    app.set_selection(ClusterSelection::Only(
        ["HEGAN", "ENERGY"].map(String::from).to_vec(),
    ));
    assert_eq!(app.programme.highlighted, 1, "ENERGY is the second of two");
}

#[test]
fn no_illustrative_year_repeats_a_published_share_of_the_sector() {
    let dataset = shipped();
    for (cluster, indicator, year) in [
        ("ENERGY", "PRG_SECTOR_FIRMS", 2019),
        ("ENERGY", "PRG_SECTOR_JOBS", 2019),
        ("ERAIKUNE", "PRG_SECTOR_JOBS", 2017),
    ] {
        let published = dataset.value(cluster, indicator, year).unwrap();
        let repeats: Vec<i32> = (2015..=2025)
            .filter(|y| *y != year && dataset.value(cluster, indicator, *y) == Some(published))
            .collect();
        assert!(
            repeats.is_empty(),
            "{cluster} {indicator}: {published} again in {repeats:?}"
        );
    }
}
