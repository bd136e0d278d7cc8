//! The source files import each other without a circle: reading the `use` lines and
//! paths (`crate::…`, `super::…`, `self::…`) of every file under `src/`, outside comments
//! and test modules, no file reaches itself again. A circle means two files that are one
//! idea, or a shape in the wrong file. The stage folders of `src/data` import only the
//! stages before them.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// Every module of the crate (`data::loading::dataset`) with its source, test modules left out.
fn modules() -> BTreeMap<String, String> {
    let mut found = BTreeMap::new();
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut folders = vec![root.clone()];
    while let Some(folder) = folders.pop() {
        for entry in std::fs::read_dir(&folder).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                folders.push(path);
                continue;
            }
            if path.extension().is_none_or(|e| e != "rs") {
                continue;
            }
            let relative = path.strip_prefix(&root).unwrap().with_extension("");
            let mut name = relative.to_string_lossy().replace('/', "::");
            if let Some(parent) = name.strip_suffix("::mod") {
                name = parent.to_string();
            }
            let text = std::fs::read_to_string(&path).unwrap();
            let code = match text.find("#[cfg(test)]\nmod tests") {
                Some(at) => text[..at].to_string(),
                None => text,
            };
            let code: String = code
                .lines()
                .filter(|line| !line.trim_start().starts_with("//"))
                .map(|line| format!("{line}\n"))
                .collect();
            found.insert(name, code);
        }
    }
    found
}

/// The module a path from `module` names, when it is one of `names`.
fn resolve(module: &str, path: &str, is_folder: bool, names: &BTreeSet<String>) -> Option<String> {
    let mut parts: Vec<&str> = path.split("::").collect();
    let mut base: Vec<&str> = module.split("::").collect();
    match parts[0] {
        "crate" => {
            base.clear();
            parts.remove(0);
        }
        "self" => {
            if !is_folder {
                base.pop();
                base.push(module.rsplit("::").next().unwrap());
            }
            parts.remove(0);
        }
        "super" => {
            if !is_folder {
                base.pop();
            }
            while parts.first() == Some(&"super") {
                parts.remove(0);
                if parts.first() == Some(&"super") {
                    base.pop();
                }
            }
        }
        _ => return None,
    }
    base.extend(parts);
    (1..=base.len())
        .rev()
        .map(|n| base[..n].join("::"))
        .find(|candidate| names.contains(candidate))
}

/// Each module's imports of other modules (not of its own parents).
fn imports() -> BTreeMap<String, BTreeSet<String>> {
    let modules = modules();
    let names: BTreeSet<String> = modules.keys().cloned().collect();
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut graph = BTreeMap::new();
    for (module, code) in &modules {
        let is_folder = root.join(module.replace("::", "/")).join("mod.rs").exists();
        let mut targets = BTreeSet::new();
        let bytes = code.as_bytes();
        for start in ["crate::", "super::", "self::"] {
            for (at, _) in code.match_indices(start) {
                if at > 0 && (bytes[at - 1].is_ascii_alphanumeric() || bytes[at - 1] == b'_') {
                    continue;
                }
                let end = code[at..]
                    .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == ':'))
                    .map_or(code.len(), |n| at + n);
                let path = code[at..end].trim_end_matches(':');
                if let Some(target) = resolve(module, path, is_folder, &names)
                    && target != *module
                    && !module.starts_with(&format!("{target}::"))
                {
                    targets.insert(target);
                }
            }
        }
        graph.insert(module.clone(), targets);
    }
    graph
}

/// A circle of imports starting and ending at `from`, if there is one.
fn circle_through(from: &str, graph: &BTreeMap<String, BTreeSet<String>>) -> Option<Vec<String>> {
    let mut stack = vec![(from.to_string(), vec![from.to_string()])];
    let mut visited = BTreeSet::new();
    while let Some((at, path)) = stack.pop() {
        for next in graph.get(&at).into_iter().flatten() {
            if next == from {
                let mut circle = path.clone();
                circle.push(from.to_string());
                return Some(circle);
            }
            if visited.insert(next.clone()) {
                let mut longer = path.clone();
                longer.push(next.clone());
                stack.push((next.clone(), longer));
            }
        }
    }
    None
}

#[test]
fn no_source_file_imports_itself_through_others() {
    let graph = imports();
    assert!(
        graph.len() > 50,
        "the sources went missing: {}",
        graph.len()
    );
    assert!(
        graph["data::loading::reloader"].contains("data::loading::dataset"),
        "the reader of imports misses plain `use super::` lines"
    );
    let circles: Vec<String> = graph
        .keys()
        .filter_map(|module| circle_through(module, &graph))
        .map(|circle| circle.join(" -> "))
        .collect();
    assert!(
        circles.is_empty(),
        "import circles:\n{}",
        circles.join("\n")
    );
}

#[test]
fn a_circle_is_found_when_there_is_one() {
    let mut graph = BTreeMap::new();
    graph.insert("a".to_string(), BTreeSet::from(["b".to_string()]));
    graph.insert("b".to_string(), BTreeSet::from(["c".to_string()]));
    graph.insert("c".to_string(), BTreeSet::from(["a".to_string()]));
    graph.insert("d".to_string(), BTreeSet::from(["a".to_string()]));
    assert_eq!(
        circle_through("a", &graph).unwrap(),
        ["a", "b", "c", "a"].map(String::from)
    );
    assert_eq!(circle_through("d", &graph), None);
}

/// The stage folders of `src/data`, in the order the pipeline runs: each may import
/// only itself and the stages before it.
const DATA_STAGES: [&str; 7] = [
    "format", "csv", "metadata", "values", "rollup", "loading", "queries",
];

/// The imports in `graph` from a stage folder of `data` to a later one of `stages`,
/// as `from -> to`, and the modules of `data` (or the imported ones) in no stage.
fn upward_imports(graph: &BTreeMap<String, BTreeSet<String>>, stages: &[&str]) -> Vec<String> {
    // `None` outside `data`; `Some(None)` for a module of `data` in no stage folder.
    let stage_of = |module: &str| -> Option<Option<usize>> {
        let mut parts = module.split("::");
        if parts.next() != Some("data") {
            return None;
        }
        let folder = parts.next()?;
        Some(stages.iter().position(|s| *s == folder))
    };
    let mut found = Vec::new();
    for (module, targets) in graph {
        let from = match stage_of(module) {
            None => continue,
            Some(None) => {
                found.push(format!("{module} lies in no stage of src/data"));
                continue;
            }
            Some(Some(from)) => from,
        };
        for target in targets {
            match stage_of(target) {
                Some(Some(to)) if to > from => found.push(format!(
                    "{module} -> {target} ({} comes before {})",
                    stages[from], stages[to]
                )),
                Some(None) => found.push(format!("{module} -> {target}, in no stage")),
                _ => {}
            }
        }
    }
    found
}

#[test]
fn the_stages_of_the_data_layer_import_only_earlier_stages() {
    let graph = imports();
    for stage in DATA_STAGES {
        assert!(
            graph
                .keys()
                .any(|m| m.starts_with(&format!("data::{stage}::"))),
            "src/data/{stage} went missing"
        );
    }
    assert!(
        graph["data::queries::selection"].contains("data::loading::dataset"),
        "the reader of imports misses `crate::data::` paths"
    );
    let upward = upward_imports(&graph, &DATA_STAGES);
    assert!(
        upward.is_empty(),
        "imports against the stage order {}:\n{}",
        DATA_STAGES.join(" -> "),
        upward.join("\n")
    );
}

#[test]
fn an_upward_import_between_data_stages_is_found() {
    let graph: BTreeMap<String, BTreeSet<String>> = [
        ("data", vec![]),
        (
            "data::csv::table",
            vec!["data::format::problem", "data::csv::text", "i18n"],
        ),
        ("data::format::problem", vec!["visible_text"]),
        ("data::format::period", vec!["data::loading::dataset"]),
        (
            "data::loading::dataset",
            vec!["data::csv::table", "data::stray"],
        ),
        ("data::stray", vec![]),
        ("ui", vec!["data::loading::dataset"]),
    ]
    .into_iter()
    .map(|(module, targets)| {
        let targets = targets.into_iter().map(String::from).collect();
        (module.to_string(), targets)
    })
    .collect();
    assert_eq!(
        upward_imports(&graph, &DATA_STAGES),
        [
            "data::format::period -> data::loading::dataset (format comes before loading)",
            "data::loading::dataset -> data::stray, in no stage",
            "data::stray lies in no stage of src/data",
        ]
    );
    assert_eq!(
        upward_imports(&graph, &["format", "csv", "loading", "stray"]),
        [
            "data::format::period -> data::loading::dataset (format comes before loading)",
            "data::loading::dataset -> data::stray (loading comes before stray)",
        ],
        "the order is the one given"
    );
}

/// The functions of a source text over `limit` lines, as `name (lines)`: a `fn` line up
/// to the first closing brace at its own indentation.
fn functions_over(text: &str, limit: usize) -> Vec<String> {
    let lines: Vec<&str> = text.lines().collect();
    let mut long = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        let line = lines[i];
        let code = line.trim_start();
        let indent = &line[..line.len() - code.len()];
        let after_keywords = code
            .trim_start_matches("pub(crate) ")
            .trim_start_matches("pub(super) ")
            .trim_start_matches("pub ")
            .trim_start_matches("const ");
        if let Some(rest) = after_keywords.strip_prefix("fn ")
            && !line.trim_end().ends_with(';')
        {
            let name: String = rest
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_')
                .collect();
            let closing = format!("{indent}}}");
            let end = (i + 1..lines.len())
                .find(|&j| lines[j].starts_with(&closing))
                .unwrap_or(lines.len() - 1);
            if end - i + 1 > limit {
                long.push(format!("{name} ({} lines)", end - i + 1));
            }
            i = end;
        }
        i += 1;
    }
    long
}

#[test]
fn no_function_of_the_drawing_or_the_command_line_is_over_80_lines() {
    let mut long = Vec::new();
    for (module, code) in modules() {
        if module.starts_with("ui") || module.starts_with("cli") {
            long.extend(
                functions_over(&code, 80)
                    .into_iter()
                    .map(|f| format!("{module}: {f}")),
            );
        }
    }
    assert!(
        long.is_empty(),
        "functions over 80 lines:\n{}",
        long.join("\n")
    );
    let eighty_one = format!("fn long() {{\n{}}}\n", "    x();\n".repeat(79));
    assert_eq!(functions_over(&eighty_one, 80), ["long (81 lines)"]);
}
