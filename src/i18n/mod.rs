//! The languages clusterdash speaks (English, Spanish, Basque) and the one catalogue of
//! visible text per language; numbers written as each language writes them. Knows
//! nothing of the terminal or the data; every layer above may use it.
//!
//! A catalogue is a TOML file under `catalogues/`, built into the binary: keys in
//! sections (`[tab] overview = "…"` is `tab.overview`), `{name}` for what is filled
//! in. A comment `# check` after an entry marks a translation for a native speaker to
//! review. Tests check that every catalogue has exactly English's keys and
//! placeholders.

pub mod language_choice;
pub mod numbers;
pub mod phrase;

use std::collections::HashMap;
use std::fmt::Display;
use std::sync::OnceLock;

/// A language of the interface.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    /// English, the default.
    #[default]
    En,
    /// Spanish.
    Es,
    /// Basque.
    Eu,
}

/// The catalogue files, in [`Lang::ALL`] order.
const SOURCES: [&str; 3] = [
    include_str!("catalogues/en.toml"),
    include_str!("catalogues/es.toml"),
    include_str!("catalogues/eu.toml"),
];

/// One language's texts by key.
pub type Catalogue = HashMap<String, String>;

impl Lang {
    /// Every language, in the order the switching key steps through them.
    pub const ALL: [Lang; 3] = [Lang::En, Lang::Es, Lang::Eu];

    /// The language's code: `en`, `es` or `eu`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Es => "es",
            Lang::Eu => "eu",
        }
    }

    /// The language of a code (`es`) or a locale name (`es_ES.UTF-8`, `eu-ES`).
    pub fn parse(text: &str) -> Option<Lang> {
        let code = text
            .split(['_', '-', '.', '@'])
            .next()
            .unwrap_or("")
            .to_ascii_lowercase();
        Lang::ALL.into_iter().find(|l| l.code() == code)
    }

    /// The next language, for the key that switches at run time.
    pub fn next(self) -> Lang {
        let at = Lang::ALL.iter().position(|l| *l == self).unwrap_or(0);
        Lang::ALL[(at + 1) % Lang::ALL.len()]
    }

    /// The text of `key`; English's when this catalogue lacks it (the tests see that
    /// none does), and the key itself when English lacks it too.
    pub fn t(self, key: &str) -> &'static str {
        let all = catalogues();
        let index = Lang::ALL.iter().position(|l| *l == self).unwrap_or(0);
        all[index]
            .get(key)
            .or_else(|| all[0].get(key))
            .map_or_else(|| leak_key(key), |text| text.as_str())
    }

    /// The text of `key`, or English's; `None` when no catalogue has it.
    pub fn lookup(self, key: &str) -> Option<&'static str> {
        let all = catalogues();
        let index = Lang::ALL.iter().position(|l| *l == self).unwrap_or(0);
        all[index]
            .get(key)
            .or_else(|| all[0].get(key))
            .map(String::as_str)
    }

    /// The text of `key` with its `{name}` placeholders filled in.
    pub fn f(self, key: &str, args: &[(&str, &dyn Display)]) -> String {
        fill(self.t(key), args)
    }

    /// The shown form of a data-format word (`area.cooperation`, `unit.pct`): the
    /// catalogue has one for every word of the format's closed lists.
    pub fn word(self, list: &str, word: &str) -> &'static str {
        self.t(&format!("{list}.{word}"))
    }

    /// A count with its noun: `{key}.one` for one, `{key}.other` for any other
    /// number, with `{n}` filled in ("1 cluster", "22 clusters").
    pub fn count(self, key: &str, n: usize) -> String {
        self.count_with(key, n, &[])
    }

    /// As [`Lang::count`], with `{n}` written as the language writes numbers
    /// ("1,234 rows", "1.234 filas") and the other placeholders filled from `args`.
    pub fn count_with(self, key: &str, n: usize, args: &[(&str, &dyn Display)]) -> String {
        let form = if n == 1 { "one" } else { "other" };
        let number = self.decimal(n as f64, 0);
        let mut all: Vec<(&str, &dyn Display)> = vec![("n", &number)];
        all.extend_from_slice(args);
        self.f(&format!("{key}.{form}"), &all)
    }
}

/// Fills `{name}` placeholders of `template` from `args`; others are left as they are.
pub fn fill(template: &str, args: &[(&str, &dyn Display)]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        match after.find('}').map(|close| (&after[..close], close)) {
            Some((name, close)) => match args.iter().find(|(n, _)| *n == name) {
                Some((_, value)) => {
                    out.push_str(&value.to_string());
                    rest = &after[close + 1..];
                }
                None => {
                    out.push('{');
                    rest = after;
                }
            },
            None => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// Every catalogue, parsed once.
pub fn catalogues() -> &'static [Catalogue; 3] {
    static PARSED: OnceLock<[Catalogue; 3]> = OnceLock::new();
    PARSED.get_or_init(|| SOURCES.map(|source| parse_catalogue(source).unwrap_or_default()))
}

/// A catalogue's keys and texts, or why it cannot be read.
pub fn parse_catalogue(source: &str) -> Result<Catalogue, String> {
    let table: toml::Table = source.parse().map_err(|e: toml::de::Error| e.to_string())?;
    let mut out = Catalogue::new();
    flatten("", &table, &mut out)?;
    Ok(out)
}

fn flatten(prefix: &str, table: &toml::Table, out: &mut Catalogue) -> Result<(), String> {
    for (name, value) in table {
        let key = if prefix.is_empty() {
            name.clone()
        } else {
            format!("{prefix}.{name}")
        };
        match value {
            toml::Value::String(text) => {
                out.insert(key, text.clone());
            }
            toml::Value::Table(inner) => flatten(&key, inner, out)?,
            _ => return Err(format!("{key}: expected text")),
        }
    }
    Ok(())
}

/// A missing key shown as itself (only reached when English lacks it, which the
/// tests rule out); kept for the program's life, once per key.
fn leak_key(key: &str) -> &'static str {
    static MISSING: OnceLock<std::sync::Mutex<HashMap<String, &'static str>>> = OnceLock::new();
    let mut missing = MISSING
        .get_or_init(Default::default)
        .lock()
        .unwrap_or_else(|e| e.into_inner());
    missing
        .entry(key.to_string())
        .or_insert_with(|| Box::leak(key.to_string().into_boxed_str()))
}

/// The `{name}` placeholders of a text, sorted.
pub fn placeholders(text: &str) -> Vec<&str> {
    let mut names: Vec<&str> = text
        .split('{')
        .skip(1)
        .filter_map(|part| part.split_once('}').map(|(name, _)| name))
        .filter(|name| {
            !name.is_empty() && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
        })
        .collect();
    names.sort_unstable();
    names.dedup();
    names
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_choose_their_form_and_write_the_number_as_the_language_does() {
        let file: &dyn Display = &"a.csv";
        assert_eq!(
            Lang::En.count_with("cli.wrote_rows", 1, &[("file", file)]),
            "wrote 1 row to a.csv"
        );
        assert_eq!(
            Lang::En.count_with("cli.wrote_rows", 1234, &[("file", file)]),
            "wrote 1,234 rows to a.csv"
        );
        assert_eq!(
            Lang::Es.count_with("cli.wrote_rows", 1234, &[("file", file)]),
            "1.234 filas escritas en a.csv"
        );
        assert_eq!(Lang::En.count("filter.all_clusters", 1), "1 cluster");
        assert_eq!(Lang::En.count("filter.all_clusters", 22), "All 22 clusters");
        assert_eq!(Lang::En.count("count.changed_value", 1), "1 value changed");
    }
}
