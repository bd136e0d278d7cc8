//! The key map: the key table's keys, as shipped or rebound by a config file. It
//! dispatches every key press and writes the help overlay and the footer, so they can
//! never disagree.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::action::Action;
use super::tab::Tab;
use crate::i18n::Lang;

pub use super::key_table::{BINDINGS, Binding, Footer, Key};
use super::mode::{MODES, Mode};

/// Modes where an unbound character is typed into a search line.
fn types_text(mode: Mode) -> bool {
    matches!(mode, Mode::Picker | Mode::Search)
}

/// An action's name in the config file: `next_tab`, `show_tab_overview`, `quit`.
pub fn action_name(action: Action) -> String {
    let debug = format!("{action:?}");
    let mut name = String::new();
    for c in debug.chars() {
        if c.is_ascii_uppercase() {
            if !name.is_empty() && !name.ends_with('_') {
                name.push('_');
            }
            name.push(c.to_ascii_lowercase());
        } else if c.is_ascii_alphanumeric() {
            name.push(c);
        } else if c == '(' {
            name.push('_');
        }
    }
    name
}

/// Parses a key as written in the config file: `q`, `Q`, `?`, `ctrl-a`, `alt-x`,
/// `space`, `tab`, `shift-tab`, `enter`, `esc`, `backspace`, `left`, `right`, `up`,
/// `down`, `pageup`, `pagedown`, `home`, `end`, `f1` to `f12`.
pub fn parse_key(text: &str) -> Option<Key> {
    let text = text.trim();
    let lower = text.to_ascii_lowercase();
    // not translated: config-file syntax
    let (modifiers, rest) = if let Some(rest) = lower.strip_prefix("ctrl-") {
        (KeyModifiers::CONTROL, &text[text.len() - rest.len()..])
    // not translated: config-file syntax
    } else if let Some(rest) = lower.strip_prefix("alt-") {
        (KeyModifiers::ALT, &text[text.len() - rest.len()..])
    } else {
        (KeyModifiers::NONE, text)
    };
    let named = match rest.to_ascii_lowercase().as_str() {
        "space" => Some(KeyCode::Char(' ')), // not translated: config-file syntax
        "tab" => Some(KeyCode::Tab),         // not translated: config-file syntax
        "shift-tab" | "backtab" => Some(KeyCode::BackTab), // not translated: config-file syntax
        "enter" | "return" => Some(KeyCode::Enter), // not translated: config-file syntax
        "esc" | "escape" => Some(KeyCode::Esc), // not translated: config-file syntax
        "backspace" => Some(KeyCode::Backspace), // not translated: config-file syntax
        "left" => Some(KeyCode::Left),       // not translated: config-file syntax
        "right" => Some(KeyCode::Right),     // not translated: config-file syntax
        "up" => Some(KeyCode::Up),           // not translated: config-file syntax
        "down" => Some(KeyCode::Down),       // not translated: config-file syntax
        "pageup" => Some(KeyCode::PageUp),   // not translated: config-file syntax
        "pagedown" => Some(KeyCode::PageDown), // not translated: config-file syntax
        "home" => Some(KeyCode::Home),       // not translated: config-file syntax
        "end" => Some(KeyCode::End),         // not translated: config-file syntax
        f if f.len() >= 2 && f.starts_with('f') => f[1..]
            .parse::<u8>()
            .ok()
            .filter(|n| (1..=12).contains(n))
            .map(KeyCode::F),
        _ => None,
    };
    let code = match named {
        Some(code) => code,
        None => {
            let mut chars = rest.chars();
            let c = chars.next()?;
            if chars.next().is_some() || c.is_control() {
                return None;
            }
            KeyCode::Char(if modifiers == KeyModifiers::CONTROL {
                c.to_ascii_lowercase()
            } else {
                c
            })
        }
    };
    Some(Key { code, modifiers })
}

/// The keys of every binding of [`BINDINGS`], as shipped or as rebound by a config file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeyMap {
    /// The keys of each binding, in the order of [`BINDINGS`].
    keys: Vec<Vec<Key>>,
}

impl Default for KeyMap {
    fn default() -> Self {
        KeyMap {
            keys: BINDINGS.iter().map(|b| b.keys.to_vec()).collect(),
        }
    }
}

impl KeyMap {
    /// Binds an action of a mode (by their config names) to other keys. Says what is
    /// wrong: an unknown mode or action, a key that cannot be read, or a key already
    /// bound to another action in the same mode.
    pub fn rebind(
        &mut self,
        mode_name: &str,
        action: &str,
        keys: &[String],
        lang: Lang,
    ) -> Result<(), String> {
        let mode = MODES
            .into_iter()
            .find(|m| m.config_name() == mode_name)
            .ok_or_else(|| {
                let names: Vec<&str> = MODES.iter().map(|m| m.config_name()).collect();
                lang.f(
                    "config.unknown_section",
                    &[("section", &mode_name), ("expected", &names.join(", "))],
                )
            })?;
        let index = BINDINGS
            .iter()
            .position(|b| b.mode == mode && action_name(b.action) == action)
            .ok_or_else(|| {
                let names: Vec<String> = BINDINGS
                    .iter()
                    .filter(|b| b.mode == mode)
                    .map(|b| action_name(b.action))
                    .collect();
                lang.f(
                    "config.unknown_action",
                    &[
                        ("action", &action),
                        ("section", &mode_name),
                        ("expected", &names.join(", ")),
                    ],
                )
            })?;
        let mut parsed = Vec::new();
        for text in keys {
            let key =
                parse_key(text).ok_or_else(|| lang.f("config.not_a_key", &[("text", text)]))?;
            if let Some(other) = (0..BINDINGS.len()).find(|&i| {
                i != index
                    && (BINDINGS[i].mode == mode
                        || BINDINGS[i].mode == Mode::Any
                        || mode == Mode::Any)
                    && self.keys[i].contains(&key)
            }) {
                return Err(lang.f(
                    "config.already_bound",
                    &[
                        ("key", &key.name()),
                        ("action", &action_name(BINDINGS[other].action)),
                        ("section", &BINDINGS[other].mode.config_name()),
                    ],
                ));
            }
            parsed.push(key);
        }
        self.keys[index] = parsed;
        Ok(())
    }

    /// The action for a key press in a mode, if any.
    pub fn action_for(&self, mode: Mode, event: &KeyEvent) -> Option<Action> {
        let found = BINDINGS
            .iter()
            .zip(&self.keys)
            .filter(|(b, _)| b.mode == mode || b.mode == Mode::Any)
            .find(|(_, keys)| keys.iter().any(|k| k.matches(event)));
        if let Some((binding, _)) = found {
            return Some(binding.action);
        }
        match event.code {
            KeyCode::Char(c)
                if types_text(mode)
                    && !event
                        .modifiers
                        .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT) =>
            {
                Some(Action::TypeChar(c))
            }
            _ => None,
        }
    }

    /// The bindings a footer offers in a mode and on a tab: (keys, what they do). A
    /// rebound binding shows its first new key.
    pub fn footer_hints(&self, mode: Mode, tab: Tab, lang: Lang) -> Vec<(String, &'static str)> {
        BINDINGS
            .iter()
            .zip(&self.keys)
            .filter(|(b, _)| b.mode == mode && !b.label.is_empty())
            .filter(|(b, _)| match b.footer {
                Footer::HelpOnly => false,
                Footer::Always => true,
                Footer::On(tabs) => tabs.contains(&tab),
            })
            .filter_map(|(b, keys)| {
                let label = if keys.as_slice() == b.keys {
                    b.label.to_string()
                } else {
                    keys.first()?.name()
                };
                Some((label, lang.t(b.hint)))
            })
            .collect()
    }

    /// How many lines the help overlay has: a heading and a blank line per section, a line per row.
    pub fn help_line_count(&self) -> usize {
        self.help_sections(Lang::En)
            .iter()
            .map(|(_, rows)| rows.len() + 2)
            .sum::<usize>()
            .saturating_sub(1)
    }

    /// The help overlay, mode by mode: (heading, [(every key of a binding, what it does)]).
    pub fn help_sections(&self, lang: Lang) -> Vec<(&'static str, Vec<(String, &'static str)>)> {
        MODES
            .into_iter()
            .map(|mode| {
                let mut rows: Vec<(String, &'static str)> = BINDINGS
                    .iter()
                    .zip(&self.keys)
                    .filter(|(b, keys)| b.mode == mode && !keys.is_empty())
                    .map(|(b, keys)| {
                        (
                            keys.iter().map(Key::name).collect::<Vec<_>>().join(" "),
                            lang.t(b.description),
                        )
                    })
                    .collect();
                if types_text(mode) {
                    rows.push((
                        lang.t("help.letters").to_string(),
                        lang.t("help.type_to_search"),
                    ));
                }
                (mode.heading(lang), rows)
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn press(code: KeyCode, modifiers: KeyModifiers) -> KeyEvent {
        KeyEvent::new(code, modifiers)
    }

    #[test]
    fn keys_dispatch_by_mode() {
        let q = press(KeyCode::Char('q'), KeyModifiers::NONE);
        assert_eq!(
            KeyMap::default().action_for(Mode::Normal, &q),
            Some(Action::Quit)
        );
        assert_eq!(
            KeyMap::default().action_for(Mode::Picker, &q),
            Some(Action::TypeChar('q'))
        );
        assert_eq!(
            KeyMap::default()
                .action_for(Mode::Normal, &press(KeyCode::Char('3'), KeyModifiers::NONE)),
            Some(Action::ShowTab(Tab::Technology))
        );
        assert_eq!(
            KeyMap::default().action_for(
                Mode::Picker,
                &press(KeyCode::Char('a'), KeyModifiers::CONTROL)
            ),
            Some(Action::MarkAllShown)
        );
        assert_eq!(
            KeyMap::default()
                .action_for(Mode::Normal, &press(KeyCode::Char('x'), KeyModifiers::NONE)),
            None
        );
    }

    #[test]
    fn shifted_characters_match_as_on_spanish_keyboards() {
        let question = press(KeyCode::Char('?'), KeyModifiers::SHIFT);
        assert_eq!(
            KeyMap::default().action_for(Mode::Normal, &question),
            Some(Action::ToggleHelp)
        );
        let slash = press(KeyCode::Char('/'), KeyModifiers::SHIFT);
        assert_eq!(
            KeyMap::default().action_for(Mode::Normal, &slash),
            Some(Action::OpenPicker)
        );
    }

    #[test]
    fn every_action_in_the_help_is_reachable_by_its_keys() {
        for binding in BINDINGS.iter() {
            let modes = if binding.mode == Mode::Any {
                vec![Mode::Normal, Mode::Picker, Mode::Search]
            } else {
                vec![binding.mode]
            };
            for k in binding.keys {
                let event = press(k.code, k.modifiers);
                for mode in &modes {
                    assert_eq!(
                        KeyMap::default().action_for(*mode, &event),
                        Some(binding.action),
                        "{binding:?}"
                    );
                }
            }
        }
        let help = KeyMap::default().help_sections(Lang::En);
        assert!(
            help.iter()
                .any(|(_, rows)| rows.contains(&("c /".to_string(), "choose clusters")))
        );
        assert!(
            help.iter()
                .any(|(_, rows)| rows.contains(&("^A".to_string(), "mark all shown")))
        );
    }
}

#[cfg(test)]
mod config_tests {
    use super::*;

    #[test]
    fn actions_have_config_names() {
        assert_eq!(action_name(Action::NextTab), "next_tab");
        assert_eq!(
            action_name(Action::ShowTab(Tab::Overview)),
            "show_tab_overview"
        );
        assert_eq!(action_name(Action::OpenPicker), "open_picker");
    }

    #[test]
    fn keys_parse_as_written_in_the_config() {
        assert_eq!(
            parse_key("q"),
            Some(Key {
                code: KeyCode::Char('q'),
                modifiers: KeyModifiers::NONE
            })
        );
        assert_eq!(
            parse_key("ctrl-A"),
            Some(Key {
                code: KeyCode::Char('a'),
                modifiers: KeyModifiers::CONTROL
            })
        );
        assert_eq!(
            parse_key("F5"),
            Some(Key {
                code: KeyCode::F(5),
                modifiers: KeyModifiers::NONE
            })
        );
        assert_eq!(
            parse_key("shift-tab"),
            Some(Key {
                code: KeyCode::BackTab,
                modifiers: KeyModifiers::NONE
            })
        );
        assert_eq!(
            parse_key("ñ"),
            Some(Key {
                code: KeyCode::Char('ñ'),
                modifiers: KeyModifiers::NONE
            })
        );
        assert_eq!(parse_key("qq"), None);
        assert_eq!(parse_key("f13"), None);
    }

    #[test]
    fn rebinding_changes_dispatch_help_and_footer() {
        let mut map = KeyMap::default();
        map.rebind(
            "dashboard",
            "open_picker",
            &["x".into(), "ctrl-p".into()],
            Lang::En,
        )
        .unwrap();
        let x = KeyEvent::new(KeyCode::Char('x'), KeyModifiers::NONE);
        assert_eq!(map.action_for(Mode::Normal, &x), Some(Action::OpenPicker));
        let c = KeyEvent::new(KeyCode::Char('c'), KeyModifiers::NONE);
        assert_eq!(
            map.action_for(Mode::Normal, &c),
            None,
            "the old key is free"
        );
        assert!(
            map.footer_hints(Mode::Normal, Tab::Overview, Lang::En)
                .contains(&("x".to_string(), "clusters"))
        );
        assert!(
            map.help_sections(Lang::En)[0]
                .1
                .contains(&("x ^P".to_string(), "choose clusters"))
        );
    }

    #[test]
    fn rebinding_errors_say_what_is_wrong() {
        let mut map = KeyMap::default();
        assert!(
            map.rebind("dashbord", "quit", &[], Lang::En)
                .unwrap_err()
                .starts_with("unknown section \"dashbord\"")
        );
        assert!(
            map.rebind("dashboard", "fly", &[], Lang::En)
                .unwrap_err()
                .starts_with("unknown action \"fly\" in [keys.dashboard]")
        );
        assert_eq!(
            map.rebind("dashboard", "quit", &["ctrl".into(), "q".into()], Lang::En)
                .unwrap_err(),
            "\"ctrl\" is not a key (try q, ctrl-a, space, left, f1)"
        );
        assert_eq!(
            map.rebind("dashboard", "quit", &["c".into()], Lang::En)
                .unwrap_err(),
            "c is already bound to open_picker in [keys.dashboard]"
        );
    }
}
