//! Carries out the effects actions ask for: copying the view string, saving snapshots
//! and exporting rows. Files go into the snapshot folder, never over an existing file
//! and never into the dataset folder; the outcome is reported in the app's notice.

use std::fs::OpenOptions;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use ratatui::layout::Rect;

use crate::app::effect::Effect;
use crate::app::models::data_rows::data_row;
use crate::app::state::App;
use crate::data::csv::source::DatasetSource;
use crate::data::queries::long_csv::long_csv;
use crate::i18n::Lang;
use crate::ui::export::png_picture::{PNG_SCALE, png_picture};
use crate::ui::export::{FrameFormat, export_frame, render_offscreen};
use crate::ui::theme::Theme;

use super::clipboard::osc52;

/// Where effects write, and how they draw.
#[derive(Debug, Clone)]
pub struct EffectContext {
    /// The folder for snapshots and exports.
    pub snapshot_dir: PathBuf,
    /// The dataset, so nothing is written inside it.
    pub source: DatasetSource,
    /// The theme snapshots are drawn with.
    pub theme: Theme,
    /// Whether the terminal runs inside tmux (for the clipboard sequence).
    pub in_tmux: bool,
}

/// The default snapshot folder: `$XDG_DATA_HOME/clusterdash/snapshots`, or
/// `~/.local/share/clusterdash/snapshots`.
pub fn default_snapshot_dir() -> PathBuf {
    // not translated: paths
    crate::user_dirs::user_dir(crate::user_dirs::UserFolder::Data, "snapshots")
}

/// Carries out `effect`, writing terminal sequences (the clipboard) to `terminal_out`,
/// and leaves a notice saying what happened.
pub fn perform(
    effect: Effect,
    app: &mut App,
    area: Rect,
    context: &EffectContext,
    terminal_out: &mut dyn Write,
) {
    let outcome = match effect {
        Effect::CopyViewString(view) => terminal_out
            .write_all(osc52(&view, context.in_tmux).as_bytes())
            .and_then(|()| terminal_out.flush())
            .map(|()| app.lang.f("tui.view_copied", &[("view", &view)])),
        Effect::SaveSnapshot => save_snapshot(app, area, context),
        Effect::ExportVisibleRows => export_rows(app, context),
        // The runtime carries these out itself; nothing to say.
        Effect::Suspend | Effect::ConfirmRemoved => return,
    };
    let notice = outcome.unwrap_or_else(|e| app.lang.f("tui.not_saved", &[("error", &e)]));
    app.tell(notice);
}

fn save_snapshot(app: &App, area: Rect, context: &EffectContext) -> io::Result<String> {
    let buffer = render_offscreen(app, &context.theme, area.width, area.height);
    let stem = format!("clusterdash-{}-{}", app.tab.key(), app.year);
    let title = format!("clusterdash · {} · {}", app.dataset_name(), app.view_spec());
    let picture = export_frame(&buffer, FrameFormat::Svg, &title, app.lang);
    let text = export_frame(&buffer, FrameFormat::Text, &title, app.lang);
    // The SVG and the text are saved even when the PNG cannot be made, which is then said.
    let png = png_picture(&buffer, PNG_SCALE);
    // not translated: file extensions
    let mut files = vec![("svg", picture.into_bytes()), ("txt", text.into_bytes())];
    if let Ok(png) = &png {
        files.insert(1, ("png", png.clone()));
    }
    let paths = write_new_files(context, &stem, &files, app.lang)?;
    let path = paths[0].display();
    Ok(match png {
        Ok(_) => app.lang.f("tui.saved", &[("path", &path)]),
        Err(why) => app
            .lang
            .f("tui.saved_without_png", &[("path", &path), ("error", &why)]),
    })
}

fn export_rows(app: &App, context: &EffectContext) -> io::Result<String> {
    let records: Vec<_> = app
        .data
        .visible
        .iter()
        .filter_map(|&i| data_row(&app.dataset, app.models.data_rows[i as usize]))
        .map(|row| row.to_record())
        .collect();
    let rows: Vec<_> = records.iter().collect();
    // not translated: a file name
    let stem = "clusterdash-rows";
    let paths = write_new_files(
        context,
        stem,
        &[("csv", long_csv(&rows).into_bytes())],
        app.lang,
    )?;
    Ok(app
        .lang
        .count_with("tui.exported", rows.len(), &[("path", &paths[0].display())]))
}

/// Writes files `STEM.EXT` (or `STEM-2.EXT`, `STEM-3.EXT`... when taken) into the
/// snapshot folder, all with the same number, never replacing a file.
fn write_new_files(
    context: &EffectContext,
    stem: &str,
    files: &[(&str, Vec<u8>)],
    lang: Lang,
) -> io::Result<Vec<PathBuf>> {
    let dir = &context.snapshot_dir;
    if context.source.contains_path(dir) {
        return Err(io::Error::other(
            lang.f("tui.inside_dataset", &[("path", &dir.display())]),
        ));
    }
    std::fs::create_dir_all(dir)?;
    for number in 1..10_000 {
        let name = |ext: &str| {
            if number == 1 {
                dir.join(format!("{stem}.{ext}"))
            } else {
                dir.join(format!("{stem}-{number}.{ext}"))
            }
        };
        let paths: Vec<PathBuf> = files.iter().map(|(ext, _)| name(ext)).collect();
        if paths.iter().any(|p| p.exists()) {
            continue;
        }
        for (path, (_, contents)) in paths.iter().zip(files) {
            create_new(path, contents)?;
        }
        return Ok(paths);
    }
    Err(io::Error::other(lang.t("tui.no_free_name")))
}

fn create_new(path: &Path, contents: &[u8]) -> io::Result<()> {
    let mut file = OpenOptions::new().write(true).create_new(true).open(path)?;
    file.write_all(contents)
}
