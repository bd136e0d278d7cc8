//! Drawing each tab into ratatui's `TestBackend` at 120×40.

#[path = "support/scale_datasets.rs"]
mod scale_datasets;

use clusterdash::app::state::App;
use clusterdash::app::tab::Tab;
use clusterdash::ui::draw;
use clusterdash::ui::theme::Theme;
use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

use scale_datasets::bench_datasets;

fn drawing(c: &mut Criterion) {
    let theme = Theme::default();
    let mut group = c.benchmark_group("draw_120x40");
    group.sample_size(30);
    for dataset in bench_datasets() {
        let mut app = App::new(dataset.load());
        let mut terminal = Terminal::new(TestBackend::new(120, 40)).unwrap();
        for tab in Tab::ALL {
            app.show_tab(tab);
            group.bench_function(
                BenchmarkId::new(tab.title(clusterdash::i18n::Lang::En), dataset.name),
                |b| {
                    b.iter(|| {
                        terminal
                            .draw(|frame| {
                                draw(frame, &app, &theme);
                            })
                            .unwrap();
                    })
                },
            );
        }
    }
    group.finish();
}

criterion_group!(benches, drawing);
criterion_main!(benches);
