//! The command line's help in the language spoken: each command's description and
//! examples, every option, the list of an option's values and the headings, from the
//! catalogue (`cli_help.*`). The options themselves stay as they are.

use std::ffi::OsString;

use clap::error::{ContextKind, ErrorKind};
use clap::{Arg, ArgAction, Command};

use crate::i18n::Lang;

/// The language option.
// not translated: an option's name
const LANG_OPTION: &str = "--lang";

/// The arguments with a `--lang X` (or `--lang=X`) given before a command's name moved
/// after it, where clap takes it (top-level options conflict with commands).
pub fn lang_after_command(mut args: Vec<OsString>) -> Vec<OsString> {
    use clap::CommandFactory;
    let text = |arg: &OsString| arg.to_str().unwrap_or("").to_string();
    let mut commands: Vec<String> = crate::cli::args::Cli::command()
        .get_subcommands()
        .map(|c| c.get_name().to_string())
        .collect();
    commands.push(HELP.to_string());
    let Some(command) = args.iter().position(|a| commands.contains(&text(a))) else {
        return args;
    };
    let Some(at) = args[..command].iter().position(|a| {
        let a = text(a);
        a == LANG_OPTION || a.starts_with(&format!("{LANG_OPTION}="))
    }) else {
        return args;
    };
    let width = if text(&args[at]) == LANG_OPTION && at + 1 < command {
        2
    } else {
        1
    };
    let moved: Vec<OsString> = args.drain(at..at + width).collect();
    let command = command - width;
    for (offset, arg) in moved.into_iter().enumerate() {
        args.insert(command + 1 + offset, arg);
    }
    args
}

/// The id and long name of the help flag.
// not translated: a flag's name
const HELP: &str = "help";
/// The id and long name of the version flag.
// not translated: a flag's name
const VERSION: &str = "version";

/// The catalogue key of one part of a command's help: `cli_help.check.about`.
fn help_key(command: &str, part: &str) -> String {
    // not translated: the catalogue's key pattern
    format!("cli_help.{command}.{part}")
}

/// The language of this run: `--lang X` (or `--lang=X`) among the arguments, else the
/// environment. Read before the arguments are parsed, so that `--help` speaks it.
pub fn language_in(args: &[OsString]) -> Lang {
    let text = |arg: &OsString| arg.to_str().unwrap_or("").to_string();
    let code = |value: &str| Lang::ALL.into_iter().find(|l| l.code() == value);
    let option = args.windows(2).find_map(|pair| {
        (text(&pair[0]) == LANG_OPTION)
            .then(|| code(&text(&pair[1])))
            .flatten()
    });
    let joined = args.iter().find_map(|arg| {
        let arg = text(arg);
        let value = arg.strip_prefix(LANG_OPTION)?.strip_prefix('=')?;
        code(value)
    });
    crate::i18n::language_choice::choose_language(option.or(joined), None, |name| {
        std::env::var(name).ok()
    })
    .0
}

/// The command with its help in `lang`.
pub fn localized(command: Command, lang: Lang) -> Command {
    // not translated: the catalogue's name for the top-level command
    let mut command = localize(command, "main", lang)
        .subcommand_help_heading(lang.t("cli_help.heading.commands"))
        .disable_version_flag(true)
        .arg(
            Arg::new(VERSION)
                .short('V')
                .long(VERSION)
                .action(ArgAction::Version)
                .help(lang.t("cli_help.flag.version"))
                .help_heading(lang.t("cli_help.heading.options")),
        )
        .mut_subcommands(|sub| {
            let name = sub.get_name().to_string();
            localize(sub, &name, lang)
        });
    // The `help` command is made when the command is built: describe it after that.
    command.build();
    command.mut_subcommand(HELP, |help| {
        help.about(lang.t("cli_help.flag.help_command"))
    })
}

/// One command's texts and its options' help.
fn localize(command: Command, name: &str, lang: Lang) -> Command {
    let key = |part: &str| help_key(name, part);
    let template = format!(
        "{{about-with-newline}}\n{} {{usage}}\n\n{{all-args}}{{after-help}}",
        lang.t("cli_help.heading.usage")
    );
    let (arguments, options) = (
        lang.t("cli_help.heading.arguments"),
        lang.t("cli_help.heading.options"),
    );
    let mut command = command.help_template(template).disable_help_flag(true).arg(
        Arg::new(HELP)
            .short('h')
            .long(HELP)
            .action(ArgAction::Help)
            .help(lang.t("cli_help.flag.help"))
            .help_heading(options),
    );
    // not translated: parts of the catalogue's keys
    if let Some(about) = lang.lookup(&key("about")) {
        command = command.about(about);
    }
    // not translated: parts of the catalogue's keys
    if let Some(after) = lang.lookup(&key("after_help")) {
        command = command.after_help(after);
    }
    command.mut_args(|arg| {
        let id = arg.get_id().to_string();
        let Some(help) = lang.lookup(&key(&id)) else {
            return arg;
        };
        let heading = if arg.is_positional() {
            arguments
        } else {
            options
        };
        let takes_values = arg.get_action().takes_values();
        let defaults: Vec<String> = arg
            .get_default_values()
            .iter()
            .map(|v| v.to_string_lossy().into_owned())
            .collect();
        let (help, arg) = if defaults.is_empty() || !takes_values {
            (help.to_string(), arg)
        } else {
            // clap would write "[default: …]" in English: say it in the language.
            let default = lang.f("cli_help.default", &[("value", &defaults.join(", "))]);
            (format!("{help} {default}"), arg.hide_default_value(true))
        };
        // not translated: parts of the catalogue's keys
        match lang.lookup(&key(&format!("{id}_values"))) {
            Some(values) => {
                // The short help names the values; the long one says what each means.
                let names: Vec<String> = arg
                    .get_possible_values()
                    .iter()
                    .map(|v| v.get_name().to_string())
                    .collect();
                let short = format!(
                    "{help} {}",
                    lang.f("cli_help.possible", &[("values", &names.join(", "))])
                );
                arg.help(short)
                    .help_heading(heading)
                    .long_help(format!("{help}\n{values}"))
                    .hide_possible_values(true)
            }
            None => arg.help(help.clone()).help_heading(heading).long_help(help),
        }
    })
}

/// What is wrong with the arguments, in `lang`, for the errors people meet most (an
/// unknown option, a wrong value, a missing one); clap's own words for the rest.
pub fn argument_error_text(error: &clap::Error, lang: Lang) -> String {
    let context = |kind: ContextKind| error.get(kind).map(|v| v.to_string()).unwrap_or_default();
    let (arg, value, prior) = (
        context(ContextKind::InvalidArg),
        context(ContextKind::InvalidValue),
        context(ContextKind::PriorArg),
    );
    let command = context(ContextKind::InvalidSubcommand);
    // Only when clap says what it needs for the sentence; its own words otherwise.
    let key = match error.kind() {
        ErrorKind::UnknownArgument if !arg.is_empty() => "cli.arg_unknown",
        ErrorKind::InvalidValue | ErrorKind::ValueValidation
            if !arg.is_empty() && !value.is_empty() =>
        {
            "cli.arg_invalid_value"
        }
        ErrorKind::MissingRequiredArgument if !arg.is_empty() => "cli.arg_missing",
        ErrorKind::ArgumentConflict if !arg.is_empty() && !prior.is_empty() && arg != prior => {
            "cli.arg_conflict"
        }
        ErrorKind::InvalidSubcommand if !command.is_empty() => "cli.arg_unknown_command",
        _ => return error.render().to_string(),
    };
    let mut text = lang.f(
        key,
        &[
            ("arg", &arg),
            ("value", &value),
            ("command", &command),
            ("other", &prior),
        ],
    );
    let suggested = context(ContextKind::SuggestedArg) + &context(ContextKind::SuggestedValue);
    if !suggested.is_empty() {
        text.push_str(&format!(
            "\n  {}",
            lang.f("cli.arg_suggested", &[("suggestion", &suggested)])
        ));
    }
    let valid = context(ContextKind::ValidValue);
    if !valid.is_empty() {
        text.push_str(&format!(
            "\n  {}",
            lang.f("cli.arg_possible_values", &[("values", &valid)])
        ));
    }
    let usage = context(ContextKind::Usage);
    // not translated: clap's own heading, replaced by the catalogue's
    let usage = usage.trim_start_matches("Usage:").trim();
    let usage = if usage.is_empty() {
        String::new()
    } else {
        format!("{} {usage}\n\n", lang.t("cli_help.heading.usage"))
    };
    format!(
        "{}\n\n{usage}{}",
        lang.f("cli.error", &[("error", &text)]),
        lang.t("cli.arg_more")
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn the_localized_command_is_well_formed_in_every_language() {
        for lang in Lang::ALL {
            localized(crate::cli::args::Cli::command(), lang).debug_assert();
        }
    }

    #[test]
    fn the_language_is_read_from_the_arguments_before_they_are_parsed() {
        let args = |list: &[&str]| list.iter().map(OsString::from).collect::<Vec<_>>();
        assert_eq!(
            language_in(&args(&["clusterdash", "--lang", "eu"])),
            Lang::Eu
        );
        assert_eq!(
            language_in(&args(&["clusterdash", "check", "--lang=es"])),
            Lang::Es
        );
        assert_eq!(
            lang_after_command(args(&["clusterdash", "--lang", "es", "check", "data"])),
            args(&["clusterdash", "check", "--lang", "es", "data"])
        );
        assert_eq!(
            lang_after_command(args(&["clusterdash", "--lang=eu", "report"])),
            args(&["clusterdash", "report", "--lang=eu"])
        );
        assert_eq!(
            lang_after_command(args(&["clusterdash", "--lang", "eu", "my-data"])),
            args(&["clusterdash", "--lang", "eu", "my-data"]),
            "no command: nothing moves"
        );
    }

    #[test]
    fn argument_errors_are_written_in_the_language() {
        let error = localized(crate::cli::args::Cli::command(), Lang::Es)
            .try_get_matches_from(["clusterdash", "--bogus"])
            .unwrap_err();
        let text = argument_error_text(&error, Lang::Es);
        assert!(
            text.contains(&Lang::Es.f("cli.arg_unknown", &[("arg", &"--bogus")])),
            "{text}"
        );
        assert!(text.contains(Lang::Es.t("cli.arg_more")), "{text}");
    }
}
