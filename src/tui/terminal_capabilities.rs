//! What the terminal can show, read from the environment only: no query is sent to the
//! terminal at start-up (each would be a round trip on a slow link).

use crate::ui::theme::{Background, ColorDepth};

/// The `--color` choice.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ColorChoice {
    /// Follow `NO_COLOR`, `COLORTERM` and `TERM`.
    #[default]
    Auto,
    /// Use colour even when `NO_COLOR` is set or `TERM` is `dumb`.
    Always,
    /// No colour.
    Never,
}

/// The colour depth for a choice, from environment variables read through `var`.
pub fn color_depth(choice: ColorChoice, var: impl Fn(&str) -> Option<String>) -> ColorDepth {
    // not translated: environment variables and terminal names
    let term = var("TERM").unwrap_or_default().to_ascii_lowercase();
    // not translated: environment variables
    let colorterm = var("COLORTERM").unwrap_or_default().to_ascii_lowercase();
    // not translated: environment variables
    let no_color = var("NO_COLOR").is_some_and(|v| !v.is_empty());
    // not translated: terminal capability names
    let detected = if colorterm == "truecolor" || colorterm == "24bit" || term.contains("direct") {
        ColorDepth::TrueColor
    } else if term.contains("256") {
        ColorDepth::Palette256
    // not translated: terminal names
    } else if term == "dumb" || term.is_empty() {
        ColorDepth::None
    } else {
        ColorDepth::Sixteen
    };
    match choice {
        ColorChoice::Never => ColorDepth::None,
        ColorChoice::Always => detected.max(ColorDepth::Sixteen),
        ColorChoice::Auto if no_color => ColorDepth::None,
        ColorChoice::Auto => detected,
    }
}

/// Whether to draw in ASCII: asked for, or `TERM` is `linux` or `dumb`, or the locale
/// (the first of `LC_ALL`, `LC_CTYPE`, `LANG` that is set) is not UTF-8.
pub fn wants_ascii(asked: bool, var: impl Fn(&str) -> Option<String>) -> bool {
    // not translated: environment variables and terminal names
    let term = var("TERM").unwrap_or_default();
    // not translated: environment variables
    let locale = ["LC_ALL", "LC_CTYPE", "LANG"]
        .into_iter()
        .find_map(|name| var(name).filter(|v| !v.is_empty()));
    let utf8 = locale.is_some_and(|l| {
        let l = l.to_ascii_lowercase();
        // not translated: encoding names
        l.contains("utf-8") || l.contains("utf8")
    });
    // not translated: terminal names
    asked || term == "linux" || term == "dumb" || !utf8
}

/// The background `COLORFGBG` names (`15;0`, `0;default;15`: foreground, then
/// background, as rxvt, Konsole and others set it): the last field, one of the 16
/// colours, is light for white and the bright colours but bright black (7, 9 to 15),
/// dark otherwise; `None` when it is not set or names no colour.
pub fn guessed_background(var: impl Fn(&str) -> Option<String>) -> Option<Background> {
    // not translated: environment variables
    let value = var("COLORFGBG")?;
    let last: u8 = value.rsplit(';').next()?.trim().parse().ok()?;
    match last {
        7 | 9..=15 => Some(Background::Light),
        0..=6 | 8 => Some(Background::Dark),
        _ => None,
    }
}

/// Reads a variable of the process's environment.
pub fn process_env(name: &str) -> Option<String> {
    std::env::var(name).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env<'a>(pairs: &'a [(&'a str, &'a str)]) -> impl Fn(&str) -> Option<String> + 'a {
        move |name| {
            pairs
                .iter()
                .find(|(k, _)| *k == name)
                .map(|(_, v)| v.to_string())
        }
    }

    #[test]
    fn the_background_from_colorfgbg() {
        let guess = |value: &str| guessed_background(env(&[("COLORFGBG", value)]));
        assert_eq!(guess("0;15"), Some(Background::Light));
        assert_eq!(guess("0;default;15"), Some(Background::Light));
        assert_eq!(guess("15;0"), Some(Background::Dark));
        assert_eq!(guess("7;8"), Some(Background::Dark));
        assert_eq!(guess("0;7"), Some(Background::Light));
        assert_eq!(guess("15;default"), None);
        assert_eq!(guess("0;200"), None);
        assert_eq!(guessed_background(env(&[])), None);
    }

    #[test]
    fn the_colour_ladder() {
        let auto = |pairs: &[(&str, &str)]| color_depth(ColorChoice::Auto, env(pairs));
        assert_eq!(
            auto(&[("TERM", "xterm-256color"), ("COLORTERM", "truecolor")]),
            ColorDepth::TrueColor
        );
        assert_eq!(auto(&[("TERM", "screen-256color")]), ColorDepth::Palette256);
        assert_eq!(auto(&[("TERM", "xterm")]), ColorDepth::Sixteen);
        assert_eq!(auto(&[("TERM", "dumb")]), ColorDepth::None);
        assert_eq!(
            auto(&[("TERM", "xterm-256color"), ("NO_COLOR", "1")]),
            ColorDepth::None
        );
        assert_eq!(
            auto(&[("TERM", "xterm-256color"), ("NO_COLOR", "")]),
            ColorDepth::Palette256
        );
        assert_eq!(
            color_depth(
                ColorChoice::Always,
                env(&[("TERM", "dumb"), ("NO_COLOR", "1")])
            ),
            ColorDepth::Sixteen
        );
        assert_eq!(
            color_depth(ColorChoice::Never, env(&[("COLORTERM", "truecolor")])),
            ColorDepth::None
        );
    }

    #[test]
    fn ascii_when_asked_or_when_the_terminal_or_locale_cannot_show_unicode() {
        let utf8 = [("TERM", "xterm"), ("LANG", "es_ES.UTF-8")];
        assert!(!wants_ascii(false, env(&utf8)));
        assert!(wants_ascii(true, env(&utf8)));
        assert!(wants_ascii(
            false,
            env(&[("TERM", "linux"), ("LANG", "eu_ES.UTF-8")])
        ));
        assert!(wants_ascii(
            false,
            env(&[("TERM", "xterm"), ("LANG", "es_ES.ISO-8859-1")])
        ));
        assert!(wants_ascii(
            false,
            env(&[("TERM", "xterm"), ("LC_ALL", "C"), ("LANG", "es_ES.UTF-8")])
        ));
        assert!(
            wants_ascii(false, env(&[("TERM", "xterm")])),
            "no locale means C"
        );
        assert!(!wants_ascii(
            false,
            env(&[("TERM", "xterm"), ("LC_CTYPE", "en_US.utf8")])
        ));
    }
}
