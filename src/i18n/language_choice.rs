//! Which language to speak: the `--lang` option, then the config file, then the
//! environment (`LC_ALL`, `LC_MESSAGES`, `LANG`, the first one set decides, as for
//! any program), then English.

use super::Lang;

/// Where the language came from, for `--help` and error messages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LanguageSource {
    /// The `--lang` option.
    Option,
    /// The config file's `lang`.
    ConfigFile,
    /// The named environment variable.
    Environment(&'static str),
    /// Nothing said: English.
    Default,
}

/// The locale variables, in the order that decides.
pub const LOCALE_VARIABLES: [&str; 3] = ["LC_ALL", "LC_MESSAGES", "LANG"];

/// The language from the environment: the first of [`LOCALE_VARIABLES`] that is set
/// and not empty decides; a language clusterdash does not speak (or `C`) is English.
pub fn language_from_environment(
    variable: impl Fn(&str) -> Option<String>,
) -> Option<(Lang, &'static str)> {
    LOCALE_VARIABLES.iter().find_map(|&name| {
        let value = variable(name).filter(|v| !v.is_empty())?;
        Some((Lang::parse(&value).unwrap_or(Lang::En), name))
    })
}

/// The language to speak and where it came from: `option` (already parsed), then
/// `config`, then the environment.
pub fn choose_language(
    option: Option<Lang>,
    config: Option<Lang>,
    variable: impl Fn(&str) -> Option<String>,
) -> (Lang, LanguageSource) {
    if let Some(lang) = option {
        return (lang, LanguageSource::Option);
    }
    if let Some(lang) = config {
        return (lang, LanguageSource::ConfigFile);
    }
    match language_from_environment(variable) {
        Some((lang, name)) => (lang, LanguageSource::Environment(name)),
        None => (Lang::En, LanguageSource::Default),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env<'a>(pairs: &'a [(&'a str, &'a str)]) -> impl Fn(&str) -> Option<String> + 'a {
        move |name| {
            pairs
                .iter()
                .find(|(n, _)| *n == name)
                .map(|(_, v)| v.to_string())
        }
    }

    #[test]
    fn the_option_wins_then_the_config_then_the_first_locale_variable_set() {
        let basque = [("LANG", "eu_ES.UTF-8")];
        assert_eq!(
            choose_language(Some(Lang::Es), Some(Lang::En), env(&basque)),
            (Lang::Es, LanguageSource::Option)
        );
        assert_eq!(
            choose_language(None, Some(Lang::En), env(&basque)),
            (Lang::En, LanguageSource::ConfigFile)
        );
        assert_eq!(
            choose_language(None, None, env(&basque)),
            (Lang::Eu, LanguageSource::Environment("LANG"))
        );
        let all = [
            ("LC_ALL", "es_ES.UTF-8"),
            ("LC_MESSAGES", "eu"),
            ("LANG", "en_GB"),
        ];
        assert_eq!(choose_language(None, None, env(&all)).0, Lang::Es);
        let messages = [("LC_ALL", ""), ("LC_MESSAGES", "eu_ES"), ("LANG", "es_ES")];
        assert_eq!(choose_language(None, None, env(&messages)).0, Lang::Eu);
        let other = [("LC_ALL", "C"), ("LANG", "es_ES")];
        assert_eq!(
            choose_language(None, None, env(&other)),
            (Lang::En, LanguageSource::Environment("LC_ALL"))
        );
        assert_eq!(
            choose_language(None, None, env(&[])),
            (Lang::En, LanguageSource::Default)
        );
    }
}
