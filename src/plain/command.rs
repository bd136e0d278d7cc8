//! The commands plain mode reads, one per line: `tab cooperation`, `cluster HEGAN`,
//! `year 2023`, `lang eu`, `problems`, `changes`, `show`, `help`, `quit`. Command words are
//! English, like the keys; tabs may also be named by their number or their title in
//! the current language.

use crate::app::tab::Tab;
use crate::i18n::Lang;

/// One command.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PlainCommand {
    /// Show a tab.
    Tab(Tab),
    /// Narrow the filter to these cluster ids, or widen it to all (empty).
    Clusters(Vec<String>),
    /// Choose a year.
    Year(i32),
    /// Speak another language.
    Lang(Lang),
    /// List the data problems.
    Problems,
    /// List the values that changed since the last review.
    Changes,
    /// List the reporting status of the clusters shown.
    Reporting,
    /// Show the current view again.
    Show,
    /// List the commands.
    Help,
    /// Leave.
    Quit,
}

/// Why a line is not a command, for the message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CommandError {
    /// A word that is no command.
    Unknown(String),
    /// A command whose argument is missing or wrong.
    BadArgument {
        /// The command.
        command: &'static str,
        /// What was given.
        found: String,
    },
}

/// The command of a line, `None` for a blank line or a comment (`#`).
pub fn parse_command(line: &str, lang: Lang) -> Option<Result<PlainCommand, CommandError>> {
    let line = line.trim();
    if line.is_empty() || line.starts_with('#') {
        return None;
    }
    let (word, rest) = line.split_once(char::is_whitespace).unwrap_or((line, ""));
    let rest = rest.trim();
    let bad = |command: &'static str| CommandError::BadArgument {
        command,
        found: rest.to_string(),
    };
    Some(match word.to_ascii_lowercase().as_str() {
        "tab" => tab_named(rest, lang) // not translated: command syntax
            .map(PlainCommand::Tab)
            .ok_or_else(|| bad("tab")), // not translated: command syntax
        // not translated: command syntax
        "cluster" | "clusters" => {
            let ids: Vec<String> = rest
                .split([',', ' '])
                .filter(|id| !id.is_empty())
                .map(str::to_ascii_uppercase)
                .collect();
            match ids.as_slice() {
                [] => Err(bad("cluster")), // not translated: command syntax
                [all] if all == "ALL" => Ok(PlainCommand::Clusters(Vec::new())), // not translated: command syntax
                _ => Ok(PlainCommand::Clusters(ids)),
            }
        }
        "year" => rest // not translated: command syntax
            .parse::<i32>()
            .map(PlainCommand::Year)
            .map_err(|_| bad("year")), // not translated: command syntax
        "lang" => Lang::ALL // not translated: command syntax
            .into_iter()
            .find(|l| l.code() == rest.to_ascii_lowercase())
            .map(PlainCommand::Lang)
            .ok_or_else(|| bad("lang")), // not translated: command syntax
        "problems" => Ok(PlainCommand::Problems), // not translated: command syntax
        "changes" => Ok(PlainCommand::Changes),   // not translated: command syntax
        "reporting" => Ok(PlainCommand::Reporting), // not translated: command syntax
        "show" => Ok(PlainCommand::Show),         // not translated: command syntax
        "help" | "?" => Ok(PlainCommand::Help),   // not translated: command syntax
        "quit" | "exit" | "q" => Ok(PlainCommand::Quit), // not translated: command syntax
        _ => Err(CommandError::Unknown(word.to_string())),
    })
}

/// A tab by its key (`cooperation`), its number (`2`) or its title in `lang`.
fn tab_named(name: &str, lang: Lang) -> Option<Tab> {
    let name = name.to_lowercase();
    Tab::ALL.into_iter().find(|tab| {
        tab.key() == name
            || (tab.index() + 1).to_string() == name
            || tab.title(lang).to_lowercase() == name
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn commands_are_read_from_lines() {
        let en = Lang::En;
        let read = |line: &str| parse_command(line, en);
        assert_eq!(
            read("tab cooperation"),
            Some(Ok(PlainCommand::Tab(Tab::Cooperation)))
        );
        assert_eq!(read("tab 3"), Some(Ok(PlainCommand::Tab(Tab::Technology))));
        assert_eq!(
            read("  cluster hegan, GAIA "),
            Some(Ok(PlainCommand::Clusters(vec![
                "HEGAN".into(),
                "GAIA".into()
            ])))
        );
        assert_eq!(
            read("cluster all"),
            Some(Ok(PlainCommand::Clusters(Vec::new())))
        );
        assert_eq!(read("year 2023"), Some(Ok(PlainCommand::Year(2023))));
        assert_eq!(read("lang eu"), Some(Ok(PlainCommand::Lang(Lang::Eu))));
        assert_eq!(read("HELP"), Some(Ok(PlainCommand::Help)));
        assert_eq!(read("changes"), Some(Ok(PlainCommand::Changes)));
        assert_eq!(read("reporting"), Some(Ok(PlainCommand::Reporting)));
        assert_eq!(read("quit"), Some(Ok(PlainCommand::Quit)));
        assert_eq!(read(""), None);
        assert_eq!(read("# a comment"), None);
        assert_eq!(
            read("fly away"),
            Some(Err(CommandError::Unknown("fly".into())))
        );
        assert_eq!(
            read("year soon"),
            Some(Err(CommandError::BadArgument {
                command: "year",
                found: "soon".into()
            }))
        );
        assert_eq!(
            parse_command(&format!("tab {}", Tab::Business.title(Lang::Eu)), Lang::Eu),
            Some(Ok(PlainCommand::Tab(Tab::Business))),
            "a tab by its title in the language spoken"
        );
    }
}
