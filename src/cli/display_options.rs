//! Turns `--color`, `--theme` and `--ascii` (and the environment) into a theme.

use crate::tui::terminal_capabilities::{ColorChoice, color_depth, process_env, wants_ascii};
use crate::ui::theme::{Background, ColorDepth, Theme};

use super::args::{ColorArg, DisplayArgs, ThemeArg};

fn background(theme: ThemeArg) -> Background {
    match theme {
        ThemeArg::Dark => Background::Dark,
        ThemeArg::Light => Background::Light,
    }
}

/// The dashboard's theme: the colour ladder and ASCII mode follow the environment
/// unless the flags say otherwise.
pub fn dashboard_theme(display: DisplayArgs) -> Theme {
    let choice = match display.color {
        ColorArg::Auto => ColorChoice::Auto,
        ColorArg::Always => ColorChoice::Always,
        ColorArg::Never => ColorChoice::Never,
    };
    Theme::new(
        color_depth(choice, process_env),
        background(display.theme),
        wants_ascii(display.ascii, process_env),
    )
}

/// A snapshot's theme: files do not depend on the terminal, so 16 colours unless
/// `--color never`, and ASCII only when asked.
pub fn snapshot_theme(display: DisplayArgs) -> Theme {
    let depth = if display.color == ColorArg::Never {
        ColorDepth::None
    } else {
        ColorDepth::Sixteen
    };
    Theme::new(depth, background(display.theme), display.ascii)
}
