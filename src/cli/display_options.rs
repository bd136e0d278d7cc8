//! Turns `--color`, `--theme` and `--ascii`, the config file and the environment into a theme.

use crate::i18n::Lang;
use crate::i18n::language_choice::choose_language;
use crate::tui::terminal_capabilities::{
    ColorChoice, color_depth, guessed_background, process_env, wants_ascii,
};
use crate::ui::theme::{Background, ColorDepth, Theme};

use super::args::{ColorArg, DisplayArgs, LangArg, ThemeArg};
use super::config_file::Config;

fn background(theme: ThemeArg) -> Background {
    match theme {
        ThemeArg::Dark => Background::Dark,
        ThemeArg::Light => Background::Light,
    }
}

/// The dashboard's theme: flags first, then the config file; the colour ladder and
/// ASCII mode follow the environment unless one of them says otherwise, and the
/// background is guessed from `COLORFGBG` when neither names one (else dark).
pub fn dashboard_theme(display: DisplayArgs, config: &Config) -> Theme {
    let choice = match display.color.or(config.color).unwrap_or_default() {
        ColorArg::Auto => ColorChoice::Auto,
        ColorArg::Always => ColorChoice::Always,
        ColorArg::Never => ColorChoice::Never,
    };
    let background = match display.theme.or(config.theme) {
        Some(theme) => background(theme),
        None => guessed_background(process_env).unwrap_or_default(),
    };
    let ascii = wants_ascii(display.ascii || config.ascii, process_env);
    Theme::new(color_depth(choice, process_env), background, ascii)
}

/// The language: `--lang`, then the config file's, then the locale variables.
pub fn language_of(option: Option<LangArg>, config: Option<Lang>) -> Lang {
    choose_language(option.map(Lang::from), config, |name| {
        std::env::var(name).ok()
    })
    .0
}

/// A snapshot's theme: files depend on neither the terminal nor the config file, so 16
/// colours unless `--color never`, and ASCII only when asked.
pub fn snapshot_theme(display: DisplayArgs) -> Theme {
    let depth = if display.color == Some(ColorArg::Never) {
        ColorDepth::None
    } else {
        ColorDepth::Sixteen
    };
    Theme::new(
        depth,
        background(display.theme.unwrap_or_default()),
        display.ascii,
    )
}
