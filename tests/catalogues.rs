//! The language catalogues: each has exactly English's keys and placeholders, every
//! key the code names exists, every word of the data format's shown lists has a text,
//! and no visible text in the dashboard's code bypasses the catalogue.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use clusterdash::data::format::vocabulary::{Area, ClusterStatus, Unit, ValueStatus, Vocabulary};
use clusterdash::i18n::{Lang, catalogues, parse_catalogue, placeholders};

fn source_of(lang: Lang) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("src/i18n/catalogues")
        .join(format!("{}.toml", lang.code()));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

#[test]
fn every_catalogue_has_exactly_the_english_keys_and_placeholders() {
    let english = parse_catalogue(&source_of(Lang::En)).expect("en.toml parses");
    assert!(english.len() > 200, "{} keys", english.len());
    let mut failures = Vec::new();
    for lang in [Lang::Es, Lang::Eu] {
        let other = parse_catalogue(&source_of(lang))
            .unwrap_or_else(|e| panic!("{}.toml: {e}", lang.code()));
        for key in english.keys().filter(|k| !other.contains_key(*k)) {
            failures.push(format!("{}.toml lacks {key}", lang.code()));
        }
        for key in other.keys().filter(|k| !english.contains_key(*k)) {
            failures.push(format!(
                "{}.toml has {key}, which en.toml lacks",
                lang.code()
            ));
        }
        for (key, text) in &other {
            if let Some(english_text) = english.get(key)
                && placeholders(english_text) != placeholders(text)
            {
                failures.push(format!(
                    "{}.toml {key}: placeholders {:?}, English has {:?}",
                    lang.code(),
                    placeholders(text),
                    placeholders(english_text)
                ));
            }
            if text.trim().is_empty() && !english[key].trim().is_empty() {
                failures.push(format!("{}.toml {key} is empty", lang.code()));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn the_built_in_catalogues_are_the_files() {
    for (lang, built_in) in Lang::ALL.iter().zip(catalogues()) {
        assert_eq!(
            &parse_catalogue(&source_of(*lang)).unwrap(),
            built_in,
            "{}",
            lang.code()
        );
    }
}

#[test]
fn every_shown_word_of_the_data_format_has_a_text() {
    let english = &catalogues()[0];
    let mut missing = Vec::new();
    let mut need = |list: &str, words: &[&str]| {
        for word in words {
            let key = format!("{list}.{word}");
            if !english.contains_key(&key) {
                missing.push(key);
            }
        }
    };
    need("area", Area::WORDS);
    need("area_short", Area::WORDS);
    need("area_title", Area::WORDS);
    need("unit", Unit::WORDS);
    need("unit_suffix", Unit::WORDS);
    need("value_status", ValueStatus::WORDS);
    need("value_status_short", ValueStatus::WORDS);
    need("cluster_status", ClusterStatus::WORDS);
    need("cluster_status_short", ClusterStatus::WORDS);
    need("frequency", &["yearly", "quarterly", "monthly"]);
    assert!(missing.is_empty(), "{missing:?}");
}

/// The non-test code of every `.rs` file under `dir`.
fn code_files(dir: &Path) -> Vec<(PathBuf, String)> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            out.extend(code_files(&path));
        } else if path.extension().is_some_and(|e| e == "rs") {
            let text = std::fs::read_to_string(&path).unwrap();
            let code = text.split("#[cfg(test)]").next().unwrap_or("").to_string();
            out.push((path, code));
        }
    }
    out
}

/// The string literals of a line of code (not of its comment).
fn literals(line: &str) -> Vec<String> {
    let code = match line.find("//") {
        Some(at)
            if !line[..at].contains('"') || line[..at].matches('"').count().is_multiple_of(2) =>
        {
            &line[..at]
        }
        _ => line,
    };
    let mut out = Vec::new();
    let mut chars = code.chars().peekable();
    let mut previous = ' ';
    while let Some(c) = chars.next() {
        if c == '"' && previous != '\'' && previous != '\\' {
            let mut text = String::new();
            let mut escaped = false;
            for d in chars.by_ref() {
                if escaped {
                    // An escape (`\n`, `\u{a0}`) is not a letter of the text.
                    text.push(if d.is_alphanumeric() { ' ' } else { d });
                    escaped = false;
                } else if d == '\\' {
                    escaped = true;
                } else if d == '"' {
                    break;
                } else {
                    text.push(d);
                }
            }
            out.push(text);
        }
        previous = c;
    }
    out
}

fn looks_like_a_key(text: &str) -> bool {
    let mut parts = text.split('.');
    parts.clone().count() >= 2
        && parts.all(|p| {
            !p.is_empty()
                && p.chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
        })
}

#[test]
fn every_key_the_code_names_is_in_the_english_catalogue() {
    let english = &catalogues()[0];
    let sections: BTreeSet<&str> = english.keys().filter_map(|k| k.split('.').next()).collect();
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut unknown = BTreeSet::new();
    for (path, code) in code_files(&src) {
        for (n, line) in code.lines().enumerate() {
            for text in literals(line) {
                // A key is a dotted name whose first part is a catalogue section, written
                // anywhere (in a call, a table or a match arm); file names are not keys.
                let section = text.split('.').next().unwrap_or("");
                let names_a_section = sections.contains(section)
                    && ![".csv", ".toml", ".md", ".rs"]
                        .iter()
                        .any(|e| text.ends_with(e));
                if looks_like_a_key(&text)
                    && names_a_section
                    && !english.contains_key(&text)
                    && !english.contains_key(&format!("{text}.one"))
                {
                    unknown.insert(format!("{}:{}: {text}", path.display(), n + 1));
                }
            }
        }
    }
    assert!(unknown.is_empty(), "{unknown:#?}");
}

/// Text without its format placeholders (`{name}`, `{:>7}`) and the program's name.
fn without_placeholders(text: &str) -> String {
    let mut out = String::new();
    let mut depth = 0;
    for c in text.chars() {
        match c {
            '{' => depth += 1,
            '}' if depth > 0 => depth -= 1,
            _ if depth == 0 => out.push(c),
            _ => {}
        }
    }
    out.replace("clusterdash", "")
}

/// A literal that reads as words: two letters in a row once placeholders are gone,
/// and not a catalogue key.
fn reads_as_words(text: &str) -> bool {
    let letters = without_placeholders(text)
        .chars()
        .collect::<Vec<_>>()
        .windows(2)
        .any(|w| w[0].is_alphabetic() && w[1].is_alphabetic());
    letters && !looks_like_a_key(text)
}

/// Whether the literal is a name given to the catalogue: a placeholder's (`("year", `)
/// or a word list's (`word("area", `), or a panic message (`expect("`).
fn names_for_the_catalogue(line: &str, text: &str) -> bool {
    [
        format!("(\"{text}\", "),
        format!("word(\"{text}\""),
        format!("expect(\"{text}\""),
    ]
    .iter()
    .any(|pattern| line.contains(pattern.as_str()))
}

#[test]
fn no_visible_text_in_the_dashboard_bypasses_the_catalogue() {
    // The dashboard's screens, the app's words, the report, plain mode and the command line. A line whose text is not
    // for people (syntax, glyph names, ids) says so with a `// not translated: why` comment.
    // The SVG and HTML writers (`ui/export`) hold markup around the screen's text.
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut bypassing = Vec::new();
    for dir in ["ui", "app", "report", "plain", "cli", "tui"] {
        for (path, code) in code_files(&root.join(dir)) {
            if path.components().any(|c| c.as_os_str() == "export") {
                continue;
            }
            for (n, line) in code.lines().enumerate() {
                let trimmed = line.trim_start();
                if trimmed.starts_with("//") || trimmed.starts_with("#[") {
                    continue;
                }
                let marked_above = n > 0
                    && code
                        .lines()
                        .nth(n - 1)
                        .is_some_and(|above| above.trim_start().starts_with("// not translated"));
                if line.contains("// not translated") || marked_above {
                    continue;
                }
                for text in literals(line) {
                    if reads_as_words(&text) && !names_for_the_catalogue(line, &text) {
                        bypassing.push(format!("{}:{}: \"{text}\"", path.display(), n + 1));
                    }
                }
            }
        }
    }
    assert!(
        bypassing.is_empty(),
        "visible text outside the catalogue (use Lang::t or mark the line `// not translated: why`):\n{}",
        bypassing.join("\n")
    );
}

#[test]
fn every_command_and_option_has_its_help_in_the_catalogue() {
    use clap::CommandFactory;
    let english = &catalogues()[0];
    let mut missing = Vec::new();
    let mut need = |key: String| {
        if !english.contains_key(&key) {
            missing.push(key);
        }
    };
    let cli = clusterdash::cli::args::Cli::command();
    let commands = std::iter::once(("main".to_string(), &cli))
        .chain(cli.get_subcommands().map(|c| (c.get_name().to_string(), c)));
    for (name, command) in commands {
        need(format!("cli_help.{name}.about"));
        if command.get_after_help().is_some() {
            need(format!("cli_help.{name}.after_help"));
        }
        for arg in command.get_arguments() {
            need(format!("cli_help.{name}.{}", arg.get_id()));
            let values = arg.get_possible_values();
            if !values.is_empty() && values.iter().any(|v| v.get_help().is_some()) {
                need(format!("cli_help.{name}.{}_values", arg.get_id()));
            }
        }
    }
    assert!(missing.is_empty(), "{missing:#?}");
}
