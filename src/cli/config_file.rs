//! The config file (TOML, `~/.config/clusterdash/config.toml` or `--config PATH`):
//! default colour, background, glyphs and language, and key rebindings. Every error
//! names the line.
//!
//! ```toml
//! color = "auto"        # auto, always or never
//! theme = "light"       # dark or light
//! ascii = false
//! lang = "eu"           # en, es or eu
//!
//! [keys.dashboard]
//! open_picker = ["c", "ctrl-p"]
//! quit = "q"
//! ```

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::Deserialize;
use toml::Spanned;

use crate::app::key_map::KeyMap;
use crate::i18n::Lang;

use super::args::{ColorArg, ThemeArg};
use super::usage_error::UsageError;

/// What a config file sets.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Config {
    /// The default `--color`.
    pub color: Option<ColorArg>,
    /// The default `--theme`.
    pub theme: Option<ThemeArg>,
    /// Whether to draw in ASCII by default.
    pub ascii: bool,
    /// The default `--lang`.
    pub lang: Option<Lang>,
    /// The keys, with the file's rebindings.
    pub key_map: KeyMap,
}

/// One key or a list of keys.
#[derive(Debug, Deserialize)]
#[serde(untagged)]
enum KeyList {
    One(String),
    Many(Vec<String>),
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawConfig {
    color: Option<Spanned<String>>,
    theme: Option<Spanned<String>>,
    ascii: Option<bool>,
    lang: Option<Spanned<String>>,
    keys: Option<BTreeMap<String, BTreeMap<String, Spanned<KeyList>>>>,
}

/// The default place of the config file: `$XDG_CONFIG_HOME/clusterdash/config.toml` or
/// `~/.config/clusterdash/config.toml`.
pub fn default_config_path() -> Option<PathBuf> {
    Some(crate::user_dirs::user_dir(
        crate::user_dirs::UserFolder::Config,
        "config.toml", // not translated: a file name
    ))
}

/// Reads the config: the named file (which must exist), or the default one if it
/// exists. Its errors are in `lang` (the language of `--lang` or the environment).
pub fn load_config(explicit: Option<&Path>, lang: Lang) -> Result<Config, UsageError> {
    let path = match explicit {
        Some(path) => path.to_path_buf(),
        None => match default_config_path() {
            Some(path) if path.is_file() => path,
            _ => return Ok(Config::default()),
        },
    };
    let text = std::fs::read_to_string(&path).map_err(|e| {
        UsageError(lang.f(
            "config.cannot_read",
            &[("path", &path.display()), ("error", &e)],
        ))
    })?;
    parse_config(&text, lang)
        .map_err(|(line, message)| UsageError(format!("{}:{line}: {message}", path.display())))
}

/// Parses config text; an error comes with its 1-based line.
pub fn parse_config(text: &str, lang: Lang) -> Result<Config, (usize, String)> {
    let line_of = |offset: usize| text[..offset.min(text.len())].matches('\n').count() + 1;
    let raw: RawConfig = toml::from_str(text).map_err(|e| {
        let line = e.span().map_or(1, |span| line_of(span.start));
        (line, e.message().to_string())
    })?;
    let mut config = Config::default();
    if let Some(color) = raw.color {
        config.color = Some(match color.get_ref().as_str() {
            // not translated: config-file syntax
            "auto" => ColorArg::Auto,
            // not translated: config-file syntax
            "always" => ColorArg::Always,
            // not translated: config-file syntax
            "never" => ColorArg::Never,
            other => {
                return Err((
                    line_of(color.span().start),
                    lang.f("config.bad_color", &[("found", &other)]),
                ));
            }
        });
    }
    if let Some(theme) = raw.theme {
        config.theme = Some(match theme.get_ref().as_str() {
            // not translated: config-file syntax
            "dark" => ThemeArg::Dark,
            // not translated: config-file syntax
            "light" => ThemeArg::Light,
            other => {
                return Err((
                    line_of(theme.span().start),
                    lang.f("config.bad_theme", &[("found", &other)]),
                ));
            }
        });
    }
    config.ascii = raw.ascii.unwrap_or(false);
    if let Some(code) = raw.lang {
        let at = code.span().start;
        let code = code.get_ref().as_str();
        config.lang = Some(
            Lang::ALL
                .into_iter()
                .find(|l| l.code() == code)
                .ok_or_else(|| (line_of(at), lang.f("config.bad_lang", &[("found", &code)])))?,
        );
    }
    for (section, actions) in raw.keys.unwrap_or_default() {
        for (action, keys) in actions {
            let line = line_of(keys.span().start);
            let keys = match keys.into_inner() {
                KeyList::One(key) => vec![key],
                KeyList::Many(keys) => keys,
            };
            config
                .key_map
                .rebind(&section, &action, &keys, lang)
                .map_err(|message| (line, message))?;
        }
    }
    Ok(config)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::action::Action;
    use crate::app::mode::Mode;
    use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

    #[test]
    fn a_config_sets_defaults_and_rebinds_keys() {
        let config = parse_config("color = \"never\"\ntheme = \"light\"\nascii = true\n\n[keys.dashboard]\nopen_picker = [\"x\", \"ctrl-p\"]\nquit = \"Q\"\n", Lang::En).unwrap();
        assert_eq!(
            (config.color, config.theme, config.ascii),
            (Some(ColorArg::Never), Some(ThemeArg::Light), true)
        );
        let x = KeyEvent::new(KeyCode::Char('x'), KeyModifiers::NONE);
        assert_eq!(
            config.key_map.action_for(Mode::Normal, &x),
            Some(Action::OpenPicker)
        );
        let q = KeyEvent::new(KeyCode::Char('Q'), KeyModifiers::SHIFT);
        assert_eq!(
            config.key_map.action_for(Mode::Normal, &q),
            Some(Action::Quit)
        );
    }

    #[test]
    fn errors_name_the_line() {
        let error = |text: &str| parse_config(text, Lang::En).unwrap_err();
        assert_eq!(
            error("color = \"auto\"\ntheme = \"sepia\"\n"),
            (2, "theme: expected dark or light, found \"sepia\"".into())
        );
        assert_eq!(error("\n\n[keys.dashboard]\nfly = \"f\"\n").0, 4);
        assert!(
            error("\n\n[keys.dashboard]\nfly = \"f\"\n")
                .1
                .starts_with("unknown action \"fly\"")
        );
        assert_eq!(
            error("[keys.dashboard]\nquit = \"c\"\n"),
            (
                2,
                "c is already bound to open_picker in [keys.dashboard]".into()
            )
        );
        let (line, message) = error("color = \"auto\"\nshade = 3\n");
        assert_eq!(line, 2, "{message}");
        assert_eq!(error("color = \n").0, 1);
        assert_eq!(parse_config("", Lang::En).unwrap(), Config::default());
    }
}
